"""Real crawls: Scrapy over real HTTP on 127.0.0.1 into a real SQLite archive."""
from __future__ import annotations

import hashlib
import json

import sqlite_utils
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import FetchedPage
from crawler.spiders.portal import PortalSpider
from district_archive.portals.loopback import base_url, free_port
from district_archive.portals.sample import serve_site
from tests.conftest import BASES, SAMPLES, gold_articles, run_cli, serving_args


def test_every_gold_article_is_archived_once_with_its_exact_title(crawled_archive):
    db = sqlite_utils.Database(crawled_archive)
    for site, base in BASES.items():
        rows = {r["url"]: r for r in db["articles"].rows_where("site = ?", [site])}
        gold = gold_articles(site)
        assert len(rows) == len(gold), f"{site}: {sorted(rows)}"
        for article in gold:
            url = base + article["path"]
            assert url in rows, f"{site}: missing {url}"
            assert rows[url]["title"] == article["title"], url
            assert rows[url]["version"] == 1


def test_every_response_is_archived_raw_and_byte_identical(crawled_archive):
    db = sqlite_utils.Database(crawled_archive)
    for site in BASES:
        manifest = json.loads((SAMPLES / site / "manifest.json").read_text(encoding="utf-8"))
        served = {e["path"]: e for e in manifest}
        pages = list(db["pages"].rows_where("site = ?", [site]))
        assert all(p["status"] == 200 for p in pages)
        for page in pages:
            # The CDN attachments of kienthuy sit in the same manifest under their CDN path.
            path = page["url"].split("://", 1)[1]
            path = path[path.index("/"):]
            entry = served[path]
            expected = (SAMPLES / site / entry["file"]).read_bytes()
            assert page["sha256"] == hashlib.sha256(expected).hexdigest(), page["url"]
            assert json.loads(page["headers"])["Content-Type"] == [entry["content_type"]]
    archive = __import__("pipelines.store", fromlist=["Archive"]).Archive(crawled_archive)
    blob = archive.raw_body(db["pages"].get(1)["sha256"])
    assert hashlib.sha256(blob).hexdigest() == db["pages"].get(1)["sha256"]


def test_cdn_attachments_and_redirects_keep_the_portals_own_urls(crawled_archive):
    db = sqlite_utils.Database(crawled_archive)
    urls = [r["url"] for r in db["pages"].rows]
    assert not any("127.0.0.1" in u for u in urls)
    cdn = [u for u in urls if u.startswith("https://cdn.haiphong.gov.vn/gov-hpg/6851/tintuc/")]
    assert len(cdn) == 2
    home = next(db["pages"].rows_where("url = ?", ["https://tankhe.haiduong.gov.vn/Trang/default.aspx"]))
    assert json.loads(home["redirect_urls"]) == ["https://tankhe.haiduong.gov.vn/"]
    # The attachment whose href has raw spaces and diacritics is fetched percent-encoded.
    assert any(u.startswith("https://tankhe.haiduong.gov.vn/Lists/TinTuc/Attachments/2614/K%E1%BA%BF")
               for u in urls)


def test_robots_txt_is_obeyed_and_every_url_fetched_once(crawled_archive):
    db = sqlite_utils.Database(crawled_archive)
    urls = [r["url"] for r in db["pages"].rows]
    assert not any("/dang-nhap" in u or "/_layouts/" in u for u in urls)
    assert len(urls) == len(set(urls))
    runs = list(db["crawl_runs"].rows)
    assert {r["site"] for r in runs} == {"kienthuy", "tankhe"}
    assert all(r["finish_reason"] == "finished" and r["finished_at"] for r in runs)


def test_second_crawl_adds_no_duplicate_article(tmp_path):
    db_path = tmp_path / "archive.db"
    for _ in range(2):
        result = run_cli("crawl", "--site", "kienthuy", "--sample", "--db", str(db_path),
                         "--log-level", "WARNING")
        assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == len(gold_articles("kienthuy"))
    assert db["article_versions"].count == db["articles"].count
    assert db["crawl_runs"].count == 2
    second = db["crawl_runs"].get(2)
    assert second["articles_new"] == 0 and second["articles_unchanged"] == 10
    # Raw bodies are stored once per distinct content, however often they are fetched.
    assert db["blobs"].count == db.execute("select count(distinct sha256) from pages").fetchone()[0]
    assert "10 unchanged" in result.stdout


def test_unknown_portal_by_start_url_stays_on_its_host_and_port(tmp_path):
    server = serve_site(SAMPLES / "kienthuy")
    try:
        db_path = tmp_path / "archive.db"
        result = run_cli("crawl", "--start-url", server.base_url + "/", "--db", str(db_path),
                         "--log-level", "WARNING")
        assert result.returncode == 0, result.stderr[-2000:]
        db = sqlite_utils.Database(db_path)
        urls = {r["url"] for r in db["pages"].rows}
        assert all(u.startswith(server.base_url) for u in urls)  # no CDN, no other host
        titles = {r["title"] for r in db["articles"].rows}
        gold = {g["title"] for g in gold_articles("kienthuy")}
        assert gold <= titles, gold - titles
        site_id = "127-0-0-1-" + server.base_url.rsplit(":", 1)[1]
        assert db["sites"].get(site_id)["family"] == "generic"
    finally:
        server.stop()


def test_a_page_whose_extraction_fails_stays_archived_and_the_crawl_goes_on(tmp_path, sample_copy):
    site_dir = sample_copy("kienthuy")
    broken = site_dir / "pages" / "tin-tuc-su-kien" / "922907.html"
    broken.write_bytes(b"\x00\x01\x02\xff\xfe binary garbage \x00" * 50)
    server = serve_site(site_dir)
    try:
        db_path = tmp_path / "archive.db"
        result = run_cli("crawl", "--site", "kienthuy", "--db", str(db_path),
                         "--log-level", "WARNING", *serving_args({"kienthuy": server}))
        assert result.returncode == 0, result.stderr[-2000:]
        db = sqlite_utils.Database(db_path)
        page = next(db["pages"].rows_where("url like ?", ["%-922907"]))
        assert page["extract_status"] == "failed" and page["extract_error"]
        assert page["sha256"] == hashlib.sha256(broken.read_bytes()).hexdigest()
        assert db["articles"].count == len(gold_articles("kienthuy")) - 1
        assert db["crawl_runs"].get(1)["extract_errors"] == 1
        assert "extraction failed" in result.stderr
    finally:
        server.stop()


def test_unknown_site_is_a_usage_error_naming_the_known_sites(tmp_path):
    result = run_cli("crawl", "--site", "atlantis", "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2
    assert "atlantis" in result.stderr and "kienthuy" in result.stderr and "tankhe" in result.stderr


def test_unreachable_start_url_ends_with_a_clear_message_and_exit_code(tmp_path):
    nobody = base_url(free_port())  # a port nobody listens on
    result = run_cli("crawl", "--start-url", f"{nobody}/", "--db",
                     str(tmp_path / "a.db"), "--log-level", "WARNING")
    assert result.returncode == 3
    assert f"no response from {nobody}/" in result.stderr


def test_a_parsed_page_goes_on_to_the_archive_without_its_decoded_text_and_tree():
    # Scrapy keeps a response until its item is archived, a batch commit away: its decoded
    # text and lxml tree (~11x the body, 100-200 responses at once) are dropped as soon as the
    # callback has read them (issue 14's memory budget), and rebuilt if anything reads them.
    crawler = get_crawler(PortalSpider)
    spider = PortalSpider.from_crawler(crawler, site="kienthuy")
    url = "https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien/916540.html"
    body = (SAMPLES / "kienthuy" / "pages" / "tin-tuc-su-kien" / "916540.html").read_bytes()
    response = HtmlResponse(url, body=body,
                            request=Request(url, meta={"page_type": "article"}))
    outputs = spider.parse(response)
    page = next(outputs)
    assert isinstance(page, FetchedPage) and page.body == body and page.url == url
    assert response._cached_selector is None and response._cached_ubody is None
    followed = [request.url for request in outputs]
    assert any("/tin-tuc-su-kien/" in link for link in followed), followed
    assert "Kiến Thụy" in response.text and response.css("title")  # read again: rebuilt
