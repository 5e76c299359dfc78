"""Rendering: events -> an interactive Plotly figure (page.py makes the HTML page around it).

Owns the picture: markers for day-precise events and bars for coarse ones (a month, a season, a
year is drawn as the span it covers); lanes so that no two labels meet in the first view; a
first view on the story's dense period (long spans and far-off background events reach beyond
it: a button shows the whole timeline); the most important events first (a button shows all);
hover with date, label, actors, sentence and source. Deep time (a year before AD 1000, or
before the common era) is drawn on a year axis ("44 BC", "AD 14", "2009"), where Plotly's dates
cannot go. Undated (vague) events are never placed at an invented date. All article text is
HTML-escaped before it reaches the figure: it is shown, never run.
"""
from __future__ import annotations

import html
import math
import os
import re
import textwrap
from datetime import date
from typing import Mapping, Optional, Sequence

from . import values as V
from .errors import TimelineError
from .model import ANCHOR_SENTENCE, ANCHOR_TENSE, Event

PRECISE = {"day", "time"}
TOP = 25                   # the events the first view shows (the most important)
MAX_LABELLED = 40          # above this many events in view, labels show on hover only
LABEL_CHARS = 40
PX_PER_CHAR = 7.0          # (12 px sans-serif)
PLOT_PX = 950              # the plot width label widths are reckoned for (pages are wider)
LANE_PX = 30               # height of a lane with labels


def font_px(e: Event) -> float:
    """A label's font size: 11 px, up to 14 for the most important events."""
    return round(11 + 3 * e.importance, 1)


def marker_px(e: Event) -> float:
    return round(8 + 9 * e.importance, 1)
DENSE_SHARE = 0.8          # the first view spans the densest stretch holding this share
SHORT_YEARS = 45 / 365.25  # an event at most this long is a point of the story, not context
YEAR_AXIS_BEFORE = 1000    # an event before this year puts the figure on a year axis
THEMES = {"light": {"template": "plotly_white", "text": "#222222", "background": "#ffffff"},
          "dark": {"template": "plotly_dark", "text": "#e8e8e8", "background": "#111111"}}


def _escape(text: str) -> str:
    """Article text as the figure shows it: HTML-escaped, a double quote as "&#34;" (Plotly's
    text decodes numeric entities and a few named ones, not "&quot;": a title's quotes showed
    as '&quot;Harbour Lights&quot;')."""
    return html.escape(text).replace("&quot;", "&#34;")


def _wrap(text: str, width: int = 80) -> str:
    return "<br>".join(_escape(line) for line in textwrap.wrap(text, width)[:6])


_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def when_text(e: Event) -> str:
    """The date as the table and hover show it: the day, the value of a coarser stretch, or a
    year before the common era as a reader writes it ("44 BC", "1980s"); "undated" if vague."""
    if e.date is None:
        return V.bc_text(e.value) or ("undated" if e.is_vague else e.value)
    if e.granularity == "time" and _CLOCK.match(e.value or ""):   # ("2026-11-03 21:45")
        return e.value[:10] + " " + e.value[11:16]
    if e.granularity in PRECISE:
        return e.date.isoformat()
    return V.year_text(e.date.year) if e.value == f"{e.date.year:04d}" else V.value_text(e.value)


# How a happening no expression of its own dates got its date (--about: happenings.py)
DATED_BY = {ANCHOR_SENTENCE: "its sentence's date", ANCHOR_TENSE: "its story's news day"}


def expression_text(e: Event) -> str:
    """The expression that dates the event, quoted ("“last year”"), or how a happening with
    none was dated; plain text (escape it for HTML)."""
    return f"“{e.timex}”" if e.timex else DATED_BY.get(e.anchor, "no date")


def _hover(e: Event, cards: bool = False) -> str:
    when = when_text(e) if e.date is None or e.granularity in PRECISE else (
        f"{e.date.isoformat()} – {e.end_date.isoformat()}")
    parts = [f"<b>{_escape(when)}</b> ({_escape(e.value)}, "
             f"{_escape(expression_text(e))})",
             f"<b>{_wrap(e.label)}</b>"]
    if e.who:
        parts.append("Who: " + _escape(", ".join(e.who)))
    if e.where:
        parts.append("Where: " + _escape(", ".join(e.where)))
    if not cards:   # (on the page the card shows the sentence: the hover stays light)
        parts.append(_wrap(e.sentence))
    sources = ", ".join(e.sources or (e.source,))
    parts.append(f"Source: {_escape(sources)}" + (
        f" · {e.mentions} mentions" if e.mentions > 1 else "") + (
        " · click for the card" if cards else ""))
    return "<br>".join(parts)


def short_label(label: str) -> str:
    """The label as drawn on the axis (the whole one is in the hover and the card)."""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def assign_lanes(spans: Sequence[tuple[float, float]]) -> list[int]:
    """Greedy lanes for (start, end) stretches in start order: each goes in the first lane whose
    last stretch ends before it starts."""
    lanes_end: list[float] = []
    lanes = []
    for start, end in spans:
        for i, last in enumerate(lanes_end):
            if last < start:
                lanes_end[i] = end
                lanes.append(i)
                break
        else:
            lanes_end.append(end)
            lanes.append(len(lanes_end) - 1)
    return lanes


GROUP_BY = ("source", "who", "about")
PALETTE = ("#ef553b", "#636efa", "#00cc96", "#ab63fa", "#ffa15a", "#19d3f3", "#ff6692",
           "#b6e880", "#ff97ff", "#fecb52")
MAX_GROUPS = len(PALETTE)   # more sources or actors than this share an "(other)" group
NO_ACTOR, OTHER, GREY = "(no actor named)", "(other)", "#9a9a9a"   # catch-all groups are grey


def group_of(e: Event, group_by: Optional[str], names: Optional[Mapping] = None) -> str:
    """The lane group an event is drawn in: its (first) source's outlet (`names`: source ->
    outlet), else the source; its first actor; or the entity it is about (`names`: event id ->
    entity, from Timeline.about)."""
    if group_by == "source":
        source = (e.sources or (e.source,))[0]
        return (names or {}).get(source) or source
    if group_by == "who":
        return e.who[0] if e.who else NO_ACTOR
    if group_by == "about":
        return (names or {}).get(e.event_id) or OTHER
    return ""


def _groups(dated: Sequence[Event], group_by: Optional[str], outlets) -> dict:
    groups: dict = {}
    for e in dated:
        groups.setdefault(group_of(e, group_by, outlets), []).append(e)
    if len(groups) > MAX_GROUPS:
        ranked = sorted(groups, key=lambda g: -len(groups[g]))
        kept = {g: groups[g] for g in ranked[:MAX_GROUPS - 1]}
        kept[OTHER] = sorted((e for g in ranked[MAX_GROUPS - 1:] for e in groups[g]),
                             key=lambda e: e.years)
        groups = kept
    return groups


def source_name(source: str) -> str:
    """A source as the table shows it: a file by its name (the whole path in the cell's title),
    a web address whole."""
    return source if "://" in source else os.path.basename(source) or source


def _display_names(groups: list, group_by: Optional[str], outlets: Optional[Mapping] = None) -> list:
    """Source groups as a reader names them: a file by its name (source_name: "a.txt", not
    "/data/herald/a.txt", a web address whole) when no two share one, else without the folder
    they all share ("herald/a.txt"); outlets and the catch-all groups as they are."""
    if group_by != "source":
        return groups
    kept = set((outlets or {}).values()) | {OTHER, NO_ACTOR}
    paths = [g for g in groups if g not in kept]
    names = [source_name(g) for g in paths]
    if len(set(names)) == len(names):
        short = dict(zip(paths, names))
        return [short.get(g, g) for g in groups]
    try:
        common = os.path.commonpath(paths)
    except ValueError:   # mixed absolute and relative names, or web addresses
        return groups
    cut = len(common) + 1 if common else 0
    return [g if g in kept else g[cut:] or g for g in groups]


def source_names(sources: Sequence[str], outlets: Optional[Mapping] = None) -> dict:
    """Each source as a reader names it: its outlet where a document names one, else as the
    HTML's source lanes name it (_display_names: "a.txt", or "2011-02-02/ext_36.txt" when
    file names repeat)."""
    sources, outlets = list(dict.fromkeys(sources)), outlets or {}
    paths = [s for s in sources if not outlets.get(s)]
    shown = dict(zip(paths, _display_names(paths, "source")))
    return {s: outlets.get(s) or shown[s] for s in sources}


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def focus(events: Sequence[Event]) -> tuple[float, float]:
    """The stretch (in years) the first view spans: the densest one holding DENSE_SHARE of the
    story's points (events at most SHORT_YEARS long), so that long spans ("2024") and far-off
    background ("in 1998", "a decade ago") do not squeeze the story; all of it when the story
    has fewer than three points."""
    points = sorted(e.years[0] for e in events if e.years[1] - e.years[0] <= SHORT_YEARS)
    if len(points) < 3:
        return min(e.years[0] for e in events), max(e.years[1] for e in events)
    keep = max(3, math.ceil(len(points) * DENSE_SHARE))
    start = min(range(len(points) - keep + 1), key=lambda i: points[i + keep - 1] - points[i])
    lo, hi = points[start], points[start + keep - 1]
    near = True
    while near:   # (a point no farther from it than it is wide is no background)
        reach = max(hi - lo, 30 / 365.25)
        near = [p for p in points if lo - reach <= p < lo or hi < p <= hi + reach]
        lo, hi = min([lo, *near]), max([hi, *near])
    return lo, max(hi, lo + 1 / 365.25)


def view_of(stretch: tuple[float, float], labelled: bool) -> tuple[float, float]:
    """The x-range of the first view: the stretch and a margin each side (a label that would
    run past the right edge is drawn left of its event: _Layer._place)."""
    lo, hi = stretch
    width = max(hi - lo, 30 / 365.25)
    margin = 0.04 if labelled else 0.03
    whole = width / (1 - 2 * margin)
    return lo - margin * whole, hi + margin * whole


def _iso(year: float) -> str:
    """A point of the year line as a date Plotly reads, kept within AD 1..9999."""
    year = min(max(year, 1.0), 9999.999)
    whole = int(year)
    return V.add_days(date(whole, 1, 1), int((year - whole) * 365.25)).isoformat()


def _view_ticks(first: float, last: float) -> tuple[list, list]:
    """Ticks for a view of the year line: its months ("Mar 2026") when it spans under three
    years of our era, else its round years (_year_ticks)."""
    if first < 1 or last - first >= 3:
        return _year_ticks(first, last)
    months = [(y, m) for y in range(int(first), int(last) + 1) for m in range(1, 13)
              if first <= y + (m - 1) / 12 <= last]
    months = months[::max(1, math.ceil(len(months) / 8))]
    return [y + (m - 1) / 12 for y, m in months], \
        [f"{date(y, m, 1):%b} {y}" for y, m in months]


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


class _Layer:
    """One set of events drawn in lanes for a view: its traces, lane count and group ticks."""

    def __init__(self, events, view, group_by, outlets, look: dict):
        self.labelled = len(events) <= MAX_LABELLED
        per_px = (view[1] - view[0]) / PLOT_PX
        self.traces, self.ticks, offset = [], [], 0
        groups = _groups(events, group_by, outlets)
        for i, (name, members) in enumerate(zip(_display_names(list(groups), group_by, outlets),
                                                groups.values())):
            places = [self._place(e, view, per_px) for e in members]
            lanes = [offset + lane for lane in assign_lanes([p[:2] for p in places])]
            colour = GREY if name in (NO_ACTOR, OTHER) else PALETTE[i % len(PALETTE)]
            self.traces += _traces(members, lanes, [p[2:] for p in places], name, colour,
                                   self.labelled, look)
            self.ticks.append((offset, name))
            offset = max(lanes) + 1
        self.lanes = offset

    def _place(self, e: Event, view: tuple[float, float], per_px: float) -> tuple:
        """(start, end of what it occupies: its span and its label, x of its label, the side
        of that x its label stands on): right of a day's marker or inside a span from its
        start; left of the marker, or ending at the span's end, when it would run past the
        view's right edge and fits that way."""
        lo, hi = view
        start, end = e.years
        point = e.granularity in PRECISE
        gap = (marker_px(e) / 2 + 5) * per_px if point else 3 * per_px
        width = (len(short_label(e.label)) * PX_PER_CHAR * font_px(e) / 12 + 12) * per_px \
            if self.labelled else 14 * per_px
        label_x = start + gap if point else (max(start, lo) if end > lo else start) + gap
        if self.labelled and label_x + width > hi:
            left_x = start - gap if point else min(end, hi) - gap   # (a long span's in view)
            if left_x - width >= lo:
                return min(start - 8 * per_px, left_x - width), max(end, start + 8 * per_px), \
                    left_x, "middle left"
        return start - 8 * per_px, max(end, label_x + width), label_x, "middle right"

    def height(self) -> int:
        return 170 + (LANE_PX if self.labelled else 16) * max(self.lanes, 4)


def _traces(events, lanes, labels_at, group, colour, labelled, look: dict) -> list:
    """A bar trace for the coarse events of one group, a marker trace for its exact days, and
    a text trace for their labels (`labels_at`: each label's x and the side of it the label
    stands on; inside the view for a long span). `look`:
    years (a year axis), theme, cards (the page's card opens on a click)."""
    import plotly.graph_objects as go

    years_axis, theme, cards = look["years"], look["theme"], look["cards"]

    def x_of(e: Event):   # (where an event starts on the axis)
        return e.years[0] if years_axis else e.date.isoformat()

    def label_x(year: float):
        return year if years_axis else _iso(year)

    rows = list(zip(events, lanes, labels_at))
    coarse = [r for r in rows if r[0].granularity not in PRECISE]
    precise = [r for r in rows if r[0].granularity in PRECISE]
    bar_colour = "#636efa" if not group else colour
    name = _escape(group) if group else None
    out = []
    if coarse:
        out.append(go.Bar(
            name=name or "Span (month, season, year…)", orientation="h",
            base=[x_of(e) for e, _, _ in coarse],
            x=[e.years[1] - e.years[0] if years_axis else
               ((e.end_date - e.date).days + 1) * 86400000 for e, _, _ in coarse],
            y=[lane for _, lane, _ in coarse], width=0.45,
            marker=dict(color=_rgba(bar_colour, 0.35), line=dict(color=bar_colour, width=1)),
            customdata=[[_hover(e, cards), e.event_id] for e, _, _ in coarse],
            hovertemplate="%{customdata[0]}<extra></extra>",
            legendgroup=group or None, showlegend=not group or not precise))
    if precise:
        out.append(go.Scatter(
            name=name or "Exact day", legendgroup=group or None, mode="markers",
            x=[x_of(e) for e, _, _ in precise], y=[lane for _, lane, _ in precise],
            marker=dict(size=[marker_px(e) if labelled else 8 for e, _, _ in precise],
                        color=colour,
                        line=dict(color=THEMES[theme]["background"], width=1.5)),
            customdata=[[_hover(e, cards), e.event_id] for e, _, _ in precise],
            hovertemplate="%{customdata[0]}<extra></extra>", cliponaxis=False))
    if labelled and rows:
        out.append(go.Scatter(
            name="labels", legendgroup=group or None, showlegend=False, mode="text",
            x=[label_x(at[0]) for _, _, at in rows], y=[lane for _, lane, _ in rows],
            text=[_escape(short_label(e.label)) for e, _, _ in rows],
            textposition=[at[1] for _, _, at in rows],
            textfont=dict(color=THEMES[theme]["text"], size=[font_px(e) for e, _, _ in rows]),
            customdata=[[_hover(e, cards), e.event_id] for e, _, _ in rows],
            hovertemplate="%{customdata[0]}<extra></extra>", cliponaxis=True))
    return out


def key_and_rest(events: Sequence[Event], top: Optional[int]) -> list[Event]:
    """The `top` most important dated events (all of them with top None or 0), in date order."""
    dated = sorted((e for e in events if not e.is_vague), key=lambda e: e.years)
    if not top or len(dated) <= top:
        return dated
    chosen = sorted(dated, key=lambda e: (-e.importance, e.years))[:top]
    return sorted(chosen, key=lambda e: e.years)


def figure(events: Sequence[Event], title: Optional[str] = "Timeline", theme: str = "light",
           group_by: Optional[str] = None, top: Optional[int] = None,
           outlets: Optional[Mapping] = None, cards: bool = False):
    """The timeline figure. `top` N: the first view shows the N most important events and a
    button all of them; `group_by` ("source" or "who") gives each group its own lanes, colour
    and legend entry (click it to hide or show the group), named by `outlets` (source -> the
    publication's name) where known; `cards`: the hover says a click opens the page's card."""
    import plotly.graph_objects as go

    if group_by not in (None, *GROUP_BY):
        raise TimelineError(f"cannot group by {group_by!r}; choose one of {', '.join(GROUP_BY)}")
    if theme not in THEMES:
        raise TimelineError(f"no theme {theme!r}; choose one of {', '.join(THEMES)}")
    style = THEMES[theme]
    dated = sorted((e for e in events if not e.is_vague), key=lambda e: e.years)
    fig = go.Figure()
    fig.update_layout(
        title=dict(text=_escape(title)) if title else None, barmode="overlay",
        template=style["template"], hoverlabel=dict(align="left"), clickmode="event",
        legend=dict(orientation="h", y=-0.04, x=0, yanchor="top"),
        margin=dict(l=160 if group_by else 30, r=30, t=100 if title else 64, b=70))
    if not dated:
        fig.add_annotation(text="No dated events found", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
        fig.update_layout(height=300)
        return fig
    shown = key_and_rest(dated, top)
    years_axis = dated[0].years[0] < YEAR_AXIS_BEFORE
    view = view_of(focus(shown), len(shown) <= MAX_LABELLED)
    look = {"years": years_axis, "theme": theme, "cards": cards}
    layers = [_Layer(shown, view, group_by, outlets, look)]
    if len(shown) < len(dated):
        layers.append(_Layer(dated, view, group_by, outlets, look))
    for n, layer in enumerate(layers):
        for trace in layer.traces:
            trace.visible = n == 0
            fig.add_trace(trace)
    first = layers[0]
    whole_ticks: Optional[tuple] = None
    if years_axis:
        whole = (dated[0].years[0], max(e.years[1] for e in dated))
        whole_ticks = _year_ticks(min(view[0], whole[0]) - 1, whole[1] + 1)   # (no ticks in
        # the room the last label takes: "3000" on a history ending in 2009)
        inside = [t for t in whole_ticks[0] if view[0] <= t <= view[1]]
        tickvals, ticktext = _view_ticks(*view) if len(inside) < 2 else whole_ticks   # (a
        # story of 2026 among years BC: its own months, not two ticks 1,000 years apart)
        fig.update_xaxes(type="linear", range=list(view), tickvals=tickvals, ticktext=ticktext)
        view_range = list(view)
    else:
        view_range = [_iso(view[0]), _iso(view[1])]
        fig.update_xaxes(type="date", range=view_range)
    fig.update_xaxes(showgrid=True, zeroline=False)
    fig.update_yaxes(**_lane_axis(first, group_by))
    top_px, bottom_px = fig.layout.margin.t, fig.layout.margin.b
    plot_px = max(60, first.height() - top_px - bottom_px)
    seen = _view_years(view_range)
    before = sum(1 for e in dated if e.years[1] <= seen[0])
    after = sum(1 for e in dated if e.years[0] >= seen[1])
    context = before + after > 0   # (events the first view leaves out)
    if context:
        _overview(fig, dated, view_range, years_axis, look, plot_px, whole_ticks)
    menus = _buttons(layers, dated, shown, view_range, group_by, (before, after),
                     extra=1 if context else 0, ticks=(
                         (fig.layout.xaxis.tickvals, fig.layout.xaxis.ticktext), whole_ticks)
                     if years_axis else None)
    if context:   # (the buttons above the strip's dates)
        for menu in menus:
            menu["y"] = 1 + 26 / (plot_px + OVERVIEW_PX)
        fig.update_layout(margin_t=top_px + 30)
    fig.update_layout(height=first.height() + (OVERVIEW_PX + 30 if context else 0),
                      legend_y=-44 / plot_px,   # (the legend below the dates' tick labels)
                      updatemenus=menus)
    return fig


OVERVIEW_PX = 44   # the strip above the plot that shows the whole timeline


def _overview(fig, dated, view_range, years_axis, look, plot_px,
              whole_ticks: Optional[tuple] = None) -> None:
    """A strip above the plot with every event of the whole timeline as a dot and the first
    view as a band: the context (long spans, background years) the first view leaves out."""
    import plotly.graph_objects as go

    share = OVERVIEW_PX / (plot_px + OVERVIEW_PX)
    lo = min(e.years[0] for e in dated)
    hi = max(e.years[1] for e in dated)
    pad = (hi - lo) / 40 or 0.05
    x_range = [lo - pad, hi + pad] if years_axis else [_iso(lo - pad), _iso(hi + pad)]
    fig.add_trace(go.Scatter(
        x=[(e.years[0] + e.years[1]) / 2 if years_axis else _iso((e.years[0] + e.years[1]) / 2)
           for e in dated], y=[0] * len(dated), xaxis="x2", yaxis="y2", mode="markers",
        name="overview", showlegend=False, marker=dict(size=7, color=GREY, opacity=0.8),
        customdata=[[_escape(f"{when_text(e)}: {short_label(e.label)}"), e.event_id]
                    for e in dated],   # (a short hover: the strip repeats every event)
        hovertemplate="%{customdata[0]}<extra></extra>"))
    fig.update_layout(
        yaxis_domain=[0, 1 - share * 1.15],
        yaxis2=dict(domain=[1 - share * 0.85, 1], anchor="x2", visible=False, fixedrange=True,
                    range=[-1, 1]),
        xaxis2=dict(anchor="y2", type="linear" if years_axis else "date", range=x_range,
                    fixedrange=True, showgrid=False, side="top", tickfont=dict(size=10),
                    **({"tickvals": whole_ticks[0], "ticktext": whole_ticks[1]}
                       if years_axis and whole_ticks else {})))
    fig.add_shape(type="rect", xref="x2", yref="y2", x0=view_range[0], x1=view_range[1],
                  y0=-1, y1=1, fillcolor=_rgba("#636efa", 0.18), line=dict(width=0),
                  layer="below")


def _lane_axis(layer: _Layer, group_by) -> dict:
    return dict(visible=bool(group_by), range=[layer.lanes - 0.5, -0.7], fixedrange=True,
                tickvals=[t for t, _ in layer.ticks], showgrid=False, zeroline=False,
                ticktext=[_escape(g if len(g) <= 24 else "…" + g[-23:])
                          for _, g in layer.ticks])


def _buttons(layers, dated, shown, view_range, group_by, outside: tuple,
             extra: int = 0, ticks: Optional[tuple] = None) -> list:
    """Plotly buttons: the key events or all of them; the story's dates or the whole
    timeline (naming how many events, `outside`, lie before and after the first view).
    `extra` traces after the layers' (the overview) stay visible. On a year axis, `ticks`
    are the (values, labels) of the story's view and of the whole timeline."""
    story_ticks, whole_ticks = ({"xaxis.tickvals": t[0], "xaxis.ticktext": t[1]}
                                for t in ticks) if ticks else ({}, {})
    menus = []
    if len(layers) > 1:
        counts = [len(layer.traces) for layer in layers]
        visible = [[n == k for k, c in enumerate(counts) for _ in range(c)] + [True] * extra
                   for n in (0, 1)]
        menus.append(dict(
            type="buttons", direction="right", x=0, y=1.0, xanchor="left", yanchor="bottom",
            pad=dict(t=4, b=4), showactive=True, active=0, buttons=[
                dict(label=f"Key events ({len(shown)})", method="update",
                     args=[{"visible": visible[0]},
                           {"height": layers[0].height(),
                            **{f"yaxis.{k}": v for k, v in _lane_axis(layers[0], group_by).items()
                               if k in ("range", "tickvals", "ticktext")}}]),
                dict(label=f"All {len(dated)} events", method="update",
                     args=[{"visible": visible[1]},
                           {"height": layers[1].height(),
                            **{f"yaxis.{k}": v for k, v in _lane_axis(layers[1], group_by).items()
                               if k in ("range", "tickvals", "ticktext")}}])]))
    before, after = outside
    if before or after:
        counts = ", ".join(p for p in (f"{before} earlier" if before else "",
                                       f"{after} later" if after else "") if p)
        menus.append(dict(
            type="buttons", direction="right", x=1, y=1.0, xanchor="right", yanchor="bottom",
            pad=dict(t=4, b=4), showactive=True, active=0, buttons=[
                dict(label="Story dates", method="relayout",
                     args=[{"xaxis.range": view_range, **story_ticks}]),
                dict(label=f"Whole timeline ({counts})", method="relayout",
                     args=[{"xaxis.autorange": True, **whole_ticks}])]))
    return menus


def _view_years(view_range) -> tuple[float, float]:
    """The first view's x-range on the year line (as the axis holds it: dates or years)."""
    if isinstance(view_range[0], str):
        a, b = (date.fromisoformat(v) for v in view_range)
        return V.days_years(a, a)[0], V.days_years(b, b)[1]
    return view_range[0], view_range[1]
