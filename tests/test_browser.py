"""End to end in a real browser: `district-archive serve` on a crawled sample archive, driven in
Debian's headless Chromium (installed by .ci/run; never downloaded at test time) through
home → search → article → raw copy → articles table → CSV download, then the dashboard.

Screenshots of each step are taken every run; with UPDATE_SCREENSHOTS=1 they are written to
docs/screenshots/ (the README shows them).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from district_archive import METADATA
from district_archive.portals.loopback import NotServing, base_url, free_port, wait_for_http
from tests.conftest import ROOT
from tests.test_datasette_queries import copy_archive
from tests.test_reading_room import COUNT_AXES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The flags that work on a machine with no network beyond 127.0.0.1 (no background fetches).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]
SCREENSHOTS = ROOT / "docs" / "screenshots"

if not CHROMIUM:
    if os.environ.get("CI"):
        pytest.fail("CI needs Debian's chromium: .ci/run installs it", pytrace=False)
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def served(crawled_archive, tmp_path_factory):
    """`district-archive serve`, for real, on a copy of the crawled sample archive."""
    db = copy_archive(crawled_archive, tmp_path_factory.mktemp("served") / "archive.db")
    port = free_port()
    started = time.monotonic()
    # Its own process group: `serve` runs Datasette as a child, and both must stop at the end.
    process = subprocess.Popen(
        [sys.executable, "-m", "district_archive.cli", "serve", "--db", str(db),
         "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True)
    base = base_url(port)
    try:
        try:
            wait_for_http(base + "/-/databases.json", timeout=15, process=process)
        except NotServing as exc:
            output = process.stdout.read().decode()[-3000:] if process.poll() is not None else ""
            pytest.fail(f"district-archive serve: {exc}\n{output}")
        print(f"\nserve answered after {time.monotonic() - started:.2f}s")
        yield base, db
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                  locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    context.close()


def shoot(page, name: str, tmp_path: Path, full_page: bool = False) -> Path:
    target = (SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=full_page)
    assert target.stat().st_size > 10_000  # a real picture, not a blank page
    return target


# What a reader must never see (issue 15): SQL tooling, ranking columns, highlight markers.
SQL_WORDING = ("Custom SQL", "Edit SQL", "SQL query", "relevance", "exact_diacritics",
               "phrase_match", "**")
# Vietnamese numbers: dots between thousands, a decimal comma, never "137.0".
VIETNAMESE_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?(\s|$|–| /)")
# Every element whose computed style lets a line break inside a word at any letter.
BREAKS_WORDS = """() => [...document.querySelectorAll('body *')].filter(
    e => getComputedStyle(e).wordBreak === 'break-all' && e.innerText && e.innerText.trim()
  ).map(e => e.tagName + '.' + e.className + ': ' + e.innerText.slice(0, 40))"""


def reader_sees_no_sql(page) -> None:
    text = page.locator("body").inner_text()
    assert not [w for w in SQL_WORDING if w in text], text[:2000]


def test_search_article_and_csv_download(served, page, tmp_path):
    base, db = served
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    timings = {}
    t0 = time.monotonic()

    # Home: the search form is the first thing offered.
    page.goto(base + "/")
    assert page.title().startswith("District News Archive")
    shoot(page, "home", tmp_path)

    # Search, typed the way people type on a keyboard without Vietnamese input, on the search
    # page: a site and a year picked from lists, not typed.
    page.fill("#archive-q", "kien thuy ho ngheo")
    page.click("form.archive-search input[type=submit]")
    page.wait_for_url("**/archive/-/search?*")
    assert page.locator("#search-site option").count() == 1 + conn.execute(
        "select count(*) from sites").fetchone()[0]
    assert page.locator("#search-site").input_value() == ""  # every site
    page.select_option("#search-site", "kienthuy")
    page.click("#search-form input[type=submit]")
    page.wait_for_url("**site=kienthuy*")
    timings["search"] = time.monotonic() - t0
    results = page.locator("ol.results li.result")
    expected = [r["url"] for r in conn.execute(
        "select url, title_folded || ' ' || body_folded as t from articles where site = ? "
        "union all select url, title_folded || ' ' || body_folded from documents where site = ?",
        ["kienthuy", "kienthuy"])  # attachments' text too
        if all(w in r["t"].split() for w in ("kien", "thuy", "ho", "ngheo"))]
    assert results.count() == len(expected) > 0
    assert page.locator("#result-count").inner_text().startswith(f"{len(expected)} result")
    reader_sees_no_sql(page)
    marks = page.locator("p.snippet mark")
    assert marks.count() > 0
    assert {m.lower() for m in marks.all_inner_texts()} & {"kiến thụy", "hộ nghèo"}
    assert page.evaluate(BREAKS_WORDS) == []
    shoot(page, "search", tmp_path)

    # The search's results as CSV: what the reader saw, without highlight markers.
    with page.expect_download() as info:
        page.click("#search-csv")
    found = list(csv.DictReader(io.StringIO(
        Path(info.value.path()).read_text(encoding="utf-8"))))
    assert sorted(r["url"] for r in found) == sorted(expected)
    assert all("**" not in r["snippet"] and r["snippet"] for r in found)
    assert "relevance" not in found[0]

    # The first result's title opens the article page.
    first = page.locator("ol.results li.result-article .result-title a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/archive/-/article?url=*")
    timings["article"] = time.monotonic() - t0
    article = conn.execute("select * from articles where title = ?", [title]).fetchone()
    assert page.locator("h1#article-title").inner_text() == article["title"]
    body = page.locator("#article-body").inner_text()
    assert article["body_text"].split("\n\n")[1][:80] in body
    assert page.locator("#article-body script").count() == 0
    assert "<p>" not in body
    assert page.locator("#original-link").get_attribute("href") == article["url"]
    stats = conn.execute("select count(*) from statistics where article_url = ?",
                         [article["url"]]).fetchone()[0]
    assert page.locator("#statistics tbody tr").count() == stats
    assert page.locator("#statistics mark").count() == stats
    values = page.locator("#statistics td.num").all_inner_texts()
    assert values and all(VIETNAMESE_NUMBER.match(v) for v in values), values
    assert not [v for v in values if re.search(r"\d\.0\b|VND", v)], values
    assert page.evaluate(BREAKS_WORDS) == []
    assert page.locator("#sha-verified").is_visible()
    shoot(page, "article", tmp_path)

    # The archived raw copy opens as text, never as a page.
    raw_href = page.locator("#raw-link").get_attribute("href")
    response = page.goto(base + raw_href)
    assert response.headers["content-type"].startswith("text/plain")
    assert page.locator("body pre").inner_text().lstrip().lower().startswith("<!doctype html")
    page.go_back()

    # From the article to its table: the columns a reader needs (no raw HTML, no folded text),
    # facet labels whole, searched the same way, and out as a CSV file with every column.
    page.click("p.crumbs a:has-text('articles')")
    page.wait_for_url("**/archive/articles")
    headers = page.locator("table.rows-and-columns th").evaluate_all(
        "ths => ths.map(th => th.dataset.column)")
    assert "title" in headers and not {"body_html", "body_folded", "title_folded"} & set(headers)
    cells = page.locator("table.rows-and-columns td").all_inner_texts()
    assert not [c for c in cells if re.search(r"<(p|div|br)\b", c)]
    assert page.evaluate(BREAKS_WORDS) == []
    page.fill("#_search", "kien thuy ho ngheo")
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=*")
    everywhere = [r["url"] for r in conn.execute(
        "select url, title_folded || ' ' || body_folded as t from articles")
        if all(w in r["t"].split() for w in ("kien", "thuy", "ho", "ngheo"))]
    shown = page.locator("table.rows-and-columns tbody tr").count()
    assert shown == len(everywhere)
    page.check("#export input[name=_dl]")
    with page.expect_download() as info:
        page.click("#export input[type=submit]")
    download = info.value
    timings["csv"] = time.monotonic() - t0
    assert download.suggested_filename.endswith(".csv")
    text = Path(download.path()).read_text(encoding="utf-8")
    exported = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["url"] for r in exported) == sorted(everywhere)
    assert article["title"] in {r["title"] for r in exported}
    assert "body_html" in exported[0] and "body_folded" in exported[0]  # exports keep them
    assert not page.console_errors, page.console_errors
    conn.close()
    print("browser timings (s from first page):",
          ", ".join(f"{k} {v:.2f}" for k, v in timings.items()))


def test_statistics_table_reads_in_vietnamese(served, page, tmp_path):
    base, db = served
    page.goto(base + "/archive/statistics?kind=money&_sort_desc=value&_facet=unit")
    values = page.locator("table.rows-and-columns td.col-value").all_inner_texts()
    assert values and all(VIETNAMESE_NUMBER.match(v) for v in values), values
    assert not [v for v in values if v.endswith(".0")]
    assert page.evaluate(BREAKS_WORDS) == []
    first_row = page.locator("table.rows-and-columns tbody tr").first.inner_text()
    conn = sqlite3.connect(db)
    url = conn.execute("select article_url from statistics where kind = 'money' "
                       "order by value desc limit 1").fetchone()[0]
    title = conn.execute("select title from articles where url = ?", [url]).fetchone()[0]
    conn.close()
    assert first_row.count(title) == 1  # the article named once


AXIS_LABELS = """async ([display, rows, channel]) => {
  const spec = {...display, data: {values: rows}, width: 400, height: 300};
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), {renderer: 'none'});
  const svg = new DOMParser().parseFromString(await view.toSVG(), 'image/svg+xml');
  const name = channel === 'x' ? 'x-axis' : 'y-axis';
  const axis = [...svg.querySelectorAll('g.role-axis')].find(
    g => g.getAttribute('aria-label')?.toLowerCase().includes(name));
  return [...axis.querySelectorAll('g.role-axis-label text')].map(t => t.textContent);
}"""


def axis_labels(page, base: str, chart: str, channel: str) -> list[str]:
    """The tick labels of one dashboard chart's axis, drawn by the page's own Vega."""
    config = json.loads(METADATA.read_text(encoding="utf-8"))["plugins"][
        "datasette-dashboards"]["archive-overview"]["charts"][chart]
    sql = re.sub(r"\[\[.*?\]\]", "", config["query"])
    rows = page.request.get(base + "/archive.json", params={"sql": sql, "_shape": "array"}).json()
    return page.evaluate(AXIS_LABELS, [config["display"], rows, channel])


def test_dashboard_draws_every_chart(served, page, tmp_path):
    base, _ = served
    started = time.monotonic()
    page.goto(base + "/-/dashboards/archive-overview")
    charts = ["articles-per-month", "money-per-site-year", "most-cited-documents",
              "visitor-trend"]
    for chart in charts:  # vega-embed draws each chart into its own svg or canvas
        page.wait_for_selector(f"#chart-{chart} canvas, #chart-{chart} svg.marks",
                               state="attached")
    for metric in ["articles-total", "money-total", "documents-total"]:
        page.wait_for_function(
            "id => /\\d/.test(document.querySelector('#chart-' + id)?.innerText || '')",
            arg=metric)
    print(f"\ndashboard drawn in {time.monotonic() - started:.2f}s")
    assert page.locator("select#site").input_value()  # starts on a site, not blank
    # Count axes tick whole numbers only: each chart drawn again as SVG and its labels read
    for chart, channel in COUNT_AXES.items():
        labels = axis_labels(page, base, chart, channel)
        assert labels and all(re.fullmatch(r"\d{1,3}(\.\d{3})*", v) for v in labels), labels
        assert len(set(labels)) == len(labels), (chart, labels)  # no 0, 1, 1, 2, 2
    assert "never add a total to its own parts" in page.locator("body").inner_text()
    assert not page.console_errors, page.console_errors
    shoot(page, "dashboard", tmp_path, full_page=True)

    # One site picked: every chart redraws from the filtered queries.
    page.goto(base + "/-/dashboards/archive-overview?site=tankhe")
    page.wait_for_selector("#chart-articles-per-month canvas, #chart-articles-per-month svg.marks",
                           state="attached")
    assert not page.console_errors, page.console_errors
