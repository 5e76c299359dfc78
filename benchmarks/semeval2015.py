#!/usr/bin/env python3
"""One entity's timeline across documents, scored as SemEval-2015 Task 4 (TimeLine) scored it.

    python benchmarks/semeval2015.py                     # trial, corpus_1 (dev), corpus_2 (test)
    python benchmarks/semeval2015.py CORPUS_DIR ... --out runs/   # also write the timelines

A corpus folder is laid out as the task's: `corpus_trackA_TimeML/` (the raw Wikinews texts, one
`<s id>` a sentence, tokens spaced, a DCT each), `TimeLines_Gold_Standard/` (a timeline per
target entity) and `list_target_entities_*.txt`; or as its trial data (CAT XML documents in
`Corpus*/`, timelines in `TimeLines*/`). Track A: the project reads the raw texts and, for each
target entity, builds its timeline as `timeline build --about ENTITY --semeval2015 DIR` does
(timeline/happenings.py finds the happenings, timeline/semeval.py writes the entries); each
timeline is scored against the gold by temporal awareness (benchmarks/temporal_awareness.py).
The trial data and corpus_1 are for development; corpus_2 is the test split: score it, never
study its errors (the error kinds are printed for the others only).
"""
from __future__ import annotations

import argparse
import warnings
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import temporal_awareness as ta  # noqa: E402

import timeline  # noqa: E402
from timeline import ingest, semeval  # noqa: E402
from timeline.lang.en.words import PARTICLES  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "semeval2015-timeline" / "SemEval_Task4_data"
TRIAL = ROOT.parent / "shared" / "data" / "semeval2015-timeline"
DEFAULT = [TRIAL, DATA / "corpus_1", DATA / "corpus_2"]
TEST = {"corpus_2"}
PUBLISHED = {"best Track A (raw texts)": 7.85, "best Track B (gold events given)": 25.36}


class Doc:
    """A Track A document, TimeML (`<s id>` sentences) or CAT XML (the trial data's `<token
    sentence>`s): its text (sentences on lines, tokens spaced), DCT, and the (sentence id,
    token) of every character offset's token."""

    def __init__(self, path: Path):
        root = ET.parse(path).getroot()
        if root.tag == "Document":   # CAT: tokens with their sentence number, a CREATION_TIME
            self.id = root.get("doc_id") or path.stem.split("-")[0].split("_")[0]
            dct = next((t for t in root.iter("TIMEX3")
                        if t.get("functionInDocument") == "CREATION_TIME"), None)
            sentences: dict = {}
            for t in root.iter("token"):
                sentences.setdefault(t.get("sentence"), []).append(t.text or "")
            pairs = list(sentences.items())
        else:
            self.id = (root.findtext("DOCID") or path.stem.split("_")[0]).strip()
            dct = root.find("DCT/TIMEX3")
            pairs = [(s.get("id"), (s.text or "").split(" ")) for s in root.iter("s")]
        self.dct = dct.get("value") if dct is not None else None
        lines, self.tokens = [], []   # tokens: (start, end, sentence id, word)
        at = 0
        for sid, words in pairs:
            for w in words:
                if w:
                    self.tokens.append((at, at + len(w), sid, w))
                at += len(w) + 1
            lines.append(" ".join(words))
        self.text = "\n".join(lines) + "\n"

    def mention_id(self, start: int) -> str | None:
        for k, (a, b, sid, word) in enumerate(self.tokens):
            if a <= start < b:
                after = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if after and after[2] == sid and after[3].lower() in PARTICLES:
                    word += "_" + after[3]   # ("took_off", as the task names a phrasal verb)
                return f"{self.id}-{sid}-{word}"
        return None


def documents(docs: list[Doc]) -> list:
    """The corpus's documents as the project reads them (their DCT given where it is a day)."""
    out = []
    for doc in docs:
        try:
            dct = date.fromisoformat(doc.dct or "")
        except ValueError:   # ("03-02-2009": which order? the date line under the title says)
            dct = None
        out.append(ingest.from_text(doc.text, doc.id, dct))
    return out


def timelines(docs: list[Doc], entities: list[str]) -> dict:
    """Each entity's timeline, as `timeline build --about ... --semeval2015 DIR` makes it; a
    mention is named by the corpus's own token ids."""
    by_id = {d.id: d for d in docs}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = timeline.build(documents(docs), about=entities)
    return {entity: semeval.entries(built.about(entity).events, lambda e: by_id[e.source]
                                    .mention_id(e.trigger_start) if e.trigger else None)
            for entity in entities}


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


def write_texts(docs: list[Doc], out: Path) -> None:
    """The corpus's documents as plain text files named by their id (the task's document
    names), the DCT as front matter and the headline as the first line (sentence 0, as the
    task counts): `timeline build DIR --about ENTITY --semeval2015 OUT` reads them."""
    out.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        try:
            published = f"---\npublished: {date.fromisoformat(doc.dct or '')}\n---\n"
        except ValueError:
            published = ""
        (out / f"{doc.id}.txt").write_text(published + doc.text, encoding="utf-8")


def layout(folder: Path) -> tuple[list[Path], Path, list[str]]:
    """A corpus folder's documents, gold timeline folder and target entities. Read: the task's
    corpus folders (`corpus_trackA_TimeML/`, `TimeLines_Gold_Standard/`,
    `list_target_entities_*.txt`) and its trial data (a folder of CAT XML documents and one of
    timelines, each timeline's first line naming its entity)."""
    texts = sorted((folder / "corpus_trackA_TimeML").glob("*.tml"))
    gold = folder / "TimeLines_Gold_Standard"
    if not texts:   # the trial data's layout
        texts = sorted(p for d in folder.glob("Corpus*") for p in d.glob("*.xml"))
        gold = next((d for d in sorted(folder.glob("TimeLines*")) if d.is_dir()), gold)
    if not texts or not gold.is_dir():
        raise SystemExit(f"{folder}: no corpus_trackA_TimeML/ and TimeLines_Gold_Standard/ "
                         "folders (nor the trial data's Corpus*/ and TimeLines*/)")
    listed = next(folder.glob("list_target_entities*.txt"), None)
    if listed:
        entities = [line.strip() for line in listed.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
    else:
        entities = [p.read_text(encoding="utf-8").split("\n", 1)[0].strip()
                    for p in sorted(gold.glob("*.txt"))]
    return texts, gold, entities


def run(folder: Path, out: Path | None, texts: Path | None = None):
    paths, gold_dir, entities = layout(folder)
    docs = [Doc(p) for p in paths]
    if texts:
        write_texts(docs, texts / folder.name)
    golds = {}
    for entity in entities:
        gold_path = gold_dir / semeval.file_name(entity)
        if gold_path.exists():
            golds[entity] = ta.read_timeline(gold_path.read_text(encoding="utf-8"))
    found = timelines(docs, list(golds))
    rows, total, kinds = [], ta.Score(0, 0, 0, 0), Counter()
    for entity, gold in golds.items():
        system = found[entity]
        if out:
            (out / folder.name).mkdir(parents=True, exist_ok=True)
            (out / folder.name / semeval.file_name(entity)).write_text(
                semeval.text(entity, found[entity]), encoding="utf-8")
        s = ta.score(system, gold)
        total += s
        kinds += error_kinds(system, gold)
        rows.append((entity, s, len(system), len(gold)))
    return rows, total, kinds, len(docs)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, help="write the system timelines here")
    parser.add_argument("--texts", type=Path, metavar="DIR", help="also write each corpus's "
                        "texts as plain files (front matter: published) to try "
                        "`timeline build DIR --about ENTITY` on")
    args = parser.parse_args(argv)
    summary = []
    for folder in args.corpora:
        started = time.perf_counter()
        rows, total, kinds, n = run(folder, args.out, args.texts)
        print(f"\n{folder.name}: {n} documents, {len(rows)} target entities "
              f"({time.perf_counter() - started:.1f} s)\n")
        print("| entity | P | R | F1 | entries (system / gold) |")
        print("|---|---|---|---|---|")
        for entity, s, n_sys, n_gold in rows:
            print(f"| {entity} | {100 * s.precision:.2f} | {100 * s.recall:.2f} | "
                  f"{100 * s.f1:.2f} | {n_sys} / {n_gold} |")
        print(f"| **micro** | {100 * total.precision:.2f} | {100 * total.recall:.2f} | "
              f"{100 * total.f1:.2f} | |")
        if folder.name not in TEST:   # (the test split's errors are not studied)
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
