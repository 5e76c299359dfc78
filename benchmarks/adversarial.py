#!/usr/bin/env python3
"""Worst cases we can construct for the tagger's regexes and the pipeline: time per MB.

    python benchmarks/adversarial.py [--mb 1] [--budget 10]

Each input is about --mb megabytes; a row fails when `timeline.build` takes longer than
--budget seconds for it or grows faster than linearly (time at 2x size over time at 1x > 3).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = {
    "one 1 MB line, no punctuation": lambda n: ("the council met on Monday and voted again "
                                                "three days later in March " * n),
    "modifier words only": lambda n: "the end of the beginning of the middle of " * n,
    "modifiers then a key every 40 words": lambda n: ("the " * 39 + "year ") * (n // 4),
    "digits and separators": lambda n: "1/2/3-4-5.6.7:8 " * n,
    "numbers without dates": lambda n: "30,000 4.5 12 percent $2019 " * n,
    "month names without days": lambda n: "March May June April " * n,
    "long hyphen and apostrophe runs": lambda n: ("-" * 50 + "'" * 50 + " ") * (n // 3),
    "years everywhere": lambda n: "1999 2000 2001 2002 " * n,
    "no spaces at all": lambda n: "abcdefghij" * (n * 4),
    "nested quantities": lambda n: "about some nearly more than a few several " * n,
}


def timed(text: str) -> float:
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    started = time.perf_counter()
    timeline.build([from_text(text, "adversarial", date(2025, 4, 9))]).csv()
    return time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--budget", type=float, default=10.0)
    args = parser.parse_args(argv)
    timed("warm up on Monday.")
    print("| input | size | seconds | MB/s | 2× size / 1× time | verdict |")
    print("|---|---|---|---|---|---|")
    failed = 0
    for name, make in CASES.items():
        per_unit = len(make(12)) / 12
        n = max(12, int(args.mb * 1e6 / per_unit))
        text = make(n)
        t1 = timed(text)
        t2 = timed(make(2 * n))
        growth = t2 / t1 if t1 > 0.001 else 2.0
        ok = t1 <= args.budget and growth <= 3.0
        failed += not ok
        print(f"| {name} | {len(text) / 1e6:.2f} MB | {t1:.2f} | {len(text) / 1e6 / t1:.2f} | "
              f"{growth:.2f} | {'ok' if ok else 'TOO SLOW'} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
