"""Where a sentence's clauses are: the spans between its commas, semicolons, brackets, dashes
and quote marks, and a wire dateline's lead ("PARIS, 21 mai (AFP) -"). Read by the event stage
in English (events.py) and in the other languages (lang/labels.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import trigger as T
from .joiners import alternation
from .lang.en import words as W
from .segment import UPPER_LATIN

_CLAUSE_SPLIT = re.compile(r"(?=[\s,:—–;()\[\]“”\"])\s*(?:[,:—](?:(?<![0-9].)|(?![0-9]))|"
                           r"–(?:(?<![0-9\w]–)|(?![0-9\w]))|[;()\[\]“”\"]|\s-\s)\s*")   # (not a
# range's dash: "the 2026–27 season", nor a compound name's: "the Torrijos–Carter Treaties")
# (not the comma of "1,700" or a decimal comma, "8,4 Milliarden"; not the colon of "10:30" or
# a score, "mit 1:2 verloren")
_CAPITAL = rf"(?:[{UPPER_LATIN}]|[a-z](?=[{UPPER_LATIN}]))"   # (or a name's lower-case
# first letter before its capital: "iPad", "eBay")
_LIST_NAME = rf"{_CAPITAL}[\w.-]*(?:\s+{_CAPITAL}[\w.-]*)?"
_NAME_LIST = re.compile(rf"(?:{_LIST_NAME},\s+)*{_LIST_NAME},?\s+"
                        rf"(?:{alternation(tuple(W.ALTERNATIVES) + W.LIST_WORDS_ABROAD)})\s+"
                        rf"{_CAPITAL}")   # ("Piatykhatky, Kherson, and Odesa", "SPD, Grünen und
# FDP": the names of a list, its commas no clause's; the serial comma before its last name too)
_TWO_NAMES_END = re.compile(rf"{_LIST_NAME},\s+{_LIST_NAME}$")   # (a list before its last comma)
_LIST_TAIL = re.compile(rf"(?:{alternation(tuple(W.ALTERNATIVES) + W.LIST_WORDS_ABROAD)})\s+"
                        rf"{_LIST_NAME}\s*(?:[\s.;]|$)")
_NAME_END = re.compile(r"\b(?:[A-Z]|[a-z](?=[A-Z]))[\w'’.]*\s*$")
_MONTH_DAY_END = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
_YEAR_NEXT = re.compile(r"\d{4}\b")
_YEAR_END = re.compile(r"(?<![\d,.])\d{4}$")
_SUFFIX = re.compile(r"(?:Inc|Ltd|LLC|Corp|Co|PLC|plc|N\.V|S\.A|AG|GmbH)\b\.?")


@lru_cache(maxsize=256)   # (a sentence's clauses are read by its label and by its trigger's)
def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each clause of `text`, split at commas, semicolons, brackets,
    dashes and quote marks (not those of a quoted title: T.titles_masked)."""
    spans, pos = [], 0
    text = T.titles_masked(text)
    lead = DATELINE_LEAD.match(text)   # (a dateline is one clause: "NEW YORK, Nov. 18, 2026
    if lead:                           # /PRNewswire/ --", its commas no clause's)
        spans.append((0, len(text[:lead.end()].rstrip(" -—–_"))))
        pos = lead.end()
    for m in _CLAUSE_SPLIT.finditer(text, pos):
        if m.group().strip() == "," and (_NAME_LIST.match(text, m.end()) or
                                         _LIST_TAIL.match(text, m.end()) and
                                         _TWO_NAMES_END.search(text, max(0, m.start() - 60),
                                                               m.start()) or
                                         _SUFFIX.match(text, m.end())) and \
                _NAME_END.search(text, max(0, m.start() - 20), m.start()):
            continue   # (a list of names, no clause: "told U.S., European and Japanese oil
            # companies"; nor a company's suffix: "Corvane Therapeutics, Inc.")
        if m.group() == ", " and _YEAR_NEXT.match(text, m.end()) and (
                _MONTH_DAY_END.search(text, max(0, m.start() - 12), m.start()) or
                _YEAR_END.search(text, max(0, m.start() - 5), m.start())):
            continue   # (nor a date's own comma: "from Dec. 30, 2025, and small firms"; nor a
            # list of years': "had won in 2020, 2021 and 2024")
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return tuple(spans)


MAX_LABEL_WORDS = 15   # a label's words at most (events.py cuts a longer one with "…")
DATELINE_LEAD = re.compile(rf"^\s*(?:[{UPPER_LATIN}][{UPPER_LATIN} .'’-]{{2,}}"
                           r"(?:,[^—–_\n]{1,40}?)?\s*(?:\([^()\n]{1,30}\)\.?"
                           r"\s*|/[^/\n]{1,30}/\s*)?|\([^()\n]{1,30}\)\s*)"
                           rf"(?:--|—|–|_|(?<=\)\s)-|(?<=[).])-|(?<=[{UPPER_LATIN}\d]\s)-)\s+")   # (a
# hyphen after a capital place alone: "PARIS - La SNCF prévoit"; after the date's year or day,
# the comma's part holding the only digits: "NICE, July 21, 2024 - "; after the
# agency: "AREQUIPA, Peru (Reuters) - "; "MÜNCHEN, 27. April (dpa) - "; "MADRID, 18 Feb.
# (EFE).- "; a press release's wire: "LONDON, April 15, 2026 /PRNewswire/ --"; an agency alone
# in brackets: "(Agencias y Redacción) - ")
_PARTICLE = rf"(?:(?:{alternation(W.NAME_PARTICLES)})\s+)?"
NAME_CLAUSE = re.compile(rf"\s*(?:[{UPPER_LATIN}][\w.'’-]*\s*{_PARTICLE}){{1,4}}(?<!\s)\s*")
# (a name in apposition: "Jean Moreau", "Michele de Pascale", "Álvaro Uribe")
