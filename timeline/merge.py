"""Merging across documents: reports of one happening from several sources become one event.

Owns one decision: are two events from different documents the same happening? They are when
their dates are compatible (the same value, or a day inside the other's month) and they share
enough: an actor and a content word, or three content words. The merged event keeps the most
precise date and the most informative label, and lists every source. Events are added document
by document, so only the merged events are held, never the texts.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from .events import content_terms, sort_events
from .model import Event

PRECISE = {"day", "time"}


@dataclass
class _Group:
    event: Event
    terms: frozenset
    sources: list = field(default_factory=list)


def _bucket(e: Event) -> Optional[str]:
    """Events can only merge within one bucket: a month for day/month values."""
    if e.date is None:
        return None
    if e.granularity in PRECISE or e.granularity == "month":
        return e.date.strftime("%Y-%m")
    return e.value


def _compatible(a: Event, b: Event) -> bool:
    if a.value[:10] == b.value[:10]:
        return True
    coarse, fine = (a, b) if a.granularity == "month" else (b, a)
    return coarse.granularity == "month" and fine.granularity in PRECISE and \
        coarse.date <= fine.date <= coarse.end_date


def _similar(a: Event, a_terms: frozenset, b: Event, b_terms: frozenset) -> bool:
    shared_terms = len(a_terms & b_terms)
    return (bool(set(a.who) & set(b.who)) and shared_terms >= 1) or shared_terms >= 3


def _informative(e: Event) -> tuple:
    return (e.granularity in PRECISE, len(e.who), min(len(e.label.split()), 15), e.confidence)


class Merger:
    """Collects events document by document, merging reports of the same happening."""

    def __init__(self):
        self._buckets: dict = {}
        self._undated: list[Event] = []

    def add(self, events: Iterable[Event]) -> None:
        for e in events:
            key = _bucket(e)
            if key is None:
                self._undated.append(e)
                continue
            terms = content_terms(e.label + " " + e.sentence)
            bucket = self._buckets.setdefault(key, [])
            for group in bucket:
                if (e.source not in group.sources and _compatible(group.event, e)
                        and _similar(group.event, group.terms, e, terms)):
                    self._absorb(group, e, terms)
                    break
            else:
                bucket.append(_Group(e, terms, list(e.sources or (e.source,))))

    @staticmethod
    def _absorb(group: _Group, e: Event, terms: frozenset) -> None:
        best, other = (e, group.event) if _informative(e) > _informative(group.event) else (
            group.event, e)
        for s in e.sources or (e.source,):
            if s not in group.sources:
                group.sources.append(s)
        who = list(best.who) + [w for w in other.who if w not in best.who]
        group.event = replace(best, who=tuple(who[:6]), mentions=group.event.mentions + e.mentions,
                              confidence=max(best.confidence, other.confidence),
                              sources=tuple(group.sources))
        group.terms = group.terms | terms

    def events(self) -> list[Event]:
        merged = [g.event for bucket in self._buckets.values() for g in bucket]
        return sort_events(merged + self._undated)
