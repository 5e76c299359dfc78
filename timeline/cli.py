"""The `timeline` command line: a thin Typer shell over the Python API; nothing is computed here.

Errors a user can cause print one line (`timeline: error: ...`) and exit 1 (2 for bad options);
`--debug` shows the traceback instead.
"""
from __future__ import annotations

import os
import sys
import time
import warnings
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    name="timeline", no_args_is_help=True, add_completion=True, pretty_exceptions_enable=False,
    help="Find every date in news text, resolve it, anchor it to its event and draw the timeline.")

def _reflow(doc: str) -> str:
    """A command's docstring as its help: each paragraph one line (the help wraps it to the
    terminal, never mid-sentence where the source was wrapped), example lines kept as lines."""
    import inspect

    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(p if p.lstrip().startswith("Example") or p.startswith(" ")
                       else " ".join(line.strip() for line in p.splitlines())
                       for p in paragraphs)


def command(func):
    """@app.command() with the docstring reflowed (_reflow)."""
    return app.command(help=_reflow(func.__doc__ or ""))(func)


def _flags_without_placeholder() -> None:
    """Typer 0.2x prints a type placeholder after every option, a flag too ("--open <bool>"),
    though a flag takes no value: show none for flags."""
    from typer import core

    shown = getattr(core.TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "flags_hidden", False):
        return

    def display_type_rich(self, ctx):
        return None if self.is_flag else shown(self, ctx)

    display_type_rich.flags_hidden = True
    core.TyperOption.display_type_rich = display_type_rich


_flags_without_placeholder()

DEMO_SEED = Path(__file__).parent / "data" / "seed.txt"
DEMO_PUBLISHED = "2025-04-09"


class TagFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    timeml = "timeml"


class Theme(str, Enum):
    light = "light"
    dark = "dark"


class GroupBy(str, Enum):
    source = "source"
    who = "who"
    about = "about"


class PlotlyJS(str, Enum):
    inline = "inline"
    cdn = "cdn"


class UsageError(Exception):
    """A bad option value: exit status 2."""


def _fail(message: str, code: int) -> None:
    typer.echo(f"timeline: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _errors(debug: bool):
    """Turn user-caused errors into one line and an exit status; print each warning once."""
    from .corpus import DEBUG_ENV
    from .errors import TimelineError

    if debug:
        os.environ[DEBUG_ENV] = "1"   # worker processes too
    seen: set = set()

    def show(message, category, *args, **kwargs):
        text = str(message)
        if text not in seen:
            seen.add(text)
            typer.echo(f"timeline: warning: {text}", err=True)

    old = warnings.showwarning
    warnings.showwarning = show
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = show
            yield
    except (TimelineError, UsageError) as e:
        if debug:
            raise
        _fail(str(e), 2 if isinstance(e, UsageError) else 1)
    except typer.Exit:   # an exit status chosen on purpose (--strict)
        raise
    except BrokenPipeError:   # the reader went away (`| head`): stop quietly, as Unix tools do
        _quiet_stdout()
        raise typer.Exit(141) from None
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as e:  # an internal bug: still one line unless --debug
        if debug:
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (rerun with --debug for details)", 1)
    finally:
        warnings.showwarning = old


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush of a closed pipe raises nothing."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _option(read, value):
    """An option's value read by `read`; its TimelineError is a usage error (exit 2)."""
    from .errors import TimelineError

    try:
        return read(value)
    except TimelineError as e:
        raise UsageError(str(e)) from None


def _published(value: Optional[str]):
    from .pipeline import as_date

    return _option(as_date, value)


LANG_OPTION = typer.Option(None, "--lang", metavar="XX", help="The documents' language (en, "
                           "es, fr, de, it, pt...); else detected for each.")


def _lang(value: Optional[str]) -> Optional[str]:
    from .language import check

    return _option(check, value)


def _paths(files: List[str]) -> list:
    """Command-line arguments are always files ('-' is stdin), never text."""
    return [name if name == "-" else Path(name) for name in files]


def _emit(text: str, output: Optional[Path]) -> None:
    from .output import atomic_write

    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write(output, text)
        typer.echo(f"wrote {output}", err=True)


# Options several commands share (Typer reads these as plain metadata, so one serves all).
PUBLISHED_OPTION = typer.Option(None, "--published", "-p",
                                help="Publication date that relative dates count from "
                                "(2025-04-09, or a full date: 'April 9, 2025').")
SOURCES_HELP = "Files, folders or CSV/JSONL datasets to read ('-' for stdin)."
GLOB_OPTION = typer.Option(
    None, "--glob", help="In folders, read only the files matching this pattern (e.g. '*.txt').")
TEXT_COLUMN_OPTION = typer.Option("text", "--text-column",
                                  help="Dataset column holding each document's text.")
DATE_COLUMN_OPTION = typer.Option(
    None, "--date-column", help="Dataset column holding each document's publication date.")
ID_COLUMN_OPTION = typer.Option(None, "--id-column",
                                help="Dataset column naming each document (default: file#row).")
HTML_OPTION = typer.Option(None, "--html", help="Write the interactive timeline.")
TIMELINEJS_OPTION = typer.Option(None, "--timelinejs",
                                 help="Write Knight Lab TimelineJS JSON (a slide per dated event).")
OPEN_OPTION = typer.Option(False, "--open", help="Open the HTML timeline in the default browser.")
TITLE_OPTION = typer.Option(None, "--title", help="Title of the timeline.")
GROUP_BY_OPTION = typer.Option(
    None, "--group-by", help="HTML: a lane group, colour and legend entry per source, actor, or "
    "--about entity.")
THEME_OPTION = typer.Option(Theme.light, "--theme", help="HTML colour theme.")
RAW_CSV_OPTION = typer.Option(False, "--raw-csv", help="Do not neutralize spreadsheet formulas.")
TOP_OPTION = typer.Option(25, "--top", min=0, help="HTML: the first view shows the N most "
                          "important events, a button all of them (0: all at once).")
PLOTLYJS_OPTION = typer.Option(PlotlyJS.inline, "--plotlyjs", help="HTML: plotly.js inlined "
                               "(works offline) or from its CDN (a far smaller file).")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show the full traceback on errors.")


@command
def tag(
    files: List[str] = typer.Argument(..., help=SOURCES_HELP),
    published: Optional[str] = PUBLISHED_OPTION,
    format: TagFormat = typer.Option(TagFormat.csv, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
    glob: Optional[str] = GLOB_OPTION,
    text_column: str = TEXT_COLUMN_OPTION,
    date_column: Optional[str] = DATE_COLUMN_OPTION,
    id_column: Optional[str] = ID_COLUMN_OPTION,
    raw_csv: bool = RAW_CSV_OPTION,
    lang: Optional[str] = LANG_OPTION,
    debug: bool = DEBUG_OPTION,
):
    """List every temporal expression with its TIMEX3 value (any unreadable document is an
    error: nothing is written).

    Examples:
      timeline tag article.txt --published 2025-04-09 --format jsonl
      timeline tag article.txt -p 2025-04-09 --format timeml -o article.tml
      timeline tag news/ --glob '*.txt' -o timexes.csv
    """
    with _errors(debug):
        from . import export
        from .api import process_all
        from .sources import Columns, expand, readable

        dct = _published(published)
        code = _lang(lang)
        if format == TagFormat.timeml:
            if len(files) > 1:
                raise UsageError("--format timeml takes one file at a time")
            processed = next(process_all(_paths(files), dct, whole=True, lang=code))
            doc = processed.document
            _emit(export.timeml(doc.id, doc.text, doc.body_start, processed.dct.isoformat(),
                                processed.timexes), output)
            return
        items = expand(_paths(files), glob, Columns(text_column, date_column, id_column), dct)
        rows = (export.timex_row(p.document.id, t)
                for item in items for p in process_all([readable(item)], dct, lang=code)
                for t in p.timexes)
        with _stream(output) as out:   # row by row: memory stays flat for any input size
            if format == TagFormat.jsonl:
                export.write_jsonl(out, rows)
            else:
                export.write_csv(out, rows, export.TIMEX_CSV_COLUMNS, raw_csv)


@contextmanager
def _stream(output: Optional[Path]):
    """`output` written atomically, or standard output once the run has succeeded (staged in a
    temporary file that spills to disk: memory stays flat), so a failed run writes nothing."""
    import shutil
    import tempfile

    from .output import atomic_text

    if output is None or str(output) == "-":
        with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8",
                                           newline="") as staged:
            yield staged
            staged.seek(0)
            shutil.copyfileobj(staged, sys.stdout)
        sys.stdout.flush()
    else:
        with atomic_text(output) as out:
            yield out
        typer.echo(f"wrote {output}", err=True)


def _table(timeline) -> str:
    from .render import when_text

    lines = [f"{'date':<23} {'event':<70} who"]
    for e in timeline.shown:   # (a document's happenings under one label: one row)
        when = f"undated ({e.value})" if e.is_vague else when_text(e)
        label = e.label if len(e.label) <= 70 else e.label[:69] + "…"
        lines.append(f"{when:<23} {label:<70} {', '.join(e.who[:4])}")
    return "\n".join(lines) + "\n"


def _write_outputs(timeline, html, csv=None, json=None, raw_csv=False, theme=None,
                   group_by=None, timelinejs=None, open_html=False, top=25,
                   plotlyjs=None, summary=0) -> bool:
    """Write each output atomically (all or nothing per file); one that fails costs no other:
    the rest are written, then the failure is the run's error. With `open_html` the page opens
    in the default browser (written to a temporary file when no --html path is given)."""
    from .corpus import DEBUG_ENV
    from .errors import TimelineError

    group = group_by.value if group_by else None
    if open_html and not html:
        import tempfile

        html = Path(tempfile.mkdtemp(prefix="timeline-")) / "timeline.html"
    outputs = [(path, make) for path, make in (
        (html, lambda: timeline.html(theme.value if theme else "light", group, top,
                                     plotlyjs.value if plotlyjs else "inline")),
        (csv, lambda: timeline.csv(raw_csv)), (json, lambda: timeline.json(summary)),
        (timelinejs, lambda: timeline.timelinejs(group))) if path]
    failed = []
    for path, make in outputs:
        try:
            _emit(make(), path)
        except TimelineError as e:
            failed.append(f"{path}: {e}")
        except Exception as e:   # noqa: BLE001 - a bug in one output must not cost the others
            if os.environ.get(DEBUG_ENV):
                raise
            failed.append(f"{path}: internal error: {type(e).__name__}: {e} (please report it)")
    if failed:
        raise TimelineError("not written: " + "; ".join(failed))
    if open_html:
        import webbrowser

        if not webbrowser.open(Path(html).resolve().as_uri()):
            typer.echo(f"timeline: warning: no browser to open {html}", err=True)
    return bool(outputs)


@command
def build(
    files: List[str] = typer.Argument(..., help=SOURCES_HELP),
    published: Optional[str] = PUBLISHED_OPTION,
    html: Optional[Path] = HTML_OPTION,
    csv: Optional[Path] = typer.Option(None, "--csv", help="Write the events as CSV."),
    json: Optional[Path] = typer.Option(None, "--json", help="Write the events as JSON."),
    timelinejs: Optional[Path] = TIMELINEJS_OPTION,
    open_html: bool = OPEN_OPTION,
    title: Optional[str] = TITLE_OPTION,
    group_by: Optional[GroupBy] = GROUP_BY_OPTION,
    theme: Theme = THEME_OPTION,
    top: int = TOP_OPTION,
    plotlyjs: PlotlyJS = PLOTLYJS_OPTION,
    summary: int = typer.Option(0, "--summary", min=0, metavar="K", help="Print the story's K "
                                "key dates as a Markdown list (and add them to --json)."),
    about: Optional[List[str]] = typer.Option(None, "--about", metavar="ENTITY", help="Only the "
                                              "events about this entity, and its other "
                                              "happenings, dated or not (repeatable)."),
    semeval2015: Optional[Path] = typer.Option(None, "--semeval2015", metavar="DIR", help="Write "
                                               "each --about entity's timeline into DIR in the "
                                               "SemEval-2015 TimeLine format."),
    lang: Optional[str] = LANG_OPTION,
    glob: Optional[str] = GLOB_OPTION,
    text_column: str = TEXT_COLUMN_OPTION,
    date_column: Optional[str] = DATE_COLUMN_OPTION,
    id_column: Optional[str] = ID_COLUMN_OPTION,
    jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                             help="Processes reading documents (default 0: one per core)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any document was skipped."),
    raw_csv: bool = RAW_CSV_OPTION,
    debug: bool = DEBUG_OPTION,
):
    """Build the timeline of events; print it as a table, or write HTML, CSV and JSON.

    Sources are files, folders (read recursively) and CSV/JSONL datasets (a document a row).
    A document that cannot be read is skipped and named; the others are never lost.

    Examples:
      timeline build article.txt -p 2025-04-09 --html t.html --csv events.csv
      timeline build news/ --glob '*.html' --group-by source --html story.html
      timeline build news.csv --text-column body --date-column date --json e.json
    """
    with _errors(debug):
        from .api import build as build_timeline
        from .corpus import default_jobs
        from .sources import Columns

        columns = Columns(text_column, date_column, id_column)
        dct = _published(published)
        lang = _lang(lang)
        if group_by == GroupBy.about and not about:
            raise UsageError("--group-by about needs the entities: --about ENTITY (repeatable)")
        if semeval2015 and not about:
            raise UsageError("--semeval2015 needs the entities: --about ENTITY (repeatable)")
        if about and any(not name.strip() for name in about):
            raise UsageError("--about needs an entity's name, got an empty one")
        with _progress(files, glob, columns, dct) as each:
            timeline = build_timeline(_paths(files), dct, title, jobs=jobs or default_jobs(),
                                      glob=glob, columns=columns, each=each, about=about,
                                      lang=lang)
        _tell_missing(timeline)
        wrote = _write_outputs(timeline, html, csv, json, raw_csv, theme, group_by, timelinejs,
                               open_html, top, plotlyjs, summary)
        if semeval2015:
            for path in timeline.to_semeval2015(semeval2015):
                typer.echo(f"wrote {path}", err=True)
            wrote = True
        if summary:
            sys.stdout.write(timeline.summary_markdown(summary))
        elif not wrote:
            sys.stdout.write(_table(timeline))
        if not timeline.events:
            typer.echo(f"timeline: {_why_empty(timeline)}", err=True)
        if timeline.skipped:
            total = len(timeline.documents) + len(timeline.skipped)
            names = ", ".join(name for name, _ in timeline.skipped[:5]) + (
                f" and {len(timeline.skipped) - 5} more" if len(timeline.skipped) > 5 else "")
            typer.echo(f"timeline: skipped {len(timeline.skipped)} of {total} documents: "
                       f"{names}", err=True)
            if strict:
                typer.echo("timeline: error: --strict: some documents were skipped", err=True)
                raise typer.Exit(1)


def _tell_missing(timeline) -> None:
    """A warning for each --about entity no event is about, with the names close to it the
    documents use ("did you mean"); an error, before anything is written, when none has any."""
    for entity, close in timeline.missing:
        hint = f"; did you mean {' or '.join(repr(n) for n in close)}?" if close else \
            " (no document's actors or places are named like it)"
        typer.echo(f"timeline: no event is about {entity!r}{hint}", err=True)
    if timeline.missing and len(timeline.missing) == len(timeline.entities):
        typer.echo("timeline: error: no event is about any --about entity; nothing written",
                   err=True)
        raise typer.Exit(1)


def _why_empty(timeline) -> str:
    """Why a build found no events, for the one line that says so."""
    found = sum(d.get("dates", 0) for d in timeline.documents)
    docs = f"{len(timeline.documents)} document" + ("s" if len(timeline.documents) != 1 else "")
    if not found:
        return f"0 events: no date or time expression in {docs}"
    return (f"0 events: {found} date or time expression{'s' if found != 1 else ''} in {docs}, "
            "none dating a happening (datelines, dates standing alone, durations and sets "
            "are not events; `timeline tag` lists them)")


@contextmanager
def _progress(files, glob, columns, published):
    """A progress bar (documents, rate, ETA) on stderr when it is a terminal; else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)

    from .sources import expand

    total = sum(1 for _ in expand(_paths(files), glob, columns, published))
    with Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]}"),
                  TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("build", total=total, rate="")
        started = time.perf_counter()

        def each(result):
            done = bar.tasks[0].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-6)
            bar.update(task, completed=done, rate=f"{rate:.1f} docs/s")

        yield each


@command
def render(
    events_csv: Path = typer.Argument(..., help="An events CSV from `timeline build --csv`."),
    html: Optional[Path] = HTML_OPTION,
    timelinejs: Optional[Path] = TIMELINEJS_OPTION,
    open_html: bool = OPEN_OPTION,
    title: Optional[str] = TITLE_OPTION,
    group_by: Optional[GroupBy] = GROUP_BY_OPTION,
    theme: Theme = THEME_OPTION,
    top: int = TOP_OPTION,
    plotlyjs: PlotlyJS = PLOTLYJS_OPTION,
    debug: bool = DEBUG_OPTION,
):
    """Draw the timeline again from an events CSV you corrected (dates changed, rows deleted or
    merged, labels rewritten): the CSV is the editable source of truth.

    Example:
      timeline build article.txt -p 2025-04-09 --csv events.csv
      timeline render events.csv --html t.html --open   # after editing the CSV
    """
    with _errors(debug):
        from .api import Timeline

        if group_by == GroupBy.about:
            raise UsageError("--group-by about works with build --about ENTITY (an events CSV "
                             "names no entities)")
        timeline = Timeline.from_csv(events_csv, title)
        if not _write_outputs(timeline, html, theme=theme, group_by=group_by,
                              timelinejs=timelinejs, open_html=open_html, top=top,
                              plotlyjs=plotlyjs):
            sys.stdout.write(_table(timeline))


@command
def demo(
    out: Path = typer.Option(Path("timeline-demo"), "--out", help="Folder for the outputs."),
    debug: bool = DEBUG_OPTION,
):
    """Build the bundled sample article's timeline (HTML + CSV) and say where it went."""
    with _errors(debug):
        from .api import build as build_timeline
        from .errors import TimelineError

        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise TimelineError(f"{out}: cannot create folder ({e.strerror or e})") from None
        from dataclasses import replace
        from datetime import date

        from .ingest import read

        seed = replace(read(DEMO_SEED, date.fromisoformat(DEMO_PUBLISHED)),
                       id=DEMO_SEED.resolve().name)
        timeline = build_timeline([seed], DEMO_PUBLISHED,
                                  "Coalition of the willing: defence ministers meet on Ukraine")
        html, csv = out / "timeline.html", out / "events.csv"
        timeline.to_html(html)
        timeline.to_csv(csv)
        sys.stdout.write(_table(timeline))
        typer.echo(f"\n{len(timeline.events)} events from {seed.id} "
                   f"(published {DEMO_PUBLISHED})")
        typer.echo(f"HTML timeline: {html.resolve()}")
        typer.echo(f"Events CSV:    {csv.resolve()}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
