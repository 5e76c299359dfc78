#!/usr/bin/env python3
"""Timeline summaries against journalists' timelines: ML-Crisis (Spanish, French) news.

    python benchmarks/tls.py --lang es            # development
    python benchmarks/tls.py --lang fr            # test: score it, never study its errors
    python benchmarks/tls.py --lang es --data DIR --topics egypt,syria

A folder laid out like ../shared/data/ml-crisis holds, per language, one folder a topic
(`<topic>/<YYYY-MM-DD>/<id>.txt`, the folder being the publication day) and the reference
timelines (`reference/<topic>.txt`: a date line, its summary sentences, `-----` between entries).
For each topic, as Gholipour Ghalandari & Ifrim (2020) evaluate: the articles published within
the reference's span are read; a system picks as many dates as the reference has, in that span,
with as many sentences a date as the reference's average; it is scored by date F1 and by
ROUGE-1/2 F1 with the alignment metric (align+ m:1, Martschat & Markert 2017) from `tilse`.

Systems, all in one run:
  timeline        `timeline build --summary K`: the K key dates, each with the sentences of the
                  events that summarise it best (importance.summary_order: what the date's
                  tellings agree on)
  date-frequency  the days the articles' dates name, by how many articles name them; each
                  day's sentences: the first that name it
  pub-frequency   the days most articles were published on; each day's sentences: the first
                  sentences of that day's first articles

tilse's evaluation needs: pip install --no-deps tilse pyrouge && pip install scipy nltk
(its own systems need spaCy models and HeidelTime preprocessing, so they are not run here).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import warnings
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "ml-crisis"
SEPARATOR = re.compile(r"^-{5,}\s*$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_reference(path: Path) -> dict:
    """A reference timeline: day -> its summary sentences (entries of one day joined)."""
    out: dict = defaultdict(list)
    day = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if SEPARATOR.match(line):
            day = None
        elif day is None and DAY.match(line):
            day = date.fromisoformat(line)
        elif day is not None:
            out[day].append(line)
    return dict(out)


def read_articles(folder: Path, first: date, last: date) -> list:
    """The topic's articles published from `first` to `last`: (day, name, text)."""
    out = []
    for day_dir in sorted(p for p in folder.iterdir() if p.is_dir() and DAY.match(p.name)):
        day = date.fromisoformat(day_dir.name)
        if first <= day <= last:
            for f in sorted(day_dir.glob("*.txt")):
                out.append((day, f"{day_dir.name}/{f.name}", f.read_text(encoding="utf-8")))
    return out


# --- systems --------------------------------------------------------------------------------
def system_timeline(articles, lang, k, per_day, first, last):
    import timeline
    from timeline.importance import key_events, summary_order
    from timeline.model import Document

    docs = [Document(id=name, text=text, published=day) for day, name, text in articles]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = timeline.build(docs, lang=lang)
    events = [e for e in built.events
              if e.date and e.granularity in ("day", "time") and first <= e.date <= last]
    published = {name: day for day, name, _ in articles}
    days = {e.date for e in key_events(events, k, published)}
    by_day = defaultdict(list)
    for day in sorted(days):
        for e in summary_order([e for e in events if e.date == day]):
            sentence = " ".join(e.sentence.split())
            if len(by_day[day]) < per_day and sentence not in by_day[day]:
                by_day[day].append(sentence)
    return dict(by_day)


def system_date_frequency(articles, lang, k, per_day, first, last):
    import timeline

    counts: Counter = Counter()
    first_sentences: dict = defaultdict(list)
    for day, name, text in articles:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = timeline.tag(text, day, lang=lang)
        named = set()
        for t in found:
            if t.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10]) and t.type in ("DATE", "TIME"):
                d = date.fromisoformat(t.value[:10])
                if first <= d <= last and d not in named:
                    named.add(d)
                    if len(first_sentences[d]) < per_day:
                        first_sentences[d].append(_sentence_at(text, t.start))
        counts.update(named)
    return {d: first_sentences[d] for d, _ in counts.most_common(k)}


def system_pub_frequency(articles, lang, k, per_day, first, last):
    counts = Counter(day for day, _, _ in articles)
    leads: dict = defaultdict(list)
    for day, _, text in articles:
        if len(leads[day]) < per_day:
            lead = next((s for s in text.splitlines()[1:] if len(s.split()) > 5), text)
            leads[day].append(_sentence_at(lead, 0))
    return {d: leads[d] for d, _ in counts.most_common(k)}


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` holding `offset` (cut at . ! ? or a line end)."""
    begin = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset))
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    end = min(ends) if ends else len(text)
    return " ".join(text[begin + 1:end + 1].split())


SYSTEMS = {"timeline": system_timeline, "date-frequency": system_date_frequency,
           "pub-frequency": system_pub_frequency}


# --- scoring ----------------------------------------------------------------------------------
def evaluator():
    try:
        from tilse.data import timelines
        from tilse.evaluation import dates, rouge
    except ImportError as e:
        sys.exit(f"tilse's evaluation is not installed ({e}):\n"
                 "  pip install --no-deps tilse pyrouge && pip install scipy nltk")
    return timelines, dates, rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"},
                                                          rouge_computation="reimpl")


TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")


def tokenized(sentence: str) -> str:
    """A sentence written as the references are, a space between tokens ("Bengasi, el
    lunes." -> "Bengasi , el lunes ."): tilse splits at spaces and drops punctuation tokens,
    so an untokenized "Bengasi," would match no reference "Bengasi"."""
    return " ".join(TOKEN.findall(sentence))


def score(predicted: dict, reference: dict) -> tuple[float, float, float]:
    """(date F1, AR-1 F1, AR-2 F1) of a predicted timeline (day -> sentences), each sentence
    tokenized as the references are."""
    timelines, dates, rouge = evaluator()
    pred = timelines.Timeline({d: [tokenized(x) for x in s] for d, s in predicted.items() if s})
    ref = timelines.GroundTruth([timelines.Timeline(reference)])
    if not pred.get_dates():
        return 0.0, 0.0, 0.0
    date_f1 = dates.evaluate_dates(pred, ref)["f_score"]
    ar = rouge.evaluate_align_date_content_costs_many_to_one(pred, ref)
    return date_f1, ar["rouge_1"]["f_score"], ar["rouge_2"]["f_score"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=["es", "fr"], default="es")
    parser.add_argument("--data", type=Path, default=DATA, help="a folder laid out like ml-crisis")
    parser.add_argument("--topics", default="", help="comma-separated (default: all)")
    args = parser.parse_args(argv)
    base = args.data / args.lang
    refs = sorted((base / "reference").glob("*.txt"))
    if not refs:
        sys.exit(f"no reference timelines under {base / 'reference'}")
    wanted = set(filter(None, args.topics.split(",")))
    evaluator()
    results: dict = defaultdict(list)
    print(f"ML-Crisis ({args.lang}): per topic, date F1 / AR-1 F1 / AR-2 F1\n")
    print("| topic | articles | dates | " + " | ".join(SYSTEMS) + " |")
    print("|---|---|---|" + "---|" * len(SYSTEMS))
    for ref_path in refs:
        topic = ref_path.stem
        if wanted and topic not in wanted:
            continue
        reference = read_reference(ref_path)
        first, last = min(reference), max(reference)
        articles = read_articles(base / topic, first, last)
        k = len(reference)
        per_day = max(1, round(statistics.mean(len(s) for s in reference.values())))
        cells = []
        for name, system in SYSTEMS.items():
            started = time.perf_counter()
            predicted = system(articles, args.lang, k, per_day, first, last)
            scores = score(predicted, reference)
            results[name].append(scores)
            cells.append("/".join(f"{x:.3f}" for x in scores)
                         + f" ({time.perf_counter() - started:.0f} s)")
        print(f"| {topic} | {len(articles)} | {k} | " + " | ".join(cells) + " |")
    print(f"\nMean over topics ({args.lang}):\n")
    print("| system | date F1 | AR-1 F1 | AR-2 F1 |")
    print("|---|---|---|---|")
    for name, rows in results.items():
        means = [statistics.mean(r[i] for r in rows) for i in range(3)]
        print(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + " |")


if __name__ == "__main__":
    main()
