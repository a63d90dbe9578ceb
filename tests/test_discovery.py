"""Nothing a portal shows is lost without a word (issue 12): pagination is followed however
deep, every request a limit drops is counted per reason, and sitemaps and feeds find what no
listing links. Real crawls of synthetic portals served on 127.0.0.1, into real archives."""
from __future__ import annotations

import gzip
import json
import signal
import subprocess
import time

import pytest
import sqlite_utils

from crawler.discovery import (
    ArticleShapes,
    continues_listing,
    is_pager_label,
    read_listed,
    url_shape,
)
from district_archive.portals.sample import serve_site
from pipelines.store import Archive
from tests import synthetic_portal
from tests.conftest import CLI, ROOT, run_cli
from tests.synthetic_portal import BASE

# -- what a link, a sitemap or a feed says -----------------------------------------------------


@pytest.mark.parametrize("text", ["Trang sau", "Trang sau »", " » ", "›", ">>", "Trang tiếp",
                                  "Tiếp »", "Trang cuối", "« Trang trước", "Next", "3", "[12]",
                                  "Trang 4"])
def test_pager_labels(text):
    assert is_pager_label(text)


@pytest.mark.parametrize("text", ["Xem tiếp", "Đọc tiếp »", "Chi tiết", "Tin tức", "", None,
                                  "Năm 2024", "123456"])
def test_not_pager_labels(text):
    assert not is_pager_label(text)


@pytest.mark.parametrize("here, there", [
    ("/tin-tuc", "/tin-tuc?trang=2"), ("/tin-tuc?trang=2", "/tin-tuc?trang=3"),
    ("/tin-tuc?trang=3", "/tin-tuc"), ("/tin-tuc.html", "/tin-tuc/trang-2.html"),
    ("/chuyen-muc/tin-tuc/page/2/", "/chuyen-muc/tin-tuc/page/3/"), ("/tin-tuc", "/tin-tuc-p2"),
    ("/News/List/5?page=1", "/News/List/5?page=2"),
])
def test_pages_of_one_listing(here, there):
    assert continues_listing("https://x.vn" + here, "https://x.vn" + there)


@pytest.mark.parametrize("here, there", [
    ("/tin-tuc", "/tin-tuc/bai-viet-so-12-100012"), ("/tin-tuc", "/gioi-thieu"),
    ("/tin-tuc", "/tin-tuc"),
])
def test_not_pages_of_one_listing(here, there):
    assert not continues_listing("https://x.vn" + here, "https://x.vn" + there)
    assert not continues_listing("https://x.vn/tin-tuc", "https://y.vn/tin-tuc?trang=2")


def test_a_listings_articles_are_the_shape_it_links_in_bulk():
    menu = [f"https://x.vn/{name}" for name in ("gioi-thieu", "lien-he", "tin-tuc", "van-ban",
                                                "thu-tuc", "so-do-trang", "hoi-dap")]
    teasers = [f"https://x.vn/tin-tuc/bai-so-{i}-{9000 + i}" for i in range(5)]
    shapes = ArticleShapes()
    assert shapes.articles_of_listing([*menu, "https://x.vn/van-ban?id=7", *teasers]) == teasers
    assert url_shape(teasers[0]) == "/*/a-a-#-#"
    # The last page of a listing shows one article: the shape learned before recognises it.
    assert shapes.articles_of_listing([*menu, teasers[0]]) == [teasers[0]]
    assert ArticleShapes().articles_of_listing(menu) == []


def test_a_listing_never_takes_links_shaped_like_itself_for_its_articles():
    """DotNetNuke: every section is /Default.aspx?tabid=<n>, and a section page listing two
    stories links more sections (its menu) than stories."""
    listing = "https://x.vn/Default.aspx?tabid=57"
    menu = [f"https://x.vn/Default.aspx?tabid={t}" for t in (53, 55, 57, 61, 64)]
    stories = [f"https://x.vn/Default.aspx?tabid=57&ID={i}" for i in (2101, 2115, 2127)]
    shapes = ArticleShapes()
    assert shapes.articles_of_listing([*menu, *stories], listing) == stories
    assert shapes.articles_of_listing([*menu, stories[0]], listing) == [stories[0]]


URLSET = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          b'<url><loc>https://x.vn/a-1</loc><lastmod>2024-05-01</lastmod></url>'
          b'<url><loc> https://x.vn/a-2 </loc></url></urlset>')


@pytest.mark.parametrize("body, kind, urls", [
    (URLSET, "urlset", ["https://x.vn/a-1", "https://x.vn/a-2"]),
    (gzip.compress(URLSET), "urlset", ["https://x.vn/a-1", "https://x.vn/a-2"]),
    ((b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
      b'<loc>https://x.vn/s1.xml</loc></sitemap></sitemapindex>'), "sitemapindex",
     ["https://x.vn/s1.xml"]),
    (('<rss version="2.0"><channel><title>Tin</title><link>https://x.vn/</link><item>'
      '<title>Bài một</title><link>https://x.vn/a-1</link></item><item><link>/a-2</link>'
      '</item></channel></rss>').encode(), "feed", ["https://x.vn/a-1", "https://x.vn/a-2"]),
    ((b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="enclosure" href="/f.mp3"/>'
      b'<link href="https://x.vn/a-1"/></entry></feed>'), "feed", ["https://x.vn/a-1"]),
    ((b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
      b'xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://x.vn/a-1">'
      b'<link>https://x.vn/a-1</link></item></rdf:RDF>'), "feed", ["https://x.vn/a-1"]),
    (b"<!DOCTYPE html><html><body>Not found</body></html>", None, []),
    (b"User-agent: *", None, []),
])
def test_sitemaps_and_feeds_are_read(body, kind, urls):
    listed = read_listed(body, "https://x.vn/sitemap.xml")
    assert (listed.kind, listed.urls) == (kind, urls)


def test_an_external_entity_in_a_feed_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss><channel><item><link>https://x.vn/&x;</link></item></channel></rss>').encode()
    assert "SECRET" not in json.dumps(read_listed(body, "https://x.vn/rss").urls)


# -- real crawls -------------------------------------------------------------------------------


@pytest.fixture
def portal(tmp_path):
    """Build a synthetic portal (``synthetic_portal.build`` arguments) and serve it."""
    servers = []

    def make(**options):
        built = synthetic_portal.build(tmp_path / "portal", **options)
        servers.append(serve_site(built.folder))
        return built, servers[-1]
    yield make
    for server in servers:
        server.stop()


def crawl(db, server, *extra: str) -> subprocess.CompletedProcess:
    result = run_cli("crawl", "--start-url", BASE + "/", "--db", str(db), "--log-level",
                     "WARNING", "--resolve", f"xa-thu-nghiem.example={server.base_url}", *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def archived(db) -> set[str]:
    return {r["url"] for r in sqlite_utils.Database(db)["articles"].rows}


def test_a_2000_article_portal_with_next_only_pagination_100_pages_deep_is_archived_whole(
        tmp_path, portal):
    built, server = portal(articles=2000, per_page=20, pager="trang-sau")
    db = tmp_path / "archive.db"
    started = time.monotonic()
    result = crawl(db, server)
    seconds = time.monotonic() - started
    assert archived(db) == {BASE + path for path in built.articles}
    run = sqlite_utils.Database(db)["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished" and run["articles_new"] == 2000
    assert json.loads(run["dropped"]) == {} and run["dropped_total"] == 0
    assert "2000 new" in result.stdout and "no request dropped" in result.stdout
    # Page 100 of the listing is one step from the home page, not a hundred.
    assert sqlite_utils.Database(db).execute("select max(depth) from pages").fetchone()[0] == 2
    coverage = run_cli("coverage", "--db", str(db))
    assert "listed   2000 (listings 2000, sitemaps 0, feeds 0)  archived   2000" in coverage.stdout
    print(f"2,000-article portal, 100 listing pages: {seconds:.1f} s")


@pytest.mark.parametrize("pager", sorted(synthetic_portal.PAGERS))
def test_every_pager_style_is_followed_past_the_depth_limit(tmp_path, portal, pager):
    # 24 listing pages of 1 article, and a depth limit of 2: home 0, listing 1, article 2.
    built, server = portal(articles=24, per_page=1, pager=pager)
    db = tmp_path / "archive.db"
    result = crawl(db, server, "--max-depth", "2")
    assert archived(db) == {BASE + path for path in built.articles}
    assert "no request dropped" in result.stdout


def test_a_depth_limit_that_cuts_the_crawl_says_what_it_dropped(tmp_path, portal):
    _, server = portal(articles=60, per_page=20)
    db = tmp_path / "archive.db"
    result = crawl(db, server, "--max-depth", "1")  # the listings, none of their articles
    assert archived(db) == set()
    # Each article counted once, though every listing's links and the nav recur.
    assert "finished; dropped 60 requests (depth 60)" in result.stdout
    assert "crawl incomplete, requests dropped 60 by --max-depth" in result.stderr
    status = run_cli("status", "--db", str(db)).stdout
    assert "dropped    60" in status and "dropped 60 requests (depth 60)" in status


def test_a_crawl_cut_short_by_max_pages_says_so_in_its_summary_and_status(tmp_path, portal):
    _, server = portal(articles=200, per_page=20)
    db = tmp_path / "archive.db"
    result = crawl(db, server, "--max-pages", "30")
    run = sqlite_utils.Database(db)["crawl_runs"].get(1)
    assert run["finish_reason"] == "closespider_pagecount"  # recorded as Scrapy says
    dropped = json.loads(run["dropped"])
    assert dropped["max_pages"] > 0 and run["dropped_total"] == sum(dropped.values())
    assert f"closespider_pagecount; dropped {run['dropped_total']} requests (max_pages " \
           f"{dropped['max_pages']})" in result.stdout
    assert "requests dropped" in result.stderr and "by --max-pages" in result.stderr
    status = run_cli("status", "--db", str(db)).stdout
    assert "closespider_pagecount" in status
    assert f"max_pages {dropped['max_pages']}" in status
    assert "incomplete sites" in status and "by --max-pages" in status.split("incomplete")[1]
    assert run_cli("status", "--check", "--db", str(db)).returncode == 7  # monitoring hears it
    # Not a complete crawl: nothing it did not see is taken for gone.
    assert run["articles_gone"] == 0


def test_a_crawl_cut_short_by_max_minutes_records_it(tmp_path, portal):
    _, server = portal(articles=400, per_page=20)
    # 420 pages, 8 at a time on 127.0.0.1: 0.4 s each is ~21 s for the whole portal, far
    # more than the 6 s allowed (at 0.1 s it was ~5 s, and a crawl whose last pages were all
    # in flight at the timeout left nothing queued to count).
    server.server.delay = 0.4
    db = tmp_path / "archive.db"
    result = crawl(db, server, "--max-minutes", "0.1")
    run = sqlite_utils.Database(db)["crawl_runs"].get(1)
    assert run["finish_reason"] == "closespider_timeout"
    assert json.loads(run["dropped"])["max_minutes"] > 0
    assert "closespider_timeout; dropped" in result.stdout and "by --max-minutes" in result.stderr


def test_a_crawl_stopped_by_sigterm_records_shutdown_and_what_it_left(tmp_path, portal):
    _, server = portal(articles=400, per_page=20)
    server.server.delay = 0.05  # a slow portal: time to stop the crawl mid-way
    db = tmp_path / "archive.db"
    process = subprocess.Popen(
        [*CLI, "crawl", "--start-url", BASE + "/", "--db", str(db), "--log-level", "WARNING",
         "--resolve", f"xa-thu-nghiem.example={server.base_url}"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(server.requests) < 40:
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    stdout, _ = process.communicate(timeout=60)
    run = sqlite_utils.Database(db)["crawl_runs"].get(1)
    assert run["finish_reason"] == "shutdown"
    assert json.loads(run["dropped"])["shutdown"] > 0
    assert "shutdown; dropped" in stdout


def test_sitemaps_named_by_robots_txt_find_an_article_no_listing_links(tmp_path, portal):
    built, server = portal(articles=40, per_page=20, hidden=1, robots_sitemap=True)
    db = tmp_path / "archive.db"
    result = crawl(db, server)
    hidden = BASE + built.hidden[0]
    assert archived(db) == {BASE + path for path in built.articles + built.hidden}
    archive = sqlite_utils.Database(db)
    types = dict(archive.execute("select url, page_type from pages where page_type = 'sitemap'")
                 .fetchall())
    assert types == {BASE + "/sitemaps/index.xml": "sitemap",
                     BASE + "/sitemaps/tin-tuc.xml.gz": "sitemap"}
    # The sitemap lists its articles like a listing does: the hidden one only there.
    sources = [r[0] for r in archive.execute(
        "select p.page_type from listing_links l join pages p on p.id = l.page_id "
        "where l.article_url = ?", [hidden])]
    assert sources == ["sitemap"]
    row = next(archive.query("select * from pages where url = ?", [hidden]))
    assert row["referer"] == BASE + "/sitemaps/tin-tuc.xml.gz"
    assert "/sitemap.xml" in server.requests and BASE + "/sitemap.xml" not in {
        r["url"] for r in archive["pages"].rows}  # the probe missed: nothing archived
    coverage = run_cli("coverage", "--db", str(db)).stdout
    assert "listed     41 (listings 40, sitemaps 41, feeds 0)  archived     41" in coverage
    assert "no request dropped" in result.stdout


def test_a_plain_sitemap_xml_and_an_advertised_feed_find_articles_no_listing_links(
        tmp_path, portal):
    built, server = portal(articles=40, per_page=20, hidden=2, sitemap_xml=True, feed=True)
    db = tmp_path / "archive.db"
    crawl(db, server)
    assert archived(db) == {BASE + path for path in built.articles + built.hidden}
    archive = sqlite_utils.Database(db)
    kinds = dict(archive.execute(
        "select url, page_type from pages where page_type in ('sitemap', 'feed')").fetchall())
    assert kinds == {BASE + "/sitemap.xml": "sitemap", BASE + "/rss/tin-tuc.rss": "feed"}
    assert server.requests.count("/rss/tin-tuc.rss") == 1  # every page names it; fetched once
    store = Archive(db)
    rows = {r["run"]: r for r in store.coverage(None, 5)}
    store.close()
    assert (rows[1]["listed"], rows[1]["in_listings"], rows[1]["in_sitemaps"],
            rows[1]["in_feeds"], rows[1]["only_sitemaps_feeds"], rows[1]["archived"],
            rows[1]["live"], rows[1]["not_archived"]) == (42, 40, 42, 7, 2, 42, 42, 0)
