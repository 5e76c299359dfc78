"""Exports: events and timexes as CSV, JSON and JSON Lines rows; tagged text as TimeML; events
as Knight Lab TimelineJS JSON; and back: an events CSV (as a user edited it) as events.

Owns the tabular shape of the output (one row an event, columns in model.EVENT_COLUMNS) and the
spreadsheet safety of CSV cells: a text cell starting with = + - @ tab or CR is prefixed with a
quote so no spreadsheet runs it as a formula (raw=True turns that off; reading undoes it).
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date
from typing import IO, Iterable, Optional
from xml.sax.saxutils import escape, quoteattr

from . import values as V
from .errors import TimelineError
from .model import EVENT_COLUMNS, TIMEX_COLUMNS, Event, Timex

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _quoted(value: str) -> bool:
    """Does the cell open with the quote `safe_cell` puts before a formula?"""
    return value.startswith("'") and value[1:2] != "" and value.lstrip("'")[:1] in _FORMULA_START


def safe_cell(value, raw: bool = False):
    """A text cell no spreadsheet runs: '=1+1' is written "'=1+1". A text that itself opens
    with such quotes gets one more, so reading it back (`unsafe_cell`) gives it as written."""
    if not raw and isinstance(value, str) and (value.startswith(_FORMULA_START) or
                                               _quoted(value)):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    """A cell as it was before `safe_cell` quoted it."""
    return value[1:] if _quoted(value) else value


def _days(e: Event) -> tuple[str, str]:
    """`date` and `end_date` as written: ISO days, astronomical years before the common era
    (44 BC is "-0043-01-01"), empty for a vague event."""
    if e.date is not None:
        return e.date.isoformat(), e.end_date.isoformat()
    return V.iso_days(e.value) or ("", "")


def event_row(e: Event) -> dict:
    first, last = _days(e)
    return {
        "event_id": e.event_id, "date": first, "end_date": last, "granularity": e.granularity,
        "value": e.value, "timex": e.timex, "label": e.label, "who": "; ".join(e.who),
        "where": "; ".join(e.where), "trigger": e.trigger,
        "trigger_start": "" if e.trigger_start is None else e.trigger_start,
        "trigger_end": "" if e.trigger_end is None else e.trigger_end,
        "sentence": e.sentence, "source": e.source, "start": e.start, "end": e.end,
        "anchor": e.anchor, "confidence": round(e.confidence, 2), "mentions": e.mentions,
        "importance": round(e.importance, 3), "sources": "; ".join(e.sources),
    }


def timex_row(source: str, t: Timex) -> dict:
    return {"source": source, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
            "value": t.value, "granularity": t.granularity or "", "anchor": t.anchor,
            "confidence": round(t.confidence, 2), "mod": t.mod or "", "point": t.point or ""}


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


TIMEX_CSV_COLUMNS = TIMEX_COLUMNS + ["mod", "point"]


def timexes_csv(rows: Iterable[dict], raw: bool = False) -> str:
    return to_csv(rows, TIMEX_CSV_COLUMNS, raw)


def to_jsonl(rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    write_jsonl(buf, rows)
    return buf.getvalue()


def events_json(events: Iterable[Event], title: str, documents: list[dict],
                summary: Optional[list] = None) -> str:
    payload = {"title": title, "documents": documents, **({"summary": summary} if summary else {}),
               "events": [dict(event_row(e), who=list(e.who), where=list(e.where),
                               sources=list(e.sources), trigger_start=e.trigger_start,
                               trigger_end=e.trigger_end)
                          for e in events]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def timeml(doc_id: str, text: str, body_start: int, dct: str, timexes: Iterable[Timex]) -> str:
    """The body text with inline <TIMEX3> tags, as a TimeML document with its DCT.

    A duration with a point ("Three days" later) names it as its endPoint ("earlier": its
    beginPoint), a non-consuming TIMEX3 right after it, as TimeML writes an implicit date."""
    parts, pos = [], body_start
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if t.start < pos:
            continue
        parts.append(escape(text[pos:t.start]))
        attrs = f'tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value or "")}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        point = ""
        if t.point:
            end = (t.field("dir") or "").lower() not in ("earlier", "before")
            attrs += f' {"endPoint" if end else "beginPoint"}="t{i}p"'
            point = (f'<TIMEX3 tid="t{i}p" type="{"TIME" if "T" in t.point else "DATE"}" '
                     f'value={quoteattr(t.point)} temporalFunction="true"/>')
        parts.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>{point}")
        pos = t.end
    parts.append(escape(text[pos:]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")


REQUIRED_COLUMNS = ("date", "label")


def _column(name: Optional[str]) -> str:
    """A header as a spreadsheet user may write it: "Date", " End date " -> "date", "end_date"."""
    return "_".join((name or "").strip().lower().split())


def _reader(text: str, name: str) -> csv.DictReader:
    """The CSV read with the delimiter its header uses (a comma, or the semicolon or tab many
    spreadsheets write), headers in any case."""
    first = text.split("\n", 1)[0]
    for delimiter in (",", ";", "\t"):
        header = [_column(c) for c in next(csv.reader([first], delimiter=delimiter), [])]
        if all(c in header for c in REQUIRED_COLUMNS):
            reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
            reader.fieldnames = header
            next(reader.reader, None)   # (the header row, read above)
            return reader
    raise TimelineError(f"{name}: not an events CSV (it needs the columns date and label, "
                        f"separated by commas or semicolons; write one with timeline build --csv)")


def events_from_csv(text: str, name: str = "events.csv") -> list[Event]:
    """Events from an events CSV, as `timeline build --csv` wrote it and a user then edited it
    (or a spreadsheet saved it): rows deleted or reordered, dates, labels, actors or sources
    rewritten, headers in any case, ';' as separator. `date`/`end_date` are the truth (an empty
    date is an undated event; see `day_cell` for the forms read); other columns may be missing."""
    reader = _reader(text, name)
    events = []
    for n, row in enumerate(reader, 2):
        row = {k: unsafe_cell(v or "") for k, v in row.items() if k}
        try:
            events.append(_event_of_row(row, n))
        except (ValueError, TimelineError) as e:
            raise TimelineError(f"{name}, line {n}: {e}") from None
    return events


DAY_FORMS = ("2025-04-12, 2025-04 (a month), 2025 (a year), April 12 2025, or -0043-03-15 "
             "(44 BC, astronomical years)")


def day_cell(cell: str, column: str) -> tuple[str, str]:
    """The first and last day a `date`/`end_date` cell names, as TIMEX3 values cover them
    ("2025-03" is March 2025 whole, "2025" the year), or (bc_first, bc_last) ISO strings with
    astronomical years before the common era; ValueError naming the accepted forms."""
    from .ingest import parse_date

    text = cell.strip()
    m = re.fullmatch(r"(-\d{4}|0000)(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if m:   # before the common era: -0043 is 44 BC
        value = "BC" + f"{1 - int(m.group(1)):04d}" + "".join(
            f"-{g}" for g in m.groups()[1:] if g)
        days = V.iso_days(value)
        if days and V.value_years(value):
            return days
    elif re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        span = V.value_span(text)
        if span:
            return span[0].isoformat(), span[1].isoformat()
    else:
        try:
            day = parse_date(text, column).isoformat()
            return day, day
        except TimelineError:
            pass
    order = re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text) is not None
    raise ValueError(f"column {column}: {text!r} is not a date" +
                     (" (day/month or month/day?)" if order else "") + f"; write {DAY_FORMS}")


def _bc_value(first: str, last: str) -> str:
    """The TIMEX3 value of astronomical ISO days first..last before the common era."""
    def value(day: str, part: int) -> str:
        year, month, _ = day.rsplit("-", 2) if day.startswith("-") else day.split("-")
        if int(year) > 0:   # (an interval from before the era into it)
            return day[:(4, 7, 10)[part - 1]]
        return "BC" + f"{1 - int(year):04d}" + ("-" + month if part > 1 else "") + (
            "-" + day[-2:] if part > 2 else "")

    for part in (3, 2, 1):
        candidate = value(first, part)
        if V.iso_days(candidate) == (first, last):
            return candidate
    return f"{value(first, 3)}/{value(last, 3)}"


def _event_of_row(row: dict, n: int) -> Event:
    first = last = None
    if row["date"].strip():
        first, last = day_cell(row["date"], "date")
    if row.get("end_date", "").strip() and first:
        last = day_cell(row["end_date"], "end_date")[1]
    granularity, value = row.get("granularity", "").strip(), row.get("value", "").strip()
    if first and first.startswith(("-", "0000")) or last and last.startswith(("-", "0000")):
        start = end = None
        if not (value and V.iso_days(value) == (first, last)):
            value = _bc_value(first, last)
            granularity = {4: "century", 6: "year", 9: "month", 12: "day"}.get(len(value), "span")
    elif first is None:   # undated: its vague value, if the row keeps one
        start = end = None
        if not value or V.value_years(value):
            granularity, value = _span_value(None, None)
    else:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        if end < start:
            raise ValueError(f"end_date {end} is before date {start}")
        span = V.value_span(value)
        if not (granularity and span and span[:2] == (start, end)):   # (the dates were edited)
            granularity, value = _span_value(start, end)
    split = (lambda cell: tuple(x.strip() for x in cell.split(";") if x.strip()))
    source = row.get("source", "").strip()
    return Event(
        event_id=row.get("event_id", "").strip() or f"E{n - 1:04d}", date=start, end_date=end,
        granularity=granularity, value=value, timex=row.get("timex", ""), label=row["label"],
        who=split(row.get("who", "")), sentence=row.get("sentence", ""), source=source,
        start=int(row.get("start") or 0), end=int(row.get("end") or 0),
        anchor=row.get("anchor", "").strip() or "explicit",
        confidence=float(row.get("confidence") or 1.0), mentions=int(row.get("mentions") or 1),
        importance=float(row.get("importance") or 0.0),
        sources=split(row.get("sources", "")) or ((source,) if source else ()),
        where=split(row.get("where", "")), trigger=row.get("trigger", "").strip(),
        trigger_start=_offset(row.get("trigger_start")), trigger_end=_offset(row.get("trigger_end")))


def _offset(cell: Optional[str]) -> Optional[int]:
    return int(cell) if cell and cell.strip() else None


def _span_value(start: Optional[date], end: Optional[date]) -> tuple[str, str]:
    """(granularity, value) of the days start..end: a day, a whole month or year, else a span."""
    if start is None:
        return "", "PAST_REF"
    if start == end:
        return "day", start.isoformat()
    for value in (start.isoformat()[:7], str(start.year)):
        span = V.value_span(value)
        if span and span[:2] == (start, end):
            return span[2], value
    return "span", f"{start.isoformat()}/{end.isoformat()}"


def _tljs_date(d: date, granularity: str) -> dict:
    parts = {"year": d.year}
    if granularity in ("month", "day", "time"):
        parts["month"] = d.month
    if granularity in ("day", "time"):
        parts["day"] = d.day
    return parts


def _tljs_text(e: Event) -> str:
    """The sentence, its happening's word in bold (every piece escaped)."""
    sentence = e.sentence
    at = sentence.find(e.trigger) if e.trigger else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<b>" + html.escape(e.trigger) + "</b>" +
            html.escape(sentence[at + len(e.trigger):]))


_DISPLAYED = {"decade": lambda v: f"the {v}0s",
              "century": lambda v: f"the {V.ordinal(int(v) + 1)} century"}


def _tljs_dates(e: Event) -> dict:
    """A slide's start_date (and end_date, display_date for a season, a quarter, a decade...
    or a date before the common era)."""
    if e.date is None:
        return _tljs_bc(e)
    if e.granularity in ("day", "time", "month", "year"):
        return {"start_date": _tljs_date(e.date, e.granularity)}
    return {"start_date": _tljs_date(e.date, "day"), "end_date": _tljs_date(e.end_date, "day"),
            "display_date": html.escape(_DISPLAYED.get(e.granularity, str)(e.value))}


def _tljs_bc(e: Event) -> dict:
    """A slide's dates for an event before the common era: years as JavaScript counts them
    (44 BC is -43), and the date as a reader writes it."""
    first, last = V.iso_days(e.value)
    parts = [{"year": int(day[:-6]), "month": int(day[-5:-3]), "day": int(day[-2:])}
             for day in (first, last)]
    start = {k: v for k, v in parts[0].items() if k == "year" or e.granularity in (
        "day", "month") and (k == "month" or e.granularity == "day")}
    slide = {"start_date": start, "display_date": html.escape(V.bc_text(e.value) or e.value)}
    if e.granularity not in ("day", "month", "year"):
        slide["start_date"], slide["end_date"] = parts
    return slide


def timelinejs(events: Iterable[Event], title: str, group_by: Optional[str] = None,
               outlets: Optional[dict] = None, media: str = "") -> str:
    """Knight Lab TimelineJS JSON: a slide per dated event (TimelineJS shows text as HTML, so
    every text is escaped), dates as readers write them for decades, centuries and years
    before the common era, the title slide (with the story's picture as media, an http(s)
    address), and a group per source (its outlet) or actor if asked."""
    from .render import group_of

    slides = []
    for e in events:
        if e.is_vague:
            continue
        slide = {"unique_id": e.event_id, **_tljs_dates(e),
                 "text": {"headline": html.escape(e.label),
                          "text": _tljs_text(e) + "<br><small>" +
                          html.escape("Source: " + ", ".join(e.sources or (e.source,))) +
                          "</small>"}}
        if group_by:
            slide["group"] = html.escape(group_of(e, group_by, outlets))
        slides.append(slide)
    count = f"{len(slides)} dated event" + ("" if len(slides) == 1 else "s")
    cover = {"text": {"headline": html.escape(title), "text": count}}
    if media.lower().startswith(("https://", "http://")):
        cover["media"] = {"url": media}
    payload = {"title": cover, "events": slides}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
