"""Document structure: the lines of a text that are not its narrative.

Owns one decision per line, from the line alone: a photo caption or credit ("FILE - In this Nov.
21, 2003 file photo, ...", "Photo: Jane Roe/Reuters", "(AP Photo/John Doe)"), a byline ("By Jane
Roe, Associated Press") or a page's time stamp ("Actualizado: 09/03/2011 22:42"), a web page's
credit after a bar ("... | Reuters", "Francisco Carrión | El Cairo"), or a live blog's time
heading ("10:25 p.m.", "9:35 p.m. ET" alone on its line). A caption's or byline's date neither
anchors the story's narrative (resolve.py) nor makes an event (events.py); a time heading dates the entry under it. (A wire dateline is read
where it stands: lang/en/vocab.DATELINE_AFTER.) The cues are tables (lang/en/words.py); the
functions are pure.
"""
from __future__ import annotations

import re
from typing import Iterable

from .joiners import alternation
from .segment import UPPER_LATIN
from .lang.en import vocab
from .lang.en.words import (CAPTION_OPENERS, CAPTION_PHRASE_CUES, CAPTION_PHRASES,
                            PUBLISHED_WORDS, STAMP_JOINERS, STAMP_WORDS)

CAPTION, BYLINE, TIME_HEADING = "caption", "byline", "time-heading"

MAX_CAPTION_CHARS = 400
MAX_BYLINE_WORDS = 12
MAX_STAMP_WORDS = 16   # (a byline and its stamp: "JOSE GARCÍA Enviado especial a El Cairo
#                        09/03/2011 22:00 Actualizado: 09/03/2011 22:42")

_OPENER = re.compile(r"^\W{0,3}(?:" + alternation(CAPTION_OPENERS) + r")\s*(?:[:|—–-]|\()", re.I)
_PHRASE = re.compile(r"(?<!\w)(?:" + alternation(CAPTION_PHRASES) + r")(?!\w)", re.I)
_BYLINE = re.compile(r"^(?:[Bb]y|BY)\s+[A-Z][\w.'’-]*,?(?:\s+(?:[A-Z][\w.'’-]*,?|and|&|of|the)){0,"
                     + str(MAX_BYLINE_WORDS) + r"}\s*$")
_TIME_HEADING = re.compile(r"^\W{0,3}(?:updated\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s+[A-Z]{2,4})?\W{0,3}$", re.I)
_TIME_CUE = re.compile(r":\d{2}|[ap]\.?m\b", re.I)
_STAMP = re.compile(r"(?:^\W*|[,.|]\s*|\d\s+)(?:" + alternation(STAMP_WORDS) +
                    r")(?:\s*:|\s+(?=\d))", re.I)   # (a page's time stamp: its date or time
# right after it, or a colon; not "El censo, actualizado el 3 de marzo, suma")


# A web page's credit after a bar: "A protester in Tahrir Square. | Reuters" (a caption),
# "Francisco Carrión | El Cairo" (a byline), "Agencias, Bruselas | 12/03/2011 7:59 am" (its stamp)
_BAR_CREDIT = re.compile(r"^(?P<before>[^|]*?\S)\s*\|\s*[A-Z][\w.'’-]*(?:\s*[/&]?\s*[A-Z][\w.'’-]*){0,3}"
                         r"\s*$")
_BAR_STAMP = re.compile(r"\|\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
                        r"\s*$", re.I)
MAX_BAR_NAME_WORDS = 4   # (before the bar, a byline's name and place; a caption says more)
_COPYRIGHT = re.compile(r"^\W{0,3}(?:©|\(c\)\s|copyright\b)", re.I)   # ("© 2024 Acme Corp.")


def kind_of(line: str) -> str:
    """CAPTION, BYLINE, TIME_HEADING, or "" for a line of narrative."""
    text = line.strip()
    if not text or len(text) > MAX_CAPTION_CHARS:
        return ""
    if _TIME_HEADING.match(text) and _TIME_CUE.search(text):
        return TIME_HEADING
    if _COPYRIGHT.match(text):   # (a page's copyright line: its years date no event)
        return BYLINE
    low = text.lower()
    if _OPENER.match(text) or any(cue in low for cue in CAPTION_PHRASE_CUES) and \
            _PHRASE.search(text):
        return CAPTION
    if _BYLINE.match(text) or len(text.split()) <= MAX_STAMP_WORDS and (
            _STAMP.search(text) or "|" in text and _BAR_STAMP.search(text)):
        return BYLINE   # (or a page's time stamp: "Actualizado: 09/03/2011 22:42")
    credit = _BAR_CREDIT.match(text) if "|" in text else None
    if credit:
        before = credit.group("before").split()
        return BYLINE if len(before) <= MAX_BAR_NAME_WORDS else \
            CAPTION if credit.group("before").endswith((".", "!", "?", ")", "»", "”", '"')) else ""
    return ""


PUBLISHED, PLAIN, UPDATED = "published", "plain", "updated"   # stamps, the most telling first
HEAD_CHARS = 600        # a text's head: where its stamp stands, under the headline and byline
HEAD_LINE_CHARS = 200   # a longer line is narrative: the head has ended

_PUBLISHED = re.compile(r"(?<!\w)(?:" + alternation(PUBLISHED_WORDS) + r")(?!\w)", re.I)
_UPDATED = re.compile(r"(?<!\w)(?:" + alternation(STAMP_WORDS) + r")(?!\w)", re.I)
_STAMP_FILLER = re.compile(
    r"(?<!\w)(?:" + alternation(PUBLISHED_WORDS + STAMP_WORDS + STAMP_JOINERS +
                                tuple(vocab.WEEKDAYS)) + r")\.?(?!\w)"   # (a weekday the date
    # leaves out: "Updated 5:02 PM EST, Wed February 26, 2025")
    r"|\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?|(?<!\w)[ap]\.?m\.?(?!\w)"
    r"|(?<!\w)(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|WES?T)(?!\w)|[^\w\s]+", re.I)


_PIECE_BREAK = re.compile(r"\s[|·•—–-]\s|\s[|·•]|[|·•]\s|\n")
_PLACE_BEFORE = re.compile(rf"^\s*[{UPPER_LATIN}][\w.'’-]*(?:[ -](?:[a-z]{{1,3}}\s)?[{UPPER_LATIN}][\w.'’-]*)"
                           r"{0,2},\s*(?=\0)")
# (a dateline's place alone before the date: "Berlin, 20. Januar 2026", "Rio de Janeiro,")


def stamp_kind(line: str, start: int, end: int, others: Iterable[tuple] = ()) -> str:
    """PUBLISHED, PLAIN or UPDATED when the line holds nothing but stamps, a clock, a time zone
    and a byline, the date at [start, end) in one of them ("Published: March 18, 2026", "October
    2, 2026", "Updated Nov. 20, 2026, 6:45 p.m. ET", "By Owen Hart | 14 August 2026", "By Jane
    Roe | Updated March 4, 2025 | Published March 3, 2025", a dateline's place and date alone:
    "Berlin, 20. Januar 2026"); else "". `others`: the spans of
    the line's other dates. The kind is the words of the date's own piece of the line."""
    blank = line
    for a, b in sorted(set(others) | {(start, end)}):
        blank = blank[:a] + "\0" * (b - a) + blank[b:]
    place = _PLACE_BEFORE.match(blank)
    if place:
        blank = " " * place.end() + blank[place.end():]
    own = ""
    at = 0
    for piece in _PIECE_BREAK.split(blank):
        at = blank.find(piece, at)
        words = piece.replace("\0", " ").strip(" ,;")
        if _STAMP_FILLER.sub(" ", words).strip() and not _BYLINE.match(words):
            return ""
        if at <= start < at + len(piece):
            own = words
        at += len(piece)
    return PUBLISHED if _PUBLISHED.search(own) else UPDATED if _UPDATED.search(own) else PLAIN


def stamp_at(text: str, start: int, end: int, body_start: int = 0,
             others: Iterable[tuple] = ()) -> str:
    """The stamp kind (stamp_kind) of the date at [start, end) when its line stands in the
    text's head: within HEAD_CHARS of the body's start, and no line before it long enough to
    be narrative (a headline, a byline, a dateline's short line). `others`: other dates' spans
    (those on the line are stamps too, or it is no stamp line)."""
    if start - body_start > HEAD_CHARS:
        return ""
    first = text.rfind("\n", body_start, start) + 1 or body_start
    if any(len(line) > HEAD_LINE_CHARS for line in text[body_start:first].splitlines()):
        return ""
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    if last - first > HEAD_LINE_CHARS:
        return ""
    return stamp_kind(text[first:last], start - first, end - first,
                      [(a - first, b - first) for a, b in others if first <= a and b <= last])


def dateline_dated(text: str, timexes: Iterable, body_start: int = 0) -> list:
    """The dates inside a wire dateline that opens a line of the text's head ("NEW YORK, Nov.
    18, 2026 /PRNewswire/ --", "MADRID, 18 Feb. 2025 (EFE).-"), in text order."""
    from .clauses import DATELINE_LEAD   # (its regex reads the name-particle tables)
    out = []
    for t in timexes:
        if t.start - body_start > HEAD_CHARS:
            break
        first = text.rfind("\n", body_start, t.start) + 1 or body_start
        lead = DATELINE_LEAD.match(text[first:t.start + 200])
        if lead and t.end - first <= lead.end():
            out.append(t)
    return out


def head_stamps(text: str, timexes: Iterable, body_start: int = 0) -> list:
    """(timex, stamp kind) of each date (in text order) that stands in a stamp at the text's
    head (stamp_at), the head's other dates read with it."""
    head = [t for t in timexes if t.start - body_start <= HEAD_CHARS]
    spans = [(t.start, t.end) for t in head]
    return [(t, kind) for t in head
            if (kind := stamp_at(text, t.start, t.end, body_start, spans))]


class Structure:
    """The kinds of the lines of one text, read when asked for (only the lines that hold a
    date are ever read: a scan of every line would cost as much as the tagging)."""

    def __init__(self, text: str, start: int = 0):
        self.text = text
        self.start = start
        self._kinds: dict = {}

    def kind_at(self, offset: int) -> str:
        """The kind of the line holding `offset` ("" for narrative)."""
        reach = MAX_CAPTION_CHARS + 8
        newline = self.text.rfind("\n", max(0, offset - reach), offset)
        if newline < 0 and offset - reach > self.start:
            return ""   # (a long line is a paragraph of narrative: not read)
        first = max(newline + 1, self.start)
        found = self._kinds.get(first)
        if found is None:
            end = self.text.find("\n", offset, first + reach)
            if end < 0 and len(self.text) > first + reach:
                found = ""   # (a long line is a paragraph of narrative: not read)
            else:
                found = kind_of(self.text[first:end if end >= 0 else None])
            self._kinds[first] = found
        return found

    def not_narrative(self, offset: int) -> bool:
        """Is the offset in a caption or byline (dates there say nothing of the story)?"""
        return self.kind_at(offset) in (CAPTION, BYLINE)
