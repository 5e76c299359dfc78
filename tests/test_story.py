"""The story view (issue 20): importance, key dates, focus, names, page options."""
import json
import re
import subprocess
import sys
from datetime import date

import pytest

import timeline
from timeline import importance, ingest, render, summary
from timeline.model import Event

from conftest import SEED, SEED_DCT


def event(value, *, sources=("a",), mentions=1, start=0, granularity="day", label="x"):
    first, last, _ = timeline.values.value_span(value)
    return Event(event_id="E", date=first, end_date=last, granularity=granularity, value=value,
                 timex=value, label=label, who=(), sentence=label, source=sources[0],
                 start=start, end=start + 5, anchor="explicit", confidence=0.9,
                 mentions=mentions, sources=tuple(sources))


def test_a_dates_summary_sentence_is_what_its_tellings_agree_on():
    """The sentence that shares most words with the date's other tellings comes first; of two
    that agree as much, the one nearer a summary's length."""
    agreed = "Rebel fighters seized the eastern city of Benghazi after heavy fighting with troops"
    told = [event("2011-02-20", label=agreed, sources=("a",)),
            event("2011-02-20", label="Markets in Asia closed lower amid worries", sources=("b",)),
            event("2011-02-20", label="Officials in the capital announced a new program that "
                  "will support small farmers and their families across the southern provinces "
                  "next year", sources=("e",)),   # (a summary's length, told by no other)
            event("2011-02-20", label="Rebel fighters seized Benghazi after heavy fighting",
                  sources=("c",)),
            event("2011-02-20", label=agreed + " that had lasted for days and nights in the "
                  "streets of the city and its suburbs, witnesses and officials said", sources=("d",))]
    order = importance.summary_order(told)
    assert order[0].source == "a" and order[-1].source in ("b", "e")
    assert sorted(told, key=importance.summary_key)[0].source == "e"   # (length alone)
    assert importance.summary_order([]) == []


def test_importance_weighs_reporting_precision_lead_and_news():
    dct = {"a": date(2025, 4, 9), "b": date(2025, 4, 9)}
    widely = event("2025-04-08", sources=("a", "b"), mentions=3)
    once = event("2025-04-08")
    coarse = event("2025", granularity="year")
    background = event("2025-04-08", start=9000)
    history = event("1990-04-08")
    scored = importance.score([widely, once, coarse, background, history], dct)
    values = [e.importance for e in scored]
    assert all(0 <= v <= 1 for v in values)
    assert values[0] == max(values)                     # reported by two sources
    assert values[1] > values[2] and values[1] > values[3] and values[1] > values[4]


def test_key_events_are_the_most_important_in_date_order():
    scored = importance.score([event("2025-04-01", mentions=4), event("2025-03-01"),
                               event("2025-02-01", mentions=2)], {})
    keys = importance.key_events(scored, 2)
    assert [e.value for e in keys] == ["2025-02-01", "2025-04-01"]


def test_a_key_date_is_one_the_sources_agree_on_and_comes_once():
    """Three articles each report something on March 1 (three events, one source each): that
    day is key before a day one article reports twice; it is listed once, as its best event."""
    march = [event("2025-03-01", sources=(s,), mentions=m) for s, m in (("a", 1), ("b", 2), ("c", 1))]
    april = event("2025-04-01", sources=("a",), mentions=3)
    keys = importance.key_events(importance.score(march + [april], {}), 1)
    assert [(e.value, e.source) for e in keys] == [("2025-03-01", "b")]


def test_a_time_counts_as_its_day_among_the_key_dates():
    """One article reports Friday night, two others Friday: Friday is the day three sources
    agree on, before a day two report."""
    friday = [event("2025-03-07TNI", sources=("a",), granularity="time"),
              event("2025-03-07", sources=("b",)), event("2025-03-07", sources=("c",))]
    other = [event("2025-03-01", sources=(s,), mentions=3) for s in ("a", "b")]
    keys = importance.key_events(importance.score(friday + other, {}), 1)
    assert [e.date for e in keys] == [date(2025, 3, 7)]


def test_a_day_is_a_key_date_before_a_year_as_widely_told():
    """Background years the articles recall (a leader in power since 1978) count half: a day
    two articles report is key before a year three recall; a year four recall is key."""
    day = [event("2011-03-18", sources=("a", "b"))]
    year = [event("1978", sources=("a", "b", "c"), granularity="year")]
    keys = importance.key_events(importance.score(day + year, {}), 1)
    assert [e.value for e in keys] == ["2011-03-18"]
    year = [event("1978", sources=("a", "b", "c", "d", "e"), granularity="year")]
    keys = importance.key_events(importance.score(day + year, {}), 1)
    assert [e.value for e in keys] == ["1978"]


def test_summary_markdown_escapes_article_text():
    e = importance.score([event("2025-04-01", label="[click](javascript:x) *now* <b>")], {})
    text = summary.markdown("T_1", e)
    assert "\\[click\\]\\(javascript:x\\) \\*now\\* \\<b\\>" in text and "# T\\_1" in text
    assert summary.rows(e)[0]["headline"] == "[click](javascript:x) *now* <b>"


def test_the_year_a_story_is_told_in_is_no_key_date_of_it():
    """Three reports of 2011 say "in 2011" (the present to them); two recall 2003."""
    this_year = [event("2011", sources=("a", "b", "c"), granularity="year")]
    recalled = [event("2003", sources=("a", "b"), granularity="year")]
    published = {s: date(2011, 3, 1) for s in "abc"}
    keys = importance.key_events(importance.score(this_year + recalled, published), 1, published)
    assert [e.value for e in keys] == ["2003"]
    later = {"a": date(2012, 1, 5), "b": date(2011, 3, 1), "c": date(2011, 3, 1)}   # (told
    keys = importance.key_events(importance.score(this_year, later), 1, later)   # looking back)
    assert [e.value for e in keys] == ["2011"]


def test_a_key_date_told_by_many_sources_lists_a_few_and_counts_the_rest():
    many = importance.score([event("2025-04-01", sources=tuple(f"s{i}.txt" for i in range(9)))],
                            {})
    assert "(s0.txt, s1.txt, s2.txt and 6 more)" in summary.markdown("T", many)
    assert len(summary.rows(many)[0]["sources"]) == 9
    four = importance.score([event("2025-04-01", sources=("a", "b", "c", "d"))], {})
    assert "(a, b, c, d)" in summary.markdown("T", four)


def test_a_summarys_sources_are_named_as_a_reader_names_them(tmp_path):
    """By outlet where the front matter gives one, else by the file's name (with its folder
    when two files share a name), never the whole path; one outlet's reports named once."""
    for folder, name, outlet in (("d1", "a.txt", "Motor Daily"), ("d1", "b.txt", ""),
                                 ("d2", "b.txt", ""), ("d2", "c.txt", "Motor Daily")):
        (tmp_path / folder).mkdir(exist_ok=True)
        front = f"---\npublished: 2026-01-09\noutlet: {outlet}\n---\n" if outlet else \
            "---\npublished: 2026-01-09\n---\n"
        (tmp_path / folder / name).write_text(
            front + "Vantor Motors recalled 120,000 SUVs on Thursday, regulators said.\n",
            encoding="utf-8")
    text = timeline.build(tmp_path).summary_markdown(1)
    assert "(Motor Daily, d1/b.txt, d2/b.txt)" in text, text
    assert str(tmp_path) not in text


def test_build_summary_prints_key_dates_and_adds_them_to_json(tmp_path):
    out = tmp_path / "e.json"
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(SEED), "-p", SEED_DCT,
                        "--summary", "3", "--json", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n- **") == 3 and r.stdout.startswith("# Defense Ministers")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["summary"]) == 3
    assert [s["date"] for s in data["summary"]] == sorted(s["date"] for s in data["summary"])


@pytest.mark.parametrize("text, headline", [
    ("Defense Ministers to Meet on Ukraine\nThe ministers met on Thursday.\n",
     "Defense Ministers to Meet on Ukraine"),
    ("The ministers met on Thursday.\nThey agreed.\n", ""),               # a sentence
    ("NAIROBI, Kenya (AP) _\nA bomb exploded on Friday.\n", ""),          # a dateline
    ("WASHINGTON (AP) --\nA bomb exploded on Friday.\n", ""),
    ("One line only, no body", ""),
])
def test_headline_is_a_first_line_that_reads_as_one(text, headline):
    assert ingest.headline(text) == headline


def test_front_matter_and_html_give_title_outlet_and_image(tmp_path):
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: Talks collapse\nsource: The Herald\npublished: 2025-04-09\n"
                  "image: https://example.org/a.jpg\n---\nTalks collapsed on Tuesday.\n",
                  encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text('<html><head><meta property="og:title" content="Deal signed">'
                    '<meta property="og:site_name" content="Daily Planet">'
                    '<meta property="og:image" content="javascript:alert(1)"></head>'
                    "<body><article><p>The deal was signed on Friday.</p></article></body></html>",
                    encoding="utf-8")
    tl = timeline.build([md, page], "2025-04-09")
    docs = {d["id"].rsplit("/", 1)[-1]: d for d in tl.documents}
    assert (docs["a.md"]["title"], docs["a.md"]["outlet"], docs["a.md"]["image"]) == (
        "Talks collapse", "The Herald", "https://example.org/a.jpg")
    assert (docs["b.html"]["title"], docs["b.html"]["outlet"], docs["b.html"]["image"]) == (
        "Deal signed", "Daily Planet", "")
    assert tl.title == "Talks collapse (and 1 more story)"
    fig = tl.figure(group_by="source")
    assert {"The Herald", "Daily Planet"} <= {t.name for t in fig.data}


def test_a_storys_title_is_the_headline_its_others_share_most_words_with():
    from timeline.api import story_title
    docs = [{"id": "0", "title": "Spain requires a negative test from travellers"},
            {"id": "1", "title": "Spain requires a negative test from travellers"},
            {"id": "2", "title": "Protesters in Cairo demand Mubarak resign"},
            {"id": "3", "title": "Mubarak resigns after weeks of protests in Cairo"},
            {"id": "4", "title": "Cairo celebrates as Mubarak resigns"}]
    title = story_title(docs)   # (a stray page's repeated headline counts once)
    assert "Mubarak" in title and title.endswith("(and 4 more stories)"), title
    assert story_title(docs[:1] + docs[2:3]) == \
        "Spain requires a negative test from travellers (and 1 more story)"   # (a tie: the first)


def test_a_title_is_never_a_file_name(tmp_path):
    src = tmp_path / "notes-2025.txt"
    src.write_text("The council met on Monday.\n", encoding="utf-8")
    assert timeline.build(src, "2025-04-09").title == "Timeline"


def test_first_view_spans_the_dense_period_not_the_background():
    days = [f"2017-10-{d:02d}" for d in (14, 14, 15, 16, 17, 18)]
    events = [event(v) for v in days] + [event("2000/2009", granularity="span"),
                                         event("1998", granularity="year")]
    lo, hi = render.focus(importance.score(events, {}))
    assert 2017.7 < lo and hi < 2017.85


def test_top_shows_key_events_first_and_a_button_shows_all():
    events = importance.score([event(f"2025-03-{d:02d}", mentions=1 + d % 3)
                               for d in range(1, 31)], {})
    fig = render.figure(events, top=10)
    shown = sum(len(t.customdata) for t in fig.data if t.visible and t.name != "labels")
    assert shown == 10
    menu = fig.layout.updatemenus[0]
    assert [b.label for b in menu.buttons] == ["Key events (10)", "All 30 events"]
    on = menu.buttons[1].args[0]["visible"]
    assert sum(len(t.customdata) for t, v in zip(fig.data, on) if v and t.name != "labels") == 30


def test_plotlyjs_cdn_page_is_small_and_allows_only_the_cdn(seed_timeline):
    inline, cdn = seed_timeline.html(), seed_timeline.html(plotlyjs="cdn")
    assert len(cdn) < len(inline) / 20
    assert re.search(r"script-src [^;]*https://cdn\.plot\.ly", cdn)
    assert "cdn.plot.ly" not in inline.split("<body>")[0]


def test_card_data_cannot_close_its_script_element():
    e = importance.score([event("2025-04-01", label="</script><script>alert(1)</script>")], {})
    data = timeline.page.card_data(e)
    assert "</script>" not in data and "<" not in data
    assert json.loads(data)[0]["label"] == "</script><script>alert(1)</script>"


def test_timelinejs_dates_readers_read_and_the_story_picture(tmp_path):
    src = tmp_path / "a.md"
    src.write_text("---\ntitle: Ages\nimage: https://example.org/a.jpg\n---\nCaesar was killed "
                   "on 15 March 44 BC. The 1990s were calm. Jazz rose in the 20th century.\n",
                   encoding="utf-8")
    data = json.loads(timeline.build(src, "2010-01-01").timelinejs())
    assert data["title"]["text"]["headline"] == "Ages"
    assert data["title"]["media"] == {"url": "https://example.org/a.jpg"}
    shown = {s.get("display_date"): s["start_date"] for s in data["events"]}
    assert shown["15 March 44 BC"] == {"year": -43, "month": 3, "day": 15}
    assert shown["the 1990s"]["year"] == 1990 and shown["the 20th century"]["year"] == 1900


def test_a_day_recalled_from_before_the_story_counts_once():
    """Later reports recalling a day of the story make it key (LOOKED_BACK); a day recalled from
    years before the first report ("last grounded its jets in June 2019") is background, no
    more key than a day the news tells once."""
    published = {"a": date(2026, 3, 3), "b": date(2026, 3, 9)}
    recalled = event("2019-06-12", sources=("a",))
    fire = event("2026-03-02", sources=("a",))     # (the day before the first report)
    reopening = event("2026-03-09", sources=("b",), mentions=2)
    scored = importance.score([recalled, fire, reopening], published)
    keys = importance.key_events(scored, 2, published)
    assert [e.value for e in keys] == ["2026-03-02", "2026-03-09"]


def test_a_key_date_is_told_by_its_first_telling():
    """Two happenings of one day in one story, as widely told: the key date shows the one its
    story tells first (the lead), not a later detail of a summary's length."""
    lead = event("2026-05-11", start=120, label="The trial of the former mayor of the small "
                 "harbour town opened at the High Court in the city nearly two years after she "
                 "was charged with taking bribes from a building firm")
    detail = event("2026-05-11", start=700, label="The judge warned the fifteen jurors on the "
                   "first day not to read anything about the case online or in the papers")
    keys = importance.key_events(importance.score([detail, lead], {}), 1)
    assert [e.start for e in keys] == [120]


def test_a_key_date_is_told_as_it_happened_not_as_it_was_announced():
    """Two earlier articles announce Saturday's landing; one published after it reports it: the
    day's key event is the report."""
    published = {"a": date(2026, 9, 14), "b": date(2026, 10, 2), "c": date(2026, 10, 11)}
    announced = event("2026-10-10", sources=("a", "b"), label="The lander will attempt a landing")
    landed = event("2026-10-10T18:47", sources=("c",), granularity="time",
                   label="The lander touched down near the south pole")
    keys = importance.key_events(importance.score([announced, landed], published), 1, published)
    assert [e.label for e in keys] == ["The lander touched down near the south pole"]


def test_a_storys_first_happening_outranks_its_later_ones():
    """Within the lead too: what a story tells first it tells as most important, so a short
    article's events are not all equally important."""
    dct = {"a": date(2025, 4, 9)}
    first, later = importance.score([event("2025-04-08", start=40),
                                     event("2025-04-07", start=900)], dct)
    assert first.importance > later.importance


def test_the_first_view_ends_at_the_story_and_its_last_labels_turn_left():
    """No empty stretch after the last event for labels to run into ("2100" on a history
    ending in 1990): the view ends a margin after the last event, and a label that would run
    past that edge stands left of its marker or ends at its span's end."""
    events = importance.score([event(v, label=f"The council met {v}",
                                     granularity="day" if "-" in v else "year")
                               for v in ("1961", "1987", "1990-03-04", "1628-08-10")] +
                              [event("1626/1628", granularity="span",
                                     label="Shipwrights built the ship")],
                              {})
    fig = render.figure(events)
    lo, hi = (date.fromisoformat(x[:10]) for x in fig.layout.xaxis.range)
    assert hi < date(2010, 1, 1) and lo > date(1600, 1, 1)   # (was 2170: room for a label)
    (labels,) = [t for t in fig.data if t.name == "labels"]
    sides = dict(zip(labels.text, labels.textposition))
    assert sides["The council met 1628-08-10"] == "middle right"
    assert sides["Shipwrights built the ship"] == "middle right"
    assert sides["The council met 1990-03-04"] == "middle left"
    for x, side in zip(labels.x, labels.textposition):
        assert x[:10] <= fig.layout.xaxis.range[1][:10]
    lanes = {}
    for x, y, text, side in zip(labels.x, labels.y, labels.text, labels.textposition):
        lanes.setdefault(y, []).append((x, side))
    assert max(lanes) <= 3   # (two crowded ends, each in lanes of its own labels)


def test_the_table_names_a_file_source_by_its_name_and_keeps_its_path_in_a_title(tmp_path):
    folder = tmp_path / "deep" / "folder"
    folder.mkdir(parents=True)
    src = folder / "report<b>.txt"
    src.write_text("The council met on Monday.\n", encoding="utf-8")
    page = timeline.build(src, "2025-04-09").html()
    cell = re.search(r'<td title="([^"]*)">([^<]*)</td>', page)
    assert cell.group(2) == "report&lt;b&gt;.txt"                # (the name, escaped)
    assert cell.group(1).endswith("folder/report&lt;b&gt;.txt") and str(tmp_path.name) in \
        cell.group(1)                                          # (the whole path on hover)
    assert timeline.page.source_name("https://example.com/news/a") == "https://example.com/news/a"
