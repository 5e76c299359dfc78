"""The words a rule's match can begin with, read from the rule's own (parsed) regex.

A match's first word is the run of ASCII letters it begins with, lower-cased: "the" for "The
third quarter", "mid" for "mid-1990", "" for "1990" or "'90s". The tagger tries at a position
only the rules whose first words include the word there, about 8 of the 50 rules on news text.
Reading the words from the regex (rather than listing them by hand) keeps the rules the single
source of truth: a new rule or vocabulary entry needs no change here.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..cache import cache_dir

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


_WORD = re.compile(r"[A-Za-z]*")
_NEXT_WORD = re.compile(r"[^A-Za-z]{0,40}(?![^A-Za-z])([A-Za-z]*)")   # (read at most so far)


def word_at(text: str, pos: int) -> str:
    """The word text[pos:] begins with, read as `prefixes` reads a match ("" at a digit)."""
    return words_at(text, pos)[0]


def words_at(text: str, pos: int) -> tuple[str, int]:
    """(word_at(text, pos), where that word ends): the end is where `next_word_from` reads."""
    m = _WORD.match(text, pos)
    return m.group().lower(), m.end()


def next_word(text: str, pos: int) -> Optional[str]:
    """The word after the one text[pos:] begins with, read as `prefixes` reads a match; None
    when more than 40 other characters stand between (not read: any word may follow)."""
    return next_word_from(text, _WORD.match(text, pos).end())


def next_word_from(text: str, end: int) -> Optional[str]:
    """next_word, given where the first word ends (words_at)."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else None


def first_words(pattern: str) -> Optional[frozenset]:
    """Every first word a match of `pattern` can have, or None when there is no short list."""
    found = prefixes(pattern, 1)
    return None if found is None else frozenset(words[0] for words in found)


@lru_cache(maxsize=2048)   # (the tables and the tests ask for each rule's more than once)
def prefixes(pattern: str, k: int, first: Optional[str] = None) -> Optional[frozenset]:
    """Every tuple of the first k words a match of `pattern` can begin with, or None when there
    is no short list. A word is a run of ASCII letters, lower-cased; any other characters
    between words are skipped ("the 1990s" begins ("the", "s")). None in a tuple stands for
    any word: the match may end before that word (`word_at` and `next_word` read text so).
    With `first`, only the tuples that begin with that word: a rule with too many tuples in all
    (a date after any of 600 words) may still have a short list after one of them. Answers are
    kept on disk (see save_cache)."""
    key = (pattern, k, first)
    stored = _stored().get(key, _MISSING)
    found = _prefixes(pattern, k, first) if stored is _MISSING else stored
    _used[key] = found
    return found


def _prefixes(pattern: str, k: int, first: Optional[str] = None) -> Optional[frozenset]:
    ends = _sequence(_parser.parse(pattern).data, {((), "", False)}, k, first)
    if ends is None:
        return None
    out = set()
    for words, current, between in ends:
        if len(words) < k and not between:
            words, between = words + (current,), True   # the match ended inside this word
        if first is None or words[0] == first:
            out.add(words + (None,) * (k - len(words)))
    return frozenset(out)


# A state is (words closed so far, the word being read, between words). It is final once it
# holds k words. With `first`, a state lives on only while its first word can still be `first`.
def _sequence(items, states: set, k: int, first: Optional[str]) -> Optional[set]:
    for op, av in items:
        if all(len(words) == k for words, _, _ in states):
            break
        states = _step(op, av, states, k, first)
        if states is None or len(states) > LIMIT:
            return None
    return states


def _step(op, av, states: set, k: int, first: Optional[str]) -> Optional[set]:
    done = {s for s in states if len(s[0]) == k}
    open_ = states - done
    if op is C.LITERAL or op is C.IN:
        chars = _chars(op, av)
        if chars is None:
            return None
        letters, other = chars
        out = set(done)
        for words, current, between in open_:
            if first is not None and not words:   # reading the first word: only `first` goes on
                n = len(current)
                if n < len(first) and first[n] in letters:
                    out.add((words, current + first[n], False))
                if other and current == first:
                    out.add(((first,), "", 1 < k))
                continue
            out |= {(words, (current if not between else "") + letter, False)
                    for letter in letters}
            if other:   # a non-letter ends the word being read, or goes on between words
                out.add((words, current, True) if between else
                        (words + (current,), "", len(words) + 1 < k))
            if len(out) > LIMIT:
                return None
        return out
    if op is C.BRANCH:
        out = set(done)
        for branch in av[1]:
            ends = _sequence(branch.data, open_, k, first)
            if ends is None:
                return None
            out |= ends
            if len(out) > LIMIT:
                return None   # (no short list: stop reading the other branches)
        return out
    if op is C.SUBPATTERN:
        return _sequence(av[3].data, states, k, first)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(av.data, states, k, first)
    if op in _REPEATS:
        return _repeat(*av, states, k, first)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return states   # zero-width
    return None   # any character, back-references...


def _repeat(low: int, high, body, states: set, k: int, first: Optional[str]) -> Optional[set]:
    out = set(states) if low == 0 else set()
    current = states
    for n in range(1, MAX_REPEAT + 1):
        previous, current = current, _sequence(body.data, current, k, first)
        if current is None:
            return None
        finished = all(len(words) == k for words, _, _ in current) or current == previous
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


# --- the answers on disk: reading every rule's words takes about 0.4 s, a start-up cost each
# command would pay; a file named by this module's source and the Python version keeps them.
_MISSING = object()
_used: dict = {}   # (pattern, k, first) -> answer, asked in this process
_loaded: Optional[dict] = None


def cache_file() -> Optional[Path]:
    """This module's answers in the cache folder, named by its source and Python's version."""
    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha1(Path(__file__).read_bytes() + repr(sys.version_info[:2]).encode())
    return folder / f"prefixes-{key.hexdigest()[:16]}.json"


def _stored() -> dict:
    global _loaded
    if _loaded is None:
        path = cache_file()
        try:
            rows = json.loads(path.read_text(encoding="utf-8")) if path else []
            _loaded = {(pattern, k, first): None if found is None else frozenset(map(tuple, found))
                       for pattern, k, first, found in rows}
        except (OSError, ValueError, TypeError):   # none yet, unreadable or not ours
            _loaded = {}
    return _loaded


def save_cache() -> None:
    """Add the answers computed in this process to the file, if any; never fails (a read-only
    home just means computing them again next time)."""
    used = list(_used.items())   # (a snapshot: other threads may be adding answers)
    new = {key: found for key, found in used if key not in _stored()}
    if not new:
        return
    _stored().update(new)
    patterns = {key[0] for key, _ in used}   # (answers for patterns no rule has now are dropped)
    rows = [[pattern, k, first, None if found is None else sorted(found, key=repr)]
            for (pattern, k, first), found in list(_stored().items()) if pattern in patterns]
    path = cache_file()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         suffix=".tmp", delete=False) as out:
            try:
                json.dump(rows, out)
                out.close()
                os.replace(out.name, path)
            except OSError:
                os.unlink(out.name)   # (a full disk: no half-written file left behind)
                raise
        for old in path.parent.glob("prefixes-*.json"):   # older versions' answers
            if old != path:
                old.unlink()
    except OSError:
        return
