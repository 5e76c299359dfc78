"""Large files are read in parts: same text, same offsets into the whole file, same dates."""
import csv
import json
import warnings
from datetime import date

import pytest
from typer.testing import CliRunner

from timeline import build, ingest
from timeline.api import process_all
from timeline.cli import app
from timeline.errors import DecodingWarning, TimelineError

PARAGRAPHS = [
    "The council met on March 13, 2025 and voted to close the bridge.",
    "On Monday, officials said the works would start next week.",
    "Residents protested on Feb. 26 outside the town hall, three days later the mayor resigned.",
    "The budget for 2024 was cut by 30,000 euros in the 1990s style.",
    "Café owners — “furious” — said on 2025-03-24 that they would sue within 30 days.",
]


def corpus(n: int) -> str:
    return "\n\n".join(f"{PARAGRAPHS[i % len(PARAGRAPHS)]} Item {i}." for i in range(n)) + "\n"


@pytest.fixture
def small_parts(monkeypatch):
    """Stream every file of more than 1 KB, in parts of about 2,000 characters."""
    monkeypatch.setattr(ingest, "STREAM_BYTES", 1024)
    monkeypatch.setattr(ingest, "PART_CHARS", 2000)
    monkeypatch.setattr(ingest, "_BLOCK", 700)   # blocks smaller than parts; byte blocks end mid-character


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_parts_join_to_the_whole_text(tmp_path, small_parts, encoding):
    text = "---\npublished: 2025-04-09\n---\n" + corpus(80).replace("\n", "\r\n", 7)
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    parts = list(ingest.read_parts(path))
    assert len(parts) > 3
    assert "".join(p.text for p in parts) == text
    for before, part in zip(parts, parts[1:]):
        assert part.offset == before.offset + len(before.text)
        assert part.published == date(2025, 4, 9) and part.body_start == 0
    assert all(len(p.text) <= 2000 for p in parts)
    assert all(p.text.endswith("\n\n") for p in parts[:-1])   # cut at paragraph breaks


def test_offsets_and_values_match_whole_file_processing(tmp_path, small_parts):
    text = corpus(120)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    streamed = [t for p in process_all(path, "2025-04-09") for t in p.timexes]
    whole = [t for p in process_all(path, "2025-04-09", whole=True) for t in p.timexes]
    assert len(streamed) == len(whole) > 200
    for s, w in zip(streamed, whole):
        assert text[s.start:s.end] == s.text
        assert (s.start, s.end, s.text, s.type) == (w.start, w.end, w.text, w.type)
        if s.anchor in ("explicit", "dct"):
            assert s.value == w.value


def test_parts_share_the_first_parts_inferred_date(tmp_path, small_parts):
    path = tmp_path / "big.txt"
    path.write_text(corpus(60), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        processed = list(process_all(path))
    assert len(processed) > 2
    assert {p.dct for p in processed} == {date(2025, 3, 24)}
    assert all(p.dct_inferred for p in processed)
    assert len([w for w in caught if "no publication date" in str(w.message)]) == 1


def test_build_lists_a_streamed_file_once_with_events_in_file_offsets(tmp_path, small_parts):
    text = corpus(60)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    timeline = build(path, "2025-04-09")
    assert [d["id"] for d in timeline.documents] == [str(path)]
    assert timeline.dated
    for e in timeline.events:
        assert text[e.start:e.end] == e.timex


def test_windows_1252_fallback_in_parts(tmp_path, small_parts):
    text = corpus(40) + "Late café on 12 June 2025.\n"
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.warns(DecodingWarning):
        parts = list(ingest.read_parts(path))
    assert "".join(p.text for p in parts) == text


def test_binary_large_file_is_refused(tmp_path, small_parts):
    path = tmp_path / "big.bin"
    path.write_bytes(b"\x00\x01\x02" * 2000)
    with pytest.raises(TimelineError, match="binary"):
        list(ingest.read_parts(path))


def test_invalid_utf16_large_file_is_refused(tmp_path, small_parts):
    path = tmp_path / "big.txt"
    path.write_bytes("x".encode("utf-16") + b"\x00\xd8" * 2000)   # unpaired surrogates
    with pytest.raises(TimelineError, match="invalid utf-16"):
        list(ingest.read_parts(path))


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_tag_streams_rows_of_a_large_file(tmp_path, small_parts, fmt):
    text = corpus(60)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(app, ["tag", str(path), "-p", "2025-04-09", "-f", fmt,
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f)) if fmt == "csv" else [json.loads(line) for line in f]
    assert len(rows) > 100
    assert all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows)


def test_cli_tag_failure_leaves_no_output(tmp_path, small_parts):
    good, bad = tmp_path / "big.txt", tmp_path / "bad.txt"
    good.write_text(corpus(60), encoding="utf-8")
    bad.write_bytes(b"")
    out = tmp_path / "out.csv"
    out.write_text("previous run\n")
    result = CliRunner().invoke(app, ["tag", str(good), str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "big.txt", "out.csv"]
