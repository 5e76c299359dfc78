"""What joins two dates into a span or a list ("1934 to 1941", "de 1934 a 1941", "lunes y
martes"): the regex of a language's joining words, and the test of two expressions it joins;
and the alternation any stage builds a regex of a word table with.

Shared by the packs' resolver (a year-less start takes its span's year) and the event stage (a
span is one event; a label leaves the whole phrase out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .finder.patterns import trie_regex
from .model import Timex


def alternation(words) -> str:
    """A regex alternation of a table's words or phrases, longest first (a space in one matches
    any run of spaces): what a stage builds its regexes from, so the words stay data.

    Shaped as a trie (patterns.trie_regex: "in(?:side|to)?"), which matches as the longest-first
    list does (of the words that fit at one place each is a prefix of the longer ones, tried
    first either way) and runs two to three times faster on the tables the stages search
    sentences with. A table with two words that differ only in the case of one letter after a
    shared start ("May", "may be") stays a flat list: under re.I its trie would try the two
    branches in another order than longest first."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if _case_twins(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return trie_regex(words).replace(r"\ ", r"\s+")


def _case_twins(words) -> bool:
    seen: dict = {}
    for word in words:
        for i, char in enumerate(word):
            if seen.setdefault((word[:i], char.lower()), char) != char:
                return True
    return False


@lru_cache(maxsize=None)
def joiner(words: tuple) -> re.Pattern:
    """A dash or one of `words` (longest first; a space in one matches any run), spaces around."""
    alternatives = alternation(words)
    return re.compile(r"\s*(?:[-–—]" + (f"|(?:{alternatives})(?:(?<=['’])|(?![\\w]))" if words
                                          else "")   # (an elided "all'" joins the next word)
                      + r")\s*", re.I)


def joined(regex: re.Pattern, text: str, a: Timex, b: Timex) -> bool:
    """Are two expressions of `text` joined by the regex's words (or is it the first word of the
    second: "del 25 de enero al 11 de febrero", where the article "al" opens the second)?"""
    if regex.fullmatch(text, a.end, b.start):
        return True
    opening = regex.match(b.text) if text[a.end:b.start].isspace() else None
    return bool(opening) and opening.end() < len(b.text) and not (
        b.text[opening.end() - 1].isalnum() and b.text[opening.end()].isalnum())   # (a whole
    # word: not the "to" of "today")
