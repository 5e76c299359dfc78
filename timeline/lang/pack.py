"""What a language pack is: the words of one language the date rules read, as typed tables.

A pack holds only data: each table maps the language's words (lower case, accented as written;
the unaccented spelling is added by `variants`) to typed values: a month number, an ISO weekday,
a unit code, a direction. The tagger (lang/tagger.py) builds its patterns from these tables and
the resolver (lang/resolver.py) computes values from the typed fields, so it never compares a
word of any language.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# Units (a value's granularity and a duration's letter)
DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY = "D", "W", "M", "Q", "H", "Y", "DE", "CE"
HOUR, MINUTE, SECOND, WEEKEND = "HOUR", "MIN", "S", "WE"
UNITS = {DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY, HOUR, MINUTE, SECOND, WEEKEND}

# Relations of a modifier to the unit, weekday, month or season it modifies
THIS = "this"            # "este año": the one the DCT is in
LAST = "last"            # "el año pasado", "letzten Montag": the one before the DCT's
NEXT = "next"            # "el año que viene", "nächsten Montag": the one after
PREVIOUS = "previous"    # "el año anterior", "la veille": the one before the narrative's date
FOLLOWING = "following"  # "el día siguiente", "le lendemain": the one after the narrative's
SAME = "same"            # "ese mismo día", "ce jour-là": the narrative's date itself
ONE = "one"              # "un mismo día": a stretch of one unit (a DURATION)
RELATIONS = {THIS, LAST, NEXT, PREVIOUS, FOLLOWING, SAME, ONE}

# Tense a verb form points to
PAST, FUTURE = "past", "future"

# Position modifiers (TIMEX3 mod)
START, MID, END = "START", "MID", "END"


@dataclass(frozen=True, eq=False)   # (hashed by identity: one object a language)
class Pack:
    """The words of one language, typed. Keys are lower case phrases (spaces match any run of
    whitespace); every table may be empty."""
    code: str
    months: dict                      # name or abbreviation -> 1..12 ("octubre", "oct.")
    weekdays: dict                    # name -> ISO weekday 1..7 ("lunes": 1)
    units: dict                       # unit word, singular and plural -> unit code ("días": D)
    numbers: dict                     # number word -> int ("tres": 3, "un": 1)
    deictic_days: dict                # word -> days from the DCT ("ayer": -1)
    articles: tuple                   # words a date phrase may open with ("el", "la", "del")
    of: tuple = ()                    # words between day, month and year ("de", "del")
    day_suffix: str = ""              # regex after a day number ("er", "º", r"\.")
    ordinals: dict = field(default_factory=dict)     # "primer": 1 (quarters, centuries)
    relations_before: dict = field(default_factory=dict)   # "próximo": NEXT, before the unit
    relations_after: dict = field(default_factory=dict)    # "pasado": LAST, after the unit
    this: tuple = ()                  # demonstratives that make "this" ("esta" mañana)
    parts_of_day: dict = field(default_factory=dict)       # "mañana": "MO"
    part_links: tuple = ()            # between a day and its part ("por la", "en la")
    day_parts: dict = field(default_factory=dict)          # one word: "anoche": (-1, "NI")
    ago_before: tuple = ()            # "hace" (tres días)
    ago_after: tuple = ()             # (tre giorni) "fa"
    since: tuple = ()                 # "desde" (hace un año): a DURATION up to now
    since_markers: tuple = ()         # "peor", "primera vez": a date after one and `since`
    #                                   ("el peor incidente desde marzo") is a count's start,
    #                                   no happening's date
    in_before: tuple = ()             # "dentro de" (tres días): ahead of the DCT
    later_after: dict = field(default_factory=dict)  # (tres días) "después": +1, "antes": -1
    counted_before: dict = field(default_factory=dict)  # "los últimos" (tres años): DURATION
    vague_counts: tuple = ()          # "unos", "varios": a count not given
    halves: dict = field(default_factory=dict)       # "medio": 0.5 ("media hora")
    and_a_half: tuple = ()            # "y medio" (un año y medio)
    approx: dict = field(default_factory=dict)       # "más de": "MORE_THAN" (TIMEX3 mod)
    each: tuple = ()                  # "cada" (lunes): SET
    every_plural: tuple = ()          # "todos los" (días): SET
    sets: dict = field(default_factory=dict)         # "anualmente": "P1Y"
    vague: dict = field(default_factory=dict)        # "actualmente": "PRESENT_REF"
    same_day: dict = field(default_factory=dict)     # "ese día": 0, "la víspera": -1 (days
    #                                   from the narrative's day)
    position_mods: dict = field(default_factory=dict)  # "finales": END (de 2008)
    noun_positions: dict = field(default_factory=dict)  # a position word these articles make a
    #                                   noun of ("la final de 2022": the match, not the year's end)
    seasons: dict = field(default_factory=dict)      # "verano": "SU"
    institutions: tuple = ()          # (a language that capitalises its nouns) the opening and
    #                                   closing parts of institutions' one-word names, which
    #                                   act after their article: (("Bundes", "Landes"), ("tag",
    #                                   "rat", "regierung")): "der Bundestag", "die Landesregierung"
    agents: tuple = ()                # the word before a passive's agent ("par", "por", "da"):
    #                                   a participle before it is a verb ("la réforme présentée
    #                                   par le gouvernement le 2 septembre": présentée)
    named_seasons: tuple = ()         # a word next to a season that makes it a named period,
    #                                   no date ("la primavera árabe", "der Arabische Frühling")
    season_after: tuple = ()          # a bare season needs one of these before it, when
    #                                   its word is also a common one (French "l'été" / "a été")
    time_before: tuple = ()           # "à" (10 heures): a clock time, not a duration
    event_prepositions: tuple = ()    # "après", "tras": a noun phrase after one, the date right
    #                                   after it, is the happening it dates ("après la chute du
    #                                   gouvernement de Michel Barnier le 4 décembre 2024")
    day_words: tuple = ()             # "día" (21): a day of the month with no month ("el
    #                                   pasado día 21": the last 21st)
    hour_before: tuple = ()           # "alle" (23): a bare hour after these, ending its
    #                                   phrase, is a clock time ("poco prima delle 23.")
    quarter_words: dict = field(default_factory=dict)  # "trimestre": Q, "semestre": H
    decade_before: tuple = ()         # "los años" (90), "la década de" (1990)
    decade_after: tuple = ()          # (1990)"er Jahre"
    tens: dict = field(default_factory=dict)         # "noventa": 90 (los años noventa)
    century_words: tuple = ()         # "siglo" (XX)
    century_after: tuple = ()         # (20.) "Jahrhundert"
    year_words: tuple = ()            # "el año" (2005)
    at_time: tuple = ()               # "a las", "à", "um" before a clock time
    time_after: tuple = ()            # "horas", "Uhr", "h" after one
    clock_parts: dict = field(default_factory=dict)  # "de la tarde": "AF" after one: the
    #                                   day's half it is in ("las 5 de la tarde": 17:00)
    noon: dict = field(default_factory=dict)         # "mediodía": 12
    holidays: dict = field(default_factory=dict)     # "navidad": (12, 25)
    easter_holidays: dict = field(default_factory=dict)   # "viernes santo": -2 (days from
    #                                   Easter Sunday, which moves: "pâques" 0, "pfingsten" 49)
    phrases: dict = field(default_factory=dict)      # "minulý týden": ("W", -1): the unit
    #                                   the DCT's is in, moved by so many (the long tail's)
    stopwords: tuple = ()             # function words: never a name, even capitalised
    locatives: tuple = ()             # words before a place ("en" Bengasi, "nach" Berlin)
    whole: tuple = ()                 # words between a locative and its place ("in tutta"
    #                                   Italia, "dans toute la" France)
    idiom_nouns: tuple = ()           # capitalised nouns of fixed phrases after one, no place
    #                                   ("in Kraft treten", "in Frage stellen")
    auxiliaries: tuple = ()           # verb forms whose happening is the next word ("ha")
    verb_last: bool = False           # ... or the clause's last word ("hat ... verabschiedet")
    noun_determiners: tuple = ()      # a language that capitalises nouns: a capitalised word
    #                                   after one of these is a noun, not a name ("das Kabinett")
    negations: tuple = ()             # "no", "nicht": a label may begin with them
    span_words: tuple = ()            # between a span's dates ("de 1934 a 1941": "a")
    list_words: tuple = ()            # between listed dates ("lunes y martes": "y")
    contracted: tuple = ()            # a preposition and an article in one word ("del",
    #                                   "au"): no noun phrase opens with one
    plural: tuple = ()                # (noun, verb) regexes of plural endings ("s", "n"): a
    #                                   relative's verb agrees with the noun it tells of
    relatives: tuple = ()             # relative pronouns: a date's verb after one tells of
    #                                   the noun before it ("el recurso que la defensa presentó
    #                                   en marzo" -> "La defensa presentó el recurso")
    drops_subjects: tuple = ()        # (a language whose verbs go without their subject) the
    #                                   endings of its first persons' verbs ("-mos", "-é"):
    #                                   a third person's verb opening a sentence tells of the
    #                                   name the sentence before opened with
    owning_relatives: tuple = ()      # relatives of an owner ("dont", "cuya"): the names of a
    #                                   clause one opens between commas are none of the main
    #                                   clause's actors
    subordinators: tuple = ()         # (a verb-last language) words opening a clause whose
    #                                   last word is its verb ("nachdem", "weil", "dass"; its
    #                                   relative pronouns are its articles)
    conjunctions: tuple = ()          # "pero", "mais": a sentence's subject may come after
    #                                   one ("Pero la intervención, que comenzó el sábado, ...")
    between: tuple = ()               # before two dates a list word joins, a span ("entre 2015
    #                                   y 2019", "zwischen 1933 und 1945")
    lower_names: bool = False         # months and weekdays are written in lower case: one
    #                                   capitalised inside a sentence is a name's ("Plaza de Mayo")
    street_words: tuple = ()          # a date after these is a name ("Avenida 9 de Julio")
    number_nouns: tuple = ()          # a four-digit number after these is a number, not a
    #                                   year ("la resolución 1973", "el vuelo 1549")
    count_nouns: tuple = ()           # ... and one before these a count ("1500 voluntarios",
    #                                   "1500 km")
    bare_deictic: tuple = ()          # deictic words no article may precede ("la mañana": the
    #                                   morning, not tomorrow)
    clitics: tuple = ()               # pronouns a verb form takes before it: a label keeps
    #                                   one there ("se manifestaron", "l'a annoncé"); the
    #                                   reflexive first ("se", "si", "sich")
    subject_pronouns: tuple = ()      # "il", "elle", "er": a label keeps one before its
    #                                   verb, and a clause opening with one has its subject
    label_articles: tuple = ()        # articles `articles` does not list ("un", "une", and
    #                                   Portuguese "a", also "to"): a label keeps one before
    #                                   its noun, as it keeps `articles`
    role_heads: tuple = ()            # endings of a role's word before a name ("GDL-Chef",
    #                                   "Regierungssprecher" Steffen Hebestreit): no actor's
    particles: tuple = ()             # a verb's separable particle, at its clause's end in a
    #                                   verb-second clause ("teilte ... mit"): a label puts it
    #                                   back after its verb ("Die GDL teilte mit: ...")
    club_articles: tuple = ()         # lower-case articles that make a city's name its club's
    #                                   ("el Barcelona", "il Milan"); cities that take one in
    article_cities: tuple = ()        # cities whose name takes such an article ("del Cairo")
    told_before: tuple = ()           # demonstratives that stand for the sentence before as a
    #                                   saying's object ("Das teilte X mit"): its label tells it
    noun_endings: tuple = ()          # (a language that capitalises its nouns) endings of a
    #                                   noun, never of a one-word name ("ung", "heit")
    happened: tuple = ()              # participles of "happen" ("ocurrido", "survenu"): the
    #                                   happening a date after one dates is the noun before it
    name_words: tuple = ()            # lower-case words that go on an institution's name
    #                                   ("Assemblée nationale", "Banca centrale europea")
    participle_endings: tuple = ()    # endings of a past participle ("ado", "é"): the verb
    #                                   after an auxiliary and an adverb ("fue ya aprobado")
    adverb_endings: tuple = ()        # an adverb's ending ("ment"): a participle after one is
    #                                   an adjective ("un trafic fortement perturbé jeudi")
    descriptors: str = ""             # regex: a capitalised people's noun an article puts
    #                                   before a name ("le Slovène Tadej Pogacar"): no part of it
    of_articles: dict = field(default_factory=dict)  # "du": "le", "de la": "la": an "of"
    #                                   with its article, and the article alone ("les attentats
    #                                   du 13 novembre": a date a noun's own; "des attentats":
    #                                   Les attentats)
    genitives: tuple = ()             # articles that open a genitive after a noun ("ein Sprecher
    #                                   der Gewerkschaft"): part of the subject a label moves
    date_openers: tuple = ()          # words that open a date phrase without being part of
    #                                   its value ("a partir de", "jusqu'à"): a label drops them
    #                                   with the date
    titles: tuple = ()                # job titles with a portfolio after them ("ministra"):
    title_links: tuple = ()           # ... after these ("de", "des", "für"): "ministra de
    #                                   Agricultura" names no actor "Agricultura"
    saying: tuple = ()                # stems of the verbs of saying ("declar", "annonc"): told
    #                                   after what was said, their speaker follows them
    planned_before: tuple = ()        # "para el" (jueves), "für den": a date planned for, on
    #                                   the side to come whatever the verb's tense ("convocó
    #                                   para el jueves una reunión")
    until_before: tuple = ()          # "hasta el", "jusqu'à", "bis": a date something runs
    #                                   to, ahead when no verb of its sentence tells a tense
    #                                   ("la grève doit durer jusqu'à vendredi")
    orders: tuple = ()                # stems of verbs that order a state until a date ("ha
    #                                   disposto la chiusura delle scuole fino a mercoledì"):
    #                                   that date is ahead, though the order is told done
    present_verbs: tuple = ()         # the present of verbs news tells with ("anuncia",
    #                                   "anuncian"): a happening's word, no tense to read
    past_forms: str = ""              # regex: a verb form in a past tense ("dijo", "anunció")
    future_forms: str = ""            # regex: one in the future or going-to ("anunciará")
    conditional: str = ""             # regex: any conditional form ("serait", "sería"): a
    #                                   deadline it tells ("d'ici cinq ans") counts from a
    #                                   telling no day dates, not the publication day
    reported_future: str = ""         # regex: a conditional telling a future from a past
    #                                   saying ("dijo que aceptaría", "qu'elle recevrait"):
    #                                   tense only (resolver.tense_at), never a happening's word


def plain(word: str) -> str:
    """The word without accents ("miércoles" -> "miercoles"; "ß" kept)."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if unicodedata.category(c) != "Mn")


def variants(table) -> dict:
    """A table (dict or tuple of words) with each key also spelled without accents and with
    typographic apostrophes: text is often typed without them."""
    items = table.items() if isinstance(table, dict) else ((w, True) for w in table)
    out: dict = {}
    for word, value in items:
        for form in (word, plain(word)):
            out.setdefault(form, value)
            out.setdefault(form.replace("'", "’"), value)
    return out
