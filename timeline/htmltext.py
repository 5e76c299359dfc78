"""HTML pages -> article text and metadata, with the standard library's HTML parser.

Owns what of a web page is the article: the text of its <article> (else <main>, else <body>),
without script, style, navigation, headers, footers, asides, forms and other boilerplate; block
elements become line breaks and paragraphs blank lines. Also reads the page's title and its
publication date (JSON-LD `datePublished`, `article:published_time` and similar meta tags, else
the first <time datetime>). Entities are decoded; nothing of the markup survives into the text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
        "button", "select", "svg", "iframe", "object", "canvas", "head"}
BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
         "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table", "tr", "dl", "dt", "dd",
         "hr", "address"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col",
        "embed", "param", "track"}
CONTAINERS = ("article", "main", "body", "")   # the first with text holds the article ("": all)
DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "date",
             "dc.date.issued", "dc.date", "og:published_time", "sailthru.date", "parsely-pub-date")


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    published: Optional[str] = None   # as the page writes it; the caller parses it
    outlet: str = ""   # the publication's name (og:site_name)
    image: str = ""    # the article's picture (og:image), an http(s) URL


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks = {name: [] for name in CONTAINERS}
        self.open = {name: 0 for name in CONTAINERS}
        self.open[""] = 1
        self.skipping = 0
        self.stack: list[tuple[str, bool]] = []   # open elements: (tag, whether it is skipped)
        self.title, self.in_title = "", False
        self.meta: dict = {}
        self.time_datetime: Optional[str] = None
        self.json_ld: list[str] = []
        self.in_json_ld = False

    def _emit(self, text: str) -> None:
        for name in CONTAINERS:
            if self.open[name]:
                self.chunks[name].append(text)

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and "content" in attrs:
                self.meta.setdefault(key, attrs["content"])
        elif tag == "time" and self.time_datetime is None and attrs.get("datetime"):
            self.time_datetime = attrs["datetime"]
        elif tag == "title":
            self.in_title = True
        elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self.in_json_ld = True
        if tag in VOID:
            if tag in ("br", "hr"):
                self._emit("\n")
            return
        skip = tag in SKIP and not (tag == "header" and self.open["article"])  # keep headlines
        self.stack.append((tag, skip))
        self.skipping += skip
        if tag in self.open:
            self.open[tag] += 1
        if tag in BLOCK:
            self._emit("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")

    def handle_endtag(self, tag):
        if tag in VOID or all(tag != open_tag for open_tag, _ in self.stack):
            return
        while self.stack:   # close whatever the page left open inside this element
            top, skipped = self.stack.pop()
            self.skipping -= skipped
            if top in self.open:
                self.open[top] -= 1
            if top in BLOCK:
                self._emit("\n\n" if top == "p" else "\n")
            if top == "title":
                self.in_title = False
            if top == "script":
                self.in_json_ld = False
            if top == tag:
                break

    def handle_data(self, data):
        if self.in_json_ld:
            self.json_ld.append(data)
        if self.in_title:
            self.title += data
        if not self.skipping:
            self._emit(data)


def _json_ld_date(blocks: list[str]) -> Optional[str]:
    def find(node):
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                return node["datePublished"]
            node = list(node.values())
        if isinstance(node, list):
            for item in node:
                found = find(item)
                if found:
                    return found
        return None

    for block in blocks:
        try:
            found = find(json.loads(block))
        except ValueError:
            continue
        if found:
            return found
    return None


def _tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    body = next(("".join(reader.chunks[name]) for name in CONTAINERS
                 if "".join(reader.chunks[name]).strip()), "")
    published = _json_ld_date(reader.json_ld) or next(
        (reader.meta[key] for key in DATE_META if reader.meta.get(key)), None) \
        or reader.time_datetime
    title = reader.meta.get("og:title") or " ".join(reader.title.split())
    image = reader.meta.get("og:image", "").strip()
    return Page(_tidy(body) if body.strip() else "", " ".join(title.split()), published,
                " ".join((reader.meta.get("og:site_name") or
                          reader.meta.get("application-name") or "").split()),
                image if image.lower().startswith(("https://", "http://")) else "")
