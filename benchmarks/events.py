#!/usr/bin/env python3
"""How well timeline anchors each date to the happening it dates, scored against TimeML links.

    python benchmarks/events.py                 # both splits, a table
    python benchmarks/events.py --split timebank --errors 40   # list misses (dev split only)

An *anchored expression* is a DATE or TIME TIMEX3 (not the DCT) that a TLINK of type
IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY or IDENTITY ties
to an EVENT. The project's event on it is the dated mention (events.dated_mentions: before
mentions of one happening merge, so each expression keeps its own trigger) whose date phrase
overlaps the gold TIMEX3. It is right when its trigger overlaps one of the linked EVENTs.

  accuracy   right / anchored expressions
  precision  right / anchored expressions the project made an event on

Rows, all in one run:
  timeline triggers   the project's `trigger` span
  label baseline      right when the mention's label contains a linked EVENT's word (what the
                      labels gave before triggers existed)
  nearest-gold oracle the gold EVENT nearest to the expression in its sentence (given the gold
                      events, which timeline is not)
TimeBank is the development split; AQUAINT is the test split: score it, never study its errors.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import ingest, segment  # noqa: E402
from timeline import events as events_stage  # noqa: E402
from timeline.pipeline import process  # noqa: E402
from timeline.timeml import normalize_dct, read  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tbaq"
SPLITS = {"timebank": "TimeBank", "aquaint": "AQUAINT"}
ANCHORING = {"IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY",
             "ENDED_BY", "IDENTITY"}


def anchored(doc) -> list[tuple]:
    """(gold timex, [linked gold events]) for every anchored DATE/TIME expression."""
    timexes = {t.tid: t for t in doc.timexes if t.type in ("DATE", "TIME")}
    events = {e.eid: e for e in doc.events}
    linked: dict = {}
    for link in doc.tlinks:
        if link.rel not in ANCHORING:
            continue
        for a, b in ((link.source, link.target), (link.target, link.source)):
            if a in timexes and b in events:
                linked.setdefault(a, []).append(events[b])
    return [(timexes[tid], evs) for tid, evs in linked.items()]


def overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def mentions_of(doc):
    """The project's dated mentions of one TimeML document (its text with its DCT)."""
    document = ingest.from_text(doc.text, doc.id, ingest.parse_date(normalize_dct(doc.dct)),
                                require_text=False)
    processed = process(document)
    sentences = list(segment.sentences(document.text, document.body_start))
    return events_stage.dated_mentions(document, list(processed.timexes), sentences), sentences


def on_expression(mentions, gold):
    """The mention whose date phrase overlaps the gold expression the most, or None (a span's
    mention, "from 1934 to 1941", is on both its expressions)."""
    best, best_overlap = None, 0
    for m in mentions:
        for tx in (m.timex, m.until) if m.until is not None else (m.timex,):
            overlap = min(tx.end, gold.end) - max(tx.start, gold.start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
    return best


def nearest_gold(doc, sentences, gold):
    """The gold EVENT nearest to the expression within its sentence (the oracle)."""
    sentence = next((s for s in sentences if s.start <= gold.start < s.end), None)
    if sentence is None:
        return None
    inside = [e for e in doc.events if sentence.start <= e.start and e.end <= sentence.end]
    return min(inside, key=lambda e: min(abs(e.start - gold.end), abs(gold.start - e.end)),
               default=None)


class Tally:
    def __init__(self):
        self.right = self.made = 0

    def add(self, made: bool, right: bool):
        self.made += made
        self.right += made and right

    def row(self, name: str, total: int) -> str:
        acc = self.right / total if total else 0.0
        prec = self.right / self.made if self.made else 0.0
        f1 = 2 * acc * prec / (acc + prec) if acc + prec else 0.0
        return f"| {name} | {self.right} | {self.made} | {total} | {acc:.3f} | {prec:.3f} | {f1:.3f} |"


def evaluate(split: str, limit=None, only: str = ""):
    files = [f for f in sorted((DATA / SPLITS[split]).glob("*.tml"))
             if re.search(only, f.stem, re.I)][:limit]
    if not files:
        sys.exit(f"no TimeML files under {DATA / SPLITS[split]}")
    tallies = {"timeline triggers": Tally(), "label baseline": Tally(),
               "nearest-gold oracle": Tally()}
    total, misses, started = 0, [], time.perf_counter()
    for f in files:
        doc = read(f)
        mentions, sentences = mentions_of(doc)
        for gold, linked in anchored(doc):
            total += 1
            mention = on_expression(mentions, gold)
            trigger = mention and mention.trigger
            right = bool(trigger) and any(overlaps(trigger[0], trigger[1], e.start, e.end)
                                          for e in linked)
            tallies["timeline triggers"].add(bool(trigger), right)
            label = mention.label.lower() if mention else ""
            tallies["label baseline"].add(
                mention is not None,
                any(re.search(rf"\b{re.escape(e.text.lower())}\b", label) for e in linked))
            near = nearest_gold(doc, sentences, gold)
            tallies["nearest-gold oracle"].add(
                near is not None, near is not None and any(near.eid == e.eid for e in linked))
            if not right:
                misses.append((doc, gold, linked, mention, sentences))
    return tallies, total, misses, time.perf_counter() - started, len(files)


def describe(miss) -> str:
    doc, gold, linked, mention, sentences = miss
    sentence = next((s for s in sentences if s.start <= gold.start < s.end), None)
    text = " ".join(sentence.text.split()) if sentence else ""
    got = "no event" if mention is None else (
        f"trigger {doc.text[mention.trigger[0]:mention.trigger[1]]!r}" if mention.trigger
        else "no trigger")
    gold_words = "/".join(e.text for e in linked)
    return f"{doc.id}: [{gold.text}] gold {gold_words!r}, {got}\n    {text[:300]}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=sorted(SPLITS), action="append",
                        help="timebank (dev) and/or aquaint (test); default both")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--only", default="", metavar="REGEX", help="only documents matching")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list N misses (timebank only: AQUAINT is never studied)")
    args = parser.parse_args(argv)
    lines = ["| split | system | right | events | anchored | accuracy | precision | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    listed = []
    for split in args.split or ["timebank", "aquaint"]:
        tallies, total, misses, seconds, n = evaluate(split, args.limit, args.only)
        for name, tally in tallies.items():
            lines.append(tally.row(f"{split} ({n} docs, {seconds:.1f} s) | {name}", total))
        if split == "timebank":
            listed = misses
    print("\n".join(lines))
    if args.errors:
        print()
        for miss in listed[:args.errors]:
            print(describe(miss))
        kinds = Counter("no event" if m[3] is None else "no trigger" if not m[3].trigger
                        else "other word" for m in listed)
        print("\nmiss kinds (timebank):", dict(kinds))


if __name__ == "__main__":
    main()
