"""Recognition of temporal expressions (see tagger.py); vocabulary and rules are data (a
language's: lang/en/rules.py), what a rule is and its regex helpers are patterns.py."""

__all__ = ["find_timexes"]


def __getattr__(name: str):
    if name == "find_timexes":   # (read when asked: patterns.py, which the rules import, needs
        from .tagger import find_timexes   # no tagger)
        return find_timexes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
