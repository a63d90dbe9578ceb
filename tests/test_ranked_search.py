"""The ranked search (issue 19) through Datasette: relevance on the sample corpus, phrase and
exact diacritics first, newest first when a query matches more than the candidate bound, site
and year filters inside the index, and the index kept in step by ``store_article``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.search_index import CANDIDATES
from pipelines.store import Archive
from pipelines.text import fold
from tests.test_datasette_queries import make_datasette, rows

ROOT = Path(__file__).resolve().parent.parent


def gold_titles() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["title"]
            for site in ("kienthuy", "tankhe")
            for p in sorted((ROOT / "sample_portals" / site / "gold").glob("*.json"))]


@pytest.fixture(scope="module")
def ds(crawled_archive):
    return make_datasette(crawled_archive)


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", [lambda t: t, fold], ids=["with diacritics", "folded"])
async def test_a_gold_title_finds_its_article_first(ds, typed):
    titles = gold_titles()
    assert len(titles) >= 10
    for title in titles:
        result = await rows(ds, "/archive/search.json", q=typed(title))
        assert result and result[0]["title"] == title, (title, [r["title"] for r in result[:3]])


def synthetic_archive(path: Path, articles: list[dict]) -> Path:
    """Articles stored through ``Archive.store_article`` (the derive path), one page each."""
    archive = Archive(path)
    archive.db["sites"].insert_all([{"id": s} for s in {a["site"] for a in articles}])
    for i, article in enumerate(articles):
        archive.db["pages"].insert({"id": i + 1, "site": article["site"], "url": article["url"]})
        archive.store_article(i + 1, article, "2025-06-01T00:00:00Z")
    archive.close()
    return path


def article(i: int, title: str, body: str, published: str, site: str = "a") -> dict:
    return {"url": f"https://{site}.example/{i}", "site": site, "title": title,
            "body_text": body, "published": published}


@pytest.mark.asyncio
async def test_phrase_then_exact_diacritics_first(tmp_path):
    path = synthetic_archive(tmp_path / "a.db", [
        # Both words, apart, typed diacritics, and the best bm25 (in the title).
        article(1, "Hộ gia đình nghèo", "Hộ vay vốn; nghèo đói giảm.", "2024-05-01"),
        # The phrase, without the typed diacritics (a portal typing without marks).
        article(2, "Tin tức", "Hỗ trợ ho ngheo trong xã.", "2023-01-01"),
        # The phrase with the typed diacritics, older than both.
        article(3, "Tin tức", "Hỗ trợ hộ nghèo trong xã.", "2020-01-01"),
    ])
    result = await rows(make_datasette(path), "/archive/search.json", q="hộ nghèo")
    assert [r["url"][-1] for r in result] == ["3", "2", "1"]
    assert [(r["phrase_match"], r["exact_diacritics"]) for r in result] == [(1, 1), (1, 0), (0, 1)]


@pytest.mark.asyncio
async def test_a_broad_query_shows_the_newest_first_and_filters_inside_the_index(tmp_path):
    n = CANDIDATES + 50
    articles = [article(i, f"Tin xã số {i}", "Xã tổ chức hội nghị.",
                        f"{2010 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                        site="big" if i % 10 else "small")
                for i in range(n)]
    path = synthetic_archive(tmp_path / "a.db", articles)
    ds = make_datasette(path)
    result = await rows(ds, "/archive/search.json", q="xã")
    published = [r["published"] for r in result]
    newest = sorted((a["published"] for a in articles), reverse=True)
    assert published == newest[:len(published)] and len(published) == 100
    # A site or a year narrows before the bound: all of that site's newest, none missing.
    small = await rows(ds, "/archive/search.json", q="xa", site="small")
    assert {r["site"] for r in small} == {"small"}
    assert len(small) == min(100, sum(a["site"] == "small" for a in articles))
    in_2012 = await rows(ds, "/archive/search.json", q="xa", year="2012")
    assert in_2012 and all(r["published"].startswith("2012") for r in in_2012)


def test_store_article_keeps_the_index_in_step(tmp_path):
    path = synthetic_archive(tmp_path / "a.db", [article(1, "Hộ nghèo", "Thân", "2024-01-01")])
    archive = Archive(path)
    changed = article(1, "Đường giao thông", "Thân mới", "2024-02-01")
    archive.db["pages"].insert({"id": 2, "site": "a", "url": changed["url"]})
    assert archive.store_article(2, changed) == "changed"
    hits = archive.db.execute("select count(*) from articles_search where articles_search "
                              "match ?", ['"ho_ngheo"']).fetchone()[0]
    moved = archive.db.execute("select count(*) from articles_search where articles_search "
                               "match ?", ['"duong_giao"']).fetchone()[0]
    assert (hits, moved) == (0, 1)
    assert archive.search_index_coverage() == (1, 1)
    archive.db.execute("insert into articles_search (articles_search) values ('delete-all')")
    assert archive.search_index_coverage() == (1, 0)
    assert archive.index_for_search() == 1
    archive.close()


def test_a_retracted_article_leaves_the_index(tmp_path):
    retracted = article(1, "Hộ nghèo", "Thân", "2024-01-01")
    kept = article(2, "Đường giao thông", "Thân", "2024-01-02")
    archive = Archive(synthetic_archive(tmp_path / "a.db", [retracted, kept]))
    assert archive.retract_article(retracted["url"], "a listing")
    hits = archive.db.execute("select count(*) from articles_search where articles_search "
                              "match ?", ['"ho_ngheo"']).fetchone()[0]
    assert hits == 0 and archive.search_index_coverage() == (1, 1)
    archive.close()
