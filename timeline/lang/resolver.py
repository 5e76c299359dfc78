"""Resolution for the languages read from packs: typed fields -> TIMEX3 values.

Each rule of lang/tagger.py has a resolver here (RESOLVERS, checked at import). They read only
typed fields (month 10, weekday 1, unit "Y", relation "last", days from the DCT) and two things
from the text: the tense of the nearest verb form (the pack's past and future forms), which
decides "el lunes" and "en febrero" when no word does, and the narrative's last day, which
anaphoric expressions ("tres días después", "le lendemain") count from.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Optional

from .. import values as V
from ..model import (ANCHOR_DCT, ANCHOR_EXPLICIT, ANCHOR_NARRATIVE, ANCHOR_NONE, DATE, DURATION,
                     TIME, Timex, evolve)
from ..joiners import alternation, joined, joiner
from ..resolve import weekday_date
from ..structure import HEAD_CHARS, stamp_at
from . import pack as P
from . import _noun_openers, words_regex
from .tagger import RULES

TENSE_WINDOW = 80   # characters either side of an expression read for its verb's tense
NEAR_DAYS = 62      # a year-less date this close to the DCT takes the nearest year, any tense


class Context:
    """What resolving one expression may read: the text, the DCT, the narrative's last day."""

    def __init__(self, text: str, dct: date, pack: P.Pack):
        self.text, self.dct, self.pack = text, dct, pack
        self.narrative = dct
        self.narrative_anchor = ANCHOR_DCT
        self.narrative_end = 0   # where the expression that set the narrative's day ended
        self.coarse: Optional[date] = None   # the first day of the month or year the text
        # named last, when no day came after it ("en marzo de 2023 ... dos meses después"),
        self.coarse_end = 0   # and where it ended
        self.coarse_month = False   # (and whether it was a month)

    def tense(self, tx: Timex) -> Optional[str]:
        return tense_at(self.text, tx.start, tx.end, self.pack)


@lru_cache(maxsize=None)
def tense_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The pack's verb forms in a tense, a group each (past, future); None without any."""
    parts = [f"(?P<{name}>{form})" for name, form in (("past", pack.past_forms),
                                                       ("future", pack.future_forms)) if form]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I) if parts else None


_QUOTE_MARK = re.compile(r"[\"«»“”„]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


@lru_cache(maxsize=None)
def planned_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The words before a date that make it planned for ("para el", "für den"), matched at
    the end of the text before it; None without any."""
    return words_regex(pack.planned_before, r"\s+$")


@lru_cache(maxsize=None)
def until_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The words before a date something runs until ("hasta el", "bis"), matched at the end of
    the text before it (with an article between: "jusqu'à ce"); None without any."""
    return words_regex(pack.until_before, r"\s*(?:\w+\s+)?$")


@lru_cache(maxsize=None)
def saying_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The pack's verbs of saying (stems), matched at a word's start; None without any."""
    return words_regex(pack.saying, r"\w*", start="")


@lru_cache(maxsize=None)
def participle_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """A past participle ending the text before a date, its article between and the word before
    it in groups ("la grève lancée jeudi", "la huelga convocada el jueves"); None without the
    pack's participle endings."""
    if not pack.participle_endings:
        return None
    articles = alternation(pack.articles)
    return re.compile(rf"(?<!\w)(?P<before>\w+),?\s+(?P<participle>\w{{3,}}"
                      rf"(?:{alternation(pack.participle_endings)}))\s+(?:(?:{articles})\s+)?$",
                      re.I)


@lru_cache(maxsize=None)
def _not_before_participle(pack: P.Pack) -> frozenset:
    """Words after which a participle is no bare one: the last words of the pack's auxiliaries
    ("a été" lancée, "sera" lancée), its clitics, and its articles (a noun: "i sindacati")."""
    return frozenset({a.split()[-1].lower() for a in pack.auxiliaries} |
                     {w.lower() for w in pack.clitics + pack.articles + pack.label_articles +
                      pack.contracted})


def _done_participle(text: str, start: int, pack: P.Pack) -> bool:
    """Does a bare past participle after a noun stand right before the date, telling it done
    ("La grève lancée jeudi par les syndicats se poursuivra": the Thursday before)? Not one an
    auxiliary tells the tense of ("sera lancée jeudi"), nor a plan's ("prévue jeudi"), nor an
    adjective after an adverb ("un trafic très perturbé jeudi")."""
    regex = participle_regex(pack)
    m = regex.search(text, max(0, start - 40), start) if regex else None
    if m is None or not m.group("participle").islower():
        return False
    word = m.group("participle").lower()
    before = m.group("before").lower()
    tensed = tense_regex(pack)
    return word not in pack.stopwords and before not in _not_before_participle(pack) and \
        before not in pack.stopwords and not before.endswith(pack.adverb_endings or "\0") and \
        not (tensed and (tensed.fullmatch(before) or   # (a verb's complement: "resteront
                         (f := tensed.fullmatch(word)) and f.group("future"))) and \
        before not in pack.present_verbs   # fermées vendredi"; a plan: "prévue jeudi")


def tense_at(text: str, start: int, end: int, pack: P.Pack) -> Optional[str]:
    """PAST or FUTURE from the verb form nearest the expression in its sentence, else None."""
    regex = tense_regex(pack)
    if regex is None:
        return None
    lo = max(0, start - TENSE_WINDOW)
    hi = min(len(text), end + TENSE_WINDOW)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        lo += cut + 1
    after = text[end:hi]
    stop = min([i for i in (after.find(". "), after.find("\n")) if i >= 0], default=-1)
    if stop >= 0:
        hi = end + stop
    planned = planned_regex(pack)
    if planned and planned.search(text, max(0, start - 24), start):
        return P.FUTURE   # ("convocó para el jueves una reunión": the coming Thursday)
    if _done_participle(text, start, pack):
        return P.PAST
    best, best_distance = None, None
    saying = saying_regex(pack) if len(text[lo:start].split()) > 1 else None   # (a fronted
    # date's verb is after its comma: "El martes, Apple anunció")
    for m in regex.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if m.start() >= end and "," in between and saying and \
                saying.search(" ".join(text[m.start():m.end() + 24].split()[:2])):   # (its
            # auxiliary's next word too: "a annoncé")
            continue   # (the telling's tense, not the told's: "Der Streik beginnt am Mittwoch,
            # sagte Weselsky")
        if _QUOTE_MARK.search(between) or "," in between:
            distance += TENSE_WINDOW * 2   # (a verb outside the quote or the clause the date is
            # in is the teller's: "«Resteranno chiuse fino a venerdì», ha detto"; "reist am
            # Donnerstag nach Paris, teilte ein Sprecher mit")
        if best_distance is None or distance < best_distance:
            best, best_distance = (P.PAST if m.group("past") else P.FUTURE), distance
    until = until_regex(pack) if best in (None, P.PAST) else None
    if until and until.search(text, max(0, start - 24), start) and (
            best is None or _ordered(text, lo, start, pack)):
        return P.FUTURE   # (what runs until then, no verb telling it done: "la grève doit
        # durer jusqu'à vendredi", "der Streik dauert bis Samstag"; or what an order keeps:
        # "ha disposto la chiusura delle scuole fino a mercoledì")
    reported = reported_future_regex(pack)
    for m in reported.finditer(text, lo, start) if reported else ():   # (before the date, in
        distance = start - m.end()   # its clause: "qu'elle recevrait les syndicats jeudi";
        if "," in text[m.end():start]:   # not "a déclaré mardi qu'il recevrait": the telling's)
            distance += TENSE_WINDOW * 2
        if best_distance is None or distance < best_distance:
            best, best_distance = P.FUTURE, distance
    return best


@lru_cache(maxsize=None)
def orders_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The pack's verbs that order a state until a date (stems, at a word's start)."""
    return words_regex(pack.orders, r"\w*", start=r"(?<!\w)")


def _ordered(text: str, lo: int, start: int, pack: P.Pack) -> bool:
    """Does an ordering verb stand in the expression's clause (no comma between; after it too,
    in German: "bis Freitag angeordnet")?"""
    regex = orders_regex(pack)
    if regex is None:
        return False
    first = max(lo, text.rfind(",", lo, start) + 1)
    last = min((i for i in (text.find(",", start), text.find(".", start), len(text)) if i >= 0))
    return regex.search(text, first, last if pack.verb_last else start) is not None


@lru_cache(maxsize=None)
def reported_future_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The pack's conditional of a future told in the past (tense only); None without one."""
    return re.compile(pack.reported_future, re.I) if pack.reported_future else None


# --- helpers ------------------------------------------------------------------------------------
def _f(tx: Timex, name: str, default=None):
    return tx.field(name, default)


def _set(tx: Timex, value: Optional[str], anchor: str, confidence: float, **extra) -> Timex:
    if value is None:
        return tx
    granularity = extra.pop("granularity", None) or _granularity(value)
    return evolve(tx, value=value, anchor=anchor, confidence=confidence,
                  granularity=granularity, **extra)


_SEASON_END = re.compile(r"-(SP|SU|FA|WI)$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d{2})?")
_STANDALONE_LATER = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:[,.;:!?]|$)")   # ("dos meses
# después," / "más tarde.": the later word ends the phrase)
COARSE_REACH = 300   # characters: how far back a month or year anchors "dos meses después"


def _granularity(value: str) -> str:
    if "T" in value and not value.startswith("P"):
        return "time"
    if value.startswith("P") and value not in V.VAGUE_VALUES:
        return "duration"
    return {10: "day", 7: "month", 4: "year", 3: "decade", 2: "century"}.get(
        len(value), "week" if "-W" in value else "quarter" if "-Q" in value else
        "season" if _SEASON_END.search(value) else "vague")


def _year_for(month: int, day: int, ctx: Context, tense: Optional[str],
              strict: bool = False) -> int:
    """The year a year-less day or month falls in: the one the tense points to from the DCT,
    the nearest when it is close or no tense is read."""
    dct = ctx.dct
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        d = V.safe_date(year, month, min(day, 28) if day else 15)
        if d:
            candidates.append((year, (d - dct).days))
    if not day:   # a month: the DCT's own month is this year's; another, the tense's side
        if month == dct.month:
            return dct.year
        if tense == P.PAST:
            return dct.year if month < dct.month else dct.year - 1
        if tense == P.FUTURE:
            return dct.year if month > dct.month else dct.year + 1
    nearest = min(candidates, key=lambda c: abs(c[1]))
    if tense is None or abs(nearest[1]) <= NEAR_DAYS and not strict:
        return nearest[0]
    side = [c for c in candidates if (c[1] <= 0 if tense == P.PAST else c[1] >= 0)]
    return min(side, key=lambda c: abs(c[1]))[0] if side else nearest[0]


def _unit_value(unit: str, d: date) -> str:
    """The value of the unit (week, month, year...) that day `d` is in."""
    if unit == P.DAY:
        return V.day_value(d)
    if unit == P.WEEK:
        return V.week_value(d)
    if unit == P.WEEKEND:
        return V.week_value(d) + "-WE"
    if unit == P.MONTH:
        return V.month_value(d.year, d.month)
    if unit == P.QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == P.HALF:
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == P.DECADE:
        return f"{d.year // 10:03d}"
    if unit == P.CENTURY:
        return f"{d.year // 100:02d}"
    return V.year_value(d.year)


def _shift(d: date, unit: str, n: float) -> date:
    """Day `d` moved by n units (whole units; hours and minutes stay on the day)."""
    n = int(round(n))
    if unit in (P.DAY,):
        return V.add_days(d, n)
    if unit in (P.WEEK, P.WEEKEND):
        return V.add_days(d, 7 * n)
    months = {P.MONTH: 1, P.QUARTER: 3, P.HALF: 6, P.YEAR: 12, P.DECADE: 120, P.CENTURY: 1200}
    if unit in months:
        year, month = V.add_months(d.year, d.month, months[unit] * n)
        return V.safe_date(year, month, min(d.day, 28)) or d
    return d


_POINT_UNIT = {P.HOUR: P.DAY, P.MINUTE: P.DAY, P.SECOND: P.DAY, P.WEEK: P.DAY, P.WEEKEND: P.DAY,
               P.DECADE: P.YEAR, P.CENTURY: P.YEAR}


def _offset(base: date, unit: str, n: Optional[float], sign: int) -> Optional[str]:
    """The value n units from `base` (before it when sign is -1), at the unit's granularity
    (weeks and hours at the day's)."""
    if n is None:
        return None
    return _unit_value(_POINT_UNIT.get(unit, unit), _shift(base, unit, sign * n))


def _year_rel(tx: Timex, ctx: Context) -> Optional[int]:
    """The year a "de este año" / "del año pasado" after a month or quarter names."""
    rel = _f(tx, "yr_this") or _f(tx, "yr_after") or _f(tx, "yr_before")
    if rel is None:
        return None
    return ctx.dct.year + {P.THIS: 0, P.LAST: -1, P.NEXT: 1}.get(rel, 0) if rel in (
        P.THIS, P.LAST, P.NEXT) else ctx.narrative.year + (-1 if rel == P.PREVIOUS else 1
                                                          if rel == P.FOLLOWING else 0)


def _year(tx: Timex, ctx: Context) -> Optional[int]:
    year = _f(tx, "year")
    if year is not None:
        return year + (2000 if year < 50 else 1900 if year < 100 else 0)
    return _year_rel(tx, ctx)


def _duration(unit: str, n: Optional[float]) -> str:
    if unit == P.HOUR and n is not None and n < 1:   # "media hora": PT30M
        return V.duration_value(n * 60, "MIN")
    letter = {P.DECADE: "DE", P.CENTURY: "CE", P.WEEKEND: "WE", P.HOUR: "H"}.get(unit, unit)
    if unit == P.DECADE and n is not None:
        return V.duration_value(n * 10, "Y")
    if unit == P.CENTURY and n is not None:
        return V.duration_value(n * 100, "Y")
    if unit == P.QUARTER and n is not None:
        return V.duration_value(n * 3, "M")
    if unit == P.HALF and n is not None:
        return V.duration_value(n * 6, "M")
    return V.duration_value(n, letter)


def _count(tx: Timex) -> Optional[float]:
    n = _f(tx, "count")
    if n is None:
        return None
    return n + (0.5 if _f(tx, "and_half") else 0)


# --- resolvers, one per rule ---------------------------------------------------------------------
def r_iso_date(tx, ctx):
    d = V.safe_date(_f(tx, "year"), _f(tx, "month"), _f(tx, "day"))
    return _set(tx, d and V.day_value(d), ANCHOR_EXPLICIT, 0.95)


def r_numeric_date(tx, ctx):
    fields = tuple(f for f in tx.fields if f[0] != "year") + (("year", _year(tx, ctx)),)
    return r_iso_date(replace(tx, fields=fields), ctx)   # ("22/08/11": 2011, not the year 11)


def r_day_month(tx, ctx):
    month, day = _f(tx, "month"), _f(tx, "day")
    year = _year(tx, ctx)
    day_value = V.weekend_around if _f(tx, "weekend") else V.day_value   # ("el fin de semana
    if year is not None:                                                # del 18 de enero")
        d = V.safe_date(year, month, day)
        return _set(tx, d and day_value(d), ANCHOR_EXPLICIT, 0.95)
    rel = _f(tx, "rel_before") or _f(tx, "rel_after")   # "el pasado 22 de marzo", "le prochain
    # 15 novembre", "il 6 maggio scorso"
    if not rel and ctx.coarse and ctx.coarse_month and ctx.coarse.year != ctx.dct.year and \
            not _SENTENCE_END.search(ctx.text, ctx.coarse_end, tx.start):   # (the year its
        d = V.safe_date(ctx.coarse.year, month, day)   # sentence named: "tomado posse em abril
        return _set(tx, d and day_value(d), ANCHOR_NARRATIVE, 0.8)   # de 2024, após vencer as
        # eleições de 10 de março": 2024-03-10, not the March two days before publication)
    tense = P.PAST if rel == P.LAST else P.FUTURE if rel == P.NEXT else ctx.tense(tx)
    year = _year_for(month, day, ctx, tense, strict=rel in (P.LAST, P.NEXT))
    d = V.safe_date(year, month, day)
    return _set(tx, d and day_value(d), ANCHOR_DCT, 0.85 if rel else 0.8)


def r_month_year(tx, ctx):
    year = _year(tx, ctx)
    return _set(tx, year and V.month_value(year, _f(tx, "month")), ANCHOR_EXPLICIT, 0.95)


def r_year(tx, ctx):
    year, end = _f(tx, "year"), _f(tx, "season_end")
    if end is not None and end == (year + 1) % 100:   # (a season over two years: "la
        return _set(tx, f"{V.year_value(year)}/{V.year_value(year + 1)}",   # stagione 2022-23")
                    ANCHOR_EXPLICIT, 0.9, granularity="year")
    return _set(tx, V.year_value(year), ANCHOR_EXPLICIT, 0.9)


def r_quarter(tx, ctx):
    n, unit = _f(tx, "ordinal"), _f(tx, "quarter")
    if not n or n > (2 if unit == P.HALF else 4):
        return tx
    year = _year(tx, ctx)
    anchor = ANCHOR_EXPLICIT
    if year is None:
        anchor, year = ANCHOR_DCT, ctx.dct.year
        current = (ctx.dct.month - 1) // (6 if unit == P.HALF else 3) + 1
        if n > current and ctx.tense(tx) == P.PAST:
            year -= 1
    return _set(tx, f"{year:04d}-{'H' if unit == P.HALF else 'Q'}{n}", anchor, 0.85)


def r_holiday(tx, ctx):
    """A holiday's day: a fixed one's (month, day), or a movable feast's days from Easter
    Sunday ("viernes santo": -2), in the year given, else the one the tense points to."""
    holiday = _f(tx, "holiday")
    if isinstance(holiday, int):   # (Easter's: this year's, to place it among the others)
        near = V.add_days(V.easter(ctx.dct.year), holiday)
        year = _year(tx, ctx) or _year_for(near.month, near.day, ctx, ctx.tense(tx))
        d = V.add_days(V.easter(year), holiday)
    else:
        month, day = holiday
        year = _year(tx, ctx) or _year_for(month, day, ctx, ctx.tense(tx))
        d = V.safe_date(year, month, day)
    day_value = V.weekend_around if _f(tx, "weekend") else V.day_value   # ("le week-end de
    anchor = ANCHOR_EXPLICIT if _f(tx, "year") else ANCHOR_DCT           # Pâques")
    return _set(tx, d and day_value(d), anchor, 0.85)


def r_season_year(tx, ctx):
    year = _year(tx, ctx)
    return _set(tx, year and f"{year:04d}-{_f(tx, 'season')}", ANCHOR_EXPLICIT, 0.9)


def r_relative(tx, ctx):
    rel = _f(tx, "rel_before") or _f(tx, "rel_after") or _f(tx, "this")
    weekday, month, season = _f(tx, "weekday"), _f(tx, "month"), _f(tx, "season")
    unit, part = _f(tx, "unit"), _f(tx, "part") or _f(tx, "day_part")
    if weekday:
        return _weekday(tx, ctx, weekday, rel, part)
    if month:
        return _month(tx, ctx, month, rel)
    if season:
        year = ctx.dct.year + {P.LAST: -1, P.NEXT: 1}.get(rel, 0)
        return _set(tx, f"{year:04d}-{season}", ANCHOR_DCT, 0.8)
    if unit == P.WEEKEND and not rel:   # "el fin de semana": the last one, or the coming one
        ahead = ctx.tense(tx) != P.PAST or ctx.dct.isoweekday() >= 6
        return _unit(tx, ctx, unit, P.THIS if ahead else P.LAST)
    if unit and rel == P.ONE:   # "un mismo día": one day's stretch
        return _set(replace(tx, type=DURATION), _duration(unit, 1), ANCHOR_NONE, 0.8)
    if unit and rel:
        return _unit(tx, ctx, unit, rel)
    if part and rel == P.THIS:   # "esta mañana", "ce soir"
        return _set(replace(tx, type=TIME), f"{V.day_value(ctx.dct)}T{part}", ANCHOR_DCT, 0.85)
    return tx


def _compound_part(tx, pack: P.Pack) -> Optional[str]:
    """The part of the day a weekday written as one word with it names ("Mittwochabend": EV),
    else None."""
    word = tx.text.split()[-1].lower() if tx.text.split() else ""
    return next((code for name, code in sorted(pack.parts_of_day.items(), key=lambda i: -len(i[0]))
                 if word.endswith(name) and word[:-len(name)] in pack.weekdays), None)


THIS_PAST_DAYS = 3   # ("este viernes" said on a Monday may be the Friday just past)


def _weekday(tx, ctx, weekday: int, rel: Optional[str], part: Optional[str]):
    if rel in (P.PREVIOUS, P.FOLLOWING, P.SAME):   # (from the story's date)
        base, anchor = ctx.narrative, ANCHOR_NARRATIVE
        rel = {P.PREVIOUS: P.LAST, P.FOLLOWING: P.NEXT, P.SAME: P.THIS}[rel]
    else:
        base, anchor = ctx.dct, ANCHOR_DCT
        rel = rel if rel in (P.LAST, P.NEXT, P.THIS) else None
    tense = ctx.tense(tx)
    if rel == P.THIS and tense is not None and anchor == ANCHOR_DCT and not (
            tense == P.PAST and (base - weekday_date(base, weekday, None, tense)).days >
            THIS_PAST_DAYS):
        rel = None   # "este domingo" said on a Monday: the one past, or the coming one, by
        # tense; but a past one days back is "last Thursday", no "ce jeudi": "ont appelé à
        # une grève ce jeudi", said on a Wednesday, calls for the coming one
    d = weekday_date(base, weekday, rel, tense)
    part = part or _compound_part(tx, ctx.pack)
    value = V.day_value(d) + (f"T{part}" if part else "")
    return _set(replace(tx, type=TIME) if part else tx, value, anchor, 0.8 if rel else 0.75)


def _month(tx, ctx, month: int, rel: Optional[str]):
    dct = ctx.dct
    if rel == P.LAST:
        year = dct.year if month < dct.month else dct.year - 1
    elif rel == P.NEXT:
        year = dct.year if month > dct.month else dct.year + 1
    elif rel == P.THIS:
        year = dct.year
    else:
        year = _year_for(month, 0, ctx, ctx.tense(tx))
    return _set(tx, V.month_value(year, month), ANCHOR_DCT, 0.8)


def _unit(tx, ctx, unit: str, rel: str):
    if rel in (P.PREVIOUS, P.FOLLOWING, P.SAME):
        step = {P.PREVIOUS: -1, P.FOLLOWING: 1, P.SAME: 0}[rel]
        return _set(tx, _unit_value(unit, _shift(ctx.narrative, unit, step)), ANCHOR_NARRATIVE, 0.7)
    step = {P.LAST: -1, P.NEXT: 1, P.THIS: 0}[rel]
    return _set(tx, _unit_value(unit, _shift(ctx.dct, unit, step)), ANCHOR_DCT, 0.85)


def r_deictic(tx, ctx):
    d = V.add_days(ctx.dct, _f(tx, "deictic"))
    named = _f(tx, "dweekday")   # (its weekday says the day when the two differ by a day or
    if named and d.isoweekday() != named:   # two: "hoy sábado" in a page filed on Friday)
        shift = (named - d.isoweekday() + 3) % 7 - 3
        if abs(shift) <= 2:
            d = V.add_days(d, shift)
    part = _f(tx, "day_part")
    if part:
        return _set(replace(tx, type=TIME), f"{V.day_value(d)}T{part}", ANCHOR_DCT, 0.85)
    return _set(tx, V.day_value(d), ANCHOR_DCT, 0.9)


def r_day_part_word(tx, ctx):
    days, part = _f(tx, "day_part_word")
    return _set(tx, f"{V.day_value(V.add_days(ctx.dct, days))}T{part}", ANCHOR_DCT, 0.85)


def r_same_day(tx, ctx):
    return _set(tx, V.day_value(V.add_days(ctx.narrative, _f(tx, "same"))), ANCHOR_NARRATIVE, 0.7)


def r_since(tx, ctx):
    return _set(tx, _duration(_f(tx, "unit"), _count(tx)), ANCHOR_NONE, 0.8)


def r_ago_before(tx, ctx):
    unit = _f(tx, "unit") or _f(tx, "units")
    n = _count(tx) if _f(tx, "unit") else None
    if n is None:   # "hace años", "hace unos días"
        if unit in (P.HOUR, P.MINUTE, P.SECOND):
            return _set(tx, V.day_value(ctx.dct), ANCHOR_DCT, 0.7)
        return _set(tx, "PAST_REF", ANCHOR_DCT, 0.7)
    return _set(tx, _offset(ctx.dct, unit, n, -1), ANCHOR_DCT, 0.85)


r_ago_after = r_ago_before


@lru_cache(maxsize=None)
def _later_than_event(pack: P.Pack) -> Optional[re.Pattern]:
    """The later word and what opens a noun or clause after it ("después del atentado",
    "après l'incendie", "dopo che"), matched at a count's end: counted from that happening."""
    if not pack.later_after:
        return None
    return re.compile(rf"\s+(?:{alternation(list(pack.later_after))})\s+"
                      rf"(?:{alternation(_noun_openers(pack))})(?:(?<=['’])|(?![\w]))", re.I)


def r_later(tx, ctx):
    n, unit = _count(tx), _f(tx, "unit")
    if n is None:
        return tx
    event = _later_than_event(ctx.pack)
    if (ctx.narrative_anchor == ANCHOR_DCT or ctx.narrative >= ctx.dct or
            not _SENTENCE_END.search(ctx.text, ctx.narrative_end, tx.start)) and event and \
            event.match(ctx.text, tx.end):   # (the story's day the publication's, its time
        # stamp's, "Publié le 8 décembre 2024 à 18h32", or one to come: "elecciones para el
        # próximo 23 de julio, un día después de la derrota del PSOE" is no July 24)
        return _set(tx, _duration(unit, n), ANCHOR_NARRATIVE, 0.7, granularity="duration")
        # (from a happening no day of the story dates yet, not from the publication day:
        # "Tres días después del atentado, la policía detuvo")
    # (nor a day its own sentence named before: "a nommé vendredi ..., neuf jours après la
    # chute du gouvernement" is that Friday, counted from the fall, not nine days after it)
    near = ctx.coarse and unit in (P.MONTH, P.YEAR) and tx.start - ctx.coarse_end < COARSE_REACH \
        and _STANDALONE_LATER.match(ctx.text, tx.end)   # ("dos meses después.", not "un an
    base = ctx.coarse if near else ctx.narrative        # après son accession": an event's)
    if not near and ctx.narrative_anchor == ANCHOR_DCT and _f(tx, "later") > 0:
        return _set(tx, _duration(unit, n), ANCHOR_NARRATIVE, 0.7, granularity="duration")
        # (later than no day of the story: not after the publication day, as English's "five
        # years later" with no day before it)
    point = _offset(base, unit, n, _f(tx, "later"))
    return _set(tx, _duration(unit, n), ANCHOR_NARRATIVE, 0.7, point=point, granularity="duration")


def r_within(tx, ctx):
    if _told_conditional(ctx.text, tx.start, ctx.pack):   # (a future told in the past counts
        return _set(tx, _duration(_f(tx, "unit"), _count(tx)), ANCHOR_NARRATIVE, 0.6,   # from
                    granularity="duration")   # the telling, not the publication day: "avait
        # promis que l'édifice serait reconstruit d'ici cinq ans")
    return _set(tx, _offset(ctx.dct, _f(tx, "unit"), _count(tx), 1), ANCHOR_DCT, 0.8)


@lru_cache(maxsize=None)
def _conditional_regex(pack: P.Pack) -> Optional[re.Pattern]:
    """The pack's conditional forms, a word before each (an article's makes it a noun: "la
    mayoría"); None without them."""
    return re.compile(rf"(?:^|(\w+)\s+)(?:{pack.conditional})\b", re.I) if pack.conditional \
        else None


def _told_conditional(text: str, start: int, pack: P.Pack) -> bool:
    """Is there a conditional form in the sentence before `start`, no noun's ("sería", not "la
    mayoría")?"""
    regex = _conditional_regex(pack)
    lo = max(0, text.rfind(". ", 0, start) + 1, start - TENSE_WINDOW)
    return regex is not None and any(
        (m.group(1) or "").lower() not in pack.articles + pack.label_articles
        for m in regex.finditer(text, lo, start))


def r_counted(tx, ctx):
    n = _count(tx)
    if n is None and _singular(tx.text.split()[-1], ctx.pack):   # "in der vergangenen Woche":
        return _unit(replace(tx, type=DATE), ctx, _f(tx, "unit"),   # last week, as "vergangene
                     P.LAST if _f(tx, "counted") < 0 else P.NEXT)   # Woche" is
    if n is None:   # "los últimos años"
        return _set(replace(tx, type=DATE), "PAST_REF" if _f(tx, "counted") < 0 else "FUTURE_REF",
                    ANCHOR_NONE, 0.7)
    return _set(tx, _duration(_f(tx, "unit"), n), ANCHOR_NONE, 0.85)


def _singular(word: str, pack: P.Pack) -> bool:
    """Is `word` a unit's singular, its plural spelled longer ("Woche": "Wochen"; not "mois",
    one for both, nor "Tage", itself a longer "Tag")?"""
    word = word.lower()
    unit = pack.units.get(word)
    forms = [w for w, u in pack.units.items() if u == unit and w != word]
    return unit is not None and any(w.startswith(word) for w in forms) and \
        not any(word.startswith(w) for w in forms)   # (nor "Tage", "Tag" longer)


def r_duration(tx, ctx):
    return _set(tx, _duration(_f(tx, "unit"), _count(tx)), ANCHOR_NONE, 0.85,
                mod=_approx_mod(tx))


def _approx_mod(tx) -> Optional[str]:
    return _f(tx, "approx") or tx.mod


def r_half_unit(tx, ctx):
    return _set(tx, _duration(_f(tx, "unit"), _f(tx, "half")), ANCHOR_NONE, 0.85)


def r_each(tx, ctx):
    weekday = _f(tx, "weekday")
    if weekday:
        return _set(tx, f"XXXX-WXX-{weekday}", ANCHOR_NONE, 0.85, granularity="set")
    n = _count(tx) or 1
    return _set(tx, _duration(_f(tx, "unit"), n), ANCHOR_NONE, 0.85, granularity="set")


r_every = r_each


def r_set_word(tx, ctx):
    return _set(tx, _f(tx, "set"), ANCHOR_NONE, 0.85, granularity="set")


def r_phrase(tx, ctx):
    unit, offset = _f(tx, "phrase")
    return _set(tx, _unit_value(unit, _shift(ctx.dct, unit, offset)), ANCHOR_DCT, 0.85)


def r_vague(tx, ctx):
    return _set(tx, _f(tx, "vague"), ANCHOR_NONE, 0.7, granularity="vague")


def r_decade(tx, ctx):
    full = _f(tx, "dyear") or _f(tx, "dyear2")
    tens = _f(tx, "dshort") if _f(tx, "dshort") is not None else _f(tx, "dtens")
    if full is not None and full >= 1000:
        return _set(tx, f"{full // 10:03d}", ANCHOR_EXPLICIT, 0.9)
    tens = full if tens is None else tens
    if tens is None:
        return tx
    century = 20 if 2000 + tens <= ctx.dct.year else 19
    return _set(tx, f"{century}{tens // 10}", ANCHOR_DCT, 0.8)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(numeral: str) -> Optional[int]:
    """The number a Roman numeral (I..L) writes, None when it is not well formed."""
    total, previous = 0, 0
    for ch in reversed(numeral.upper()):
        n = _ROMAN.get(ch)
        if n is None:
            return None
        total += -n if n < previous else n
        previous = max(previous, n)
    return total if 0 < total <= 40 else None


def r_century(tx, ctx):
    numeral = _f(tx, "roman") or _f(tx, "roman2")
    n = roman(numeral) if numeral else _f(tx, "cnum")
    if not n or n > 21:
        return tx
    return _set(tx, f"{n - 1:02d}", ANCHOR_EXPLICIT, 0.9)


def r_mod_unit(tx, ctx):
    unit = _f(tx, "unit")
    return _set(replace(tx, mod=_f(tx, "pmod")), _unit_value(unit, ctx.dct), ANCHOR_DCT, 0.75)


def r_time(tx, ctx):
    hour = _clock_hour(_f(tx, "hour"), _f(tx, "clock"))
    minute = _f(tx, "minute") if _f(tx, "minute") is not None else _f(tx, "hminute") or 0
    zone = "Z" if _f(tx, "tz") in ("UTC", "GMT") else ""
    weekday = _f(tx, "tweekday")   # ("a las 10.00 horas del jueves": that Thursday's)
    day = weekday_date(ctx.dct, weekday, None, ctx.tense(tx)) if weekday else ctx.narrative
    return _set(tx, f"{V.day_value(day)}T{hour:02d}:{minute:02d}{zone}",
                ANCHOR_DCT if weekday else ctx.narrative_anchor, 0.8)


def _clock_hour(hour: int, part: Optional[str]) -> int:
    """The hour of a twelve-hour clock in the day's part said after it ("las 5 de la tarde":
    17, "10 Uhr abends": 22, "11 heures de la nuit": 23, "2 heures de la nuit": 2)."""
    if part in ("AF", "EV") and hour < 12 or part == "NI" and 6 <= hour < 12:
        return hour + 12
    return hour


def r_day_number(tx, ctx):
    """"el pasado día 21", "il giorno 15": that day of the month, the last one, the next one
    or (no relation word) the one the tense points to, the nearest without one."""
    day, rel = _f(tx, "day"), _f(tx, "rel_before")
    tense = P.PAST if rel == P.LAST else P.FUTURE if rel == P.NEXT else ctx.tense(tx)
    candidates = []
    for step in (-1, 0, 1):
        y, m = V.add_months(ctx.dct.year, ctx.dct.month, step)
        d = V.safe_date(y, m, day)
        if d is not None:
            candidates.append(d)
    if tense == P.PAST:
        candidates = [d for d in candidates if d <= ctx.dct] or candidates
        d = max(candidates)
    elif tense == P.FUTURE:
        candidates = [d for d in candidates if d >= ctx.dct] or candidates
        d = min(candidates)
    else:
        d = min(candidates, key=lambda c: abs((c - ctx.dct).days))
    return _set(tx, V.day_value(d), ANCHOR_DCT, 0.75)


def r_listed_day(tx, ctx):
    """The first day of a list or span ("el 6 y 7 de mayo"): the next date's month, or the
    month before when its day is the later ("du 30 au 2 mai": April 30)."""
    month, year = _f(tx, "month"), _f(tx, "year")
    if _f(tx, "day") > _f(tx, "day2"):
        before = {"month": month - 1 or 12, "year": year - (month == 1) if year else None}
        tx = evolve(tx, fields=tuple((k, before.get(k, v)) for k, v in tx.fields))
    return r_day_month(tx, ctx)


def r_noon(tx, ctx):
    hour = _f(tx, "noon")
    if hour == 0 and _before_word(ctx.text, tx.start, ctx.pack):
        hour = 24   # ("peu avant minuit", "antes de la medianoche": the day's end, as TIMEX3
        # writes it)
    return _set(tx, f"{V.day_value(ctx.narrative)}T{hour:02d}:00", ctx.narrative_anchor, 0.8)


def _before_word(text: str, start: int, pack: P.Pack) -> bool:
    """Does one of the pack's words for "before" ("avant", "antes", "prima") stand in the three
    words before `start`?"""
    words = {w for w, step in pack.later_after.items() if step < 0 and " " not in w}
    return any(w.lower() in words for w in text[max(0, start - 30):start].split()[-3:])


RESOLVERS = {name[2:]: fn for name, fn in globals().items() if name.startswith("r_")}
_missing = {rule.name for rule in RULES} - set(RESOLVERS)
assert not _missing, f"rules without a resolver: {sorted(_missing)}"


def _clock_range_days(out: list, text: str, pack: P.Pack) -> list:
    """A clock range's start on its end's day ("de 3 heures à 21 heures samedi", "de las 3 a
    las 21 horas del sábado"): the day before when its hour is the later."""
    span = joiner(pack.span_words)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != TIME or b.type != TIME or len(a.value) < 16 or len(b.value) < 16 or \
                a.value[:10] == b.value[:10] or not joined(span, text, a, b):
            continue
        out[i] = replace(a, value=V.on_end_day(a.value, b.value))
    return out


@lru_cache(maxsize=None)
def _span_or_list(pack: P.Pack) -> re.Pattern:
    """The joiner of a span's or a list's dates ("del 6 al 8", "el 6 y 7"), built once."""
    return joiner(pack.span_words + pack.list_words)


def _years_from_range_ends(timexes: list[Timex], text: str, pack: P.Pack) -> list[Timex]:
    """A year-less day or month that opens a span or list whose end names its year takes that
    year ("del 25 de enero al 11 de febrero de 2011"; the year before when its month comes
    later: "del 20 de diciembre al 5 de enero de 2011")."""
    regex = _span_or_list(pack)
    out = list(timexes)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.rule not in ("day_month", "listed_day", "relative") or _f(a, "year") is not None or \
                not _f(a, "month") or _f(b, "year") is None or not _f(b, "month"):
            continue
        if not joined(regex, text, a, b):
            continue
        year = _f(b, "year") - (1 if _f(a, "month") > _f(b, "month") else 0)
        rule = a.rule if a.rule == "listed_day" else "day_month" if _f(a, "day") else "month_year"
        out[i] = evolve(a, rule=rule,
                        fields=a.fields + (("year", year),))
    return out


def _bare_weekday(tx: Timex) -> bool:
    return tx.rule == "relative" and _f(tx, "weekday") is not None and \
        not (_f(tx, "rel_before") or _f(tx, "rel_after") or _f(tx, "this"))


def _on_or_after(tx: Timex, first: Timex) -> Timex:
    """A weekday that ends a span or list ("de miércoles a viernes", "zwischen Mittwoch und
    Freitag") is the first of its name on or after the span's first day."""
    if not (_DAY_VALUE.match(tx.value) and _DAY_VALUE.match(first.value)) or \
            tx.value[:10] >= first.value[:10]:
        return tx
    start, day = date.fromisoformat(first.value[:10]), date.fromisoformat(tx.value[:10])
    later = V.add_days(start, (day.weekday() - start.weekday()) % 7)
    return replace(tx, value=V.day_value(later) + tx.value[10:])


def resolve(timexes: list[Timex], text: str, dct: date, pack: P.Pack) -> list[Timex]:
    """The timexes with values, in text order; the narrative's day follows the explicit and
    deictic days as they come."""
    ctx = Context(text, dct, pack)
    out = []
    timexes = _years_from_range_ends(timexes, text, pack)
    span = _span_or_list(pack)
    for i, tx in enumerate(timexes):
        done = RESOLVERS[tx.rule](tx, ctx)
        if done.value is None or not V.is_well_formed(done.value):
            continue
        after_joined = out and joined(span, text, out[-1], tx)
        if after_joined and _bare_weekday(tx):
            done = _on_or_after(done, out[-1])
        if done.mod is None and _f(done, "pmod"):
            done = replace(done, mod=_f(done, "pmod"))
        if done.type in (DATE, TIME) and _DAY_VALUE.match(done.value) and \
                done.anchor in (ANCHOR_EXPLICIT, ANCHOR_DCT) and \
                not (tx.start <= HEAD_CHARS and stamp_at(text, tx.start, tx.end)):   # (a page's
            # stamp at the head, "31 jul 2020", is no day of the story's)
            ctx.narrative = date.fromisoformat(done.value[:10])
            ctx.narrative_anchor = ANCHOR_NARRATIVE
            ctx.narrative_end = done.end
            ctx.coarse = None
        elif done.type == DATE and done.anchor == ANCHOR_EXPLICIT and \
                _MONTH_OR_YEAR.fullmatch(done.value) and not after_joined and not (
                    i + 1 < len(timexes) and joined(span, text, tx, timexes[i + 1])):
            ctx.coarse_month = len(done.value) > 4   # (a month's, not a bare year's: "en el
            # poder desde 1971, vive desde el día 15 de marzo" is no March of 1971)
            ctx.coarse = date(int(done.value[:4]), int(done.value[5:7] or 1), 1)   # (not a
            ctx.coarse_end = done.end   # span's end: "entre 1999 y 2002" is background)
        out.append(done)
    return _clock_range_days(out, text, pack)
