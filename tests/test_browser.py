"""The generated HTML in a real headless Chromium with the network blocked."""
import csv
import os
import shutil
import subprocess
import sys

import pytest

from conftest import SEED, SEED_DCT

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


def test_seed_timeline_renders_offline(tmp_path, page_for):
    html, out_csv = tmp_path / "t.html", tmp_path / "e.csv"
    subprocess.run([sys.executable, "-m", "timeline", "build", str(SEED), "--published",
                    SEED_DCT, "--html", str(html), "--csv", str(out_csv)], check=True)
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    page, errors, requests = page_for(html)
    assert errors == [] and requests == []
    drawn = page.evaluate("""() => {
        const gd = document.getElementById('timeline');
        return gd.data.reduce((n, t) => n + (t.customdata ? t.customdata.length : 0), 0); }""")
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
