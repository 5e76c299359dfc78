"""The cache folder: answers that take long to compute and never change for one installation,
kept between runs (the rule prefixes, the word classes, the gazetteer). Deleting any file in it
is always safe: it is computed again.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Optional

from .errors import TimelineError
from .output import atomic_write


def cache_dir() -> Optional[Path]:
    """$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline; None when
    there is no home to put it in."""
    home = os.path.expanduser("~")
    folder = os.environ.get("TIMELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache"), "timeline")
    if not os.path.isabs(folder):
        return None   # (a relative folder would land wherever the command runs)
    return Path(folder)


def kept_json(name: str, compute: Callable[[], dict]) -> dict:
    """The JSON file `name` of the cache folder, else `compute()`, then kept there (name it by
    what it was computed from: a package's version). Never fails on a read-only home."""
    folder = cache_dir()
    path = folder / name if folder else None
    if path is not None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass   # (none yet, or unreadable: compute it)
    found = compute()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, json.dumps(found))
        except (OSError, TimelineError):
            pass   # (a read-only home: compute it again next time)
    return found
