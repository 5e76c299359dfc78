"""The data model every stage shares: frozen dataclasses, nothing else.

Stages pass these objects one way (ingest -> segment -> tag -> resolve -> events -> render);
no stage imports another stage's internals, only this module.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date
from typing import Mapping, Optional

from .values import days_years, value_years

# TIMEX3 types
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

# How a value was reached (Timex.anchor / Event.anchor)
ANCHOR_EXPLICIT = "explicit"        # the expression names its own calendar value
ANCHOR_DCT = "dct"                  # deictic, resolved against the publication date
ANCHOR_NARRATIVE = "narrative"      # anaphoric, resolved against the previous date in the text
ANCHOR_INFERRED = "inferred-dct"    # resolved against a publication date guessed from the text
ANCHOR_NONE = "none"                # no anchor needed (durations, sets, vague values)
ANCHOR_SENTENCE = "sentence"        # a happening dated by the date of its sentence
ANCHOR_TENSE = "tense"              # a happening told in the past tense (or in the headline):
# the story's news day, the DCT or the last day of the week before it that the story named
HAPPENING_ANCHORS = (ANCHOR_SENTENCE, ANCHOR_TENSE)   # (no expression of its own dates these)


def quick_init(cls):
    """Give a frozen dataclass an __init__ that fills the instance's __dict__ at once.

    A frozen dataclass's own __init__ sets each field through object.__setattr__: about 1 µs
    per object of ten fields, and the tagger and resolver make several objects per expression.
    This one has the same signature and defaults; the class stays frozen (assignment raises),
    equal and hashable as before. Not for fields with a default_factory. A field left None
    (its default) is not stored: it is read from the class, as a dataclass default is.
    """
    names = [f.name for f in fields(cls)]
    defaults = {f"_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    assert all(f.default_factory is MISSING for f in fields(cls)), cls
    params = ", ".join(f"{n}=_{n}" if f"_{n}" in defaults else n for n in names)
    unset = {f.name for f in fields(cls) if f.default is None}   # (read from the class)
    source = (f"def __init__(self, {params}):\n    d = self.__dict__\n"
              + "".join(f"    if {n} is not None:\n        d[{n!r}] = {n}\n" if n in unset
                        else f"    d[{n!r}] = {n}\n" for n in names))
    namespace: dict = {}
    exec(source, defaults, namespace)   # noqa: S102 - built from the class's own field names
    cls.__init__ = namespace["__init__"]
    return cls


def evolve(obj, **changes):
    """A copy of a quick_init dataclass with some fields changed, without re-running its
    __init__ (dataclasses.replace costs about 15 µs an Event; this, 2): the fields are copied
    as they are stored."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


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
    published_source: str = "none"   # given|front-matter|html-meta|file-name|dataset|stamp|
    #                                   dateline|inferred|none
    title: str = ""
    body_start: int = 0
    meta: Mapping[str, str] = field(default_factory=dict)
    offset: int = 0


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@quick_init
@dataclass(frozen=True)
class Timex:
    """A temporal expression: the span the tagger found plus (after resolve) its TIMEX3 value.

    `rule` and `fields` are what the tagger recognised (e.g. rule "month_day",
    fields (("month", 2), ("day", 26))); the resolver turns them into `value`. `point` is the
    calendar value a DURATION counted from a known day reaches: "three days" (of "three days
    later", as TimeML tags it) is P3D, and the day it lands on is where its event goes.
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
    point: Optional[str] = None

    @property
    def when(self) -> Optional[str]:
        """The calendar value this expression places an event at (its point, else its value)."""
        return self.point or self.value

    def field(self, name, default=None):
        for key, val in self.fields:
            if key == name:
                return val
        return default

    def with_value(self, **changes) -> "Timex":
        return replace(self, **changes)


@quick_init
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
    trigger: str = ""                      # the word of the happening the date anchors
    trigger_start: Optional[int] = None    # its offsets, in the same frame as start/end
    trigger_end: Optional[int] = None
    where: tuple = ()                      # places named in the clause
    importance: float = 0.0                # what matters in the story, 0..1 (importance.py)
    sentence_index: Optional[int] = field(default=None, compare=False)   # its sentence's
    # number in the document, from 0 (semeval.py names mentions by it; not in the CSV)
    reports: tuple = field(default=(), compare=False)   # the other mentions merged into it
    # (merge.py): (source, trigger, trigger_start, trigger_end, sentence_index) each

    @property
    def years(self) -> Optional[tuple]:
        """[first, after) of its value on the astronomical year line (44 BC is -43): dated
        events before the common era have no Python `date` but have these. None if vague."""
        years = value_years(self.value)
        if years is None and self.date is not None:   # (a value the reader does not span)
            return days_years(self.date, self.end_date or self.date)
        return years

    @property
    def is_vague(self) -> bool:
        """No calendar place at all (PAST_REF, "XXXX-XX-XX"): an event of 44 BC is not vague."""
        return self.date is None and self.years is None

    def order(self) -> tuple:
        """The key that sorts events by time: vague ones last, then by source and offset."""
        years = self.years
        return (years is None, years[0] if years else 0.0, self.source, self.start)


EVENT_COLUMNS = ["event_id", "date", "end_date", "granularity", "value", "timex", "label", "who",
                 "where", "trigger", "trigger_start", "trigger_end", "sentence", "source", "start",
                 "end", "anchor", "confidence", "mentions", "importance"]
TIMEX_COLUMNS = ["source", "start", "end", "text", "type", "value", "granularity", "anchor",
                 "confidence"]
