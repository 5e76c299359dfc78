"""The HTML page: the figure (render.py), an event card, the undated mentions and a table.

Owns the page a reader opens: one self-contained file (plotly.js inlined by default, or from its
CDN), its title and subtitle, and the card that clicking an event (on the figure or in the table)
opens: date, headline, who and where, the sentence, every source (a link when the source is a
web address), with previous/next buttons and the arrow keys stepping through the events in time
order, as TimelineJS slides do. Every article text reaches the page escaped (HTML) or as data a
script writes with textContent: it is shown, never run.
"""
from __future__ import annotations

import html
import json
from typing import Mapping, Optional, Sequence

from .errors import TimelineError
from .model import Event
from .render import THEMES, expression_text, figure, source_name, when_text

PLOTLYJS = ("inline", "cdn")
_CDN = "https://cdn.plot.ly"

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'{cdn}; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, Segoe UI, Roboto, sans-serif; margin: 0 2rem 2rem;
       color: {fg}; background: {bg}; }}
h1 {{ font-size: 1.4rem; margin: 1rem 0 0.2rem; }}
.meta {{ color: #888; margin-bottom: 0.5rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ text-align: left; padding: 4px 8px; border-bottom: 1px solid #8883; vertical-align: top; }}
th[data-sort] {{ cursor: pointer; text-decoration: underline dotted; }}
td.date {{ white-space: nowrap; }}
tr[data-event] {{ cursor: pointer; }}
tr[data-event]:hover {{ background: #8882; }}
#card {{ position: fixed; right: 1.5rem; bottom: 1.5rem; width: min(30rem, 90vw); z-index: 10;
        background: {bg}; color: {fg}; border: 1px solid #8888; border-radius: 10px;
        box-shadow: 0 6px 24px #0005; padding: 1rem 1.2rem; }}
#card[hidden] {{ display: none; }}
#card .when {{ color: #888; font-size: 0.9rem; }}
#card h3 {{ margin: 0.3rem 0 0.5rem; font-size: 1.15rem; }}
#card p {{ margin: 0.4rem 0; }}
#card .nav {{ display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.6rem; }}
#card button {{ font: inherit; padding: 0.2rem 0.7rem; border-radius: 6px; border: 1px solid #8888;
               background: transparent; color: inherit; cursor: pointer; }}
#card a {{ color: #4c8bf5; }}
</style></head>
<body>
<h1>{title}</h1>
<div class="meta">{summary}</div>
{plot}
<aside id="card" hidden aria-live="polite">
<div class="when"></div><h3></h3><p class="who"></p><p class="where"></p>
<p class="sentence"></p><p class="sources"></p>
<div class="nav"><span class="count"></span><button class="prev" title="previous (←)">◀</button>
<button class="next" title="next (→)">▶</button><button class="close" title="close (Esc)">✕</button></div>
</aside>
{vague}
<h2>All events</h2>
<table id="events"><thead><tr><th data-sort="date">Date</th><th>Event</th><th>Who</th><th>Expression</th><th>Source</th><th data-sort="importance">Importance</th></tr></thead>
<tbody>{rows}</tbody></table>
<script type="application/json" id="events-data">{data}</script>
<script>{script}</script>
</body></html>
"""

# The card: filled with textContent only (article text never becomes markup); links only for
# http(s) sources. Arrow keys and the buttons step through the dated events in time order.
_SCRIPT = r"""
(function () {
  var events = JSON.parse(document.getElementById("events-data").textContent);
  var order = events.filter(function (e) { return e.dated; }).map(function (e) { return e.id; });
  var byId = {}; events.forEach(function (e) { byId[e.id] = e; });
  var card = document.getElementById("card"), current = null;
  function put(selector, text, label) {
    var el = card.querySelector(selector);
    el.textContent = text ? (label ? label + ": " : "") + text : "";
    el.hidden = !text;
  }
  function open(id) {
    var e = byId[id]; if (!e) return;
    current = id;
    put(".when", e.when + (e.value !== e.when ? " (" + e.value + ")" : ""));
    put("h3", e.label); put(".who", e.who.join(", "), "Who");
    put(".where", e.where.join(", "), "Where"); put(".sentence", e.sentence);
    var sources = card.querySelector(".sources"); sources.textContent = "Sources: ";
    e.sources.forEach(function (s, i) {
      if (i) sources.appendChild(document.createTextNode(", "));
      if (/^https?:\/\//i.test(s)) {
        var a = document.createElement("a"); a.href = s; a.textContent = s;
        a.rel = "noopener noreferrer"; a.target = "_blank"; sources.appendChild(a);
      } else { sources.appendChild(document.createTextNode(s)); }
    });
    var at = order.indexOf(id);
    card.querySelector(".count").textContent = at >= 0 ? (at + 1) + " / " + order.length : "";
    card.hidden = false;
  }
  function step(by) {
    var at = order.indexOf(current); if (at < 0) return;
    var next = order[Math.min(order.length - 1, Math.max(0, at + by))]; open(next);
  }
  card.querySelector(".prev").onclick = function () { step(-1); };
  card.querySelector(".next").onclick = function () { step(1); };
  card.querySelector(".close").onclick = function () { card.hidden = true; current = null; };
  document.addEventListener("keydown", function (ev) {
    if (card.hidden) return;
    if (ev.key === "ArrowLeft") step(-1);
    else if (ev.key === "ArrowRight") step(1);
    else if (ev.key === "Escape") { card.hidden = true; current = null; }
  });
  document.querySelectorAll("#events tr[data-event]").forEach(function (row) {
    row.addEventListener("click", function () { open(row.getAttribute("data-event")); });
  });
  document.querySelectorAll("#events th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-sort"), body = document.querySelector("#events tbody");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        return key === "importance" ? b.dataset.importance - a.dataset.importance
                                    : a.dataset.order - b.dataset.order; });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  window.timelineCard = open;
  var plot = document.getElementById("timeline");
  function hook() {
    if (plot && plot.on) plot.on("plotly_click", function (d) {
      var p = d && d.points && d.points[0]; if (p && p.customdata) open(p.customdata[1]);
    });
    else setTimeout(hook, 50);
  }
  hook();
})();
"""


def _row(e: Event, n: int) -> str:
    return (f'<tr data-event="{html.escape(e.event_id)}" data-order="{n}" '
            f'data-importance="{e.importance:.3f}"><td class="date">{html.escape(when_text(e))}</td>'
            f"<td>{html.escape(e.label)}</td><td>{html.escape(', '.join(e.who))}</td>"
            f"<td>{html.escape(expression_text(e))} ({html.escape(e.value)})</td>"
            f"<td title=\"{html.escape(', '.join(e.sources or (e.source,)))}\">"
            f"{html.escape(', '.join(map(source_name, e.sources or (e.source,))))}</td>"
            f"<td>{e.importance:.2f}</td></tr>")


def card_data(events: Sequence[Event]) -> str:
    """The events as the card reads them: JSON that cannot end its <script> element."""
    rows = [{"id": e.event_id, "when": when_text(e), "value": e.value, "label": e.label,
             "who": list(e.who), "where": list(e.where), "sentence": e.sentence,
             "sources": list(e.sources or (e.source,)), "dated": not e.is_vague}
            for e in events]
    text = json.dumps(rows, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_html(events: Sequence[Event], title: str = "Timeline", subtitle: str = "",
            theme: str = "light", group_by: Optional[str] = None, top: Optional[int] = None,
            outlets: Optional[Mapping] = None, plotlyjs: str = "inline") -> str:
    """One self-contained HTML page (plotly.js inlined: no network needed; or from its CDN,
    `plotlyjs="cdn"`, a much smaller file that needs the network)."""
    import plotly.io as pio

    if plotlyjs not in PLOTLYJS:
        raise TimelineError(f"no plotly.js source {plotlyjs!r}; choose one of "
                            f"{', '.join(PLOTLYJS)}")
    fig = figure(events, None, theme, group_by, top, outlets, cards=True)   # (the page's
    # heading has the title)
    plot = pio.to_html(fig, full_html=False, include_plotlyjs=True if plotlyjs == "inline"
                       else "cdn", div_id="timeline",
                       config={"displaylogo": False, "scrollZoom": True, "responsive": True})
    vague = [e for e in events if e.is_vague]
    vague_html = ""
    if vague:
        items = "".join(f"<li><b>{html.escape(expression_text(e))}</b> "
                        f"({html.escape(e.value)}): {html.escape(e.label)}</li>" if e.timex else
                        f"<li>{html.escape(e.label)} <small>({html.escape(source_name(e.source))})"
                        "</small></li>" for e in vague)   # (a happening nothing dates: its doc)
        vague_html = f'<h2>Undated mentions</h2><ul id="undated">{items}</ul>'
    dated = len(events) - len(vague)
    summary = html.escape(f"{dated} dated events, {len(vague)} undated" +
                          (f" · {subtitle}" if subtitle else ""))
    style = THEMES[theme]
    return _PAGE.format(title=html.escape(title), summary=summary, plot=plot, vague=vague_html,
                        rows="".join(_row(e, n) for n, e in enumerate(events)),
                        data=card_data(events), script=_SCRIPT,
                        cdn=f" {_CDN}" if plotlyjs == "cdn" else "",
                        fg=style["text"], bg=style["background"])
