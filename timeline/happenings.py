"""Every happening about an entity, dated or not: what `--about` draws from.

The event stage (events.py) makes an event of each date that anchors a happening; a story about
Airbus also tells happenings no date of their own dates ("Airbus shares fell"). This stage owns
them: in the sentences that name one of the entities, the verb the name is the subject of and
each verb and event noun near the name in its clause (about.REACH) is a happening, unless it is
already a dated event's trigger; so is the verb after "He" or "The company" opening the next
sentence. It is dated by its sentence's one date (anchor "sentence"); else, on the headline and
the lead (the story's first full sentence: the day's news), by the publication day; else, when
told in the past tense (not the past perfect, "had agreed", which tells of before the news), by
the story's news day (anchor "tense": the last day of the week before publication that an
earlier sentence named, "Apple unveiled the iPhone on Monday. Jobs called it ...", else the
publication day); else it is left undated ("XXXX-XX-XX") but in text order. They are never
merged across documents (merge.py): each is one mention. Built only when entities are asked
for: the dated timeline stays as it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from . import about as A
from . import pronouns
from . import trigger as T
from . import values as V
from .events import (ENGLISH, Language, actors, actors_in, happening_label, proper_words,
                     split_places, who_in, without_common_nouns)
from .lang.en.words import ANAPHORIC_EVENT_NOUNS, EVENT_ANAPHORA_DETERMINERS, MINDS
from .merge import reports_of
from .model import ANCHOR_SENTENCE, ANCHOR_TENSE, ANCHOR_NONE, Document, Event, Sentence, evolve

UNDATED = "XXXX-XX-XX"
LEAD_WORDS = 8   # the story's first sentence this long is its lead (not a dateline, a byline)
NEWS_DAYS = 7   # a day named this many days before publication can be the story's news day
CONFIDENCE = {ANCHOR_SENTENCE: 0.5, ANCHOR_TENSE: 0.3, ANCHOR_NONE: 0.0}


def happenings(doc: Document, sentences: Sequence[Sentence], dated: Sequence[Event],
               dct: date, entities: Iterable[str], language: Language = ENGLISH) -> list[Event]:
    """The `dated` events (the event stage's, each with its sentence_index), a name among the
    actors of each whose word it (or "He", "The company" for it) is the subject of, then the
    happenings of `doc` near where its sentences name one of `entities` (and after a "He" or
    "The company" opening the next sentence), other than the dated events' triggers.
    (Following every "it" and description, about.references, measured worse on SemEval-2015:
    see the README.)"""
    spans = A.unheld({(m.start(), m.end(), entity) for entity in entities
                      for m in A.pattern(entity).finditer(doc.text)})   # ("Airbus" in
    # "Airbus A380" is the A380's name)
    if not spans or (language is not ENGLISH and language.verbs is None):
        return list(dated)
    taken, dates = set(), {}
    for e in dated:   # (each of its mentions: those merged into it are its reports)
        for _, _, start, _, index in reports_of(e):
            taken.add(start)
            if index is not None and e.date is not None:
                dates.setdefault(index, set()).add(e.value)
    news_day = dct.isoformat()   # the day the story tells of: the publication day, or the last
    days = {i: max(v for v in values if _news_day(v, dct))   # day of the week before it named
            for i, values in dates.items() if any(_news_day(v, dct) for v in values)}
    proper = proper_words(sentences)
    lead_sentence = next((i for i, s in enumerate(sentences) if len(s.text.split()) >= LEAD_WORDS
                          and not _is_headline(s, doc.title)), None)
    told = [i for i in sorted(days) if i <= (lead_sentence or 0) + 2]
    opening_day = days[told[0]] if told else dct.isoformat()   # (the lead's news: "Boeing
    # unveiled the 787. Sunday was chosen as ...": Sunday's)
    persons = {entity: A.is_person(entity, doc.text) for entity in entities}
    whole = {entity: len(entity.split()) == 1 or A.names_whole(doc.text, entity)
             for entity in entities}   # (else "Apple" is no lead for "Beatles Apple Corps")
    out, at, leads, claims = [], 0, [], {}
    told: dict = {}   # event noun -> the entities whose happening it named ("a deal with Boeing")
    for index, s in enumerate(sentences):
        names = []
        while at < len(spans) and spans[at][1] <= s.end:
            if spans[at][0] >= s.start:
                names.append(spans[at])
            at += 1
        previous, news_day = news_day, days.get(index, news_day)
        opening = _is_headline(s, doc.title) or index == lead_sentence   # (the day's news)
        when = _When(dates.get(index, set()), opening_day if opening else previous, opening)
        if language is ENGLISH and told:   # ("The deal was announced at a forum": the deal
            for e in _again(doc, s, index, told, taken, when, proper):   # with Boeing)
                taken.add(e.trigger_start)
                out.append(e)
        if not names:   # ("Jobs unveiled the iPad. He called it magical.": called, by Jobs)
            if language is ENGLISH:   # (the first entity named before that it can refer to)
                out += next((found for found in (
                    _referred(doc, s, index, entity, persons[entity], taken, when, proper,
                              claims)
                    for entity in leads) if found), [])
            leads = []
            continue
        leads = [entity for entity in dict.fromkeys(name[2] for name in sorted(names))
                 if whole[entity]]   # (the entities it names, first first: a next "He")
        read = _english if language is ENGLISH else _pack
        for span, past, subject in read(doc, s, names, taken, language, claims):
            e = _event(doc, s, index, span, *when.of(past), proper, language)
            out.append(evolve(e, who=_with_actor(subject, e.who)) if subject
                       else e)   # (the name it is the subject of is among its actors)
            word = e.trigger.lower()
            if language is ENGLISH and word in ANAPHORIC_EVENT_NOUNS:
                told.setdefault(word, set()).update(leads)
    if language is ENGLISH:
        out = _pronouns_named(doc, sentences, out)
    return [evolve(e, who=_with_actor(claims[e.trigger_start], e.who))
            if e.trigger_start in claims else e for e in dated] + out


def _with_actor(name: str, who: tuple) -> tuple:
    """`who` with `name` first, unless it is the surname of a whole name there ("Sandvik"
    beside "Irene Sandvik", which pronouns.whole gave it)."""
    if any(other.endswith(" " + name) for other in who):
        return who
    return tuple(dict.fromkeys((name,) + who))


@dataclass
class _Telling:
    """A happening as pronouns.resolve reads a mention: its label, sentence and trigger."""
    label: str
    sentence: Sentence
    sentence_index: int
    trigger: tuple
    who: tuple


def _pronouns_named(doc: Document, sentences: Sequence[Sentence], events: list) -> list:
    """The happenings, each whose label opens with a pronoun ("He said Northwind would seek
    compensation") told with the name it stands for, and each surname among its actors by the
    whole name the story gave it, as the dated events are (pronouns.py)."""
    tellings = [_Telling(e.label, sentences[e.sentence_index], e.sentence_index,
                         (e.trigger_start, e.trigger_end), e.who) for e in events]
    named = pronouns.resolve(tellings, sentences, doc.text, actors, who_in)
    return [e if (t.label, t.who) == (e.label, e.who) else evolve(e, label=t.label, who=t.who)
            for e, t in zip(events, named)]


_THE_NOUN = re.compile(rf"\b(?:{'|'.join(EVENT_ANAPHORA_DETERMINERS)})\s+([a-z]+)\b", re.I)


def _again(doc: Document, s: Sentence, index: int, told: dict, taken: set, when: "_When",
           proper) -> list[Event]:
    """The happenings a sentence tells again by a definite event noun that an earlier one told
    of the entities ("... a deal with Boeing. The deal was announced at a forum"), with those
    entities among their actors."""
    out = []
    for m in _THE_NOUN.finditer(s.text):
        entities = told.get(m.group(1).lower())
        if entities and s.start + m.start(1) not in taken:
            e = _event(doc, s, index, m.span(1), *when.of(False), proper, ENGLISH)
            out.append(evolve(e, who=tuple(dict.fromkeys(tuple(sorted(entities)) + e.who))))
    return out


class _When:
    """How a sentence's happenings are dated: by its one date; else, on the opening lines
    (headline, lead), every one by the publication day; else a past one by the news day."""

    def __init__(self, known: set, news_day: str, opening: bool):
        self.known, self.news_day, self.opening = known, news_day, opening

    def of(self, past: bool) -> tuple[str, str]:
        if len(self.known) == 1:
            return next(iter(self.known)), ANCHOR_SENTENCE
        if self.opening or past:
            return self.news_day, ANCHOR_TENSE
        return UNDATED, ANCHOR_NONE


def _near(doc: Document, start: int, names: list) -> bool:
    """Is the word at `start` within REACH of one of the names, in its clause?"""
    return any(first - A.REACH <= start <= last + A.REACH and
               not _BREAK.search(doc.text, min(start, last), max(start, first))
               for first, last, _ in names)


def _english(doc: Document, s: Sentence, names: list, taken: set, language: Language,
             claims: dict):
    """(span in the sentence, past?, the name as its subject or None) of each English
    happening a name takes part in: the verb it is the subject of, and each verb and event
    noun near it. (A past perfect, "had agreed", tells of before the story's news: it is not
    dated by the news day.) A dated event's verb a name is the subject of is claimed for it
    (`claims`: its start -> the name)."""
    toks = T.tokens(s.text)
    subjects = [(first, last) for first, last, _ in names
                if _may_be_subject(toks, first - s.start)]
    acted = _verbs_after(toks, [last - s.start for _, last in subjects])
    for i, k in acted.items():   # (the name as written: "Apple" is Apple Corps only where
        noun = T.light_object(toks, i)   # the story names it whole, about.select)
        claims.setdefault(s.start + toks[i if noun is None else noun][0],
                          doc.text[subjects[k][0]:subjects[k][1]])
    seen = set()
    for i, (a, b, word) in enumerate(toks):
        start = s.start + a
        if start not in taken and (i in acted or _near(doc, start, names)) and \
                T.is_happening(toks, i) and word.lower() not in MINDS:   # (no state of mind:
            # "Boeing believes")
            past = T.is_verb(toks, i) and T.is_past(word) and not T.is_past_perfect(toks, i)
            noun = T.light_object(toks, i)   # ("made its maiden flight": the flight)
            span = toks[noun][:2] if noun is not None else (a, b)
            if span not in seen and s.start + span[0] not in taken:
                seen.add(span)
                yield span, past, claims.get(s.start + span[0]) if i in acted else None


def _referred(doc: Document, s: Sentence, index: int, entity: str, person: bool, taken: set,
              when: _When, proper, claims: dict) -> list[Event]:
    """The happening of a sentence opened by "He" or "The company" referring to `entity`:
    the verb it is the subject of, with the entity among its actors (a dated event's verb is
    claimed for it: `claims`)."""
    referred = A.opening_reference(s.text, entity, person)
    if not referred:
        return []
    toks = T.tokens(s.text)
    out = []
    for i in _verbs_after(toks, [referred[1]]):
        claims.setdefault(s.start + toks[i][0], entity)
        if s.start + toks[i][0] not in taken:
            e = _event(doc, s, index, toks[i][:2],
                       *when.of(T.is_verb(toks, i) and T.is_past(toks[i][2])), proper, ENGLISH)
            out.append(evolve(e, who=tuple(dict.fromkeys((entity,) + e.who))))
    return out


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BREAK = re.compile(r"[,;:()\"“”]")


def _pack(doc: Document, s: Sentence, names: list, taken: set, language: Language,
          claims: dict):
    """(span in the sentence, past?) of each happening a name takes part in, in a pack's
    language: its verb forms in a tense near the name ("anunció"; "a annoncé": the participle
    after the auxiliary)."""
    words = list(_WORD.finditer(s.text))
    for k, m in enumerate(words):
        tense = language.verbs.fullmatch(m.group())
        if tense is None:
            continue
        if m.group().lower() in language.auxiliaries:
            if k + 1 == len(words):
                continue
            m = words[k + 1]
        start = s.start + m.start()
        if start not in taken and _near(doc, start, names):
            yield m.span(), bool(tense.group("past")), None


def _is_headline(s: Sentence, title: str) -> bool:
    """Is the sentence the document's headline ("# Deal ends strike"; a page's title may add
    its site: "Deal ends strike | Coastal Times")?"""
    text = s.text.strip(" #\t\n")
    return bool(text) and title.strip().startswith(text) and len(text) >= len(title) // 2


def _event(doc: Document, s: Sentence, index: int, trigger: tuple, value: str, anchor: str,
           proper, language: Language) -> Event:
    label = happening_label(s.text, trigger, language)
    names = without_common_nouns(actors_in(label, proper, language), language)
    who, where = split_places(names,
                              s.text, language.locative, s.text[trigger[0]:trigger[1]],
                              language.of, language.idioms, language.coordinators,
                              language.clubs)
    span = V.value_span(value)
    start, end = s.start + trigger[0], s.start + trigger[1]
    return Event(event_id="", date=span[0] if span else None, end_date=span[1] if span else None,
                 granularity=span[2] if span else "", value=value, timex="", label=label,
                 who=who, sentence=s.text, source=doc.id, start=start, end=end, anchor=anchor,
                 confidence=CONFIDENCE[anchor], sources=(doc.id,),
                 trigger=doc.text[start:end], trigger_start=start, trigger_end=end,
                 where=where, sentence_index=index)


def _news_day(value: str, dct: date) -> bool:
    """Is `value` a day of the week before the publication day (the story's news)?"""
    span = V.value_span(value)
    return span is not None and span[2] in ("day", "time") and \
        0 <= (dct - span[0]).days <= NEWS_DAYS


def _may_be_subject(toks, start: int) -> bool:
    """Can the name at `start` be a subject: not after a preposition or a verb ("In addition
    to the iPod Classic, they announced", "the same size as a 5th generation iPod"), past its
    determiners and modifiers?"""
    i = next((k for k, tok in enumerate(toks) if tok[0] >= start), len(toks)) - 1
    while i >= 0 and (toks[i][2].lower() in T.W.DETERMINERS or toks[i][2][:1].isdigit() or
                      toks[i][2] in ("'s", "’s") or T.W.classes(toks[i][2].lower()) & T.W.ADJ
                      and not T.is_verb(toks, i) and toks[i][2].lower() not in T.W.PREPOSITIONS):
        i -= 1
    return i < 0 or not (toks[i][2].lower() in T.W.PREPOSITIONS or T.is_verb(toks, i))


SUBJECT_REACH = 12   # words between a name and the verb it is the subject of


def _verbs_after(toks, ends: list) -> dict:
    """The index of the first verb (past its auxiliaries) after each name ending at one of
    `ends`, within SUBJECT_REACH words of the sentence: the happening the name is the subject
    of ("Airbus, the European planemaker based in Toulouse, has announced"), mapped to the
    position in `ends` of its name."""
    found: dict = {}
    for k, end in enumerate(ends):
        first = next((i for i, tok in enumerate(toks) if tok[0] >= end), len(toks))
        if first < len(toks) and toks[first][2] == ",":   # an apposition: after its comma
            first = next((i + 1 for i in range(first + 1, min(first + SUBJECT_REACH,
                                                              len(toks)))
                          if toks[i][2] == ","), first)
        for i in range(first, min(first + SUBJECT_REACH, len(toks))):
            if toks[i][2] in (".", ";", ":", "?", "!"):
                break
            if T.is_verb(toks, i) and T.is_happening(toks, i):
                found.setdefault(i, k)
                break
    return found
