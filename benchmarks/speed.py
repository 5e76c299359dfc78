#!/usr/bin/env python3
"""Speed and memory of timeline, in one table from one run (compare ratios: machines are noisy).

    python benchmarks/speed.py [--quick]

Corpus: the plain text of every TimeML document under ../shared/data/tbaq plus the seed article.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.timeml import read  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tbaq"
SEED = ROOT / "seeds" / "000_8174bc2ad41ff86e.txt"
DCT = "2000-01-01"


@lru_cache(maxsize=1)
def _tbaq() -> tuple:
    files = sorted(DATA.glob("*/*.tml"))
    if not files:   # (not the seed alone, timed as if it were the corpus)
        sys.exit(f"no TimeML files under {DATA}: the speed corpus is TimeBank and AQUAINT")
    return tuple(read(f) for f in files)


def corpus() -> list[str]:
    return [doc.text for doc in _tbaq()] + [SEED.read_text(encoding="utf-8")]


def own_dcts() -> list[str]:
    """Each document's own publication date, in corpus() order (row 1b)."""
    from timeline.timeml import normalize_dct
    return [normalize_dct(doc.dct) or DCT for doc in _tbaq()] + ["2025-04-09"]


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def rate(size: int, seconds: float) -> str:
    return f"{size / seconds / 1e6:.2f} MB/s"


def row_tag(texts, size, repeat, dcts=None):
    import timeline
    dcts = dcts or [DCT] * len(texts)
    for text, dct in zip(texts, dcts):   # warm: the rules compiled, and their tables built for
        timeline.tag(text, dct)           # the words the texts begin expressions with
    return best_of(lambda: [timeline.tag(t, d) for t, d in zip(texts, dcts)], repeat)


CRISIS = ROOT.parent / "shared" / "data" / "ml-crisis"
CASES = ROOT / "tests" / "packs"


def language_texts(code: str, limit: int = 2_000_000) -> tuple[list[str], str]:
    """News in a language: ML-Crisis articles (es, fr) up to `limit` bytes, else the pack's own
    case sentences repeated to about a tenth of that (date-dense: a worst case)."""
    files = sorted((CRISIS / code).glob("*/*/*.txt"))
    if files:
        texts, size = [], 0
        for f in files:
            texts.append(f.read_text(encoding="utf-8"))
            size += len(texts[-1].encode("utf-8"))
            if size >= limit:
                break
        return texts, f"ML-Crisis {code}"
    lines = [line.split("|")[0] for line in (CASES / f"{code}.txt").read_text(
        encoding="utf-8").splitlines() if "|" in line and not line.startswith("#")]
    text = " ".join(lines)
    return [text] * max(1, limit // 10 // len(text.encode("utf-8"))), "its case sentences"


def row_language(code: str, repeat: int) -> tuple[float, int, str]:
    import timeline
    texts, what = language_texts(code)
    size = sum(len(t.encode("utf-8")) for t in texts)
    for text in texts[:50]:
        timeline.tag(text, DCT, lang=code)
    return best_of(lambda: [timeline.tag(t, DCT, lang=code) for t in texts], repeat), size, what


def row_dateparser(texts, size):
    from dateparser.search import search_dates
    from datetime import datetime
    base = {"RELATIVE_BASE": datetime.fromisoformat(DCT)}   # (dateparser wants a datetime)
    search_dates("warm up on Monday", languages=["en"], settings=base)
    return best_of(lambda: [search_dates(t, languages=["en"], settings=base) for t in texts], 1)


def row_regex(texts, size, repeat):
    from timeline.lang.en import vocab
    names = sorted(list(vocab.MONTHS) + list(vocab.WEEKDAYS), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(names) + r")\b")
    return best_of(lambda: [pattern.findall(t) for t in texts], repeat)


def row_build(texts, size, repeat, about=None):
    import timeline
    from timeline.ingest import from_text
    docs = [from_text(t, f"doc{i}", date.fromisoformat(DCT)) for i, t in enumerate(texts)]
    return best_of(lambda: timeline.build(docs, about=about).csv(), repeat)


def row_jobs(texts, copies: int, repeat: int) -> tuple[float, float, int]:
    """(seconds with --jobs 1, seconds with --jobs 2, documents) building a folder of files."""
    import timeline
    with tempfile.TemporaryDirectory() as tmp:
        for copy in range(copies):
            for i, text in enumerate(texts):
                Path(tmp, f"c{copy}-{i:03d}.txt").write_text(text, encoding="utf-8")
        n = copies * len(texts)
        timings = [best_of(lambda: timeline.build(tmp, DCT, jobs=jobs).csv(), repeat)
                   for jobs in (1, 2)]
    return timings[0], timings[1], n


def synthetic_events(n: int):
    from timeline.model import Event
    start = date(2020, 1, 1)
    out = []
    for i in range(n):
        d = start + timedelta(days=i % 1500)
        coarse = i % 7 == 0
        out.append(Event(
            event_id=f"E{i:05d}", date=d.replace(day=1) if coarse else d,
            end_date=(d.replace(day=28) if coarse else d), granularity="month" if coarse else "day",
            value=d.strftime("%Y-%m") if coarse else d.isoformat(), timex="on Monday",
            label=f"Event number {i} happened to somebody somewhere", who=("Alice", "Bob"),
            sentence=f"Event number {i} happened to somebody somewhere on Monday.",
            source=f"doc{i % 50}.txt", start=0, end=9, anchor="dct", confidence=0.8))
    return out


def row_render(n: int):
    from timeline.importance import score
    from timeline.page import to_html
    events = score(synthetic_events(n))
    to_html(events[:10])   # warm: import plotly
    started = time.perf_counter()
    page = to_html(events, "Synthetic", top=25)
    return time.perf_counter() - started, len(page.encode("utf-8"))


def row_help(repeat: int = 5):
    exe = [sys.executable, "-m", "timeline", "--help"]
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(exe, capture_output=True, check=True, cwd=ROOT)
        walls.append(time.perf_counter() - started)
    imp = subprocess.run([sys.executable, "-c",
                          "import time; t=time.perf_counter(); import timeline; "
                          "print(time.perf_counter()-t)"], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return statistics.median(walls), float(imp.stdout)


_MEMORY_CHILD = """
import resource, sys
sys.path.insert(0, {root!r})
import timeline
from timeline.ingest import from_text
from timeline.timeml import read
from pathlib import Path
from datetime import date
files = sorted(Path({data!r}).glob('*/*.tml'))
def docs():
    for copy in range({copies}):
        for i, f in enumerate(files):
            yield from_text(read(f).text, f'c{{copy}}-{{i}}', date(2000, 1, 1))
timeline.build(docs()).csv()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def row_memory(copies: int) -> float:
    code = _MEMORY_CHILD.format(root=str(ROOT), data=str(DATA), copies=copies)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024   # MiB


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip dateparser and 100 copies")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    texts = corpus()
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"Corpus: {len(texts)} documents, {size / 1e6:.2f} MB (TBAQ plain text + seed)\n")
    print("| # | measure | result | target |")
    print("|---|---|---|---|")
    t_tag = row_tag(texts, size, args.repeat)
    print(f"| 1 | timeline.tag (tag + resolve), warm | {rate(size, t_tag)} | ≥ 5 MB/s |")
    t_own = row_tag(texts, size, args.repeat, own_dcts())
    print(f"| 1b | the same, each document with its own DCT (fewer dates far from it need "
          f"their tense) | {rate(size, t_own)} | (row 1 is the target) |")
    if not args.quick:
        t_dp = row_dateparser(texts, size)
        print(f"| 2 | dateparser.search_dates, warm | {rate(size, t_dp)}; timeline is "
              f"{t_dp / t_tag:.0f}× faster | ≥ 15× |")
    t_re = row_regex(texts, size, args.repeat)
    print(f"| 3 | bare regex of month + weekday names | {rate(size, t_re)}; timeline at "
          f"{t_re / t_tag:.0%} of it | ceiling |")
    t_build = row_build(texts, size, args.repeat)
    print(f"| 4 | timeline.build → CSV | {rate(size, t_build)} | ≥ 1 MB/s |")
    t_about = row_build(texts, size, args.repeat, about=["Iraq"])
    print(f"| 4b | timeline.build --about Iraq → CSV | {rate(size, t_about)} | (row 4) |")
    seconds, nbytes = row_render(10_000)
    print(f"| 5 | HTML for 10,000 synthetic events | {seconds:.2f} s, {nbytes / 1e6:.1f} MB "
          f"| < 2 s, < 15 MB |")
    wall, imp = row_help()
    print(f"| 6 | `timeline --help` (median of 5) / `import timeline` | {wall:.3f} s / "
          f"{imp * 1000:.0f} ms | < 0.3 s |")
    copies = [1, 10] if args.quick else [1, 10, 100]
    mems = {n: row_memory(n) for n in copies}
    ratio = mems[copies[-1]] / mems[1]
    print(f"| 7 | peak RSS building 1 / 10{' / 100' if not args.quick else ''} corpus copies | "
          + " / ".join(f"{mems[n]:.0f} MiB" for n in copies)
          + f" ({ratio:.2f}×) | < 2× |")
    one, two, n = row_jobs(texts, 2 if args.quick else 4, args.repeat)
    print(f"| 8 | build a folder of {n} files, --jobs 1 / --jobs 2 | {one:.2f} s / {two:.2f} s "
          f"({one / two:.2f}× on {os.cpu_count()} cores) | ≥ 1.7× on 2 cores |")
    from timeline.lang import PACKS
    for code in PACKS:
        seconds, nbytes, what = row_language(code, args.repeat)
        dense = "" if what.startswith("ML-Crisis") else ", a date every 40 bytes: a worst case"
        print(f"| 9-{code} | timeline.tag --lang {code} on {what} ({nbytes / 1e6:.2f} MB{dense}) "
              f"| {rate(nbytes, seconds)} | ≥ 2 MB/s on news |")


if __name__ == "__main__":
    main()
