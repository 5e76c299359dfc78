"""The temporal-awareness scorer of benchmarks/semeval2015.py (SemEval-2015 Task 4)."""
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import temporal_awareness as ta  # noqa: E402

GOLD = """Airbus
0\tXXXX-XX-XX\t1-2-owned
1\t2003-XX-XX\t2-11-sold
2\t2005-01-18\t3-0-launches\t3-2-unveiled
2\t2005-01-18\t3-5-project
3\t2005-06-13\t4-2-won\t4-0-wins
4\t2006-10-05\t5-2-compensated
"""
CORPORA = ROOT.parent / "shared" / "data" / "semeval2015-timeline" / "SemEval_Task4_data"


def test_gold_against_itself_is_perfect():
    gold = ta.read_timeline(GOLD)
    s = ta.score(gold, gold)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_a_truncated_timeline_is_precise_but_recalls_less():
    gold = ta.read_timeline(GOLD)
    s = ta.score(gold[:3], gold)
    assert s.precision == 1.0 and 0 < s.recall < 1


def test_a_reversed_order_loses_exactly_its_before_links():
    gold = ta.read_timeline(GOLD)
    flipped = [e._replace(rank=10 - e.rank) for e in gold]
    links = ta.relations(gold)
    befores = sum(1 for _, rel, _ in links if rel == ta.BEFORE)
    s = ta.score(flipped, gold)
    assert befores == 4 and s.precision == s.recall == (len(links) - befores) / len(links)


def test_closure_reads_what_the_links_imply():
    c = ta.Closure({("a", ta.BEFORE, "b"), ("b", ta.BEFORE, "c"), ("date:2005", ta.INCLUDES, "a"),
                    ("a", ta.SIMULTANEOUS, "d")})
    assert c.holds(("a", ta.BEFORE, "c")) and c.holds(("d", ta.BEFORE, "c"))
    assert c.holds(("date:2005", ta.INCLUDES, "d")) and not c.holds(("c", ta.BEFORE, "a"))
    assert not c.holds(("a", ta.BEFORE, "zzz"))


def test_writing_and_reading_a_timeline_round_trips():
    gold = ta.read_timeline(GOLD)
    assert ta.read_timeline(ta.write_timeline("Airbus", gold)) == gold


@pytest.mark.skipif(not CORPORA.is_dir(), reason="the SemEval-2015 data is not here")
def test_real_gold_timelines_score_as_expected():
    for path in sorted((CORPORA / "corpus_1" / "TimeLines_Gold_Standard").glob("*.txt"))[:4]:
        gold = ta.read_timeline(path.read_text(encoding="utf-8"))
        assert ta.score(gold, gold).f1 == 1.0
        half = ta.score(gold[: len(gold) // 2], gold)
        assert half.precision == 1.0 and half.recall < 1.0
        if len({e.rank for e in gold}) > 1:
            top = max(e.rank for e in gold)
            reversed_ = [e._replace(rank=top - e.rank) for e in gold]
            assert ta.score(reversed_, gold).f1 < 1.0


# --about (timeline/about.py)
def test_names_an_entity_goes_by():
    from timeline.about import names_of
    assert set(names_of("Boeing 787 Dreamliner")) == {"Boeing 787 Dreamliner", "787",
                                                      "Dreamliner"}
    assert "USAF" in names_of("United States Air Force")
    assert "Airlines" not in names_of("Singapore Airlines")
    assert names_of("Louis Gallois")[-1] in ("Gallois", "LG")


def test_about_keeps_the_events_of_one_entity(tmp_path):
    import timeline
    from timeline.ingest import from_text
    from datetime import date
    day = date(2008, 3, 1)
    docs = [from_text("Airbus delivered its first A380 on October 15, 2007. Boeing delayed "
                      "the 787 on January 16, 2008.\n", "a.txt", day),
            from_text("On February 29, 2008, Northrop Grumman and EADS defeated Boeing for "
                      "the tanker contract.\n", "b.txt", day)]
    tl = timeline.build(docs)
    assert [e.value for e in tl.about("Boeing").events] == ["2008-01-16", "2008-02-29"]
    assert [e.value for e in tl.about("Airbus A380").events] == ["2007-10-15"]
    assert timeline.build(docs, about=["Airbus"]).title.startswith("Airbus: 1 event from 1 story")
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(ROOT / "tests" / "data" /
                        "kestrel"), "--about", "Norvane Lines"], capture_output=True, text=True)
    assert r.returncode == 0 and "Norvane Lines diverted" in r.stdout


def test_references_follow_an_entity_into_the_next_sentences():
    from timeline.about import references
    text = ("Airbus delivered the jet. The planemaker said it was late. Rain fell. Snow fell. "
            "The company closed.")
    spans = [(0, 25), (26, 58), (59, 69), (70, 80), (81, 100)]
    found = [text[a:b] for a, b in references(text, "Airbus", spans)]
    assert found == ["Airbus", "The planemaker", "it"]   # (not "The company": 3 sentences on)


def test_group_by_about_gives_each_entity_its_lanes(tmp_path):
    import timeline
    from timeline.ingest import from_text
    from datetime import date
    day = date(2008, 3, 1)
    docs = [from_text("Airbus delivered its first A380 on October 15, 2007. Boeing delayed "
                      "the 787 on January 16, 2008.\n", "a.txt", day)]
    tl = timeline.build(docs, about=["Airbus", "Boeing"])
    assert tl.entities == ("Airbus", "Boeing")
    fig = tl.figure(group_by="about")
    assert {"Airbus", "Boeing"} <= {t.name for t in fig.data}
    with pytest.raises(timeline.TimelineError):
        timeline.build(docs).figure(group_by="about")
    src = tmp_path / "a.txt"
    src.write_text(docs[0].text, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(src), "-p", "2008-03-01",
                        "--group-by", "about", "--html", str(tmp_path / "x.html")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "--about ENTITY" in r.stderr
