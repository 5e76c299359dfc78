"""Temporal awareness (UzZaman & Allen 2011, as TempEval-3 and SemEval-2015 Task 4 score
temporal relations), for timelines in the SemEval-2015 TimeLine format.

A timeline is a list of entries (rank, date, mentions): "rank<TAB>date<TAB>doc-sentence-word
[<TAB>coreferent mentions]". It becomes a graph of temporal relations, as the task scored it:
the mentions of one entry are one event (SIMULTANEOUS), entries of one rank are simultaneous,
each rank is BEFORE the next, and each entry with a date (not XXXX-XX-XX) IS_INCLUDED in that
date. The relations are read on interval end points (point algebra): X BEFORE Y is X.end <
Y.start, X SIMULTANEOUS Y is equal starts and ends, X INCLUDES Y is X.start <= Y.start and
Y.end <= X.end. The closure of a graph is every relation its end points imply; its reduced form
is the links it was built from (one chain per rank, one link between consecutive ranks, one
date link per rank), which imply the rest.

    precision = |reduced(system) ∩ closure(gold)| / |reduced(system)|
    recall    = |reduced(gold) ∩ closure(system)| / |reduced(gold)|
"""
from __future__ import annotations

from collections import defaultdict, deque
from typing import Iterable, NamedTuple, Optional

from timeline.semeval import UNDATED, Entry, text as write_timeline  # noqa: F401  (the format
# is the project's: timeline/semeval.py writes it; this module reads and scores it)

BEFORE, SIMULTANEOUS, INCLUDES = "BEFORE", "SIMULTANEOUS", "INCLUDES"


def read_timeline(text: str) -> list[Entry]:
    """The entries of a timeline file (its first line names the entity and is skipped)."""
    entries = []
    for line in text.splitlines()[1:]:
        parts = line.strip().split("\t")
        if len(parts) >= 3 and parts[0].strip().lstrip("-").isdigit():
            entries.append(Entry(int(parts[0]), parts[1].strip(),
                                 tuple(p.strip() for p in parts[2:] if p.strip())))
    return entries


def relations(entries: Iterable[Entry]) -> set:
    """The reduced graph of a timeline: (x, relation, y) triples over mention ids and dates
    ("date:2005-01-18")."""
    by_rank: dict = defaultdict(list)
    for e in entries:
        by_rank[e.rank].append(e)
    out = set()
    previous: Optional[str] = None
    for rank in sorted(by_rank):
        group = by_rank[rank]
        heads = []
        for e in group:
            head = e.mentions[0]
            heads.append(head)
            for other in e.mentions[1:]:
                out.add(_sim(head, other))
        for a, b in zip(heads, heads[1:]):
            out.add(_sim(a, b))
        if previous is not None:
            out.add((previous, BEFORE, heads[0]))
        previous = heads[0]
        dated = [e for e in group if e.date and e.date != UNDATED]
        for date in sorted({e.date for e in dated}):
            head = next(e.mentions[0] for e in dated if e.date == date)
            out.add(("date:" + date, INCLUDES, head))
    return out


def _sim(a: str, b: str) -> tuple:
    a, b = sorted((a, b))
    return (a, SIMULTANEOUS, b)


class Closure:
    """What a set of relations implies, read on interval end points."""

    def __init__(self, triples: Iterable[tuple]):
        self.edges: dict = defaultdict(list)   # point -> [(point, strict)]
        nodes = set()
        for x, rel, y in triples:
            nodes.update((x, y))
            if rel == BEFORE:
                self._edge((x, "e"), (y, "s"), True)
            elif rel == SIMULTANEOUS:
                for p in "se":
                    self._edge((x, p), (y, p), False)
                    self._edge((y, p), (x, p), False)
            elif rel == INCLUDES:
                self._edge((x, "s"), (y, "s"), False)
                self._edge((y, "e"), (x, "e"), False)
        for n in nodes:
            self._edge((n, "s"), (n, "e"), False)
        self.nodes = nodes
        self._reach: dict = {}

    def _edge(self, a, b, strict: bool) -> None:
        self.edges[a].append((b, strict))

    def reach(self, a) -> dict:
        """Points after point a: {point: True if strictly after, False if at or after}."""
        found = self._reach.get(a)
        if found is not None:
            return found
        found = {}
        queue = deque([(a, False)])
        seen = {(a, False)}
        while queue:
            point, strict = queue.popleft()
            for nxt, edge_strict in self.edges.get(point, ()):
                s = strict or edge_strict
                if (nxt, s) in seen:
                    continue
                seen.add((nxt, s))
                if nxt not in found or (s and not found[nxt]):
                    found[nxt] = s
                queue.append((nxt, s))
        self._reach[a] = found
        return found

    def _le(self, a, b) -> bool:
        return a == b or b in self.reach(a)

    def _lt(self, a, b) -> bool:
        return self.reach(a).get(b, False)

    def holds(self, triple: tuple) -> bool:
        x, rel, y = triple
        if x not in self.nodes or y not in self.nodes:
            return False
        if rel == BEFORE:
            return self._lt((x, "e"), (y, "s"))
        if rel == SIMULTANEOUS:
            return all(self._le((x, p), (y, p)) and self._le((y, p), (x, p)) for p in "se")
        if rel == INCLUDES:
            return self._le((x, "s"), (y, "s")) and self._le((y, "e"), (x, "e"))
        return False


class Score(NamedTuple):
    right_p: int   # system relations the gold implies
    system: int
    right_r: int   # gold relations the system implies
    gold: int

    def __add__(self, other):
        return Score(*(a + b for a, b in zip(self, other)))

    @property
    def precision(self) -> float:
        return self.right_p / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.right_r / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(system: list[Entry], gold: list[Entry]) -> Score:
    """Temporal awareness of a system timeline against the gold one."""
    sys_rel, gold_rel = relations(system), relations(gold)
    sys_closure, gold_closure = Closure(sys_rel), Closure(gold_rel)
    return Score(sum(gold_closure.holds(t) for t in sys_rel), len(sys_rel),
                 sum(sys_closure.holds(t) for t in gold_rel), len(gold_rel))
