"""A hashbang site (Google's AJAX crawling scheme): its ``#!`` routes are its pages, fetched as
their ``?_escaped_fragment_=`` snapshots (crawler/hashbang.py), by the crawl and by the page
signals alike. Each rule on a small page or site of its own: none names a hold-out portal."""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from crawler.sites import link_url
from pipelines.analyse import analyse_page
from tests.test_unseen_portals import crawl_served

HOST = "https://huyen.example.gov.vn"
PROSE = ("Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác sáu tháng, đánh giá kết quả "
         "thực hiện các chỉ tiêu kinh tế, xã hội và bàn giải pháp cho những tháng cuối năm; "
         "toàn huyện đã hỗ trợ 86 hộ nghèo xây mới, sửa chữa nhà ở với tổng kinh phí 4,1 tỷ đồng.")
MENU = ('<ul class="topmenu"><li><a href="#!/">Trang chủ</a></li>'
        '<li><a href="#!/tin-moi">Tin mới</a></li></ul>')


def shell_page(content: str, head: str = "") -> str:
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<title>Cổng thông tin huyện</title>{head}</head><body><div id="menu">{MENU}</div>'
            f'<div id="content">{content}</div><div id="footer">'
            '<p>Cổng thông tin điện tử huyện. Điện thoại: 0200 3000.</p></div></body></html>')


def teaser(n: int) -> str:
    return (f'<div class="news-item"><a class="title" href="#!/tin-tuc/{n}">Hội nghị sơ kết '
            f'công tác tháng {n} của huyện</a><span class="date">(1{n}/06/2025)</span>'
            f'<p>{PROSE[:150]}</p></div>')


def story_page(n: int, canonical: str) -> str:
    return shell_page('<div class="news-detail"><h2 class="title">Hội nghị sơ kết công tác '
                      f'tháng {n} của huyện</h2><div class="date">Cập nhật: 1{n}/06/2025 08:30'
                      f'</div><div class="content"><p>{PROSE}</p><p>{PROSE}</p></div></div>',
                      f'<link rel="canonical" href="{canonical}">')


def test_a_hashbang_link_is_fetched_as_its_snapshot() -> None:
    assert link_url(f"{HOST}/#!/tin-tuc/12") == f"{HOST}/?_escaped_fragment_=/tin-tuc/12"
    # a snapshot's relative "#!" link names another route, not a route of that snapshot
    assert link_url(f"{HOST}/?_escaped_fragment_=/tin-moi#!/tin-tuc/12") == \
        f"{HOST}/?_escaped_fragment_=/tin-tuc/12"
    # the scheme escapes what would end the query value; the route's "/" and "=" stay
    assert link_url(f"{HOST}/trang?x=1#!/tim-kiem&q=a+b") == \
        f"{HOST}/trang?x=1&_escaped_fragment_=/tim-kiem%26q=a%2Bb"
    assert link_url(f"{HOST}/tin-tuc/12#binh-luan") == f"{HOST}/tin-tuc/12"  # an anchor still goes


def test_a_snapshots_hashbang_links_are_its_teasers_and_its_canonical_route_its_story() -> None:
    listing = analyse_page(shell_page("<h1>Tin mới</h1>" + "".join(teaser(n) for n in range(1, 5))),
                           f"{HOST}/?_escaped_fragment_=/tin-moi")
    assert listing.page_class == "listing", listing.page_class_reason
    assert f"{HOST}/?_escaped_fragment_=/tin-tuc/3" in listing.signals.teasers
    # the app's second route to a story names the story's "#!" URL as canonical: a copy
    copy = analyse_page(story_page(3, f"{HOST}/#!/tin-tuc/3"),
                        f"{HOST}/?_escaped_fragment_=/tin-tuc/3/hoi-nghi")
    assert copy.page_class == "duplicate", copy.page_class_reason
    assert copy.signals.canonical_elsewhere == f"{HOST}/?_escaped_fragment_=/tin-tuc/3"
    story = analyse_page(story_page(3, f"{HOST}/#!/tin-tuc/3"),
                         f"{HOST}/?_escaped_fragment_=/tin-tuc/3")
    assert story.page_class == "article", story.page_class_reason
    # the snapshot of the shell's own page (its meta, or the menu's "#!/") is the home page
    featured = "<h2>Tin nổi bật</h2>" + "".join(teaser(n) for n in range(1, 4))
    home = analyse_page(shell_page(featured), f"{HOST}/?_escaped_fragment_=/")
    assert home.page_class == "home", home.page_class_reason


def hashbang_site(root: Path) -> Path:
    """A shell naming ``<meta name="fragment" content="!">`` whose menu links only ``#!``
    routes; the snapshots list three stories over two pages whose pager links ``#!`` routes."""
    site = root / "hb"
    site.mkdir()
    (site / "site.json").write_text(json.dumps({"id": "hb", "name": "HB", "base_url": HOST}),
                                    encoding="utf-8")
    files = {
        "shell.html": shell_page('<div class="loading">Đang tải dữ liệu...</div>',
                                 '<meta name="fragment" content="!">'),
        "home.html": shell_page("<h2>Tin nổi bật</h2>" + teaser(1)),
        "list1.html": shell_page("<h1>Tin mới</h1>" + teaser(1) + teaser(2)
                                 + '<div class="paging"><span>1</span> '
                                   '<a href="#!/tin-moi/trang/2">2</a> '
                                   '<a href="#!/tin-moi/trang/2">Sau »</a></div>'),
        "list2.html": shell_page("<h1>Tin mới</h1>" + teaser(3)
                                 + '<div class="paging"><a href="#!/tin-moi">1</a> '
                                   '<span>2</span></div>'),
        **{f"s{n}.html": story_page(n, f"{HOST}/#!/tin-tuc/{n}") for n in (1, 2, 3)},
    }
    for name, text in files.items():
        (site / name).write_text(text, encoding="utf-8")
    snap = "/?_escaped_fragment_="
    routes = {"/": "shell.html", snap: "home.html", snap + "/": "home.html",
              snap + "/tin-moi": "list1.html", snap + "/tin-moi/trang/2": "list2.html",
              **{f"{snap}/tin-tuc/{n}": f"s{n}.html" for n in (1, 2, 3)}}
    (site / "manifest.json").write_text(json.dumps([
        {"path": path, "file": file, "content_type": "text/html; charset=utf-8", "status": 200}
        for path, file in routes.items()]), encoding="utf-8")
    return site


def test_a_hashbang_site_is_crawled_through_its_snapshots(tmp_path: Path) -> None:
    result, requests = crawl_served(hashbang_site(tmp_path), tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-2000:]
    # the shell's meta names its snapshot; the pager's "#!" links are links, not script buttons
    assert {"/?_escaped_fragment_=", "/?_escaped_fragment_=/tin-moi/trang/2"} <= set(requests)
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {r["url"] for r in db["articles"].rows} == {
        f"{HOST}/?_escaped_fragment_=/tin-tuc/{n}" for n in (1, 2, 3)}
    run = next(db["crawl_runs"].rows)
    assert "script_pager" not in json.loads(run["dropped"] or "{}"), run["dropped"]


def test_a_route_its_server_keeps_no_snapshot_of_is_counted_and_warned(tmp_path: Path) -> None:
    site = hashbang_site(tmp_path)
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    (site / "manifest.json").write_text(json.dumps(
        [m for m in manifest if m["path"] != "/?_escaped_fragment_=/tin-tuc/3"]), encoding="utf-8")
    result, _ = crawl_served(site, tmp_path / "a.db", "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-2000:]
    run = next(sqlite_utils.Database(tmp_path / "a.db")["crawl_runs"].rows)
    assert json.loads(run["dropped"]) == {"script_rendered": 1}
    assert "no snapshot of this #! route" in result.stderr
    assert "crawl incomplete, requests dropped 1 by script_rendered" in result.stderr
