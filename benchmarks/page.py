#!/usr/bin/env python3
"""The HTML page's weight and opening time by number of events (target: 1,000 events under 15 MB,
open in under 2 s), and the screenshots the README shows.

    python benchmarks/page.py                       # a table: 10, 100, 1000 events
    python benchmarks/page.py --screenshots docs    # also docs/story-*.png (seed, history,
                                                    # embassy bombings when the corpus is here)

The events come from a made-up text (a council's votes on successive days) so any count can be
asked for. Opening time: from navigation until Plotly has drawn the figure, in headless
Chromium (Debian's chromium), the median of three loads.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402

TOWNS = ("Kestrel", "Harbury", "Linwood", "Ashford", "Marlow", "Corbin", "Eastleigh", "Fenwick")


def story(n: int) -> str:
    """n sentences, each an event on its own day."""
    day = date(2024, 1, 1)
    return " ".join(f"On {(day + timedelta(days=k)).strftime('%B %-d, %Y')}, the council of "
                    f"{TOWNS[k % len(TOWNS)]} voted on measure {k + 1}." for k in range(n))


def open_seconds(browser, path: Path) -> float:
    times = []
    for _ in range(3):
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("() => { const gd = document.getElementById('timeline'); "
                               "return gd && gd._fullLayout && gd.querySelector('.main-svg'); }",
                               timeout=60000)
        times.append(time.perf_counter() - started)
        page.close()
    return statistics.median(times)


def screenshots(browser, folder: Path, work: Path) -> None:
    """docs/story-seed.png, story-history.png, story-embassy.png (if the corpus is here)."""
    pages = {"seed": timeline.build(ROOT / "seeds" / "000_8174bc2ad41ff86e.txt", "2025-04-09")}
    pages["history"] = timeline.build(
        "Rome was founded in the 8th century BC. Caesar crossed the Rubicon on January 10, 49 "
        "BC. Caesar was killed in 44 BC. Octavian defeated Antony at Actium (32-31 B.C.). "
        "Augustus died in AD 14. Rome burned in AD 64. The Colosseum opened in AD 80. The "
        "museum reopened in 2009.", "2010-01-01", "Rome, from its founding to its museum")
    corpus = ROOT.parent / "shared" / "data" / "tbaq" / "AQUAINT"
    if corpus.is_dir():
        from timeline.timeml import normalize_dct, read
        texts = work / "embassy"
        texts.mkdir(exist_ok=True)
        for f in sorted(corpus.glob("*.tml")):
            if re.search(r"Nairobi|Dar es Salaam", f.read_text(encoding="utf-8")):
                doc = read(f)
                (texts / (f.stem + ".txt")).write_text(
                    f"---\npublished: {normalize_dct(doc.dct)}\n---\n{doc.text}", encoding="utf-8")
        pages["embassy"] = timeline.build(texts, title="The 1998 embassy bombings in AQUAINT's "
                                          "wire stories")
    for name, tl in pages.items():
        path = work / f"{name}.html"
        tl.to_html(path, group_by="source" if name == "embassy" else None)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.goto(path.as_uri())
        page.wait_for_selector("#timeline .main-svg")
        page.wait_for_timeout(800)
        out = folder / f"story-{name}.png"
        page.screenshot(path=str(out), clip={"x": 0, "y": 0, "width": 1300, "height": 760})
        page.close()
        print(f"wrote {out}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--screenshots", type=Path, metavar="FOLDER")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        work = Path(tmp)
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        print("| events | build s | page MB (inline) | open s (inline) | page MB (cdn) |")
        print("|---|---|---|---|---|")
        for n in args.events:
            started = time.perf_counter()
            tl = timeline.build(story(n), "2026-01-01")
            built = time.perf_counter() - started
            path = work / f"{n}.html"
            tl.to_html(path)
            cdn = len(tl.html(plotlyjs="cdn").encode("utf-8"))
            print(f"| {len(tl.events)} | {built:.2f} | {path.stat().st_size / 1e6:.2f} | "
                  f"{open_seconds(browser, path):.2f} | {cdn / 1e6:.2f} |")
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            screenshots(browser, args.screenshots, work)
        browser.close()


if __name__ == "__main__":
    main()
