"""One entity's story: which events are about it ("What happened to Airbus, and when?").

Owns the names an entity goes by in a text (whole, by its initials, by a distinctive later
word: "Boeing 787 Dreamliner", "Dreamliner"; "United States Air Force", "USAF"; "Louis
Gallois", "Gallois"; by its own first word before generic ones, no place's: "Northwind Air",
"Northwind"; a short name only where the story names it whole), the references that
open a sentence after one naming it ("He" for a person, "The planemaker"), and the choice of
the events that name it: in their actors, or in their sentence near the happening's word.
(`references` finds every "it" and description for a whole text; following them all measured
worse, see the README.)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from . import places
from .given import given_forms
from .joiners import alternation
from .lang.en.words import (CORPORATE, DESCRIPTIONS, MODEL_DESCRIPTIONS,
                             GENERIC_NAME_WORDS as GENERIC, PERSON_PRONOUNS, PRONOUNS)
from .model import Event

REACH = 20   # characters between the happening's word and the entity's name (SemEval-2015 dev)


def names_of(entity: str) -> list[str]:
    """The ways a text names an entity, longest first."""
    words = entity.split()
    names = set(variants(entity))
    if len(words) > 1:
        if all(w[0].isupper() and w.isalpha() for w in words):   # ("USAF"; not "BD" for
            # "Boeing 787 ...", nor "AA" for "Airbus A380")
            names.add("".join(w[0] for w in words))
        names.update(w for w in words[1:] if len(w) > 2 and w not in GENERIC and
                     (w[0].isupper() or w[0].isdigit()))
        if words[0][:1].isupper() and words[0].isalpha() and not places.kind(words[0]) and \
                words[0] not in GENERIC and all(w in GENERIC or w in CORPORATE for w in words[1:]):
            names.add(words[0])   # ("Northwind" of "Northwind Air"; not "Singapore" of
            # "Singapore Airlines": a place's name)
    return sorted(names, key=len, reverse=True)


def whole_names(entity: str) -> list[str]:
    """The names that say which entity is meant on their own: the whole name, two or more of
    its words in a row ("Boeing 787", "Apple Corps"), its initials ("USAF")."""
    words = entity.split()
    names = {" ".join(words[i:j]) for i in range(len(words))
             for j in range(i + 2, len(words) + 1)} | set(variants(entity))
    names.update(n for n in names_of(entity) if n.isupper() and len(n) > 1 and " " not in n)
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=256)
def variants(entity: str) -> tuple[str, ...]:
    """The whole name and the other ways of writing it whole: a person's by each form of the
    first name ("Frederick Henderson": "Fritz Henderson", "Fred Henderson"; "Bill Gates":
    "William Gates"), a name written as one word by its parts ("DaimlerChrysler": "Daimler
    Chrysler"; the pattern reads them joined as well)."""
    words = entity.split()
    found = [entity]
    camel = _CAMEL.fullmatch(entity) if len(words) == 1 else None
    if camel:
        found.append(" ".join(camel.groups()))
    if 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words) and \
            words[-1] not in CORPORATE and words[-1] not in GENERIC:
        found += sorted(" ".join([first.capitalize(), *words[1:]])
                        for first in given_forms(words[0]))
    return tuple(found)


_CAMEL = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")   # ("DaimlerChrysler")


@lru_cache(maxsize=256)
def pattern(entity: str, short: bool = True) -> re.Pattern:
    """Where a text names the entity: by any of its names, or (`short` False) by the names
    that say which entity is meant on their own."""
    names = names_of(entity) if short else whole_names(entity)
    return re.compile(r"(?<!\w)(?:" + "|".join(_name_regex(n) +
                                               ("s?" if n[-1:].isdigit() else _NO_MODEL)
                                               for n in names) + r")(?!\w)")   # ("two A380s")


def _name_regex(name: str) -> str:
    """A name's words with what may stand between them: a possessive, a hyphen or nothing,
    and after a person's given name a middle initial ("Frederick A. Henderson")."""
    words = [re.escape(w) for w in name.split()]
    if len(words) > 1 and given_forms(name.split()[0]):
        words[0] += r"(?:\s+[A-Z]\.)?"
    return _POSSESSIVE_GAP.join(words)


_NO_MODEL = r"(?!(?:\s?['’]s)?\s+[A-Z]?\d)"   # (a maker's name before a model's number is the
# model's: "Boeing 737", "Airbus A320" tell of the planes, not the company)


_POSSESSIVE_GAP = r"(?:(?:\s?['’]s)?\s+|-)?"   # ("Boeing's 777", "Boeing 's 777": Boeing
# 777; "DaimlerChrysler", "Daimler-Chrysler": Daimler Chrysler)


def names_in(entity: str, text: str, short: bool = True, rivals: Sequence[str] = ()) -> list:
    """(start, end) of each place `text` names the entity, but where a longer name of one of
    the `rivals` holds it ("Airbus" in "the Airbus A380" names the A380)."""
    found = [(m.start(), m.end(), entity) for m in pattern(entity, short).finditer(text)]
    if found and rivals:
        found = [span for span in unheld(found + [(m.start(), m.end(), rival)
                                                  for rival in rivals if rival != entity
                                                  for m in pattern(rival).finditer(text)])
                 if span[2] == entity]
    return [(a, b) for a, b, _ in found]


def unheld(spans: Iterable[tuple]) -> list:
    """The (start, end, name) spans, sorted, that no longer span holds ("Airbus" in "Airbus
    A380" is the A380's), in one pass."""
    kept, end, start = [], -1, -1   # (the furthest end so far and where its span starts)
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not (end > span[1] or end == span[1] and start < span[0]):
            kept.append(span)
        if span[1] > end:
            end, start = span[1], span[0]
    return sorted(kept)


def near(entity: str, text: str, at: int, reach: int = REACH, short: bool = True,
         rivals: Sequence[str] = ()) -> bool:
    """Does `text` name the entity within `reach` characters of offset `at`?"""
    return any(a - reach <= at <= b + reach for a, b in names_in(entity, text, short, rivals))


def is_about(e: Event, entity: str, short: bool = True, rivals: Sequence[str] = ()) -> bool:
    """Is the event about the entity: one of its actors, or named in its sentence near the
    happening's word (anywhere in the sentence when it has no word)? `short` False: only by
    the names that say which entity is meant on their own (whole_names); `rivals`: the other
    entities asked about, whose longer names hold this one's (names_in)."""
    if any(names_in(entity, name, short, rivals) for name in e.who):
        return True
    if not names_in(entity, e.sentence, short, rivals):
        return False
    if e.trigger and e.trigger in e.sentence:
        at = e.sentence.find(e.trigger)
        return near(entity, e.sentence, at, REACH, short, rivals) or \
            near(entity, e.label, e.label.find(e.trigger), REACH, short, rivals)
    return True


def named_whole(events: Iterable[Event], entity: str) -> set:
    """The sources whose events' sentences name the entity by a whole name, or each of its
    words somewhere ("Boeing", "its 777"): in those, a short name ("Corps", "Dreamliner",
    "Gallois") means it too. (A story that says only "Apple" is about another Apple than
    "Beatles Apple Corps".)"""
    texts: dict = {}
    for e in events:
        for source in e.sources or (e.source,):
            texts.setdefault(source, []).append(e.sentence)
    return {source for source, sentences in texts.items()
            if names_whole("\n".join(sentences), entity)}


def names_whole(text: str, entity: str) -> bool:
    """Does `text` name the entity by a whole name, or each of its words somewhere?"""
    return pattern(entity, False).search(text) is not None or all(
        re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in entity.split())


FOLLOW = 2   # sentences after a naming one in which a description or pronoun refers back to it
_REFERENCE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, DESCRIPTIONS + PRONOUNS))
                        + r")(?!\w)", re.I)


def references(text: str, entity: str, sentences: Sequence[tuple[int, int]]) -> list[tuple]:
    """(start, end) of every place `text` names the entity or refers back to it: its names,
    and the descriptions and pronouns ("the planemaker", "it") of the FOLLOW sentences after
    one that names it. `sentences`: (start, end) of each sentence, in order."""
    found, since = [], FOLLOW + 1
    named = pattern(entity)
    for start, end in sentences:
        names = [(m.start(), m.end()) for m in named.finditer(text, start, end)]
        if names:
            found += names
            since = 0
        elif since < FOLLOW:
            found += [(m.start(), m.end()) for m in _REFERENCE.finditer(text, start, end)]
        since += 1
    return found


_OPENING_REFERENCE = re.compile(   # ("He", "The planemaker", "The European planemaker")
    r"\W*(?P<ref>(?P<person>" + alternation(PERSON_PRONOUNS) + r")|the\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(d.split(None, 1)[1] for d in DESCRIPTIONS) + r"))(?!\w)", re.I)


_OPENING_MODEL = re.compile(   # ("The aircraft", "The new superjumbo")
    r"\W*(?P<ref>the\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(d.split(None, 1)[1] for d in MODEL_DESCRIPTIONS) + r"))(?!\w)", re.I)


def is_person(entity: str, text: str) -> bool:
    """Does the entity look like a person's name in `text`: two or three capitalised words,
    the last no company's ("Airlines", "Corp"), and used alone ("Jobs said")?"""
    words = entity.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) or \
            words[-1] in CORPORATE or words[-1] in GENERIC:
        return False
    return re.search(r"(?<!" + re.escape(words[-2]) + r" )(?<!\w)" + re.escape(words[-1]) +
                     r"(?!\w)", text) is not None


def opening_reference(text: str, entity: str, person: bool) -> Optional[tuple[int, int]]:
    """(start, end) of the pronoun or description that opens `text` (a sentence after one
    that names the entity first) when it can refer to the entity: "He" to a person, "The
    aircraft" to a model (a name with a number: "Airbus A380"), "The planemaker" to anything
    else ("It" is too often no one: "It is expected that")."""
    if not person and any(c.isdigit() for c in entity):
        m = _OPENING_MODEL.match(text)
        return m.span("ref") if m else None
    m = _OPENING_REFERENCE.match(text)
    if m is None or bool(m.group("person")) != person:
        return None
    return m.span("ref")


def first_about(events: Sequence[Event], entities: Sequence[str],
                rivals: Sequence[str] = ()) -> list[Optional[str]]:
    """For each event, the first of the entities it is about (None: none of them): named by a
    short name only in the sources that also name it whole (named_whole), and not inside a
    longer name of one of the `rivals` (other entities the timeline was built about)."""
    whole = {entity: named_whole(events, entity) for entity in entities}
    return [next((entity for entity in entities if is_about(
        e, entity, len(entity.split()) == 1 or e.source in whole[entity], rivals)), None)
        for e in events]


def close_names(entity: str, events: Iterable[Event], limit: int = 3) -> list[str]:
    """Names the events' actors and places go by that look like `entity` misspelt or
    differently written ("Boing" -> "Boeing", "Air Froce" -> "Air Force"), closest first, or
    whose initials it is ("GM" -> "General Motors"): what to suggest when no event is about
    it."""
    from difflib import get_close_matches

    names = {name for e in events for name in (*e.who, *e.where)}
    by_lower = {name.lower(): name for name in sorted(names)}
    spelt = [by_lower[n] for n in get_close_matches(entity.lower(), list(by_lower), limit, 0.75)]
    initials = sorted(name for name in names if entity.isupper() and len(entity) > 1 and
                      entity in names_of(name) and name not in spelt)   # ("GM": "General Motors")
    return (spelt + initials)[:limit]
