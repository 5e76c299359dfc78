"""The one exception users see: a problem they caused, said in one line."""


class TimelineError(Exception):
    """Bad input or options; the message names the problem (and the file, where there is one)."""


class InferredDateWarning(UserWarning):
    """A document had no publication date, so one was inferred from its text."""


class DecodingWarning(UserWarning):
    """A file was not valid UTF-8 and was decoded with a fallback encoding."""


class SkippedDocumentWarning(UserWarning):
    """A document of several could not be read and was left out of the timeline."""


class LanguageWarning(UserWarning):
    """A document is written in a language the rules do not read yet."""
