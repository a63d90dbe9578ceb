"""Every canned query and every Datasette export format, through Datasette's in-process client,
on a real crawl of both sample portals; answers are checked against the archive itself."""
from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict

import pytest
from datasette.app import Datasette

from district_archive import METADATA
from district_archive.cli.serving import datasette_command
from pipelines.statistics import find_statistics
from pipelines.store import COVERAGE_SQL, Archive
from pipelines.text import fold

QUERIES = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]


def serve_settings() -> dict[str, str]:
    """The --setting pairs `district-archive serve` passes, so tests run what users get."""
    args = datasette_command("archive.db", 8001)
    return {args[i + 1]: args[i + 2] for i, a in enumerate(args) if a == "--setting"}


def make_datasette(path, **overrides: int) -> Datasette:
    settings = {k: (v == "on") if v in ("on", "off") else int(v)
                for k, v in serve_settings().items()}
    settings.update(overrides)
    return Datasette([], immutables=[str(path)],
                     metadata=json.loads(METADATA.read_text(encoding="utf-8")),
                     settings=settings)


@pytest.fixture(scope="module")
def ds(crawled_archive):
    return make_datasette(crawled_archive)


@pytest.fixture(scope="module")
def db(crawled_archive):
    conn = sqlite3.connect(f"file:{crawled_archive}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


async def rows(ds, path: str, **params) -> list[dict]:
    response = await ds.client.get(path, params={**params, "_shape": "array"})
    assert response.status_code == 200, response.text[:2000]
    return response.json()


def copy_archive(source, target):
    """A private copy to edit, left in rollback-journal mode: Datasette opens archives
    immutable, which ignores a WAL file, so every change must be in the main file."""
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("pragma journal_mode=delete")
    return target


def edit(path, *statements):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()


def current_stats(db) -> list[sqlite3.Row]:
    """Statistics of each article's current version, computed without the canned SQL."""
    return db.execute(
        "select s.*, a.site, a.published from statistics s "
        "join articles a on a.url = s.article_url "
        "where s.version_id = (select id from article_versions v where v.url = a.url "
        "and v.content_sha256 = a.content_sha256)").fetchall()


def test_every_canned_query_is_tested_here():
    tested = {"search", "statistics_by_site_year", "money_by_site_year", "most_cited_documents",
              "articles_citing_document", "article_history", "visitor_trend",
              "articles_per_month", "coverage", "statistics_articles_and_documents",
              "documents_cited_and_files",
              # places: tested in tests/test_places.py
              "articles_about_unit", "former_districts_on_topic", "news_from_merged_communes",
              "units_most_written_about", "articles_by_unit_map"}
    assert set(QUERIES) == tested
    for name, query in QUERIES.items():
        assert query.get("title") and query.get("description_html"), name


# -- search ------------------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("typed, folded", [
    ("kien thuy", "kien thuy"), ("Kiến Thụy", "kien thuy"), ("Kiến Thuỵ", "kien thuy"),
    ("KIẾN THUỴ", "kien thuy"), (unicodedata.normalize("NFD", "Kiến Thụy"), "kien thuy"),
    ("Uỷ ban", "uy ban"), ("Ủy ban", "uy ban"), ("uy ban", "uy ban"),
    ("đạt", "dat"), ("dat", "dat"), ("hộ nghèo", "ho ngheo"), ("ho ngheo", "ho ngheo"),
])
async def test_search_finds_the_same_articles_and_documents_however_typed(ds, db, typed,
                                                                          folded):
    result = await rows(ds, "/archive/search.json", q=typed)
    found = {r["url"] for r in result if r["kind"] == "article"}
    expected = {r["url"] for r in db.execute("select url, title, body_text from articles")
                if re.search(rf"\b{folded}\b", fold(r["title"] + " " + r["body_text"]))}
    assert found == expected and expected
    found_documents = {r["document"] for r in result if r["kind"] == "document"}
    expected_documents = {
        r["sha256"] for r in db.execute("select sha256, title, body_text from documents")
        if re.search(rf"\b{folded}\b", fold(f"{r['title']} {r['body_text']}"))}
    assert found_documents == expected_documents


@pytest.mark.asyncio
async def test_a_phrase_only_in_an_attachment_is_found_and_links_both_ways(ds, db):
    # "Chánh Văn phòng ... chịu trách nhiệm" is in Quyết định 125/QĐ-UBND (a PDF attached to a
    # kienthuy article), never in an article body.
    assert not db.execute("select 1 from articles where body_folded like ? or body_folded "
                          "like ?", ["%chanh van phong%", "%chiu trach nhiem%"]).fetchone()
    result = await rows(ds, "/archive/search.json", q="chanh van phong chiu trach nhiem")
    assert [r["kind"] for r in result] == ["document"]
    hit = result[0]
    assert hit["title"].startswith("Quyết định 125/QĐ-UBND: Về việc tặng Giấy khen")
    assert "**" in hit["snippet"] and hit["url"].endswith(".pdf")
    assert hit["article_url"].endswith("-899830")  # the article attaching it
    assert db.execute("select sha256 from attachments where article_url = ?",
                      [hit["article_url"]]).fetchone()[0] == hit["document"]
    page = (await ds.client.get("/archive/search",
                                params={"q": "chanh van phong chiu trach nhiem"})).text
    assert f'href="/archive/documents/{hit["document"]}"' in page
    assert "/archive/-/article?url=" in page
    document = await ds.client.get(f"/archive/documents/{hit['document']}")
    assert document.status_code == 200 and "46 tập thể" in document.text


@pytest.mark.asyncio
async def test_an_article_reference_links_to_the_attachment_that_is_that_document(db):
    ref = db.execute(
        "select r.cited_sha256, d.number, d.url, a.sha256 as attached from document_refs r "
        "join documents d on d.sha256 = r.cited_sha256 join attachments a on "
        "a.article_url = r.article_url where r.article_url like '%-905112' and "
        "r.number = '18/KH-UBND' and r.document_sha256 is null").fetchone()
    assert ref["number"] == "18/KH-UBND" and ref["cited_sha256"] == ref["attached"]


@pytest.mark.asyncio
async def test_search_ranks_exact_diacritics_first_then_bm25(ds):
    result = await rows(ds, "/archive/search.json", q="Kiến Thuỵ")
    # Within a group, articles before documents: two indexes' bm25 are not comparable.
    order = [(r["phrase_match"], r["exact_diacritics"], r["kind"] == "article") for r in result]
    assert order == sorted(order, reverse=True) and order[0] == (1, 1, True)
    for a, b in itertools.pairwise(result):
        if (a["phrase_match"], a["exact_diacritics"], a["kind"]) == (
                b["phrase_match"], b["exact_diacritics"], b["kind"]):
            assert a["relevance"] >= b["relevance"]  # bm25, higher is better
    # Typed without diacritics: nothing is "exact" (the text has diacritics), bm25 orders.
    plain = await rows(ds, "/archive/search.json", q="kien thuy")
    assert plain and {r["exact_diacritics"] for r in plain} == {0}
    for kind in ("article", "document"):
        ranked = [r["relevance"] for r in plain if r["phrase_match"] and r["kind"] == kind]
        assert ranked == sorted(ranked, reverse=True)


@pytest.mark.asyncio
async def test_search_snippets_highlight_the_original_words(ds):
    result = await rows(ds, "/archive/search.json", q="kien thuy")
    assert all("**" in r["snippet"] for r in result)
    assert any("**Kiến** **Thụy**" in r["snippet"] for r in result)
    # "dat" has no đ: FTS5's snippet cannot see it in the original text; vn_snippet can.
    dat = await rows(ds, "/archive/search.json", q="dat")
    assert dat and any("**đạt**" in r["snippet"] for r in dat)


@pytest.mark.asyncio
async def test_search_filters_by_site_and_survives_any_input(ds):
    tankhe = await rows(ds, "/archive/search.json", q="ho ngheo", site="tankhe")
    assert tankhe and {r["site"] for r in tankhe} == {"tankhe"}
    for nasty in ["", '"', "(", "AND OR NOT", "*", "title:x", "'; drop table articles; --"]:
        assert isinstance(await rows(ds, "/archive/search.json", q=nasty), list)
    number = await rows(ds, "/archive/search.json", q="24-CT/HU")
    assert number and all("24-CT/HU" in r["snippet"] or r["exact_diacritics"] for r in number)


# -- statistics --------------------------------------------------------------------------------


def form(stat) -> str:
    """The statistic's form as the canned queries name it."""
    if stat["denominator"] is not None:
        return "fraction"
    if stat["low"] is not None:
        return "range"
    return "rate" if stat["per"] is not None else "amount"


@pytest.mark.asyncio
async def test_statistics_by_site_year_counts_and_sums_per_unit(ds, db):
    result = await rows(ds, "/archive/statistics_by_site_year.json")
    expected = defaultdict(lambda: [0, 0.0])
    for s in current_stats(db):
        key = (s["site"], (s["published"] or "")[:4] or None, s["kind"], s["unit"], s["per"],
               form(s))
        expected[key][0] += 1
        expected[key][1] += s["value"] or 0
    got = {(r["site"], r["year"], r["kind"], r["unit"], r["per"], r["form"]): r for r in result}
    assert set(got) == set(expected)
    for key, (mentions, total) in expected.items():
        assert got[key]["mentions"] == mentions
        if key[2] == "percent" or key[5] != "amount":
            assert got[key]["total"] is None  # percents, rates, range ends, fractions: no sum
        else:
            assert got[key]["total"] == pytest.approx(total)
    money = await rows(ds, "/archive/statistics_by_site_year.json", kind="money", site="kienthuy")
    assert money and {(r["kind"], r["site"]) for r in money} == {("money", "kienthuy")}


@pytest.mark.asyncio
async def test_money_by_site_year_totals(ds, db):
    result = await rows(ds, "/archive/money_by_site_year.json")
    expected, not_summed = Counter(), Counter()
    for s in current_stats(db):
        if s["kind"] == "money" and s["unit"] == "VND" and s["published"]:
            year = (s["site"], s["published"][:4])
            if form(s) == "amount":
                expected[year] += s["value"]
            else:
                not_summed[year] += 1
    assert {(r["site"], r["year"]): r["total_vnd"] for r in result if r["amounts"]} == \
        pytest.approx(dict(expected))
    assert {(r["site"], r["year"]): r["not_summed"] for r in result if r["not_summed"]} == \
        dict(not_summed)
    assert all(r["total_billion_vnd"] == round(r["total_vnd"] / 1e9, 3)
               for r in result if r["amounts"])
    assert {r["site"] for r in result} == {"kienthuy", "tankhe"}


@pytest.mark.asyncio
async def test_superseded_versions_are_not_counted_twice(crawled_archive, tmp_path):
    copy = copy_archive(crawled_archive, tmp_path / "archive.db")
    archive = Archive(copy)
    article = next(archive.db.query(
        "select a.* from articles a where exists (select 1 from statistics s "
        "where s.article_url = a.url and s.kind = 'money')"))
    changed = {**article, "body_text": "Hỗ trợ 7 triệu đồng cho 2 hộ.",
               "statistics": [
                   {"kind": "money", "text": "7 triệu đồng", "start": 7, "end": 19,
                    "value": 7_000_000, "unit": "VND"},
                   {"kind": "quantity", "text": "2 hộ", "start": 25, "end": 29, "value": 2,
                    "unit": "hộ"}]}
    assert archive.store_article(article["page_id"], changed) == "changed"
    archive.db.execute("pragma journal_mode=delete")
    archive.close()
    result = await rows(make_datasette(copy), "/archive/money_by_site_year.json",
                        site=article["site"])
    year = article["published"][:4]
    conn = sqlite3.connect(copy)
    old_sum = conn.execute("select sum(value) from statistics where article_url = ? and "
                           "kind = 'money' and per is null and low is null and denominator is null "
                           "and version_id = (select min(id) from article_versions "
                           "where url = ?)", [article["url"], article["url"]]).fetchone()[0]
    conn.close()
    before = await rows(make_datasette(crawled_archive), "/archive/money_by_site_year.json",
                        site=article["site"])
    total_before = next(r["total_vnd"] for r in before if r["year"] == year)
    total_after = next(r["total_vnd"] for r in result if r["year"] == year)
    assert total_after == pytest.approx(total_before - old_sum + 7_000_000)
    history = await rows(make_datasette(copy), "/archive/article_history.json",
                         url=article["url"])
    assert [h["version"] for h in history] == [1, 2]
    assert history[0]["changes"] == "first version"
    assert "+ Hỗ trợ 7 triệu đồng cho 2 hộ." in history[1]["changes"]
    assert history[1]["statistics"] == 2 and history[1]["chars_changed"] < 0


@pytest.mark.asyncio
async def test_money_sums_never_add_rates_ranges_or_fractions(crawled_archive, tmp_path):
    """A per-capita income, a range and a fraction of a budget are stored with their form and
    left out of every money sum (canned query and dashboard charts); the plain amount is in."""
    copy = copy_archive(crawled_archive, tmp_path / "archive.db")
    archive = Archive(copy)
    article = next(archive.db.query(
        "select a.* from articles a where exists (select 1 from statistics s "
        "where s.article_url = a.url and s.kind = 'money')"))
    body = ("Xã chi 7 triệu đồng. Thu nhập đạt 28,16 triệu đồng/người/năm; mức hỗ trợ từ 5 đến "
            "6 triệu đồng; đã giải ngân 48,5/62 tỷ đồng.")
    stats = [s.to_dict() for s in find_statistics(body)]
    assert [(s["text"], s["per"], s["low"], s["denominator"]) for s in stats] == [
        ("7 triệu đồng", None, None, None), ("28,16 triệu đồng", "người/năm", None, None),
        ("5", None, 5_000_000, None), ("6 triệu đồng", None, 5_000_000, None),
        ("48,5/62 tỷ đồng", None, None, 62_000_000_000)]
    before = await rows(make_datasette(crawled_archive), "/archive/money_by_site_year.json",
                        site=article["site"])
    year = article["published"][:4]
    total_before = next(r["total_vnd"] for r in before if r["year"] == year)
    old_sum = archive.db.execute(
        "select coalesce(sum(value), 0) from statistics where article_url = ? and kind = 'money' "
        "and per is null and low is null and denominator is null "
        "and document_sha256 is null", [article["url"]]).fetchone()[0]  # not its attachment's
    assert archive.store_article(article["page_id"], {**article, "body_text": body,
                                                      "statistics": stats}) == "changed"
    stored = archive.db.execute(
        "select per, low, high, denominator, sense from statistics where article_url = ? and "
        "text = '28,16 triệu đồng'", [article["url"]]).fetchall()
    assert stored == [("người/năm", None, None, None, "reached")]
    archive.db.execute("pragma journal_mode=delete")
    archive.close()
    ds = make_datasette(copy)
    after = await rows(ds, "/archive/money_by_site_year.json", site=article["site"])
    row = next(r for r in after if r["year"] == year)
    assert row["total_vnd"] == pytest.approx(total_before - old_sum + 7_000_000)
    assert row["not_summed"] >= 4
    charts = json.loads(METADATA.read_text(encoding="utf-8"))["plugins"]["datasette-dashboards"][
        "archive-overview"]["charts"]
    conn = sqlite3.connect(copy)
    for name in ("money-total", "money-per-site-year"):
        sql = re.sub(r"\[\[.*?\]\]", "", charts[name]["query"])
        shown, rows_shown = conn.execute(f"select sum(billions), count(*) from ({sql})").fetchone()
        published = " and a.published is not null" if "published" in sql else ""
        # Each article once, with its largest plain amount (issue 15: a total is never added
        # to its own parts); changes ("tăng 6,8 triệu") are no amounts to add either.
        plain, every = conn.execute(
            "select sum(largest) / 1e9, (select sum(value) from statistics where kind = 'money' "
            "and unit = 'VND') / 1e9 from (select max(value) as largest from statistics s "
            "join articles a on a.url = s.article_url join article_versions v on "
            "v.id = s.version_id and v.content_sha256 = a.content_sha256 where kind = 'money' "
            "and unit = 'VND' and per is null and low is null and denominator is null and "
            "coalesce(sense, '') not in ('increase', 'decrease', 'share', 'multiple', 'average')"
            + published + " group by s.article_url)").fetchone()
        # Charts round (to 0.1 or 0.001 billion per row); the fraction alone is 48.5 billion.
        assert shown == pytest.approx(plain, abs=0.05 + 0.0005 * rows_shown), name
        assert every - shown > 48, name
    conn.close()


# -- documents ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_most_cited_documents_count_articles_across_sites(ds, db):
    result = await rows(ds, "/archive/most_cited_documents.json")
    expected = defaultdict(set)
    for d in db.execute("select doc_type, number, article_url from document_refs "
                        "where document_sha256 is null"):  # cited in articles' own text
        expected[(fold(d["doc_type"]), fold(d["number"]).replace(" ", ""))].add(d["article_url"])
    got = {(fold(r["doc_type"]), fold(r["number"]).replace(" ", "")): r["articles"] for r in result}
    assert got == {k: len(v) for k, v in expected.items()}
    counts = [r["articles"] for r in result]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["1234/QĐ-UBND", "1234/qd-ubnd", "1234 / QĐ-UBND"])
async def test_articles_citing_a_document_however_its_number_is_typed(ds, db, typed):
    result = await rows(ds, "/archive/articles_citing_document.json", number=typed)
    expected = {r[0] for r in db.execute(
        "select article_url from document_refs where number = '1234/QĐ-UBND' "
        "and document_sha256 is null")}  # in articles' own text, not in their attachments
    assert {r["url"] for r in result} == expected and expected
    assert all("1234/QĐ-UBND" in r["sentence"] for r in result)


@pytest.mark.asyncio
async def test_every_cited_document_leads_back_to_its_articles(ds, db):
    for ref in db.execute("select distinct doc_type, number from document_refs "
                          "where document_sha256 is null"):
        result = await rows(ds, "/archive/articles_citing_document.json",
                            number=ref["number"], doc_type=ref["doc_type"])
        assert result, dict(ref)


# -- history, counters, months -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_history_lists_every_version(ds, db):
    for article in db.execute("select url, version from articles"):
        history = await rows(ds, "/archive/article_history.json", url=article["url"])
        assert [h["version"] for h in history] == list(range(1, article["version"] + 1))
        assert history[0]["changes"] == "first version"
        assert all(len(h["content_sha256"]) == 64 and h["fetched_at"] for h in history)
    assert await rows(ds, "/archive/article_history.json", url="https://nowhere/") == []


@pytest.mark.asyncio
async def test_visitor_trend_per_site_and_day(ds, db):
    result = await rows(ds, "/archive/visitor_trend.json")
    expected = {(r[0], r[1]): (r[2], r[3]) for r in db.execute(
        "select site, date(fetched_at), max(total), count(*) from visitor_counts group by 1, 2")}
    assert {(r["site"], r["day"]): (r["total"], r["readings"]) for r in result} == expected
    assert {r["site"] for r in result} == {"kienthuy", "tankhe"}
    one = await rows(ds, "/archive/visitor_trend.json", site="tankhe")
    assert {r["site"] for r in one} == {"tankhe"}


@pytest.mark.asyncio
async def test_articles_per_month_per_site(ds, db):
    result = await rows(ds, "/archive/articles_per_month.json")
    expected = Counter((r[0][:7], r[1]) for r in db.execute(
        "select published, site from articles where published is not null"))
    assert {(r["month"], r["site"]): r["articles"] for r in result} == dict(expected)
    assert [r["month"] for r in result] == sorted(r["month"] for r in result)


@pytest.mark.asyncio
async def test_coverage_per_run_counts_what_listings_showed_and_what_is_archived(ds, db):
    result = await rows(ds, "/archive/coverage.json", site="", runs="")
    assert [r["run"] for r in result] == [r[0] for r in db.execute(
        "select id from crawl_runs order by id desc")]
    articles = dict(db.execute("select url, status from articles").fetchall())
    for row in result:
        listed = {url for url, in db.execute(
            "select l.article_url from listing_links l join pages p on p.id = l.page_id "
            "where p.run_id = ?", [row["run"]])}
        assert listed, row  # both sample portals list their articles
        assert row["listed"] == row["in_listings"] == len(listed)
        assert row["archived"] == len(listed & set(articles))
        assert row["live"] == sum(articles.get(url) == "live" for url in listed)
        assert row["not_archived"] == len(listed - set(articles))
    one = await rows(ds, "/archive/coverage.json", site="tankhe", runs="1")
    assert [r["site"] for r in one] == ["tankhe"]
    # `district-archive coverage` runs the same SQL (Archive.coverage).
    assert QUERIES["coverage"]["sql"] == COVERAGE_SQL


# -- export formats ----------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["articles", "statistics", "document_refs", "visitor_counts",
                                   "pages"])
async def test_full_table_csv_streams_every_row(ds, db, table):
    response = await ds.client.get(f"/archive/{table}.csv?_stream=on&_size=max")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")  # Datasette's CSV view
    parsed = list(csv.DictReader(io.StringIO(response.text)))
    assert len(parsed) == db.execute(f"select count(*) from {table}").fetchone()[0]
    dl = await ds.client.get(f"/archive/{table}.csv?_stream=on&_dl=1")
    assert dl.headers["content-type"].startswith("text/csv")
    assert "attachment" in dl.headers["content-disposition"]


@pytest.mark.asyncio
async def test_csv_keeps_vietnamese_exactly(ds, db):
    response = await ds.client.get("/archive/articles.csv?_stream=on&_col=title")
    titles = {r["title"] for r in csv.DictReader(io.StringIO(response.text))}
    assert titles == {r[0] for r in db.execute("select title from articles")}


@pytest.mark.asyncio
@pytest.mark.parametrize("shape", ["array", "objects", "arrays", "object"])
async def test_table_json_shapes(ds, db, shape):
    response = await ds.client.get(f"/archive/articles.json?_shape={shape}&_size=max")
    assert response.status_code == 200
    data = response.json()
    n = db.execute("select count(*) from articles").fetchone()[0]
    if shape == "array":
        assert len(data) == n
    elif shape == "object":
        assert len(data) == n  # keyed by primary key (url)
    else:
        assert len(data["rows"]) == n


@pytest.mark.asyncio
@pytest.mark.parametrize("name,params", [
    ("search", {"q": "hộ nghèo"}), ("statistics_by_site_year", {}), ("money_by_site_year", {}),
    ("most_cited_documents", {}), ("articles_citing_document", {"number": "24-CT/HU"}),
    ("visitor_trend", {}), ("articles_per_month", {}), ("coverage", {"site": "", "runs": ""}),
    ("statistics_articles_and_documents", {}), ("documents_cited_and_files", {}),
])
async def test_every_canned_query_exports_as_csv_and_json(ds, name, params):
    as_json = await ds.client.get(f"/archive/{name}.json", params={**params, "_shape": "array"})
    as_csv = await ds.client.get(f"/archive/{name}.csv", params=params)
    assert as_json.status_code == as_csv.status_code == 200
    parsed = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(parsed) == len(as_json.json()) > 0
    assert list(parsed[0]) == list(as_json.json()[0])


# -- documents (attachments as text) -----------------------------------------------------------


@pytest.mark.asyncio
async def test_statistics_of_articles_and_documents_sum_both_or_either(ds, db):
    both = await rows(ds, "/archive/statistics_articles_and_documents.json", kind="money")
    def plain(s) -> bool:  # an amount, not a rate, range end or fraction: what sums add
        return s["per"] is None and s["low"] is None and s["denominator"] is None

    in_articles = sum(s["value"] for s in current_stats(db) if s["kind"] == "money"
                      and s["unit"] == "VND" and plain(s))
    in_documents = sum(s["value"] for s in db.execute(
        "select * from statistics where kind = 'money' and unit = 'VND' and "
        "document_sha256 is not null") if plain(s))
    assert in_documents > 0
    vnd = [r for r in both if r["unit"] == "VND"]
    assert sum(r["total_articles"] or 0 for r in vnd) == pytest.approx(in_articles)
    assert sum(r["total_documents"] or 0 for r in vnd) == pytest.approx(in_documents)
    assert sum(r["total"] for r in vnd) == pytest.approx(in_articles + in_documents)
    only = await rows(ds, "/archive/statistics_articles_and_documents.json", kind="money",
                      source="document")
    assert sum(r["total"] for r in only if r["unit"] == "VND") == pytest.approx(in_documents)
    assert all(r["in_articles"] == 0 for r in only)


@pytest.mark.asyncio
async def test_documents_cited_and_their_files(ds, db):
    result = await rows(ds, "/archive/documents_cited_and_files.json")
    by_number = {r["number"]: r for r in result}
    # Both sample portals cite the plan they attach: the reference links to the file.
    assert by_number["18/KH-UBND"]["citing_articles"] == 1
    assert by_number["32/KH-UBND"]["citing_articles"] == 1
    assert by_number["125/QĐ-UBND"]["citing_articles"] == 0  # attached, never cited by number
    for row in by_number.values():
        assert row["url"] == db.execute("select url from documents where sha256 = ?",
                                        [row["document"]]).fetchone()[0]
    one = await rows(ds, "/archive/documents_cited_and_files.json", number="18/kh-ubnd")
    assert [r["number"] for r in one] == ["18/KH-UBND"]


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/archive/articles.csv?_col=title",
                                  "/archive/articles.csv?_stream=on&_col=title&_dl=1",
                                  "/archive/statistics.csv?_size=5"])
async def test_csv_for_excel_begins_with_a_bom_on_request(ds, path):
    """Excel on Windows needs the UTF-8 byte-order mark to show Vietnamese; ?_bom=1 adds it."""
    plain = await ds.client.get(path)
    excel = await ds.client.get(path + "&_bom=1")
    assert excel.status_code == 200
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    assert excel.content == b"\xef\xbb\xbf" + plain.content
    if "content-length" in excel.headers:
        assert int(excel.headers["content-length"]) == len(excel.content)
    assert excel.headers["content-type"] == plain.headers["content-type"]
