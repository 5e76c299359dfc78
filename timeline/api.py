"""The Python API: `tag(text)` and `build(sources)` -> `Timeline`, a thin shell over the pipeline.

`Timeline` holds the events and offers every view of them: a pandas DataFrame, CSV, JSON, a
Plotly figure and a self-contained HTML page. pandas and plotly are imported only when asked for.
"""
from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Optional, Union

from . import about as about_entity
from . import corpus, export, importance, ingest, language, page, render, semeval, summary
from .errors import SkippedDocumentWarning, TimelineError
from .merge import Merger
from .model import EVENT_COLUMNS, Document, Event, Timex
from .output import atomic_write
from .pipeline import Processed, as_date, process, tag_text
from .sources import Columns, expand, names_file

Source = Union[str, os.PathLike, Document, Mapping]


def tag(text: str, published: Union[None, str, date] = None,
        lang: Optional[str] = None) -> list[Timex]:
    """Every temporal expression in `text`, resolved against `published` (the DCT). `lang`
    (a two-letter code) is the text's language; else it is detected."""
    return tag_text(text, published, lang=lang)


@dataclass(frozen=True)
class Timeline:
    events: tuple
    title: str = "Timeline"
    documents: tuple = field(default_factory=tuple)   # dicts: id, published, published_source
    skipped: tuple = field(default_factory=tuple)     # (name, message) of unreadable documents
    entities: tuple = ()   # what Timeline.about kept the events of ("Airbus", ...)
    missing: tuple = ()    # (entity, names close to it) for each entity no event is about

    @property
    def dated(self) -> list[Event]:
        return [e for e in self.events if not e.is_vague]

    @property
    def undated(self) -> list[Event]:
        return [e for e in self.events if e.is_vague]

    @property
    def shown(self) -> list[Event]:
        """The events a reader is shown (figure, page, TimelineJS, key dates): `shown`."""
        return shown(self.events)

    def rows(self) -> list[dict]:
        return [export.event_row(e) for e in self.events]

    def to_frame(self):
        """The events as a pandas DataFrame (dates as datetime64[s], which holds any year,
        44 BC as -0043 as in the CSV; who as a list)."""
        import numpy as np
        import pandas as pd

        frame = pd.DataFrame(self.rows(), columns=EVENT_COLUMNS + ["sources"])
        for column in ("date", "end_date"):
            frame[column] = pd.Series(np.array([d or "NaT" for d in frame[column]],
                                               dtype="datetime64[s]"), index=frame.index)
        frame["who"] = [list(e.who) for e in self.events]
        return frame

    def csv(self, raw: bool = False) -> str:
        return export.events_csv(self.events, raw)

    def json(self, summary: int = 0) -> str:
        """The events as JSON (docs/schema.json); with `summary` K, the K key dates too."""
        return export.events_json(self.events, self.title, list(self.documents),
                                  self.summary(summary) if summary else None)

    def timelinejs(self, group_by: Optional[str] = None) -> str:
        """Knight Lab TimelineJS JSON (a slide per dated event)."""
        image = next((d["image"] for d in self.documents if d.get("image")), "")
        return export.timelinejs(self.shown, self.title, group_by, self.lane_names(group_by),
                                 image)

    def to_timelinejs(self, path, group_by: Optional[str] = None) -> Path:
        return atomic_write(path, self.timelinejs(group_by))

    @classmethod
    def from_csv(cls, path, title: Optional[str] = None) -> "Timeline":
        """The timeline of an events CSV (`to_csv`, perhaps edited by hand since): the CSV is
        the editable source of truth, and render(build → CSV) draws the same figure."""
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise TimelineError(f"{name}: no such file") from None
        except (OSError, UnicodeDecodeError) as e:
            raise TimelineError(f"{name}: cannot read as UTF-8 CSV ({e})") from None
        events = export.events_from_csv(text, name)
        if not any(e.importance for e in events):   # (a hand-made CSV has no importance)
            events = importance.score(events)
        sources = sorted({s for e in events for s in e.sources})
        return cls(tuple(events), title or "Timeline",
                   tuple({"id": s, "published": "", "published_source": "csv"} for s in sources))

    def to_csv(self, path, raw: bool = False) -> Path:
        return atomic_write(path, self.csv(raw))

    def to_json(self, path) -> Path:
        return atomic_write(path, self.json())

    @property
    def outlets(self) -> dict:
        """Source -> the publication's name, where a document names it."""
        return {d["id"]: d["outlet"] for d in self.documents if d.get("outlet")}

    def figure(self, theme: str = "light", group_by: Optional[str] = None,
               top: Optional[int] = None):
        """A plotly Figure; `group_by` "source" or "who" draws a lane group for each (sources
        named by their outlet where known); `top` N shows the N most important events first."""
        return render.figure(self.shown, self.title, theme, group_by, top,
                             self.lane_names(group_by))

    def about(self, *entities: str, title: Optional[str] = None) -> "Timeline":
        """The timeline of the events about these entities (about.py: named among the actors,
        or near the happening's word): "What happened to Airbus, and when?". Every other
        happening of theirs is there when the timeline was built about them
        (`build(..., about=[...])`); else only the dated events."""
        if not entities:
            raise TimelineError("name at least one entity")
        entities = tuple(_entity_name(e) for e in entities)
        rivals = tuple(dict.fromkeys(self.entities + entities))   # ("Airbus A380" holds Airbus)
        firsts = about_entity.first_about(self.events, entities, rivals)
        chosen = tuple(e for e, entity in zip(self.events, firsts) if entity)
        missing = tuple((entity, tuple(about_entity.close_names(entity, self.events)))
                        for entity in entities if entity not in firsts)
        stories = len({s for e in chosen for s in (e.sources or (e.source,))})
        told = len(shown(chosen))
        count = f"{told} event{'' if told == 1 else 's'}"
        return Timeline(chosen, title or f"{' and '.join(entities)}: {count} from "
                        f"{stories} {'story' if stories == 1 else 'stories'}",
                        self.documents, self.skipped, tuple(entities), missing)

    def semeval2015(self, entity: str) -> str:
        """The entity's timeline in the SemEval-2015 TimeLine format (semeval.py): every
        happening the timeline holds about it, one entry per date and word."""
        return semeval.text(entity, semeval.entries(self.about(entity).events))

    def to_semeval2015(self, folder, entities: Optional[Iterable[str]] = None) -> list[Path]:
        """A timeline file per entity (default: those the timeline was built about) in
        `folder`, named as the task names them (airbus_a380.txt)."""
        entities = list(entities or self.entities)
        if not entities:
            raise TimelineError("--semeval2015 needs the entities: --about ENTITY (repeatable)")
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise TimelineError(f"{folder}: not a folder (--semeval2015 writes a file per "
                                "entity into a folder)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise TimelineError(f"{folder}: cannot make the folder ({e.strerror})") from None
        return [atomic_write(folder / semeval.file_name(entity), self.semeval2015(entity))
                for entity in entities]

    def lane_names(self, group_by: Optional[str]) -> dict:
        """What names the lanes of `group_by`: source -> outlet; event id -> the entity (of
        `entities`) the event is about, for "about"."""
        if group_by == "about":
            if not self.entities:
                raise TimelineError("grouping by 'about' needs the entities: --about ENTITY")
            chosen = about_entity.first_about(self.events, self.entities, self.entities)
            return {e.event_id: entity or "" for e, entity in zip(self.events, chosen)}
        return self.outlets

    def key_events(self, k: int = 10) -> list[Event]:
        """The k most important dated events, in date order (the story's key dates)."""
        return importance.key_events(self.shown, k, published_dates(self.documents))

    def summary(self, k: int = 10) -> list[dict]:
        """The story's k key dates: date, headline, sources (as `--summary K` writes them)."""
        return summary.rows(self.key_events(k))

    def summary_markdown(self, k: int = 10) -> str:
        """The k key dates in Markdown, each source by its outlet or file name."""
        names = render.source_names([d["id"] for d in self.documents], self.outlets)   # (as
        return summary.markdown(self.title, self.key_events(k), names)   # the HTML's lanes do)

    def html(self, theme: str = "light", group_by: Optional[str] = None,
             top: Optional[int] = render.TOP, plotlyjs: str = "inline") -> str:
        """The HTML page: the `top` most important events first (None or 0: all), plotly.js
        "inline" (works offline) or from its "cdn"."""
        outlets = self.outlets   # (a property that builds its dict: read once)
        names = [outlets.get(d["id"]) or Path(d["id"]).name for d in self.documents[:3]]
        dates = sorted(d["published"] for d in self.documents if d.get("published"))
        subtitle = ", ".join(dict.fromkeys(names)) + (
            f" and {len(self.documents) - 3} more" if len(self.documents) > 3 else "")
        if dates:
            subtitle += " · published " + (dates[0] if dates[0] == dates[-1]
                                           else f"{dates[0]} to {dates[-1]}")
        return page.to_html(self.shown, self.title, subtitle, theme, group_by, top,
                            self.lane_names(group_by), plotlyjs)

    def to_html(self, path, theme: str = "light", group_by: Optional[str] = None,
                top: Optional[int] = render.TOP, plotlyjs: str = "inline") -> Path:
        return atomic_write(path, self.html(theme, group_by, top, plotlyjs))


def entity_names(about) -> tuple:
    """The entities of an `about` argument (a name or names), each tidied (_entity_name)."""
    return tuple(_entity_name(e) for e in ([about] if isinstance(about, str) else about or ()))


def _entity_name(name) -> str:
    """An entity as --about names it, its spaces tidied; an empty one is an error (it would
    name everything)."""
    words = str(name).split()
    if not words:
        raise TimelineError(f"--about needs an entity's name, got {str(name)!r}")
    return " ".join(words)


def shown(events: Iterable[Event]) -> list[Event]:
    """The events a reader is shown: one of those that tell a document's happenings under one
    label (on one date, or one of them undated), or in one sentence on one date (an --about
    build has an event per happening word: "agreed to purchase" is two events in the CSV and
    one on the page; "was set to land ... on Monday" one, not "set" and "land"; "occupied"
    in 1627 and from 1631 to 1648 stays two). The first is kept (the best dated: events come
    in date order, undated last), unless a later one holds the date's own words."""
    by_label: dict = {}
    by_sentence: dict = {}
    out: list = []
    for e in events:
        at = next((i for i in by_label.get((e.source, e.label), ())
                   if e.is_vague or out[i].is_vague or out[i].value == e.value),
                  by_sentence.get((e.source, e.sentence or e.label, e.value)))
        if at is None:
            out.append(e)
            at = len(out) - 1
        elif e.timex and not out[at].timex and e.value == out[at].value:
            out[at] = e
        by_label.setdefault((e.source, e.label), []).append(at)
        by_sentence.setdefault((e.source, e.sentence or e.label, e.value), at)
    return out


def load(source: Source, published: Optional[date] = None) -> Document:
    """A Document from a Document, a path, '-' (stdin), or a string of text."""
    if isinstance(source, Document):
        return source
    if names_file(source):
        return ingest.read(source, published)
    return ingest.from_text(str(source), "text", published)


def _parts(source: Source, published: Optional[date], whole: bool) -> Iterator[Document]:
    if names_file(source) and not whole:
        yield from ingest.read_parts(source, published)
    else:
        yield load(source, published)


def process_all(sources: Union[Source, Iterable[Source]], published=None,
                whole: bool = False, lang: Optional[str] = None) -> Iterator[Processed]:
    """Process documents one at a time (streamed: only one text, or one part of a large file,
    is held at once; `whole=True` reads every file whole). `lang`: every document's language
    (else each is detected)."""
    if isinstance(sources, (str, os.PathLike, Document, Mapping)):
        sources = [sources]
    published = as_date(published)
    for source in sources:
        first = None
        for doc in _parts(source, published, whole):
            processed = process(doc, first=first, lang=lang)
            first = first or processed
            yield processed


def build(sources: Union[Source, Iterable[Source]], published: Union[None, str, date] = None,
          title: Optional[str] = None, *, jobs: int = 1, glob: Optional[str] = None,
          columns: Optional[Columns] = None,
          each: Optional[Callable[[corpus.Result], None]] = None,
          about: Optional[Iterable[str]] = None, lang: Optional[str] = None) -> Timeline:
    """The timeline of one or more documents: paths, folders (read recursively; `glob` picks
    the files), CSV/JSONL datasets (a document a row, see `Columns`), '-', Document objects,
    text strings, or dicts (a row: "text", "published" or "date", "id"). `jobs` > 1 reads
    documents in that many processes (same result); `each` is told of every document done. A document that cannot be read is skipped with a warning and
    listed in `Timeline.skipped`; when none can be read, TimelineError. `about` (entity names)
    keeps the events about them (`Timeline.about`), and every other happening near where a
    text names one (happenings.py: dated by its sentence or its tense, or undated). `lang` (a
    two-letter code) is every document's language; else each is detected (language.py) and
    recorded in `documents`."""
    if isinstance(sources, (str, os.PathLike, Document, Mapping)):
        sources = [sources]
    published = as_date(published)
    items = expand(sources, glob, columns or Columns(), published)
    entities = entity_names(about)
    built = assemble(corpus.collect(items, published, jobs, each, language.check(lang),
                                    entities), title)
    return built.about(*entities, title=title) if entities else built


def story_title(documents: list) -> str:
    """The title of a timeline given none: its documents' own headlines (the one sharing the
    most words with the others, the story's gist, not a stray page's; else the first; and how
    many more documents there are), never a file name."""
    titles = list(dict.fromkeys(d["title"] for d in documents if d.get("title")))   # (each
    if not titles:                                   # once: a site's stray headline repeats)
        return "Timeline" if len(documents) < 2 else f"Timeline of {len(documents)} documents"
    words = [set(w.lower() for w in _TITLE_WORD.findall(t)) for t in titles]
    counts = Counter(w for ws in words for w in ws)
    best = max(range(len(titles)), key=lambda i: sum(counts[w] - 1 for w in words[i]) /
               (len(words[i]) or 1) ** 0.5)   # (the first of the best: max keeps it)
    more = len(documents) - 1
    return titles[best] + (f" (and {more} more {'story' if more == 1 else 'stories'})"
                           if more else "")


_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")   # (a headline's content words, in any language)


def published_dates(documents: Iterable[dict]) -> dict:
    """Each document's id -> its publication date (those that have one)."""
    return {d["id"]: date.fromisoformat(d["published"]) for d in documents
            if d.get("published")}


def assemble(results: Iterable[corpus.Result], title: Optional[str] = None) -> Timeline:
    """One timeline from per-document results, merged in order; unreadable ones are skipped
    with a warning each, and TimelineError when none could be read."""
    merger, documents, skipped = Merger(), [], []
    for result in results:
        if result.error:
            skipped.append((result.name, result.error))
        else:
            merger.add(result.events, published_dates(result.documents))
            documents.extend(result.documents)
    if skipped and not documents:
        raise TimelineError(skipped[0][1] if len(skipped) == 1 else
                            f"none of the {len(skipped)} documents could be read; the first: "
                            f"{skipped[0][1]}")
    for _, message in skipped:
        warnings.warn(f"skipped {message}", SkippedDocumentWarning, stacklevel=2)
    events = importance.score(merger.events(), published_dates(documents))
    if title is None:
        title = story_title(documents)
    return Timeline(tuple(events), title, tuple(documents), tuple(skipped))
