"""Statistics in the archive: the form columns (sense, per, low, high, denominator) are stored,
an archive made before them gains them by migration (its old rows left as plain amounts), and
the article page shows a range, a fraction and a rate as such."""
from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
import sqlite_utils

from pipelines.statistics import find_statistics
from pipelines.store import STATISTIC_FORM_COLUMNS, Archive, migrations
from tests.test_datasette_queries import copy_archive, make_datasette


def test_an_archive_from_before_the_forms_gains_their_columns(tmp_path):
    path = tmp_path / "archive.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m010_statistic_forms")
    assert not set(STATISTIC_FORM_COLUMNS) & set(old["statistics"].columns_dict)
    old["statistics"].insert({"kind": "money", "text": "7 triệu đồng", "value": 7e6,
                              "unit": "VND"})
    old.close()
    archive = Archive(path)
    columns = archive.db["statistics"].columns_dict
    assert {c: columns[c] for c in STATISTIC_FORM_COLUMNS} == STATISTIC_FORM_COLUMNS
    assert archive.db.execute("select per, low, high, denominator, sense from statistics"
                              ).fetchall() == [(None, None, None, None, None)]
    archive.close()


def test_the_forms_are_stored_with_each_statistic(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    archive.db["sites"].insert({"id": "x", "name": "X"})
    page_id = archive.db["pages"].insert({"site": "x", "url": "http://x.test/1"}).last_pk
    body = "Thu nhập đạt 28,16 triệu đồng/người/năm; năng suất (20-22) tạ/ha; đạt 17/19 tiêu chí."
    article = {"url": "http://x.test/1", "site": "x", "title": "T", "body_text": body,
               "statistics": [s.to_dict() for s in find_statistics(body)]}
    assert archive.store_article(page_id, article) == "new"
    rows = archive.db.execute("select text, value, unit, qualifier, sense, per, low, high, "
                              "denominator from statistics order by start").fetchall()
    assert rows == [
        ("28,16 triệu đồng", 28_160_000, "VND", "đạt", "reached", "người/năm", None, None, None),
        ("20", 20, "tạ/ha", "từ", "at_least", "ha", 20, 22, None),
        ("22", 22, "tạ/ha", "đến", "at_most", "ha", 20, 22, None),
        ("17/19 tiêu chí", 17, "tiêu chí", "đạt", "reached", None, None, None, 19)]
    archive.close()


@pytest.mark.asyncio
async def test_the_article_page_shows_ranges_fractions_and_rates_as_such(crawled_archive,
                                                                           tmp_path):
    copy = copy_archive(crawled_archive, tmp_path / "archive.db")
    archive = Archive(copy)
    article = next(archive.db.query("select * from articles order by url limit 1"))
    body = "Thu nhập đạt 28,16 triệu đồng/người/năm; năng suất (20-22) tạ/ha; đạt 17/19 tiêu chí."
    stats = [s.to_dict() for s in find_statistics(body)]
    assert archive.store_article(article["page_id"], {**article, "body_text": body,
                                                      "statistics": stats}) == "changed"
    archive.db.execute("pragma journal_mode=delete")
    archive.close()
    page = (await make_datasette(copy).client.get(
        "/archive/-/article?" + urlencode({"url": article["url"]}))).text
    shown = re.findall(r'<td class="num">([^<]*)</td>', page)
    assert shown == ["28.160.000 đồng/người/năm", "20–22 tạ/ha", "20–22 tạ/ha",
                     "17 / 19 tiêu chí"]
