"""The words a rule's match can begin with, read from the rule's own (parsed) regex.

A match's first word is the run of ASCII letters it begins with, lower-cased: "the" for "The
third quarter", "mid" for "mid-1990", "" for "1990" or "'90s". The tagger tries at a position
only the rules whose first words include the word there, about 8 of the 50 rules on news text.
Reading the words from the regex (rather than listing them by hand) keeps the rules the single
source of truth: a new rule or vocabulary entry needs no change here.
"""
from __future__ import annotations

from typing import Optional

try:   # the stdlib's regex parser: re._parser since Python 3.11, sre_parse before
    from re import _constants as C, _parser
except ImportError:   # pragma: no cover - Python 3.10
    import sre_constants as C
    import sre_parse as _parser

_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(C, name))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)

LIMIT = 5000     # more distinct first words than this: treat the rule as able to begin anywhere
MAX_REPEAT = 8   # letters repeated more often than this: the same


def first_words(pattern: str) -> Optional[frozenset]:
    """Every first word a match of `pattern` can have, or None when there is no short list."""
    ends = _sequence(_parser.parse(pattern).data, {("", False)})
    return None if ends is None else frozenset(word for word, _ in ends)


# A prefix is (word so far, closed): closed once a non-letter follows the word.
def _sequence(items, prefixes: set) -> Optional[set]:
    for op, av in items:
        if all(closed for _, closed in prefixes):
            break
        prefixes = _step(op, av, prefixes)
        if prefixes is None or len(prefixes) > LIMIT:
            return None
    return prefixes


def _step(op, av, prefixes: set) -> Optional[set]:
    words = {word for word, closed in prefixes if not closed}
    done = {p for p in prefixes if p[1]}
    if op is C.LITERAL or op is C.IN:
        chars = _chars(op, av)
        if chars is None:
            return None
        letters, other = chars
        out = done | {(word + letter, False) for word in words for letter in letters}
        return out | {(word, True) for word in words} if other else out
    if op is C.BRANCH:
        out = set(done)
        for branch in av[1]:
            ends = _sequence(branch.data, {(word, False) for word in words})
            if ends is None:
                return None
            out |= ends
        return out
    if op is C.SUBPATTERN:
        return _sequence(av[3].data, prefixes)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(av.data, prefixes)
    if op in _REPEATS:
        return _repeat(*av, prefixes)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return prefixes   # zero-width
    return None   # any character, back-references...


def _repeat(low: int, high, body, prefixes: set) -> Optional[set]:
    out = set(prefixes) if low == 0 else set()
    current = prefixes
    for n in range(1, MAX_REPEAT + 1):
        current = _sequence(body.data, current)
        if current is None:
            return None
        finished = all(closed for _, closed in current)
        if n >= low or finished:
            out |= current
        if finished or n == high:
            return out
    return None


def _letter(code: int) -> Optional[str]:
    ch = chr(code)
    return ch.lower() if ("a" <= ch <= "z" or "A" <= ch <= "Z") else None


def _chars(op, av) -> Optional[tuple[set, bool]]:
    """(the lower-case letters, whether some non-letter) a LITERAL or IN item matches."""
    if op is C.LITERAL:
        letter = _letter(av)
        return ({letter}, False) if letter else (set(), True)
    letters, other = set(), False
    for kind, arg in av:
        if kind is C.LITERAL:
            letter = _letter(arg)
            if letter:
                letters.add(letter)
            else:
                other = True
        elif kind is C.RANGE:
            found = {_letter(code) for code in range(arg[0], arg[1] + 1)}
            letters |= found - {None}
            other = other or None in found
        elif kind is C.CATEGORY and arg in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            other = True
        else:
            return None   # \w, a negated set...
    return letters, other
