#!/usr/bin/env python3
"""One large file through the command line: time and peak memory at growing sizes.

    python benchmarks/large_file.py [--sizes 10 25 50]

Each file is the TimeML corpus's plain text (../shared/data/tbaq) repeated up to the size in MB,
run as `timeline tag FILE -o out.csv` and `timeline build FILE --csv out.csv` in a fresh process.
Bounded memory shows as a peak RSS that stays flat as the file grows (files above
ingest.STREAM_BYTES are read in parts; `tag` writes its rows as it goes; `build` holds only events).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.timeml import read  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tbaq"

# Runs the command given as arguments and prints the peak RSS (KiB) of that child alone.
_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")


def write_file(path: Path, megabytes: float) -> int:
    texts = [read(f).text.strip() for f in sorted(DATA.glob("*/*.tml"))]
    target, size = int(megabytes * 1e6), 0
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            for text in texts:
                f.write(text + "\n\n")
                size += len(text.encode("utf-8")) + 2
                if size >= target:
                    break
    return size


def run(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of `python -m timeline ARGS`."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "timeline", *args],
                         capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"timeline {' '.join(args)} failed: {out.stderr.strip()}")
    return seconds, int(out.stdout.strip().splitlines()[-1]) / 1024


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 25, 50], help="MB")
    args = parser.parse_args(argv)
    print("| file | command | seconds | MB/s | peak RSS | output rows |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            path = Path(tmp) / f"large-{mb:g}.txt"
            size = write_file(path, mb)
            out = Path(tmp) / "out.csv"
            for command in (["tag", str(path), "-p", "2000-01-01", "-o", str(out)],
                            ["build", str(path), "-p", "2000-01-01", "--csv", str(out)]):
                seconds, rss = run(command)
                with out.open(encoding="utf-8") as f:
                    rows = sum(1 for _ in f) - 1
                print(f"| {size / 1e6:.0f} MB | {command[0]} | {seconds:.1f} | "
                      f"{size / seconds / 1e6:.2f} | {rss:.0f} MiB | {rows} |", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
