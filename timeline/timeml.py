"""Reading TimeML: a document's plain text, its DCT, the TIMEX3 and EVENT annotations with
offsets, and the TLINKs between them.

Used by the accuracy benchmarks (gold corpora such as TimeBank and AQUAINT: dates in
`tempeval.py`, the events they anchor in `events.py`) and by the round-trip test of `timeline tag
--format timeml`. Offsets are into the `<TEXT>` content with tags removed and entities decoded.
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
_INSTANCE = re.compile(r"<MAKEINSTANCE([^>]*)>")
_TLINK = re.compile(r"<TLINK([^>]*)>")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(frozen=True)
class GoldEvent:
    start: int
    end: int
    text: str
    eid: str
    cls: str = ""


@dataclass(frozen=True)
class TLink:
    """A temporal link; `source` and `target` are tids ("t5") or eids ("e12", instances mapped
    to their events)."""
    rel: str
    source: str
    target: str


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    text: str
    dct: Optional[str]
    timexes: tuple
    events: tuple = ()
    tlinks: tuple = ()


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
    open_tags: list[tuple[str, int, dict]] = []
    found: dict = {"TIMEX3": [], "EVENT": []}
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name not in found or m.group(4):
            continue   # (a non-consuming TIMEX3, "<TIMEX3 .../>", spans no text)
        if not closing:
            open_tags.append((name, length, _attrs(m.group(3))))
        else:
            at = next((i for i in range(len(open_tags) - 1, -1, -1) if open_tags[i][0] == name),
                      None)
            if at is not None:
                _, start, attrs = open_tags.pop(at)
                found[name].append((start, length, attrs))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    gold = tuple(sorted(
        (GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("tid", ""))
         for s, e, a in found["TIMEX3"]), key=lambda g: (g.start, g.end)))
    events = tuple(sorted((GoldEvent(s, e, text[s:e], a.get("eid", ""), a.get("class", ""))
                           for s, e, a in found["EVENT"]), key=lambda g: (g.start, g.end)))
    return TimeMLDoc(doc_id, text, dct, gold, events, _tlinks(source))


def _tlinks(source: str) -> tuple:
    """The TLINKs of a document, event instances ("ei5") replaced by their events ("e3")."""
    instance = {}
    for m in _INSTANCE.finditer(source):
        a = _attrs(m.group(1))
        instance[a.get("eiid", "")] = a.get("eventID", "")
    links = []
    for m in _TLINK.finditer(source):
        a = _attrs(m.group(1))
        ends = [a.get("timeID") or instance.get(a.get("eventInstanceID", ""), ""),
                a.get("relatedToTime") or instance.get(a.get("relatedToEventInstance", ""), "")]
        if all(ends):
            links.append(TLink(a.get("relType", ""), ends[0], ends[1]))
    return tuple(links)


def read(path) -> TimeMLDoc:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), path.stem)


def normalize_dct(value: Optional[str]) -> Optional[str]:
    """'19980807' or '1998-08-07T10:00' -> '1998-08-07'."""
    if not value:
        return None
    digits = re.sub(r"[^0-9]", "", value)[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else None
