"""Exports: events and timexes as CSV, JSON and JSON Lines rows; tagged text as TimeML.

Owns the tabular shape of the output (one row an event, columns in model.EVENT_COLUMNS) and the
spreadsheet safety of CSV cells: a text cell starting with = + - @ tab or CR is prefixed with a
quote so no spreadsheet runs it as a formula (raw=True turns that off).
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable
from xml.sax.saxutils import escape, quoteattr

from .model import EVENT_COLUMNS, TIMEX_COLUMNS, Event, Timex

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value, raw: bool = False):
    if not raw and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def event_row(e: Event) -> dict:
    return {
        "event_id": e.event_id, "date": e.date.isoformat() if e.date else "",
        "end_date": e.end_date.isoformat() if e.end_date else "", "granularity": e.granularity,
        "value": e.value, "timex": e.timex, "label": e.label, "who": "; ".join(e.who),
        "sentence": e.sentence, "source": e.source, "start": e.start, "end": e.end,
        "anchor": e.anchor, "confidence": round(e.confidence, 2), "mentions": e.mentions,
        "sources": "; ".join(e.sources),
    }


def timex_row(source: str, t: Timex) -> dict:
    return {"source": source, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
            "value": t.value, "granularity": t.granularity or "", "anchor": t.anchor,
            "confidence": round(t.confidence, 2), "mod": t.mod or ""}


def write_csv(out: IO[str], rows: Iterable[dict], columns: list[str], raw: bool = False) -> None:
    """Rows to an open text file as they come (a header first)."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v, raw) for k, v in row.items()})


def write_jsonl(out: IO[str], rows: Iterable[dict]) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def to_csv(rows: Iterable[dict], columns: list[str], raw: bool = False) -> str:
    buf = io.StringIO()
    write_csv(buf, rows, columns, raw)
    return buf.getvalue()


def events_csv(events: Iterable[Event], raw: bool = False) -> str:
    return to_csv((event_row(e) for e in events), EVENT_COLUMNS + ["sources"], raw)


TIMEX_CSV_COLUMNS = TIMEX_COLUMNS + ["mod"]


def timexes_csv(rows: Iterable[dict], raw: bool = False) -> str:
    return to_csv(rows, TIMEX_CSV_COLUMNS, raw)


def to_jsonl(rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    write_jsonl(buf, rows)
    return buf.getvalue()


def events_json(events: Iterable[Event], title: str, documents: list[dict]) -> str:
    payload = {"title": title, "documents": documents,
               "events": [dict(event_row(e), who=list(e.who), sources=list(e.sources))
                          for e in events]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def timeml(doc_id: str, text: str, body_start: int, dct: str, timexes: Iterable[Timex]) -> str:
    """The body text with inline <TIMEX3> tags, as a TimeML document with its DCT."""
    parts, pos = [], body_start
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if t.start < pos:
            continue
        parts.append(escape(text[pos:t.start]))
        attrs = f'tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value or "")}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")
