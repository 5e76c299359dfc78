"""What a recognition rule is, and the regex helpers rules are written with.

A rule (`Rule`) is one object: its name (which the resolver dispatches on: resolve.RESOLVERS),
TIMEX3 type, regex, context check and examples. The rules themselves are a language's data:
English's in lang/en/rules.py. `alt` writes a word list as a regex shaped as a trie, which the
regex engine runs several times faster than a flat alternation, and records its words for the
key scan (keys.py reads ALTERNATIONS).
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Rule(NamedTuple):
    name: str
    type: str
    pattern: str
    context: str = ""
    examples: tuple = ()   # "sentence | expression=value", published on EXAMPLE_DCT


def trie_regex(words) -> str:
    """A regex alternation of words shaped as a trie (shared prefixes factored out): Python's
    regex engine runs it many times faster than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return build(trie)


def alt(words) -> str:
    """A regex alternation of words, spaces matching any whitespace run. It is shaped as a trie
    (trie_regex): the longest word that fits is tried first, as in a longest-first list, but
    shared prefixes are read once, which the regex engine runs several times faster."""
    words = frozenset(words)
    pattern = "(?:" + trie_regex(words).replace(r"\ ", r"\s+") + ")"
    ALTERNATIONS[pattern] = words
    return pattern


ALTERNATIONS: dict = {}   # each alt() pattern -> its words (keys.py reads the words whole)


def ci(pattern: str) -> str:
    """Case-insensitive sub-pattern."""
    return f"(?i:{pattern})"


def last_word(text: str, pos: int) -> str:
    """The word before text[pos], lower-cased, when only space stands between; else ""."""
    before = text[max(0, pos - 16):pos]
    words = before.split() if before[-1:].isspace() else None
    return words[-1].lower() if words else ""
