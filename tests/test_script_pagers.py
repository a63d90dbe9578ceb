"""Pagers a script drives, and what the fifth hold-out (tests/portals/lienvan, ngockhe) showed
besides: a "Xem thêm" button that fetches the next stories from a URL it carries is followed
like a pager link (its answer an HTML fragment, or JSON holding one); a pager of buttons that
name no URL is a counted drop with a warning, never a quiet "finished"; a site's own ``?ref=``
marker is no other page; a photo whose alt text is a sentence mentioning Zalo is a photo.

Unit checks on small pages, then crawls of the hold-out portals (and altered copies) served on
127.0.0.1, as a new user would crawl them (``--start-url``)."""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from parsel import Selector

from crawler.discovery import json_fragment, script_pager
from crawler.images import article_images
from crawler.sites import link_url
from pipelines.derive import HARMLESS_DROPS
from tests.test_unseen_portals import copy_portal, crawl_served, portal_gold

PAGE = "https://xa.example.gov.vn/tin-tuc"


def controls(markup: str):
    return script_pager(Selector(text=f"<html><body>{markup}</body></html>"), PAGE)


# -- which controls are pagers -----------------------------------------------------------------

def test_a_load_more_button_names_the_endpoint_the_crawl_follows() -> None:
    found = controls('<div id="list"></div><button type="button" class="btn" '
                     'data-url="/tin-tuc/xem-them?page=2" data-target="#list">Xem thêm</button>')
    assert found.urls == ["https://xa.example.gov.vn/tin-tuc/xem-them?page=2"]
    assert not found.unfollowable
    # the endpoint in data-next, beside a bare page number in data-page
    found = controls('<a href="#" data-page="2" data-next="/thong-bao/xem-them?page=2">'
                     "Tải thêm</a>")
    assert found.urls == ["https://xa.example.gov.vn/thong-bao/xem-them?page=2"]


def test_a_pager_of_buttons_with_no_url_cannot_be_followed() -> None:
    numbered = controls('<nav><a href="/tin-tuc">1</a><button type="button">2</button>'
                        '<button type="button">3</button></nav>')
    assert numbered.urls == [] and numbered.unfollowable
    only_a_number = controls('<button type="button" data-page="2">Xem thêm</button>')
    assert only_a_number.urls == [] and only_a_number.unfollowable


def test_a_script_pager_inside_a_page_wide_form_cannot_be_followed() -> None:
    """JSF and Oracle ADF wrap the whole page in one form and queue a pager's event from
    script (``javascript:AdfActionEvent.queue(…)``): inside a block named as a pager, such a
    link is a pager no crawl without a browser can follow, form or not. An ASP.NET
    ``__doPostBack`` pager is the crawl's to post back, and a form's own button is no pager."""
    event = ("javascript:AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId("
             "'T:oc_1region1:vbTmplt:pbl6:cl{}'),true);")
    adf = controls(f'<form id="f1" method="POST" action="/van-ban"><div class="x1a pager">'
                   f'<span>1</span> <a class="xfm" href="{event.format(2)}">2</a> '
                   f'<a class="xfm" href="{event.format(9)}">Sau »</a></div></form>')
    assert adf.urls == [] and adf.unfollowable
    postback = controls('<form method="post" action="/Default.aspx?tabid=57"><div class="pager">'
                        '<a href="javascript:__doPostBack(\'grid\',\'Page$2\')">2</a>'
                        "</div></form>")
    assert postback.urls == [] and not postback.unfollowable
    outside = controls(f'<form id="f1"><div class="x1a"><a href="{event.format(2)}">2</a>'
                       "</div></form>")
    assert not outside.unfollowable


def test_buttons_that_are_no_pager() -> None:
    for markup in (
        # a search form's button, a menu toggle, a slideshow's arrows
        '<form action="/tim-kiem"><input name="q"><button>Tìm</button></form>',
        '<form action="/tim-kiem"><button type="button">2</button></form>',
        '<button class="menu-toggle">Menu</button>',
        '<button class="prev">‹</button><button class="next">›</button>',
        # "Xem thêm" that unfolds text already on the page
        '<button type="button" data-bs-toggle="collapse" data-bs-target="#more">Xem thêm</button>',
        '<a href="#more" aria-expanded="false">Xem thêm</a>',
        # page 1 of a numbered pager is this page
        '<button type="button">1</button>',
    ):
        found = controls(markup)
        assert found.urls == [] and not found.unfollowable, markup


def test_the_markup_a_json_answer_carries() -> None:
    body = json.dumps({"data": {"html": '<div class="item"><a href="/a.html">A</a></div>'},
                       "next_page": None, "count": 1}).encode()
    assert json_fragment(body) == '<div class="item"><a href="/a.html">A</a></div>'
    assert json_fragment(b'{"items": [1, 2], "title": "a < b"}') is None
    assert json_fragment(b"<html></html>") is None


def test_a_sites_own_ref_marker_is_no_other_page() -> None:
    assert link_url(PAGE + "/mot-bai-viet?ref=home") == PAGE + "/mot-bai-viet"
    assert link_url(PAGE + "?page=2&ref_src=menu") == PAGE + "?page=2"
    assert link_url(PAGE + "?referrer=x&page=2") == PAGE + "?referrer=x&page=2"  # not a ref


def test_an_alt_text_that_describes_a_photo_is_no_share_button() -> None:
    html = ('<html><body><div class="content">'
            '<img src="/uploads/to-dan-pho.jpg" alt="Tổ trưởng giới thiệu nhóm Zalo của tổ dân phố '
            'với người dân" width="800">'
            '<img src="/uploads/icon-z.png" alt="Chia sẻ Zalo" width="800">'
            '<img src="/uploads/a.jpg" alt="Logo của phường Ngọc Khê trên cổng chào" width="800">'
            '</div></body></html>')
    urls = [i.url for i in article_images(Selector(text=html).root, PAGE + "/bai")]
    assert urls == ["https://xa.example.gov.vn/uploads/to-dan-pho.jpg"]


# -- crawls of the hold-out portals ---------------------------------------------------------------

def test_stories_only_a_load_more_fragment_links_are_archived(tmp_path: Path) -> None:
    base, gold = portal_gold("lienvan")
    result, requests = crawl_served(Path(__file__).parent / "portals" / "lienvan",
                                    tmp_path / "a.db", "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/tin-tuc/xem-them?page=2" in requests  # the HTML fragment
    assert "/thong-bao/xem-them?page=2" in requests  # the JSON answer
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    fragment = next(db.query("select page_class from pages where url = ?",
                             [base + "/tin-tuc/xem-them?page=2"]))
    assert fragment["page_class"] == "listing"
    dropped = json.loads(db["crawl_runs"].get(1)["dropped"] or "{}")
    assert set(dropped) <= HARMLESS_DROPS  # nothing the crawl could not follow


def test_a_load_more_button_with_no_url_is_a_counted_loss(tmp_path: Path) -> None:
    """The same portal whose news button carries only a page number (its script builds the
    URL): the two stories only the fragment links are lost, and the run says so."""
    site_dir = copy_portal("lienvan", tmp_path)
    listing = site_dir / "pages" / "tin-tuc" / "index.html"
    html = listing.read_text(encoding="utf-8")
    assert 'data-url="/tin-tuc/xem-them?page=2"' in html
    listing.write_text(html.replace('data-url="/tin-tuc/xem-them?page=2"', 'data-page="2"'),
                       encoding="utf-8")
    _, gold = portal_gold("lienvan")
    result, requests = crawl_served(site_dir, tmp_path / "a.db")
    assert "/tin-tuc/xem-them?page=2" not in requests
    db = sqlite_utils.Database(tmp_path / "a.db")
    run = db["crawl_runs"].get(1)
    assert json.loads(run["dropped"])["script_pager"] == 1
    assert "script_pager" not in HARMLESS_DROPS
    assert "script_pager" in result.stdout + result.stderr
    assert "pager of script buttons" in result.stderr
    assert len({row["url"] for row in db["articles"].rows}) == len(gold) - 2


def test_a_next_js_portal_button_pager_is_said_and_its_photos_archived_once(tmp_path: Path) -> None:
    """ngockhe's listings page by buttons with no URL (a counted drop per listing that has
    further pages, said in the run); its sitemap still lists every story. Each story's photo,
    served through /_next/image with srcSet widths, is fetched once, and no ?ref=home copy of a
    story is fetched."""
    _, gold = portal_gold("ngockhe")
    result, requests = crawl_served(Path(__file__).parent / "portals" / "ngockhe",
                                    tmp_path / "a.db", "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    assert json.loads(db["crawl_runs"].get(1)["dropped"]) == {"script_pager": 2}
    assert "pager of script buttons" in result.stderr
    assert not [r for r in requests if "ref=" in r]
    photos = [r for r in requests if r.startswith("/_next/image")]
    assert len(photos) == len(set(photos)) == len(gold)
    linked = db.execute("select count(*) from images where sha256 is not null").fetchone()[0]
    assert linked == len(gold)  # every story's photo tied to its archived copy


def test_a_story_only_a_json_answer_links_is_archived(tmp_path: Path) -> None:
    """lienvan's notices without the head's rel=next: the third notice is linked only from the
    HTML inside the JSON its "Xem thêm" endpoint answers."""
    site_dir = copy_portal("lienvan", tmp_path)
    listing = site_dir / "pages" / "thong-bao" / "index.html"
    html = listing.read_text(encoding="utf-8")
    start = html.index('<link rel="next"')
    listing.write_text(html[:start] + html[html.index(">", start) + 1:], encoding="utf-8")
    _, gold = portal_gold("lienvan")
    result, requests = crawl_served(site_dir, tmp_path / "a.db", "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/thong-bao?page=2" not in requests and "/thong-bao/xem-them?page=2" in requests
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
