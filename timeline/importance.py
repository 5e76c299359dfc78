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
from datetime import date, timedelta
from typing import Iterable, Optional, Sequence

from . import values as V
from .model import Event, evolve

WEIGHTS = {"reported": 0.45, "precision": 0.2, "lead": 0.15, "news": 0.2}
PRECISION = {"time": 1.0, "day": 1.0, "weekend": 0.85, "week": 0.8, "month": 0.6,
             "season": 0.5, "quarter": 0.5, "half": 0.45, "year": 0.35, "span": 0.3,
             "decade": 0.2, "century": 0.1}
LEAD_CHARS = 1500    # an event this far into its story (characters) is still in its lead
BACKGROUND_CHARS = 6000   # and from here on it is background
LEAD_FLOOR = 0.7   # the lead's weight at its end


def _reach(e: Event) -> float:
    """How widely reported: sources count most, further mentions less."""
    sources = max(1, len(e.sources))
    return math.log1p(3 * (sources - 1) + e.mentions)


def _lead(e: Event) -> float:
    """1 at the story's start, LEAD_FLOOR at the lead's end (what a story tells first, it
    tells as most important), 0 from BACKGROUND_CHARS on."""
    if e.start <= LEAD_CHARS:
        return 1.0 - (1.0 - LEAD_FLOOR) * e.start / LEAD_CHARS
    return LEAD_FLOOR * max(0.0, 1 - (e.start - LEAD_CHARS) / (BACKGROUND_CHARS - LEAD_CHARS))


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


SUMMARY_WORDS = 20   # a date's summary reads best as one sentence of about this many words
LOOKED_BACK = 2.5    # a source published after a date counts this much toward it: later
#                      articles recalling a day say it mattered more than that day's reports
STORY_LEAD_DAYS = 7  # ... a day of the story: one at most this long before its first source's
#                      publication (the news of the first report); a day recalled from before
#                      that ("last grounded its jets in June 2019") is background, counted once


def summary_key(e: Event) -> tuple:
    """The order in which a date's events best summarise it: a sentence of a summary's length
    (not a run-on, not a fragment), then the most important, more sources, earlier."""
    return (abs(len(e.sentence.split()) - SUMMARY_WORDS), -e.importance, -len(e.sources),
            e.order())


def summary_order(events: Sequence[Event]) -> list[Event]:
    """One date's events in the order their sentences best summarise it: the one that shares
    most of its words with the date's other tellings (what the reports agree on), less for a
    sentence far from SUMMARY_WORDS long; then summary_key."""
    sets = [set(_CONTENT_WORD.findall(e.sentence.lower())) for e in events]

    def agreement(i: int) -> float:
        shared = sum(len(sets[i] & other) / (len(sets[i] | other) or 1)
                     for j, other in enumerate(sets) if j != i)
        return shared / (1 + abs(len(events[i].sentence.split()) - SUMMARY_WORDS) / SUMMARY_WORDS)

    score = {id(e): agreement(i) for i, e in enumerate(events)}
    return sorted(events, key=lambda e: (-score[id(e)], summary_key(e)))


_CONTENT_WORD = re.compile(r"\w{4,}")   # (a word of four letters or more: no article, no "the")


def told_after(e: Event, published: dict) -> bool:
    """Is `e` told by a source published on or after its first day (news of it, not its
    prospect)?"""
    return e.date is not None and any(published.get(s) is not None and published[s] >= e.date
                                      for s in (e.sources or (e.source,)))


def _the_present(e: Event, published: dict) -> bool:
    """Is `e` dated by a stretch longer than a day (a month, a year) that holds the publication
    day of every source telling it? Then it tells of the story's present ("in 2011", said in
    2011's reports), which is no key date of it."""
    if e.granularity in ("day", "time"):
        return False
    span = V.value_span(e.value)
    days = [published.get(s) for s in (e.sources or (e.source,))]
    return bool(span) and all(d is not None and span[0] <= d <= span[1] for d in days)


COARSE_WEIGHT = {"year": 0.5, "decade": 0.5, "century": 0.5}   # a year's sources count so
# much toward it among the key dates: the years a story recalls are its background ("president
# since 1978"); its days are what happened


def key_events(events: Iterable[Event], k: int,
               published: Optional[dict] = None) -> list[Event]:
    """The k key dates, in date order, each as one event (one told once it happened, the one
    most sources tell, then the first told in its story); not the story's present
    (_the_present). A date is key
    by how many sources report something on it, across all its events (a source published
    after a day of the story, `published` mapping sources to their dates, counts LOOKED_BACK;
    a year's sources count COARSE_WEIGHT), then by its best event's importance."""
    published = published or {}
    began = min((d for d in published.values() if d), default=None)
    story = began and began - timedelta(days=STORY_LEAD_DAYS)
    by_date: dict = {}
    for e in events:
        if not e.is_vague and not _the_present(e, published):   # (a time counts as its day:
            # "Friday night" is Friday's)
            by_date.setdefault((V.day_of(e.value), e.date, e.end_date), []).append(e)
    ranked = []
    for group in by_date.values():
        best = min(group, key=lambda e: (not told_after(e, published), -len(e.sources),
                                        e.start, summary_key(e)))   # (the day's happening
        # as reported once it happened ("Corvid-2 landed", not "will attempt a landing"), then
        # the one most sources tell, then the one told first in its story: "The trial opened
        # on Monday" of the lead, not "The judge warned jurors on Monday" after it)
        day = group[0].date
        sources = {s for e in group for s in (e.sources or (e.source,))}
        recalled = day and story and day >= story
        reach = sum(LOOKED_BACK if recalled and published.get(s) and published[s] > day else 1.0
                    for s in sources) * COARSE_WEIGHT.get(group[0].granularity, 1.0)
        top = max(e.importance for e in group)
        ranked.append((-reach, -top, best.order(), best))
    chosen = [item[-1] for item in sorted(ranked, key=lambda item: item[:3])[:max(0, k)]]
    return sorted(chosen, key=Event.order)
