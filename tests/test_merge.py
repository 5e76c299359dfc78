"""Cross-document merging: one happening reported by several sources is one event."""
import timeline
from timeline.ingest import from_text
from datetime import date

DCT = date(2025, 6, 20)
DOCS = {
    "outlet-a.txt": "The Harbor Bridge collapsed on June 12, killing three workers, officials said. "
                    "Mayor Lena Ortiz opened an inquiry on Monday.",
    "outlet-b.txt": "Three workers died when the Harbor Bridge collapsed on June 12. "
                    "A separate fire destroyed the Riverside market on June 12.",
    "outlet-c.txt": "In June the Harbor Bridge collapse killed three workers. Mayor Lena Ortiz "
                    "announced the inquiry into the bridge collapse on June 16.",
}


def build():
    return timeline.build([from_text(text, name, DCT) for name, text in DOCS.items()])


def test_same_happening_from_three_outlets_is_one_event():
    events = build().events
    collapse = [e for e in events if "Bridge" in e.label and e.date == date(2025, 6, 12)]
    assert len(collapse) == 1
    assert set(collapse[0].sources) == {"outlet-a.txt", "outlet-b.txt", "outlet-c.txt"}
    assert collapse[0].mentions == 3
    assert collapse[0].value == "2025-06-12"        # the coarse "In June" merged to the day


def test_distinct_events_on_the_same_day_stay_distinct():
    events = [e for e in build().events if e.date == date(2025, 6, 12)]
    assert len(events) == 2
    assert any("market" in e.label for e in events)


def test_inquiry_reports_merge_across_phrasings():
    inquiry = [e for e in build().events if "inquiry" in e.label.lower()]
    assert len(inquiry) == 1 and inquiry[0].date == date(2025, 6, 16)
    assert set(inquiry[0].sources) == {"outlet-a.txt", "outlet-c.txt"}


def test_csv_lists_every_source():
    text = build().csv()
    assert "outlet-a.txt; outlet-b.txt; outlet-c.txt" in text or \
        "outlet-b.txt; outlet-a.txt; outlet-c.txt" in text


def test_one_happening_told_two_ways_is_one_event_and_another_stays_apart():
    """Issue 18: "truck bombing" and "explosion" on one day in one city are one happening; a
    vote there that day is another."""
    from datetime import date
    import timeline
    from timeline.ingest import from_text
    day = date(2017, 10, 16)
    tl = timeline.build([
        from_text("A truck bombing in Mogadishu on Saturday killed more than 20 people.\n",
                  "a.txt", day),
        from_text("An explosion rocked central Mogadishu on Saturday, witnesses said.\n",
                  "b.txt", day),
        from_text("Voters in Mogadishu went to the polls on Saturday.\n", "c.txt", day)])
    assert sorted(e.sources for e in tl.events) == [("a.txt", "b.txt"), ("c.txt",)]


def test_a_weekday_is_no_part_of_a_name():
    from timeline.events import actors
    assert actors("two terrorist bomb attacks in Kenya and Tanzania Friday") == \
        ("Kenya", "Tanzania")


def test_a_dates_own_words_and_a_shared_name_make_no_same_happening():
    """Two happenings share a week's words ("last week", "the end of the week"), or only the
    names of the story's company and city: they stay apart; "Apple" and "Apple Inc." are one
    actor, and with a word of the happening shared their reports of a day are one event."""
    day = date(2026, 3, 9)
    tl = timeline.build([
        from_text("Kestrel Rail chief Ann Moy said the strike would last until the end of the "
                  "week.\n", "a.txt", date(2026, 3, 3)),
        from_text("Two rival operators added extra trains last week to carry Kestrel "
                  "passengers.\n", "b.txt", day)])
    week = [e for e in tl.events if e.value == "2026-W10"]
    assert len(week) == 2 and all(len(e.sources) == 1 for e in week)
    tl = timeline.build([from_text(
        "Kestrel Rail cancelled all trains from Leeds on Tuesday after a signal failure. "
        "Shares in Kestrel fell 7% in Leeds trading on Tuesday.\n", "c.txt", day)])
    assert len([e for e in tl.events if e.value == "2026-03-03"]) == 2
    tl = timeline.build([from_text(
        "Apple Inc. unveiled a new tablet on Tuesday. The tablet, shown by Apple in a packed "
        "hall on Tuesday, drew a crowd.\n", "d.txt", day)])
    assert len([e for e in tl.events if e.value == "2026-03-03"]) == 1


def test_a_gathering_and_a_meeting_of_one_day_are_one_happening():
    """ "Ministers are gathering in Oslo on Thursday" and "will not attend Thursday's meeting"
    name one kind of happening (wordclass HAPPENINGS: meeting), so they are one event."""
    tl = timeline.build([from_text(
        "Finance ministers from 20 countries are gathering in Oslo on Thursday to discuss "
        "fishing quotas.\nCanada, which backs the quotas, will not attend Thursday's meeting.\n",
        "a.txt", date(2026, 3, 9))])
    assert len([e for e in tl.events if e.value == "2026-03-12"]) == 1


def test_a_happening_is_told_by_the_report_after_it_not_the_one_announcing_it():
    """An article announcing Saturday's march and one reporting it the day after are one
    event; its face is the report of what happened."""
    tl = timeline.build([
        from_text("Farmers' unions confirmed on Wednesday that their march through Dunmere "
                  "will go ahead on Saturday with tractors and banners.\n", "before.txt",
                  date(2026, 2, 18)),
        from_text("Some 40,000 farmers marched through Dunmere on Saturday, blocking the "
                  "centre.\n", "after.txt", date(2026, 2, 22))])
    march = [e for e in tl.events if e.value == "2026-02-21"]
    assert len(march) == 1 and set(march[0].sources) == {"before.txt", "after.txt"}
    assert march[0].source == "after.txt" and "marched" in march[0].label


def test_a_named_model_before_a_noun_is_an_actor_that_merges_its_reports():
    """ "the Veltra-3 lander" names the craft (a name with a digit is no adjective, as
    "Defense" of "Defense ministers" is), so the report of its landing and an earlier article's
    "Veltra-3 will attempt a landing" are one event, told by the report."""
    tl = timeline.build([
        from_text("Veltra-3 will enter lunar orbit on Oct. 2 and attempt a landing eight days "
                  "later.\n", "before.txt", date(2026, 9, 14)),
        from_text("Europe landed a spacecraft on the Moon on Saturday when the Veltra-3 lander "
                  "touched down near the south pole.\n", "after.txt", date(2026, 10, 11))])
    landing = [e for e in tl.events if e.value.startswith("2026-10-10")]
    assert len(landing) == 1 and set(landing[0].sources) == {"before.txt", "after.txt"}
    assert landing[0].source == "after.txt" and "Veltra-3" in landing[0].who


def test_a_visit_told_as_travel_by_a_short_name_is_one_happening():
    """Two outlets on one day: "President Dina Boluarte will visit the area" and "Boluarte is
    due to travel to Arequipa": one actor by part of her name, one kind of happening."""
    docs = {"a.txt": "A quake struck southern Peru on Monday. President Dina Boluarte will visit "
                     "the area on Tuesday.",
            "b.txt": "A tremor shook Arequipa on Monday. Boluarte is due to travel to Arequipa "
                     "on Tuesday to inspect the damage."}
    events = timeline.build([from_text(t, n, date(2025, 3, 10)) for n, t in docs.items()]).events
    visit = [e for e in events if e.date == date(2025, 3, 11)]
    assert len(visit) == 1 and set(visit[0].sources) == {"a.txt", "b.txt"}
    assert "Dina Boluarte" in visit[0].who


def test_an_actors_name_is_no_shared_content_across_documents():
    """A rate cut by the European Central Bank and a strike "as the European Central Bank met
    in the city" on the same day share the bank's name and no happening: two events."""
    docs = {"a.txt": "The European Central Bank cut its deposit rate to 2% on Thursday.",
            "b.txt": "Tram drivers in Frankfurt walked out on Thursday in a strike over pay, as "
                     "the European Central Bank met in the city."}
    events = timeline.build([from_text(t, n, date(2025, 6, 5)) for n, t in docs.items()]).events
    assert len([e for e in events if e.date == date(2025, 6, 5)]) == 2


def test_a_week_told_of_joins_the_day_another_report_gives_the_same_happening():
    tl = timeline.build([
        from_text("A section of the Holm Street bridge collapsed into the Elva River on Tuesday "
                  "evening, killing two people.\n", "a.txt", date(2026, 3, 18)),
        from_text("The council suspended the contractor on Monday, pending an inquiry into the "
                  "bridge collapse that killed two people last week.\n", "b.txt",
                  date(2026, 3, 24)),
        from_text("A fire destroyed a warehouse in the port last week.\n", "c.txt",
                  date(2026, 3, 24))])
    collapse = [e for e in tl.events if "collapse" in e.label.lower()]
    assert len(collapse) == 1 and collapse[0].value.startswith("2026-03-17")
    assert set(collapse[0].sources) == {"a.txt", "b.txt"}
    assert any(e.value == "2026-W12" and "fire" in e.label.lower() for e in tl.events)


def test_a_coarse_report_lends_the_day_it_joins_no_words_for_the_next():
    """A week's report joins the day inside it that shares its words; a month's report that
    shares words only with the week's (not with the day's) is another happening."""
    tl = timeline.build([
        from_text("The Holm Street bridge collapsed on Tuesday, killing two people.\n", "a.txt",
                  date(2026, 3, 18)),
        from_text("Divers searched the river after the bridge collapse that killed two people "
                  "last week; ferry operators protested.\n", "b.txt", date(2026, 3, 24)),
        from_text("In March, ferry operators protested against harbour fees and divers went on "
                  "strike.\n", "c.txt", date(2026, 4, 2))])
    march = [e for e in tl.events if e.value == "2026-03"]
    assert march and march[0].sources == ("c.txt",), [(e.value, e.sources) for e in tl.events]
