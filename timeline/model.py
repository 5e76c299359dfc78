"""The data model every stage shares: frozen dataclasses, nothing else.

Stages pass these objects one way (ingest -> segment -> tag -> resolve -> events -> render);
no stage imports another stage's internals, only this module.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Mapping, Optional

# TIMEX3 types
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

# How a value was reached (Timex.anchor / Event.anchor)
ANCHOR_EXPLICIT = "explicit"        # the expression names its own calendar value
ANCHOR_DCT = "dct"                  # deictic, resolved against the publication date
ANCHOR_NARRATIVE = "narrative"      # anaphoric, resolved against the previous date in the text
ANCHOR_INFERRED = "inferred-dct"    # resolved against a publication date guessed from the text
ANCHOR_NONE = "none"                # no anchor needed (durations, sets, vague values)


@dataclass(frozen=True)
class Document:
    """One text to build a timeline from.

    `text` is the decoded file; `body_start` is where taggable text begins (after any front
    matter), so offsets always count from the file's first character. A large file is read in
    parts: then `text` is one part and `offset` where it starts in the file.
    """

    id: str
    text: str
    published: Optional[date] = None
    published_source: str = "none"   # given|front-matter|html-meta|file-name|dataset|inferred|none
    title: str = ""
    body_start: int = 0
    meta: Mapping[str, str] = field(default_factory=dict)
    offset: int = 0


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Timex:
    """A temporal expression: the span the tagger found plus (after resolve) its TIMEX3 value.

    `rule` and `fields` are what the tagger recognised (e.g. rule "month_day",
    fields (("month", 2), ("day", 26))); the resolver turns them into `value`.
    """

    start: int
    end: int
    text: str
    type: str
    rule: str = ""
    fields: tuple = ()
    value: Optional[str] = None
    granularity: Optional[str] = None
    anchor: str = ANCHOR_NONE
    confidence: float = 0.0
    mod: Optional[str] = None

    def field(self, name, default=None):
        for key, val in self.fields:
            if key == name:
                return val
        return default

    def with_value(self, **changes) -> "Timex":
        return replace(self, **changes)


@dataclass(frozen=True)
class Event:
    """One happening on the timeline, possibly merged from several dated mentions."""

    event_id: str
    date: Optional[date]          # first day the value covers; None for vague values
    end_date: Optional[date]      # last day the value covers
    granularity: str
    value: str
    timex: str
    label: str
    who: tuple
    sentence: str
    source: str
    start: int
    end: int
    anchor: str
    confidence: float
    mentions: int = 1
    sources: tuple = ()

    @property
    def is_vague(self) -> bool:
        return self.date is None


EVENT_COLUMNS = ["event_id", "date", "end_date", "granularity", "value", "timex", "label", "who",
                 "sentence", "source", "start", "end", "anchor", "confidence", "mentions"]
TIMEX_COLUMNS = ["source", "start", "end", "text", "type", "value", "granularity", "anchor",
                 "confidence"]
