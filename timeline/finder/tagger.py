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
from ..lang.en.checks import CONTEXT_CHECKS
from .patterns import alt, ci, last_word
from ..lang.en.rules import ERA_DATES, RULES

# Not inside a word or an amount, nor a number's tail (9.5, 1/2, 2-3, 30,000; "Jan. 5-Feb. 3"
# may begin, and so may the second year of "2001-2005"), nor a designation's ("comet C/2026 A1")
_LEFT_EDGE = r"(?<![\w$€£¥@#])(?<![A-Z]/)(?!(?<=[0-9][./,-])(?!(?<=[0-9]{4}-)[0-9]{4}(?![0-9]))[0-9])"


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



# Rules whose expressions name a day a clock time can attach to.
_DAY_RULES = {"relative_weekday", "deictic_day", "month_day", "month_day_year", "day_month",
              "day_month_year", "iso_date", "numeric_date", "anaphoric_unit", "unit_before_after",
              "month_day_rel_year", "day_of_rel_month"}


def _clocked_set(tx: Timex) -> bool:
    """A set a clock time can join: of a weekday ("every Sunday", "Tuesdays") or of days."""
    return tx.rule in ("every", "plural_weekday") and not (
        tx.field("part") or tx.field("other") or tx.field("number")) and (
        tx.field("weekday") is not None or (tx.field("unit") or "").lower() == "day")


_JOINERS = re.compile(rf"^(?:,?\s+(?:{alt(vocab.CLOCK_DAY_JOINERS)}\s+)?|\s*,\s*)$", re.I)


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
    line_end = -1
    for pos in positions:
        if pos < covered or pos >= end:
            continue
        if pos > line_end:   # (an expression never runs over a line's end: a headline's
            line_end = text.find("\n", pos)   # "until Friday" and the dateline under it
            line_end = end if line_end < 0 or line_end > end else line_end   # are two)
        hit = _match_at(text, pos, line_end, table)
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
    """"(32-31 B.C.)" as 32 BC and 31 BC, "476–480 AD" and "AD 122 to 128" as two years, as
    "(1558–1603)" is; a pair in the wrong order for its era (BC years count down) is only its
    second year ("AD 122 and 28": only AD 122)."""
    if tx.field("era_first"):   # ("AD 122-128": the era before the first year)
        first, second = tx.field("first_after"), tx.field("second")
        own = text.index(first, tx.start + len(tx.field("era_first")))
        head = Timex(tx.start, own + len(first), text[tx.start:own + len(first)], "DATE",
                     "era_year", (("era_before", tx.field("era_first")), ("year", first)))
        if not 0 < int(second) - int(first) <= 150:
            return (head,)
        a = text.index(second, own + len(first))
        return head, Timex(a, tx.end, text[a:tx.end], "DATE", "era_year", (("year", second),))
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
        last = last_word(text, tx.start)
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
                last = last_word(text, tx.start)
        out.append(tx)
    return out


# ("or after" ends a clause: in "March or after the election" it begins another time)
_OR_LATER = re.compile(
    rf"\s+{ci(vocab.OR_WORD)}\s+(?P<or_later>{ci(alt(vocab.OR_LATER))}(?![\w-])"
    rf"|{ci(alt(vocab.OR_AFTER))}(?=\s*(?:[.,;:)!?]|$)))")


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
_DURATION_JOINER = re.compile(
    rf"\s*,\s*(?:{ci(vocab.AND_WORD)}\s+)?|\s+{ci(vocab.AND_WORD)}\s+")
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
_OFFSET_JOINER = re.compile(rf"\s+(?P<dir>{alt(vocab.OFFSET_DIRECTIONS)})\s+", re.I)
_WORKING = re.compile(rf"\b{alt(vocab.WORKING_DAY_WORDS)}\b", re.I)
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
    if prev.rule == "ago" and prev.field("dir").lower() in vocab.COUNTED_DIRECTIONS and \
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
            if m and m.group("dir").lower() != vocab.OFFSET_FROM and not prev.field("rel") and \
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
        if kind is None or not _JOINERS.match(text[prev.end:tx.start]) or \
                "\n" in text[prev.end:tx.start]:   # (never over a line's end: a day heading
            # and the time heading under it, "Monday, April 15" / "6:20 p.m. — A fire alarm")
            out.append(tx)
            continue
        fields = ((key, other.rule),) + other.fields + clock.fields   # ("every Sunday at 6 p.m.")
        out[-1] = Timex(prev.start, tx.end, text[prev.start:tx.end], kind, rule, fields)
    return out
