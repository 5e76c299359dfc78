"""The event stage in a language read from a pack: the happening's word a date anchors (the
verb of its clause: verb_near) and the label around it (clause_label), from the pack's tables as
`Language` holds them (lang.reading builds one a language). English is read by events.py and
trigger.py; `ENGLISH` is the empty Language that says so."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..clauses import DATELINE_LEAD, MAX_LABEL_WORDS, NAME_CLAUSE, clause_spans
from ..joiners import alternation
from .en.words import WHOSE


@dataclass(frozen=True)
class Language:
    """What the event stage reads of a document's language when it is not English: `common`,
    its lower-case function and date words (never a name, see actors), and `locative`, a regex
    of the words before a place ("en", "dans", "nach") at the end of the text before a name."""
    common: frozenset = frozenset()
    locative: Optional[re.Pattern] = None
    verbs: Optional[re.Pattern] = None      # its verb forms in a tense (the pack's)
    present: frozenset = frozenset()        # the present of news verbs ("anuncia"): no tense
    auxiliaries: frozenset = frozenset()    # "ha", "a", "hat": the verb is the word after
    verb_last: bool = False                 # (or, in German, the clause's last word)
    determiners: frozenset = frozenset()    # (German) a capitalised word after one is a noun
    genitives: frozenset = frozenset()      # (German) "der" of "ein Sprecher der Gewerkschaft"
    participle: Optional[re.Pattern] = None   # a past participle's form ("repoussé", "aprobado")
    adverbs: tuple = ()                     # an adverb's endings ("ment"): "a immédiatement appelé"
    descriptor: Optional[re.Pattern] = None   # a people's noun an article puts before a name
    #                                           ("le Slovène Tadej Pogacar")
    event_before: Optional[re.Pattern] = None   # "après", "tras" before a happening's noun
    date_nouns: frozenset = frozenset()     # a date's own nouns ("fin", "semana", "mes")
    numbers: frozenset = frozenset()        # count words ("deux", "tres"): a label opens with
    #                                         one before its noun ("Tres personas murieron")
    approx: tuple = ()                      # "plus de", "más de": ... and with one before a count
    of_articles: Optional[dict] = None      # "du": "le": an "of" and its article (dated_noun),
    of_open: Optional[re.Pattern] = None    # ... opening a date ("del 11 de marzo")
    of_end: Optional[re.Pattern] = None     # ... ending the text before one
    agents: frozenset = frozenset()   # the words before a passive's agent ("par", "por")
    directions: Optional[re.Pattern] = None   # "después", "plus tard" after a duration: the
    #                                           words dating the event go on over them
    since: Optional[re.Pattern] = None      # "desde", "depuis" ending the text before a date
    clubs: Optional[re.Pattern] = None      # "el", "al", "il" right before a city's name: its
    #                                         club ("el Barcelona"), no place
    told_before: tuple = ()                 # "das", "dies": a saying's object standing for
    #                                         the sentence before ("Das teilte X mit"), longest
    #                                         first
    noun_endings: tuple = ()                # (German) a lone capitalised word ending so is a
    #                                         noun, no name ("Beschäftigungssicherung")
    happened: frozenset = frozenset()       # participles of "happen" ("avvenuto", "survenu"):
    #                                         the happening is the noun before
    continued: Optional[re.Pattern] = None    # lower-case words going on a name ("Assemblée
    #                                           nationale", "Consiglio dei ministri")
    keep: frozenset = frozenset()           # a label may begin with these (auxiliaries, "no")
    span_joiner: Optional[re.Pattern] = None   # between a span's two dates ("a", "bis")
    range_joiner: Optional[re.Pattern] = None  # ... or a list's ("y", "und")
    articles: frozenset = frozenset()       # a label keeps one before its noun ("el Gobierno")
    clitics: frozenset = frozenset()        # ... and one of these before its verb ("se reunió")
    particles: frozenset = frozenset()      # separable particles ("mit" of "teilte ... mit")
    roles: tuple = ()                       # endings of a role's word before a name ("-Chef")
    institutions: Optional[re.Pattern] = None   # an institution's one-word name ("Bundestag")
    pronouns: frozenset = frozenset()       # subject pronouns ("il", "er"): kept so, and a
    #                                         clause opening with one has its subject
    coordinators: frozenset = frozenset()   # "y", "und": a verb after one is another clause's
    function_words: frozenset = frozenset()   # its stopwords: no label ends with one
    openers: Optional[re.Pattern] = None    # "a partir", "jusqu'à" ending the text before a
    #                                         date: the label drops them with it
    until: Optional[re.Pattern] = None      # "hasta", "jusqu'à", "bis zum" before a date: what
    #                                         runs until it keeps it ("durer jusqu'à mardi")
    saying: Optional[re.Pattern] = None     # a verb of saying ("declaró", "a annoncé")
    between: Optional[re.Pattern] = None    # "entre" ending the text before a span's first date
    relatives: frozenset = frozenset()      # "que", "che": _relative_clause
    owning: frozenset = frozenset()         # "dont", "cuya", "whose": events._owning_asides
    drops_subjects: tuple = ()              # (a language that drops its subjects) the endings
    # of its first persons' verbs ("-mos"): events._with_dropped_subject
    contracted: frozenset = frozenset()     # "del", "au": no noun phrase opens with one
    reflexive: str = ""                     # "se", "si", "sich": the first of its clitics
    conjunctions: frozenset = frozenset()   # "pero", "mais": a subject may follow one
    plural: tuple = ()                      # (noun, verb) plural-ending regexes
    of: Optional[re.Pattern] = None         # "de", "di" ending the text before a known city:
    #                                         a place ("una nave de Getafe")
    portfolio: Optional[re.Pattern] = None  # "ministra de" ending the text before a name: a
    #                                         portfolio's ("Agricultura"), no actor
    idioms: frozenset = frozenset()         # "Kraft" of "in Kraft treten": no place
    subordinators: frozenset = frozenset()  # (German) a clause they open ends in its verb
    counted_since: Optional[re.Pattern] = None   # "el peor ... desde" before a date: no event


ENGLISH = Language(owning=frozenset((WHOSE,)))
_CLAUSE_END = re.compile(r"[;!?\n]|[.:](?!\d)")   # (not the point of "3.000", "8.5" or "10:30")


def verb_near(text: str, start: int, end: int, language: Language) -> Optional[tuple[int, int]]:
    """(start, end) in `text` of the verb form nearest the date text[start:end] in its clause
    (an auxiliary's verb is the word after it), for a language read from a pack."""
    if language.verbs is None:
        return None
    last = _LAST_WORD_OF.search(text, max(0, start - 30), start)
    if last and last.group(1).lower() in language.happened:   # ("l'omicidio ... avvenuto il
        return last.span(1)                                    # 3 marzo": what happened then)
    relative = _relative_verb(text, start, end, language)
    if relative:   # ("las marchas que desde el martes se llevan a cabo": llevan)
        return relative
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _CLAUSE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    best = None
    opener = language.openers and language.openers.search(text, lo, start)   # ("por volta
    for m in _verbs_in(text, lo, hi, language):                            # das 7h00": no
        a, b = m.span()                                                     # verb "volta")
        if start <= a < end or opener and opener.start() <= a < opener.end():
            continue
        if m.group().lower() in language.auxiliaries:
            comma = _COMMA.search(text, b, hi)   # (a German clause's last word: before its
            nxt = (_LAST_WORD_OF.search(text, b, comma.start() if comma else hi)   # comma)
                   if language.verb_last else _NEXT_WORD_ANY.match(text, b))
            if nxt and nxt.start(1) < end and nxt.end(1) > start:
                nxt = None   # (not the date itself: "„...“, sagte Krause am Mittwoch")
            if nxt is None and language.verb_last:   # (a subordinate clause's auxiliary, last:
                before = _LAST_WORD_OF.search(text, max(end, lo), a)   # its participle before
                nxt = before if before and before.group(1)[:1].islower() else None   # it,
                # "nachdem der Vertrag im März ausgelaufen war")
            word = nxt and nxt.group(1).lower()
            if nxt and (word in language.common or word.endswith(language.adverbs)) and \
                    word not in language.articles and not language.verb_last:   # ("han sido juzgados": the word after "sido";
                after = _NEXT_WORD_ANY.match(text, nxt.end())   # "fue ya aprobado", "avait
                if after and after.group(1).lower() not in language.articles and \
                        language.participle and (
                            after.group(1).lower() in language.common or
                            not language.participle.fullmatch(after.group(1).lower())):
                    later = _NEXT_WORD_ANY.match(text, after.end())   # alors été repoussé",
                    after = later if later and language.participle.fullmatch(   # "avait été
                        later.group(1).lower()) else after   # volontairement allumé": past an
                    # adverb to a participle)
                nxt = after if after and after.group(1).lower() not in language.common and \
                    not (after.start(1) < end and after.end(1) > start) else nxt
            if nxt and nxt.group(1).lower() not in language.articles | language.clitics:
                a, b = nxt.span(1)   # (not "fue el partido": a copula's)
        elif " " in m.group() and m.group().split()[-1].lower() in language.common:
            nxt = _NEXT_WORD_ANY.match(text, b)   # ("è stato arrestato": the word after)
            if nxt and nxt.group(1).lower() not in language.common and \
                    not (nxt.start(1) < end and nxt.end(1) > start):
                a, b = nxt.span(1)
        distance = start - b if b <= start else a - end
        between = text[b:start] if b <= start else text[end:a]
        if "," in between or _joins_clauses(between, language):
            distance += len(text)   # (a verb across a comma or an "y" is another clause's:
            # "se pagarán a partir del 1 de abril y podrán solicitarse")
        if best is None or distance < best[0]:
            best = (distance, a, b)
    if best is None or best[0] >= len(text):   # (no verb in the date's own clause: its
        participle = _apposition(text, start, language) or \
            _trailing_participle(text, start, language)   # participle, when it stands in
        if participle:                                     # apposition to the subject, or
            return participle                              # after a noun it tells of)
        last = _verb_last(text, start, end, language)
        if last:
            return last
    if best is not None and best[1] >= end and best[0] <= 2 and language.relatives and \
            not language.verb_last:
        told = _relative_before(text, lo, start, language)
        if told is not None:   # (a date ending a relative clause, the main verb after it:
            return told        # "la DANA que azotó la provincia el pasado martes ascendió
            # este lunes a 217": azotó)
    return (best[1], best[2]) if best else None


def _relative_before(text: str, lo: int, start: int, language: Language) -> Optional[tuple]:
    """(start, end) of the verb right after the last relative pronoun before `start` in its
    clause (from `lo`), when a verb form follows it before the date; else None."""
    pronoun = None
    for pronoun in re.finditer(rf"(?<!\w)(?:{alternation(sorted(language.relatives))})(?!\w)",
                               text[lo:start], re.I):
        pass
    if pronoun is None or "," in text[lo + pronoun.end():start]:
        return None   # (a relative clause the date ends, no comma between)
    noun = _LAST_WORD_OF.search(text, max(lo, lo + pronoun.start() - 30), lo + pronoun.start())
    if noun is None or not noun.group(1).isalpha() or _verb_form(noun.group(1), language) or \
            noun.group(1).lower() in language.function_words:
        return None   # (a noun's relative, "la DANA que azotó"; not "dijo que")
    verbs = list(_verbs_in(text, lo + pronoun.end(), start, language))
    return verbs[0].span() if len(verbs) == 1 and " " not in verbs[0].group() else None


_TWO_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def _common(word: str, language: Language) -> bool:
    """Is `word` one of the language's function words, or one elided before one ("d'ici")?"""
    if word in language.common:
        return True
    head, mark, rest = word.replace("’", "'").partition("'")
    return bool(mark) and len(head) <= 2 and (rest in language.common or not rest)   # (or
    # elided alone, its word the date's: "vacances d'" of "d'hiver")


def _relative_verb(text: str, start: int, end: int,
                   language: Language) -> Optional[tuple[int, int]]:
    """The word after a date that a relative pronoun opens ("que desde el martes se llevan a
    cabo", "qui depuis lundi occupent"), past a clitic: the relative clause's verb, which no
    tense list may know; None otherwise."""
    if not language.relatives or language.verb_last:
        return None
    m = _TWO_BEFORE.search(text, max(0, start - 30), start)
    words = [w.lower() for w in (m.groups() if m else ()) if w]
    if not words or not (words[-1] in language.relatives or
                         len(words) == 2 and words[0] in language.relatives and
                         words[1] in language.common):
        return None
    after = list(_WORD_AT.finditer(text, end, min(len(text), end + 40)))[:2]
    if not after or text[end:after[0].start()].strip():   # (the next word, no mark between:
        return None                                        # not "que el 14 de febrero [eng]")
    if after[0].group().lower() in language.clitics | {language.reflexive} and len(after) > 1:
        after = after[1:]
    if after[0].group()[:1].isupper() or after[0].group().lower() in language.common and \
            after[0].group().lower() not in language.auxiliaries:
        return None
    if after[0].group().lower() in language.auxiliaries and len(after) > 1 and \
            not text[after[0].end():after[1].start()].strip():   # (past its auxiliary: "che da
        return after[1].span()                                   # martedì ha colpito")
    return after[0].span()


def fixed_reading(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(trigger span, label) when the words around the date say what it dates without its
    clause: a participle before its noun (attributive) or the state an apposition begins
    (apposed_since); None otherwise (verb_near and clause_label read the clause)."""
    return attributive(text, start, end, language) or apposed_since(text, start, end, language)


_ATTRIBUTE = re.compile(r"\s+([a-zäöüß]+(?:e|en|er|es|em))\s+(?:[a-zäöüß]+\s+){0,2}?"
                        r"([A-ZÄÖÜ][\w-]+)")   # (a participle before its noun, in a verb-last
# language: "die am Montag veröffentlichte Studie")
_DATE_LEADS = frozenset({"am", "im", "seit", "ab", "bis", "vom", "zum"})   # (German: the
# preposition a date opens with, between an article and the date)


def attributive(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(participle span, label) when the date stands between an article and a participle
    before its noun, in a verb-last language: "die am Montag veröffentlichte Studie" ->
    "Studie veröffentlicht" (as a headline tells it), "der am Dienstag verhaftete Mann" ->
    "Mann verhaftet", "die seit 1994 geltende Regel" -> "Geltende Regel"; None otherwise."""
    if not language.verb_last:
        return None
    m = _ATTRIBUTE.match(text, end)
    if m is None:
        return None
    before = text[max(0, start - 30):start].split()
    while before and before[-1].lower() in _DATE_LEADS:
        before.pop()
    if not before or before[-1].lower() not in language.determiners:
        return None
    adjective, noun = m.group(1), m.group(2)
    base = re.sub(r"(?:e|en|er|es|em)$", "", adjective)
    if base.endswith("end"):   # (a present participle: a state)
        return m.span(1), f"{adjective[:1].upper()}{adjective[1:]} {noun}"
    if not (base.endswith("t") or base.endswith("en") and "ge" in base):
        return None   # (an adjective: "die am Montag neue Regel")
    return m.span(1), f"{noun} {base}"


_NAME_END = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|del|di|da|do|du|des|la|von|van)\s+)?)"
                       r"{0,3}[A-ZÀ-Þ][\w'’.-]*\s*$")   # ("Ley de Emergencia", "Michele de Pascale")


_PREPOSITION_BEFORE = re.compile(r"[^\W\d_]{1,3}\s+$")   # (a short word: "en", "in", "em")


def apposed_since(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(span of the state's word, label) when the date ends a verbless apposition after a name,
    after "desde"/"depuis"/"seit" or a preposition ("Giovanni Russo, prófugo desde 2019, en
    Palermo" -> "Giovanni Russo, prófugo"; "Pogacar, déjà vainqueur en 2020 et 2021, devance":
    "Pogacar, déjà vainqueur"): the state the date begins or dates is the name's; None
    otherwise."""
    if language.since is None:
        return None
    since = language.since.search(text, max(0, start - 12), start)
    plain = since is None and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    if plain and plain.group().strip().lower() in language.common:
        since = plain   # (a plain preposition: only a subject's apposition, one word and
    comma = text.rfind(",", 0, start)   # its adverb, closed by a comma)
    if since is None or comma < 0 or text[end:end + 1] not in ((",",) if plain else
                                                                 (",", ".", "")):
        return None
    words = text[comma + 1:since.start()].split()
    if not 0 < len(words) <= 4 or any(_verb_form(w, language) for w in words) or plain and (
            sum(w.lower() not in language.function_words for w in words) != 1 or
            not words[-1].islower()):
        return None
    name = _NAME_END.search(text, max(0, comma - 60), comma)
    if name is None or not name.group().strip() or \
            plain and text[:name.start()].strip(" «\"“"):
        return None
    head = next((w for w in words if w.lower() not in language.function_words), words[-1])
    state = text.find(head, comma, since.start())   # (its noun: "presidente" of "presidente
    return (state, state + len(head)), f"{name.group().strip()}, {' '.join(words)}"   # de Egipto")


def agent_participle(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(span of the participle, label) when the date ends a noun phrase whose participle and
    agent come before it ("contre la réforme des retraites présentée par le gouvernement le 2
    septembre" -> "La réforme des retraites présentée par le gouvernement"): that noun's own
    happening; None otherwise."""
    if not language.agents or language.participle is None:
        return None
    words = list(_WORD_AT.finditer(text, max(0, start - 120), start))
    at = next((k for k in range(len(words) - 2, 0, -1)
               if words[k].group().lower() in language.agents and words[k - 1].group().islower()
               and language.participle.fullmatch(words[k - 1].group())), None)   # (not "del
    # Estado por")
    agent_after = _agent_after(text, end, language) if at is None else None
    if agent_after is not None:   # (the participle right before the date, its agent after it:
        last = len(words) - 1   # "la grève lancée jeudi par les syndicats")
        if last > 0 and words[last].group().lower() in language.articles and \
                not text[words[last].end():start].strip():
            last -= 1
        if last > 0 and words[last].group().islower() and \
                language.participle.fullmatch(words[last].group()) and \
                not text[words[last].end():start].strip(" '’") and \
                not _verb_form(words[last - 1].group(), language) and \
                words[last - 1].group().lower() not in language.articles:   # (a noun: "i
            # sindacati")
            words, at = words[:last + 1], last + 1
    if at is None or len(words) - at > 6 or "," in text[words[at].end() if at < len(words)
                                                          else start:start] or \
            any(_verb_form(w.group(), language) for w in words[at + 1:]):
        return None   # (the agent's phrase: a few words up to the date, no clause after it)
    participle = words[at - 1]
    first = 0 if text[:words[0].start()].strip(" «\"“") else -1   # (the sentence's own
    articles = [k for k in range(at - 2, max(first, at - 8), -1)   # first word may open it)
                if words[k].group().lower() in language.articles and   # (its article, past an
                words[k].group().lower() not in language.contracted]   # "of" phrase's: "la
    opener = next((k for k in articles   # réforme des retraites"; the one it agrees with: "las
                   if _same_number(words[k].group(), participle.group(), language)),   # imágenes
                  articles[0] if articles else None)   # de la Plaza Verde mostradas"; else the
    # nearest: "su sociedad y política destruidas")
    if opener is None or opener and _verb_form(words[opener - 1].group(), language) or \
            "," in text[words[opener].end():participle.start()] or \
            any(_verb_form(w.group(), language) for w in words[opener + 1:at - 1]):
        return None   # (a noun phrase after a preposition or a verb, no clause of its own)
    kept = [w.group() for w in words[opener:]]
    while kept and kept[-1].lower() in language.common and kept[-1].lower() not in \
            language.articles | language.agents:   # (the date's own preposition: "em")
        kept.pop()
    label = text[words[opener].start():words[opener + len(kept) - 1].end()]
    if agent_after is not None and at == len(words):
        label += " " + agent_after
    return participle.span(), label[:1].upper() + label[1:]


_AGENT_WORD = re.compile(r"[^\W\d_]+(?:[.-][^\W\d_]+)*")   # (an abbreviation or a hyphened
# name whole: "EE.UU.", "Al-Thawra")


def _same_number(article: str, participle: str, language: Language) -> bool:
    """Are an article and a participle both plural or both singular ("las ... mostradas", "la
    ... emprendida")? True for a language without plural endings."""
    return not language.plural or \
        _plural(article, language) == _plural(participle, language)


def _plural(word: str, language: Language, verb: bool = False) -> bool:
    """Does `word` end as the language's plural nouns (`verb`: its plural verbs) do?"""
    return re.fullmatch(language.plural[1 if verb else 0], word, re.I) is not None


def _agent_after(text: str, end: int, language: Language) -> Optional[str]:
    """The agent's phrase opening the text after a date ("par les syndicats" of "lancée jeudi
    par les syndicats se poursuivra"); else None."""
    words = _phrase_after(text, end, language)
    if len(words) < 2 or words[0].group().lower() not in language.agents:
        return None
    return text[words[0].start():words[-1].end()]


def _phrase_after(text: str, end: int, language: Language) -> list:
    """The words after a date that go on the phrase before it ("par les syndicats", "contra
    la población civil"): up to a verb, a relative, a mark or the tenth, no function word
    last."""
    words = []
    for m in _AGENT_WORD.finditer(text, end, min(len(text), end + 100)):
        gap = text[words[-1].end() if words else end:m.start()]
        if gap.strip(" '’") or len(words) == 10 or words and (
                _verb_form(m.group(), language) or m.group().lower() in language.relatives or
                len(words) > 1 and words[-1].group()[:1].isupper() and m.group().islower() and
                m.group().lower() not in language.common):   # (a word after a name: its verb,
            break   # "par la ONU constituye")
        words.append(m)
    while words and words[-1].group().lower() in language.common:
        words.pop()
    return words


def dated_noun(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(span of the noun, label) when the date is a noun's own, after its "of", inside its
    clause ("La cour rendra son verdict dans le procès des attentats du 13 novembre 2015, qui
    avaient fait 130 morts" -> "Les attentats, qui avaient fait 130 morts"; "El juicio por
    los atentados del 11 de marzo"): the noun's happening, not the clause's; None otherwise
    (the clause's subject, "Les attentats du 13 novembre ont fait 130 morts", is told by its
    verb)."""
    if not language.of_articles:
        return None
    of = _of_before(text, start, end, language)
    if of is None:
        return None
    words = list(_WORD_AT.finditer(text, max(0, of - 60), of))
    if len(words) < 2:
        return None
    noun, article = words[-1], words[-2]
    word, art = noun.group(), article.group().lower()
    between = text[article.end():noun.start()]
    if between in ("'", "’"):   # ("l'élection du 7 mai")
        art += "'"
    elif between.strip():
        return None
    art = language.of_articles.get(art, art)   # ("des attentats": les attentats)
    if len(word) < 3 or not word.islower() or word in language.common or \
            _verb_form(word, language) or (art not in language.articles and art != "l'") or \
            art in language.contracted:   # (not "al derrocamiento": a "to" phrase's)
        return None
    clauses = clause_spans(text)
    clause = next((a for a, b in clauses if a <= article.start() < b), 0)
    if not _WORD_AT.search(text, clause, article.start()):
        return None   # (the noun's phrase opens its clause: the subject, its verb tells)
    label = (art if art.endswith("'") else art + " ") + word
    more = _phrase_after(text, end, language)   # (its place: "el ataque del 4 de abril en
    if len(more) > 1 and language.locative and \
            language.locative.search(more[0].group() + " "):   # la localidad de Jan Shijún")
        label += " " + text[more[0].start():more[-1].end()]
    relative = _RELATIVE_AFTER.match(text, end)
    if relative and relative.group(1).lower() in language.relatives:
        told = _CLAUSE_STOP.split(text[relative.start(1):], 1)[0].split()
        if 2 <= len(told) <= 10:
            label += ", " + " ".join(told)
    return noun.span(), label[:1].upper() + label[1:]


_RELATIVE_AFTER = re.compile(r"\s*,\s*([^\W\d_]+)\s")   # (", qui avaient fait")
_CLAUSE_STOP = re.compile(r"[,;:.!?()\n]")


def after_happening(text: str, start: int, end: int, language: Language) -> Optional[tuple]:
    """(span of the noun, label) when the date right follows a noun phrase after "après",
    "tras", "dopo" ("après la chute du gouvernement de Michel Barnier le 4 décembre 2024" ->
    "La chute du gouvernement de Michel Barnier"): that happening's date, not the clause's;
    None otherwise (a verb, a mark or more than eight words between)."""
    if language.event_before is None:
        return None
    lo = max(0, start - 90)
    found = None
    for found in language.event_before.finditer(text, lo, start):
        pass
    if found is None:
        return None
    stop = start
    comma = text.rfind(",", found.end(), start)
    first_word = text[start:end].split()[:1]
    if comma >= 0 and not text[comma + 1:start].strip() and first_word and (
            first_word[0].lower() in language.articles or first_word[0][:1].isdigit()) and \
            _APPOSITION_END.match(text, end):   # (the date in apposition to the noun, ending
        stop = comma   # its clause: "tras la final del Mundial de Sídney, el 20 de agosto")
    if _CLAUSE_MARK.search(text, found.end(), stop):
        return None
    words = list(_WORD_AT.finditer(text, found.end(), stop))
    if not 1 < len(words) <= 8 or any(_verb_form(w.group(), language) for w in words):
        return None
    first = words[0].group().lower()
    elided = text[words[0].end():words[0].end() + 1] in ("'", "’")
    article = language.of_articles.get(first, first) if language.of_articles else first
    if not (elided and first in ("l", "d") or article in language.articles or
            first in language.contracted):
        return None
    noun = next((w for w in words[1:] if w.group().lower() not in language.common), None)
    if (noun is None or not noun.group().islower()) and len(words) > 2 and \
            words[1].group().islower() and (words[2].group().lower() in language.contracted or
                                            words[2].group().lower() in language.function_words):
        noun = words[1]   # (a common word before its "of": "la final del Mundial femenino")
    if noun is None or not noun.group().islower():
        return None
    opens = _WORD_AT.match(text, start)   # (not an adjective of the date's own noun: "tras un
    if words[-1].group().lower() not in language.common and opens and \
            opens.group().lower() in language.date_nouns:   # intenso fin de semana")
        return None
    phrase = text[words[1].start():words[-1].end()]
    while phrase.split() and phrase.split()[-1].lower() in language.common:
        phrase = phrase.rsplit(None, 1)[0] if " " in phrase else ""
    if not phrase:
        return None
    lead = "l'" if elided else (article if article in language.articles else "")
    label = (lead if lead.endswith("'") else lead + " " if lead else "") + phrase
    return noun.span(), label[:1].upper() + label[1:]


_CLAUSE_MARK = re.compile(r"[,;:()«»\"“”]")
_APPOSITION_END = re.compile(r"\s*(?:[.;,)]|$)")


def _of_before(text: str, start: int, end: int, language: Language) -> Optional[int]:
    """Where the "of" with its article that opens a date ("du", "del", "de la") starts: in
    the date phrase ("del 11 de marzo") or just before it; None without one."""
    if language.of_open.match(text, start, end):
        return start
    before = language.of_end.search(text, max(0, start - 12), start)
    return before.start() if before else None


def without_verb(name: str, language: Language) -> str:
    """A name run without the verb a heading opened it with ("Muere Nasser": Nasser, "Visita El
    Cairo"); the name as it is otherwise."""
    words = name.split()   # (a listed verb only: a tense's ending fits names too, "Laura")
    if len(words) > 1 and words[0].lower() in language.present | language.auxiliaries:
        return " ".join(words[1:])
    return name


def told_before(label: str, said: str, previous: str, language: Language) -> str:
    """The label of a saying whose object is a demonstrative standing for the sentence before
    ("... ein Werk schließen. Das teilte Personalvorstand Gunnar Kilian am Dienstag mit." ->
    "Personalvorstand Gunnar Kilian teilte mit: Der Volkswagen-Konzern will ... schließen");
    "" when it is no such saying."""
    opening = next((p for p in language.told_before
                    if label.lower().startswith(p + ("" if p.endswith(("'", "’")) else " "))),
                   None)
    if opening is None or not (language.saying and language.saying.search(said.lower())):
        return ""
    told = DATELINE_LEAD.sub("", previous.strip(), count=1).rstrip(".!?").strip()   # (not its
    # dateline: "BERLIN, 4. Dezember 2026 (dpa) - Die GDL hat ...")
    words = label[len(opening):].split()
    if len(told.split()) < 3 or len(words) < 2 or not _verb_form(words[0], language):
        return ""   # (the saying's verb right after: "Lo anunció", not the article of "Lo Stato")
    if language.verb_last:   # ("teilte Personalvorstand Gunnar Kilian mit")
        words = _subject_first(words, language, fronted=True)
    else:   # ("a annoncé son directeur général": the speaker after the verb goes first)
        at = next((i for i, w in enumerate(_plain(words)) if w == said.lower()), None)
        if at is None or at + 1 >= len(words):
            return ""
        speaker = words[at + 1:]
        speaker[0] = speaker[0][:1].upper() + speaker[0][1:]
        words = speaker + [w.lower() for w in words[:at + 1]]
    return f"{' '.join(words).rstrip(' .')}: {told}"


def _joins_clauses(between: str, language: Language) -> bool:
    """Does a coordinator ("y", "et") stand in `between`, other than one joining two names
    ("los sindicatos CCOO y UGT")?"""
    words = between.split()
    return any(w.lower() in language.coordinators and not (
        0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())
        for i, w in enumerate(words))


def _verb_last(text: str, start: int, end: int, language: Language) -> Optional[tuple[int, int]]:
    """The last word of the subordinate clause the date stands in, in a verb-last language,
    as its verb though no table knows it ("die am Montag überraschend zurücktrat":
    zurücktrat); None elsewhere."""
    if not language.verb_last:
        return None
    comma = text.rfind(",", 0, start)
    opener = _WORD_AT.search(text, comma + 1)   # (after a comma, or opening the sentence;
    openers = language.subordinators | (language.articles if comma >= 0 else frozenset())
    if opener is None or opener.start() >= start or opener.group().lower() not in openers:
        return None   # an article after a comma is a relative pronoun)
    close = _COMMA.search(text, end)
    stop = close.start() if close else len(text)
    last = _LAST_WORD_OF.search(text, end, stop)
    if last is None or last.group(1)[:1].isupper() or last.start(1) < end:
        return None   # (a noun is no verb)
    return last.span(1)


_WORD_AT = re.compile(r"[^\W\d_]+")


def _verbs_in(text: str, lo: int, hi: int, language: Language) -> list:
    """The verb forms of text[lo:hi]: the pack's tense forms, and the present of its news
    verbs where no article makes the word a noun ("anuncia", not "la visita")."""
    found = list(language.verbs.finditer(text, lo, hi))
    if language.present:
        before = ""
        for m in _WORD_AT.finditer(text, lo, hi):
            word = m.group().lower()
            if word in language.present and before not in language.articles and \
                    not any(f.start() <= m.start() < f.end() for f in found):
                found.append(m)
            before = word
        found.sort(key=lambda m: m.start())
    return found


def _apposition(text: str, start: int, language: Language) -> Optional[tuple[int, int]]:
    """(start, end) of the word opening the date's clause when that clause stands between
    commas right after the sentence's subject, or opens the sentence, and opens with a content
    word, a participle ("Le texte, présenté en conseil des ministres le 8 octobre, prévoit
    ..."; "Née en 1941 à Marseille, elle ...")."""
    clauses = clause_spans(text)
    at = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if at is None or at > 1 or len(clauses) < 2 or at == 0 and language.determiners or \
            at == 1 and not _pack_subject(text, clauses, 1, language):
        return None   # (or one opening the sentence: "Née en 1941 à Marseille, elle ...")
    m = _FIRST_WORD.match(text, *clauses[at])
    word = m and m.group(1)
    if not word or not (word.islower() or at == 0 and word.istitle()) or \
            word.lower() in language.common or _verb_form(word, language) or m.end(1) > start:
        return None
    return m.span(1)


def _trailing_participle(text: str, start: int, language: Language) -> Optional[tuple[int, int]]:
    """(start, end) of a participle opening the date's clause when the clause before ends with
    a noun phrase it tells of ("frente al 49 % de los anteriores comicios, celebrados en julio
    de 2020": celebrados), else None."""
    if language.participle is None:
        return None
    clauses = clause_spans(text)
    at = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), None)
    if not at:
        return None
    m = _FIRST_WORD.match(text, *clauses[at])
    if not m or m.end(1) > start or not language.participle.fullmatch(m.group(1)) or \
            not _antecedent(text[clauses[at - 1][0]:clauses[at - 1][1]], language):
        return None
    return m.span(1)


_NEXT_WORD_ANY = re.compile(r"\s+([^\W\d_]+)")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")   # (a clause's first word, when it opens with one)
_COMMA = re.compile(r",(?!\d)")   # (not a decimal comma: "8,4 Milliarden")
_LAST_WORD_OF = re.compile(r"([^\W\d_]+)[^\w]*$")   # (the last word before a clause's end)


def clause_label(sentence: str, start: int, end: int, trigger: Optional[tuple],
                 language: Language, others: tuple = ()) -> str:
    """_clause_label; but when that is too long to show its happening's word, only what a
    saying tells of it ("La ministra de Vivienda, Carmen Ortiz, explicó en rueda de prensa que
    las primeras ayudas llegarán en septiembre" -> "Las primeras ayudas llegarán")."""
    lead = DATELINE_LEAD.match(sentence)   # (blanked before its date goes: "ROMA, 14 gennaio
    if lead and lead.end() <= start:   # 2021 - Il presidente ..., salirà" is no subject "ROMA")
        sentence = " " * lead.end() + sentence[lead.end():]
    label = _clause_label(_without_others(sentence, start, end, trigger, others, language),
                          start, end, trigger, language)
    words = label.split()
    if len(words) <= 3 and trigger is not None:   # (a bare saying after a quotation)
        quote = _QUOTE_FIRST.match(sentence)   # («En cambio, se usan cada vez más», apuntó:
        if quote and quote.end() <= trigger[0] and \
                len(sentence[quote.end():trigger[0]].split()) <= 2:   # what was said)
            said = quote.group(1).strip(" ,")
            if len(said.split()) >= 3:
                return said
    if trigger is None or len(words) <= MAX_LABEL_WORDS or \
            sentence[trigger[0]:trigger[1]].lower() in _plain(words[:MAX_LABEL_WORDS]):
        return label
    return " ".join(_told_clause(words, sentence[trigger[0]:trigger[1]], language))


_ELIDED_BEFORE = re.compile(r"\b[^\W\d_]['’]$")


def _without_others(sentence: str, start: int, end: int, trigger: Optional[tuple],
                    others: tuple, language: Language) -> str:
    """The sentence with the other dates of its clauses blanked, and the article or preposition
    right before each ("a demandé mercredi aux compagnies", "anunció el lunes que": no other
    day in the label of the one it tells of); not one inside the date's own phrase."""
    others = sorted(others)
    for k, (a, b) in enumerate(others):
        if k + 1 < len(others) and language.range_joiner and \
                language.range_joiner.fullmatch(sentence, b, others[k + 1][0]):
            b = others[k + 1][0]   # (and the word joining it to the next: "de 1967 y 1973")
        for _ in range(3):   # (its preposition and article: "a las", "desde el")
            lead = _LAST_WORD_OF.search(sentence, max(0, a - 16), a)
            if not lead or lead.group(1).lower() not in language.function_words or \
                    lead.group(1).lower() in language.coordinators | language.relatives:
                break
            a = lead.start(1)
        opener = language.openers and language.openers.search(sentence, max(0, a - 24), a)
        a = opener.start() if opener and not sentence[opener.end():a].strip() else a
        elided = _ELIDED_BEFORE.search(sentence, max(0, a - 3), a)
        a = elided.start() if elided else a   # ("vacances d'hiver": no "d'" left behind)
        if a < end and start < b or trigger and a < trigger[1] and trigger[0] < b:
            continue
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def _counted_noun(words: list, language: Language) -> bool:
    """Do `words` open with a count before its noun ("Deux motions", "tres personas"), maybe
    after an approximation ("Plus de 400 personnes", "más de 300 muertos")?"""
    low = [w.lower().strip(_MARKS) for w in words[:5]]
    for phrase in language.approx:   # (longest first: "au moins" before "moins")
        n = len(phrase.split())
        if " ".join(low[:n]) == phrase:
            low = low[n:]
            break
    return len(low) > 1 and (low[0] in language.numbers or low[0][:1].isdigit()) and (
        low[1] not in language.common and not low[1][:1].isdigit() or low[0].endswith("%"))
    # (a share before its "of": "85% dos clientes")


_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9.&-]{1,9}")


def _clause_label(sentence: str, start: int, end: int, trigger: Optional[tuple],
                  language: Language) -> str:
    """A label in a language read from a pack: the clause holding the happening's verb (else
    the date), the date phrase taken out, its leading function and date words dropped up to a
    verb, a negation or an article before a noun ("Aunque el Gobierno lo negó el lunes" -> "el
    Gobierno lo negó")."""
    lead = DATELINE_LEAD.match(sentence)   # ("PARIS, 21 mai (AFP) -": no subject)
    if lead:
        sentence = " " * lead.end() + sentence[lead.end():]
    if trigger and sentence[trigger[0]:trigger[1]].lower() in language.happened:
        noun = _happened_noun(sentence[:trigger[0]], language)   # ("l'omicidio di un
        if noun:   # imprenditore avvenuto il 3 marzo 2009": the murder)
            return noun
    at = trigger[0] if trigger else start
    for aside in _ASIDE.finditer(sentence):   # (a bracketed aside inside a phrase is no
        # clause break, "O Comitê (Copom) do Banco Central elevou": its subject runs on; not
        # one with a verb, "(puisqu'il l'a nommé)", nor one before a verb, "... (delta du Nil)
        # a ranimé", whose clause opens with its verb and takes the sentence's subject)
        after = sentence[aside.end():].split()[:1]
        acronym = _ACRONYM.fullmatch(aside.group()[1:-1].strip())   # (a name's short form is
        if not any(aside.start() < b and a < aside.end() for a, b in (   # its name's, whatever
                (start, end), trigger or (start, end))) and (acronym or   # follows: "Die
                not any(_verb_form(w, language) for w in aside.group()[1:-1].split() + after)):
            # Gewerkschaft Deutscher Lokomotivführer (GDL) hat")
            sentence = sentence[:aside.start()] + " " * len(aside.group()) + \
                sentence[aside.end():]
    clauses = clause_spans(sentence) or ((0, len(sentence)),)
    a, b = next(((a, b) for a, b in clauses if a <= at < b + 1), clauses[0])
    text = sentence[a:b]
    until = language.until and language.until.search(sentence, max(a, start - 24), start)
    if a <= start < b and not (until and any(   # (what runs until a date keeps it, after a
            w.lower() not in language.common for w in sentence[a:until.start()].split())):
        before = text[:start - a]   # word of its clause: "devraient durer jusqu'à mardi"; not
        # "que hasta hace un mes ejercía": the date would open the label)
        opener = language.openers and language.openers.search(before)
        before = before[:opener.start() if opener else None].split()   # ("se pagarán a
        # partir del 1 de abril": "se pagarán")
        while before and _common(before[-1].lower(), language) and \
                before[-1].lower() not in language.keep | language.coordinators and \
                not (before[-1].lower() in language.relatives and
                     _relative_verb(sentence, start, end, language)) and \
                not (before[-1].lower() == language.reflexive and len(before) > 1) and \
                not (len(before) > 1 and before[-2][:1].isdigit() and
                     not before[-2].endswith("%")) and \
                not (len(before) > 1 and re.split(r"['’]", before[-2])[-1][:1].isupper() and
                     language.continued and
                     language.continued.match(" " + before[-1])):   # (nor a name's own word:
            # "à l'Assemblée nationale" à partir du 24 octobre; a count's unit stays, no share's:
            before.pop()   # "uno sciopero di 24 ore" per venerdì, "subió un 11%" en 2025;
            # "el país de" 1934 a 1941; "detuvo a dos hombres y" el lunes "los puso": the "y"
            # joins the two predicates)
        text = " ".join(before) + " " + text[min(end, b) - a:]
    fronted = a <= start < b and all(w.lower() in language.common for w in
                                     sentence[a:start].split())   # (the date opened its
    words = text.split()                                          # clause: V2's verb next)
    whole = words[:]   # (the clause's words before its leading function words go)
    while words:
        word = words[0].lower().strip(_MARKS + "¿¡")
        if word not in language.common or word in language.keep or \
                (language.verbs and language.verbs.fullmatch(word)):
            break
        if _counted_noun(words, language):
            break   # ("Tres personas murieron", "Plus de 400 personnes ont témoigné")
        if word in language.articles and len(words) > 1 and (
                words[1].lower() not in language.function_words or words[1][:1].isupper()):
            break   # ("el Gobierno", "Il ministro", "Das nächste Spiel", "Lo Stato": its
            # article stays)
        if word in language.clitics | language.pronouns and len(words) > 1 and \
                _verb_form(words[1], language):
            break   # ("que se manifestaron": "se manifestaron"; "Il sera examiné")
        if language.determiners and len(words) > 1 and word not in language.subordinators and (
                words[1][:1].isupper() and words[1].lower() not in language.common or
                words[1].lower() in language.articles and word not in language.articles or
                len(words) > 2 and words[1].islower() and words[1].lower() not in
                language.common and words[2][:1].isupper()):   # (or its adjective: "Nach
            # tagelangen Regenfällen")
            break   # (German: a preposition before its noun, "Im Hinspiel", "Nach einem
            # Treffen")
        words.pop(0)
    while len(words) > 1 and _function_word(words[-1], language) and (
            not language.verb_last or words[-1].lower() in language.coordinators):
        words.pop()   # ("La sequía comenzó y": no "y"; German keeps a verb's particle: "an")
    if trigger:
        words = _coordinated(words, sentence[trigger[0]:trigger[1]], language)
        words = _relative_clause(words, sentence[trigger[0]:trigger[1]], language)
    index = clauses.index((a, b)) if (a, b) in clauses else 0
    first = _plain(words[:1])[0] if words else ""
    opens_with_verb = _verb_form(first, language) or \
        first in language.clitics | language.pronouns | language.keep and len(words) > 1 and \
        _verb_form(words[1], language)   # (not "le gouvernement"; "no ganaba": a negation)
    joined = sentence[a:b].split()[:1]
    if index > 0 and opens_with_verb and joined and \
            joined[0].lower() in language.coordinators:   # (a second predicate of the first
        subject = first_subject(sentence, clauses, language)   # clause's subject: "Las
        if subject:   # fuerzas ... reforzaron su despliegue, ..., y anunciaron el domingo")
            return " ".join(subject.split() + words)
    opening = _opening_participle(sentence, clauses, index, words, language)
    if opening:   # ("Fundada en 1928, la organización islamista no participó ...": La
        return opening   # organización islamista, fundada)
    said = _pack_inverted(sentence, clauses, index, words, language) \
        if index > 0 and opens_with_verb else ""
    if said:   # ("« Nous ne céderons pas », a déclaré hier la secrétaire générale")
        return said
    if language.verb_last:   # ("Im März hatte das Unternehmen": "Das Unternehmen hatte")
        words = _subject_first(words, language, fronted)
        opens_with_verb = opens_with_verb and bool(words) and words[0].lower() == first
    if index > 0 and trigger is not None and \
            _trailing_participle(sentence, start, language) == trigger and \
            (index > 1 or not _pack_subject(sentence, clauses, index, language)):
        noun = _antecedent(sentence[clauses[index - 1][0]:clauses[index - 1][1]], language)
        return f"{noun}, " + " ".join(words)   # ("Los anteriores comicios, celebrados en plena
        # pandemia": the noun the participle tells of)
    apposed = index == 1 and trigger is not None and not opens_with_verb and \
        trigger[0] == clauses[1][0] and \
        not _verb_form(sentence[trigger[0]:trigger[1]], language)   # (a participle after
    # the subject: _apposition)
    opener = sentence[a:b].split()[:1]
    opener = opener[0].lower() if opener else ""
    if language.verb_last and opener in language.subordinators and \
            sentence[a:start].strip().lower() != opener and \
            not any(w.lower() in language.subordinators for w in words[:1]):   # ("Nachdem der
        words = _verb_second(words, trigger and sentence[trigger[0]:trigger[1]], language)
        # Vertrag im März ausgelaufen war" -> "Der Vertrag war ausgelaufen"; not "Bis" before
        # its date, a preposition: "Bis 2030 sollen ... abgebaut werden")
        content = sentence[:clauses[index][0]].strip(" ,") if index > 0 else ""
        if trigger and language.saying and \
                language.saying.search(sentence[trigger[0]:trigger[1]].lower()) and \
                content and any(_verb_form(w, language) for w in _plain(content.split())) and \
                len(words) + len(content.split()) <= MAX_LABEL_WORDS:   # ("Der Streik beginnt,
            return f"{' '.join(words).rstrip(' .')}: {content}"   # wie die GDL am Montag
            # mitteilte": Die GDL teilte mit: Der Streik beginnt)
    if index > 0 and (opens_with_verb and opener in language.relatives or
                      language.verb_last and opener in language.articles and len(whole) > 1):
        near = index - 1   # (past an age in apposition: "el centrocampista Álvaro Pérez, de
        if near > 0 and _AGE.fullmatch(sentence[clauses[near][0]:clauses[near][1]].strip()):
            near -= 1      # 21 años, que firmará": the player)
        noun = _antecedent(sentence[clauses[near][0]:clauses[near][1]], language)
        if noun and not language.verb_last:
            noun = _agreeing(noun, words, language)
        if noun and language.verb_last:   # (German: the verb goes second, "Das Gesetz, das am
            words = whole[1:] if _plain(whole[:1]) == [opener] else whole   # (1. Januar in
            # Kraft tritt": "Das Gesetz tritt in Kraft")
            words = _verb_first(words, trigger and sentence[trigger[0]:trigger[1]], language)
        if noun:   # (", que destinará 2.000 millones": the noun before the comma, "El plan
            return " ".join([noun] + _first_relative(words, language))   # estatal de vivienda
            # destinará ...")
    aside = sentence[clauses[index - 1][0]:clauses[index - 1][1]].split() if index >= 2 else []
    head = sentence[clauses[index - 2][0]:clauses[index - 2][1]].split()[:1] \
        if index >= 2 else []
    after_aside = len(aside) > 1 and head and (   # (after an article's noun or a name)
        _plain(head)[0] in language.articles or head[0][:1].isupper() and
        _plain(head)[0] not in language.common) and language.participle is not None and \
        language.participle.fullmatch(_plain(aside[:1])[0]) is not None and first.isalpha() and \
        first.islower() and first not in language.function_words and \
        sentence[a:b].split()[:1] == words[:1]   # (a word no tense list knows, right after a
    # participle's aside: "Le président du MoDem, âgé de 73 ans, devient ...": its verb)
    if (index > 0 and (opens_with_verb or after_aside) or apposed) and \
            first not in language.pronouns:
        subject = _pack_subject(sentence, clauses, index, language, start) or (
            first_subject(sentence, clauses, language) if opens_with_verb else "")   # (or
        # the first clause's own: "La polizia ha chiuso il quartiere, ha perquisito ...")
        if subject:   # ("Le Premier ministre, Jean Moreau, a annoncé mercredi ...")
            words = subject.split() + words
    if trigger and words and words[-1].lower() == sentence[trigger[0]:trigger[1]].lower():
        words += _object_after(sentence, clauses, index, language)   # ("a adopté mardi, par
        # 289 voix contre 250, le projet de loi": the verb's object after the interruption)
    told = sentence[b:].strip(" ,:;.!?") if trigger and language.saying and \
        language.saying.fullmatch(sentence[trigger[0]:trigger[1]]) else ""
    if len(told.split()) >= 3 and words and words[-1].lower() == \
            sentence[trigger[0]:trigger[1]].lower():   # ("Olaf Scholz sagte, die SPD werde
        return " ".join(words) + ": " + told        # zustimmen": what he said, not a bare "sagte")
    return " ".join(words)


def _opening_participle(sentence: str, clauses: tuple, index: int, words: list,
                        language: Language) -> str:
    """For a participle's clause opening the sentence before its subject ("Fundada en 1928, la
    organización islamista ...", "Nacido el 2 de julio de 1936, el general Suleimán fue ..."),
    or after a name in apposition, the subject (the name) and the participle's phrase ("La
    organización islamista, fundada", "Gadafi, nacido en Sirte"); else "". The participle: a
    word of the pack's participle endings, a function word after it."""
    if len(clauses) < 2 or language.participle is None or not words:
        return ""
    plain = _plain(sentence[clauses[index][0]:clauses[index][1]].split()[:2])
    if len(plain) < 2 or len(plain[0]) < 4 or not language.participle.fullmatch(plain[0]) or \
            plain[1] not in language.common:
        return ""
    told = " ".join(words)   # (the participle's phrase, its date taken out: "nacido en Sirte")
    told = told[:1].lower() + told[1:]
    if index > 0:   # (after a name in apposition: "al creador de Facebook, Mark Zuckerberg,
        name = sentence[clauses[index - 1][0]:clauses[index - 1][1]].strip()   # elegido en
        return f"{name}, {told}" if NAME_CLAUSE.fullmatch(name) and \
            len(name.split()) > 1 and _plain(words[:1]) == plain[:1] else ""   # 2010 como ...")
    subject = _clause_subject(sentence, clauses[1], language)
    return f"{subject[:1].upper()}{subject[1:]}, {told}" if subject else ""


_QUOTE_FIRST = re.compile(r"\s*[«\"“]([^«»\"“”]{8,400})[»\"”]\s*,")   # (a quotation opening its
# sentence, a comma after it: the saying verb follows)
_ASIDE = re.compile(r"(?<=\w )\((?:[^()\d\s]+ ?){1,4}\)(?= [a-zà-ÿ])")   # (a few words, no
# number, inside a phrase: not a dateline's "(EFE).-", "(Athènes) Un incendie", a name's
# "(OIEA) Mohamed el Baradei", nor "desde las 16.00 hora local (14.00 GMT) y que terminará")
_ELIDED = re.compile(r"[a-zà-ÿ]{1,2}['’]\w")   # (an elided article: "l'assessore", "l’État")


def _pack_inverted(sentence: str, clauses: tuple, index: int, words: list,
                   language: Language) -> str:
    """A saying told after what was said, its speaker after the verb, in a pack's language
    ("« Nous ne céderons pas », a déclaré hier la secrétaire générale de la CGT, Sophie
    Lambert"): the speaker, the verb and what was said ("La secrétaire générale de la CGT,
    Sophie Lambert, a déclaré : « Nous ne céderons pas »"); "" when the clause is no such
    saying."""
    plain = _plain(words)
    verb = 2 if len(plain) > 2 and plain[0] in language.auxiliaries else 1
    if verb == 2 and plain[1] in language.common and len(plain) > 3:
        verb = 3   # ("ha sido informado")
    if language.saying is None or not any(language.saying.fullmatch(w) for w in plain[:verb]):
        return ""
    at = next((i for i in range(verb, len(words))
               if (plain[i] in language.articles or words[i][:1].isupper() or
                   _ELIDED.match(plain[i])) and   # ("l'assessore")
               (i == verb or plain[i - 1] not in language.common or
                plain[i - 1] in language.articles)), None)   # (not "a la prensa")
    content = DATELINE_LEAD.sub("", sentence[:clauses[index][0]]).strip(" ,-—–")
    if at is None or not content or not (content[:1] in "«\"“„'" or language.verbs and any(
            _verb_form(w, language) for w in content.split())):
        return ""   # (what was said is a quote or a clause; "Le Premier ministre, Jean
        # Moreau, a annoncé un plan": no saying told after it, "un plan" no speaker)
    if language.verb_last and _verb_form(content.split()[0], language):   # (what was said
        content = " ".join(_subject_first(content.split(), language, True))   # with its date
        # taken out: its subject first, "Bis 2030 sollen ... mehr als 35.000 Stellen ...")
    said = words[:verb]
    if len(words) - at > 1 and words[-1].rstrip(" .").lower() in language.particles:
        said, words = said + [words[-1].rstrip(" .")], words[:-1]   # ("teilte die GDL mit":
    speaker = " ".join(words[at:]).rstrip(" .")                       # Die GDL teilte mit)
    if index + 1 < len(clauses):   # (a name in apposition after the speaker's title)
        a, b = clauses[index + 1]
        name = sentence[a:b].strip(" .")
        if sentence[clauses[index][1]:a].strip() == "," and NAME_CLAUSE.fullmatch(name):
            speaker += f", {name},"
    return f"{speaker[:1].upper()}{speaker[1:]} {' '.join(said)}: {content}"


def _subject_first(words: list, language: Language, fronted: bool = False) -> list:
    """A German label whose fronted date was taken out, its verb first: the subject goes
    before the verb again ("Im März hatte das Unternehmen ... veröffentlicht" -> "Das
    Unternehmen hatte ... veröffentlicht"; "bereits", an adverb before the verb, after it, as
    a phrase is: "Im Hinspiel hatte Bayern gewonnen" -> "Bayern hatte im Hinspiel gewonnen")."""
    at = next((i for i, w in enumerate(words[:8]) if _verb_form(w, language)), None)
    if fronted and words and words[0].lower() not in language.common and at != 0 and (
            words[0].islower() or words[0].lower().endswith(("te", "ten", "t", "en"))):
        at = 0   # (a date opened the clause: the word after it is the finite verb, known or
        # not: "Am Wochenende demonstrierten Tausende")
    if at is None or at + 1 >= len(words) or at and (
            words[0].lower() not in language.function_words or
            words[0].lower() in language.articles or _counted_noun(words, language)):
        return words   # (the subject first already: "Die Regierung hat", "Nordwerk hat")
    begin = at + 1
    while begin + 1 < len(words) and words[begin].lower() in language.clitics:
        begin += 1   # ("trafen sich die Minister": "Die Minister trafen sich")
    if words[begin].lower() in language.function_words and \
            words[begin].lower() not in language.articles:   # (a phrase before the subject:
        later = next((i for i in range(begin + 1, len(words) - 1)   # "brach in einer Halle
                      if (words[i].lower() in language.articles or   # ein Feuer aus"; a
                          _counted_noun(words[i:], language)) and   # count: "sollen in
                      words[i - 1].lower() not in language.function_words), None)   # Deutschland
        # mehr als 35.000 Stellen abgebaut werden")
        if later is None:
            return words
        moved = words[begin:later]
        words = words[:begin] + words[later:]
    else:
        moved = []
    end = begin
    if _counted_noun(words[begin:], language):   # (a count, maybe approximate, its noun:
        end = begin + next((len(p.split()) for p in language.approx   # "mehr als 35.000
                            if [w.lower() for w in words[begin:begin + len(p.split())]] ==
                            p.split()), 0)   # Stellen")
        end += 1
        while end < len(words) and words[end].islower():
            end += 1
        end += 1
    elif words[end].lower() in language.articles:   # (an article, adjectives, its noun)
        end += 1
        while end < len(words) and (words[end].islower() or words[end][:1].isdigit()):
            if words[end][:1].isdigit() and end + 2 < len(words) and \
                    words[end + 1][:1].isupper() and words[end + 2].islower():
                end += 1   # (a measure in its adjective: "ein 42 Jahre alter Feuerwehrmann")
            end += 1
        end += 1
    while end < len(words) and words[end][:1].isupper() and \
            words[end].lower() not in language.common:   # (a name: "Olaf Scholz")
        end += 1
    if end == begin or end > len(words) or words[end - 1].lower() in language.function_words:
        return words
    while end + 1 < len(words) and words[end].lower() in language.coordinators and \
            words[end + 1][:1].isupper():   # (a second subject: "Unternehmen und IG Metall")
        end += 1
        while end < len(words) and words[end][:1].isupper() and \
                words[end].lower() not in language.common:
            end += 1
    end = _past_genitive(words, end, language)
    subject = words[begin:end]
    subject[0] = subject[0][:1].upper() + subject[0][1:]
    if end == len(words):   # (the clause's end mark stays at its end: "Am Dienstag sprach
        subject[-1] = subject[-1].rstrip(".;:,!?")   # Konzernchef Oliver Blume.")
    return subject + [words[at].lower()] + words[at + 1:begin] + \
        [w.lower() if w.lower() in language.common else w for w in words[:at]] + moved + \
        words[end:]


def _object_after(sentence: str, clauses: tuple, index: int, language: Language) -> list:
    """The words of the clause after an interruption that follows a clause ending in its verb,
    when the interruption opens with a function word and that clause with an article ("par
    289 voix contre 250" then "le projet de loi ..."); [] when there is none."""
    if index + 2 >= len(clauses):
        return []
    middle = sentence[clauses[index + 1][0]:clauses[index + 1][1]].split()
    after = sentence[clauses[index + 2][0]:clauses[index + 2][1]].split()
    own = sentence[clauses[index][0]:clauses[index][1]].split()
    if not middle or not after or middle[0].lower() not in language.function_words or \
            middle[0].lower() in language.subordinators or \
            any(_verb_form(w, language) for w in middle) or \
            after[0].lower().strip("'’") not in language.articles and \
            not _ELIDED.match(after[0].lower()) or \
            own and own[-1].lower() in language.coordinators or \
            any(_verb_form(w, language) for w in after):
        return []   # (not a clause of its own: "La sequía comenzó en 2024 y, según la
        # Agencia, las lluvias no han bastado"; nor after a subordinate clause, whose noun it
        # is: "começou em fevereiro, quando surgiram notícias sobre a empresa, a Spinumviva")
    return after


def _relative_clause(words: list, trigger: str, language: Language) -> list:
    """A label whose trigger is the verb of a relative clause, told of the noun before it: an
    object relative ("Desestima el recurso que la defensa presentó contra el fallo" -> "La
    defensa presentó el recurso contra el fallo") or a subject one ("el hombre que mató a su
    esposa" -> "el hombre mató a su esposa")."""
    plain = _plain(words, _MARKS.replace("'", ""))
    at = _trigger_at(plain, trigger)
    rel = next((i for i in range(at - 1, 0, -1) if plain[i] in language.relatives), None) \
        if at else None
    if rel is None or rel < 2:
        return words
    head = next((i for i in range(rel - 1, max(-1, rel - 5), -1) if plain[i] in language.articles),
                None)   # (the noun phrase before it: "el recurso", "la ley de emergencia")
    if head is None or rel - head < 2 or plain[head] in language.contracted or \
            rel + 2 >= len(words) or _verb_form(plain[rel - 1], language) or \
            plain[rel - 1] in language.common or \
            any(w in language.function_words for w in plain[head + 1:rel]):
        return words   # (a noun after its article; not "en el que", "del", "desde que",
        # "afirmó que": a conjunction)
    noun = words[head:rel]
    noun[0] = noun[0][:1].upper() + noun[0][1:]
    rest = next((i for i in range(at + 1, len(words)) if _verb_form(plain[i], language)),
                len(words))   # (up to the main clause's verb: "... que transportaba a una
    # nuera tampoco recibió permiso": not "recibió")
    if (at == rel + 1 or at == rel + 2 and (plain[rel + 1] in language.auxiliaries or
                                             plain[rel + 1] == language.reflexive)) and \
            agrees(plain[rel - 1], plain[at if at == rel + 1 or
                                          plain[rel + 1] == language.reflexive else rel + 1],
                    language):   # (past a reflexive: "que se llevan a cabo", its verb's number)
        return noun + words[rel + 1:rest]   # (a subject relative: "que derrocó a Mubarak")
    if plain[rel + 1] not in language.articles or at - rel > 6 or rel - head != 2 or \
            any(_verb_form(w, language) for w in plain[rel + 1:at]
                if w not in language.auxiliaries):
        return words   # (the trigger is the relative clause's own verb, after "el recurso
        # que": a noun, not "los españoles dicen que")
    subject = words[rel + 1:at]
    subject[0] = subject[0][:1].upper() + subject[0][1:]
    return subject + [words[at]] + [noun[0].lower()] + noun[1:] + words[at + 1:rest]


def _told_clause(words: list, trigger: str, language: Language) -> list:
    """What a saying tells when the date's happening is in it ("La ministra explicó en rueda
    de prensa que las primeras ayudas llegarán en septiembre" -> "Las primeras ayudas
    llegarán"): the words after its "que" (the speaker stays among the actors)."""
    plain = _plain(words, _MARKS.replace("'", ""))
    at = _trigger_at(plain, trigger)
    if not at or language.saying is None:
        return words
    say = next((i for i in range(at) if language.saying.fullmatch(plain[i])), None)
    told = next((i for i in range(at - 1, say, -1) if plain[i] in language.relatives), None) \
        if say is not None else None
    if told is None or at - told < 2:
        return words
    rest = words[told + 1:]
    return [rest[0][:1].upper() + rest[0][1:]] + rest[1:]


def agrees(noun: str, verb: str, language: Language) -> bool:
    """Do a noun and a finite verb agree in number ("las protestas llevaron", not "las
    relaciones ha mantenido")? True when the language's endings are not known."""
    return not language.plural or \
        _plural(noun, language) == _plural(verb, language, verb=True)


def _coordinated(words: list, trigger: str, language: Language) -> list:
    """A pack label's words cut to the trigger's own predicate where the clause joins two with
    a coordinator: "Las ayudas se pagarán y podrán solicitarse" is "Las ayudas se pagarán" for
    "pagarán", "Las ayudas podrán solicitarse" for "podrán" (the subject is shared)."""
    plain = _plain(words)
    at = _trigger_at(plain, trigger)
    if at is None:
        return words

    def verb_at(i: int) -> bool:   # (after a negation or a clitic: "y no se pagarán")
        if i < len(plain) and plain[i] in language.keep and not _verb_form(plain[i], language):
            i += 1
        if i < len(plain) and plain[i] in language.clitics:
            i += 1
        return i < len(plain) and _verb_form(plain[i], language) and not (
            language.verb_last and i > 0 and words[i][:1].isupper())   # (a German noun, "Der
        # Ausstand begann ... und soll bis Samstag dauern": not the verb "stand")

    cut = next((j for j in range(at + 1, len(plain))
                if plain[j] in language.coordinators and verb_at(j + 1)), None)
    if cut is not None:
        words, plain = words[:cut], plain[:cut]
    join = next((j for j in range(at - 1, 0, -1) if plain[j] in language.coordinators), None)
    if join is not None and verb_at(join + 1):
        first_verb = next((i for i in range(join) if verb_at(i)), None)
        if first_verb is not None:   # (the subject before the first predicate's verb)
            return words[:first_verb] + words[join + 1:]
    return words


_MARKS = ".,;:«»\"'“”"   # (the marks around a word a label's reading leaves out)


def _plain(words: list, marks: str = _MARKS) -> list:
    """A label's words in lower case, without the marks around them."""
    return [w.lower().strip(marks) for w in words]


def _trigger_at(plain: list, trigger: str) -> "int | None":
    """Where the trigger's (last) word stands among a label's plain words ("reuniu-se" for
    "reuniu"), or None."""
    word = trigger.split()[-1].lower()
    return next((i for i, w in enumerate(plain) if w.split("-")[0] == word), None)


def _verb_form(word: str, language: Language) -> bool:
    noun = language.determiners and word[:1].isupper()   # (German "Treffen": no "treffen")
    word = word.lower().strip(_MARKS).split("-")[0]   # ("reuniu-se": "reuniu")
    return word in language.auxiliaries or word in language.present and not noun or \
        bool(language.verbs and language.verbs.fullmatch(word)) or \
        _ELIDED_AUX.sub("", word) in language.auxiliaries   # ("l'a annoncé")


_ELIDED_AUX = re.compile(r"^\w{1,2}['’]")


def _function_word(word: str, language: Language) -> bool:
    """Is a word (or each part of one with an apostrophe: "jusqu'à") one of the language's
    function words, which no label ends with?"""
    parts = [p for p in re.split(r"['’]", word.lower().strip(_MARKS + "¿¡")) if p]
    return bool(parts) and all(p in language.function_words for p in parts)


def _verb_second(words: list, trigger: Optional[str], language: Language) -> list:
    """A German subordinate clause's words (its opener gone) in a main clause's order: the
    finite verb, last, goes after the subject (an article and its noun, or a name): "der
    Vertrag ausgelaufen war" -> "der Vertrag war ausgelaufen"; as they are when the last word
    is no verb a table knows."""
    if len(words) < 3:
        return words
    if _plain(words[:1])[0] in language.articles:
        subject = next((i + 1 for i in range(1, min(len(words) - 1, 4))
                        if words[i][:1].isupper()), None)
        while subject is not None and subject < len(words) - 1 and words[subject][:1].isupper():
            subject += 1   # (a name's capitals after its adjective's: "das Statistische
            # Bundesamt", "die Deutsche Bahn")
    else:   # (a name of several words: "GDL-Chef Claus Weselsky")
        subject = next((i for i in range(1, len(words)) if not words[i][:1].isupper()),
                       len(words)) if words[0][:1].isupper() else None
    if subject is None or subject >= len(words):
        return words
    subject = _past_genitive(words, subject, language)
    return words[:subject] + _verb_first(words[subject:], trigger, language)


def _past_genitive(words: list, end: int, language: Language) -> int:
    """Where a German subject ending at `end` ends once the genitive after its noun joins it
    ("ein Sprecher der Gewerkschaft", "der Chef des Konzerns"), leaving a word after it."""
    if end < len(words) - 2 and words[end].lower() in language.genitives:
        noun = next((i + 1 for i in range(end + 1, min(len(words) - 1, end + 4))
                     if words[i][:1].isupper()), None)   # (one: "ein Sprecher der
        return noun or end   # Gewerkschaft der Presse" is told the press)
    return end


def _verb_first(words: list, trigger: Optional[str], language: Language) -> list:
    """A verb-last clause's words with its last word first when that is a verb: an auxiliary
    ("verabschiedet wurde" -> "wurde verabschiedet") or the happening's word in a form a table
    knows, or a separable verb whose stem a table knows, its particle last: "in Frankfurt
    mitteilte" -> "teilte in Frankfurt mit"; as they are otherwise (a verb no table knows
    stays where it stands)."""
    if not words:
        return words
    last = _plain(words[-1:])[0]
    if trigger and last == trigger.lower():
        particle = next((p for p in language.particles if last.startswith(p) and
                         _verb_form(last[len(p):], language)), None)
        if particle:   # ("mitteilte": teilte ... mit)
            core = words[-1].rstrip(_MARKS)
            return [core[len(particle):]] + words[:-1] + \
                [core[:len(particle)] + words[-1][len(core):]]
    if len(words) > 1 and (last in language.auxiliaries or trigger and last == trigger.lower()
                           and _verb_form(words[-1], language)):
        return words[-1:] + words[:-1]
    return words


def _first_relative(words: list, language: Language) -> list:
    """A relative clause's words up to a second one joined to it ("comenzaron el 14 de febrero
    y en las que han muerto ...": comenzaron ...)."""
    plain = _plain(words)
    cut = next((i for i in range(1, len(plain) - 1) if plain[i] in language.coordinators and
                any(w in language.relatives for w in plain[i + 1:i + 4])), None)
    return words[:cut] if cut else words


_AGE = re.compile(r"(?:(?:de|di|da|âgée?|agée?|com)\s+)?\d{1,3}\s+(?:años|anni|ans|anos|Jahre)",
                  re.I)   # (a person's age in apposition, in the packs' languages)


_ELIDED_ARTICLE = re.compile(r"([^\W\d_]+)['’]([A-ZÀ-Ý][\w'’-]*)$")   # ("all'Eurovision")


def _antecedent(clause: str, language: Language) -> str:
    """The noun phrase that ends a clause, from its article (not a preposition's contracted
    one, "do"), in at most eight words with no verb ("aprobó este martes el plan estatal de
    vivienda": "El plan estatal de vivienda"); "" when there is none."""
    words = clause.split()
    named = len(words) >= 4 and all(w[:1].isupper() for w in words[-2:]) and \
        words[-3].islower() and words[-4].lower() in language.contracted   # ("el fichaje del
    if named:                                     # centrocampista Álvaro Pérez, que firmará":
        return " ".join(words[-2:])               # the person named last)
    if 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and \
            not any(_verb_form(w, language) for w in _plain(words)):
        return " ".join(words)   # (a clause that is a name: "Trainer Vincent Kompany, der im
        # Mai 2024 aus Burnley kam", "Pedro Sánchez, que")
    for i in range(len(words) - 1, max(-1, len(words) - 17), -1):
        elided = _ELIDED_ARTICLE.match(words[i])
        stem = elided.group(1).lower() if elided else ""
        if elided and (stem in ("l", "d") or stem + "a" in language.contracted or
                       stem + "o" in language.contracted):   # ("all'Eurovision Song
            phrase = ["L'" + elided.group(2)] + words[i + 1:]   # Contest, che si terrà":
            if any(_verb_form(w, language) or w.lower() in language.auxiliaries   # the
                   for w in _plain(phrase)):                      # Eurovision Song Contest)
                return ""
            return " ".join(phrase)
        if i > len(words) - 2:
            continue
        if words[i].lower() in language.articles and words[i].lower() not in language.contracted:
            head = _of_head(words, i, language)   # ("l'incendie de la rue Erlanger, qui avait
            phrase = words[head:]                 # fait dix morts": the fire)
            if any(_verb_form(w, language) or w.lower() in language.auxiliaries
                   for w in _plain(phrase)):
                return ""
            return phrase[0][:1].upper() + " ".join(phrase)[1:]
    return ""


def _opens_noun_phrase(word: str, language: Language) -> bool:
    """Is a lower-case word an article opening a noun phrase: not a preposition's contracted
    one ("del"), nor an elided "d'" ("d'un": an "of")?"""
    return word in language.articles and word not in language.contracted or \
        bool(_ELIDED.match(word)) and not word.startswith("d")


def _of_head(words: list, at: int, language: Language) -> int:
    """Where the noun phrase whose "of" complement opens at words[at] begins: one link back
    over "de"/"di" to its own article ("l'incendie de [la rue]"), else `at`."""
    of = at - 1
    if of < 1 or not (language.of and language.of.search(words[of].lower() + " ")):
        return at
    for j in range(of - 1, max(-1, of - 8), -1):
        low = words[j].lower()
        if _opens_noun_phrase(low, language):
            return j
        if language.of.search(low + " ") and j > 0 and not _opens_noun_phrase(
                words[j - 1].lower(), language):
            continue   # (a chain of "de": "el proyecto de ley de reforma de las pensiones,
            # que será enviado": the bill)
        if low in language.common or _verb_form(low, language):
            break
    return at


def _happened_noun(before: str, language: Language) -> str:
    """The noun phrase a "which happened" participle follows ("per l'omicidio di un imprenditore
    avvenuto il 3 marzo 2009": "L'omicidio di un imprenditore"): back from the participle over
    nouns, articles and "of" words ("di", "d'un") to the first article; "" when none."""
    words, first = [w.strip(_MARKS + ",") for w in before.split()], None
    for i in range(len(words) - 1, max(-1, len(words) - 11), -1):
        low = words[i].lower()   # (marks gone: '"la batalla del camello", ocurrida')
        if _opens_noun_phrase(low, language):   # ("le", "l'omicidio")
            first = i
        elif language.of and (language.of.search(low + " ") or _ELIDED.match(low)) or \
                low in language.contracted:   # ("di", "d'un", "del")
            continue
        elif low in language.common or _verb_form(low, language):
            break
    if first is None:
        return ""
    phrase = " ".join(words[first:])
    return phrase[:1].upper() + phrase[1:]


def _agreeing(noun: str, words: list, language: Language) -> str:
    """The part of the noun phrase a relative clause's verb agrees with: its head, else the
    noun after an "of" inside it ("le dépôt de motions de censure, qui seront examinées":
    Motions de censure); the phrase as it is when neither is known to."""
    plain = _plain(noun.split())
    verb = next((w for w in _plain(words)[:3] if _verb_form(w, language) or
                 w in language.auxiliaries), None)
    if verb is None or len(plain) < 2 or not language.plural or agrees(plain[1], verb, language):
        return noun
    of = next((i for i in range(2, len(plain) - 1) if language.of is not None and
               language.of.search(plain[i] + " ") and agrees(plain[i + 1], verb, language) and
               plain[i + 1] not in language.common), None)
    if of is None:
        return noun
    rest = noun.split()[of + 1:]
    return " ".join([rest[0][:1].upper() + rest[0][1:]] + rest[1:])


def first_subject(sentence: str, clauses: tuple, language: Language) -> str:
    """The subject of the sentence's first clause: its words before its first verb form (at
    most 8, opening with an article or a name: "Las fuerzas de seguridad" of "Las fuerzas de
    seguridad reforzaron su despliegue"), past a fronted date's clause ("En diciembre, el
    comité había subido la tasa y, en enero, repitió la dosis"); "" when it has none."""
    first = next((c for c in clauses[:-1] if not all(
        w.lower() in language.common or w[:1].isdigit() for w in sentence[c[0]:c[1]].split())),
        clauses[0])
    return _clause_subject(sentence, first, language)


def _clause_subject(sentence: str, clause: tuple, language: Language) -> str:
    """A clause's subject: its words before its first verb form (see first_subject)."""
    words = sentence[clause[0]:clause[1]].strip(" «»\"“”").split()
    plain = _plain(words)
    verb = next((i for i, w in enumerate(plain)
                 if _verb_form(w, language) or w in language.auxiliaries), None)
    if not verb or verb > 8:
        return ""
    while verb > 1 and (plain[verb - 1] in language.clitics | language.keep or
                        plain[verb - 1] in language.common and
                        plain[verb - 1] not in language.articles and
                        any(w not in language.common for w in plain[:verb - 1])):
        verb -= 1   # ("Le Gouvernement ne l'a pas": no "ne"; "el comité ya había": no "ya")
    head = words[:verb]
    if plain[0] in language.common and plain[0] not in language.articles or \
            all(w in language.common for w in plain[:verb]):   # (no noun: not "El" of "El
        return ""                                             # ministro", read as a verb)
    return " ".join(head)


def _pack_subject(sentence: str, clauses: tuple, index: int, language: Language,
                  date_at: int = -1) -> str:
    """The subject a pack language's clause that opens with its verb takes from the sentence's
    first clause: a noun phrase of at most 8 words with no verb, opening with a name or an
    article (not "Selon l'AFP"), with a name in apposition after it ("Le Premier ministre, Jean
    Moreau,"); "" when there is none."""
    first = 0
    while first + 1 < index and clauses[first][0] <= date_at < clauses[first][1] and all(
            w.lower() in language.common or w[:1].isdigit()
            for w in sentence[clauses[first][0]:clauses[first][1]].split()):
        first += 1   # (past the date's own fronted clause: "El domingo, los Reyes ... fueron")
    if index >= first + 2 and language.participle is not None:   # (the noun before a
        aside = _plain(sentence[clauses[index - 1][0]:clauses[index - 1][1]].split()[:1])
        if aside and language.participle.fullmatch(aside[0]):   # participle's aside: "el
            first = index - 2   # nuevo Ejecutivo, encabezado por ..., tomó posesión")
    head = sentence[clauses[first][0]:clauses[first][1]].strip(" «»\"“”")
    words = head.split()
    while len(words) > 2 and words[0].lower() in language.conjunctions:
        words.pop(0)   # ("Pero la intervención militar, que comenzó el sábado, ...")
    head = " ".join(words)
    if not words or len(words) > 8 or words[0][:1].isdigit():
        return ""   # (nor a date: "En la madrugada del sábado (14.04.18) se hizo efectiva")
    opener = words[0].lower()
    if opener in language.common and opener not in language.articles or \
            any(language.verbs and language.verbs.fullmatch(w.lower()) or
                w.lower() in language.auxiliaries for w in words):
        return ""
    if index >= first + 2:   # (and a later predicate's: "..., Michele de Pascale, ha definito
        name = sentence[clauses[first + 1][0]:clauses[first + 1][1]].strip()   # ... e ha chiesto")
        if NAME_CLAUSE.fullmatch(name) and len(name.split()) > 1:
            return f"{head}, {name},"
    return head
