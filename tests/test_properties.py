"""Property tests: any text, any DCT (years 1-9999): never raise, offsets and values sound."""
import os
from datetime import date

from hypothesis import HealthCheck, example, given, settings, strategies as st

import timeline
from timeline import values as V
from timeline.ingest import from_text

from test_tagger import WORDS

DATEISH = WORDS + ["Feb. 30", "June 31st", "the year 99999", "0000-00-00", "32/13/2020",
                   "9999-12-31", "0001-01-01", "Dec. 31, 9999", "Jan. 1, 0001", "next year",
                   "last decade", "the 1st century", "two thousand years ago", "99999 years",
                   "10000 days later", "Q5", "25:61", "13 p.m.", "the 0s", "every 0 days"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(DATEISH), max_size=30).map(" ".join),
    st.lists(st.one_of(st.sampled_from(DATEISH), st.text(max_size=8)), max_size=20).map(" ".join),
)
dcts = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(texts, dcts)
def test_tag_never_raises_and_is_sound(text, dct):
    for t in timeline.tag(text, published=dct):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert V.is_well_formed(t.value), t.value
        assert 0 <= t.confidence <= 1


@SETTINGS
@given(texts, dcts)
@example("1Q", date(2, 1, 1))   # (a quarter a year before a DCT in year 2: no date below 1)
@example('A"Thursday tODAY', date(4176, 2, 7))   # (not a span "to" "DAY": two days)
def test_build_never_raises_and_dates_lie_in_their_values(text, dct):
    if not text.strip():
        return
    tl = timeline.build([from_text(text, "doc", dct)])
    for e in tl.events:
        if e.date is None:
            assert V.undated(e.value)
            continue
        first, last, _ = V.value_span(e.value)
        assert first <= e.date <= e.end_date <= last
        assert e.date == first and e.end_date == last
    tl.csv()
    import json
    json.loads(tl.json())


@settings(max_examples=100, deadline=None)
@given(texts)
def test_without_a_dct_nothing_raises(text):
    if text.strip():
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            timeline.tag(text)


def _year_phrase(year: int) -> str:
    return f"{1 - year} BC" if year <= 0 else (f"AD {year}" if year < 1000 else str(year))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=-9998, max_value=9999), max_size=6))
def test_every_output_of_any_mix_of_years_succeeds(tmp_path_factory, years):
    from timeline import export

    text = " ".join(f"The city was rebuilt in {_year_phrase(y)}." for y in years) or "Nothing."
    tl = timeline.build([from_text(text, "doc", date(2020, 1, 1))])
    assert len(tl.dated) == len(set(years)) or len(tl.dated) <= len(years)
    tl.figure()
    tl.html()
    tl.json()
    tl.timelinejs()
    tl.to_frame()
    export.timeml("doc", text, 0, "2020-01-01", timeline.tag(text, "2020-01-01"))
    path = tmp_path_factory.mktemp("csv") / "events.csv"
    tl.to_csv(path)
    again = timeline.Timeline.from_csv(path)
    assert again.events == tl.events
    again.html()


def _pack_words(code: str) -> list:
    """Every phrase of a language pack's tables, with numbers, punctuation and odd dates."""
    from dataclasses import fields

    from timeline import lang
    pack = lang.load(code)
    words = []
    for f in fields(pack):
        table = getattr(pack, f.name)
        if isinstance(table, (dict, tuple)):
            words += [w for w in table if isinstance(w, str)]
    return words + ["0", "1", "31", "32", "99", "2005", "9999", "0001", "12:30", "25:61", "10.30",
                    "15/03/2024", "31.02.2020", ",", ".", "(", "\n", "XIX", "XL", "1er", "3."]


PACK_EXAMPLES = int(os.environ.get("PACK_EXAMPLES", 300))
PACK_TEXTS = {code: st.lists(st.sampled_from(_pack_words(code)), max_size=25).map(" ".join)
              for code in ("es", "fr", "de", "it", "pt")}


@settings(max_examples=PACK_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PACK_TEXTS)), st.data(), dcts)
def test_every_pack_never_raises_and_is_sound(code, data, dct):
    text = data.draw(PACK_TEXTS[code])
    for t in timeline.tag(text, published=dct, lang=code):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert V.is_well_formed(t.value), (t.text, t.value)
        assert 0 <= t.confidence <= 1
