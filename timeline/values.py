"""TIMEX3 values: writing them from calendar parts and reading back the days they cover.

Pure functions shared by the resolver (which writes values) and the event stage (which needs the
first and last day a value covers: `2025-04` -> 2025-04-01..2025-04-30).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

VAGUE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

MIN_YEAR, MAX_YEAR = 1, 9999


def undated(value: str) -> bool:
    """Is `value` one an event may have without a calendar date: vague (PAST_REF...), or a
    year before the common era ("BC0044": Python's dates begin at year 1)?"""
    return value in VAGUE_VALUES or value.startswith("BC")


def clamp_year(year: int) -> int:
    return min(MAX_YEAR, max(MIN_YEAR, year))


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def week_value(d: date) -> str:
    iso_year, week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return clamp_year(index // 12), index % 12 + 1


def add_days(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def safe_date(year: int, month: int, day: int) -> Optional[date]:
    """The date, or None when it does not exist (Feb. 30, year 0)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) ISO weekday (1=Mon) of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_SPAN_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|\d))?$"), "week"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


@lru_cache(maxsize=4096)   # (values repeat: "1998", "1989-Q3"...)
def value_span(value: Optional[str]) -> Optional[tuple[date, date, str]]:
    """(first day, last day, granularity) a DATE/TIME value covers; None if not a calendar span."""
    if not value:
        return None
    if "/" in value:   # an interval "1934/1941": the first day of one to the last of the other
        first, _, last = value.partition("/")
        a, b = value_span(first), value_span(last)
        return (a[0], b[1], "span") if a and b and a[0] <= b[1] else None
    for pattern, kind in _SPAN_PATTERNS:
        m = pattern.match(value)
        if not m:
            continue
        try:
            return _span(kind, m)
        except (ValueError, OverflowError):
            return None
    return None


def _span(kind: str, m: re.Match) -> Optional[tuple[date, date, str]]:
    year = int(m.group(1))
    if kind == "day":
        d = date(year, int(m.group(2)), int(m.group(3)))
        return d, d, "time" if "T" in m.group(0) else "day"
    if kind == "week":
        monday = date.fromisocalendar(year, int(m.group(2)), 1)
        if m.group(3) == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        if m.group(3):
            d = monday + timedelta(days=int(m.group(3)) - 1)
            return d, d, "day"
        return monday, monday + timedelta(days=6), "week"
    if kind == "quarter":
        q = int(m.group(2))
        return (*_month_span(year, 3 * q - 2, 3 * q), "quarter")
    if kind == "half":
        h = int(m.group(2))
        return (*_month_span(year, 6 * h - 5, 6 * h), "half")
    if kind == "season":
        first, last = SEASON_MONTHS[m.group(2)]
        if first > last:  # winter runs into the next year
            return date(year, first, 1), _month_span(year + 1, last, last)[1], "season"
        return (*_month_span(year, first, last), "season")
    if kind == "month":
        month = int(m.group(2))
        return (*_month_span(year, month, month), "month")
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31), "year"
    if kind == "decade":
        first = max(1, year * 10)
        return date(first, 1, 1), date(year * 10 + 9, 12, 31), "decade"
    first = max(1, year * 100)
    return date(first, 1, 1), date(year * 100 + 99, 12, 31), "century"


def duration_value(amount, unit: str) -> str:
    """TIMEX3 duration: duration_value(30, "D") -> "P30D"; amount None -> "PXD"."""
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{float(amount):g}"
    if unit in ("H", "MIN") and amount is not None and not float(amount).is_integer():
        whole, rest = int(amount), round((float(amount) % 1) * 60)   # 1.5 hours: PT1H30M
        return f"PT{whole}{'H' if unit == 'H' else 'M'}{rest}{'M' if unit == 'H' else 'S'}"
    if unit == "Y" and amount is not None and not float(amount).is_integer():
        whole, rest = int(amount), round((float(amount) % 1) * 12)   # 2.5 years: P2Y6M
        return f"P{whole}Y{rest}M" if whole else f"P{rest}M"
    if unit in ("H", "MIN", "S"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


_WELL_FORMED = re.compile(
    r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF|PXX"   # (PXX: a stretch of unknown unit)
    r"|BC\d{2}(?:\d{2}(?:-\d{2}(?:-\d{2})?)?)?"   # (BC07, BC0044, BC0049-01-10)
    r"|\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-(?:WE|\d))?|Q[1-4X]|H[12]|SP|SU|FA|WI|XX))?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?"
    r"|XXXX(?:-(?:WXX-(?:\d|WE)|XX(?:-XX)?|\d{2}|Q[1-4]|SP|SU|FA|WI))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?"
    r"|P(?:[\dX.]+(?:Y|M|W|D|Q|DE|CE|L|E))+(?:T[\dX.]+[HMS])*|PT(?:[\dX.]+[HMS])+)$")


@lru_cache(maxsize=4096)   # (pure; values repeat)
def is_well_formed(value: str) -> bool:
    """Is `value` a TIMEX3 value of a shape this project writes?"""
    return bool(_WELL_FORMED.match(value or ""))
