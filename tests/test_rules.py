"""Each English recognition rule's own examples (lang/en/rules.py: Rule.examples) as test rows:
the expression is found with exactly that text and value, by that rule (a range rule's halves
by the rule it is split into), and every rule has at least one example."""
import pytest

import timeline
from timeline.finder import tagger
from timeline.lang.en.rules import EXAMPLE_DCT, RULES

_SPLIT = {"era_year_range": "era_year", **{a: b + "_year" for a, b in tagger._RANGES.items()}}


def _rows():
    for rule in RULES:
        for n, example in enumerate(rule.examples):
            sentence, expected = (part.strip() for part in example.rsplit("|", 1))
            text, value = expected.rsplit("=", 1)
            yield pytest.param(rule.name, sentence, text, value, id=f"{rule.name}-{n}")


@pytest.mark.parametrize("name,sentence,text,value", list(_rows()))
def test_rule_example(name, sentence, text, value):
    found = [(t.text, t.value, t.rule) for t in timeline.tag(sentence, EXAMPLE_DCT)]
    assert (text, value, _SPLIT.get(name, name)) in found, found


def test_every_rule_has_an_example():
    assert [rule.name for rule in RULES if not rule.examples] == []


def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
