"""The context checks of the English rules: the words around a match that say whether it is a
date ("March" the month, not the verb; "may" never; "the fall of Rome" a season only when...).

A rule names its check (lang/en/rules.py: Rule.context); the tagger (finder/tagger.py) runs it
on the match's named groups, the text and the match's bounds, and drops the match when it says
no. Every check a rule names exists (checked at import).
"""
from __future__ import annotations

import re

from ...finder.patterns import last_word
from . import vocab
from .rules import RULES

_WORD_BEFORE = re.compile(r"([\w.$€£'’-]+)\W*$")
# _WORD_BEFORE read backwards, when the text before holds a letter or digit
_LAST_WORD_REVERSED = re.compile(r"\W*?([.$€£'’-]*\w[\w.$€£'’-]*)")
_WORD_AFTER = re.compile(r"\W*?([\w'’%-]+)")


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


_OF_NO_YEAR = re.compile(r"\s+of\s+(?!\d|'\d|(?:nineteen|twenty|two)\b)", re.I)


def _ok_season(g, text, start, end):
    named = g.get("rel") or g.get("year") or g.get("spelled") or g.get("mod") or g.get("seq")
    if _name_goes_on(g["season"], text, end):
        return False   # "the Spring Festival", "the Summer Olympics": a name
    if g["season"].lower() == "fall" and not text[start:end].lower().startswith("the"):
        return bool(named)   # "last fall"; not "that fall" (in prices)
    if not named and g["season"].lower() == "fall" and _OF_NO_YEAR.match(text, end):
        return False   # ("the fall of Barnier's government", "the fall of Rome": a collapse;
        # "the fall of 2019" holds its year)
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
    before = last_word(text, start)
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
_MATCH_MINUTE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+minute\b")


def _of_a_game(g, text, start, end) -> bool:
    """"the fourth quarter of Sunday's game", "the second half" near "touchdown": a part of a
    game, no part of a year (a year named in the match makes it one)."""
    if g.get("year") or g.get("year_rel") or g.get("year_rel2"):
        return False
    m = _OF_A_GAME.match(text, end)
    if m and any((word or "").lower() in vocab.GAME_NOUNS for word in m.groups()):
        return True
    window = text[max(0, start - GAME_WINDOW):end + GAME_WINDOW].lower()
    return any(cue in window for cue in vocab.GAME_CUES) and bool(_GAME_CUE.search(window)) or \
        " minute" in window and bool(_MATCH_MINUTE.search(window))   # ("in the 18th minute")
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
    if before.lower() in vocab.DESIGNATED and _DESIGNATION_AFTER.match(text, end):
        return False   # ("the asteroid 2019 QX", "comet 2006 P1": a designation)
    counted = after.lower() in vocab.COUNT_NOUNS and (after.lower() != "by" or bool(
        _BY_NUMBER.match(text, end))) and not _PUNCTUATION_AFTER.match(text, end)   # ("1920
    # by 1080"; not "in 1143 by merchants", nor "1998 – Troops withdraw": a dash between)
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


_DESIGNATION_AFTER = re.compile(r"[ \t]+[A-Z]{1,2}[0-9]{0,4}(?![\w'’-])")
_BY_NUMBER = re.compile(r"\s+by\s+[0-9]", re.I)
_PUNCTUATION_AFTER = re.compile(r"\s*[–—:;,.!?]")
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


# "as recently as September", "as early as March": the comparison dates what follows it
_COMPARED_AS = re.compile(r"\bas (?:recently|early|late|soon|far back|long ago) as\s+$", re.I)


def _ok_month(g, text, start, end):
    """A bare month after a preposition ("in March", "as early as March") or before a noun it
    dates ("a June agreement"), but not "March Networks" nor the verb "to march"."""
    before = _word_before(text, start)
    if not (g.get("mod") or _is_preposition(before) or _month_range(text, start, end)
            or _COMPARED_AS.search(text, max(0, start - 30), start) or (
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
    if word == "recently" and _AS_NEXT.match(text, end):   # "as recently as 2019": the year
        return False
    if text[start].isupper() and _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
        return False   # (a name's word: "Organisers Climate Now said", "Apocalypse Now")
    return not (word.endswith(("future", "past", "present")) and _noun_after(text, end))


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")   # (a capitalised word right before)
_AS_NEXT = re.compile(r"\s+as\b")   # ("recently as": a comparison's)


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


_RANGE_END_OK = re.compile(r"\s*(?:[,.;:)\n]|$|[0-9]{4}|(?:in|at|on|for|and|with)\b)")


def _ok_range_end(g, text, start, end):
    """A range's second day ("May 6 and 7") ends the expression before a clause break, a year,
    a preposition, or a verb that cannot be a noun ("March 14 and 15 caused"; not "March 3 to
    15 cents", "on May 6 and 7 soldiers")."""
    if g.get("year") or _RANGE_END_OK.match(text, end):
        return True
    from ... import wordclass   # (the lexicon, read only here)
    bits = wordclass.classes(_word_after(text, end).lower())
    return bool(bits & wordclass.VERB) and not bits & wordclass.NOUN


CONTEXT_CHECKS = {"deictic": _ok_deictic, "century": _ok_century, "half": _ok_half,
                  "vague": _ok_vague, "part": _ok_part,
                  "ordinal_day": _ok_ordinal_day, "set_word": _ok_set_word, "ago": _ok_ago,
                  "quarter": _ok_quarter, "decade": _ok_decade, "short_year": _ok_short_year,
                  "season": _ok_season, "clock": _ok_clock, "weekday": _ok_weekday,
                  "duration": _ok_duration, "for": _ok_for, "year": _ok_year, "month": _ok_month,
                  "last": _ok_last, "range_end": _ok_range_end}
_unknown = sorted({rule.context for rule in RULES if rule.context} - set(CONTEXT_CHECKS))
if _unknown:   # (checked at import: a rule naming a check that does not exist is a bug)
    raise RuntimeError(f"rules name unknown context checks: {_unknown}")
