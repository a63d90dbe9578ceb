"""The rules written after the hold-out of a commune portal that inherited an abolished
district's news (tests/portals/hakhe, its old host served from hakhe/old-host/), each on a small
page or the portal's crawl, failing without it. None names the portal's hosts, paths or ids.

- a start URL that redirects to another host moves the crawl's site there (both hosts are the
  site's: the old host's sitemap and redirecting links lead to the new host's pages);
- a page the server answers with status 200 that is its "not found" page or a maintenance
  notice is counted (``not_found``, harmless; ``maintenance``), said, and classified ``other``;
- a listed URL the site redirects counts, in the run's coverage, as the page it led to.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.server_notices import MAINTENANCE, NOT_FOUND, server_notice
from district_archive.portals.sample import serve_portal
from pipelines.analyse import analyse_page
from tests.test_unseen_portals import (
    PORTALS,
    copy_portal,
    crawl_from,
    crawl_served,
    portal_gold,
)


def _page(headline: str, text: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{headline} - Cổng thông tin điện tử xã Khê Thủy</title></head><body>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc">Tin tức</a></li></ul></div>
<div class="main"><h1>{headline}</h1><p>{text}</p>
<p>Mời bạn quay về <a href="/">Trang chủ</a>.</p></div>
<div id="footer"><p>Bản quyền thuộc UBND xã Khê Thủy</p></div></body></html>""".encode()


@pytest.mark.parametrize(("headline", "kind"), [
    ("Không tìm thấy trang", NOT_FOUND), ("404 - Không tìm thấy trang", NOT_FOUND),
    ("Trang bạn tìm không tồn tại", NOT_FOUND), ("Page not found", NOT_FOUND),
    ("Hệ thống đang bảo trì", MAINTENANCE),
    ("Cổng thông tin điện tử đang được bảo trì, nâng cấp", MAINTENANCE),
    # stories, not a server's message
    ("404 hộ dân được hỗ trợ sửa chữa nhà ở", None), ("Không tìm thấy thi thể nạn nhân", None),
    ("Thông báo bảo trì lưới điện khu vực Đông Hạ", None), ("Bảo trì hệ thống điện", None),
])
def test_a_servers_message_is_told_by_its_headline(headline: str, kind: str | None) -> None:
    assert server_notice(headline) == kind


@pytest.mark.parametrize("headline", ["Không tìm thấy trang", "Hệ thống đang bảo trì"])
def test_a_servers_message_served_with_200_is_no_story(headline: str) -> None:
    text = ("Trang bạn tìm không tồn tại hoặc đã bị xóa, hoặc hệ thống đang được bảo trì, "
            "chuyển đổi dữ liệu sang địa chỉ mới. Mong quý bạn đọc thông cảm và quay lại sau, "
            "hoặc xem các chuyên mục khác của cổng thông tin.")
    analysis = analyse_page(_page(headline, text), "https://xa.example.gov.vn/tin-cu/bai-cu-12.html")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert "the server's" in (analysis.page_class_reason or "")


def test_a_start_url_redirecting_to_another_host_moves_the_crawl_there(tmp_path: Path) -> None:
    """hakhe is crawled from its old district host: the root's 301/302 chain leads to the
    commune's host, the old sitemap's story URLs redirect there (301, 302, a chain, a meta
    refresh, a script page with a plain link): every story is archived once under its new URL,
    and the run says what it dropped: the lost story's "not found" page, the maintenance page."""
    db = tmp_path / "a.db"
    result, requests = crawl_served(PORTALS / "hakhe", db, "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    _, gold = portal_gold("hakhe")
    con = sqlite3.connect(db)
    stored = {url for (url,) in con.execute("select url from articles")}
    assert stored == gold
    assert "the site moved there" in result.stderr
    dropped = json.loads(con.execute("select dropped from crawl_runs").fetchone()[0])
    assert dropped.get("not_found") == 1 and dropped.get("maintenance") == 1
    assert "redirected_offsite" not in dropped
    # a link to the new host on an old host's page is asked for on the new host (it is no
    # www-twin spelling of the old one, which the crawl asks for as its pages are served)
    assert not con.execute("select 1 from pages where url like 'https://hakhe.example.gov.vn/tin-cu/%'"
                           ).fetchall()
    # the old sitemap's addresses count as the pages they redirect to (coverage)
    from pipelines.store import Archive
    archive = Archive(db)
    try:
        run = archive.coverage(None, 1)[0]
    finally:
        archive.close()
    assert run["not_archived"] == 0 and run["in_sitemaps"] == 10, run
    assert "/sitemap.xml" in requests  # the old host's sitemap: its two unlisted stories
    assert "answered 200 with its 'not found' page" in result.stderr


def _slowed(tmp_path: Path, paths: dict[str, float]) -> Path:
    """A copy of hakhe whose old host answers the given paths that many seconds late."""
    site = copy_portal("hakhe", tmp_path)
    manifest = site / "old-host" / "manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    for entry in entries:
        if entry["path"] in paths:
            entry["delay"] = paths.pop(entry["path"])
    assert not paths, paths  # every path named is the old host's
    manifest.write_text(json.dumps(entries), encoding="utf-8")
    return site


def _not_archived(db: Path) -> int:
    from pipelines.store import Archive
    archive = Archive(db)
    try:
        return int(archive.coverage(None, 1)[0]["not_archived"])
    finally:
        archive.close()


def test_nothing_but_the_start_url_is_asked_for_until_it_has_answered(tmp_path: Path) -> None:
    """The start URL's answer may move the site to another host: the old host's sitemap (which
    robots.txt names, and /sitemap.xml, asked for on every site) waits for it, so its stories'
    redirects to the new host are judged once the site has moved, whatever the timing."""
    served = serve_portal(_slowed(tmp_path, {"/portal/": 1.0}))  # the start's hop to the new host
    try:
        result = crawl_from(served, tmp_path / "a.db", "--log-level", "WARNING")
    finally:
        served.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    asked_at = served.servers[1].asked_at  # the old host's
    # its sitemap asked for once the start's hop had answered, a second after it was asked
    assert asked_at["/sitemap.xml"] - asked_at["/portal/"] >= 1.0, asked_at


def test_a_slow_start_url_loses_no_story_its_old_sitemap_redirects(tmp_path: Path) -> None:
    """However long the start URL's redirect chain to the new host takes, the old host's
    sitemap stories redirected there are followed (the site has moved by then), not refused
    as leading off the site: every story archived, coverage exact."""
    site = _slowed(tmp_path, {"/portal/": 1.5})  # the start's second hop, to the new host
    db = tmp_path / "a.db"
    result, _ = crawl_served(site, db, "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    _, gold = portal_gold("hakhe")
    con = sqlite3.connect(db)
    assert {url for (url,) in con.execute("select url from articles")} == gold
    dropped = json.loads(con.execute("select dropped from crawl_runs").fetchone()[0])
    assert "redirected_offsite" not in dropped, dropped
    assert _not_archived(db) == 0


def test_a_redirect_to_a_page_already_asked_for_is_recorded_not_fetched_twice(
        tmp_path: Path) -> None:
    """An old address the sitemap lists redirects to a story the new host's lists led to
    first: the story is fetched once, and the old address is recorded as leading to it (a row
    without a response, no failure), so coverage counts it archived."""
    old = "/tin-tuc/giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram-1481.html"
    new = "https://xahakhe.example.gov.vn/tin-cu/giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram-1481.html"
    site = _slowed(tmp_path, {old: 3.0})
    db = tmp_path / "a.db"
    result, requests = crawl_served(site, db, "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    con = sqlite3.connect(db)
    rows = con.execute("select status, error, requested_url from pages where url = ? order by id",
                       [new]).fetchall()
    assert rows == [(200, None, None), (None, None, "https://hakhe.example.gov.vn" + old)], rows
    assert requests.count(urlsplit(new).path) == 1
    assert con.execute("select pages_failed from crawl_runs").fetchone()[0] == 0
    assert _not_archived(db) == 0
