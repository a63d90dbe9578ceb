"""What a researcher meets in Datasette (issue 15): tables that open on the columns a reader
needs, numbers as Vietnamese readers write them, column descriptions one click away, money
totals that never add a total to its own parts, words never broken mid-syllable.

Through Datasette's in-process client on a real crawl of both sample portals."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import pytest

from district_archive import METADATA
from district_archive.serving.numbers import vietnamese_number, with_unit
from district_archive.serving.pages import format_statistic
from tests.test_datasette_queries import make_datasette

DASHBOARD = json.loads(METADATA.read_text(encoding="utf-8"))["plugins"][
    "datasette-dashboards"]["archive-overview"]


@pytest.fixture(scope="module")
def ds(crawled_archive):
    return make_datasette(crawled_archive)


@pytest.fixture(scope="module")
def db(crawled_archive):
    conn = sqlite3.connect(f"file:{crawled_archive}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def header_columns(page: str) -> list[str]:
    return re.findall(r'<th [^>]*data-column="([^"]+)"', page)


# -- numbers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [
    (1315520000000.0, "1.315.520.000.000"), (137.0, "137"), (137, "137"), (98.5, "98,5"),
    (1234.25, "1.234,25"), (0.34, "0,34"), (-2500.5, "-2.500,5"), (1 / 3, "0,3333")])
def test_numbers_read_as_vietnamese_write_them(value, shown):
    assert vietnamese_number(value) == shown


def test_statistics_on_the_article_page_read_in_vietnamese():
    assert with_unit(1315520000000.0, "VND") == "1.315.520.000.000 đồng"
    assert format_statistic({"value": 28160000.0, "unit": "VND", "per": "người/năm"}) == \
        "28.160.000 đồng/người/năm"
    assert format_statistic({"value": 20.0, "low": 20.0, "high": 22.5, "unit": "tạ/ha"}) == \
        "20–22,5 tạ/ha"
    assert format_statistic({"value": 17, "denominator": 19.0, "unit": "tiêu chí"}) == \
        "17 / 19 tiêu chí"
    assert format_statistic({"value": 98.5, "unit": "%"}) == "98,5 %"


@pytest.mark.asyncio
async def test_table_cells_show_vietnamese_numbers_and_exports_keep_raw_values(ds, db):
    money = db.execute("select id, value from statistics where kind = 'money' "
                       "order by value desc limit 1").fetchone()
    assert money["value"] >= 1e9 and float(money["value"]).is_integer()
    page = (await ds.client.get("/archive/statistics", params={"kind": "money",
                                                               "_sort_desc": "value"})).text
    cell = re.search(r'<td class="col-value[^"]*">([^<]*)</td>', page).group(1)
    assert cell == vietnamese_number(money["value"]) and not cell.endswith(".0")
    counted = db.execute("select value from statistics where kind = 'quantity' and "
                         "value = cast(value as integer) order by id limit 1").fetchone()["value"]
    quantity_page = (await ds.client.get("/archive/statistics", params={
        "kind": "quantity", "_sort": "id"})).text
    assert f">{vietnamese_number(counted)}</td>" in quantity_page
    assert f">{counted!r}</td>" not in quantity_page  # never 137.0
    # ids stay as stored: a row id is no quantity
    assert re.search(r'<td class="col-id[^"]*"><a href="[^"]*">\d+</a></td>', page)
    raw = (await ds.client.get("/archive/statistics.json", params={
        "kind": "money", "_sort_desc": "value", "_shape": "array"})).json()
    assert raw[0]["value"] == money["value"]
    text = (await ds.client.get("/archive/statistics.csv", params={
        "kind": "money", "_sort_desc": "value"})).text
    assert next(csv.DictReader(io.StringIO(text)))["value"] == repr(money["value"])


# -- the columns a reader needs ---------------------------------------------------------------

@pytest.mark.asyncio
async def test_tables_open_on_reader_columns_and_keep_the_rest_reachable(ds):
    page = (await ds.client.get("/archive/articles")).text
    shown = header_columns(page)
    assert {"title", "site", "published", "body_text"} <= set(shown)
    assert not {"body_html", "title_folded", "body_folded", "content_sha256"} & set(shown)
    assert "&lt;p&gt;" not in page  # no raw HTML in a cell of the reader's view
    # one click to every column, Datasette's own ?_col=
    link = re.search(r'<a href="([^"]+)" id="show-all-columns"', page).group(1)
    every = (await ds.client.get(link.replace("&amp;", "&"))).text
    assert {"body_html", "title_folded", "content_sha256"} <= set(header_columns(every))
    chosen = (await ds.client.get("/archive/articles?_col=body_html")).text
    assert "body_html" in header_columns(chosen)
    # exports complete
    row = (await ds.client.get("/archive/articles.json?_shape=array&_size=1")).json()[0]
    assert {"body_html", "title_folded", "body_folded", "content_sha256"} <= set(row)
    header = (await ds.client.get("/archive/articles.csv?_size=1")).text.splitlines()[0]
    assert "body_html" in header and "body_folded" in header


@pytest.mark.asyncio
async def test_statistics_rows_name_their_article_once(ds, db):
    page = (await ds.client.get("/archive/statistics?_size=5&_sort=id")).text
    first_row = page.split("<tbody>")[1].split("</tr>")[0]
    url = db.execute("select article_url from statistics order by id limit 1").fetchone()[0]
    title = db.execute("select title from articles where url = ?", [url]).fetchone()[0]
    assert first_row.count(title) == 1


@pytest.mark.asyncio
async def test_column_descriptions_are_one_click_away_not_above_the_rows(ds):
    page = (await ds.client.get("/archive/articles")).text
    before_rows = page.split('<table class="rows-and-columns">')[0]
    # folded away (a <details>), and in each column's menu (data-column-description)
    assert '<details class="column-help" id="column-descriptions">' in before_rows
    assert "dl.column-descriptions { display: none; }" in page
    assert re.search(r'<th data-column-description="[^"]+"', page)


# -- words never broken -----------------------------------------------------------------------

@pytest.mark.asyncio
async def test_no_page_breaks_words_inside_syllables(ds, db):
    """Datasette's facet lists break anywhere (``word-break: break-all`` in app.css): "Tin
    tức" became "Tin tứ|c". Our pages undo it; only an unbreakable string (a URL, a hash)
    may wrap, and only where it alone overflows its line."""
    facets = (await ds.client.get("/archive/articles?_facet=category")).text
    assert re.search(r"ul\.tight-bullets li \{ word-break: normal; overflow-wrap: anywhere; \}",
                     facets)
    url = db.execute("select url from articles order by url limit 1").fetchone()[0]
    article = (await ds.client.get("/archive/-/article", params={"url": url})).text
    assert "break-all" not in article
    assert re.search(r"\.cite \{[^}]*overflow-wrap: anywhere", article)


# -- the dashboard ----------------------------------------------------------------------------

CHANGES = ("increase", "decrease", "share", "multiple", "average")


def largest_amount_per_article(db, site: str | None = None) -> dict[str, float]:
    """Each article's largest plain money amount (current version), computed in Python."""
    rows = db.execute(
        "select s.article_url, s.value, s.per, s.low, s.denominator, s.sense, a.site "
        "from statistics s join articles a on a.url = s.article_url "
        "join article_versions v on v.id = s.version_id and v.content_sha256 = a.content_sha256 "
        "where s.kind = 'money' and s.unit = 'VND'").fetchall()
    largest: dict[str, float] = {}
    for r in rows:
        if r["per"] or r["low"] is not None or r["denominator"] is not None \
                or r["sense"] in CHANGES or (site and r["site"] != site):
            continue
        largest[r["article_url"]] = max(largest.get(r["article_url"], 0), r["value"])
    return largest


async def chart_rows(ds, name: str, site: str = "") -> list[dict]:
    sql = DASHBOARD["charts"][name]["query"]
    sql = re.sub(r"\[\[(.*?)\]\]", (lambda m: m.group(1)) if site else "", sql)
    response = await ds.client.get("/archive.json", params={"sql": sql, "site": site,
                                                            "_shape": "array"})
    assert response.status_code == 200, response.text[:500]
    return response.json()


@pytest.mark.asyncio
async def test_money_headline_never_adds_a_total_to_its_own_parts(ds, db):
    # the sample has one: "đã đầu tư 156,8 tỷ đồng ..., trong đó nhân dân đóng góp 12,4 tỷ"
    total, part = 156_800_000_000, 12_400_000_000
    same_article = db.execute(
        "select a.article_url from statistics a join statistics b on a.article_url = "
        "b.article_url and a.sentence = b.sentence where a.value = ? and b.value = ?",
        [total, part]).fetchone()
    assert same_article
    largest = largest_amount_per_article(db)
    assert largest[same_article[0]] == total
    headline = (await chart_rows(ds, "money-total"))[0]["billions"]
    assert headline == round(sum(largest.values()) / 1e9, 1)
    every_mention = db.execute(
        "select sum(value) from statistics where kind = 'money' and unit = 'VND' and per is null "
        "and low is null and denominator is null").fetchone()[0]
    assert headline < round(every_mention / 1e9, 1)
    per_year = await chart_rows(ds, "money-per-site-year", "kienthuy")
    assert sum(r["billions"] for r in per_year) == pytest.approx(
        sum(largest_amount_per_article(db, "kienthuy").values()) / 1e9, abs=0.01)
    page = (await ds.client.get("/-/dashboards/archive-overview?site=kienthuy")).text
    assert "never add a total to its own parts" in page
    assert "largest amount of each article" in page


COUNT_AXES = {"articles-per-month": "y", "most-cited-documents": "x", "visitor-trend": "y"}


def test_count_axes_have_whole_number_ticks():
    """d3 takes a tick count as a hint (3 ticks over 0-2 gives steps of 0.5, and
    ``tickMinStep`` does not stop it): at most as many ticks as the domain spans whole
    numbers. Drawn and read back in Chromium by tests/test_browser.py."""
    for chart, channel in COUNT_AXES.items():
        axis = DASHBOARD["charts"][chart]["display"]["encoding"][channel]["axis"]
        assert f"span(domain('{channel}'))" in axis["tickCount"]["expr"], chart
        assert axis["format"] in ("d", ",d"), chart


@pytest.mark.asyncio
async def test_dashboard_site_selector_starts_on_a_site(ds, db):
    busiest = db.execute("select site from articles group by site "
                         "order by count(*) desc, site limit 1").fetchone()[0]
    first = await ds.client.get("/-/dashboards/archive-overview")
    assert first.status_code == 302
    assert first.headers["location"].endswith(f"?site={busiest}")
    page = (await ds.client.get(first.headers["location"])).text
    assert re.search(rf'<option value="{busiest}"\s+selected', page)
    # the blank choice (every site) is still offered
    every = (await ds.client.get("/-/dashboards/archive-overview?site=")).text
    assert re.search(r'<option value=""\s+selected', every)


# -- the search page --------------------------------------------------------------------------

SQL_WORDING = ("Custom SQL", "Edit SQL", "SQL query", "relevance", "exact_diacritics",
               "phrase_match", "order_key")


def test_highlights_what_matched_and_marks_folded_matches():
    from district_archive.serving.highlight import find_highlights, highlighted_html

    text = "Huyện hỗ trợ 59 hộ nghèo và hộ cận nghèo"
    typed_plain = find_highlights(text, "ho ngheo")
    assert [text[h.start:h.end] for h in typed_plain] == ["hộ nghèo"]  # not "hỗ", not "hộ cận"
    assert not typed_plain[0].exact  # found with other diacritics than typed
    typed_exact = find_highlights(text, "hộ nghèo")
    assert [(text[h.start:h.end], h.exact) for h in typed_exact] == [("hộ nghèo", True)]
    # one word typed: every word it matched is marked, as a folded match
    alone = find_highlights(text, "ho")
    assert [text[h.start:h.end] for h in alone] == ["hỗ", "hộ", "hộ"]
    assert [h.exact for h in find_highlights("Kiến Thuỵ", "kiến thụy")] == [True]  # tone place
    html_out = highlighted_html("**hỗ** trợ **hộ** **nghèo** <script>", "ho ngheo")
    assert html_out == ('hỗ trợ <mark class="folded" title="matched with other diacritics than '
                        'typed">hộ nghèo</mark> &lt;script&gt;')


@pytest.mark.asyncio
async def test_search_page_reads_like_a_reading_room(ds, db):
    home = (await ds.client.get("/")).text
    assert 'action="/archive/-/search"' in home
    typed = "kien thuy ho ngheo"
    canned = (await ds.client.get("/archive/search.json", params={
        "q": typed, "site": "", "year": "", "_shape": "array"})).json()
    assert canned
    page = (await ds.client.get("/archive/-/search", params={"q": typed})).text
    assert not [w for w in SQL_WORDING if w in page]
    assert "**" not in page
    count = re.search(r'<p class="count" id="result-count">([^<]*)</p>', page).group(1)
    assert count.startswith(f"{len(canned)} result")
    assert page.count('<li class="result ') == len(canned)
    for site in db.execute("select id, name from sites").fetchall():
        assert f'<option value="{site["id"]}">{site["name"]}</option>' in page
    years = {r[0] for r in db.execute("select substr(published, 1, 4) from articles "
                                      "where published is not null")}
    assert all(f'<option value="{y}">{y}</option>' in page for y in years)
    assert "<mark" in page


@pytest.mark.asyncio
async def test_search_page_narrows_by_site_and_year(ds):
    page = (await ds.client.get("/archive/-/search", params={
        "q": "ho ngheo", "site": "tankhe"})).text
    assert '<option value="tankhe" selected>' in page
    metas = re.findall(r'<span class="kind">[^<]*</span>\s*(\w+)', page)
    assert metas and set(metas) == {"tankhe"}
    in_2024 = (await ds.client.get("/archive/-/search", params={"q": "xa", "year": "2024"})).text
    assert '<option value="2024" selected>' in in_2024
    published = re.findall(r"· (\d{4})-\d\d-\d\d", in_2024)
    assert published and set(published) == {"2024"}
    empty = (await ds.client.get("/archive/-/search", params={"q": "zzqqxx"})).text
    assert "No results" in empty


@pytest.mark.asyncio
async def test_search_csv_is_what_the_reader_saw_without_markers(ds):
    typed = "kien thuy ho ngheo"
    canned = (await ds.client.get("/archive/search.json", params={
        "q": typed, "site": "", "year": "", "_shape": "array"})).json()
    assert any("**" in (r["snippet"] or "") for r in canned)
    response = await ds.client.get("/archive/-/search.csv", params={"q": typed})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["url"] for r in rows] == [r["url"] for r in canned]
    assert all("**" not in r["snippet"] for r in rows)
    assert {r["snippet"] for r in rows} == {(c["snippet"] or "").replace("**", "")
                                            for c in canned}
    assert "relevance" not in rows[0] and "exact_diacritics" not in rows[0]
    excel = await ds.client.get("/archive/-/search.csv", params={"q": typed, "_bom": "1"})
    assert excel.content.startswith("\ufeff".encode())
