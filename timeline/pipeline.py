"""The pipeline for one document: segment -> tag -> resolve -> events.

Owns the choice of the document creation time (DCT): the given date, else front matter (read by
ingest), else the date a stamp at the text's head states ("Published: March 18, 2026"), else
inferred from the text, with an `InferredDateWarning`. The parts of a large file
(ingest.read_parts) share the first part's DCT, and their offsets are moved into the whole file.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from datetime import date
from typing import Optional, Union

from . import events as events_stage
from . import ingest, language, segment, structure
from . import lang as packs
from .errors import InferredDateWarning
from .happenings import happenings
from .model import ANCHOR_EXPLICIT, Document, Event, Timex
from .resolve import infer_dct, resolve
from .finder import find_timexes


@dataclass(frozen=True)
class Processed:
    document: Document
    timexes: tuple
    dct: date
    dct_inferred: bool
    language: str = "en"


def as_date(value: Union[None, str, date], what: str = "--published") -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return ingest.parse_date(value, what)


def process(doc: Document, today: Optional[date] = None,
            first: Optional[Processed] = None, lang: Optional[str] = None) -> Processed:
    """Tag and resolve every temporal expression of one document (or one part of a file, after
    the `first` part); offsets count from the start of the file. `lang`: the document's
    language (else the first part's, else detected); one with a pack (lang/) is read by it."""
    code = lang or (first.language if first is not None else
                    language.detect(doc.text[doc.body_start:]))
    packed = packs.available(code)
    raw = _outside_urls(doc.text, packs.find(doc.text, code, doc.body_start) if packed
                        else find_timexes(doc.text, doc.body_start))
    if first is not None:
        dct, inferred = first.dct, first.dct_inferred
    elif doc.published is not None:
        dct, inferred = doc.published, False
    elif (stamped := _stamp_date(raw, doc, code if packed else None)) is not None:
        dct, inferred = stamped, False   # (a date the text states it was published on)
        doc = replace(doc, published=stamped, published_source="stamp")
    elif (dated := _dateline_date(raw, doc, code if packed else None)) is not None:
        dct, inferred = dated, False   # (the day a wire dateline gives: "NEW YORK, Nov. 18,
        doc = replace(doc, published=dated, published_source="dateline")   # 2026 /PRNewswire/")
    else:
        fallback = today or date.today()
        dct, found = (packs.infer_dct(raw, fallback, doc.text, code) if packed
                      else infer_dct(raw, fallback, doc.text, doc.body_start))
        inferred = True
        how = "inferred from its text" if found else "today's date (the text names none)"
        warnings.warn(f"{doc.id}: no publication date given; using {dct.isoformat()}, {how}. "
                      "Pass --published YYYY-MM-DD for exact relative dates.",
                      InferredDateWarning, stacklevel=2)
    resolved = (packs.resolve(raw, doc.text, dct, code, inferred) if packed
                else resolve(raw, doc.text, dct, inferred))
    return Processed(doc, tuple(_shift(resolved, doc.offset)), dct, inferred, code)


_STAMP_ORDER = (structure.PUBLISHED, structure.PLAIN, structure.UPDATED)


def _stamp_date(raw: list, doc: Document, code: Optional[str]) -> Optional[date]:
    """The day a stamp at the text's head states ("Published: March 18, 2026", "Updated Nov.
    20, 2026, 6:45 p.m. ET", a date alone under the headline: structure.stamp_at), read from
    the date alone; a "published" stamp before a bare date before an "updated" one. `code`: a
    pack's language (None: English)."""
    found = {}
    for tx, kind in structure.head_stamps(doc.text, raw, doc.body_start):
        if kind not in found and (day := _full_day(tx, doc.text, code)):
            found[kind] = day
    below = (t for t in raw if t.start - doc.body_start > structure.HEAD_CHARS)
    if structure.PLAIN in found and any(_alone_on_line(doc.text, t) for t in below):
        del found[structure.PLAIN]   # (a date alone on its line further down too: the
        # headings of a day-by-day story, "March 3, 2025" ... "March 4, 2025", no stamp)
    return next((found[k] for k in _STAMP_ORDER if k in found), None)


def _full_day(tx, text: str, code: Optional[str]) -> Optional[date]:
    """The day `tx` states in full ("March 18, 2026"), read with no DCT; else None (a day that
    moves with the DCT is no publication date)."""
    ref = date(2000, 1, 1)
    read = packs.resolve([tx], text, ref, code) if code else resolve([tx], text, ref)
    value = read[0].value if read and read[0].anchor == ANCHOR_EXPLICIT else ""
    return date.fromisoformat(value[:10]) if _FULL_DAY.match(value or "") else None


def _dateline_date(raw: list, doc: Document, code: Optional[str]) -> Optional[date]:
    """The day a wire dateline at the text's head gives in full (structure.dateline_dated)."""
    return next((day for tx in structure.dateline_dated(doc.text, raw, doc.body_start)
                 if (day := _full_day(tx, doc.text, code))), None)


def _alone_on_line(text: str, tx) -> bool:
    """Does the expression fill its line ("March 4, 2025" as a heading)?"""
    first = text.rfind("\n", 0, tx.start) + 1
    last = text.find("\n", tx.end)
    return not (text[first:tx.start] + text[tx.end:last if last >= 0 else None]).strip(" \t.,:")


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")
_URL = re.compile(r"(?:https?:)?//[^\s<>\"']+|\bwww\.[^\s<>\"']+", re.I)


def _outside_urls(text: str, timexes: list) -> list:
    """The timexes not inside a web address ("blogspot.com/2011/02/...": no date of the
    story's)."""
    if "//" not in text and "www." not in text:
        return timexes
    urls = [m.span() for m in _URL.finditer(text)]
    return [t for t in timexes if not any(a < t.end and t.start < b for a, b in urls)] \
        if urls else timexes


def _shift(items: list, offset: int) -> list:
    """Timexes or events with their offsets moved by `offset`."""
    if not offset:
        return items
    return [replace(x, start=x.start + offset, end=x.end + offset, **_shifted_trigger(x, offset))
            for x in items]


def _shifted_trigger(item, offset: int) -> dict:
    if getattr(item, "trigger_start", None) is None:
        return {}
    return {"trigger_start": item.trigger_start + offset, "trigger_end": item.trigger_end + offset}


def document_events(processed: Processed, about: tuple = ()) -> list[Event]:
    """The document's dated events; with `about` (entity names), also every other happening
    near where it names one of them (happenings.py), dated or not."""
    doc = processed.document
    sentences = list(segment.sentences(doc.text, doc.body_start))
    local = _shift(list(processed.timexes), -doc.offset)
    code = processed.language
    language = packs.reading(code) if packs.available(code) else events_stage.ENGLISH
    events = events_stage.extract(doc, local, sentences, language)
    if about:
        events = happenings(doc, sentences, events, processed.dct, about, language)
    return _shift(events, doc.offset)


def tag_text(text: str, published=None, doc_id: str = "text",
             lang: Optional[str] = None) -> list[Timex]:
    doc = ingest.from_text(text, doc_id, as_date(published), require_text=False)
    return list(process(doc, lang=language.check(lang)).timexes)
