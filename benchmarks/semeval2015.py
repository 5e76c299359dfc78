#!/usr/bin/env python3
"""One entity's timeline across documents, scored as SemEval-2015 Task 4 (TimeLine) scored it.

    python benchmarks/semeval2015.py                     # corpus_1 (dev) and corpus_2 (test)
    python benchmarks/semeval2015.py CORPUS_DIR ... --out runs/   # also write the timelines

A corpus folder is laid out as the task's: `corpus_trackA_TimeML/` (the raw Wikinews texts, one
`<s id>` a sentence, tokens spaced, a DCT each), `TimeLines_Gold_Standard/` (a timeline per
target entity) and `list_target_entities_*.txt`. Track A: the project reads the raw texts and,
for each target entity, orders the happenings of the sentences that name it (today: the dated
events of those sentences, their trigger as the event's word; one entry per date and word,
listing every mention); each timeline is scored against the gold by temporal awareness
(benchmarks/temporal_awareness.py). corpus_1 is for development; corpus_2 is the test split:
score it, never study its errors (--errors lists corpus_1's only).
"""
from __future__ import annotations

import argparse
import warnings
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import temporal_awareness as ta  # noqa: E402

from timeline import events as events_stage  # noqa: E402
from timeline.about import REACH, pattern as name_pattern, references  # noqa: E402
from timeline import trigger as T  # noqa: E402
from timeline import wordclass as W  # noqa: E402
from timeline import ingest, segment, values  # noqa: E402
from timeline.pipeline import process  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "semeval2015-timeline" / "SemEval_Task4_data"
DEFAULT = [DATA / "corpus_1", DATA / "corpus_2"]
PUBLISHED = {"best Track A (raw texts)": 7.85, "best Track B (gold events given)": 25.36}


class Doc:
    """A Track A TimeML document: its text (sentences on lines, tokens spaced), DCT, and the
    (sentence id, token) of every character offset's token."""

    def __init__(self, path: Path):
        root = ET.parse(path).getroot()
        self.id = (root.findtext("DOCID") or path.stem.split("_")[0]).strip()
        dct = root.find("DCT/TIMEX3")
        self.dct = dct.get("value") if dct is not None else None
        lines, self.tokens = [], []   # tokens: (start, end, sentence id, word)
        at = 0
        for s in root.iter("s"):
            words = (s.text or "").split(" ")
            for w in words:
                if w:
                    self.tokens.append((at, at + len(w), s.get("id"), w))
                at += len(w) + 1
            lines.append(" ".join(words))
        self.text = "\n".join(lines) + "\n"
        self.sentence_spans = []
        at = 0
        for line in lines:
            self.sentence_spans.append((at, at + len(line)))
            at += len(line) + 1

    def mention_id(self, start: int) -> str | None:
        for a, b, sid, word in self.tokens:
            if a <= start < b:
                return f"{self.id}-{sid}-{word}"
        return None


def timeline_date(value: str) -> str:
    """A TIMEX3 value as the task writes dates: 2005-01-18, 2005-01-XX, 2005-XX-XX."""
    span = values.value_span(value)
    if span is None:
        return ta.UNDATED
    first, last, granularity = span
    if granularity in ("day", "time"):
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}-XX"
    return f"{first.year:04d}-XX-XX" if first.year == last.year else ta.UNDATED


class Happening(NamedTuple):
    doc: str
    sentence: tuple   # (start, end) in the document's text
    date: str
    mention: str      # "docid-sentence-word"
    word: str
    at: int           # offset in the document's text


def happenings(doc: Doc, every: bool = True) -> list[Happening]:
    """The document's dated events (their trigger); with `every`, also every other verb and
    event noun of its sentences: dated by the sentence's one date if it has one, by the
    publication day if in the past tense, else undated. Sets doc.sentences."""
    try:
        dct = date.fromisoformat(doc.dct or "")
    except ValueError:   # ("03-02-2009": which order? the date line under the title says)
        dct = None
    document = ingest.from_text(doc.text, doc.id, dct)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        processed = process(document)
    sentences = list(segment.sentences(document.text, document.body_start))
    doc.sentences = [(s.start, s.end) for s in sentences]
    out, taken, dates = [], set(), defaultdict(set)
    for m in events_stage.dated_mentions(document, list(processed.timexes), sentences):
        when = timeline_date(m.timex.when or "")
        dates[m.sentence.start].add(when)
        if not m.trigger:
            continue
        mention = doc.mention_id(m.trigger[0])
        if mention and when != ta.UNDATED:
            out.append(Happening(doc.id, (m.sentence.start, m.sentence.end), when, mention,
                                 doc.text[m.trigger[0]:m.trigger[1]], m.trigger[0]))
            taken.add(m.trigger[0])
    if every:
        published = timeline_date(processed.dct.isoformat())
        for s in sentences:
            known = dates.get(s.start, set()) - {ta.UNDATED}
            toks = T.tokens(s.text)
            for i, (a, b, word) in enumerate(toks):
                start = s.start + a
                if start in taken or not word[:1].isalpha():
                    continue
                verb = T.is_verb(toks, i) and word.lower() not in W.AUXILIARIES
                if not (verb or (W.is_event_noun(word) and not T._proper(toks, i))):
                    continue
                mention = doc.mention_id(start)
                if mention is None:
                    continue
                when = next(iter(known)) if len(known) == 1 else (
                    published if verb and (word.lower().endswith("ed") or
                                           word.lower() in W.PAST_FORMS) else ta.UNDATED)
                out.append(Happening(doc.id, (s.start, s.end), when, mention, word, start))
    return out


def about(entity: str, found: list[Happening], docs: dict, reach: int = REACH,
          follow: bool = False) -> list[ta.Entry]:
    """The timeline of one entity: the happenings near where a sentence names it, or (with
    `follow`) refers back to it ("the planemaker", "it": timeline/about.py), one entry per date
    and word (listing every mention), ranked by date."""
    grouped: dict = defaultdict(list)
    spots = {}
    for h in found:
        if h.doc not in spots:
            doc = docs[h.doc]
            spots[h.doc] = references(doc.text, entity, doc.sentences) if follow else [
                (m.start(), m.end()) for m in name_pattern(entity).finditer(doc.text)]
        first, last = h.sentence
        if any(first <= a and b <= last and a - reach <= h.at <= b + reach
               for a, b in spots[h.doc]):
            grouped[(h.date, h.word.lower())].append(h.mention)
    ranks = {d: r for r, d in enumerate(sorted({d for d, _ in grouped} - {ta.UNDATED}), 1)}
    ranks[ta.UNDATED] = 0
    return [ta.Entry(ranks[d], d, tuple(dict.fromkeys(ms)))
            for (d, _), ms in sorted(grouped.items())]


def error_kinds(system: list, gold: list) -> Counter:
    """The commonest ways a timeline misses: gold happenings not found, found ones not in the
    gold, found ones on another date."""
    sys_dates = {m: e.date for e in system for m in e.mentions}
    gold_dates = {m: e.date for e in gold for m in e.mentions}
    kinds = Counter()
    for m, d in gold_dates.items():
        if m not in sys_dates:
            kinds["gold happening missed" + (" (undated in gold)" if d == ta.UNDATED else "")] += 1
        elif sys_dates[m] != d:
            kinds["found on another date"] += 1
    kinds["found but not in the gold"] += sum(1 for m in sys_dates if m not in gold_dates)
    return kinds


def write_texts(folder: Path, out: Path) -> None:
    """The corpus's documents as plain text with front matter (the headline, the DCT)."""
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((folder / "corpus_trackA_TimeML").glob("*.tml")):
        doc = Doc(path)
        title, _, body = doc.text.partition("\n")
        try:
            published = f"published: {date.fromisoformat(doc.dct or '')}\n"
        except ValueError:
            published = ""
        (out / (path.stem + ".txt")).write_text(
            f"---\ntitle: {title}\n{published}---\n{body}", encoding="utf-8")


def run(folder: Path, out: Path | None, reach: int = REACH, follow: bool = False):
    docs = [Doc(p) for p in sorted((folder / "corpus_trackA_TimeML").glob("*.tml"))]
    found = [h for d in docs for h in happenings(d)]
    by_id = {d.id: d for d in docs}
    entities_file = next(folder.glob("list_target_entities*.txt"))
    entities = [line.strip() for line in entities_file.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    rows, total, kinds = [], ta.Score(0, 0, 0, 0), Counter()
    gold_dir = folder / "TimeLines_Gold_Standard"
    for entity in entities:
        gold_path = gold_dir / (entity.lower().replace(" ", "_") + ".txt")
        if not gold_path.exists():
            continue
        gold = ta.read_timeline(gold_path.read_text(encoding="utf-8"))
        system = about(entity, found, by_id, reach, follow)
        if out:
            (out / folder.name).mkdir(parents=True, exist_ok=True)
            (out / folder.name / gold_path.name).write_text(ta.write_timeline(entity, system),
                                                            encoding="utf-8")
        s = ta.score(system, gold)
        total += s
        kinds += error_kinds(system, gold)
        rows.append((entity, s, len(system), len(gold)))
    return rows, total, kinds, len(docs)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, help="write the system timelines here")
    parser.add_argument("--reach", type=int, default=REACH,
                        help="characters between a happening and the entity's name")
    parser.add_argument("--texts", type=Path, metavar="DIR", help="also write each corpus's "
                        "texts as plain files (front matter: title, published) to try "
                        "`timeline build DIR --about ENTITY` on")
    parser.add_argument("--follow", action="store_true", help="also the happenings near a "
                        "description or pronoun that refers back to the entity (corpus_1: "
                        "F1 11.31 with, 11.87 without)")
    args = parser.parse_args(argv)
    summary = []
    for folder in args.corpora:
        if not (folder / "corpus_trackA_TimeML").is_dir():
            sys.exit(f"{folder}: no corpus_trackA_TimeML/ folder (see --help for the layout)")
        started = time.perf_counter()
        if args.texts:
            write_texts(folder, args.texts / folder.name)
        rows, total, kinds, n = run(folder, args.out, args.reach, args.follow)
        print(f"\n{folder.name}: {n} documents, {len(rows)} target entities "
              f"({time.perf_counter() - started:.1f} s)\n")
        print("| entity | P | R | F1 | entries (system / gold) |")
        print("|---|---|---|---|---|")
        for entity, s, n_sys, n_gold in rows:
            print(f"| {entity} | {100 * s.precision:.2f} | {100 * s.recall:.2f} | "
                  f"{100 * s.f1:.2f} | {n_sys} / {n_gold} |")
        print(f"| **micro** | {100 * total.precision:.2f} | {100 * total.recall:.2f} | "
              f"{100 * total.f1:.2f} | |")
        if folder.name != "corpus_2":   # (the test split's errors are not studied)
            print("\ncommonest error kinds:", ", ".join(f"{k}: {v}" for k, v in
                                                      kinds.most_common(3)))
        summary.append((folder.name, total))
    print("\npublished, for comparison (F1): " + ", ".join(f"{k} {v}"
                                                          for k, v in PUBLISHED.items()))
    print("\n| corpus | P | R | F1 |\n|---|---|---|---|")
    for name, total in summary:
        print(f"| {name} | {100 * total.precision:.2f} | {100 * total.recall:.2f} | "
              f"{100 * total.f1:.2f} |")


if __name__ == "__main__":
    main()
