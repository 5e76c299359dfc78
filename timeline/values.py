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


def is_time(value: str) -> bool:
    """Is `value` a time of a day ("2026-04-16T06:00", "2026-04-16TNI")?"""
    return _CLOCK_VALUE.match(value) is not None


def day_of(value: str) -> str:
    """A time's day ("2026-04-16T06:00" -> "2026-04-16"): a day and a time that day count as
    one; any other value as it is."""
    return value[:10] if is_time(value) else value


_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T")


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


def weekend_around(d: date) -> str:
    """The weekend of the Saturday nearest a day ("the Easter weekend", "Thanksgiving
    weekend"), as a TIMEX3 value: "2026-W14-WE"."""
    saturday = add_days(d, (6 - d.isoweekday() + 3) % 7 - 3)   # (-3 .. +3 days)
    return week_value(saturday) + "-WE"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return clamp_year(index // 12), index % 12 + 1


def add_days(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def on_end_day(start: str, end: str) -> str:
    """A clock range's start value moved onto its end's day, the day before when its clock is
    the later ("from 3am to 9pm on Saturday": Saturday 03:00; "10 p.m. to 6 a.m. Sunday":
    Saturday 22:00). Both values are times with their day ("2024-12-07T21:00")."""
    day = end[:10] if start[11:16] <= end[11:16] else \
        day_value(add_days(date.fromisoformat(end[:10]), -1))
    return day + start[10:]


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


_BC_VALUE = re.compile(r"^BC(\d{4}|\d{2})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _decimal_year(d: date) -> float:
    days = 366 if calendar.isleap(d.year) else 365
    return d.year + (d.timetuple().tm_yday - 1) / days


def days_years(first: date, last: date) -> tuple[float, float]:
    """The days first..last as [first, after) on the year line."""
    return _decimal_year(first), _decimal_year(last) + 1 / (366 if calendar.isleap(last.year)
                                                           else 365)


@lru_cache(maxsize=4096)
def value_years(value: Optional[str]) -> Optional[tuple[float, float]]:
    """The stretch a DATE value covers on the astronomical year line, [first, after):
    "2009" -> (2009.0, 2010.0), "BC0044" -> (-43.0, -42.0) (1 BC is year 0, 44 BC is -43),
    "BC07" (the 700s BC) -> (-798.0, -698.0). None for what is not a calendar value. The scale a
    deep-time axis draws on, and the order of events with years before the common era."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = value_years(first), value_years(last)
        return (a[0], b[1]) if a and b and a[0] < b[1] else None
    m = _BC_VALUE.match(value)
    if not m:
        span = value_span(value)
        return None if span is None else days_years(span[0], span[1])
    digits, month, day = m.groups()
    if len(digits) == 2:   # a century: BC07 is 799..700 BC
        return float(1 - (int(digits) * 100 + 99)), float(2 - int(digits) * 100)
    year = 1 - int(digits)
    if not month:
        return float(year), float(year + 1)
    if not 1 <= int(month) <= 12:
        return None
    first = year + _DAYS_BEFORE_MONTH[int(month) - 1] / 365
    if not day:
        return first, year + _DAYS_BEFORE_MONTH[int(month)] / 365
    return first + (int(day) - 1) / 365, first + int(day) / 365


def year_text(year: int) -> str:
    """An astronomical year as a reader writes it: -43 -> "44 BC", 14 -> "AD 14", 2009 -> "2009"."""
    if year <= 0:
        return f"{1 - year} BC"
    return f"AD {year}" if year < 1000 else str(year)


def iso_year(year: int) -> str:
    """ISO 8601 year with astronomical numbering: -43 -> "-0043" (44 BC), 0 -> "0000" (1 BC)."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def iso_days(value: str) -> Optional[tuple[str, str]]:
    """The first and last day a calendar value covers, ISO 8601 with astronomical years before
    the common era (what the events CSV and JSON write in `date`/`end_date`, also where
    Python's dates stop): "2024" -> ("2024-01-01", "2024-12-31"), "BC0044" -> ("-0043-01-01",
    "-0043-12-31"), "BC0032/BC0031" -> ("-0031-01-01", "-0030-12-31"); None if not one."""
    if "/" in (value or ""):
        first, _, last = value.partition("/")
        a, b = iso_days(first), iso_days(last)
        return (a[0], b[1]) if a and b else None
    span = value_span(value)
    return (span[0].isoformat(), span[1].isoformat()) if span else _bc_days(value)


def _bc_days(value: str) -> Optional[tuple[str, str]]:
    m = _BC_VALUE.match(value or "")
    if not m:
        return None
    digits, month, day = m.groups()
    if len(digits) == 2:
        return (f"{iso_year(1 - (int(digits) * 100 + 99))}-01-01",
                f"{iso_year(1 - int(digits) * 100)}-12-31")
    year = iso_year(1 - int(digits))
    if not month:
        return f"{year}-01-01", f"{year}-12-31"
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    last = calendar.monthrange(2001, int(month))[1] if 1 <= int(month) <= 12 else 31
    return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def ordinal(n: int) -> str:
    """1 -> "1st", 8 -> "8th", 21 -> "21st", 12 -> "12th"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def bc_text(value: str) -> Optional[str]:
    """A value before the common era as a reader writes it: "BC0044" -> "44 BC",
    "BC0044-03-15" -> "15 March 44 BC", "BC07" -> "8th century BC", "BC0032/BC0031" -> "32 BC
    – 31 BC", "BC0044/0014" -> "44 BC – AD 14"; None for other values."""
    if "/" in (value or "") and value.startswith("BC"):
        first, _, last = value.partition("/")
        end = bc_text(last) or (year_text(int(last)) if last.isdigit() else last)
        return f"{bc_text(first)} – {end}"
    m = _BC_VALUE.match(value or "")
    if not m:
        return None
    digits, month, day = m.groups()
    if len(digits) == 2:
        return f"{ordinal(int(digits) + 1)} century BC"
    parts = [str(int(day))] if day else []
    if month and 1 <= int(month) <= 12:
        parts.append(_MONTH_NAMES[int(month)])
    return " ".join(parts + [f"{int(digits)} BC"])


_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_COARSE = re.compile(r"(?P<decade>[0-9]{3})|(?P<century>[0-9]{2})|"
                     r"(?P<year>[0-9]{4})-(?P<season>SP|SU|FA|WI)")


def value_text(value: str) -> str:
    """A coarse calendar value as a reader writes it: "198" -> "1980s", "19" -> "20th
    century", "2025-SU" -> "summer 2025"; any other value as it is."""
    m = _COARSE.fullmatch(value or "")
    if m is None:
        return value
    if m["decade"]:
        return f"{m['decade']}0s"
    if m["century"]:
        return f"{ordinal(int(m['century']) + 1)} century"
    return f"{_SEASON_NAMES[m['season']]} {m['year']}"


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
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?Z?|MO|AF|MI|EV|NI|DT))?"
    r"|XXXX(?:-(?:WXX-(?:\d|WE)|XX(?:-XX)?|\d{2}|Q[1-4]|SP|SU|FA|WI))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?"
    r"|P(?:[\dX.]+(?:Y|M|W|D|Q|DE|CE|L|E))+(?:T[\dX.]+[HMS])*|PT(?:[\dX.]+[HMS])+)$")


@lru_cache(maxsize=4096)   # (pure; values repeat)
def is_well_formed(value: str) -> bool:
    """Is `value` a TIMEX3 value of a shape this project writes? (Or an ISO 8601 interval of
    two: "2014-05/2014-07", a report's months that no TIMEX3 value names.)"""
    if "/" in (value or ""):
        parts = value.split("/")
        return len(parts) == 2 and all(_WELL_FORMED.match(p) for p in parts)
    return bool(_WELL_FORMED.match(value or ""))
