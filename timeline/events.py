"""Events: each dated mention becomes an event (who did what, when); mentions of one happening merge.

Owns three decisions: the event's short label (the clause around the date, not the raw sentence),
its actors (`who`: the capitalised names in that clause), and which mentions in a document are the
same happening (same calendar value, and an actor with a content word, two content words or the
kind of happening shared; a date's own words and the names are no content). Durations and
sets are not events, except a duration with a point ("Three days" later: the day it reaches);
vague values (PAST_REF...) become undated events. In a language read from a pack the trigger and
label come from lang/labels.py; where a sentence's clauses are, from clauses.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Iterable, Optional

from . import places, pronouns, wordclass
from . import trigger as T
from .clauses import DATELINE_LEAD, MAX_LABEL_WORDS, NAME_CLAUSE, clause_spans
from .ingest import headline
from .joiners import alternation, joined
from .lang.labels import (ENGLISH, Language, agent_participle, apposed_since, attributive,
                          after_happening, clause_label, dated_noun, fixed_reading,
                          agrees, first_subject, told_before, verb_near, without_verb)
from .segment import UPPER_LATIN
from .structure import BYLINE, HEAD_CHARS, TIME_HEADING, Structure, head_stamps
from . import values as V
from .model import ANCHOR_EXPLICIT, Document, Event, Sentence, Timex, evolve
from .lang.en import vocab
from .lang.en import words as W
from .lang.en.words import (CORPORATE, NOT_NAMES, ORG_HEADS, SENTENCE_STARTERS, STOPWORDS,
                             TITLE_OF, TITLES)


_WORD = re.compile(r"[\w][\w'’.-]*")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_QUOTE_OPENS = re.compile(r'(?::\s*[“"]?|[“"])\s*$')
_HEADING_MARK = re.compile(r"\s*[-–—:]\s+")   # (after a date heading its line, blanked: "March
# 10 - Regulators close the bank")
_WIRE_DASH = re.compile(r".*\s(?:_|--)\s+$")   # "NAIROBI (AP) _ Rescue workers...": an opener
_PROPER = re.compile(r'(?=[A-Z])(?:(?<=[^\W_] )|(?<=[,;)] )|(?<=[,!?]["”] ))([A-Z][\w’\'.-]*)'
                     r"( (?=[A-Z]))?")   # (not after a wire's "(AP) _ ": a sentence's first
# word; after a quote's end: '"...," Smith said'; and whether a capitalised word follows it:
# "Rail" of "the Rail Delivery Group")
_POSSESSIVE = pronouns.OWNER_S
_OWNER_ENDS = ("'s", "’s")   # (what _POSSESSIVE takes off a word's end, tested without a regex)
_S_OWNER = re.compile(r"(?<=s)['’]$")   # (a plural's or an -s name's owner mark: "Howes'")
_CALENDAR_NAMES = frozenset(vocab.MONTHS) | frozenset(vocab.WEEKDAYS) | frozenset(
    name for table in (vocab.FIXED_HOLIDAYS, vocab.NTH_WEEKDAY_HOLIDAYS, vocab.EASTER_HOLIDAYS)
    for name in table if not name.startswith("the "))   # (a label keeps "before Christmas")
_DATE_WORDS = frozenset(
    [u for unit in vocab.UNITS for u in (unit, unit + "s")] + list(vocab.UNIT_PLURALS) +
    list(vocab.RELATIVE_DETERMINERS) + list(vocab.DAY_OFFSETS) + list(vocab.DIRECTIONS) +
    list(vocab.PARTS_OF_DAY) + [p + "s" for p in vocab.PARTS_OF_DAY] +
    ["ago"])   # (a date's own words say nothing of its happening: "last week" and "the end of
# the week" share no content)
_NOT_AFTER_CORPORATE = "".join(rf"(?<!\b{w}\.)" for w in ("Inc", "Ltd"))   # (not "Corp.": "Service
# Corp. International", "Murphy Oil Corp. of Arkansas")
_ELISION = re.compile(rf"(?=[a-z])(?<![\w’'])([a-z]{{1,4}})['’](?=[{UPPER_LATIN}])")   # (an elided
# article before a name: "d'Élisabeth Borne", "dell'Emilia"; read as a space)
_CAPITAL_RUN = re.compile(   # (capitals of any Latin alphabet: "Álvaro", "Österreich"; from a
    rf"(?=[{UPPER_LATIN}])(?<![\w’'])(?:[{UPPER_LATIN}][\w’'.-]*|[{UPPER_LATIN}]{{2,}})"   # word's start: "iPhone")
    rf"(?:{_NOT_AFTER_CORPORATE}(?:\s+(?:(?:{alternation(W.NAME_PARTICLES)}|&)\s+)?|\s+d['’]|–)"
    rf"(?:[{UPPER_LATIN}][\w’'.-]*))*")
# (names joined by "&" or an en dash are one: "Lowe & Sons", "Procter & Gamble", "the
# Torrijos–Carter Treaties"; a company's "Inc." ends its name: "Apple Inc. Steve Jobs" is two)
_PREPOSITION_BEFORE = re.compile(rf"(?=[a-z])(?:\b(?:{alternation(W.DATE_PREPOSITIONS)})\s+"
                                 rf"(?:(?:{alternation(W.PREPOSITION_FILLERS)})\s+)?"
                                 r"(?:(?:the|its|their|his|her|our)\s+)?)$", re.I)   # ("for its
# fourth quarter")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
_DETERMINER_END = re.compile(rf"\b(?:{alternation(W.DETERMINERS)})\s+$", re.I)
_PERIOD_END_BEFORE = re.compile(
    rf"\b(?:{alternation(W.PERIODS)})\s+((?:{alternation(W.PERIOD_END_WORDS)})\s+)$", re.I)
_FRONTED_MEDIUM = re.compile(   # ("At a news conference ..., X said")
    rf"\s*(?:{alternation(W.DATE_PREPOSITIONS)})\s+(?:a|an|the|his|her|its|their)\s", re.I)
_PREPOSITION_END = re.compile(rf"\b(?:{alternation(W.PREPOSITIONS)})\s+$", re.I)
_WITHIN_END = re.compile(rf"\b(?:{alternation(W.WITHIN_PREPOSITIONS)})\s+"
                         r"(?:(?:the|its|their|his|her|a|an)\s+)?$", re.I)
_WHICH_VERB = re.compile(r",\s+(?:which|that)\s+(?=\w+(?:ed|ing)\b|\w+s\b)", re.I)
_ARTICLE_END = re.compile(r"\b(an?)\s+$", re.I)
_RANGE_DASH = re.compile(r"^[–-]|[–-]$")
_DATE_PREPOSITION_END = re.compile(rf"\s+(?:{alternation(W.DATE_PREPOSITIONS)})?\s*$", re.I)
_ORDERED_NOUN = re.compile(rf"\b(?:{alternation(W.ORDERING_VERBS)})\s+((?:{alternation(W.DETERMINERS)}|"
                           rf"{alternation(vocab.NUMBER_WORDS)}|\d+)"
                           rf"\s+(?:[\w'’-]+\s+){{0,3}})$", re.I)   # (a verb placing its
# object in time, then the object's words before its noun)
_SINCE_END = re.compile(rf"\b{W.SINCE}\s+$", re.I)   # ("the first since 2019, when ...": the
# date the count starts from, what happened then the "when" clause alone)
_WHEN_AFTER = re.compile(rf"\s*,\s*({W.WHEN})\s+", re.I)   # (", when they traded at $10")
_PERIOD_END_LEFT = re.compile(rf"^\s*(?:{alternation(W.PERIOD_ENDS)})(?=\s*(?:$|[,;.)]))")
_AUX = alternation(W.AUXILIARY_FORMS)
_VERBISH = re.compile(rf"\b(?=[a-z])(?:{_AUX}|(?:{_AUX})\s+\w+ing|[a-z]\w+ed|[a-z]\w+s|"
                      rf"{alternation((*vocab.IRREGULAR_PAST, *vocab.PAST_ONLY_FORMS))})\b")
_DANGLING = re.compile(rf"(?:\s+(?:{alternation(W.COORDINATORS)}))+$", re.I)
_IN_PARENTHESES = re.compile(r"\s*\)")
_LEADING_AND = re.compile(rf"^\s*(?:{alternation(W.COORDINATORS)})\s+(?=\S)")   # a clause of its
# own after a comma
_WHICH = re.compile(rf"\s*(?:{alternation(W.RELATIVE_PRONOUNS)})\b", re.I)
_WHERE = re.compile(rf"\s*{W.WHERE}\s+", re.I)
_ING_OPENER = re.compile(r"\s*[a-z]+ing\s")
_HAVING_DONE = re.compile(rf"\s*{W.HAVING}\s", re.I)
_AND_OR = re.compile(rf"\b(?:{alternation(W.ALTERNATIVES)})\b")
_JOINED_DATE = re.compile(rf"\s+(?:{alternation(W.ALTERNATIVES)})\s+$|"
                          rf"\s+(?:{alternation(W.ALTERNATIVES)})\s")
_RELATIVE = re.compile(rf"\s(?:{alternation(W.RELATIVE_ADVERBS)})\s")
_QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]")
_NOT_ACTORS = _CALENDAR_NAMES | SENTENCE_STARTERS | NOT_NAMES
_COMPASS = f"(?:{alternation(W.COMPASS)})"
_LOCATIVE = re.compile(rf"(?=[a-z])(?:\b(?:(?:{alternation(W.LOCATIVE_PREPOSITIONS)})\s+(?:the\s+)?"
                       r"(?:(?-i:[a-z][\w-]*)['’]s\s+|(?:its|their)\s+)?"   # ("at the company's
                       # Chicago Assembly Plant", "at its Dearborn plant")
                       rf"|{W.AT}\s+\d+\s+"   # (a house number: "at 469 Vermont St.")
                       rf"|(?:{alternation(W.PLACE_NOUNS)})\s+of\s+"
                       rf"(?:the\s+)?)(?:{_COMPASS}(?:ern|-?east|-?west)?\s+|{W.CENTRAL}\s+)?$"
                       rf"|\b{_COMPASS}(?:ern|-?east|-?west|-?eastern|-?western)?\s+$"
                       rf"|\b{_COMPASS}(?:-?east|-?west)?\s+of\s+$"   # ("40 km north of
                       rf"|\b{W.CENTRAL}\s+$)", re.I)   # Arequipa"; "in Kenya", "the village of
# Piatykhatky", "struck central Italy")
_PLACE_VERB = re.compile(rf"\b(?:{alternation(W.PLACE_VERBS)})\s+$", re.I)   # ("will visit
# Hong Kong": a country or region after it is a place; a city may be a team, "Miami will visit
# Cincinnati")


@dataclass(frozen=True)
class Mention:
    """One dated expression in its sentence, with what the event stage read from it."""
    timex: Timex
    sentence: Sentence
    label: str
    who: tuple
    terms: frozenset
    score: float
    trigger: Optional[tuple] = None   # (start, end) of the happening's word, in the text's frame
    where: tuple = ()
    until: Optional[Timex] = None     # the end of a span the mention opens ("from 1934 to 1941")
    sentence_index: Optional[int] = None   # its sentence's number in the document


_ADJECTIVE_COMPOUND = re.compile(r"\w[.]?-[a-z]{3,}$")   # ("Kremlin-backed", "U.S.-based")


def _compound_noun(word: str) -> int:
    """NOUN when a word no lexicon lists is two nouns it does, each of four letters or more
    ("heatwave", "wildfire"), or a prefix and a noun ("preorders", "copayments"), else 0."""
    if len(word) < 7 or not word.isalpha():
        return 0
    if any(word.startswith(p) and wordclass.classes(word[len(p):]) & wordclass.NOUN
           for p in W.NOUN_PREFIXES if len(word) - len(p) >= 4):
        return wordclass.NOUN
    if len(word) < 8:
        return 0
    return wordclass.NOUN if any(
        wordclass.classes(word[:k]) & wordclass.NOUN and
        wordclass.classes(word[k:]) & wordclass.NOUN for k in range(4, len(word) - 3)) else 0


_NAMES_TO_JUDGE = 10   # capitalised words a story must show before a word it never
#                        capitalises mid-sentence counts as no name


def title_case(text: str) -> bool:
    """Is the text written in title case, every word capitalised but the small ones ("Kestrel
    Systems Reports Fiscal Second Quarter Results", "Senate Passes Farm Bill After Months of
    Delay"): a headline whose capitals name no one by themselves?"""
    if len(text) >= _TITLE_CHARS:
        return False   # (a longer line is no headline)
    for m in _LOWER_WORD.finditer(text):   # (the quick test: a sentence's first word in
        if m.group() not in W.TITLE_SMALL_WORDS:   # lower case that is no small word)
            return False
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in W.TITLE_SMALL_WORDS]
    return len(words) >= 4 and all(w[:1].isupper() or not w.islower() for w in words)   # ("iPhone")


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*(?![\w'’-])")   # ("iPhone" is none)


_TITLE_CHARS = 200   # characters: a line this long is no headline
_TITLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_CAPITALISED_WORD = re.compile(rf"(?<![\w'’-])[{UPPER_LATIN}][\w'’-]*")


def _sentence_cased(text: str, proper: frozenset) -> str:
    """A title-case text with the words the rest of the document never capitalises in lower
    case ("Kestrel Systems reports fiscal second quarter results"; a word the body capitalises
    only opening a sentence stays before one it names: "Kestrel Systems")."""
    words = list(_TITLE_WORD.finditer(text))
    capitalised = getattr(proper, "capitalised", proper)
    kept = [_POSSESSIVE.sub("", m.group()).rstrip(".") in capitalised or m.group().isupper()
            or not m.group()[:1].isupper() for m in words]   # (and "iPhone" as it is)
    for i in range(len(words) - 2, -1, -1):
        kept[i] = kept[i] or kept[i + 1] and words[i].group() in getattr(proper, "openers", ())
    for m, keep in sorted(zip(words, kept), key=lambda mk: -mk[0].start()):
        if not keep:
            text = text[:m.start()] + m.group().lower() + text[m.end():]
    return text


def proper_words(sentences: Iterable[Sentence]) -> frozenset:
    """Capitalised words seen somewhere other than at a sentence's start: names, not openers
    (not in a title-case headline, whose every word is capitalised)."""
    found, ends, read = set(), set(), []
    for s in sentences:
        if title_case(s.text):
            continue
        read.append(s.text)
        for word, goes_on in _PROPER.findall(s.text):
            word = (word[:-2] if word.endswith(_OWNER_ENDS) else word).rstrip(".")
            found.add(word)
            if not goes_on:
                ends.add(word)
    return ProperWords(found, found - ends, tuple(read))


class ProperWords(frozenset):
    """proper_words' set; `inside_only`: those of its words seen only before another
    capitalised word ("Rail" of "the Rail Delivery Group"), no evidence that the word alone
    is a name ("Rail strike to halt trains")."""

    def __new__(cls, words=(), inside_only=frozenset(), sentences: tuple = ()):
        made = super().__new__(cls, words)
        made.inside_only = frozenset(inside_only)
        made._sentences = sentences   # (read only for a title-case headline: _capitals)
        made._capitals = None
        made._alone = {}   # (names_alone's answers, read once per word)
        return made

    def _read_capitals(self) -> tuple:
        """(the words opening its sentences, every capitalised word past a sentence's first),
        title-case lines left out: read once, when first asked."""
        if self._capitals is None:
            openers, capitalised = set(), set()
            for text in self._sentences:
                words = _CAPITALISED_WORD.findall(DATELINE_LEAD.sub("", text, count=1))
                if words:
                    openers.add(words[0])
                    capitalised.update(words[1:])
            self._capitals = (frozenset(openers), frozenset(capitalised))
        return self._capitals

    def names_alone(self, word: str) -> bool:
        """Does `word` open two or more of the sentences and never stand in lower case in
        them: a name the story writes only at sentence starts ("Northvolt filed ...",
        "Northvolt said ..."), however much it looks like two nouns?"""
        if word not in self._alone:
            low = re.compile(rf"\b{re.escape(word.lower())}\b")
            opened = sum(1 for text in self._sentences if DATELINE_LEAD.sub(
                "", text, count=1).lstrip(" \"“'`‘(").startswith(word))
            self._alone[word] = opened >= 2 and not any(low.search(text)
                                                        for text in self._sentences)
        return self._alone[word]

    @property
    def openers(self) -> frozenset:   # ("Kestrel" of "Kestrel will host a conference call")
        return self._read_capitals()[0]

    @property
    def capitalised(self) -> frozenset:   # ("Senate" of "The U.S. Senate on Thursday")
        return self._read_capitals()[1]


_AND = re.compile(rf"\s+(?:{alternation(W.AND_WORDS)})\s+")
_ABBREVIATION_END = re.compile(r"(?:^|\s|\.)[A-Z]\.[A-Z]\.$")   # ("U.S.": its last dot stays)


def name_words(run: str) -> list[str]:
    return _POSSESSIVE.sub("", run.strip(" ,-")).split()


_WORDS_BEFORE_RUN = re.compile(r"((?:[\w.-]+\s+){1,3})$")   # ("einen 24-stündigen")


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def without_common_nouns(names: tuple, language: Language) -> tuple:
    """The names but the one-word ones a language that capitalises its nouns shows to be nouns
    by their ending ("Beschäftigungssicherung", "Fahrten"), not an acronym nor a place."""
    endings = language.noun_endings
    return tuple(n for n in names if not (endings and " " not in n and not n.isupper() and
                                          n.lower().endswith(endings) and not places.kind(n)))


def actors_in(text: str, proper: Optional[frozenset], language: Language) -> tuple:
    """actors() read with what the language says of names (its function words, noun
    determiners, portfolios, roles, institutions' lower-case words, verb forms), without the
    people's noun an article puts before a name ("le Slovène Tadej Pogacar")."""
    found = actors(text, proper, language.common, language.determiners, language.portfolio,
                   language.roles, language.continued, language.verbs, language.institutions)
    if language.common:
        found = tuple(dict.fromkeys(_without_title_opener(name, text, language)
                                    for name in found))
    if language.descriptor is None:
        return found
    return tuple(dict.fromkeys(_without_descriptor(name, text, language) for name in found))


def _without_title_opener(name: str, text: str, language: Language) -> str:
    """A name without a common word capitalised at its end that opens the title after it
    ("François Bayrou Premier ministre": François Bayrou)."""
    first, _, last = name.rpartition(" ")
    if not first or last.lower() not in language.common:
        return name
    after = re.match(r"\s+([^\W\d_]{4,})", text[text.find(name) + len(name):]) \
        if name in text else None
    return first if after and after.group(1) in language.keep else name


def _without_descriptor(name: str, text: str, language: Language) -> str:
    """A name without the people's noun that opens it after an article ("Le Slovène Tadej
    Pogacar", "devant le Danois Jonas Vingegaard": Tadej Pogacar, Jonas Vingegaard)."""
    first, _, rest = name.partition(" ")
    elided = first[:2].lower() in ("l'", "l’")   # ("L'Américain Joe Biden")
    if not rest or not rest[:1].isupper() or \
            not language.descriptor.fullmatch(first[2:] if elided else first):
        return name
    if elided:
        return rest
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 4):m.start()].lower()
        if before.endswith(("l'", "l’")) or before.rstrip().rsplit(None, 1)[-1:] and \
                before.rstrip().rsplit(None, 1)[-1] in language.articles and before.endswith(" "):
            return rest
    return name


def _after_determiner(text: str, at: int, determiners: frozenset,
                      verbs: Optional[re.Pattern] = None) -> bool:
    """Is text[at:] a noun: after a determiner or a number, maybe with lower-case adjectives
    between ("das Kabinett", "ein neues Klimapaket", "3.000 Arbeitsplätze"), not a verb (a
    form `verbs` knows: "Das teilte Personalvorstand Gunnar Kilian mit"; the caller asks so of
    a run of names only: "der verhaftete Mann" is a noun after an adjective)?"""
    m = _WORDS_BEFORE_RUN.search(text, max(0, at - 40), at)
    if not m:
        return False
    for word in reversed(m.group(1).split()):
        if word.lower() in determiners or _NUMBER.fullmatch(word):
            return True
        if not word.islower() or verbs is not None and verbs.fullmatch(word):
            return False
    return False


_INFLECTED_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß]{3,}(?:e|en|em|er|es))\s+$")


def _inflected_before(text: str, at: int, common: frozenset,
                      verbs: Optional[re.Pattern]) -> bool:
    """Does an adjective's inflected form stand right before text[at:] (German "neuen",
    "großen"): a word in lower case with its ending, no function word, no verb form?"""
    m = _INFLECTED_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and m.group(1) not in common and \
        not (verbs is not None and verbs.fullmatch(m.group(1)))


def actors(text: str, proper: Optional[frozenset] = None,
           common: frozenset = frozenset(), determiners: frozenset = frozenset(),
           portfolio: Optional[re.Pattern] = None, roles: tuple = (),
           continued: Optional[re.Pattern] = None, verbs: Optional[re.Pattern] = None,
           institutions: Optional[re.Pattern] = None) -> tuple:
    """Named actors: runs of capitalised words, minus sentence openers, months and weekdays.

    With `proper` (from proper_words), a run at the very start of `text` keeps its first word
    only when that word is also capitalised elsewhere in the document. `common`: the lower-case
    words of the document's language when it is not English (lang.common_words): none of them
    is a name, and an opener not capitalised elsewhere is taken for an ordinary word.
    `determiners`: in a language that capitalises its nouns (German), a run right after one is a
    noun ("das Kabinett"), not a name, unless it is an acronym ("die SPD"). `portfolio`: a
    regex of a job title and its "of" matched before a run ("la ministra de Agricultura"):
    such a run names the portfolio, not an actor. `roles`: endings of a role's word that a
    run may open with before a name ("GDL-Chef Claus Weselsky"): not the actor's. `continued`:
    a regex of the lower-case words that go on an institution's name ("Assemblée nationale",
    "Consiglio dei ministri"), matched where a run ends. `verbs`: the language's verb forms
    (a lower-case word before a run that is one is no adjective of a noun). `institutions`: an
    institution's one-word name, which acts after its article ("der Bundestag").
    """
    found = []
    text = T.titles_masked(text, blank=True)   # (a book's title is no actor)
    titled = proper is not None and not common and title_case(text)
    if titled:   # (a title-case headline: only the capitals the body writes too)
        text = _sentence_cased(text, proper)
    if common and ("'" in text or "’" in text):   # (in English, "d'" goes on a name: "Palme
        text = _ELISION.sub(r"\1 ", text)         # d'Or", "Côte d'Ivoire")
    last_end = None   # (where the previous run ended, and the name it gave)
    for m in _CAPITAL_RUN.finditer(text):
        run = m.group().strip(" ,-")
        first = run.split()[0]
        tail = continued and run.split()[-1].lower() not in common and (
            text[max(0, m.start() - 3):m.start()].rstrip()[-1:] not in _OPENING_MARKS or
            first.lower() in common or proper is not None and first in proper) and \
            continued.match(text, m.start() + len(m.group().rstrip(" ,-")))
        if tail:   # (not after an article, "El general retirado", nor an opener's word alone:
            # "Huelga general en protesta")
            run += tail.group()
        if last_end and not common and _AND.fullmatch(text, last_end[0], m.start()) and \
                run.split()[-1] in ORG_HEADS and found and found[-1] == last_end[1]:
            found[-1] = f"{found[-1]} and {run}"   # ("Securities and Exchange Commission")
            last_end = None
            continue
        if determiners and not run.split()[0].isupper() and not (   # (not "der IG Metall",
                institutions is not None and institutions.fullmatch(run.split()[-1])) and (
            # nor "der Bundestag": an institution acts)
                _after_determiner(text, m.start(), determiners,
                                  verbs if " " in run else None) or
                len(run.split()) == 2 and run.split()[0].lower() in determiners and
                not run.split()[1].isupper()):
            continue   # ("das Kabinett"; "Der Umsatz" opening a sentence; not "Die SPD")
        if determiners and " " not in run and _inflected_before(text, m.start(), common, verbs):
            continue   # ("zu neuen Gesprächen": a noun after its adjective, no determiner)
        core = run.split()
        while portfolio and len(core) > 2 and core[0].lower() in common and \
                not portfolio.fullmatch(" ".join(core[:2]) + " "):
            core.pop(0)   # (past an article opening a sentence: "O Presidente da ...")
        if portfolio and len(core) > 2 and portfolio.fullmatch(" ".join(core[:2]) + " "):
            if len(core) < 5:   # (a title and its portfolio as one run: "Presidente da
                continue        # República"; before a name, the name: "Presidente da
            run = " ".join(core[3:])   # República Marcelo Rebelo de Sousa")
        if portfolio and portfolio.search(text, max(0, m.start() - 40), m.start()):
            if len(run.split()) < (2 if determiners else 3):
                continue   # (a portfolio's first word, then a name: "für Bildung Anna
            words = run.split()
            particles = [k for k, w in enumerate(words) if w.lower() in common]
            run = " ".join(words[particles[-1] + 2:]) if particles and \
                len(words) - particles[-1] > 3 else run.split(None, 1)[1]   # Weber", "degli
            # Esteri Luigi Bianchi"; a portfolio of several words, past its last particle and
            # word: "expresidente de la Federación Española de Fútbol Luis Rubiales")
        name = _POSSESSIVE.sub("", run if _ABBREVIATION_END.search(run) else run.strip("."))
        name = _S_OWNER.sub("", name)   # ("Howes' team": Howes)
        words = name.split()
        held = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w) and
                     _POSSESSIVE.sub("", w) not in W.NAMING_OWNERS and
                     not (i and words[i - 1] in W.NAMING_OWNERS)), None) \
            if "'" in name or "’" in name else None   # (not "King's Cross": one name)
        after = ()
        if held is not None:   # ("Iraq's Saddam Hussein": Iraq, and Saddam Hussein)
            after = actors(" ".join(words[held + 1:]), None, common, determiners)
            words = words[:held + 1]
            words[-1] = _POSSESSIVE.sub("", words[-1])
        if "for" in words[1:-1] and _demonym_word(words[-1]) and \
                _LOWER_NEXT.match(text, m.start() + len(m.group().rstrip(" ,-"))):
            words = words[:words.index("for")]   # ("a fee with Benfica for Brazilian forward
            # Gabriel Rocha": Benfica; not "Centers for Disease Control")
        opens = m.start() == 0 or _HEADING_MARK.fullmatch(text, 0, m.start()) or \
            _WIRE_DASH.match(text, max(0, m.start() - 4), m.start()) or \
            _QUOTE_OPENS.search(text, max(0, m.start() - 4), m.start())   # (a label's quote:
        # "The statistics office said: Inflation slowed")
        if words and words[0] in TITLES and not common:   # ("Secretary of State Condoleezza
            words, opens = _without_titles(words)[-1].split(), False   # Rice said": the title
            # goes first, and a name after it is a name: "President Bush")
        if opens and len(words) > 1 and (proper is None or words[0] not in proper) and (
                words[0].lower() in W.NAME_DESCRIPTORS or
                words[0].lower().endswith(W.COMPOUND_HEADS)):
            words.pop(0)   # ("Rival Nexon Devices", "Chipmaker Veltra": a description)
        if opens and proper is not None and words and not (
                titled and words[0] in getattr(proper, "capitalised", ())) and (
                words[0].rstrip(".") not in proper or len(words) == 1 and
                words[0] in getattr(proper, "inside_only", ())) and not (
                institutions is not None and institutions.fullmatch(words[0])) and \
                not (not common and words[0] in W.INSTITUTION_NAMES):   # ("Congress passed"; "Rail
            # strike ..."; not "Der Bundestag hat ...")
            bits = wordclass.classes(words[0].lower()) or (   # ("Pre-orders open": a noun)
                wordclass.classes(words[0].rsplit("-", 1)[-1].lower()) if "-" in words[0] else
                len(proper) >= _NAMES_TO_JUDGE and _compound_noun(words[0].lower()) and
                not places.kind(words[0]) and not (isinstance(proper, ProperWords) and
                                                   proper.names_alone(words[0])))   # ("Heatwave
            # to peak on Thursday", in a story that names enough to show its names elsewhere)
            if bits and not common and bits & (wordclass.NOUN | wordclass.ADJ) == 0 and \
                    not words[0].lower().endswith(("ed", "ing")) and \
                    isinstance(proper, ProperWords) and proper.names_alone(words[0]):
                bits = 0   # (a word the lexicon knows only as a verb or adverb, no participle,
                # opening two sentences and never in lower case: a name, "Inter play PSG")
            pack_name = common and not determiners and len(words) > 1 and \
                words[0].lower() not in common and words[1][:1].isupper()   # (a pack's name
            # of several words opening a sentence, "María López dimitió"; not "Imagen de X")
            if (common or bits) and not pack_name and not (   # (a word unknown in lower case
                    # is a name; so is
                    len(words) > 1 and not common and words[0] not in SENTENCE_STARTERS and
                    (bits & (wordclass.NOUN | wordclass.ADJ | wordclass.VERB) and
                     not bits & wordclass.ADV or words[-1] in ORG_HEADS) and
                    words[1][:1].isupper()):   # a noun, adjective or verb opening a longer
                words.pop(0)                   # name: "Air Force", "New York", "Harry Kane";
                # any word opening an organisation's: "Met Office")
        if opens and proper is None and not common and len(words) == 1 and \
                wordclass.classes(words[0].lower()) & (wordclass.VERB | wordclass.NOUN) == \
                wordclass.VERB:
            words.pop()   # (a participle opening the text, read without the document's
            # names: "Launched in December 2022, Kirin-2 reached ...", "Born in Warsaw")
        while words and (words[0] in _NOT_ACTORS or words[0].lower() in STOPWORDS or
                         words[0].lower() in wordclass.DETERMINERS or
                         words[0].lower() in common or
                         len(words) == 2 and words[0].lower() in vocab.NUMBER_WORDS or
                         len(words) > 1 and words[0].lower() in W.TEMPORAL_SUBORDINATORS):
            words.pop(0)   # ("Another man", "Las fuerzas", "Two British climbers", "After
            # Pierre died")
        if roles and len(words) > 2 and words[0].lower().endswith(roles):
            words.pop(0)   # ("GDL-Chef Claus Weselsky", "Der GDL-Vorsitzende Claus Weselsky")
        while words and (words[-1].lower() in W.NAME_TAIL_WORDS or
                         words[-1] in _CALENDAR_NAMES):   # ("Tanzania Friday")
            words.pop()
        hyphened = [k for k, w in enumerate(words) if _ADJECTIVE_COMPOUND.search(w)]
        if hyphened and not common:   # (a name made an adjective is no actor, "a Kremlin-backed
            words = words[hyphened[-1] + 1:]   # group", "a Real ID-compliant license"; the
            # name after one is: "Salt Lake City-based First Security")
        name = " ".join(words)
        if not common and words and words[0] in W.PROVISIONS and (
                len(words) == 1 and _NUMBER_AFTER.match(text, m.end()) or
                len(words) == 2 and _ROMAN.fullmatch(words[1])):
            continue   # ("filed for Chapter 11", "Title IX": a provision, no actor)
        number = _NUMBER_AFTER.match(text, m.end()) if words and \
            words[-1] in W.NUMBERED_NAMES and not common else None
        if number:   # ("Lion Air Flight 610", "Apollo 11")
            name += " " + number.group(1)
        elif not common and len(words) == 1 and words[0].isupper() and words[0].isalpha() and \
                _MODEL_NUMBER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue   # (a model's letters after its number: "the 737 MAX", no actor)
        if len(words) == 1 and len(found_words := name_words(m.group())) > 1 and \
                found_words[-1].rstrip(".") in CORPORATE:   # ("Acme Corp.": keep "Acme")
            name = " ".join(found_words).rstrip(".")
        last_end = (m.end(), name)
        parts = [name] if common or TITLES.isdisjoint(words) else _without_titles(words)
        for part in parts + list(after) if after else parts:
            if len(part) > 1 and part not in _NOT_ACTORS and not part.isdigit() and \
                    part not in W.DEMONYM_NOUNS and \
                    part.lower() not in vocab.NUMBER_WORDS and \
                    part.rstrip(".") not in CORPORATE and part not in found:   # (not "C" of
                # "C$", not a lone "Co", not "Eleven" of "Eleven of the jets")
                found.append(part)
    return tuple(found)


def _without_titles(words: list) -> list[str]:
    """A run of names split at the job title inside it: "Aer Lingus Chief Executive Dermot
    Mannion" is "Aer Lingus" and "Dermot Mannion"; "President Obama" is "Obama"; "British
    Defense Secretary John Healey" is "John Healey"."""
    at = next((i for i, w in enumerate(words) if w in TITLES and
               not (i and words[i - 1] == "of") and   # (a title's word after "of" is the
               not (i + 1 < len(words) and words[i + 1] in W.ORG_HEADS)), None)   # name's:
    if at is None:   # "Royal Courts of Justice"; so is one before a body's: "Premier League")
        return [" ".join(words)]
    end = at
    while end < len(words) and (words[end] in TITLES or words[end] in W.TITLE_GLUE or
                                words[end] in TITLE_OF and words[end - 1] == "of"):
        end += 1
    before = words[:at] if at and words[at - 1] not in TITLE_OF else []   # (a portfolio's
    # name is the title's; a country's adjective is no one: "Kenyan President Moi")
    while before and before[0] in W.TITLE_MODIFIERS:   # ("Former Chief Justice X")
        before = before[1:]
    if before and before[-1] in W.COURT_QUALIFIERS:   # ("U.S. District Judge Ann Wu": the
        before = []                                     # court's name is the title's)
    if len(before) == 1 and (before[0] in W.DEMONYM_WORDS or
                             _DEMONYM.search(before[0]) and not places.kind(before[0])):
        before = []
    if end == len(words):   # ("Boeing Chief Executive": the company)
        return [" ".join(before)]
    return [" ".join(before), " ".join(words[end:])]


def split_places(names: Iterable[str], sentence: str, locative: Optional[re.Pattern] = None,
                 verb: str = "", of: Optional[re.Pattern] = None,
                 idioms: frozenset = frozenset(),
                 coordinators: frozenset = frozenset(),
                 clubs: Optional[re.Pattern] = None) -> tuple[tuple, tuple]:
    """(who, where) of the names of a clause. A city is a place; a country, state or continent
    is a place after a locative preposition ("in Kenya") and an actor elsewhere ("Kenya
    said"); an unknown single word after "in"/"near"... is a place ("in Piatykhatky"). A
    one-word name used as a modifier ("Defense ministers", "Argentine officials") or a lone
    adverb ("Clearly") is neither; but a name before the happening's word (`verb`) is its
    subject ("Airbus launches"). `of`: a regex of the words ("de", "di", "von") after which a
    known city is a place too ("una nave industrial de Getafe"); `idioms`, nouns that are
    neither after one ("in Kraft treten"); `coordinators`, the language's list words ("y",
    "et": "en Andalucía y Castilla-La Mancha" are places), English's by default; `clubs`, a
    regex of the articles that make a city's name its club's ("el Barcelona", "al Madrid")."""
    who, where = [], []
    joiner = _list_joiner(tuple(sorted(coordinators))) if coordinators else _LIST_JOINER
    listed = -1   # (where the last place ended: "in Sweden, Denmark and Norway" are places)
    dateline = DATELINE_LEAD.match(sentence)
    for name in names:
        if name in idioms:
            continue
        at = sentence.find(name)
        if dateline and 0 <= at < dateline.end():   # (its use in the story, not the
            later = sentence.find(name, dateline.end())   # dateline's: "BELGRADE, Serbia —
            at = later if later >= 0 else at               # ... in western Serbia")
        after = sentence[at + len(name):at + len(name) + _LOCATIVE_REACH] if at >= 0 else ""
        if listed >= 0 and where and at >= 0:   # (the listed place's mention nearest before
            again = sentence.rfind(where[-1], listed, at)   # this name: "de Paris ... à Paris
            if again >= 0:                                  # et Saint-Denis")
                listed = again + len(where[-1])
        in_list = listed >= 0 and joiner.fullmatch(sentence, listed, max(at, 0)) is not None and \
            not (sentence[listed:max(at, 0)].strip() == "," and after.startswith(",") and
                 not places.kind(name) and name not in W.STATE_ABBREVIATIONS)   # (a name
        # between commas after a place, no place itself ("Garden City, N.Y., unit"), is an
        # apposition: "The mayor of Paris, Anne Hidalgo, said")
        found = (locative or _LOCATIVE).search(sentence[max(0, at - _LOCATIVE_REACH):max(at, 0)])
        located = in_list or bool(found)
        kind_of = locative is not None and found is not None and \
            found.group().rstrip().endswith(_OF_ENDS)   # (after a place's kind and its "of": "o
        # concelho de Figueiró dos Vinhos", a plural's ending or not)
        state = _STATE_AFTER.match(sentence, at + len(name)) if at >= 0 else None
        if state and places.kind(name) in (places.CITY, places.BIG_CITY) and (
                places.kind(state.group(1)) == places.REGION or
                state.group(1) in W.STATE_ABBREVIATIONS):   # (a city and its state: "had
            where.append(name)                            # departed Wichita, Kansas")
            listed = at + len(name)
            continue
        words = name.split()
        place = next((n for n in (3, 2, 1) if len(words) > n + 1 and
                      places.kind(" ".join(words[:n]))), None) \
            if located and locative is not None and not places.kind(name) else None
        if place and all(w[:1].isupper() for w in words[place:]):   # (a pack's verb before
            where.append(" ".join(words[:place]))   # its subject: "arrestato a Palermo
            who.append(" ".join(words[place:]))     # Giovanni Russo")
            listed = -1
            continue
        kind = places.kind(name) or (name.isupper() and places.kind(name.title()))   # (a
        # dateline's "WASHINGTON")
        located = located or kind in (places.CITY, places.BIG_CITY) and \
            _CITY_LOCATIVE.search(sentence, max(0, at - 12), max(at, 0)) is not None or \
            " " in name and _place_head(name, after) and \
            _STREET_LOCATIVE.search(sentence, max(0, at - 12), max(at, 0)) is not None
        single = " " not in name
        if kind in (places.CITY, places.BIG_CITY) and at > 0 and \
                _OPPONENT_BEFORE.search(sentence, max(0, at - 10), at):
            who.append(name)   # (a city's team: "open at home against West Ham")
            listed = -1
            continue
        if clubs is not None and kind in (places.CITY, places.BIG_CITY) and at > 0 and \
                clubs.search(sentence, max(0, at - 6), at + len(name)):
            who.append(name)   # (a club: "El Barcelona se impuso al Madrid")
            listed = -1
            continue
        if kind in (places.CITY, places.BIG_CITY) and (
                located or kind == places.BIG_CITY or not single or
                of is not None and of.search(sentence, max(0, at - 8), max(at, 0))):
            where.append(name)
        elif _OFFICE_AFTER.match(after) or at > 0 and \
                _OFFICE_OF.search(sentence, max(0, at - 16), at) is not None or \
                kind == places.CITY and single and at > 0 and \
                _ARTICLE_BEFORE.search(sentence, max(0, at - 6), at) and _noun_next(after):
            where.append(name)   # (a city a noun's article stands before: "closed the
            # Nottingham plant"; an office's place: "former Port Carrick mayor Helen
            # Bracken", "the governor of Texas")
        elif kind == places.REGION and not located and " " not in name and \
                _modifies(after, verb) and not any(c.isdigit() for c in name):
            continue   # (a country's name before a noun it modifies: "the U.S. military
            # buildup", "UK government"; not one placed, "in the U.S. market")
        elif kind == places.REGION or name in W.WATER_NAMES:
            (where if located or at > 0 and _PLACE_VERB.search(sentence, max(0, at - 20), at) or
             name in W.WATER_NAMES or words[0] in W.PLACE_OPENERS or   # (land or water: "the
             words[-1].lower() in W.NATURE_HEADS   # Gulf of Mexico", "above the Atlantic")
             else who).append(name)
        elif single and not kind and at > 0 and (
                _HELD_IN.search(sentence, max(0, at - 24), at) is not None or
                _STAFF_AT.search(sentence, max(0, at - 24), at) is not None):
            who.append(name)   # (what is held, no place: "Shares in Northwind fell"; an
            # employer: "Pilots at Lufthansa will walk out")
        elif single and _model_make(after) and \
                _ARTICLE_BEFORE.search(sentence, max(0, at - 6), max(at, 0)):
            continue   # (a product's make: "aboard a Falcon 9 rocket", "a Boeing 747 jet")
        elif single and (_modifies(after, verb) and not any(c.isdigit() for c in name) and
                         not (_STAFF_NEXT.match(after) and not wordclass.classes(name.lower()) and
                              name.lower() not in W.PLACE_HEADS) or
                         wordclass.classes(name.lower()) == wordclass.ADV or
                         _demonym_before_noun(name, after) or
                         _adjective_before_role(name, after)) or \
                _compass_demonym(name) and _demonym_before_noun(name.split()[1], after):
            continue   # ("Defense ministers", "Clearly", "Kenyan police"; but a model's name
            # is no adjective: "the Corvid-2 lander touched down")
        elif located and (single and not name.isupper() and not _OWNS.match(after) or
                          in_list or _place_head(name, after) or _in_region(after) or
                          locative is not None and len(words) <= 4 and
                          (kind_of or not words[-1].endswith(_PLURAL_ENDS))):   # (a pack's name right
            # after its locative: "em Oliveira de Azeméis", "en Villanueva de la Serena"; not a
            # body of members, "em Conselho de Ministros"; not
            # an owner: "found in Intel's 80486 chip")
            where.append(name)   # ("in Piatykhatky", "outside King's Cross station", "in
            # Woods Hole, Massachusetts")
        elif _structure_after(after) or not single and (
                name.rsplit(None, 1)[-1].lower() in W.NATURE_HEADS or
                (words[-1].lower() in W.STRUCTURE_HEADS or
                 len(words) > 2 and words[1] == W.OF and words[0] in W.PLACE_OPENERS) and
                not _verb_next(after)):
            where.append(name)   # (a structure's name, no one acting: "a section of the Holm
            # Street bridge collapsed"; land or water: "the Calder River"; a place's name not
            # before a verb: "struck the Francis Scott Key Bridge", "left the Port of
            # Baltimore"; but "Heathrow Airport said")
        else:
            who.append(name)
        listed = at + len(name) if where and where[-1] == name and at >= 0 else -1
    return tuple(who), tuple(where)


_OWNS = re.compile(r"['’]s?\s")
_OPPONENT_BEFORE = re.compile(r"\b(?:against|versus|vs\.?)\s+$", re.I)
_OFFICE_AFTER = re.compile(rf"\s+(?:{alternation(W.LOCAL_OFFICES)})\b", re.I)
_OFFICE_OF = re.compile(rf"\b(?:{alternation(W.LOCAL_OFFICES)})\s+of\s+(?:the\s+)?$", re.I)
_OF_ENDS = (" de", " di", " do", " da")
_PLURAL_ENDS = ("os", "as", "es")   # (a Romance plural's last letters: "Ministros")
_STAFF_NEXT = re.compile(rf"\s+(?:{alternation(W.STAFF_NOUNS)})\b")   # ("Boeing machinists
# voted": the employer, an actor)
_STAFF_AT = re.compile(rf"\b(?:{alternation(W.STAFF_NOUNS)})\s+at\s+$", re.I)
_HELD_IN = re.compile(rf"\b(?:{alternation(W.HOLDINGS)})\s+in\s+$", re.I)
_REGION_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?)")


def _in_region(after: str) -> bool:
    """Does a state or country follow the name after a comma ("Woods Hole, Massachusetts",
    "Woods Hole, Mass.")?"""
    m = _REGION_AFTER.match(after)
    return m is not None and (m.group(1) in W.STATE_ABBREVIATIONS or
                              places.kind(m.group(1).rstrip(".")) == places.REGION)


def _structure_after(after: str) -> bool:
    """Does a place's word in lower case follow the name ("bridge", "station", "stadium"; not
    "market": "the U.S. market" is a trade's)?"""
    m = _NEXT_WORD.match(after)
    return bool(m) and m.group(1) in W.PLACE_HEADS and m.group(1) != "market"


def _place_head(name: str, after: str) -> bool:
    """Does a name end in a place's word, or stand before one ("St. Peter's Square", "King's
    Cross station"), or open with one ("Cape Canaveral")?"""
    return name.rsplit(None, 1)[-1].lower() in W.PLACE_HEADS or _structure_after(after) or \
        " " in name and name.split()[0] in W.PLACE_OPENERS


_LOCATIVE_REACH = 60   # (characters before a name that its locative words can take)
_MODEL_AFTER = re.compile(r"\s+(?!1[5-9]\d\d\b|20\d\d\b)\d+[a-zA-Z]*(?![\w.,–-]*\d)")


def _model_make(after: str) -> bool:
    """Does a model number follow ("a Falcon 9 rocket", "the Soyuz 36 on May 26"), not a score
    ("the Celtics 102-99") or a year ("the Paris 2024 Games")?"""
    return _MODEL_AFTER.match(after) is not None


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_CITY_LOCATIVE = re.compile(rf"\b(?:{alternation(W.CITY_LOCATIVES)})\s+$", re.I)
_STREET_LOCATIVE = re.compile(rf"\b(?:{alternation(W.STREET_LOCATIVES)})\s+$", re.I)
@lru_cache(maxsize=16)
def _list_joiner(words: tuple, flags: int = re.I) -> re.Pattern:
    """What joins the items of a list: a comma, or a language's list words ("and", "y", "et",
    "und") with or without one."""
    return re.compile(rf",?\s+(?:{alternation(words)})\s+|,\s*", flags)


_LIST_JOINER = _list_joiner(tuple(W.ALTERNATIVES), 0)   # (English's, written in lower case)

_NEXT_WORD = re.compile(r"^\s+([a-z][a-z-]+)\b")
_DEMONYM = re.compile(rf"[a-z](?:{alternation(W.DEMONYM_SUFFIXES)})$")


def _compass_demonym(name: str) -> bool:
    """A compass word and a country's adjective ("North German", "South Korean")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in W.COMPASS and \
        _DEMONYM.search(words[1]) is not None


_DEMONYM_ADJECTIVES = frozenset(w for w in W.DEMONYM_WORDS if w.istitle() and w.isalpha())   # (not
# "U.S.", "UK": a state's acronym may act before a noun, "U.S. officials")


_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _verb_next(after: str) -> bool:
    """Does a verb (or an auxiliary) follow, the name its subject (not "bound for")?"""
    m = _NEXT_WORD.match(after)
    return bool(m) and not _LOCATIVE_NEXT.match(after) and (
        m.group(1) in wordclass.AUXILIARIES or bool(wordclass.classes(m.group(1)) & wordclass.VERB))


_LOCATIVE_NEXT = re.compile(rf"\s+(?:{alternation(W.LOCATIVE_PREPOSITIONS)})\b")


def _demonym_word(word: str) -> bool:
    """Is `word` a people's adjective ("Brazilian", "Kenyan", "Greek")?"""
    return word in _DEMONYM_ADJECTIVES or word in W.REGION_ADJECTIVES or \
        _DEMONYM.search(word) is not None and not places.kind(word)


def _demonym_before_noun(name: str, after: str) -> bool:
    """A country's adjective before a noun ("Kenyan police", "Somali troops"), not a place or a
    name before its verb ("Japan said", "Miami beat")."""
    m = _NEXT_WORD.match(after)
    if not m or m.group(1) in wordclass.AUXILIARIES or m.group(1) in W.ADVERB_ORDINALS:
        return False   # (nor "Harlan first approached Pike")
    bits = wordclass.classes(m.group(1))
    if name in W.REGION_ADJECTIVES or name in _DEMONYM_ADJECTIVES:   # (before any noun, one
        # no lexicon lists too, or a gerund: "Antarctic krill", "a Greek trading post")
        return not bits or bool(bits & wordclass.NOUN) or m.group(1).endswith("ing")
    return _DEMONYM.search(name) is not None and not places.kind(name) and (
        bool(bits & (wordclass.NOUN | wordclass.ADJ)) or   # ("Russian liquefied natural gas")
        not bits and name.endswith(W.NOUN_ONLY_DEMONYM_ENDS) and not m.group(1).endswith("ed")
        and m.group(1) not in STOPWORDS)
    # (before a noun no lexicon lists, an adjective in "-ish", "-ese" that names no one:
    # "a Swedish warship"; not "Susan" nor "Brian" before a verb no lexicon lists)


def _adjective_before_role(name: str, after: str) -> bool:
    """A capitalised adjective before a role ("Green co-leader Anna Weber"), not a company's
    name ("Boeing spokesman Jim Proulx")."""
    m = _NEXT_WORD.match(after)
    return bool(m) and m.group(1).rsplit("-", 1)[-1] in W.ROLES and \
        bool(wordclass.classes(name.lower()) & wordclass.ADJ)


def _noun_next(after: str) -> bool:
    """Is the next word a common noun in lower case ("plant", "office")?"""
    m = _NEXT_WORD.match(after)
    return m is not None and m.group(1).islower() and \
        bool(wordclass.classes(m.group(1)) & wordclass.NOUN) and m.group(1) not in STOPWORDS


def _modifies(after: str, verb: str = "") -> bool:
    """Does a common noun follow ("Defense ministers", "Russian troops"), not a verb ("Trump
    promised", "Kenya says", the happening's word `verb`)?"""
    m = _NEXT_WORD.match(after)
    if not m or m.group(1) == verb:
        return False
    word = m.group(1)
    if word in W.HOLDINGS:
        return False   # (a company's shares: "Apple shares fell" is Apple's doing)
    bits = wordclass.classes(word)
    return bool(bits & wordclass.NOUN) and (not bits & wordclass.VERB or word.endswith("s")) and \
        not word.endswith("ed") and word not in wordclass.AUXILIARIES and \
        word not in STOPWORDS and word not in W.ADVERBS and \
        word not in W.ADVERB_ORDINALS   # ("Orbis now expects", "Harlan first approached")


def combine_actors(lists: Iterable[Iterable[str]], limit: int = 6) -> tuple:
    """The actors of several mentions, first seen first, without repeats or names that are
    part of a longer one ("Lines" beside "Norvane Lines"); only the first 3 × `limit` names
    are weighed, so a huge group costs no more than a small one."""
    names: list[str] = []
    for name in (n for who in lists for n in who):
        if name not in names:
            names.append(name)
            if len(names) == 3 * limit:
                break
    kept = [n for n in names if not any(n != other and f" {n} " in f" {other} " for other in names)]
    return tuple(kept[:limit])


@lru_cache(maxsize=4096)   # (a sentence's terms are read by the mention and by the merge)
def content_terms(text: str) -> frozenset:
    """Word stems that say what a sentence is about (for same-event matching)."""
    terms = set()
    for word in _WORD.findall(text):
        if word.endswith(".") and "." not in word[:-1]:
            word = word[:-1]   # (a sentence's full stop: "said.", "Tuesday."; not "U.S.")
        if len(word) > 3 and not word[0].isdigit() and word not in _CALENDAR_NAMES:
            low = word.lower()
            if low not in STOPWORDS and low not in _DATE_WORDS:
                terms.add(stem(low))
    return frozenset(terms)


def stem(word: str) -> str:
    """A lower-case word's stem for matching: at most six letters, an English -ing or -ed off
    ("landed", "landing" -> land), as no other language's words end."""
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    return word[:6]


def name_stems(names: Iterable[str]) -> set:
    """The content_terms stems the words of these names make ("Aer Lingus" -> aer, lingus)."""
    return {stem(w.lower()) for name in names for w in name.split()}


_WIRE_TAG = re.compile(r"^\s*/[^/\n]{1,30}/\s*(?:--|—|–|-)?\s*")   # (a press release's wire
# after its dateline: "LONDON, April 15, 2026 /PRNewswire/ -- ")
_ARTICLE_START = re.compile(r"(?:the|an?)\s+", re.I)
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")
_DANGLING_ENDS = frozenset(W.COORDINATORS) | frozenset(W.DANGLING_WORDS)   # (lower case: a
# last word neither regex can end on is left alone)
_DANGLING_FUNCTION = re.compile(rf"(?=\s)(?:\s+(?:{alternation(W.DANGLING_WORDS)}))+$")
_DESCRIBED_DATE = re.compile(
    rf"\b(?:{alternation(W.DATE_PREPOSITIONS)})\s+(?:the|a|an|its|their)\s+(?:[a-z]+ly\s+)?"
    r"([a-z]+)\s+$", re.I)   # (a date's adjectives: "for the seasonally slow")


_PARTICLE_AFTER = {word: re.compile(rf"\b(?:{alternation(verbs)})\s+$", re.I) for word, verbs in
                   (("in", W.IN_PARTICLE_VERBS), ("over", W.OVER_PARTICLE_VERBS))}


def _particle_kept(m: re.Match) -> str:
    """A date's preposition taken out, unless it is "in" or "over" after a verb it completes
    ("sworn in the following week": sworn in; "took over last week": took over)."""
    word = m.group().split()[0]
    verbs = _PARTICLE_AFTER.get(word.lower())
    return word if verbs is not None and verbs.search(m.string, 0, m.start()) else ""


_CALENDAR_START = re.compile(rf"(?:{alternation(vocab.MONTHS)})\b")   # (a date phrase after its
# article that opens with its month: "the March 11, 2004"; not a decade, "In the 1970s sales")
_DECADE = re.compile(r"\d{3}0s")   # ("in 1950s Brittany": the decade goes, "in" stays)


_TOPIC_BEFORE = re.compile(r"\b(?:over|of|for|about|against|with)\s+$", re.I)   # (a year after
# one and before a noun is the noun's: "revives lawsuit over 2019 chemical plant explosion")


def _remove_timex(text: str, start: int, end: int) -> str:
    """The clause with the date phrase taken out ("met on Thursday" -> "met")."""
    before, after = text[:start], text[end:]
    if before.strip() in W.ANAPHORIC_OPENERS and not _noun_after(after):   # ("That December
        before = ""   # she married": the date's "That" goes with it; not "That 1978 resolution")
    after = _PERIOD_END_LEFT.sub("", after)   # ("for the quarter ended [June 30]": no "ended")
    tail = max(0, len(before) - 24)   # (end-anchored patterns read only the last words)
    ended = _PERIOD_END_BEFORE.search(before, tail)
    if ended:   # ("its profit for the quarter ended June 30 fell": "for the quarter fell")
        before = before[:ended.start(1)]
    part = _PART_OF_BEFORE.search(before, tail)
    if part and before[:part.start()].strip():   # ("raised its outlook for the rest of the
        # year": no "for the rest"; "The rest of the year was quiet" keeps its subject)
        before = before[:part.start()] + " "
    possessive = _POSSESSIVE_AFTER.match(after)
    if possessive:
        return before + "the" + after[possessive.end():]
    last = text[start:end].split()[-1:] or [""]
    hyphened = "-" in last[0] or "–" in last[0]
    article = _ARTICLE_START.match(text, start, end)
    named = article and _CALENDAR_START.match(text, article.end(), end)   # ("the March 11,
    if article and (hyphened or named) and _noun_after(after):   # 2004 bombings")
        before += article.group()   # ("The 16th-century church": The church; "the trial over
        # the March 11, 2004 bombings": over the bombings)
    modifier = hyphened or named or _DECADE.fullmatch(text, start, end) and \
        after[:2].strip()[:1].isupper() or \
        _YEAR_ONLY.fullmatch(text, start, end) and _TOPIC_BEFORE.search(before, tail) or \
        _DETERMINER_END.search(before, max(0, len(before) - 12))   # ("a drop in third-quarter
    # profit": in profit; "his role in the 2021 attack": in the attack; "a lawsuit over 2019
    # chemical plant explosion")
    adverb = wordclass.classes(text[start:end].lower()) == wordclass.ADV   # (inside a noun
    # phrase it takes no preposition with it: "of the recently announced iPhone")
    if not (modifier and _noun_after(after)) and not adverb:
        cut = max(0, len(before) - _LOCATIVE_REACH)
        described = _DESCRIBED_DATE.search(before, cut)   # ("for the seasonally slow [third
        bits = wordclass.classes(described.group(1).lower()) if described else 0
        if bits & wordclass.ADJ and not bits & wordclass.NOUN:
            before = before[:described.start()]   # quarter]": no "the seasonally slow" left)
        before = before[:cut] + _PREPOSITION_BEFORE.sub(_particle_kept, before[cut:])
    else:   # (the article as the next word wants it: "in an overnight raid" -> "in a raid")
        article = _ARTICLE_END.search(before, max(0, len(before) - 4))
        if article:
            word = "an" if after.lstrip()[:1].lower() in "aeiou" else "a"
            word = word.capitalize() if article.group(1)[0].isupper() else word
            before = before[:article.start(1)] + word + before[article.end(1):]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):   # "(1558–1603)"
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
        if _CAPITAL_END.search(before) and after.lstrip()[:1].isupper():   # ("the Thirty
            return before.rstrip() + ", " + after.lstrip()   # Years' War, Veldra was ...")
    return before.rstrip() + " " + after.lstrip()


_FRONTED_PREPOSITION = re.compile(rf"\s*(?:{alternation(W.DATE_PREPOSITIONS)})\s+", re.I)
_PART_OF_BEFORE = re.compile(rf"(?:\b(?:{alternation(W.DATE_PREPOSITIONS)})\s+)?\b{W.THE}\s+"
                             rf"(?:{alternation(W.PART_OF_NOUNS)})\s+{W.OF}\s+$", re.I)


def _without_dates(sentence: str, a: int, b: int, spans: list) -> str:
    """The clause sentence[a:b] with the date phrases at `spans` taken out (the label's own,
    first, and any other in its clause: "said on Saturday that an inquiry would report by the
    end of the year" -> "said that an inquiry would report"), last first so offsets hold; one
    overlapping a phrase already taken stays out of it ("the 2026–27 season")."""
    kept: list = []
    for start, end in spans:
        if not any(start < e and s < end for s, e in kept) and \
                _quotation_at(sentence, start, end)[0] < 0 and \
                not _DATE_OBJECT.search(sentence, max(0, start - 12), start) and \
                not _UNTIL_BEFORE.search(sentence, max(0, start - 30), start) and \
                not (_RELATIVE_TO_BEFORE.search(sentence, max(0, start - 8), start) and
                     sentence[end:end + 2] not in _OWNER_ENDS):   # (a quotation
            kept.append((start, end))   # is kept whole: 'would last "at least until the end
            # of the week"'; so is a verb's object, "will spend the next week lowering", and
            # the end of a state, "released on bail until June 2": without it, another tale)
    kept.sort()
    for k in range(len(kept) - 1, 0, -1):   # (two dates joined, "on Thursday and Friday": one
        if _LIST_JOINER.fullmatch(sentence, kept[k - 1][1], kept[k][0]):   # phrase, its "and"
            kept[k - 1:k + 1] = [(kept[k - 1][0], kept[k][1])]                # with it)
    text = sentence[a:b]
    own = spans[0] if spans else None
    for start, end in sorted(kept, reverse=True):
        text = _remove_timex(text, max(0, start - a), max(0, min(end, b) - a))
        dated = (start, end) != own and _DATED_PARTICIPLE.search(sentence, max(a, start - 30),
                                                                  start)
        if dated and _AUXILIARY_AFTER.match(sentence, end):   # (another date's participle goes
            text = text[:dated.start(1) - a].rstrip() + " " + \
                text[dated.end(1) - a:].lstrip()   # with it: "A repair contract signed last
            # May was not due to start until July": A repair contract was not due to start)
    return text.strip(" .,;:")


_DATED_PARTICIPLE = re.compile(rf"(?<![\w'’-])(?!(?:{alternation(W.SUBJECT_PRONOUNS)})\s)"
                               rf"[a-z]+\s+([a-z]+ed|{alternation(W.IRREGULAR_PARTICIPLES)})"
                               rf"\s+(?:(?:{alternation(W.DATE_PREPOSITIONS)})\s+)?$")   # (after a
# common noun: "a contract signed last May"; not a subject's verb, "a gun he bought in May")
_AUXILIARY_AFTER = re.compile(rf"\s+(?:{alternation(W.AUXILIARY_FORMS)})\b")
_DATE_OBJECT = re.compile(rf"\b(?:{alternation(W.DATE_OBJECT_VERBS)})\s+$", re.I)
_NEXT_NAME = re.compile(r"^\s+[A-Z][a-z]+\b(?!['’])")


_PAST_FORMS = frozenset(vocab.IRREGULAR_PAST) - vocab.PRESENT_ALIKE


def _noun_after(text: str) -> bool:
    """Does `text` open with a noun or an adjective in lower case (what a date before it
    modifies: "third-quarter net income")?"""
    m = _NEXT_WORD.match(text)
    if m is None:   # (or a name: "in the 2022 World Cup", "of the 2024 Atlantic season")
        return bool(_NEXT_NAME.match(text))
    word = m.group(1)
    return (bool(wordclass.classes(word) & (wordclass.NOUN | wordclass.ADJ)) or
            wordclass.is_event_noun(word)) and \
        word not in W.PREPOSITIONS and word not in W.DETERMINERS and \
        word not in W.CONJUNCTIONS and not word.endswith("ing") and \
        word not in _PAST_FORMS   # ("its fourth quarter fell": a verb; "its 1988
    # recapitalization": a noun no lexicon lists)


@lru_cache(maxsize=1024)   # (a label's candidates are asked again: half the calls repeat)
def _has_verb(text: str) -> bool:
    """May a verb stand in the text: an auxiliary, a past form, or a word in -s that can be a
    verb ("news" cannot)?"""
    for m in _VERBISH.finditer(text):
        word = m.group()
        if not word.endswith("s") or " " in word or wordclass.classes(word) & wordclass.VERB or \
                not wordclass.classes(word):
            return True
    return False


_THE_TIME = re.compile(r"(?i:the\s+(?:time|moment))\s+(?=(?:the|a|an|[A-Z])\b)")
_TIME_OPENERS = ("the time ", "the momen")   # (its quick test: _THE_TIME's first nine letters)


def _tidy(text: str, english: bool = True) -> str:
    """A label's text on one line, without the marks a cut leaves, at most MAX_LABEL_WORDS
    words; in English without a dangling function word (a pack's label drops its own
    language's: clause_label, "kündigte ... an" keeps its "an")."""
    text = _WIRE_TAG.sub("", text.replace("``", "“").replace("''", "”"))   # (quote marks as
    # typeset in PTB style; no press release's wire: "/PRNewswire/ -- Acme announced")
    if text[:1].isupper() or text.lstrip()[:1].isupper():
        text = DATELINE_LEAD.sub("", text, count=1)   # (nor a dateline: "STOCKHOLM -- Norrland
        # Foods AB said")
    dotted = _DOTTED_END.search(text.rstrip(" ,;:"))   # ("at 3 p.m.": its last dot stays)
    opened = text.lstrip(" ,;:").startswith('"')
    text = " ".join(text.split())   # (one line, single spaces)
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = text.strip(" ,;:.-—–_“”\"'‘’#`" + W.LIST_BULLETS)
    # ("#": a Markdown heading's; "``": an opening quote written as two backquotes; no space
    # before a comma left by a date taken out: "At the close of business [Thursday], ...")
    if dotted:
        text += "."
    if english and text[:9].lower() in _TIME_OPENERS:   # ("[By] the time the fire was
        told = _THE_TIME.match(text)                      # contained": the fire was contained)
        if told and _has_verb(text[told.end():]):
            text = text[told.end():]
    last = text.rsplit(None, 1)[-1:]
    if english and last and last[0].lower() in _DANGLING_ENDS:   # (the regexes' quick test)
        text = _DANGLING.sub("", text)   # "She moved to Paris and": the clause ended at a comma
        text = _DANGLING_FUNCTION.sub("", text)   # ("was extended to [Nov. 16]", "a natural
        # result of the [week's "abnormal fever"]": no word that wants one after it)
    words = text.split()
    if len(words) > MAX_LABEL_WORDS:
        text = " ".join(words[:MAX_LABEL_WORDS]).rstrip(",;:")
        text = (_DANGLING_FUNCTION.sub("", text) if english else text) + "…"   # (not "for the
        # company in…")
    if text.count("“") > text.count("”"):   # (a quote the label opens, it closes)
        text += "”"
    elif text.count('"') % 2:   # (a straight one: the title's, "Slate," appeared)
        text = '"' + text if opened else text + '"'
    return text[:1].upper() + text[1:]


_AMOUNT_CLAUSE = re.compile(r"\s*(?:(?:or|and)\s+)?(?:[$€£]|(?:dlrs|US\$|C\$|A\$|HK\$)\s*)?\d")
# (an amount between commas or brackets: ", or $1.24 a share,", "(dlrs 305,000)")
_AMOUNT_IN = re.compile(r"(?<![\w.])[$€£#]?\d")   # (a figure's start in a clause)
_HEADING_AFTER = re.compile(r"\s*(?::|--|[–—-])\s+")


_OPENER_END = re.compile(r"\s*,\s*")   # (a fronted time phrase's comma)


def _titled(text: str) -> bool:
    """Is a short quoted text a title ("The Glass Harbor", "Salt Road"): at most six words,
    each capitalised but the small ones of a title?"""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in T._TITLE_SMALL
                                       for w in words) and words[0][:1].isupper()


_WITH_OPENER = re.compile(r"\s*With\s+\S")   # (an absolute phrase: "With the polls closed, ...")


def label_text(sentence: str, start: int, end: int, others: Iterable[tuple] = ()) -> str:
    """The words of a who-did-what label: the clause holding the date without the date phrase;
    the relative clause when that clause is a caption-like noun phrase ("an incident in which
    troops killed..."); the reported quote when it is only "X said"; else the nearest clause
    with a verb."""
    clauses = clause_spans(sentence)
    if not clauses:
        return sentence
    heading = _HEADING_AFTER.match(sentence, end)
    if heading and not sentence[:start].strip(" \t-" + W.LIST_BULLETS):   # (a date heading its
        # line, or a list's item: "May 4, 2024:
        rest = heading.end()                        # The bridge collapses", the line's rest,
        opening = next((o for o in others if not sentence[rest:o[0]].strip()), None)   # past
        comma = _OPENER_END.match(sentence, opening[1]) if opening else None   # a time opening
        return sentence[comma.end() if comma else rest:]   # it: "May 16: Shortly after 7 p.m.,
        # a section of the pier gives way")
    quoted = _quoted(sentence, start, end)
    if quoted:
        return quoted
    index = next((i for i, (a, b) in enumerate(clauses) if a <= start < b + 1), 0)
    a, b = clauses[index][0], _through_quotes(sentence, clauses, index)
    fronted = _SUBORDINATE_OPENER.match(sentence, a)
    inner = [o for o in others if fronted and fronted.end() < o[0] and o[1] < start]
    if inner:   # (a fronted phrase its own date ends: "and after Caesar's assassination in 44
        a = inner[-1][1]   # BC Octavian formed the Second Triumvirate in 43 BC": Octavian formed)
    gapped, cut = _gapped(sentence, a, b, start, end, others)
    if not gapped and index and _CONJUNCT_OPENER.match(sentence, a):   # (the first part
        gapped, _ = _gapped(sentence, clauses[index - 1][0], b, start, end, others)   # past
        # its comma: "comply from Dec. 30, 2025, and small firms from June 30, 2026")
    if gapped:
        return _with_subject(sentence, clauses, index, gapped)
    b = cut or b
    a, b, lead = _own_conjunct(sentence, a, b, start, end, others)
    if not lead:
        a, b, lead = _own_relative(sentence, a, b, start, end, others)
    if not lead:
        b = _tense_switch(sentence, a, start, end, b)
    for o in others:   # (another date's phrase after a subordinator ends the label: "They host
        if end < o[0] < b:   # Dunmore on Wednesday before next Sunday's derby": They host Dunmore)
            joined = _AND_SUBORDINATE.search(sentence, end, o[0])   # (or a second subordinate
            if joined:   # clause after "and" that holds it: "once when a supplier went bankrupt
                b = joined.start()   # in 2022 and again after a valve failed last November")
                break
            other = _SUBORDINATE_DATE.search(sentence, max(end, o[0] - 24), o[0])
            kept = sentence[a:other.start()].split() if other else []
            if len(kept) >= 3 and kept[-1].lower() not in W.AUXILIARIES:   # (not "He now
                # has [until December 1 to form a government]")
                b = other.start()
                break
    text = _without_dates(sentence, a, b, [(start, end)] + [
        o for o in others if a <= o[0] and o[1] <= b and not _JOINED_DATE.search(
            sentence, max(a, o[0] - 5), o[0]) and not _JOINED_DATE.match(sentence, o[1]) and
        not (not sentence[a:o[0]].strip(" ,;:") and _OPENING_VERB.match(
            sentence[o[1]:b].lstrip(" ,")))])   # (not a date joined to another by "and",
    # "on Monday and Tuesday nights", nor one that is its clause's subject, "Today is ...")
    opener = _participle_opener(sentence, clauses, index, text.split()) if text else ""
    if opener:   # ("Founded in 1901, the company makes tractors": The company was founded)
        return opener
    if index + 1 < len(clauses) and _WITH_OPENER.match(text) and \
            not sentence[:clauses[index][0]].strip(" \t_-—–"):   # ("With 96 percent of votes
        main = sentence[clauses[index + 1][0]:clauses[index + 1][1]].strip(" ,;:")   # counted
        main = main[:-1] if main.endswith(".") and not _DOTTED_END.search(main) else main
        joined = f"{main}, w{text.strip(' ,')[1:]}"   # early Wednesday, Hartmann had 54.3
        if _has_verb(main) and not _BAD_START.match(main) and \
                len(joined.split()) <= MAX_LABEL_WORDS:   # percent": Hartmann had 54.3
            return joined   # percent ..., with 96 percent of votes counted)
    if lead:   # ("Marsh pleaded guilty in 2022 and testified against Reilly last October":
        text = lead + " " + text   # Marsh testified)
    occasion = _OCCASION.match(text)
    if occasion and _has_verb(occasion.group(1)):   # ("The last time Britain won the contest
        return occasion.group(1)                     # was in 1997": Britain won the contest)
    if _DANGLING_COPULA.search(text) or _OPENING_VERB.match(text) and \
            not sentence[a:start].strip(" ,;:"):   # "The kick-off is at 3 p.m.", "Today is
        text = sentence[a:b].strip(" ,;:")   # Boeing's day": the date is the clause's word
        # (_tidy drops a last dot not of "p.m.")
    text = _past_relative(sentence, clauses, index, text)
    if not text.strip(" –—-") and _IN_PARENTHESES.match(sentence[end:]) and \
            sentence[:start].rstrip().endswith("("):   # "Elizabeth I (1558–1603) was long"
        return _remove_timex(sentence, start, end).strip(" .,;:")
    place = _WHERE.match(text)
    if place and index > 0 and _has_verb(text[place.end():]):   # ("..., sending the measure
        head = _antecedent(sentence[clauses[index - 1][0]:clauses[index - 1][1]])   # to the
        rest = text[place.end():]   # House, where a vote is expected next week": A vote is
        return rest + " in " + head if head and len(head.split()) <= 4 else rest   # expected
    relative = _RELATIVE.search(text)   # in the House)
    if relative and _has_verb(text[relative.end():]) and not _has_verb(text[:relative.start()]):
        return text[relative.end():]
    if _has_verb(text) and len(text.split()) < 3:
        quote = _QUOTE.search(sentence)
        if quote and not _titled(quote.group(1).strip(' ,')):   # (not a title in quotes:
            return f"{text.strip()}: “{quote.group(1).strip(' ,')}”"   # '"The Glass Harbor,"')
        if quote and index > 0:   # (what was announced: the clause before the telling)
            told = sentence[clauses[0][0]:clauses[0][1]].strip(" ,")
            if _has_verb(told) and not _BAD_START.match(told):
                return f"{text.strip()}: {told}"
    if not _has_verb(text):
        if index > 0 and _ING_OPENER.match(text) and not _OPENING_VERB.match(text):
            told = _gerund_as_clause(text.strip(), sentence[clauses[0][0]:clauses[0][1]])
            if told != text.strip():   # (a participle after the main clause, its subject's
                return told            # and in its tense: "won the title in 2024, beating
                # Wigan on October 12": Castleford beat Wigan)
        if index > 1 and _ING_OPENER.match(text) and not _OPENING_VERB.match(text):
            told = _with_subject(sentence, clauses, index, text)   # ("Emma Clarke, 34, set
            if told != text and told[:1].isupper() and not _ING_OPENER.match(   # off ...,
                    told.split(None, 1)[-1]):   # planning to return the same evening": Emma
                return told                     # Clarke planned to return)
        if index > 0 and _COMPARED.match(text):   # ("had 27.9%, down from 28.2% in 2021": the
            compared = _with_subject(sentence, clauses, index, text)   # figure then)
            if compared != text and not _AMOUNT_CLAUSE.match(compared):   # (a level verb's
                return compared   # figure: not a bare "44 in the election")
        if 0 < index < len(clauses) - 1:   # (a date between a subject's auxiliary and its verb:
            head = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()   # "You may,
            tail = sentence[clauses[index + 1][0]:clauses[index + 1][1]].strip()   # in a year
            if head.split()[-1:] and head.split()[-1].lower() in W.AUXILIARY_ENDS and \
                    len(head.split()) <= 6 and _has_verb(f"{head} {tail}"):   # or two, save
                return f"{head} {tail}"                                        # ...")
        order = list(range(index + 1, len(clauses))) + list(range(index - 1, -1, -1))
        for j in order:
            ca, cb = clauses[j]
            candidate = _without_dates(sentence, ca, cb, [
                o for o in others if ca <= o[0] and o[1] <= cb and
                _FRONTED_PREPOSITION.fullmatch(sentence, ca, o[0])]).strip(" ,;:")   # (not
            # another date fronted in it: "By the 1980s only walkers used the crossing, mostly
            # in summer": the summers', Only walkers used the crossing)
            if len(candidate.split()) >= 3 and _has_verb(candidate) and \
                    not _AMOUNT_CLAUSE.match(candidate):   # (not "or 29 cents a share
                return _with_subject(sentence, clauses, j, candidate)   # adjusted for ...")
        return text
    if index > 0 and _WHICH.match(text) and len(text.split()) < 4:
        # "fiscal 2025, which ends in January": the clause the pronoun points back to
        before = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()
        if _verb_follows_pronoun(text):   # ("Solberg, who took over in March" -> "Solberg
            head = before if len(before.split()) <= 6 or index == 1 and \
                len(before.split()) <= 10 and not _has_verb(before) else _antecedent(
                    before, person=text.split()[0].lower() == W.WHO)   # took over"; the
            # sentence's subject whole: "An outbreak in the district of Vell, which began")
            if head:   # "... left it under Swedish rule, which lasted" -> "Swedish rule lasted")
                return head + " " + text.split(None, 1)[1]
        words = text.split()
        if words[0].lower() == W.WHOSE and len(words) > 2 and len(before.split()) <= 5:
            return " ".join([_owned(before)] + words[1:])   # ("Coach André Silva, whose
            # contract expires in 2027")
        return before + ", " + text.strip()
    if _LEADING_AND.match(text):   # ", and in September the leaders resigned"; ", and are
        rest = _LEADING_AND.sub("", text)   # now..."
        dateline = DATELINE_LEAD.match(sentence)   # (its first clause past a dateline)
        first = next((k for k in range(index) if not dateline or clauses[k][1] > dateline.end()),
                     0)
        that = _THAT_OPENER.match(rest)
        said = that and index > 0 and _SAYING_LEAD.match(sentence, clauses[first][0],
                                                         clauses[first][1])
        if said:   # (a second thing told: "Helix said a cheaper model would follow later this
            return f"{said.group(1)} {rest[that.end():]}"   # year, and that it plans to
            # release a tablet in 2026": Helix said it plans to release a tablet)
        if (_opens_with_verb(rest) or rest.split()[:1] and rest.split()[0] in W.SAME_FORM_PASTS) \
                and index > 0:   # (a second predicate of the first
            subject = _subject_of(sentence[clauses[first][0]:clauses[first][1]].lstrip(" -–—_"),
                                  pronoun=True)   # clause's
            if subject:   # subject, never a participle of the noun before its comma: "He took
                return subject + " " + rest.strip()   # Polly Peck, once ..., and used it";
        return _with_subject(sentence, clauses, index, rest)   # "X reported ..., helped by
        # higher prices for its meals, and raised its forecast": X raised)
    dated_participle = _PARTICIPLE_BEFORE.search(sentence, max(0, start - 30), start)
    if index > 0 and _ATTRIBUTION.match(text) and not _event_noun_relative(text) and \
            not _HAVING_DONE.match(text) and not (   # (not "having reported record profits";
                dated_participle and wordclass.is_participle(dated_participle.group(1).lower())
                and dated_participle.group(1).lower() not in W.ATTRIBUTION_VERBS):
        # not a date of the teller's participle: "official results released on Sunday
        # showed", which tells of the release); "At least
        # 82 were killed, officials said as
        for j in range(index - 1, -1, -1):   # dawn broke"; the report without its own dates,
            ca, cb = clauses[j]   # its nearest clause with a verb: "will cut 4,000 jobs, or 9%
            if j and _ING_OPENER.match(sentence[ca:cb]):   # (the main clause, not its
                continue   # participle's: "A fire tore through a mill, destroying its roof")
            before = _with_subject(sentence, clauses, j, _without_dates(   # of its staff, by
                sentence, ca, cb, [o for o in others if ca <= o[0] and o[1] <= cb and   # June,
                                   not _RANGE_DASH.search(sentence[max(0, o[0] - 1):o[1] + 1])]))
            # (not a range's part: "the 2026–27 season"; the chipmaker said")
            before = DATELINE_LEAD.sub("", before.lstrip(" -–—_"))   # (a wire's dash and
            # dateline: "(Reuters) - A powerful ...", "WASHINGTON _ The economy ...")
            amount = _AMOUNT_CLAUSE.match(before)
            if j and _BAD_START.match(before):
                continue   # (a phrase, no clause: "in layoffs targeting its \"lowest
                # performers,\" X told staff": the clause before it)
            if (_has_verb(before) or _verb_in(before)) and len(before.split()) >= 3 and \
                    not amount:   # (who said it first: a long report would cut the saying off
                return text.strip() + ": " + before[:1].upper() + before[1:]   # the label)
            if _has_verb(before) and not amount or j < index - 3:
                break
    return _with_subject(sentence, clauses, index, text)


def _owned(name: str) -> str:
    """The name as an owner, for "whose": "Paul Dean's", "Reuters'"."""
    return name + ("'" if name.endswith("s") else "'s")


def _clause_span(sentence: str, at: int) -> tuple[int, int]:
    """(start, end) of the clause holding sentence[at] (clause_spans), else the whole sentence's."""
    return next(((c, d) for c, d in clause_spans(sentence) if c <= at < d), (0, len(sentence)))


def _clause_at(sentence: str, at: int) -> str:
    """The clause holding sentence[at]."""
    return sentence[slice(*_clause_span(sentence, at))]


def _clause_with_fronted(sentence: str, at: int) -> str:
    """The clause at `at` and a phrase with no verb fronted before it ("In Revolution Square,
    they put up a giant cross today")."""
    clauses = clause_spans(sentence)
    i = next((i for i, (a, b) in enumerate(clauses) if a <= at < b + 1), None)
    if i is None:
        return _clause_at(sentence, at)
    a = clauses[i - 1][0] if i and not _has_verb(sentence[clauses[i - 1][0]:clauses[i - 1][1]]) \
        else clauses[i][0]
    return sentence[a:clauses[i][1]]


def _clause_end_at(sentence: str, at: int) -> int:
    """Where the clause holding sentence[at] ends, else the sentence's end."""
    return _clause_span(sentence, at)[1]


_SAID_THAT = re.compile(rf"\b(?:{alternation(W.REPORTING)})(?:\s+(?:also|today|yesterday|"
                        r"(?:on|late|early|last|this)\s+\S+(?:\s+\S+)?))?\s+that\s+", re.I)
# ("said that", "said on Monday that"; not "said the issues that hurt ...": a relative's)


_QUOTE_MARK = re.compile(r"[“”\"]|``|''")
_REPORTED_AGAIN = re.compile(rf"\b(?:{alternation(W.REPORTING)})\b", re.I)
_OPENING_PRONOUN = re.compile(rf"(?:{alternation(W.PRONOUN_GENDERS)})\b", re.I)


def _reported_label(sentence: str, start: int, end: int, trigger: tuple,
                    others: Iterable[tuple]) -> str:
    """What was reported, when the date and its happening are both in it ("Halvern said on
    Monday that chief executive Mark Ostrow will step down at the end of September" ->
    "Chief executive Mark Ostrow will step down" for September); "" otherwise."""
    said = None
    if " that " in sentence[:trigger[0]]:
        for said in _SAID_THAT.finditer(sentence, 0, trigger[0]):   # (the last before the word)
            pass
    if said is None or start < said.end() or "," in sentence[said.end():trigger[0]] or \
            _relative_that(sentence, said.end(), said.end() + 40) or \
            _REPORTED_AGAIN.search(sentence, said.end(), start) or \
            _QUOTE_MARK.search(sentence, said.end(), trigger[0]):   # (one clause, one telling,
        return ""   # no quotation: _quoted tells those)
    stop = _clause_end_at(sentence, trigger[0])
    text = _tidy(_without_dates(sentence, said.end(), stop, [(start, end)] + [
        o for o in others if said.end() <= o[0] and o[1] <= stop]))
    if len(text.split()) < 3 or not _has_verb(text) or _BAD_START.match(text) or \
            _OPENING_PRONOUN.match(text):   # (a subject of its own: not "Crane said that in
        return ""   # the past it considered ...", nor "said that while its performance"; nor
    return text   # a relative "that", its verb next: "cities in the state that have passed")


def _relative_that(sentence: str, after: int, stop: int) -> bool:
    """Is the "that" before sentence[after] a relative pronoun, a verb right after it ("a
    spacecraft that spent", "cities in the state that have passed"), no telling's "that"? (The
    clause read up to `stop`.)"""
    return T.is_verb(T.tokens("that " + sentence[after:stop]), 1)


def _own_relative(sentence: str, a: int, b: int, start: int, end: int,
                  others: Iterable[tuple]) -> tuple[int, int, str]:
    """The part of a clause whose subject has a relative clause that the date dates, when the
    other part has a date of its own: "A wildfire that broke out on Tuesday ... had burned 3,000
    hectares by Thursday" -> "broke out ..." for Tuesday, "had burned ..." for Thursday, each
    with its subject ("A wildfire"). The clause as it is otherwise."""
    others = [o for o in others if a <= o[0] < b and not start <= o[0] < end]
    if not others:
        return a, b, ""
    toks = T.tokens(T.titles_masked(sentence[a:b]))
    rel = next((k for k in range(1, min(7, len(toks) - 1))
                if toks[k][2].lower() in W.RELATIVE_PRONOUNS), None)
    if rel is None or any(T.is_verb(toks, k) or not toks[k][2][:1].isalnum()
                          for k in range(rel)) or not T.is_verb(toks, rel + 1):
        return a, b, ""
    main = next((j for j in range(rel + 3, len(toks)) if toks[j][2].lower() in W.AUXILIARIES and
                 not T.is_verb(toks, j - 1) and toks[j - 1][2].lower() not in W.RELATIVES), None)
    if main is None:
        return a, b, ""
    head = sentence[a + toks[0][0]:a + toks[rel][0]].strip()
    inner, outer = (a + toks[rel + 1][0], a + toks[main][0]), (a + toks[main][0], b)
    for part, other in ((inner, outer), (outer, inner)):
        if part[0] <= start < part[1] and any(other[0] <= o[0] < other[1] for o in others):
            return part[0], part[1], head
    return a, b, ""


_THAT_CLAUSE = re.compile(rf"\b{W.THAT}\s+(?!.*\b{W.THAT}\s)", re.I)   # (the last "that")
_PRESENT_PREDICATE = re.compile(rf"\s+(?:{alternation(W.PREDICATE_JOINERS)})\s+"
                                rf"(?:{alternation(W.LATER_AUXILIARIES)})\s+[a-z]", re.I)


def _tense_switch(sentence: str, a: int, start: int, end: int, b: int) -> int:
    """Where a second predicate in the present, the perfect or the future follows the date of
    a past one ("Bayern sacked coach Thomas Tuchel in February and have won seven of nine
    games since": not February's), else `b`."""
    switch = _PRESENT_PREDICATE.search(sentence, end, b)
    if switch is None:
        return b
    toks = T.tokens(sentence[a:start])
    verbs = [t[2].lower() for i, t in enumerate(toks) if T.is_verb(toks, i)]
    return switch.start() if verbs and (T.is_past(verbs[0]) or verbs[0] in W.PAST_BE) else b


def _verb_before(sentence: str, at: int) -> bool:
    """Is the word before `at` a verb ("won [Sunday's election]")?"""
    toks = T.tokens(sentence[:at])
    return bool(toks) and T.is_verb(toks, len(toks) - 1)


_BRACKET_BEFORE = re.compile(r"[^,;()]*?\(\s*$")


def _bracketed_noun(sentence: str, start: int, trigger: tuple) -> str:
    """The noun phrase of a happening a date in brackets follows ("a war with Poland–Lithuania
    (1621–1629)"), from the last determiner before its noun; else ""."""
    if not _BRACKET_BEFORE.fullmatch(sentence, trigger[1], start) or \
            _verb_at(sentence, trigger[0]):
        return ""
    determiner = None
    for determiner in _DETERMINER_WORD.finditer(sentence, max(0, trigger[0] - 40), trigger[0]):
        pass
    if determiner is None:
        return ""
    return _tidy(sentence[determiner.start():start].rstrip(" ("))


_INNER_CAPITAL = re.compile(r"(?=[A-Z])(?<=\s)[A-Z][\w'’.-]*")


def _new_capital(label: str, who: tuple) -> bool:
    """Does the label hold a capitalised word past its first that none of `who` holds (a name
    the actors may lack), or open with one?"""
    first = label.split(None, 1)[:1]
    return any(not any(m.group() in name for name in who) for m in _INNER_CAPITAL.finditer(label)) \
        or bool(first) and not any(first[0] in name for name in who) and first[0][:1].isupper() \
        and first[0].lower() not in STOPWORDS and first[0] not in SENTENCE_STARTERS


def _named_in(label: str, text: str, proper: Optional[frozenset]) -> tuple:
    """The actors of `text` (as actors reads it, places apart) that `label` names."""
    return tuple(n for n in split_places(actors(text, proper), text)[0] if n in label)


_OCCASION = re.compile(r"\s*the\s+(?:last|first|only)\s+time\s+(.+?)\s+(?:was|is|came)\s*$", re.I)
_FIGURE_FROM = re.compile(r"\bfrom\s+((?:about\s+|around\s+)?[$€£]?\d[\d,.]*(?:\s*(?:%|percent|"
                          r"per cent|(?:m|b|tr)illion|bn|m)\b|%)?(?:\s+(?:[a-z]+\s+)?(?:dollars|"
                          r"euros|pounds|yen|francs|marks|a share))?)(?:,\s+or\s+[^,;()]{1,30},)?"
                          r"\s+(?:(?:in|on|at|during)\s+)?$", re.I)
_FIGURE_VERB = re.compile(rf"\s(?:{alternation(W.FIGURE_VERBS)})\b", re.I)


def _figure_base(sentence: str, start: int) -> str:
    """The label of a date a figure is compared with ("Net income fell to $412 million, or 96
    cents a share, from $503 million, or $1.17 a share, a year earlier", "Inflation fell to
    2.4% in March from 2.6% in February"): what the figure's subject was then ("Net income was
    $503 million", "Inflation was 2.6%"); else ""."""
    base = _FIGURE_FROM.search(sentence, max(0, start - 70), start)
    if base is None:
        return ""
    verb = None
    for verb in _FIGURE_VERB.finditer(sentence, 0, base.start()):
        pass
    if verb is None:
        return ""
    a = max(sentence.rfind(",", 0, verb.start()) + 1, 0)
    toks = T.tokens(sentence[a:verb.start()])
    told = max((k + 1 for k in range(len(toks)) if T.is_verb(toks, k) or
                toks[k][2].lower() == W.THAT), default=0)   # (past a telling's verb: "X
    subject = sentence[a:verb.start()][toks[told][0]:].strip() if told < len(toks) else ""
    words = subject.split()   # reported third-quarter net income fell": its net income)
    if not 1 <= len(words) <= 8 or _BAD_START.match(subject):
        return ""
    plural = len(words) == 1 and _plural_noun(subject.lower())   # ("Sales were")
    be = W.BE_PAST[1] if plural else _be_for(subject)
    return f"{subject[:1].upper()}{subject[1:]} {be} {base.group(1)}"


_GAP_JOINER = re.compile(rf",?\s+(?:{alternation(W.PREDICATE_JOINERS)})\s+", re.I)
_AMOUNT = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:\s*(?:%|percent|per cent|(?:m|b|tr)illion|"
                     r"[mbk]n?\b))?", re.I)


_CONJUNCT_OPENER = re.compile(rf"(?:{alternation(W.PREDICATE_JOINERS)})\s", re.I)


def _gapped(sentence: str, a: int, b: int, start: int, end: int,
            others: Iterable[tuple]) -> tuple[str, int]:
    """For one of two dates in a clause whose second part lost its verb to the first ("will be
    in service by 2011 and all by 2016", "ended support for Windows 7 in 2020 and for Windows
    8.1 in 2023", "rose 5% in 2023 and 7% in 2024", "won the cup in 2019 and again in 2021"):
    (the second date's text: the clause with the remnant in the place of what it stands for —
    the phrase of its preposition, the amount, the object, else the subject ("All will be in
    service") — "", where the first date's label ends: the joiner); ("", 0) for any other
    clause."""
    dates = sorted([(start, end)] + [o for o in others if a <= o[0] and o[1] <= b and
                                     not start <= o[0] < end])
    if len(dates) != 2:
        return "", 0
    (s1, e1), (s2, e2) = dates
    joiner = _GAP_JOINER.match(sentence, e1)
    if not joiner or joiner.end() >= s2 or sentence[e2:b].strip(" .,;:!?\"”'’"):
        return "", 0
    remnant = _without_dates(sentence, joiner.end(), e2, [(s2, e2)]).strip(" ,")
    words = remnant.split()
    head = _without_dates(sentence, a, e1, [(s1, e1)]).strip(" ,")
    plural = 1 <= len(words) <= 2 and words[-1].islower() and words[-1].endswith("s") and \
        bool(wordclass.classes(words[-1]) & wordclass.NOUN) and all(   # (and its adjective:
            wordclass.classes(w) & wordclass.ADJ and not wordclass.classes(w) & wordclass.VERB
            for w in words[:-1]) and \
        not _present_verb(head)   # "and small firms from June 30"; "and trucks in 2020": a noun;
    # not after a present in -s, "opens on Friday and closes on Sunday": a verb like it)
    if not 1 <= len(words) <= 5 or not plural and (
            _has_verb(remnant) or _verb_in(remnant) or _opens_with_verb(remnant)) or \
            words[0][:1].islower() and not words[0].endswith("s") and \
            wordclass.classes(words[0]) & wordclass.VERB and \
            words[0] not in W.DETERMINERS or "," in remnant or not _verb_in(head):   # (a verb of
        return "", 0   # its own: "and meet again on Friday"; no clause before it: "down 4.5%
    # from the previous Friday and 6.8% from Oct. 13, when ...")
    if (start, end) == (s1, e1):
        return "", joiner.start()
    return _in_place(head, remnant), 0


def _present_verb(text: str) -> bool:
    """Is the first verb of `text` a present in -s ("The fair opens")?"""
    toks = T.tokens(text)
    verb = next((i for i in range(len(toks)) if T.is_verb(toks, i)), None)
    return verb is not None and toks[verb][2].endswith("s") and \
        toks[verb][2].lower() not in W.AUXILIARIES


def _in_place(head: str, remnant: str) -> str:
    """`head` with `remnant` in the place of the part of it that it parallels (see _gapped),
    or "" when no part does."""
    first = remnant.split()[0].lower()
    if first in W.PREPOSITIONS:   # ("and for Windows 8.1": ended support for Windows 8.1)
        at = head.lower().rfind(f" {first} ")
        return f"{head[:at]} {remnant}" if at > 0 else ""
    amounts, amount = list(_AMOUNT.finditer(head)), _AMOUNT.search(remnant)
    if amount and amounts:   # ("and 7%": Sales rose 7%; "a 6% raise ... and a further 3%":
        at = amounts[-1].start()   # gives workers a further 3%)
        if amount.start() and first not in W.DETERMINERS:   # ("Sales rose 5% ... and profits
            toks = T.tokens(head)                             # 7%": Profits rose 7%)
            verb = next((i for i in range(1, len(toks)) if T.is_verb(toks, i)), None)
            if verb is None or toks[verb][0] > at:
                return ""
            named = remnant[:amount.start()].strip()
            return f"{named[:1].upper()}{named[1:]} {head[toks[verb][0]:at].strip()} " \
                f"{remnant[amount.start():]}"
        if amount.start():
            before = _DETERMINER_BEFORE.search(head, 0, at)
            at = before.start() if before else at
        return f"{head[:at].rstrip()} {remnant}".strip()
    if first in W.ADVERBS or wordclass.classes(first) == wordclass.ADV:   # ("and again")
        return f"{head} {remnant}"
    toks = T.tokens(head)
    verb = next((i for i in range(len(toks)) if T.is_verb(toks, i)), None)
    if verb is None:
        return ""
    subject = head[:toks[verb][0]].strip()
    if subject and all(w.islower() and w.endswith("s") and not w.endswith("ss") and
                       (wordclass.classes(w) | wordclass.classes(w[:-1])) & wordclass.NOUN
                       for w in (subject.split()[-1], remnant.split()[-1])):
        return remnant[:1].upper() + remnant[1:] + head[len(subject):]   # (a plural for a
        # plural subject: "Large companies will have to comply from Dec. 30, 2025, and small
        # firms from June 30, 2026": Small firms will have to comply)
    while verb + 1 < len(toks) and T.is_verb(toks, verb + 1):
        verb += 1
    after = toks[verb + 1][2] if verb + 1 < len(toks) else ""
    if after and (after.lower() in W.DETERMINERS or after[:1].isupper() or after[:1].isdigit()
                  or wordclass.classes(after.lower()) & wordclass.NOUN):   # (its object:
        return f"{head[:toks[verb + 1][0]]}{remnant}"   # "bought Skype ... and LinkedIn")
    return remnant[:1].upper() + remnant[1:] + head[len(subject):] if subject else ""   # (else
    # its subject: "The first aircraft will be in service by 2011 and all by 2016")


_DETERMINER_BEFORE = re.compile(rf"\b(?:{alternation(W.DETERMINERS)})\s+(?:[a-z][\w-]*\s+)?$",
                                re.I)


def _own_conjunct(sentence: str, a: int, b: int, start: int, end: int,
                  others: Iterable[tuple]) -> tuple[int, int, str]:
    """The part of the clause sentence[a:b] that the date at [start, end) dates when the clause
    joins predicates, each with a date of its own (`others`: the other dates' spans): "She
    published her first novel in 1961 and won the Booker Prize in 1979" -> "She published her
    first novel" for 1961, "won the Booker Prize" with its subject ("She") for 1979. The clause
    as it is when no other date stands in another predicate."""
    others = [o for o in others if a <= o[0] < b and not start <= o[0] < end]
    said = None
    if " and " in sentence[a:start] or " but " in sentence[a:start]:
        for said in _SAID_CONJUNCT.finditer(sentence, a, start):   # (the last before the date)
            pass
    if said is not None:   # (what a second predicate reports is its own: "remanded her in
        lead = _subject_of(sentence[a:said.start()], pronoun=True)   # custody and said she
        if lead:                           # would be sentenced on July 10": Lady Ramsay said)
            return said.start(1), b, lead
    alone = not others and _YEAR_ONLY.fullmatch(sentence, start, end) is not None   # (a year
    # that a second predicate holds dates it alone: "studied physics at Edinburgh and moved to
    # Norway in 1967"; a day often tells both: "reported a loss and cut its forecast on Monday")
    if not others and not alone or \
            not _AND_OR.search(sentence, a, b) and " but " not in sentence[a:b]:
        return a, b, ""
    toks = T.tokens(T.titles_masked(sentence[a:b]))
    dates = [(start, end)] + others
    own = {k for k in range(1, len(toks) - 2) if toks[k][2] in _PREDICATE_JOINERS and
           _clause_before_date(sentence, a, toks, k + 1, dates)}   # (a clause of its own)
    cuts = [k for k in range(1, len(toks) - 1)
            if toks[k][2] in _PREDICATE_JOINERS and (k in own or _verb_after_joiner(toks, k + 1) or
                                                     _dated_verb(sentence, a, toks, k + 1, dates))]
    if not cuts:
        return a, b, ""
    bounds = [a] + [a + toks[k][0] for k in cuts] + [b]
    part = next((i for i in range(len(bounds) - 1) if bounds[i] <= start < bounds[i + 1]), None)
    if part is None or not alone and not any(not bounds[part] <= o[0] < bounds[part + 1]
                                             for o in others) or \
            alone and (part == 0 or len(sentence[bounds[part - 1]:bounds[part]].split()) < 5):
        return a, b, ""   # (alone: a first predicate of its own, more than "was arrested")
    first, last = bounds[part], bounds[part + 1]
    if part == 0:
        return first, last, ""
    first = a + toks[cuts[part - 1] + 1][0]   # (past the joining word)
    if cuts[part - 1] in own:
        return first, last, ""   # ("Voting begins at 7 a.m. and polls close at 10 p.m.")
    saying = _SAYING_LEAD.match(sentence, a, bounds[1])
    if saying and (saying.group(1).split()[-1].lower() not in W.SAY or _TIME_WORDS.intersection(
            sentence[saying.end():bounds[1]].lower().split()[:2])):
        saying = None   # (only a bare "said", not "told reporters" nor "said Thursday he ...")
    told = _THAT_CLAUSE.search(sentence, a, bounds[1])
    if told and _relative_that(sentence, told.end(), bounds[1]):
        told = None   # (a relative "that", its verb right after: "A NASA spacecraft that
        # spent six years studying Europa made ... and will be sent")
    told = told or saying   # (in what was told, its
    # subject, after "that" or a bare "said":
    lead = told and _subject_of(sentence[told.end():bounds[1]], pronoun=True) or \
        _subject_of(sentence[a:bounds[1]], pronoun=True, common=True)   # "told the chamber that the
    # government would publish ... and deliver": the government would deliver)
    if not lead and a > 0:   # (the subject in the sentence's first clause: "She published
        lead = _subject_of(sentence[:a], pronoun=True)   # her first novel, "The Pit Road,"
    k = cuts[part - 1] + 1
    if toks[k][2] in W.ADVERBS and k + 1 < len(toks) and T.is_verb(toks, k + 1):
        k += 1   # (its verb past an adverb: "and last won")
    second = toks[k][2].lower()                                   # in 1961 and won")
    objected = k + 1 < len(toks) and (toks[k + 1][2].lower() in _OBJECT_OPENERS or
                                      toks[k + 1][2][:1].isupper())   # ("and won the title",
    # "and defeated President Gerald Ford": no passive's participle)
    if not lead:   # (a passive whose subject stands before the clause, past an apposition:
        aux = _PASSIVE_AUX.match(sentence, max(0, a - 1))   # "A second man, aged 29, was
        if aux and wordclass.is_participle(aux.group(2).lower()) and \
                (second.endswith(("ed", "en")) or wordclass.is_participle(second)) and \
                second not in W.NO_PASSIVE:   # arrested on Saturday and released on bail":
            return first, last, aux.group(1)   # was released; the match from the space before)
    after_lead = a + sentence[a:bounds[1]].find(lead) + len(lead)
    if lead and (second.endswith(("ed", "en")) or wordclass.is_participle(second)) and \
            second not in W.NO_PASSIVE and not objected:   # (and "rebuilt", "sold", "held")
        aux = _PASSIVE_AUX.match(sentence, after_lead)
        if aux and wordclass.is_participle(aux.group(2).lower()):
            lead += " " + aux.group(1)   # ("He was elected mayor in 2018 and re-elected four
            # years later": He was re-elected; "were made ... and published on Monday")
    elif lead and not second.endswith(("ed", "s")) and not T.is_past(second) and \
            second not in W.PREPOSITIONS and wordclass.classes(second) & wordclass.VERB:
        modal = _MODAL_AFTER.match(sentence, after_lead) if second not in W.VERB_MODALS \
            else None   # (a modal of its own: "will be eligible ... and must report")
        if modal:   # ("The company will hold its meeting on April 24 and publish results on
            lead += " " + modal.group(1)   # May 7": The company will publish)
        elif not (_plural_noun(lead.split()[-1].lower()) or second in W.VERB_MODALS or
                  second in W.AUXILIARIES or
                  lead.lower() in W.PLURAL_PRONOUNS):   # (a bare verb an infinitive's "to"
            lead = ""   # governs, no singular subject's: "is moving to take write-offs this
            # year and prepare for a turnaround next year")
    return first, last, lead


_PREDICATE_JOINERS = W.PREDICATE_JOINERS
_YEAR_ONLY = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?\d{4}")   # ("1967", "March 2020")
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "two", "three"))
_SAID_CONJUNCT = re.compile(rf"\s(?:{alternation(W.PREDICATE_JOINERS)})\s+"
                            rf"((?:{alternation(W.REPORTING)})\b)", re.I)
_MODAL_AFTER = re.compile(rf"\s+({alternation(W.VERB_MODALS - {W.INFINITIVE})})\s", re.I)
_PASSIVE_AUX = re.compile(rf"\s+({alternation(W.PASSIVE_AUXILIARIES)})\s+(\w+)\b", re.I)
_DATE_AFTER_SUBJECT = re.compile(   # ("Nimbus Inc. on Tuesday unveiled")
    rf"\s+(?:{alternation(W.DATE_LEADS)})\s+(?:[A-Z][a-z]+\.?|the\s+\w+|\w+day)(?:\s+\w+)?$")


def _dated_verb(sentence: str, a: int, toks, i: int, dates: list) -> bool:
    """Does a date phrase open the predicate at toks[i], after "and", before its verb ("and in
    1977 was aboard", "and two weeks later resigned"), or follow a word that can be a verb
    ("and resigned two weeks later": no noun phrase)? (toks are of sentence[a:].)"""
    word = toks[i][2]
    if i + 1 < len(toks) and word[:1].islower() and wordclass.classes(word) & wordclass.VERB:
        at = a + toks[i + 1][0]
        if any(s == at or s > at and sentence[at:s].split() in ([w] for w in W.DATE_LEADS)
               for s, _ in dates):
            return True
    at = a + toks[i][0]
    for s, e in dates:
        lead = sentence[at:s].split()
        if s >= at and (not lead or len(lead) == 1 and lead[0].lower() in W.DATE_LEADS):
            j = next((j for j in range(i, len(toks)) if a + toks[j][0] >= e), len(toks))
            if j < len(toks) - 1 and toks[j][2].lower() in W.DATE_DIRECTIONS:
                j += 1   # ("two weeks later": TimeML leaves "later" out of the TIMEX3)
            return j < len(toks) and _verb_after_joiner(toks, j)
    return False


def _clause_before_date(sentence: str, a: int, toks, i: int, dates: list) -> bool:
    """Does a clause with its own subject follow "and" at toks[i], its verb right before
    another date's phrase: a plural common noun, a word that can be its verb, then a
    preposition and the date ("and polls close at 10 p.m."); or a determiner, at most two more
    words and a noun, then a passive's or a past verb and its date ("and the final result was
    declared at 4:15 a.m.")?"""
    if i + 1 < len(toks) and toks[i][2].lower() in _ARTICLES:
        for k in range(i + 1, min(i + 4, len(toks) - 3)):
            word = toks[k][2].lower()
            if word in W.PASSIVE_AUXILIARIES and T.is_past(toks[k + 1][2]) and \
                    toks[k + 2][2].lower() in W.DATE_PREPOSITIONS:
                return k > i + 1 and any(s == a + toks[k + 3][0] for s, _ in dates)
            if not word.islower() or word in W.AUXILIARIES or T.is_past(word):
                return False
        return False
    k = i
    while k < min(i + 3, len(toks) - 1) and toks[k][2][:1].isupper() and toks[k][2].isalpha():
        k += 1   # (a name, then a past verb and a date of its own: "and Samsung sold tablets
    if k > i and toks[k][2].islower() and T.is_past(toks[k][2]):   # in June")
        return any(s == a + toks[j][0] for j in range(k + 1, len(toks)) for s, _ in dates)
    noun = toks[i][2] if i + 3 < len(toks) else ""
    if not noun.islower() or not noun.endswith("s") or noun.endswith("ss") or \
            not wordclass.classes(noun) & wordclass.NOUN:
        return False
    verb = toks[i + 1][2]
    if not verb.islower() or verb.endswith("s") or \
            not wordclass.classes(verb) & wordclass.VERB or \
            toks[i + 2][2].lower() not in W.DATE_PREPOSITIONS:
        return False
    return any(s == a + toks[i + 3][0] for s, _ in dates)


def _verb_after_joiner(toks, i) -> bool:
    """Is toks[i], after "and", a verb: one read as such, or a word that can be one before
    "to" or a determiner ("and plans to sell", "and wants the money")?"""
    if T.is_verb(toks, i):
        return True
    word = toks[i][2]
    if (word in W.ADVERBS or word.endswith("ly") and wordclass.classes(word) == wordclass.ADV) \
            and i + 1 < len(toks) and T.is_verb(toks, i + 1):
        return True   # (past an adverb: "and last won the title", "and later became")
    if word[:1].islower() and word.endswith("ed") and len(word) > 5 and \
            not wordclass.classes(word) and i + 1 < len(toks) and \
            toks[i + 1][2] in W.PREPOSITIONS:   # (a participle no lexicon lists: "and
        return True                              # refounded by Henry the Lion")
    return word[:1].islower() and bool(wordclass.classes(word) & wordclass.VERB) and \
        i + 1 < len(toks) and (toks[i + 1][2] == "to" or toks[i + 1][2] in W.DETERMINERS or
                               toks[i + 1][2] in W.ADVERBS)   # ("and meet again on Friday")
_PARTICIPLE = re.compile(rf"(?:ed|en|{alternation(W.IRREGULAR_PARTICIPLES)})$")   # (a past
# participle opening its sentence, its subject the main clause's: "Elected in 1990, he ...")
_PERSONAL_PRONOUNS = W.SUBJECT_PRONOUNS - W.RELATIVES - {"there"}
_CAPITAL_END = re.compile(r"\b[A-Z][\w'’]*\s*$")
_DOTTED_END = re.compile(r"(?=[A-Za-z]\.)(?:\b[A-Za-z]\.){2,}$")   # "p.m.", "U.S."
_OPENING_VERB = re.compile(rf"(?:{alternation(W.OPENING_VERBS)})\b")
_DANGLING_COPULA = re.compile(rf"\b(?:{alternation(W.COPULA_FORMS)})$", re.I)


def _verb_follows_pronoun(text: str) -> bool:
    """Does a relative pronoun open `text` as the subject of the verb after it ("who took
    over", "which had warned"; not "which the board approved")?"""
    toks = T.tokens(text.strip())
    return len(toks) > 1 and _WHICH.fullmatch(toks[0][2]) is not None and (
        T.is_verb(toks, 1) or toks[1][2].lower() in W.ADVERBS and len(toks) > 2 and
        T.is_verb(toks, 2))


def _past_relative(sentence: str, clauses: list, index: int, text: str) -> str:
    """A clause cut off by a relative clause between commas goes on after it ("Berg said that
    striker Leo Hart, who injured his hamstring on Sunday, is unlikely to play" -> "... Leo
    Hart is unlikely to play")."""
    aside = sentence[clauses[index + 1][0]:clauses[index + 1][1]].split()[:1] \
        if index + 2 < len(clauses) else []
    if index + 2 >= len(clauses) or not (_WHICH.match(aside[0]) or _done(aside[0])) or \
            sentence[clauses[index][1]:clauses[index + 1][0]].strip() != ",":
        return text   # (a relative or a participle's aside: "ruled that the tariffs, imposed in
        # April under a 1977 law, exceeded the president's authority")
    if _has_verb(_THAT.split(text)[-1]):   # (a clause that has its verb goes on no more:
        return text   # "fought a war until 1370, which ended with a treaty, signed in May")
    rest = sentence[clauses[index + 2][0]:clauses[index + 2][1]].strip(" .,;:")
    return text + " " + rest if _opens_with_verb(rest) else text


_THAT = re.compile(rf"\b{W.THAT}\b", re.I)


def _quotation_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """(where its opening mark is, where its closing one is) of the quotation holding
    sentence[start:end], or (-1, -1)."""
    opened = max(sentence.rfind("“", 0, start), sentence.rfind('"', 0, start)
                 if sentence[:start].count('"') % 2 else -1)
    if opened < 0 or sentence.rfind("”", opened, start) >= 0:
        return -1, -1
    closes = [i for i in (sentence.find("”", end), sentence.find('"', end)) if i >= 0]
    return (opened, min(closes)) if closes else (-1, -1)


def _quoted(sentence: str, start: int, end: int) -> str:
    """For a date inside a quotation: who said it and the quote ("Chief Executive Ingrid
    Solberg told analysts: “The quarter was tough, ...”"), or only the quote; "" when the date
    is not quoted."""
    opened, close = _quotation_at(sentence, start, end)
    if opened < 0:
        return ""
    quote = sentence[opened + 1:close].strip(" ,")
    if len(quote.split()) < 3:
        return ""
    return f"{_speaker(sentence[close + 1:], sentence[:opened])}: “{quote}”".lstrip(": ")


_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+")   # ("Dr.", "Inc.", "U.S.")


def _speaker(after: str, before: str) -> str:
    """Who says the quote between `before` and `after`: the words up to the saying verb and its
    object ("Ingrid Solberg told analysts"), its speaker put first when the verb comes first
    ("said Djamal" -> "Djamal said"); "" when neither side says who."""
    for side in (after.strip(" ,.;"), before.strip(" ,:;")):
        words = side.split()
        at = next((i for i, w in enumerate(words) if w.lower() in W.REPORTING), None)
        if at is None or at > 8:
            continue
        if at == 0:
            who = []
            for w in words[1:9]:   # (a title and a name: "said Chief Executive Officer Dr.
                if not w[:1].isupper():   # Anika Rao")
                    break
                who.append(w.rstrip(","))
                if w.endswith(","):
                    break
            if who and who[-1].endswith(".") and not _ABBREVIATED.fullmatch(who[-1]):
                who[-1] = who[-1][:-1]   # (the sentence's full stop, not "Dr." or "Inc.")
            return " ".join(who + [words[0]]) if who else ""
        said = words[:at + 1]
        if at + 1 < len(words) and words[at + 1].lower() not in W.PREPOSITIONS | W.DETERMINERS \
                and words[at + 1][:1].islower() and words[at + 1].lower() != "that" and \
                words[at].lower() not in W.SAY:
            said.append(words[at + 1])   # ("told analysts"; not "said outside [the courthouse]":
            # "say" takes no object)
        return " ".join(said).rstrip(",")
    return ""


_COMPARED = re.compile(rf"\s*(?:{alternation(W.COMPARISON_OPENERS)})\s+", re.I)


_AGE_CLAUSE = re.compile(r"\s*\d{1,3}\s*")   # (a clause that is a person's age: "Ashby, 61,")


_BARE_COUNT = re.compile(rf"(\d[\d,.]*)(?=$|\s+(?:{alternation(W.PREPOSITIONS)})\b)")
_UNIT_AFTER = re.compile(r"[\d,.]*\s+([a-z]+)\b")


def _with_subject(sentence: str, clauses: list, index: int, text: str) -> str:
    """A clause that opens in lower case after the sentence's first clause, with that clause
    before it when it is the subject ("Albright, after a 16-hour flight, is scheduled...";
    one word that is a connective, "However", is not)."""
    if not (text.strip()[:1].islower() and index > 0):
        return text
    words = text.split()
    if len(words) > 3 and words[0].lower() in W.CONTRASTIVE and \
            (words[1].lower() in wordclass.DETERMINERS or words[1].lower() in W.SUBJECT_PRONOUNS
             or words[1][:1].isupper()) and _verb_among(words[2:6]):
        return " ".join(words[1:])   # (a clause of its own: "..., while the union is
        # demanding 8.5%": The union is demanding 8.5%)
    if len(words) > 2 and words[0].lower() in W.POSSESSIVE_PRONOUNS and \
            _verb_among(words[1:5]):   # (a clause with its own subject: "Her 2019 debut won the
        return words[0].capitalize() + " " + " ".join(words[1:])   # Camera d'Or, and her
        # second feature competed ...": Her second feature competed)
    if len(words) > 2 and words[0].lower() == W.THAT and _has_verb(" ".join(words[1:])) and \
            any(w.lower().strip(",") in W.REPORTING for w in sentence[:clauses[index][0]].split()):
        return words[1][:1].upper() + " ".join(words[1:])[1:]   # (a second thing said: "X said
        # drivers were angry, and that talks on Friday had gone nowhere": Talks had gone nowhere)
    compared = _COMPARED.match(text)
    if compared and (len(text[compared.end():].split()) >= 2 or   # (", compared with a profit of
                     _AMOUNT_CLAUSE.match(text, compared.end())):   # ("down from 28.2%")
        figure = text[compared.end():]   # $230 million a year earlier": A profit of $230 million)
        for k in range(index - 1, -1, -1) if _AMOUNT_CLAUSE.match(figure) else ():   # (a bare
            main = sentence[clauses[k][0]:clauses[k][1]]   # amount: what the verb of the
            amount = _AMOUNT_IN.search(main)                # clause before told then, "The
            lead = main[:amount.start()].split() if amount else []   # company earned $45.2
            while lead and lead[-1].lower() in W.AMOUNT_ADVERBS:   # million, ...; not "rose
                lead.pop()   # 12%"; past "only": "won only 12 seats, down from 34")
            if lead and lead[-1].lower() in W.LEVEL_VERBS:
                count = _BARE_COUNT.match(figure.strip())   # (a bare count takes the main
                unit = _UNIT_AFTER.match(main, amount.end()) if count else None   # one's unit:
                figure = figure.strip()                          # "Labour won 34 seats")
                if unit and unit.group(1) in W.PREPOSITIONS:
                    unit = None
                told = f"{' '.join(lead)} " + (   # (compared with $84.9 million ...":
                    f"{count.group(1)} {unit.group(1)}{figure[count.end(1):]}" if unit else figure)
                if k > 0 and told[:1].islower():   # The company earned $84.9 million; its
                    told = _with_subject(sentence, clauses, k, told)   # subject before it)
                return told[:1].upper() + told[1:]
        return figure
    opened = _subordinate_subject(sentence, clauses, index)
    if opened:   # ("After the 787, already bearing ANA's livery, arrives": the 787 arrives)
        return opened + " " + text.strip()
    if index >= 2 and _opens_with_verb(text):   # (a name in apposition to a noun that ends
        name = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()   # a clause with
        head = sentence[clauses[index - 2][0]:clauses[index - 2][1]].split()   # a verb of its
        if NAME_CLAUSE.fullmatch(name) and _named_word(name.split()[0]) and \
                not places.kind(name) and head and head[-1].islower() and \
                _verb_in(" ".join(head)):   # own: "The court heard ... unless its parent
            return name + " " + text.strip()   # company, ByteDance, sells it": ByteDance)
    if index >= 3 and text.split()[0].lower() in W.WHO_WHICH and _verb_follows_pronoun(text):
        head = _antecedent(sentence[clauses[index - 1][0]:clauses[index - 1][1]])
        if head and len(head.split()) > 1:   # (a relative clause after a later clause: its
            return head + " " + text.strip().split(None, 1)[1]   # noun ends that clause, "won
            # 52% under the city's new system, which was used ...": the system was used)
    dateline = DATELINE_LEAD.match(sentence)   # (not a dateline's "WASHINGTON —")
    first = next((k for k in range(index) if not _BAD_START.match(
        sentence[clauses[k][0]:clauses[k][1]]) and not (dateline and clauses[k][1] <=
                                                        dateline.end())), None)   # (past a
    # fronted "On Sept. 2")
    if first is None:   # (no clause before that can be a subject: "But under new terms of the
        return _opens_with_verb(text) and _participle_of(sentence, clauses, index, text) or \
            text        # agreement, announced Friday, ...": the terms were announced)
    # "Energy bills, which are capped..., rose 6% on April 1": a subject before a relative
    # clause may end in -s ("bills") without being a verb
    relative = index >= first + 2 and _WHICH.match(sentence, clauses[first + 1][0])
    if index >= first + 3 and sentence[clauses[index - 2][0]:clauses[index - 2][1]].split()[
            :1] == [W.WHOSE] and _opens_with_verb(text):   # ("..., whose managing director,
        name = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()   # Alan Hughes,
        if NAME_CLAUSE.fullmatch(name) and len(name.split()) > 1:   # will be sentenced": Alan
            return name + " " + text.strip()                        # Hughes will be)
    near = index - 1   # (the clause before, past a person's age: "Ashby, 61, who resigned")
    if near > first and _AGE_CLAUSE.fullmatch(sentence, clauses[near][0], clauses[near][1]):
        near -= 1
    object_phrase = _OBJECT_NAME_END.search(sentence, clauses[index - 1][0],
                                            clauses[index - 1][1]) \
        if first < index < len(clauses) - 1 else None   # (an aside between commas)
    if object_phrase and _verb_in(sentence[clauses[index - 1][0]:object_phrase.start()]):
        told = _passive(text, object_phrase.group(1))   # (a participle after a clause that
        if told != text:   # ends in a name it acted on: "was marked by the Camp David Accords
            named = object_phrase.group(1)   # between Egypt and Israel, signed in September
            return f"{named[:1].upper()}{named[1:]} {told.strip()}"   # 1978": the Accords were
    for k in dict.fromkeys((first, near)):   # (or a name in brackets just before: "...
        subject = sentence[clauses[k][0]:clauses[k][1]]   # Company EADS N.V. (EADS) have")
        if k == first:   # (past a time phrase: "Tomorrow the board of supervisors, ...")
            subject = _past_time_phrase(subject)
        words = subject.split()
        named = len(words) == 1 and _named_word(words[0])
        bare = subject.strip(" _-–—").split()
        if k == first and _opens_participle(bare) and not _verb_among(bare[1:]):
            return text   # ("Taking the stand, a friend of ... said": no subject of it)
        if k == first and (1 < len(words) <= _subject_words(sentence, clauses, first, index) or
                           named) and (relative or not (
                _verb_in(subject) or _timed(words))):
            if k == near and _verb_follows_pronoun(text):   # ("The company, which had
                text = text.strip().split(None, 1)[1]   # warned ..." -> "The company had warned")
            elif k == near and text.split()[:1] and text.split()[0].lower() == W.WHOSE:
                return _owned(subject.strip()) + " " + text.split(None, 1)[1]   # ("Margaret
                # Ellison, whose measurements ... helped": Margaret Ellison's measurements)
            elif k == near and index + 1 < len(clauses):
                text = _passive(text, subject)   # ("Lübeck, founded in 1143," -> "Lübeck was founded";
                # not the sentence's last clause, its verb: 'The last, "Slate," appeared')
            if index == first + 2 and " " in subject.strip():   # (the name in apposition:
                name = sentence[clauses[first + 1][0]:clauses[first + 1][1]].strip()   # "The
                if NAME_CLAUSE.fullmatch(name) and len(name.split()) > 1:   # governor of
                    return f"{subject.strip()}, {name}, {text.strip()}"   # Ohio, Mark Ellis,")
            verb = next((j for j in range(index - 1, first, -1)
                         if _verb_in(sentence[clauses[j][0]:clauses[j][1]])), None) \
                if _ING_OPENER.match(text) else None
            if verb is not None:   # ("Emma Clarke, 34, set off
                told = _gerund_as_clause(text.strip(), subject.strip() + " " + sentence[   # ...,
                    clauses[verb][0]:clauses[verb][1]].strip())   # planning to return the
                if told != text.strip():   # same evening": Emma Clarke planned to return)
                    return told
            who = _APPOSED_WHO.match(text)
            if who and _verb_follows_pronoun(text[who.end(1):]) and \
                    NAME_CLAUSE.fullmatch(subject):   # (a person's relative clause in the
                return f"{subject.strip()} {text[who.end(2):].strip()}"   # apposition: "Starmer,
                # a former lawyer who became Labour leader in April 2020": Starmer became)
            if text.split()[:1] and text.split()[0] in _APPOSITION_ARTICLES:   # (a noun
                return subject.rstrip() + ", " + text.strip()   # phrase in apposition: "The
            # previous record, a hunting scene found on Sulawesi in 2019, was")
            return subject + " " + text
        if k != first and named and sentence[clauses[k][1]:clauses[k][1] + 2].strip()[:1] == ")":
            return subject + " " + text   # (only a bracketed name)
    apposed = sentence[clauses[index - 1][0]:clauses[index - 1][1]].split() if index >= 2 else []
    if 1 < len(apposed) <= 4 and apposed[0][:1].isupper() and \
            all(w[:1].isupper() or w.isdigit() for w in apposed) and \
            text.split()[:1] and text.split()[0].lower() in W.AUXILIARIES:   # (a long subject's
        name = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()   # name in
        return f"{name} {text.strip()}"   # apposition: "The final version to run on the older
        # systems, Orion 128, was released": Orion 128 was released)
    if index >= 2 and _interrupts(sentence[clauses[index - 1][0]:clauses[index - 1][1]]):
        subject = _past_time_phrase(_LEADING_AND.sub(
            "", sentence[clauses[index - 2][0]:clauses[index - 2][1]]))
        if _verb_in(subject) and text.split()[:1] and \
                text.split()[0].lower() in W.AUXILIARIES:   # (the object of a verb before:
            subject = _antecedent(subject) or subject   # "She estimates her properties, worth
            # ... in October, are worth only half that now": her properties are)
        words = subject.split()   # ("and the new town hall, designed by Hinrik Mole, opened")
        if 1 < len(words) <= 8 and not (_verb_in(subject) or
                                        _TIME_WORDS.intersection(map(str.lower, words))):
            return subject.strip() + " " + text.strip()
    if index >= 2 and _opens_with_verb(text) and apposed[:1] and \
            apposed[0].lower() in _APPOSITION_OPENERS and not _verb_in(" ".join(apposed)):
        name = _LEADING_AND.sub("", sentence[clauses[index - 2][0]:clauses[index - 2][1]]).strip()
        if NAME_CLAUSE.fullmatch(name) and _named_word(name.split()[0]):   # (a name, then a
            return f"{name} {text.strip()}"   # noun phrase in apposition: "..., and Scania, one
            # of its first customers, complained last month": Scania complained)
    if _ING_OPENER.match(text) and index == first + 1 and _verb_in(
            sentence[clauses[first][0]:clauses[first][1]]):   # ("A quake shook Peru, killing
        main = sentence[clauses[first][0]:clauses[first][1]].strip(" -–—_")   # 60 people": the
        if len(main.split()) + len(text.split()) <= MAX_LABEL_WORDS and \
                not _HAVING_DONE.match(text):   # participle's subject
            return main + ", " + text.strip()   # is the clause before it, when both fit; else
        told = _gerund_as_clause(text.strip(), main)   # its subject, in the main clause's
        if told != text.strip():   # tense: "A powerful earthquake killed ...")
            return told
        subject = _subject_of(main)
        if subject:
            return subject + " " + text.strip()
    if _opens_with_verb(text):   # "Such accusations were leveled ..., and are now made ...":
        told = _participle_of(sentence, clauses, index, text)
        if told:
            return told
        subject = _subject_of(sentence[clauses[first][0]:clauses[first][1]],   # its subject
                              pronoun=bool(text.split()) and T.is_past(text.split()[0].lower())
                              and text.split()[0].lower() not in W.REPORTING)
        # (a pronoun only before a past, which agrees with any: "She joined Lumen in 1995,
        # left for a rival in 2008": She left)
        if subject:
            return subject + " " + text.strip()
    elif _opens_with_verb(_past_adverb(text)):   # ("the probe, now targeted for 2028": the
        return _participle_of(sentence, clauses, index, text) or text   # probe was now targeted)
    return text


_SUBORDINATE_NP = re.compile(rf"\s*(?:{alternation(W.SUBJECT_SUBORDINATORS)})\s+"
                             rf"((?:{alternation(W.DETERMINERS)})\s.+)", re.I)


def _subordinate_subject(sentence: str, clauses: list, index: int) -> str:
    """The subject a subordinator opening the sentence has before an aside ("After the 787,
    already bearing ANA's livery, arrives in Tokyo", "When the bill, which passed the House in
    May, reaches the Senate"): the noun phrase after it (with no verb, at most 8 words), else
    ""."""
    if index != 2:
        return ""
    aside = _past_adverb(sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip())
    opener = _SUBORDINATE_NP.fullmatch(sentence, clauses[index - 2][0], clauses[index - 2][1])
    if not opener:
        return ""
    first = aside.split()[0].lower() if aside.split() else ""
    noun = opener.group(1).strip()
    if not (first in W.RELATIVES or first.endswith("ing") or _PARTICIPLE.search(first)) or \
            len(noun.split()) > 8 or _verb_in(noun):
        return ""
    return noun


def _subject_words(sentence: str, clauses: list, first: int, index: int) -> int:
    """How many words the sentence's first clause may have to be the subject of the clause at
    `index`: 8, or 10 past a description in apposition that opens with a determiner and has no
    verb ("A test flight of the new Airbus A380 superjumbo, the largest passenger jet in the
    world, was delayed")."""
    if index == first + 2:
        between = sentence[clauses[first + 1][0]:clauses[first + 1][1]]
        if between.split()[:1] and between.split()[0] in W.DETERMINERS and \
                not _verb_in(between):
            return 10
    return 8


def _timed(words: list) -> bool:
    """Does a time word stand among `words` other than as a determiner's adjective ("Two years
    later", "The next day"; not "An earlier study by the same group")?"""
    return any(w.lower() in _TIME_WORDS and not (i and words[i - 1].lower() in W.DETERMINERS and
                                                 i + 1 < len(words)) and
               not _time_adjective(words, i)   # (nor before its noun: "Earlier results")
               for i, w in enumerate(words))


def _time_adjective(words: list, i: int) -> bool:
    """Is the time word words[i] an adjective of the noun after it ("Earlier results,
    published in 2018, found"; not "Tomorrow the board")?"""
    return i + 1 < len(words) and words[i + 1].islower() and \
        words[i + 1] not in _TIME_WORDS and bool(wordclass.classes(words[i + 1]) & wordclass.NOUN)


def _participle_of(sentence: str, clauses: list, index: int, text: str) -> str:
    """A participle after a comma as the passive of the noun before it ("the deal, expected to
    close in May, would help", "boycotted the vote, held on Sunday", "But under new terms of
    the agreement, announced Friday, ..."), else ""."""
    if not _PARTICIPLE.search(_past_adverb(text).split()[0].lower()):
        return ""
    clause = sentence[clauses[index - 1][0]:clauses[index - 1][1]]
    head = _antecedent(clause)
    if head and not _TIME_WORDS.intersection(head.lower().split()) and \
            (" " in head or _named_word(head)):   # (not "However, cited by ...")
        head = _noun_chain(clause.rstrip(), head)
        return head + " " + _passive(text.strip(), head)
    return ""


def _noun_chain(clause: str, head: str) -> str:
    """`head`, the noun phrase `clause` ends with, and the nouns before it that it belongs to:
    any noun's "of" ("the sale of its chemicals unit"), an event noun's "with", "on" ...
    ("talks with the union", "a replacement" of "development of a replacement"), at most
    MAX_CHAIN_WORDS; a verb, a "that" or a conjunction before them ends the chain."""
    while True:
        before = clause[:len(clause) - len(head)].rstrip()
        words = before.split()
        if not words or words[-1].lower() not in W.EVENT_NOUN_TIES | {W.OF}:
            return head
        noun = _antecedent(before[:-len(words[-1])].rstrip(), bare=True)
        if not noun or len(noun.split()) + len(head.split()) + 1 > MAX_CHAIN_WORDS or \
                words[-1].lower() != W.OF and not (wordclass.is_event_noun(noun.split()[-1])
                                                    or noun.split()[-1].lower() in W.TIED_NOUNS):
            return head
        head = f"{noun} {words[-1]} {head}"


MAX_CHAIN_WORDS = 10


_TIME_WORDS = (frozenset(vocab.UNITS) - {"second"}) | {u + "s" for u in vocab.UNITS} | \
    frozenset(W.DATE_DIRECTIONS) | {"ago"} | frozenset(vocab.DAY_OFFSETS) | \
    (frozenset(vocab.SEASONS) - {"fall"}) | {
    w.lower() for w in (*vocab.MONTHS, *vocab.WEEKDAY_FULL) if len(w) > 3 or w == "May"}
# ("second" is an ordinal more often than a unit: "Her second album, ..."; "fall" a noun: "The
# fall of Rome")
# (a clause with one is a date phrase, no subject: "Three days later, troops withdrew"; "Sun"
# of "Sun Microsystems" is none)


def _past_adverb(text: str) -> str:
    """The text past an adverb that opens it ("now expected in June" -> "expected in June")."""
    words = text.split()
    if len(words) > 1 and (words[0].lower() in W.ADVERBS or words[0].lower() == "first" or
                           wordclass.classes(words[0].lower()) == wordclass.ADV):
        return text.strip().split(None, 1)[1]
    return text


def _passive(text: str, head: str = "") -> str:
    """A participle clause between commas as the passive of its noun `head` ("founded in
    1143" -> "was founded in 1143", of "Lübeck, founded in 1143, became ..."); other text as
    it is."""
    words = _past_adverb(text).split()   # (past an adverb: "first announced in May")
    first = words[0].lower() if words else ""
    if _PARTICIPLE.search(first) and _verb_word(first) and \
            first not in W.STOP and first not in W.PREPOSITION_LIKE and \
            first not in W.NO_PASSIVE and \
            not (len(words) > 1 and (words[1].lower() in W.DETERMINERS or
                                     words[1][:1].isupper())):   # (an object after it: an
        return f"{_be_for(head)} {text.strip()}"   # active past, "defeated President Gerald
    return text   # Ford"; nor a past no passive has, "Rosalynn, died in November 2023")


def _verb_word(word: str) -> bool:
    """Can the lower-case `word` be a verb, itself or past a prefix the lexicon leaves out
    ("refounded", "co-founded")?"""
    if wordclass.classes(word) & wordclass.VERB:
        return True
    prefix = next((p for p in W.VERB_PREFIXES if word.startswith(p)), None)
    return bool(prefix) and bool(wordclass.classes(word[len(prefix):]) & wordclass.VERB)


def _interrupts(clause: str) -> bool:
    """Is the clause one that interrupts its sentence between commas: a participle's ("designed
    by Hinrik Mole"), a relative one ("who took over in March") or a subordinate one ("while
    profitable")?"""
    first = clause.split()[0].lower() if clause.split() else ""
    return first in W.RELATIVES or first in vocab.CLAUSE_SUBORDINATORS or \
        first in W.INTERRUPTION_OPENERS or \
        first.endswith(("ed", "en")) and bool(wordclass.classes(first) & wordclass.VERB)


def _past_time_phrase(subject: str) -> str:
    """A subject without the time phrase that opens its clause ("In recent months a group of
    lenders" -> "a group of lenders", "Tomorrow the board" -> "the board")."""
    words = subject.split()
    if not words or not (words[0].lower() in W.PREPOSITIONS or
                         words[0].lower() in _TIME_WORDS) or _time_adjective(words, 0):
        return subject
    last = next((i for i in range(min(4, len(words)) - 1, -1, -1)
                 if words[i].lower().strip(",") in _TIME_WORDS), None)
    return " ".join(words[last + 1:]) if last is not None and last + 1 < len(words) else subject


_CONJUNCT = re.compile(rf",?\s+(?:{alternation(W.PREDICATE_JOINERS)})\s+")


def _owning_asides(sentence: str, owning: frozenset) -> list:
    """(start, end) of each clause between commas that an owner's relative opens ("whose",
    "dont", "cuya"), up to the next comma."""
    if not owning:
        return []
    opener = re.compile("(?:" + "|".join(map(re.escape, owning)) + r")\b", re.I)
    return [(a, b) for k, (a, b) in enumerate(clause_spans(sentence))
            if k and opener.match(sentence, a)]


_CONTRAST = re.compile(rf",\s+(?:{alternation(W.CONTRASTIVE)})\s+", re.I)
_QUOTE_MARKS = ("''", '"', "”", "“", "``")


def _later_conjunct(sentence: str, after: int, others: Iterable[tuple]) -> Optional[tuple]:
    """(start, end) of a second predicate after offset `after` that another date dates, from
    its conjunction to that date (", and Porto signed a striker last week"; not "in December
    and again in April", nor past a quotation's end: "pushed out of the talks in February but
    we are back,'' Adams said Sunday"), or None."""
    m = _CONJUNCT.search(sentence, after)
    date = min((o for o in others if m and o[0] >= m.end()), default=None)
    if date is None or any(q in sentence[m.end():date[0]] for q in _QUOTE_MARKS) or \
            not _verb_among(sentence[m.end():date[0]].split()):
        return None
    return m.start(), date[1]


def _named_word(word: str) -> bool:
    """One capitalised word that can be a clause's subject: a name ("Apple", "Officials"), not
    a sentence opener ("However") nor an adverb."""
    return word[:1].isupper() and word not in SENTENCE_STARTERS and \
        not wordclass.classes(word.lower()) & wordclass.ADV


def _verb_in(text: str) -> bool:
    """May a verb stand among the words? One read as a verb in its context, a contraction
    ("that's"), or a lower-case word that can be a verb after a plural noun ("officials
    say"; not "tankers", which is only a noun, nor "a C$30-a-share bid") or, in -s, after a
    name ("Apple releases new phone"; not "the Tanzania blast")."""
    toks = T.tokens(text)
    return any(T.is_verb(toks, i) and not (i and toks[i - 1][2].lower() == W.INFINITIVE) or
               _CONTRACTED.search(word) or i and word[:1].islower() and
               wordclass.classes(word) & wordclass.VERB and (_plural_noun(toks[i - 1][2]) or
                                                            word.endswith("s") and
                                                            toks[i - 1][2].isalpha() and
                                                            _named_word(toks[i - 1][2]))
               for i, (_, _, word) in enumerate(toks))


def _plural_noun(word: str) -> bool:
    return word[:1].islower() and word.endswith("s") and \
        wordclass.classes(word) & (wordclass.NOUN | wordclass.VERB) == wordclass.NOUN


_CONTRACTED = re.compile(r"^(?:[Tt]hat|[Ii]t|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he|[Ww]ho)['’]s$|"
                         r"['’](?:re|ve|ll|m|d)$")   # ("that's": "that is")


def _opens_with_verb(text: str) -> bool:
    """Does the text open with a verb: one read as such, or a lower-case word that can be one
    before a preposition, a determiner or "to" ("ships in October", "opens the show")?"""
    toks = T.tokens(text.strip()[:60])   # (its first words: enough to read the first one)
    if not toks:
        return False
    if T.is_verb(toks, 0):
        return True
    first = toks[0][2]
    return first[:1].islower() and len(toks) > 1 and \
        bool(wordclass.classes(first) & wordclass.VERB) and first not in W.STOP and \
        (toks[1][2] in W.PREPOSITIONS or toks[1][2] in W.DETERMINERS or toks[1][2] == "to" or
         first.endswith("s") and not first.endswith("ss") and toks[1][2][:1].isupper())   # ("plays
    # St Helens")


def _subject_of(clause: str, pronoun: bool = False, common: bool = False) -> str:
    """The words before a clause's first verb when they can be its subject (2 to 8 words, no
    opener): "Such accusations" of "Such accusations have been leveled ..."; with `pronoun`,
    a subject pronoun too ("She"); with `common`, one common noun (_common_subject: "Prices")."""
    toks = T.tokens(clause)
    at = next((i for i in range(1, len(toks)) if T.is_verb(toks, i) and
               toks[i - 1][2].lower() != W.INFINITIVE), None)   # (not an infinitive's: "The
    if at is None:                                             # final version to run on ...")
        return ""
    subject = clause[:toks[at][0]].strip()
    if at > 1 and toks[at - 1][2].lower() in W.RELATIVES:   # ("A NASA spacecraft that spent
        subject = clause[:toks[at - 1][0]].strip()            # six years ...": its head)
    dated = _DATE_AFTER_SUBJECT.search(subject)   # ("Nimbus Inc. on Tuesday": Nimbus Inc.)
    if dated:
        subject = subject[:dated.start()].strip()
    words = subject.split()
    while len(words) > 1 and (words[-1].lower() in W.ADVERB_ORDINALS or
                              words[-1].lower() in W.ADVERBS or T._ly_adverb(words[-1].lower())):
        words.pop()   # ("the intruders first gained", "Lorena rapidly strengthened": the
        # intruders, Lorena)
    subject = " ".join(words) if words else subject
    if len(words) > 8 and W.INFINITIVE in words[2:]:   # (a long subject's head before its
        words = words[:words.index(W.INFINITIVE, 2)]   # infinitive: "An expansion project to
        subject = " ".join(words)                       # build a third set of locks")
    if pronoun and len(words) == 1 and words[0].lower() in _PERSONAL_PRONOUNS:
        return subject
    if not (2 <= len(words) <= 8 or len(words) == 1 and (_named_word(words[0]) and
            not wordclass.classes(words[0].lower()) & wordclass.VERB or
            common and _common_subject(words[0]))) or \
            _BAD_START.match(subject) or words[0] in SENTENCE_STARTERS \
            and words[0] not in ("The", "A", "An") or _CLAUSE_COMMA.search(subject):
        return ""
    return subject


def _common_subject(word: str) -> bool:
    """Can one common noun be a subject by itself: a plural ("Shares fell", "Officials said"),
    or a noun that is no verb ("Inflation rose")?"""
    low = word.lower()
    bits = wordclass.classes(low)
    return bool(bits & wordclass.NOUN) and low not in W.DETERMINERS and (
        low.endswith("s") and not low.endswith("ss") or not bits & wordclass.VERB)


_CLAUSE_COMMA = re.compile(r",(?:(?<!\d.)|(?!\d))")   # (not a number's: "The 1,200-kilogram craft")


_CONTACT_NOUN = re.compile(rf"\s*(?:{alternation(W.DETERMINERS)})\s+([a-z][\w-]*)\s+"
                           rf"[{UPPER_LATIN}]")


def _event_noun_relative(text: str) -> bool:
    """Does the text open with an event noun and the name of its relative clause's subject
    ("a decision Lagarde announced": no saying; "its developer Corvane said" is one)?"""
    contact = _CONTACT_NOUN.match(text)
    return contact is not None and wordclass.is_event_noun(contact.group(1))


# A clause that is only who said it: "officials said as dawn broke"
_PARTICIPLE_BEFORE = re.compile(r"\b([a-z]+ed)\s+(?:(?:on|in|at|last|this)\s+)?$")
_ATTRIBUTION = re.compile(rf"\s*(?:[\w'’.-]+\s+){{1,8}}(?:{alternation(W.ATTRIBUTION_VERBS)})\b"
                          r"(?!\s+(?:that|on)\b|\s+in\s+(?!an?\s|the\s))", re.I)   # (but "said in a
# statement")


# A label never opens with a conjunction, a preposition, a quote mark or a number
_BAD_START = re.compile(rf"^(?:(?:{alternation(W.LABEL_BAD_OPENERS)}|at(?!\s+(?:least|most)\b))\b"
                        rf"|[\"“”'‘’`]|\d(?![\d,.]*\s+"
                        rf"(?!(?:{alternation(W.COUNT_NOT_NOUNS)})\b)"
                        rf"[a-z]+(?:\s+[a-z]+)?\s+(?:{alternation(W.COUNT_SUBJECT_VERBS)})\b|"
                        rf"[\d,.]*(?:%|[a-z]{{1,3}})?\s+(?:{alternation(W.COUNT_SUBJECT_VERBS)})\b|"
                        rf"[\d,.]*\s+of\s+(?:them|those|these|us|the\s+[a-z]+)\s+"
                        rf"(?:{alternation(W.COUNT_SUBJECT_VERBS)})\b))",
                        re.I)   # (or a measure and its verb: "34.5C was recorded", "15% were";
# a part of a group: "866 of them had been diagnosed")
# ("At least 82 were killed", "12 people were killed": fine; "at present", "in fact", "of course"
# go as one; "2025 and closed" not)


_WORD_EDGES = " ,;:.!?\"'“”‘’()[]…"


_TOLD_THAT = re.compile(rf"\b(?:{alternation(W.TELLING_NOUNS)})(?:\s+yet)?\s+{W.THAT}\s+", re.I)


_SAID_BARE = re.compile(rf"\s(?:{alternation(W.SAY)})\s+(?=\S)", re.I)


def _told_part(label: str, trigger: str) -> str:
    """For a label too long to read whole whose happening is told in the "that" clause of a
    noun of telling ("The European Central Bank gave its clearest signal yet that it would cut
    borrowing costs at its next meeting", "the fact that many traders had chosen to ..."): that
    clause, its pronoun subject the label's subject ("The European Central Bank would cut
    borrowing costs at its next meeting"); else "" (a relative clause's "that" is no such:
    "watches that now will be eligible")."""
    told = None
    for told in _TOLD_THAT.finditer(label):
        pass
    said = _SAID_BARE.search(label) if told is None else None
    told = told or said   # (or what a bare "said" tells: "Helix Chief Executive Rosa Delgado
    # said the combined company would cut about $150 million in annual costs")
    if told is None or not _names(label[told.end():], trigger):
        return ""
    part = label[told.end():].strip()
    if said and part.split()[0].lower() == W.THAT and len(part.split()) > 1:
        part = part.split(None, 1)[1]   # ("The Maariv newspaper said that Netanyahu's comments")
    first = part.split()[0]
    if said and first.lower() not in W.DETERMINERS and not first[:1].isupper() and \
            first.lower() not in _PERSONAL_PRONOUNS:
        return ""
    if first.lower() in W.AUXILIARIES or first.lower() in W.ADVERBS or _opens_with_verb(part):
        return ""
    if first.lower() in _PERSONAL_PRONOUNS:
        subject = _subject_of(label[:told.start()])
        if not subject or subject.split()[-1].lower() in W.ATTRIBUTIVE_BEFORE:
            return ""   # (not a subject cut at a compound's verb-like word: "The giant foods
            # tobacco and brewing company said it will issue")
        part = subject + part[len(first):]
    return part if len(part.split()) >= 4 and (_has_verb(part) or _verb_in(part)) else ""


def _names(text: str, word: str) -> bool:
    """Does `text` hold `word` as a whole word?"""
    return word in text and any(w.strip(_WORD_EDGES) == word for w in text.split())


def _within_dated(sentence: str, start: int, found: tuple) -> bool:
    """Is the clause's happening inside the dated noun after "in", "at" or "during", the
    clause going on with no verb after the noun ("won a landslide victory in Thursday's
    election, ..."; not "The number of people killed in last week's floods has risen")?"""
    return _WITHIN_END.search(sentence, max(0, start - 12), start) is not None and \
        not _has_verb(sentence[found[1]:_clause_span(sentence, found[0])[1]])


def _modified_by_date(sentence: str, date_end: int, trigger_start: int) -> bool:
    """Is the trigger the noun the date stands before ("last year's election campaign")? Then
    a label of the main clause says more than the noun phrase."""
    between = sentence[date_end:trigger_start]
    word = _FIRST_WORD.match(sentence, trigger_start)
    if word and not between.strip() and T.is_past(word.group().lower()):
        return False   # (a past verb right after its date: "Reeves on Wednesday announced")
    return 0 <= trigger_start - date_end and not any(mark in between for mark in ",:;") and \
        len(between.split()) <= 3   # (not a list item's heading: "Aug. 3-5, 2025: Second
    # strike")


_FIRST_WORD = re.compile(r"[\w'’-]+")


def _noun_phrase(sentence: str, date_end: int, noun_end: int,
                 others: Iterable[tuple] = ()) -> str:
    """The noun phrase a date stands before, from after the date to its noun, with "The" and a
    short complement after it ("Friday's 7.1-magnitude earthquake near Arequipa" -> "The
    7.1-magnitude earthquake near Arequipa")."""
    head = _HEAD_AFTER.match(sentence, noun_end)   # (a compound's head after it: "a 2022
    if head and wordclass.classes(head.group(1).lower()) & wordclass.NOUN and \
            _RELATIVE_VERB.match(sentence, head.end()):   # ballot measure that overhauled")
        noun_end = head.end()
    words = sentence[date_end:noun_end]
    words = words[2:] if words[:2] in ("'s", "’s") else words
    relative = _RELATIVE_VERB.match(sentence, noun_end)
    if relative and not any(relative.start() < o[1] and o[0] < relative.end() for o in others):
        told = _without_dates(sentence, relative.end(1), _clause_end_at(sentence, relative.end(1)),
                              [o for o in others if o[0] >= relative.end(1)])
        if _verb_in(told):   # ("a 2022 ballot measure that overhauled Portland's form of
            return f"The {words.strip()} {told.strip()}"   # government": what the noun did)
    complement = _COMPLEMENT.match(sentence, noun_end)
    if complement and any(complement.start() < o[1] and o[0] < complement.end() for o in others):
        complement = None   # (not another date's phrase: "Friday's earthquake on Sunday")
    return "The " + words.strip() + (complement.group().rstrip() if complement else "")


_HEAD_AFTER = re.compile(r"\s+([a-z][a-z-]+)(?=\s)")
_COMPLEMENT_OPENERS = W.NOUN_COMPLEMENT_OPENERS + W.PHRASE_COMPLEMENT_OPENERS
_RELATIVE_VERB = re.compile(rf"\s+(?:{alternation(W.THAT_WHICH)})\s+()(?=[a-z])", re.I)


_COMPLEMENT = re.compile(rf"\s+(?:{alternation(_COMPLEMENT_OPENERS)})\s+"
                         r"(?:[\w'’$%.-]+(?![\w'’])\s?){1,4}(?=[,;:)]|\.(?!\w)(?!\s+[a-z])|$|"
                         rf"(?:{alternation(W.AUXILIARY_FORMS)})\b)")   # (not inside "the U.S.
# embassy"; up to the clause's auxiliary: "last week's floods in the Valencia region has risen")


def _through_quotes(sentence: str, clauses: list, index: int) -> int:
    """Where the clause at `index` ends when one that stops at a quote mark on a word that
    cannot end it ("Jobs acknowledged that", "announced that the") goes on into the quote and
    past it ("... that "a small percentage of users" were experiencing antenna issues")."""
    j = index
    while j + 1 < len(clauses):
        between = sentence[clauses[j][1]:clauses[j + 1][0]]
        last_quote = len(sentence[clauses[j + 1][0]:clauses[j + 1][1]].split()) <= 6 and \
            not sentence[clauses[j + 1][1]:].strip(" .!?”\"'")
        if not between.strip() or between.strip(" “”\"") or j == index and not last_quote and \
                sentence[clauses[j][0]:clauses[j][1]].split()[-1].lower() not in _OPEN_ENDED:
            break   # (a short quote closing the sentence is its object: 'said that Greaves had
        j += 1      # shown "no remorse whatsoever"')
    return clauses[j][1]


_OPEN_ENDED = W.DETERMINERS | W.PREPOSITIONS | W.REPORTING | {"that", "called", "dubbed",
                                                              "named", "titled"}


def _trigger_label(sentence: str, start: int, end: int, trigger: tuple) -> str:
    """The clause of the trigger without the date phrase, opened at its first good word."""
    clauses = clause_spans(sentence)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= trigger[0] < b), None)
    if index is None:
        return ""
    a, b = clauses[index][0], _through_quotes(sentence, clauses, index)
    text = sentence[a:b]
    if a <= start < b and _quotation_at(sentence, start, end)[0] < 0:   # (a quotation whole)
        text = _remove_timex(text, start - a, min(end, b) - a)
    words = text.split()
    word = sentence[trigger[0]:trigger[1]]
    opener = _participle_opener(sentence, clauses, index, words) if words and \
        (words[0] == word or words[0].lower().endswith("ing")) else ""   # ("Speaking at a
    # press conference on Monday, the minister said": the main clause)
    if opener:
        return _tidy(opener)
    relative = bool(words) and _WHICH.fullmatch(words[0])
    infinitive = len(words) > 1 and words[0].lower() == "to" and words[1] != word
    if len(words) > 1 and words[0].lower() == "to" and words[1] == word and index > 0:
        main = sentence[clauses[0][0]:clauses[0][1]].strip(" _-–—")   # ("Officials expect
        if _verb_in(main) and len(main.split()) + len(words) <= MAX_LABEL_WORDS:   # the
            return _tidy(main + " " + " ".join(words))   # bridge, closed ..., to reopen in
            # June": Officials expect the bridge to reopen)
    while words and words[0] != word:
        bad = _BAD_START.match(" ".join(words[:5]))
        if not bad or _title_words(words):
            break   # (a quoted title opens a clause whole: '"The Crossing," appeared')
        del words[:max(1, len(bad.group().split()))]   # ("At present": both words)
    titled = _title_words(words) if index else 0
    if titled and len(words) > titled:   # (a title in apposition after its subject: 'Her
        title, rest = " ".join(words[:titled]), " ".join(words[titled:])   # first novel,
        told = _with_subject(sentence, clauses, index, rest)   # "The Crossing," appeared')
        if told != rest and told.endswith(rest):
            return _tidy(f"{told[:-len(rest)].rstrip()}, {title} {rest}")
    before = sentence[clauses[index - 1][0]:clauses[index - 1][1]] if index else ""
    if relative or infinitive:   # ("Judge Harold Greene, who oversees the decree", "the last
        # quarter, which ended Dec. 30", "its new system, to be released in May": what it
        # tells of)
        name = (actors(before)[-1:] or ("",))[0]   # (a name the clause ends with, alone)
        head = name if name and before.rstrip(" .").endswith(name) else \
            _antecedent(before) or name
        located = index > 1 and head == before.strip() and places.kind(head) and \
            _LOCATED_PHRASE.search(sentence, clauses[index - 2][0], clauses[index - 2][1])
        head = located.group(1) if located else head   # (a place's country in apposition:
        # "at its plant in Ghent, Belgium, which will add a shift": its plant in Ghent)
        if head and relative and relative.group().strip().lower() == W.WHOSE:   # ("Paul Dean,
            head = _owned(head)   # whose side were bottom": Paul Dean's side)
        return _tidy(" ".join(([head] if head else []) + (["to"] if infinitive else []) + words))
    if len(words) > 1 and words[0] == word and word.lower() in W.REPORTING and \
            words[1][:1].isupper():
        return _tidy(_inverted(sentence, clauses, index, words))   # "..., said Djamal"
    phrase = " ".join(words)
    if index > 0 and words and words[0] == word and word.endswith("ing"):   # (a participle
        main = sentence[clauses[0][0]:clauses[0][1]]   # after the main clause: "won the title
        told = _gerund_as_clause(phrase, main)   # in 2024, beating Wigan on October 12":
        if told != phrase:                       # Castleford Tigers beat Wigan)
            return _tidy(told)
    told = _tidy(_with_subject(sentence, clauses, index, phrase))
    if (_BAD_START.match(told) or not (_has_verb(told) or _verb_in(told))) and \
            told.lower().endswith(word.lower()):   # (a comparison's
        phrase = _DETERMINED_BEFORE.search(sentence, max(0, trigger[0] - 40), trigger[0])
        if phrase:   # figure before the noun: "down from 79 at the last election in 2021":
            noun = sentence[phrase.start():trigger[1]]   # The last election; without its own
            if phrase.start() <= start and end <= trigger[0]:   # date: "Her 2019 debut": Her
                noun = _remove_timex(noun, start - phrase.start(), end - phrase.start())   # debut)
            return _tidy(noun)
    return told


_DETERMINED_BEFORE = re.compile(rf"(?:\b(?i:{alternation(W.DETERMINERS)})|(?<![\w'’])"
                                rf"[{UPPER_LATIN}][\w.-]*(?:['’]s?))\s+"
                                rf"(?:[a-z0-9][\w'’-]*\s+){{0,3}}$")   # (a noun's determiner
# or owner, and its modifiers: "the last election", "Qantas' 85th birthday celebrations")


def _title_words(words: list) -> int:
    """How many of `words` a quoted title opening them spans ('"The Crossing," appeared': 2),
    else 0."""
    text = " ".join(words[:12])
    masked = T.titles_masked(text)
    if masked[:1] != "Q":
        return 0
    return len(text[:len(masked) - len(masked.lstrip("Qq"))].split())


def _opens_participle(words: list) -> bool:
    """Do the words open with a capitalised participle ("Born", "Founded", "Speaking"; not
    "When", "Even if")?"""
    first = words[0].lower() if words else ""
    return words[0][:1].isupper() and (_PARTICIPLE.search(first) or first.endswith("ing")) \
        and bool(wordclass.classes(first) & wordclass.VERB) and first not in W.STOP and \
        not _BAD_START.match(" ".join(words[:3])) if words else False


def _verb_among(words: list) -> bool:
    """Is one of the words a verb (not a gerund after a preposition: "for driving")?"""
    toks = T.tokens(" ".join(words))
    return any(T.is_verb(toks, i) and not (
        i and toks[i][2].endswith("ing") and toks[i - 1][2].lower() in W.PREPOSITIONS)
        for i in range(len(toks)))


def _participle_opener(sentence: str, clauses: list, index: int, words: list) -> str:
    """A past participle opening the sentence, its subject the main clause's, as a clause of
    its own: "Born in Merthyr Tydfil on May 4, 1934, Hale left school" -> "Hale was born in
    Merthyr Tydfil" (`words`: the first clause's, the date taken out); for a present one
    ("Speaking on Monday, ..."), the main clause; "" otherwise."""
    own = next((k for k, w in enumerate(words) if w.lower() in W.COMPLEMENTIZERS), len(words))
    if index == 1 and words and _connective(sentence[clauses[0][0]:clauses[0][1]]):
        clauses, index = clauses[1:], 0   # (past "However,")
        words = [words[0][:1].upper() + words[0][1:]] + words[1:]
    having = words[:1] and words[0].lower() == W.HAVING and len(words) > 1 and \
        _done(words[1])   # ("Having won the title in 2023, the
    # club sold ...": the club had won the title)
    if index != 0 or not _opens_participle(words) or _verb_among(words[1:own]) and not having:
        return ""   # (not "Consolidated Freightways reported"; "Asked whether he would
        # resign" is one: its complement's verb is not its own)
    first = words[0].lower()
    main = next((sentence[c:d] for c, d in clauses[1:] if _VERBISH.search(sentence[c:d])), "")
    verb = _VERBISH.search(main)   # (the main clause's subject: the words before its verb)
    subject = main[:verb.start()].strip() if verb else ""
    if not 1 <= len(subject.split()) <= 6 or _BAD_START.match(subject) or "," in subject:
        return ""
    if having:   # (the subject without an adverb before its verb: "Ms. Ortiz now runs")
        named = subject.split()
        while len(named) > 1 and (named[-1].lower() in W.ADVERBS or
                                  wordclass.classes(named[-1].lower()) == wordclass.ADV):
            named.pop()
        return " ".join([named[0][:1].upper() + named[0][1:], *named[1:], W.HAD] + words[1:])
    if first.endswith("ing"):   # ("Speaking on Monday, the minister said ...": what he did
        main = main.strip(" .")   # then, the main clause)
        return main[:1].upper() + main[1:]
    return " ".join([subject[:1].upper() + subject[1:], "was", first] + words[1:])


def _done(word: str) -> bool:
    """Can `word` be a past participle ("won", "burned", "been")?"""
    low = word.lower()
    return low == W.BEEN or wordclass.is_participle(low) or bool(
        _PARTICIPLE.search(low) and wordclass.classes(low) & wordclass.VERB)


def _connective(clause: str) -> bool:
    """One adverb that links a sentence to the one before ("However", "Meanwhile")."""
    words = clause.split()
    return len(words) == 1 and wordclass.classes(words[0].lower()) == wordclass.ADV


def _antecedent(clause: str, person: bool = False, bare: bool = False) -> str:
    """The noun phrase a clause ends with (at most 8 words, after its last verb, preposition
    or conjunction), which a relative or an infinitive clause after it tells of: "... profits
    during the last quarter" -> "the last quarter"; "" when it ends otherwise. For a `person`
    ("who"), a noun's "of" goes on to it: "the head of the company, who resigned". `bare`: a
    phrase with no determiner nor capital too ("development")."""
    toks = T.tokens(clause)
    i = len(toks)
    while i > 0:
        tok = toks[i - 1][2]
        low = tok.lower()
        modifier = low.endswith("ing") and i < len(toks) and \
            toks[i][2].lower() not in W.DETERMINERS   # ("operating system")
        if low == W.OF and i > 1 and i < len(toks) and (
                toks[i][2][:1].isupper() and toks[i - 2][2][:1].isupper() or
                person and toks[i - 2][2].islower() and
                wordclass.classes(toks[i - 2][2]) & wordclass.NOUN and not T.is_verb(toks, i - 2)):
            i -= 1   # (a name with "of": "the Treaty of Stralsund", "the Bank of England";
            continue   # a person's role: "the head of the company")
        if low in W.PREPOSITIONS or low in W.CONJUNCTIONS or low in W.RELATIVES or \
                not (tok[:1].isalnum() or low in _POSSESSIVES) or \
                T.is_verb(toks, i - 1) and not modifier:
            break
        i -= 1
    if i == len(toks):
        return ""
    if i > 1 and toks[i - 1][2].lower() in W.LOCATIVE_PREPOSITIONS and \
            places.kind(clause[toks[i][0]:].strip()):   # (a place after its noun: "Peace talks
        noun = clause[:toks[i - 1][0]].rstrip()           # in Istanbul, held twice this spring":
        head = _antecedent(noun, person, bare=True)      # the talks; "similar measures in
        if head and noun.endswith(head) and \
                wordclass.classes(head.split()[-1].lower()) & wordclass.NOUN:   # Scotland, which
            # took effect"; not an adverb: "fled to Mexico and later to Spain, where": Spain)
            i = next(k for k in range(i) if toks[k][0] >= len(noun) - len(head))
            bare = True
    phrase = clause[toks[i][0]:].strip()
    first = toks[i][2]
    return phrase if len(phrase.split()) <= 8 and (first[:1].isupper() or first.lower() in
                                                   W.DETERMINERS or bare) else ""


_POSSESSIVES = {"'s", "’s"}
_OPENING_MARKS = ("", ".", ":", "!", "?", "«", '"', "“", "—", "-")   # (a word after one opens
# a sentence or a heading's text)


def _inverted(sentence: str, clauses: list, index: int, words: list) -> str:
    """A saying told after what was said, its speaker after the verb ("..., '' said Airbus
    President and Chief Executive Officer, Tom Enders."): the speaker, the verb, and the quote
    before it when there is one ("Tom Enders said: “I want to thank our teams ...”")."""
    who = words[1:]
    if index + 1 < len(clauses):   # (the name in apposition after the title)
        a, b = clauses[index + 1]
        if sentence[clauses[index][1]:a].strip() == "," and NAME_CLAUSE.fullmatch(
                sentence[a:b].strip(" .")):
            who += sentence[a:b].strip(" .").split()
    said = " ".join(who).rstrip(" .!?") + " " + words[0]
    before = sentence[:sentence.rfind(words[0], 0, clauses[index][1])].rstrip(" ,")
    if before.endswith(("''", "”", '"')):
        quote = before.strip(" ,'`“”\"")
        if quote:
            return f"{said}: “{quote}”"
    return said


def happening_label(sentence: str, trigger: tuple, language: Optional[Language] = None) -> str:
    """A label for the happening at sentence[trigger[0]:trigger[1]] that no date of its own
    dates: its clause, opened at its first good word, with the clause's subject; the sentence
    when that is fewer than three words ("saying"). In a pack's language, its clause label."""
    if language is not None and language.verbs is not None:
        return _tidy(clause_label(sentence, -1, -1, trigger, language), False) or \
            _tidy(sentence, False)
    label = _trigger_label(sentence, -1, -1, trigger)
    return label if len(label.split()) >= 3 else _tidy(sentence)


def label_for(sentence: str, start: int, end: int) -> str:
    """A short label (at most MAX_LABEL_WORDS words) for the event dated at sentence[start:end]."""
    return _tidy(label_text(sentence, start, end)) or _tidy(sentence)


_YEAR_VALUE = re.compile(r"\d{4}")
_NUMBER_AFTER = re.compile(r"\s+(\d{1,4})\b(?![.,]\d)")
_ROMAN = re.compile(r"[IVXL]+")
_MODEL_NUMBER_BEFORE = re.compile(r"(?:\b(?:the|an?)|[A-Z][a-z]+)\s+(?!1[5-9]\d\d\s|20\d\d\s)"
                                  r"\d{2,4}\s+$")   # ("the 737 MAX", "Airlines 737 MAX 9")
_APPOSITION_ARTICLES = frozenset(("a", "an", "the"))
_OBJECT_NAME_END = re.compile(   # (a clause's last words: a name after "by" or a verb's "the")
    r"\b(?:by|with)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|between|and|the))*)"
    r"\s*$")
_APPOSED_WHO = re.compile(r"\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(\s+)(who)\s")
_APPOSITION_OPENERS = _APPOSITION_ARTICLES | {"one"} | W.POSSESSIVE_PRONOUNS   # (a noun phrase
# after a name: "one of its first customers", "its biggest customer")
_UNIT_RELATION = re.compile(r"\s+(?:after|before)$", re.I)
_DETERMINED_AFTER = re.compile(rf"\s+(?:{alternation(W.DETERMINERS)})\s", re.I)


def mention_of(tx: Timex, sentence: Sentence, proper: Optional[frozenset] = None,
               span: Optional[tuple[int, int]] = None, language: Language = ENGLISH,
               index: Optional[int] = None, others: tuple = ()) -> Mention:
    """The mention of the event `tx` dates; `span` is the date phrase to leave out of its label
    when it is wider than `tx` (a range: "May 10-15"); `index`, its sentence's number; `others`,
    the spans of the sentence's other dates (in its frame)."""
    start, end = span or (tx.start, tx.end)
    start, end = start - sentence.start, end - sentence.start
    english = language.verbs is None   # (a pack's language: its verb forms, its clauses)
    if english and tx.rule == "unit_before_after" and end == tx.end - sentence.start:
        relation = _UNIT_RELATION.search(sentence.text, start, end)   # ("left the day after
        if relation and _DETERMINED_AFTER.match(sentence.text, end):   # the vote": its label
            end = relation.start()   # keeps "after the vote", and the trigger is "left")
    headline = None   # (a pack's "Studie veröffentlicht": its noun lost the article the
    if english:       # sentence still has)
        found = T.find(sentence.text, start, end)
        based = _figure_base(sentence.text, start)   # ("Net income fell to $412 million,
        raw_label = based or label_text(sentence.text, start, end, others)   # from $503
        # million a year earlier": what the figure was then)
        if found and len(raw_label.split()) > MAX_LABEL_WORDS:
            raw_label = _told_part(raw_label, sentence.text[found[0]:found[1]]) or raw_label
    else:
        based = ""
        headline = attributive(sentence.text, start, end, language)
        fixed = headline or apposed_since(sentence.text, start, end, language) or \
            agent_participle(sentence.text, start, end, language) or \
            (span in (None, (tx.start, tx.end)) and _YEAR_VALUE.match(tx.value or "") and
             (dated_noun(sentence.text, start, end, language) or
              after_happening(sentence.text, start, end, language)))   # (a day, month or year; no
        # span, no century: "las calles del 15 al 17 de Marzo", "los españoles del siglo XXI")
        found = fixed[0] if fixed else verb_near(sentence.text, start, end, language)
        raw_label = fixed[1] if fixed else clause_label(sentence.text, start, end, found,
                                                        language, others)
    tidied = _tidy(raw_label, english)
    label = tidied or _tidy(sentence.text, english)
    blanks = list(others)   # (another date's words name no actor: "9:40 a.m. Eastern time";
    if english and others:   # nor a subordinate clause another date dates: "After Raleigh
        blanks += [(a, b) for a, b in clause_spans(sentence.text)   # closed the Nottingham
                   if not a <= start < b and any(a <= o < b for o, _ in others) and   # plant
                   _TEMPORAL_SUBORDINATOR.match(sentence.text, a)]   # in 1999, former employees
    blanked = sentence.text                                          # reopened a factory in
    for a, b in blanks:                                              # 2004": no Raleigh in
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]          # 2004's)
    text_wo_date = (DATELINE_LEAD.sub("", blanked[:start]) + " " if start else "") + \
        blanked[end:]   # (not "VELDRA, March 12 (AP) —": a dateline's place and agency are no
    # actors; a live blog's heading dates its entry from its start, whose opener is no name)
    names = without_common_nouns(
        not headline and actors_in(DATELINE_LEAD.sub("", _WIRE_TAG.sub("", raw_label).strip(
            " _-—–\t\n"), count=1), proper, language)
        or actors_in(text_wo_date, proper, language), language)   # (a wire's dash first:
    # "(AP) _ Rescue workers")
    dates = [sentence.text[a:b] for a, b in ((start, end), *others)]
    names = tuple(n for n in names if not any(   # (a date the label keeps names no one:
        n in d and re.search(rf"\b{re.escape(n)}\b", d) for d in dates))   # "until Christmas Eve")
    if not english:   # (a heading's verb before its name: "Muere Nasser")
        names = tuple(dict.fromkeys(without_verb(n, language) for n in names))
    who, where = split_places(names, sentence.text, language.locative,
                              sentence.text[found[0]:found[1]] if found else "", language.of,
                              language.idioms, language.coordinators, language.clubs)
    if language.institutions is not None:   # (an institution acts, whatever English word
        who = tuple(dict.fromkeys(          # follows it: "Der Bundestag hat")
            [n for n in names if language.institutions.fullmatch(n)] + list(who)))
    before = sentence.text[:start]
    score = (2.0 if _PREPOSITION_BEFORE.search(before[-_LOCATIVE_REACH:]) else 0.0) + \
        len(names) * 0.5 + \
        min(len(label.split()), MAX_LABEL_WORDS) / MAX_LABEL_WORDS
    ended = T.period_end(sentence.text, start) if english else None   # ("the quarter ended
    told = ended or found                                            # Sept. 30": ended)
    trigger = (told[0] + sentence.start, told[1] + sentence.start) if told else None
    premodified = found and _modified_by_date(sentence.text, end, found[0])
    when = _WHEN_AFTER.match(sentence.text, end) if english and found else None
    ordered = english and found and not premodified and _ORDERED_NOUN.search(
        sentence.text, max(0, found[0] - 50), found[0])
    if english and based:
        pass   # (the figure's label, its trigger the figure's verb)
    elif ordered and wordclass.is_event_noun(sentence.text[found[0]:found[1]]):
        between = _DATE_PREPOSITION_END.sub("", sentence.text[found[1]:start])
        kept = between if between.split()[:1] and len(between.split()) <= 5 and \
            between.split()[0].lower() in W.NOUN_COMPLEMENT_OPENERS + (W.AGENT,) else ""
        label = _tidy(ordered.group(1) + sentence.text[found[0]:found[1]] + kept)   # ("The
        # strike follows a one-day walkout on Oct. 2": A one-day walkout; "a summit in Geneva")
    elif when and found[0] >= when.end() and not _BAD_START.match(label):   # ("in July 2022,
        told = sentence.text[when.end():_clause_end_at(sentence.text, found[0])].strip(" .;:")
        joined_label = f"{label} {when.group(1)} {told}"   # when about 2,000 hectares burned":
        label = _tidy(joined_label if len(joined_label.split()) <= MAX_LABEL_WORDS and
                      not _SINCE_END.search(sentence.text, max(0, start - 8), start) else told)
        # the clause and what its "when" tells)
    elif english and found and (_BAD_START.match(label) or
                              not _names(label, sentence.text[found[0]:found[1]])
                              and not premodified):
        told = _trigger_label(sentence.text, start, end, found)
        if told and not (_FRONTED_MEDIUM.match(sentence.text) and not _has_verb(told) and
                         found[0] < sentence.text.find(",") and _has_verb(label)):
            label = told   # (not the noun of a fronted phrase over the clause it stands
            # before: "At a news conference Thursday, the mayor defended the decision")
    elif english and premodified and others and \
            sentence.text[found[0]:found[1]].lower() not in label.lower().split()[:4] and \
            wordclass.happening(sentence.text[found[0]:found[1]]) and \
            not _AND_OR.search(sentence.text, end, found[0]) and \
            not (_FRONTED_MEDIUM.match(sentence.text) and
                 found[1] <= sentence.text.find(",")) and \
            not _verb_before(sentence.text, start) and \
            not _within_dated(sentence.text, start, found):   # (not a verb's object: "won Sunday's
        # snap election with 38% of the vote" is the clause's, as is a fronted phrase's: "At
        # its Tuesday meeting, the council voted")                 ("Rescuers pulled two
        label = _tidy(_noun_phrase(sentence.text, end, found[1], others)) or label   # survivors on
    # Sunday as the toll from Friday's earthquake rose": the main clause is Sunday's)
    elif english and premodified and not _has_verb(_clause_at(sentence.text, found[0])) and \
            _has_verb(sentence.text[:start]) and \
            wordclass.is_event_noun(sentence.text[found[0]:found[1]]):   # ("Labour won 31
        label = _tidy(_noun_phrase(sentence.text, end, found[1], others)) or label   # seats,
        # down from 44 in the 2022 election": the election, no clause that does not hold it)
    elif english and premodified and wordclass.happening(sentence.text[found[0]:found[1]]) and (
            _POSSESSIVE_AFTER.match(sentence.text[end:end + 2]) and
            _PREPOSITION_END.search(sentence.text, max(0, start - 12), start) and
            not _within_dated(sentence.text, start, found) or
            _DETERMINER_END.search(sentence.text, max(0, start - 8), start) and
            _WHICH_VERB.match(sentence.text, found[1])):   # (or "blamed the 2019 fire, which
        # destroyed the roof, on ...": "The fire destroyed the roof")
        # ("Nobody has claimed responsibility for Tuesday's attack, which killed four people":
        # the attack is Tuesday's, the clause around it not; "The attack killed four people")
        phrase = _noun_phrase(sentence.text, end, found[1], others)
        which = _WHICH_VERB.match(sentence.text, found[1])
        if which:
            rest = sentence.text[which.end():].split(",")[0].strip(" .;:")
            phrase = f"{phrase} {rest}" if len(rest.split()) <= 10 else phrase
        label = _tidy(phrase) or label
    recorded, record = _record_date_label(sentence.text, start) if english else ("", None)
    if english and not record:   # (a date a verb fixed for a happening: the happening's)
        recorded, record = _scheduled_label(sentence.text, start)
    if record:   # (a payout's record date: no happening of the clause's verb)
        found, label = record, recorded
        trigger = (found[0] + sentence.start, found[1] + sentence.start)
    bracketed = english and found and _bracketed_noun(sentence.text, start, found)
    if bracketed:   # ("... in a war with Poland–Lithuania (1621–1629)": A war with
        label = bracketed   # Poland–Lithuania)
    since = _apposed_since(sentence.text, start, end) if english else None
    if since:   # ("Maria Lopez, chief executive since 2015, resigned on Monday": her post's)
        label, found = since
        trigger = (found[0] + sentence.start, found[1] + sentence.start)
    elif english and found:
        taking = _taking_place_label(sentence.text, start, found)
        relative = not taking and _relative_label(sentence.text, start, end, found, others)
        label = taking or relative or \
            _reduced_relative_label(sentence.text, start, end, found, others) or \
            _second_participle_label(sentence.text, start, end, found, others) or \
            _apposed_participle_label(sentence.text, start, end, found, others) or \
            _predicate_label(sentence.text, start, found) or \
            _parallel_label(sentence.text, start, end, found, others) or \
            _light_participle_label(sentence.text, start, found) or \
            _object_relative_label(sentence.text, start, end, found, others) or \
            _cleft_label(sentence.text, start, end, found) or label
        subordinate = _subordinate_label(sentence.text, start, end, found, others)
        label = _finite(subordinate or label, sentence.text[found[0]:found[1]],
                        sentence.text[:found[0]])
        if not subordinate and not relative:   # (what a "since" phrase in what was said
            # tells is its own: "said that food deliveries had fallen since the war began in
            # October 2023"; so is a relative clause's: "said that the pilot of a floatplane
            # that crashed in June 2025 flew into clouds")
            label = _reported_label(sentence.text, start, end, found, others) or label
    if english and len(label.split()) < 2 and len(sentence.text.split()) > 2:   # ("Announced":
        label = _tidy(_remove_timex(sentence.text, start, end))   # the sentence says more)
    if who and not any(name in label for name in who):   # (an owner's relative clause
        asides = _owning_asides(sentence.text, language.owning)
        who = tuple(n for n in who if not asides or any(   # between commas names none of
            not any(a <= m.start() < b for a, b in asides)   # the main clause's actors:
            for m in re.finditer(re.escape(n), sentence.text)))   # "Le budget, dont
        # l'adoption avait provoqué la chute de Michel Barnier, devra être examiné")
    contrast = _CONTRAST.search(sentence.text, max(found[1], end)) if english and found and \
        who else None
    if contrast and not any(name in label for name in who):   # (a contrast's own names:
        who = tuple(n for n in who if n in sentence.text[:contrast.start()])   # "They have
        # lost about 18%, while Microsoft has gained 12%": no Microsoft)
    if english and who and found and not any(name in label for name in who) and \
            (cut := _later_conjunct(sentence.text, max(found[1], end), others)) is not None:
        who = tuple(n for n in who if n in sentence.text[:cut[0]] or
                    n in sentence.text[cut[1]:])   # (a second predicate with
        # its own date and subject tells of its own names: "The club sold two players in June,
        # and Porto signed a striker last week": none for June)
    if english and who and not any(name in label for name in who) and \
            _new_capital(label, where):   # (the label tells
        who = _named_in(label, text_wo_date, proper) or who   # another clause: "..., a 1-2
        # defeat by Aston Villa on December 14": its names, as the sentence reads them)
    elif english and label != tidied and _new_capital(label, who + where):
        who = combine_actors([_named_in(label, text_wo_date, proper), who])   # (a label rebuilt
        # round its subject: "Harry Kane, who scored twice against Arsenal in April": Harry
        # Kane too; one with no capital past its first letter names no one)
    elif english and who and found and not any(name in label for name in who) and \
            _relative_before(sentence.text, found[0]):
        clause = next((sentence.text[a:b] for a, b in clause_spans(sentence.text)
                       if a <= found[0] < b), "")   # (a common noun's relative clause acts
        who = tuple(n for n in who if n in clause)   # for it and its clause's names alone:
        # "pending an inquiry into the collapse that killed two people last week" names no one
        # of the suspension; "The Eurogroup meeting was the last of many which took place")
    elif english and who and found and not any(name in label for name in who) and \
            _verb_among(label.split()) and not _OPENING_PRONOUN.match(label) and \
            not label.lower().startswith(W.DESCRIPTIONS) and \
            (lead := _last_subordinator(sentence.text, found[0])) is not None:
        clause = sentence.text[lead:_clause_end_at(sentence.text, found[0])]   # (a happening
        who = tuple(n for n in who if n in clause)   # a subordinate clause tells: its names
        # alone, "Police are appealing ... after a cyclist was injured on Sunday": no Police;
        # not when its subject is a pronoun or a description of a name outside it, "after the
        # company raised its forecast")
    if english and where and not label.endswith("…") and \
            not all(place in label for place in where):
        own = split_places(actors(label, proper), label)[1]   # ("Born in Ibadan, ..., she
        clause = _clause_with_fronted(sentence.text, start)
        where = own or tuple(p for p in where if p in label or p in clause)   # moved to
        # Britain in 1961": 1942's place is Ibadan, not Britain; "..., and in 1988 she was
        # appointed": none of the places of the clause before)
    kinds = wordclass.kinds_in(label, sentence.text[found[0]:found[1]] if found else None) \
        if english else set()   # (two mentions of a day naming one kind of happening, "the
    # earthquake" and "the quake", are one: _shares_enough; saying is no such kind)
    terms = (content_terms(sentence.text) - name_stems(who + where)) | \
        {_KIND + k for k in kinds if k != "statement"}   # (a name shared is a shared actor or
    # place, no shared content: "Shares in Northwind fell in Dublin trading on Tuesday" tells
    # no more of "Northwind Air grounded its jets on Tuesday after a fire on a Dublin flight")
    return Mention(tx, sentence, label, who, terms, score, trigger, where,
                   sentence_index=index)


_THAT_BEFORE = re.compile(r"(\S+)\s+(?:that|which)\s+$")


def _relative_before(sentence: str, at: int) -> bool:
    """Does a relative "that" or "which" after a noun stand right before sentence[at:] ("the
    collapse that killed"; not a pronoun's "that", "$14 million of that seeped out")?"""
    m = _THAT_BEFORE.search(sentence, max(0, at - 40), at)
    return m is not None and m.group(1).lower().strip(",") not in W.PREPOSITIONS


_TEMPORAL_SUBORDINATOR = re.compile(rf"\b(?:{alternation(W.TEMPORAL_SUBORDINATORS)})\s+", re.I)


def _last_subordinator(sentence: str, at: int) -> Optional[int]:
    """Where the temporal subordinator nearest before sentence[at] in its clause starts
    ("after", "before", "when"), or None."""
    last = None
    for m in _TEMPORAL_SUBORDINATOR.finditer(sentence, max(0, at - 60), at):
        if "," not in sentence[m.end():at]:
            last = m.start()
    return last


_ADVERB_SINCE = re.compile(rf"(?i:since)\s+(?:{alternation(W.AUXILIARIES)}|[a-z]+ed|"
                           rf"{alternation(W.IRREGULAR_PARTICIPLES)})\b")   # ("has since been",
# "have since returned", "has since risen": then, no subordinator)


def _subordinate_label(sentence: str, start: int, end: int, trigger: tuple,
                       others: Iterable[tuple] = ()) -> str:
    """When the date and its happening stand after "before", "after", "since", "ahead of"...,
    the happening that phrase tells, not the clause around it (which happened at another time):
    "Before Friday's vote, the leader urged members ..." -> "The vote"; "300 people have been
    killed since the fighting began in April" -> "The fighting began"; "" otherwise."""
    clauses = clause_spans(sentence)
    a, b = next(((a, b) for a, b in clauses if a <= start < b + 1), (0, len(sentence)))
    if not a <= trigger[0] < b:
        return ""
    last = None
    for m in _TEMPORAL_SUBORDINATOR.finditer(sentence, a, min(start, trigger[0])):
        if not _DETERMINER_END.search(sentence, max(0, m.start() - 6), m.start()) and \
                not _IN_PRESENCE.search(sentence, max(0, m.start() - 16), m.start()) and \
                not _ADVERB_SINCE.match(sentence, m.start()):
            last = m   # (not "The following were", nor "appeared before magistrates", nor
            # an adverb: "She has since been released on bail until December 15")
    if last is None or start <= last.end() + 1 and not _POSSESSIVE_AFTER.match(
            sentence[end:end + 2]) or any(
                _DATE_LEAD.fullmatch(sentence, last.end(), o[0]) or
                last.end() <= o[0] and o[1] <= min(start, trigger[0]) for o in others):
        return ""   # (nor a date the word governs: "since 1985"; "publish a plan before
        # Christmas and deliver 40,000 homes by 2030": a preposition of another date; nor a
        # phrase its own date ends: "after Caesar's assassination in 44 BC Octavian formed")
    toks = T.tokens(sentence)
    own = next((i for i, t in enumerate(toks) if last.end() <= t[0] < trigger[0] and
                T.is_verb(toks, i) and t[2].lower() not in W.AUXILIARIES), None)
    if own is not None and any(toks[own][1] <= t[0] < trigger[0] and
                               t[2].lower() in W.AUXILIARIES and k > own and
                               any(toks[k - 1][1] == o[1] for o in others)
                               for k, t in enumerate(toks)):   # (right after the phrase's
        # own date, no subject of its own between: not "police said they believe the IRA was
        # behind two killings")
        return ""   # (the main clause's verb after the phrase's own: "The ten warmest years
        # since records began in 1850 have all occurred in the past decade": occurred)
    stop = _TEMPORAL_SUBORDINATOR.search(sentence, trigger[1], b)   # (up to the next one)
    stop = stop.start() if stop else b
    if _verb_at(sentence, trigger[0]):   # (up to the main clause's auxiliary: "since records
        main_aux = _AUXILIARY_WORD.search(sentence, trigger[1], stop)   # began in 1850 have")
        stop = main_aux.start() if main_aux else stop
        that = _THAT_AFTER.search(sentence, trigger[1], stop)   # (nor the outer verb's
        stop = that.start() if that else stop   # "that" clause: "said after meeting Friday
        # with union leaders that talks would go on": The minister met with union leaders)
        if trigger[1] <= start and (_OUTER_AMOUNT.match(sentence, end) or
                                    _PRONOUN_CLAUSE.match(sentence, end)):   # (the outer
            stop = min(stop, end)   # clause's figure after the date: "bringing the total since
            # the outbreak began in February to 212": The outbreak began; its subject: "After
            # the war ended in 1945 he moved to Paris": The war ended)
    else:   # (a noun: the noun
        complement = _COMPLEMENT.match(sentence, trigger[1])   # phrase, "Before Friday's
        stop = min(stop, complement.end() if complement else trigger[1])   # vote": The vote)
        stop = max(stop, end) if start < trigger[1] <= end else stop
    text = _without_dates(sentence, last.end(), stop, [(start, end)] + [
        o for o in others if last.end() <= o[0] and o[1] <= stop])
    text = _LONE_CONJUNCT.sub("", text)   # (the outer predicate's second verb, before the next
    # subordinator: "first imposed after Russia annexed Crimea in 2014 and widened after ...")
    if len(text.split()) < 2:
        return ""
    main = sentence[a:last.start()] if sentence[a:last.start()].strip() else \
        sentence[b:].strip(" ,").split(",")[0]   # (the clause after a fronted phrase, to its
    told = _gerund_as_clause(text, main)   # comma: "Since taking office in January, the
    # president has signed"; not the apposition after it: "..., a post she held")
    if told == text and _GERUND_START.match(text):   # (a gerund with no subject to take: the
        return ""   # clause around it, "Another tipped over after touching down", not
    return _tidy(told)   # "Touching down")


_GERUND_START = re.compile(r"\s*[a-z]+ing\b")
_IN_PRESENCE = re.compile(rf"\b(?:{alternation(W.BEFORE_IN_PRESENCE)})\s+$", re.I)
_LONE_CONJUNCT = re.compile(rf"\s+(?:{alternation(W.PREDICATE_JOINERS)})\s+[a-z]+$")
_LOCATED_PHRASE = re.compile(rf"\b((?:{alternation(W.SUBJECT_DETERMINERS)})\s+(?:[\w-]+\s+){{0,3}}?"
                             r"in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*$", re.I)
_DATE_LEAD = re.compile(r"\s*(?:(?:the|next|last|this)\s+)?", re.I)


_THAT_OPENER = re.compile(rf"\s*{W.THAT}\s+", re.I)
_SAYING_LEAD = re.compile(rf"\s*([^,;:]{{1,60}}?\b(?:{alternation(W.REPORTING)}))\s+(?!{W.THAT}\b)",
                          re.I)   # (a clause's subject and its saying verb: "Helix said")
_SUBORDINATE_OPENER = re.compile(rf"\s*(?:(?:and|but)\s+)?(?:{alternation(W.TEMPORAL_SUBORDINATORS)})"
                                 r"\s+", re.I)
_SUBORDINATE_DATE = re.compile(rf"\s(?:{alternation(W.TEMPORAL_SUBORDINATORS)})\s+"
                               r"(?:(?:the|next|last|this)\s+)?$", re.I)
_AND_SUBORDINATE = re.compile(rf",?\s+(?:and|but)\s+(?:again\s+|then\s+|later\s+)?"
                              rf"(?:{alternation(W.TEMPORAL_SUBORDINATORS)})\s", re.I)
_OUTER_AMOUNT = re.compile(r"\s+to\s+[$€£]?\d")
_PRONOUN_CLAUSE = re.compile(rf"\s+(?:{alternation(W.SUBJECT_PRONOUNS)})\s+[a-z]", re.I)
_AUXILIARY_WORD = re.compile(rf"\b(?:{alternation(W.AUXILIARY_FORMS)})\b", re.I)
_CLEFT = re.compile(W.CLEFT, re.I)
_THAT_AFTER = re.compile(rf"\s+{W.THAT}\s+", re.I)


def _cleft_label(sentence: str, start: int, end: int, trigger: tuple) -> str:
    """The that-clause of a cleft sentence dated by its date: "It was not until 1990 that the
    wall fell" -> "The wall fell"; "" otherwise."""
    that = _THAT_AFTER.match(sentence, end)
    if not that or trigger[0] < that.end() or not _CLEFT.search(sentence, max(0, start - 40),
                                                                start):
        return ""
    return _tidy(sentence[that.end():_clause_end_at(sentence, trigger[0])])


def _gerund_as_clause(text: str, main: str) -> str:
    """A phrase opened by a gerund ("moving to the United States" of "Ellison studied physics
    before moving to ...") as a clause with the main clause's subject, in its past tense when
    that clause tells of the past: "Ellison moved to the United States"; else as it is."""
    first, _, rest = text.partition(" ")
    if first.lower() == W.HAVING and rest.split() and _done(rest.split()[0]):
        subject = _subject_of(main, pronoun=True)   # ("Ryanair is the most profitable
        return f"{subject} {W.HAD} {rest}" if subject else text   # airline, having reported
        # record profits": Ryanair had reported record profits)
    if not first.endswith("ing") or not wordclass.classes(first) & wordclass.VERB or \
            first.lower() in W.PARTICIPLE_PREPOSITIONS:
        return text
    awaited = _AWAITED.search(main)
    if awaited:   # (what is expected to happen does it: "Forecasters expect thunderstorms to
        return f"{awaited.group(1)} {text}"   # break the heat on Sunday, bringing cooler
        # air": Thunderstorms bringing cooler air)
    last = _LEADING_AND.sub("", _CLAUSE_COMMA.split(main)[-1])
    subject = _subject_of(last, pronoun=True)
    if not subject and (_opens_with_verb(last) or not _CLAUSE_COMMA.search(main)):   # (the first clause's
        subject = _subject_of(main, pronoun=True)   # subject only for its own predicate: not
        # "One lander crashed ..., and another tipped over after touching down")
    toks = T.tokens(main)
    if not subject or not any(T.is_past(t[2]) and T.is_verb(toks, i) or
                              t[2].lower() in W.PERFECT_AUXILIARIES for i, t in enumerate(toks)):
        return text   # (the main clause tells of the past: "studied", "has signed")
    past = wordclass.past_of(first)
    if not past:
        return text
    rest = _JOINED_GERUND.sub(
        lambda m: f"{m.group(1)} {wordclass.past_of(m.group(2)) or m.group(2)}",
        rest)   # ("throwing in the towel and reducing its stake")
    return f"{subject} {past} {rest}".strip()


_AWAITED = re.compile(rf"\b(?:{alternation(W.AWAITING_VERBS)})\s+((?:the\s+)?[a-z][\w-]*"
                     r"(?:\s+[a-z][\w-]*)?)\s+to\s+[a-z]+\b")   # ("expect thunderstorms to")
_JOINED_GERUND = re.compile(rf"\b({alternation(W.COORDINATORS)})\s+([a-z]+ing)\b")


def _verb_at(sentence: str, at: int) -> bool:
    """Is the word at `at` a verb in its sentence?"""
    toks = T.tokens(sentence)
    i = next((k for k, t in enumerate(toks) if t[0] == at), None)
    return i is not None and T.is_verb(toks, i)


_PLURAL_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:at least|more than|about|some|all)\s+)?"
                            r"(?:\d[\d,]*|[a-z]+)\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+"
                            r"(?:in|of|across|around|from)\s+$")
_PLURAL_VERB = re.compile(r"(?:have|are|were|do)\b")
_NOUN_THEN_RELATIVE = re.compile(
    rf"\b((?:{alternation(W.DETERMINERS)})\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+"
    rf"(?:{alternation(W.RELATIVE_PRONOUNS)})\s+$", re.I)


_HAPPENING_AT = re.compile(rf"\b(?:{alternation(W.DETERMINERS)})\s+(?:[\w'’-]+\s+)?([\w'’-]+)"
                           r"\s+(?:outside|inside|in|at|near|on|off)\s+$", re.I)
_AUXILIARIES_BEFORE = re.compile(rf"(?:\b(?:{alternation(W.AUXILIARIES)})\s+)+$", re.I)
_LONG_NOUN_THEN_RELATIVE = re.compile(
    rf"\b((?:{alternation(W.DETERMINERS)})\s+[\w'’-]+((?:\s+[\w'’-]+){{2,4}}?))\s+"
    rf"(?:{alternation(W.RELATIVE_PRONOUNS)})\s+$", re.I)


def _noun_of_prepositions(sentence: str, at: int) -> Optional[re.Match]:
    """A noun and a preposition's phrase before a relative pronoun ("a row over electricity
    prices that"): words none of which is a determiner, "to" or a verb, after a preposition."""
    m = _LONG_NOUN_THEN_RELATIVE.search(sentence, max(0, at - 60), at)
    if m is None:
        return None
    words = m.group(2).split()
    return m if words[0].lower() in W.PREPOSITIONS and not any(
        w.lower() in W.DETERMINERS or w.lower() == W.INFINITIVE or
        wordclass.classes(w.lower()) == wordclass.VERB for w in words[1:]) else None


_SINCE_APPOSITION = re.compile(r",\s+((?:[\w'’-]+\s+){0,3}?([\w'’-]+))\s+since\s+$", re.I)
_AGE = re.compile(r",\s+\d{1,3}\s*$")   # (", 58": an age after a name)
_NAME_AT_END = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
_SHORT_SUBJECT = re.compile(rf"^\s*(?:{alternation(W.DETERMINERS)})\s+(?:[\w'’-]+\s+){{0,2}}"
                            r"[\w'’-]+$", re.I)


def _apposed_since(sentence: str, start: int, end: int) -> Optional[tuple[str, tuple]]:
    """(label, trigger) of a date that ends a verbless apposition after "since" ("Maria Lopez,
    chief executive since 2015, resigned": "Maria Lopez, chief executive", its noun the
    trigger): the state the date begins is the name's, not the clause's; None otherwise."""
    m = _SINCE_APPOSITION.search(sentence, max(0, start - 60), start)
    if m is None or sentence[end:end + 1] not in (",", ".", "") or _has_verb(m.group(1)):
        return None
    before = _AGE.sub("", sentence[:m.start()])
    clause = before.rsplit(",", 1)[-1]
    name = _NAME_AT_END.search(clause)
    subject = name.group() if name and name.start() > 0 or name and " " in name.group() else \
        clause.strip() if _SHORT_SUBJECT.match(clause) else ""
    if not subject:
        return None
    return _tidy(f"{subject}, {m.group(1)}"), m.span(2)


_TOOK_PLACE = re.compile(rf"((?:\s+{W.OF}\s+(?:(?:{alternation(W.DETERMINERS)})\s+)?[\w'’-]+)?)"
                         r",?\s+(?:that|which)\s+((?:had\s+|has\s+)?(?:took|taken)\s+place|"
                         r"(?:had\s+|has\s+)?(?:happened|occurred))\b", re.I)
_NOUN_PHRASE_END = re.compile(rf"\b(?:{alternation(W.DETERMINERS)})\s+(?:[\w'’-]+\s+){{0,2}}$",
                              re.I)


def _taking_place_label(sentence: str, start: int, trigger: tuple) -> str:
    """When the happening is a noun that "took place" (happened, occurred) on the date after
    it: the noun's phrase and that verb ("for the murder of a businessman that took place on
    March 3, 2009" -> "The murder of a businessman took place"); "" otherwise."""
    m = _TOOK_PLACE.match(sentence, trigger[1])
    if m is None or start < m.end():
        return ""
    opening = _NOUN_PHRASE_END.search(sentence, max(0, trigger[0] - 40), trigger[0])
    if opening is None:
        return ""
    return _tidy(f"{sentence[opening.start():trigger[1]]}{m.group(1)} {m.group(2)}")


def _relative_label(sentence: str, start: int, end: int, trigger: tuple,
                    others: Iterable[tuple] = ()) -> str:
    """When the happening is a relative clause's verb and the date is in that clause, the noun
    and its clause: "..., ending a case that began with a complaint in 2019" -> "A case began
    with a complaint"; "" otherwise."""
    if start < trigger[1]:
        return ""
    verb = _AUXILIARIES_BEFORE.search(sentence, max(0, trigger[0] - 30), trigger[0])
    at = verb.start() if verb else trigger[0]   # (past its auxiliaries: "a case that has hung
    m = _NOUN_THEN_RELATIVE.search(sentence, max(0, at - 50), at)   # over ... since 2021")
    if m is not None and W.INFINITIVE in m.group(1).lower().split():
        return ""   # ("a panel to investigate who shot down the plane": no relative pronoun)
    m = m or _noun_of_prepositions(sentence, at)
    if m is None or not _verb_at(sentence, trigger[0]) or _verb_in(m.group(1)):
        return ""   # (nor a clause before the relative pronoun: "The company announced plans")
    noun = m.group(1).split()
    if len(noun) > 2 and noun[1].lower() in W.PREPOSITIONS:   # ("said that of nine women who
        noun = noun[2:]                                         # had been killed": nine women)
    plural = _PLURAL_BEFORE.search(sentence, max(0, m.start(1) - 50), m.start(1)) \
        if not noun[-1].endswith("s") and _PLURAL_VERB.match(sentence, m.end()) else None
    if plural:   # (a plural verb tells of the plural before the singular's phrase: "14 other
        noun = plural.group().split() + noun   # cities in the state that have passed")
    placed = _HAPPENING_AT.search(sentence, max(0, m.start(1) - 40), m.start(1))
    if placed and wordclass.is_event_noun(placed.group(1)):   # (the happening at the place does
        noun = placed.group().split() + noun             # it: "a shooting outside a downtown
        # nightclub that left one person dead", not the nightclub)
    stop = _clause_end_at(sentence, trigger[0])
    if stop <= start and _PLACE_APPOSED.fullmatch(sentence, stop, start):
        comma = sentence.find(",", end)   # ("that crashed near Ketchikan, Alaska, in June
        stop = comma if comma > 0 else _clause_end_at(sentence, end)   # 2025": the region
        # is the town's)
    toks = T.tokens(sentence[at:stop])
    main = next((j for j in range(2, len(toks)) if toks[j][2].lower() in W.AUXILIARIES and
                 toks[j][2].islower() and not T.is_verb(toks, j - 1)), None)   # (the main
    if main is None:                                     # verb after a subject's relative
        main = _verb_after_date(toks, end - at)   # clause; not the month "May")
    stop = at + toks[main][0] if main is not None else stop
    if not start < stop:
        return ""
    rest = _without_dates(sentence, at, stop, [(start, end)] + [
        o for o in others if at <= o[0] and o[1] <= stop])
    return _tidy(f"{' '.join(noun)} {rest}")


_PLACE_APPOSED = re.compile(rf",\s+[{UPPER_LATIN}][\w.'’-]*(?:\s+[{UPPER_LATIN}][\w.'’-]*)?,\s+"
                            r"(?:(?:in|on|at)\s+)?")


def _verb_after_date(toks, date_end: int) -> Optional[int]:
    """The index of a finite verb right after the date, or after a place's phrase after it (or
    of its adverb before it): the main clause's verb after a subject's relative clause ("The
    storm that hit the coast on Monday dropped more rain", "The ministers who met on Friday in
    Paris agreed", "the pilot of a plane that crashed in June likely flew"), or None."""
    j = next((j for j, t in enumerate(toks) if t[0] >= date_end), len(toks))
    adverb = None   # (an adverb before the verb goes with it: "likely flew into clouds")
    for k in range(j, min(j + 6, len(toks))):
        word = toks[k][2]
        if T.finite_verb(toks, k):
            return k if adverb is None else adverb
        if word.islower() and (word in W.ADVERBS or word.endswith("ly") and
                               wordclass.classes(word) & wordclass.ADV):
            adverb = k if adverb is None else adverb
        elif word.lower() not in W.PREPOSITIONS and word.lower() not in W.DETERMINERS and \
                not word[:1].isupper():
            return None
    return None


_DATE_NEXT = re.compile(r"\s+(?:(?:early|late)\s+)?(?:(?:on|in|at|between)\s+)?")   # (between a
# participle and its date: "released early on Monday", "built between March and June")
_LIGHT_PARTICIPLE = re.compile(rf"\s+({alternation(W.LIGHT_PARTICIPLES)})"
                               rf"(?:\s+(?:{alternation(W.DATE_PREPOSITIONS)}|between))?\s+$", re.I)


def _light_participle_label(sentence: str, start: int, trigger: tuple) -> str:
    """When the happening is a noun that a light verb's participle and then the date follow
    ("follows a public consultation held between June and August", "talks held in May"): the
    noun's passive ("A public consultation was held"); "" otherwise."""
    light = _LIGHT_PARTICIPLE.fullmatch(sentence, trigger[1], start)
    phrase = light and _last_noun_phrase(sentence, trigger[1])
    if not phrase:
        return ""
    noun = phrase[1]
    return _tidy(f"{noun} {_be_for(noun)} {light.group(1)}")


_OF_RECORD = re.compile(r"\b(?:share|stock)?holders\s+of\s+(record)\s+(?:on\s+|as\s+of\s+)?$", re.I)


_SCHEDULED = re.compile(r"\b([a-z]+)\s+(an?|the|its|their)\s+((?:[\w-]+\s+){0,2}?)([a-z]+)"
                        r"\s+for\s+$")


def _scheduled_label(sentence: str, start: int) -> tuple:
    """When the date is one a verb fixed for a happening ("Sunak on Wednesday called a national
    election for July 4", "The court set a hearing for March 3"): ("A national election called
    by British Prime Minister Rishi Sunak", the noun's span), else ("", None)."""
    m = _SCHEDULED.search(sentence, max(0, start - 80), start)
    if not m or m.group(1) not in W.SCHEDULING or not wordclass.is_event_noun(m.group(4)):
        return "", None
    clause = sentence[_clause_span(sentence, m.start(1))[0]:m.end(1)]
    subject = _subject_of(clause)
    phrase = f"{m.group(2).capitalize()} {m.group(3)}{m.group(4)} {m.group(1)}"
    if subject.split()[:1] and subject.split()[0].lower() in _APPOSITION_ARTICLES:
        subject = subject[:1].lower() + subject[1:]   # ("by the court")
    return (f"{phrase} by {subject}" if subject else phrase), m.span(4)


def _record_date_label(sentence: str, start: int) -> tuple:
    """When the date is a payout's record date ("payable on March 6 to shareholders of record on
    February 20"): ("Record date for a quarterly dividend of $0.12 per share", the trigger
    "record" in the sentence), else ("", None)."""
    record = _OF_RECORD.search(sentence, max(0, start - 40), start)
    if not record:
        return "", None
    comma = sentence.rfind(",", 0, record.start())
    told = sentence[comma + 1:record.start()].split()[:1] if comma > 0 else []
    if not told or told[0].lower() not in W.DATE_PREDICATES:
        return "", None   # (only after a payout's predicate: ", payable on March 6 to ...")
    phrase = _phrase_before(sentence, comma)
    return (f"Record date for {phrase[:1].lower()}{phrase[1:]}", record.span(1)) if phrase \
        else ("", None)


def _parallel_label(sentence: str, start: int, end: int, trigger: tuple,
                    others: Iterable[tuple] = ()) -> str:
    """When the happening is a headline's second predicate after a comma ("Orbit Labs unveils
    Nova X phone, ships next month"): the first predicate's subject and this one ("Orbit Labs
    ships"); "" otherwise."""
    word = sentence[trigger[0]:trigger[1]]
    if not sentence[:trigger[0]].rstrip().endswith(",") or start < trigger[1] or \
            not word.endswith("s") or word.endswith("ss"):
        return ""   # (a present's -s, as the first predicate's: not "Peace talks in
    toks = T.tokens(sentence)   # Istanbul, held twice this spring")
    i = next((k for k, t in enumerate(toks) if t[0] == trigger[0]), None)
    if i is None or not T.parallel_predicate(toks, i):
        return ""
    verb = next(k for k in range(1, i) if toks[k][2][:1].islower())
    stop = sentence.find(",", end)
    stop = len(sentence) if stop < 0 else stop
    rest = _without_dates(sentence, trigger[0], stop, [(start, end)] + [
        o for o in others if trigger[0] <= o[0] and o[1] <= stop])
    return _tidy(f"{sentence[toks[0][0]:toks[verb - 1][1]]} {rest}")


def _phrase_before(sentence: str, comma: int) -> str:
    """The noun phrase ending at a comma, whole from its first determiner ("a 3-for-2 split of
    the common", "a quarterly dividend of $0.12 per share"): up to ten words, no verb; else
    ""."""
    return next((p for p in (sentence[m.start():comma].strip() for m in
                             _DETERMINER_WORD.finditer(sentence, max(0, comma - 80), comma))
                 if len(p.split()) <= 10 and "," not in p and not _verb_in(p)), "")


def _predicate_label(sentence: str, start: int, trigger: tuple) -> str:
    """When the happening is a date's predicate set off by a comma after a noun phrase ("The
    board declared a quarterly dividend of $0.12 per share, payable on March 6"): the phrase
    and its predicate ("A quarterly dividend of $0.12 per share is payable"); "" otherwise."""
    word = sentence[trigger[0]:trigger[1]]
    if word.lower() not in W.DATE_PREDICATES or start < trigger[1] or \
            not sentence[:trigger[0]].rstrip().endswith(","):
        return ""
    phrase = _phrase_before(sentence, sentence.rfind(",", 0, trigger[0]))
    if not phrase:
        return ""
    head = phrase.split(" of ")[0].split()[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")
    return _tidy(f"{phrase} {'are' if plural else 'is'} {word}")


def _apposed_participle_label(sentence: str, start: int, end: int, trigger: tuple,
                              others: Iterable[tuple] = ()) -> str:
    """When the happening is a participle set off by commas after the noun phrase that ends a
    clause with its own verb, the date in its phrase ("Rail operators said their 4% offer, made
    in February, remained on the table"): the noun's passive ("Their 4% offer was made"); ""
    otherwise. (A subject alone before it is _with_subject's: "Lübeck, founded in 1143,".)"""
    if start < trigger[1] or not _PARTICIPLE.search(sentence[trigger[0]:trigger[1]].lower()) \
            or not wordclass.is_participle(sentence[trigger[0]:trigger[1]].lower()):
        return ""
    comma = sentence.rfind(",", 0, trigger[0])
    if comma < 0 or sentence[comma + 1:trigger[0]].strip():
        return ""
    phrase = _last_noun_phrase(sentence, comma)
    close = sentence.find(",", end)
    if phrase is None or close < 0 or not _verb_in(sentence[:phrase[0]]) or \
            not _verb_in(sentence[close + 1:]) or \
            _PREPOSITION_END.search(sentence, max(0, phrase[0] - 12), phrase[0]):
        return ""   # (the sentence's main verb after it; not a preposition's noun, "the sale
        # of its chemicals unit, announced in May,": the whole phrase's, _with_subject)
    rest = _without_dates(sentence, trigger[0], close, [(start, end)] + [
        o for o in others if trigger[0] <= o[0] and o[1] <= close])
    noun = phrase[1]
    owner, _, owned = noun.partition(" ")
    if owner.lower() in W.POSSESSIVE_DETERMINERS:   # (the clause's subject owns it: "Rail
        head = sentence[_clause_span(sentence, phrase[0])[0]:phrase[0]].split()   # operators'
        verb = next((i for i in range(1, len(head)) if _verb_in(" ".join(head[:i + 1]))), 0)
        subject = " ".join(head[:verb])                                      # 4% offer")
        if 0 < verb <= 5 and not subject.lower() in STOPWORDS:
            noun = f"{_owned(subject)} {owned}"
    return _tidy(f"{noun} {_be_for(phrase[1])} {rest}")


def _reduced_relative_label(sentence: str, start: int, end: int, trigger: tuple,
                            others: Iterable[tuple] = ()) -> str:
    """When the happening is a participle right after a preposition's noun, the date after it
    ("..., according to the authority's annual report released Friday", "in a statement issued
    on Monday by the ministry"): the noun's passive ("The authority's annual report was
    released"); "" otherwise."""
    if start < trigger[1] or not _PARTICIPLE.search(sentence[trigger[0]:trigger[1]].lower()) \
            or not _DATE_NEXT.fullmatch(sentence, trigger[1], start):
        return ""
    object_ = _bare_object(sentence, trigger[0])   # (first: a verb's bare plural object, not
    phrase = None if object_ else _last_noun_phrase(sentence, trigger[0])   # "The recall
    bare = phrase is None   # covers vehicles"; no determiner: all its words are the noun's and
    phrase = phrase or _bare_plural(sentence, trigger[0]) or object_   # its modifiers')
    preposition = phrase and (_PREPOSITION_END.search(sentence, max(0, phrase[0] - 20),
                                                      phrase[0]) or
                              _object_of_verb(sentence, phrase[0]) or
                              object_ and _VERB_BEFORE.search(sentence, max(0, phrase[0] - 20),
                                                              phrase[0]))   # (its verb)
    if not preposition:
        return ""
    clause_start, stop = _clause_span(sentence, trigger[0])
    before = sentence[clause_start:preposition.end()]   # (with an object's verb)
    opening = sentence[clause_start:preposition.start()].strip(" _-–—").lower().split()
    if opening and opening[0].endswith("ing") and clause_start == 0 and \
            not sentence[stop:].strip(" .!?\"”"):   # (a gerund as the sentence's subject:
        before = before.strip().split(None, 1)[-1]   # "Fighting in the region escalated on
    if not all(w in W.COMPOUND_PREPOSITION_HEADS for w in opening) and not _verb_in(before) \
            and not object_:
        # Monday"; not "Speaking in a statement issued on Monday, he said")
        return ""   # (the phrase is the subject's own, its verb the trigger: "The union's
        # contract with the port authority expired last year")
    words = [w.lower() for w in phrase[1].split()[0 if bare else 1:]]
    if not words or any(w in STOPWORDS or w in W.AUXILIARIES for w in words) or \
            not wordclass.classes(_POSSESSIVE.sub("", words[-1])) & wordclass.NOUN and \
            not (object_ and phrase[1][:1].isupper()):   # (or a verb's plural name: "SUVs")
        return ""   # (only a noun and its modifiers: not "in the building were removed")
    until = _UNTIL_AFTER.search(sentence, end, stop)   # (a state's end is the clause's verb's:
    stop = until.start() if until else stop          # "delay four vessels ordered in March
    if not start < stop:                             # until 2027")
        return ""
    joined = _AND_JOINER.search(sentence, end, stop)
    if joined and any(joined.end() <= o[0] < stop for o in others):
        stop = joined.start()   # (a second participle with a date of its own: "a goal set in
        # 2009 and met for the first time in 2022": A goal was set)
    rest = _without_dates(sentence, trigger[0], stop, [(start, end)] + [
        o for o in others if trigger[0] <= o[0] and o[1] <= stop])
    noun = phrase[1]
    be = W.PAST_BE[1] if object_ and noun.endswith("s") else _be_for(noun)   # ("Kestrels were")
    return _tidy(f"{noun} {be} {rest}")


def _second_participle_label(sentence: str, start: int, end: int, trigger: tuple,
                             others: Iterable[tuple] = ()) -> str:
    """When the happening is a participle after "and" whose first conjunct is a reduced
    relative with a date of its own ("a goal set in 2009 and met for the first time in 2022"):
    that noun's passive with this participle ("A goal was met for the first time"); ""
    otherwise."""
    word = sentence[trigger[0]:trigger[1]]
    joined = _AND_END.search(sentence, max(0, trigger[0] - 8), trigger[0])
    if not joined or start < trigger[1] or not _PARTICIPLE.search(word.lower()):
        return ""
    prior = [o for o in others if o[1] <= joined.start()]
    first = _PARTICIPLE_BEFORE.search(sentence, max(0, prior[-1][0] - 30), prior[-1][0]) \
        if prior else None
    if first is None:
        return ""
    told = _reduced_relative_label(sentence, prior[-1][0], prior[-1][1], first.span(1),
                                   [(start, end)] + list(others))
    if not told.endswith(" " + first.group(1)):
        return ""
    stop = _clause_end_at(sentence, trigger[0])
    rest = _without_dates(sentence, trigger[0], stop, [(start, end)] + [
        o for o in others if trigger[0] <= o[0] and o[1] <= stop])
    return _tidy(told[:-len(first.group(1))] + rest)


_AND_END = re.compile(r"\band\s+$")
_PARTICIPLE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:in|on|at)\s+)?$")


_OBJECT_RELATIVE = re.compile(
    rf",\s+(?:(?P<prep>{alternation(W.RELATIVE_PREPOSITIONS)})\s+)?"   # ("with whom the king met")
    rf"(?:{alternation(W.OBJECT_RELATIVES)})\s+"
    rf"(?P<subject>(?:{alternation(W.SUBJECT_DETERMINERS + W.SUBJECT_QUANTIFIERS)})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+|{alternation(_PERSONAL_PRONOUNS)}|"
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s+"
    rf"(?P<aux>(?:{alternation(W.AUXILIARIES)})\s+(?:(?:not|been|already|also)\s+)?)?$")   # (and
# its auxiliary: ", which Hungary had blocked")
_CONTACT_RELATIVE = re.compile(   # (no relative pronoun: "a post she held until 2001", "the
    rf"(?<=[a-z])\s+(?P<subject>{alternation(_PERSONAL_PRONOUNS - {'it', 'i', 'you'})}|"   # sharp gains
    rf"(?:{alternation(W.SUBJECT_DETERMINERS)})\s+[a-z]+)\s+$", re.I)   # these issues made")
_DETERMINER_WORD = re.compile(rf"\b(?:{alternation(W.DETERMINERS)}|"
                              rf"{alternation(vocab.NUMBER_WORDS)})\s", re.I)   # ("two ships")


_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _object_of_verb(sentence: str, at: int) -> Optional[re.Match]:
    """The verb whose object the noun phrase at `at` is ("bought two ships [built in 1998]",
    "delay the delivery"), when no clause can follow that verb ("said the talks ended", "knew
    the war ended": the noun is the clause's subject there, its verb finite), else None."""
    m = _VERB_BEFORE.search(sentence, max(0, at - 20), at)
    if m is None or m.group(1) in W.REPORTING or m.group(1) in W.CLAUSE_TAKING or \
            m.group(1) in W.COPULAS:   # (a copula's noun is the subject's: _finite)
        return None
    toks = T.tokens(sentence[:m.end(1)])
    participle = m.group(1).endswith("ing") and sentence[:m.start(1)].rstrip().endswith(",") \
        and wordclass.classes(m.group(1)) & wordclass.VERB   # (", beating the mark set on")
    return m if toks and (participle or T.is_verb(toks, len(toks) - 1)) else None


_BARE_PLURAL = re.compile(rf"\b(?:{alternation(W.PREPOSITIONS)})\s+((?:[a-z-]+\s+){{0,2}}[a-z-]+s)\s+$")


_WORD_SPAN = re.compile(r"[\w'’-]+")


def _bare_object(sentence: str, stop: int) -> Optional[tuple[int, str]]:
    """(start, text) of a plural noun phrase with no determiner right after a verb whose object
    it is, before `stop` ("covers vehicles [built in 2023]", "covers electric vehicles",
    "recalled Kestrels [made in 2024]"), or None."""
    spans = [m.span() for m in _WORD_SPAN.finditer(sentence, max(0, stop - 60), stop)][-4:]
    if not spans or sentence[spans[-1][1]:stop].strip():
        return None
    toks = None
    for n in range(1, len(spans)):
        phrase = [sentence[a:b] for a, b in spans[-n:]]
        if not phrase[-1].endswith("s") or not (phrase[-1].islower() or n == 1) or \
                any(not w.islower() for w in phrase[:-1]):
            return None
        a, b = spans[-n - 1]
        word = sentence[a:b]
        if not word.islower() or word in W.REPORTING or word in W.CLAUSE_TAKING or \
                word in W.COPULAS:
            continue
        toks = toks or T.tokens(sentence)   # (the whole sentence: "The recall covers" alone
        k = next((k for k, t in enumerate(toks) if t[0] == a), None)   # reads a noun)
        if k is not None and (T.is_verb(toks, k) or (word.endswith("s") or T.is_past(word)) and
                              wordclass.classes(word) & wordclass.VERB):
            return spans[-n][0], " ".join(phrase)   # (a verb read as one, or a form in -s or
    return None                                     # a past one that can be one)


def _bare_plural(sentence: str, stop: int) -> Optional[tuple[int, str]]:
    """(start, text) of a plural noun phrase with no determiner right after a preposition and
    before `stop` ("according to official results [released on Monday]"), or None."""
    m = _BARE_PLURAL.search(sentence, max(0, stop - 50), stop)
    return (m.start(1), m.group(1)) if m else None


def _last_noun_phrase(sentence: str, stop: int) -> Optional[tuple[int, str]]:
    """(start, text) of the noun phrase ending at `stop`, from its last determiner within six
    words ("their offer of a 4% pay rise": "a 4% pay rise"), or None."""
    lo = max(0, stop - 60)
    found = None
    for found in _DETERMINER_WORD.finditer(sentence, lo, stop):
        pass
    if found is None:
        return None
    phrase = sentence[found.start():stop].strip()
    if len(phrase.split()) > 6 or not phrase.split()[-1][:1].isalnum() or "," in phrase:
        return None
    return found.start(), phrase


_NAME_AFTER_PREPOSITION = re.compile(r"\s(for|to|in|on|with|from)$")


def _object_relative_label(sentence: str, start: int, end: int, trigger: tuple,
                           others: Iterable[tuple] = ()) -> str:
    """When the happening is the verb of a relative clause whose noun is its object, and the
    date is in that clause: the clause's subject, its verb and the noun ("... their offer of a
    4% pay rise, which the union rejected on Feb. 21" -> "The union rejected the offer of a 4%
    pay rise"); "" otherwise."""
    if start < trigger[1]:
        return ""
    m = _OBJECT_RELATIVE.search(sentence, max(0, trigger[0] - 64), trigger[0]) or \
        _CONTACT_RELATIVE.search(sentence, max(0, trigger[0] - 40), trigger[0])   # (a subject
    # of up to four words: ", which the union's bargaining committee endorsed")
    subject = m.group("subject") if m else ""
    if m is None or subject.split()[0].lower() in W.AUXILIARIES or \
            not _verb_at(sentence, trigger[0]):
        return ""
    prep = m.groupdict().get("prep")
    noun = (prep and _last_name(sentence, m.start())) or _last_noun_phrase(sentence, m.start())
    if noun is None:
        return ""
    at, phrase = noun
    last = phrase.split()[-1].lower()
    if last in W.PREPOSITIONS or last in W.AUXILIARIES or not (
            wordclass.classes(last) & wordclass.NOUN or phrase.split()[-1][:1].isupper()):
        return ""   # (a noun's phrase or a name, "Iraq's Saddam"; not "The following were
        # among [the offerings priced]")
    before = sentence[:at].rstrip()
    outer = _last_noun_phrase(sentence, len(before) - len(W.OF)) \
        if before.lower().endswith(" " + W.OF) else None
    placed = _NAME_AFTER_PREPOSITION.search(before) if not outer and not prep and \
        phrase[:1].isupper() else None   # (a name after a noun's preposition: "an aid
    if placed:   # package for Ukraine, which Hungary had blocked": the package for Ukraine)
        head = _last_noun_phrase(sentence, placed.start())
        if head and wordclass.classes(head[1].split()[-1].lower()) & wordclass.NOUN:
            phrase = f"{head[1]} {placed.group(1)} {phrase}"
    if outer:   # ("their offer of a 4% pay rise": the noun the "of" phrase completes)
        phrase = f"{outer[1]} {W.OF} {phrase}"
    first, _, rest = phrase.partition(" ")
    if first.lower() in W.POSSESSIVE_DETERMINERS:   # (whose it is the label cannot say)
        phrase = f"{W.THE} {rest}"
    elif first.lower() in _ARTICLES:
        phrase = f"{first.lower()} {rest}"
    stop = _clause_end_at(sentence, trigger[0])
    after = _without_dates(sentence, trigger[1], stop, [(start, end)] + [
        o for o in others if trigger[1] <= o[0] and o[1] <= stop])
    if any(w.lower() in W.AUXILIARIES or T.is_past(w) and w[:1].islower()
           for w in after.split()):   # (the main clause's verb after its subject's relative
        after = ""                    # clause: "The plan they announced on Monday was rejected")
    verb = sentence[trigger[0]:trigger[1]]
    aux = (m.groupdict().get("aux") or "").strip()
    verb = f"{aux} {verb}" if aux else verb   # (its auxiliary: "The suspects had abandoned")
    if prep:   # ("..., with whom the king met Monday": The king met with Saddam)
        return _tidy(f"{subject} {verb} {after} {prep.lower()} {phrase}")
    return _tidy(f"{subject} {verb} {phrase} {after}")


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*$")


def _last_name(sentence: str, stop: int) -> Optional[tuple[int, str]]:
    """(start, text) of the name ending at `stop` ("Iraq's Saddam"), or None."""
    m = _NAME_BEFORE.search(sentence, max(0, stop - 60), stop)
    return (m.start(1), m.group(1)) if m else None


_ARTICLES = ("the", "a", "an")


_PREDICATE_NOUN = re.compile(rf"(?P<subject>[^,]+?)\s+(?:{alternation(W.COPULA_FORMS)})\s+"
                             rf"(?:{alternation(_ARTICLES)})\s+(?:[\w'’-]+\s+){{1,4}}", re.I)
# (then the participle: _finite)


def _main_verb(words: list, noun: list) -> bool:
    """May words[0], right after a noun (`noun`: [it], or []) and its participle, be the
    clause's verb: a past form, an auxiliary, or a present form agreeing with the noun before
    its object's determiner ("A law passed in June bans the practice", "New figures released
    on Friday show a rise"; not "The economy created jobs at a pace")?"""
    low = words[0].lower()
    if T.is_past(words[0]) or low in W.AUXILIARIES:
        return True
    last = noun[0].lower() if noun else ""
    plural = last.endswith("s") and not last.endswith("ss") and \
        bool(wordclass.classes(last[:-1]) & wordclass.NOUN)
    return (low.endswith("s") and not low.endswith("ss")) != plural and \
        bool(wordclass.classes(low) & wordclass.VERB) and \
        len(words) > 1 and words[1].lower() in W.DETERMINERS


def _finite(label: str, trigger: str, before: str) -> str:
    """A label that is a noun phrase and its happening told as a relative clause or a
    participle, as a clause: "A debate that began" -> "A debate began", "A statement released"
    -> "A statement was released" (a participle: the noun is a preposition's, `before` the
    trigger in the sentence says; "The summit opened" is the summit's doing; nor when a verb
    follows: "The ceasefire agreed collapsed")."""
    if not T.is_past(trigger) or trigger.lower() in W.PERIOD_ENDS:   # (not "The six months
        return label   # ended")
    at = label.find(f" {trigger}")
    predicate = at > 0 and _PARTICIPLE.search(trigger.lower()) and \
        trigger.lower() not in W.NO_PASSIVE and _PREDICATE_NOUN.fullmatch(label, 0, at + 1)
    if predicate and label[at + 1 + len(trigger):at + 2 + len(trigger)] in ("", " "):
        subject = predicate.group("subject")   # (a participle after a predicate's noun:
        last = subject.split()[-1]             # "Corvane is a biotech company founded in
        be = W.BE_PAST[0] if last[:1].isupper() else _be_for(last.lower())   # 2017": Corvane
        return f"{subject} {be} {label[at + 1:]}"                            # was founded)
    words = label.split()
    if len(words) > 2 and words[0].lower() in W.PREPOSITIONS and words[1].lower() in _ARTICLES:
        words = [words[1].capitalize()] + words[2:]   # ("Under the deal reached on Friday")
        label = " ".join(words)
    at = next((i for i, w in enumerate(words) if w == trigger), None)
    if at is None:
        return label
    if at >= 3 and T.is_past(words[at - 1]) and _PARTICIPLE.search(words[at - 1].lower()) and \
            not any(T.is_past(w) or w.lower() in W.AUXILIARIES for w in words[:at - 1]):
        del words[at - 1]   # (a participle whose own date was taken out before the verb: "The
        at -= 1             # ceasefire agreed [on Monday] collapsed" -> "The ceasefire collapsed")
        label = " ".join(words)
    head, rest = words[:at], " ".join(words[at + 1:])
    relative = bool(head) and head[-1].lower() in W.RELATIVE_PRONOUNS
    head = head[:-1] if relative else head
    if not relative and rest.split()[:1] and _main_verb(rest.split()[:2], head[-1:]) and (
            2 <= len(head) <= 5 or len(head) == 1 and (
                head[0].lower() in W.MASS_NOUNS or _plural_noun(head[0].lower()))) and \
            not any(T.is_past(w) or w.lower() in W.AUXILIARIES for w in head) and \
            _PARTICIPLE.search(trigger.lower()) and \
            before.rstrip().lower().endswith(" ".join(head).lower()):   # (the main verb right
        return " ".join(head + [_be_for(head[-1]), trigger])   # after it: "official results
        # released on Sunday showed" -> "Official results were released"; a lone noun only
        # if plural or mass, no name: "Data released on Friday showed"; "A law passed in June
        # bans", "A contract signed last May was not due to start")
    if not 2 <= len(head) <= 5 or head[0].lower() not in _ARTICLES or _has_verb(rest) or \
            _has_verb(" ".join(head)) or head[-1].lower() in W.SUBJECT_PRONOUNS:
        return label   # (nor a relative with its own subject: "the 2.1% they projected")
    if relative:
        return " ".join(head + words[at:])
    if not before.rstrip().lower().endswith(" ".join(head).lower()):
        return label   # (the noun phrase as the sentence has it before the trigger, not a
        # subject carried over: "The jury began ... and reached a verdict")
    ahead = before.split()[:-len(head)]
    objected = rest.split()[:1] != [] and rest.split()[0].lower() in W.DETERMINERS
    if ahead and ahead[-1].lower() in W.PREPOSITIONS and _PARTICIPLE.search(trigger.lower()) and \
            ahead[-1].lower() not in W.TEMPORAL_SUBORDINATORS and \
            trigger.lower() not in W.NO_PASSIVE and not objected:   # (not "since the mine
        # opened in 2019": a clause after a subordinator; not "after the
        # partnership collapsed", nor a verb with its object: "after the carmaker Toyota
        # announced a recall")
        return " ".join(head + [_be_for(head[-1])] + words[at:])
    return label


def _be_for(noun: str) -> str:
    """The past of "be" that agrees with a noun or its phrase's head ("results were",
    "statement was", "Peace talks in Istanbul were"; a name's "was": "Lübeck was")."""
    words = noun.split()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in
                 W.PREPOSITIONS), words[-1] if words else "")
    if head[:1].isupper():   # (a name: "Jobs was born"; a party or group after "The" is
        bare = noun.strip().split(None, 1)[-1]   # many: "The Conservatives were", "The Camp
        plural = words[0].lower() == "the" and head.endswith("s") and \
            not head.endswith(("ss", "us", "is")) and \
            not places.kind(noun.strip()) and not places.kind(bare)   # David Accords were";
        return W.BE_PAST[1 if plural else 0]   # not "The Netherlands", "The United States")
    head = head.lower()
    return W.BE_PAST[1] if head.endswith("s") and not head.endswith(("ss", "us", "is")) \
        else W.BE_PAST[0]


def _shares_enough(who_a, terms_a, who_b, terms_b, kinds_a=frozenset(),
                   kinds_b=frozenset()) -> bool:
    """Mentions of one value are one event when they share an actor and a term, ≥ 2 terms, or
    the kind of happening they name (an actor alone is no happening: the story's company
    acts all day, "Kestrel Rail cancelled all trains" and "Shares in Kestrel fell"). Two that
    each name actors of their own are one only when the kind one's happening word names
    (`kinds_a`, `kinds_b`) the other names too ("Ministers are gathering at NATO's
    headquarters on Thursday", "The United States will not attend Thursday's meeting";
    "Russian troops killed prisoners on March 13", "Russia denied killing them"; not "Sunak
    called an election on Wednesday", "Starmer said on Wednesday evening that the election
    was a chance")."""
    shared = set(terms_a).intersection(terms_b)
    actor = shares_actor(who_a, who_b)
    if who_a and who_b and not actor:
        return any(_KIND + k in terms_b for k in kinds_a) or \
            any(_KIND + k in terms_a for k in kinds_b)
    return bool(shared) and actor or len(shared) >= 2 or \
        any(t.startswith(_KIND) for t in shared)


def shares_actor(who_a: Iterable[str], who_b: Iterable[str]) -> bool:
    """Do two lists of actors name one actor, whole or in part ("Apple" and "Apple Inc", as
    combine_actors reads them)?"""
    return any(f" {a} " in f" {b} " or f" {b} " in f" {a} " for a in who_a for b in who_b)


_KIND = "~"   # (a term naming a kind of happening: "~quake")


def same_happening(a: Mention, b: Mention) -> bool:
    """Two mentions with the same value are one event when they share enough (_shares_enough)."""
    return a.timex.when == b.timex.when and _shares_enough(a.who, a.terms, b.who, b.terms,
                                                          _trigger_kinds(a), _trigger_kinds(b))


def _trigger_kinds(m: Mention) -> frozenset:
    """The kind of happening the mention's word names ({"meeting"} for "gathering"), if any."""
    if m.trigger is None:
        return frozenset()
    start = m.trigger[0] - m.sentence.start
    kind = wordclass.happening(m.sentence.text[start:start + m.trigger[1] - m.trigger[0]])
    return frozenset((kind,)) if kind and kind != "statement" else frozenset()


MAX_POSTINGS = 200   # groups a newcomer is compared with, per actor or term it holds


class GroupIndex:
    """Which groups hold an actor or a term: a newcomer is compared only with the groups it
    shares one with (a group sharing neither cannot be the same happening), so grouping stays
    linear. At most MAX_POSTINGS of the latest groups per actor or term are offered."""

    def __init__(self):
        self._postings: dict = {}

    @staticmethod
    def _keys(who: Iterable[str], terms: Iterable[str]) -> set:
        return {"@" + w for name in who for w in name.split()} | set(terms)   # (by each word
        # of a name: "Apple" and "Apple Inc" are one actor to shares_actor)

    def candidates(self, who: Iterable[str], terms: Iterable[str]) -> list[int]:
        """Indices of the groups sharing an actor or a term, in the order they were made."""
        return sorted({i for key in self._keys(who, terms)
                       for i in self._postings.get(key, ())[-MAX_POSTINGS:]})

    def add(self, index: int, who: Iterable[str], terms: Iterable[str]) -> None:
        """Record that group `index` now holds these actors and terms."""
        for key in self._keys(who, terms):
            postings = self._postings.setdefault(key, [])
            if not postings or postings[-1] != index:
                postings.append(index)


def group_mentions(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """Mentions of one happening, grouped: same value (a time counts as its day), and a shared
    actor or ≥ 2 shared terms with the group so far. Vague mentions are never grouped. Linear:
    a mention is compared only with the groups of its value that a GroupIndex says share an
    actor or a term."""
    groups: list[list[Mention]] = []
    by_value: dict = {}   # value -> ([(group, who, terms)], GroupIndex)
    for m in mentions:
        if m.timex.when in V.VAGUE_VALUES:
            groups.append([m])
            continue
        pooled, index = by_value.setdefault(V.day_of(m.timex.when), ([], GroupIndex()))
        kinds = _trigger_kinds(m)
        match = next((i for i in index.candidates(m.who, m.terms)
                      if _shares_enough(m.who, m.terms, pooled[i][1], pooled[i][2], kinds,
                                        pooled[i][3]) and
                      not _other_time(m, pooled[i][0]) and
                      not _timed_phase(m, pooled[i][0])), None)
        if match is None:
            match = len(pooled)
            groups.append([m])
            pooled.append((groups[-1], set(m.who), set(m.terms), set(kinds)))
        else:
            group, who, terms, group_kinds = pooled[match]
            group.append(m)
            who.update(m.who)
            terms.update(m.terms)
            group_kinds.update(kinds)
        index.add(match, m.who, m.terms)
    return groups


def _other_time(m: Mention, group: list[Mention]) -> bool:
    """Is `m` at a time of day other than one the group is at (5:42 a.m. and 8 a.m.: two
    happenings, though on one day)?"""
    return V.is_time(m.timex.when) and any(
        V.is_time(g.timex.when) and g.timex.when != m.timex.when for g in group)


def _timed_phase(m: Mention, group: list[Mention]) -> bool:
    """Is one of `m` and the group's mentions a time a start or an end is dated by, the other
    no such bound ("The strike will end at 23:59" and "Pilots will walk out on Friday")?"""
    bounds = [_phase_at(g) for g in group]
    mine = _phase_at(m)
    return mine != any(bounds) and (V.is_time(m.timex.when) or any(
        V.is_time(g.timex.when) for g in group))


def _phase_at(m: Mention) -> bool:
    if m.trigger is None:
        return False
    a, b = m.trigger[0] - m.sentence.start, m.trigger[1] - m.sentence.start
    return m.sentence.text[a:b].lower() in W.PHASE_VERBS


FIRST_TELLING = 2.5   # the first telling of a day's happening in its story (most often its
#                      lead) tells it best: this much more for its label


def event_of(group: list[Mention], doc: Document, headline_end: int = -1) -> Event:
    """One event of a group of mentions, told by its first telling in the body (not the
    headline, which ends at `headline_end`: "Grève à la SNCF : trafic très perturbé mardi"
    is telegraphic beside its lead) unless another tells it much better."""
    body = [m for m in group if m.sentence.start >= headline_end] or group
    first = min(body, key=lambda m: (m.sentence_index is None, m.sentence_index or 0))
    best = max(group, key=lambda m: m.score + (FIRST_TELLING if m is first else 0))
    tx = best.timex
    if best.until is None and not V.is_time(tx.when):   # (a time that day dates it)
        tx = next((m.timex for m in group if V.is_time(m.timex.when)), tx)
    span = V.value_span(tx.when)
    placed = {name for m in group for name in m.where   # (a name one telling places is no
              if places.kind(name) != places.REGION}      # actor in another's, "Jordan's
    who = combine_actors([n for n in m.who if n not in placed]   # Aqaba"; but a country
                         for m in sorted(group, key=lambda m: -m.score))   # may be both)
    end = _phrase_end(doc.text, tx)   # ("Two years later": the words that say when)
    granularity, value = (span[2] if tx.point and span else tx.granularity or ""), tx.when
    if best.until is not None:   # a span: first day of its start to the last of its end
        value, end = f"{tx.when}/{best.until.when}", best.until.end
        span = V.value_span(value)   # (None before the common era: dated by its value)
        granularity = "span"
    return Event(
        event_id="", date=span[0] if span else None, end_date=span[1] if span else None,
        granularity=granularity, value=value,
        timex=doc.text[tx.start:end], label=best.label,
        where=combine_actors([best.where] + [m.where for m in group if m is not best]),
        trigger=doc.text[best.trigger[0]:best.trigger[1]] if best.trigger else "",
        trigger_start=best.trigger[0] if best.trigger else None,
        trigger_end=best.trigger[1] if best.trigger else None,
        who=who, sentence=best.sentence.text, source=doc.id, start=tx.start,
        end=end, anchor=tx.anchor, confidence=max(m.timex.confidence for m in group),
        mentions=len(group), sources=(doc.id,), sentence_index=best.sentence_index,
        reports=tuple((doc.id, doc.text[m.trigger[0]:m.trigger[1]], *m.trigger, m.sentence_index)
                      for m in group if m is not best and m.trigger))


def _is_event(tx: Timex) -> bool:
    return tx.point is not None or tx.type in ("DATE", "TIME") and (
        V.value_span(tx.value) is not None or V.undated(tx.value))


_COUNTED_SINCE = re.compile(rf"(?=[a-z])\b(?:{alternation(W.SINCE_MARKERS)})\b(?:\s+[\w-]+){{0,10}}\s+"
                            rf"{W.SINCE}\s+(?:the\s+)?$", re.I)   # (a date to count from, no
# happening: "for the first time since 1996", "the sixth since October", "the third raid on a
# jewellery shop in the county since September")


_SUPERLATIVE_OF = re.compile(r"\b(?:[a-z]+est|best|worst|most\s+[a-z]+)\s+(?:[a-z-]+\s+){0,2}?"
                             r"([a-z-]+)\s+of\s+(?:the\s+)?$", re.I)   # ("the hottest day of
# the year": a measure's span, no happening; not "the second-biggest loss of 2007")
_COMPARED_WITH = re.compile(rf"\b(?:as\s+(?:many|much|high|low|large|big|small|often|fast)\s+as"
                            rf"(?:\s+(?:in|on|during))?|{W.THAN}\s+(?:in|on|during|at)"
                            rf"(?:\s+[\w'’.-]+){{0,4}}?(?:\s+(?:in|on|during))?)\s+$", re.I)
# (a comparison's base, no happening: "twice as many as in 2023", "higher than in May", "higher
# than during Storm Ciara in February 2020", "larger than at the 2016 final"; not a deadline,
# "no later than March 1")
_LATER_THAN = re.compile(rf"\s+(?:{alternation(W.LATER_THAN)})\s+{W.THAN}\b", re.I)   # (a delay's
# measure, no date of a happening: "a year later than planned")
_AGE_AFTER = re.compile(r"\s+\d{1,3}\s*[,)]")
_THING_FROM = re.compile(rf"\b([a-z]+)\s+{W.FROM}\s+$")
_AGE_ADJECTIVE = re.compile(rf"-(?:{alternation(W.AGE_ADJECTIVE_ENDS)})$", re.I)
_NOUN_AFTER_ADJECTIVES = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+([a-z]+)\b(?=[\s,.;:]|$)")
_RANGE_ON = re.compile(rf"\s*(?:{alternation(W.SPAN_WORDS)}|{W.AND}|-|–)\s*"
                       rf"(?:[A-Z0-9]|{W.THE}\b|{alternation(W.RANGE_END_OPENERS)})")


_SPAN_ON = re.compile(rf"\s+(?:{alternation(W.UNTIL)})\b", re.I)   # ("from 1989 until")


_LEVEL_AFTER = re.compile(r"['’]s\s+(?:opening|closing|close|intraday|record)\s+([a-z]+)")


def _a_things(text: str, tx: Timex) -> bool:
    """Is the date a thing's, no happening's: after a noun that names no happening and "from"
    ("dashcam footage from Saturday", "records from 2019"; not "from May to June"), or a
    century's or decade's adjective before such a noun ("a 19th-century textile mill"), or the
    "now" of an age ("Solheim, now 78, says")?"""
    if _AGE_ADJECTIVE.search(tx.text):
        noun = _NOUN_AFTER_ADJECTIVES.match(text, tx.end)
        return bool(noun) and not wordclass.is_event_noun(noun.group(1))
    if tx.value == "PRESENT_REF" and _AGE_AFTER.match(text, tx.end):
        return True   # (an age: "Solheim, now 78, says")
    level = _LEVEL_AFTER.match(text, tx.end)
    if level and not wordclass.is_event_noun(level.group(1)):
        return True   # (a market's level that day: "a 27% premium to Monday's closing price")
    superlative = _SUPERLATIVE_OF.search(text, max(0, tx.start - 40), tx.start)
    if superlative and not wordclass.is_event_noun(superlative.group(1)):
        return True   # ("the hottest day of the year so far")
    m = _THING_FROM.search(text, max(0, tx.start - 30), tx.start)
    return bool(m) and wordclass.classes(m.group(1)) == wordclass.NOUN and \
        not wordclass.is_event_noun(m.group(1)) and m.group(1) not in _TIME_WORDS and \
        not _RANGE_ON.match(text, tx.end) and not _SPAN_ON.match(text, tx.end)   # (not
    # "flights on Monday nights from March 30", nor a stretch's start: "led its department from
    # 1989 until her retirement")


def _is_dateline(sentence: Sentence, tx: Timex) -> bool:
    """A date that stands alone (a dateline, a timestamp, a heading "17 March 2026",
    "Updated April 9", a row of a table "1988 1989 1990"): fewer than two words around it
    (numbers are no words) say nothing happened."""
    start, end = tx.start - sentence.start, tx.end - sentence.start
    words = _LETTER_WORD.finditer(sentence.text[:start] + " " + sentence.text[end:])
    return sum(1 for _ in islice(words, 2)) < 2


MAX_SENTENCE = 400   # a longer (run-on) sentence is clipped to CLIP_RADIUS around the date
CLIP_RADIUS = 100    # characters each side: room for a 15-word label and its actors


_TICKER = re.compile(r"\s*\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|OTC|OTCQX|AMEX|"
                     r"Euronext|XETRA|SIX)\s*:\s*[A-Z][A-Z0-9.]{0,9}\)")   # ("(NASDAQ: CRVN)")


def _without_tickers(sentence: Sentence) -> Sentence:
    """The sentence with a stock ticker in brackets blanked, offsets kept ("Corvane
    Therapeutics, Inc. (NASDAQ: CRVN) today announced": no clause, no actor)."""
    if "(" not in sentence.text:
        return sentence
    text = _TICKER.sub(lambda m: " " * len(m.group()), sentence.text)
    return sentence if text == sentence.text else Sentence(sentence.start, sentence.end, text)


def _clip(sentence: Sentence, tx: Timex) -> Sentence:
    """A run-on "sentence" (a line with no punctuation) clipped to the words around the date."""
    if len(sentence.text) <= MAX_SENTENCE:
        return sentence
    base, whole = sentence.start, sentence.text
    start = max(base, tx.start - CLIP_RADIUS)
    end = min(sentence.end, tx.end + CLIP_RADIUS)
    if start > base and not whole[start - base - 1].isspace():   # (never a word's tail:
        space = whole.find(" ", start - base, tx.start - base)     # "osni Mubarak")
        start = base + space + 1 if space >= 0 else start
    if end < sentence.end and not whole[end - base].isspace():
        space = whole.rfind(" ", tx.end - base, end - base)
        end = base + space if space >= 0 else end
    return Sentence(start, end, whole[start - base:end - base])


def _with_dropped_subject(m: Mention, sentences: list[Sentence], language: Language) -> Mention:
    """A pack's label that opens with its verb, no subject before it in its sentence, told of
    the name the sentence before opens with as its subject ("Abu Omar fue detenido en 2005 ...
    Fue liberado en mayo de 2007": Abu Omar fue liberado); not a verb its subject follows
    ("Comenzó un juicio"), nor a first person's ("Empezaremos a ayunar")."""
    words = m.label.split()
    k = m.sentence_index
    if not words or not k or k >= len(sentences) or \
            not _verb_form_at_start(words, language) or \
            sentences[k].text.lstrip(" «\"“-—").split()[:1] != words[:1]:
        return m
    prev = sentences[k - 1].text
    subject = first_subject(prev, clause_spans(prev), language)
    head = subject.split()
    noun = next((w for w in head if w.lower() not in language.articles), "")
    if not 1 <= len(head) <= 6 or not head[-1][:1].isupper() or \
            head[-1].lower() in language.common or not agrees(noun, words[0], language):
        return m   # (a subject that ends in a name, "Abu Omar", "El clérigo Abu Omar", and
        # agrees with the verb: not "El Ministerio ... han aumentado")
    label = f"{subject} {words[0].lower()} {' '.join(words[1:])}".strip()
    name = " ".join(w for w in head if w[:1].isupper() and w.lower() not in language.common)
    return replace(m, label=label, who=tuple(dict.fromkeys((name,) + tuple(m.who))))


def _verb_form_at_start(words: list, language: Language) -> bool:
    """Do the words open with a third person's verb form, no article nor name after it (its
    subject after it: "Comenzó un juicio") and no first person's ending ("Empezaremos")?"""
    first = words[0].lower()
    if not language.verbs or not language.verbs.fullmatch(first) or \
            first.endswith(language.drops_subjects):
        return False
    after = words[1] if len(words) > 1 else ""
    if first in language.auxiliaries and not (language.participle is not None and
                                              language.participle.fullmatch(after.lower())):
        return False   # (a copula's predicate, no passive: "Fue precisamente una acción")
    return not (after.lower() in language.articles or after[:1].isupper())


def extract(doc: Document, timexes: list[Timex], sentences: list[Sentence],
            language: Language = ENGLISH) -> list[Event]:
    """The events of one document, merged within it, in date order (vague ones last)."""
    mentions = dated_mentions(doc, timexes, sentences, language)
    if language is ENGLISH:   # (who "He", "She", "Its" opening a label stands for)
        mentions = pronouns.resolve(mentions, sentences, doc.text, actors, who_in)
    elif language.drops_subjects:   # (whom a verb with no subject tells of: "Fue detenido")
        mentions = [_with_dropped_subject(m, sentences, language) for m in mentions]
    title = headline(doc.text, doc.body_start)   # (the body's first line, when a headline)
    headline_end = doc.text.find(title, doc.body_start) + len(title) if title else -1
    events = [event_of(g, doc, headline_end) for g in group_mentions(mentions)]
    return sort_events(events)


def who_in(text: str) -> tuple:
    """The actors a text names (not its places)."""
    return split_places(actors(text), text)[0]


def dated_mentions(doc: Document, timexes: list[Timex], sentences: list[Sentence],
                   language: Language = ENGLISH) -> list[Mention]:
    """Each expression that dates a happening, read in its sentence, in text order."""
    mentions = []
    proper = proper_words(sentences)
    spans = _range_spans(doc.text, timexes, language)
    layout = Structure(doc.text, doc.body_start)
    starts = [t.start for t in timexes]
    stamped = _on_stamp_lines(doc, timexes)
    i = 0
    before = None   # (the expression before)
    for tx, span in zip(timexes, spans):   # both in text order: walk them together
        while i < len(sentences) and sentences[i].end <= tx.start:
            i += 1
        restated, before = _restated_clock(doc.text, before, tx), tx
        if restated or _restated_count(doc.text, tx, timexes, starts):
            continue
        kind = layout.kind_at(tx.start) if _is_event(tx) and tx.start not in stamped else \
            BYLINE   # (a publication stamp's date and clock: "Published: March 18, 2026",
        # "Publié le 3 mars 2025 à 10h00")
        if kind == BYLINE:
            continue
        if kind == TIME_HEADING:   # a live blog's: it dates its entry
            entry = _entry(sentences, i, tx)
            if entry is not None:
                heading = mention_of(tx, entry, proper, (entry.start, entry.start), language,
                                     others=_others(timexes, starts, tx, entry))
                if not _dated_in(entry, heading, timexes, language):
                    mentions.append(heading)
            continue
        if i < len(sentences) and sentences[i].start <= tx.start:
            sentence, index = _without_tickers(_clip(sentences[i], tx)), i
        else:
            sentence, index = Sentence(tx.start, tx.end, tx.text), None
        if _is_dateline(sentence, tx) or _opens_wire_story(doc.text, tx) or \
                _CITED.match(doc.text, tx.end) or \
                _RECORD_OF.search(doc.text, max(0, tx.start - 50), tx.start) or \
                (language is ENGLISH and
                 (_COUNTED_SINCE.search(doc.text, max(0, tx.start - 90), tx.start) and
                  not _WHEN_AFTER.match(doc.text, tx.end) or   # (but "the first since 2019,
                  # when they lost to Salford": what the "when" tells happened then)
                  _COMPARED_WITH.search(doc.text, max(0, tx.start - 60), tx.start) or
                  _LATER_THAN.match(doc.text, tx.end) or
                  _a_things(doc.text, tx))) or \
                (language.counted_since is not None and
                 language.counted_since.search(doc.text, max(0, tx.start - 90), tx.start)):
            continue   # (a dateline, a citation, a date a count starts from: "the sixth since
            # October", "el peor incidente de este tipo desde marzo"; a thing's date)
        if language is ENGLISH and _BOILERPLATE.search(sentence.text):
            continue   # (a press release's legal trailer: "This press release contains
            # forward-looking statements, including ... the expected launch of Velora in 2026")
        if _names_year(doc.text, tx, language):
            continue   # (a name's year, no happening's: "Euro 2024", "las Protestas en Egipto
            # 2011" of a blog's boilerplate in 32 of ML-Crisis' Egypt pages)
        if language is ENGLISH and _period_to_date(doc.text, tx, starts):
            continue   # ("the year to 31 January 2026": the date after tells the period)
        if _listed_before(doc.text, timexes, starts, tx, language):
            continue   # ("los días 16 y 17 de junio": the list's last day tells it, as a
            # list's first day did before the packs tagged it; its label leaves both out)
        if mentions and _continues_range(doc.text, mentions[-1], tx, language):
            mentions[-1] = replace(mentions[-1], until=tx)   # "from 1934 to 1941": one span
            continue
        mention = mention_of(tx, sentence, proper, span, language, index,
                             _others(timexes, starts, tx, sentence))
        if language.told_before and index and mention.trigger:   # ("Das teilte X mit": what
            told = told_before(mention.label, doc.text[mention.trigger[0]:mention.trigger[1]],
                               sentences[index - 1].text, language)   # the sentence before
            mention = replace(mention, label=_tidy(told)) if told else mention   # says)
        mentions.append(mention)
    return _without_restated_vague(mentions)


def _on_stamp_lines(doc: Document, timexes: list[Timex]) -> set:
    """The starts of the dates on the lines of publication stamps at the text's head (their
    clocks too: "Publié le 3 mars 2025 à 10h00"); a stamp names a day in full, so a live
    blog's first time heading alone ("10:25 p.m.") is none."""
    lines = {doc.text.rfind("\n", 0, t.start) for t, _ in head_stamps(doc.text, timexes,
                                                                       doc.body_start)
             if t.anchor == ANCHOR_EXPLICIT}
    return {t.start for t in timexes if t.start - doc.body_start <= HEAD_CHARS and
            doc.text.rfind("\n", 0, t.start) in lines} if lines else set()


def _without_restated_vague(mentions: list[Mention]) -> list[Mention]:
    """The mentions but a vague one ("now") whose happening another date of its sentence
    dates: the same trigger, or, under a live blog's time heading, a label whose every word the
    heading's holds ("6:30 p.m. Evacuation orders now cover 14 towns"): one happening, told
    once. (Not another happening's date: "His promise to halve unemployment by the year 2000
    has now been abandoned".)"""
    dated: dict = {}
    for m in mentions:
        if m.timex.value not in V.VAGUE_VALUES:
            dated.setdefault(m.sentence.start, []).append(m)

    def restated(m: Mention) -> bool:
        words = set(m.label.lower().split())
        return any(d.trigger and d.trigger == m.trigger or
                   d.timex.start < d.sentence.start and words <= set(d.label.lower().split())
                   for d in dated.get(m.sentence.start, ()))
    return [m for m in mentions if m.timex.value not in V.VAGUE_VALUES or not restated(m)]


_BOILERPLATE = re.compile(rf"(?i:{alternation(W.BOILERPLATE_MARKERS)})")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_TWO_WORDS_BEFORE = re.compile(r"(\S+)[^\S\n]+(\S+)[^\S\n]+(?:\d{4}/)?$")   # (or the second
# year of a pair: "Elecciones en Egipto 2011/2012")


def _names_year(text: str, tx: Timex, language: Language = ENGLISH) -> bool:
    """Is `tx` a bare year right after a capitalised word inside its sentence ("Euro 2024",
    "las Protestas en Egipto 2011", "Egipto 2011/2012"), or after one opening its line, a
    colon or comma after it ("Sanremo 2025, Olly vince il Festival", "Euro 2024: Spain beat
    England"; not "In 2024,"): the year of a name?"""
    if len(tx.text) != 4 or not tx.text.isdigit():
        return False
    m = _TWO_WORDS_BEFORE.search(text, max(0, tx.start - 60), tx.start)
    if m is not None and m.group(2).istitle() and m.group(2).isalpha() and \
            m.group(1)[-1:] not in ".!?:;\"“”«»" and m.group(1)[:1] not in "\"“«":
        return True
    opening = _LINE_NAME_BEFORE.search(text, max(0, tx.start - 40), tx.start)
    if opening is None or not _NAME_PUNCT_AFTER.match(text, tx.end):
        return False
    word = opening.group(1)
    return word.lower() not in (language.function_words if language.common else
                                W.PREPOSITIONS | STOPWORDS | set(W.TEMPORAL_SUBORDINATORS)) and \
        word not in vocab.MONTHS and word not in vocab.FIXED_HOLIDAYS and \
        word not in vocab.EASTER_HOLIDAYS and word.lower() not in vocab.SEASONS   # (not
    # "Christmas 2024:", "Summer 2024:")


_LINE_NAME_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*([A-Z][\w-]+)[^\S\n]+$")
_NAME_PUNCT_AFTER = re.compile(r"\s*[:,]")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _restated_count(text: str, tx: Timex, timexes: list, starts: list) -> bool:
    """Is `tx` a count from the story's day that the explicit date right after it restates
    ("Twenty-four years later, on 12 June 1987,": 1987's)? That date tells the happening."""
    k = bisect_left(starts, tx.end)
    when = tx.point or tx.value
    if tx.anchor == ANCHOR_EXPLICIT or not when or k >= len(timexes):
        return False
    after = timexes[k]
    return after.anchor == ANCHOR_EXPLICIT and bool(after.value) and \
        after.value.startswith(when) and _RESTATING_GAP.fullmatch(text, tx.end, after.start) \
        is not None


_STATE_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_RESTATING_GAP = re.compile(r"\s*(?:later|earlier|afterwards?|before)?,\s*(?:on|in)?\s*")


def _restated_clock(text: str, before: Optional[Timex], tx: Timex) -> bool:
    """Is `tx` a clock time in brackets right after another, in another zone ("4:12 a.m. local
    time (0912 GMT)")? It tells the same moment: no happening of its own."""
    return before is not None and tx.type == "TIME" and before.type == "TIME" and \
        _OPEN_BRACKET.fullmatch(text, before.end, tx.start) is not None and \
        _CLOSE_BRACKET.match(text, tx.end) is not None


_RECORD_OF = re.compile(r"\b(?:log|incident|reference|ref\.?|crime|case|occurrence)(?:\s+(?:no\.?|"
                        r"number|ref\.?))?\s+#?[A-Z]{0,3}[\d/-]*\d[\d/-]*\s+(?:of|dated)\s+$",
                        re.I)   # (a record's number and its date: "quoting log 1544 of November
# 16", "incident 0422 of 3 March", no happening)
_CITED = re.compile(r"[)\]]?[,;]?\s*\(?(?:[^\W\d_]+\s+){0,3}[^\W\d_]*:?\s*\(?"
                    r"(?:https?://|www\.)")   # (a reference's date, its address after it in at
# most three words: "«Principios», Rebelión, 04/03/11, disponible en: http://...", no happening)


def _others(timexes: list[Timex], starts: list[int], tx: Timex, sentence: Sentence) -> tuple:
    """The spans (in the sentence's frame) of the sentence's other dates, not vague ones
    (`starts`: the expressions' starts, in order)."""
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end)
    return tuple((t.start - sentence.start, t.end - sentence.start) for t in timexes[first:last]
                 if t is not tx and t.end <= sentence.end and _is_event(t) and
                 t.value not in V.VAGUE_VALUES)   # (not "now": no date of a happening)


def _entry(sentences: list[Sentence], i: int, heading: Timex) -> Optional[Sentence]:
    """The first sentence of the entry under a live blog's time heading."""
    return next((s for s in sentences[i:] if s.start >= heading.end), None)


_RELATIVE_TO_BEFORE = re.compile(rf"\b(?:{alternation(W.RELATIVE_TO)})\s+$", re.I)   # ("to
# resume before Monday": kept; "before Friday's vote": the vote)
_UNTIL_BEFORE = re.compile(rf"\b(?:{alternation(W.UNTIL)})\s+(?:(?:{alternation(W.PREPOSITION_FILLERS)})"
                           rf"\s+)?$", re.I)


def _dated_in(entry: Sentence, heading: Mention, timexes: list[Timex],
              language: Language = ENGLISH) -> bool:
    """Does a date of the entry's own date the happening its heading would ("A man died on
    Tuesday evening": Tuesday's, not the heading's)? Not a date a state lasts until ("has
    extended its warning until 6 p.m. on Thursday": the heading's time is when it was
    extended), nor another happening's ("still counting the dead from Saturday's bombing")."""
    if heading.trigger is None:
        return True
    for t in timexes:
        if not entry.start <= t.start < entry.end or not _is_event(t) or \
                _UNTIL_BEFORE.search(entry.text, max(0, t.start - entry.start - 30),
                                     t.start - entry.start):
            continue
        a, b = t.start - entry.start, t.end - entry.start
        fixed = language.verbs is not None and fixed_reading(entry.text, a, b, language)
        found = T.find(entry.text, a, b) if language.verbs is None else \
            fixed[0] if fixed else verb_near(entry.text, a, b, language)
        if found is None or found[0] + entry.start == heading.trigger[0] or \
                language.verbs is None and _said(entry.text, heading, entry.start):
            return True   # (or the heading's is only the telling of what the entry's own
    return False          # date dates: "10:50 p.m. The Center said Ingrid made landfall at
    # 9:40 p.m.": the landfall's, told once)


def _said(text: str, mention: Mention, offset: int) -> bool:
    """Is the mention's trigger a verb of saying (its happening only the telling)?"""
    a, b = mention.trigger
    return text[a - offset:b - offset].lower() in W.REPORTING


_DATELINE_BEFORE = re.compile(rf"[ \t]*[{UPPER_LATIN}][{UPPER_LATIN} .'’-]+"
                              rf"(?:,[ \t]*[{UPPER_LATIN}][\w .'’-]*)?,[ \t]*")
_DATELINE_AFTER = re.compile(vocab.DATELINE_AFTER)
_PRESS_DATELINE_BEFORE = re.compile(r"[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}"
                                    r"(?:,[ \t]*[A-Z][\w.'’-]+)?,[ \t]*")
_WHOLE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _opens_wire_story(text: str, tx: Timex) -> bool:
    """A wire dateline's date: "JOHANNESBURG, August 7 (Xinhua) --", "NAIROBI, Kenya, Aug. 8
    _" dates the report, not a happening; so does a press release's whole date after its
    place ("Larkfield, 15 April 2026 – The council today approved ...")."""
    line_start = text.rfind("\n", 0, tx.start) + 1
    if not _DATELINE_AFTER.match(text, tx.end):
        return False
    return bool(_DATELINE_BEFORE.fullmatch(text, line_start, tx.start) or
                _PRESS_DATELINE_BEFORE.fullmatch(text, line_start, tx.start) and
                _WHOLE_DATE.search(tx.value or ""))


def _listed_before(text: str, timexes: list, starts: list, tx: Timex,
                   language: Language) -> bool:
    """Is `tx` a pack's first day of a list of days ("el 16 y 17 de junio", not a span: "del 16
    al 17", "entre el 3 y el 13 de noviembre") that the next date ends?"""
    if tx.rule != "listed_day" or language.range_joiner is None:
        return False
    i = bisect_left(starts, tx.start) + 1
    return i < len(timexes) and joined(language.range_joiner, text, tx, timexes[i]) and \
        not joined(language.span_joiner, text, tx, timexes[i]) and not (
            language.between and language.between.search(text, max(0, tx.start - 16), tx.start))


def _continues_range(text: str, previous: Mention, tx: Timex,
                     language: Language = ENGLISH) -> bool:
    """Is `tx` the end of a span the previous mention opens ("from 1934 to 1941", "1558–1603",
    "(32-31 B.C.)", "between 1871 and 1879")? Both dated, in order, joined by a dash, "to",
    "through" or "until" (or the language's words: "a", "bis", "jusqu'à"), or by "and" after
    "between"."""
    first = previous.until or previous.timex
    if previous.until is not None or _POSSESSIVE_AFTER.match(text[tx.end:tx.end + 2]):
        return False   # (nor a date owning a noun: "a revision Friday to December's figures")
    between = language.between or _BETWEEN_BEFORE
    if not joined(language.span_joiner or _SPAN_JOINER, text, first, tx) and not (
            joined(language.range_joiner or _AND_JOINER, text, first, tx) and
            between.search(text, max(0, first.start - 16), first.start)):
        return False
    if language is ENGLISH and (_point_then_until(text, first, tx) or
                                _PERIOD_TO.fullmatch(first.text)):
        return False   # (nor "the year to 31 January 2026": a period that ends on the date)
    a, b = V.value_years(first.when), V.value_years(tx.when)   # (years before the era too)
    return bool(a and b and a[0] < b[1])


_PERIOD_TO = re.compile(rf"{W.THE}\s+(?:[\w-]+\s+)?(?:{alternation(vocab.UNITS)})s?", re.I)   # ("the
# year", "the 13 weeks", "the six months": a period a date after "to" ends)


_TO_DATE = re.compile(r"\s+to\s+")


def _period_to_date(text: str, tx: Timex, starts: list) -> bool:
    """Is `tx` a period ("the year", "the 13 weeks") that the next expression ends ("the year
    to 31 January 2026")?"""
    if not _PERIOD_TO.fullmatch(tx.text):
        return False
    joined = _TO_DATE.match(text, tx.end)
    if joined is None:
        return False
    at = bisect_left(starts, joined.end())
    return at < len(starts) and starts[at] == joined.end()


def _point_then_until(text: str, a: Timex, b: Timex) -> bool:
    """Is `a` a point ("in", "on", "at" before it) and `b` the date a state lasts until, no
    span ("vessels ordered in March 2023 until 2027": the delay lasts until 2027)?"""
    return bool(_UNTIL_JOINER.fullmatch(text, a.end, b.start) and
                _POINT_BEFORE.search(text, max(0, a.start - 12), a.start))


_UNTIL_AFTER = re.compile(rf"\s(?:{alternation(W.UNTIL)})\s", re.I)
_UNTIL_JOINER = re.compile(rf"\s+(?:{alternation(W.UNTIL)})\s+", re.I)
_POINT_BEFORE = re.compile(rf"\b(?:{alternation(W.POINT_PREPOSITIONS)})\s+(?:the\s+)?$", re.I)


_DIRECTION = re.compile(rf"(?:\s+(?:{alternation(W.DATE_DIRECTIONS)})(?![\w-]))?", re.I)


def _phrase_end(text: str, tx: Timex, language: Language = ENGLISH) -> int:
    """Where the words dating an event end: a duration with a point ("Three days", P3D) goes
    on over its "later" or "earlier" ("dos meses después"), which TimeML leaves out of the
    TIMEX3."""
    return (language.directions or _DIRECTION).match(text, tx.end).end() if tx.point else tx.end

_SPAN_WORDS = r"[-–—]|" + alternation(W.SPAN_WORDS)
_YEAR_COMMA = r"(?:(?<=\d,\s\d{4}),)?"   # (a full date's comma after its year: "between
# March 2, 2023, and Jan. 15, 2025"; not a year's: "in 2004, and the following year")
_SPAN_JOINER = re.compile(rf"{_YEAR_COMMA}\s*(?:{_SPAN_WORDS})\s*", re.I)   # "from 1934 to 1941"
_AND_JOINER = re.compile(rf"{_YEAR_COMMA}\s+and\s+", re.I)
_BETWEEN_BEFORE = re.compile(rf"\b(?:{alternation(W.SPAN_OPENERS)})\s+(?:the\s+)?$", re.I)
_RANGE_JOINER = re.compile(rf"{_YEAR_COMMA}\s*(?:{_SPAN_WORDS}|(?:and|or)(?:\s+then\s+(?:in\s+)?)?)\s*",
                           re.I)   # ... or "May and June", "in 2018 and then in 2020"


def _listed_years(text: str, a: Timex, b: Timex) -> bool:
    """Are two years listed with a comma between ("won in 2020, 2021 and 2024")?"""
    return text[a.end:b.start] == ", " and all(len(t.text) == 4 and t.text.isdigit()
                                               for t in (a, b))


def _range_spans(text: str, timexes: list[Timex],
                 language: Language = ENGLISH) -> list[tuple[int, int]]:
    """Each timex's span (over a point's "later": _phrase_end), widened over the timexes it
    forms a range or list with ("May 10-15", "1558–1603", "Monday and Tuesday"): a label
    leaves the whole phrase out."""
    spans = [(tx.start, _phrase_end(text, tx, language)) for tx in timexes]
    joiner = language.range_joiner or _RANGE_JOINER
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if (joined(joiner, text, a, b) or _listed_years(text, a, b)) and \
                not _POSSESSIVE_AFTER.match(text[b.end:b.end + 2]) \
                and "DURATION" not in (a.type, b.type) and \
                V.VAGUE_VALUES.isdisjoint((a.value, b.value)) and not (
                    language is ENGLISH and _point_then_until(text, a, b)):   # (nor "on
            # Friday to 12 years", "ordered in March until 2027")
            spans[i + 1] = (spans[i][0], b.end)   # (not "Friday to December's figures", nor
            # "on Wednesday and now goes": "now" opens a second predicate)
    for i in range(len(timexes) - 2, -1, -1):   # (back: the first takes the whole range too)
        if spans[i + 1][0] <= timexes[i].start:
            spans[i] = spans[i + 1]
    return spans


def sort_events(events: Iterable[Event]) -> list[Event]:
    ordered = sorted(events, key=Event.order)
    return [evolve(e, event_id=f"E{i:04d}") for i, e in enumerate(ordered, 1)]
