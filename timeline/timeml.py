"""Reading TimeML: a document's plain text, its DCT, and the TIMEX3 annotations with offsets.

Used by the accuracy benchmark (gold corpora such as TimeBank and AQUAINT) and by the round-trip
test of `timeline tag --format timeml`. Offsets are into the `<TEXT>` content with tags removed
and entities decoded.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    text: str
    dct: Optional[str]
    timexes: tuple


def _attrs(raw: str) -> dict:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def parse(source: str, doc_id: str = "") -> TimeMLDoc:
    """Parse TimeML markup into plain text plus TIMEX3 spans (nested tags are flattened)."""
    dct_match = _DCT.search(source)
    dct = _attrs(dct_match.group(1)).get("value") if dct_match else None
    body = _TEXT.search(source)
    body = body.group(1) if body else source
    out: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict]] = []
    timexes = []
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3" or m.group(4):
            continue   # (a non-consuming TIMEX3, "<TIMEX3 .../>", spans no text)
        if not closing:
            open_timexes.append((length, _attrs(m.group(3))))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            timexes.append((start, length, attrs))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    gold = tuple(sorted(
        (GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("tid", ""))
         for s, e, a in timexes), key=lambda g: (g.start, g.end)))
    return TimeMLDoc(doc_id, text, dct, gold)


def read(path) -> TimeMLDoc:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), path.stem)


def normalize_dct(value: Optional[str]) -> Optional[str]:
    """'19980807' or '1998-08-07T10:00' -> '1998-08-07'."""
    if not value:
        return None
    digits = re.sub(r"[^0-9]", "", value)[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else None
