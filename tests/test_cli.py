"""End-to-end: the `timeline` command on the seed article and on bad input."""
import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from conftest import SEED, SEED_DCT

EXPECTED_TAGS = [
    ("Thursday", "2025-04-10", "DATE"), ("Thursday", "2025-04-10", "DATE"),
    ("Feb. 26", "2025-02-26", "DATE"), ("years ago", "PAST_REF", "DATE"),
    ("last year", "2024", "DATE"), ("March 24", "2025-03-24", "DATE"),
    ("30-day", "P30D", "DURATION"), ("Friday", "2025-04-11", "DATE"),
    ("March 13, 2025", "2025-03-13", "DATE"), ("March 13", "2025-03-13", "DATE"),
]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=120)


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_tag_seed_values():
    r = run("tag", SEED, "--published", SEED_DCT)
    assert r.returncode == 0, r.stderr
    rows = csv_rows(r.stdout)
    assert [(x["text"], x["value"], x["type"]) for x in rows] == EXPECTED_TAGS
    text = SEED.read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    for word in ("30,000", "50 countries", "four"):
        start = text.index(word)
        assert not any(int(x["start"]) < start + len(word) and start < int(x["end"]) for x in rows)


def test_tag_jsonl_and_stdin():
    r = run("tag", "-", "--published", SEED_DCT, "--format", "jsonl",
            stdin=SEED.read_text(encoding="utf-8"))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["text"], x["value"]) for x in rows] == [(t, v) for t, v, _ in EXPECTED_TAGS]
    assert set(rows[0]) >= {"source", "start", "end", "text", "type", "value", "granularity",
                            "anchor", "confidence"}


def test_tag_timeml_is_valid_xml_with_dct(tmp_path):
    out = tmp_path / "seed.tml"
    r = run("tag", SEED, "--published", SEED_DCT, "--format", "timeml", "-o", out)
    assert r.returncode == 0, r.stderr
    import xml.dom.minidom
    dom = xml.dom.minidom.parse(str(out))
    timexes = dom.getElementsByTagName("TIMEX3")
    assert timexes[0].getAttribute("functionInDocument") == "CREATION_TIME"
    assert timexes[0].getAttribute("value") == SEED_DCT
    assert [t.getAttribute("value") for t in timexes[1:]] == [v for _, v, _ in EXPECTED_TAGS]


def test_front_matter_gives_the_dct(tmp_path):
    path = tmp_path / "a.md"
    body = SEED.read_text(encoding="utf-8")
    path.write_text(f"---\ntitle: x\npublished: {SEED_DCT}\n---\n{body}", encoding="utf-8")
    r = run("tag", path)
    assert r.returncode == 0 and "warning" not in r.stderr
    rows = csv_rows(r.stdout)
    assert [(x["text"], x["value"]) for x in rows] == [(t, v) for t, v, _ in EXPECTED_TAGS]
    text = path.read_text(encoding="utf-8")
    assert all(text[int(x["start"]):int(x["end"])] == x["text"] for x in rows)


def test_without_published_explicit_dates_are_right_and_user_is_warned():
    r = run("tag", SEED)
    assert r.returncode == 0
    assert r.stderr.count("warning") == 1 and "no publication date" in r.stderr
    values = {x["text"]: x["value"] for x in csv_rows(r.stdout)}
    assert values["March 13, 2025"] == "2025-03-13"
    assert values["Feb. 26"] == "2025-02-26"
    assert values["March 24"] == "2025-03-24"
    assert values["last year"] == "2024"
    anchors = {x["anchor"] for x in csv_rows(r.stdout) if x["text"] == "Thursday"}
    assert anchors == {"inferred-dct"}


def build_events(tmp_path):
    out = tmp_path / "events.csv"
    r = run("build", SEED, "--published", SEED_DCT, "--csv", out)
    assert r.returncode == 0, r.stderr
    return csv_rows(out.read_text(encoding="utf-8"))


def test_build_six_dated_events_and_one_vague(tmp_path):
    rows = build_events(tmp_path)
    dated = [r for r in rows if r["date"]]
    assert [r["value"] for r in dated] == ["2024", "2025-02-26", "2025-03-13", "2025-03-24",
                                           "2025-04-10", "2025-04-11"]
    assert [r["value"] for r in rows if not r["date"]] == ["PAST_REF"]
    by_value = {r["value"]: r for r in rows}
    assert by_value["2024"]["date"] == "2024-01-01" and by_value["2024"]["end_date"] == "2024-12-31"
    assert "campaign" in by_value["2024"]["sentence"] and "promised" in by_value["2024"]["label"]
    assert "Trump" in by_value["2025-02-26"]["who"]
    assert by_value["2025-03-13"]["mentions"] == "2"          # caption + body merged
    assert "Piatykhatky" in by_value["2025-03-13"]["label"]
    assert "Russia" in by_value["2025-03-24"]["label"] and "March 24" not in by_value["2025-03-24"]["label"]
    assert by_value["2025-04-10"]["mentions"] == "2"          # "on Thursday" + "Thursday's meeting"
    assert "NATO" in by_value["2025-04-10"]["who"]
    assert "50 countries" in by_value["2025-04-11"]["label"]
    for r in rows:
        assert len(r["label"].split()) <= 15
        assert list(r)[:19] == ["event_id", "date", "end_date", "granularity", "value", "timex",
                                "label", "who", "where", "trigger", "trigger_start",
                                "trigger_end", "sentence", "source", "start", "end", "anchor",
                                "confidence", "mentions"]


def test_build_prints_table_without_outputs():
    r = run("build", SEED, "--published", SEED_DCT)
    assert r.returncode == 0
    assert "2025-04-10" in r.stdout and "undated (PAST_REF)" in r.stdout


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.external = []
        self.rows = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.external.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.external.append(attrs["href"])
        if tag == "tr" and "data-event" in attrs:
            self.rows += 1


def test_html_is_self_contained_and_holds_every_event(tmp_path):
    html_path, csv_path = tmp_path / "t.html", tmp_path / "e.csv"
    r = run("build", SEED, "--published", SEED_DCT, "--html", html_path, "--csv", csv_path)
    assert r.returncode == 0, r.stderr
    page = html_path.read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(page)
    assert parser.external == []
    assert "Plotly.newPlot" in page and len(page) > 1_000_000   # plotly.js inlined
    rows = csv_rows(csv_path.read_text(encoding="utf-8"))
    assert parser.rows == len(rows)
    for row in rows:
        assert row["event_id"] in page


def test_demo(tmp_path):
    r = run("demo", "--out", tmp_path / "demo")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "demo" / "timeline.html").stat().st_size > 1_000_000
    assert len(csv_rows((tmp_path / "demo" / "events.csv").read_text(encoding="utf-8"))) == 7
    assert "timeline.html" in r.stdout


def _file(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make,message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "directory"),
    (lambda p: _file(p / "e.txt", b""), "empty"),
    (lambda p: _file(p / "b.bin", bytes(range(256)) * 8), "binary"),
])
def test_bad_input_one_line_nonzero(tmp_path, make, message):
    r = run("build", make(tmp_path), "--published", SEED_DCT, "--html", tmp_path / "o.html")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and message in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "o.html").exists()


def test_undecodable_bytes_are_read_as_cp1252(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 talks were held on Monday.".encode("cp1252"))
    r = run("tag", path, "--published", SEED_DCT)
    assert r.returncode == 0 and "2025-04-07" in r.stdout
    assert "decoded as Windows-1252" in r.stderr


def test_bad_published_is_a_usage_error(tmp_path):
    r = run("build", SEED, "--published", "2025-02-30", "--csv", tmp_path / "x.csv")
    assert r.returncode == 2 and "not a date" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.csv").exists()


def test_published_may_be_written_as_people_write_dates(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text("Talks were held on Monday.", encoding="utf-8")
    r = run("tag", path, "--published", "April 9, 2025")
    assert r.returncode == 0 and "2025-04-07" in r.stdout
    r = run("tag", path, "--published", "09/04/2025")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr and "Traceback" not in r.stderr


def test_failed_run_keeps_existing_output(tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("precious\n")
    r = run("build", tmp_path / "missing.txt", "--csv", out)
    assert r.returncode == 1 and out.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_help_does_not_import_heavy_libraries():
    code = ("import sys; from timeline.cli import app; "
            "print(sorted(m for m in ('pandas', 'plotly', 'dateparser') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "[]"
    assert run("--help").returncode == 0


def test_html_and_csv_neutralize_hostile_text(tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("=HYPERLINK(\"http://evil\") met on Monday. <script>alert(1)</script> "
                   "voted on Tuesday.", encoding="utf-8")
    html, out = tmp_path / "x.html", tmp_path / "x.csv"
    r = run("build", src, "-p", SEED_DCT, "--html", html, "--csv", out)
    assert r.returncode == 0, r.stderr
    page = html.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page or "\\u003cscript\\u003ealert(1)" in page   # (shown,
    # escaped: as HTML text, or in the card's JSON)
    rows = csv_rows(out.read_text(encoding="utf-8"))
    assert all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())
    r = run("build", src, "-p", SEED_DCT, "--csv", out, "--raw-csv")
    assert any(v.startswith("=") for row in csv_rows(out.read_text(encoding="utf-8"))
               for v in row.values())


# Issue 19: crashes, exits and silent options.
def test_an_output_that_fails_costs_no_other(tmp_path, monkeypatch):
    from timeline import cli
    from timeline.api import build

    tl = build("The museum reopened in 2009.", "2010-01-01")
    monkeypatch.setattr(type(tl), "html", lambda *a, **k: 1 / 0)
    paths = [tmp_path / name for name in ("x.html", "x.csv", "x.json")]
    with pytest.raises(Exception, match="x.html: internal error: ZeroDivisionError"):
        cli._write_outputs(tl, *paths)
    assert not paths[0].exists() and paths[1].exists() and paths[2].exists()


def test_history_with_early_years_writes_every_output(tmp_path):
    src = _file(tmp_path / "ad14.txt", b"Augustus died in AD 14. The museum reopened in 2009.\n")
    outs = [tmp_path / name for name in ("x.html", "x.csv", "x.json")]
    r = run("build", src, "-p", "2010-01-01", "--html", outs[0], "--csv", outs[1],
            "--json", outs[2])
    assert r.returncode == 0, r.stderr
    assert all(p.exists() for p in outs) and "AD 14" in outs[0].read_text(encoding="utf-8")


def test_strict_names_the_skipped_documents_and_exits_1(tmp_path):
    good = _file(tmp_path / "good.txt", b"The summit opened on March 3, 2025.\n")
    empty = _file(tmp_path / "empty.txt", b"")
    r = run("build", good, empty, "-p", "2025-04-09", "--strict", "--csv", tmp_path / "s.csv")
    assert r.returncode == 1 and "internal error" not in r.stderr
    assert "empty.txt" in r.stderr.splitlines()[-2] and (tmp_path / "s.csv").exists()


def test_a_closed_pipe_ends_quietly(tmp_path):
    big = _file(tmp_path / "big.txt", b"The summit opened on March 3, 2025. " * 20000)
    r = subprocess.run(f"{sys.executable} -m timeline tag {big} -p 2025-04-09 | head -2",
                       shell=True, capture_output=True, text=True, timeout=120)
    assert r.stdout.count("\n") == 2 and r.stderr == ""


@pytest.mark.parametrize("flag", ["--date-column", "--id-column"])
def test_an_unknown_dataset_column_names_the_columns(tmp_path, flag):
    data = _file(tmp_path / "data.csv", b'body,day\n"The summit opened on Friday.",2025-04-09\n')
    r = run("build", data, "--text-column", "body", flag, "nope")
    assert r.returncode == 1 and f"no column 'nope' (columns: body, day)" in r.stderr
    assert flag in r.stderr


def test_a_failed_tag_writes_nothing_to_stdout(tmp_path):
    good = _file(tmp_path / "good.txt", b"The summit opened on March 3, 2025.\n")
    r = run("tag", good, tmp_path / "missing.txt", "-p", "2025-04-09")
    assert r.returncode == 1 and r.stdout == "" and "missing.txt" in r.stderr


@pytest.mark.parametrize("text, why", [
    (b"Nothing happened.\n", "no date or time expression"),
    (b"12 March 2024\n\nApril 2025\n", "2 date or time expressions in 1 document, none"),
])
def test_a_build_with_no_events_says_why(tmp_path, text, why):
    r = run("build", _file(tmp_path / "d.txt", text), "-p", "2025-04-09")
    assert r.returncode == 0 and f"0 events: {why}" in r.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, encoding):
    text = "Zelenskyy met Macron in Kyiv — café talks — on March 3, 2025.\n"
    r = run("tag", _file(tmp_path / "u.txt", text.encode(encoding)), "-p", SEED_DCT)
    assert r.returncode == 0, r.stderr
    row = csv_rows(r.stdout)[0]
    assert (row["text"], row["value"]) == ("March 3, 2025", "2025-03-03")
    assert text[int(row["start"]):int(row["end"])] == "March 3, 2025"


def test_help_wraps_whole_sentences_and_flags_show_no_placeholder():
    import os
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", TERM="dumb")
    main = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True,
                          text=True, timeout=60, env=env).stdout
    line = next(l for l in main.splitlines() if " render " in l)
    assert "the CSV is the editable source of truth" in line   # (one line at 200 columns)
    build = subprocess.run([sys.executable, "-m", "timeline", "build", "--help"],
                           capture_output=True, text=True, timeout=60, env=env).stdout
    assert "<bool>" not in build and "<path>" in build
    assert "(a document a row). A document that cannot be read" in build
