"""The long tail: a pack for any other language dateparser knows, from its locale data.

dateparser ships, for about 200 locales, the names of the months and weekdays and a few
relative phrases ("včera", "minulý týden", "tento rok"). A pack built from them reads explicit
dates ("15. listopadu 2024", "3 maart 2025"), weekdays and those phrases, with the same rules as
the hand-made packs; it knows no verb forms, counts or units, so its values are marked with a
lower confidence (CONFIDENCE times the rule's).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from typing import Optional

from .pack import DAY, MONTH, WEEK, YEAR, Pack

CONFIDENCE = 0.7
MIN_NAME = 4   # shorter month or weekday names (abbreviations: "led", "pon") are left out:
#                in running text they are as often ordinary words
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_KEYS = {"day": DAY, "week": WEEK, "month": MONTH, "year": YEAR}
_RELATIVE_KEY = re.compile(r"^(?:(?P<ago>[01]) (?P<unit>day|week|month|year) ago|"
                           r"in (?P<ahead>1) (?P<unit2>day|week|month|year))$")


@lru_cache(maxsize=None)
def tail_pack(code: str) -> Optional[Pack]:
    """The pack of a language from dateparser's locale data, None when it has none."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        return None
    try:
        info = import_module(f"dateparser.data.date_translation_data.{code}").info
    except ImportError:
        return None
    months = _names(info, MONTH_KEYS)
    weekdays = _names(info, WEEKDAY_KEYS)
    if not months:
        return None
    days, phrases = {}, {}
    for key, words in info.get("relative-type", {}).items():
        m = _RELATIVE_KEY.match(key)
        if not m:
            continue
        unit = UNIT_KEYS[m.group("unit") or m.group("unit2")]
        offset = -int(m.group("ago")) if m.group("ago") is not None else int(m.group("ahead"))
        for word in words:
            word = word.lower()
            if unit == DAY:
                days.setdefault(word, offset)
            else:
                phrases.setdefault(word, (unit, offset))
    return Pack(code=code, months=months, weekdays=weekdays, units={}, numbers={},
                deictic_days=days, articles=(), day_suffix=r"\.|º|°", phrases=phrases)


def _names(info: dict, keys: tuple) -> dict:
    out: dict = {}
    for number, key in enumerate(keys, 1):
        for name in info.get(key, []):
            name = name.lower()
            if len(name.rstrip(".")) >= MIN_NAME and not re.search(r"\d", name):
                out.setdefault(name, number)
    return out
