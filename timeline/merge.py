"""Merging across documents: reports of one happening from several sources become one event.

Owns one decision: are two events from different documents the same happening? They are when
their dates are compatible (the same value, or a day inside the other's month or week) and they
share enough: an actor and a content word, or three content words, or a place or actor and the
kind of happening their triggers name ("truck bombing" and "explosion": wordclass.HAPPENINGS). The
merged event keeps the most precise date and the most informative label (a report published on
or after the day over one announcing it), and lists every source. Events are added document
by document, so only the merged events are held, never the texts. An event joins the most similar
group it may join; month- and week-precise events wait until the end, so they join the exact day
that reports the same happening whichever document came first ("the collapse that killed two
people last week" and "the bridge collapsed on Tuesday evening").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import importance
from .events import GroupIndex, combine_actors, content_terms, name_stems, sort_events
from .model import HAPPENING_ANCHORS, Event, evolve
from .wordclass import kinds_in

PRECISE = {"day", "time"}
WAITING = {"month", "week", "weekend"}   # (joined to an exact day of theirs at the end)


@dataclass
class _Group:
    """Events merged so far: the most informative one (`event`) and what the others add. The
    merged Event is built once, at the end."""
    event: Event
    terms: frozenset
    sources: list
    who: tuple
    confidence: float
    mentions: int
    merged: bool = False
    places: set = field(default_factory=set)
    kinds: set = field(default_factory=set)   # the kinds of happening its triggers name
    reports: list = field(default_factory=list)   # every member's mention (report_of)
    told_after: bool = False   # its face is told by a source published on or after its day

    @classmethod
    def of(cls, e: Event, terms: frozenset, told_after: bool = False) -> "_Group":
        return cls(e, terms, list(e.sources or (e.source,)), e.who, e.confidence, e.mentions,
                   places=set(e.where), kinds=kinds_of(e), reports=reports_of(e),
                   told_after=told_after)

    def informative(self) -> tuple:
        return _informative(self.event, self.who, self.confidence, self.told_after)

    def result(self) -> Event:
        if not self.merged:
            return self.event
        face = report_of(self.event)
        return evolve(self.event, who=self.who, mentions=self.mentions,
                      confidence=self.confidence, sources=tuple(self.sources),
                      reports=tuple(r for r in self.reports if r != face))


@dataclass
class _Bucket:
    groups: list = field(default_factory=list)
    index: GroupIndex = field(default_factory=GroupIndex)


def report_of(e: Event) -> tuple:
    """Where an event's own mention is: (source, trigger, its offsets, sentence number)."""
    return (e.source, e.trigger, e.trigger_start, e.trigger_end, e.sentence_index)


def reports_of(e: Event) -> list:
    """Its own mention and those already merged into it."""
    return [report_of(e)] + list(e.reports)


def _bucket(e: Event) -> Optional[str]:
    """Events can only merge within one bucket: a month for day/month values."""
    if e.date is None:
        return None
    if e.granularity in PRECISE or e.granularity == "month":
        return e.date.strftime("%Y-%m")
    return e.value


def _near_buckets(e: Event) -> list:
    """The buckets an event may join a group of: its own; for a week, the months its days are
    in (the exact day that reports it is there)."""
    own = _bucket(e)
    if e.granularity not in WAITING - {"month"}:   # (a month's bucket is its month already)
        return [own]
    return list(dict.fromkeys((e.date.strftime("%Y-%m"), e.end_date.strftime("%Y-%m"), own)))


def _compatible(a: Event, b: Event) -> bool:
    if a.value[:10] == b.value[:10]:
        return True
    coarse, fine = (a, b) if a.granularity in WAITING else (b, a)
    return coarse.granularity in WAITING and fine.granularity in PRECISE and \
        coarse.date <= fine.date <= coarse.end_date


def kinds_of(e: Event) -> set:
    """The kinds of happening an event names: its trigger's, and its label's words' (but for
    saying, which a label holds beside what it reports)."""
    return kinds_in(e.label, e.trigger)


def _similarity(group: "_Group", b: Event, b_terms: frozenset, kinds: set) -> int:
    """0 when not the same happening; else higher the more actors, places and terms are
    shared, and when the kind of happening is the same."""
    same_kind = bool(kinds & group.kinds)   # (kinds: kinds_of(b), read once per event)
    mine, theirs = set(group.who) | group.places, set(b.who) | set(b.where)
    names = _shared_names(mine, theirs) if same_kind else mine & theirs   # (by part of a
    # name only for one kind of happening: "Dina Boluarte will visit", "Boluarte is due to
    # travel")
    places = names & (group.places | set(b.where))   # (a shared place's name is no shared
    shared_terms = len((group.terms & b_terms) - name_stems(
        tuple(places) + tuple(group.who) + tuple(b.who)))   # term: one city, one day, two
    # stories; nor an actor's name: the ECB's rate cut and a strike "as the European Central
    # Bank met in the city" share "European", "Central", "Bank" and no happening)
    if kinds and group.kinds and not same_kind and shared_terms < 3:
        return 0   # a vote and a bombing in one city on one day: two happenings
    if (names and (shared_terms >= 1 or same_kind)) or shared_terms >= 3:
        return 2 * len(names) + shared_terms + 2 * same_kind
    return 0


def _shared_names(a: set, b: set) -> set:
    """The names of `a` that `b` names too, whole or by part of it ("Boluarte" and "Dina
    Boluarte" are one actor, as the event stage's grouping reads them)."""
    shared = a & b
    for x in a - shared:
        words = set(x.split())
        if any(words <= set(y.split()) or set(y.split()) <= words for y in b):
            shared.add(x)
    return shared


def _informative(e: Event, who: tuple, confidence: float, told_after: bool = False) -> tuple:
    words = len(e.label.split())   # (a label that tells a clause beats a bare noun phrase, "The
    return (e.granularity in PRECISE, words >= FULL_LABEL, told_after, len(who),   # blaze",
            min(words, 15), confidence)   # whoever it names; then a report of what happened
    # beats one announcing it: "Unas 40.000 personas se manifestaron ayer en Madrid", told the
    # next day, over "mantuvo la convocatoria de la manifestación del 21 de febrero")


FULL_LABEL = 5   # words: a label this long tells who did what


class Merger:
    """Collects events document by document, merging reports of the same happening."""

    def __init__(self):
        self._buckets: dict = {}
        self._undated: list[Event] = []
        self._waiting: list[tuple[Event, bool]] = []   # (month- and week-precise events)

    def add(self, events: Iterable[Event], published: Optional[dict] = None) -> None:
        """Events of one document (or of the rows of one dataset); `published` maps their
        sources to their publication dates."""
        for e in events:
            if e.date is None or e.anchor in HAPPENING_ANCHORS:   # (one per mention: a
                self._undated.append(e)                   # happening its sentence dates)
                continue
            told = importance.told_after(e, published or {})   # (news of it, not its
            # prospect)
            if e.granularity in WAITING:
                self._waiting.append((e, told))
            else:
                self._place(e, told)

    def _place(self, e: Event, told_after: bool = False) -> None:
        """Into the most similar group of its bucket, found through the bucket's index of
        actors and terms (a group sharing none cannot be similar), else a group of its own."""
        terms = content_terms(e.sentence)   # (the label's words are the sentence's)
        bucket, best, best_score = None, None, 0
        kinds = kinds_of(e)
        for key in _near_buckets(e):
            near = self._buckets.get(key)
            for i in near.index.candidates(e.who + e.where, terms) if near else ():
                group = near.groups[i]
                if e.source not in group.sources and _compatible(group.event, e):
                    score = _similarity(group, e, terms, kinds)
                    if score > best_score:
                        bucket, best, best_score = near, i, score
        if best is None:
            bucket = self._buckets.setdefault(_bucket(e), _Bucket())
            best = len(bucket.groups)
            bucket.groups.append(_Group.of(e, terms, told_after))
        else:
            self._absorb(bucket.groups[best], e, terms, kinds, told_after)
        # index what is new to the group: this event's actors and terms, its merged actors
        bucket.index.add(best, set(e.who) | set(e.where) | set(bucket.groups[best].who), terms)

    @staticmethod
    def _absorb(group: _Group, e: Event, terms: frozenset, kinds: set,
                told_after: bool = False) -> None:
        """The group takes `e` in; `e` becomes its face when it is more informative."""
        if _informative(e, e.who, e.confidence, told_after) > group.informative():
            group.event, group.who = e, combine_actors([e.who, group.who])
            group.told_after = told_after
        else:
            group.who = combine_actors([group.who, e.who])
        group.places.update(e.where)
        group.kinds |= kinds
        for s in e.sources or (e.source,):
            if s not in group.sources:
                group.sources.append(s)
        group.mentions += e.mentions
        group.reports += reports_of(e)
        group.confidence = max(group.confidence, e.confidence)
        if e.granularity not in WAITING:   # (a month's or week's report joins a day, but its
            group.terms = group.terms | terms   # words lend the day no pull on other coarse
            # reports: one joined, the next would find the day by its words)
        group.merged = True

    def events(self) -> list[Event]:
        for e, told_after in self._waiting:
            self._place(e, told_after)
        self._waiting = []
        merged = [g.result() for bucket in self._buckets.values() for g in bucket.groups]
        return sort_events(merged + self._undated)
