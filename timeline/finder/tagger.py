"""Recognition: find temporal expressions in text and say which rule found each.

At each position where an expression can begin (keys.py), the rules that can begin with the
word there (prefix.py) are tried in order; the first that matches and passes its context check
(the words around the match) wins, and its named groups are the fields. Clock times next to a
day ("10 p.m. Wednesday", "Thursday at noon") are joined into one TIME expression. Values are
not computed here: that is the resolver's job.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..model import Timex
from ..lang.en import vocab
from .keys import candidate_starts
from .prefix import first_words, next_word_from, prefixes, save_cache, words_at
from .rules import ERA_DATES, RULES

_WORD_BEFORE = re.compile(r"([\w.$€£'’-]+)\W*$")
# _WORD_BEFORE read backwards, when the text before holds a letter or digit
_LAST_WORD_REVERSED = re.compile(r"\W*?([.$€£'’-]*\w[\w.$€£'’-]*)")
_WORD_AFTER = re.compile(r"\W*?([\w'’%-]+)")
# Not inside a word or an amount, nor a number's tail (9.5, 1/2, 2-3, 30,000; "Jan. 5-Feb. 3"
# may begin, and so may the second year of "2001-2005")
_LEFT_EDGE = r"(?<![\w$€£¥@#])(?!(?<=[0-9][./,-])(?!(?<=[0-9]{4}-)[0-9]{4}(?![0-9]))[0-9])"


def _strip_names(pattern: str) -> str:
    pattern = re.sub(r"\(\?P<\w+>", "(?:", pattern)
    return re.sub(r"\(\?P=\w+\)", "[/.-]", pattern)


@lru_cache(maxsize=1)
def _master():
    """One regex of every rule: where some rule matches (the exhaustive scan's positions)."""
    return re.compile(_LEFT_EDGE + "(?:" + "|".join(
        _strip_names(rule.pattern) for rule in RULES) + r")(?!\w)")


@lru_cache(maxsize=1)
def _edged():
    """Each rule's regex, held to word edges as the master holds them."""
    return [re.compile(_LEFT_EDGE + "(?:" + rule.pattern + r")(?!\w)") for rule in RULES]


TWO_WORD_TABLE = 2   # a first word that begins more rules than this is looked up with the next


class _RulesTable(dict):
    """First word (prefix.py) -> (regex, rule, context check or None) of the rules, in order,
    that can match at a position beginning with it: a position tries only these. A first word
    that begins many rules ("the" begins 30) maps instead to a table by the second word, built
    the same way. A word's entry is built the first time a text has it (a rule's second words
    after each of its 600 first words would take seconds to read); at most MAX_WORDS are kept."""
    MAX_WORDS = 10000

    def __init__(self):
        super().__init__()
        self.entries = [(regex, rule, CONTEXT_CHECKS.get(rule.context))
                        for regex, rule in zip(_edged(), RULES)]
        self.firsts = [first_words(rule.pattern) for rule in RULES]
        self.built = False   # whether an entry was built since the last save_cache

    def __missing__(self, word: str):
        rules = tuple(e for e, f in zip(self.entries, self.firsts) if f is None or word in f)
        if len(rules) > TWO_WORD_TABLE:
            rules = _second_word_table(word, rules)
        if len(self) < self.MAX_WORDS:
            self[word] = rules
            self.built = True
        return rules


@lru_cache(maxsize=1)
def _rules_table() -> _RulesTable:
    """The rules to try by the word a position begins with (_RulesTable)."""
    return _RulesTable()


def _second_word_table(word: str, rules: tuple) -> dict:
    """Second word -> the `rules` (of first word `word`) that can begin with both words. (A
    rule with no short list of word pairs in all may have one after `word`.)"""
    pairs = [prefixes(rule.pattern, 2) or prefixes(rule.pattern, 2, word) for _, rule, _ in rules]
    seconds = [None if p is None or (word, None) in p else {b for a, b in p if a == word}
               for p in pairs]
    table = {second: tuple(rule for rule, s in zip(rules, seconds) if s is None or second in s)
             for second in set().union(*(s for s in seconds if s is not None))}
    table[None] = tuple(rule for rule, s in zip(rules, seconds) if s is None)
    table[ANY_WORD] = rules   # the second word not read (next_word): all of them
    return table


ANY_WORD = ("any",)   # a key no word can be


def _word_before(text: str, start: int) -> str:
    """The last word ("$5", "U.S.", "don't") of the 40 characters before `start`."""
    before = text[max(0, start - 40):start]
    m = _LAST_WORD_REVERSED.match(before[::-1])   # (one match, not a search from each position)
    if m:
        return m.group(1)[::-1]
    m = _WORD_BEFORE.search(before)   # no letter nor digit there: "$", "..." or nothing
    return m.group(1) if m else ""


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 40)
    return m.group(1) if m else ""


def _is_preposition(word: str) -> bool:
    return word.lower() in vocab.DATE_PREPOSITIONS


def _ok_short_year(g, text, start, end):
    return _is_preposition(_word_before(text, start))


def _ok_decade(g, text, start, end):
    return not g.get("decade_word") or text[start:end].lower().startswith("the")


def _ok_season(g, text, start, end):
    named = g.get("rel") or g.get("year") or g.get("spelled") or g.get("mod") or g.get("seq")
    if _name_goes_on(g["season"], text, end):
        return False   # "the Spring Festival", "the Summer Olympics": a name
    if g["season"].lower() == "fall" and not text[start:end].lower().startswith("the"):
        return bool(named)   # "last fall"; not "that fall" (in prices)
    if named or g.get("that"):
        return True
    before = _word_before(text, start)
    return _is_preposition(before) and before.lower() not in ("to", "and", "or", "of", "that")


def _ok_clock(g, text, start, end):
    if g.get("bare_hour") and not g.get("approx"):   # "at six in the evening"; not "killed
        word = _word_before(text, start).lower()     # 12 in the evening attack", "3 and 2 at
        return word in vocab.CLOCK_PREPOSITIONS and word != "and"   # night"
    if g.get("hour24") is None or g.get("half_day"):
        return True
    return bool(g.get("tz")) or _word_before(text, start).lower() in vocab.CLOCK_PREPOSITIONS


_TITLES = {title.lower() for title in vocab.HONORIFICS}


def _ok_weekday(g, text, start, end):
    """"Mr. Friday" is a person, "Black Monday" a name and "the Sunday Times" a newspaper: a
    weekday after a title or a name word, or after "the" and before a capitalised word that is
    no month."""
    before = _last_word(text, start)
    if before in _TITLES or before.capitalize() in vocab.WEEKDAY_NAME_WORDS and \
            _word_before(text, start) in vocab.WEEKDAY_NAME_WORDS:
        return False   # (capitalised: "Black Monday", "Super Tuesday" are names)
    if before != "the" or g.get("rel"):
        return True
    name = _NEXT_NAME.match(text, end)
    return not name or name.group(1) in vocab.MONTHS


# A count and its noun just before "a week": "four flights a week", "500,000 barrels a day".
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,])(?:[0-9][0-9,.]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|dozens"
    r"|hundreds|thousands|millions))\s+(?:[a-z-]+\s+)?"
    r"(?!(?:second|minute|hour|day|night|week|month|year)s\s)[a-z-]+s\s+$")


_NAME_GOES_ON = re.compile(r"['’]?[ \t]+[A-Z]")   # a capitalised word after a capitalised one


def _name_goes_on(word: str, text: str, end: int) -> bool:
    """Whether the match ends with `word`, capitalised, and a capitalised word follows: "the
    Spring Festival", "Twentieth Century Fox" (a name)."""
    return word[:1].isupper() and text.endswith(word, 0, end) and \
        bool(_NAME_GOES_ON.match(text, end))


_A_YEARS_YEAR = re.compile(r"[0-9]\s+(?:[a-z]+\s+)?year$", re.I)


def _ok_duration(g, text, start, end):
    number = (g.get("number") or "").lower()
    unit = (g.get("unit") or "").lower()
    matched = text[start:end]
    before = _word_before(text, start)
    if matched[:5].lower() == "last " and before.lower() in vocab.BEFORE_VERB_LAST:
        return False   # "expected to last two weeks": the verb (the duration begins after it)
    if g.get("unit", "")[:1].isupper() and (_NAME_GOES_ON.match(text, end) or
                                            g["unit"][1:2].islower()):
        return False   # "the Six-Day War", "the Hundred Years' War", CBS's "60 Minutes": a name
        # (a unit word is capitalised only in a title)
    if g.get("or_so"):
        matched = matched[:matched.lower().rindex("or")].rstrip()   # "the next two years or so"
    if unit in ("second", "minute") and number in ("a", "an") and not g.get("half"):
        return False
    if number in ("a", "an") and re.search(r"(?i)fiscal|calendar", matched):
        return False   # "changed from a fiscal year to a calendar year": the kind of year
    if len(number) == 4 and "1000" <= number <= "2999" and _A_YEARS_YEAR.search(matched):
        return False   # "the 1998 fiscal year", "the 1997-98 fiscal year": a year (the year rule)
    if unit == "second" and not matched.lower().endswith(("seconds", "-second")):
        return False  # "the 1988 second quarter": an ordinal
    if g.get("the") and not matched.lower().endswith(("s", "ies")):  # "the nine months" only
        return False
    if unit == "quarter" and not g.get("vague_number") and (
            _word_after(text, end).lower() == "of" or text[end:end + 1] == "-"):
        return False  # "three-quarters of the vote", "a quarter-point cut": fractions
    if re.match(r"\s+old\b", text[end:end + 5]) or (
            g.get("suffix") == "-old" and unit.startswith("year")):
        return False  # "52 years old", "a 29-year-old driver", "a 136-year-old bank": an age
        # (as in the TimeBank gold, 0 of 5; "an 8-month-old truce" stays: the gold tags it)
    if number in ("a", "an") and (
            re.search(r"[0-9%]|percent|cents?|dollars?|share|(?:m|b|tr)illion|thousand", before)
            or _COUNT_BEFORE.search(text, max(0, start - 40), start)) \
            and not _SENTENCE_BEFORE.search(text, max(0, start - 10), start):
        return False  # "$5 a year", "4 percent a year", "four flights a week": a rate (not
        # "rose to 300. A week after": a new sentence)
    return not before.endswith(("$", "€", "£"))


def _ok_ago(g, text, start, end):
    """"two years after the war": 'after' is a signal, not part of the date. "a few days later"
    counts from no known day: it is a vague duration ("a few days", PXD), as TimeML has it."""
    if g.get("vague_number") and g["dir"].lower() in ("earlier", "later", "before", "after"):
        return False
    if g["dir"].lower() in ("before", "after"):
        after = _word_after(text, end)
        return not (after and after[0].isalpha() and re.match(r"\s+\w", text[end:end + 2]))
    return True


def _ok_century(g, text, start, end):
    """Not "Twentieth Century Fox", "21st Century Fox": a capitalised "Century" with a
    capitalised word after it ends a name when its number is spelled or no "the" comes
    first ("in the 20th Century Britain grew" stays a century)."""
    return not (_name_goes_on("Century", text, end) and
                (not text[start:end].lower().startswith("the ") or
                 not any(c.isdigit() for c in text[start:end])))


_OF_WHOSE = re.compile(r"\s+of\s+(?:(?:the|a|an|his|her|its|their|our|my|your)\s|[A-Z])")
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.I)


def _ok_last(g, text, start, end):
    """"the last year of the rule of Tarquinius", "the last week of his life": the final one
    of something whose time is not known, no date (a month's last week is another rule)."""
    if (g.get("rel") or "").lower() != "last" or not _OF_WHOSE.match(text, end):
        return True
    return not (text[start:start + 4].lower() == "the " or
                _THE_BEFORE.search(text, max(0, start - 5), start))


def _ok_deictic(g, text, start, end):
    """"today", "This week" begin a sentence or stand in lower case; capitalised inside one
    they name a paper or a show ("USA Today", ABC's "This Week": the TimeBank gold tags
    neither). "today's world", "the people of tomorrow" mean nowadays and some future."""
    if text[start].isupper() and all(w[:1].isupper() for w in text[start:end].split()) and \
            _IN_RUNNING_TEXT.search(text, max(0, start - 3), start):
        return False   # (a word, not a break, dash or bullet, right before it)
    if not _ok_last(g, text, start, end):
        return False
    word = (g.get("word") or "").lower()
    if word in ("today", "tomorrow") and end == start + len(word):
        generic = _NOWADAYS.match(text, end)   # "today's world", "today's personal computers"
        if (generic and generic.group(1).lower() in vocab.NOWADAYS_NOUNS) or \
                text[max(0, start - 4):start].lower() == " of ":   # "the people of tomorrow"
            return False
    return True


_IN_RUNNING_TEXT = re.compile(r"(?:[^\W_]|['’,])[ \t]*$")   # what ends right before "USA Today"
_NOWADAYS = re.compile(r"['’]s\s+(?:[a-z]+\s+)?([a-z]+)")   # the noun (after one adjective)


def _ok_quarter(g, text, start, end):
    matched = text[start:end].lower()
    return not (matched.startswith("the ") and re.search(r"[a-z]-quarter", matched)
                and not g.get("rel")) and not _of_a_game(g, text, start, end)


_OF_A_GAME = re.compile(r"\s+of\s+(?:(?:the|this|that|a|its|their|his|her|[A-Z][\w.]*['’]s)\s+)?"
                        r"([\w-]+)(?:\s+([\w-]+))?")   # (the noun: one of the next two words)
_GAME_CUE = re.compile(r"\b(?:" + "|".join(sorted(vocab.GAME_CUES, key=len, reverse=True))
                       + r")\b")
GAME_WINDOW = 150   # characters either side read for GAME_CUES


def _of_a_game(g, text, start, end) -> bool:
    """"the fourth quarter of Sunday's game", "the second half" near "touchdown": a part of a
    game, no part of a year (a year named in the match makes it one)."""
    if g.get("year") or g.get("year_rel") or g.get("year_rel2"):
        return False
    m = _OF_A_GAME.match(text, end)
    if m and any((word or "").lower() in vocab.GAME_NOUNS for word in m.groups()):
        return True
    window = text[max(0, start - GAME_WINDOW):end + GAME_WINDOW].lower()
    return any(cue in window for cue in vocab.GAME_CUES) and bool(_GAME_CUE.search(window))
    # (the quick test first: a search of the regex at every position costs 30 times more)


_NOUN_BEFORE = {"these", "those", "first", "final", "last", "early", "following", "few",
                "intervening", "coming", "preceding", "closing", "dying", "waning", "many"}
_DIRECTION_NEXT = re.compile(r"\s+(?i:later|earlier|after|before)(?![\w-])")


def _ok_for(g, text, start, end):
    """"for years", "over decades", "the first time in years", "months of talks": a vague
    span of time."""
    before = _word_before(text, start).lower()
    if _DIRECTION_NEXT.match(text, end):   # "Hours later", "exploded minutes later", "just
        return before not in vocab.DETERMINERS and before not in _NOUN_BEFORE   # days after the
        # vote" (not "in the days after", "the final weeks before")
    return before in ("for", "over", "within", "in") or (
        text[start].islower() and bool(_OF_NEXT.match(text, end))
        and not text[start:end].startswith("quarter")   # "three-quarters of the vote"
        and before not in ("early", "small", "wee")   # "the early hours of Saturday": a time
        and not (before == "the" and text[start:end] == "minutes"))   # "the minutes of the
    # meeting": its record


def _ok_year(g, text, start, end):
    year = int(g["year"])
    before, after = _word_before(text, start), _word_after(text, end)
    if after in vocab.TIME_ZONES or _ADDRESS_AFTER.match(text, end) or \
            _UNIT_COMPOUND.match(text, end):
        return False   # "1842 GMT": a clock time; "1600 Pennsylvania Avenue"; "the 2000-year-old
        # city", "a 1500-page report": a count
    counted = after.lower() in vocab.COUNT_NOUNS and (after.lower() != "by" or bool(
        _BY_NUMBER.match(text, end)))   # ("1920 by 1080"; not "in 1143 by merchants")
    if g.get("fiscal") or _is_preposition(before) or _in_year_range(text, start, end, year) \
            or text[start - 1:start] + text[end:end + 1] == "()":   # "Westphalia (1648)"
        return not counted
    if not 1800 <= year <= 2100:
        return False
    if counted:
        return False
    if before in vocab.QUANTITY_WORDS and after[:1].islower():
        return False
    return not _named(text, start, end, before)


_BY_NUMBER = re.compile(r"\s+by\s+[0-9]", re.I)
_UNIT_COMPOUND = re.compile(r"[-–](?i:year|day|week|month|hour|minute|mile|page|meter|metre|"
                            r"foot|ton|acre|member|seat|person|man)s?(?![a-z])")
# "1600 Pennsylvania Avenue", "221 Baker St.": a house number
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Street|Road|Boulevard|Drive|Lane|"
                            r"Place|Square|Ave\.|St\.|Rd\.|Blvd\.)")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(\n])\s*$")


def _named(text: str, start: int, end: int, before: str) -> bool:
    """"Windows 2000", "Orion 1980", "Euro 2024": a year after a capitalised word inside a
    sentence (no date word, no abbreviation, not the sentence's first word) ends a name,
    unless a noun follows that it dates ("Acme 2024 revenue")."""
    if not (before[:1].isupper() and before[1:].islower() and before.isalpha()) or \
            before in vocab.MONTHS or before in vocab.WEEKDAYS or \
            before.lower() in vocab.SEASONS or _noun_after(text, end):
        return False
    word_start = text.rfind(before, max(0, start - 60), start)
    return word_start > 0 and not _SENTENCE_BEFORE.search(text, max(0, word_start - 10),
                                                          word_start)


_YEAR_RANGE_AFTER = re.compile(r"[-–]([0-9]{4})(?![0-9])")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![0-9])([0-9]{4})[-–]$")


def _in_year_range(text: str, start: int, end: int, year: int) -> bool:
    """"(1558–1603)", "1450-1520": a year that begins or ends a span of at most 150 years,
    with no noun after it ("1500-1600 jobs" are counts)."""
    after = _YEAR_RANGE_AFTER.match(text, end)
    before = _YEAR_RANGE_BEFORE.search(text, max(0, start - 5), start)
    first, last = (year, int(after.group(1))) if after else (
        (int(before.group(1)), year) if before else (0, 0))
    return 1000 <= first < last <= first + 150 and not _noun_after(
        text, after.end() if after else end)


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w]*)")


_DASH_MONTH = re.compile(r"[-–]\s?([A-Z][a-z]+)")


def _month_range(text: str, start: int, end: int) -> bool:
    """"January-June", "the March–April rains": a month joined to another by a dash."""
    after = _DASH_MONTH.match(text, end)
    if after and after.group(1) in vocab.MONTHS:
        return True
    return text[start - 1:start] in ("-", "–") and \
        _word_before(text, start - 1).rstrip("-.") in vocab.MONTHS


def _ok_month(g, text, start, end):
    """A bare month after a preposition ("in March") or before a noun it dates ("a June
    agreement"), but not "March Networks" nor the verb "to march"."""
    before = _word_before(text, start)
    if not (g.get("mod") or _is_preposition(before) or _month_range(text, start, end) or (
            before.lower() in vocab.DETERMINERS and re.match(r" [a-z]", text[end:end + 2])
            and _word_after(text, end).lower() not in vocab.DATE_PREPOSITIONS)):
        return False
    name = _NEXT_NAME.match(text, end)  # "March Networks": a name, not a month
    return not name or name.group(1) in vocab.MONTHS or name.group(1) in vocab.WEEKDAYS


_AFTER_ORDINAL_DAY = re.compile(r"\s*(?:[.,;:)!?]|$|(?:and|or|at|when|but|to|through)\b)")


def _ok_ordinal_day(g, text, start, end):
    """"on the 15th", "by the 3rd," but not "the 15th century", "the 5th Fleet" (a noun after)."""
    return (_word_before(text, start).lower() in ("on", "by", "until", "till", "since", "from",
                                                  "before", "after", "through", "to", "for",
                                                  "of")   # "the morning of the 12th"
            and bool(_AFTER_ORDINAL_DAY.match(text, end)))


_OF_NEXT = re.compile(r"\s+of\b", re.I)   # "of" right after the expression, no comma between


def _ok_half(g, text, start, end):
    """"the second half of 2024" and a bare "the second half" are the year's; "the second half
    of the season", and one near "touchdown" (_of_a_game), are not."""
    return bool(g.get("year") or g.get("year_rel")) or not (_OF_NEXT.match(text, end)
                                                           or _of_a_game(g, text, start, end))


def _ok_vague(g, text, start, end):
    """"in the future" is a time; "the future of the talks" is the talks' prospects, "the
    present circumstances", "the future king" are no times."""
    word = g["word"].lower()
    if word.endswith(("future", "past")) and _OF_NEXT.match(text, end):
        return False
    return not (word.endswith(("future", "past", "present")) and _noun_after(text, end))


def _ok_part(g, text, start, end):
    """"in the afternoon" is a time of day; "in the morning papers" is no time."""
    return not _noun_after(text, end)


_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case word that is no function word (vocab.AFTER_NOUN_PHRASE) nor a
    number follows text[:end] after one space: the expression is then an adjective."""
    if not _LOWER_WORD_NEXT.match(text, end, end + 2):
        return False
    word = _word_after(text, end)
    return word not in vocab.AFTER_NOUN_PHRASE and word not in vocab.NUMBER_WORDS


def _ok_set_word(g, text, start, end):
    """"published daily", "opens daily at 9" are sets; "a daily newspaper", "the annual
    meeting" (TimeBank tags none of its five), "rose 20% annually" and a title ("The Daily
    News", "the Weekly Standard") are not."""
    if re.search(r"[0-9%]|percent", _word_before(text, start)):
        return False   # "profits rose 20% annually": a rate
    if text[start].isupper() and re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
        return False   # a name
    after = _word_after(text, end).lower()
    return (not re.match(r"[ \t]+[a-z]", text[end:end + 2])
            or (after in vocab.DATE_PREPOSITIONS and after not in ("and", "or", "of")))


CONTEXT_CHECKS = {"deictic": _ok_deictic, "century": _ok_century, "half": _ok_half,
                  "vague": _ok_vague, "part": _ok_part,
                  "ordinal_day": _ok_ordinal_day, "set_word": _ok_set_word, "ago": _ok_ago,
                  "quarter": _ok_quarter, "decade": _ok_decade, "short_year": _ok_short_year,
                  "season": _ok_season, "clock": _ok_clock, "weekday": _ok_weekday,
                  "duration": _ok_duration, "for": _ok_for, "year": _ok_year, "month": _ok_month,
                  "last": _ok_last}
_unknown = sorted({rule.context for rule in RULES if rule.context} - set(CONTEXT_CHECKS))
if _unknown:   # (checked at import: a rule naming a check that does not exist is a bug)
    raise RuntimeError(f"rules name unknown context checks: {_unknown}")

# Rules whose expressions name a day a clock time can attach to.
_DAY_RULES = {"relative_weekday", "deictic_day", "month_day", "month_day_year", "day_month",
              "day_month_year", "iso_date", "numeric_date", "anaphoric_unit", "unit_before_after",
              "month_day_rel_year", "day_of_rel_month"}


def _clocked_set(tx: Timex) -> bool:
    """A set a clock time can join: of a weekday ("every Sunday", "Tuesdays") or of days."""
    return tx.rule in ("every", "plural_weekday") and not (
        tx.field("part") or tx.field("other") or tx.field("number")) and (
        tx.field("weekday") is not None or (tx.field("unit") or "").lower() == "day")


_JOINERS = re.compile(r"^(?:,?\s+(?:on\s+|at\s+)?|\s*,\s*)$", re.I)


def _fields(groupdict) -> tuple:
    return tuple([(k, v) for k, v in groupdict.items() if v is not None])


def _match_at(text: str, pos: int, end: int, table: dict):
    """(rule, match, fields) of the first rule matching at `pos` that its context check
    accepts, or None. `table` is _rules_table()."""
    word, word_end = words_at(text, pos)
    rules = table[word]
    if type(rules) is dict:   # "the": by the second word too
        second = next_word_from(text, word_end)
        rules = rules[ANY_WORD] if second is None else rules.get(second) or rules[None]
    for regex, rule, check in rules:
        m = regex.match(text, pos, end)
        if m is None:
            continue
        g = m.groupdict()
        if check is None or check(g, text, pos, m.end()):
            return rule, m, g
    return None


def find_timexes(text: str, start: int = 0, end: int | None = None,
                 exhaustive: bool = False) -> list[Timex]:
    """Every temporal expression in text[start:end], with offsets into `text`.

    The rules are tried only where an expression can begin: at a key word (a month, a unit, a
    digit...) or up to a few modifier words before one (see keys.py). `exhaustive=True` tries
    every position where the master regex matches instead; both give the same result (a test
    checks it), the first fast.
    """
    end = len(text) if end is None else end
    positions = (_every_position(text, start, end) if exhaustive
                 else candidate_starts(text, start, end))
    found = _join_offsets(text, _join_durations(text, _join_clock_times(
        text, _split_ranges(text, _join_eras(text, _scan(text, positions, end))))))
    return _join_right(text, _join_left(text, found))


def _every_position(text: str, start: int, end: int):
    master = _master()
    m = master.search(text, start, end)
    while m:
        yield m.start()
        m = master.search(text, m.start() + 1, end)


def _scan(text: str, positions, end: int) -> list[Timex]:
    """Match the rules at each candidate position (ascending), leftmost-first."""
    found: list[Timex] = []
    covered = 0
    table = _rules_table()
    for pos in positions:
        if pos < covered or pos >= end:
            continue
        hit = _match_at(text, pos, end, table)
        if hit is not None:
            rule, fm, g = hit   # (a DATE resolved to a time of day becomes a TIME)
            found.append(Timex(fm.start(), fm.end(), fm.group(), rule.type, rule.name,
                               _fields(g)))
            covered = fm.end()
    if table.built:   # (new words' rules: their second words are kept on disk)
        save_cache()
        table.built = False
    return found


_ERA_HEADS = {"month_day": "era_month_day", "bare_month": "era_month_day",
              "day_month": "era_day_month"}


@lru_cache(maxsize=1)
def _era_regexes() -> dict:
    return {name: re.compile(pattern) for name, pattern in ERA_DATES.items()}


def _join_eras(text: str, timexes: list[Timex]) -> list[Timex]:
    """A year-less day or month with the year of an era (or of three digits) right after it
    is one date (rules.ERA_DATES): "January 10" + "49 BC", "December 25" + ", 800"."""
    out: list[Timex] = []
    covered = -1
    for tx in timexes:
        if tx.start < covered:
            continue   # ("49 BC", now part of the date before it)
        era = _ERA_HEADS.get(tx.rule)
        m = _era_regexes()[era].match(text, tx.start) if era else None
        if m is not None and m.end() > tx.end:
            out.append(Timex(tx.start, m.end(), m.group(), "DATE", era, _fields(m.groupdict())))
            covered = m.end()
        else:
            out.append(tx)
    return out


_RANGES = {"month_day_range": "month_day", "day_month_range": "day_month"}


@lru_cache(maxsize=1)
def _range_regexes() -> dict:
    return {rule.name: re.compile(rule.pattern) for rule in RULES if rule.name in _RANGES}


def _split_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each range of days ("May 10-15, 2024", "10-15 May") as its two dates, each with the
    month and year: "May 10" + "15, 2024" (rules month_day[_year]), "10" + "15 May"; and each
    pair of years ("2024-25") as its two years (_split_year_pair)."""
    out = []
    for tx in timexes:
        single = _RANGES.get(tx.rule)
        if single is None:
            out.extend(_split_year_pair(text, tx) if tx.rule == "year" and tx.field("yy")
                       else _split_era_range(text, tx) if tx.rule == "era_year_range"
                       else (tx,))
            continue
        m = _range_regexes()[tx.rule].match(text, tx.start, tx.end)
        rule = single + ("_year" if tx.field("year") else "")
        shared = tuple((k, v) for k, v in tx.fields if k in ("month", "year"))
        day = ("day", m.group("day")) if m.group("day") else ("day_word", m.group("day_word"))
        a, b = tx.start, m.end("first")
        out.append(Timex(a, b, text[a:b], tx.type, rule, shared + (day,)))
        a, b = m.start("day2"), tx.end
        out.append(Timex(a, b, text[a:b], tx.type, rule, shared + (("day", m.group("day2")),)))
    return out


def _split_era_range(text: str, tx: Timex) -> tuple[Timex, ...]:
    """"(32-31 B.C.)" as 32 BC and 31 BC, "476–480 AD" as two years, as "(1558–1603)" is; a
    pair in the wrong order for its era (BC years count down) is only its second year."""
    era, first, second = tx.field("era"), tx.field("first"), tx.field("year2")
    a = text.index(second, tx.start + len(first))
    last = Timex(a, tx.end, text[a:tx.end], "DATE", "era_year", (("year2", second), ("era", era)))
    if not 0 < (int(first) - int(second)) * -vocab.ERAS[era] <= 150:
        return (last,)
    return (Timex(tx.start, tx.start + len(first), first, "DATE", "era_year",
                  (("year2", first), ("era", era))), last)


def _split_year_pair(text: str, tx: Timex) -> tuple[Timex, ...]:
    """"2024-25" as "2024" and "25" (2025), "1914-18" as 1914 and 1918, each a year. The second
    is the next year, or a later one of the same century written past 12: "2001-05" (May?)
    and "2024-20" stay "2024" alone."""
    first, yy = int(tx.field("year")), int(tx.field("yy"))
    second = first // 100 * 100 + yy
    a, b = tx.end - 2, tx.end - 3   # (the second year; where the first ends: "Fiscal 1998")
    own = Timex(tx.start, b, text[tx.start:b], "DATE", "year",
                tuple((k, v) for k, v in tx.fields if k != "yy"))
    if not (yy == (first + 1) % 100 or (yy > 12 and second > first)):
        return (own,)
    second = first + 1 if yy == (first + 1) % 100 else second   # ("1999-00": 2000)
    return own, Timex(a, tx.end, text[a:tx.end], "DATE", "year", (("year", str(second)),))


_DATED_DAY_RULES = {"month_day_year", "day_month_year", "month_day", "day_month", "iso_date",
                    "numeric_date", "ymd_slash", "ordinal_day", "month_day_rel_year",
                    "day_of_rel_month"}
_UNDATED_RULES = {"vague", "vague_ago", "clock_time"}   # (a clock reads its own "around")


def _dated_day(tx: Timex) -> bool:
    return tx.rule in _DATED_DAY_RULES


def _approximable(tx: Timex) -> bool:
    return tx.type in ("DATE", "TIME") and tx.rule not in _UNDATED_RULES and not tx.field("approx")


# Words right before a date that join it as a field of its own: (the last of those words; the
# words, up to the date; the dates they join). "the night of Aug. 29" (the resolver adds TNI,
# as for "Friday night"); "around Nov. 1" (TIMEX3 includes the modifier: mod APPROX). "About"
# is left out: before a date it is mostly the topic ("worried about the future").
_AROUND = tuple(word for word, mod in vocab.JOINED_MODS.items() if mod == "APPROX")
_LEFT_JOINS = (
    ({"of"}, re.compile(
        r"\b(?i:the)\s+(?P<part>(?i:morning|afternoon|evening|night))\s+(?i:of)\s+$"), _dated_day),
    (set(_AROUND), re.compile(rf"\b(?P<around>(?i:{'|'.join(_AROUND)}))\s+$"), _approximable),
)
_LEFT_WORDS = frozenset().union(*(words for words, _, _ in _LEFT_JOINS))
_LEFT_ENDINGS = frozenset(word[-1] for word in _LEFT_WORDS)


def _join_left(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each timex with the words of _LEFT_JOINS that stand right before it, when they are no
    part of the expression before."""
    out = []
    for tx in timexes:
        before = text[max(0, tx.start - 2):tx.start].lower()   # (the quick test: most dates
        if not before[-1:].isspace() or (before[-1] == " " and len(before) == 2   # have no
                                         and before[0] not in _LEFT_ENDINGS      # "of " nor
                                         and not before[0].isspace()):            # "around ")
            out.append(tx)
            continue
        last = _last_word(text, tx.start)
        if last not in _LEFT_WORDS:
            out.append(tx)   # (most dates have none of the words before them)
            continue
        for words, pattern, joins in _LEFT_JOINS:
            if last not in words or not joins(tx):
                continue   # (the quick test: most dates have neither before them)
            m = pattern.search(text, max(0, tx.start - 30), tx.start)
            if m and (not out or out[-1].end <= m.start()):
                name = next(iter(m.groupdict()))
                tx = Timex(m.start(), tx.end, text[m.start():tx.end], tx.type, tx.rule,
                           tx.fields + ((name, m.group(name)),))
                last = _last_word(text, tx.start)
        out.append(tx)
    return out


# ("or after" ends a clause: in "March or after the election" it begins another time)
_OR_LATER = re.compile(r"\s+(?i:or)\s+(?P<or_later>(?i:later|earlier)(?![\w-])"
                       r"|(?i:after|before)(?=\s*(?:[.,;:)!?]|$)))")


def _join_right(text: str, timexes: list[Timex]) -> list[Timex]:
    """"1994 or later", "May 1 or earlier": the words join the date (TIMEX3 extent) as the
    field "or_later" (mod ON_OR_AFTER, ON_OR_BEFORE)."""
    out = []
    for i, tx in enumerate(timexes):
        m = _OR_LATER.match(text, tx.end)   # (first: it fails fast)
        if m and _approximable(tx) and not tx.field("mod") and (
                i + 1 == len(timexes) or timexes[i + 1].start >= m.end()):
            tx = Timex(tx.start, m.end(), text[tx.start:m.end()], tx.type, tx.rule,
                       tx.fields + (("or_later", m.group("or_later")),))
        out.append(tx)
    return out


# Units a compound duration counts down through ("2 hours, 6 minutes and 5 seconds"), largest first
_COMPOUND_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_DURATION_JOINER = re.compile(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+")
_PART_FIELDS = {"number", "unit", "frac", "half"}   # what a later part may have: no "about"...


def _compound_unit(word: Optional[str]) -> int:
    """Where the unit word of a count of units ("minute" of "6 minutes") stands in
    _COMPOUND_UNITS, or -1."""
    unit = vocab.unit_name(word or "")
    return _COMPOUND_UNITS.index(unit) if unit in _COMPOUND_UNITS else -1


def _join_durations(text: str, timexes: list[Timex]) -> list[Timex]:
    """"2 hours, 6 minutes and 5 seconds", "a year and three months": counts of ever smaller
    units in a row are one duration (rule compound_duration; field "parts", each part's
    fields). Only the first part may have a modifier ("more than 2 hours and 10 minutes")."""
    out: list[Timex] = []
    for tx in timexes:
        if tx.rule != "duration" or not out or out[-1].rule not in ("duration",
                                                                     "compound_duration"):
            out.append(tx)   # (the quick test: most durations stand alone)
            continue
        prev = out[-1]
        parts = prev.field("parts") or (prev.fields,)
        last = dict(parts[-1])   # (the fields of the part before)
        if not (tx.field("number") and {k for k, _ in tx.fields} <= _PART_FIELDS
                and last.get("number") and not last.get("vague_number")
                and not last.get("the") and not last.get("rel") and not last.get("upper")
                and 0 <= _compound_unit(last.get("unit")) < _compound_unit(tx.field("unit"))
                and _DURATION_JOINER.fullmatch(text, prev.end, tx.start)):
            out.append(tx)
            continue
        out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], "DURATION",
                        "compound_duration", (("parts", parts + (tx.fields,)),))
    return out


_OFFSET_FIRST = {"duration", "ago", "unit_before_after",   # what can count from a date after it
                 "relative_weekday"}
_OFFSET_JOINER = re.compile(r"\s+(?P<dir>from|after|before)\s+", re.I)
_WORKING = re.compile(r"\b(?:trading|business|working|school)\b", re.I)
_OFFSET_BASES = {"year", "month_year", "month_day_year", "day_month_year"}   # (and day rules)


def _counted_offset(text: str, prev: Timex, tx: Timex, day: bool) -> Optional[str]:
    """The direction ("from", "after", "before") when `prev` counts calendar units from the
    date `tx`: "a week from Friday" (a duration, then the word), "ten years after 1990" (the
    "ago" rule read "after" already); else None."""
    unit = vocab.unit_name(prev.field("unit") or "")
    if not (day or tx.rule in _OFFSET_BASES) or not prev.field("number") or \
            unit not in vocab.UNITS or vocab.UNITS[unit][0] in vocab.TIME_UNITS or \
            _WORKING.search(prev.text):
        return None   # (eight trading days are no calendar span)
    if prev.rule == "ago" and prev.field("dir").lower() in ("after", "before") and \
            text[prev.end:tx.start].isspace() and not prev.field("half"):
        return prev.field("dir")
    if prev.rule == "duration" and not (prev.field("rel") or prev.field("the")):
        m = _OFFSET_JOINER.fullmatch(text, prev.end, tx.start)
        return m.group("dir") if m else None
    return None


def _join_offsets(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "the day after" + a day right after it ("Christmas", "May 5", "Friday"), and a
    count of units + "from"/"after"/"before" + a day ("a week from Friday", "two days after
    Christmas"), into one date counted from that day (rule unit_offset: the day's rule and
    fields, and the offset); and "the Sunday after Easter" (rule weekday_offset)."""
    out: list[Timex] = []
    for tx in timexes:
        prev = out[-1] if out else None
        if prev is None or prev.rule not in _OFFSET_FIRST or tx.rule == "datetime":
            out.append(tx)   # (the quick test: most dates follow no count of units)
            continue
        day = tx.rule in _DAY_RULES or tx.rule == "holiday"
        if prev.rule == "relative_weekday":   # "the Sunday after Easter"
            the = text[max(0, prev.start - 4):prev.start].lower() == "the "
            m = _OFFSET_JOINER.fullmatch(text, prev.end, tx.start) if the and day else None
            if m and m.group("dir").lower() != "from" and not prev.field("rel") and \
                    not prev.field("part"):
                start = prev.start - 4
                fields = (("inner_rule", tx.rule), ("offset_weekday", prev.field("weekday")),
                          ("offset_dir", m.group("dir"))) + tx.fields
                out[-1] = Timex(start, tx.end, text[start:tx.end], "DATE", "weekday_offset",
                                fields)
            else:
                out.append(tx)
            continue
        joiner = _counted_offset(text, prev, tx, day) if prev.rule != "unit_before_after" \
            else None
        if joiner:   # "two weeks from today", "ten years after 1990"
            fields = (("inner_rule", tx.rule), ("offset_unit", prev.field("unit")),
                      ("offset_dir", joiner), ("offset_count", prev.field("number"))) + tx.fields
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], "DATE", "unit_offset",
                            fields)
        elif day and prev.rule == "unit_before_after" and text[prev.end:tx.start].isspace():
            fields = (("inner_rule", tx.rule), ("offset_unit", prev.field("unit")),
                      ("offset_dir", prev.field("dir"))) + tx.fields
            out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], "DATE", "unit_offset",
                            fields)
        else:
            out.append(tx)
    return out


def _last_word(text: str, pos: int) -> str:
    """The word before text[pos], lower-cased, when only space stands between; else ""."""
    before = text[max(0, pos - 16):pos]
    words = before.split() if before[-1:].isspace() else None
    return words[-1].lower() if words else ""


def _join_clock_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "10 p.m." + "Wednesday" (either order) into one TIME expression, and a clock with
    the set of days it falls on ("every Sunday at 6 p.m.", _clocked_set) into one SET."""
    out: list[Timex] = []
    for tx in timexes:
        prev = out[-1] if out else None
        if prev is None or "clock_time" not in (prev.rule, tx.rule):
            out.append(tx)   # (the quick test: most expressions follow no clock, and are none)
            continue
        clock, other = (tx, prev) if tx.rule == "clock_time" else (prev, tx)
        kind, rule, key = ("TIME", "datetime", "day_rule") if other.rule in _DAY_RULES else \
            ("SET", "set_clock", "set_rule") if _clocked_set(other) else (None, None, None)
        if kind is None or not _JOINERS.match(text[prev.end:tx.start]):
            out.append(tx)
            continue
        fields = ((key, other.rule),) + other.fields + clock.fields   # ("every Sunday at 6 p.m.")
        out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], kind, rule, fields)
    return out
