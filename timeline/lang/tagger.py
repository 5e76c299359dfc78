"""Recognition for the languages read from packs: find temporal expressions, type their fields.

The rules (RULES, in priority order) are patterns over placeholders ({MONTH}, {UNIT}, {COUNT}...)
that each pack fills with its own words, so one rule reads "4 de octubre de 2005", "3 mars 2025"
and "3. Oktober 2024". A text is scanned once for the words any rule can begin with (and for
digits); at each such place the rules that can begin with its word are tried and the longest
match wins (ties: the earlier rule). The article or
position modifier before a match ("el lunes", "a finales de 2008") joins it. Each match becomes
a Timex whose fields are typed (month 10, weekday 1, unit "Y", relation "last"): the resolver
never reads a word of the language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from ..finder.patterns import trie_regex
from ..joiners import alternation
from ..model import DATE, DURATION, SET, TIME, Timex
from . import pack as P


@dataclass(frozen=True)
class Rule:
    """One recognition rule: its name (which the resolver dispatches on), TIMEX3 type, pattern
    over placeholders, and an optional check of the match (False: not a temporal expression)."""
    name: str
    type: str
    pattern: str
    check: Optional[Callable] = None
    mod: bool = False       # may take a position modifier before it ("finales de" 2008)
    article: bool = True    # may take an article before it ("el" lunes; not "del" recientemente)
    span: str = ""          # the group that is the expression, when the match holds more
    starts: tuple = ()      # what it can begin with: placeholders, DIGIT or ROMAN


def _year_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    before = text[max(0, m.start() - 4):m.start()]
    after = text[m.end():m.end() + 3]
    return not re.search(r"[$€£¥]\s*$|\d[.,]$", before) and not re.match(r"\s*%|[.,]\d", after) \
        and _NUMBER_NOUN.sub("", _word_before(text, m.start())) not in \
        _tables(pack)["number_nouns"] and \
        _word_after(text, m.end()) not in _tables(pack)["count_nouns"]   # (not "la resolución
    # 1973", "1500 voluntarios")


_FIRST_WORD = re.compile(r"\s+([^\W\d_]+)")


def _word_after(text: str, end: int) -> str:
    """The word just after `end`, lower case ("" when a mark comes first)."""
    m = _FIRST_WORD.match(text, end)
    return m.group(1).lower() if m else ""


_NUMBER_NOUN = re.compile(r"[.º°]+$")   # ("núm.", "nº": the word without its mark)


def _relative_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    g = m.groupdict()
    if g.get("rel_before") and g.get("unit") and \
            _tables(pack)["rel_before"].get(_key(g["rel_before"])) == P.LAST and \
            _tables(pack)["unit"].get(_key(g["unit"])) == P.DAY:
        return False   # (a series' last day, no yesterday: "all'ultima giornata", "en la
        # última jornada", "lors de la dernière journée")
    if g.get("rel_before") or g.get("rel_after") or g.get("this"):
        return bool(g.get("unit") or g.get("weekday") or g.get("month") or g.get("season")
                    or g.get("part"))
    if g.get("unit"):   # "el fin de semana": the weekend needs no other word
        return _tables(pack)["unit"].get(_key(g["unit"])) == P.WEEKEND
    if g.get("season") and pack.named_seasons and (
            _word_after(text, m.end()) in pack.named_seasons or
            _word_before(text, m.start("season")) in pack.named_seasons):
        return False   # (a named period: "la primavera árabe", "der Arabische Frühling")
    if g.get("season") and pack.season_after:   # "l'été", not "a été"
        return _word_before(text, m.start()) in _tables(pack)["season_after"]
    return bool(g.get("weekday") or g.get("month") or g.get("season"))


_LAST_WORD = re.compile(r"([^\W\d_]+['’]?)\s*$")


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, lower case, with its apostrophe ("l'")."""
    m = _LAST_WORD.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


_LAST_TWO_WORDS = re.compile(r"([^\W\d_]+\s+[^\W\d_]+['’]?)\s*$")


def _day_number_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    """Not a count after "día" ("el día 3 personas murieron"), nor a day its month follows
    ("el día 25 de abril": the full date's), nor a series' day one ("Día 1", capitalised with
    no article)."""
    first = m.group().split()[0]
    if first[:1].isupper() and _key(first) in P.variants(pack.day_words) and \
            _word_before(text, m.start()) not in _tables(pack)["article"]:
        return False
    after = _WORD_AFTER.match(text, m.end())
    if after is None:
        return True
    word = _key(after.group(1))
    if word in _tables(pack)["of_words"]:
        return not _month_next(pack).match(text, after.end())
    from .resolver import tense_regex   # (it imports this module's rules)
    tensed = tense_regex(pack)
    return bool(m.group("rel_before")) or word in pack.stopwords or \
        after.group(1)[:1].isupper() or \
        tensed is not None and tensed.fullmatch(word) is not None   # (a verb after it: "El
    # día 21 llegó")


@lru_cache(maxsize=None)
def _month_next(pack: P.Pack) -> re.Pattern:
    """A month's name opening the text (after a day and its "de": a full date)."""
    return re.compile(rf"\s*(?:{alternation(tuple(P.variants(pack.months)))})(?![\w])", re.I)


def _duration_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    """Not "(à) 10 heures", "peu après 21 heures": hours after a word or two that make them a
    clock time."""
    unit = _tables(pack)["unit"].get(_key(m.group("unit")))
    if unit != P.HOUR:
        return True
    before = _word_before(text, m.start())
    two = _LAST_TWO_WORDS.search(text[max(0, m.start() - 40):m.start()])
    to_clock = _clock_range_after(pack)
    if to_clock is not None and to_clock.match(text, m.end()):
        return False   # (a clock range's start: "de 3 heures à 21 heures")
    return before not in _tables(pack)["time_before"] and \
        before not in _tables(pack)["weekday"] and \
        (two is None or _key(two.group(1)) not in _tables(pack)["time_before"])   # (nor
    # "vendredi 8 heures": that day's hour)


@lru_cache(maxsize=None)
def _clock_range_after(pack: P.Pack) -> Optional[re.Pattern]:
    """A span word and a clock hour with its word after an hour ("à 21 heures", "a las 21
    horas", "bis 21 Uhr"): that hour starts a clock range; None without the tables."""
    if not pack.span_words or not pack.time_after:
        return None
    at = rf"(?:(?:{alternation(pack.at_time)})\s+)?" if pack.at_time else ""
    return re.compile(rf"\s+(?:{alternation(pack.span_words)})\s+{at}(?:[01]?\d|2[0-3])"
                      rf"(?:[:.h][0-5]\d)?\s*(?:{alternation(pack.time_after)})(?!\w)", re.I)


_NO_WORD_NEXT = re.compile(r"\s*(?:[;!?)]|[,.](?!\d)|$)")   # (not "las 1.300 toneladas", "las
# 4,8 millones")


def _time_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    """A clock time says so: "h", a word after it ("horas", "Uhr", "del mattino"), a colon, or
    its day after it ("alle 21 di giovedì"); "10.30" only after a word that makes it a time ("a
    las", "um") (else it is an amount)."""
    g = m.groupdict()
    if g.get("after") or g.get("clock") or g.get("hmark") or \
            g.get("colon") == ":" and g.get("minute"):
        return True
    to_clock = _clock_range_after(pack)
    if g.get("at") and to_clock is not None and to_clock.match(text, m.end()):
        return True   # ("de las 3 a las 21 horas": the range's start)
    if (g.get("at") or _word_before(text, m.start()) in _tables(pack)["hour_before"]) and \
            not g.get("tweekday") and _NO_WORD_NEXT.match(text, m.end()):
        return True   # (an hour after its word that ends the phrase: "poco prima delle 23.")
    return bool((g.get("minute") or g.get("tweekday")) and (   # (or a day's hour: "alle 21
        g.get("at") or _word_before(text, m.start()) in _tables(pack)["time_before"]))   # di
    # giovedì")


def _same_day_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    """Not the eve or the day of a named happening ("à la veille du premier tour", "la víspera
    de la final"): that day is the happening's, which no date names."""
    after = _WORD_AFTER.match(text, m.end())
    return after is None or _key(after.group(1)) not in _tables(pack)["of_words"]


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+['’]?)")


def _deictic_check(m: re.Match, text: str, pack: P.Pack) -> bool:
    """Not "la mañana" (the morning) for "mañana" (tomorrow), nor "am Morgen"."""
    word = _key(m.group("deictic"))
    before = _word_before(text, m.start())
    return word not in _tables(pack)["bare_deictic"] or \
        before not in _tables(pack)["article"] and before not in _tables(pack)["contracted"]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n«“\"(—–-])\s*$")


_STREET: dict = {}


def _street(pack: P.Pack) -> re.Pattern:
    """The words that make a date after them a name, at the end of the text before it."""
    _STREET[pack.code] = re.compile(
        r"(?<![\w])(?:" + "|".join(map(re.escape, P.variants(pack.street_words)))
        + r")\s+(?:(?:" + _alt(pack.of + pack.articles + ("du", "del", "dei", "do", "da"))
        + r")\s+)?\Z", re.I)
    return _STREET[pack.code]


_NUMBER_HYPHEN = re.compile(r"(?<!\d)\d{1,2}-$")


def is_name(m: re.Match, text: str, pack: P.Pack) -> bool:
    """Is a month or weekday of the match capitalised inside a sentence, in a language that
    writes them in lower case, with no day or year beside it: part of a name ("Jóvenes del
    Seis de Abril", "Plaza de Mayo", "Viernes Santo"), not a date ("el 12 de Julio")?"""
    g = m.groupdict()
    if g.get("day") and not g.get("year") and pack.street_words and \
            (_STREET.get(pack.code) or _street(pack)).search(text, max(0, m.start() - 30), m.start()):
        return True   # ("Avenida 9 de Julio", "place du 18 Juin")
    if g.get("month") and not g.get("day") and _NUMBER_HYPHEN.search(
            text, max(0, m.start("month") - 4), m.start("month")):
        return True   # (a day joined to its month by a hyphen names a happening: "le procès
        # du 13-Novembre", "les attentats du 11-Septembre")
    if not pack.lower_names or g.get("day") or g.get("year"):   # ("12 de Julio" is a date)
        return False
    for group in ("month", "weekday"):
        if m.groupdict().get(group) and m.group(group)[:1].isupper():
            at = m.start(group)
            if not _SENTENCE_START.search(text[max(0, at - 3):at]):
                return True
    return False


RELYEAR = (r"(?:(?P<yr_this>{THIS}){SEP}{YEARUNIT}|(?:(?:{ARTICLE}){SEP})?{YEARUNIT}\s+"
           r"(?P<yr_after>{REL_AFTER})|(?:(?:{ARTICLE}){SEP})?(?P<yr_before>{REL_BEFORE})\s+{YEARUNIT})")
WEEKEND_OF = r"(?:(?P<weekend>{WEEKEND})\s+(?:{OF}|{CONTRACTED}){SEP})?"   # ("el fin de semana
# del 18 de enero": the weekend of that day)
COUNT_UNIT = r"(?:(?P<approx>{APPROX})\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})(?:\s+(?P<and_half>{AND_HALF}))?"

RULES = (
    Rule("iso_date", DATE, r"(?P<year>\d{4})-(?P<month>0?[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0?[1-9])",
         starts=('DIGIT',)),
    Rule("numeric_date", DATE, r"(?P<day>3[01]|[12]\d|0?[1-9])(?P<sep>[./-])(?P<month>0?[1-9]|1[0-2])"
                               r"(?P=sep)(?P<year>\d{4}|\d{2})",
         starts=('DIGIT',)),
    Rule("day_month", DATE, WEEKEND_OF + r"(?:(?P<rel_before>{REL_BEFORE})\s+)?"
                            r"(?:(?:(?:{THIS})\s+)?(?P<weekday>{WEEKDAY}),?\s+)?"   # ("ce
                            r"(?P<day>3[01]|[12]\d|0?[1-9])(?:{DAYSUF})?"   # jeudi 24 septembre")
                            r"\s+(?:(?:{OF}){SEP})?(?P<month>{MONTH}|{MONTH_BARE}(?=,?\s+\d{4}|\s+\())"
                            r"(?:,?\s+(?:(?:{OF}){SEP})?"
                            r"(?:(?P<year>\d{4})|" + RELYEAR + r")|\s+(?P<rel_after>{REL_AFTER})(?!\w))?",
         mod=True,   # (and "il 6 maggio scorso", "el 6 de mayo pasado": the last one)
         starts=('WEEKEND', 'REL_BEFORE', 'THIS', 'WEEKDAY', 'DIGIT')),
    Rule("day_number", DATE, r"(?:(?P<rel_before>{REL_BEFORE})\s+)?(?:{DAYWORD})\s+"
                              r"(?P<day>3[01]|[12]\d|0?[1-9])(?![\d:/-]|[.,]\d)",   # ("el pasado
         check=_day_number_check,   # día 21", "il giorno 15": that day of the month)
         starts=('REL_BEFORE', 'DAYWORD')),
    Rule("listed_day", DATE, WEEKEND_OF + r"(?P<day>3[01]|[12]\d|0?[1-9])(?:{DAYSUF})?(?=\s+(?:{JOINER}){SEP}"
                             r"(?:(?:{ARTICLE}){SEP})?"   # (and its article: "l'11 e il 12 giugno")
                             r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:{DAYSUF})?\s+(?:(?:{OF}){SEP})?(?P<month>{MONTH}))",
         starts=('WEEKEND', 'DIGIT')),   # (the first day of "el 6 y 7 de mayo", "du 6 au 8 mai": the
    # second's month)
    Rule("month_year", DATE, r"(?P<month>{MONTH})(?:,?\s+)(?:(?:{OF}){SEP})?(?:(?P<year>\d{4})|"
                             + RELYEAR + ")", mod=True,
         starts=('MONTH',)),
    Rule("year", DATE, r"(?:(?:{YEARWORDS})\s+)?(?P<year>1[0-9]{3}|20[0-9]{2}|2100)"
                       r"(?:[-/–](?P<season_end>[0-9]{2})(?![0-9]))?", _year_check, mod=True,
         starts=('YEARWORDS', 'DIGIT')),
    Rule("quarter", DATE, r"(?P<ordinal>{ORDINAL})\s+(?P<quarter>{QUARTER})(?:\s+(?:(?:{OF}){SEP})?"
                          r"(?:(?P<year>\d{4})|" + RELYEAR + "))?", mod=True,
         starts=('ORDINAL',)),
    Rule("holiday", DATE, r"(?:(?P<weekend>{WEEKEND})\s+(?:{OF}){SEP})?(?P<holiday>{HOLIDAY})"
                          r"(?:\s+(?:(?:{OF}){SEP})?(?P<year>\d{4}))?",
         starts=('HOLIDAY', 'WEEKEND')),   # (and "le week-end de Pâques": its weekend)
    Rule("season_year", DATE, r"(?P<season>{SEASON})\s+(?:(?:{OF}){SEP})?(?:(?P<year>\d{4})|" + RELYEAR + ")",
         mod=True,
         starts=('SEASON',)),
    Rule("deictic", DATE, r"(?P<deictic>{DEICTIC})(?:,?\s+(?P<dweekday>{WEEKDAY})(?![\w-]))?"   # (its weekday
                          r"(?:(?:\s+(?:{PART_LINK}))?\s+(?P<day_part>{PART}))?",   # too: "mañana domingo")
         _deictic_check, starts=('DEICTIC',)),
    Rule("relative", DATE, r"(?:(?:(?P<rel_before>{REL_BEFORE})|(?P<this>{THIS})){SEP}"
                           r"(?:{MONTHWORD}\s+(?:(?:{OF}){SEP})?)?)?"
                           r"(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH_FULL})|(?P<season>{SEASON})"
                           r"|(?P<unit>{UNIT_CAL})|(?P<part>{PART}))"
                           r"(?:(?:\s+|(?=-))(?P<rel_after>{REL_AFTER}))?"
                           r"(?:(?:\s+(?:{PART_LINK}))?\s+(?P<day_part>{PART}))?", _relative_check, mod=True,
         starts=('REL_BEFORE', 'THIS', 'WEEKDAY', 'MONTH_FULL', 'SEASON', 'UNIT_CAL', 'PART')),
    Rule("day_part_word", TIME, r"(?P<day_part_word>{DAY_PARTS})",
         starts=('DAY_PARTS',)),
    Rule("same_day", DATE, r"(?P<same>{SAME_DAY})", _same_day_check,
         starts=('SAME_DAY',)),
    # "desde hace un año": TimeML tags "un año", a DURATION
    Rule("since", DURATION, r"(?:{SINCE})\s+(?:{AGO_BEFORE})\s+(?P<span>" + COUNT_UNIT + ")",
         article=False, span="span",
         starts=('SINCE',)),
    Rule("ago_before", DATE, r"(?P<ago>{AGO_BEFORE})\s+(?:" + COUNT_UNIT + r"|(?P<units>{UNIT}))",
         article=False,
         starts=('AGO_BEFORE',)),
    Rule("ago_after", DATE, COUNT_UNIT + r"\s+(?P<ago>{AGO_AFTER})", article=False,
         starts=('APPROX', 'COUNT', 'DIGIT')),
    # "tres días después": TimeML tags "tres días", a DURATION whose point is the day reached
    Rule("later", DURATION, COUNT_UNIT + r"(?=\s+(?P<later>{LATER})(?![\w]))", article=False,
         starts=('APPROX', 'COUNT', 'DIGIT')),
    Rule("within", DATE, r"(?:{IN_BEFORE})\s+" + COUNT_UNIT, article=False,
         starts=('IN_BEFORE',)),
    Rule("counted", DURATION, r"(?P<counted>{COUNTED})\s+(?:(?P<count>{COUNT})\s+)?(?P<unit>{UNIT})",
         starts=('COUNTED',)),
    Rule("duration", DURATION, COUNT_UNIT, _duration_check, article=False,
         starts=('APPROX', 'COUNT', 'DIGIT')),
    Rule("half_unit", DURATION, r"(?P<half>{HALVES}){SEP}(?P<unit>{UNIT})", article=False,
         starts=('HALVES',)),
    Rule("each", SET, r"(?:{EACH})\s+(?:(?P<count>{COUNT})\s+)?(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY}))",
         starts=('EACH',)),
    Rule("every", SET, r"(?:{EVERY})\s+(?:(?P<count>{COUNT})\s+)?(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY}))",
         starts=('EVERY',)),
    Rule("set_word", SET, r"(?P<set>{SETS})", article=False,
         starts=('SETS',)),
    Rule("phrase", DATE, r"(?P<phrase>{PHRASES})", article=False,
         starts=('PHRASES',)),
    Rule("vague", DATE, r"(?P<vague>{VAGUE})", article=False,
         starts=('VAGUE',)),
    Rule("decade", DATE, r"(?:{DECADE_BEFORE})\s+(?:(?P<dyear>1[0-9]{2}0|20[0-9]0)|['’]?(?P<dshort>[0-9]0)"
                         r"|(?P<dtens>{TENS}))|(?P<dyear2>1[0-9]{2}0|20[0-9]0|[0-9]0)(?:{DECADE_AFTER})", mod=True,
         starts=('DECADE_BEFORE', 'DIGIT')),
    Rule("century", DATE, r"(?:{CENTURY_WORD})\s+(?P<roman>(?-i:[IVXL]+))(?![\w])"
                          r"|(?P<roman2>(?-i:[IVXL]+))(?:e|ème|er|\.)?\s+(?:{CENTURY_AFTER})"
                          r"|(?P<cnum>[12]?[0-9])\.\s+(?:{CENTURY_AFTER})", mod=True,
         starts=('CENTURY_WORD', 'ROMAN', 'DIGIT')),
    Rule("mod_unit", DATE, r"(?P<pmod>{POSMOD})\s+(?:(?:{OF}){SEP})?(?:(?:{ARTICLE}){SEP})?(?P<unit>{UNIT_CAL})",
         starts=('POSMOD',)),
    Rule("time", TIME, r"(?:(?P<at>{AT_TIME})\s+)?(?P<hour>[01]?[0-9]|2[0-3])(?:(?P<colon>[:.])(?P<minute>[0-5][0-9])"
                       r"|\s?(?P<hmark>h)\s?(?P<hminute>[0-5][0-9])?(?![\w]))?(?:\s+(?P<after>{TIME_AFTER}))?"
                       r"(?:\s+(?P<clock>{CLOCK_PARTS})(?![\w-]))?"
                       r"(?:\s+(?P<tz>(?-i:UTC|GMT|CET|CEST|MEZ)))?"
                       r"(?:\s+(?:(?:{OF}){SEP}|(?:{CONTRACTED})\s+)?(?:(?:{ARTICLE})\s+)?"
                       r"(?P<tweekday>{WEEKDAY})"
                       r"(?:\s+(?:(?:{PART_LINK})\s+)?(?P<tpart>{PART}))?)?",   # (and its part:
                       # "vers 6 heures dimanche matin")
         _time_check,   # ("a las 10.00 horas del jueves": the time of that day)
         starts=('AT_TIME', 'DIGIT')),
    Rule("noon", TIME, r"(?:(?:{AT_TIME})\s+)?(?P<noon>{NOON})",
         starts=('AT_TIME', 'NOON')),
)


def _alt(table) -> str:
    """A regex of a table's words (accents optional, spaces any whitespace run); a pattern that
    never matches when the table is empty."""
    words = P.variants(table)
    if not words:
        return r"(?!x)x"
    return "(?:" + trie_regex(sorted(words)).replace(r"\ ", r"\s+") + ")"


def _bare_months(pack: P.Pack) -> dict:
    """The months' abbreviations without their point ("oct": 10, from "oct.")."""
    return {w[:-1]: m for w, m in pack.months.items() if w.endswith(".")}


def _feasts(pack: P.Pack) -> dict:
    """The holidays: fixed ("navidad") and Easter's movable ones."""
    return {**pack.holidays, **pack.easter_holidays}


def _unit_words(pack: P.Pack, unit: str) -> list:
    """The words (all variants) of one unit: "mes", "meses" for MONTH."""
    return [w for w, u in P.variants(pack.units).items() if u == unit]


def _sources(pack: P.Pack) -> dict:
    """Each word placeholder -> the table of words it matches."""
    units = P.variants(pack.units)
    return {
        "MONTH": pack.months, "MONTH_FULL": {w: m for w, m in pack.months.items()
                                             if not w.endswith(".")},
        "MONTHWORD": _unit_words(pack, P.MONTH), "WEEKEND": _unit_words(pack, P.WEEKEND),
        "WEEKDAY": pack.weekdays, "OF": pack.of, "ARTICLE": pack.articles, "THIS": pack.this,
        "YEARUNIT": _unit_words(pack, P.YEAR),
        "YEARWORDS": pack.year_words, "REL_BEFORE": pack.relations_before,
        "REL_AFTER": pack.relations_after, "UNIT": units,
        "UNIT_CAL": {w: u for w, u in units.items() if u not in (P.HOUR, P.MINUTE, P.SECOND)},
        "COUNT": {**pack.numbers, **dict.fromkeys(pack.vague_counts)},
        "APPROX": pack.approx, "AND_HALF": pack.and_a_half, "ORDINAL": pack.ordinals,
        "QUARTER": pack.quarter_words, "HOLIDAY": _feasts(pack),
        "SEASON": pack.seasons,
        "PART": pack.parts_of_day, "PART_LINK": pack.part_links, "DEICTIC": pack.deictic_days,
        "DAY_PARTS": pack.day_parts, "SAME_DAY": pack.same_day, "AGO_BEFORE": pack.ago_before,
        "JOINER": pack.span_words + pack.list_words, "CONTRACTED": pack.contracted,
        "SINCE": pack.since, "AGO_AFTER": pack.ago_after, "LATER": pack.later_after,
        "IN_BEFORE": pack.in_before, "COUNTED": pack.counted_before, "HALVES": pack.halves,
        "EACH": pack.each, "EVERY": pack.every_plural, "SETS": pack.sets, "VAGUE": pack.vague,
        "TENS": pack.tens, "DECADE_BEFORE": pack.decade_before,
        "DECADE_AFTER": pack.decade_after, "CENTURY_WORD": pack.century_words,
        "CENTURY_AFTER": pack.century_after, "POSMOD": pack.position_mods,
        "AT_TIME": pack.at_time, "TIME_AFTER": pack.time_after, "NOON": pack.noon,
        "CLOCK_PARTS": pack.clock_parts, "DAYWORD": pack.day_words,
        "PHRASES": pack.phrases,
    }


def _fragments(pack: P.Pack) -> dict:
    fragments = {name: _alt(table) for name, table in _sources(pack).items()}
    fragments["COUNT"] = r"[0-9]+(?:[.,][0-9]+)?(?![0-9])|" + fragments["COUNT"]
    fragments["MONTH_BARE"] = _alt(_bare_months(pack))   # ("16 oct 2026", "MIAMI, 16 oct
    # (EFE).-": an abbreviation without its point, only before a year or a wire's bracket)
    fragments["DAYSUF"] = pack.day_suffix or r"(?!x)x"
    fragments["SEP"] = r"(?:(?<=['’])\s*|\s+|-)"
    return fragments


def _fill(pattern: str, fragments: dict) -> str:
    for _ in range(3):   # (RELYEAR's placeholders are filled on the second pass)
        pattern = re.sub(r"\{([A-Z_]+)\}", lambda m: fragments[m.group(1)], pattern)
    return pattern


@dataclass(frozen=True)
class Compiled:
    pack: P.Pack
    by_first: dict    # a first word (or DIGIT, ROMAN) -> the (Rule, regex) that may begin so
    starts: re.Pattern
    lead: re.Pattern
    lower_starts: re.Pattern   # `starts` for lowercased text (no re.I: twice as fast)
    any_of: dict      # a first word of several rules -> one regex matching where any of them does


def _union(rules) -> re.Pattern:
    """One regex that matches where any of the rules' regexes does (their groups renamed apart):
    a place no rule can begin at costs one match, not one a rule."""
    parts = []
    for k, (_, regex) in enumerate(rules):
        parts.append(re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1\2_{k}", regex.pattern))
    return re.compile("|".join(f"(?:{part})" for part in parts), re.I)


def _first(word: str) -> str:
    """The first word of a phrase, as the candidate scan finds it ("l'" of "l'année": "l")."""
    return re.split(r"[\s'’-]", word.lower())[0]


@lru_cache(maxsize=None)
def compiled(pack: P.Pack) -> Compiled:
    """A pack's rules compiled (once per process), each filed under the words it may begin
    with, so that a place in the text tries only the rules its word can begin."""
    fragments = _fragments(pack)
    sources = _sources(pack)
    by_first: dict = {}
    for rule in RULES:
        # (an expression never runs across a line end: a headline's last word and a dateline)
        regex = re.compile("(?:" + _fill(rule.pattern, fragments).replace(r"\s", r"[^\S\n]")
                           + r")(?![\w])", re.I)
        firsts = set()
        for name in rule.starts:
            firsts |= {name} if name in ("DIGIT", "ROMAN") else {
                _first(w) for w in P.variants(sources[name])}
        for word in firsts - {""}:
            by_first.setdefault(word, []).append((rule, regex))
    words = sorted(w for w in by_first if w not in ("DIGIT", "ROMAN"))
    starts = r"(?<![\w$€£¥])(?:(?P<word>" + trie_regex(words) + \
        r")(?=['’]|[^\w]|$)|(?P<digit>(?<![0-9][.,])[0-9])|(?P<roman>ROMAN)(?:e|ème|er)?(?![\w]))"
    lead = re.compile(r"(?:(?<![\w])(?P<pmod>" + fragments["POSMOD"] + r")\s+(?:(?:" + fragments["OF"]
                      + r")\s+)?)?(?:(?<![\w])(?P<article>" + fragments["ARTICLE"]
                      + r")(?:(?<=['’])\s*|\s+))?\Z", re.I)
    for word in words:   # ("1er" begins a quarter, and a date as any number does)
        if word[0].isdigit():
            by_first[word] += [r for r in by_first.get("DIGIT", ()) if r not in by_first[word]]
    return Compiled(pack, {w: tuple(r) for w, r in by_first.items()},
                    re.compile(starts.replace("ROMAN", "(?-i:[IVXL]+)"), re.I), lead,
                    re.compile(starts.replace("ROMAN", "[ivxl]+")),
                    {w: _union(r) for w, r in by_first.items() if len(r) > 1})


LEAD_CHARS = 40   # how far back an article or position modifier is looked for


def find(text: str, pack: P.Pack, start: int = 0) -> list[Timex]:
    """Every temporal expression in `text` (from `start`), in text order, not overlapping."""
    c = compiled(pack)
    found: list[Timex] = []
    pos = start
    lowered = text.lower()   # (the keys are found in lowercased text where it keeps the offsets;
    folded = len(lowered) == len(text)   # a Roman numeral is still written in capitals)
    keys = c.lower_starts.finditer(lowered, start) if folded else c.starts.finditer(text, start)
    by_first, any_of = c.by_first, c.any_of
    for key in keys:
        at = key.start()
        if at < pos:
            continue
        best = None   # (the longest match of the rules the key begins: _best_at, inline in
        kind = key.lastgroup   # this hot loop; the key's word is lowercased already)
        if kind == "word":
            first = key.group(kind) if folded else key.group(kind).lower()
        elif kind == "digit":
            first = "DIGIT"
        elif text[at:key.end(kind)].isupper():
            first = "ROMAN"
        else:
            continue
        rules = by_first.get(first, ())
        if first in any_of and not any_of[first].match(text, at):
            continue
        for rule, regex in rules:
            m = regex.match(text, at)
            if m and (best is None or m.end() > best[1].end()) and (
                    rule.check is None or rule.check(m, text, pack)) and \
                    not is_name(m, text, pack):
                best = (rule, m)
        if best is None or best[0].name == "mod_unit" and _outreached(best[1], text, c):
            continue
        rule, m = best
        if rule.span:
            first, mod, end = m.start(rule.span), None, m.end(rule.span)
        else:
            (first, mod), end = _lead(text, at, pos, rule, c), m.end()
        found.append(Timex(first, end, text[first:end], rule.type, rule.name,
                           fields_of(m, pack) + ((("pmod", mod),) if mod else ()),
                           mod=mod))
        pos = m.end()
    return found


def _best_at(key: re.Match, text: str, c: Compiled) -> Optional[tuple]:
    """The longest (rule, match) of an expression beginning at a start key, or None."""
    at, best = key.start(), None
    first = ("DIGIT" if key.group("digit") else "ROMAN" if key.group("roman")
             else key.group("word").lower())
    for rule, regex in c.by_first.get(first, ()):
        m = regex.match(text, at)
        if m and (best is None or m.end() > best[1].end()) and (
                rule.check is None or rule.check(m, text, c.pack)) and \
                not is_name(m, text, c.pack):
            best = (rule, m)
    return best


def _outreached(m: re.Match, text: str, c: Compiled) -> bool:
    """Does an expression beginning inside a position modifier's match reach past its end?
    Then that one is the expression, the modifier its lead ("finales de [la década del
    noventa]", not "finales de la década" and a stray "noventa")."""
    for key in c.starts.finditer(text, m.start() + 1, m.end()):
        later = _best_at(key, text, c)
        if later is not None and later[1].end() > m.end() and later[0].mod:
            return True
    return False


def _lead(text: str, at: int, floor: int, rule: Rule, c: Compiled) -> tuple[int, Optional[str]]:
    """Where the expression begins once the article or position modifier before it joins."""
    window_start = max(floor, at - LEAD_CHARS)
    m = c.lead.search(text, window_start, at)
    if not m or m.start() == m.end():
        return at, None
    if m.group("pmod") and rule.mod:
        nouns = c.pack.noun_positions.get(_key(m.group("pmod")), ())
        before = _word_before(text, m.start())
        if before in nouns:   # ("la final de 2022": the match's year, no end of it)
            return at, None
        return m.start(), _tables(c.pack)["pmod"].get(_key(m.group("pmod")))
    if m.group("article") and rule.article:
        return m.start("article"), None
    return at, None


def _key(word: str) -> str:
    return " ".join(word.lower().split())


_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def fields_of(m: re.Match, pack: P.Pack) -> tuple:
    """The typed fields of a match: each group's words looked up in the pack's tables."""
    tables = _tables(pack)
    out = []
    for name, word in m.groupdict().items():
        if word is None:
            continue
        key = _key(word)
        if name == "span":
            continue
        if _NUMBER.fullmatch(key):
            out.append((name, float(key.replace(",", ".")) if name == "count" else int(key)))
            continue
        table = tables.get(name)
        out.append((name, word if table is None else table.get(key, table.get(key.rstrip(".")))))
    return tuple(out)


@lru_cache(maxsize=None)
def _tables(pack: P.Pack) -> dict:
    """Group name -> the table its words are typed by."""
    v = P.variants
    counts = {**v(pack.numbers), **{w: None for w in v(pack.vague_counts)}}
    rel = {**v(pack.relations_before), **v(pack.relations_after)}
    return {"month": {**v(_bare_months(pack)), **v(pack.months)}, "weekday": v(pack.weekdays), "unit": v(pack.units),
            "units": v(pack.units), "count": counts, "rel_before": rel, "rel_after": rel,
            "yr_after": rel, "yr_before": rel, "yr_this": {w: P.THIS for w in v(pack.this)},
            "this": {w: P.THIS for w in v(pack.this)}, "ordinal": v(pack.ordinals),
            "quarter": v(pack.quarter_words),
            "holiday": v(_feasts(pack)),
            "season": v(pack.seasons), "part": v(pack.parts_of_day),
            "day_part": v(pack.parts_of_day), "deictic": v(pack.deictic_days),
            "day_part_word": v(pack.day_parts), "same": v(pack.same_day),
            "later": v(pack.later_after), "counted": v(pack.counted_before),
            "half": v(pack.halves), "set": v(pack.sets), "vague": v(pack.vague),
            "tweekday": v(pack.weekdays), "dweekday": v(pack.weekdays), "dtens": v(pack.tens), "pmod": v(pack.position_mods), "noon": v(pack.noon),
            "clock": v(pack.clock_parts),
            "approx": v(pack.approx), "phrase": v(pack.phrases),
            "bare_deictic": v(pack.bare_deictic), "article": v(pack.articles),
            "contracted": v(pack.contracted), "hour_before": v(pack.hour_before), "time_before": v(pack.time_before),
            "season_after": v(pack.season_after),
            "weekend": dict.fromkeys(_unit_words(pack, P.WEEKEND), True),
            "number_nouns": {_NUMBER_NOUN.sub("", w): True for w in v(pack.number_nouns)},
            "count_nouns": {w: True for w in v(pack.count_nouns)},
            "of_words": dict.fromkeys(v(pack.of + pack.contracted + pack.genitives), True)}
