"""Many documents: folders, HTML pages, datasets, per-document dates, cross-source merging,
parallel builds and bad documents in a corpus."""
import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.errors import SkippedDocumentWarning
from timeline import htmltext, ingest
from timeline.errors import InferredDateWarning, SkippedDocumentWarning
from timeline.sources import Columns, expand

KESTREL = Path(__file__).parent / "data" / "kestrel"

# (value, outlets reporting it, words the label must hold): the story as a reader knows it.
KESTREL_EVENTS = [
    ("2025", {"herald"}, "contract with the port authority expired"),
    ("2026-03-02", {"herald", "times"}, "walked off the job"),
    ("2026-03-05", {"herald", "times"}, "ordered mediation talks"),
    ("2026-03-05TEV", {"herald"}, "fire broke out"),
    ("2026-03-09", {"times", "post"}, "diverted"),
    ("2026-03-10", {"times", "post"}, "rejected"),
    ("2026-03-16", {"times", "post"}, "signed an agreement"),
]


def outlets(event):
    return {Path(s).parent.name for s in event.sources}


@pytest.fixture(scope="module")
def kestrel():
    return timeline.build(KESTREL, jobs=1)


def test_corpus_builds_the_merged_story_event_by_event(kestrel):
    assert len(kestrel.documents) == 7 and not kestrel.skipped
    got = [(e.value, outlets(e), e.label) for e in kestrel.events]
    assert len(got) == len(KESTREL_EVENTS), got
    for (value, where, words), (got_value, got_where, label) in zip(KESTREL_EVENTS, got):
        assert (got_value, got_where) == (value, where), (value, got)
        assert words in label


def test_distinct_same_day_events_stay_apart(kestrel):
    march_5 = [e for e in kestrel.events if e.date == date(2026, 3, 5)]
    assert len(march_5) == 2
    assert {"Ilse Brandt"} <= set(march_5[0].who) and "Kestrel" in march_5[1].label


def test_coarse_report_merges_to_the_precise_date(kestrel):
    diverted = next(e for e in kestrel.events if "diverted" in e.label)
    assert diverted.granularity == "day" and diverted.value == "2026-03-09"
    assert any(s.endswith("2026-03-12-norvane.md") for s in diverted.sources)   # "In March"
    assert "Norvane Lines" in diverted.who and "Lines" not in diverted.who
    assert not [e for e in kestrel.events if e.granularity == "month"]


def test_each_document_dated_from_its_own_metadata(kestrel):
    how = {Path(d["id"]).name: (d["published"], d["published_source"])
           for d in kestrel.documents}
    assert how["strike-begins.txt"] == ("2026-03-03", "front-matter")
    assert how["2026-03-06-mediation-and-fire.txt"] == ("2026-03-06", "file-name")
    assert how["talks.html"] == ("2026-03-06", "html-meta")        # article:published_time
    assert how["norvane.html"] == ("2026-03-11", "html-meta")      # JSON-LD datePublished
    assert how["deal.html"] == ("2026-03-17", "html-meta")         # <time datetime>


def test_jobs_do_not_change_the_timeline(kestrel):
    parallel = timeline.build(KESTREL, jobs=2)
    assert parallel.csv() == kestrel.csv() and parallel.documents == kestrel.documents


def test_a_pool_gives_every_result_in_input_order(tmp_path):
    """Many chunks in flight at once (corpus.CHUNK, IN_FLIGHT): the results still come in the
    order of the documents, a bad one in its place."""
    from timeline.corpus import CHUNK, IN_FLIGHT, results
    from timeline.sources import BadSource

    n = CHUNK * IN_FLIGHT * 2 + 3
    items = [f"Report {i}.\nOn March {i % 28 + 1}, 2020, it rained." for i in range(n)]
    items[CHUNK * 3 + 1] = BadSource("broken.txt", "broken.txt: unreadable")
    serial = list(results(items, date(2020, 6, 1), jobs=1))
    pooled = list(results(items, date(2020, 6, 1), jobs=2))
    assert pooled == serial and len(pooled) == n
    assert [r.events[0].date.day for r in pooled if not r.error][:3] == [1, 2, 3]
    assert pooled[CHUNK * 3 + 1].error == "broken.txt: unreadable"


def test_glob_picks_files_in_folders():
    html_only = timeline.build(KESTREL, glob="*.html")
    assert {Path(d["id"]).suffix for d in html_only.documents} == {".html"}
    assert len(html_only.documents) == 3


def test_hidden_and_unknown_files_are_not_documents(tmp_path):
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "a.txt").write_text("On Monday it rained.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("On Monday it rained.")
    assert [Path(p).name for p in expand([tmp_path])] == ["b.md"]


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<html><head><title>T &amp; C</title><script>var d = "March 3, 2020";</script>
<style>p:after { content: "May 5" }</style></head><body>
<nav>Archive: January 2019</nav><article><p>Ministers met on <b>Thursday</b> &amp; agreed.</p>
<aside>Related: June 4</aside><p>It rained<br>on 5 May 2025.</p></article>
<footer>Copyright 2024</footer></body></html>"""


def test_html_keeps_the_article_text_only():
    page = htmltext.read_page(PAGE)
    assert page.text == "Ministers met on Thursday & agreed.\n\nIt rained\non 5 May 2025.\n"
    assert page.title == "T & C" and page.published is None


def test_html_without_article_or_body_still_reads_text():
    assert htmltext.read_page("<p>On <i>Monday</i></p><p>it rained").text == \
        "On Monday\n\nit rained\n"


@pytest.mark.parametrize("head, expected", [
    ('<meta property="article:published_time" content="2025-04-09T10:00:00Z">', "2025-04-09T10:00:00Z"),
    ('<meta name="pubdate" content="2025-04-09">', "2025-04-09"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "NewsArticle", "datePublished": "2025-04-08"}]}</script>', "2025-04-08"),
    ('<script type="application/ld+json">not json</script>', None),
])
def test_html_publication_date(head, expected):
    assert htmltext.read_page(f"<html><head>{head}</head><body><p>x y</p></body></html>"
                              ).published == expected


def test_html_file_is_read_as_its_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("<head>", '<head><meta name="date" content="Wed, 09 Apr 2025 '
                                 '10:00:00 GMT">'), encoding="utf-8")
    doc = ingest.read(path)
    assert doc.published == date(2025, 4, 9) and doc.published_source == "html-meta"
    assert "<" not in doc.text and "2020" not in doc.text and "2019" not in doc.text
    values = [t.value for t in timeline.tag(doc.text, doc.published)]
    assert values == ["2025-04-03", "2025-05-05"]   # "met on Thursday": the past one


def test_html_with_no_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
    with pytest.raises(timeline.TimelineError, match="no article text"):
        ingest.read(path)


@pytest.mark.parametrize("name, expected", [
    ("2025-04-09-coalition.txt", date(2025, 4, 9)), ("story_2025_04_09.md", date(2025, 4, 9)),
    ("20250409.html", date(2025, 4, 9)), ("2025-02-30-x.txt", None), ("id-123456789.txt", None),
    ("000_8174bc2ad41ff86e.txt", None), ("1234-12-01.txt", None),
    # a day's folder: its name, the one above it, or a year/month/day path
    ("news/2011-02-17/ext_143.txt", date(2011, 2, 17)),
    ("news/2011-02-17/html/a.html", date(2011, 2, 17)),
    ("news/2011/02/17/a.txt", date(2011, 2, 17)),
    ("news/2011-02-17/2025-04-09-x.txt", date(2025, 4, 9)),   # (the file's own date first)
    ("2011-02-17/a/b/c.txt", None), ("news/2011/02/a.txt", None), ("news/2011-02-30/a.txt", None),
])
def test_date_in_file_name(name, expected):
    assert ingest.date_in_name(name) == expected


# --- datasets -------------------------------------------------------------------------------

def test_csv_dataset_rows_are_documents(tmp_path):
    path = tmp_path / "news.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["uid", "pub", "body"])
        w.writerow(["a1", "2025-04-09", "The ministers will meet on Thursday in Brussels."])
        w.writerow(["a2", "2025-04-10", "The ministers met on Thursday in Brussels, aides said."])
        w.writerow(["a3", "not a date", "Rain fell on Monday."])
        w.writerow(["a4", "2025-04-10", "   "])
    with pytest.warns(SkippedDocumentWarning) as caught:
        built = timeline.build(path, columns=Columns("body", "pub", "uid"))
    assert len(caught) == 2 and "pub 'not a date' is not a date" in str(caught[0].message)
    assert [d["id"] for d in built.documents] == ["news.csv#a1", "news.csv#a2"]
    assert [d["published_source"] for d in built.documents] == ["dataset", "dataset"]
    assert [name for name, _ in built.skipped] == ["news.csv#a3", "news.csv#a4"]
    meeting = [e for e in built.events if e.value == "2025-04-10"]
    assert len(meeting) == 1 and meeting[0].sources == ("news.csv#a1", "news.csv#a2")


def test_jsonl_dataset_with_a_broken_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": "Talks began on March 3, 2025 in Geneva."}) + "\n"
                    "{broken\n\n" + json.dumps({"text": "Talks ended on March 5, 2025."}) + "\n",
                    encoding="utf-8")
    with pytest.warns(SkippedDocumentWarning, match="line 2"), \
            pytest.warns(InferredDateWarning):
        built = timeline.build(path)
    assert [d["id"] for d in built.documents] == ["news.jsonl#1", "news.jsonl#3"]
    assert built.skipped == (("news.jsonl#2", "news.jsonl#2: line 2 is not a JSON object"),)


def test_dataset_without_the_text_column_is_an_error(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("title,body\nx,On Monday it rained.\n", encoding="utf-8")
    with pytest.raises(timeline.TimelineError, match="no column 'text'.*--text-column"):
        timeline.build(path)


def test_dicts_are_dataset_rows_and_other_objects_a_clear_error():
    rows = [{"id": "a", "text": "The mill closed on 3 March 2025.", "published": "2025-03-10"},
            {"text": "The mill reopened yesterday.", "date": "2025-04-02"}]
    built = timeline.build(rows)
    assert [(e.source, e.value, e.label) for e in built.events] == [
        ("a", "2025-03-03", "The mill closed"), ("document 2", "2025-04-01", "The mill reopened")]
    one = timeline.build({"text": "The mill reopened yesterday.", "published": "2025-04-02"})
    assert [e.value for e in one.events] == ["2025-04-01"]   # (one dict: one document)
    with pytest.warns(SkippedDocumentWarning):
        skipped = timeline.build([{"text": " "}, rows[0]]).skipped
    assert skipped == (
        ("document 1", "document 1: no text in column 'text'"),)
    for bad in (123, b"On May 3, 2024 it rained.", None):
        with pytest.raises(TypeError, match=f"document 1 is of type {type(bad).__name__}"):
            timeline.build([bad])


# --- the command line on a corpus ------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def messy(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("The council met on March 3, 2025 in Kestrel.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "latin.txt").write_bytes("The café opened on 4 March 2025.\n".encode("cp1252"))
    return folder


def test_bad_documents_are_skipped_and_named(messy, tmp_path):
    out = tmp_path / "events.csv"
    r = run("build", messy, "--csv", out)
    assert r.returncode == 0, r.stderr
    assert "empty.txt: file is empty" in r.stderr and "binary.txt" in r.stderr
    assert "skipped 2 of 4 documents" in r.stderr and "Traceback" not in r.stderr
    assert "latin.txt: not valid UTF-8" in r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["value"] for r in rows} == {"2025-03-03", "2025-03-04"}


def test_strict_exits_nonzero_but_keeps_the_good_output(messy, tmp_path):
    out = tmp_path / "events.csv"
    r = run("build", messy, "--csv", out, "--strict")
    assert r.returncode == 1
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 2


def test_all_documents_bad_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    r = run("build", tmp_path)
    assert r.returncode == 1 and "none of the 2 documents could be read" in r.stderr


def test_group_by_source_gives_each_outlet_a_legend_entry(tmp_path):
    out = tmp_path / "t.html"
    r = run("build", KESTREL / "times", KESTREL / "post", "--group-by", "source",
            "--html", out, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    built = timeline.build([KESTREL / "times", KESTREL / "post"])
    fig = built.figure(group_by="source")
    groups = {t.legendgroup for t in fig.data}   # a merged event sits in its first source's lane
    assert groups == {Path(e.sources[0]).name for e in built.dated} and len(groups) == 3
    assert list(fig.layout.yaxis.ticktext)   # lane groups are labelled
    html = out.read_text(encoding="utf-8")
    assert "legendgroup" in html and "deal.html" in html


@pytest.mark.parametrize("groups, outlets, shown", [
    (["/data/herald/a.txt"], {}, ["a.txt"]),                       # one file: its name
    (["/x/herald/a.txt", "/y/times/b.txt"], {}, ["a.txt", "b.txt"]),
    (["/x/herald/a.txt", "/x/times/a.txt"], {}, ["herald/a.txt", "times/a.txt"]),  # (same name)
    (["AC/DC Weekly", "/x/b.txt"], {"/x/a.txt": "AC/DC Weekly"}, ["AC/DC Weekly", "b.txt"]),
    (["https://example.org/a", "(other)"], {}, ["https://example.org/a", "(other)"]),
])
def test_source_lanes_are_named_as_a_reader_names_them(groups, outlets, shown):
    from timeline.render import _display_names
    assert _display_names(groups, "source", outlets) == shown
    assert _display_names(groups, "who", outlets) == groups


def test_bad_group_by_is_a_usage_error():
    r = run("build", KESTREL, "--group-by", "colour")
    assert r.returncode == 2 and "colour" in r.stderr


def test_progress_bar_on_a_terminal_only(tmp_path):
    """stderr on a terminal shows the bar (documents done, rate); piped, nothing but results."""
    import pty

    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "timeline", "build", str(KESTREL), "--jobs", "1",
                             "--csv", str(tmp_path / "e.csv")], stdout=subprocess.PIPE,
                            stderr=secondary, env=dict(os.environ, COLUMNS="120"))
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:   # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(primary)
    assert proc.returncode == 0
    text = seen.decode("utf-8", "replace")
    assert "documents" in text and "/7" in text and "docs/s" in text
    piped = run("build", KESTREL, "--jobs", "1", "--csv", tmp_path / "f.csv")
    assert "docs/s" not in piped.stderr


def test_an_internal_error_skips_only_its_document(monkeypatch, tmp_path):
    from timeline import pipeline
    from timeline.corpus import DEBUG_ENV

    real = pipeline.document_events

    def flaky(processed, about=()):
        if "bad" in processed.document.id:
            raise ZeroDivisionError("boom")
        return real(processed, about)

    monkeypatch.setattr(pipeline, "document_events", flaky)
    (tmp_path / "bad.txt").write_text("The council met on March 3, 2025.")
    (tmp_path / "good.txt").write_text("The council met on March 4, 2025.")
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    with pytest.warns(SkippedDocumentWarning, match="internal error: ZeroDivisionError: boom"):
        built = timeline.build(tmp_path, "2025-04-09")
    assert [Path(d["id"]).name for d in built.documents] == ["good.txt"]
    monkeypatch.setenv(DEBUG_ENV, "1")   # what --debug sets: the traceback comes through
    with pytest.raises(ZeroDivisionError):
        timeline.build(tmp_path, "2025-04-09")


MARKDOWN = """---
published: 2026-06-30
---
# Key dates in the bridge inquiry

- **May 4, 2024**: The Arlen Bridge collapses during the evening rush hour.
- **March 3, 2026**: Prosecutors charge the agency's former director, Paul Kettering, with
  negligence.
- *2025*: Three officials are suspended, [the agency said](https://example.org/a "x").

> The bridge reopened in 1990.
"""


def test_markdown_markup_is_read_as_spaces_offsets_kept():
    from timeline import mdtext
    plain = mdtext.plain(MARKDOWN)
    assert len(plain) == len(MARKDOWN)
    assert "**" not in plain and "](" not in plain and "\n- " not in plain and "\n>" not in plain
    assert "May 4, 2024" in plain and "the agency said" in plain and "---" in plain
    assert mdtext.plain("3 * 4 * 5 and snake_case_word") == "3 * 4 * 5 and snake_case_word"


def _markdown_built(tmp_path, text: str) -> tuple:
    """(the timeline, its events by value) of a Markdown file holding `text`; every event's
    offsets checked against the file's text."""
    path = tmp_path / "dates.md"
    path.write_text(text, encoding="utf-8")
    tl = timeline.build(path)
    doc = ingest.read(path)
    assert all(doc.text[e.start:e.end] == e.timex for e in tl.events)
    return tl, {e.value: e for e in tl.events}


def test_a_markdown_chronology_gives_one_event_a_line(tmp_path):
    tl, got = _markdown_built(tmp_path, MARKDOWN)
    assert got["2024-05-04"].trigger == "collapses"
    assert got["2024-05-04"].label == "The Arlen Bridge collapses during the evening rush hour"
    assert got["2026-03-03"].trigger == "charge"
    assert got["2026-03-03"].label.startswith("Prosecutors charge the agency's former director")
    assert not any("*" in e.label or "[" in e.label for e in tl.events)


def test_a_markdown_table_gives_one_event_a_row(tmp_path):
    """A table of dates and what happened: each row one event, no pipe in any label; the
    rule under its header is no text; offsets still count in the file."""
    text = ("---\npublished: 2026-01-19\n---\n# Storm Ingrid\n\n| Date | Event |\n|---|:---|\n"
            "| 14 January 2026 | Storm Ingrid makes landfall on Tiree |\n"
            "| 18 January 2026 | Power is restored | Scotland |\n")
    from timeline import mdtext
    assert len(mdtext.plain(text)) == len(text) and "|" not in mdtext.plain(text)
    tl, got = _markdown_built(tmp_path, text)
    assert got["2026-01-14"].label == "Storm Ingrid makes landfall on Tiree"
    assert got["2026-01-18"].trigger == "restored"
    assert not any("|" in e.label for e in tl.events)
