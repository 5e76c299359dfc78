"""Ingest: bytes from a file, stdin or a string -> `Document`.

Owns decoding (BOMs, UTF-8, a reported Windows-1252 fallback), refusing what is not text (empty,
binary, directories), and front matter: a YAML-style block between `---` lines at the very top
whose `published:`/`date:` and `title:` fields set the document's metadata. The block stays in
`Document.text` (offsets count from the file's first character) but is not tagged.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Optional, Union

from .errors import DecodingWarning, TimelineError
from .model import Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.M)
_DATE_KEYS = ("published", "date", "pubdate", "publish_date", "published_at")


def parse_date(text: str, what: str = "date") -> date:
    """A calendar date from an ISO string (time and zone allowed); TimelineError otherwise."""
    text = str(text).strip().strip("'\"")
    try:
        return date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else \
            datetime.fromisoformat(text).date()
    except ValueError:
        raise TimelineError(f"{what} {text!r} is not a date (expected YYYY-MM-DD)") from None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding used). Refuses empty and binary data with a message naming `name`."""
    if not data.strip():
        raise TimelineError(f"{name}: file is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise TimelineError(f"{name}: invalid {encoding} text") from None
    if b"\x00" in data[:65536]:
        raise TimelineError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise TimelineError(f"{name}: looks like a binary file, not text")
    return text, "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f")
    return controls > len(sample) * 0.05 or sample.count("\ufffd") > len(sample) * 0.05


def read_front_matter(text: str) -> tuple[dict, int]:
    """(fields, offset where the body starts) of a leading `---` block; ({}, 0) if none."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    fields = {k.lower(): v.strip().strip("'\"") for k, v in _FIELD.findall(m.group(1))}
    return fields, m.end()


def from_text(text: str, doc_id: str = "text", published: Optional[date] = None,
              title: str = "", encoding: str = "", require_text: bool = True) -> Document:
    """A Document from decoded text; `published` overrides any front matter date.
    An empty body is an error unless `require_text` is False."""
    fields, body_start = read_front_matter(text)
    source = "given" if published else "none"
    if published is None:
        for key in _DATE_KEYS:
            if fields.get(key):
                published = parse_date(fields[key], f"{doc_id}: front matter {key}:")
                source = "front-matter"
                break
    if require_text and not text[body_start:].strip():
        raise TimelineError(f"{doc_id}: no text to read")
    meta = {"encoding": encoding} if encoding else {}
    return Document(id=doc_id, text=text, published=published, published_source=source,
                    title=title or fields.get("title", ""), body_start=body_start, meta=meta)


def read(source: Union[str, os.PathLike], published: Optional[date] = None) -> Document:
    """A Document from a path, or from standard input when `source` is '-'."""
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.exists():
            raise TimelineError(f"{name}: no such file")
        if path.is_dir():
            raise TimelineError(f"{name}: is a directory, not a file")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise TimelineError(f"{name}: cannot read ({e.strerror or e})") from None
    text, encoding = decode(data, name)
    if encoding == "cp1252":
        warnings.warn(f"{name}: not valid UTF-8; decoded as Windows-1252", DecodingWarning,
                      stacklevel=2)
    return from_text(text, name, published, encoding=encoding)
