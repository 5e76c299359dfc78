"""Languages other than English, read from data packs (one module of word tables a language).

`PACKS` names the languages with a pack; `load(code)` loads one; `tag(text, dct, code)` finds
and resolves every temporal expression of a text in that language. English is read by the
finder and resolver packages, which are older and faster; the packs share their value helpers.
"""
from __future__ import annotations

from datetime import date
from importlib import import_module

from ..model import Timex
from .pack import Pack

PACKS = ("es", "fr", "de", "it", "pt")


def available(code: str) -> bool:
    return code in PACKS


def load(code: str) -> Pack:
    """The pack of a language code (KeyError when there is none)."""
    if code not in PACKS:
        raise KeyError(code)
    return import_module(f".{code}", __name__).PACK


def find(text: str, code: str, start: int = 0) -> list[Timex]:
    from .tagger import find as find_in
    return find_in(text, load(code), start)


def resolve(timexes: list[Timex], text: str, dct: date, code: str,
            inferred: bool = False) -> list[Timex]:
    """The timexes with values; those reached from an inferred DCT say so (anchor
    inferred-dct, lower confidence)."""
    from dataclasses import replace

    from ..model import ANCHOR_DCT, ANCHOR_INFERRED
    from .resolver import resolve as resolve_in
    out = resolve_in(timexes, text, dct, load(code))
    if inferred:
        out = [replace(t, anchor=ANCHOR_INFERRED, confidence=round(t.confidence * 0.8, 3))
               if t.anchor == ANCHOR_DCT else t for t in out]
    return out


def infer_dct(timexes: list[Timex], fallback: date, text: str, code: str) -> tuple[date, bool]:
    """The latest day the text names in full, else (fallback, False)."""
    from ..model import ANCHOR_EXPLICIT
    days = [date.fromisoformat(t.value[:10]) for t in resolve(timexes, text, fallback, code)
            if t.anchor == ANCHOR_EXPLICIT and t.value and len(t.value) >= 10
            and t.value[4] == "-" and t.value[:4].isdigit()]
    return (max(days), True) if days else (fallback, False)
