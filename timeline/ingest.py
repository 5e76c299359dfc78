"""Ingest: bytes from a file, stdin or a string -> `Document`.

Owns decoding (BOMs, UTF-8, a reported Windows-1252 fallback), refusing what is not text (empty,
binary, directories), and front matter: a YAML-style block between `---` lines at the very top
whose `published:`/`date:` and `title:` fields set the document's metadata. The block stays in
`Document.text` (offsets count from the file's first character) but is not tagged.

An HTML file (.html/.htm) becomes its article text (htmltext), so offsets count in that text;
a Markdown file (.md) its text with the markup written as spaces (mdtext), offsets unchanged.
A document without a given or front-matter date takes its page's publication date, else a date
in its file name ("2025-04-09-coalition.txt") or folder ("2025-04-09/a.txt",
"2025/04/09/a.txt"), each recorded in `published_source`.

Text files larger than STREAM_BYTES are read in parts (`read_parts`): about PART_CHARS characters
each, cut at a paragraph break where there is one, each a Document whose `offset` says where its
text starts in the whole file, so memory stays bounded however large the file is.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
import warnings
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from dataclasses import replace
from typing import Iterable, Iterator, Optional, Union

from . import htmltext, mdtext
from .errors import DecodingWarning, TimelineError
from .model import Document
from .values import safe_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.M)
_DATE_KEYS = ("published", "date", "pubdate", "publish_date", "published_at")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)")
_FOLDER_DATE = re.compile(r"(?:^|/)((?:19|20)\d\d)/(\d\d)/(\d\d)$")   # (.../2011/02/17)
STREAM_BYTES = 8 << 20      # files above this size are processed in parts
PART_CHARS = 1 << 20        # about this many characters a part
_BLOCK = 1 << 20            # bytes read at a time


def parse_date(text: str, what: str = "date") -> date:
    """A calendar date from an ISO string (time and zone allowed), else from any full date a
    page, a feed or a person writes ("April 9, 2025", "Wed, 09 Apr 2025 10:00:00 GMT", "9 avril
    2025", "13/04/2025"); TimelineError otherwise, and for "09/04/2025" (which order?)."""
    text = str(text).strip().strip("'\"")
    try:
        return date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else \
            datetime.fromisoformat(text).date()
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric and numeric.group(1) != numeric.group(2) and \
            max(int(numeric.group(1)), int(numeric.group(2))) <= 12:
        raise TimelineError(f"{what} {text!r} could be day/month or month/day: write it as "
                            "YYYY-MM-DD")
    found = _written_date(text)
    if found is None:
        raise TimelineError(f"{what} {text!r} is not a date (expected YYYY-MM-DD or a full "
                            "date such as 'April 9, 2025')")
    return found


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})")


def _written_date(text: str) -> Optional[date]:
    """A full date written any other way: RFC 822 (feeds), else dateparser's long tail of
    formats and languages (absolute dates only: "yesterday" means nothing in metadata)."""
    if not text or len(text) > 100:
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser   # (heavy: only for a date no faster reader knows)
    try:
        found = dateparser.parse(text, settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:   # noqa: BLE001 - a third-party parser's odd failures mean "no date"
        return None
    return found.date() if found else None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding used). Refuses empty and binary data with a message naming `name`."""
    encoding = _sniff(data, name)
    try:
        return data.decode(encoding or "utf-8"), encoding or "utf-8"
    except UnicodeDecodeError:
        if encoding:
            raise TimelineError(f"{name}: invalid {encoding} text") from None
    return _cp1252(data, name), "cp1252"


def _sniff(head: bytes, name: str) -> Optional[str]:
    """The encoding a byte-order mark names, else None; refuses empty and NUL-holding data."""
    if not head.strip():
        raise TimelineError(f"{name}: file is empty")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head[:65536] and (utf16 := _utf16_without_bom(head[:65536])):
        return utf16
    if b"\x00" in head[:65536]:
        raise TimelineError(f"{name}: looks like a binary file (NUL bytes), not text")
    return None


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """"utf-16-le" or "-be" for UTF-16 written without a byte-order mark, as some Windows tools
    save it: most characters of text in a Latin, Greek or Cyrillic script have a zero byte on
    the same side (and binary data has zeros on both). None when it is not that."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs * 0.3 and other <= pairs * 0.01:
            try:   # (not final: a surrogate pair cut at the end of the head is no error)
                text = codecs.getincrementaldecoder(encoding)().decode(head)
            except UnicodeDecodeError:
                return None
            return None if _looks_binary(text) else encoding
    return None


def _cp1252(data: bytes, name: str) -> str:
    text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise TimelineError(f"{name}: looks like a binary file, not text")
    return text


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
              title: str = "", encoding: str = "", require_text: bool = True,
              outlet: str = "", image: str = "") -> Document:
    """A Document from decoded text; `published` overrides any front matter date. Its title is
    `title`, else front matter `title:`, else a first line that reads as a headline; its outlet
    (meta "outlet") `outlet` or front matter `source:`/`outlet:`/`publisher:`, its picture
    (meta "image") `image` or front matter `image:`. An empty body is an error unless
    `require_text` is False."""
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
    outlet = outlet or next((fields[k] for k in _OUTLET_KEYS if fields.get(k)), "")
    image = image or fields.get("image", "")
    if outlet:
        meta["outlet"] = outlet
    if image.lower().startswith(("https://", "http://")):
        meta["image"] = image
    return Document(id=doc_id, text=text, published=published, published_source=source,
                    title=title or fields.get("title", "") or headline(text, body_start),
                    body_start=body_start, meta=meta)


_OUTLET_KEYS = ("source", "outlet", "publisher", "site_name")
_HEADLINE_END = re.compile(r"[.,;:!_—–-]\W*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^\n]{0,40}?(?:\([^)]*\))?\s*(?:--|—|–|-|_)(?:\s|$)"
                       r"|\((?:AP|AFP|Reuters|Xinhua|UPI)\)")   # ("NAIROBI, Kenya (AP) _")


def headline(text: str, start: int = 0) -> str:
    """The first line of the body when it reads as a headline: followed by more text, at most
    20 words and 160 characters, not ending as a sentence does, no wire dateline; else ""."""
    body = text[start:start + 2000].lstrip()
    first, _, rest = body.partition("\n")
    first = first.strip()
    if first.startswith("#"):   # (a Markdown heading: "# Kestrel strike drags on")
        first = first.lstrip("#").strip()
    if not rest.strip() or not first or len(first) > 160 or len(first.split()) > 20 or \
            _HEADLINE_END.search(first) or _DATELINE.match(first) or not first[0].isalnum():
        return ""
    return first


def _warn_fallback(name: str, encoding: str) -> None:
    if encoding == "cp1252":
        warnings.warn(f"{name}: not valid UTF-8; decoded as Windows-1252", DecodingWarning,
                      stacklevel=3)


def _file(source: Union[str, os.PathLike]) -> Path:
    path = Path(source)
    if not path.exists():
        raise TimelineError(f"{source}: no such file")
    if path.is_dir():
        raise TimelineError(f"{source}: is a directory, not a file")
    return path


def _cannot_read(name: str, e: OSError) -> TimelineError:
    return TimelineError(f"{name}: cannot read ({e.strerror or e})")


def read(source: Union[str, os.PathLike], published: Optional[date] = None) -> Document:
    """A Document from a path, or from standard input when `source` is '-'."""
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = _file(source).read_bytes()
        except OSError as e:
            raise _cannot_read(name, e) from None
    text, encoding = decode(data, name)
    _warn_fallback(name, encoding)
    if name.lower().endswith(mdtext.SUFFIXES):
        text = mdtext.plain(text)   # (Markdown's markup as spaces: offsets hold)
    if not name.lower().endswith(HTML_SUFFIXES):
        return _dated(from_text(text, name, published, encoding=encoding))
    page = htmltext.read_page(text)
    if not page.text.strip():
        raise TimelineError(f"{name}: no article text in the page")
    return _dated(from_text(page.text, name, published, page.title, encoding,
                            outlet=page.outlet, image=page.image), page.published)


def date_in_name(name: str) -> Optional[date]:
    """The date a file name carries: 2025-04-09-x.txt, x_2025_04_09.md, 20250409.html; else
    the folder it is in, or the one above that (news/2011-02-17/a.txt), or a dated folder
    path (news/2011/02/17/a.txt): a day's articles are often kept so."""
    path = Path(name)
    folders = [p.name for p in list(path.parents)[:2]]
    for part in [path.name] + folders:
        for m in _NAME_DATE.finditer(part):
            found = safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            if found:
                return found
    m = _FOLDER_DATE.search(path.parent.as_posix())
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _dated(doc: Document, page_date: Optional[str] = None) -> Document:
    """`doc`, dated by its page's metadata or its file name when nothing dated it yet."""
    if doc.published is not None:
        return doc
    if page_date:
        try:
            return replace(doc, published=parse_date(page_date), published_source="html-meta")
        except TimelineError:
            pass
    in_name = date_in_name(doc.id)
    return replace(doc, published=in_name, published_source="file-name") if in_name else doc


def read_parts(source: Union[str, os.PathLike], published: Optional[date] = None,
               part_chars: Optional[int] = None) -> Iterator[Document]:
    """A path (or '-') as Documents of about `part_chars` characters each, in order.

    Stdin, or a file up to STREAM_BYTES, is one Document as `read` gives it. A larger file is
    decoded twice in blocks (once to choose the encoding, once to cut the parts), so memory
    holds one part at a time; every part carries the first part's metadata and its `offset`.
    """
    name = str(source)
    if name == "-" or name.lower().endswith(HTML_SUFFIXES) or \
            _file(source).stat().st_size <= STREAM_BYTES:
        yield read(source, published)
        return
    try:
        encoding = _file_encoding(Path(source), name)
        _warn_fallback(name, encoding)
        with open(source, encoding=encoding, errors="replace", newline="") as f:
            first = None
            blocks = iter(lambda: f.read(_BLOCK), "")
            markdown = name.lower().endswith(mdtext.SUFFIXES)
            for offset, text in _cut(blocks, part_chars or PART_CHARS):
                text = mdtext.plain(text) if markdown else text   # (its markup line by line)
                if first is None:
                    first = _dated(from_text(text, name, published, encoding=encoding))
                    yield first
                elif text.strip():
                    yield replace(first, text=text, offset=offset, body_start=0)
    except OSError as e:
        raise _cannot_read(name, e) from None


def _file_encoding(path: Path, name: str) -> str:
    """The encoding `decode` would choose for the whole file, read block by block."""
    with open(path, "rb") as f:
        head = f.read(_BLOCK)
        encoding = _sniff(head, name)
        decoder = codecs.getincrementaldecoder(encoding or "utf-8")()
        try:
            block = head
            while block:
                decoder.decode(block)
                block = f.read(_BLOCK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if encoding:
                raise TimelineError(f"{name}: invalid {encoding} text") from None
            _cp1252(head[:65536], name)   # refuses binary
            return "cp1252"
    return encoding or "utf-8"


_BREAKS = ("\n\n", "\n", ". ", " ")


def _cut(blocks: Iterable[str], part_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, text) parts of the concatenated blocks, each cut after the last paragraph break
    (else line break, sentence end, space) of its final half; no character is lost."""
    pending, offset = "", 0
    for block in blocks:
        pending += block
        while len(pending) >= part_chars:
            cut = part_chars
            for brk in _BREAKS:
                at = pending.rfind(brk, part_chars // 2, part_chars)
                if at >= 0:
                    cut = at + len(brk)
                    break
            yield offset, pending[:cut]
            offset += cut
            pending = pending[cut:]
    if pending:
        yield offset, pending
