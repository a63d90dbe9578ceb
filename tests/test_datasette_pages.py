"""Our Datasette plugin: the article page and raw copy (safe whatever the archive holds), the
hardening, the year facet, a search box on every table, the dashboard and the SQL functions."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sqlite3
import zlib
from urllib.parse import urlencode

import pytest
from datasette.plugins import get_plugins

from district_archive.serving.hardening import article_csp
from district_archive.serving.pages import safe_body
from district_archive.serving.tables import render_snippet
from pipelines.search import contains_words, exact_words, paragraph_diff, snippet
from pipelines.text import fold, fts_match
from tests.test_datasette_queries import copy_archive, edit, make_datasette

PAYLOADS = [
    "<script>alert('body')</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(2)">styled</p>',
    "<svg><script>alert(3)</script></svg>",
]


@pytest.fixture(scope="module")
def ds(crawled_archive):
    return make_datasette(crawled_archive)


@pytest.fixture(scope="module")
def article(crawled_archive):
    conn = sqlite3.connect(crawled_archive)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "select a.*, p.sha256 as raw_sha256 from articles a join pages p on p.id = a.page_id "
        "where exists (select 1 from statistics s where s.article_url = a.url) "
        "and exists (select 1 from document_refs d where d.article_url = a.url) "
        "order by a.url limit 1").fetchone()
    stats = conn.execute("select * from statistics where article_url = ?", [row["url"]]).fetchall()
    docs = conn.execute("select * from document_refs where article_url = ?",
                        [row["url"]]).fetchall()
    conn.close()
    return {"row": dict(row), "stats": [dict(s) for s in stats], "docs": [dict(d) for d in docs]}


def article_path(url: str) -> str:
    return "/archive/-/article?" + urlencode({"url": url})


# -- the article page --------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_page_shows_body_statistics_and_links(ds, article):
    row = article["row"]
    response = await ds.client.get(article_path(row["url"]))
    assert response.status_code == 200
    page = response.text
    assert f'<h1 id="article-title">{row["title"]}</h1>' in page
    first_paragraph = row["body_text"].split("\n\n")[0].strip()
    assert first_paragraph[:60] in page
    assert f'href="{row["url"]}" rel="noopener noreferrer nofollow"' in page  # the original
    assert f'/archive/-/raw/{row["raw_sha256"]}' in page  # the archived raw copy
    assert "/archive/article_history?" in page
    for stat in article["stats"]:
        assert f"<mark>{stat['text']}</mark>" in page
    for doc in article["docs"]:
        assert doc["number"] in page
    assert "✓ The archived bytes match this sha256." in page


@pytest.mark.asyncio
async def test_article_page_runs_no_script_and_is_not_indexed(ds, article):
    response = await ds.client.get(article_path(article["row"]["url"]))
    csp = response.headers["content-security-policy"]
    scripts = re.search(r"script-src ([^;]*);", csp).group(1).split()
    assert scripts and all(s.startswith("'sha256-") for s in scripts)  # no 'self', no inline
    assert "object-src 'none'" in csp and "base-uri 'none'" in csp
    assert response.headers["x-robots-tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


@pytest.mark.asyncio
async def test_article_page_for_unknown_or_missing_url_is_404(ds):
    assert (await ds.client.get(article_path("https://nowhere.example/x"))).status_code == 404
    assert (await ds.client.get("/archive/-/article")).status_code == 404
    assert (await ds.client.get("/otherdb/-/article?url=x")).status_code == 404


@pytest.fixture(scope="module")
def poisoned(crawled_archive, tmp_path_factory, article):
    """A copy of the archive whose stored HTML, title and links are hostile."""
    path = copy_archive(crawled_archive, tmp_path_factory.mktemp("poisoned") / "archive.db")
    url = article["row"]["url"]
    edit(path,
         ("update articles set body_html = ?, title = ?, author = ? where url = ?",
          ["<p>Kept paragraph.</p>" + "".join(PAYLOADS), "<script>alert('title')</script>Tiêu đề",
           '"><img src=x onerror=alert(4)>', url]),
         ("update statistics set sentence = ?, text = ? where article_url = ?",
          ["<b onmouseover=alert(5)>5 hộ</b>", "5 hộ", url]),
         ("insert into attachments (article_url, url, name) values (?, ?, ?)",
          [url, "javascript:alert(6)", "<i>evil.pdf</i>"]))
    return path


@pytest.mark.asyncio
async def test_article_page_is_safe_whatever_the_archive_holds(poisoned, article):
    ds = make_datasette(poisoned)
    response = await ds.client.get(article_path(article["row"]["url"]))
    assert response.status_code == 200
    page = response.text
    assert "Kept paragraph." in page
    body = page[page.index('id="article-body"'):page.index('<section id="statistics">')]
    assert "<script" not in body and "<iframe" not in body and "<svg" not in body
    assert not re.search(r"\son\w+=", body), "event handler attribute rendered"
    assert "javascript:" not in body
    assert "style=" not in body
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Tiêu đề" in page
    assert 'href="javascript:' not in page
    assert "&lt;i&gt;evil.pdf&lt;/i&gt;" in page  # shown as text, not linked
    # Had a script reached the body, the CSP would not allow it: only the templates' scripts.
    hashes = re.search(r"script-src ([^;]*);", response.headers["content-security-policy"])
    assert hashes.group(1) == re.search(r"script-src ([^;]*);", (await make_datasette(
        poisoned).client.get("/archive/-/article?" + urlencode({"url": article["row"]["url"]}))
    ).headers["content-security-policy"]).group(1)
    assert "&lt;b onmouseover=alert(5)&gt;<mark>5 hộ</mark>&lt;/b&gt;" in page


@pytest.mark.asyncio
async def test_table_cells_link_titles_to_the_article_page_safely(poisoned, article):
    ds = make_datasette(poisoned)
    page = (await ds.client.get("/archive/articles")).text
    href = article_path(article["row"]["url"]).replace("&", "&amp;")
    assert f'<a href="{href}">&lt;script&gt;' in page
    assert "<script>alert('title')" not in page


# -- the raw copy ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_raw_copy_is_text_never_html(ds, article, crawled_archive):
    digest = article["row"]["raw_sha256"]
    response = await ds.client.get(f"/archive/-/raw/{digest}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    assert hashlib.sha256(response.content).hexdigest() == digest
    assert b"<html" in response.content.lower()  # the whole page, verbatim
    download = await ds.client.get(f"/archive/-/raw/{digest}?download=1")
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"] == f'attachment; filename="{digest}.raw"'
    assert download.content == response.content


@pytest.mark.asyncio
async def test_raw_copy_refuses_unknown_and_tampered_bodies(crawled_archive, tmp_path, article):
    ds = make_datasette(crawled_archive)
    assert (await ds.client.get("/archive/-/raw/" + "0" * 64)).status_code == 404
    assert (await ds.client.get("/archive/-/raw/not-a-hash")).status_code == 404
    copy = copy_archive(crawled_archive, tmp_path / "archive.db")
    edit(copy, ("update blobs set data = ? where sha256 = ?",
                [zlib.compress(b"<html>forged</html>"), article["row"]["raw_sha256"]]))
    tampered = make_datasette(copy)
    response = await tampered.client.get(f"/archive/-/raw/{article['row']['raw_sha256']}")
    assert response.status_code == 500 and "does not match" in response.text
    page = await tampered.client.get(article_path(article["row"]["url"]))
    assert "do not match this sha256" in page.text


# -- hardening ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_robots_are_blocked_everywhere(ds):
    robots = await ds.client.get("/robots.txt")
    assert robots.status_code == 200 and "Disallow: /" in robots.text
    for path in ["/", "/archive", "/archive/articles", "/archive/search?q=x", "/-/dashboards"]:
        response = await ds.client.get(path)
        assert response.headers["x-robots-tag"] == "noindex, nofollow, noarchive", path
        assert response.headers["x-frame-options"] == "SAMEORIGIN"


@pytest.mark.asyncio
async def test_served_read_only_with_a_time_limit(ds):
    for sql in ["delete from articles", "update articles set title = 'x'",
                "insert into sites (id) values ('x')", "drop table articles"]:
        response = await ds.client.get("/archive.json", params={"sql": sql})
        assert response.status_code in (400, 403), sql
    assert ds.setting("sql_time_limit_ms") == 3000 and ds.setting("allow_csv_stream") is True
    slow = ("with recursive r(i) as (select 1 union all select i + 1 from r) "
            "select count(*) from r")
    response = await ds.client.get("/archive.json", params={"sql": slow})
    assert response.status_code == 400 and "interrupted" in response.text.lower()
    databases = (await ds.client.get("/-/databases.json")).json()
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("archive", False)]


@pytest.mark.asyncio
async def test_an_archive_under_another_file_name_is_still_served_as_archive(crawled_archive,
                                                                             tmp_path):
    other = copy_archive(crawled_archive, tmp_path / "kienthuy-2025.db")
    ds = make_datasette(other)
    response = await ds.client.get("/archive/search.json?q=kien+thuy&_shape=array")
    assert response.status_code == 200 and response.json()


# -- browsing ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_articles_facet_by_site_category_and_year(ds, crawled_archive):
    data = (await ds.client.get("/archive/articles.json?_extra=facet_results")).json()
    facets = data["facet_results"]
    assert {"site", "category", "published", "status"} <= set(facets)
    years = {v["value"]: v["count"] for v in facets["published"]["results"]}
    conn = sqlite3.connect(crawled_archive)
    expected = dict(conn.execute("select substr(published, 1, 4), count(*) from articles "
                                 "where published is not null group by 1").fetchall())
    conn.close()
    assert years == expected
    picked = await ds.client.get("/archive/articles.json?published__startswith=2024&_shape=array")
    assert len(picked.json()) == expected["2024"]


@pytest.mark.asyncio
async def test_statistics_and_documents_facet_by_kind_unit_and_type(ds):
    stats = (await ds.client.get("/archive/statistics.json")).json()["facet_results"]
    assert {"kind", "unit"} <= set(stats)
    assert {v["value"] for v in stats["kind"]["results"]} == {"quantity", "money", "percent"}
    docs = (await ds.client.get("/archive/document_refs.json")).json()["facet_results"]
    assert "doc_type" in docs
    assert any(v["value"] == "Quyết định" for v in docs["doc_type"]["results"])


def folded_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


@pytest.mark.asyncio
@pytest.mark.parametrize("table,typed", [
    ("articles", "kien thuy"), ("articles", "Đạt chuẩn"), ("statistics", "ho ngheo"),
    ("statistics", "tỷ đồng"), ("document_refs", "UBND huyen"), ("document_refs", "24-ct/hu"),
    ("article_versions", "Kiến Thuỵ"), ("images", "lua"), ("attachments", "ke hoach"),
    ("sites", "kien thuy"), ("pages", "kienthuy"), ("visitor_counts", "tankhe"),
    ("crawl_runs", "finished"),
])
async def test_every_table_has_a_working_search_box(ds, crawled_archive, table, typed):
    html = (await ds.client.get(f"/archive/{table}")).text
    assert 'name="_search"' in html, f"{table} has no search box"
    response = await ds.client.get(f"/archive/{table}.json",
                                   params={"_search": typed, "_shape": "array", "_size": "max"})
    assert response.status_code == 200, response.text[:500]
    found = response.json()
    # Expected: every typed word is a word of the row's searchable text, folded.
    columns = (["title", "body_text"] if table == "articles" else
               ds.plugin_config("district-archive")["search_columns"][table])
    conn = sqlite3.connect(crawled_archive)
    conn.row_factory = sqlite3.Row
    everything = [dict(r) for r in conn.execute(f"select * from {table}")]
    conn.close()
    wanted = folded_words(typed)
    expected = [r for r in everything
                if wanted <= folded_words(" ".join(str(r[c] or "") for c in columns))]
    key = "url" if table == "articles" else "id"
    assert sorted(r[key] for r in found) == sorted(r[key] for r in expected)
    if table not in ("images", "attachments"):
        assert expected, f"the sample has nothing for {typed!r} in {table}"
    if table != "articles":
        assert f'value="{typed}"' in (await ds.client.get(
            f"/archive/{table}", params={"_search": typed})).text


@pytest.mark.asyncio
async def test_home_page_offers_search_and_the_dashboard(ds):
    page = (await ds.client.get("/")).text
    assert 'action="/archive/-/search"' in page and 'name="q"' in page
    assert "/-/dashboards/archive-overview" in page


@pytest.mark.asyncio
async def test_canned_query_pages_are_titled_and_snippets_marked(ds):
    page = (await ds.client.get("/archive/search", params={"q": "hộ nghèo"})).text
    assert "<title>Search articles and documents (ranked, with snippets) · archive</title>" in page
    assert "<mark>hộ</mark> <mark>nghèo</mark>" in page
    assert "/archive/-/article?url=" in page


# -- the dashboard -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_dashboard_renders_and_every_chart_query_answers(ds):
    page = await ds.client.get("/-/dashboards/archive-overview", follow_redirects=True)
    assert page.status_code == 200
    config = ds.plugin_config("datasette-dashboards")["archive-overview"]
    wanted = {"articles-per-month", "money-per-site-year", "most-cited-documents", "visitor-trend"}
    assert wanted <= set(config["charts"])
    for name, chart in config["charts"].items():
        assert name in page.text
        for site in ("", "kienthuy"):
            sql = re.sub(r"\[\[(.*?)\]\]", (lambda m: m.group(1)) if site else "", chart["query"])
            response = await ds.client.get("/archive.json", params={
                "sql": sql, "site": site, "_shape": "array"})
            assert response.status_code == 200, (name, response.text[:500])
            assert response.json(), (name, site)
        single = await ds.client.get(f"/-/dashboards/archive-overview/{name}")
        assert single.status_code == 200, name


# -- the SQL functions, as plain Python -------------------------------------------------------


@pytest.mark.parametrize("query,expected", [
    ("Kiến Thuỵ", 2), ("Kiến Thụy", 2), ("kiến thụy", 2), ("kien thuy", 0), ("Kiến Thủy", 1),
    ("", 0),
])
def test_exact_words_ignore_tone_placement_and_case_only(query, expected):
    assert exact_words("Huyện Kiến Thụy tổ chức hội nghị", query) == expected


def test_fts_match_quotes_every_chunk():
    assert fts_match("") is None and fts_match('" ( *') is None
    expr = fts_match('Kiến Thuỵ "x" 24-CT/HU')
    assert expr == ('{title body_text} : ("Kiến" "Thuỵ" """x""" "24-CT/HU") OR '
                    '{title_folded body_folded} : ("kien" "thuy" """x""" "24-ct/hu")')


def test_snippet_highlights_folded_matches_in_the_original_text():
    text = "Năm 2024, huyện đạt 62,4% dự toán.\n\nCác xã đạt chuẩn."
    assert snippet(text, "dat") == "Năm 2024, huyện **đạt** 62,4% dự toán. ¶ Các xã **đạt** chuẩn."
    assert snippet(text, "khong co") == text[:240]
    long = ("x " * 300) + "hộ nghèo" + (" y" * 300)
    cut = snippet(long, "ho ngheo")
    assert "**hộ** **nghèo**" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) < 300


def test_contains_words_needs_every_word():
    assert contains_words("Hỗ trợ 18 hộ nghèo", "HO NGHEO") == 1
    assert contains_words("Hỗ trợ 18 hộ nghèo", "ho giau") == 0
    assert contains_words("Đường điện", "duong") == 1 and contains_words("Đường", "duon") == 0


def test_paragraph_diff():
    assert paragraph_diff(None, "a") == "first version"
    assert paragraph_diff("a\n\nb", "a\n\nc") == "- b\n+ c"
    assert paragraph_diff("a", "a") == "no change in the body"


def test_render_snippet_escapes_before_marking():
    assert (render_snippet("**<b>**x</b> & **y**")
            == "<mark>&lt;b&gt;</mark>x&lt;/b&gt; &amp; <mark>y</mark>")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_safe_body_drops_every_payload(payload):
    out = str(safe_body("<p>ok</p>" + payload, None, "https://kienthuy.haiphong.gov.vn/a"))
    assert "<p>ok</p>" in out
    assert "<script" not in out and "<iframe" not in out and "<svg" not in out
    assert "javascript:" not in out and "onerror" not in out and "onclick" not in out
    assert "style=" not in out


def test_safe_body_falls_back_to_escaped_text():
    assert str(safe_body(None, "a <b>\n\nc", "https://x/")) == "<p>a &lt;b&gt;</p>\n<p>c</p>"


@pytest.mark.asyncio
async def test_sql_functions_are_available_to_researchers_sql(ds):
    sql = ("select vn_fold('Đạt Kiến Thuỵ') as f, vn_tone('Kiến Thuỵ') as t, "
           "vn_exact('Kiến Thụy', 'Kiến Thuỵ') as e, vn_contains('hộ nghèo', 'ho') as c, "
           "vn_match('') as m, vn_fold(null) as n, vn_exact(1, 2) as odd")
    row = (await ds.client.get("/archive.json", params={"sql": sql, "_shape": "array"})).json()[0]
    assert row == {"f": "dat kien thuy", "t": "Kiến Thụy", "e": 2, "c": 1, "m": '""', "n": "",
                   "odd": 0}
    plugins = {p["name"] for p in get_plugins()}  # /-/plugins.json is closed to visitors
    assert {"district-news-archive", "datasette-dashboards", "datasette-block-robots"} <= plugins
    assert json.dumps(row)  # plain values


def test_article_csp_never_allows_a_script_from_the_body():
    body = "<p>x</p><script>alert(1)</script>"
    page = f"<html><script>menu()</script><div>{body}</div></html>"
    csp = article_csp(page, untrusted=body)
    menu = base64.b64encode(hashlib.sha256(b"menu()").digest()).decode()
    evil = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert f"'sha256-{menu}'" in csp and evil not in csp
    assert "script-src 'none'" in article_csp("<p>no scripts</p>", untrusted="")


@pytest.mark.asyncio
async def test_the_whole_archive_file_can_be_downloaded(ds, crawled_archive):
    response = await ds.client.get("/archive.db")
    assert response.status_code == 200
    assert response.content[:16] == b"SQLite format 3\x00"
    assert len(response.content) == crawled_archive.stat().st_size


@pytest.mark.asyncio
async def test_articles_table_cells_are_truncated_for_reading(ds):
    """A table page shows each long cell's start, not every body in full (issue 15)."""
    longest = (await ds.client.get(
        "/archive.json", params={"sql": "select body_text from articles order by "
                                        "length(body_text) desc limit 1", "_shape": "array"})
               ).json()[0]["body_text"]
    assert len(longest) > 1000
    page = (await ds.client.get("/archive/articles")).text
    first_paragraph = html.escape(longest[:150], quote=False)
    assert first_paragraph in page or html.escape(longest[:150]) in page
    assert html.escape(longest[:1000], quote=False) not in page
    full = (await ds.client.get("/archive/articles.json?_shape=array&_size=max")).json()
    assert longest in {r["body_text"] for r in full}  # JSON (and CSV) keep the whole text


def test_the_article_page_links_images_without_a_copy_to_their_originals_and_loads_none():
    """An image the archive holds no copy of: a reader's browser must not fetch from the portal
    (which is going offline) while reading the archive; it is a link to its original
    (tests/test_images.py: those with a copy are shown from the archive)."""
    from district_archive.serving.pages import safe_body

    body = safe_body('<p>Trước <img src="https://cdn.haiphong.gov.vn/a/le-ra-quan.jpg" '
                     'alt="Lễ ra quân"> sau</p><p><img src="javascript:alert(1)"></p>', None,
                     "https://kienthuy.haiphong.gov.vn/tin")
    assert "<img" not in body
    assert 'href="https://cdn.haiphong.gov.vn/a/le-ra-quan.jpg"' in body
    assert "[ảnh gốc: Lễ ra quân]" in body and "Trước" in body and "sau" in body
    assert "javascript:" not in body
