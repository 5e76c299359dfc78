"""Rendering: events -> an interactive Plotly figure and one self-contained HTML page.

Owns the picture: a date axis with markers for day-precise events and bars for coarse ones
(a month, a season, a year is drawn as the span it covers), lanes so labels do not overlap,
hover with date, label, actors, sentence and source, zoom and a range slider. Deep time (a year
before AD 1000, or before the common era) is drawn on a year axis instead ("44 BC", "AD 14",
"2009"), where Plotly's dates cannot go. Undated (vague) events are listed apart, never placed
at an invented date. All article text is HTML-escaped
before it reaches the page: it is shown, never run.
"""
from __future__ import annotations

import html
import os
import textwrap
import math
from datetime import date
from typing import Optional, Sequence

from . import values as V
from .errors import TimelineError
from .model import Event

PRECISE = {"day", "time"}
MAX_LABELLED = 40          # above this many events, labels show on hover only
LABEL_CHARS = 38


YEAR_AXIS_BEFORE = 1000   # an event before this year puts the figure on a year axis


def _wrap(text: str, width: int = 80) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)[:6])


def when_text(e: Event) -> str:
    """The date as the table and hover show it: the day, the value of a coarser stretch, or a
    year before the common era as a reader writes it ("44 BC"); "undated" if vague."""
    if e.date is None:
        return V.bc_text(e.value) or ("undated" if e.is_vague else e.value)
    if e.granularity in PRECISE:
        return e.date.isoformat()
    return V.year_text(e.date.year) if e.value == f"{e.date.year:04d}" else e.value


def _hover(e: Event) -> str:
    when = when_text(e) if e.date is None or e.granularity in PRECISE else (
        f"{e.date.isoformat()} – {e.end_date.isoformat()}")
    parts = [f"<b>{html.escape(when)}</b> ({html.escape(e.value)}, “{html.escape(e.timex)}”)",
             f"<b>{_wrap(e.label)}</b>"]
    if e.who:
        parts.append("Who: " + html.escape(", ".join(e.who)))
    parts.append(_wrap(e.sentence))
    sources = ", ".join(e.sources or (e.source,))
    parts.append(f"Source: {html.escape(sources)}" + (
        f" · {e.mentions} mentions" if e.mentions > 1 else ""))
    return "<br>".join(parts)


def _short(label: str) -> str:
    return html.escape(label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…")


def assign_lanes(events: Sequence[Event], label_years: float) -> list[int]:
    """Greedy lanes: an event goes in the first lane whose last item (span plus its label's
    width, in years) ends before it starts."""
    lanes_end: list[float] = []
    lanes = []
    for e in events:
        start, after = e.years
        occupied_to = max(after, start + label_years)
        for i, end in enumerate(lanes_end):
            if end < start:
                lanes_end[i] = occupied_to
                lanes.append(i)
                break
        else:
            lanes_end.append(occupied_to)
            lanes.append(len(lanes_end) - 1)
    return lanes


GROUP_BY = ("source", "who")
PALETTE = ("#ef553b", "#636efa", "#00cc96", "#ab63fa", "#ffa15a", "#19d3f3", "#ff6692",
           "#b6e880", "#ff97ff", "#fecb52")
MAX_GROUPS = len(PALETTE)   # more sources or actors than this share an "(other)" group
NO_ACTOR, OTHER, GREY = "(no actor named)", "(other)", "#9a9a9a"   # catch-all groups are grey
FOCUS_FROM = 20    # with this many dated events or more, the view opens on the central 90%
MAX_HEIGHT = 800   # pixels, so the date axis shows on a laptop screen; lanes share them


def group_of(e: Event, group_by: Optional[str]) -> str:
    """The lane group an event is drawn in: its (first) source, or its first actor."""
    if group_by == "source":
        return (e.sources or (e.source,))[0]
    if group_by == "who":
        return e.who[0] if e.who else NO_ACTOR
    return ""


def _groups(dated: Sequence[Event], group_by: Optional[str]) -> dict:
    groups: dict = {}
    for e in dated:
        groups.setdefault(group_of(e, group_by), []).append(e)
    if len(groups) > MAX_GROUPS:
        ranked = sorted(groups, key=lambda g: -len(groups[g]))
        kept = {g: groups[g] for g in ranked[:MAX_GROUPS - 1]}
        kept[OTHER] = sorted((e for g in ranked[MAX_GROUPS - 1:] for e in groups[g]),
                             key=lambda e: e.years)
        groups = kept
    return groups


def _display_names(groups: list, group_by: Optional[str]) -> list:
    """Source groups without the folder they all share ("herald/a.txt", not "/data/herald/a.txt")."""
    if group_by != "source" or len(groups) < 2:
        return groups
    try:
        common = os.path.commonpath(groups)
    except ValueError:   # mixed absolute and relative names
        return groups
    cut = len(common) + 1 if common else 0
    return [g[cut:] or g for g in groups]


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _traces(events: Sequence[Event], lanes: list, group: str, colour: str, labelled: bool,
            years: bool):
    """A bar trace for the coarse events of one group and a marker trace for its exact days;
    on a year axis (`years`) positions are years, else dates."""
    import plotly.graph_objects as go

    coarse = [(e, lane) for e, lane in zip(events, lanes) if e.granularity not in PRECISE]
    precise = [(e, lane) for e, lane in zip(events, lanes) if e.granularity in PRECISE]
    bar_colour = "#636efa" if not group else colour
    if coarse:
        yield go.Bar(
            name=html.escape(group) if group else "Span (month, season, year…)", orientation="h",
            base=[e.years[0] if years else e.date.isoformat() for e, _ in coarse],
            x=[e.years[1] - e.years[0] if years else
               ((e.end_date - e.date).days + 1) * 86400000 for e, _ in coarse],
            y=[lane for _, lane in coarse], width=0.5,
            marker=dict(color=_rgba(bar_colour, 0.35), line=dict(color=bar_colour, width=1)),
            customdata=[[_hover(e), e.event_id] for e, _ in coarse],
            hovertemplate="%{customdata[0]}<extra></extra>",
            text=[_short(e.label) for e, _ in coarse] if labelled else None,
            textposition="inside", insidetextanchor="start", constraintext="none", textangle=0,
            legendgroup=group or None, showlegend=not group or not precise)
    if precise:
        yield go.Scatter(
            name=html.escape(group) if group else "Exact day", legendgroup=group or None,
            mode="markers+text" if labelled else "markers",
            x=[e.years[0] if years else e.date.isoformat() for e, _ in precise],
            y=[lane for _, lane in precise],
            marker=dict(size=13 if labelled else 9, color=colour,
                        line=dict(color="white", width=1.5 if labelled else 0.5)),
            text=[_short(e.label) for e, _ in precise] if labelled else None,
            textposition="middle right", cliponaxis=False,
            customdata=[[_hover(e), e.event_id] for e, _ in precise],
            hovertemplate="%{customdata[0]}<extra></extra>")


def _focus(dated: Sequence[Event]) -> tuple[float, float]:
    """The stretch (in years) the view opens on: all of it, or with many events the central
    90%, so a few far-off mentions ("the 1960s") do not squeeze the story into a sliver (the
    range slider still spans everything)."""
    if len(dated) < FOCUS_FROM:
        return dated[0].years[0], max(e.years[1] for e in dated)
    cut = len(dated) // 20
    ends = sorted(e.years[1] for e in dated)
    return dated[cut].years[0], ends[len(ends) - 1 - cut]


def _iso(year: float) -> str:
    """A point of the year line as a date Plotly reads, kept within AD 1..9999."""
    year = min(max(year, 1.0), 9999.999)
    whole = int(year)
    return V.add_days(date(whole, 1, 1), int((year - whole) * 365.25)).isoformat()


def _year_ticks(first: float, last: float) -> tuple[list, list]:
    """Round years across first..last (about eight) where they stand on the astronomical line,
    labelled as readers write them: "500 BC" (at -499), "AD 1", "AD 500", "2000"."""
    span = max(last - first, 1.0)
    step = 10 ** math.floor(math.log10(span / 8))
    step = max(1, int(next(s * step for s in (1, 2, 5, 10) if span / (s * step) <= 10)))
    positions, labels = [], []
    for year in range(int(math.floor(first / step)) * step, int(last) + step, step):
        at = year + 1 if year <= 0 else year   # (500 BC is -499; there is no year 0)
        if first <= at <= last:
            positions.append(at)
            labels.append(V.year_text(at))
    return positions, labels


def figure(events: Sequence[Event], title: Optional[str] = "Timeline", theme: str = "light",
           group_by: Optional[str] = None):
    """The timeline figure; `group_by` ("source" or "who") gives each group its own lanes,
    colour and legend entry (click it to hide or show the group)."""
    import plotly.graph_objects as go

    if group_by not in (None, *GROUP_BY):
        raise TimelineError(f"cannot group by {group_by!r}; choose one of {', '.join(GROUP_BY)}")
    dated = sorted((e for e in events if not e.is_vague), key=lambda e: e.years)
    fig = go.Figure()
    if dated:
        first, last = _focus(dated)
        years = dated[0].years[0] < YEAR_AXIS_BEFORE
        width = max(last - first, 30 / 365.25)
        labelled = len(dated) <= MAX_LABELLED
        label_years = width * (LABEL_CHARS * 7 / 1100) if labelled else width / 400
        offset, ticks = 0, []
        groups = _groups(dated, group_by)
        names = _display_names(list(groups), group_by)
        for i, (group, members) in enumerate(zip(names, groups.values())):
            lanes = [offset + lane for lane in assign_lanes(members, label_years)]
            colour = GREY if group in (NO_ACTOR, OTHER) else PALETTE[i % len(PALETTE)]
            fig.add_traces(list(_traces(members, lanes, group, colour, labelled, years)))
            ticks.append((offset, group))
            offset = max(lanes) + 1
        pad = max(2 / 365.25, width / 25)
        low, high = first - pad, last + (pad * 6 if labelled else pad)
        if years:   # a plain number line of (astronomical) years, ticks named as readers do
            tickvals, ticktext = _year_ticks(low, high)
            fig.update_xaxes(type="linear", range=[low, high], tickvals=tickvals,
                             ticktext=ticktext)
        else:
            fig.update_xaxes(type="date", range=[_iso(low), _iso(high)])
        fig.update_xaxes(rangeslider=dict(visible=True, thickness=0.08), showgrid=True)
        fig.update_yaxes(visible=bool(group_by), range=[offset - 0.5, -0.7], fixedrange=True,
                         tickvals=[t for t, _ in ticks], showgrid=False, zeroline=False,
                         ticktext=[html.escape(g if len(g) <= 24 else "…" + g[-23:])
                                   for _, g in ticks])
        height = min(MAX_HEIGHT, 260 + (46 if labelled else 22) * offset)
    else:
        height = 300
        fig.add_annotation(text="No dated events found", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
    fig.update_layout(
        title=dict(text=html.escape(title)) if title else None, height=height, barmode="overlay",
        template="plotly_dark" if theme == "dark" else "plotly_white",
        hoverlabel=dict(align="left"), legend=dict(orientation="h", y=1.02, x=0, yanchor="bottom"),
        margin=dict(l=160 if group_by else 30, r=30, t=90 if title else 40, b=40))
    return fig


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, Segoe UI, Roboto, sans-serif; margin: 0 2rem 2rem;
       color: {fg}; background: {bg}; }}
h1 {{ font-size: 1.4rem; margin: 1rem 0 0.2rem; }}
.meta {{ color: #888; margin-bottom: 0.5rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ text-align: left; padding: 4px 8px; border-bottom: 1px solid #8883; vertical-align: top; }}
td.date {{ white-space: nowrap; }}
</style></head>
<body>
<h1>{title}</h1>
<div class="meta">{summary}</div>
{plot}
{vague}
<h2>All events</h2>
<table id="events"><thead><tr><th>Date</th><th>Event</th><th>Who</th><th>Expression</th><th>Source</th></tr></thead>
<tbody>{rows}</tbody></table>
</body></html>
"""


def _row(e: Event) -> str:
    when = when_text(e)
    return (f'<tr data-event="{html.escape(e.event_id)}"><td class="date">{html.escape(when)}</td>'
            f"<td>{html.escape(e.label)}</td><td>{html.escape(', '.join(e.who))}</td>"
            f"<td>“{html.escape(e.timex)}” ({html.escape(e.value)})</td>"
            f"<td>{html.escape(', '.join(e.sources or (e.source,)))}</td></tr>")


def to_html(events: Sequence[Event], title: str = "Timeline", subtitle: str = "",
            theme: str = "light", group_by: Optional[str] = None) -> str:
    """One self-contained HTML page: plotly.js inlined, no network needed."""
    import plotly.io as pio

    fig = figure(events, None, theme, group_by)  # the page's own heading carries the title
    plot = pio.to_html(fig, full_html=False, include_plotlyjs=True, div_id="timeline",
                       config={"displaylogo": False, "scrollZoom": True, "responsive": True})
    vague = [e for e in events if e.is_vague]
    vague_html = ""
    if vague:
        items = "".join(f"<li><b>“{html.escape(e.timex)}”</b> ({html.escape(e.value)}): "
                        f"{html.escape(e.label)}</li>" for e in vague)
        vague_html = f'<h2>Undated mentions</h2><ul id="undated">{items}</ul>'
    dated = len(events) - len(vague)
    summary = html.escape(f"{dated} dated events, {len(vague)} undated" +
                          (f" · {subtitle}" if subtitle else ""))
    dark = theme == "dark"
    return _PAGE.format(title=html.escape(title), summary=summary, plot=plot, vague=vague_html,
                        rows="".join(_row(e) for e in events),
                        fg="#eee" if dark else "#222", bg="#111" if dark else "#fff")

