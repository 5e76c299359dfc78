"""MEANTIME in the token format of the XTN-timexes datasets, read back into written text.

Each corpus file (`../shared/data/meantime/<lang>/test.tsv`) holds 120 documents: a line
`*!-DCTVALUE="YYYY-MM-DD"-!*` opens each, then one token a line (`token<TAB>BIO tag<TAB>value`),
a blank line between sentences. The text is rebuilt with the spacing written text has
("October 04, 2005", "(California)", "Apple's", "¿Qué?"), one sentence a line, and every
gold TIMEX3 (a B- token and the I- tokens after it) is mapped onto the rebuilt offsets.
Documents 1-60 (file order) are the development half, 61-120 the test half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DCT_LINE = re.compile(r'^\*!-DCTVALUE="([^"]*)"-!\*')
NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]}%…]|\.\.\.|'s|'|n't|'re|'ve|'ll|'d|'m|’s)$", re.I)
NO_SPACE_AFTER = {"(", "[", "{", "¿", "¡", "``", "$", "US$", "#"}
HALVES = {"dev": slice(0, 60), "test": slice(60, 120), "all": slice(0, None)}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    id: str
    dct: str
    text: str
    timexes: tuple


def read(path: Path, half: str = "all") -> list[Doc]:
    """The documents of one MEANTIME token file (the `half` of them), text rebuilt."""
    chunks = re.split(r"(?m)^(?=\*!-DCTVALUE=)", path.read_text(encoding="utf-8"))
    docs = [_doc(i, chunk) for i, chunk in enumerate(c for c in chunks if DCT_LINE.match(c))]
    return docs[HALVES[half]]


def _doc(i: int, chunk: str) -> Doc:
    lines = chunk.split("\n")
    dct = DCT_LINE.match(lines[0]).group(1)
    sentences, tokens = [], []
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) < 3:
            if tokens:
                sentences.append(tokens)
                tokens = []
            continue
        tokens.append(parts)
    if tokens:
        sentences.append(tokens)
    text, timexes = _rebuild(sentences)
    return Doc(f"{i + 1:03d}", dct, text, tuple(timexes))


def _rebuild(sentences: list) -> tuple[str, list]:
    out: list[str] = []
    pos = 0
    timexes: list = []
    open_timex = None   # [start, end, type, value]

    def close():
        nonlocal open_timex
        if open_timex:
            start, end, kind, value = open_timex
            timexes.append(Gold(start, end, "".join(out)[start:end], kind, value))
        open_timex = None

    for sentence in sentences:
        if out:
            out.append("\n")
            pos += 1
        quotes = 0
        glue = True   # no space before the sentence's first token
        for token, tag, value in sentence:
            if token == '"':
                quotes += 1
                opening = quotes % 2 == 1
            else:
                opening = None
            space = not glue and not NO_SPACE_BEFORE.match(token) and opening is not False
            if space:
                out.append(" ")
                pos += 1
            start = pos
            out.append(token)
            pos += len(token)
            if tag.startswith("B-"):
                close()
                open_timex = [start, pos, tag[2:], value]
            elif tag.startswith("I-") and open_timex:
                open_timex[1] = pos
            else:
                close()
            glue = token in NO_SPACE_AFTER or opening is True
        close()
    return "".join(out), timexes
