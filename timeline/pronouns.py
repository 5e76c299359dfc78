"""Who "He", "She", "His", "Her", "It", "Its", "They" or "Their" stands for where it opens an
event's label, and whose whole name a surname in an event's actors is.

"He is due to report to prison" tells a reader of a timeline nothing once it stands alone, away
from the story; "Reilly is due to report to prison" does. This module owns that one decision,
for the event stage's English mentions, from the names the story gives before the pronoun, with
no model: for "He", "She", "His" and "Her", the first person named before it in its sentence
(its subject, as a rule), else in the sentence before, up to READ_BACK sentences back (not
counting those that tell of "she" or "he" too, which carry the person on); for "They" and
"Their" opening a sentence, the group (no person) whose name opens the sentence before; for
"Its", the first organisation so named, or the description ("The company") that opens its own
clause with no other noun phrase between; for "It", the same, but only where "It" opens its
sentence or follows a subordinator with the organisation before it in its sentence ("since it
bought Kestrel Labs"), never a place, never before "is", "seems", "will be"... (_expletive).

A person is a name of two or three capitalised words (no acronym, no institution's: "White
House", no club's: "Northbridge City") whose last word the story also uses alone ("Thomas
Reilly" ... "Reilly said"), or whose first word is a first name (words.FEMALE_FIRST_NAMES), or
that a role or title stands before ("Chief executive Helena Vogt"), or that has an honorific
("Mr. Stone", the first whole name of its gender the story gives the surname); a name alone
stands for the person whose last word it is. A person's gender is what an honorific, their
first name, a sentence naming only them (and no other person) with "her" or "his", or an
earlier pronoun resolved to them says ("Hale died at her home ... Hale married the poet Owen
Price in 1958; he died in 2004": he is not Hale); a pronoun skips a person of the other gender
and someone of the person it stands for ("Her daughter, Clara Vance, said"), and stops at
someone the story names once with no role and no first name it knows ("Tunde Okoro, LIN's vice
president"). The label opens with the name (the short one the story uses), first among the
event's actors.

An actor named by one word is listed by the whole name of the one person the story gives it to
("Sandvik told reporters" after "Mayor Irene Sandvik": Irene Sandvik), so that one person is one
actor across a story's events and lanes; a surname two people share stays as it is.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import Callable, Optional, Sequence

from . import places, wordclass
from .given import is_given_name
from .joiners import alternation
from .lang.en import vocab
from .lang.en.vocab import CLAUSE_SUBORDINATORS
from .lang.en.words import (CLUB_HEADS, CONJUNCTIONS, CORPORATE, DATE_PHRASE_WORDS, DESCRIPTIONS,
                             DETERMINERS, EXPLETIVE_IT_VERBS, FEMALE_FIRST_NAMES,
                             GENERIC_NAME_WORDS, HOLDINGS, MALE_FIRST_NAMES,
                             HONORIFIC_GENDERS, IT_AUXILIARIES, NOT_SURNAMES, ORG_HEADS,
                             PASSIVE_AUXILIARIES, POSSESSIVE_PRONOUNS, PREPOSITIONS,
                             PRONOUN_GENDERS, ROLES, STOPWORDS, TEMPORAL_SUBORDINATORS, TITLES)

READ_BACK = 3   # sentences before the pronoun's read for who it stands for
_OPENING = re.compile(r"(?P<pronoun>" + "|".join(PRONOUN_GENDERS) + r")\b(?P<rest>.*)",
                      re.I | re.S)
_ORGANISATION = "n"
_GROUP = "p"
_THEY_OPENING = re.compile(r"\s*(?:They|Their)\b")
_GROUP_OPENING = re.compile(r"\s*(?:The\s+)?")
_JOINED_NAME = re.compile(r",?\s+(?:and|&|or)\s+[A-Z]")


def resolve(mentions: Sequence, sentences: Sequence, text: str,
            names_in: Callable[[str], tuple], actors_in: Callable[[str], tuple]) -> list:
    """`mentions` (the event stage's, in text order), each whose label opens with a pronoun
    that stands for a name told before it relabelled with that name and the name first among
    its actors. `names_in(text)`: the names a text holds (events.actors); `actors_in(text)`,
    those of them that act (not places: events.split_places)."""
    people = None
    out = []
    for m in mentions:
        opening, lead = _OPENING.match(m.label), ""
        told = _TOLD_LEAD.match(m.label) if opening is None else None
        if told:   # (what a telling says, after its colon: "The company announced: She will
            opening = _OPENING.match(m.label, told.end())   # step down")
            lead = told.group() if opening else ""
        if opening is None or m.sentence_index is None:
            out.append(m)
            continue
        people = people or _People(text, sentences, names_in)   # (read once, where a label needs it)
        pronoun = opening.group("pronoun").lower()
        gender = PRONOUN_GENDERS[pronoun]
        if pronoun == "it" and _expletive(opening.group("rest")) or \
                pronoun in POSSESSIVE_PRONOUNS and _NAMED_AFTER.match(opening.group("rest")):
            out.append(m)   # (nor "Its developer Corvane Therapeutics said": the name is told)
            continue
        at = _pronoun_at(text, m, opening.group("pronoun"), bool(lead))
        name = _it(sentences, m.sentence_index, at, actors_in, people) if pronoun == "it" else \
            _antecedent(sentences, m.sentence_index, at, actors_in, people, gender)
        if name is None:
            out.append(m)
            continue
        if _DESCRIBED.match(name):   # (a description, "the company", "the sportswear maker",
            owner = "'s" if pronoun in POSSESSIVE_PRONOUNS else ""   # "the spacecraft": no
            out.append(replace(m, label=lead + name[:1].upper() + name[1:] + owner +   # actor's
                               opening.group("rest")))   # name, the label only reads better)
            continue
        if gender not in (_ORGANISATION, _GROUP) and people.gender_of(name) is None:
            people.gender[name] = gender
        if gender == _GROUP and name.split()[-1] in HOLDINGS:   # (the shares' company acts:
            # "Apple shares have lost", who Apple)
            out.append(replace(m, label=lead + name + opening.group("rest"), who=tuple(
                dict.fromkeys((name.rsplit(None, 1)[0],) + tuple(m.who)))))
            continue
        short = people.short(name) if gender not in (_ORGANISATION, _GROUP) else name
        if pronoun in POSSESSIVE_PRONOUNS:
            short += "'" if gender == _GROUP and short.endswith("s") else "'s"   # ("Social
            # Democrats' leader")
        rest = opening.group("rest")
        if pronoun not in POSSESSIVE_PRONOUNS and rest[:2] in ("'s", "’s"):
            rest = " is" + rest[2:]   # ("He's expected": "Annan is expected")
        if rest[:3] in ("'re", "’re"):
            rest = " are" + rest[3:]   # ("They're due": "Castleford are due")
        out.append(replace(m, label=lead + short + rest,
                           who=tuple(dict.fromkeys((name,) + tuple(m.who)))))
    if any(_short_name(n) for m in out for n in m.who):   # (a surname the story gave whole)
        people = people or _People(text, sentences, names_in)
        out = [replace(m, who=tuple(dict.fromkeys(people.whole(n) for n in m.who)))
               if any(_short_name(n) for n in m.who) else m for m in out]
    return out


def _short_name(name: str) -> bool:
    """A name that may stand for a whole one: a word alone, or an honorific's ("Ms. Vance")."""
    return " " not in name or bool(_HONORIFIC.fullmatch(name))


def _expletive(rest: str) -> bool:
    """Does "It" stand for nothing before `rest` ("It is unclear", "It's raining", "It will
    take years"), or name no happening of its own?"""
    words = [w.lower() for w in rest.replace("’", "'").replace("'", " '", 1).split()]
    while words[1:] and words[0] in IT_AUXILIARIES:
        words.pop(0)
    if len(words) > 1 and words[0] in PASSIVE_AUXILIARIES and words[1].endswith("ed") and \
            wordclass.is_participle(words[1]) and words[2:3] not in (["that"], ["to"], ["as"]):
        return False   # (a passive: "since it was founded in 1998"; not "It was reported that")
    return not words or words[0] in EXPLETIVE_IT_VERBS


def _pronoun_at(text: str, m, pronoun: str, told: bool = False) -> int:
    """Where the label's opening pronoun stands in the text: where the label opens in its
    sentence, else the last one before its trigger, else the first after it ("..., he said
    Saturday"). `told`: the pronoun opens what a telling says, after its colon: its first
    use in the sentence ("She will step down in May, the company announced")."""
    s = m.sentence
    first = re.search(rf"\b{re.escape(pronoun)}\b", s.text, re.I) if told else None
    if first:
        return s.start + first.start()
    opening = s.text.lower().find(" ".join(m.label.split()[:2]).lower())
    if opening >= 0:   # (where the label opens in the sentence: "Its predecessor, Corvid-1,
        return s.start + opening   # crashed during its descent", the first "Its")
    limit = m.trigger[0] if m.trigger else s.start + len(s.text)
    found = [p.start() for p in re.finditer(rf"\b{re.escape(pronoun)}\b", text[s.start:limit],
                                            re.I)]
    if found:
        return s.start + found[-1]
    later = re.compile(rf"\b{re.escape(pronoun)}\b", re.I).search(text, limit,
                                                                 s.start + len(s.text))
    return later.start() if later else limit


def _antecedent(sentences: Sequence, index: int, at: int, actors_in, people: "_People",
                gender: str) -> Optional[str]:
    """The name that the pronoun of `gender` at `at` can stand for: the first in its sentence
    before it (its subject, as a rule: "Farkas is leaving ..., he said"), else the first in
    the sentence before, and so on."""
    if gender == _GROUP:
        return _group(sentences, index, at, actors_in, people)
    budget = READ_BACK + 1
    for k in range(index, -1, -1):
        s = sentences[k]
        before = s.text[:max(0, at - s.start)] if k == index else s.text
        earlier = k == index and gender in _OF_GENDER and _OF_GENDER[gender].search(before)
        if earlier:   # (the same pronoun told before in its sentence stands for the same
            before = before[:earlier.start()]   # person: "She is survived by her husband, the
            # economist Peter Okonjo, whom she married in 1963": not Peter Okonjo)
        chain = k < index and gender in _OF_GENDER and _OF_GENDER[gender].search(before)   # (a
        # sentence telling of "she" too: its names are what she did, "In 2008 she premiered
        # her first opera, The Glass Harbour": the person is farther back, and the story
        # reads on back through it)
        budget -= not chain
        if budget < 0:
            break
        if k < index and gender == _ORGANISATION:
            fronted = _FRONTED_DESCRIPTION.match(before)
            if fronted and (not fronted.group(1) or _date_phrase(fronted.group(1))):
                return people.main_organisation or fronted.group(2)   # (a sentence whose
                # subject is "the company", past its fronted date: the story's organisation,
                # "Since 2015 the company has focused on steel frames. In 2023 it opened")
        if k < index and gender == _ORGANISATION and _COMMON_SUBJECT.match(before):
            return None   # (a sentence whose subject is a common noun: its names are no
            # subject "Its" carries on, "The treaty gave the towns the trade of the Sound. Its
            # decline began": not the Sound's)
        if k == index and gender == _ORGANISATION:
            described = _DESCRIPTION_SUBJECT.match(before)
            if described and not _OTHER_NOUN.search(before, described.end()):   # ("The company
                return described.group(1)   # now expects ..., up from its November forecast":
            # the company's, not a name farther back; not "The firm said ... the store since
            # its launch")
            maker = _MAKER.search(before)
            if maker and not actors_in(before[maker.end():]):   # ("Nike shares tumbled after
                return maker.group()   # the sportswear maker withdrew its forecast": the
                # sportswear maker's, not Iran's of the sentence before)
        if chain and gender in _OF_GENDER and _SUBJECT_PRONOUN[gender].match(before):
            continue   # (a sentence the pronoun opens as its subject: its names are whom it
            # acted on, "He ... defeated President Gerald Ford in 1976. His single term": not
            # Ford's)
        for name in _subject_first(before, actors_in(before)):
            if gender in _OF_GENDER and _POSSESSED.search(before, 0, max(0, before.find(name))):
                continue   # (someone of theirs: "Her daughter, Clara Vance, said" is not she)
            person = people.person(name)
            if gender == _ORGANISATION:
                if person is None and people.organisation(name):
                    return name
            elif person is not None and people.gender_of(person) in (None, gender):
                return person
            elif person is None and not chain and people.looks_whole(name) and \
                    name.split()[-1] not in CLUB_HEADS and \
                    not _PREPOSITION_BEFORE.search(before, max(0, before.find(name) - 40),
                                                   max(0, before.find(name))):
                return None   # (someone the story names once, "Tunde Okoro, LIN's vice
    return None   # president": not someone named farther back; "born in Merthyr Tydfil" is
    # a place)


def _subject_first(text: str, names: Sequence[str]) -> list:
    """The names of a sentence, those past a phrase fronted before its subject first ("After
    losing to Ronald Reagan in 1980, Carter founded the Carter Center": Carter, then Reagan)."""
    fronted = _FRONTED_PHRASE.match(text)
    if not fronted:
        return list(names)
    after = [n for n in names if n in text[fronted.end():]]
    return after + [n for n in names if n not in after]


def _it(sentences: Sequence, index: int, at: int, actors_in, people: "_People") -> Optional[str]:
    """The organisation "It" stands for, as "Its" does, where "It" opens its sentence ("Orpen
    went public in 2019. It lost $310 million last year"), or the clause after a subordinator
    with the organisation before it in its sentence ("Halvern's largest since it bought Kestrel
    Labs"); never a place ("currently it controls about 2%" after "in the U.S."). Elsewhere
    "it" is too often a thing ("the rifle ... since it entered production"): None."""
    s = sentences[index]
    before = "" if _IT_OPENING.match(s.text) else s.text[:max(0, at - s.start)]
    if _date_phrase(before):   # (after the sentence's fronted date: "Two years later it
        before = ""            # wrote down most of that investment", "In 2021 it bought")
    joined = _JOINED_END.search(before)
    if before.strip():
        if not _SUBORDINATOR_END.search(before) and not (joined and _date_phrase(joined.group(1))):
            return None   # (but "In 2019 Fenwick opened a showroom, and in 2022 it returned
            # part of its production": its clause's subject is the first clause's, or the one
            # before's when it names none)
        if not joined:
            sentences = sentences[index:index + 1]
            index = 0
    described = _THING_SUBJECT.match(before) if before.strip() else None
    if described and _SUBORDINATOR_END.search(before) and \
            not _OTHER_NOUN.search(before, described.end()):   # (the thing its sentence is
        return described.group(1).lower()   # about: "After that the spacecraft will spend 18
        # months shaping its orbit before it begins": the spacecraft)
    name = _antecedent(sentences, index, at if before.strip() else s.start, actors_in, people,
                       _ORGANISATION)
    if name is None or not places.kind(name):
        return name
    opened = index > 0 and sentences[index - 1].text.lstrip(" \"“'‘").startswith(name)
    return name if opened and not before.strip() else None   # (a place that was the subject of
    # the sentence before acts: "Lübeck became the leading city. In 1241 it signed a treaty")


def _group(sentences: Sequence, index: int, at: int, actors_in, people: "_People") -> Optional[str]:
    """The group "They" or "Their" stands for: the name opening the sentence before, as its
    subject ("Castleford, who had not lost since March, remain top. They host Dunmore"), past
    sentences that open with "They" too, when no person's; else None (a common noun's "they",
    "Officials said ... They", stays)."""
    s = sentences[index]
    if s.text[:max(0, at - s.start)].strip() or index == 0:
        return None   # (only a pronoun opening its sentence)
    k = index - 1
    while k > 0 and k > index - READ_BACK and _THEY_OPENING.match(sentences[k].text):
        k -= 1   # ("They lost the vote. They're due to meet on Friday. Their leader ...")
    before = sentences[k].text
    holdings = _HOLDINGS_OPENING.match(before)
    if holdings:   # ("Apple shares fell 1.2% on Monday. They have lost about 18%": the shares)
        return holdings.group(1)
    names = actors_in(before)
    opening = _GROUP_OPENING.match(before)
    if not names or opening is None or not before[opening.end():].startswith(names[0]):
        return None
    name = names[0]
    if _JOINED_NAME.match(before, opening.end() + len(name)):
        return None   # (two subjects: "Anna Berg and Tom Hale met. They married": both)
    last = name.split()[-1]
    plural = last.endswith("s") and bool(wordclass.classes(last.lower()) & wordclass.NOUN)
    return name if people.person(name) is None and (plural or not people.looks_whole(name)) \
        and people.organisation(name) else None   # (a team's plural, "Harwick Rovers", is a
    # group; "Anna Berg" looks like a person's name)


class _People:
    """The people a story names: their whole names, the short ones it uses, their genders."""

    def __init__(self, text: str, sentences: Sequence, names_in: Callable[[str], tuple]):
        self.text = text
        self.sentences, self.names_in = sentences, names_in
        self._wholes: dict = {}   # (last word -> whole name, or None: read when asked)
        self._whole_names: dict = {}   # (one word -> the whole name `whole` gives it)
        self._lowers: dict = {}   # (a word in lower case -> does the story write it so)
        self._runs: Optional[dict] = None

    @cached_property
    def gender(self) -> dict:
        """Person -> "f" or "m": what honorifics tell ("Mrs. Reid"), then what is bound."""
        gender: dict = {}
        for m in _HONORIFIC.finditer(self.text):
            gender.setdefault(m.group("name"), HONORIFIC_GENDERS[m.group("title")])
        return gender

    @cached_property
    def _alones(self) -> set:
        """The capitalised words the story writes with none just before them."""
        alones, end, text = set(), -1, self.text
        for m in _CAPITALISED.finditer(text):
            if not (end >= 0 and text[end - 1] != "." and _SPACES.fullmatch(text, end, m.start())):
                alones.add(OWNER_S.sub("", m.group()))   # ("Reid's family": Reid alone)
            end = m.end()
        return alones

    def gender_of(self, person: str) -> Optional[str]:
        """The person's gender: bound already, or told by their first name (FEMALE_FIRST_NAMES,
        MALE_FIRST_NAMES), or by a sentence that names only them and holds "her" or "his" (read
        when first asked), else None."""
        if person not in self.gender:
            first = person.split()[0] if " " in person else ""   # (what the first name
            self.gender[person] = "f" if first in FEMALE_FIRST_NAMES else \
                "m" if first in MALE_FIRST_NAMES else None      # tells: "Maria Castellano")
            last = person.split()[-1]
            for s in self.sentences if self.gender[person] is None else ():
                if last not in s.text:   # (a sentence naming one person, then "her" or "his")
                    continue
                genders = {PRONOUN_GENDERS[w.lower()] for w in _PERSONAL.findall(s.text)}
                names = self.names_in(s.text) if len(genders) == 1 else ()
                people = {self.person(n) or (n if self.looks_whole(n) else None) for n in names}
                if len(genders) == 1 and people - {None} == {person}:   # (not "Ostrander's
                    self.gender[person] = genders.pop()   # lawyer, Helen Shaw, said her client")
                    break
        return self.gender[person]

    def looks_whole(self, name: str) -> bool:
        """Does `name` look like a person's whole name: two or three capitalised words (no
        acronym), the first never written in lower case in the story ("Only McCaw" is not)?"""
        words = name.split()
        return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                             and not w.isupper() for w in words) and \
            not self._lower_elsewhere(words[0]) and words[-1] not in _NOT_PERSONAL and \
            words[0].lower() not in _OPENERS   # ("After Pierre died": no one's name)

    def _whole(self, name: str) -> bool:
        last = name.split()[-1]
        return self.looks_whole(name) and (self._alone(last) or last in self.gender or
                                           name.split()[0] in _FIRST_NAMES or
                                           self._titled(name)) and \
            not self._noun_opener(name) and last not in CLUB_HEADS

    def _noun_opener(self, name: str) -> bool:
        """Is the name's first word a common noun, and the name only ever at a sentence's
        start, where any noun is capitalised ("Drugmaker Halvern agrees to buy ...")? Not a
        given name's ("Jimmy Carter": a jimmy is a crowbar too)."""
        if not wordclass.classes(name.split()[0].lower()) & wordclass.NOUN or \
                is_given_name(name.split()[0]):
            return False
        return all(not self.text[max(0, m.start() - 3):m.start()].strip(" \t\"“'‘(") or
                   self.text[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ".!?\n"
                   for m in re.finditer(re.escape(name), self.text))

    def _titled(self, name: str) -> bool:
        """Does a role or title stand right before the name somewhere in the story ("Chief
        executive Helena Vogt", "Senator Maria Lopez")?"""
        return any(_ROLE_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
                   for m in re.finditer(re.escape(name), self.text))

    def _lower_elsewhere(self, word: str) -> bool:
        """Does the story write `word` in lower case somewhere ("Only" as "only")?"""
        low = word.lower()
        if low not in self._lowers:
            at, found = self.text.find(low), False
            while at >= 0 and not found:
                found = _whole_word_at(self.text, at, at + len(low))
                at = self.text.find(low, at + len(low))
            self._lowers[low] = found
        return self._lowers[low]

    def person(self, name: str) -> Optional[str]:
        """The person `name` is (their whole name), or None when it is no person's. An
        honorific's ("Ms. Vance") is the first whole name of its gender the story gives the
        surname: the story's own subject, as news names its relatives by first name ("Eleanor
        Vance ... Her daughter, Clara Vance ... Ms. Vance studied")."""
        if self._whole(name):
            return name
        titled = _HONORIFIC.fullmatch(name)
        if titled:
            last, gender = titled.group("name"), HONORIFIC_GENDERS[titled.group("title")]
            self._whole_of(last)   # (the story's runs read)
            return next((n for n in self._runs.get(last, ()) if self._whole(n) and
                         self.gender_of(n) in (None, gender)), None)
        if " " not in name:
            whole = self._whole_of(name)
            return whole or (name if name in self.gender else None)
        return None

    def whole(self, name: str) -> str:
        """A one-word name as the whole name of the one person the story calls so ("Sandvik"
        after "Mayor Irene Sandvik"; not "Both Coors", "Atlanta-based BellSouth"); any other
        name, or one two people share, as it is."""
        if _HONORIFIC.fullmatch(name):
            return self.person(name) or name
        if " " in name:
            return name
        if name not in self._whole_names:
            self._whole_names[name] = self._unique_whole(name)
        return self._whole_names[name]

    def _unique_whole(self, name: str) -> str:
        """`whole`, read from where the story writes the word: the one or two capitalised
        words before it where it ends a run of them (as _whole_of reads the story's runs, but
        only around the word); it must stand alone somewhere too ("Sandvik told")."""
        if places.kind(name):
            return name
        text, at, alone, runs = self.text, self.text.find(name), False, set()
        while at >= 0:
            end = at + len(name)
            if _whole_word_at(text, at, end) and not _RUN_GOES_ON.match(text, end):
                before = _RUN_BEFORE.search(text, max(0, at - 60), at)
                words = before.group(1).split() if before else []
                if not words or words[-1].endswith("."):   # ("Baghdad. Annan met": alone)
                    alone = True
                elif words[-1].lower() not in _OPENERS:   # (not "The Pentagon")
                    runs.update(" ".join(words[-n:] + [name]) for n in (1, 2)
                                if len(words) >= n and not words[-n].endswith("."))
            at = text.find(name, end)
        if not runs or not alone:
            return name
        wholes = {n for n in runs if self.looks_whole(n) and not self._noun_opener(n) and
                  n.split()[0].lower() not in _OPENERS and not _DESCRIBING.search(n)}   # (as
        # _whole reads them: the name stands alone)
        wholes = {n for n in wholes if not any(o != n and n.endswith(" " + o) for o in wholes)}
        return wholes.pop() if len(wholes) == 1 else name

    def _whole_of(self, word: str) -> Optional[str]:
        """The whole name the story gives the person it also calls `word` ("Reilly": "Thomas
        Reilly"), or None."""
        if self._runs is None:   # (the story's runs of capitalised words, by their last word)
            self._runs = {}
            for m in _RUN.finditer(self.text):
                words = m.group().split()
                for n in (2, 3):
                    if len(words) >= n:
                        self._runs.setdefault(words[-1], []).append(" ".join(words[-n:]))
        if word not in self._wholes:
            self._wholes[word] = next((name for name in self._runs.get(word, ())
                                       if self._whole(name)), None)
        return self._wholes[word]

    @cached_property
    def main_organisation(self) -> Optional[str]:
        """The organisation the story's first sentence names first, its subject as a rule
        ("Hadley & Sons is a British bicycle maker"): what "the company" stands for."""
        for s in self.sentences[:2]:
            for name in self.names_in(s.text):
                if self.person(name) is None and self.organisation(name) and \
                        not places.kind(name):
                    return name
        return None

    def organisation(self, name: str) -> bool:
        """A name that can own "its": not one word that the story also writes in lower case,
        nor a plural common noun opening a sentence ("Shares in the company ...")."""
        return " " in name or not self._lower_elsewhere(name) and not (
            name.endswith("s") and wordclass.classes(name.lower()) & wordclass.NOUN) and \
            not self._noun_opener(name)   # (nor one only ever opening a sentence: "Revenue")

    def short(self, name: str) -> str:
        """The name the story calls the person by: the last word when it uses it alone and
        names no one else so ("Margaret Ellison ... her husband, Paul Ellison": each whole)."""
        last = name.split()[-1]
        if not self._alone(last):
            return name
        self._whole_of(last)   # (the story's runs read)
        shared = any(self._whole(other) for other in self._runs.get(last, ())
                     if not other.endswith(name) and not name.endswith(other))
        return name if shared else last

    def _alone(self, word: str) -> bool:
        """Does the story write `word` with no capitalised word before it ("Reilly said")?"""
        return word in self._alones


_OPENERS = STOPWORDS | DETERMINERS | CONJUNCTIONS | frozenset(TEMPORAL_SUBORDINATORS)   # (no
# name's first word: "Both Coors", "After Pierre died")
_RUN_BEFORE = re.compile(r"((?:(?<![\w'’-])[A-Z][\w'’.-]*[ \t]+)+)$")   # (capitalised words
_RUN_GOES_ON = re.compile(r"[ \t]+[A-Z]")                     # ending right before a name)
_NAME_CHAR = re.compile(r"[\w'’-]")


def _whole_word_at(text: str, at: int, end: int) -> bool:
    """Is text[at:end] a whole word: no letter, "'" or "-" right before or after it?"""
    return (at == 0 or not _NAME_CHAR.match(text, at - 1)) and not _NAME_CHAR.match(text, end)


_DESCRIBING = re.compile(r"-[a-z]")   # (a word that describes: "Atlanta-based", "Ohio-born")
_IT_OPENING = re.compile(r"\s*It\b")
_NAMED_AFTER = re.compile(r"(?:\s+(?!(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b)[a-z][\w-]*){1,2},?"
                          r"\s+[A-Z][\w'’-]+")   # (a role and
# the name it is: "its developer Corvane", "her husband, Peter Adebayo")
_DATE_WORDS = frozenset(w.lower() for w in (*vocab.UNITS, *(u + "s" for u in vocab.UNITS),
                                            *vocab.NUMBER_WORDS, *vocab.MONTHS, *vocab.WEEKDAYS,
                                            *DATE_PHRASE_WORDS))


def _date_phrase(text: str) -> bool:
    """Is `text` only a date phrase opening a sentence ("Two years later", "In 2021,", "On
    Monday"): at most five words, each a number, a unit, a month, a weekday or a date's small
    word?"""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 5 and all(w.isdigit() or w.lower() in _DATE_WORDS for w in words)


_MAKER = re.compile(r"\bthe\s+[a-z-]+\s+(?:maker|company|firm|group|retailer|chain)\b")   # ("the
# sportswear maker", "the software company": a description of a company, no name)
_JOINED_END = re.compile(r",?\s+(?:and|but)\s+([^,;]*?),?\s*$")   # (", and in 2022 " before "it")
_SUBORDINATOR_END = re.compile(r"\b(?:" + "|".join(sorted(CLAUSE_SUBORDINATORS)) + r")\s+$",
                               re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+(?:the\s+)?$",
                                 re.I)
_DESCRIPTION_SUBJECT = re.compile(r"\s*(" + "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)) +
                                  r")\b", re.I)
_THING_SUBJECT = re.compile(r"\s*(?:[A-Z][^,]{0,30},\s*|After that,?\s+)?(the\s+[a-z][a-z-]+)\b(?!\s+of\b)",
                            re.I)   # (a clause's definite subject, past a fronted phrase)
_DESCRIBED = re.compile(r"(?i:the)\s")   # (what _antecedent and _it return for a description:
# DESCRIPTIONS, _MAKER, _THING_SUBJECT all open with "the"; a name never does)
_COMMON_SUBJECT = re.compile(r"\s*(?:The|This|That|These|Those)\s+[a-z]")
_FRONTED_DESCRIPTION = re.compile(r"\s*((?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?,?\s*)?(" +
                                  "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)) +
                                  r")\b(?!\s+of\b)", re.I)
_OTHER_NOUN = re.compile(r"\b(?i:the|this|that|these|those)\b|['’]s\b|\b[A-Z]")   # (another
# noun phrase or a name between a description and the pronoun)
_NOT_PERSONAL = NOT_SURNAMES | ORG_HEADS | CORPORATE | GENERIC_NAME_WORDS
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLES | {t.lower() for t in TITLES},
                                                       key=len, reverse=True)) +
                          r")[ \t]+$", re.I)
_RUN = re.compile(r"(?=[A-Z])(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
_HOLDINGS_OPENING = re.compile(rf"\s*((?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:{alternation(HOLDINGS)}))"
                               r"\s+[a-z]")
_SUBJECT_PRONOUN = {"f": re.compile(r"\W*she\b", re.I), "m": re.compile(r"\W*he\b", re.I)}
_FRONTED_OPENERS = sorted(set(TEMPORAL_SUBORDINATORS) | PREPOSITIONS, key=len, reverse=True)
_FRONTED_PHRASE = re.compile(r"\s*(?:" + "|".join(map(re.escape, _FRONTED_OPENERS)) +
                             r")\s[^,]{3,80},\s", re.I)   # ("After losing to Ronald Reagan in
# 1980, ")
_OF_GENDER = {"f": re.compile(r"\b(?:she|her)\b", re.I), "m": re.compile(r"\b(?:he|his|him)\b",
                                                                          re.I)}
_PERSONAL = re.compile(r"(?=[hs])(?<![\w-])(he|she|his|her)(?![\w-])", re.I)
_CAPITALISED = re.compile(r"(?=[A-Z])(?<![\w'’.-])[A-Z][\w'’-]*(?:\.(?=\s))?")   # (a dot: it ends a
_SPACES = re.compile(r"[ \t]+")   # sentence, "Baghdad. Annan met": Annan is alone)
OWNER_S = re.compile(r"['’]s$")   # an owner's "'s" ending a word (events reads it too)
_FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES
_TOLD_LEAD = re.compile(r"[A-Z][^:“”\"]{2,80}:\s+")   # ("The company announced: ")
_POSSESSED = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+$")
_HONORIFIC = re.compile(r"\b(?P<title>" + "|".join(re.escape(t) for t in HONORIFIC_GENDERS) +
                        r")\s+(?P<name>[A-Z][\w'’-]+)")
