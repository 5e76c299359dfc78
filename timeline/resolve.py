"""Resolution: turn recognised expressions into TIMEX3 values.

Owns the anchoring decisions: which date a deictic expression counts from (the document creation
time, DCT), which one an anaphoric expression counts from (the previous date in the narrative),
and which way a weekday or year-less date points (tense and cue words). Each recognition rule has
one resolver function here; every value records its `anchor` and a `confidence`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from datetime import date
from typing import Callable, Iterable, Optional

from . import values as V
from .model import (ANCHOR_DCT, ANCHOR_EXPLICIT, ANCHOR_INFERRED, ANCHOR_NARRATIVE, ANCHOR_NONE,
                    Timex, quick_init)
from .lang.en.rules import RULES
from .joiners import alternation
from .segment import sentence_around
from .structure import HEAD_CHARS, PLAIN, TIME_HEADING, Structure, stamp_at
from .lang.en import vocab
from .lang.pack import FUTURE, LAST, NEXT, PAST, THIS
from .lang.en.words import (MODALS as _MODALS, PAST_AUXILIARIES as _PAST_AUXILIARIES,
                             LASTING_MEASURES, RELATIVE_PRONOUNS, STILL_RUNNING, STOPWORDS,
                             COMPARISON_OPENERS, SCHEDULED_ONCE, SCHEDULED_TO, THE, WARNING_NOUNS,
                             TENSE_DETERMINERS as _DETERMINERS,
                             TO_FUTURE as _TO_FUTURE, DIRECTED_TO as _DIRECTED_TO,
                             BE_PAST as _BE_PAST, DATE_PREPOSITIONS as _DATE_PREPOSITIONS,
                             WHO_WHICH, DONE_BEFORE as _DONE_BEFORE,
                             STATE_COPULAS as _STATE_COPULAS)

PRESENT = "present"   # (a tense; PAST and FUTURE are the packs' codes)
PRESENT_FUTURE = "present-future"   # "are gathering": a cue only before the date it governs
WEAK_CUE, AFTER_CUE = 50, 20   # score penalties (in characters of distance) for tense cues
NEXT_TO = 15   # characters: a cue this close to the date is not weak
TENSE_WINDOW = 100   # characters either side of an expression that tense cues are read from
NEAR_DAYS = 62   # a year-less date this close to the DCT is taken as the nearest, whatever the tense


@quick_init
@dataclass(frozen=True)
class Resolution:
    value: str
    granularity: str
    anchor: str
    confidence: float
    mod: Optional[str] = None
    advances: bool = True   # False: a comparison ("the year-ago quarter") the story does not move to
    point: Optional[str] = None   # a duration's calendar value (Timex.point)


@quick_init
@dataclass(frozen=True)
class Context:
    """What a resolver may look at besides the expression itself."""
    dct: date
    dct_anchor: str              # "dct", or "inferred-dct" when the DCT was guessed
    text: Optional[str] = None   # the document, for the tense around the expression
    position: int = 0            # where the expression starts in `text`
    narrative: Optional[date] = None   # first day of the previous calendar value in the text
    narrative_granularity: Optional[str] = None
    narrative_value: Optional[str] = None
    reported_quarter: Optional[str] = None   # the quarter the story reports (see _reported)
    joined_to: Optional[tuple] = None   # (day, in a list) of a weekday just before (_joined_day),
    # or (day, False) of the day a range a year-less date ends starts on (_range_start)
    range_end: Optional[date] = None   # the dated day a year-less date runs to (_range_end)
    dct_in_view: bool = True   # whether a date before lies within a year of the DCT
    bc_year: Optional[str] = None   # "BC0044" when the story's last year is before the era
    period: Optional[str] = None    # the months a report covers ("the three months ended
    # July 31": "2015-05/2015-07"; see _period_ended)
    narrative_end: int = -1   # where the explicit expression that set `narrative` ended (-1:
    # not an explicit one)
    story_day: Optional[date] = None   # the last day the story moved to (a clock's day when
    # the story has since named a year or a month: r_clock_time)

    @cached_property
    def tense(self) -> Optional[str]:
        """Computed only for the rules that ask (weekdays, year-less dates...)."""
        if not self.text:
            return None
        return tense_at(self.text, self.position)


# --- tense ---------------------------------------------------------------------------------------
_BREAKS = ",;:—–“”\"()`.!?"   # the characters that end a clause
_WORD_CHAR = re.compile(r"[\w'’-]")


class _Spacer(dict):
    """A str.translate table that spaces a lower-cased window into its tokens, words (runs of
    word characters) and clause breaks: a break stands apart (" , "), any other character
    that is no part of a word becomes a space, word characters stay. Filled as characters are
    met (at most 10,000 kept)."""
    def __missing__(self, code: int):
        char = chr(code)
        value = f" {char} " if char in _BREAKS else code if _WORD_CHAR.match(char) else " "
        if len(self) < 10000:
            self[code] = value
        return value


_SPACER = _Spacer()
_BREAK = re.compile(f"[{_BREAKS}]")
_LAST_BREAK = re.compile(f".*[{_BREAKS}]", re.S)   # (greedy: up to the last one)
_AND_BUT = re.compile(r"\s(?:and|but)\s")
_RELATIVE = re.compile(rf"\s(?:{alternation(RELATIVE_PRONOUNS)})\s", re.I)   # (a relative clause
# after the date is another verb's: "voted 330 to 275 on Friday to back a bill that would")
_SUBORDINATE = re.compile(r",\s+(?:" + "|".join(vocab.CLAUSE_SUBORDINATORS) + r")\s", re.I)


_HEADLINE_TO = re.compile(r"\b([A-Za-z][\w'’-]*)\s+to\s+([a-z]+)\b")
_HEADLINE_END = re.compile(r"[.!?:;,\"”]\s*$")
MAX_HEADLINE_WORDS = 16


_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’&-]*\s+$")


def headline_tense(text: str, offset: int) -> Optional[str]:
    """FUTURE when `offset` is in a headline whose verb is an infinitive after its subject, as
    headlines tell what is to come ("Heatwave to peak on Thursday as amber warning issued",
    "Apple to launch new iPhone on Sept. 9"), else None. A headline: a line of at most
    MAX_HEADLINE_WORDS words with more text after it and no sentence's end. Not a date that
    owns a noun ("Police to charge man over Saturday's attack": the attack has happened)."""
    if " to " not in text[max(0, offset - 120):offset + 120]:
        return None
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end]
    if len(line.split()) > MAX_HEADLINE_WORDS or _HEADLINE_END.search(line) or \
            text[offset:offset + 40].split(None, 1)[0].endswith(("'s", "’s")):
        return None
    from . import wordclass as W   # (the lexicon loads only when a headline asks)
    for m in _HEADLINE_TO.finditer(line):
        subject, verb = m.group(1), m.group(2)
        named = m.start() == len(line) - len(line.lstrip()) or subject[:1].isupper() or \
            _NAME_BEFORE.search(line, 0, m.start()) is not None and W.classes(subject) & W.NOUN
        # (the line's first word, "Ministers to meet", a name, "Apple to launch", or a noun a
        # name goes before: "Lufthansa pilots to strike on Friday")
        if W.classes(verb) & W.VERB and (named or not W.classes(subject) & W.VERB) and \
                subject.lower() not in STOPWORDS and start + m.start() < offset:
            return FUTURE
    return None


def tense_at(text: str, offset: int) -> Optional[str]:
    """The tense governing the words at `offset` of `text`: past, future, present or None.

    The nearest cue word wins, and a cue in the same clause (no comma, dash or quote between)
    beats any cue across a clause break. Present progressive ("are gathering") counts as future:
    in news it announces what is scheduled. Only TENSE_WINDOW characters around are read, and
    the clause holding `offset` first: a cue there beats any other. Only when the clause has
    none is the rest of the sentence read (a sentence ends at a clause break or a line's end,
    so the clause needs no sentence bounds).
    """
    headline = headline_tense(text, offset)
    if headline is not None:
        return headline
    lo, hi = max(0, offset - TENSE_WINDOW), min(len(text), offset + TENSE_WINDOW)
    newline = text.rfind("\n", lo, offset)
    lo = newline + 1 if newline >= 0 else lo
    newline = text.find("\n", offset, hi)
    hi = newline if newline >= 0 else hi
    last = _LAST_BREAK.match(text, lo, offset)
    right = _BREAK.search(text, offset, hi)
    in_clause = _nearest_cue(text, last.end() if last else lo, right.start() if right else hi,
                             offset)
    if in_clause is not None:
        return in_clause
    across = _nearest_cue(text, *sentence_around(text, offset, TENSE_WINDOW), offset)
    return None if across == PRESENT else across   # "X is Thursday" counts in its clause only


def _nearest_cue(text: str, lo: int, hi: int, offset: int) -> Optional[str]:
    """The best-scoring cue among the tokens of text[lo:hi] (see tense_at)."""
    window = text[lo:hi]
    low = window.lower()
    if len(low) != len(window):   # (a few non-ASCII letters lower-case to two characters)
        low = "".join(c if len(c.lower()) > 1 else c.lower() for c in window)
    tokens = low.translate(_SPACER).split()
    best: tuple[float, Optional[str]] = (float("inf"), None)
    after_be = False
    cursor, done = 0, 0   # tokens[:done] end before low[cursor]
    for i, word in enumerate(tokens):
        maybe = after_be or word in _MAYBE_CUES or word.endswith(("ed", "ing"))
        after_be = word in ("be", "being")
        if not maybe:
            continue   # the quick test: most words are no cue
        for token in tokens[done:i]:   # (only non-word characters stand between tokens)
            cursor = low.find(token, cursor) + len(token)
        at = low.find(word, cursor)
        cursor, done = at + len(word), i + 1
        pos = lo + at
        cue = _cue(tokens, i, text[pos])
        if pos > offset and cue == FUTURE and _past_with_object(tokens, i):
            cue = PAST   # (a verb after the date, past, with its object: "a judge on Wednesday
            # scheduled the sentencing for Dec. 12": Wednesday's; Dec. 12 is still ahead)
        if pos > offset and cue == FUTURE and word in _DIRECTED_TO:   # (an order's infinitive
            cue = PAST if word.endswith("ed") or _STATIC_CUES.get(word) == PAST else None
            # is ahead of the order, not of a date before it: "At its Tuesday meeting, the
            # council voted to ban gas": Tuesday is the vote's, past)
        if cue is None or (pos > offset and cue in (PRESENT_FUTURE, PRESENT)) or \
                word in vocab.FIXTURE_PRESENT and not _team_before(text, pos):
            continue
        cue = FUTURE if cue == PRESENT_FUTURE else cue
        a, b = (pos, offset) if pos < offset else (offset, pos)
        score = b - a + 1000 * len(_BREAK.findall(text, a + 1, b))   # breaks between
        if cue == PAST and word not in _STATIC_CUES and b - a > NEXT_TO or \
                word in vocab.FIXTURE_PRESENT:
            score += WEAK_CUE   # an -ed guess counts less than "will" or "was" (unless it is
            # next to the date: "on Sunday announced", "announced on Sunday"), as a fixture's
            # present does ("Holiday travel on Wednesday was heavy": was)
        if pos > offset:
            if word in vocab.ATTRIBUTION_VERBS and "," in text[offset:pos] and \
                    not _FRONTED_DATE.fullmatch(text, lo, offset):
                continue   # (", the chipmaker said": the telling's tense, not the told's; but
                # a date that opens the sentence dates the telling: "Two days later, on Friday,
                # the government said depositors would be protected")
            score += AFTER_CUE  # the verb governing a date usually comes before it
            if _AND_BUT.search(text, offset, pos) or _SUBORDINATE.search(text, offset, pos) or \
                    _RELATIVE.search(text, offset, pos):
                score += 1000   # the verb of another clause, as across a break ("arrived late
                # Saturday and will begin"; "from July 3, after member states gave")
        if score < best[0]:
            best = (score, cue)
    return best[1]





_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")


_ASIDE_CLOSED = re.compile(r"([\w'’.-]+),\s+(?:who|which)\s[^,;:.!?()\n]{1,80},\s+$", re.I)


_FRONTED_DATE = re.compile(r"\s*(?:(?:[A-Z][a-z]+|[a-z]+)\s+){0,3}(?:later|earlier|after|"
                           r"before)?,?\s*(?:on|in|at)?\s*")   # (what may open a sentence
# before its date: "Two days later, on", "On", "Later that day, at")


def _team_before(text: str, at: int) -> bool:
    """Is the word before text[at] a name ("Rovers", "City") or "they" (a fixture's subject),
    past an aside on it ("Athletic, who have lost three in a row, play Millwall")?"""
    m = _ASIDE_CLOSED.search(text, max(0, at - 120), at) or \
        _WORD_BEFORE.search(text, max(0, at - 40), at)
    return bool(m) and (m.group(1)[:1].isupper() or m.group(1).lower() in vocab.FIXTURE_SUBJECTS)


_STATIC_CUES = {**{w: PRESENT for w in vocab.PRESENT_AUXILIARIES | vocab.SCHEDULING_PRESENT |
                    vocab.FIXTURE_PRESENT},
                **{w: PAST for w in vocab.PAST_CUES}, **{w: FUTURE for w in vocab.FUTURE_CUES}}
_MAYBE_CUES = frozenset(_STATIC_CUES) | frozenset(_TO_FUTURE) | _DIRECTED_TO | \
    {vocab.COULD} | frozenset(vocab.SCHEDULING_BEFORE)   # or -ed, -ing,
# after 'be'




def _cue(tokens: list, i: int, initial: str) -> Optional[str]:
    """The tense cue of the i-th of the lower-cased `tokens`, whose first letter in the text is
    `initial`, or None."""
    low = tokens[i]
    static = _STATIC_CUES.get(low)
    if static is not None and initial.isupper() and low in vocab.NAME_ALIKE_CUES:
        return None   # ("in May": the month, not "may")
    prev = tokens[i - 1] if i else ""
    if low == vocab.COULD:   # ("snow could fall on Saturday": what may come; "could not
        after = tokens[i + 1] if i + 1 < len(tokens) else ""   # attend", "could have": past)
        return None if after in vocab.COULD_PAST_AFTER or not after.isalpha() else FUTURE
    if low in vocab.SCHEDULING_BEFORE:
        return PRESENT if i + 1 < len(tokens) and tokens[i + 1] in vocab.SCHEDULING_BEFORE[low] \
            and prev not in ("to", "not", "n't") and prev not in _DETERMINERS else None
    if static is None and prev not in ("be", "being") and low not in _TO_FUTURE \
            and low not in _DIRECTED_TO and not low.endswith(("ed", "ing")):
        return None
    if (static == FUTURE or low in _TO_FUTURE) and (prev in _PAST_AUXILIARIES or (
            prev in ("been", "not") and i > 1 and tokens[i - 2] in _PAST_AUXILIARIES) or
            prev in SCHEDULED_ONCE and i > 1 and tokens[i - 2] in _BE_PAST):
        return PAST   # "it had been due to expire Friday", "they did not expect", "he was
        # originally due to be sentenced in March": a plan or a hope whose day is past
    if (prev in ("be", "being") or prev in _STATE_COPULAS) and static != FUTURE:
        # "will be held", "to be signed", "will remain closed": the auxiliary's tense counts,
        # not the participle's; and what "to" follows: "was originally due to be sentenced")
        if i > 2 and tokens[i - 2] == "to" and _cue(tokens, i - 3, "x") == PAST:
            return PAST
        return FUTURE if i > 1 and tokens[i - 2] in _MODALS else None
    if low in _DIRECTED_TO and prev not in _DETERMINERS and prev not in _PAST_AUXILIARIES and \
            prev not in _BE_PAST and _infinitive_after(tokens, i):
        return FUTURE   # ("ordered him to report to prison by July 15": after the order; not a
        # passive's, "were told to evacuate on Friday")
    if static == FUTURE and low in vocab.NOUN_ALIKE_CUES and any(
            w in _DETERMINERS or w.endswith(("'s", "’s")) for w in tokens[max(0, i - 3):i]):
        return None   # (a noun: "cut its forecast on Monday", "the company's forecasts",
        # "raised its full-year sales forecast")
    if static == FUTURE and low.endswith("ing") and prev == ",":
        return None   # (a participle's clause, in its sentence's tense: "set off on Monday,
        # planning to return the same evening")
    if static in (FUTURE, PAST):
        return None if low == "last" and (prev in vocab.BEFORE_VERB_LAST or (
            i + 1 < len(tokens) and tokens[i + 1] in vocab.AFTER_VERB_LAST)) else static
    if low in _TO_FUTURE and i + 1 < len(tokens) and tokens[i + 1] == "to" \
            and prev not in _DETERMINERS and not prev.endswith(("'s", "’s")):
        return FUTURE  # "set to resume Monday", "plans to", "is to meet"; not "its plan to"
    if low.endswith("ing") and prev in vocab.PRESENT_AUXILIARIES:
        return PRESENT_FUTURE
    if low.endswith("ing") and prev in _DONE_BEFORE:
        return PAST   # ("after beating Wigan in Sunday's quarter-final": done by then)
    if static == PRESENT:   # (not an infinitive: "were due to begin on Friday")
        return None if prev == "to" else PRESENT
    if (low.endswith("ed") and (not low.endswith("eed") or _verb_before_d(low)) and
            initial.islower() and len(low) > 4
            and low not in vocab.NOT_PAST_ED and (prev not in _DETERMINERS or _relative_that(
                tokens, i))):
        return PAST   # "announced"; not "succeed", nor "a still unspecified date"; but the verb
        # of a relative "that": "programs that expired on Sept. 30"
    return None


def _verb_before_d(word: str) -> bool:
    """Is a word in -eed a verb's past ("agreed", "freed"; not "succeed", "need")?"""
    from . import wordclass as W
    return bool(W.classes(word[:-1]) & W.VERB)


def _past_with_object(tokens: list, i: int) -> bool:
    """Is tokens[i] a future cue in -ed used as a past verb, its object after it ("scheduled
    the sentencing"; not "is scheduled", "was expected")?"""
    prev = tokens[i - 1] if i else ""
    return tokens[i].endswith("ed") and i + 1 < len(tokens) and tokens[i + 1] in _DETERMINERS \
        and prev not in ("be", "being", "been") and prev not in _BE_PAST and \
        prev not in vocab.PRESENT_AUXILIARIES


def _relative_that(tokens: list, i: int) -> bool:
    """Is tokens[i] the verb of a relative clause "that" opens, a date's preposition after it
    ("programs that expired on Sept. 30"; not "that expired permit")?"""
    return tokens[i - 1] == "that" and i + 1 < len(tokens) and tokens[i + 1] in _DATE_PREPOSITIONS


def _infinitive_after(tokens: list, i: int) -> bool:
    """Does an infinitive follow tokens[i] within its object's words ("ordered him to report",
    "voted to close"; not "agreed to a ceasefire", nor "agreed in June to buy": a phrase of its
    own between, the date the agreeing's)?"""
    for k in range(i + 1, min(i + 4, len(tokens) - 1)):
        if tokens[k] == "to":
            return tokens[k + 1] not in _DETERMINERS and not tokens[k + 1][:1].isdigit()
        if tokens[k] in _DATE_PREPOSITIONS:
            return False
    return False


# --- choosing among candidate years ---------------------------------------------------------------
def pick_year(span_of: Callable[[int], Optional[tuple[date, date]]], dct: date,
              direction, ahead: Optional[Callable[[], bool]] = None) -> Optional[int]:
    """The year whose occurrence of a yearly thing (a month, a day, a season) the text means.

    `span_of(year)` gives that occurrence's first and last day. Past: the latest one that has
    begun by the DCT; future: the earliest one not yet over; no tense: the nearest to the DCT.
    One within NEAR_DAYS of the DCT wins over the tense ("declared a dividend payable Dec. 7").
    `direction` may be a function, called only when the tense can matter; `ahead()`, whether
    a future modal governs the expression (then no occurrence over by the DCT is near).
    """
    candidates = []   # (year, (first, last), days from the DCT)
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if V.MIN_YEAR <= year <= V.MAX_YEAR - 1:
            span = span_of(year)
            if span:
                first, last = span
                candidates.append((year, span, 0 if first <= dct <= last else
                                   min(abs((first - dct).days), abs((last - dct).days))))
    if not candidates:
        return None
    nearest = min(candidates, key=lambda item: (item[2], -item[0] if item[0] <= dct.year
                                                 else item[0]))
    if nearest[2] <= NEAR_DAYS and not (ahead is not None and nearest[1][1] < dct and ahead()):
        return nearest[0]   # (not a month over by the DCT that a modal puts ahead: "will
        # deliver it in June", said in August: next June)
    if callable(direction):
        direction = direction()
    if direction == PAST:
        begun = [item for item in candidates if item[1][0] <= dct]
        return (max(begun) if begun else candidates[0])[0]
    if direction == FUTURE:
        ahead = [item for item in candidates if item[1][1] >= dct]
        return (min(ahead) if ahead else candidates[-1])[0]
    return nearest[0]


_SCHEDULED_BEFORE = re.compile(
    r"\b(?:" + alternation(SCHEDULED_TO) + r")\b(?:\s+[\w'’-]+){0,3}?\s+(?:for|to|until|till)"
    r"\s+(?:no\s+(?:earlier|later)\s+than\s+)?(?:on\s+|early\s+|late\s+|mid-?)?$", re.I)
_WARNED_FOR = re.compile(r"\b(?:" + alternation(WARNING_NOUNS) + r")\b(?:\s+[\w'’-]+){0,3}?\s+"
                         r"(?:for|from)\s+(?:on\s+)?$", re.I)   # ("a yellow warning for rain
# from [6pm on Friday]": the stretch a warning is for lies ahead)
_SCHEDULED_ONCE = re.compile(r"\b(?:" + alternation(SCHEDULED_ONCE) + r")\b", re.I)


def _scheduled(text: Optional[str], start: int) -> bool:
    """Is the date at `start` the one a happening is set for ("set sentencing for March 12",
    "has been pushed back to no earlier than Feb. 18"), whatever the tense of the setting; not
    a date it once was set for ("originally scheduled for March 12")?"""
    if not text:
        return False
    m = _SCHEDULED_BEFORE.search(text, max(0, start - 60), start)
    return bool(m) and not _SCHEDULED_ONCE.search(text, max(0, m.start() - 20), m.start()) or \
        _WARNED_FOR.search(text, max(0, start - 60), start) is not None


_COMPARED_BASE = re.compile(r"\b(?:" + alternation(COMPARISON_OPENERS) + r")\s[^,;:()—–\n]{0,50}$",
                            re.I)


def _compared_base(text: Optional[str], start: int) -> bool:
    """Is the date at `start` in what a figure is compared with ("up from its November
    forecast", "down from $4.20 in November", "compared with 3% in May")? That lies before."""
    return bool(text) and _COMPARED_BASE.search(text, max(0, start - 64), start) is not None


def _direction(ctx: Context, within: Optional[int] = None, day: bool = False) -> Optional[str]:
    """Past, future or None: the tense, else the way the story's last date (if `within` days of
    the DCT, when given) lies from the DCT. For a `day`, the present schedules it ("the vote is
    on Nov. 4"): the future; so does a scheduling verb before it, in any tense ("set sentencing
    for March 12")."""
    if _scheduled(ctx.text, ctx.position):
        return FUTURE
    if _compared_base(ctx.text, ctx.position):
        return PAST
    if ctx.tense != PAST and _deadline_ahead(ctx.text, ctx.position):
        return FUTURE   # ("The discount runs through March", said in June: next March)
    if ctx.tense in (PAST, FUTURE):
        return ctx.tense
    if day and ctx.tense == PRESENT:
        return FUTURE
    if ctx.tense is None and ctx.narrative is not None and ctx.narrative != ctx.dct \
            and (within is None or abs((ctx.narrative - ctx.dct).days) <= within):
        # no tense cue: the story's own last date says which way it is looking
        return PAST if ctx.narrative < ctx.dct else FUTURE
    return None


# --- helpers ---------------------------------------------------------------------------------------
def _month_number(name: str) -> int:
    return vocab.MONTHS[name.rstrip(".")]


def _day_number(tx: Timex) -> int:
    """The day of the month: "26" -> 26, "eighth" -> 8."""
    return int(tx.field("day")) if tx.field("day") else vocab.ORDINALS[tx.field("day_word")]


def _weekday_number(name: str) -> int:
    return vocab.WEEKDAYS[name.rstrip(".")]


def _squash(text: str) -> str:
    """Lower-cased, each run of white space one space: "Christmas  Eve" -> "christmas eve"."""
    return " ".join(text.lower().split())


def _relation(word: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A relation word typed (vocab.RELATIONS): (THIS, LAST or NEXT; PAST, FUTURE or None);
    (None, None) for no word. A word the table lacks is an error, never a guess."""
    return vocab.RELATIONS[_squash(word)] if word else (None, None)


def _year_step(word: str) -> int:
    """Years from the DCT's of "this/last/next year"."""
    return vocab.YEAR_STEPS[_relation(word)[0]]


def _step(word: str) -> int:
    """-1 or 1: the way a direction word counts ("before" -> -1, "after" -> 1)."""
    return vocab.DIRECTIONS[_squash(word)]


_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_NUMBER_PARTS = re.compile(r"[\s-]+")


_AND_A_HALF = re.compile(r"[ -]and[ -]a[ -]half")   # ("two-and-a-half": hyphens too)


_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


@lru_cache(maxsize=1024)   # (counts repeat: "two", "30")
def _int_or_word(text: str) -> Optional[float]:
    """'30' -> 30, 'three' -> 3, 'twenty-five' -> 25, 'two and a half' -> 2.5, 'three hundred'
    -> 300, 'two thousand' -> 2000; None if unknown."""
    text = _squash(text)
    if _THOUSANDS.fullmatch(text):   # ("5,000")
        text = text.replace(",", "")
    if _DECIMAL.fullmatch(text):
        return float(text)
    if text in vocab.NUMBER_WORDS:
        return float(vocab.NUMBER_WORDS[text])
    total = group = 0.0   # (group: the count before "hundred" or "thousand")
    for part in _NUMBER_PARTS.split(_AND_A_HALF.sub(" +half", text)):
        if part == "+half":
            group += 0.5
        elif part == "hundred":
            group = (group or 1) * 100
        elif part == "thousand":
            total, group = total + (group or 1) * 1000, 0.0
        elif part in vocab.NUMBER_WORDS:
            group += vocab.NUMBER_WORDS[part]
        elif part in ("and", "of"):
            continue
        else:
            return None
    return total + group or None


def _amount(tx: Timex) -> Optional[float]:
    """The count of an "ago" or duration expression: "two" -> 2, "a year and a half" -> 1.5."""
    frac = tx.field("frac")   # "2 1/2 years" (the number's group holds its fraction)
    amount = _int_or_word(tx.field("number")[:-len(frac)] if frac else tx.field("number"))
    return amount + 0.5 if amount is not None and (frac or tx.field("half")) else amount


def _year_from_short(two_digits: int, dct: date) -> int:
    century = dct.year // 100 * 100
    year = century + two_digits
    return year - 100 if year > dct.year + 10 else year


def _ordinal_number(text: str) -> Optional[int]:
    text = text.lower()
    if text in vocab.ORDINALS:
        return vocab.ORDINALS[text]
    m = re.match(r"([0-9]+)", text)
    return int(m.group(1)) if m else None


_MODS = {**vocab.POSITION_MODS,
         "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
         "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
         "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
         "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
         "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "or so": "APPROX",
         "or two": "APPROX", "or three": "APPROX", "no more than": "EQUAL_OR_LESS",
         "not more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
         "not less than": "EQUAL_OR_MORE", "shortly after": "AFTER", "just after": "AFTER",
         "shortly before": "BEFORE", "just before": "BEFORE"}   # ("just before 5 p.m.")


def _mod(tx: Timex) -> Optional[str]:
    word = tx.field("mod") or tx.field("approx") or tx.field("or_so")
    return _MODS.get(_squash(word).rstrip("-")) if word else None


def _relative(ctx: Context, confidence: float) -> tuple[str, float]:
    """Anchor name and confidence for a value counted from the DCT."""
    if ctx.dct_anchor == ANCHOR_INFERRED:
        return ANCHOR_INFERRED, round(confidence * 0.6, 2)
    return ANCHOR_DCT, confidence


def _day_res(d: Optional[date], anchor: str, confidence: float, mod=None) -> Optional[Resolution]:
    if d is None:
        return None
    return Resolution(V.day_value(d), "day", anchor, confidence, mod)


def _shift(unit: str, base: date, amount: int) -> tuple[str, str]:
    """(value, granularity) of the calendar `unit` that is `amount` units from `base`'s."""
    if unit in ("day", "night", "morning", "afternoon", "evening"):
        d = V.add_days(base, amount)
        part = vocab.PARTS_OF_DAY.get(unit)
        return (V.day_value(d) + (f"T{part}" if part else ""), "day")
    if unit in ("week", "fortnight"):
        return V.week_value(V.add_days(base, 7 * amount)), "week"
    if unit == "weekend":
        return V.week_value(V.add_days(base, 7 * amount)) + "-WE", "weekend"
    if unit == "month":
        y, m = V.add_months(base.year, base.month, amount)
        return V.month_value(y, m), "month"
    if unit == "quarter":
        y, m = V.add_months(base.year, base.month, 3 * amount)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}", "quarter"
    if unit == "decade":
        return f"{V.clamp_year(base.year + 10 * amount) // 10:03d}", "decade"
    if unit == "century":
        return f"{V.clamp_year(base.year + 100 * amount) // 100:02d}", "century"
    if unit == "year":
        year = base.year + amount
        if year < 1:   # ("5,000 years ago": 2975 BC; year 0 is 1 BC)
            return f"BC{1 - year:04d}", "year"
        return V.year_value(V.clamp_year(year)), "year"
    raise ValueError(f"no calendar unit {unit!r}")   # (the rule resolves nothing: never a
    # silent year)


# --- resolvers, one per rule ----------------------------------------------------------------------
def r_iso_datetime(tx, ctx):
    d = V.safe_date(int(tx.field("year")), int(tx.field("month")), int(tx.field("day")))
    if d is None:
        return None
    return Resolution(f"{V.day_value(d)}T{tx.field('hour')}:{tx.field('minute')}", "time",
                      ANCHOR_EXPLICIT, 0.95)


def r_iso_date(tx, ctx):
    d = V.safe_date(int(tx.field("year")), int(tx.field("month")), int(tx.field("day")))
    return _day_res(d, ANCHOR_EXPLICIT, 0.95)


def r_numeric_date(tx, ctx):
    a, b, y = int(tx.field("a")), int(tx.field("b")), tx.field("y")
    year = int(y) if len(y) == 4 else _year_from_short(int(y), ctx.dct)
    month, day = (b, a) if a > 12 else (a, b)
    return _day_res(V.safe_date(year, month, day), ANCHOR_EXPLICIT, 0.9 if a > 12 or b > 12 else 0.8)


def r_full_date(tx, ctx):
    year = tx.field("year")
    year = int(year) if year else _year_from_short(int(tx.field("short_year")), ctx.dct)
    d = V.safe_date(year, _month_number(tx.field("month")), _day_number(tx))
    return _day_res(d, ANCHOR_EXPLICIT, 0.95)


def _one_day(day_in: Callable[[int], Optional[date]]) -> Callable[[int], Optional[tuple]]:
    """For pick_year: the span of the day `day_in(year)` gives (None if that year has none)."""
    def span(year):
        d = day_in(year)
        return (d, d) if d else None
    return span


def _day_of_year(month: int, day: int) -> Callable[[int], Optional[tuple[date, date]]]:
    """For pick_year: the span of that month and day in a given year (None if it has none)."""
    return _one_day(lambda year: V.safe_date(year, month, day))


def r_week_of(tx, ctx):
    """"the week of March 10": the (ISO) week holding that day; "the weekend of January 18":
    the weekend nearest it."""
    day = r_full_date(tx, ctx) if tx.field("year") else r_yearless_date(tx, ctx)
    if day is None:
        return None
    d = date.fromisoformat(day.value[:10])
    if tx.field("unit").lower() == "weekend":
        return Resolution(V.weekend_around(d), "weekend", day.anchor, day.confidence)
    return Resolution(V.week_value(d), "week", day.anchor, day.confidence)


def r_yearless_date(tx, ctx):
    month, day = _month_number(tx.field("month")), _day_number(tx)
    if V.safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb. 29 is allowed
        return None
    end = ctx.range_end   # "from May 18 to July 4, 1863"; "Dec. 20 to Jan. 5, 1999": 1998
    if end is not None:
        year = end.year if (month, day) <= (end.month, end.day) else end.year - 1
        return _day_res(V.safe_date(year, month, day), ANCHOR_EXPLICIT, 0.9)
    if ctx.joined_to is not None:   # a range's end: on or after its start ("from June 1 to
        start = ctx.joined_to[0]     # Nov. 30", "Dec. 20 to Jan. 5")
        year = start.year if (month, day) >= (start.month, start.day) else start.year + 1
        return _day_res(V.safe_date(year, month, day), ANCHOR_NARRATIVE, 0.85)
    if _bc_story(ctx):   # "In 44 BC ... On March 15, Caesar was killed"
        return _day_or_month(ctx.bc_year, month, day, ANCHOR_NARRATIVE, 0.6)
    if ctx.narrative_granularity == "month" and ctx.narrative.year != ctx.dct.year and \
            ctx.text and ctx.narrative_end >= 0 and \
            not _SENTENCE_END.search(ctx.text, ctx.narrative_end, tx.start):
        return _day_res(V.safe_date(ctx.narrative.year, month, day), ANCHOR_NARRATIVE, 0.75)
        # (the year of a month its sentence named: "took office in April 2024, after winning
        # the election of March 10": 2024's March, not the one before publication)
    story = _story_elsewhen(ctx)
    if story is not None:   # "The war ended in 1945. Germany surrendered on May 8."
        year = _story_year(_day_of_year(month, day), story, ctx)
        return _day_res(V.safe_date(year, month, day), ANCHOR_NARRATIVE, 0.7) if year else None
    weekday = tx.field("weekday")
    candidates = [y for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
                  if V.safe_date(y, month, day)
                  and V.safe_date(y, month, day).isoweekday() == _weekday_number(weekday)
                  ] if weekday else []
    year = candidates[0] if len(candidates) == 1 else pick_year(
        _day_of_year(month, day), ctx.dct, lambda: FUTURE if _deadline_ahead(ctx.text, tx.start)
        else _direction(ctx, day=True))   # ("a bill that keeps the government open until Jan.
    if year is None:                      # 30": the coming Jan. 30)
        return None
    # within NEAR_DAYS the tense was not read: the nearest year is as sure as a tensed one
    near = len(candidates) == 1 or abs((V.safe_date(year, month, day) - ctx.dct).days) <= NEAR_DAYS
    anchor, conf = _relative(ctx, 0.85 if near or ctx.tense else 0.8)
    return _day_res(V.safe_date(year, month, day), anchor, conf)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<![A-Z]\.\s)|\n")   # (not an initial's dot)
FAR_YEARS = 2   # a story this many years or more from the DCT is told in another time


def _story_year(span_of, story: date, ctx: Context) -> Optional[int]:
    """The year of a yearly thing (as pick_year's `span_of`) in a story told in another time:
    the story's own year when its last date is a year ("in 1984 ... That October"), else the
    next occurrence from its last date, as a story moves forward ("December 1863 ... On
    January 5": 1864; "May 8, 1945 ... that Christmas": 1945), unless that is more than
    STORY_AHEAD days on: then the nearest ("March 10, 1863 ... On February 2": 1863)."""
    if ctx.narrative_granularity == "year":
        return story.year
    for year in (story.year, story.year + 1):
        span = span_of(year)
        if span and span[1] >= story:
            if (span[0] - story).days <= STORY_AHEAD:
                return year
            break
    return pick_year(span_of, story, None)


STORY_AHEAD = 270   # days a story's next year-less date may lie ahead of its last one


def _bc_story(ctx: Context) -> bool:
    """Whether the story's last year lies before the era (and no date near the DCT came
    first): its year-less days and months are of that year ("BC0044-03-15": undated)."""
    return ctx.bc_year is not None and not ctx.dct_in_view and ctx.tense != FUTURE


def _story_elsewhen(ctx: Context) -> Optional[date]:
    """The story's last date when the whole text so far is told in another time (no date
    within a year of the DCT yet, the last one FAR_YEARS or more from it, and the clause not
    in the future): a year-less date there ("The war ended in 1945. Germany surrendered on
    May 8") is of the story's year, not the DCT's. None otherwise: news that recalls 1987
    comes back to its own days ("in 1987 ... through Sept. 29")."""
    if ctx.dct_in_view or ctx.narrative is None or \
            abs(ctx.narrative.year - ctx.dct.year) < FAR_YEARS or \
            ctx.narrative_granularity not in _STORY_GRANULARITIES or ctx.tense == FUTURE:
        return None
    return ctx.narrative


def r_month_year(tx, ctx):
    return Resolution(V.month_value(_year_field(tx, ctx.dct), _month_number(tx.field("month"))),
                      "month", ANCHOR_EXPLICIT, 0.95, _mod(tx))


def r_month_rel_year(tx, ctx):
    """"July last year", "March 2 next year"; "April 12 that year": the story's year."""
    if tx.field("year_rel").lower() == "that":
        base, anchor, conf = _narrative(ctx)
        year = base.year
    else:
        year = ctx.dct.year + _year_step(tx.field("year_rel"))
        anchor, conf = _relative(ctx, 0.9)
    if tx.field("day") or tx.field("day_word"):
        d = V.safe_date(V.clamp_year(year), _month_number(tx.field("month")), _day_number(tx))
        return _day_res(d, anchor, conf) if d else None
    return Resolution(V.month_value(V.clamp_year(year), _month_number(tx.field("month"))),
                      "month", anchor, conf, _mod(tx))


def spelled_year(text: str) -> int:
    """'nineteen ninety-six' -> 1996, 'two thousand and two' -> 2002."""
    words = re.sub(r"[\s-]+", " ", text.lower()).split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (int(_int_or_word(" ".join(rest)) or 0) if rest else 0)
    rest = words[1:]
    tail = 0 if rest == ["hundred"] else int(_int_or_word(" ".join(rest)) or 0)
    return {"nineteen": 19, "twenty": 20}[words[0]] * 100 + tail


def _year_field(tx, dct: date) -> int:
    """The year a rule's YEAR, SHORT_YEAR ("'87") or SPELLED_YEAR field names."""
    if tx.field("year"):
        return int(tx.field("year"))
    if tx.field("short_year"):
        return _year_from_short(int(tx.field("short_year")), dct)
    return spelled_year(tx.field("spelled"))


def r_spelled_year(tx, ctx):
    return Resolution(V.year_value(spelled_year(tx.field("spelled"))), "year", ANCHOR_EXPLICIT, 0.9)


def r_year_period(tx, ctx):
    """"the 1988 third quarter", "the 1988 period" (a quarter when the narrative is quarterly),
    "the 1988 quarter" (the quarter last reported, in 1988)."""
    year = int(tx.field("year"))
    unit = tx.field("unit").lower()
    if tx.field("ordinal"):
        n = _ordinal_number(tx.field("ordinal"))
        if unit == "half":
            return Resolution(f"{year:04d}-H{min(n, 2)}", "half", ANCHOR_EXPLICIT, 0.9)
        return Resolution(f"{year:04d}-Q{n}", "quarter", ANCHOR_EXPLICIT, 0.9)
    quarter = _compared_quarter(ctx) if unit != "half" else None
    if quarter:
        return Resolution(f"{year:04d}{quarter[4:]}", "quarter", ANCHOR_NARRATIVE, 0.7,
                          advances=int(quarter[:4]) < year)
    if unit == "quarter":   # "the 1988 quarter": the quarter being reported, of that year
        anchor, conf = _relative(ctx, 0.6)
        return Resolution(f"{year:04d}{_last_completed_quarter(ctx.dct)[4:]}", "quarter",
                          anchor, conf, advances=False)
    return Resolution(V.year_value(year), "year", ANCHOR_EXPLICIT, 0.8)


def r_bare_month(tx, ctx):
    month = _month_number(tx.field("month"))
    if _bc_story(ctx):   # "In 44 BC ... in March"
        return _day_or_month(ctx.bc_year, month, None, ANCHOR_NARRATIVE, 0.6, _mod(tx))
    end = ctx.range_end   # ("from June to August 2025": 2025; "November to February 2025":
    if end is not None:   # 2024)
        year = end.year if month <= end.month else end.year - 1
        return Resolution(V.month_value(year, month), "month", ANCHOR_EXPLICIT, 0.9, _mod(tx))
    story = _story_elsewhen(ctx)   # "The war ended in 1945. In May, Germany surrendered."
    span = lambda y: V.value_span(V.month_value(y, month))[:2]   # noqa: E731
    year = _story_year(span, story, ctx) if story else pick_year(
        span, ctx.dct, lambda: _direction(ctx), lambda: _modal_before(ctx.text, ctx.position))
    anchor, conf = (ANCHOR_NARRATIVE, 0.7) if story else _relative(ctx, 0.8)
    return Resolution(V.month_value(year, month), "month", anchor, conf, _mod(tx))


_FUTURE_MODAL = re.compile(r"\b(?:will|shall|won['’]t)\s+(?:not\s+)?(?:be\s+)?[a-z]+\b[^,;:.!?]*$",
                           re.I)


def _modal_before(text: Optional[str], at: int) -> bool:
    """Does a future modal before text[at] govern it, in its clause ("will deliver it in
    June")?"""
    return bool(text) and _FUTURE_MODAL.search(text, max(0, at - 80), at) is not None


def r_relative_month(tx, ctx):
    month = _month_number(tx.field("month"))
    which, way = _relation(tx.field("rel"))
    this_month = (ctx.dct.year, ctx.dct.month)
    if way == PAST:
        year = ctx.dct.year if (ctx.dct.year, month) < this_month else ctx.dct.year - 1
        if which == LAST and (month % 12) + 1 == ctx.dct.month:   # "last February" said in
            year -= 1   # March is a year back: the month just ended is "last month"
    elif way == FUTURE:
        year = ctx.dct.year if (ctx.dct.year, month) > this_month else ctx.dct.year + 1
    else:
        year = ctx.dct.year
    anchor, conf = _relative(ctx, 0.85)
    return Resolution(V.month_value(V.clamp_year(year), month), "month", anchor, conf, _mod(tx))


def r_story_month(tx, ctx):
    """"the following January" (the first after the story's date), "the previous March" (the
    last before it). ("That October" is a bare month: "said that October sales fell".)"""
    month = _month_number(tx.field("month"))
    base, anchor, conf = _narrative(ctx)
    step = vocab.ANAPHORIC_REL[tx.field("seq").split()[-1].lower()]
    if step > 0:   # (after the whole of the story's date: "In 1968 ... the following March")
        base = _narrative_last(ctx)
    year = base.year + (1 if (month <= base.month) else 0) if step > 0 else \
        base.year - (1 if month >= base.month else 0)
    return Resolution(V.month_value(V.clamp_year(year), month), "month", anchor, conf, _mod(tx))


def r_decade(tx, ctx):
    if tx.field("decade"):
        year = int(tx.field("decade"))
        if year % 100 == 0 and year < 2000:   # "the 1800s": the century (but "the 2000s")
            return Resolution(f"{year // 100:02d}", "century", ANCHOR_EXPLICIT, 0.8, _mod(tx))
        decade = year // 10
        anchor, conf = ANCHOR_EXPLICIT, 0.95
    else:
        if tx.field("short_decade"):
            two = int(tx.field("short_decade"))
        else:
            words = [w for w in ("twenties", "thirties", "forties", "fifties", "sixties",
                                 "seventies", "eighties", "nineties")]
            two = 20 + 10 * words.index(tx.field("decade_word").lower())
        if tx.field("century_word"):   # "the nineteen-nineties": spelled out whole
            hundreds = 1900 if tx.field("century_word").lower() == "nineteen" else 1800
            return Resolution(f"{(hundreds + two) // 10:03d}", "decade", ANCHOR_EXPLICIT, 0.9,
                              _mod(tx))
        decade = _year_from_short(two, ctx.dct) // 10
        anchor, conf = _relative(ctx, 0.85)
    return Resolution(f"{decade:03d}", "decade", anchor, conf, _mod(tx))


def r_century(tx, ctx):
    n = _ordinal_number(tx.field("ordinal"))
    if not n or n < 1 or n > 99:
        return None
    if vocab.ERAS.get(tx.field("era") or "", 1) < 0:   # "the 8th century BC" (undated)
        return Resolution(f"BC{n - 1:02d}", "century", ANCHOR_EXPLICIT, 0.9, _mod(tx))
    return Resolution(f"{n - 1:02d}", "century", ANCHOR_EXPLICIT, 0.9, _mod(tx))


def _year_of(tx, ctx, unit_span=None) -> tuple[Optional[int], str, float]:
    """Year for a quarter/half: explicit, 'of this/last/next year', or by tense from the DCT."""
    if tx.field("year"):
        return int(tx.field("year")), ANCHOR_EXPLICIT, 0.95
    if tx.field("year_rel"):
        anchor, conf = _relative(ctx, 0.9)
        return ctx.dct.year + _year_step(tx.field("year_rel")), anchor, conf
    anchor, conf = _relative(ctx, 0.8)
    return pick_year(unit_span, ctx.dct, lambda: _direction(ctx)), anchor, conf


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _last_completed_quarter(d: date) -> str:
    y, m = V.add_months(d.year, d.month, -3)
    return f"{y:04d}-Q{_quarter_of(date(y, m, 1))}"


def r_quarter(tx, ctx):
    q = _ordinal_number(tx.field("ordinal") or "") or int(tx.field("q") or tx.field("q2") or 0)
    if not 1 <= q <= 4:
        return None
    rel = (tx.field("rel") or "").lower()
    if rel in ("year-ago", "year-earlier"):
        base = ctx.narrative or ctx.dct
        year = base.year - 1
        anchor, conf = _relative(ctx, 0.7)
    elif tx.field("year_rel2"):   # "last year's third quarter"
        year = ctx.dct.year + _year_step(tx.field("year_rel2"))
        anchor, conf = _relative(ctx, 0.9)
    elif tx.field("year") or tx.field("year_rel"):
        year, anchor, conf = _year_of(tx, ctx, None)
    elif tx.field("short_year") or tx.field("short_year2"):   # "Q4'24", "1Q25"
        short = int(tx.field("short_year") or tx.field("short_year2"))
        year, anchor, conf = _year_from_short(short, ctx.dct), ANCHOR_EXPLICIT, 0.9
    else:
        return _quarter_in_view(q, ctx)
    return Resolution(f"{V.clamp_year(year):04d}-Q{q}", "quarter", anchor, conf)


def _quarter_in_view(q: int, ctx: Context) -> Resolution:
    """Quarter q of the DCT's year, unless the text looks back at one not yet begun, or reports
    on the one that has just ended ("will report fourth-quarter results on Jan. 29")."""
    year = ctx.dct.year - (date(ctx.dct.year, 3 * q - 2, 1) > ctx.dct and (
        ctx.tense == PAST or q == 4 and ctx.dct.month <= 3 and ctx.text is not None and
        _QUARTER_REPORT.match(ctx.text, ctx.position) is not None))
    anchor, conf = _relative(ctx, 0.8)
    return Resolution(f"{V.clamp_year(year):04d}-Q{q}", "quarter", anchor, conf)


_QUARTER_REPORT = re.compile(rf"\S*\s+(?:{alternation(vocab.QUARTER_REPORTS)})\b", re.I)


def r_month_range_quarter(tx, ctx):
    """"the April-June quarter", "the June quarter": Q2 of the year given, else of the DCT's
    year (the last one if the text looks back at a quarter not yet begun, as for "the second
    quarter"). A quarter of other months ("the November quarter") is a fiscal one: no value.
    "the January-June period this year" is a half."""
    if tx.field("end_month"):   # "the March quarter"
        last = _month_number(tx.field("end_month"))
        first = last - 2
    else:
        first, last = _month_number(tx.field("first")), _month_number(tx.field("last"))
    if (first, last) in ((1, 6), (7, 12)):   # "the January-June period this year": a half
        half = "H1" if first == 1 else "H2"
        span = _one_day(lambda y: V.safe_date(y, first, 1))
        year, anchor, conf = _year_of(tx, ctx, span)
        return Resolution(f"{V.clamp_year(year):04d}-{half}", "half", anchor, conf)
    if first % 3 != 1 or last != first + 2:
        return None   # not a calendar quarter ("the March-May period")
    q = _quarter_of(date(2000, first, 1))
    if tx.field("year") or tx.field("year_rel"):
        year, anchor, conf = _year_of(tx, ctx, None)
        return Resolution(f"{V.clamp_year(year):04d}-Q{q}", "quarter", anchor, conf)
    return _quarter_in_view(q, ctx)


def _period_ended(text: str, prev: Optional[Timex], tx: Timex, value: str) -> Optional[str]:
    """"the three months ended July 31": the months of a report that the day `value` (of `tx`)
    closes, when `prev` is that count of months: "2015-05/2015-07"; a calendar quarter or half
    as such ("the six months ended June 30": "2015-H1")."""
    if prev is None or prev.type != "DURATION" or len(value) < 7:
        return None
    if not _ENDED.fullmatch(text, prev.end, tx.start) and not (   # ("the three months to June
            prev.text.lower().startswith(THE + " ") and   # 30": not "extended by three
            _PERIOD_TO.fullmatch(text, prev.end, tx.start)):   # months to June 30")
        return None
    months = re.fullmatch(r"P(\d+)M", prev.value or "")
    count = int(months.group(1)) if months else 0
    if not 2 <= count <= 12:
        return None
    year, month = int(value[:4]), int(value[5:7])
    if count == 3 and month % 3 == 0:
        return f"{year:04d}-Q{month // 3}"
    if count == 6 and month % 6 == 0:
        return f"{year:04d}-H{month // 6}"
    return f"{V.month_value(*V.add_months(year, month, 1 - count))}/{V.month_value(year, month)}"


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?", re.I)
_PERIOD_TO = re.compile(r"\s+(?:to|through)\s+", re.I)


def _years_back(value: str, years: int = 1) -> str:
    """A period `years` earlier: "2015-Q2" -> "2014-Q2", "2015-05/2015-07" -> "2014-05/2014-07"."""
    return "/".join(f"{V.clamp_year(int(part[:4]) - years):04d}{part[4:]}"
                    for part in value.split("/"))


def _period_resolution(value: str, anchor: str, conf: float) -> "Resolution":
    span = V.value_span(value)
    return Resolution(value, span[2] if span else "quarter", anchor, conf, advances=False)


def r_year_ago_period(tx, ctx):
    """"the year-ago quarter": the story's quarter (the months it reports, _compared_quarter,
    or the last completed one) a year back."""
    unit = (tx.field("unit") or tx.field("unit_ago") or tx.field("unit_last") or "").lower()
    base = ctx.period or _compared_quarter(ctx) or _last_completed_quarter(ctx.dct)
    anchor, conf = _relative(ctx, 0.7)
    if unit in ("quarter", "period") or (not unit and ctx.narrative_granularity == "quarter"):
        return _period_resolution(_years_back(base), anchor, conf)
    return Resolution(V.year_value(V.clamp_year(ctx.dct.year - 1)), "year", anchor, conf,
                      advances=False)


def r_same_period(tx, ctx):
    """"the same period of last year": the story's quarter (a reported one, _compared_quarter)
    or month in that year; its year when the story names no such period."""
    unit, named = tx.field("unit").lower(), tx.field("year")
    anchor, conf = (ANCHOR_EXPLICIT, 0.8) if named else _relative(ctx, 0.7)
    quarter = (ctx.period or _compared_quarter(ctx) or ctx.reported_quarter) if unit in (
        "quarter", "period") else None   # ("the quarter ended Sept. 30 ... the corresponding
    month = ctx.narrative_value if unit == "month" and \
        ctx.narrative_granularity in ("month", "day") else None   # period last year")
    story = quarter or month   # (a year before the story's period, or the DCT's year)
    year = int(named) if named else V.clamp_year((int(story[:4]) if story else ctx.dct.year) - 1)
    if quarter:
        return _period_resolution(_years_back(quarter, int(quarter[:4]) - year), anchor, conf)
    if month:
        return Resolution(V.month_value(year, int(month[5:7])), "month", anchor, conf,
                          advances=False)
    return Resolution(V.year_value(year), "year", anchor, conf, advances=False)


def _compared_quarter(ctx: Context) -> Optional[str]:
    """The quarter a comparison ("the year-ago period", "a year earlier", "the 1988 period")
    counts from, when the story is about quarters: the quarter it reports (the first it names),
    not one it mentions in passing ("after a flat second quarter")."""
    if ctx.narrative_granularity != "quarter":
        return None
    return ctx.reported_quarter or ctx.narrative_value


def _reported(span: tuple, text: str, dct: date) -> bool:
    """Whether a quarter can be the one a story reports: it began in the year before the DCT
    and is numbered by the calendar (a "fiscal first quarter" may be any three months)."""
    return (span[2] == "quarter" and 0 <= (dct - span[0]).days < 366   # (no date arithmetic
            and "fiscal" not in text.lower())                            # below year 1)


def _narrative_in_view(ctx: Context, unit: str) -> Optional[date]:
    """The story's date when "the year" or "the month" means its year or month, not the DCT's:
    a past-tense story that has moved to another one ("In June 1944 the Allies landed. By the
    end of the year, Paris was free")."""
    if ctx.narrative is None or ctx.tense != PAST or ctx.narrative > ctx.dct or \
            ctx.narrative_granularity not in _IN_VIEW_GRANULARITIES.get(unit, ()):
        return None   # (not one ahead of the DCT: "will follow in early 2027. Sales fell in the
    years = _YEARS_IN.get(unit)   # first half of the year": the DCT's)
    same = ctx.narrative.year // years == ctx.dct.year // years if years else \
        ctx.narrative.year == ctx.dct.year and ctx.narrative.month == ctx.dct.month
    return None if same else ctx.narrative


_YEARS_IN = {"year": 1, "decade": 10, "century": 100}
_IN_VIEW_GRANULARITIES = {"year": {"day", "time", "week", "month", "quarter", "season", "year"},
                          "month": {"day", "time", "week", "month"}}
_IN_VIEW_GRANULARITIES["decade"] = _IN_VIEW_GRANULARITIES["year"] | {"decade"}
_IN_VIEW_GRANULARITIES["century"] = _IN_VIEW_GRANULARITIES["decade"] | {"century"}


def r_end_of_unit(tx, ctx):
    """"the end of the year", "the beginning of next month": the DCT's unit (or the story's,
    see _narrative_in_view), shifted, with mod."""
    det, unit = tx.field("det").lower(), tx.field("unit").lower()
    offset = {"the": 0, "this": 0, "last": -1, "next": 1}[det]
    story = _narrative_in_view(ctx, unit) if det == "the" else None
    value, granularity = _shift(unit, story or ctx.dct, offset)
    anchor, conf = (ANCHOR_NARRATIVE, 0.7) if story else _relative(ctx, 0.8)
    half = re.match(r"the\s+(first|second)\s+half", tx.field("mod").lower())
    if half and granularity == "year":   # "the first half of next year": 2026-H1
        return Resolution(f"{value}-H{1 if half.group(1) == 'first' else 2}", "half", anchor, conf)
    return Resolution(value, granularity, anchor, conf, _mod(tx))


def _year_in_view(ctx: Context) -> int:
    """The year a story means by "the year" or "year-end": the DCT's, or the one just ended
    when a past-tense story is dated in its first two months (results season)."""
    year = ctx.dct.year
    return year - 1 if ctx.dct.month <= 2 and ctx.tense == PAST else year


def r_year_end(tx, ctx):
    """"year-end", "the year's end": the year in view, with mod END."""
    anchor, conf = _relative(ctx, 0.7)
    return Resolution(f"{_year_in_view(ctx):04d}", "year", anchor, conf, "END")


def r_whole_year(tx, ctx):
    """"the full year", "the fiscal year", "the current year", "the year": the year in view."""
    anchor, conf = _relative(ctx, 0.7)
    return Resolution(f"{_year_in_view(ctx):04d}", "year", anchor, conf, advances=False)   # (the
    # year in view: the story does not move to it, "a full-year spending package")


def r_year_ended(tx, ctx):
    """"the year ended Sept. 30": a twelve-month reporting period, a duration."""
    return Resolution("P1Y", "duration", ANCHOR_NONE, 0.8)


def r_definite_unit(tx, ctx):
    """"the quarter", "the week", "the weekend": the narrative's, else the DCT's (for a
    quarter: the last completed one, as financial news reports it). "The latest period" is a
    quarter; any other "period" is not a date."""
    unit = tx.field("unit").lower()
    det = tx.field("det").lower()
    if unit == "period":
        if det != "the latest":
            return None
        unit = "quarter"
    if unit == "quarter":
        anchor, conf = _relative(ctx, 0.6)
        if tx.field("end_month"):   # "the quarter ended June 30": the three months to that day
            month, day = _month_number(tx.field("end_month")), int(tx.field("end_day"))
            year = pick_year(_day_of_year(month, day), ctx.dct, lambda: _direction(ctx) or PAST)
            end = V.safe_date(year, month, day) if year else None
            if end:
                return Resolution(_shift("quarter", V.add_days(end, -45), 0)[0], "quarter",
                                  anchor, conf)
        if det == "the current":
            return Resolution(_shift("quarter", ctx.dct, 0)[0], "quarter", anchor, conf)
        if ctx.narrative_granularity == "quarter" and ctx.narrative_value and det != "the latest":
            return Resolution(ctx.narrative_value, "quarter", ANCHOR_NARRATIVE, 0.7)
        return Resolution(_last_completed_quarter(ctx.dct), "quarter", anchor, conf)
    if unit == "week" and tx.field("end_month"):   # "the week ended Jan. 5": the week to that day
        month, day = _month_number(tx.field("end_month")), int(tx.field("end_day"))
        year = pick_year(_day_of_year(month, day), ctx.dct, lambda: _direction(ctx) or PAST)
        end = V.safe_date(year, month, day) if year else None
        if end:
            anchor, conf = _relative(ctx, 0.7)
            return Resolution(V.week_value(end), "week", anchor, conf)
    if det == "that" and _coarser_story(ctx, unit):
        return None   # "In March 2020 ... that week": which one is not known
    base = ctx.narrative if ctx.narrative_granularity in ("day", "time", "week", "weekend") else None
    anchor, conf = (ANCHOR_NARRATIVE, 0.7) if base else _relative(ctx, 0.6)
    base = base or ctx.dct
    if unit == "weekend" and base.isoweekday() < 6 and ctx.tense == PAST and (
            anchor != ANCHOR_NARRATIVE or base.isoweekday() <= 3):
        # "over the weekend" in past tense: the one just gone; but a story on a Thursday or
        # Friday ("ahead of the weekend") means the one right after it
        base = V.add_days(base, -7)
    value, granularity = _shift(unit, base, 0)
    return Resolution(value, granularity, anchor, conf)


def r_half(tx, ctx):
    h = vocab.HALVES[tx.field("ordinal").lower()]
    year, anchor, conf = _year_of(tx, ctx, lambda y: V.value_span(f"{y:04d}-H{h}")[:2])
    if year is None:
        return None
    return Resolution(f"{V.clamp_year(year):04d}-H{h}", "half", anchor, conf)


def r_half_h(tx, ctx):
    """"H1 2025", "2H24" ("24": the century nearest the DCT's)."""
    h = tx.field("h") or tx.field("h2")
    return Resolution(f"{_year_field(tx, ctx.dct):04d}-H{h}", "half", ANCHOR_EXPLICIT, 0.95)


def r_ordinal_day(tx, ctx):
    """"on the 15th": that day of the narrative's month when the story is in one, else of the
    month that the tense points to from the DCT (this month's, the last or the next)."""
    day = _day_number(tx)
    if ctx.narrative is not None and ctx.narrative_granularity in ("day", "time", "month"):
        d = V.safe_date(ctx.narrative.year, ctx.narrative.month, day)
        return _day_res(d, ANCHOR_NARRATIVE, 0.6)
    months = [V.add_months(ctx.dct.year, ctx.dct.month, k) for k in (-1, 0, 1)]
    days = [d for d in (V.safe_date(y, m, day) for y, m in months) if d]
    direction = FUTURE if ctx.tense == PRESENT else _direction(ctx)   # "closes by the 30th"
    if direction == PAST:
        days = [d for d in days if d <= ctx.dct] or days
        d = max(days)
    elif direction == FUTURE:
        days = [d for d in days if d >= ctx.dct] or days
        d = min(days)
    else:
        d = min(days, key=lambda d: abs((d - ctx.dct).days))
    anchor, conf = _relative(ctx, 0.6)
    return _day_res(d, anchor, conf)


def r_mod_year(tx, ctx):
    return Resolution(V.year_value(int(tx.field("year"))), "year", ANCHOR_EXPLICIT, 0.9, _mod(tx))


def r_fiscal_short(tx, ctx):
    """"FY25", "in '95": the year, its century from the DCT's."""
    return Resolution(V.year_value(_year_field(tx, ctx.dct)), "year", ANCHOR_EXPLICIT, 0.85)


def r_year(tx, ctx):
    return Resolution(V.year_value(int(tx.field("year"))), "year", ANCHOR_EXPLICIT, 0.9)


def r_era_year(tx, ctx):
    """"AD 476" -> 0476, "44 B.C." -> BC0044 (a value no calendar date holds: undated)."""
    year = int(tx.field("year") or tx.field("year2"))
    if vocab.ERAS.get(tx.field("era") or "", 1) < 0:
        return Resolution(f"BC{year:04d}", "year", ANCHOR_EXPLICIT, 0.95)
    return Resolution(V.year_value(year), "year", ANCHOR_EXPLICIT, 0.95)


def r_era_date(tx, ctx):
    """"January 10, 49 BC" -> BC0049-01-10 (undated, as BC0049); "June 12, AD 455" and
    "December 25, 800" -> 0455-06-12, 0800-12-25."""
    year = int(tx.field("year") or tx.field("year2") or tx.field("year3"))
    day = _day_number(tx) if tx.field("day") or tx.field("day_word") else None
    if day and V.safe_date(2000, _month_number(tx.field("month")), day) is None:
        return None   # (2000: Feb. 29 is allowed)
    era = "BC" if vocab.ERAS.get(tx.field("era") or "", 1) < 0 else ""
    return _day_or_month(f"{era}{year:04d}", _month_number(tx.field("month")), day,
                         ANCHOR_EXPLICIT, 0.95)


def _day_or_month(year: str, month: int, day: Optional[int], anchor: str, conf: float,
                  mod: Optional[str] = None) -> Resolution:
    """That day (or, with no `day`, the month) of `year` as written ("0455", "BC0044"): a value
    no calendar date needs to hold."""
    value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
    return Resolution(value, "day" if day else "month", anchor, conf, mod)


def r_season(tx, ctx):
    code = vocab.SEASONS[tx.field("season").lower()]
    if tx.field("year") or tx.field("spelled") or tx.field("short_year"):
        return Resolution(f"{_year_field(tx, ctx.dct):04d}-{code}", "season", ANCHOR_EXPLICIT,
                          0.9, _mod(tx))

    def span(y):
        return V.value_span(f"{y:04d}-{code}")[:2]
    which, way = _relation(tx.field("rel"))
    if tx.field("that") and ctx.narrative is not None:   # "that autumn": the story's year
        return Resolution(f"{ctx.narrative.year:04d}-{code}", "season", ANCHOR_NARRATIVE, 0.7,
                          _mod(tx))
    if tx.field("seq"):   # "the following spring": the first after the story's date
        base, anchor, conf = _narrative(ctx)
        if vocab.ANAPHORIC_REL[tx.field("seq").split()[-1].lower()] > 0:   # (after the whole of
            last = _narrative_last(ctx)                                # the story's date)
            year = min(y for y in range(last.year, last.year + 3) if span(y)[0] > last)
        else:
            year = max(y for y in range(base.year - 2, base.year + 1) if span(y)[1] < base)
        return Resolution(f"{V.clamp_year(year):04d}-{code}", "season", anchor, conf, _mod(tx))
    if which == THIS and way is None:
        this = [y for y in (ctx.dct.year - 1, ctx.dct.year) if span(y)[0] <= ctx.dct <= span(y)[1]]
        year = this[0] if this else pick_year(span, ctx.dct, lambda: _direction(ctx))
    elif way == PAST:
        year = max(y for y in (ctx.dct.year - 2, ctx.dct.year - 1, ctx.dct.year)
                   if span(y)[1] < ctx.dct)
    elif way == FUTURE:
        year = min(y for y in (ctx.dct.year, ctx.dct.year + 1, ctx.dct.year + 2)
                   if span(y)[0] > ctx.dct)
    elif (story := _story_elsewhen(ctx)) is not None:   # "The siege began in 1863 ... in the
        year = _story_year(span, story, ctx)               # spring it fell."
        return Resolution(f"{V.clamp_year(year):04d}-{code}", "season", ANCHOR_NARRATIVE, 0.7,
                          _mod(tx))
    else:
        year = pick_year(span, ctx.dct, lambda: _direction(ctx))
    anchor, conf = _relative(ctx, 0.8)
    return Resolution(f"{V.clamp_year(year):04d}-{code}", "season", anchor, conf, _mod(tx))


def holiday_date(name: str, year: int) -> Optional[date]:
    if name in vocab.FIXED_HOLIDAYS:
        return V.safe_date(year, *vocab.FIXED_HOLIDAYS[name])
    if name in vocab.NTH_WEEKDAY_HOLIDAYS:
        month, weekday, nth, *after = vocab.NTH_WEEKDAY_HOLIDAYS[name]
        return V.add_days(V.nth_weekday(year, month, weekday, nth), after[0] if after else 0)
    if name in vocab.EASTER_HOLIDAYS:
        return V.add_days(V.easter(year), vocab.EASTER_HOLIDAYS[name])
    return None


def r_holiday(tx, ctx):
    """A holiday's day in the year given, else the one the tense points to; "the Thanksgiving
    weekend", "Memorial Day weekend": the weekend of the Saturday nearest it."""
    res = _holiday(tx, ctx)
    if res is None or not tx.field("weekend"):
        return res
    return Resolution(V.weekend_around(date.fromisoformat(res.value)), "weekend", res.anchor,
                      res.confidence)


def _holiday(tx, ctx):
    name = re.sub(r"\s+", " ", tx.field("holiday"))
    if tx.field("year"):
        return _day_res(holiday_date(name, int(tx.field("year"))), ANCHOR_EXPLICIT, 0.9)

    span = _one_day(lambda y: holiday_date(name, y))
    rel = tx.field("rel")
    if not rel and name in vocab.FIXED_HOLIDAYS and _bc_story(ctx):   # "the Ides of March"
        return _day_or_month(ctx.bc_year, *vocab.FIXED_HOLIDAYS[name], ANCHOR_NARRATIVE, 0.6)
    story = _story_elsewhen(ctx) if not rel else None
    if story is not None:   # "The war ended in 1918. That Christmas ..." (as a year-less day)
        year = _story_year(span, story, ctx)
        return _day_res(holiday_date(name, year), ANCHOR_NARRATIVE, 0.7) if year else None
    which, way = _relation(rel)
    year = pick_year(span, ctx.dct, way or _direction(ctx, day=True))
    if which == LAST and holiday_date(name, year) == ctx.dct:
        year -= 1
    anchor, conf = _relative(ctx, 0.8)
    return _day_res(holiday_date(name, year), anchor, conf)


def r_nth_weekday(tx, ctx):
    """"the first Tuesday in November": that day of the month's year, else of the year the
    tense points to (as for a holiday)."""
    month, weekday = _month_number(tx.field("month")), _weekday_number(tx.field("weekday"))
    nth = vocab.ORDINALS[tx.field("nth").lower()]   # ("last": -1)

    def day(y):
        d = V.nth_weekday(y, month, weekday, nth)
        return d if d.month == month else None   # (no fifth Monday this month)
    if tx.field("year"):
        return _day_res(day(int(tx.field("year"))), ANCHOR_EXPLICIT, 0.9)
    year = pick_year(_one_day(day), ctx.dct, lambda: _direction(ctx, day=True))
    anchor, conf = _relative(ctx, 0.8)
    return _day_res(day(year), anchor, conf) if year else None


def r_day_before_after_deictic(tx, ctx):
    offset = -2 if "before" in tx.field("dir").lower() else 2
    anchor, conf = _relative(ctx, 0.9)
    return _day_res(V.add_days(ctx.dct, offset), anchor, conf)


def r_unit_after_next(tx, ctx):
    """"the week after next" (two weeks on), "the year before last" (two years back)."""
    step = 2 if tx.field("dir").lower().startswith("after") else -2
    value, granularity = _shift(tx.field("unit").lower(), ctx.dct, step)
    anchor, conf = _relative(ctx, 0.9)
    return Resolution(value, granularity, anchor, conf)


def r_nth_week_of(tx, ctx):
    """"the first week of May": the (ISO) week of May's first Thursday; "the last weekend of
    June": the weekend of June's last Saturday; in the year given, else the nearest one."""
    month, nth = _month_number(tx.field("month")), vocab.ORDINALS[tx.field("nth").lower()]
    weekend = tx.field("unit").lower() == "weekend"

    def day(y):   # the nth Saturday for a weekend, else the nth Thursday (an ISO week is the
        d = V.nth_weekday(y, month, 6 if weekend else 4, nth)   # month's that holds its Thursday)
        return d if d.month == month else None
    if tx.field("year"):
        d, anchor, conf = day(int(tx.field("year"))), ANCHOR_EXPLICIT, 0.85
    else:
        year = pick_year(_one_day(day), ctx.dct, None)   # the nearest (its own "last" would
        d = day(year) if year else None                   # read as a past tense)
        anchor, conf = _relative(ctx, 0.75)
    if d is None:
        return None
    return Resolution(V.week_value(d) + ("-WE" if weekend else ""), "weekend" if weekend else
                      "week", anchor, conf)


def _part_suffix(tx) -> str:
    part = tx.field("part")
    return f"T{vocab.PARTS_OF_DAY[part.lower()]}" if part else ""




def r_deictic_day(tx, ctx):
    word = tx.field("word").lower()
    offset = vocab.DAY_OFFSETS[word]
    if word == "overnight" and ctx.tense == FUTURE:
        offset = 0   # ("will work overnight", "would inspect tracks overnight": the night to come)
    d = V.add_days(ctx.dct, offset)
    anchor, conf = _relative(ctx, 0.9)
    if word == "overnight" and ctx.narrative_granularity in ("day", "time"):
        if _from_hour(ctx.narrative_value, "15", ("AF", "EV", "NI")):
            offset = 0   # (the story's night before its day; after "Tuesday evening", the
        d, anchor, conf = V.add_days(ctx.narrative, offset), ANCHOR_NARRATIVE, 0.7   # night
    # that follows it)
    rel = (tx.field("rel") or "").lower()
    part = vocab.PARTS_OF_DAY.get(rel[4:]) if rel.startswith("mid-") else None   # mid-afternoon
    suffix = _part_suffix(tx) or (f"T{part}" if part else
                                  "TNI" if word in ("tonight", "overnight") else "")
    mod = vocab.DAY_MODS.get(rel)
    return Resolution(V.day_value(d) + suffix, "time" if suffix else "day", anchor, conf, mod)


def _from_hour(value: Optional[str], hour: str, parts: tuple) -> bool:
    """Is `value` a time of its day from `hour` ("...T18:40") or in one of the `parts` of the
    day ("...TEV")? From 15:00 or the afternoon, a night told of after it is that day's
    ("divers recovered the bodies overnight"); from 18:00 or the evening, a clock before 6 a.m.
    after it is the next day's."""
    clock = (value or "")[11:]
    return clock in parts or clock[:2].isdigit() and clock[:2] >= hour


def r_this_part(tx, ctx):
    rel = tx.field("rel").lower()
    part = vocab.PARTS_OF_DAY[tx.field("part").lower()]
    d = V.add_days(ctx.dct, -1) if rel.endswith("last") else ctx.dct   # "late last night"
    anchor, conf = _relative(ctx, 0.85)
    mod = "START" if rel.startswith("early") else "END" if rel.startswith(("late ", "later")) else None
    return Resolution(f"{V.day_value(d)}T{part}", "time", anchor, conf, mod)


def weekday_date(dct: date, weekday: int, rel: Optional[str], direction: Optional[str]) -> date:
    """The date a weekday name means, said on `dct`: the one of its week (rel THIS), the next
    or last one (NEXT, LAST), else by `direction`. A bare weekday that is the DCT's own is the
    DCT, whatever the tense: news says "Friday" for the day it is published."""
    if rel == THIS or (not rel and weekday == dct.isoweekday()):
        return V.add_days(dct, weekday - dct.isoweekday())
    if rel == NEXT or (not rel and direction == FUTURE):
        return V.add_days(dct, (weekday - dct.isoweekday() - 1) % 7 + 1)
    if rel == LAST:
        return V.add_days(dct, -((dct.isoweekday() - weekday - 1) % 7 + 1))
    back = (dct.isoweekday() - weekday) % 7
    if direction is None and 7 - back < back and 7 - back <= 2:  # no tense: tomorrow or the next
        return V.add_days(dct, 7 - back)
    return V.add_days(dct, -back)




_POSSESSED = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,2}[a-z]+)\b")


def _unscheduled_after(text: Optional[str], end: int) -> bool:
    """Does a possessive name a happening nobody schedules ("Saturday's truck bombing")?"""
    m = _POSSESSED.match(text or "", end, end + 40)
    return bool(m) and any(w in vocab.UNSCHEDULED for w in m.group(1).split())


_UNTIL_TAIL = r"(?:until|till|through)\s+(?:(?:noon|midnight)\s+(?:on\s+)?|on\s+)?$"
_UNTIL_BEFORE = re.compile(r"\b" + _UNTIL_TAIL, re.I)
_STILL_RUNNING = re.compile(rf"\b(?:{alternation(STILL_RUNNING)})\b", re.I)


_PERFECT = re.compile(r"\b(?:has|have|['’]s|['’]ve)\s+(?:(?:just|now|already)\s+)?"
                      r"(?!been\b)([a-z]+(?:ed|en|wn|ne|un|ught|ade|ld|t))\b[^,;:.!?()\n]*$",
                      re.I)
_PAST_SPAN_IN = re.compile(r"\b(?:since|for|over|during|in|ago|earlier|last|past)\b", re.I)


def _perfect_before(text: Optional[str], start: int) -> bool:
    """Is the verb before a day in its clause a present perfect ("has issued an amber warning
    from 6pm on Thursday", "have called a strike on Friday"), with no "since", "for", "over"
    or "in" between (a span a perfect reaches back over: "has risen since Thursday")?"""
    window = text[max(0, start - 100):start] if text else ""
    if not ("ha" in window or "'" in window or "’" in window):   # (the quick test: no "has",
        return False                                                # "have", "'s", "'ve")
    m = _PERFECT.search(text, max(0, start - 100), start)
    return m is not None and (not _PAST_SPAN_IN.search(text, m.end(1), start) or
                              _FROM_DAY.search(text, max(m.end(1), start - 12), start) is not None)


_FROM_DAY = re.compile(r"\bfrom\s+(?:\S+\s+(?:on\s+)?)?$", re.I)   # ("from 6pm on Thursday")


def _deadline_ahead(text: Optional[str], start: int) -> bool:
    """Is a date the end of something that still runs: "until Monday", "through March" in a
    clause in the present or the present perfect ("has extended its warning until noon on
    Monday", "the road stays shut until Monday"; not "the talks went on until Monday"), or
    what someone was told to do ("urged residents to shelter in place until Tuesday")?"""
    if not text or not _UNTIL_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _MEASURE_UNTIL.search(text, max(0, start - 40), start):
        return True   # ("issued a red flag warning through Tuesday evening": its end)
    clause = text[max(0, start - TENSE_WINDOW):start]
    clause = clause[max(clause.rfind(". "), clause.rfind("\n"), clause.rfind(", ")) + 1:]
    return bool(_STILL_RUNNING.search(clause) or _DIRECTED_INFINITIVE.search(clause))


_MEASURE_UNTIL = re.compile(rf"\b(?:{alternation(LASTING_MEASURES)})\s+" + _UNTIL_TAIL, re.I)
_DIRECTED_INFINITIVE = re.compile(rf"\b(?:{alternation(_DIRECTED_TO)})\b.*\bto\s+[a-z]+\b",
                                  re.I)   # (what someone was told to do until then: "urged
# residents to shelter in place until Tuesday morning")


def r_relative_weekday(tx, ctx):
    rel = _squash(tx.field("rel") or "")
    weekday = _weekday_number(tx.field("weekday"))
    mod = vocab.DAY_MODS.get(rel)
    rel = "" if mod else rel
    if rel in vocab.NARRATIVE_WEEKDAY_REL:   # "the following Monday": from the story's last date
        base, anchor, conf = _narrative(ctx)
        d = weekday_date(base, weekday, vocab.NARRATIVE_WEEKDAY_REL[rel], None)
    elif not rel and ctx.joined_to is not None:   # "next Tuesday and Wednesday", "to Sunday"
        day, in_list = ctx.joined_to   # a list's day is the nearest (either way), a range's after
        d = weekday_date(day, weekday, "", None if in_list else FUTURE)
        anchor, conf = ANCHOR_NARRATIVE, 0.8
    elif not rel and _story_elsewhen(ctx) and ctx.narrative_granularity in ("day", "time") \
            and not _TELLING_DAY.search(ctx.text or "", max(0, ctx.position - 60), ctx.position):
        # (not the day a telling is dated: "will pass Earth on April 13, 2029, astronomers
        # said on Monday": the DCT's Monday)
        d = weekday_date(ctx.narrative, weekday, "", None)   # the nearest to the story's day
        anchor, conf = ANCHOR_NARRATIVE, 0.6
    else:
        if rel or weekday == ctx.dct.isoweekday():   # the tense cannot change these
            tense, conf = None, 0.85
        else:   # "the vote is Thursday": scheduled; no tense: a date of the same fortnight leads
            tense = FUTURE if ctx.tense == PRESENT else _direction(ctx, within=14)
            conf = 0.85 if ctx.tense else 0.75
            if tense != PAST and _unscheduled_after(ctx.text, tx.end):
                tense = PAST   # "the dead from Saturday's truck bombing", "police will
                # investigate Saturday's attack": it has happened
            elif tense != FUTURE and _deadline_ahead(ctx.text, tx.start):
                tense = FUTURE   # "has extended its warning until noon on Monday"
            elif tense == PAST and _perfect_before(ctx.text, tx.start):
                tense = FUTURE   # ("has issued a warning from 6pm on Thursday": a present
                # perfect takes no past day; its object's day is ahead)
        which, way = _relation(rel)   # ("this coming Sunday": the next one)
        d = weekday_date(ctx.dct, weekday, {PAST: LAST, FUTURE: NEXT}.get(way, which), tense)
        anchor, conf = _relative(ctx, conf)
    suffix = _part_suffix(tx)
    return Resolution(V.day_value(d) + suffix, "time" if suffix else "day", anchor, conf, mod)




def r_relative_unit(tx, ctx):
    unit = tx.field("unit").lower()
    rel = _squash(tx.field("rel"))
    if unit == "quarter" and rel == "the latest":
        anchor, conf = _relative(ctx, 0.8)
        return Resolution(_last_completed_quarter(ctx.dct), "quarter", anchor, conf)
    offset = vocab.UNIT_REL[rel]
    value, granularity = _shift(unit, ctx.dct, offset)
    anchor, conf = _relative(ctx, 0.9)
    return Resolution(value, granularity, anchor, conf, _mod(tx))




def _narrative(ctx: Context) -> tuple[date, str, float]:
    if ctx.narrative is not None:
        return ctx.narrative, ANCHOR_NARRATIVE, 0.7
    anchor, conf = _relative(ctx, 0.6)
    return ctx.dct, anchor, conf


def _narrative_last(ctx: Context) -> date:
    """The last day of the story's date ("in 1968": Dec. 31, 1968), else the DCT."""
    span = V.value_span(ctx.narrative_value) if ctx.narrative_value else None
    return span[1] if span else ctx.narrative or ctx.dct


def r_anaphoric_unit(tx, ctx):
    base, anchor, conf = _narrative(ctx)
    value, granularity = _shift(tx.field("unit").lower(), base,
                                vocab.ANAPHORIC_REL[tx.field("rel").lower()])
    return Resolution(value, granularity, anchor, conf, _mod(tx))


_NOUN_PHRASE_AFTER = re.compile(rf"\s+(?:{alternation(_DETERMINERS)})\s", re.I)   # ("the day
# after the fire": what it counts from is a happening)


def r_unit_before_after(tx, ctx):
    if ctx.narrative is None and ctx.text and _NOUN_PHRASE_AFTER.match(ctx.text, tx.end):
        return Resolution("XXXX-XX-XX", "day", ANCHOR_NONE, 0.3)   # (from a happening no day
        # of the story dates yet, not from the publication day: "the day after the fire")
    base, anchor, conf = _narrative(ctx)
    value, granularity = _shift(tx.field("unit").lower(), base, _step(tx.field("dir")))
    return Resolution(value, granularity, anchor, conf)


def r_day_of_rel_month(tx, ctx):
    """"the 15th of next month": that day of the month named relative to the DCT; "the first
    of the month": of the month in view, as "on the 1st"."""
    if tx.field("rel").lower() == "the":
        return r_ordinal_day(tx, ctx)
    y, m = V.add_months(ctx.dct.year, ctx.dct.month, vocab.UNIT_REL[tx.field("rel").lower()])
    anchor, conf = _relative(ctx, 0.9)
    return _day_res(V.safe_date(V.clamp_year(y), m, _day_number(tx)), anchor, conf)


def _inner_day(tx, ctx) -> tuple[Optional[Resolution], Optional[tuple]]:
    """(resolution, value span) of the day an offset counts from: the joined timex read by its
    own rule (field inner_rule)."""
    day = RESOLVERS[tx.field("inner_rule")](tx, ctx)
    return day, (V.value_span(day.value) if day else None)


def r_unit_offset(tx, ctx):
    """"the day after Christmas", "a week from Friday": a day, then units from it."""
    day, span = _inner_day(tx, ctx)
    if span is None:
        return None
    step = _step(tx.field("offset_dir"))
    unit = vocab.unit_name(tx.field("offset_unit"))
    if not tx.field("offset_count"):   # "the week after Christmas": that unit
        value, granularity = _shift(unit, span[0], step)
        return Resolution(value, granularity, day.anchor, day.confidence * 0.95)
    count = _int_or_word(tx.field("offset_count"))
    if count is None or count != int(count):
        return None   # "2.5 days from Friday"
    letter, per, _ = vocab.UNITS[unit]   # "a week from Friday": a day, as the base is
    shifted = _count_from(span[0], span[2], letter, step * int(count) * per)
    if shifted is None:
        return None
    return Resolution(shifted[0], shifted[1], day.anchor, day.confidence * 0.95)


def r_weekday_offset(tx, ctx):
    """"the Sunday after Easter", "the Friday before Christmas": the first such weekday after
    (or before) that day."""
    day, span = _inner_day(tx, ctx)
    if span is None or span[2] not in ("day", "time"):
        return None
    rel = LAST if _step(tx.field("offset_dir")) < 0 else NEXT
    d = weekday_date(span[0], _weekday_number(tx.field("offset_weekday")), rel, None)
    return _day_res(d, day.anchor, day.confidence * 0.95)


def _count_from(base: date, granularity: str, letter: str, n: int) -> Optional[tuple[str, str]]:
    """(value, granularity) n units (letter D, W, M, Y, DE, CE) from `base`, as fine as the
    base's granularity allows (a day from a day, a year from a year)."""
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}.get(letter)
    days = n * (7 if letter == "W" else 1) if letter in ("D", "W") else None
    if days is not None and abs(days) > 3_650_000 or months and abs(n * months) > 120_000:
        return None   # beyond the calendar's years ("99999999 days after Christmas")
    if granularity in ("day", "time"):
        if days is not None:
            d = V.add_days(base, days)
            return (V.day_value(d), "day") if d not in (date.min, date.max) else None
        y, m = V.add_months(base.year, base.month, n * months)
        if not V.MIN_YEAR <= y <= V.MAX_YEAR:
            return None
        d = V.safe_date(y, m, min(base.day, calendar.monthrange(y, m)[1]))   # (Jan. 31 + a
        return (V.day_value(d), "day") if d else None                      # month: Feb. 28)
    if granularity == "month" and months:
        y, m = V.add_months(base.year, base.month, n * months)
        return (V.month_value(y, m), "month") if V.MIN_YEAR <= y <= V.MAX_YEAR else None
    if granularity == "year" and months and months >= 12:
        y = base.year + n * months // 12
        return (V.year_value(y), "year") if V.MIN_YEAR <= y <= V.MAX_YEAR else None
    return None


_DAYS_IN = {"time": 0, "day": 1, "night": 1, "morning": 1, "afternoon": 1, "evening": 1,
            "weekend": 2, "week": 7, "month": 28, "quarter": 90, "season": 90, "half": 181,
            "year": 365, "decade": 3652, "century": 36524}   # (about: to compare units)


def _coarser_story(ctx: Context, unit: str) -> bool:
    """Whether the story's last date is coarser than `unit`: after "in 1987", "that day" names
    no known day."""
    return _DAYS_IN.get(ctx.narrative_granularity or "day", 0) > _DAYS_IN.get(unit, 0)


def r_that_unit(tx, ctx):
    """"that year", "later that month": the narrative's. None when the story's date is coarser
    than the unit (_coarser_story)."""
    unit = tx.field("unit").lower()
    if _coarser_story(ctx, unit):
        return None
    base, anchor, conf = _narrative(ctx)
    value, granularity = _shift(unit, base, 0)
    return Resolution(value, granularity, anchor, conf * 0.9,
                      vocab.DAY_MODS.get((tx.field("rel") or "").lower()))


_LAST_WORD = re.compile(r"\s+\S+$")


def _without_direction(tx: Timex) -> tuple[int, str]:
    """The end and words of "Three days later" without "later" (TimeML's extent of the
    duration)."""
    words = tx.text[:_LAST_WORD.search(tx.text).start()]
    return tx.start + len(words), words


# what stands right before a period compared with: "up from $4 million a year earlier",
# "1,250 a week earlier", "compared with a month before"
_COMPARED = re.compile(rf"(?:[0-9%]|\b(?i:{alternation(vocab.COMPARED_BEFORE)}))\s*\Z")


def r_ago(tx, ctx):
    """"two years ago", "two hours ago" (its day), "a year earlier" (a DATE: the year-ago period
    compared with); "Three days later", "two weeks before": the duration (TimeML tags "Three
    days", P3D) with the day it reaches, from the story's last date, as its point."""
    direction = tx.field("dir").lower()
    backwards = direction in ("ago", "earlier", "before", "back")
    if tx.field("vague_number"):
        return Resolution("PAST_REF" if backwards else "FUTURE_REF", "vague", ANCHOR_NONE, 0.5)
    amount = _amount(tx)
    if amount is None:
        return None
    unit = vocab.unit_name(tx.field("unit"))
    letter, per, _ = vocab.UNITS[unit]
    from_dct = direction in ("ago", "from now", "hence", "back")
    if from_dct:
        base, (anchor, conf) = ctx.dct, _relative(ctx, 0.85)
    else:
        base, anchor, conf = _narrative(ctx)
    sign = -1 if backwards else 1
    duration = V.duration_value(amount * per, letter)
    if tx.field("today") and from_dct and amount == int(amount) and \
            unit in ("year", "month", "week", "day"):   # ("37 years ago today": that day)
        same_day = _count_from(base, "day", letter, sign * int(amount))
        if same_day:
            return Resolution(same_day[0], "day", anchor, conf, _mod(tx))
    if letter in vocab.TIME_UNITS:  # "two hours ago": the day it falls on
        hours = amount * per * {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[letter]
        day = V.add_days(base, sign * int(hours // 24))
        if day is None:
            return None
        value, granularity = V.day_value(day), "day"
    else:
        if amount != int(amount):  # "a year and a half ago": count in the next finer unit
            unit, amount = {"year": ("month", amount * 12), "month": ("day", amount * 30),
                            "week": ("day", amount * 7), "decade": ("year", amount * 10)}.get(
                                unit, (unit, round(amount)))
        quarter = _compared_quarter(ctx) if unit == "year" and amount == 1 else None
        if quarter:  # "a year earlier" (1988-Q3)
            year = V.clamp_year(int(quarter[:4]) + sign * int(amount))
            return Resolution(f"{year:04d}{quarter[4:]}", "quarter", anchor, conf, _mod(tx),
                              advances=False)
        value, granularity = _shift(unit, base, sign * int(amount) *
                                    (2 if unit == "fortnight" else 1))
    if from_dct or backwards and (unit == "year" and amount == 1 or _COMPARED.search(
            ctx.text or "", max(0, tx.start - 20), tx.start)):
        # "a year earlier", "down from 1,250 a week earlier": the period compared with, a
        # DATE as TimeML has it (looking back compares; only moving forward advances the story)
        return Resolution(value, granularity, anchor, conf, _mod(tx), advances=not backwards)
    span = V.value_span(value)
    if not backwards and span and span[0] > ctx.dct and ctx.tense == PAST:
        # "Two decades later, it had grown" landing after the DCT: a past event counted from
        # the wrong day (or none); it says only how long
        value, anchor, conf = None, ANCHOR_NONE, 0.5
    return Resolution(duration, "duration", anchor, conf, _mod(tx), not backwards, value)


def r_every(tx, ctx):
    """"every Monday" (XXXX-WXX-1), "every other week" (P2W), "every three months" (P3M)."""
    other = 2 if tx.field("other") else _int_or_word(tx.field("number")) if tx.field("number") else 1
    if other is None:
        return None
    part = tx.field("part") or tx.field("part2")
    part_code = f"T{vocab.PARTS_OF_DAY[part.lower()]}" if part else ""
    if tx.field("weekday"):
        value = f"XXXX-WXX-{_weekday_number(tx.field('weekday'))}{part_code}"
    elif tx.field("unit") and not part_code:
        letter, per, _ = vocab.UNITS[vocab.unit_name(tx.field("unit"))]
        value = V.duration_value(per * other, letter)
    else:
        value = f"XXXX-XX-XX{part_code}"
    return Resolution(value, "set", ANCHOR_NONE, 0.85)


def r_times_per(tx, ctx):
    if tx.field("word"):   # "twice weekly": the set of the adverb
        return Resolution(vocab.SET_WORDS[tx.field("word").lower()], "set", ANCHOR_NONE, 0.85)
    letter, per, _ = vocab.UNITS[vocab.unit_name(tx.field("unit"))]
    return Resolution(V.duration_value(per, letter), "set", ANCHOR_NONE, 0.85)


def r_set_clock(tx, ctx):
    """"every Sunday at 6 p.m.", "at 9 p.m. on Tuesdays": XXXX-WXX-7T18:00; "every day at 6
    a.m.": XXXX-XX-XXT06:00."""
    days, clock = RESOLVERS[tx.field("set_rule")](tx, ctx), _clock(tx)
    if days is None or clock is None or not days.value.startswith(("XXXX", "P1D")):
        return days
    every = "XXXX-XX-XX" if days.value == "P1D" else days.value   # "every day at 6 a.m."
    return replace(days, value=f"{every}T{clock}")


def r_nth_weekday_every(tx, ctx):
    return Resolution("P1M", "set", ANCHOR_NONE, 0.8)


def r_set_word(tx, ctx):
    return Resolution(vocab.SET_WORDS[tx.field("word").lower()], "set", ANCHOR_NONE, 0.85)


def r_plural_weekday(tx, ctx):
    """"Mondays", "Tuesday nights", "Fridays mornings"."""
    part = tx.field("part")
    suffix = f"T{vocab.PARTS_OF_DAY[part.lower()[:-1]]}" if part else ""
    weekday = tx.field("weekday")
    weekday = weekday[:-1] if weekday.endswith("s") and weekday not in vocab.WEEKDAYS else weekday
    return Resolution(f"XXXX-WXX-{_weekday_number(weekday)}{suffix}", "set", ANCHOR_NONE, 0.75)


def r_weekends(tx, ctx):
    return Resolution("XXXX-WXX-WE", "set", ANCHOR_NONE, 0.75)


def r_recent_units(tx, ctx):
    """"recent weeks", "the coming months": a vague stretch of time (PXW, PXM)."""
    letter, _, _ = vocab.UNITS[vocab.unit_name(tx.field("unit"))[:-1]]
    return Resolution(V.duration_value(None, letter), "duration", ANCHOR_NONE, 0.6)


def r_vague_duration(tx, ctx):
    """"for a while" (PXX), "over the years" (PXY)."""
    return Resolution(vocab.VAGUE_DURATIONS[_squash(tx.field("stretch"))], "duration",
                      ANCHOR_NONE, 0.5)


def r_every_month(tx, ctx):
    """"every July" (XXXX-07), "each summer" (XXXX-SU)."""
    if tx.field("season"):
        return Resolution(f"XXXX-{vocab.SEASONS[tx.field('season').lower()]}", "set",
                          ANCHOR_NONE, 0.8)
    return Resolution(f"XXXX-{_month_number(tx.field('month')):02d}", "set", ANCHOR_NONE, 0.8)


def r_vague_ago(tx, ctx):
    return Resolution("PAST_REF", "vague", ANCHOR_NONE, 0.6)


def r_vague(tx, ctx):
    word = _squash(tx.field("word"))
    return Resolution(vocab.VAGUE[word], "vague", ANCHOR_NONE, 0.6)


def r_duration(tx, ctx):
    unit = vocab.unit_name(tx.field("unit"))
    letter, per, _ = vocab.UNITS[unit]
    unit_word = tx.text[:tx.text.lower().rfind("-long")] if tx.field("suffix") else ""
    if tx.field("vague_number") or (unit_word.lower().endswith("s") and   # "a weeks-long
                                    _squash(tx.field("number") or "") in ("a", "an")):  # feud"
        return Resolution(V.duration_value(None, letter), "duration", ANCHOR_NONE, 0.7, _mod(tx))
    amount = _amount(tx)
    if amount is None or amount > 100000:
        return None
    if unit == "day" and (tx.field("number") or "").lower() == "one" and \
            _MODAL_BEFORE.search(ctx.text or "", max(0, tx.start - 8), tx.start):
        return Resolution("FUTURE_REF", "vague", ANCHOR_NONE, 0.6)   # "will one day be"
    if letter not in vocab.TIME_UNITS and amount == int(amount) and not (
            tx.field("the") or tx.field("rel") or tx.field("upper") or tx.field("suffix")) \
            and _IN_BEFORE.search(ctx.text or "", max(0, tx.start - 4), tx.start) \
            and ctx.tense == FUTURE and not _COUNTED_BEFORE.search(
                ctx.text or "", max(0, tx.start - 40), tx.start):   # "will meet again in two
        # weeks": that week; but "for the second time in eight days" counts back over a stretch
        if _squash(tx.field("or_so") or "") in ("or two", "or three"):   # "in a year or two"
            return Resolution("FUTURE_REF", "vague", ANCHOR_NONE, 0.6)
        value, granularity = _shift(unit, ctx.dct, int(amount) * (2 if unit == "fortnight" else 1))
        anchor, conf = _relative(ctx, 0.75)
        return Resolution(value, granularity, anchor, conf, _mod(tx))
    amount *= per
    mod = "EQUAL_OR_MORE" if tx.field("upper") else _mod(tx)   # "two to three weeks": P2W
    return Resolution(V.duration_value(amount, letter), "duration", ANCHOR_NONE, 0.9, mod)


def r_unit_long(tx, ctx):
    """"decade-long" (P10Y), "year-long" (P1Y); "weeks-long", "centuries-long" (PXW, PXY)."""
    unit = tx.field("unit").lower()
    letter, per, _ = vocab.UNITS["century" if unit == "centur" else unit]
    amount = None if tx.field("plural") else per
    return Resolution(V.duration_value(amount, letter), "duration", ANCHOR_NONE, 0.85)


_MODAL_BEFORE = re.compile(rf"(?:(?<![\w'’])(?:{alternation(vocab.MODAL_VERBS)})|['’]ll)\s+$",
                           re.I)
_IN_BEFORE = re.compile(r"(?<![\w-])[Ii]n\s+$")   # "in two weeks" (ends at the expression)
_COUNTED_BEFORE = re.compile(   # occasions counted over a stretch: "the second time in", "its
    rf"(?<![\w-])(?:{'|'.join(vocab.ORDINALS)}|\d+(?:st|nd|rd|th)|{'|'.join(vocab.COUNTED)})"
    r"(?:\s+[\w'’-]+){0,2}\s+in\s+$", re.I)   # third win in", "twice in", "three times in"
_DURATION_PART = re.compile(r"([0-9.]+)(Y|M|W|D|H|S)")


def r_compound_duration(tx, ctx):
    """"2 hours, 6 minutes and 5 seconds" -> PT2H6M5S, "a year and three months" -> P1Y3M:
    each part resolved as a duration, the amounts added up by unit (weeks as days when a day
    is counted too). The first part's modifier is the whole one's."""
    parts = [r_duration(Timex(tx.start, tx.end, tx.text, "DURATION", "duration", fields), ctx)
             for fields in tx.field("parts")]
    if None in parts:
        return None
    amounts: dict = {}
    for res in parts:
        date_part, _, time_part = res.value[1:].partition("T")
        for number, letter in _DURATION_PART.findall(date_part):
            amounts[letter] = amounts.get(letter, 0) + float(number)
        for number, letter in _DURATION_PART.findall(time_part):
            amounts["T" + letter] = amounts.get("T" + letter, 0) + float(number)
    if "W" in amounts and "D" in amounts:
        amounts["D"] += 7 * amounts.pop("W")

    def written(keys):
        return "".join(f"{amounts[k]:g}{k[-1]}" for k in keys if k in amounts)

    date_part, time_part = written("YMWD"), written(("TH", "TM", "TS"))
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Resolution(value, "duration", ANCHOR_NONE, 0.9, parts[0].mod)


def r_past_unit(tx, ctx):
    """"the past week" is a duration (P1W); "the past year", "the last decade" name the
    previous calendar year or decade, as TimeML annotates them."""
    unit = vocab.unit_name(tx.field("unit"))
    if unit in ("year", "decade") and _relation(tx.field("rel"))[0] == LAST:
        value, granularity = _shift(unit, ctx.dct, -1)
        anchor, conf = _relative(ctx, 0.7)
        return Resolution(value, granularity, anchor, conf)
    letter, per, _ = vocab.UNITS[unit]
    return Resolution(V.duration_value(per, letter), "duration", ANCHOR_NONE, 0.8)


def r_plural_units(tx, ctx):
    word = tx.field("plural").lower()
    unit = vocab.unit_name(word[:-1] if word not in vocab.UNIT_PLURALS else word)
    letter, per, _ = vocab.UNITS[unit]
    return Resolution(V.duration_value(None, letter), "duration", ANCHOR_NONE, 0.6)


def _clock(tx) -> Optional[str]:
    """'HH:MM' from a clock_time's fields, or None if it is not a real time."""
    if tx.field("noon"):
        return "12:00" if tx.field("noon").lower() in ("noon", "midday") else "24:00"
    half = (tx.field("half_day") or "").split()[-1:]   # "in the evening" -> ["evening"]
    if tx.field("hour24") is not None:
        return _half_day(f"{int(tx.field('hour24')):02d}:{tx.field('minute24')}", half)
    if tx.field("hhmm"):   # "0600 GMT"
        return f"{tx.field('hhmm')[:2]}:{tx.field('hhmm')[2:]}"
    if tx.field("oclock") or tx.field("bare_hour"):
        text = tx.field("oclock") or tx.field("bare_hour")
        hour = int(text) if text.isdigit() else int(_int_or_word(text) or 0)
        return _half_day(f"{hour:02d}:00", half) if 1 <= hour <= 12 else None
    if tx.field("ampm") is None:
        return None
    hour = int(tx.field("hour"))
    pm = tx.field("ampm").lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{tx.field('minute') or '00'}"


def _half_day(clock: str, half: list) -> str:
    """A 12-hour clock read with its half of the day: "3:30" in the afternoon is 15:30, "10" at
    night 22:00 (but "2 at night" 02:00), "12" in the morning 00:00."""
    hour, word = int(clock[:2]), half[0].lower() if half else ""
    if word == "morning" and hour == 12:
        hour = 0
    elif (word in ("afternoon", "evening") or (word == "night" and hour >= 6)) and hour < 12:
        hour += 12
    return f"{hour:02d}{clock[2:]}"


def r_clock_time(tx, ctx):
    """A clock time with no day: on the story's day ("on Tuesday ... polls closed at 7 p.m."),
    else the DCT's."""
    clock = _clock(tx)
    if clock is None:
        return None
    if ctx.narrative is not None and ctx.narrative_granularity in ("day", "time") and \
            not (ctx.narrative > ctx.dct and ctx.tense == PAST):   # (not a day ahead for a
        # past clock: "... to make landfall late Wednesday. At 11 a.m., the storm was 310 miles
        # south of Tampa": the DCT's)
        day, anchor, conf = ctx.narrative, ANCHOR_NARRATIVE, 0.65
        if clock == "24:00" and day == ctx.dct and ctx.tense == PAST:
            if "after" in (tx.field("approx") or "").lower():
                clock = "00:00"   # ("counted early Wednesday ... conceded shortly after
                # midnight", published Wednesday: the small hours the story's day began with)
            else:                        # ("a quick count released early Monday ... conceded
                day = V.add_days(day, -1)   # shortly before midnight", published Monday: the
                # midnight past, the day before's end, not the DCT's own yet to come)
        if clock < "06" and _from_hour(ctx.narrative_value, "18", ("EV", "NI")):
            day = V.add_days(day, 1)   # ("The count began at 10 p.m. on Thursday and the
            # result was declared at 4:15 a.m.": the small hours after it, Friday's)
    elif ctx.story_day is not None and ctx.tense in (PAST, None) and \
            not (ctx.story_day > ctx.dct and ctx.tense == PAST):
        day, anchor, conf = ctx.story_day, ANCHOR_NARRATIVE, 0.6   # ("found him guilty on
        # Thursday of steering contracts between 2017 and 2021. ... shortly after 3 p.m.":
        # Thursday's, not the DCT's)
    else:
        day, (anchor, conf) = ctx.dct, _relative(ctx, 0.7)
        if clock == "24:00" and ctx.tense == PAST:   # "took effect at midnight": the one past,
            day = V.add_days(day, -1)                 # the end of the day before
    return Resolution(f"{V.day_value(day)}T{clock}{_zone(tx)}", "time", anchor, conf, _mod(tx))


UTC_ZONES = {"UTC", "GMT", "Z"}   # (ISO 8601 writes these "Z"; other zones are left unwritten)


def _zone(tx) -> str:
    return "Z" if (tx.field("tz") or "").upper() in UTC_ZONES else ""


def r_datetime(tx, ctx):
    day_rule = tx.field("day_rule")
    day = RESOLVERS[day_rule](tx, ctx)
    clock = _clock(tx)
    if day is None or clock is None:
        return None
    if day.value[10:] in ("TAF", "TEV", "TNI") and not tx.field("ampm") and clock < "12":
        clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"   # "10 o'clock tonight": 22:00
    return Resolution(f"{day.value[:10]}T{clock}{_zone(tx)}", "time", day.anchor,
                      day.confidence, day.mod or _mod(tx))   # "around 7:15 p.m. Friday": the clock's APPROX


RESOLVERS: dict[str, Callable[[Timex, Context], Optional[Resolution]]] = {
    "iso_datetime": r_iso_datetime, "iso_date": r_iso_date, "numeric_date": r_numeric_date,
    "ymd_slash": r_iso_date, "month_day_year": r_full_date, "day_month_year": r_full_date,
    "month_day": r_yearless_date, "day_month": r_yearless_date, "week_of": r_week_of,
    "month_year": r_month_year, "nth_weekday": r_nth_weekday, "era_year": r_era_year,
    "era_year_range": r_era_year,   # (these three are split by the tagger before they are
    "month_day_range": r_yearless_date, "day_month_range": r_yearless_date,   # resolved)
    "month_range_quarter": r_month_range_quarter, "decade": r_decade, "century": r_century,
    "quarter": r_quarter,
    "quarter_q": r_quarter, "half_h": r_half_h, "fiscal_short": r_fiscal_short,
    "short_year": r_fiscal_short,
    "ordinal_day": r_ordinal_day,
    "half": r_half, "mod_year": r_mod_year, "season": r_season, "holiday": r_holiday,
    "day_before_after_deictic": r_day_before_after_deictic, "clock_time": r_clock_time,
    "deictic_day": r_deictic_day, "this_part": r_this_part,
    "relative_weekday": r_relative_weekday, "relative_month": r_relative_month,
    "relative_unit": r_relative_unit, "anaphoric_unit": r_anaphoric_unit,
    "unit_before_after": r_unit_before_after, "that_unit": r_that_unit,
    "unit_offset": r_unit_offset, "compound_duration": r_compound_duration,
    "weekday_offset": r_weekday_offset,
    "day_of_rel_month": r_day_of_rel_month,
    "day_in_view": r_that_unit, "part_in_view": r_that_unit,
    "part_alone": r_that_unit, "ago": r_ago,
    "every": r_every, "times_per": r_times_per, "set_word": r_set_word, "weekends": r_weekends,
    "nth_weekday_every": r_nth_weekday_every, "unit_long": r_unit_long,
    "unit_after_next": r_unit_after_next, "nth_week_of": r_nth_week_of,
    "set_clock": r_set_clock,
    "plural_weekday": r_plural_weekday, "vague_ago": r_vague_ago, "duration": r_duration,
    "vague": r_vague, "past_unit": r_past_unit, "plural_units": r_plural_units, "year": r_year,
    "bare_month": r_bare_month, "datetime": r_datetime, "story_month": r_story_month,
    "era_month_day": r_era_date, "era_day_month": r_era_date,
    "month_rel_year": r_month_rel_year,
    "month_day_rel_year": r_month_rel_year,
    "spelled_year": r_spelled_year, "year_ago_period": r_year_ago_period,
    "same_period": r_same_period,
    "recent_units": r_recent_units, "vague_duration": r_vague_duration,
    "weekday_parts": r_plural_weekday,
    "definite_unit": r_definite_unit, "year_end": r_year_end, "whole_year": r_whole_year,
    "year_ended": r_year_ended, "the_year": r_whole_year,
    "end_of_unit": r_end_of_unit, "year_period": r_year_period, "every_month": r_every_month,
}

_unresolved = sorted({rule.name for rule in RULES} - set(RESOLVERS))
if _unresolved:   # (checked at import: every recognition rule has its resolver)
    raise RuntimeError(f"rules without a resolver: {_unresolved}")

# Rules whose value is a day or finer computed from explicit parts: reliable narrative anchors.
_EXPLICIT_RULES = {"iso_datetime", "iso_date", "numeric_date", "ymd_slash", "month_day_year",
                   "day_month_year"}


def infer_dct(timexes: Iterable[Timex], fallback: date, text: str = "",
              body_start: int = 0) -> tuple[date, bool]:
    """Guess the publication date from the text: its dateline's ("NAIROBI, August 9 (Xinhua)
    --"), else the latest date it names explicitly.

    Year-less dates ("March 24") count too, placed in the latest year the text names (for a
    dateline with none named: the last such day up to `fallback`). Returns (date, True) when
    something was found, else (fallback, False).
    """
    timexes = list(timexes)
    full, yearless, years, ahead = [], [], [], []
    dateline = _dateline(timexes, text, body_start)
    for tx in timexes:
        if tx.rule in _EXPLICIT_RULES:
            res = RESOLVERS[tx.rule](tx, Context(fallback, ANCHOR_DCT))
            span = V.value_span(res.value) if res else None
            if span and text and (_UNTIL_BEFORE.search(text, max(0, tx.start - 24), tx.start) or
                                  _modal_before(text, tx.start)):
                ahead.append(span[0])   # (a day something runs until, or one that "will"
            elif span:                  # comes: the story looks ahead of its own day)
                full.append(span[0])
        elif tx.rule in _YEARLESS_DAYS:
            yearless.append((_month_number(tx.field("month")), _day_number(tx)))
        elif tx.rule in ("year", "month_year", "mod_year") and tx.field("year"):
            years.append(int(tx.field("year")))
    if dateline is not None:
        month, day, year = dateline
        latest = max([d.year for d in full] + years, default=None)
        if year is None and latest is not None:
            year = latest
        elif year is None:   # the last such day up to the fallback (today)
            year = fallback.year - ((month, day) > (fallback.month, fallback.day))
        found = V.safe_date(V.clamp_year(year), month, day)
        if found:
            return found, True
    full = full or ahead   # (only days ahead: the latest of them still)
    if full:
        year = max(full).year
        candidates = full + [d for d in (V.safe_date(year, m, dd) for m, dd in yearless) if d]
        return max(candidates), True
    if years:
        return date(max(years), 12, 31), True
    return fallback, False


_DATELINE_AFTER = re.compile(vocab.DATELINE_AFTER)


def _dateline(timexes: list[Timex], text: str, body_start: int) -> Optional[tuple]:
    """(month, day, year or None) of a dateline: the text's first expression, a day within its
    first line's 60 characters, after a place ("NAIROBI, August 9 (Xinhua) --")."""
    first = timexes[0] if timexes else None
    if first is None or first.rule not in _DATELINE_RULES or first.start - body_start > 60 or \
            "\n" in text[body_start:first.start].strip() or \
            not text[body_start:first.start].rstrip().endswith(",") or \
            not _DATELINE_AFTER.match(text, first.end):
        return None
    year = int(first.field("year")) if first.field("year") else None
    return _month_number(first.field("month")), _day_number(first), year


# Values that move the story's "now" (the anchor of "the next day", "that week"...).
_NARRATIVE_GRANULARITIES = {"day", "time", "month", "year", "week", "quarter", "season"}
_STORY_GRANULARITIES = _NARRATIVE_GRANULARITIES - {"week"}


_DAY_JOINER = re.compile(r"\s*(?:,\s*)?(?:(?P<list>and|or|,)|(?:(?:and|or)\s+)?up\s+to(?:\s+and\s+"
                         r"including)?|to|through|until|till|[-–])\s*", re.I)   # ("on Monday
# or up to and including Friday": a range)


_RESOLVE_ERRORS = (ValueError, KeyError, OverflowError, TypeError)   # (a rule's fields no
# calendar holds: the expression resolves to nothing)
_YEARLESS_DAYS = {"month_day", "day_month"}
_DATED_DAYS = {"month_day_year", "day_month_year"}
_DATED_MONTHS = {"month_year", "month_rel_year"}   # ("August 2025", "August last year")
_DATELINE_RULES = _YEARLESS_DAYS | _DATED_DAYS


def _range_end(text: str, tx: Timex, after: Timex, dct: date) -> Optional[date]:
    """The day (or month's first day) `after` names when the year-less date `tx` runs to it
    or is listed with it ("from May 18 to July 4, 1863", "on May 18 and July 4, 1863", "from
    June to August 2025", "between June and August last year"): its year is theirs."""
    if after.rule not in _DATED_DAYS | _DATED_MONTHS or \
            not _DAY_JOINER.fullmatch(text, tx.end, after.start):
        return None
    try:
        res = RESOLVERS[after.rule](after, Context(dct, ANCHOR_DCT))
    except _RESOLVE_ERRORS:
        return None
    span = V.value_span(res.value) if res else None
    return span[0] if span else None


def _in_weekly_set(text: str, prev: Timex, tx: Timex) -> bool:
    """Is the bare weekday `tx` listed after a weekly set ("every Monday and Thursday", "every
    Monday, Wednesday and Friday")?"""
    if prev.type != "SET" or not _WEEKLY.fullmatch(prev.value or "") or tx.field("rel") or \
            tx.field("part"):
        return False
    joiner = _DAY_JOINER.fullmatch(text, prev.end, tx.start)
    return bool(joiner and joiner.group("list"))


_WEEKLY = re.compile(r"XXXX-WXX-[1-7]")
_YEARLY = re.compile(r"XXXX-\d\d")
_LISTED_MONTHS = re.compile(rf"(?:\s*,\s*(?:{alternation(vocab.MONTHS)})\b\.?)*\s*,?\s*(?:and|or)\s+",
                            re.I)   # (", June, September and ": months between, untagged)


def _in_yearly_set(text: str, prev: Timex, tx: Timex) -> bool:
    """Is the bare month `tx` listed after a yearly set ("every March, June, September and
    December": December is yearly too, no date of its own)?"""
    return prev.type == "SET" and bool(_YEARLY.fullmatch(prev.value or "")) and \
        tx.rule == "bare_month" and _LISTED_MONTHS.fullmatch(text, prev.end, tx.start) is not None


def _weekday_named(tx: Timex) -> bool:
    """Is `tx` a weekday, alone or with a clock time ("midday on Sunday")?"""
    return tx.rule == "relative_weekday" or tx.field("day_rule") == "relative_weekday"


def _joined_day(text: str, prev: Timex, tx: Timex) -> Optional[tuple[date, bool]]:
    """(the day, whether a list) a weekday `prev` names when the weekday `tx` follows it in a
    list or range ("next Tuesday and Wednesday", "Friday and Thursday", "Friday through
    Sunday", "from 6pm on Friday until midday on Sunday")."""
    if prev.point and _FULL_DAY.fullmatch(prev.point) and \
            _POINT_THEN_DAY.fullmatch(text, prev.end, tx.start):   # ("Two days later, on
        return date.fromisoformat(prev.point), True                  # Friday": that day)
    joiner = _DAY_JOINER.fullmatch(text, prev.end, tx.start)
    if not _weekday_named(prev) and not (   # (or a time a range starts at: "from midnight
            joiner and not joiner.group("list") and prev.value and   # tonight until Saturday
            _FULL_DAY.match(prev.value) and "T" in prev.value):      # afternoon"; not a date's
        return None   # day: "bought from Sept. 14 to Thursday" is the DCT's last Thursday)
    span = V.value_span(prev.value) if joiner else None
    return (span[0], bool(joiner.group("list"))) if span else None


def _range_start(text: str, prev: Timex, tx: Timex) -> Optional[tuple[date, bool]]:
    """(the day, False) a range that the year-less date `tx` ends starts on ("from June 1 to
    Nov. 30": June 1), else None."""
    joiner = _DAY_JOINER.fullmatch(text, prev.end, tx.start)
    if joiner is None or joiner.group("list") or not _FULL_DAY.fullmatch(prev.value or ""):
        return None
    return date.fromisoformat(prev.value), False


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_POINT_THEN_DAY = re.compile(r"\s+(?:later|earlier),\s+(?:on\s+)?", re.I)
_JOIN_FIELDS = ("around", "or_later")   # the fields tagger._join_left/_join_right add


def resolve(timexes: list[Timex], text: str, dct: date, dct_inferred: bool = False) -> list[Timex]:
    """Values for every timex of one document, in text order; unresolvable ones are dropped."""
    out: list[Timex] = []
    narrative: Optional[date] = None
    narrative_granularity: Optional[str] = None
    narrative_value: Optional[str] = None
    story_day: Optional[date] = None
    narrative_end = -1
    reported: Optional[str] = None
    period: Optional[str] = None
    dct_in_view = False
    bc_year: Optional[str] = None
    dct_anchor = ANCHOR_INFERRED if dct_inferred else ANCHOR_DCT
    rules = {tx.rule for tx in timexes}
    layout = Structure(text) if timexes else None   # (a caption's date anchors nothing)
    headings = _HeadingDays(dct)
    weekdays = _NamedWeekdays()
    for i, tx in enumerate(timexes):
        if out and tx.rule == "relative_weekday" and _in_weekly_set(text, out[-1], tx):
            out.append(replace(out[-1], start=tx.start, end=tx.end, text=tx.text,
                               rule=tx.rule, fields=tx.fields,
                               value=out[-1].value[:-1] + str(_weekday_number(tx.field("weekday")))))
            continue   # ("every Monday and Thursday": Thursday is weekly too)
        if out and _in_yearly_set(text, out[-1], tx):
            out.append(replace(out[-1], start=tx.start, end=tx.end, text=tx.text, rule=tx.rule,
                               fields=tx.fields,
                               value=f"XXXX-{_month_number(tx.field('month')):02d}"))
            continue   # ("every March, June, September and December": December is yearly)
        if tx.rule == "clock_time" and layout.kind_at(tx.start) == TIME_HEADING:
            narrative = headings.day_of(_clock(tx))   # (a live blog's time heading: its day,
            narrative_granularity, narrative_value = "day", V.day_value(narrative)   # not the
            # story's last date)
        joined = (_joined_day(text, out[-1], tx) if _weekday_named(tx) else
                  _range_start(text, out[-1], tx) if tx.rule in _YEARLESS_DAYS else None) \
            if out else None
        end = _range_end(text, tx, timexes[i + 1], dct) if (
            tx.rule in _YEARLESS_DAYS or tx.rule == "bare_month") and \
            i + 1 < len(timexes) else None
        ctx = Context(dct, dct_anchor, text, _clocks_start(text, timexes, i), narrative,
                      narrative_granularity, narrative_value, reported, joined, end,
                      dct_in_view, bc_year, period, narrative_end, story_day)
        try:
            res = RESOLVERS[tx.rule](tx, ctx)
        except _RESOLVE_ERRORS:
            res = None
        if res is None or not V.is_well_formed(res.value):
            continue
        res = weekdays.same(tx, res)
        if res.granularity == "day" and tx.field("part"):   # "the night of Aug. 29"
            res = replace(res, value=res.value + _part_suffix(tx), granularity="time")
        if tx.fields and tx.fields[-1][0] in _JOIN_FIELDS and res.mod is None:
            joined = tx.field("around") or tx.field("or_later")   # "around Nov. 1", "1994 or
            res = replace(res, mod=vocab.JOINED_MODS[_squash(joined)])   # later" (the tagger
            # appends these fields last)
        kind = ("TIME" if tx.type == "DATE" and (res.granularity == "time" or
                                                 res.value[10:11] == "T") else
                "DURATION" if res.granularity == "duration" else
                "DATE" if tx.type == "DURATION" and not res.value.startswith("P") else tx.type)
        end, words = (tx.end, tx.text) if kind != "DURATION" or tx.rule != "ago" else \
            _without_direction(tx)   # ("Three days" of "Three days later")
        ended = _period_ended(text, out[-1], tx, res.value) if \
            kind == "DATE" and res.granularity == "day" and out else None
        period = ended or period   # (the latest report's; the day that closes it places its
        # happening in it: "Net income fell in the three months to June 30": the quarter's)
        out.append(Timex(tx.start, end, words, kind, tx.rule, tx.fields, res.value,
                         res.granularity, res.anchor, res.confidence, res.mod,
                         ended or res.point))
        if res.advances and (kind in ("DATE", "TIME") and res.granularity in
                             _NARRATIVE_GRANULARITIES or res.point) and \
                not layout.not_narrative(tx.start) and \
                not _ASIDE_BEFORE.search(text, max(0, tx.start - 120), tx.start) and \
                not _subject_relative_before(text, tx.start) and \
                not text[max(0, tx.start - 7):tx.start].rstrip().lower().endswith(_BOUNDS) and \
                not (narrative_granularity in ("day", "time") and
                     _TELLING_DAY.search(text, max(0, tx.start - 30), tx.start) and
                     _soon_after(res.point or res.value, narrative)) and \
                not (narrative_granularity in ("day", "time") and
                     _PLUPERFECT_BEFORE.search(text, max(0, tx.start - 80), tx.start)) and \
                not (tx.start <= HEAD_CHARS and _page_stamp(text, tx, res.value, dct)):
            # (nor a page's stamp at its head, "July 17, 2025" over a story of 1975)
            # (nor a flashback's, after a story's day: "The mission had been agreed in May
            # 1972. Soyuz landed on July 21" is still 1975's July)
            # (the day a telling is dated, "raided on Saturday, police said on Monday", is not
            # the story's: a time after it is still Saturday's)
            when = res.point or res.value
            span = V.value_span(when)
            bc_year = when[:6] if when.startswith("BC") and len(when) >= 6 else \
                None if span else bc_year   # (a story in 44 BC, until one after the era)
            if span:
                narrative, narrative_granularity, narrative_value = span[0], span[2], when
                narrative_end = tx.end if res.anchor == ANCHOR_EXPLICIT else -1
                if narrative_granularity in ("day", "time"):
                    story_day = narrative
                dct_in_view = dct_in_view or (span[0] - dct).days <= 366 and \
                    (dct - span[1]).days <= 366   # (a span within a year of the DCT)
                if reported is None and _reported(span, tx.text, dct):
                    reported = res.value
    return _clock_days(text, out) if "clock_time" in rules else out


def _page_stamp(text: str, tx, value: str, dct: date) -> bool:
    """Is the expression a stamp of the page's publication or update ("Published April 16,
    2019"), or its day alone on a line ("July 17, 2025"); not a day-by-day story's first
    heading ("Monday, April 15" over a page published on the 16th)?"""
    kind = stamp_at(text, tx.start, tx.end)
    return bool(kind) and (kind != PLAIN or value[:10] == dct.isoformat())


_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:not|already|been|first|long)\s+){0,2}"
                                r"[a-z]+(?:ed|en|wn|ne|ght|t)\s[^,;:.!?()\n]*$")
_ASIDE_BEFORE = re.compile(rf",\s+(?:{alternation(WHO_WHICH)})\s[^,;:.!?()\n]*$", re.I)   # (a
# date in an aside on a name, "the Fukushima Daiichi plant, which was wrecked by a tsunami in
# March 2011, ...": background, not the story's "now")
_SUBJECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?([a-z]+)\s"
                               r"[^,;:.!?()\n]*$")


def _subject_relative_before(text: str, start: int) -> bool:
    """Is a date in a relative clause whose verb follows its "that" ("ending a trial that began
    on Feb. 23"): background, not the story's "now" (a time after it is the lead's day)?"""
    m = _SUBJECT_RELATIVE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    from . import wordclass as W
    kinds = W.classes(m.group(1))
    return bool(kinds & W.VERB) and (not kinds & W.NOUN or m.group(1).endswith("ed"))


_BOUNDS = (" until", " till", " since")   # (a state's bound before a date, "released
# on bail until December 15", "divided the city since August 1961": not the story's "now")
TELLING_LAG = 14   # days after the story's day within which a telling's day is only the report's


def _soon_after(value: str, day: Optional[date]) -> bool:
    """Is the day of `value` at most TELLING_LAG days after `day` (a report's lag: "raided on
    Saturday, police said on Monday"; not "announced on 9 November 1989" after 1987's day)?"""
    span = V.value_span(value)
    return day is None or span is None or (span[0] - day).days <= TELLING_LAG


_TELLING_DAY = re.compile(r"\b(?:" + "|".join(sorted(vocab.ATTRIBUTION_VERBS)) +
                          r")\s+(?:(?:in|at)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){1,2})?"
                          r"(?:(?:" + "|".join(vocab.TELLING_DAY_GAP) + r")\s+)?$", re.I)   # (and
# "said in a statement on Wednesday", "said at a news conference on Monday")


class _NamedWeekdays:
    """A bare weekday a story names again is the day it named first ("Rovers host Castleton
    on Saturday. ... Tickets for Saturday's match sold out on Monday": the same Saturday)."""

    def __init__(self):
        self.days: dict = {}

    def same(self, tx: Timex, res: Resolution) -> Resolution:
        if tx.rule != "relative_weekday" or tx.field("rel") or res.granularity != "day":
            return res
        weekday = _weekday_number(tx.field("weekday"))
        if weekday not in self.days:
            self.days[weekday] = res
            return res
        first = self.days[weekday]
        return replace(res, value=first.value, anchor=first.anchor)


class _HeadingDays:
    """The days of a live blog's time headings ("9:40 p.m.", "7:15 p.m."): the publication
    day, a day back each time a blog whose headings run back in time goes past midnight (a
    heading later in the day than the one above it)."""

    def __init__(self, dct: date):
        self.day, self.clocks = dct, []

    def day_of(self, clock: Optional[str]) -> date:
        if clock:
            if len(self.clocks) >= 2 and self.clocks[1] < self.clocks[0] and \
                    clock > self.clocks[-1]:
                self.day = V.add_days(self.day, -1)
            self.clocks.append(clock)
        return self.day


_CLOCK_RANGE = re.compile(r"\s*(?:(?i:to|until|till|through)|[-–])\s*")   # ("3am to 9pm")
_CLOCK_TO_DAY = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:(?i:on)\s+)?")


def _clocks_start(text: str, timexes: list[Timex], i: int) -> int:
    """Where the tense of timexes[i] is read: at the first of the clocks right before it that
    are on its day (see _clock_days: "talks resume at 10 a.m. (1400 GMT) Tuesday"), else at
    its own start."""
    start = timexes[i].start
    if i == 0 or timexes[i - 1].rule != "clock_time":
        return start   # (the quick test: most timexes follow no clock)
    for k in (i - 2, i - 1):   # (the first clock; what lies between it and the day is read
        if k >= 0 and all(tx.rule == "clock_time" for tx in timexes[k:i]) and \
                _CLOCK_TO_DAY.fullmatch(text, timexes[k].end, start):   # as _clock_days does)
            return timexes[k].start
    return start


def _clock_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """"at 3:15 p.m. local time (0815 GMT) on Sunday", "10 a.m. EDT (1400 GMT) Tuesday": a
    clock time with no day of its own, and the one in parentheses after it, are on the day
    named right after them (the tagger joins only a clock and a day side by side)."""
    out = list(timexes)
    for i, tx in enumerate(out):
        if tx.rule != "clock_time":
            continue   # (the quick test: most timexes are no bare clock)
        end = out[i + 1] if i + 1 < len(out) else None
        if end is not None and end.type == "TIME" and len(end.value or "") >= 16 and \
                end.value[10] == "T" and _CLOCK_RANGE.fullmatch(text, tx.end, end.start) and \
                len(tx.value or "") >= 16:   # (a range's start on its end's day: "from 3am
            out[i] = replace(tx, value=V.on_end_day(tx.value, end.value),   # to 9pm on
                             anchor=end.anchor,                              # Saturday")
                             confidence=min(tx.confidence, end.confidence))
            continue
        j = i + 2 if i + 2 < len(out) and out[i + 1].rule == "clock_time" else i + 1
        day = out[j] if j < len(out) else None
        if day is None or day.granularity != "day" or len(day.value or "") != 10 or \
                not _CLOCK_TO_DAY.fullmatch(text, tx.end, day.start):
            continue
        for k in range(i, j):
            clock = out[k]
            out[k] = replace(clock, value=day.value + clock.value[10:], anchor=day.anchor,
                             confidence=min(clock.confidence, day.confidence))
    return out
