"""SemEval-2015 Task 4: the temporal-awareness scorer of benchmarks/semeval2015.py, --about, every happening and the task's timeline format."""
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
    assert "AA" not in names_of("Airbus A380")   # (initials of words, not of a model code)
    # a company's own word before generic ones is its short name, unless it names a place
    assert "Northwind" in names_of("Northwind Air") and "Acme" in names_of("Acme Corp")
    assert "Singapore" not in names_of("Singapore Airlines")
    assert "General" not in names_of("General Motors")


@pytest.mark.parametrize("entity, text, named", [
    ("Frederick Henderson", "Fritz Henderson said GM would cut jobs.", "Fritz Henderson"),
    ("Frederick Henderson", "Frederick A. Henderson took over.", "Frederick A. Henderson"),
    ("Jim Press", "James Press left Toyota.", "James Press"),
    ("Alan Mulally", "Al Mulally spoke.", "Al Mulally"),
    ("Daimler Chrysler", "DaimlerChrysler sold the unit.", "DaimlerChrysler"),
    ("Daimler Chrysler", "Daimler-Chrysler sold the unit.", "Daimler-Chrysler"),
    ("DaimlerChrysler", "Daimler Chrysler sold the unit.", "Daimler Chrysler"),
    ("Robert Gates", "Bill Gates spoke.", None),   # (the table gives "bill" to William too)
    ("Bill Gates", "Robert Gates spoke.", None),
    ("Louis Gallois", "Louise Gallois spoke.", None),   # (no nickname longer than the name)
    ("General Motors", "Generalmotors", None),
])
def test_a_name_is_found_in_its_other_forms(entity, text, named):
    from timeline.about import pattern
    found = pattern(entity, False).search(text)
    assert (found and found.group()) == named


def test_about_a_person_finds_the_stories_that_use_a_nickname():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    docs = [from_text("GM chief executive Fritz Henderson resigned on Tuesday. Henderson had "
                      "led the company since March.\n", "gm.txt", date(2009, 12, 3))]
    about = timeline.build(docs, about=["Frederick Henderson"]).about("Frederick Henderson")
    assert "resigned" in {e.trigger for e in about.events}


def test_a_makers_name_before_a_model_number_names_the_model():
    from timeline.about import pattern
    found = [m.group() for m in pattern("Boeing").finditer(
        "Aeroflot bought 22 Boeing 787s. Boeing's 777 sells well. Boeing said on Monday.")]
    assert found == ["Boeing"]   # (the last: "Boeing 787s", "Boeing's 777" are the planes)
    assert pattern("Airbus").search("an Airbus A320 landed") is None
    assert pattern("Airbus A380").search("the Airbus A380 flew")


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


def test_a_happening_about_a_person_lists_the_whole_name_once():
    import timeline
    text = ("Mayor Irene Sandvik ordered an inquiry on Monday. Sandvik told reporters that she "
            "would not resign. Sandvik met the families.\n")
    tl = timeline.build(text, "2026-03-18", about=["Sandvik"])
    assert tl.events and all(e.who.count("Irene Sandvik") == 1 and "Sandvik" not in e.who
                             for e in tl.events), [e.who for e in tl.events]


def test_an_entity_no_event_is_about_is_told_with_the_names_close_to_it(tmp_path):
    import timeline
    from timeline.ingest import from_text
    from datetime import date
    docs = [from_text("Airbus delivered its first A380 on October 15, 2007. Boeing delayed "
                      "the 787 on January 16, 2008.\n", "a.txt", date(2008, 3, 1))]
    tl = timeline.build(docs, about=["Boing", "Airbus", "Zeppelin"])
    assert tl.missing == (("Boing", ("Boeing",)), ("Zeppelin", ()))
    assert timeline.build(docs, about=["Airbus"]).missing == ()
    told = [from_text("General Motors cut 2,000 jobs on Monday.\n", "g.txt", date(2008, 3, 1))]
    assert timeline.build(told, about=["GM"]).missing == (("GM", ("General Motors",)),)
    src = tmp_path / "a.txt"
    src.write_text(docs[0].text, encoding="utf-8")
    out = tmp_path / "x.csv"
    cli = [sys.executable, "-m", "timeline", "build", str(src), "-p", "2008-03-01"]
    r = subprocess.run(cli + ["--about", "Boing", "--about", "Airbus", "--csv", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "no event is about 'Boing'; did you mean 'Boeing'?" in r.stderr
    assert "Airbus" in out.read_text(encoding="utf-8")
    out.unlink()
    r = subprocess.run(cli + ["--about", "Boing", "--csv", str(out)], capture_output=True,
                       text=True)   # (nothing about any entity: an error, nothing written)
    assert r.returncode == 1 and "did you mean 'Boeing'?" in r.stderr and "Traceback" not in \
        r.stderr and not out.exists()


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


# every happening (timeline/happenings.py) and the task's format (timeline/semeval.py)
def _airbus_docs():
    from datetime import date
    from timeline.ingest import from_text
    day = date(2008, 3, 1)
    return [from_text("Airbus delivered its first A380 on October 15, 2007. Airbus shares fell "
                      "sharply. Airbus will announce a new plane.\n", "news/101.txt", day),
            from_text("Airbus shares fell again.\nBoeing won an order.\n", "news/102.txt", day)]


def test_every_happening_about_an_entity_is_dated_by_its_sentence_or_tense_or_not_at_all():
    import timeline
    docs = _airbus_docs()
    plain = timeline.build(docs)
    assert [e.trigger for e in plain.events] == ["delivered"]   # (the dated timeline as ever)
    built = timeline.build(docs, about=["Airbus"])
    by_word = {e.trigger: e for e in built.events}
    assert by_word["delivered"].value == "2007-10-15" and by_word["delivered"].anchor == "explicit"
    assert by_word["fell"].value == "2008-03-01" and by_word["fell"].anchor == "tense"
    assert by_word["announce"].value == "XXXX-XX-XX" and by_word["announce"].is_vague
    assert "won" not in by_word   # (no Airbus in its sentence)
    assert by_word["fell"].label.startswith("Airbus shares fell")
    falls = [e for e in built.events if e.trigger == "fell"]
    assert len(falls) == 2 and {e.source for e in falls} == {"news/101.txt", "news/102.txt"}


def test_a_semeval_timeline_is_one_entry_per_date_and_word_ranked_by_date():
    import timeline
    from timeline import semeval
    built = timeline.build(_airbus_docs(), about=["Airbus"])
    entries = semeval.entries(built.about("Airbus").events)
    assert entries[0] == semeval.Entry(0, "XXXX-XX-XX", ("101-2-announce",))
    dated = [e for e in entries if e.rank]
    assert [e.date for e in dated] == ["2007-10-15", "2008-03-01"]
    assert dated[1].mentions == ("101-1-fell", "102-0-fell")   # (two documents, one entry)
    text = built.semeval2015("Airbus")
    assert text.splitlines()[0] == "Airbus" and "1\t2007-10-15\t101-0-delivered" in text
    assert ta.read_timeline(text) == [ta.Entry(*e) for e in entries]
    assert [semeval.task_date(v) for v in ("2005-01-18T10:00", "2005-01", "2005", "2005-W03",
                                           "PAST_REF", "")] == [
        "2005-01-18", "2005-01-XX", "2005-XX-XX", "2005-01-XX", "XXXX-XX-XX", "XXXX-XX-XX"]
    assert semeval.file_name("Airbus A380") == "airbus_a380.txt"


def test_build_writes_semeval_timelines_and_says_what_it_needs(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    for doc in _airbus_docs():
        (src / doc.id.split("/")[1]).write_text(doc.text, encoding="utf-8")
    out = tmp_path / "out"
    run = [sys.executable, "-m", "timeline", "build", str(src), "-p", "2008-03-01"]
    r = subprocess.run(run + ["--about", "Airbus", "--about", "Boeing", "--semeval2015",
                              str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["airbus.txt", "boeing.txt"]
    assert "102-1-won" in (out / "boeing.txt").read_text(encoding="utf-8")
    r = subprocess.run(run + ["--semeval2015", str(out)], capture_output=True, text=True)
    assert r.returncode == 2 and "--about ENTITY" in r.stderr and "Traceback" not in r.stderr
    blocker = tmp_path / "file.txt"
    blocker.write_text("keep me", encoding="utf-8")
    r = subprocess.run(run + ["--about", "Airbus", "--semeval2015", str(blocker)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "not a folder" in r.stderr and "Traceback" not in r.stderr
    assert blocker.read_text(encoding="utf-8") == "keep me"


def test_a_headline_tells_the_day_it_was_published():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Airbus launches world's largest plane\nThe plane is the largest ever "
                    "built.\n", "n/7.txt", date(2005, 1, 18))
    assert doc.title == "Airbus launches world's largest plane"
    launches = next(e for e in timeline.build([doc], about=["Airbus"]).events
                   if e.trigger == "launches")
    assert launches.value == "2005-01-18" and launches.sentence_index == 0
    assert launches.who == ("Airbus",)   # (the subject of its word: no "Defense ministers")
    story = from_text("Airbus unveils a plane\nJanuary 18, 2005\nAirbus plans a launch party "
                      "for its new superjumbo in Toulouse.\nAirbus sells the jets to airlines. Airbus "
                      "believes demand will grow.\n",
                      "n/8.txt", date(2005, 1, 18))
    by_word = {e.trigger: e for e in timeline.build([story], about=["Airbus"]).events}
    assert by_word["plans"].value == "2005-01-18"   # (the lead: the day's news)
    assert by_word["sells"].value == "XXXX-XX-XX"   # (further on: undated)
    assert "believes" not in by_word   # (a state of mind is no happening: W.MINDS)


def test_a_short_name_means_the_entity_only_where_the_story_names_it_whole():
    import timeline
    from datetime import date
    from timeline.about import whole_names
    from timeline.ingest import from_text
    assert set(whole_names("Beatles Apple Corps")) >= {"Beatles Apple Corps", "Beatles Apple",
                                                       "Apple Corps"}
    assert "Apple" not in whole_names("Beatles Apple Corps")
    day = date(2006, 5, 8)
    docs = [from_text("Apple released a new iPod.\n", "n/1.txt", day),
            from_text("Apple Corps sued Apple over the logo.\n", "n/2.txt", day),
            from_text("Boeing said its 777 airliner landed in London. A 777 jet broke the "
                      "record.\n", "n/3.txt", day), from_text("A 777 jet broke down.\n", "n/4", day)]
    built = timeline.build(docs, about=["Beatles Apple Corps", "Boeing 777"])
    assert {e.source for e in built.about("Beatles Apple Corps").events} == {"n/2.txt"}
    assert {e.trigger for e in built.about("Boeing 777").events} == {"said", "landed", "broke"}
    assert {e.source for e in built.about("Boeing 777").events} == {"n/3.txt"}   # (not n/4)


def test_a_past_happening_is_dated_by_the_news_day_its_story_last_named():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Apple unveiled the phone on Monday. Later, Apple praised the design. "
                    "In 1985, Apple fired its founder. Apple hired a designer.\n", "n/9.txt",
                    date(2010, 6, 9))
    by_word = {e.trigger: e for e in timeline.build([doc], about=["Apple"]).events}
    assert by_word["unveiled"].value == "2010-06-07"
    assert by_word["praised"].value == "2010-06-07" and by_word["praised"].anchor == "tense"
    assert by_word["fired"].value == "1985"
    assert by_word["hired"].value == "2010-06-07"   # (1985 is no news day: Monday still is)


def test_the_verb_an_entity_is_the_subject_of_is_its_happening_however_far():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Airbus, the European aircraft maker based in Toulouse, has finally announced "
                    "a new plane. A spokesman for the rival firm Boeing in Chicago later "
                    "criticised it.\n", "n/5.txt", date(2010, 6, 9))
    words = {e.trigger for e in timeline.build([doc], about=["Airbus"]).events}
    assert "announced" in words and "criticised" not in words


def test_he_and_the_company_at_a_sentence_start_refer_to_the_entity_named_first_before():
    import timeline
    from datetime import date
    from timeline.about import is_person, opening_reference
    from timeline.ingest import from_text
    text = ("Steve Jobs unveiled the iPad. He called it magical. Jobs smiled. Acme Corp cut "
            "jobs. The company blamed costs. It is expected that prices rise.\n")
    assert is_person("Steve Jobs", text) and not is_person("Acme Corp", text)
    assert opening_reference("He called it", "Steve Jobs", True) == (0, 2)
    assert opening_reference("The company blamed", "Acme Corp", False) == (0, 11)
    assert opening_reference("He called it", "Acme Corp", False) is None
    assert opening_reference("The European planemaker said", "Airbus", False) == (0, 23)
    built = timeline.build([from_text(text, "n/6.txt", date(2010, 1, 28))],
                           about=["Steve Jobs", "Acme Corp"])
    assert "called" in {e.trigger for e in built.about("Steve Jobs").events}
    assert "blamed" in {e.trigger for e in built.about("Acme Corp").events}
    assert "rise" not in {e.trigger for e in built.events}   # ("It is expected": no one)


def test_a_sentences_happenings_under_one_label_are_shown_once():
    import timeline
    built = timeline.build("Chinese airlines agreed to purchase Boeing jets. Boeing rose. "
                           "Boeing will expand.\n", "2005-01-28", about=["Boeing"])
    words = [e.trigger for e in built.events]
    assert {"agreed", "purchase", "expand"} <= set(words)
    labels = [e.label for e in built.shown]
    assert len(labels) == len(set(labels)) < len(words)
    assert built.title.startswith(f"Boeing: {len(labels)} events")
    page = built.html(plotlyjs="cdn")
    assert page.count("<li>Boeing will expand <small>") == 1   # (listed as undated, once)
    assert "“”" not in page   # (a happening nothing dates has no expression to quote)


def test_a_sentences_happenings_on_one_date_are_shown_once_by_its_dated_event():
    import timeline
    built = timeline.build("The Velto V9, the largest jet, was set to land in Oslo on Monday "
                           "after a test flight.\n", "2007-03-21", about=["Velto V9"])
    monday = next(e.value for e in built.events if e.timex == "Monday")
    on_monday = [e for e in built.events if e.value == monday]
    assert len(on_monday) >= 2 and len({e.label for e in on_monday}) >= 2   # (in the CSV)
    shown = [e for e in built.shown if e.value == monday]
    assert len(shown) == 1 and shown[0].timex == "Monday"   # (the date's own event)


def test_an_empty_entity_is_an_error_not_everything(tmp_path):
    import timeline
    with pytest.raises(timeline.TimelineError, match="entity's name"):
        timeline.build("Airbus rose on Monday.", "2010-06-09", about=["  "])
    assert timeline.build("Airbus rose on Monday.", "2010-06-09",
                          about=[" Airbus  "]).entities == ("Airbus",)
    src = tmp_path / "a.txt"
    src.write_text("Airbus rose on Monday.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(src), "-p", "2010-06-09",
                        "--about", ""], capture_output=True, text=True)
    assert r.returncode == 2 and "entity's name" in r.stderr and "Traceback" not in r.stderr


def test_a_markdown_or_page_headline_is_the_headline():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    md = from_text("# Deal ends port strike\n\nThe union signed the deal at the port.\n",
                   "n/1.md", date(2026, 3, 17))
    assert md.title == "Deal ends port strike"
    deal = next(e for e in timeline.build([md], about=["port"]).events if e.trigger == "Deal")
    assert deal.value == "2026-03-17" and not deal.label.startswith("#")
    page = from_text("Governor steps into port strike\nThe governor met both sides at the port "
                     "and urged a deal.\n", "n/2.html", date(2026, 3, 6),
                     title="Governor steps into port strike | Coastal Times")
    steps = next(e for e in timeline.build([page], about=["port"]).events if e.trigger == "strike")
    assert steps.value == "2026-03-06"


def test_a_year_or_month_ranks_before_the_days_in_it():
    from timeline import semeval
    from timeline.model import Event
    def event(value, word, source):
        return Event("", None, None, "", value, "", "", (), "", source, 0, 1, "dct", 1.0,
                     trigger=word, trigger_start=0, trigger_end=1, sentence_index=1)
    found = semeval.entries([event("2007-02-28", "announced", "a.txt"),
                             event("2007", "cuts", "b.txt"), event("2007-10", "delivery", "c.txt"),
                             event("2007-10-15", "delivered", "c.txt")])
    assert [(e.rank, e.date) for e in found] == [(1, "2007-XX-XX"), (2, "2007-02-28"),
                                                 (3, "2007-10-XX"), (4, "2007-10-15")]


def test_every_happening_in_a_packs_language_by_its_verb_forms():
    import timeline
    es = timeline.build("Repsol anunció un acuerdo con Petrobras en Brasil. Repsol invertirá 500 "
                        "millones.\n", "2010-06-09", about=["Repsol"], lang="es")
    by_word = {e.trigger: e for e in es.events}
    assert by_word["anunció"].value == "2010-06-09" and by_word["anunció"].anchor == "tense"
    assert by_word["anunció"].label.startswith("Repsol anunció un acuerdo")
    assert by_word["invertirá"].value == "XXXX-XX-XX"
    fr = timeline.build("Renault a annoncé un plan social. Renault fermera deux usines.\n",
                        "2010-06-09", about=["Renault"], lang="fr")
    words = [e.trigger for e in fr.events]
    assert "annoncé" in words and "fermera" in words and "a" not in words   # (no auxiliary)


def test_a_noun_after_a_capitalised_adjective_is_no_happening():
    import timeline
    built = timeline.build("Boeing's European rival Airbus invests in large jets.\n",
                           "2005-01-18", about=["Airbus"])
    words = {e.trigger for e in built.events}
    assert "invests" in words and "rival" not in words   # ("its European rival": a noun)


def test_a_happening_across_a_clause_break_is_not_the_entitys():
    import timeline
    built = timeline.build("Oil prices fell, Airbus said.\n", "2005-01-18", about=["Airbus"])
    words = {e.trigger for e in built.events}
    assert "said" in words and "fell" not in words


def test_a_phrasal_verb_is_named_with_its_particle():
    import timeline
    from timeline import semeval
    built = timeline.build("The jet took off from Toulouse. Airbus rolled out a new jet.\n",
                           "2005-04-27", about=["Airbus", "jet"])
    names = {semeval.mention_id(e) for e in built.events}
    assert "text-1-rolled_out" in names and "text-0-took_off" in names


def test_one_happening_told_by_two_documents_is_one_entry_listing_both():
    import timeline
    from datetime import date
    from timeline import semeval
    from timeline.ingest import from_text
    day = date(2008, 3, 1)
    docs = [from_text("Northrop Grumman and EADS defeated Boeing in Washington on February 29 "
                      "for the tanker contract.\n", "n/1.txt", day),
            from_text("On February 29, Northrop Grumman and EADS beat Boeing in Washington for "
                      "the tanker contract.\n", "n/2.txt", day)]
    built = timeline.build(docs, about=["EADS"])
    dated = [e for e in built.about("EADS").events if e.value == "2008-02-29"]
    assert len(dated) == 1 and set(dated[0].sources) == {"n/1.txt", "n/2.txt"}
    entries = [e for e in semeval.entries(built.about("EADS").events) if e.date == "2008-02-29"]
    assert [sorted(e.mentions) for e in entries] == [["1-0-defeated", "2-0-beat"]]


def test_a_past_perfect_tells_of_before_the_news_day():
    import timeline
    built = timeline.build("The tanker deal was signed in Washington. Later, Boeing said the "
                           "Pentagon had approved it. Boeing had previously offered a lower "
                           "price.\n", "2004-11-24", about=["Boeing"])
    by_word = {e.trigger: e for e in built.events}
    assert by_word["said"].value == "2004-11-24"
    assert by_word["offered"].value == "XXXX-XX-XX"   # ("had offered": before the news)


def test_an_events_lane_is_the_entity_it_was_chosen_for():
    import timeline
    built = timeline.build("The Airbus A380 landed in Sydney on Friday. Airbus hired 300 "
                           "engineers on Monday.\n", "2007-10-29", about=["Airbus", "Airbus A380"])
    lanes = built.lane_names("about")
    by_word = {e.trigger: lanes[e.event_id] for e in built.events}
    assert by_word["landed"] == "Airbus A380" and by_word["hired"] == "Airbus"


def test_a_mention_merged_into_another_of_its_day_keeps_its_own_name_and_date():
    import timeline
    from datetime import date
    from timeline import semeval
    from timeline.ingest import from_text
    doc = from_text("Lufthansa and the Airbus A380 were set to land in Chicago on Monday after a "
                    "test flight. Two A380s are flying from Frankfurt. Lufthansa and the "
                    "A380 are also travelling to Chicago on Monday on that test flight.\n",
                    "n/5.txt", date(2007, 3, 19))   # (one actor and a word of the happening)
    built = timeline.build([doc], about=["Airbus A380"])
    land = next(e for e in built.events if e.trigger == "land")
    assert [(r[1], r[4]) for r in land.reports] == [("travelling", 2)]   # (merged: one day,
    assert "travelling" not in {e.trigger for e in built.events}   # one actor; not undated)
    assert "flying" in {e.trigger for e in built.events}   # ("A380s": the model's plural)
    entry = next(e for e in semeval.entries(built.about("Airbus A380").events)
                 if "5-0-land" in e.mentions)
    assert entry.date == "2007-03-19" and "5-2-travelling" in entry.mentions


def test_the_lead_is_dated_by_the_day_its_first_sentences_name():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Boeing unveils new 787 Dreamliner\nBoeing has unveiled its new 787 "
                    "Dreamliner at its factory near Seattle.\nSunday was chosen because the "
                    "date matches the designation, 7/8/07.\n", "n/6.txt", date(2007, 7, 9))
    by_word = {e.trigger: e for e in timeline.build([doc], about=["Boeing"]).events}
    assert by_word["unveils"].value == "2007-07-08"   # (not the publication day)
    assert by_word["unveiled"].value == "2007-07-08"


def test_the_subject_of_a_far_verb_is_its_actor_but_not_a_name_after_a_preposition():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    day = date(2005, 4, 27)
    doc = from_text("The world's largest passenger aircraft, the Airbus A380, has made its "
                    "maiden flight after lifting off from Toulouse.\n", "n/1.txt", day)
    built = timeline.build([doc], about=["Airbus A380"])
    flight = next(e for e in built.events if e.trigger == "flight")   # (not "made")
    assert "Airbus A380" in flight.who and flight.value == "2005-04-27"
    doc = from_text("In addition to the iPod, Apple and all of its many business partners "
                    "announced new speakers.\n", "n/2.txt", day)
    assert "announced" not in {e.trigger for e in timeline.build([doc], about=["iPod"]).events}


def test_the_aircraft_opening_the_next_sentence_is_the_model_named_before():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Boeing unveiled a long-range version of its 777 airliner. The aircraft can fly "
                    "from New York to Singapore non-stop. The company hired pilots.\n", "n/3.txt",
                    date(2005, 2, 17))
    built = timeline.build([doc], about=["Boeing 777", "Boeing"])
    assert "fly" in {e.trigger for e in built.about("Boeing 777").events}
    assert "hired" not in {e.trigger for e in built.about("Boeing 777").events}


def test_a_dated_event_whose_subject_refers_to_the_entity_is_the_entitys():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("China Eastern Airlines stated on Thursday that it had bought twenty jets. "
                    "The airline, the third largest in China, signed the agreement in Paris on "
                    "June 15. Lawmakers approved the deal on June 16.\n", "n/4.txt",
                    date(2009, 6, 18))
    events = timeline.build([doc], about=["China Eastern Airlines"]).events
    signed = next(e for e in events if e.trigger == "signed")
    assert signed.value == "2009-06-15" and "China Eastern Airlines" in signed.who
    assert "approved" not in {e.trigger for e in events}


def test_a_copula_standing_for_its_clause_is_no_entry():
    import timeline
    from timeline import semeval
    built = timeline.build("Airbus is currently two years behind schedule. Airbus now has 91 "
                           "orders. Airbus delayed the A380 on Friday.\n", "2007-03-19",
                           about=["Airbus"])
    assert {"is", "has"} & {e.trigger for e in built.events}   # (the reader still sees them)
    words = {m.rsplit("-", 1)[1] for entry in semeval.entries(built.about("Airbus").events)
             for m in entry.mentions}
    assert "delayed" in words and not words & {"is", "has"}


def test_a_definite_event_noun_tells_the_entitys_happening_again():
    import timeline
    text = ("Aeroflot signed a deal with Boeing for 22 jets on Monday. The deal was announced at "
            "a business forum. The weather was fine.\n")
    built = timeline.build(text, "2007-06-10", about=["Boeing"])
    deals = [e for e in built.events if e.trigger == "deal"]
    assert len(deals) == 2 and all("Boeing" in e.who or "Boeing" in e.sentence for e in deals)
    assert "weather" not in {e.trigger for e in built.events}


def test_a_happening_told_by_a_pronoun_names_whom_it_stands_for():
    import timeline
    from datetime import date
    from timeline.ingest import from_text
    doc = from_text("Kestrel Rail chief executive Tom Hale apologised to passengers on Monday. "
                    "He said Kestrel Rail would seek compensation from the signal maker.\n",
                    "k.txt", date(2026, 3, 10))
    built = timeline.build([doc], about=["Kestrel Rail"])
    said = next(e for e in built.events if e.trigger == "said")
    assert said.label.startswith("Tom Hale said") and "Tom Hale" in said.who, said.label
