"""Many documents -> their events, on one core or a pool of processes.

Owns the unit of parallel work (one document: read, tag, resolve, extract its events, with the
warnings it raised) and running it in input order, so a timeline is the same for any number of
jobs. A document that cannot be read is a `Result` with an error, never an exception: the
builder skips it and says so, and the good documents are never lost.
"""
from __future__ import annotations

import collections
import itertools
import os
import warnings
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Callable, Iterable, Iterator, Optional

from .errors import LanguageWarning, TimelineError
from .model import Document
from .sources import BadSource, Item, readable

DEBUG_ENV = "TIMELINE_DEBUG"   # set (by --debug): internal errors raise instead of skipping
CHUNK = 8   # documents a worker process reads per task
IN_FLIGHT = 8   # chunks in the pool per process: bounds what is held, keeps every process busy


@dataclass(frozen=True)
class Result:
    name: str
    events: tuple = ()
    documents: tuple = ()    # dicts: id, published, published_source, dates (expressions
    # found), title (its headline), outlet, image (og:image), "" when not known
    warnings: tuple = ()     # (category, message)
    error: Optional[str] = None


def item_name(item: Item) -> str:
    if isinstance(item, BadSource):
        return item.name
    if isinstance(item, Document):
        return item.id
    name = str(item)
    return "text" if "\n" in name or len(name) > 300 else name


def document_result(item: Item, published: Optional[date] = None,
                    lang: Optional[str] = None, about: tuple = ()) -> Result:
    """Everything one document contributes; runs in a worker process when jobs > 1. `lang`:
    the language of every document (else each is detected: language.py); `about`: entity
    names whose every happening is wanted too (happenings.py)."""
    from .api import process_all
    from .pipeline import document_events

    name = item_name(item)
    events, documents, error = [], [], None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for processed in process_all([readable(item)], published, lang=lang):
                doc = processed.document
                events.extend(document_events(processed, about))
                if not doc.offset:   # a later part of a large file is the same document
                    language = _language(doc, processed.language)
                    documents.append({"id": doc.id, "published": processed.dct.isoformat(),
                                      "language": language,
                                      "published_source": "inferred" if processed.dct_inferred
                                      else doc.published_source, "dates": 0,
                                      "title": doc.title, "outlet": doc.meta.get("outlet", ""),
                                      "image": doc.meta.get("image", "")})
                documents[-1]["dates"] += len(processed.timexes)
        except TimelineError as e:
            events, documents, error = [], [], str(e)
        except Exception as e:   # a bug must not cost the other documents of a corpus
            if os.environ.get(DEBUG_ENV):
                raise
            events, documents = [], []
            error = f"{name}: internal error: {type(e).__name__}: {e} (please report it)"
    return Result(name, tuple(events), tuple(documents),
                  tuple((w.category, str(w.message)) for w in caught), error)


def _language(doc, code: str) -> str:
    """The document's language (given, or detected), with a warning when no rules read it."""
    from . import lang, language

    if code in language.READ or code == "und" or lang.hand_made(code):
        return code
    if lang.available(code):
        warnings.warn(f"{doc.id}: written in {language.name(code)} ({code}); timeline reads "
                      "only its explicit dates and weekdays in it (names from dateparser), at a "
                      "lower confidence (--lang sets the language when the guess is wrong)",
                      LanguageWarning, stacklevel=2)
    else:
        warnings.warn(f"{doc.id}: written in {language.name(code)} ({code}); timeline reads "
                      f"dates in {language.read_names()} only, so expect few dates (--lang "
                      "sets the language when the guess is wrong)", LanguageWarning, stacklevel=2)
    return code


def results(items: Iterable[Item], published: Optional[date] = None, jobs: int = 1,
            lang: Optional[str] = None, about: tuple = ()) -> Iterator[Result]:
    """`document_result` of every item, in order; `jobs` > 1 runs them in a process pool."""
    work = partial(document_result, published=published, lang=lang, about=about)
    items = iter(items)
    head = list(itertools.islice(items, 2))
    if jobs <= 1 or len(head) < 2:   # one document: a pool would only cost its start-up
        yield from map(work, itertools.chain(head, items))
        return
    from concurrent.futures import ProcessPoolExecutor

    items = itertools.chain(head, items)
    pending: collections.deque = collections.deque()   # chunks in the pool, in input order
    with ProcessPoolExecutor(jobs) as pool:
        while True:
            chunk = list(itertools.islice(items, CHUNK))
            if chunk:
                pending.append(pool.submit(_chunk_results, chunk, published, lang, about))
            if pending and (not chunk or len(pending) >= IN_FLIGHT * jobs):
                yield from pending.popleft().result()   # (the pool goes on with the others)
            elif not chunk:
                break


def _chunk_results(chunk: list, published: Optional[date], lang: Optional[str],
                   about: tuple = ()) -> list[Result]:
    return [document_result(item, published, lang, about) for item in chunk]


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def collect(items: Iterable[Item], published: Optional[date], jobs: int,
            each: Optional[Callable[[Result], None]] = None,
            lang: Optional[str] = None, about: tuple = ()) -> Iterator[Result]:
    """`results`, re-raising each document's warnings here and telling `each` of every one."""
    for result in results(items, published, jobs, lang, about):
        for category, message in result.warnings:
            warnings.warn(message, category, stacklevel=2)
        if each:
            each(result)
        yield result
