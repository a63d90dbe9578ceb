"""Scheduled incremental crawls: fetch little when little is new; never two runs at once."""
from __future__ import annotations

import re
from collections import Counter

import sqlite_utils

from district_archive.jobs import site_locks
from tests.conftest import (
    crawl_kienthuy,
    edit_manifest,
    gold_articles,
    run_cli,
)

NEW = {
    "/tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2024-990001":
        "Hội nghị tổng kết công tác dân vận năm 2024",
    "/tin-tuc-su-kien/ra-quan-lam-sach-bai-bien-nghi-duong-990002":
        "Ra quân làm sạch bãi biển Nghi Dương",
}



def add_articles(site_dir):
    template = (site_dir / "pages" / "tin-tuc-su-kien" / "916540.html").read_text(encoding="utf-8")
    old_title = "Khám sàng lọc, tư vấn sức khỏe miễn phí cho người cao tuổi"
    links = []
    for path, title in NEW.items():
        name = path.rsplit("-", 1)[1] + ".html"
        (site_dir / "pages" / "tin-tuc-su-kien" / name).write_text(
            template.replace(old_title, title), encoding="utf-8")
        links.append(f'<div class="news-item"><h3 class="news-title"><a href="{path}">{title}</a>'
                     '</h3></div>')
    edit_manifest(site_dir, lambda entries: entries + [
        {"path": p, "file": "pages/tin-tuc-su-kien/" + p.rsplit("-", 1)[1] + ".html",
         "content_type": "text/html; charset=utf-8", "status": 200} for p in NEW])
    # Newest first: the new items head the category's first listing page.
    listing = site_dir / "pages" / "tin-tuc-su-kien" / "index.html"
    html = listing.read_text(encoding="utf-8")
    html = html.replace('<div class="list-news">', '<div class="list-news">' + "".join(links), 1)
    assert all(p in html for p in NEW), "listing markup changed: update this test"
    listing.write_text(html, encoding="utf-8")


def test_incremental_with_nothing_new_fetches_only_first_listing_pages(tmp_path, kienthuy_served):
    server = kienthuy_served
    db_path = tmp_path / "archive.db"
    crawl_kienthuy(db_path, server)
    before = len(server.requests)
    result = crawl_kienthuy(db_path, server, "--incremental")
    second = Counter(server.requests[before:])
    # The sitemap is asked for too (this portal has none: a 404, not archived).
    assert second == Counter(["/robots.txt", "/sitemap.xml", "/", "/tin-tuc-su-kien",
                              "/nong-nghiep-nong-thon-moi", "/chi-dao-dieu-hanh"])
    assert "(incremental): 4 pages archived" in result.stdout
    db = sqlite_utils.Database(db_path)
    assert db["crawl_runs"].get(2)["mode"] == "incremental"


def test_incremental_archives_exactly_the_two_new_articles(tmp_path, kienthuy_served):
    server, site = kienthuy_served, kienthuy_served.site_dir
    db_path = tmp_path / "archive.db"
    crawl_kienthuy(db_path, server)
    add_articles(site)
    before = len(server.requests)
    result = crawl_kienthuy(db_path, server, "--incremental")
    fetched = server.requests[before:]
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == len(gold_articles("kienthuy")) + 2
    run = db["crawl_runs"].get(2)
    assert run["articles_new"] == 2 and run["articles_changed"] == 0
    new_urls = {"https://kienthuy.haiphong.gov.vn" + p for p in NEW}
    first_seen = db["articles"].rows_where("first_seen >= ?", [run["started_at"]])
    assert {r["url"] for r in first_seen} == new_urls
    for path, title in NEW.items():
        assert db["articles"].get("https://kienthuy.haiphong.gov.vn" + path)["title"] == title
    old_articles = [p for p in fetched if re.search(r"-\d{6}$", p) and p not in NEW]
    assert old_articles == []  # no known article fetched again
    assert "2 new" in result.stdout


def test_recent_articles_are_rechecked_with_conditional_requests(tmp_path, kienthuy_served):
    server = kienthuy_served
    db_path = tmp_path / "archive.db"
    crawl_kienthuy(db_path, server)
    result = crawl_kienthuy(db_path, server, "--incremental", "--recent-days", "100000")
    db = sqlite_utils.Database(db_path)
    statuses = Counter(r["status"]
                       for r in db["pages"].rows_where("run_id = 2 and page_type = 'article'"))
    assert statuses == Counter({304: 10})
    assert db["crawl_runs"].get(2)["articles_unchanged"] == 10
    assert db["article_versions"].count == 10
    assert "10 unchanged" in result.stdout


def test_a_second_run_of_the_same_site_is_refused(tmp_path):
    db_path = tmp_path / "archive.db"
    with site_locks(str(db_path), ["kienthuy"]):
        result = run_cli("crawl", "--site", "kienthuy", "--sample", "--db", str(db_path))
    assert result.returncode == 4
    assert "another crawl of kienthuy" in result.stderr
    assert not db_path.exists() or sqlite_utils.Database(db_path)["pages"].count == 0
