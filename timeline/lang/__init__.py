"""Languages other than English, read from data packs (one module of word tables a language).

`PACKS` names the languages with a hand-made pack (es, fr, de, it, pt); any other language
dateparser knows gets a pack from its locale data (lang/tail.py: explicit dates, weekdays, a few
phrases, at a lower confidence). `available(code)` says whether a language is read; `load`
gives its pack; `find` and `resolve` tag a text. English is read by the finder and resolver
packages, which are older and faster; the packs share their value helpers.
"""
from __future__ import annotations

from datetime import date
import re
from functools import lru_cache
from importlib import import_module

from ..joiners import alternation
from ..model import Timex
from .pack import Pack, variants
from .tail import CONFIDENCE as TAIL_CONFIDENCE, tail_pack

PACKS = ("es", "fr", "de", "it", "pt")


def available(code: str) -> bool:
    return code in PACKS or (code != "en" and tail_pack(code) is not None)


def hand_made(code: str) -> bool:
    return code in PACKS


def load(code: str) -> Pack:
    """The pack of a language code (KeyError when there is none)."""
    if code in PACKS:
        return import_module(f".{code}", __name__).PACK
    pack = tail_pack(code) if code != "en" else None
    if pack is None:
        raise KeyError(code)
    return pack


def find(text: str, code: str, start: int = 0) -> list[Timex]:
    from .tagger import find as find_in
    return find_in(text, load(code), start)


def resolve(timexes: list[Timex], text: str, dct: date, code: str,
            inferred: bool = False) -> list[Timex]:
    """The timexes with values; those reached from an inferred DCT say so (anchor
    inferred-dct, lower confidence)."""
    from dataclasses import replace

    from ..model import ANCHOR_DCT, ANCHOR_INFERRED
    from .resolver import resolve as resolve_in
    out = resolve_in(timexes, text, dct, load(code))
    if code not in PACKS:   # the long tail: names only, no tense or context read
        out = [replace(t, confidence=round(t.confidence * TAIL_CONFIDENCE, 3)) for t in out]
    if inferred:
        out = [replace(t, anchor=ANCHOR_INFERRED, confidence=round(t.confidence * 0.8, 3))
               if t.anchor == ANCHOR_DCT else t for t in out]
    return out


def infer_dct(timexes: list[Timex], fallback: date, text: str, code: str) -> tuple[date, bool]:
    """The latest day the text names in full, else (fallback, False)."""
    from ..model import ANCHOR_EXPLICIT
    from .resolver import until_regex
    until = until_regex(load(code))
    days, ahead = [], []
    for t in resolve(timexes, text, fallback, code):
        if t.anchor == ANCHOR_EXPLICIT and t.value and len(t.value) >= 10 and \
                t.value[4] == "-" and t.value[:4].isdigit():
            (ahead if until and until.search(text, max(0, t.start - 24), t.start) else
             days).append(date.fromisoformat(t.value[:10]))   # (a day something runs until
    days = days or ahead                                       # is ahead of the story's own)
    return (max(days), True) if days else (fallback, False)


_NOT_COMMON = ("stopwords", "saying", "number_nouns", "count_nouns", "locatives", "institutions",
               "present_verbs", "participle_endings", "adverb_endings", "name_words", "happened",
               "noun_endings", "told_before", "club_articles", "drops_subjects",
               "article_cities")   # (a verb's
# stem is no word, nor an ending; "el caso", "la ley", "la ciudad": nouns a label holds)


@lru_cache(maxsize=None)
def common_words(code: str) -> frozenset:
    """Lower-case words of the language that are never a name, even capitalised at a
    sentence's start: its function words and every word of its date tables ("Ayer", "Lunes")."""
    from dataclasses import fields

    p = load(code)
    words = set(p.stopwords)
    for f in fields(p):
        table = getattr(p, f.name)
        if isinstance(table, (dict, tuple)) and f.name not in _NOT_COMMON:
            for phrase in table:
                if isinstance(phrase, str):
                    words.update(w for w in re.split(r"[\s'’-]+", phrase.lower()) if w)
    return frozenset(words)


@lru_cache(maxsize=None)
def locative(code: str) -> "re.Pattern | None":
    """A regex of the words that put a place after them ("en", "dans", "nach"), matched at
    the end of the text before a name; None for a pack without them."""
    pack = load(code)
    if not pack.locatives:
        return None
    whole = rf"(?:(?:{alternation(pack.whole)})\s+)?" if pack.whole else ""   # ("in tutta Italia")
    return re.compile(rf"(?<![\w])(?:{alternation(pack.locatives)})(?:(?<=['’])|\s+{whole})$",
                      re.I)   # (an elided one right before its place: "dans l'Aisne")


def _noun_openers(pack: Pack) -> tuple:
    """Words after "después", "avant" that make it a preposition before a noun or clause."""
    return pack.of + pack.contracted + pack.relatives + pack.articles + pack.label_articles


@lru_cache(maxsize=None)
def reading(code: str):
    """What the event stage reads of the language (events.Language), built once. Its verb
    forms are the ones the resolver reads tense from (resolver.tense_regex)."""
    from .labels import Language
    from ..joiners import joiner
    from .resolver import saying_regex, tense_regex

    pack = load(code)
    keep = frozenset(w for phrase in pack.auxiliaries + pack.negations + pack.titles
                     for w in phrase.split())   # (a label may begin with "La ministra")
    return Language(
        common=common_words(code), locative=locative(code), verbs=tense_regex(pack),
        present=frozenset(variants(pack.present_verbs)),
        auxiliaries=frozenset(pack.auxiliaries), verb_last=pack.verb_last,
        determiners=frozenset(pack.noun_determiners) | (   # (a number word too: "nach elf
            frozenset(pack.numbers) if pack.noun_determiners else frozenset()),   # Titeln")
        genitives=frozenset(pack.genitives),
        happened=frozenset(variants(pack.happened)), noun_endings=pack.noun_endings,
        told_before=tuple(sorted(pack.told_before, key=len, reverse=True)),
        since=words_regex(pack.since, r"\s+$") if pack.since else None,
        clubs=re.compile(rf"(?<![\w'’])(?:{alternation(pack.club_articles)})\s+"
                         rf"(?!(?:{alternation(pack.article_cities)})(?![\w]))\w[\w'’ .-]*$",
                         re.I)
        if pack.club_articles else None,   # (matched from before the article to the name's end)
        directions=re.compile(rf"(?:\s+(?:{alternation(variants(pack.later_after))})(?![\w-])"
                              rf"(?!\s*(?:{alternation(_noun_openers(pack))})(?![\w-])|"
                              r"\s*[^\W\d_]{1,2}['’]))?", re.I) if pack.later_after else None,
        # (not a preposition's: "después de la caída", "avant le scrutin", "dopo che")
        continued=re.compile(rf"(?:\s+(?:{alternation(pack.name_words)}))+(?![\w'’-])")
        if pack.name_words else None,
        participle=re.compile(rf"[^\W\d_]{{2,}}(?:{alternation(pack.participle_endings)})")
        if pack.participle_endings else None, agents=frozenset(pack.agents),
        adverbs=pack.adverb_endings, of_articles=dict(pack.of_articles),
        numbers=frozenset(variants(pack.numbers)), approx=tuple(variants(pack.approx)),
        date_nouns=frozenset(variants(pack.units)) | frozenset(variants(pack.position_mods)),
        event_before=re.compile(rf"(?<![\w'’])(?:{alternation(pack.event_prepositions)})\s+", re.I)
        if pack.event_prepositions else None,
        descriptor=re.compile(pack.descriptors) if pack.descriptors else None,
        of_open=re.compile(rf"(?:{alternation(pack.of_articles)})(?=[\s\d])", re.I)
        if pack.of_articles else None,
        of_end=re.compile(rf"(?<![\w'’])(?:{alternation(pack.of_articles)})\s*$", re.I)
        if pack.of_articles else None,
        keep=keep,
        span_joiner=joiner(pack.span_words), range_joiner=joiner(
            pack.span_words + pack.list_words + tuple(   # (and a list word with a date's
                f"{w} {p}" for w in pack.list_words   # preposition: "en mayo de 2023 y en
                for p in pack.locatives + pack.contracted if " " not in p)),   # septiembre")
        articles=frozenset(a for a in pack.articles + pack.label_articles
                           if not a.endswith(("'", "’"))),
        clitics=frozenset(pack.clitics), pronouns=frozenset(pack.subject_pronouns),
        particles=frozenset(pack.particles), roles=pack.role_heads,
        institutions=re.compile(rf"(?:{alternation(pack.institutions[0])})\w*"
                                rf"(?:{alternation(pack.institutions[1])})")
        if pack.institutions else None,
        coordinators=frozenset(pack.list_words),
        function_words=frozenset(w for w in pack.stopwords if w not in keep),
        openers=words_regex(pack.date_openers, r"\s*$", start=r"(?<![\w'’])"),
        until=words_regex(pack.until_before, r"\s*$", start=r"(?<![\w'’])"),
        saying=saying_regex(pack),
        portfolio=words_regex(pack.titles, rf"\s+(?:{alternation(variants(pack.title_links))})\s*$",
                              start=r"(?<!\w)(?:ex[- ]?)?")   # (a former one's: "expresidente de
        if pack.title_links else None,                          # la Federación", "ex ministro")
        between=words_regex(pack.between, r"\s+$"), of=words_regex(pack.of, r"\s*$"),
        relatives=frozenset(pack.relatives), owning=frozenset(pack.owning_relatives),
        drops_subjects=pack.drops_subjects,
        contracted=frozenset(pack.contracted), reflexive=pack.clitics[0] if pack.clitics else "",
        plural=pack.plural, conjunctions=frozenset(pack.conjunctions),
        idioms=frozenset(pack.idiom_nouns), subordinators=frozenset(pack.subordinators),
        counted_since=words_regex(pack.since_markers, rf"\b(?:\s+\S+){{0,8}}?\s+(?:"
                                  rf"{alternation(variants(pack.since))})\s+$")
        if pack.since_markers and pack.since else None)


def words_regex(words: tuple, after: str, start: str = r"(?<!\w)") -> "re.Pattern | None":
    """A regex of any of a pack table's words (accents optional) followed by `after` ("\\s+$":
    the words ending the text before an expression); None without any."""
    if not words:
        return None
    return re.compile(rf"{start}(?:{alternation(variants(words))}){after}", re.I)
