"""``article_units`` is a table written where places are stored (issue 18: as a view its
Datasette facets took over a second at 100,000 articles). It must hold exactly the rows the view
gave, after a crawl, a changed article's new version, an unchanged re-crawl, ``reprocess``, a
refill of the units, a retraction, and on an archive migrated from the view."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pipelines.store import Archive, fill_units
from tests.conftest import run_cli
from tests.test_datasette_queries import copy_archive

# The view ``article_units`` was (migration m012_article_units_places), verbatim: the reference
# the table must equal.
VIEW_SQL = """
select a.url as article_url, a.title, a.published, a.site,
       p.level, u.era, u.full_name as unit, p.text as named_as,
       op.full_name as old_province, od.full_name as old_district,
       case when p.level = 'commune' and u.era = 'old' then u.full_name end as old_commune,
       np.full_name as new_province,
       case when p.level = 'commune' then nc.full_name end as new_commune,
       p.unit_id, p.old_code, p.new_code, u.latitude, u.longitude
from article_places p
join articles a on a.url = p.article_url
join article_versions v on v.id = p.version_id and v.content_sha256 = a.content_sha256
join units u on u.id = p.unit_id
left join units op on op.id = 'old:' || p.old_province_code
left join units od on od.id = 'old:' || p.old_district_code
left join units np on np.id = 'new:' || p.new_province_code
left join units nc on nc.id = 'new:' || p.new_code
where p.ambiguous = 0
  and not exists (select 1 from article_places e where e.version_id = p.version_id
                  and +e.unit_id = p.unit_id and e.ambiguous = 0 and e.id < p.id)"""

COLUMNS = ("article_url, title, published, site, level, era, unit, named_as, old_province, "
           "old_district, old_commune, new_province, new_commune, unit_id, old_code, new_code, "
           "latitude, longitude")


def reference_rows(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute(f"select * from ({VIEW_SQL})").fetchall(), key=repr)


def table_rows(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute(f"select {COLUMNS} from article_units").fetchall(), key=repr)


def assert_table_is_the_view(path: Path) -> list[tuple[Any, ...]]:
    found = table_rows(path)
    assert found == reference_rows(path)
    return found


@pytest.fixture
def archive_copy(crawled_archive, tmp_path) -> Path:
    return copy_archive(crawled_archive, tmp_path / "archive.db")


def test_after_a_crawl_the_table_holds_the_views_rows(archive_copy):
    found = assert_table_is_the_view(archive_copy)
    assert len(found) > 10
    # one row per article and unit
    assert len({(row[0], row[13]) for row in found}) == len(found)
    with sqlite3.connect(archive_copy) as conn:
        kind = conn.execute("select type from sqlite_master where name = 'article_units'")
        assert kind.fetchone() == ("table",)
        indexed = {row[0] for row in conn.execute(
            "select il.name from pragma_index_list('article_units') l, "
            "pragma_index_info(l.name) il")}
    assert {"site", "old_district", "new_province", "new_commune", "unit_id",
            "article_url"} <= indexed


def places_of(archive: Archive, url: str) -> list[dict[str, Any]]:
    """The places of the article's current version, as ``store_places`` takes them."""
    return [dict(row) for row in archive.db.query(
        "select p.* from article_places p join articles a on a.url = p.article_url "
        "join article_versions v on v.id = p.version_id and v.content_sha256 = a.content_sha256 "
        "where p.article_url = ? order by p.id", [url])]


def test_a_changed_article_and_an_unchanged_recrawl_keep_the_table_the_views(archive_copy):
    archive = Archive(archive_copy)
    url, page_id = archive.db.execute(
        "select a.url, a.page_id from articles a where (select count(distinct unit_id) from "
        "article_units u where u.article_url = a.url) >= 2 order by a.url limit 1").fetchone()
    article = dict(next(archive.db.query("select * from articles where url = ?", [url])))
    places = places_of(archive, url)
    before = {row[13] for row in table_rows(archive_copy) if row[0] == url}
    # A new version naming only the first unit: the others leave the table.
    first = places[0]["unit_id"]
    kept = [p for p in places if p["unit_id"] == first]
    changed = {**article, "body_text": article["body_text"] + "\n\nĐính chính.",
               "title": "Sửa: " + article["title"], "places": kept}
    assert archive.store_article(page_id, changed) == "changed"
    archive.db.conn.commit()
    assert_table_is_the_view(archive_copy)
    after = {row[13] for row in table_rows(archive_copy) if row[0] == url}
    assert after == {first} and len(before) >= 2
    assert {row[1] for row in table_rows(archive_copy) if row[0] == url} == {changed["title"]}
    # The same text again with another date (no part of the version's hash): the rows follow.
    assert archive.store_article(page_id, {**changed, "published": "2020-01-02"}) == "unchanged"
    archive.db.conn.commit()
    assert_table_is_the_view(archive_copy)
    assert {row[2] for row in table_rows(archive_copy) if row[0] == url} == {"2020-01-02"}
    # Back to the first text: its version is current again, and so are all its units.
    assert archive.store_article(page_id, {**article, "places": places}) == "changed"
    archive.db.conn.commit()
    assert_table_is_the_view(archive_copy)
    assert {row[13] for row in table_rows(archive_copy) if row[0] == url} == before
    # A retraction takes the article's rows with it.
    assert archive.retract_article(url, "test")
    assert_table_is_the_view(archive_copy)
    assert not [row for row in table_rows(archive_copy) if row[0] == url]
    archive.close()


def test_refilled_units_rename_the_tables_units(archive_copy):
    archive = Archive(archive_copy)
    archive.db.execute("update units set source = 'vietnamadminunits 0.9', "
                       "full_name = 'Tên cũ' where id = 'old:314'")
    archive.db.conn.commit()
    with archive.writing():
        archive.db.execute("delete from article_units")  # stale: the refill writes it again
        assert fill_units(archive.db)
    found = assert_table_is_the_view(archive_copy)
    assert "Huyện Kiến Thụy" in {row[9] for row in found}
    archive.close()


def test_reprocess_writes_the_table_again(archive_copy):
    before = table_rows(archive_copy)
    with sqlite3.connect(archive_copy) as conn:
        conn.execute("delete from article_units")
    result = run_cli("reprocess", "--db", str(archive_copy))
    assert result.returncode == 0, result.stderr[-2000:]
    assert assert_table_is_the_view(archive_copy) == before


def test_an_archive_made_with_the_view_migrates_to_the_table(archive_copy):
    # The archive as the view's code left it: the view, and m014 not applied.
    with sqlite3.connect(archive_copy) as conn:
        conn.execute("drop table article_units")
        conn.execute(f"create view article_units as {VIEW_SQL}")
        conn.execute("delete from _sqlite_migrations where name = 'm014_article_units_table'")
        by_view = sorted(conn.execute(f"select {COLUMNS} from article_units").fetchall(),
                         key=repr)
    assert len(by_view) > 10
    Archive(archive_copy).close()
    assert assert_table_is_the_view(archive_copy) == by_view
    with sqlite3.connect(archive_copy) as conn:
        assert conn.execute("select type from sqlite_master where name = 'article_units'"
                            ).fetchone() == ("table",)
