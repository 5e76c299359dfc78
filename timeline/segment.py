"""Sentence segmentation with character offsets, safe around abbreviations.

Owns one decision: where a sentence ends. Lines are paragraphs (a headline or a caption is its
own sentence); inside a line a sentence ends at . ! or ? followed by space and a capital (of
any Latin alphabet: "État", "Über"; after «, ¿ or ¡ too), unless the word before the period is
an abbreviation ("Feb. 26", "Adm. Sir Tony", "U.S. officials", "Sra. López").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .joiners import alternation
from .model import Sentence

ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "adm", "gen", "lt", "col",
    "maj", "capt", "cmdr", "sgt", "cpl", "pvt", "rep", "sen", "gov", "pres", "rev", "hon",
    "inc", "corp", "co", "ltd", "llc", "dept", "univ", "assn", "bros", "no", "vol", "fig",
    "vs", "etc", "approx", "est", "ave", "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "calif", "fla", "mass", "wash", "pa", "va",
    "sra", "srta", "dra", "nr", "bzw", "ca", "vgl", "mme", "mlle", "sig", "dott",   # (es, de,
    "ee.uu", "ee", "uu", "ff.aa", "cc.oo", "rr.hh", "eua",                        # fr, it, pt)
}
# (a capital of any Latin alphabet; an opening «, ¿ or ¡ may come first, a closing » before)
UPPER_LATIN = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPITAL = "0-9" + UPPER_LATIN
_BOUNDARY = re.compile(rf"[.!?]+[\"'”’)\]»]*(?=\s+(?:[\"'“‘(\[¿¡]|``|«\s?)?[{_CAPITAL}])")
_LINE = re.compile(r"[^\n]+")
_WORD_CHARS = re.compile(r"[\w.]+")   # the word before a dot ("Feb", "U.S"), read backwards
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
LETTER_NAMES = {"x"}   # one-letter names that end a sentence after a lower-case word ("on X.")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z]+\s+$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation rather than of a sentence?"""
    if text[dot] != ".":
        return False
    m = _WORD_CHARS.match(text[max(0, dot - 12):dot][::-1])
    if not m:
        return False
    word = m.group()[::-1].lower()
    if text[dot - len(word) - 1:dot - len(word)] == "/":
        return False   # ("140 km/h. It is": a unit's last letter is no initial)
    if word in LETTER_NAMES and _LOWER_WORD_BEFORE.search(text, max(0, dot - 16), dot - 1):
        return False   # ("said in a post on X. Microsoft blamed": a name, no initial)
    if word in CLOCK_SUFFIXES and not _clock_goes_on(text, dot + 1):
        return False   # ("until 6 p.m. Around 40,000 homes": a sentence ends; not "6 p.m.
        # Friday", "10 p.m. EST", "9 a.m. New York time")
    if _INITIALS.fullmatch(word) and _opens_sentence(text, dot + 1):
        return False   # ("sales rose in the U.S. Currently it controls ...": a sentence ends;
        # not "U.S. officials")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(
        _INITIALS.fullmatch(word)) or (len(word) <= 2 and word.isdigit() and
                                       _ordinal_months().match(text, dot + 1) is not None)


def _opens_sentence(text: str, at: int) -> bool:
    """Is the capitalised word after `at` one that only opens a sentence ("The", "It",
    "However", "Currently")?"""
    from .lang.en.words import SENTENCE_OPENERS_ONLY
    m = _NEXT_CAPITALISED.match(text, at)
    return m is not None and m.group(1) in SENTENCE_OPENERS_ONLY


CLOCK_SUFFIXES = {"a.m", "p.m"}
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w'’]*)(?:\s+(\w+))?")
_PLACE_TIME = re.compile(r"\s+(?:[A-Z][\w'’]*\s+){1,3}time\b")   # ("New York time")


def _clock_goes_on(text: str, at: int) -> bool:
    """Does the capitalised word after a clock's "a.m."/"p.m." go on with the time: a weekday,
    a month, a time zone, or a place before "time"?"""
    from .lang.en import vocab
    m = _NEXT_CAPITALISED.match(text, at)
    if m is None:
        return True
    word, after = m.group(1), (m.group(2) or "").lower()
    return word in vocab.WEEKDAYS or word.rstrip(".") in vocab.MONTHS or \
        word in vocab.TIME_ZONES or f"{word} {after}" in vocab.TIME_ZONES or \
        _PLACE_TIME.match(text, at) is not None or word.isupper() and len(word) <= 4


@lru_cache(maxsize=1)
def _ordinal_months() -> re.Pattern:
    """The month names a day written as an ordinal number with a period goes before ("am 3.
    Oktober": that period ends no sentence), from the packs of the languages that write it."""
    from .lang import PACKS, load
    names = {name for code in PACKS if "." in load(code).day_suffix
             for name in load(code).months if name.isalpha()}
    return re.compile(rf"\s+(?:{alternation(names)})\b", re.I)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """The sentences of text[start:end], offsets into `text`, stripped of surrounding space."""
    end = len(text) if end is None else end
    for line in _LINE.finditer(text, start, end):
        pos = line.start()
        for m in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, m.start()):
                continue
            yield from _make(text, pos, m.end())
            pos = m.end()
        yield from _make(text, pos, line.end())


def _make(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end])


def sentence_around(text: str, pos: int, radius: int) -> tuple[int, int]:
    """(start, end) of the sentence holding text[pos], looking at most `radius` characters
    either way (cheap: no segmentation of the whole line)."""
    lo, hi = max(0, pos - radius), min(len(text), pos + radius)
    newline = text.rfind("\n", lo, pos)
    start = newline + 1 if newline >= 0 else lo
    newline = text.find("\n", pos, hi)
    end = newline if newline >= 0 else hi
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        if m.end() <= pos:
            start = m.end()
        else:
            end = m.end()
            break
    return start, end
