"""The generated HTML in a real headless Chromium with the network blocked."""
import csv
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED, SEED_DCT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the browser test: install Debian's chromium")
    pytest.skip("no chromium installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def page_for():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])

        def open_page(path):
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            errors, requests = [], []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def block(route):
                if not route.request.url.startswith("file://"):
                    requests.append(route.request.url)
                    return route.abort()
                return route.continue_()
            page.route("**/*", block)
            page.goto(path.as_uri())
            page.wait_for_selector("#timeline .main-svg", timeout=15000)
            return page, errors, requests

        yield open_page
        browser.close()


# Events drawn (markers and bars of the visible traces; the labels and the overview strip
# repeat them).
DRAWN = """() => document.getElementById('timeline').data.reduce((n, t) =>
    n + (t.visible !== false && t.name !== 'labels' && t.name !== 'overview' && t.customdata
         ? t.customdata.length : 0), 0)"""


def test_seed_timeline_renders_offline(tmp_path, page_for):
    html, out_csv = tmp_path / "t.html", tmp_path / "e.csv"
    subprocess.run([sys.executable, "-m", "timeline", "build", str(SEED), "--published",
                    SEED_DCT, "--html", str(html), "--csv", str(out_csv)], check=True)
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    page, errors, requests = page_for(html)
    assert errors == [] and requests == []
    drawn = page.evaluate(DRAWN)
    assert drawn == len([r for r in rows if r["date"]])
    points = page.locator("#timeline .scatterlayer .point")
    assert points.count() >= 1
    box = points.first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#timeline .hoverlayer .hovertext", timeout=5000)
    hover = page.evaluate("() => document.querySelector('#timeline .hoverlayer').textContent")
    labels = [r["label"] for r in rows]
    assert any(label[:30] in hover.replace("\n", " ") for label in labels), hover
    assert page.locator("#events tr[data-event]").count() == len(rows)


HOSTILE = ("<script>window.__pwned = 1</script> The council met on Monday. "
           "<img src=x onerror=\"window.__pwned = 2\"> It voted on Tuesday to act. "
           "Click <a href=\"javascript:window.__pwned=3\">here</a> said \"</script><script>"
           "window.__pwned=4</script>\" on Wednesday &amp; &lt;b&gt; =cmd|'/c calc'!A1 on Thursday.")


def test_hostile_text_stays_inert(tmp_path, page_for):
    src, html = tmp_path / "hostile.txt", tmp_path / "h.html"
    src.write_text(HOSTILE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "timeline", "build", str(src), "--published",
                    "2025-04-11", "--html", str(html), "--title", "<script>window.__pwned=5</script>"],
                   check=True)
    page, errors, requests = page_for(html)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert "&lt;script&gt;window.__pwned = 1" in html.read_text(encoding="utf-8")
    assert page.locator("h1").inner_text() == "<script>window.__pwned=5</script>"
    assert errors == [] and requests == []


def test_quote_marks_show_as_typed_in_the_figure(tmp_path, page_for):
    src, html = tmp_path / "quoted.txt", tmp_path / "q.html"
    src.write_text('In 1989 "Harbour Lights" won the Booker. She moved to Leeds in 1994.',
                   encoding="utf-8")
    subprocess.run([sys.executable, "-m", "timeline", "build", str(src), "--published",
                    "2026-11-30", "--html", str(html)], check=True)
    page, errors, requests = page_for(html)
    shown = page.evaluate("() => Array.from(document.querySelectorAll("
                          "'#timeline .scatterlayer .textpoint text')).map(t => t.textContent)")
    assert any('"Harbour Lights"' in text for text in shown), shown
    assert not any("&quot;" in text or "&#34;" in text for text in shown), shown
    assert errors == [] and requests == []


# --- the story view (issue 20) ------------------------------------------------------------------
LABEL_BOXES = """() => {
    const clip = document.querySelector('#timeline .nsewdrag').getBoundingClientRect();
    return Array.from(document.querySelectorAll('#timeline .scatterlayer .textpoint text'))
      .map(t => t.getBoundingClientRect())
      .filter(b => b.width > 0 && b.right > clip.left && b.left < clip.right)
      .map(b => [Math.max(b.left, clip.left), b.top, Math.min(b.right, clip.right), b.bottom]);
}"""


def _overlapping(boxes):
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]


def _build(tmp_path, sources, *args):
    html = tmp_path / "story.html"
    subprocess.run([sys.executable, "-m", "timeline", "build", *map(str, sources), "--html",
                    str(html), *args], check=True, capture_output=True)
    return html


def _click_first_point(page):
    points = page.locator("#timeline .scatterlayer .trace .point")
    for k in range(points.count()):
        box = points.nth(k).bounding_box()
        if box and box["width"] > 0:
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            return True
    return False


def _story_checks(page, errors):
    assert errors == []
    boxes = page.evaluate(LABEL_BOXES)
    assert boxes and not _overlapping(boxes), _overlapping(boxes)[:3]
    assert _click_first_point(page)
    page.wait_for_selector("#card:not([hidden])", timeout=5000)
    headline = page.locator("#card h3").inner_text()
    assert headline
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    assert page.locator("#card h3").inner_text() == headline


def test_seed_story_view(tmp_path, page_for):
    page, errors, _ = page_for(_build(tmp_path, [SEED], "-p", SEED_DCT))
    _story_checks(page, errors)
    lo, hi = page.evaluate("() => document.getElementById('timeline').layout.xaxis.range")
    assert "2025-02-01" < lo[:10] <= "2025-02-26" and hi[:10] >= "2025-04-11"   # not 2024


HISTORY = ("Rome was founded in the 8th century BC. Caesar crossed the Rubicon on January 10, "
           "49 BC. Caesar was killed in 44 BC. Octavian defeated Antony at Actium (32-31 B.C.). "
           "Augustus died in AD 14. Rome burned in AD 64. The museum reopened in 2009.\n")


def test_history_story_view_on_a_year_axis(tmp_path, page_for):
    src = tmp_path / "history.txt"
    src.write_text(HISTORY, encoding="utf-8")
    page, errors, _ = page_for(_build(tmp_path, [src], "-p", "2010-01-01"))
    _story_checks(page, errors)
    ticks = page.evaluate("() => document.getElementById('timeline').layout.xaxis.ticktext")
    assert any(t.endswith(" BC") for t in ticks) and any(t.startswith("AD ") for t in ticks)


def _luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(float(x)) for x in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_dark_theme_labels_contrast(tmp_path, page_for):
    page, errors, _ = page_for(_build(tmp_path, [SEED], "-p", SEED_DCT, "--theme", "dark"))
    assert errors == []
    fill = page.evaluate("""() => getComputedStyle(
        document.querySelector('#timeline .textpoint text')).fill""")
    back = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    rgb = [re.findall(r"[\d.]+", c)[:3] for c in (fill, back)]
    light, dark = sorted((_luminance(c) for c in rgb), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5, (fill, back)


EMBASSY = ROOT.parent / "shared" / "data" / "tbaq" / "AQUAINT"


def test_embassy_bombing_articles_story_view(tmp_path, page_for):
    """The AQUAINT articles on the 1998 embassy bombings, each with its DCT as front matter: a
    rendering check (no accuracy is measured here)."""
    from timeline.timeml import normalize_dct, read
    files = [f for f in sorted(EMBASSY.glob("*.tml"))
             if re.search(r"Nairobi|Dar es Salaam", f.read_text(encoding="utf-8"))]
    if len(files) < 10:
        pytest.skip("the AQUAINT corpus is not here")
    folder = tmp_path / "embassy"
    folder.mkdir()
    for f in files:
        doc = read(f)
        (folder / (f.stem + ".txt")).write_text(
            f"---\npublished: {normalize_dct(doc.dct)}\n---\n{doc.text}", encoding="utf-8")
    page, errors, _ = page_for(_build(tmp_path, [folder], "--group-by", "source"))
    _story_checks(page, errors)
    lo, hi = page.evaluate("() => document.getElementById('timeline').layout.xaxis.range")
    assert lo[:7] >= "1998-07" and hi[:4] <= "1999"   # the bombings' weeks, not 1997 or 1970
    assert page.evaluate(DRAWN) <= 25
    overview = page.evaluate("""() => document.getElementById('timeline').data
        .filter(t => t.name === 'overview').map(t => t.x.length)""")
    assert overview and overview[0] > 25   # (the strip shows the whole timeline)
