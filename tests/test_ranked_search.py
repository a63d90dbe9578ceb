"""The ranked search (issue 19) through Datasette: relevance on the sample corpus, phrase and
exact diacritics first, newest first when a query matches more than the candidate bound, site
and year filters inside the index, and the index kept in step by ``store_article``."""
from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest

from district_archive.cli.serving import datasette_command
from district_archive.portals.loopback import base_url, free_port, wait_for_http
from pipelines import search_index
from pipelines.search_index import CANDIDATES, SEQUENCE_BITS
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


def index_entries(archive: Archive) -> list[tuple[str, int, str]]:
    """Every (term, article key, column) entry of the contentless index."""
    archive.db.execute("create virtual table if not exists temp.entries using "
                       "fts5vocab(main, articles_search, instance)")
    return archive.db.execute("select term, doc, col from temp.entries "
                              "order by term, doc, col").fetchall()


def test_the_entries_store_article_writes_are_those_a_rebuild_makes(tmp_path):
    """``store_article`` makes an article's entry from the values it writes, without reading
    the row back: new, changed, stored unchanged, and with a value a TEXT column converts (a
    year given as a number, read back as text), the index holds what a rebuild from the rows
    makes."""
    path = synthetic_archive(tmp_path / "a.db", [
        article(1, "Hộ nghèo “vùng cao”", "Thân bài: 25% hộ, xã Đại Hợp.", "2024-01-01"),
        article(2, "Cầu mới", "Thân", "2024-01-01"),
    ])
    archive = Archive(path)
    archive.db["pages"].insert_all([{"id": n, "site": "a", "url": f"https://a.example/{n}"}
                                    for n in (3, 4, 5)])
    assert archive.store_article(3, article(1, "Đường giao thông", "Thân mới", "2024-02-01"),
                                 "2025-06-02T00:00:00Z") == "changed"
    assert archive.store_article(4, article(2, "Cầu mới", "Thân", "2024-01-01"),
                                 "2025-06-02T00:00:00Z") == "unchanged"
    assert archive.store_article(5, {**article(3, "Năm", "Năm", "2023"), "published": 2023},
                                 "2025-06-02T00:00:00Z") == "new"
    stored = index_entries(archive)
    assert ("y2023", "meta") in {(term, col) for term, _, col in stored}  # the number, as text
    assert archive.index_for_search() == 3
    assert index_entries(archive) == stored
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


def test_table_search_reads_the_index_newest_first_over_http(tmp_path):
    """``?_search=`` on articles through the served archive: diacritics ignored, a chunk of
    syllables as a phrase, newest first unless the visitor sorts, CSV and JSON alike."""
    path = synthetic_archive(tmp_path / "a.db", [
        article(1, "Hộ nghèo được hỗ trợ", "Thân bài.", "2021-03-01"),
        article(2, "Tin tức", "Xã hỗ trợ hộ nghèo vay vốn.", "2024-07-15"),
        article(3, "Tin tức", "Hộ gia đình không nghèo.", "2025-01-01"),  # words apart
        article(4, "Đường giao thông", "Không liên quan.", "2025-02-01"),
    ])
    port = free_port()
    server = subprocess.Popen(datasette_command(str(path), port), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        def get(**params: str) -> str:
            return wait_for_http(f"{base_url(port)}/archive/articles.json?"
                                 + urlencode({"_shape": "array", **params}), process=server)

        found = json.loads(get(_search="ho ngheo"))
        assert [r["url"][-1] for r in found] == ["3", "2", "1"]  # newest first
        assert [r["url"][-1] for r in json.loads(get(_search='"hộ-nghèo"'))] == ["2", "1"]
        assert [r["url"][-1] for r in json.loads(get(_search="hộ nghèo", _sort="published"))] \
            == ["1", "2", "3"]  # the visitor's sort stands
        csv = wait_for_http(f"{base_url(port)}/archive/articles.csv?"
                            + urlencode({"_search": "HỖ TRỢ"}), process=server).decode()
        assert csv.count("https://a.example/") == 2 and "Hộ nghèo được hỗ trợ" in csv
        assert json.loads(get(_search="   ")) and json.loads(get(_search="zzz")) == []
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_an_archive_of_the_old_layout_migrates_to_one_index(tmp_path):
    """An archive made before m012 (``articles_fts`` with its triggers, ``articles_search``
    keyed by ``day << 32 | rowid``, no ``search_key``) opens with one index, whole and keyed."""
    path = synthetic_archive(tmp_path / "a.db", [
        article(1, "Hộ nghèo", "Thân bài.", "2024-01-01"),
        article(2, "Đường giao thông", "Xã hỗ trợ hộ nghèo.", "2023-05-06"),
        article(3, "Tin tức", "Không ngày.", ""),
    ])
    db = sqlite3.connect(path)
    db.executescript("""
        drop index idx_articles_search_key;
        alter table articles drop column search_key;
        drop table articles_search;
        create virtual table articles_search using fts5(title, body, exact, meta,
            content='', detail=column, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");
        insert into articles_search (rowid, title, body) select (1 << 32) | rowid, title_folded,
            body_folded from articles;
        create virtual table articles_fts using fts5(title, body_text, title_folded,
            body_folded, content=[articles], tokenize='unicode61 remove_diacritics 2');
        insert into articles_fts (articles_fts) values ('rebuild');
        create trigger articles_ai after insert on articles begin
            insert into articles_fts (rowid, title) values (new.rowid, new.title); end;
        delete from _sqlite_migrations where name = 'm012_one_compact_index_search';
    """)
    db.commit()
    db.close()
    archive = Archive(path)
    names = {r[0] for r in archive.db.execute("select name from sqlite_master")}
    assert not {n for n in names if n.startswith("articles_fts")} and "articles_ai" not in names
    assert archive.search_index_coverage() == (3, 3)
    keys = dict(archive.db.execute("select url, search_key from articles").fetchall())
    assert keys["https://a.example/3"] == 0  # no date: day 0
    assert keys["https://a.example/1"] >> SEQUENCE_BITS == 8766  # 2024-01-01
    hits = archive.db.execute("select a.url from articles_search s join articles a on "
                              "a.search_key = s.rowid where articles_search match ?",
                              [search_index.phrase_match("hộ nghèo")]).fetchall()
    assert sorted(h[0][-1] for h in hits) == ["1", "2"]
    archive.close()


def test_a_transaction_writes_the_index_at_its_end_and_a_rolled_back_article_leaves_none(tmp_path):
    """Several articles stored in one transaction (the derive process records pages so): the
    index follows each at the transaction's end; one rolled back to its savepoint is not
    indexed, the others are."""
    archive = Archive(synthetic_archive(tmp_path / "a.db", []))
    archive.db["sites"].insert({"id": "a"})
    stored = [article(i, title, "Thân", "2024-01-01")
              for i, title in enumerate(["Hộ nghèo", "Đường giao thông", "Cầu mới"])]
    for i, one in enumerate(stored):
        archive.db["pages"].insert({"id": i + 1, "site": "a", "url": one["url"]})

    def hits(term: str) -> int:
        return archive.db.execute("select count(*) from articles_search where articles_search "
                                  "match ?", [f'"{term}"']).fetchone()[0]

    def fails_after_storing(page_id: int, one: dict) -> None:
        with archive.writing():
            archive.store_article(page_id, one)
            raise RuntimeError("this page fails after its article was stored")

    with archive.writing():
        archive.store_article(1, stored[0])
        with pytest.raises(RuntimeError):
            fails_after_storing(2, stored[1])
        archive.store_article(3, stored[2])
        assert hits("ho_ngheo") == 0  # not written yet: at the end of the transaction
    assert (hits("ho_ngheo"), hits("duong_giao"), hits("cau_moi")) == (1, 0, 1)
    assert archive.search_index_coverage() == (2, 2)
    archive.close()


def test_syllables_are_the_regex_words_for_every_character() -> None:
    """The index's syllables, made chunk by chunk (``search_index._syllables``), are exactly
    the words the syllable regex finds: every code point alone, inside a word, between
    words, and in a text with "_" (where "_" separates syllables)."""
    def found(text: str) -> list[str]:
        return (search_index._SYLLABLE if "_" in text
                else search_index._SYLLABLE_NO_UNDERSCORE).findall(text)

    for code_point in range(0x110000):
        if 0xD800 <= code_point < 0xE000:  # surrogates: no text holds one
            continue
        c = chr(code_point)
        for text in (f"ab{c}cd x", f"a {c}, b", f"x_{c}y\n{c}"):
            assert search_index._syllables(text) == found(text), (hex(code_point), text)
    # each distinct word once, in the order of first sight, however the chunks repeat
    text = "b, a c-b a\nd x_y c-b, e a_b"
    assert list(search_index._distinct_syllables(text)) == list(dict.fromkeys(found(text)))
    assert list(search_index._distinct_syllables("Hộ nghèo, hộ. Nghèo hộ")) == [
        "Hộ", "nghèo", "hộ", "Nghèo"]


def test_a_body_cut_once_gives_the_forms_fold_and_the_index_make_of_it() -> None:
    """``BodyForms`` (the writer's body, cut at its spaces once) gives the folded column and
    the index entry that ``fold`` and ``index_row`` make of the whole text: for bodies of
    every shape (punctuation, several spaces, line breaks, "_", a final sigma, a title not
    NFC), and when its memo of chunks is full and starts anew."""
    body = ("Xã Đoàn Xá   hỗ trợ 125 hộ nghèo, “Ủy ban” (UBND) hoà-thuỵ\nKiến_Thuỵ ΣΑΣ \u03c3 "
            "đường_giao thông.\t2023: 98,5% KẾT QUẢ; ") * 12
    assert len(body) >= 200
    bodies = [body, body.replace(" ", "  "), body + " " + "x" * 250, body.upper()]
    titles = [None, "", "Hộ nghèo", "Thuy\u0323 Hoa\u0300", "ΤΕΛΟΣ Σ"]
    full = search_index._CHUNK_FORMS.size
    try:
        for size in (full, 3):
            search_index._CHUNK_FORMS.size = size
            for text in bodies:
                forms = search_index.BodyForms.of(text)
                assert forms is not None and forms.folded == fold(text)
                for title in titles:
                    row = {"title": title, "body_text": text, "title_folded": fold(title),
                           "body_folded": fold(text), "site": "kienthuy",
                           "published": "2024-03-05"}
                    assert search_index.index_row(row, forms) == search_index.index_row(row)
    finally:
        search_index._CHUNK_FORMS.size = full
    # a short body, or one not NFC, is folded and indexed whole
    assert search_index.BodyForms.of("hộ nghèo") is None
    assert search_index.BodyForms.of("Thuy\u0323 " * 100) is None
