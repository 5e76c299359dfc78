"""One entity's timeline in the SemEval-2015 Task 4 (TimeLine) format: `build --semeval2015 DIR`.

Owns the task's file shape: the entity's name on the first line, then one line an entry,
`rank<TAB>date<TAB>docid-sentence-word[<TAB>more mentions]`. An entry is one happening word on
one date: the same word on the same date in several documents is one entry listing every
mention, as the task's gold does. Dates are written as the task writes them (2005-01-18,
2005-01-XX, 2005-XX-XX; XXXX-XX-XX undated, at rank 0); dated entries are ranked by date, one
rank a date, a year or month before the days in it (as the gold ranks them). A mention names
its document by the file's stem (`news/1173.txt` is 1173), its sentence by its number in the
document's text after any front matter, from 0 (the task counts a headline as sentence 0: keep
it as the text's first line), and a phrasal verb with its particle ("took_off").
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePath
from typing import Callable, Iterable, NamedTuple, Optional

from . import values as V
from .joiners import alternation
from .lang.en.words import AUXILIARIES, PARTICLES
from .model import Event, evolve

UNDATED = "XXXX-XX-XX"
_PARTICLES = alternation(PARTICLES)   # (a phrasal verb's: "took off")


class Entry(NamedTuple):
    rank: int
    date: str
    mentions: tuple   # "docid-sentence-word", the first one names the happening


def task_date(value: str) -> str:
    """A TIMEX3 value as the task writes dates: 2005-01-18, 2005-01-XX, 2005-XX-XX, else
    XXXX-XX-XX (a value wider than a year, or none)."""
    span = V.value_span(value or "")
    if span is None:
        return UNDATED
    first, last, granularity = span
    if granularity in ("day", "time"):
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}-XX"
    return f"{first.year:04d}-XX-XX" if first.year == last.year else UNDATED


def mention_id(e: Event) -> Optional[str]:
    """The task's name of the event's happening word: document-sentence-word (a phrasal verb's
    particle joined to it, as the task names them: "took_off")."""
    if not e.trigger or e.sentence_index is None:
        return None
    word = e.trigger.replace(" ", "_")
    m = re.search(rf"(?<!\w){re.escape(e.trigger)}\s+({_PARTICLES})(?!\w)", e.sentence)
    if m and e.sentence.count(e.trigger) == 1:
        word += "_" + m.group(1)
    return f"{PurePath(e.source).stem}-{e.sentence_index}-{word}"


def entries(events: Iterable[Event],
            mention: Callable[[Event], Optional[str]] = mention_id) -> list[Entry]:
    """The timeline of these events (one entity's): one entry per date and happening word,
    undated ones first at rank 0, then dated ones ranked by date (an event whose word is a
    copula or "has" standing for its clause is no happening: left out). `mention` names an
    event's happening word (None: an event without one is left out)."""
    grouped: dict = defaultdict(list)
    for e in events:
        if e.trigger.lower() in AUXILIARIES:   # (a copula or "has" standing for its clause:
            continue                            # "Airbus is currently behind": no happening)
        for report in [e] + [evolve(e, source=source, trigger=word, trigger_start=start,
                                    trigger_end=end, sentence_index=index)
                             for source, word, start, end, index in e.reports if word]:
            name = mention(report)   # (each document's mention of a merged event)
            if name:
                grouped[(task_date(e.value), e.trigger.lower())].append(name)
    ranks = {d: r for r, d in enumerate(sorted({d for d, _ in grouped} - {UNDATED},
                                               key=_date_order), 1)}
    ranks[UNDATED] = 0
    return [Entry(ranks[d], d, tuple(dict.fromkeys(names)))
            for (d, _), names in sorted(grouped.items(), key=lambda kv: (ranks[kv[0][0]], kv[0]))]


def _date_order(task: str) -> tuple:
    """Task dates by where they begin, a wider one first: 2007-XX-XX, 2007-02-28, 2007-10-XX
    (as the task's gold ranks a year before the days in it)."""
    year, month, day = task.split("-")
    return (year, "00" if month == "XX" else month, "00" if day == "XX" else day)


def text(entity: str, found: Iterable[Entry]) -> str:
    return entity + "\n" + "".join(f"{e.rank}\t{e.date}\t" + "\t".join(e.mentions) + "\n"
                                   for e in found)


def file_name(entity: str) -> str:
    """The task's file name for an entity's timeline: "Airbus A380" -> airbus_a380.txt."""
    safe = "".join(c if c.isalnum() else "_" for c in entity.lower().replace(" ", "_"))
    return safe.strip("_") + ".txt" if safe.strip("_") else "entity.txt"
