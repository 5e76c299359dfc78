"""The fast tagger (candidate positions from key words) equals the exhaustive scan."""
from hypothesis import given, settings, strategies as st

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
         "percent", "fiscal", "the past", "coming", "months", "nineteen", "ninety-six", "noon"]


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


def test_trie_regex_matches_exactly_the_words():
    words = ["day", "days", "daily", "decade", "dec", "now"]
    pattern = re.compile(f"(?:{trie_regex(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["da", "dayss", "decad", "no", "x"])


def test_first_chars_reads_the_pattern():
    from timeline.finder.tagger import first_chars
    assert first_chars(r"(?i:the)\s+x") == set("tT")
    assert first_chars(r"(?:a|b)?[0-9]") == set("ab0123456789")
    assert first_chars(r"(?<!\w)(?=x)Q") == {"Q"}
    assert first_chars(r".x") is None and first_chars(r"\w+") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_every_rule_match_begins_with_one_of_its_first_chars(words):
    """The tagger tries at a position only the rules that can begin with its character: check
    that against each rule's own regex, searched anywhere in the text."""
    from timeline.finder.rules import RULES
    from timeline.finder.tagger import first_chars
    text = " ".join(words)
    for rule in RULES:
        allowed = first_chars(rule.pattern)
        for m in re.finditer(rule.pattern, text):
            if m.end() > m.start():
                assert allowed is None or text[m.start()] in allowed, (rule.name, m.group())
