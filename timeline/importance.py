"""What matters in a story: each event's `importance` in [0, 1], and the key dates.

Owns one score, from what a reader of the whole pile would weigh: how widely the happening is
reported (sources, then mentions, relative to the best-reported event of the timeline), how
precisely it is dated (a day over a year, a year over a decade), where it stands in its
story (the lead over the background paragraphs) and how near it lies to the day its story was
published (the news over the history it recalls). Pure functions; the weights are a table.
"""
from __future__ import annotations

import math
import re
from datetime import date
from typing import Iterable, Optional, Sequence

from .model import Event, evolve

WEIGHTS = {"reported": 0.45, "precision": 0.2, "lead": 0.15, "news": 0.2}
PRECISION = {"time": 1.0, "day": 1.0, "weekend": 0.85, "week": 0.8, "month": 0.6,
             "season": 0.5, "quarter": 0.5, "half": 0.45, "year": 0.35, "span": 0.3,
             "decade": 0.2, "century": 0.1}
LEAD_CHARS = 1500    # an event this far into its story (characters) is still in its lead
BACKGROUND_CHARS = 6000   # and from here on it is background


def _reach(e: Event) -> float:
    """How widely reported: sources count most, further mentions less."""
    sources = max(1, len(e.sources))
    return math.log1p(3 * (sources - 1) + e.mentions)


def _lead(e: Event) -> float:
    if e.start <= LEAD_CHARS:
        return 1.0
    return max(0.0, 1 - (e.start - LEAD_CHARS) / (BACKGROUND_CHARS - LEAD_CHARS))


def _news(e: Event, published: Optional[date]) -> float:
    """1 within a month of its story's publication date, less the further away (a year: 0.5,
    ten years: about 0.2); 0.5 when the publication date is not known."""
    if published is None or e.years is None:
        return 0.5
    days = abs((e.years[0] + e.years[1]) / 2 - _year_of(published)) * 365.25
    return 1.0 if days <= 31 else 1 / (1 + math.log10(days / 31) * 1.6)


def _year_of(d: date) -> float:
    return d.year + (d.timetuple().tm_yday - 1) / 365.25


def score(events: Sequence[Event], published: Optional[dict] = None) -> list[Event]:
    """The events with their `importance`; `published` maps a source to its publication date."""
    published = published or {}
    best = max((_reach(e) for e in events), default=1.0) or 1.0
    out = []
    for e in events:
        parts = {"reported": _reach(e) / best,
                 "precision": PRECISION.get(e.granularity, 0.3) if not e.is_vague else 0.0,
                 "lead": _lead(e),
                 "news": _news(e, published.get(e.source))}
        value = sum(WEIGHTS[k] * v for k, v in parts.items()) * (0.5 if e.is_vague else 1.0)
        out.append(evolve(e, importance=round(min(1.0, max(0.0, value)), 3)))
    return out


_WORD = re.compile(r"[^\W\d_]{4,}")   # (words of four letters or more: mostly content words)


def _central(group: Sequence[Event]) -> list[float]:
    """How much each event's sentence shares with the other sentences told of its date (what
    the sources agree happened then): its mean word overlap with them, 0 when alone."""
    words = [set(_WORD.findall(e.sentence.lower())) for e in group]
    if len(group) < 2:
        return [0.0] * len(group)
    return [sum(len(w & other) / (len(w | other) or 1) for j, other in enumerate(words) if j != i)
            / (len(group) - 1) for i, w in enumerate(words)]


def key_events(events: Iterable[Event], k: int) -> list[Event]:
    """The k key dates, in date order, each as one event. A date is key by how many sources
    report something on it (across all its events: the pile's agreement that the day
    mattered), then by its best event's importance, more sources, earlier. The event shown is
    the one whose sentence the others told of that date most agree with, then the most
    important."""
    by_date: dict = {}
    for e in events:
        if not e.is_vague:
            by_date.setdefault((e.value, e.date, e.end_date), []).append(e)
    ranked = []
    for group in by_date.values():
        central = dict(zip(map(id, group), _central(group)))
        best = min(group, key=lambda e: (-round(central[id(e)], 3), -e.importance,
                                         -len(e.sources), e.order()))
        reach = len({s for e in group for s in (e.sources or (e.source,))})
        top = max(e.importance for e in group)
        ranked.append((-reach, -top, -len(best.sources), best.order(), best))
    chosen = [item[-1] for item in sorted(ranked, key=lambda item: item[:4])[:max(0, k)]]
    return sorted(chosen, key=Event.order)
