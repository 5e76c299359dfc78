"""The fast tagger (candidate positions from key words) equals the exhaustive scan."""
from hypothesis import example, given, settings, strategies as st

from timeline.finder import find_timexes
from timeline.finder.keys import candidate_starts, trie_regex

from test_cases import CASES, NOT_DATES

import re

SENTENCES = [c[0] for c in CASES] + [t for t, _ in NOT_DATES]
WORDS = ["the", "last", "next", "this", "of", "early", "late", "mid", "in", "on", "a", "three",
         "30", "2025", "March", "May", "may", "Thursday", "day", "days", "week", "year", "ago",
         "later", "quarter", "second", "half", "first", "every", "now", "recent", "years",
         "Christmas", "Eve", "morning", "10", "a.m.", "p.m.", "'90s", "1990s", "Q3", "-", ",",
         ".", "mid-2017", "Feb.", "26", "13/03/2025", "2019-12-27", "today", "$", "30,000",
         "percent", "fiscal", "the past", "coming", "months", "nineteen", "ninety-six", "noon",
         "9.9", "99", "3rd", "15th", "cents", "million", "10:30", "8.30", "12.03.2020", "1/2",
         "Sept", "Americans", "2-3", "to", "or", "1/2", "two to three", "2001-2005", "1990-91",
         "AD", "BC", "B.C.", "476", "-", "for", "a while", "some time", "years", "a long"]


def _spans(text, exhaustive):
    return [(t.start, t.end, t.rule, t.fields) for t in find_timexes(text, exhaustive=exhaustive)]


def test_fast_equals_exhaustive_on_the_case_table():
    text = " ".join(SENTENCES)
    assert _spans(text, False) == _spans(text, True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_fast_equals_exhaustive_on_word_salad(words):
    text = " ".join(words)
    assert _spans(text, False) == _spans(text, True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_fast_equals_exhaustive_on_any_text(text):
    assert _spans(text, False) == _spans(text, True)


def test_offsets_with_start_and_end():
    text = "Header. Talks on Friday. Footer on Monday."
    found = find_timexes(text, 8, 24)
    assert [(t.text, t.start) for t in found] == [("Friday", 17)]
    assert all(8 <= p < 24 for p in candidate_starts(text, 8, 24))


def test_counts_and_decimals_are_no_candidates():
    text = "It paid 99 cents, or 9.9 million, to 12 Americans on 3 March at 10:30 on 5.6.2020."
    starts = {p for p in candidate_starts(text)}
    assert not starts & {text.index(s) for s in ("99", "9.9", "12")}
    assert {text.index(s) for s in ("3 March", "10:30", "5.6.2020")} <= starts


def test_trie_regex_matches_exactly_the_words():
    words = ["day", "days", "daily", "decade", "dec", "now"]
    pattern = re.compile(f"(?:{trie_regex(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["da", "dayss", "decad", "no", "x"])


def test_first_words_reads_the_pattern():
    from timeline.finder.prefix import first_words
    assert first_words(r"(?i:the)\s+x") == {"the"}
    assert first_words(r"(?:mid|late)?[\s-]*[0-9]{4}") == {"", "mid", "late"}
    assert first_words(r"(?<!\w)(?:Q|FY)[0-9]") == {"q", "fy"}
    assert first_words(r"(?:a|an)\s+(?:hour|day)s?") == {"a", "an"}
    assert first_words(r"early(?:[\s-]*)(?:May|June)") == {"early", "earlymay", "earlyjune"}
    assert first_words(r".x") is None and first_words(r"[A-Z][a-z]+") is None


def test_prefixes_read_two_words():
    from timeline.finder.prefix import next_word, prefixes, word_at
    assert prefixes(r"(?i:the)\s+(?:third|fourth)\s+quarter", 2) == {("the", "third"),
                                                                   ("the", "fourth")}
    assert prefixes(r"(?:the\s+)?[0-9]{4}s", 2) == {("the", "s"), ("", "s")}
    assert prefixes(r"the(?:\s+end)?", 2) == {("the", None), ("the", "end")}   # None: any word
    assert prefixes(r"the\s+\w+", 2) is None
    assert (word_at("in The 1990s, x", 3), next_word("in The 1990s, x", 3)) == ("the", "s")
    assert (word_at("1998.", 0), next_word("1998.", 0)) == ("", "")
    assert next_word("1/2/3-4-5.6.7:8 " * 10, 0) is None   # not read that far: any word


def test_a_long_gap_after_the_first_word_still_finds_the_rule():
    text = "in the" + " " * 50 + "third quarter"
    assert [t.rule for t in find_timexes(text)] == ["quarter"]


def test_alternations_are_tries_that_prefer_the_longest_word():
    from timeline.finder.patterns import alt
    pattern = re.compile(alt(["day", "days", "daybreak", "the day before"]) + "$")
    assert all(pattern.match(w) for w in ["day", "days", "daybreak", "the  day\nbefore"])
    assert not pattern.match("da")
    assert re.match(alt(["day", "days"]), "days").group() == "days"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_every_rule_match_begins_with_one_of_its_first_words(words):
    """The tagger tries at a position only the rules that can begin with the word there: check
    that against each rule's own regex, searched anywhere in the text."""
    from timeline.lang.en.rules import RULES
    from timeline.finder.prefix import first_words
    text = " ".join(words)
    for rule in RULES:
        allowed = first_words(rule.pattern)
        for m in re.finditer(rule.pattern, text):
            if m.end() > m.start():
                word = re.match("[A-Za-z]*", m.group()).group().lower()
                assert allowed is None or word in allowed, (rule.name, m.group())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_every_rule_match_begins_with_one_of_its_first_two_words(words):
    """As above, for the table by first and second word ("the" + "third")."""
    from timeline.lang.en.rules import RULES
    from timeline.finder.prefix import next_word, prefixes, word_at
    from timeline.finder.tagger import _edged
    text = " ".join(words)
    for rule, edged in zip(RULES, _edged()):   # (held to word edges, as the tagger holds them)
        for m in edged.finditer(text):
            first, second = word_at(text, m.start()), next_word(text, m.start())
            # (a rule with no short list of pairs in all has one after its first word)
            allowed = prefixes(rule.pattern, 2) or prefixes(rule.pattern, 2, first)
            if m.end() > m.start() and allowed is not None:
                assert (first, None) in allowed or (first, second) in allowed, (rule.name,
                                                                                m.group())


def test_prefixes_after_a_first_word_are_those_of_all_that_begin_with_it():
    from timeline.finder.prefix import first_words, prefixes
    from timeline.lang.en.rules import RULES

    assert prefixes(r"(?:the|an?)\s+(?:next|last)\s+x", 2, "the") == {("the", "next"),
                                                                       ("the", "last")}
    assert prefixes(r"(?:the|an?)\s+x", 2, "th") == frozenset()   # no match begins "th "
    assert prefixes(r"the(?:\s+end)?", 2, "the") == {("the", None), ("the", "end")}
    checked = 0
    for rule in RULES:
        pairs = prefixes(rule.pattern, 2)
        for first in sorted(first_words(rule.pattern) or ())[:40] if pairs else ():
            assert prefixes(rule.pattern, 2, first) == {p for p in pairs if p[0] == first}
            checked += 1
    assert checked > 300
    long = {rule.name: rule for rule in RULES if prefixes(rule.pattern, 2) is None}
    for name in ("duration", "month_day"):   # too many pairs in all, a short list after a word
        words = sorted(first_words(long[name].pattern))
        assert len(words) > 50
        assert all(prefixes(long[name].pattern, 2, word) for word in words[:60]), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab9 .,$€'’-\n\t", max_size=60), st.integers(min_value=0, max_value=60))
def test_word_before_reads_backwards_what_the_plain_search_reads(text, start):
    """The context checks' word before a match: one match on the reversed text (fast) gives
    what a search of the plain 40 characters before gives (its definition)."""
    from timeline.lang.en.checks import _WORD_BEFORE, _word_before

    start = min(start, len(text))
    m = _WORD_BEFORE.search(text[max(0, start - 40):start])
    assert _word_before(text, start) == (m.group(1) if m else "")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="AZaz İK\u212a’'É9", max_size=20))
def test_lower_letters_lowers_a_to_z_and_keeps_every_other_character_off_ascii(text):
    """The key scan reads str.lower()'s output (fast) as if only A-Z were lower-cased."""
    from timeline.finder.keys import ASCII_LOWER, lower_letters

    low, plain = lower_letters(text), text.translate(ASCII_LOWER)
    assert len(low) == len(text)
    assert all(a == b if b.isascii() else not a.isascii() for a, b in zip(low, plain))


def test_prefix_answers_kept_on_disk_equal_computed_ones(tmp_path, monkeypatch):
    from timeline.finder import prefix
    from timeline.lang.en.rules import RULES

    patterns = [rule.pattern for rule in RULES[:12]]

    def fresh(folder):
        monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
        monkeypatch.setattr(prefix, "_loaded", None)
        monkeypatch.setattr(prefix, "_used", {})
        prefix.prefixes.cache_clear()
        return [prefix.prefixes(p, k) for p in patterns for k in (1, 2)]

    computed = fresh(tmp_path)
    (tmp_path / "prefixes-0123456789abcdef.json").write_text("[]")   # an older version's
    prefix.save_cache()
    assert prefix.cache_file().exists()
    assert [p.name for p in tmp_path.glob("prefixes-*.json")] == [prefix.cache_file().name]
    assert fresh(tmp_path) == computed == [prefix._prefixes(p, k) for p in patterns for k in (1, 2)]
    assert prefix._loaded   # (the second round read them from the file)
    prefix.cache_file().write_text("not json")
    assert fresh(tmp_path) == computed   # a spoilt file is read as no file
    (tmp_path / "file").write_text("")
    assert fresh(tmp_path / "file" / "sub") == computed   # an unwritable place is no error
    prefix.save_cache()
    monkeypatch.chdir(tmp_path)
    assert fresh("relative") == computed and prefix.cache_file() is None   # nor a relative one
    prefix.save_cache()
    assert not (tmp_path / "relative").exists()
    prefix.prefixes.cache_clear()


def test_prefix_answers_of_several_processes_add_up_on_disk(tmp_path, monkeypatch):
    """Each process reads the second words after the first words its texts have; the file
    keeps every process's answers (for the patterns still in use)."""
    from timeline.finder import prefix

    pattern = r"(?:the|an?)\s+(?:next|last)\s+x"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))

    def process(*firsts):
        monkeypatch.setattr(prefix, "_loaded", None)
        monkeypatch.setattr(prefix, "_used", {})
        prefix.prefixes.cache_clear()
        answers = [prefix.prefixes(pattern, 2, first) for first in firsts]
        prefix.save_cache()
        return answers

    process("the")
    process("a")
    monkeypatch.setattr(prefix, "_loaded", None)
    assert set(prefix._stored()) == {(pattern, 2, "the"), (pattern, 2, "a")}
    assert prefix._stored()[(pattern, 2, "a")] == {("a", "next"), ("a", "last")}
    # a process whose rules have no such pattern any more drops its answers
    monkeypatch.setattr(prefix, "_used", {("other", 1, None): None})
    prefix.save_cache()
    monkeypatch.setattr(prefix, "_loaded", None)
    assert set(prefix._stored()) == {("other", 1, None)}
    prefix.prefixes.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["o'clock", "day's", "mayor", "today", "’90s", "é",
                                         "İ", "—", "’", "'", "2020", "x", "\n", "(", "“",
                                         "1", "$", "3.5", "Q3", "FY1990", "1-2", "١٢", "😀"]),
                max_size=30),
       st.lists(st.sampled_from(["", " ", "", "'", "’", "-", "9", "é"]), max_size=30))
def test_the_key_scan_finds_what_the_regexes_find(words, glue):
    """pyahocorasick reads the key words, and the number regex is tried only at runs of digits
    (fast); the regexes over the whole text, their definition, read the same."""
    from timeline.finder.keys import _automaton, lower_letters, scan

    assert _automaton() is not None   # (installed with timeline: the speed depends on it)
    text = "".join(w + (glue[i] if i < len(glue) else " ") for i, w in enumerate(words))
    low = lower_letters(" " + text)
    assert scan(low) == scan(low, regex=True)


def test_threads_tag_alike_while_the_rules_table_grows(tmp_path, monkeypatch):
    """A Dask DataFrame tags its partitions in threads of one process: the rules table built on
    first use and its answers saved to disk must give each thread what one thread gets."""
    from concurrent.futures import ThreadPoolExecutor
    from timeline.finder import prefix, tagger

    texts = [f"{w} {n} days after the {m} 5 talks, {n} weeks on" for w in WORDS[:40]
             for n, m in (("two", "May"), ("30", "June"), ("a", "Jan."))]
    expected = [[(t.start, t.end, t.rule) for t in find_timexes(x)] for x in texts]
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefix, "_loaded", None)
    monkeypatch.setattr(prefix, "_used", {})
    prefix.prefixes.cache_clear()
    tagger._rules_table.cache_clear()
    try:
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda x: [(t.start, t.end, t.rule) for t in find_timexes(x)],
                                texts * 3))
    finally:
        tagger._rules_table.cache_clear()
        prefix.prefixes.cache_clear()
    assert got == expected * 3
    assert prefix.cache_file().exists()


def test_a_table_of_figures_is_read_as_news_is():
    """Many runs of digits close together: the number regex searches the rest of the text
    itself (keys.DENSE_RUNS); the starts it finds are the same."""
    from timeline.finder.keys import DENSE_RUNS, lower_letters, scan

    table = "Q1 2024 | 1,234.5 | 12.3% | 45 | $2019 | 3/4/2024 | 10:30\n" * (DENSE_RUNS // 4)
    for lead in range(16):   # (the run where the search takes over falls on each figure)
        text = "7 " * lead + table + "Sales rose on March 3, 1999 and in the 1990s.\n" + table
        low = lower_letters(" " + text)
        assert scan(low) == scan(low, regex=True), lead
    assert len(scan(low)[1]) > DENSE_RUNS


def test_a_calendar_shift_knows_each_unit_and_never_makes_an_unknown_one_a_year():
    from datetime import date
    import pytest
    from timeline.resolve import _shift
    base = date(2025, 4, 9)
    expected = {"day": ("2025-04-10", "day"), "night": ("2025-04-10TNI", "day"),
                "morning": ("2025-04-10TMO", "day"), "week": ("2025-W16", "week"),
                "fortnight": ("2025-W16", "week"), "weekend": ("2025-W16-WE", "weekend"),
                "month": ("2025-05", "month"), "quarter": ("2025-Q3", "quarter"),
                "year": ("2026", "year"), "decade": ("203", "decade"),
                "century": ("21", "century")}
    for unit, value in expected.items():
        assert _shift(unit, base, 1) == value, unit
    for unknown in ("semester", "years", "fortnights", "jahr"):
        with pytest.raises(ValueError):
            _shift(unknown, base, 1)


def test_relation_and_direction_words_are_typed_and_an_unknown_one_is_an_error():
    import pytest
    from timeline.lang.pack import FUTURE, LAST, NEXT, PAST, THIS
    from timeline.lang.en import vocab
    from timeline.resolve import _relation, _step, _year_step
    assert _relation("this  past") == (THIS, PAST)
    assert _relation("Last") == (LAST, PAST)
    assert _relation("this coming") == (THIS, FUTURE)
    assert _relation(None) == (None, None)
    assert [_year_step(w) for w in ("this", "last", "next")] == [0, -1, 1]
    assert [_step(w) for w in ("before", "Earlier", "after", "later", "from")] == [-1, -1, 1, 1, 1]
    assert {which for which, _ in vocab.RELATIONS.values()} == {THIS, LAST, NEXT}
    for unknown in ("yonder", "letzten", "the"):
        with pytest.raises(KeyError):
            _relation(unknown)
    with pytest.raises(KeyError):
        _step("ago")


def test_a_bare_weekday_named_again_is_the_same_day():
    import timeline
    text = ("Rovers will host Castleton on Saturday. Tickets for Saturday's match sold out "
            "within two hours on Monday.")
    found = [(t.text, t.value) for t in timeline.tag(text, "2026-05-14")]
    assert found == [("Saturday", "2026-05-16"), ("Saturday", "2026-05-16"),
                     ("two hours", "PT2H"), ("Monday", "2026-05-11")]
    text = "He resigned last Saturday. The vote is on Saturday."   # (a relation word: its own)
    assert [t.value for t in timeline.tag(text, "2026-05-14")] == ["2026-05-09", "2026-05-16"]


TABLE_WORDS = ["in", "into", "inside", "in front of", "on", "once", "at", "as of", "as early as",
               "May", "may be", "Mr", "Mrs", "of", "off", "o'clock", "U.S.", "a", "an", "and"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TABLE_WORDS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(TABLE_WORDS + ["x", "the", "IN", "  ", "As  Of"]), max_size=12),
       st.booleans())
@example(["May", "may be"], ["may be"], True)   # (case twins: a trie would try "May" first)
def test_a_table_alternation_matches_as_its_longest_first_list(table, words, ignore_case):
    """joiners.alternation (a trie, or a flat list for case twins) finds what the flat
    longest-first alternation finds, at the same places, with or without re.I."""
    from timeline.joiners import alternation
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(table), key=len, reverse=True))
    flags = re.I if ignore_case else 0
    text = " ".join(words)
    for shape in (r"\b(?:{})\b", r"(?:{})\s+", r"(?:{})$"):
        made = re.compile(shape.format(alternation(table)), flags)
        want = re.compile(shape.format(flat), flags)
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_a_table_alternation_is_a_trie_but_for_case_twins():
    from timeline.joiners import alternation
    assert alternation(["in", "into", "inside"]) == "in(?:(?:side|to))?"
    assert alternation(["May", "may be"]) == r"may\s+be|May"   # (flat: re.I order kept)
