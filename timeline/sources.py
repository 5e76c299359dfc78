"""Sources: what a user names (files, folders, datasets) -> the documents to read, in order.

Owns expanding folders (recursively, optionally by a glob), which files count as documents
(.txt, .md, .html ...), and datasets: a CSV or JSON Lines file whose every row is a document, with
its text, publication date and id in named columns. A row with no text or a bad date is reported,
not fatal: it becomes a `BadSource` that the builder skips and counts.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Iterator, Mapping, Optional, Sequence, Union

from .errors import TimelineError
from .model import Document

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
DATASET_SUFFIXES = {".csv", ".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Columns:
    """Where a dataset keeps each document's text, publication date and id."""
    text: str = "text"
    date: Optional[str] = None
    id: Optional[str] = None


@dataclass(frozen=True)
class BadSource:
    """A document that cannot be read, with a one-line message naming it."""
    name: str
    message: str


Item = Union[str, Path, Document, BadSource]


def readable(item: Item) -> Union[str, Path, Document]:
    """The item to read, or its error (TimelineError) when it is a `BadSource`."""
    if isinstance(item, BadSource):
        raise TimelineError(item.message)
    return item


def is_path(source: str) -> bool:
    """Whether a string names a file ('-' is stdin) rather than being text to read."""
    return "\n" not in source and len(source) < 4096 and (source == "-" or os.path.exists(source))


def names_file(source) -> bool:
    """Whether a source (a path, '-', a Document or a string of text) is read from a file."""
    return isinstance(source, os.PathLike) or (isinstance(source, str) and is_path(source))


def expand(names: Sequence[Union[str, os.PathLike, Document]], glob: Optional[str] = None,
           columns: Columns = Columns(), published: Optional[date] = None) -> Iterator[Item]:
    """Every document `names` stands for: files as they are, a folder's document files (or
    those matching `glob`) in name order, a dataset's rows as Documents."""
    for n, name in enumerate(names, 1):
        if isinstance(name, Mapping):   # (a dataset's row handed over in Python)
            yield _mapping_document(name, columns, n, published)
            continue
        if not isinstance(name, (str, os.PathLike, Document)):
            raise TypeError(f"document {n} is of type {type(name).__name__}: timeline reads paths, "
                            "folders, datasets, Document objects, text strings and dicts with "
                            f"a {columns.text!r} key")
        if not names_file(name) or str(name) == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob(glob or "*") if p.is_file() and
                           not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and (glob or p.suffix.lower() in DOCUMENT_SUFFIXES | DATASET_SUFFIXES))
            if not found:
                what = f"files matching {glob}" if glob else \
                    "document files (.txt .md .html .csv .jsonl)"
                yield BadSource(str(path), f"{path}: directory holds no {what}")
            for p in found:
                yield from _file(p, columns, published)
        else:
            yield from _file(path, columns, published)


def _mapping_document(record: Mapping, columns: Columns, n: int,
                      published: Optional[date]) -> Union[Document, BadSource]:
    """A dict as a dataset row: its text in `columns.text`, its date in `columns.date` (else
    its "published" or "date" key), its id in `columns.id` (else its "id" key)."""
    date_key = columns.date or next((k for k in ("published", "date") if k in record), None)
    doc_id = str(record.get(columns.id or "id") or f"document {n}")
    return row_document(dict(record), replace(columns, date=date_key), doc_id, published)


def _file(path: Path, columns: Columns, published: Optional[date]) -> Iterator[Item]:
    if path.suffix.lower() in DATASET_SUFFIXES and path.is_file():
        try:
            yield from dataset_rows(path, columns, published)
        except TimelineError as e:
            yield BadSource(str(path), str(e))
    else:
        yield path


def _records(path: Path) -> Iterator[Union[dict, str]]:
    """The rows of a dataset as dicts; a line that is not a JSON object as an error message."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            if path.suffix.lower() == ".csv":
                csv.field_size_limit(1 << 30)
                yield from csv.DictReader(f)
                return
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except ValueError:
                        record = None
                    yield record if isinstance(record, dict) else f"line {n} is not a JSON object"
    except UnicodeDecodeError:
        raise TimelineError(f"{path}: dataset is not UTF-8 text") from None
    except OSError as e:
        raise TimelineError(f"{path}: cannot read ({e.strerror or e})") from None


def dataset_rows(path: Path, columns: Columns, published: Optional[date] = None
                 ) -> Iterator[Union[Document, BadSource]]:
    """One Document a row of a CSV or JSON Lines dataset; `published` overrides the date column."""
    for n, record in enumerate(_records(path), 1):
        if isinstance(record, str):
            yield BadSource(f"{path.name}#{n}", f"{path.name}#{n}: {record}")
            continue
        for flag, column in (("--text-column", columns.text), ("--date-column", columns.date),
                             ("--id-column", columns.id)):
            if n == 1 and column is not None and column not in record:
                raise TimelineError(f"{path}: no column {column!r} (columns: "
                                    f"{', '.join(map(str, record))}); choose one with {flag}")
        doc_id = f"{path.name}#{record.get(columns.id) or n}" if columns.id else f"{path.name}#{n}"
        yield row_document(record, columns, doc_id, published)


def row_document(record: dict, columns: Columns, doc_id: str,
                 published: Optional[date] = None) -> Union[Document, BadSource]:
    """A dataset row as a Document (`published` overrides its date column), or why it is not."""
    from .ingest import from_text, parse_date

    text = record.get(columns.text)
    try:
        if not isinstance(text, str) or not text.strip():
            raise TimelineError(f"{doc_id}: no text in column {columns.text!r}")
        when = published
        if when is None and columns.date and record.get(columns.date):
            when = parse_date(record[columns.date], f"{doc_id}: {columns.date}")
        doc = from_text(text, doc_id, when)
        return replace(doc, published_source="dataset") if when and not published else doc
    except TimelineError as e:
        return BadSource(doc_id, str(e))
