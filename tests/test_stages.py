"""Unit tests per stage: ingest, segment, values, tense, resolve, events, export."""
from datetime import date

import pytest

from timeline import ingest, segment
from timeline import values as V
from timeline.errors import TimelineError
from timeline.events import actors, label_for, same_happening, mention_of
from timeline.export import events_csv, safe_cell, timeml
from timeline.model import Sentence, Timex
from timeline.resolve import FUTURE, PAST, PRESENT, infer_dct, pick_year, tense_at, weekday_date
from timeline.finder import find_timexes


# --- ingest ----------------------------------------------------------------------------------
def test_front_matter_sets_published_and_keeps_offsets():
    text = "---\ntitle: Talks\npublished: 2025-04-09\n---\nThey meet on Friday.\n"
    doc = ingest.from_text(text, "a.md")
    assert doc.published == date(2025, 4, 9) and doc.published_source == "front-matter"
    assert doc.title == "Talks"
    assert text[doc.body_start:].startswith("They meet")


def test_front_matter_date_key_and_timestamp():
    doc = ingest.from_text("---\ndate: 2024-01-02T10:00:00Z\n---\nHello on Monday.\n")
    assert doc.published == date(2024, 1, 2)


def test_given_date_overrides_front_matter():
    doc = ingest.from_text("---\ndate: 2024-01-02\n---\nHi.\n", published=date(2020, 1, 1))
    assert doc.published == date(2020, 1, 1) and doc.published_source == "given"


@pytest.mark.parametrize("written", ["April 9, 2025", "9 avril 2025", "9 de abril de 2025",
                                     "Wed, 09 Apr 2025 10:00:00 GMT", "2025-04-09T08:00:00+02:00"])
def test_a_date_written_any_full_way_is_read(written):
    doc = ingest.from_text(f"---\ndate: {written}\n---\nHello on Monday.\n")
    assert doc.published == date(2025, 4, 9)


@pytest.mark.parametrize("written,message", [
    ("09/04/2025", "day/month or month/day"),   # 9 April or September 4?
    ("yesterday", "not a date"), ("April 2025", "not a date"), ("2025-02-30", "not a date")])
def test_a_relative_partial_or_ambiguous_date_is_refused(written, message):
    with pytest.raises(TimelineError, match=message):
        ingest.parse_date(written)


def test_bad_front_matter_date_is_an_error():
    with pytest.raises(TimelineError, match="not a date"):
        ingest.from_text("---\npublished: soon\n---\nHi.\n", "x.md")


@pytest.mark.parametrize("data,encoding", [
    ("Café on Monday".encode("utf-8"), "utf-8"),
    ("Café on Monday".encode("utf-8-sig"), "utf-8-sig"),
    ("Café on Monday".encode("utf-16"), "utf-16"),
    ("Café on Monday".encode("cp1252"), "cp1252"),
])
def test_decode(data, encoding):
    text, used = ingest.decode(data, "f")
    assert text == "Café on Monday" and used == encoding


@pytest.mark.parametrize("data,message", [
    (b"", "empty"), (b"  \n\t", "empty"), (b"\x00\x01\x02abc\x00", "binary"),
])
def test_decode_refuses(data, message):
    with pytest.raises(TimelineError, match=message):
        ingest.decode(data, "f")


def test_read_errors(tmp_path):
    with pytest.raises(TimelineError, match="no such file"):
        ingest.read(tmp_path / "missing.txt")
    with pytest.raises(TimelineError, match="directory"):
        ingest.read(tmp_path)


# --- segment ---------------------------------------------------------------------------------
def test_sentences_are_abbreviation_safe():
    text = "Trump stated on Feb. 26 that Adm. Sir Tony Radakin met U.S. officials. Then he left.\nCaption line"
    got = [s.text for s in segment.sentences(text)]
    assert got == ["Trump stated on Feb. 26 that Adm. Sir Tony Radakin met U.S. officials.",
                   "Then he left.", "Caption line"]
    for s in segment.sentences(text):
        assert text[s.start:s.end] == s.text


def test_a_units_last_letter_ends_a_sentence():
    text = "Gusts reached 140 km/h. It is the strongest storm since 1987."
    assert [s.text for s in segment.sentences(text)] == ["Gusts reached 140 km/h.",
                                                         "It is the strongest storm since 1987."]


@pytest.mark.parametrize("text,parts", [
    ("The company said in a post on X. Microsoft blamed an update.", 2),   # (a one-letter name)
    ("It runs 160 restaurants in the U.S. The company went public this month.", 2),   # (initials
    ("U.S. officials met in the U.K. capital on Monday.", 1),   # before a sentence's opener)
    ("The warning runs until 6 p.m. Around 40,000 homes are without power.", 2),   # (a clock's
    ("They meet at 6 p.m. Friday in Paris.", 1),                                    # "p.m."
    ("The blast hit at 10 p.m. EST on Monday.", 1),                                # ends one
    ("It landed at 9 a.m. New York time. Crews cheered.", 2),                      # unless the
    ("It struck at 4 a.m. local time.", 1),                                        # time goes on)
    ("The book by J. K. Rowling sold well.", 1),   # (initials stay)
    ("Former president George W. Bush spoke.", 1),
])
def test_a_one_letter_name_after_a_lower_case_word_ends_a_sentence(text, parts):
    assert len(list(segment.sentences(text))) == parts


# --- values ----------------------------------------------------------------------------------
@pytest.mark.parametrize("value,first,last", [
    ("2025-04-10", "2025-04-10", "2025-04-10"), ("2025-04", "2025-04-01", "2025-04-30"),
    ("2024", "2024-01-01", "2024-12-31"), ("199", "1990-01-01", "1999-12-31"),
    ("2025-W15", "2025-04-07", "2025-04-13"), ("2025-Q2", "2025-04-01", "2025-06-30"),
    ("2024-SP", "2024-03-01", "2024-05-31"), ("2024-WI", "2024-12-01", "2025-02-28"),
    ("2025-H2", "2025-07-01", "2025-12-31"), ("2025-04-10T15:00", "2025-04-10", "2025-04-10"),
    ("2025-W14-WE", "2025-04-05", "2025-04-06"), ("19", "1900-01-01", "1999-12-31"),
])
def test_value_span(value, first, last):
    span = V.value_span(value)
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["PAST_REF", "P30D", "XXXX-WXX-1", "2025-13", "garbage", "",
                                   "BC0044", "BC07"])
def test_value_span_none_for_non_calendar(value):
    assert V.value_span(value) is None


@pytest.mark.parametrize("value,ok", [("2025-04-10", True), ("P3Q", True), ("PT90M", True),
                                      ("XXXX-WXX-1", True), ("2025-W15-WE", True), ("XXXX-07", True),
                                      ("PT1H30M", True),
                                      ("PAST_REF", True), ("2025-4-1", False), ("P", False),
                                      ("BC0044", True), ("BC07", True), ("BC4", False),
                                      ("BC044", False)])   # BC year, BC century (8th)
def test_well_formed(value, ok):
    assert V.is_well_formed(value) is ok


def test_easter_and_nth_weekday():
    assert V.easter(2025) == date(2025, 4, 20)
    assert V.nth_weekday(2025, 11, 4, 4) == date(2025, 11, 27)   # Thanksgiving
    assert V.nth_weekday(2025, 5, 1, -1) == date(2025, 5, 26)    # Memorial Day


# --- tense and direction -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence,word,tense", [
    ("Trump stated on Feb. 26 that", "Feb", PAST),
    ("Ministers are gathering in Brussels on Thursday", "Thursday", FUTURE),
    ("The vote will be held on Tuesday", "Tuesday", FUTURE),
    ("The US, which is working hard, will not attend Thursday's meeting", "Thursday", FUTURE),
    ("Police said the man, who will face trial, was arrested on Monday", "Monday", PAST),
    ("Unisys Corp.'s announcement Friday of a loss", "Friday", None),   # a possessive, not "is"
    ("A judge on Friday blocked the plan to end it", "Friday", PAST),   # "the plan to": a noun
    ("The notes are convertible, a premium over Thursday's price", "Thursday", None),
    ("The vote is on Thursday, officials said", "Thursday", PRESENT),
    ("The rally will last through Friday", "Friday", FUTURE),   # "last", the verb: no cue
    ("The ship sank early Tuesday morning", "Tuesday", PAST),   # irregular past forms
    ("The troops withdrew Tuesday", "Tuesday", PAST),
    # a verb after "and" is another clause's
    ("Agents arrived in Nairobi late Saturday and will begin work", "Saturday", PAST),
    ("Talks on Tuesday and Wednesday will decide it", "Tuesday", FUTURE),
    # a relative "that" opens a verb's clause, not a determiner's noun phrase
    ("The bill extends programs that expired on Sept. 30", "Sept", PAST),
    ("It replaces the pact that ended in March", "March", PAST),
    # a fixture's present after a team's name schedules; a firm cue elsewhere beats it
    ("Rovers travel to Hull City on Tuesday night before hosting Preston", "Tuesday", PRESENT),
    ("They face Leeds on Tuesday", "Tuesday", PRESENT),
    ("Holiday travel on Wednesday was heavy", "Wednesday", PAST),
])
def test_tense(sentence, word, tense):
    assert tense_at(sentence, sentence.index(word)) == tense


def test_pick_year_directions():
    dct = date(2025, 4, 9)

    def span(y):
        return (date(y, 12, 10), date(y, 12, 10))
    assert pick_year(span, dct, PAST) == 2024
    assert pick_year(span, dct, FUTURE) == 2025
    assert pick_year(span, dct, None) == 2024  # nearer


def test_weekday_date():
    wed = date(2025, 4, 9)
    assert weekday_date(wed, 4, "", FUTURE) == date(2025, 4, 10)
    assert weekday_date(wed, 4, "", PAST) == date(2025, 4, 3)
    assert weekday_date(wed, 3, "", PAST) == wed
    assert weekday_date(wed, 3, "", FUTURE) == wed   # "the vote is Wednesday", said on one
    assert weekday_date(wed, 3, "next", None) == date(2025, 4, 16)
    assert weekday_date(wed, 5, "last", None) == date(2025, 4, 4)
    assert weekday_date(wed, 2, "next", None) == date(2025, 4, 15)


def test_infer_dct_uses_latest_explicit_date():
    text = "It began on March 13, 2025. Talks were held on March 24. In 2019 it was calm."
    dct, found = infer_dct(find_timexes(text), date(2000, 1, 1))
    assert found and dct == date(2025, 3, 24)
    assert infer_dct(find_timexes("Nothing here."), date(2000, 1, 1)) == (date(2000, 1, 1), False)


@pytest.mark.parametrize("text,today,expected", [
    # a wire dateline's day is the publication date, before any later date the story names
    ("NAIROBI, August 9 (Xinhua) -- Moi said today the toll rose. Talks open on Aug. 20, 1998.",
     date(2026, 1, 1), date(1998, 8, 9)),
    ("NAIROBI, August 9 (Xinhua) -- Moi said today the toll rose.", date(2026, 1, 1),
     date(2025, 8, 9)),   # (no year named: the last August 9 up to today)
    ("WASHINGTON, March 3, 1999 -- The Senate voted on Tuesday.", date(2026, 1, 1),
     date(1999, 3, 3)),
    # no dateline: a day after a place but no dash, or not at the start
    ("In Paris, March 3, 1999 was cold; on June 5, 1999 it was warm.", date(2026, 1, 1),
     date(1999, 6, 5)),
])
def test_infer_dct_reads_a_dateline(text, today, expected):
    assert infer_dct(find_timexes(text), today, text) == (expected, True)


@pytest.mark.parametrize("text,expected", [
    # a day something runs until, or one a "will" tells, is ahead of the story's own day
    ("The council met on March 3, 2025 and extended the curfew until May 1, 2025.",
     date(2025, 3, 3)),
    ("The talks began on March 3, 2025. A deal will be signed on June 30, 2025.",
     date(2025, 3, 3)),
    # only days ahead: the latest still
    ("The curfew runs until May 1, 2025.", date(2025, 5, 1)),
])
def test_infer_dct_passes_over_days_ahead(text, expected):
    today = date(2026, 1, 1)
    assert infer_dct(find_timexes(text), today, text) == (expected, True)


def _built_with_no_guess(text: str, lang: str = None):
    """The timeline of one text, an InferredDateWarning an error: its date must be stated."""
    import warnings
    from timeline import build
    from timeline.errors import InferredDateWarning
    with warnings.catch_warnings():
        warnings.simplefilter("error", InferredDateWarning)
        return build([text], lang=lang)


@pytest.mark.parametrize("head,published", [
    # a publication stamp at a text's head states its date: no guess, no warning
    ("Council approves budget\n\nPublished: March 18, 2026\n\n", "2026-03-18"),
    ("Council approves budget\nBy Samir Patel, Science Correspondent\nOctober 2, 2026\n\n",
     "2026-10-02"),
    ("Council approves budget\nPosted on Monday, March 3, 2025 at 10:00 am\n", "2025-03-03"),
    ("Council approves budget\nUpdated Nov. 20, 2026, 6:45 p.m. ET\n", "2026-11-20"),
    ("Council approves budget\nUpdated 5:02 PM EST, Fri November 20, 2026\n", "2026-11-20"),
    ("Council approves budget\nBy Owen Hart | 14 August 2026\n", "2026-08-14"),
    # the "published" stamp before an "updated" one, wherever they stand on the line
    ("Council approves budget\nBy Jane Roe | Updated March 4, 2025 9:00 AM ET | Published "
     "March 3, 2025\n", "2025-03-03"),
    # a dateline's place and its full date alone on their line
    ("Council approves budget\n\nRio de Janeiro, March 3, 2025\n\n", "2025-03-03"),
])
def test_a_publication_stamp_is_the_publication_date(head, published):
    text = head + "The city council approved the budget on Friday after a long debate.\n"
    built = _built_with_no_guess(text)
    assert (built.documents[0]["published"], built.documents[0]["published_source"]) == \
        (published, "stamp")
    friday = [e for e in built.events if "approved" in e.label]
    stated = date.fromisoformat(published)
    assert friday and friday[0].date.weekday() == 4 and 0 <= (stated - friday[0].date).days < 7
    assert len(built.events) == 1   # (the stamp's date is no event: "Posted", "Updated")


@pytest.mark.parametrize("text", [
    # a date in a sentence, or a headline's, or one past the head's first paragraph: no stamp
    "Council approves budget\nThe summit opened on March 3, 2025 and closed on Friday.\n",
    "Storm hits coast March 3, 2025\nThe storm hit on Friday.\n",
    "Council approves budget\n" + "The council met. " * 15 + "\nMarch 3, 2025\n",
    # a day-by-day story's first heading, another further down: no stamp
    "Diary of a siege\n\nMarch 3, 2025\n\nShelling began.\n\n" + "The town waited. " * 40 +
    "\nMarch 4, 2025\n\nThe shelling went on.\n",
    # a year-less dateline is only a clue
    "NAIROBI, August 9 (Xinhua) -- Police arrested two men on Friday.\n",
])
def test_no_stamp_no_stated_date(text):
    import warnings
    from timeline import build
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = build([text])
    assert built.documents[0]["published_source"] == "inferred"


@pytest.mark.parametrize("code, text", [
    ("en", "NEW YORK, March 3, 2025 /PRNewswire/ -- Meridian Health today announced that it "
           "completed its purchase of Lakeview Clinics, first announced on Friday.\n"),
    ("en", "Council approves budget\n\nWASHINGTON, March 3, 2025 (AP) — The city council "
           "approved the budget on Friday after a long debate.\n"),
    ("es", "MADRID, 3 mar. 2025 (EFE).- El Gobierno aprobó el viernes el presupuesto.\n"),
    # the month's abbreviation without its point, as EFE writes it
    ("es", "MIAMI, 3 mar 2025 (EFE).- El Gobierno aprobó el viernes el presupuesto.\n"),
    # a plain hyphen after the date's year, no agency
    ("en", "NICE, March 3, 2025 - The city council approved the budget on Friday.\n"),
    ("fr", "Budget adopté\n\nNICE, 3 mars 2025 - Le conseil a adopté vendredi le budget.\n"),
])
def test_a_datelines_full_day_is_the_publication_date(code, text):
    """A wire dateline that states its day in full is the publication date: no guess, no
    warning; a year-less one ("NAIROBI, August 9 (Xinhua)") is still only a clue."""
    built = _built_with_no_guess(text, code)
    assert (built.documents[0]["published"], built.documents[0]["published_source"]) == \
        ("2025-03-03", "dateline")
    assert [e.value for e in built.events if "2025-02-28" == e.value]   # (its Friday: before)


@pytest.mark.parametrize("code, text", [
    ("es", "Aprueban el presupuesto\nPublicado el 3 de marzo de 2025\n"
           "El consejo aprobó el presupuesto el viernes pasado.\n"),
    # the stamp's clock, a timex of its own, is no event either
    ("fr", "Le budget adopté\nPublié le 3 mars 2025 à 10h00\n\n"
           "Le gouvernement a annoncé jeudi une réforme.\n"),
    ("de", "Haushalt beschlossen\nBerlin, 3. März 2025\n\n"
           "Die Regierung hat am Donnerstag den Haushalt beschlossen.\n"),
])
def test_a_packs_publication_stamp(code, text):
    from timeline import build
    built = build([text], lang=code)
    assert (built.documents[0]["published"], built.documents[0]["published_source"]) == \
        ("2025-03-03", "stamp")
    assert len(built.events) == 1 and built.events[0].date < date(2025, 3, 3)


# --- events ------------------------------------------------------------------------------------
# (sentence, its date, the label): who did what, without the date
LABELS = [
    ("Recent negotiations between the US and Russia on March 24 struggled to establish a deal.",
     "March 24", "Recent negotiations between the US and Russia struggled to establish a deal"),
    # the main clause when the date is in an opening phrase
    ("During last year's election campaign, Trump promised to end the conflict.", "last year",
     "Trump promised to end the conflict"),
    # a subject before a relative clause
    ("Household energy bills, which the regulator caps, rose 6.4 percent on April 1.", "April 1",
     "Household energy bills rose 6.4 percent"),
    # a dangling conjunction dropped
    ("She moved to Paris in 1891 and, four years later, married Pierre Curie.", "1891",
     "She moved to Paris"),
    # a clause of its own after ", and": not joined to the opening phrase of another date
    ("In the summer, the partners clashed over the budget, and in September the leaders "
     "resigned.", "September", "The leaders resigned"),
    # a date set off by commas: the clause after it, with the first clause's subject
    ("She moved to Paris in 1891 and, four years later, married Pierre Curie.",
     "four years later", "She married Pierre Curie"),
    # a short relative clause read with the clause it points to
    ("It expects revenue of $7 billion for fiscal 2025, which ends in January.", "January",
     "It expects revenue of $7 billion for fiscal 2025, which ends"),
]


@pytest.mark.parametrize("sentence,when,label", LABELS, ids=[c[2][:30] for c in LABELS])
def test_label_keeps_who_did_what(sentence, when, label):
    i = sentence.index(when)
    assert label_for(sentence, i, i + len(when)) == label


def test_label_is_short():
    s = "On Monday " + " ".join(f"word{i}" for i in range(40)) + " ended."
    assert len(label_for(s, 3, 9).split()) <= 15


def test_years_before_the_common_era_come_first_without_a_python_date():
    import timeline
    text = "Rome burned in AD 64. Caesar was killed in 44 B.C. in Rome."
    events = timeline.build([ingest.from_text(text, "t", date(2025, 4, 9))]).events
    assert [(e.value, e.date) for e in events] == [("BC0044", None), ("0064", date(64, 1, 1))]
    assert [e.is_vague for e in events] == [False, False]


def test_a_range_of_dates_is_one_span_left_out_of_the_labels_whole():
    import timeline
    text = ("The festival runs May 10-15, 2024. The reign of Elizabeth I (1558–1603) was long.")
    events = timeline.build([ingest.from_text(text, "t", date(2025, 4, 9))]).events
    assert [(e.value, e.label, e.date, e.end_date, e.granularity) for e in events] == [
        ("1558/1603", "The reign of Elizabeth I was long", date(1558, 1, 1), date(1603, 12, 31),
         "span"),
        ("2024-05-10/2024-05-15", "The festival runs", date(2024, 5, 10), date(2024, 5, 15),
         "span")]


def test_a_duration_with_a_point_is_an_event_on_the_day_it_reaches():
    import timeline
    text = ("The attack came on March 3, 2020. Three days later, troops withdrew from the city. "
            "The war lasted two years.")
    events = timeline.build([ingest.from_text(text, "t", date(2025, 4, 9))]).events
    assert [(e.date, e.granularity, e.value, e.timex, e.label) for e in events] == [
        (date(2020, 3, 3), "day", "2020-03-03", "March 3, 2020", "The attack came"),
        (date(2020, 3, 6), "day", "2020-03-06", "Three days later",
         "Troops withdrew from the city")]   # (the event shows the words that date it)


def test_a_wire_dash_starts_the_sentence():
    import timeline
    text = "NAIROBI, Kenya (AP) _ Rescue workers on Sunday pulled a woman from the rubble."
    events = timeline.build([ingest.from_text(text, "t", date(1998, 8, 9))]).events
    assert [(e.label, "Rescue" in e.who) for e in events] == [
        ("Rescue workers pulled a woman from the rubble", False)]


def test_dates_standing_alone_are_no_events():
    import timeline
    text = ("Updated April 9, 2025\n\nNet sales, in millions:\n1988 1989 1990\n5.2 6.3 7.1\n\n"
            "Acme opened a plant in 1990.")
    events = timeline.build([ingest.from_text(text, "t", date(2025, 4, 9))]).events
    assert [(e.date, e.label) for e in events] == [(date(1990, 1, 1), "Acme opened a plant")]


def test_actors():
    assert actors("British Defense Secretary John Healey met NATO officials in Brussels") == (
        "John Healey", "NATO", "Brussels")   # (the title and its portfolio: no actor)
    assert actors("Acme Chief Executive Jo Park and Foreign Minister Ana Lopes met") == (
        "Acme", "Jo Park", "Ana Lopes")
    # a common noun or adjective opening a sentence's longer name is the name's
    assert actors("Air Force officials said the deal was off", frozenset()) == ("Air Force",)
    assert actors("United States airframer Boeing has announced", frozenset()) == (
        "United States", "Boeing")
    assert actors("Yesterday Boeing announced", frozenset()) == ("Boeing",)
    # a possessive inside a run of names parts them; a letter or a lone "Co" is no actor
    assert actors("Iraq's Saddam Hussein said", frozenset()) == ("Iraq", "Saddam Hussein")
    assert actors("The bank paid C$ 5 million to Co and Acme Co.") == ("Acme Co",)
    # "and" inside an organisation's name, not between two names
    assert actors("The Securities and Exchange Commission sued Boeing and Airbus") == (
        "Securities and Exchange Commission", "Boeing", "Airbus")
    assert "Thursday" not in actors("Thursday's meeting with Germany")


def _mention(text, expr, value):
    i = text.index(expr)
    tx = Timex(i, i + len(expr), expr, "DATE", value=value, anchor="dct")
    return mention_of(tx, Sentence(0, len(text), text))


def test_same_happening_needs_same_value_and_shared_actors_or_terms():
    a = _mention("Ukraine says Russian troops killed prisoners on March 13.", "March 13", "2025-03-13")
    b = _mention("Russia denied killing Ukrainian prisoners on March 13.", "March 13", "2025-03-13")
    c = _mention("Apple released a new phone on March 13.", "March 13", "2025-03-13")
    d = _mention("Russia denied killing Ukrainian prisoners on March 14.", "March 14", "2025-03-14")
    assert same_happening(a, b)
    assert not same_happening(a, c)
    assert not same_happening(b, d)
    # two actors each their own, with no kind of happening one's word names shared: two
    e = _mention("Prime Minister Rishi Sunak called an election on Wednesday.", "Wednesday",
                 "2024-05-22")
    f = _mention("Keir Starmer said in a speech on Wednesday that the election was a chance.",
                 "Wednesday", "2024-05-22")
    g = _mention("The United States will not attend Wednesday's election meeting.",
                 "Wednesday", "2024-05-22")
    h = _mention("Ministers from NATO are gathering on Wednesday for the election talks.",
                 "Wednesday", "2024-05-22")
    assert not same_happening(e, f)
    assert same_happening(g, h)   # (a meeting both ways: "meeting", "gathering")


def test_content_terms_match_inflections_and_skip_a_dates_words():
    from timeline.events import content_terms
    landed = content_terms("The probe landed near the pole last week.")
    landing = content_terms("Its landing at the pole was planned for the end of the week.")
    assert landed & landing == {"land", "pole"}   # (no "week", "last": the dates' own)


# --- export ------------------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralized(cell):
    assert safe_cell(cell) == "'" + cell
    assert safe_cell(cell, raw=True) == cell


def test_timeml_escapes_and_tags():
    text = "A <b>&</b> meeting on Friday."
    tx = Timex(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", value="2025-04-11")
    out = timeml("doc", text, 0, "2025-04-09", [tx])
    assert '<TIMEX3 tid="t1" type="DATE" value="2025-04-11">Friday</TIMEX3>' in out
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in out
    import xml.dom.minidom
    xml.dom.minidom.parseString(out)  # well-formed XML


def test_timeml_writes_a_durations_point_as_a_non_consuming_timex():
    import timeline
    from timeline.timeml import parse
    text = "The attack came on March 3, 2020. Three days later, troops withdrew."
    out = timeml("doc", text, 0, "2025-04-09", timeline.tag(text, "2025-04-09"))
    assert ('<TIMEX3 tid="t2" type="DURATION" value="P3D" endPoint="t2p">Three days</TIMEX3>'
            '<TIMEX3 tid="t2p" type="DATE" value="2020-03-06" temporalFunction="true"/>') in out
    import xml.dom.minidom
    xml.dom.minidom.parseString(out)
    back = parse(out)   # the reader keeps the text and the spans; the point spans nothing
    assert back.text == text
    assert [(g.text, g.value) for g in back.timexes] == [("March 3, 2020", "2020-03-03"),
                                                         ("Three days", "P3D")]


def test_quick_init_keeps_the_dataclass_contract():
    import dataclasses
    tx = Timex(3, 9, "Friday", "DATE")
    assert (tx.rule, tx.fields, tx.value, tx.anchor, tx.confidence) == ("", (), None, "none", 0.0)
    assert tx == Timex(3, 9, "Friday", "DATE") and hash(tx) == hash(Timex(3, 9, "Friday", "DATE"))
    assert Timex(start=3, end=9, text="Friday", type="DATE", value="1998-02-06").value == "1998-02-06"
    with pytest.raises(dataclasses.FrozenInstanceError):
        tx.value = "x"
    with pytest.raises(TypeError):
        Timex(3, 9, "Friday")   # a required field missing
    assert dataclasses.replace(tx, value="v").value == "v"
    import pickle   # (a None field is read from the class: the pool's pickles keep it)
    assert pickle.loads(pickle.dumps(tx)) == tx and pickle.loads(pickle.dumps(tx)).point is None
    assert tx == dataclasses.replace(tx, point=None)


def test_kept_json_computes_once_and_survives_a_read_only_home(tmp_path, monkeypatch):
    from timeline.cache import kept_json
    calls = []
    compute = (lambda: calls.append(1) or {"Nairobi": "big-city"})
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    assert kept_json("t-1.json", compute) == kept_json("t-1.json", compute) == {"Nairobi": "big-city"}
    assert len(calls) == 1 and [p.name for p in (tmp_path / "cache").iterdir()] == ["t-1.json"]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    assert kept_json("t-1.json", compute) == {"Nairobi": "big-city"} and len(calls) == 2

