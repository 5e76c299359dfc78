"""Document structure: the lines of a text that are not its narrative.

Owns one decision per line, from the line alone: a photo caption or credit ("FILE - In this Nov.
21, 2003 file photo, ...", "Photo: Jane Roe/Reuters", "(AP Photo/John Doe)"), a byline ("By Jane
Roe, Associated Press"), or a live blog's time heading ("10:25 p.m.", "9:35 p.m. ET" alone on
its line). A caption's or byline's date neither anchors the story's narrative (resolve.py) nor
makes an event (events.py); a time heading dates the entry under it. (A wire dateline is read
where it stands: finder/vocab.DATELINE_AFTER.) The cues are tables; the functions are pure.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

CAPTION, BYLINE, TIME_HEADING = "caption", "byline", "time-heading"

# Words that open a caption or credit line, and phrases only captions hold.
CAPTION_OPENERS = ("photo", "photos", "image", "images", "picture", "pictured", "caption",
                   "file", "file photo", "photograph", "credit", "video", "graphic", "illustration")
CAPTION_PHRASES = ("file photo", "photo taken", "picture taken", "image taken", "ap photo",
                   "getty images", "photo by", "photo credit", "photo:", "reuters/", "afp/",
                   "epa/", "photograph:", "(photo", "shutterstock", "via ap", "via reuters",
                   "via afp", "via getty")
MAX_CAPTION_CHARS = 400
MAX_BYLINE_WORDS = 12

_OPENER = re.compile(r"^\W{0,3}(?:" + "|".join(sorted(map(re.escape, CAPTION_OPENERS),
                                                      key=len, reverse=True))
                     + r")\s*(?:[:|—–-]|\()", re.I)
_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, CAPTION_PHRASES)) + r")(?!\w)", re.I)
_BYLINE = re.compile(r"^(?:[Bb]y|BY)\s+[A-Z][\w.'’-]*,?(?:\s+(?:[A-Z][\w.'’-]*,?|and|&|of|the)){0,"
                     + str(MAX_BYLINE_WORDS) + r"}\s*$")
_TIME_HEADING = re.compile(r"^\W{0,3}(?:updated\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s+[A-Z]{2,4})?\W{0,3}$", re.I)
_TIME_CUE = re.compile(r":\d{2}|[ap]\.?m\b", re.I)


class Line(NamedTuple):
    start: int
    end: int
    kind: str


def kind_of(line: str) -> str:
    """CAPTION, BYLINE, TIME_HEADING, or "" for a line of narrative."""
    text = line.strip()
    if not text:
        return ""
    if _TIME_HEADING.match(text) and _TIME_CUE.search(text):
        return TIME_HEADING
    if len(text) <= MAX_CAPTION_CHARS and (_OPENER.match(text) or _PHRASE.search(text)):
        return CAPTION
    if _BYLINE.match(text):
        return BYLINE
    return ""


def lines(text: str, start: int = 0) -> list[Line]:
    """The structure lines of text[start:] (those kind_of tells apart), in order."""
    out = []
    at = start
    for raw in text[start:].splitlines(keepends=True):
        kind = kind_of(raw) if len(raw) <= MAX_CAPTION_CHARS + 2 else ""
        if kind:
            out.append(Line(at, at + len(raw.rstrip("\r\n")), kind))
        at += len(raw)
    return out


class Structure:
    """The structure lines of one text, asked by offset."""

    def __init__(self, text: str, start: int = 0):
        self.lines = lines(text, start) if _maybe_structured(text) else []
        self.starts = [line.start for line in self.lines]

    def kind_at(self, offset: int) -> str:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.lines[i].start <= offset < self.lines[i].end:
            return self.lines[i].kind
        return ""

    def not_narrative(self, offset: int) -> bool:
        """Is the offset in a caption or byline (dates there say nothing of the story)?"""
        return self.kind_at(offset) in (CAPTION, BYLINE)

    def headings(self) -> list[Line]:
        return [line for line in self.lines if line.kind == TIME_HEADING]


_QUICK = re.compile(r"(?im)^\W{0,3}(?:by\s|photo|image|picture|file|credit|caption|video|"
                    r"graphic|illustration|pictured|(?:updated\s+)?\d{1,2}(?::\d{2}|\s*[ap]\.?m))|"
                    + _PHRASE.pattern, re.I)


def _maybe_structured(text: str) -> bool:
    """Whether any line could be told apart (one regex search: most texts have none)."""
    return _QUICK.search(text) is not None
