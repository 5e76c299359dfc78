"""The gist: a story's key dates as a short list, each with one headline and its sources.

Owns the two forms `timeline build --summary K` writes: Markdown for people (article text is
escaped so it cannot become markup or a link) and rows for JSON. Which dates are key is
importance.py's choice.
"""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from .model import Event
from .render import when_text

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def rows(events: Sequence[Event]) -> list[dict]:
    return [{"date": when_text(e), "value": e.value, "headline": e.label,
             "who": list(e.who), "where": list(e.where),
             "sources": list(e.sources or (e.source,)), "importance": round(e.importance, 3),
             "event_id": e.event_id} for e in events]


def _md(text: str) -> str:
    """Text shown as written in Markdown: its special characters escaped, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


SHOWN_SOURCES = 3   # a key date lists this many of its sources, then how many more (the JSON
#                    rows list all)


def _sources(names: Sequence[str]) -> str:
    names = list(dict.fromkeys(names))   # (two reports of one outlet name it once)
    if len(names) <= SHOWN_SOURCES + 1:
        return ", ".join(names)
    return f"{', '.join(names[:SHOWN_SOURCES])} and {len(names) - SHOWN_SOURCES} more"


def markdown(title: str, events: Sequence[Event], names: Optional[Mapping] = None) -> str:
    """The key dates in Markdown; `names` shows each source as a reader names it (its outlet,
    its file's name: render.source_names), else as it is."""
    lines = [f"# {_md(title)}", "", f"Key dates ({len(events)}):", ""]
    for e in events:
        sources = _sources([(names or {}).get(s, s) for s in e.sources or (e.source,)])
        lines.append(f"- **{_md(when_text(e))}**: {_md(e.label)} ({_md(sources)})")
    return "\n".join(lines) + "\n"
