"""A portal that is a path of a shared host (a commune's site on a province's platform, the
maikhe hold-out): the crawl stays under the path the start page's home link names, says what
it left out, and never shrinks an ordinary portal started deeper than its root; a link to
such a site's home previews no story."""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from lxml import html as lxml_html

from crawler.site_path import SitePath, site_path_of
from district_archive.portals.sample import serve_site
from pipelines.analyse import analyse_page
from tests.conftest import run_cli
from tests.test_unseen_portals import (
    PORTALS,
    copy_portal,
    crawl_portal,
    crawl_served,
    portal_gold,
)

HOST = "https://tinh.example.gov.vn"
PROSE = ("Xã được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp ba xã cũ, có diện tích tự nhiên "
         "68,4 km², dân số 21.560 người, gồm 14 thôn; trụ sở đặt tại thôn Trung.")


def platform_page(site: str, main: str, *, start: str = "") -> str:
    """A page of the commune site ``/web/<site>`` on the province's platform: the platform's
    bar links the province's news, the footer the sibling communes' sites."""
    menu = "".join(f'<li><a href="/web/{site}{p}">{t}</a></li>' for p, t in
                   (("", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
                    ("/van-ban", "Văn bản"), ("/lien-he", "Liên hệ")))
    siblings = "".join(f'<li><a href="/web/{s}">Xã {s}</a></li>' for s in ("xa-b", "xa-c", "xa-d"))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Giới thiệu - Cổng thông tin điện tử xã A</title></head><body>
<div class="platform-bar"><a href="/">Cổng thông tin điện tử tỉnh</a>
<a href="/web/guest/tin-tuc">Tin tức tỉnh</a></div>
<header><div class="site-title"><a class="logo" href="/web/{site}{start}"><img alt="Xã A"
src="/image/layout_set_logo?img_id=7"></a><div class="site-name">Cổng thông tin điện tử xã A</div>
</div><nav><ul>{menu}</ul></nav></header>
<section id="content"><div class="portlet-content">{main}</div></section>
<footer><div class="footer-communes"><h3>Các xã, phường</h3><ul>{siblings}</ul></div>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh.</p></footer></body></html>"""


def root_of(html: str) -> object:
    return lxml_html.fromstring(html)


def test_the_site_is_the_path_its_home_link_names() -> None:
    page = platform_page("xa-a", "<p>Tin mới</p>")
    assert site_path_of(root_of(page), HOST + "/web/xa-a/", "/web/xa-a/") == "/web/xa-a"
    # a start URL inside the site: the same site
    assert site_path_of(root_of(page), HOST + "/web/xa-a/tin-tuc", "/web/xa-a/tin-tuc") \
        == "/web/xa-a"
    # a start URL outside the path the home link names: the whole host
    assert site_path_of(root_of(page), HOST + "/web/xa-b/", "/web/xa-b/") is None


def test_a_deeper_start_url_of_an_ordinary_portal_keeps_the_whole_host() -> None:
    """/tin-tuc/ on a portal whose home link names / is a page of that portal, not a site."""
    page = platform_page("xa-a", "<p>Tin mới</p>").replace('/web/xa-a"', '/"')
    assert site_path_of(root_of(page), HOST + "/web/xa-a/tin-tuc", "/web/xa-a/tin-tuc") is None
    # a home page named as a file (/portal/Pages/default.aspx) names no site path
    page = platform_page("xa-a", "").replace('href="/web/xa-a"', 'href="/web/xa-a/default.aspx"')
    assert site_path_of(root_of(page), HOST + "/web/xa-a/default.aspx",
                        "/web/xa-a/default.aspx") is None


def test_a_home_link_whose_path_holds_few_of_the_pages_links_names_no_site() -> None:
    """A portal whose home is /trang-chu and whose pages are elsewhere (/tin-tuc, /gioi-thieu):
    started at /trang-chu/, the crawl keeps the host."""
    links = "".join(f'<a href="/{p}">{p}</a>' for p in ("tin-tuc", "gioi-thieu", "van-ban",
                                                        "lien-he", "thu-tuc", "hoi-dap"))
    page = (f'<html><body><a href="/trang-chu">Trang chủ</a>{links}'
            f'<a href="/trang-chu/ban-tin">Bản tin</a></body></html>')
    assert site_path_of(root_of(page), HOST + "/trang-chu/", "/trang-chu/") is None


def test_links_wait_for_the_start_page_and_then_follow_its_path() -> None:
    scope = SitePath.for_start(HOST + "/web/xa-a/")
    assert scope.admits(HOST + "/web/xa-a/-/bai-1") is None  # not decided: held
    scope.held.append("a request")
    assert scope.decide("/web/xa-a") == ["a request"] and scope.held == []
    assert scope.admits(HOST + "/web/xa-a/-/bai-1") and scope.admits(HOST + "/web/xa-a")
    assert not scope.admits(HOST + "/web/xa-ab/-/bai-1")
    assert not scope.admits(HOST + "/web/guest/-/tin-tinh")
    assert SitePath.for_start(HOST + "/").admits(HOST + "/anything")  # the root: the host


def test_a_link_to_the_sites_home_at_a_path_previews_no_story() -> None:
    """The about page of a site at /web/xa-a: its logo links the site's home, which the menu's
    "Trang chủ" names; that link is no teaser, so the page is a standing page, not a list."""
    url = HOST + "/web/xa-a/gioi-thieu"
    analysis = analyse_page(platform_page("xa-a", f"<h2>Giới thiệu chung</h2><p>{PROSE}</p>"), url)
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_commune_of_a_shared_host_is_crawled_alone_and_the_run_says_what_it_left(
        tmp_path: Path) -> None:
    """maikhe: started at /web/xa-mai-khe/, the crawl fetches no page of the province's own
    news or of the sibling communes' sites (before: 26 of 48 pages, 10 of their stories stored
    as this commune's), counts them as other_site and warns; its files, outside the path,
    are still fetched."""
    result, requests = crawl_served(PORTALS / "maikhe", tmp_path / "a.db")
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = json.loads((PORTALS / "maikhe" / "manifest.json").read_text(encoding="utf-8"))
    others = {entry["path"] for entry in manifest if "other_site" in entry}
    assert len(others) >= 20
    assert not others & set(requests), sorted(others & set(requests))
    db = sqlite_utils.Database(tmp_path / "a.db")
    _, gold = portal_gold("maikhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    assert db["pages"].count_where("url like '%/documents/%.pdf'") >= 1
    dropped = json.loads(db["crawl_runs"].get(1)["dropped"])
    assert dropped.get("other_site", 0) >= 5
    assert "other_site" in result.stdout and "crawl incomplete" not in result.stdout
    assert "the crawl stays under it" in result.stderr


def test_two_communes_of_one_platform_are_two_sites_of_one_archive(tmp_path: Path) -> None:
    """maikhe and its sibling xa-dao-khe, each crawled by its own --start-url and --site-id
    into one archive: two sites, each with its own stories, runs and lock; without
    --site-id both would be the host's one site, and the run's warning says to give one."""
    base, gold = portal_gold("maikhe")
    manifest = json.loads((PORTALS / "maikhe" / "manifest.json").read_text(encoding="utf-8"))
    sibling = {base + e["path"] for e in manifest
               if e.get("other_site") == "/web/xa-dao-khe" and e.get("page_class") == "article"}
    assert len(sibling) == 3
    db_path = tmp_path / "province.db"
    server = serve_site(PORTALS / "maikhe")
    try:
        for path, site_id in (("/web/xa-mai-khe/", "xa-mai-khe"),
                              ("/web/xa-dao-khe", "xa-dao-khe")):
            result = run_cli("crawl", "--start-url", base + path, "--site-id", site_id,
                             "--db", str(db_path), "--resolve",
                             f"quangkhe.example.gov.vn={server.base_url}")
            assert result.returncode == 0, result.stderr[-3000:]
            assert result.stdout.startswith(f"{site_id} (full)"), result.stdout
            assert "--site-id" not in result.stderr  # named: no advice to name it
    finally:
        server.stop()
    db = sqlite_utils.Database(db_path)
    stored = {(row["site"], row["url"]) for row in db["articles"].rows}
    assert stored == {("xa-mai-khe", url) for url in gold} | {("xa-dao-khe", url)
                                                              for url in sibling}
    assert [row["site"] for row in db["crawl_runs"].rows] == ["xa-mai-khe", "xa-dao-khe"]


def test_a_commune_crawled_without_a_site_id_is_told_to_name_it(tmp_path: Path) -> None:
    result, _ = crawl_served(PORTALS / "maikhe", tmp_path / "a.db")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("quangkhe-example-gov-vn (full)"), result.stdout
    assert "give each its own --site-id" in result.stderr


def test_site_id_usage_errors(tmp_path: Path) -> None:
    """--site-id only names a --start-url portal, must be a plain id, and may not take a
    registered site's id: each a usage error (exit 2) naming the option."""
    db = str(tmp_path / "a.db")
    cases = [(["--site", "kienthuy", "--site-id", "x"], "--site-id names a portal crawled"),
             (["--start-url", "https://xa.example.vn/", "--site-id", "Xã A"], "--site-id"),
             (["--start-url", "https://xa.example.vn/", "--site-id", "kienthuy"],
              "give this portal another --site-id")]
    for args, said in cases:
        result = run_cli("crawl", *args, "--db", db)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert said in result.stderr, (args, result.stderr)
    assert not (tmp_path / "a.db").exists()


def test_an_ordinary_portal_started_at_a_section_keeps_every_section(tmp_path: Path) -> None:
    """vankhe started at /chuyen-muc/tin-tuc-su-kien: its home link names /, so the stories of
    its other section and the documents page are still archived."""
    site_dir = copy_portal("vankhe", tmp_path)
    meta = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
    meta["start_path"] = "/chuyen-muc/tin-tuc-su-kien"
    (site_dir / "site.json").write_text(json.dumps(meta), encoding="utf-8")
    db = crawl_portal("vankhe", tmp_path / "a.db", site_dir)
    base, gold = portal_gold("vankhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    fetched = {row["url"] for row in db["pages"].rows}
    assert {base + "/van-ban-chi-dao", base + "/chuyen-muc/kinh-te-xa-hoi"} <= fetched
    assert "other_site" not in json.loads(db["crawl_runs"].get(1)["dropped"] or "{}")


def parsed(spider: object, url: str, html: str, **meta: object) -> list[object]:
    from scrapy import Request
    from scrapy.http import HtmlResponse
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8",
                            request=Request(url, meta={"page_type": "unknown", **meta}))
    return list(spider.parse(response))  # type: ignore[attr-defined]


def test_a_spider_that_never_read_the_start_page_learns_the_site_from_a_request() -> None:
    """Another worker of a distributed crawl takes over a job: its first response is a
    request the first worker made after reading the start page, which carries the scope; the
    links it held meanwhile (a sitemap's) are then followed or counted."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.spiders.portal import PortalSpider

    crawler = get_crawler(PortalSpider)
    spider = PortalSpider.from_crawler(crawler, start_url=HOST + "/web/xa-a/")
    crawler.spider = spider
    spider.follow(HOST + "/web/xa-b/-/tin-cua-xa-khac", "", Request(HOST + "/sitemap.xml"))
    spider.follow(HOST + "/web/xa-a/-/tin-cua-xa", "", Request(HOST + "/sitemap.xml"))
    assert len(spider.site_path.held) == 2 and not spider.site_path.decided
    page = platform_page("xa-a", '<a href="/web/xa-a/-/bai-1">Bài 1</a>')
    out = parsed(spider, HOST + "/web/xa-a/tin-tuc", page, site_path="/web/xa-a")
    followed = {request.url for request in out if isinstance(request, Request)}
    assert HOST + "/web/xa-a/-/tin-cua-xa" in followed and HOST + "/web/xa-a/-/bai-1" in followed
    assert not any("/web/xa-b" in url or url.endswith("/web/guest/tin-tuc") for url in followed)
    assert all(request.meta["site_path"] == "/web/xa-a"
               for request in out if isinstance(request, Request))
    assert crawler.stats.get_value("dropped/other_site") >= 5
