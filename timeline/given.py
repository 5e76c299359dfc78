"""Given names: which words are English given names, and their other forms ("Frederick",
"Fritz", "Fred"), read from the hand-curated table of the `nicknames` package (loaded on
first use: by an --about entity, or a story that opens its sentences with a person's name)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def given_forms(name: str) -> frozenset:
    """The other forms of a given name, lower case, from the `nicknames` package's
    hand-curated English table: its shorter nicknames that are no other name's or begin with
    its letter ("frederick": "fritz", "fred", "freddy"; not "rick", Richard's too; "robert":
    "bob", not "bill"), or the one longer name it is a nickname of ("fritz": "frederick", "jim":
    "james"; none for "bill": William's, Robert's and Willis's). (The table reads both ways and
    lists "louise" under "louis": a form of equal or greater length is no nickname.)"""
    low = name.lower()
    shorter = {f for f in _namer().nicknames_of(low)
               if len(f) < len(low) and (f[0] == low[0] or _longer(f) == {low})}
    longer = _longer(low)
    return frozenset(shorter | (longer if len(longer) == 1 else set()))


def _longer(nickname: str) -> set:
    """The longer names the table gives `nickname` as a nickname of."""
    return {f for f in _namer().canonicals_of(nickname) if len(f) > len(nickname)}


@lru_cache(maxsize=1)
def _namer():
    from nicknames import NickNamer   # (read on first use)

    return NickNamer()


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """Is `word` (any case) an English given name the table lists, as a name or a nickname
    ("Jimmy", "Frederick")?"""
    low = word.lower()
    namer = _namer()
    return bool(namer.nicknames_of(low) or namer.canonicals_of(low))
