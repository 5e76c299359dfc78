"""Markdown files read as the text they show: "- **May 4, 2024**: The bridge collapses" is read as
"  May 4, 2024  : The bridge collapses".

Owns `plain`: the markup of emphasis (`**bold**`, `*italic*`, `__bold__`), list
bullets, block quotes and links (`[text](address)`, images whole) written as spaces, a table's
row as a heading line ("| May 4, 2024 | The bridge collapses |": its first inner pipe as a
colon), so that no label, sentence or actor holds it and every offset into the text still
counts in the file's own characters. Headings ("# Title") are left: the stages read a
heading's "#" already. Its helper `blank_but` (a match but one group as spaces) serves the
trigger's quoted words too.
"""
from __future__ import annotations

import re

SUFFIXES = (".md", ".markdown")

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_LINE_MARK = re.compile(r"^([ \t]*)(?:[-*+]|>)(?=[ \t])", re.M)   # (a bullet or a quote)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"[|:\- \t]+")   # (the row under a table's header: "|---|:--|")


def _row(m: re.Match) -> str:
    """A table's row read as a line: "| 14 January 2026 | Storm makes landfall |" as
    "  14 January 2026 : Storm makes landfall  " (its first cells a heading and what it heads,
    any further cell a clause of its own); its rule row as spaces."""
    row = m.group()
    if _TABLE_RULE.fullmatch(row):
        return " " * len(row)
    first, last = row.index("|"), row.rindex("|")
    inner = row[first + 1:last].split("|")
    return (row[:first] + " " + ":".join(inner[:2]) + "".join(";" + c for c in inner[2:]) +
            " " + row[last + 1:])


def _spaces(m: re.Match) -> str:
    return " " * len(m.group())


def blank_but(m: re.Match, group: int) -> str:
    """The match with everything but `group` written as spaces (offsets kept; the event stage's
    trigger reads a quoted word so too)."""
    return " " * (m.start(group) - m.start()) + m.group(group) + " " * (m.end() - m.end(group))


def plain(text: str) -> str:
    """`text` with its Markdown markup written as spaces (same length, same offsets)."""
    if not any(c in text for c in "*_[>-+|"):
        return text
    text = _TABLE_ROW.sub(_row, text)
    text = _IMAGE.sub(_spaces, text)
    text = _LINK.sub(lambda m: blank_but(m, 1), text)
    text = _STRONG.sub(lambda m: blank_but(m, 2), text)
    text = _EMPHASIS.sub(lambda m: blank_but(m, 1), text)
    return _LINE_MARK.sub(lambda m: m.group(1) + " ", text)
