"""Which language a document is written in.

Owns one decision per document: `--lang xx` when given, else detected. A text whose commonest
words are English ones is English at once (the rules read English: this costs a word count, and
English news never loads a model); any other is identified by py3langid, whose model ships
inside its wheel (nothing is fetched at run time), loaded the first time a text needs it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .errors import TimelineError

# The commonest English words: in English news they are about a fifth of all words, in
# Spanish, French, German, Italian or Portuguese text almost none.
ENGLISH = frozenset("the of and to in a is that for on was with he it as at by his be from are "
                    "have has had were said not but they this which will would their its an "
                    "been who also after over".split())
ENGLISH_SHARE = 0.12   # at least this share of the first words: English
SAMPLE_WORDS = 300
MIN_WORDS = 8   # fewer words than this say too little to tell a language ("und")
SAMPLE_CHARS = 2000
FAST_CHARS = 500   # most English text is told from this much
NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan", "ro": "Romanian", "pl": "Polish",
         "cs": "Czech", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
         "ru": "Russian", "el": "Greek", "tr": "Turkish", "hu": "Hungarian"}
READ = {"en"}   # the language the finder and resolver read (the others': lang/ packs)

_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = ".,;:!?\"'()[]“”‘’«»-—–"


def detect(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in ("und" when it has too few
    words to tell)."""
    head = [w.strip(_PUNCTUATION) for w in text[:FAST_CHARS].lower().split()]
    if len(head) >= MIN_WORDS and _english(head):   # (English is told from its first words)
        return "en"
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())[:SAMPLE_WORDS]
    if _english(words):
        return "en"
    if len(words) < MIN_WORDS:
        return "und"
    return _classify(" ".join(words))


def _english(words: list) -> bool:
    return sum(w in ENGLISH for w in words) >= max(1, ENGLISH_SHARE * len(words))


def _classify(text: str) -> str:
    return _identifier().classify(text)[0]


@lru_cache(maxsize=1)
def _identifier():
    import py3langid   # (heavy: its model loads in about half a second, once)

    return py3langid


def check(code: Optional[str]) -> Optional[str]:
    """A --lang value as given: a two-letter code, lower case; TimelineError otherwise."""
    if code is None:
        return None
    code = code.strip().lower()
    if not re.fullmatch(r"[a-z]{2}", code):
        raise TimelineError(f"--lang {code!r} is not a two-letter language code (en, es, fr...)")
    from . import lang

    if code != "en" and not lang.available(code):
        raise TimelineError(f"--lang {code}: no dates are read in that language; timeline reads "
                            f"{read_names()}")
    return code


def name(code: str) -> str:
    return NAMES.get(code, f"the language {code!r}")


def read_names() -> str:
    """The languages timeline reads dates in, named ("English, Spanish, ...")."""
    from .lang import PACKS

    return ", ".join(name(code) for code in ["en", *PACKS]) + " (and explicit dates in the " \
        "languages dateparser knows)"
