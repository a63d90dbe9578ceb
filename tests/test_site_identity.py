"""One portal is one site, however it is spelled, and a crawl says where it goes (issue 13,
cases 7 and 9).

- ``:80``/``:443``, upper-case, a trailing dot: the same site id, the same lock, pages on its
  own host never refused as offsite, one archived spelling of each URL;
- a symlinked or relative ``--db`` path takes the same lock as the real one;
- a local crawl of a site the crawl cluster is crawling is refused (exit 4);
- a start URL carrying credentials is refused before anything is fetched or stored;
- a ``--resolve`` host that the crawl never fetches from is a usage error (exit 2).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from crawler.sites import Site, link_url, normal_netloc, normal_url, twin_host
from crawler.spiders.portal import PortalSpider
from district_archive.cli import main
from district_archive.cli.options import EXIT_LOCKED
from district_archive.jobs import site_locks
from district_archive.portals.faults import PORTAL_HOST, FaultPortal
from district_archive.portals.loopback import free_port
from district_archive.portals.sample import serve_site
from tests.conftest import run_cli
from tests.test_distributed import redis_url  # noqa: F401 — a private redis-server

SPELLINGS = ["http://hostile-portal.test/", "http://HOSTILE-Portal.TEST/",
             "http://hostile-portal.test:80/", "http://hostile-portal.test./",
             "HTTP://Hostile-Portal.Test.:80/"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_portal_is_one_site(spelling):
    site = Site.for_start_urls([spelling])
    assert (site.id, site.base_url, site.netloc) == (
        "hostile-portal-test", "http://hostile-portal.test", "hostile-portal.test")
    spider = PortalSpider(start_url=spelling)
    for url in SPELLINGS:
        assert spider.may_fetch(url + "bai-viet/1"), url
    assert not spider.may_fetch("http://hostile-portal.test:8080/")
    assert not spider.may_fetch("https://hostile-portal.test:80/")
    assert not spider.may_fetch("http://hostile-portal.test.evil.test/")


def test_normal_forms():
    assert normal_netloc("https://Portal.VN:443/x") == "portal.vn"
    assert normal_netloc("https://portal.vn:80/x") == "portal.vn:80"
    assert normal_netloc("http://[::1]:80/") == "[::1]"
    assert normal_netloc("http://portal.vn:notaport/") == "portal.vn:notaport"
    assert normal_url("HTTP://Portal.VN.:80/Tin-Tuc?A=1#B") == "http://portal.vn/Tin-Tuc?A=1#B"
    assert Site.for_start_urls(["https://portal.vn:8443/"]).id == "portal-vn-8443"


def test_a_link_names_the_page_without_tracking_session_or_fragment():
    """A feed's link with utm_ parameters, a share link's click id, a servlet's session id in
    the path and an anchor all name the page the plain link names: one fetch, one article."""
    page = "https://xa.gov.vn/tin-tuc/bai-viet-123?id=7&page=2"
    for spelling in (
        "https://xa.gov.vn/tin-tuc/bai-viet-123?utm_source=rss&id=7&utm_medium=feed&page=2",
        "https://XA.gov.vn:443/tin-tuc/bai-viet-123?id=7&fbclid=IwAR0x&page=2&zarsrc=30",
        "https://xa.gov.vn/tin-tuc/bai-viet-123;jsessionid=8F3A9C0D1E2B?id=7&page=2#binh-luan",
        "https://xa.gov.vn/tin-tuc/bai-viet-123?id=7&PHPSESSID=a1b2c3d4e5&page=2",
    ):
        assert link_url(spelling) == page, spelling
    assert link_url("https://xa.gov.vn/(S(lqhx1y45aatcn2mmlm0bxq55))/Default.aspx?tabid=12") == \
        "https://xa.gov.vn/Default.aspx?tabid=12"
    # a comment's reply link is the story with its form moved: the story
    assert link_url("https://xa.gov.vn/2025/07/bai-viet/?replytocom=12#respond") == \
        "https://xa.gov.vn/2025/07/bai-viet/"
    # a comment's permalink (Blogger) is the story scrolled to the comment: the story
    assert link_url("https://xa.blogspot.example/2025/05/ra-quan.html?showComment="
                    "1748252460417#c6034517782910364418") == \
        "https://xa.blogspot.example/2025/05/ra-quan.html"
    assert link_url("https://xa.blogspot.example/2025/05/ra-quan.html?showComment=174825&m=1") \
        == "https://xa.blogspot.example/2025/05/ra-quan.html?m=1"
    # parameters that choose the page stay, as written
    assert link_url("https://xa.gov.vn/tin?cat=3&utmost=1&source=rss") == \
        "https://xa.gov.vn/tin?cat=3&utmost=1&source=rss"


def test_a_crawl_spelled_oddly_archives_one_spelling_and_refuses_nothing_of_its_own(tmp_path):
    portal = FaultPortal(articles=4, counts={}).start()
    db = tmp_path / "archive.db"
    try:
        result = run_cli("crawl", "--start-url", "HTTP://HOSTILE-Portal.Test.:80/", "--resolve",
                         f"Hostile-Portal.TEST.={portal.base_url}", "--db", str(db),
                         "--log-level", "WARNING")
    finally:
        portal.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    conn = sqlite3.connect(db)
    assert conn.execute("select id, base_url from sites").fetchall() == [
        ("hostile-portal-test", "http://hostile-portal.test")]
    urls = [u for (u,) in conn.execute("select url from pages")]
    assert len(urls) >= 5 and all(u.startswith(f"http://{PORTAL_HOST}/") for u in urls), urls
    assert conn.execute("select count(*) from pages where error is not null").fetchone()[0] == 0
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4


def test_another_spelling_of_a_running_crawl_is_locked_out(tmp_path):
    """The first crawl holds its lock through a symlink; the second names the real file by a
    relative path and the portal by another spelling: the same lock, exit 4."""
    real = tmp_path / "data" / "archive.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    first = Site.for_start_urls(["http://hostile-portal.test/"])
    with site_locks(str(link), [first.id]):
        result = run_cli("crawl", "--start-url", "http://HOSTILE-PORTAL.test:80/", "--resolve",
                         f"{PORTAL_HOST}=http://127.0.0.1:9", "--db",
                         os.path.relpath(real, Path.cwd()), "--log-level", "WARNING",
                         timeout=60)
    assert result.returncode == EXIT_LOCKED, result.stderr[-2000:]
    assert f"another crawl of {first.id} into {real}" in result.stderr
    assert not real.exists()  # nothing was opened: the lock is taken first


def test_a_registered_portal_given_as_a_start_url_is_its_registered_site(tmp_path):
    result = CliRunner().invoke(main, ["crawl", "--start-url",
                                       "HTTPS://KienThuy.HaiPhong.gov.vn:443/",
                                       "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "is the registered site 'kienthuy': crawl it with --site kienthuy" in result.output


def test_credentials_in_a_start_url_are_refused_and_never_stored(tmp_path):
    db = tmp_path / "a.db"
    result = run_cli("crawl", "--start-url", "http://editor:s3cret@hostile-portal.test/",
                     "--resolve", f"{PORTAL_HOST}=http://127.0.0.1:9", "--db", str(db),
                     timeout=60)
    assert result.returncode == 2
    assert "must not carry credentials" in result.stderr
    assert not db.exists()


@pytest.mark.parametrize("resolve", ["hostile-portal.tes=http://127.0.0.1:9",
                                     "elsewhere.test=http://127.0.0.1:9"])
def test_a_resolve_host_the_crawl_never_fetches_from_is_a_usage_error(tmp_path, resolve):
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["crawl", "--start-url", "http://hostile-portal.test/",
                                       "--resolve", f"{PORTAL_HOST}=http://127.0.0.1:9",
                                       "--resolve", resolve, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "is not a host of the site(s) crawled" in result.output
    assert not db.exists()
    submitted = CliRunner().invoke(main, ["cluster", "submit", "--site", "kienthuy",
                                          "--resolve", resolve, "--db", str(db),
                                          "--redis", "redis://127.0.0.1:9/0"])
    assert submitted.exit_code == 2, submitted.output  # before Redis is asked anything
    assert "is not a host of the site(s) crawled" in submitted.output


def test_a_local_crawl_of_a_site_the_cluster_is_crawling_is_refused(tmp_path, redis_url):  # noqa: F811
    import redis as redis_client

    redis_client.Redis.from_url(redis_url).flushall()
    db = tmp_path / "archive.db"
    portal = FaultPortal(articles=2, counts={}).start()
    try:
        queued = CliRunner().invoke(main, ["cluster", "submit", *portal.crawl_args(),
                                           "--db", str(db), "--redis", redis_url])
        assert queued.exit_code == 0, queued.output
        env = {**os.environ, "DISTRICT_ARCHIVE_REDIS": redis_url}
        result = run_cli("crawl", *[a.replace(PORTAL_HOST, "Hostile-Portal.test:80")
                                    for a in portal.crawl_args()], "--db", str(db),
                         timeout=60, env=env)
        assert result.returncode == EXIT_LOCKED, result.stderr[-2000:]
        assert "the crawl cluster" in result.stderr and "active job for hostile-portal-test" \
            in result.stderr
        assert portal.hits == {}
        # With the cluster's Redis down, nothing of the cluster can run: a warning, and the
        # local crawl goes on.
        env["DISTRICT_ARCHIVE_REDIS"] = f"redis://127.0.0.1:{free_port()}/0"
        result = run_cli("crawl", *portal.crawl_args(), "--db", str(db), "--log-level",
                         "WARNING", timeout=120, env=env)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "cannot ask the crawl cluster" in result.stderr
    finally:
        portal.stop()


def _moved_start(tmp_path, location: str):
    """tests/portals/trangkhe with a start page that answers 301 to ``location``."""
    site_dir = tmp_path / "trangkhe"
    shutil.copytree(Path(__file__).parent / "portals" / "trangkhe", site_dir)
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest.append({"path": "/start", "status": 301, "location": location})
    (site_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return site_dir


def test_a_portal_that_redirects_to_its_www_spelling_is_crawled_whole(tmp_path):
    """http://host/ answering 301 to http://www.host/ (or back) is the same portal: every
    page is fetched under the spelling it serves, once, not refused as another site."""
    server = serve_site(_moved_start(tmp_path, "http://www.trangkhe.example.gov.vn/"))
    try:
        result = run_cli("crawl", "--start-url", "http://trangkhe.example.gov.vn/start",
                         "--db", str(tmp_path / "a.db"), "--log-level", "WARNING",
                         "--resolve", f"trangkhe.example.gov.vn={server.base_url}",
                         "--resolve", f"www.trangkhe.example.gov.vn={server.base_url}")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    urls = [row["url"] for row in db.query("select url from pages where status = 200")]
    assert len(urls) == len(set(urls)) >= 17
    assert all(url.startswith("http://www.trangkhe.example.gov.vn/") for url in urls)
    assert db["articles"].count == 8


def test_a_start_url_moved_to_another_host_takes_the_crawl_there_and_says_so(tmp_path):
    """The start URL answering "moved" to another host (a district portal abolished in 2025
    sending its readers to the commune portal that took its news): the site moved, and the crawl
    follows it, saying so (was: a counted loss, ``redirected_offsite``, and the advice to crawl
    the new host; tests/portals/hakhe showed what that loses: the old host's sitemap names
    stories no page of the new host lists). A page of the site that redirects elsewhere is
    still a counted loss (below)."""
    server = serve_site(_moved_start(tmp_path, "http://trangkhe.new.example.gov.vn/"))
    try:
        result = run_cli("crawl", "--start-url", "http://trangkhe.example.gov.vn/start",
                         "--db", str(tmp_path / "a.db"),
                         "--resolve", f"trangkhe.example.gov.vn={server.base_url}",
                         env={**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps({"RESOLVE": {
                             "trangkhe.new.example.gov.vn": server.base_url,
                             "trangkhe.example.gov.vn": server.base_url}})})
    finally:
        server.stop()
    said = result.stdout + result.stderr
    assert "the site moved there" in said and "redirected_offsite" not in said
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert db["articles"].count >= 8  # trangkhe's stories, under the new host
    assert all(row["url"].startswith("http://trangkhe.new.example.gov.vn/")
               for row in db["articles"].rows)


def test_a_page_of_the_site_moved_to_another_host_is_a_counted_loss_that_says_what_to_crawl(
        tmp_path):
    site_dir = _moved_start(tmp_path, "http://trangkhe.new.example.gov.vn/lien-he.html")
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest = [m for m in manifest if m["path"] != "/start"] + [
        {"path": "/start", "status": 301, "location": "/"},
        {"path": "/lien-he-cu.html", "status": 301,
         "location": "http://trangkhe.new.example.gov.vn/lien-he.html"}]
    (site_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    home = site_dir / "pages" / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace(
        "</body>", '<a href="/lien-he-cu.html">Liên hệ (cũ)</a></body>'), encoding="utf-8")
    server = serve_site(site_dir)
    try:
        result = run_cli("crawl", "--start-url", "http://trangkhe.example.gov.vn/start",
                         "--db", str(tmp_path / "a.db"),
                         "--resolve", f"trangkhe.example.gov.vn={server.base_url}")
    finally:
        server.stop()
    said = result.stdout + result.stderr
    assert "redirected_offsite" in said
    assert "--start-url http://trangkhe.new.example.gov.vn/lien-he.html" in said
    run = sqlite_utils.Database(tmp_path / "a.db")["crawl_runs"].get(1)
    assert json.loads(run["dropped"]).get("redirected_offsite") == 1


def test_twin_hosts():
    assert twin_host("xa.gov.vn") == "www.xa.gov.vn"
    assert twin_host("WWW.xa.gov.vn.") == "xa.gov.vn"
    assert twin_host("127.0.0.1") is None and twin_host("localhost") is None
    assert twin_host("www.vn") is None
    assert Site.for_start_urls(["http://xa.gov.vn:8080/"]).page_netlocs == {
        "xa.gov.vn:8080", "www.xa.gov.vn:8080"}


def test_oracle_adf_session_state_names_no_page():
    """Oracle ADF (WebCenter) writes _afrLoop, _afrWindowMode, _afrWindowId and _adf.ctrl-state
    into every link, fresh in each response: the link names the page without them, for the
    crawl (the URL it fetches and archives) and for extraction (how links match pages)."""
    from crawler.session_ids import without_session
    from pipelines.urls import story_key

    page = "https://xa.gov.vn/webcenter/portal/xa/pages_tin-tuc/bai-viet?dDocName=XAUCM0012"
    for spelling in (
        ("https://xa.gov.vn/webcenter/portal/xa/pages_tin-tuc/bai-viet?_afrLoop=4127395108366502"
         "&_adf.ctrl-state=1q8xk2v7ab_4&dDocName=XAUCM0012"),
        ("https://xa.gov.vn/webcenter/portal/xa/pages_tin-tuc/bai-viet?dDocName=XAUCM0012"
         "&_afrWindowMode=0&_afrWindowId=null&_afrLoop=99&_adf.ctrl-state=zz_17"),
    ):
        assert link_url(spelling) == page, spelling
        assert without_session(spelling) == page
        assert story_key(spelling) == story_key(page)
    # the page's own parameters, and a URL without session state, stay as they were
    listing = "https://xa.gov.vn/webcenter/portal/xa/pages_tin-tuc?page=2&adf=1"
    assert without_session(listing) == listing
    assert without_session(listing + "&_afrLoop=1") == listing
