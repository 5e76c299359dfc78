#!/usr/bin/env python3
"""CPU instructions per pass over the speed corpus, by pipeline stage (Linux `perf stat`).

    python benchmarks/instructions.py

Wall time on a shared VM varies by ±10% from run to run; the count of instructions a pass
executes varies by well under 1%, so it shows whether a change to the hot path helps before
`speed.py` can. Each stage runs in a fresh process (hash seed fixed) for 0 and for N passes;
the difference divided by N is one pass, without start-up and warm-up.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = {   # name -> what one pass runs (inputs prepared once, outside the count)
    "keys": "[candidate_starts(t) for t in texts]",
    "rules": "[tagger._scan(t, c, len(t)) for t, c in zip(texts, cands)]",
    "resolve": "[resolve(r, t, dct) for r, t in zip(raws, texts)]",
    "tag": "[timeline.tag(t, DCT) for t in texts]",
}
_SETUP = """
import sys
sys.path[:0] = [{root!r}, {bench!r}]
from datetime import date
import timeline
from speed import DCT, corpus
from timeline.finder import find_timexes, tagger
from timeline.finder.keys import candidate_starts
from timeline.resolve import resolve
texts = corpus()
dct = date.fromisoformat(DCT)
cands = [candidate_starts(t) for t in texts]
raws = [find_timexes(t) for t in texts]
timeline.tag(texts[0], DCT)
for _ in range({passes}):
    {stage}
"""


def instructions(stage: str, passes: int) -> int:
    code = _SETUP.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), passes=passes,
                         stage=STAGES[stage])
    run = subprocess.run(["perf", "stat", "-x,", "-e", "instructions", sys.executable, "-c", code],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    line = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
    if run.returncode or not line.split(",")[0].isdigit():
        sys.exit(f"perf stat failed: {line or run.returncode}")
    return int(line.split(",")[0])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    if not shutil.which("perf"):
        sys.exit("perf is not installed (Debian: apt-get install linux-perf)")
    print("| stage | million instructions per pass |\n|---|---|")
    for stage in STAGES:
        per_pass = (instructions(stage, args.passes) - instructions(stage, 0)) / args.passes
        print(f"| {stage} | {per_pass / 1e6:.0f} |")


if __name__ == "__main__":
    main()
