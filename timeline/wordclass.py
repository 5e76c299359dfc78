"""Word classes for the event stage: which words can be verbs, nouns, adjectives, and which are
the closed-class words (determiners, auxiliaries, prepositions...) that decide between them.

Owns one decision: the coarse class of a word in its context, cheaply (a dictionary look-up and
the word before), without a tagger model. The open classes come from lemminflect's lexicon (the
SPECIALIST lexicon's English word forms, shipped inside its wheel, read once per process); the
closed classes are tables in lang/en/words.py.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from typing import Optional

from .cache import kept_json
from .lang.en import vocab
from .lang.en.words import (  # noqa: F401  (the tables, read as W.*)
    DETERMINERS, AUXILIARIES, COPULAS, PREPOSITIONS, PRONOUNS, CONJUNCTIONS, RELATIVES,
    ADVERBS, REPORTING, RAISING, STATIVE, MEASURES, DATE_PREDICATES, PERIODS, PERIOD_ENDS, STOP,
    EVENT_NOUNS, EVENT_SUFFIXES, HAPPENINGS, COMPARATIVE_COMPLEMENTS, FILING, ATTRIBUTIVE_ING,
    BASE_PARTICIPLES, PERFECT_AUXILIARIES, DISCLOSING, STATE_PREPOSITIONS, NOT_EVENT_SUFFIXES,
    TAKING_PLACE, COMPLEMENT_PREPOSITIONS, COMPOUND_HEADS, HYPHENED_PREFIXES)

NOUN, VERB, ADJ, ADV = 1, 2, 4, 8
_BITS = {"noun": NOUN, "verb": VERB, "adj": ADJ, "adv": ADV, "aux": VERB}

PAST_FORMS = frozenset(vocab.IRREGULAR_PAST)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """word form -> bits of the classes it can have (NOUN | VERB | ADJ | ADV). Reading the
    package's table takes 0.2 s, a JSON copy in the cache folder (cache.py) a tenth of it."""
    return kept_json(f"wordclass-{version('lemminflect')}.json", _read_lexicon)


def _read_lexicon() -> dict:
    words: dict = {}
    data = (resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz").read_bytes()
    get = words.get
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        word, pos, _ = line.split(",", 2)
        words[word] = get(word, 0) | _BITS.get(pos, 0)
    return words


@lru_cache(maxsize=1)
def _inflections() -> dict:
    """{"past": {-ing form: past form}, "participle": {past participle: 1}} of every verb
    lemminflect's inflection table lists, kept in the cache folder (loading lemminflect's own
    look-up costs most of a second per process)."""
    return kept_json(f"inflections-{version('lemminflect')}.json", _read_inflections)


def _read_inflections() -> dict:
    pasts: dict = {}
    participles: dict = {}
    data = (resources.files("lemminflect") / "resources" / "infl_lu.csv.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        fields = line.split(",")   # (lemma, class, past, participle, -ing, -s; forms split by /)
        if len(fields) == 6 and fields[1] == "verb" and fields[2]:
            for form in fields[4].split("/"):
                pasts.setdefault(form, fields[2].split("/")[0])
            for form in (fields[3] or fields[2]).split("/"):   # (none: the past's form)
                participles[form.lower()] = 1
    return {"past": pasts, "participle": participles}


def past_of(gerund: str) -> str:
    """The past form of a verb's -ing form ("moving" -> "moved", "throwing" -> "threw"), or ""
    when no table lists it."""
    pasts = _inflections()["past"]
    return pasts.get(gerund) or pasts.get(gerund.lower(), "")


def is_participle(word: str) -> bool:
    """Can the lower-case `word` be a verb's past participle ("cost", "hit", "taken")?"""
    return word in _inflections()["participle"]


def classes(word: str) -> int:
    """The classes `word` can have (its lower-case form's when it is capitalised)."""
    lex = lexicon()
    found = lex.get(word)
    if found is None:
        found = lex.get(word.lower())
        if found is None:
            found = _compound(word.lower())
    return found


@lru_cache(maxsize=100_000)   # (names ask again and again)
def _compound(low: str) -> int:
    """A noun for a compound of a word of three letters or more and a listed head
    ("drugmaker", "chipmakers", "aftershocks"); a listed word after a hyphened prefix, its
    classes ("co-founded": a verb's); else 0."""
    lex = lexicon()
    if low.startswith(HYPHENED_PREFIXES):
        found = lex.get(low.split("-", 1)[1], 0)
        if found:
            return found
    return next((NOUN for head in COMPOUND_HEADS if low.endswith(head) and
                 len(low) - len(head) >= 3 and lex.get(low[:-len(head)], 0)), 0)


def is_event_noun(word: str) -> bool:
    """A noun naming a happening: listed, shared with a verb ("attack", "vote"), or with a
    deverbal suffix ("election", "agreement", "bombing", "arrival")."""
    low = word.lower()
    if low in EVENT_NOUNS:
        return True
    if low in STOP or low.endswith(NOT_EVENT_SUFFIXES):
        return False
    bits = classes(low)
    if bits and not bits & NOUN:
        return False
    return low.endswith(EVENT_SUFFIXES if bits else _UNLISTED_SUFFIXES) and len(low) > 5


_UNLISTED_SUFFIXES = ("ization", "izations", "isation", "isations")   # (a word no lexicon
# lists: "recapitalization")


_HAPPENING_OF = {word: kind for kind, words in HAPPENINGS.items() for word in words.split()}


def happening(word: str) -> Optional[str]:
    """The kind of happening a trigger word names ("explosion" -> "blast"), or None."""
    return _HAPPENING_OF.get(word.lower())


_LABEL_WORDS = re.compile(r"[A-Za-z][a-z-]+")
_KINDS_OF = {w: kind for w, kind in _HAPPENING_OF.items() if kind != "statement"}


@lru_cache(maxsize=4096)   # (a label's kinds are read by its mention and by the merge)
def kinds_in(label: str, trigger: Optional[str]) -> frozenset:
    """The kinds of happening a label and its trigger name (but saying, which a label holds
    beside what it reports): "The quake struck" -> {"quake"}."""
    get = _KINDS_OF.get
    kinds = {get(w.lower()) for w in _LABEL_WORDS.findall(label)}
    kinds.discard(None)
    if trigger:
        kind = happening(trigger)
        if kind:
            kinds.add(kind)
    return frozenset(kinds)
