"""The happening a date anchors: the verb or event noun that a temporal expression dates, as
TimeML marks an EVENT ("exploded" in "exploded on Friday", "vote" in "Tuesday's vote", "said" in
"said on Friday").

Owns one decision, made from the words of one sentence and their classes (wordclass.py), with
no parser: the date modifies the noun it stands before ("the 1998 bombings"), else the verb of
its clause: the nearest one before it ("met with Aziz on Friday"), else, for a date that opens
its clause ("On Friday, the ministers met"), the first main verb after it, past any relative
clause and auxiliaries. A copula gives way to its predicate ("was part of the crew in 1984").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import wordclass as W
from .joiners import alternation
from .mdtext import blank_but
from .lang.en import vocab
from .lang.en import words as EN
from .lang.en.words import (LIGHT_VERBS as _LIGHT, PARTICLES as _PARTICLES, SAY as _SAY,
                             SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS, VERB_MODALS as _MODALS)

_TOKEN = re.compile(r"[A-Za-z][\w'’.&-]*[\w]|[A-Za-z]|\d(?:[\d,.:/-]*\w+)?|[’']s\b|\S")
_BOUNDARY = frozenset(";:—–\"“”`") | {"--", "``", "''"}
_POSSESSIVE = frozenset({"'s", "’s"})
_DETERMINER_LIKE = W.DETERMINERS | _POSSESSIVE
_DATE = "@"
WINDOW = 160   # characters read each side of the date (a clause's reach)
_ATTRIBUTIVE_BEFORE = EN.ATTRIBUTIVE_BEFORE | {","}
_FLOATING = EN.FLOATING
_VERB_PREPOSITIONS = EN.VERB_PREPOSITIONS
_FRONTING = EN.FRONTING | {","}
_HEADING_ENDS = frozenset(":—–") | {"--", "-"}   # (after a date heading a line or list item)


_CLEFT = re.compile(EN.CLEFT, re.I)
_SUBORDINATORS = frozenset(w for w in EN.TEMPORAL_SUBORDINATORS if " " not in w) | \
    EN.GERUND_SUBORDINATORS
_TITLE = re.compile(r"(?:[“\"]|``)([A-Z0-9][^“”\"`\n]{0,60}?)[,.!?]?(?:[”\"]|'')")
_TITLE_SMALL = frozenset("a an the of and or in on at to for with from by".split())


@lru_cache(maxsize=256)
def titles_masked(text: str, blank: bool = False) -> str:
    """`text` with each quoted title ("The Pit Road," in 'her first novel, "The Pit Road," in
    1961') written as one capitalised word of the same length, so that a title reads as a name
    and its quote marks and comma end no clause (with `blank`, as spaces: a title is no actor);
    a quoted saying ("We will win," he said) is left as it is, and a few lower-case words in
    quote marks ("adjustments") lose their marks. Offsets are kept."""
    if '"' not in text and "“" not in text and "``" not in text:
        return text
    text = _SCARE_QUOTE.sub(lambda m: blank_but(m, 1), text)   # (a quoted word or two: words
    # of its clause, no break)

    def masked(m: re.Match) -> str:
        words = m.group(1).split()
        noun = _NOUN_AFTER.match(text, m.end())
        if len(words) > 6 or not (all(w[:1].isupper() or w[:1].isdigit() or
                                      w.lower() in _TITLE_SMALL for w in words) or
                                  words[:1] and words[0][:1].isupper() and noun and
                                  W.classes(noun.group(1)) & W.NOUN and
                                  noun.group(1) not in EN.REPORTING):   # (or a quoted
            return m.group()   # phrase naming the noun after it: his "Ich bin ein Berliner"
        # speech)
        return " " * len(m.group()) if blank else "Q" + "q" * (len(m.group()) - 1)
    return _TITLE.sub(masked, text)


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_SCARE_QUOTE = re.compile(r"(?:[“\"]|``)([a-z][\w'’ -]{0,40}?)(?:[”\"]|'')")   # (a few words
# quoted inside a clause: "ready to discuss "adjustments" next week")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each token of `text`, a new list (callers may change it)."""
    return list(_tokens(text))


@lru_cache(maxsize=512)   # (a sentence is read by its trigger, its label and its clauses)
def _tokens(text: str) -> tuple:
    return tuple([(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)])


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _proper(toks, i) -> bool:
    """A capitalised word inside a sentence (not its first word): a name."""
    word = toks[i][2]
    return word[:1].isupper() and i > 0 and toks[i - 1][2] not in _BOUNDARY and \
        toks[i - 1][2] not in (".", "!", "?") and \
        not (toks[0][2] == "#" and all(t[2] == "#" for t in toks[:i]))   # (after a Markdown
    # heading's "#": its first word)


def _dated_before_and(toks, i) -> bool:
    """Does a date end right before the "and" (or ", and") at toks[i - 1]: the dated token, a
    number, or a month's or weekday's name ("on Friday and runs")?"""
    k = i - 3 if i > 2 and toks[i - 2][2] == "," else i - 2
    if k < 0:
        return False
    word = toks[k][2]
    return word == _DATE or word[:1].isdigit() and word.rstrip(",.").isdigit() or \
        word in vocab.WEEKDAYS or word in vocab.MONTHS


def _plural_verb(word: str) -> bool:
    """Can `word` be a plural subject's present ("and polls close at 10 p.m.": "polls" is
    its subject): a lower-case verb's form without "-s", no preposition?"""
    low = word.lower()
    return word.islower() and not low.endswith("s") and bool(W.classes(low) & W.VERB) and \
        low not in W.PREPOSITIONS and low not in W.STOP


def _modal_before_date(toks, i) -> bool:
    """Is toks[i] after "and" and a date that follow a modal's verb ("will begin on Dec. 1 and
    run"): a modal and then a plain verb within the eight tokens before the date, no boundary?"""
    if not _dated_before_and(toks, i):
        return False
    for k in range(i - 3, max(-1, i - 12), -1):
        word = toks[k][2].lower()
        if word in _BOUNDARY or word in (",", "and", "or", "but"):   # (a "." ends "Dec.")
            return False
        if word in _MODALS:
            return k + 1 < i - 3 and W.classes(toks[k + 1][2].lower()) & W.VERB != 0
    return False


def is_verb(toks, i) -> bool:
    """Is toks[i] a verb here? A word that can only be a verb is; one that can also be a noun is
    one after a subject pronoun, an auxiliary or "to" (or an -ed form); one that can also be an
    adjective is one unless a noun follows it ("the preferred shares", "decapitated body").
    Never after a determiner, nor after a number unless it can only be a verb ("the 777 flew")."""
    word = toks[i][2]
    if not _is_word(word) or _proper(toks, i) or word[:1].isupper() and i + 1 < len(toks) and \
            toks[i + 1][2] in EN.ORG_HEADS:   # (an organisation's first word: "Met Office")
        return False
    low = word.lower()
    if low in W.AUXILIARIES:
        return True
    prior = toks[i - 1][2].lower() if i > 0 else ""   # (the word right before)
    if prior in EN.ATTRIBUTIVE_BEFORE and word.islower() and _modal_before_date(toks, i) and \
            (W.classes(low) & W.VERB and low not in W.PREPOSITIONS and low not in _PARTICLES
             and low not in W.STOP or low in EN.MODAL_ADVERB_VERBS) and \
            not (i + 1 < len(toks) and toks[i + 1][2].lower() in W.AUXILIARIES):
        return True   # (a modal's second verb after the first one's date: "will begin on
        # Dec. 1 and run until Christmas Eve", "will open in May and last until June")
    if low in W.DETERMINERS or low in W.PREPOSITIONS or low in W.PRONOUNS or \
            low in W.CONJUNCTIONS or low in W.ADVERBS and not (
                prior == EN.INFINITIVE and W.classes(low) & W.VERB or
                prior in _MODALS and low in EN.MODAL_ADVERB_VERBS) \
            or low in W.STOP:   # (an adverb's word after "to" is a verb: "to last until",
        # "would last until")
        return False
    bits = W.classes(low)
    if not bits and low.endswith("ed") and len(low) > 5 and (
            prior in W.AUXILIARIES or prior in EN.ATTRIBUTIVE_BEFORE and i + 1 < len(toks) and
            toks[i + 1][2] in W.PREPOSITIONS):
        return True   # (a participle no lexicon lists: "was refloated yesterday", "and
        # refounded by Henry the Lion")
    if low.endswith("ing") and bits & W.VERB and prior in _SUBORDINATORS:
        return True   # (a gerund after "since", "after", "before": "since taking office")
    if bits & W.VERB and prior in EN.ATTRIBUTIVE_BEFORE and i + 1 < len(toks) and \
            toks[i + 1][2].lower() in W.ADVERBS and word.islower():
        return True   # (a second predicate's verb before its adverb: "and meet again")
    if not bits and prior in _MODALS and word.isalpha() and word.islower():
        return True   # (a verb no lexicon lists, after its modal: "would backfill the roles")
    if not bits & W.VERB:
        return False
    before = i - 1   # (the word before, past an adverb or the date: "Iraq now controls")
    prev = toks[before][2].lower() if i > 0 else ""
    if i > 1 and (prev in W.ADVERBS or prev == _DATE or _ly_adverb(prev) or
                  prev in _FLOATING and (_name_like(toks, i - 2) or
                                             W.classes(toks[i - 2][2].lower()) & W.NOUN or
                                             toks[i - 2][2].lower() in W.AUXILIARIES)):
        before -= 1   # (and past a floating quantifier: "the ministers all voted", "have all
        # occurred")
        prev = toks[before][2].lower()
    as_subject = prev in EN.THAT_WHICH and (bits == W.VERB or is_past(low)) or (   # ("that
        prev in EN.PRONOMINAL_DETERMINERS and is_past(low) and bits & W.VERB and   # began")
        (before == 0 or toks[before - 1][2] in _BOUNDARY or toks[before - 1][2] == ",") and
        not _noun_follows(toks, i))
    # (a determiner as the subject: "Both resigned on July 3"; not "Many injured people")
    if prev in _DETERMINER_LIKE and not as_subject or prev.endswith(("'s", "’s")) or \
            vocab.ORDINALS.get(prev, 0) >= 3 and bits & W.NOUN or \
            prev == "$" or prev[:1].isdigit() and bits != W.VERB and not (
                (is_past(low) or _present_before_object(toks, i)) and before > 0 and
                _name_like(toks, before - 1)):   # (a word only a verb is
        return False   # one after a model number: "the 777 flew"; "the man's dismembered
        # body", "5 years", "a third set of locks" not)
    if (W.classes(prev) == W.ADJ or (before >= 0 and toks[before][2][:1].isupper() and
                                      bits & W.NOUN and W.classes(toks[before][2]) & W.ADJ)) \
            and not _named_subject(toks, before, i):
        return False   # "composite trading", "its European rival Airbus"
    if prev in EN.ATTRIBUTIVE_BEFORE and before == i - 1 and _dated_before_and(toks, i) and (
            is_past(low) or low.endswith("s") and not low.endswith("ss") and bits & W.VERB and
            not (i + 1 < len(toks) and (is_past(toks[i + 1][2]) or
                                        toks[i + 1][2].lower() in W.AUXILIARIES or
                                        _plural_verb(toks[i + 1][2])))):
        return True   # (a second predicate after the first one's date: "won a warrant in 1902
        # and supplied furniture", "begins on February 13 and plays St Helens", "opens on
        # Friday and runs through Sunday"; not "bread and smoked salmon", "on Monday and talks
        # resumed")
    if low.endswith("ed") and _noun_follows(toks, i) and (
            prev in _ATTRIBUTIVE_BEFORE and not (prev == "," and _closes_relative(
                toks, i - 1, -1, True)) or   # (not after an aside on its subject: "Tech groups,
            # including NetChoice, filed suit")
            before == i - 1 and prev not in W.AUXILIARIES and
            _is_word(prev) and is_verb(toks, i - 1)):   # ("won accelerated approval")
        return False   # "dismembered and decapitated body", "a closed forum"
    if (low.endswith("ed") and prior in W.PREPOSITIONS or low in W.ATTRIBUTIVE_ING) and \
            _modifier_of(toks, i):
        return False   # "from discontinued operations", "in revolving loans", "operating profit"
    if prev in _MODALS:   # (but no plural after "to" is an infinitive: "bring winds to parts
        return not (prev == EN.INFINITIVE and low.endswith("s") and   # of England")
                    not low.endswith("ss") and bits & W.NOUN)
    if prev in _SUBJECT_PRONOUNS and prev not in EN.NOT_ONLY_PRONOUNS and \
            (low.endswith("s") and not low.endswith("ss") or is_past(low)):
        return True   # (a finite form after its subject pronoun: "which takes effect")
    if prev in W.PERFECT_AUXILIARIES and W.is_participle(low):
        return True   # (its participle, though a noun's word too: "had cost businesses")
    if prev in _SUBJECT_PRONOUNS and prev not in EN.NOT_ONLY_PRONOUNS and before == i - 1 and \
            prev not in W.RELATIVES:
        return True   # (right after its subject pronoun: "They hold talks")
    if as_subject and prev in EN.THAT_WHICH and is_past(low) and i + 1 < len(toks) and (
            _counted(toks[i + 1][2]) or toks[i + 1][2].lower() in W.DETERMINERS):
        return True   # (a relative clause's verb before its object: "a shooting that left one
        # person dead", "the fire which destroyed the roof")
    if prev in W.AUXILIARIES or prev in _SUBJECT_PRONOUNS:
        return not (bits & (W.NOUN | W.ADJ) and _noun_follows(toks, i))   # "had net income"
    if bits & W.NOUN and prev == "," and before == i - 1 and low.endswith("s") and \
            not low.endswith("ss") and parallel_predicate(toks, i):
        return True   # (a headline's second predicate: "Orbit Labs unveils Nova X phone,
        # ships next month")
    if bits & W.NOUN and (_subject_then_verb(toks, i, low) or _after_aside(toks, i, low)):
        return True   # ("The law takes effect", "The exhibition runs from May 10", "The law,
        # passed in June, comes into force")
    if bits & W.NOUN:
        if before == i - 2 and (prior in W.ADVERBS or prior == _DATE) and \
                prior not in EN.NEGATIONS and _is_word(prev) and \
                W.classes(prev) & W.NOUN and prev.endswith("s") != low.endswith("s"):
            return True   # (an adverb between a noun and it: "The fund now holds",
            # "prices also rose"; the two agree: "funds now hold")
        return is_past(low) or (i > 0 and _name_like(toks, before) and low not in EN.ROLES and (
            _object_follows(toks, i) or low.endswith("s") and _complement_follows(toks, i) or
            i + 1 < len(toks) and _ly_adverb(toks[i + 1][2].lower()) or
            not low.endswith("s") and _to_name(toks, i))) or \
            prev[:1].isdigit() and before > 0 and _name_like(toks, before - 1) and \
            _present_before_object(toks, i) or \
            low in vocab.FIXTURE_PRESENT and before >= 0 and toks[before][2][:1].isupper() and \
            _to_name(toks, i)   # ("Arsenal travel to Manchester United on Sunday": a
    # team's name the lexicon knows as a noun; "Arafat meet separately Monday", "The Tigers
    # travel to Hull KR", "Lion Air Flight 610 crashes into the Java Sea")
    if bits & W.ADJ:   # (a past form after a name is its verb: "Ellison studied physics")
        return not _noun_follows(toks, i) or len(prev) > 1 and _named_subject(toks, before, i) \
            or _past_after_subject(toks, i)
    return True


def parallel_predicate(toks, i: int) -> bool:
    """Is toks[i] (after a comma) a predicate beside the sentence's first one: that one a verb
    in -s after a name at the sentence's start ("Orbit Labs unveils ..., ships"), and no other
    comma between?"""
    if any(t[2] == "," for t in toks[:i - 1]):
        return False
    return any(toks[k][2].endswith("s") and toks[k][2].islower() and
               W.classes(toks[k][2].lower()) & W.VERB and toks[k - 1][2][:1].isupper() and
               all(t[2][:1].isupper() for t in toks[:k]) for k in range(1, min(i - 1, 5)))


_CLAUSE_JOINERS = frozenset({"and", "but"})


def _subject_then_verb(toks, i, low: str) -> bool:
    """A word in -s after a clause-opening "The" and one singular common noun (after at most
    two words in lower case that modify it), with no verb after it: the noun's verb ("The law
    takes effect", "A temporary ferry service starts on April 1"), not a compound's head ("The
    law firms said")."""
    d = _opening_determiner(toks, i)
    if d is None:
        return False
    noun = toks[i - 1][2].lower()
    if not W.classes(noun) & W.NOUN or _proper(toks, i - 1) or i > 2 and is_past(noun):
        return False   # ("The gain left wages higher": a verb before it)
    if noun.endswith("s"):   # (a plural's verb has none: "The new rules take effect"; not
        if noun.endswith(("ss", "is", "us")) or low.endswith("s") or \
                not W.classes(low) & W.VERB or not W.classes(noun[:-1]) & W.NOUN or \
                _subject_then_verb(toks, i - 1, noun):   # "The appointment takes effect")
            return False
    elif not low.endswith("s") or low.endswith("ss"):
        return False
    if len(toks) < i + 2 or not all(_modifier_word(t[2]) or _proper(toks, k)   # (and a name's:
                                    for k, t in enumerate(toks[d + 1:i - 1], d + 1)):
        # "The new Premier League season kicks off")
        return False
    for k in range(i + 1, len(toks)):   # (no verb of its own after it: "The job figures for
        word = toks[k][2].lower()   # January extended a surge" is the figures'; a name is
        if toks[k][2] in _BOUNDARY or toks[k][2] == ",":   # none: "the United States"; nor
            break                                           # one past a comma)
        if (is_past(word) and _is_word(word) or word in W.AUXILIARIES or
                W.classes(word) == W.VERB) and not _proper(toks, k):
            return False
    return True


def _present_before_object(toks, i) -> bool:
    """A present in -s before a preposition, a determiner or a number ("Lion Air Flight 610
    crashes into the Java Sea", "Flight 302 crashes six minutes after takeoff")?"""
    low = toks[i][2].lower()
    after = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    return low.endswith("s") and not low.endswith("ss") and (
        _object_follows(toks, i) or after in W.PREPOSITIONS or after in vocab.NUMBER_WORDS)


def _opening_determiner(toks, i) -> Optional[int]:
    """The index of a determiner two to five words before toks[i] that opens the sentence or a
    clause (after ";", ", and", or a subordinator: ", and the phone goes on sale", "before the
    transfer window closes on Tuesday"), else None."""
    d = next((k for k in range(i - 2, max(-1, i - 6), -1)
              if toks[k][2].lower() in W.DETERMINERS), None)
    if d is None or not (d == 0 and toks[0][0] == 0 or d > 0 and toks[d - 1][2] == ";" or
                         d > 0 and toks[d - 1][2] in _HEADING_ENDS or   # (after a dateline's
                         # dash: "BUFFALO, N.Y. — A lake-effect snowstorm buried")
                         d > 1 and toks[d - 1][2].lower() in _CLAUSE_JOINERS and
                         toks[d - 2][2] == "," or
                         d > 0 and toks[d - 1][2].lower() in _SUBORDINATORS):
        return None
    return d


def _past_after_subject(toks, i) -> bool:
    """A past form that is an adjective too, after a clause-opening determiner, its modifiers
    and a common noun (past the date and its preposition between: "A federal judge on Friday
    blocked parts of a law"): the noun's verb ("A lake-effect snowstorm buried parts of New
    York"), not a modifier of the noun after it."""
    at = i
    if at > 2 and toks[at - 1][2] == _DATE:
        at -= 2 if toks[at - 2][2].lower() in W.PREPOSITIONS else 1
    d = _opening_determiner(toks, at)
    if d is None or not is_past(toks[i][2].lower()) or _proper(toks, at - 1) or \
            not W.classes(toks[at - 1][2].lower()) & W.NOUN:
        return False
    return all(_modifier_word(t[2]) or "-" in t[2] and t[2].islower() for t in toks[d + 1:at - 1])


def _modifier_word(word: str) -> bool:
    """A word in lower case that may modify a noun after it ("temporary", "ferry"), no verb."""
    bits = W.classes(word)
    return word.islower() and bool(bits & (W.NOUN | W.ADJ)) and word not in W.AUXILIARIES and \
        not word.endswith("s") and not is_past(word)


def _after_aside(toks, i, low: str) -> bool:
    """A word in -s right after the comma closing an aside that a participle or "who"/"which"
    opens after the sentence's subject (a determiner or a name, then at most eight words with no
    verb): the subject's verb ("The law, passed in June, comes into force"), not a noun."""
    if i < 5 or toks[i - 1][2] != "," or not low.endswith("s") or low.endswith("ss"):
        return False
    opened = next((k for k in range(i - 2, 0, -1) if toks[k][2] == ","), 0)
    aside = toks[opened + 1][2].lower() if opened else ""
    if not 2 <= opened <= 9 or toks[0][0] != 0 or not (aside in EN.WHO_WHICH or is_past(aside)):
        return False
    subject = [t[2] for t in toks[:opened]]
    return (subject[0].lower() in W.DETERMINERS or subject[0][:1].isupper()) and \
        not any(w.lower() in W.AUXILIARIES or W.classes(w.lower()) == W.VERB for w in subject)


def _after_fronted_phrase(toks, comma: int) -> bool:
    """Is toks[comma] a comma closing a verbless phrase that opens the sentence ("Three weeks
    after the vote, on June 14, the president resigned": the date restates it, its happening
    is the clause after)?"""
    return comma > 1 and toks[comma][2] == "," and toks[0][0] == 0 and \
        not any(t[2] in _BOUNDARY or t[2] == "," or is_verb(toks, k)
                for k, t in enumerate(toks[:comma])) and \
        any(t[2].lower() in _SUBORDINATORS for t in toks[:comma])   # (a time's phrase; not
    # a subject's, "The last quake of similar strength, in September 1999, killed": the quake)


def _ly_adverb(word: str) -> bool:
    """An adverb in -ly that is nothing else ("separately", "sharply")."""
    return word.endswith("ly") and W.classes(word) == W.ADV


def is_happening(toks, i) -> bool:
    """Can toks[i] name a happening, as TimeML marks an EVENT: a verb (not an auxiliary) or an
    event noun that is not part of a name."""
    word = toks[i][2]
    if not _is_word(word):
        return False
    if is_verb(toks, i):
        return word.lower() not in W.AUXILIARIES
    return W.is_event_noun(word) and not _proper(toks, i)


def light_object(toks, i, period: bool = False) -> Optional[int]:
    """The event noun a light verb at toks[i] lends its tense to ("made its maiden flight",
    "will hold talks"), or None: the happening is the noun. With `period` (the date is the
    period a result is for), a verb of making known gives way to the result too ("reported a
    net loss ... for the third quarter")."""
    if toks[i][2].lower() not in _LIGHT and not (period and toks[i][2].lower() in W.DISCLOSING):
        return None
    if i > 0 and is_past(toks[i][2]) and _event_noun(toks, i - 1) and \
            toks[i][2].lower() in _LIGHT and i + 1 < len(toks) and \
            (toks[i + 1][2] == _DATE or toks[i + 1][2].lower() in W.PREPOSITIONS):   # (no
        # object: "The storm made landfall" is the storm's doing)
        return i - 1   # (its participle after the noun: "remarks made last week", "talks held")
    for j in range(i + 1, min(i + 6, len(toks))):
        word = toks[j][2]
        low = word.lower()
        if _event_noun(toks, j):
            while j + 1 < min(i + 7, len(toks)) and _event_noun(toks, j + 1) and \
                    not is_verb(toks, j + 1):
                j += 1   # (the phrase's head: "made his final crossing": crossing)
            return j
        if low in _DETERMINER_LIKE or word[:1].isdigit() or low in W.PRONOUNS and \
                low.endswith(("s", "r")) or W.classes(low) & (W.ADJ | W.NOUN) and \
                _is_word(word) and low not in W.PREPOSITIONS and not _proper(toks, j):
            continue   # (its determiner, a possessive, a modifier: "its maiden", "charity")
        return None
    return None


def is_past_perfect(toks, i) -> bool:
    """Is the verb toks[i] in the past perfect ("had agreed", "had previously announced")?"""
    for j in range(i - 1, max(-1, i - 3), -1):
        word = toks[j][2].lower()
        if word == EN.PAST_PERFECT:
            return True
        if not _skippable(word):
            return False
    return False


def is_past(word: str) -> bool:
    """A verb form in the past tense (or a past participle): "rose", "announced"."""
    low = word.lower()
    if low.endswith("ed"):
        bits = W.classes(low)
        return not bits or bool(bits & W.VERB)   # (not a word that is no verb: "red", "bed")
    return low in W.PAST_FORMS


def _named_subject(toks, before: int, i) -> bool:
    """Is the capitalised word at `before` a name that the past form at i is the verb of, though
    it is an adjective's word too ("Hale married the poet", "Young left in May"; not
    "Composite trading")? A word in lower case follows the past form."""
    return before >= 0 and toks[before][2][:1].isupper() and \
        is_past(toks[i][2]) and i + 1 < len(toks) and toks[i + 1][2][:1].islower()


def _name_like(toks, i) -> bool:
    """A name: capitalised inside the sentence, or its first word when no lexicon knows it
    ("Miami beat Cincinnati") or it is in capitals ("NATO")."""
    word = toks[i][2]
    return _proper(toks, i) or (i == 0 and word[:1].isupper() and (
        word[1:2].islower() and not W.classes(word.lower()) or
        len(word) > 1 and word.isupper()))   # ("EADS wins")


def _noun_follows(toks, i) -> bool:
    """A common noun right after toks[i] ("net income", "decapitated body")."""
    if i + 1 >= len(toks) or not _is_word(toks[i + 1][2]) or _proper(toks, i + 1):
        return False
    word = toks[i + 1][2].lower()
    if word in _PARTICLES or word in W.PREPOSITIONS or word in W.ADVERBS:
        return False   # ("shares closed up", "GM closed down")
    bits = W.classes(word)
    return bool(bits & W.NOUN) and not word.endswith("ed") and word not in W.AUXILIARIES


def _modifier_of(toks, i) -> bool:
    """A common noun after toks[i], maybe past adjectives ("subordinated convertible
    debentures"): the word at i modifies it."""
    for j in range(i + 1, min(i + 4, len(toks))):
        if _noun_follows(toks, j - 1):
            return True
        if not (_is_word(toks[j][2]) and W.classes(toks[j][2].lower()) & W.ADJ):
            return False
    return False


def _modifies_noun(toks, i) -> bool:
    """Is the noun at i a modifier of the common noun after it ("research and development
    costs", "its oil supply"), not its subject ("attack read on television", "The appointment
    takes effect")?"""
    if not _noun_follows(toks, i):
        return False
    if toks[i][2].lower() in W.ATTRIBUTIVE_ING:
        return True   # ("high financing costs": not "financing" of a verb "costs")
    word = toks[i + 1][2].lower()
    if toks[i][2].endswith("s") and W.classes(word) & W.VERB and i + 2 < len(toks) and \
            toks[i + 2][2].lower() in W.PREPOSITIONS | _PARTICLES:
        return False   # (a plural's verb: "if the talks fail on Friday")
    counted = i > 0 and (toks[i - 1][2][:1].isdigit() or toks[i - 1][2].lower() in
                         EN.PLURAL_COUNTS) and word.endswith("s")   # ("two construction firms":
    return not is_past(word) and word not in _LIGHT and word not in W.BASE_PARTICIPLES and \
        (counted or not _SUFFIX_VERB.search(word))   # the count's plural, no verb)


_SUFFIX_VERB = re.compile(r"(?:ed|[^s]s)$")


def _object_follows(toks, i) -> bool:
    """A determiner, number or name after toks[i]: "Iraq boasts an army"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    return nxt.lower() in W.DETERMINERS or nxt[:1].isdigit() or nxt[:1] in "$£€" or \
        _proper(toks, i + 1)


def _to_name(toks, i) -> bool:
    """"to" and a name after toks[i]: where a team or a people goes ("travel to Leeds")."""
    return i + 2 < len(toks) and toks[i + 1][2] == EN.INFINITIVE and _proper(toks, i + 2)


def _complement_follows(toks, i) -> bool:
    """A particle, "to" or a common noun (not a verb) after toks[i]: what follows a verb
    in "s" after a name ("Boeing rolls out", "Airbus offers funding", "Boeing plans to"), not
    what follows a noun ("Boeing shares fell", "Airbus orders were", "Lufthansa pilots to
    strike": "to" and a verb after a verb that takes none)."""
    if i + 1 >= len(toks) or not _is_word(toks[i + 1][2]) or _proper(toks, i + 1):
        return False
    word = toks[i + 1][2].lower()
    if word == EN.INFINITIVE:   # ("Boeing plans to"; not "Lufthansa pilots to strike")
        return toks[i][2].lower() in EN.TO_TAKING or not (
            i + 2 < len(toks) and W.classes(toks[i + 2][2].lower()) & W.VERB)
    if word in _PARTICLES:
        return True
    bits = W.classes(word)
    if not bits & W.NOUN or word in W.AUXILIARIES:
        return False
    return bits == W.NOUN or not bits & W.VERB or word.endswith("ing") or \
        word.endswith("s") and not word.endswith("ss")   # ("exercises options": a noun in -s
    # after a verb in -s; "shares fell", "shares rise": a verb after a noun)


def _predicate(toks, i, stop) -> int:
    """After a copula at i: its predicate's first adjective or noun (before `stop`), else i."""
    for j in range(i + 1, min(stop, i + 4)):
        word = toks[j][2].lower()
        if word in W.ADVERBS or word in W.DETERMINERS:
            continue
        if is_verb(toks, j):
            return j   # "was closed": the participle
        if _is_word(word) and W.classes(word) & (W.ADJ | W.NOUN):
            return j
        break
    return i


def _skippable(word: str) -> bool:
    """An adverb or the date itself inside a verb group ("has often claimed", "are now
    beginning", "will on Friday begin")."""
    low = word.lower()
    if word == _DATE or low in W.ADVERBS:
        return True
    bits = W.classes(low)
    return bool(bits & W.ADV) and not bits & (W.VERB | W.NOUN)


def _main_verb(toks, i, stop) -> int:
    """The verb an auxiliary at i carries ("has signed", "will not meet"), or the copula's
    predicate, or i itself."""
    low = toks[i][2].lower()
    if low not in W.AUXILIARIES and low not in _MODALS:
        return i
    for j in range(i + 1, min(stop, i + 8)):
        if _skippable(toks[j][2]) or toks[j][2].lower() in _FLOATING or \
                toks[j][2] == "," and toks[i][2].lower() in _MODALS:   # ("have all occurred";
            continue   # "You may, in a year or two, save")
        if is_verb(toks, j) or low in _MODALS and _is_word(toks[j][2]) and \
                W.classes(toks[j][2].lower()) & W.VERB:   # (a modal's verb, though a noun's
            return _main_verb(toks, j, stop)               # word too: "may ... save")
        break
    return _predicate(toks, i, stop) if low in W.COPULAS else i


def _premodified(toks, first: int, end: int, hyphenated: bool,
                 owned: bool = False) -> Optional[int]:
    """The event noun a date stands before as its modifier: "Tuesday's vote", "the 1998
    bombings", "a third-quarter loss", "the Feb. 23 accord" (a possessive, a determiner before
    the date or its own ("the March 11, 2004 bombings"), or a hyphenated date says it is one;
    "said today conditions..." is not)."""
    j = end
    if j < len(toks) and toks[j][2] in _POSSESSIVE:
        j += 1
    elif not (hyphenated or owned or _determined(toks, first)):
        return None
    elif j < len(toks) and toks[j][2] == "," and not hyphenated:
        j += 1   # (a full date's comma: "an Aug. 10, 1988, stock purchase agreement")
    head = None
    for k in range(j, min(j + 3, len(toks))):
        if toks[k][2][:1].isdigit() and "-" in toks[k][2]:
            continue   # (a measure as a modifier: "Friday's 7.1-magnitude earthquake")
        if not _is_word(toks[k][2]) or is_verb(toks, k):
            break
        if W.is_event_noun(toks[k][2]) and not _proper(toks, k):
            following = k + 1 < len(toks) and W.is_event_noun(toks[k + 1][2]) and \
                not _proper(toks, k + 1) and not is_verb(toks, k + 1)
            k = k + 1 if following else k   # (the compound's head: "stock purchase
            # agreement")
            if k + 2 < len(toks) and is_past(toks[k + 1][2]) and toks[k + 2][2].lower() == EN.AGENT:
                return k + 1   # (its making: "the Feb. 23 accord signed by Annan")
            return k
        bits = W.classes(toks[k][2].lower())
        if not bits and "-" in toks[k][2] and toks[k][2].islower():
            continue   # (a compound modifier no lexicon lists: "a fourth-quarter pre-tax charge")
        if toks[k][2].endswith("ing") and toks[k][2].islower() and k + 1 < len(toks) and \
                W.is_event_noun(toks[k + 1][2]):
            continue   # (an -ing form before its noun: "its third-quarter operating profit")
        if not bits & (W.ADJ | W.NOUN) or _proper(toks, k):
            break   # (a modifier: "the 1998 embassy bombings", "Saturday's truck bombing")
        head = k if bits & W.NOUN else head
    if head is not None and W.classes(toks[head][2].lower()) & W.VERB and \
            toks[head][2].lower() not in W.STOP:
        return head   # a noun that is a verb's too: "Friday's purchases", "its 1988 slump"
    return None


def _for_period(toks, first: int) -> bool:
    """Is the date the period a result is for: "for the third quarter", "for the quarter ended
    Sept. 30"?"""
    before = [t[2].lower() for t in toks[max(0, first - 4):first]]
    return bool(before) and (before[-1] == EN.PURPOSE or before[-1] in W.PERIOD_ENDS and
                             EN.PURPOSE in before)


def _past_apposition(toks, i: int, stop: int) -> int:
    """Past a date's apposition or a subordinate clause between commas ("On Tuesday, a day
    after the deadline passed, the union called a strike": past "a day after ... passed,"),
    else i."""
    if i + 3 < stop and toks[i][2] == "," and toks[i + 1][2].lower() in _SUBORDINATORS:
        close = next((k for k in range(i + 3, min(stop, i + 16)) if toks[k][2] == ","), None)
        return close + 1 if close is not None else i   # (a subordinate clause between: "The
        # next morning, before markets opened, regulators closed the bank": closed)
    if i + 3 >= stop or toks[i][2] != "," or not (
            toks[i + 1][2].lower() in W.DETERMINERS or toks[i + 1][2][:1].isdigit() or
            toks[i + 1][2].lower() in vocab.NUMBER_WORDS) or \
            vocab.unit_name(toks[i + 2][2].lower()).rstrip("s") not in vocab.UNITS or \
            toks[i + 3][2].lower() not in EN.DATE_DIRECTIONS:
        return i
    close = next((k for k in range(i + 4, min(stop, i + 16)) if toks[k][2] == ","), None)
    return close + 1 if close is not None else i


def finite_verb(toks, i) -> bool:
    """A word that can be a verb in the past or in -s at i (after a date and a comma nothing
    else stands there), no auxiliary, saying or period's end."""
    if i >= len(toks) or not _is_word(toks[i][2]) or _proper(toks, i):
        return False
    low = toks[i][2].lower()
    if not W.classes(low) & W.VERB or low.endswith("ss"):
        return False
    return low not in W.AUXILIARIES and low not in _SAY and low not in W.PERIOD_ENDS and \
        (is_past(low) or low.endswith("s"))


def _verb_with_object(toks, i, stop) -> bool:
    """A finite verb at i with its object after it ("opened the plant", "lowered its offer",
    "exceed its assets"), not a participle ("wrapped in"), nor a period's end, nor a saying."""
    if i + 1 >= stop or not is_verb(toks, i) or not finite_verb(toks, i):   # (nor a bare form:
        return False   # "exceed" may be an infinitive's)
    nxt = toks[i + 1][2].lower()
    return nxt not in EN.THAT_WHICH and (_object_follows(toks, i) or nxt in _OWNERS or
                                         _is_word(nxt) and W.classes(nxt) == W.NOUN)


def _headline_verb(toks, start: int, stop: int) -> Optional[int]:
    """The present-tense verb of a headline-like line after a date ("Engineers find
    corrosion", "The Arlen Bridge collapses"): the first word that can be a verb right after a
    noun or a name (or a name's apposition), within its first ten words."""
    for i in range(start + 1, min(stop, start + 10)):
        low, prev = toks[i][2].lower(), toks[i - 1][2]
        if prev == "," and i > 1 and toks[i - 2][2][:1].isupper() and low.endswith("s"):
            prev = toks[i - 2][2]   # (after a name in apposition: "The contractor, Belmont
            # Civil, goes into administration")
        if _is_word(low) and low == toks[i][2] and W.classes(low) & W.VERB and \
                low not in W.STOP and low not in W.DETERMINERS and low not in W.PREPOSITIONS \
                and _is_word(prev) and prev.lower() not in _DETERMINER_LIKE and \
                (prev[:1].isupper() or W.classes(prev.lower()) & W.NOUN):
            k = i   # (a compound's nouns before its verb in -s: "Regional water board
            while k < min(stop, start + 10) - 1 and W.classes(toks[k][2].lower()) & W.NOUN and \
                    not toks[k][2].endswith("s") and toks[k + 1][2].islower():   # approves",
                k += 1                                  # "An appeals court lets work resume")
                if toks[k][2].endswith("s") and W.classes(toks[k][2]) & W.VERB:
                    i = k
                    break
            return _main_verb(toks, i, stop)   # (past its auxiliaries: "Cars are expected")
    return None


def _past_period_end(toks, after: int, stop: int) -> int:
    """Past "ended Sept. 30," after a period ("For the quarter ended Sept. 30, Delta posted"),
    else `after`."""
    if after < stop and toks[after][2].lower() in W.PERIOD_ENDS:
        comma = next((k for k in range(after + 1, min(stop, after + 6)) if toks[k][2] == ","),
                     None)
        if comma is not None:
            return comma + 1
    return after


def _told_when(toks, start: int, stop: int) -> Optional[int]:
    """The happening a "when" clause tells of: its subject's event noun ("when Wall Street's
    plunge helped") or its first verb ("when the industry enjoyed strong demand")."""
    for i in range(start, min(stop, start + 8)):
        if _event_noun(toks, i) and not _modifies_noun(toks, i):
            return i
        if is_verb(toks, i):
            return light_object(toks, i) or _main_verb(toks, i, stop)
        if toks[i][2] == ",":
            return None
    return None


_OWN_ARTICLE = re.compile(rf"the\s+(?:{alternation(vocab.MONTHS)})\b", re.I)


def _determined(toks, first: int) -> bool:
    """A determiner or possessive before the date, maybe past one adjective: "the 1998
    bombings", "Iraq's Aug. 2 invasion", "his unsuccessful 1996 campaign"."""
    i = first - 1
    if i > 0 and W.classes(toks[i][2].lower()) == W.ADJ:
        i -= 1
    word = toks[i][2].lower() if i >= 0 else ""
    return word in _DETERMINER_LIKE or word.endswith(("'s", "’s"))


def _clause_start(toks, start: int) -> int:
    for i in range(start - 1, -1, -1):
        if toks[i][2] in _BOUNDARY:
            return i + 1
    return 0


def _clause_end(toks, end: int) -> int:
    for i in range(end, len(toks)):
        if toks[i][2] in _BOUNDARY:
            return i
    return len(toks)


def _event_noun(toks, i) -> bool:
    if not _is_word(toks[i][2]) or _proper(toks, i):
        return False
    places = EN.PLACE_SENSES.get(toks[i][2].lower())
    if places and any(toks[k][2].lower() in places for k in range(max(0, i - 3), i)):
        return False   # (a place: "arrested at an address in the town")
    if W.is_event_noun(toks[i][2]):
        return True
    after = toks[i + 1][2] if i + 1 < len(toks) else ""
    return i > 0 and toks[i - 1][2].lower() in _OWNERS and \
        W.classes(toks[i][2].lower()) & (W.NOUN | W.VERB) == W.NOUN | W.VERB and \
        toks[i][2].lower() not in W.STOP and not toks[i][2].endswith("s") and \
        not (after.isalpha() and after.islower() and W.classes(after) in (0, W.NOUN)) and \
        not (i > 1 and toks[i - 2][2].lower() in EN.PLACE_PREPOSITIONS)   # ("his capture",
    # "its purchase"; not "its notes", nor a modifier: "its load balancers", nor a place:
    # "started the company in her garage in 2009")


_OWNERS = EN.OWNERS


def _object_of(toks, i) -> Optional[int]:
    """The verb whose object the noun phrase ending at toks[i] is ("signed an economic
    cooperation plan"), or None (a subject, or a noun after a preposition: "in a speech")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        word = toks[j][2].lower()
        if word.endswith(("'s", "’s")) and word not in EN.CONTRACTED_IS:
            return None   # (a happening with its own agent: "condemned Iraq's invasion")
        if word in _DETERMINER_LIKE or word[:1].isdigit() or word == "-" or \
                word in vocab.NUMBER_WORDS or word == "." and j > 0 and "." in toks[j - 1][2] or \
                word in EN.AMOUNT_ADVERBS or word == EN.THAN:
            continue   # (and an abbreviation's last dot: "U.S. antitrust clearance"; a count's
            # words: "cancelled more than 3,500 flights through Sunday")
        if (word in _PARTICLES or word in _VERB_PREPOSITIONS or word == EN.PURPOSE and j > 0 and
                toks[j - 1][2].lower() in W.FILING or word == EN.ON and j > 0 and
                toks[j - 1][2].lower() in EN.ON_VERBS) and j > 0 and is_verb(toks, j - 1):
            return j - 1   # ("wrapped up a three-hour meeting", "was expelled from peace
            # talks", "filed for bankruptcy protection"; not "calling for the redemption")
        if word == EN.OF and j > 1 and toks[j - 1][2].lower() in _PARTICLES and \
                is_verb(toks, j - 2):
            return j - 2   # ("pulled out of the race", "walked out of the talks")
        if is_verb(toks, j):
            return j if word not in W.COPULAS and word not in EN.ORDERING_VERBS else None
            # (not "follows a one-day walkout on Oct. 2": the walkout's date)
        if _is_word(word) and not word in W.PREPOSITIONS and not word in W.CONJUNCTIONS and \
                (W.classes(word) & (W.ADJ | W.NOUN) or not W.classes(word)) or _proper(toks, j):
            continue   # (a modifier, or a word the lexicon lacks: "antitrust clearance")
        return None
    return None


def _antecedent(toks, i) -> int:
    """The event noun a relative clause's copula or raising verb at i tells of ("at closing,
    which is expected in December": closing), else i."""
    if toks[i][2].lower() not in W.RAISING and toks[i][2].lower() not in W.COPULAS:
        return i
    j = i - 1
    while j >= 0 and (toks[j][2].lower() in W.AUXILIARIES or _skippable(toks[j][2])):
        j -= 1
    if j >= 2 and toks[j][2].lower() in EN.THAT_WHICH and toks[j - 1][2] == "," and \
            _event_noun(toks, j - 2):
        return j - 2
    return i


def _governing(toks, i) -> int:
    """Up a chain of verbs: "voted to support" -> voted, "will begin withdrawing" -> begin."""
    while True:
        if i >= 2 and toks[i - 1][2].lower() == EN.INFINITIVE and is_verb(toks, i - 2) and \
                toks[i - 2][2].lower() not in W.AUXILIARIES and \
                toks[i - 2][2].lower() not in W.RAISING:
            i -= 2
        elif i >= 1 and toks[i][2].lower().endswith("ing") and is_verb(toks, i - 1) and \
                toks[i - 1][2].lower() not in W.AUXILIARIES:
            i -= 1
        else:
            return i


def _forward(toks, start: int, stop: int) -> Optional[int]:
    """The first main verb from `start`, past a relative clause ("officers who had searched
    for him concluded"; ", which is ..., completed")."""
    i = start
    while i < stop:
        word = toks[i][2]
        if word == "," and i + 1 < stop and toks[i + 1][2].lower() in W.RELATIVES:
            close = next((k for k in range(i + 2, stop) if toks[k][2] == ","), None)
            if close is not None:
                i = close + 1
                continue
        if word.lower() in EN.WHO_WHICH and i > start:
            verb = next((k for k in range(i + 1, stop) if is_verb(toks, k)), None)
            if verb is not None:
                i = _end_of_group(toks, verb, stop)
                continue
        if is_verb(toks, i):
            return _main_verb(toks, i, stop)
        i += 1
    return None


def _end_of_group(toks, i, stop) -> int:
    """Past the verb group starting at i ("had been searching")."""
    while i < stop and (is_verb(toks, i) or toks[i][2].lower() in W.ADVERBS):
        i += 1
    return i


def _amounts(toks, start: int, stop: int) -> set:
    """The indices of the amounts between commas before `start` (", or 29 cents a share
    adjusted for the split,"): no happening of their own."""
    out, close = set(), None
    for i in range(start - 1, stop - 1, -1):
        if toks[i][2] != ",":
            continue
        if close is not None and i + 2 < close and toks[i + 1][2].lower() in EN.AMOUNT_JOINERS \
                and (toks[i + 2][2][:1].isdigit() or toks[i + 2][2][:1] in "$€£"):
            out.update(range(i + 1, close))
        close = i
    return out


def _backward(toks, start: int, stop: int) -> Optional[int]:
    """The nearest verb or event noun before `start` (down to `stop`); a verb as its main
    verb, up its chain of infinitives."""
    amounts = _amounts(toks, start, stop) if "," in (t[2] for t in toks[stop:start]) else ()
    for i in range(start - 1, stop - 1, -1):
        if i in amounts:
            continue
        if toks[i][2] == "," and i + 1 < start and _closes_relative(toks, i, stop) and \
                _is_word(toks[i + 1][2]) and toks[i + 1][2].islower() and \
                W.classes(toks[i + 1][2]) & W.VERB:   # (the main verb after a subject's
            return _main_verb(toks, i + 1, start)      # relative clause: "Porto, who have not
            # lost at home since August, travel to Sporting next Saturday": travel)
        if i == start - 1 and toks[i][2].lower() in EN.DATE_OPENERS:
            continue   # (a date's opener, no happening: "will be notified starting March 30")
        if i > 0 and toks[i][2].lower() in W.PERIOD_ENDS and toks[i - 1][2].lower() in W.PERIODS:
            continue   # "the quarter ended Sept. 30": the date names the period
        if i > 0 and toks[i - 1][2].lower() == EN.THAN and is_verb(toks, i):
            continue   # (a comparison's participle: "grew faster than expected in September")
        if i > 1 and toks[i - 2][2] in _LISTING and _counted(toks[i - 1][2]) and \
                is_past(toks[i][2].lower()):
            continue   # (a count of people so left: "left one person dead and three wounded
            # early Saturday": left)
        if is_verb(toks, i):
            if toks[i][2].lower() in W.COMPARATIVE_COMPLEMENTS:   # ("closed sharply lower
                verb = next((k for k in range(i - 1, max(stop - 1, i - 3), -1)   # Friday":
                             if is_verb(toks, k)), None)   # closed)
                if verb is not None:
                    i = verb
            return _governing(toks, _main_verb(toks, i, len(toks)))
        if i > 0 and _dated_owner(toks[i - 1][2]):
            continue   # (another date's happening: "survivors of Friday's earthquake on Sunday")
        if i > 1 and toks[i - 2][2].lower() == EN.PURPOSE and (
                toks[i - 1][2][:1].isdigit() or vocab.NUMBER_WORDS.get(toks[i - 1][2].lower(),
                                                                          0) >= 2):
            continue   # (a count, no happening: "suspended the player for six games")
        if toks[i][2].lower() in EN.BOUNDARY_NOUNS and i + 1 < start and \
                toks[i + 1][2].lower() == EN.OF:
            continue   # (a bound of what follows, no happening: "will run until the end of
            # the school term in July": run)
        if _event_noun(toks, i) and not _modifies_noun(toks, i) and \
                not (i > 0 and toks[i - 1][2].lower() in W.STATE_PREPOSITIONS):   # (a state:
            if i == start - 2 and toks[i + 1][2].lower() == EN.OF:   # "seized a car bomb
                return i   # under construction Sunday"; the noun the date is "of" is its
                # happening: "the trial over the attacks of Nov. 13, 2015")
            verb = _object_of(toks, i)
            if verb is None:
                verb = _reported_in(toks, i)
            if verb is None:
                head = _noun_before_of(toks, i, stop)
                if head is not None:   # ("signed an agreement on economic cooperation here
                    return _backward(toks, head + 1, stop)   # Tuesday": the agreement's)
            return i if verb is None else _governing(toks, verb)
    return None


_LISTING = frozenset({"and", ",", "or"})


def _counted(word: str) -> bool:
    """Is the word a count ("three", "12")?"""
    return word.isdigit() or vocab.NUMBER_WORDS.get(word.lower(), 0) >= 1


def _joins_names(toks, k) -> bool:
    """Is toks[k] a dash between two names ("Poland–Lithuania")?"""
    return toks[k][2] in "–-" and 0 < k < len(toks) - 1 and toks[k - 1][2][:1].isupper() and \
        toks[k + 1][2][:1].isupper()


def _closes_relative(toks, comma: int, stop: int, asides: bool = False) -> bool:
    """Does the comma at toks[comma] close a relative clause that a comma and "who" or
    "which" opened after a subject (", who have not lost since August,"), or, with `asides`, a
    listing aside (", including NetChoice,")?"""
    for k in range(comma - 1, stop, -1):
        if toks[k][2] == ",":
            return (toks[k + 1][2].lower() in EN.WHO_WHICH or
                    asides and toks[k + 1][2].lower() in EN.ASIDE_OPENERS) and k > stop
    return False


def _dated_owner(word: str) -> bool:
    """A day's or month's possessive ("Friday's", "March's"): the noun after it is that date's."""
    return word.endswith(("'s", "’s")) and (word[:-2] in vocab.WEEKDAYS or
                                            word[:-2] in vocab.MONTHS)


def _noun_before_of(toks, i, stop) -> Optional[int]:
    """The common noun a preposition of a noun's complement follows ("agreement" of "an
    agreement on economic cooperation"), when the event noun at i is that complement."""
    j = i - 1
    while j > stop and (toks[j][2].lower() in _DETERMINER_LIKE or
                        W.classes(toks[j][2].lower()) == W.ADJ):
        j -= 1
    if j - 1 < stop or toks[j][2].lower() not in W.COMPLEMENT_PREPOSITIONS:
        return None
    k = j - 1
    word = toks[k][2]
    if _is_word(word) and W.classes(word.lower()) & W.NOUN and not _proper(toks, k) and \
            not is_verb(toks, k) or word[:1].isdigit():   # (or an amount: "earned $376,000 on
        return k   # revenue of $14.5 million in the 1988 quarter")
    return None


def _reported_in(toks, i) -> Optional[int]:
    """The reporting verb of "announced in a statement", "said in an interview": the noun of
    the medium gives way to the saying."""
    j = i - 1
    while j >= 0 and (toks[j][2].lower() in _DETERMINER_LIKE or
                      W.classes(toks[j][2].lower()) == W.ADJ):
        j -= 1
    if j >= 1 and toks[j][2].lower() in W.PREPOSITIONS and \
            toks[j - 1][2].lower() in W.REPORTING and is_verb(toks, j - 1):
        return j - 1
    return None


_PERIOD_END = re.compile(rf"\b(?:{alternation(W.PERIODS)})s?\s+({alternation(W.PERIOD_ENDS)})"
                         r"\s+(?:on\s+)?$", re.I)


def period_end(text: str, start: int) -> Optional[tuple[int, int]]:
    """(start, end) of "ended" when the date at `start` ends a period ("the quarter ended Sept.
    30"): the happening it dates, as TimeML links it; the label still tells what the period
    saw (find skips it)."""
    m = _PERIOD_END.search(text, max(0, start - 40), start)
    return m.span(1) if m else None


def find(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """(start, end) in `text` of the word naming the happening dated by text[start:end]."""
    lo = max(0, start - WINDOW)
    lo = text.find(" ", lo) + 1 if lo else 0   # (a window of words around the date)
    text = titles_masked(text)
    toks = [(a + lo, b + lo, w) for a, b, w in tokens(text[lo:end + WINDOW])] if \
        len(text) > 2 * WINDOW else tokens(text)
    first = next((i for i, t in enumerate(toks) if t[1] > start), len(toks))
    after = next((i for i, t in enumerate(toks) if t[0] >= end), len(toks))
    if first > 0 and toks[first - 1][2].lower() in W.DATE_PREDICATES:   # "debentures due May 1"
        k = first - 2 if first > 1 and _event_noun(toks, first - 2) else first - 1
        return toks[k][0], toks[k][1]   # (a happening's own: "the election due this September")
    if first > 1 and toks[first - 1][2].lower() in EN.DATE_PREDICATE_LINKS and \
            toks[first - 2][2].lower() in EN.LINKED_DATE_PREDICATES and \
            not (first > 2 and toks[first - 3][2].lower() in W.AUXILIARIES):
        return toks[first - 2][0], toks[first - 2][1]   # ("a dividend, payable on March 6";
        # not "is due on Monday", whose verb is the clause's)
    hyphenated = after > first and "-" in toks[after - 1][2]
    owned = bool(_OWN_ARTICLE.match(text, start, end))   # (a date with its own article: "over
    # the March 11, 2004 bombings")
    if text[end:end + 2] in _POSSESSIVE and after > first and toks[after - 1][1] > end:
        # ("Tuesday's" is one token: its "'s" becomes a token of its own)
        toks.insert(after, (end, toks[after - 1][1], text[end:toks[after - 1][1]]))
    toks[first:after] = [(start, end, _DATE)]   # (the date is one token, no word)
    after = first + 1
    clause_start, clause_end = _clause_start(toks, first), _clause_end(toks, after)
    if after < len(toks) and toks[after][2].lower() == EN.THAT and \
            _CLEFT.search(text, max(0, start - 40), start):   # ("It was not until 1990 that
        told = _forward(toks, after + 1, clause_end)   # the wall fell": fell)
        if told is not None:
            return toks[told][0], toks[told][1]
    if after + 2 < len(toks) and toks[after][2] == "," and toks[after + 1][2].lower() == EN.WHEN:
        told = _told_when(toks, after + 2, _clause_end(toks, after + 2))
        if told is not None:   # ("since August, when they traded at $10": what the "when"
            return toks[told][0], toks[told][1]   # clause tells of that day)
    if first > 1 and toks[first - 1][2] == "(" and after < len(toks) and toks[after][2] == ")":
        noun = next((k for k in range(first - 2, max(-1, first - 8), -1)
                     if toks[k][2] in _BOUNDARY and not _joins_names(toks, k) or
                     _event_noun(toks, k)), None)
        if noun is not None and toks[noun][2] not in _BOUNDARY:   # (a span in brackets after
            return toks[noun][0], toks[noun][1]   # a happening: "a war with Poland (1621–1629)")
    found = _premodified(toks, first, after, hyphenated, owned)
    if found is not None and toks[found][2].lower() in W.MEASURES and \
            found + 1 < clause_end and is_verb(toks, found + 1) and \
            toks[found + 1][2].lower() not in W.STATIVE | W.COPULAS:
        verb = _main_verb(toks, found + 1, clause_end)   # a measure is the subject of a change:
        if toks[verb][2].lower() not in W.AUXILIARIES:   # "third-quarter net income rose 11%"
            found = verb
    comparative = after < len(toks) and toks[after][2].lower() == EN.THAN   # ("..., three days
    # later than planned": the clause before is what it dates)
    fronted = not comparative and (first == clause_start or toks[first - 1][2] in _FRONTING or (
        toks[first - 1][2].lower() in W.PREPOSITIONS and   # ("..., and in September the
        (first - 1 == clause_start or toks[first - 2][2] in EN.FRONTING or   # leaders
         toks[first - 2][2].lower() == EN.THAT or _after_fronted_phrase(toks, first - 2))))
    # resigned", "heard that between 2015 and
    # 2019 he received"; not ", in the third quarter, compared with": an adjunct after its verb)
    if found is None and not fronted:
        found = _backward(toks, first, clause_start)
        if _verb_with_object(toks, after, clause_end) and (found is None or not (
                is_verb(toks, found) and not toks[found][2].lower().endswith("ing")) or
                any(t[2].lower() in _SUBORDINATORS for t in toks[found + 1:first])):
            found = after   # (a date between a subject and its verb: "A joint venture
            # involving units of X earlier this year opened the plant"; one in a subordinate
            # clause, not the verb before it: "has struggled since a cyberattack in October
            # 2025 shut its warehouses")
        if found is not None and found < first - 1 and toks[found][2].lower() in _SAY and \
                toks[found + 1][2].lower() not in W.PREPOSITIONS:
            found = _forward(toks, first + 1, clause_end) or found   # ("X said net income in
            # the third quarter jumped", "said he now believed": the date is in what was said)
    if found is None and first > 0 and toks[first - 1][2] == "," and finite_verb(toks, after):
        found = after   # (after a relative clause closed: "The bill, which passed the House in
        # March, now goes to the Senate")
    if found is None:
        found = _forward(toks, _past_apposition(toks, _past_period_end(toks, after, clause_end),
                                                clause_end), clause_end)
    if found is None and fronted:
        found = _backward(toks, first, clause_start)
    heading = after if after < len(toks) and toks[after][2] in _HEADING_ENDS else clause_end
    if found is None and heading < len(toks) and toks[heading][2] in _HEADING_ENDS and \
            not any(_is_word(t[2]) for t in toks[clause_start:heading] if t[2] != _DATE):
        stop = _clause_end(toks, heading + 1)   # (a date heading its line: "May 4, 2024:
        found = min((k for k in (_forward(toks, heading + 1, stop),   # The bridge collapses",
                                 _headline_verb(toks, heading + 1, stop)) if k is not None),
                    default=None)   # "1998 – Troops withdraw", "March 8 - The bank's shares
        # fall": the line's first verb, a headline's present too, "A crane collapses on the
        # site, injuring two")
    if found is None:
        return None
    if found < first and found > 0 and toks[found - 1][2].lower() == EN.INFINITIVE and \
            text[start:end].lower().endswith(EN.AGO):   # ("invited Sinn Fein to rejoin two
        past = next((k for k in range(found - 2, clause_start - 1, -1)   # weeks ago": an "ago"
                     if is_verb(toks, k) and is_past(toks[k][2])), None)   # is the past's)
        found = past if past is not None else found
    if toks[found][2].lower() in W.COPULAS and found > 3 and \
            toks[found - 2][2].lower() in W.DETERMINERS and toks[found - 3][2].lower() == EN.OF \
            and _event_noun(toks, found - 4):
        found -= 4   # (the head before "of the": "The first Merseyside derby of the season is
        # on 27 September": derby)
    elif toks[found][2].lower() in W.COPULAS and found > 0 and _event_noun(toks, found - 1):
        found -= 1   # (a copula tells of its subject: "A year earlier, net income was $2.1
        # million")
    elif toks[found][2].lower() in W.COPULAS and clause_start + 3 < found and \
            [t[2].lower() for t in toks[clause_start:clause_start + 3]][1:] in EN.OCCASIONS:
        found = _forward(toks, clause_start + 3, found) or found   # ("The last time Britain
        # won the contest was in 1997": won)
    found = _antecedent(toks, found)
    if toks[found][2].lower() in W.TAKING_PLACE and found + 1 < len(toks) and \
            toks[found + 1][2].lower() == EN.PLACE or \
            toks[found][2].lower() in EN.OCCURRING:   # ("the recapitalization that took place
        k = found - 1   # in 1988", "the crash, which happened on Friday": the recapitalization)
        while k > 0 and (toks[k][2].lower() in W.AUXILIARIES or _skippable(toks[k][2]) or
                         toks[k][2].lower() in EN.THAT_WHICH or toks[k][2] == ","):
            k -= 1
        if k >= 0 and not _event_noun(toks, k):   # ("the murder of a businessman that took
            j = k - 1                                # place": the murder)
            while j > 0 and toks[j][2].lower() in _DETERMINER_LIKE:
                j -= 1
            k = j - 1 if j > 0 and toks[j][2].lower() == EN.OF else k
        if k >= 0 and _event_noun(toks, k):
            found = k
    noun = light_object(toks, found, found < first and _for_period(toks, first))   # ("will
    # make a charity flight on October 25")
    found = found if noun is None else noun
    return toks[found][0], toks[found][1]
