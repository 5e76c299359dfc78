"""Each language pack's table of cases (tests/packs/<code>.txt): sentence, expected expressions.

A case file gives the publication date on a `dct` line, then one case a line:
`sentence | text=value; text=value` (or `| -` when the sentence holds no date). Every
expression must be found with exactly that text and value, and nothing else.
"""
from pathlib import Path

import pytest

import timeline
from timeline import lang
from timeline.lang import pack as P
from timeline.lang.tagger import RULES, _tables, compiled

CASES = Path(__file__).parent / "packs"


def _cases():
    for path in sorted(CASES.glob("*.txt")):
        dct = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("dct "):
                dct = line.split()[1]
                continue
            sentence, expected = (part.strip() for part in line.rsplit("|", 1))
            pairs = [] if expected == "-" else [tuple(item.strip().rsplit("=", 1))
                                                for item in expected.split(";")]
            yield pytest.param(path.stem, dct, sentence, pairs, id=f"{path.stem}:{number}")


@pytest.mark.parametrize("code,dct,sentence,expected", list(_cases()))
def test_case(code, dct, sentence, expected):
    found = [(t.text, t.value) for t in timeline.tag(sentence, dct, lang=code)]
    assert found == expected


def test_every_pack_has_its_cases():
    counts = {code: sum(1 for c in _cases() if c.values[0] == code) for code in lang.PACKS}
    assert all(n >= 80 for n in counts.values()), counts


@pytest.mark.parametrize("code", lang.PACKS)
def test_every_word_of_a_pack_types_its_field(code):
    """Each table's words read back as the typed value the resolver expects (no word maps to
    None, no unit or relation outside the known ones)."""
    pack = lang.load(code)
    compiled(pack)
    for name, table in _tables(pack).items():
        for word, value in table.items():
            if name in ("unit", "units"):
                assert value in P.UNITS, (word, value)
            elif name.startswith("rel") or name.startswith("yr_") or name == "this":
                assert value in P.RELATIONS, (word, value)
            elif name == "count":
                assert value is None or value > 0, (word, value)
            else:
                assert value is not None, (name, word)


def test_every_rule_has_a_resolver():
    from timeline.lang.resolver import RESOLVERS
    assert {rule.name for rule in RULES} <= set(RESOLVERS)
