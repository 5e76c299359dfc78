"""Exports and re-rendering: the JSON schema, TimelineJS JSON, editing the events CSV and
rendering it again, --open, help examples and the notebook."""
import csv
from dataclasses import replace
import io
import re
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline import render
from timeline.export import events_csv
from conftest import ROOT, SEED, SEED_DCT

KESTREL = Path(__file__).parent / "data" / "kestrel"


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("source", [SEED, KESTREL])
def test_json_output_follows_the_documented_schema(source):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    payload = json.loads(timeline.build(source, SEED_DCT if source == SEED else None).json())
    jsonschema.validate(payload, schema)
    payload["events"][0]["date"] = "April 10"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, schema)


def test_every_happening_of_an_about_build_follows_the_schema_too():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    text = ("Norvane Lines diverted its ships on March 9. Norvane Lines cancelled sailings. "
            "Norvane Lines will resume sailings.\n")
    built = timeline.build(text, "2026-03-12", about=["Norvane Lines"])
    payload = json.loads(built.json())
    jsonschema.validate(payload, schema)
    anchors = {e["anchor"] for e in payload["events"]}
    assert {"dct", "tense", "none"} <= anchors   # (and happenings no date of theirs dates)
    undated = [e for e in payload["events"] if e["value"] == "XXXX-XX-XX"]
    assert undated and all(e["date"] == "" and e["timex"] == "" for e in undated)


def test_timelinejs_has_a_slide_per_dated_event(seed_timeline):
    data = json.loads(seed_timeline.timelinejs())
    slides = data["events"]
    assert len(slides) == len(seed_timeline.dated) == 6
    assert data["title"]["text"]["headline"]
    by_id = {e.event_id: e for e in seed_timeline.dated}
    for slide in slides:
        event = by_id[slide["unique_id"]]
        assert slide["start_date"]["year"] == event.date.year
        if event.granularity == "day":
            assert (slide["start_date"]["month"], slide["start_date"]["day"]) == \
                (event.date.month, event.date.day)
        elif event.granularity == "year":
            assert set(slide["start_date"]) == {"year"}
        assert slide["text"]["headline"]


def test_timelinejs_escapes_text_and_groups():
    text = 'On March 3, 2025 the <script>alert(1)</script> group "X" met in Kestrel.'
    built = timeline.build(text, "2025-04-09")
    data = json.loads(built.timelinejs(group_by="source"))
    slide = data["events"][0]
    assert "<script>" not in json.dumps(data) and "&lt;script&gt;" in slide["text"]["text"]
    assert slide["group"] == "text"


def test_season_slides_have_an_end_date():
    built = timeline.build("Prices rose sharply in the summer of 2024, traders said.", "2025-01-01")
    slide = json.loads(built.timelinejs())["events"][0]
    assert slide["start_date"] == {"year": 2024, "month": 6, "day": 1}   # the season's span
    assert slide["end_date"]["year"] == 2024 and slide["display_date"] == "2024-SU"


def figure_data(tl):
    fig = tl.figure()
    return [trace.to_plotly_json() for trace in fig.data]


def test_round_trip_build_csv_render_draws_the_same_figure(tmp_path, seed_timeline):
    path = tmp_path / "events.csv"
    seed_timeline.to_csv(path)
    again = timeline.Timeline.from_csv(path, seed_timeline.title)
    assert again.events == tuple(seed_timeline.events)
    assert figure_data(again) == figure_data(seed_timeline)


def test_early_years_are_drawn_on_a_year_axis_named_as_readers_do(seed_timeline):
    early = timeline.build("Charlemagne was crowned on December 25, 800. Hastings was fought "
                           "on 14 October 1066.", "2024-05-01").figure()
    assert early.layout.xaxis.type == "linear"
    assert "AD 800" in early.layout.xaxis.ticktext and "1000" in early.layout.xaxis.ticktext
    assert seed_timeline.figure().layout.xaxis.type == "date"   # modern: Plotly's own dates


def test_years_before_the_common_era_are_dated_and_drawn(tmp_path):
    tl = timeline.build("Caesar was killed in 44 BC. Rome was founded in the 8th century BC. "
                        "Augustus died in AD 14. The museum reopened in 2009.", "2010-01-01")
    assert [render.when_text(e) for e in tl.events] == [
        "8th century BC", "44 BC", "AD 14", "2009"]
    assert not tl.undated and len(tl.dated) == 4
    axis = tl.figure().layout.xaxis
    assert axis.type == "linear" and any(t.endswith(" BC") for t in axis.ticktext)
    assert axis.range[0] < -798 and axis.range[1] > 2009
    row = next(r for r in csv.DictReader(io.StringIO(tl.csv())) if r["value"] == "BC0044")
    assert (row["date"], row["end_date"]) == ("'-0043-01-01", "'-0043-12-31")  # (neutral cells)
    path = tmp_path / "e.csv"
    tl.to_csv(path)
    assert timeline.Timeline.from_csv(path).events == tl.events
    page = tl.html()
    assert "44 BC" in page and "Undated mentions" not in page
    assert list(tl.to_frame()["date"].dt.year) == [-798, -43, 14, 2009]


def test_coarse_values_read_as_a_reader_writes_them():
    tl = timeline.build("In the 1980s she campaigned for the miners. The city grew fast in "
                        "the 19th century. The bridge was finished in the summer of 2019.",
                        "2025-11-20")
    assert sorted(render.when_text(e) for e in tl.events) == [
        "1980s", "19th century", "summer 2019"]


def test_a_clock_time_shows_its_time():
    tl = timeline.build("Polls closed at 9:45 p.m. on Monday.", "2026-11-03")
    assert [render.when_text(e) for e in tl.events] == ["2026-11-02 21:45"]


def test_a_range_of_years_before_the_era_is_one_dated_span(tmp_path):
    tl = timeline.build("Octavian defeated Antony at Actium (32-31 B.C.).", "2010-01-01")
    (e,) = tl.events
    assert (e.value, e.granularity, render.when_text(e)) == ("BC0032/BC0031", "span",
                                                            "32 BC – 31 BC")
    row = next(csv.DictReader(io.StringIO(tl.csv())))
    assert (row["date"], row["end_date"]) == ("'-0031-01-01", "'-0030-12-31")
    path = tmp_path / "e.csv"
    tl.to_csv(path)
    assert timeline.Timeline.from_csv(path).events == tl.events


def test_every_dated_event_has_one_label_drawn_inside_the_first_view(seed_timeline):
    fig = seed_timeline.figure()
    labels = [t for t in fig.data if t.name == "labels"]
    assert sum(len(t.text) for t in labels) == len(seed_timeline.dated)
    lo, hi = fig.layout.xaxis.range
    in_view = [e for e in seed_timeline.dated if e.end_date.isoformat() >= lo[:10]]
    assert sum(lo <= x <= hi for t in labels for x in t.x) == len(in_view) >= 5
    assert all(not getattr(t, "text", None) for t in fig.data if t.type == "bar")


def test_edited_csv_renders_the_corrections(tmp_path, seed_timeline):
    rows = list(csv.DictReader(io.StringIO(seed_timeline.csv())))
    first, rest = rows[0], rows[1:]
    first.update(date="2024-11-05", end_date="2024-11-05", granularity="", value="",
                 label="=HYPERLINK(\"http://x\") corrected label")
    del rest[0]                                          # a deleted row
    edited = tmp_path / "edited.csv"
    with edited.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(first))
        writer.writeheader()
        writer.writerows([first] + rest)
    out = tmp_path / "t.html"
    r = run("render", edited, "--html", out, "--title", "Corrected")
    assert r.returncode == 0, r.stderr
    again = timeline.Timeline.from_csv(edited)
    assert len(again.events) == len(rows) - 1
    corrected = again.events[0]
    assert (corrected.date.isoformat(), corrected.granularity, corrected.value) == \
        ("2024-11-05", "day", "2024-11-05")
    assert corrected.label.startswith("=HYPERLINK")
    page = out.read_text(encoding="utf-8")
    assert "Corrected" in page and "corrected label" in page
    assert "'=HYPERLINK" in events_csv(again.events)   # still neutralized on the way out


@pytest.mark.parametrize("content, message", [
    ("a,b\n1,2\n", "not an events CSV"),
    ("date,label\n2025-02-30,x\n", "line 2"),
    ("date,end_date,label\n2025-03-02,2025-03-01,x\n", "before date"),
    ("date,label\n03/04/2025,x\n", "line 2: column date: '03/04/2025' is not a date (day/month"),
    ("Date;Label\nsoon;x\n", "line 2: column date: 'soon' is not a date; write 2025-04-12, "
     "2025-04 (a month), 2025 (a year), April 12 2025"),
])
def test_render_bad_csv_is_one_line_error(tmp_path, content, message):
    path = tmp_path / "events.csv"
    path.write_text(content, encoding="utf-8")
    r = run("render", path, "--html", tmp_path / "t.html")
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "t.html").exists()


def test_minimal_hand_written_csv_renders(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("date,end_date,label\n2025-03-01,2025-03-31,A month\n2025-03-04,,A day\n"
                    "2024-01-01,2024-12-31,A year\n2025-03-03,2025-03-09,A week\n"
                    ",,Some time ago\n", encoding="utf-8")
    tl = timeline.Timeline.from_csv(path)
    assert [(e.granularity, e.value) for e in tl.events] == [
        ("month", "2025-03"), ("day", "2025-03-04"), ("year", "2024"),
        ("span", "2025-03-03/2025-03-09"), ("", "PAST_REF")]
    assert tl.events[-1].date is None and len(tl.dated) == 4
    assert "A week" in tl.html()


def test_a_spreadsheets_csv_renders(tmp_path):
    """What spreadsheets write: any-case headers, ';' between cells, whole months and years,
    dates as people write them."""
    path = tmp_path / "sheet.csv"
    path.write_text("Date;End Date;LABEL;Who\n2025-03;;Budget talks;Senate\n2025;;The year;\n"
                    "April 12 2025;;Vote;House; Senate\n-0043-03-15;;Caesar killed;Brutus\n",
                    encoding="utf-8")
    r = run("render", path, "--html", tmp_path / "t.html")
    assert r.returncode == 0, r.stderr
    tl = timeline.Timeline.from_csv(path)
    assert [(e.granularity, e.value, e.label) for e in tl.events] == [
        ("month", "2025-03", "Budget talks"), ("year", "2025", "The year"),
        ("day", "2025-04-12", "Vote"), ("day", "BC0044-03-15", "Caesar killed")]
    assert tl.events[0].who == ("Senate",) and render.when_text(tl.events[3]) == "15 March 44 BC"


@pytest.mark.parametrize("label", ["=HYPERLINK(\"http://x\")", "'=1+1", "''+x", "-5 degrees",
                                   "'quoted'", "'"])
def test_csv_round_trip_keeps_text_as_written_and_neutral(tmp_path, label):
    tl = timeline.build("The museum reopened in 2009.", "2010-01-01")
    edited = timeline.Timeline(tuple(replace(e, label=label) for e in tl.events), "t")
    path = tmp_path / "e.csv"
    edited.to_csv(path)
    again = timeline.Timeline.from_csv(path)
    assert again.events[0].label == label
    assert again.csv() == edited.csv()
    cell = next(csv.DictReader(io.StringIO(again.csv())))["label"]
    assert not cell.startswith(("=", "+", "-", "@"))


def test_open_hands_the_page_to_the_browser(tmp_path):
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f"#!/bin/sh\necho \"$1\" > {opened}\n")
    browser.chmod(0o755)
    env = dict(os.environ, BROWSER=str(browser))
    r = run("build", SEED, "-p", SEED_DCT, "--open", env=env)
    assert r.returncode == 0, r.stderr
    url = opened.read_text().strip()
    assert url.startswith("file://") and url.endswith("timeline.html")
    assert "plotly" in Path(url[len("file://"):]).read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["tag", "build", "render", "demo"])
def test_every_command_has_help_with_an_example(command):
    r = run(command, "--help")
    assert r.returncode == 0
    if command != "demo":
        assert "Example" in r.stdout and f"timeline {command} " in r.stdout


def test_shell_completion_is_offered():
    r = run("--help")
    assert "--install-completion" in r.stdout and "--show-completion" in r.stdout


def test_notebook_runs_top_to_bottom(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    saved = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.outputs for cell in saved)   # (committed with its outputs: GitHub shows them)
    assert "/tmp/" not in json.dumps(notebook) and str(ROOT) not in json.dumps(notebook)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT / "notebooks")}})
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = json.dumps([o.get("data", {}) for o in outputs])
    assert "application/vnd.plotly.v1+json" in shown or "text/html" in shown
    assert "6 dated events" in json.dumps([o.get("text", "") for o in outputs])


def test_a_story_among_years_bc_reads_its_months():
    """A 2026 story that mentions a comet's pass 5,000 years ago: the story's view is labelled
    by its months, the whole timeline (its button, the overview strip) by round years."""
    text = ("The comet was spotted on Jan. 9. Observatories confirmed it on Jan. 11. It will "
            "pass closest on Oct. 21 and be brightest in late October. It last passed about "
            "5,000 years ago.")
    tl = timeline.build(text, "2026-10-02")
    fig = render.figure(tl.events)
    axis = fig.layout.xaxis
    inside = [t for t in axis.tickvals if axis.range[0] <= t <= axis.range[1]]
    assert len(inside) >= 2 and all(re.fullmatch(r"[A-Z][a-z]{2} 202[67]", t)
                                    for t in axis.ticktext), axis.ticktext
    assert any("BC" in t for t in fig.layout.xaxis2.ticktext)
    whole = next(b for m in fig.layout.updatemenus for b in m.buttons
                 if b.label.startswith("Whole timeline"))
    assert any("BC" in t for t in whole.args[0]["xaxis.ticktext"])
