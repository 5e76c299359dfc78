"""Where a temporal expression can begin: the tagger's fast path.

Every expression the rules recognise contains a key word (a month or weekday, a calendar unit, a
digit, a deictic or vague word...). An Aho-Corasick automaton (pyahocorasick: one pass in C, a
third of the cost of the next best, a trie-shaped regex, which stays as the fallback and the
reference) finds the key words in the ASCII-lowercased text, and a regex reads each run of
digits for a date number; an expression can begin at a key word or date number or at up to
MAX_BACK modifier words before it ("the first half of next year"); the positions are sorted at
the end. Both word lists come from the vocabulary tables and the rules themselves, so a new rule
or vocabulary entry needs no change here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lang.en import vocab
from ..lang.en.rules import RULES
from .patterns import ALTERNATIONS, trie_regex

MAX_BACK = 6
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LOWER_TO_ASCII = ("\u0130", "\u212a")   # the only non-ASCII letters str.lower() maps to ASCII


def lower_letters(text: str) -> str:
    """`text` with A-Z lower-cased and of the same length: str.lower() (fast), unless the text
    holds one of the two characters it would turn into ASCII ("İ", the Kelvin sign). Other
    letters it lower-cases stay letters outside a-z, which is all the key scan asks of them."""
    if _LOWER_TO_ASCII[0] in text or _LOWER_TO_ASCII[1] in text:
        return text.translate(ASCII_LOWER)
    return text.lower()


_STOP = {"the", "a", "an", "at", "in", "of", "to", "and", "or", "on", "as", "from", "for", "by",
         "s", "t", "x"}


def _words(*tables) -> set:
    out = set()
    for table in tables:
        for phrase in table:
            out.update(re.findall(r"[a-z]+(?:'[a-z]+)?", str(phrase).lower()))
    return out


def _heads(phrases) -> set:
    """The last word of each phrase: the one every match of it contains ("the near future")."""
    return {re.findall(r"[a-z]+(?:'[a-z]+)?", p.lower())[-1] for p in phrases}


# "AD", "BC"... as key words (a dotted "B.C." after a number is read by _DATE_NUMBER_REST)
_ERA_KEYS = {era.lower() for era in vocab.ERAS if "." not in era}


def key_words() -> set:
    units = set(vocab.UNITS) | set(vocab.UNIT_PLURALS)
    keys = _words(vocab.MONTHS, vocab.WEEKDAYS, units, {u + "s" for u in units},
                  vocab.PARTS_OF_DAY, {p + "s" for p in vocab.PARTS_OF_DAY}, vocab.DAY_OFFSETS,
                  vocab.SET_WORDS, vocab.SEASONS,
                  ["noon", "midnight", "midday", "o'clock", "half", "period", "nineteen", "every",
                   "thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                   "seventies", "eighties", "nineties", "mondays", "tuesdays", "wednesdays",
                   "thursdays", "fridays", "saturdays", "sundays"])
    keys |= _ERA_KEYS | _heads(vocab.VAGUE) | _heads(vocab.VAGUE_DURATIONS) | _heads(
        vocab.FIXED_HOLIDAYS) | _heads(vocab.NTH_WEEKDAY_HOLIDAYS) | _heads(vocab.EASTER_HOLIDAYS)
    return keys - _STOP


def capitalized_keys() -> set:
    """Keys the rules accept only capitalised ("May", not the modal "may")."""
    return (_words(vocab.MONTHS, vocab.WEEKDAYS) - {"fall"}) | _ERA_KEYS


def modifier_words() -> set:
    """Lower-case words that may stand before a key word inside an expression."""
    source = " ".join(rule.pattern for rule in RULES)
    for pattern, words in sorted(ALTERNATIONS.items(), key=lambda item: -len(item[0])):
        source = source.replace(pattern, " " + " ".join(words) + " ")   # trie-shaped: read whole
    source = re.sub(r"\\[a-zA-Z]", " ", source)   # \s, \w, \d are not words
    words = set(re.findall(r"[a-z]+", source.lower()))
    return words | _words(vocab.NUMBER_WORDS, vocab.ORDINALS, vocab.VAGUE_QUANTITIES,
                          vocab.DATE_PREPOSITIONS, vocab.FIXED_HOLIDAYS,
                          vocab.NTH_WEEKDAY_HOLIDAYS, vocab.EASTER_HOLIDAYS)


@lru_cache(maxsize=1)
def _compiled():
    # A key word with the character before it, read from a text with a space put in front:
    # a pattern that begins with a character class lets the regex engine skip ahead in C.
    words = re.compile(r"[^a-z'’](" + trie_regex(sorted(key_words())) + r")(?![a-z])")
    # The first digit of a number that may begin an expression: in a word ("Q3", "FY1990",
    # "'80s"); else not an amount nor a number's tail (9.5, 1/2, 2-3, 30,000; but the second
    # year of "2001-2005" is one); and after a space, a date number. (It starts with a digit,
    # so the regex engine skips to digits.)
    numbers = re.compile(
        r"[0-9](?<![0-9][0-9])(?:(?<=[^\W\d_][0-9]|['’][0-9])"
        r"|(?<![$€£][0-9])(?:(?<![0-9][./,-][0-9])|(?<=[0-9]{4}-[0-9])(?=[0-9]{3}(?![0-9])))"
        r"(?:(?<![ \t\n\r(\"“][0-9])(?<!\A[0-9])"
        rf"|(?!{_NOT_A_DATE_NUMBER_REST})(?={_DATE_NUMBER_REST})))")
    return words, numbers, frozenset(modifier_words()), frozenset(capitalized_keys())


# The automaton reads a copy of the text of the same length in which a-z and apostrophes stay,
# digits are "0" and every other character is a space: a key word is " word " there, or with a
# digit or an apostrophe on either side ("1990s", "day's"). The date numbers' first digits are
# found in a second copy, in which only the digits are left ("0"): memchr, not a regex, skips
# the text between them.
_FLAT = bytes(c if (97 <= c <= 122 or c == 39) else 48 if 48 <= c <= 57 else 32
              for c in range(256))
_DIGITS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))


@lru_cache(maxsize=1)
def _automaton():
    """The key words' automaton (values: the word), or None without pyahocorasick."""
    try:
        import ahocorasick
    except ImportError:   # pragma: no cover - a platform with no wheel: the regexes do it
        return None
    automaton = ahocorasick.Automaton()
    for word in key_words():
        for before in " 0":
            for after in " '0":
                automaton.add_word(f"{before}{word}{after}", word)
    automaton.make_automaton()
    return automaton


def scan(low: str, regex: bool = False) -> tuple[list[tuple[int, str]], list[int]]:
    """((start, word) of each key word, start of each date number) in `low` (lower_letters of
    a text with a space put in front), in order. A key word stands after a character that is
    no letter nor apostrophe and before no letter; a date number is read by the numbers regex
    at a run of digits. `regex=True` searches the whole text with both regexes (the
    reference) even when the automaton is there."""
    words, numbers = _compiled()[:2]
    automaton = None if regex else _automaton()
    if automaton is None:
        return ([(hit.start(1), hit.group(1)) for hit in words.finditer(low)],
                [hit.start() for hit in numbers.finditer(low)])
    raw = (low + " ").replace("’", "'").encode("ascii", "replace")   # (one byte a character)
    keys = [(end - len(word), word)
            for end, word in automaton.iter(raw.translate(_FLAT).decode("ascii"))]
    return keys, _number_starts(low, raw.translate(_DIGITS), numbers)


DENSE_RUNS, DENSE_SPACING = 64, 40   # the first 64 runs of digits within 64 × 40 characters:
                                     # a table of figures (news has a run in 160 characters)


def _number_starts(low: str, digits: bytes, numbers: re.Pattern) -> list[int]:
    """The first digit of each run of digits in `digits` (see _DIGITS) that the `numbers`
    regex accepts. In a table of figures, the regex's own search is cheaper than a Python
    step per run: it reads the rest."""
    out = []
    at, runs, match = digits.find(b"0"), 0, numbers.match
    while at >= 0:
        runs += 1
        if runs == DENSE_RUNS and at < DENSE_RUNS * DENSE_SPACING:
            return out + [hit.start() for hit in numbers.finditer(low, at)]
        if match(low, at):
            out.append(at)
        after = digits.find(b" ", at)   # (the copy ends with a space)
        at = digits.find(b"0", after) if after >= 0 else -1
    return out


_WORD_BEFORE = re.compile(r"[ \t\n\r,–()-]*([a-z0-9'’./]+)")   # run on the reversed text
# Words that can stand inside an expression before its key word but never begin one.
NEVER_FIRST = {"of", "in", "on", "to", "and", "or", "for", "by", "from", "until", "till", "since",
               "through", "throughout", "after", "before", "during", "within", "as", "than",
               "into", "toward", "towards", "between"}
# A number that can begin an expression with no key word after it: a year, a numeric date or
# time, a decade, a clock time. Other numbers ("30 days") are reached by stepping back from
# the key word that follows them. (A decimal, "9.9 million", or a count, "99 cents", is none
# of them.) Written as what follows a number's first digit, which the scan has just read.
_DATE_NUMBER_REST = (
    r"[0-9]{3}(?![0-9])|[0-9]?[/.-][0-9]{1,2}[/.-][0-9]|[0-9]?:[0-9]|[0-9]*'?s\b"
    r"|[0-9]?(?:[.:][0-9]{2})?\s?[ap]\.?m\b|[0-9]?\s+o'clock"
    r"|[0-9]?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + trie_regex(sorted(
        {month[:3].lower() for month in vocab.MONTHS})) + ")"
    r"|(?<=[1-4])[qh](?![a-z])|[0-9]?(?:st|nd|rd|th)(?![a-z])"
    r"|[0-9]{0,3}\s*(?:a\.d|b\.c|c\.e)\.|[0-9]{0,3}[-–][0-9]{1,4} ?(?:a\.d|b\.c|c\.e)\.")   # "44 B.C.", "32-31 B.C."
# (undotted eras are key words)
_NOT_A_DATE_NUMBER_REST = r"[0-9]*(?:,[0-9]{3}|%| ?percent)"   # 30,000, 4%, 4 percent


_NUMBER_WORD = re.compile(r"[0-9]+(?:[./][0-9]+)?")   # 30, 2.5, 1/2
_KINDS: dict = {}   # reversed word -> its _step_kind (words repeat: "the", "of", "last"...)


def _step_kind(reversed_word: str, modifiers: frozenset) -> Optional[str]:
    """What a word before a key word is: None (no part of an expression: stop stepping back),
    "number", "inside" (a modifier that never begins one: "of") or "modifier"."""
    kind = _KINDS.get(reversed_word, "")
    if kind != "":
        return kind
    word = reversed_word[::-1].strip(".'’")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    kind = (None if not word else "number" if _NUMBER_WORD.fullmatch(word) else
            None if word not in modifiers else "inside" if word in NEVER_FIRST else "modifier")
    if len(_KINDS) < 10000:
        _KINDS[reversed_word] = kind
    return kind


def candidate_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Ascending positions in text[start:end] where an expression may begin."""
    end = len(text) if end is None else end
    modifiers, capitalized = _compiled()[2:]
    low = lower_letters(" " + text[start:end])   # (positions count from 1)
    rlow, n = low[::-1], len(low)
    starts: list[int] = []
    keys: set = set()   # the key words' starts, stepped back from already
    key_hits, number_starts = scan(low)
    for a, word in key_hits:
        if word in capitalized and text[start + a - 1].islower():
            continue
        starts.append(a)
        _step_back(rlow, n, a, False, modifiers, starts, keys)
        keys.add(a)
    for a in number_starts:
        b = a
        while b > 0 and (low[b - 1].isalpha() or low[b - 1] in "'’"):
            b -= 1   # "Q3", "'80s", "FY1990": begin at the word's start
        if b < a:
            starts.append(b)
        starts.append(a)
        _step_back(rlow, n, b, True, modifiers, starts, keys)
    return [start - 1 + pos for pos in sorted(set(starts))]


def _step_back(rlow: str, n: int, b: int, number: bool, modifiers: frozenset, starts: list,
               keys: set):
    """Add to `starts` each modifier word up to MAX_BACK words before position b ("the end of
    next month"), read from the reversed text `rlow`. At a key word in `keys` it stops: that
    key's own steps went as far back (or farther: they go on past numbers)."""
    for _ in range(MAX_BACK):
        m = _WORD_BEFORE.match(rlow, n - b)   # the previous word
        if not m:
            return
        kind = _step_kind(m.group(1), modifiers)
        if kind is None or (kind == "number" and number):
            return   # a number before a key word may begin it ("30 days"), not before a number
        b = n - m.end()
        if kind != "inside":
            starts.append(b)
        if b in keys:
            return
