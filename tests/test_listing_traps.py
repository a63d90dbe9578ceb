"""Listings that continue only through a page-jump drop-down, and listing URLs a CMS makes
without end (crawler/page_jumps.py, crawler/listing_traps.py, crawler/calendars.py).

Written after two hold-out portals (tests/portals/daokhe, tests/portals/maivan): the first lost
two stories behind page-jump ``<select>``s and said ``finished``; the second walked 1,005 pages
of one section's facets, tag combinations and pages past the end, and would not have ended.
Each rule has a small page or URL of its own here; the portals' crawls close the file.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils
from scrapy.http import HtmlResponse

from crawler.calendars import calendar_step
from crawler.discovery import script_pager
from crawler.listing_traps import (
    combines_filters,
    is_search,
    link_digests,
    past_the_end,
    without_facets,
)
from tests.conftest import run_cli
from tests.test_unseen_portals import PORTALS, crawl_served, portal_gold

SECTION = "https://xa.example.gov.vn/van-hoa-xa-hoi.html"


def _page(body: str, url: str = SECTION) -> HtmlResponse:
    return HtmlResponse(url, body=f"<html><body>{body}</body></html>".encode(), encoding="utf-8")


# -- page-jump drop-downs ----------------------------------------------------------------------


def test_a_page_jump_select_of_page_urls_is_a_pager() -> None:
    page = _page('<div class="phan_trang">Trang <select onchange="location.href=this.value">'
                 '<option value="/van-hoa-xa-hoi.html" selected>1</option>'
                 '<option value="/van-hoa-xa-hoi/trang-2.html">2</option>'
                 '<option value="/van-hoa-xa-hoi/trang-3.html">3</option></select> / 3</div>')
    found = script_pager(page.selector, page.url)
    assert found.urls == ["https://xa.example.gov.vn/van-hoa-xa-hoi/trang-2.html",
                          "https://xa.example.gov.vn/van-hoa-xa-hoi/trang-3.html"]
    assert not found.unfollowable


def test_a_page_jump_select_of_page_numbers_builds_the_url_its_handler_builds() -> None:
    page = _page("""<select name="trang" onchange="window.location.href='/thong-bao/trang-' + """
                 """this.options[this.selectedIndex].value + '.html';"><option value="1">Trang 1"""
                 """</option><option value="2">Trang 2</option></select>""",
                 "https://xa.example.gov.vn/thong-bao.html")
    assert script_pager(page.selector, page.url).urls == [
        "https://xa.example.gov.vn/thong-bao/trang-1.html",
        "https://xa.example.gov.vn/thong-bao/trang-2.html"]


def test_a_page_jump_select_submitting_its_get_form_leads_to_the_forms_url() -> None:
    page = _page('<form action="/index.php" method="get"><input type="hidden" name="mod" '
                 'value="news"><input type="hidden" name="cat" value="3"><input type="text" '
                 'name="tukhoa"><select name="p" onchange="this.form.submit()"><option value="1" '
                 'selected>Trang 1</option><option value="2">Trang 2</option></select></form>',
                 "https://xa.example.gov.vn/index.php?mod=news&cat=3")
    assert script_pager(page.selector, page.url).urls == [
        "https://xa.example.gov.vn/index.php?mod=news&cat=3&p=1",
        "https://xa.example.gov.vn/index.php?mod=news&cat=3&p=2"]
    posted = _page('<form action="/Default.aspx" method="post"><select name="p" '
                   'onchange="this.form.submit()"><option>1</option><option>2</option></select>'
                   '</form>', "https://xa.example.gov.vn/Default.aspx")
    assert script_pager(posted.selector, posted.url).urls == []


def test_a_drop_down_of_other_sites_or_sections_is_no_pager_and_an_unreadable_one_is_said(
        ) -> None:
    links = _page("""<select onchange="if(this.value!='') window.open(this.value,'_blank');">"""
                  '<option value="">-- Chọn liên kết --</option>'
                  '<option value="https://chinhphu.vn">Chính phủ</option></select>'
                  '<select onchange="location.href=this.value">'
                  '<option value="/kinh-te.html">Kinh tế</option></select>')
    assert script_pager(links.selector, links.url) == script_pager(_page("").selector, SECTION)
    unreadable = _page('<select onchange="goPage(this.value)"><option>1</option>'
                       '<option>2</option><option>3</option></select>')
    found = script_pager(unreadable.selector, unreadable.url)
    assert found.urls == [] and found.unfollowable  # counted as script_pager, with its warning


# -- URLs a faceted listing makes --------------------------------------------------------------


@pytest.mark.parametrize(("url", "bare"), [
    ("https://p.example/tin-tuc?sort=oldest", "https://p.example/tin-tuc"),
    ("https://p.example/tin-tuc?tag=a&sort=views&view=grid&per_page=12&page=2",
     "https://p.example/tin-tuc?tag=a&page=2"),
    ("https://p.example/?orderby=date&order=desc&paged=2", "https://p.example/?paged=2"),
    ("https://p.example/list?limit=20&limitstart=40", "https://p.example/list?limitstart=40"),
    # a CMS's controller, an id, a page number: no facet
    ("https://p.example/index.php?option=com_content&view=article&id=5",
     "https://p.example/index.php?option=com_content&view=article&id=5"),
    ("https://p.example/tin-tuc?page=3", "https://p.example/tin-tuc?page=3"),
    ("https://p.example/bao-cao?order=12", "https://p.example/bao-cao?order=12"),
])
def test_a_listings_sort_view_and_page_size_are_dropped_from_its_links(url: str,
                                                                       bare: str) -> None:
    assert without_facets(url) == bare


def test_a_query_naming_one_filter_twice_combines_filters() -> None:
    assert combines_filters("https://p.example/tin-tuc?tag=a&tag=b")
    assert combines_filters("https://p.example/tin-tuc?tag%5B%5D=a&tag%5B%5D=b")
    assert not combines_filters("https://p.example/tin-tuc?tag=a&page=2")
    assert not combines_filters("https://p.example/Default.aspx?tabid=57&ID=12")


def test_a_search_asking_a_query_is_a_search_and_a_list_under_search_is_not() -> None:
    assert is_search("https://p.example/tim-kiem?q=h%E1%BB%99+ngh%C3%A8o")
    assert is_search("https://p.example/?s=n%C3%B4ng+th%C3%B4n")
    assert is_search("https://p.example/index.php?option=com_search&searchword=ngan+sach")
    assert not is_search("https://p.example/tim-kiem")  # the search form, no query
    assert not is_search("https://p.example/search?updated-max=2025-05-12T08:30:00%2B07:00")
    assert not is_search("https://p.example/_next/image?url=%2Fa.jpg&w=1920&q=75")


def test_a_page_linking_just_what_the_page_before_did_is_past_the_listings_end() -> None:
    chrome = ["https://p.example/", "https://p.example/gioi-thieu", "https://p.example/bai-1"]
    pager = link_digests(["https://p.example/tin?page=2", "https://p.example/tin?page=4"])
    last = (link_digests([*chrome, "https://p.example/bai-3"]), pager)
    assert past_the_end([*chrome, "https://p.example/bai-3"], last)  # the last page again
    empty = (link_digests(chrome), pager)
    assert past_the_end(chrome, empty)  # a second empty list in a row
    assert not past_the_end(chrome, last)  # the first empty list: fetched, its next too
    assert not past_the_end([*chrome, "https://p.example/bai-4"], last)  # a real next page
    # a real last page whose one story the page before linked in its sidebar (bai-1)
    assert not past_the_end(chrome, (link_digests([*chrome, "https://p.example/bai-2"]), pager))


def test_removing_one_of_several_values_of_a_key_is_no_calendar_step() -> None:
    """A tag cloud's "×" on ``?tag=a&tag=b&tag=c`` links ``?tag=b&tag=c``: compared as dicts
    (one value a key) the query changed nothing, which read as a step of date keys only."""
    assert not calendar_step("https://p.example/tin?tag=a&tag=b&tag=c",
                             "https://p.example/tin?tag=b&tag=c", "Ngân sách ×")
    assert not calendar_step("https://p.example/tin?a=1&b=2", "https://p.example/tin?b=2&a=1", "")
    assert calendar_step("https://p.example/lich?tuan=40&nam=2025",
                         "https://p.example/lich?tuan=41&nam=2025", "Tuần sau »")


# -- the portals -------------------------------------------------------------------------------


def test_a_section_paged_only_by_page_jump_selects_is_crawled_whole(tmp_path: Path) -> None:
    """daokhe: two sections continue only through a page-jump select (of URLs, of numbers):
    their page 2 and the story each lists are fetched; the run finished, nothing but offsite
    links dropped (was: both stories lost, the run said finished)."""
    _, gold = portal_gold("daokhe")
    result, requests = crawl_served(PORTALS / "daokhe", tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    assert {"/van-hoa-xa-hoi/trang-2.html", "/thong-bao/trang-2.html"} <= set(requests)
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    run = db["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished" and set(json.loads(run["dropped"])) == {"offsite"}


def test_a_faceted_portal_is_crawled_to_its_end_and_says_what_it_left(tmp_path: Path) -> None:
    """maivan: facets, tag combinations, keyword searches and a pager past the end answer 200
    for ever. The crawl ends by itself, fetches each page the site's menus and single filters
    reach plus at most one page past each listing's end, stores each story once, and counts
    what it left under harmless reasons (status --check: complete)."""
    base, gold = portal_gold("maivan")
    result, requests = crawl_served(PORTALS / "maivan", tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    asked = [r for r in requests if r != "/robots.txt"]
    assert len(asked) == len(set(asked))
    assert not [r for r in asked if "sort=" in r or "view=" in r or "per_page=" in r
                or r.count("tag=") > 1 or r.startswith("/tim-kiem")], asked
    # the site's pages: its 30 manifest pages and the 15 section lists filtered by one tag
    # that the sections' tag clouds link; past the end of each of its 24 listings (the news
    # list, 3 sections, 5 tags, 15 section tags) one page more (the last page again), or two
    # (a tag filter's empty list, then the same empty list)
    manifest = {m["path"] for m in json.loads((PORTALS / "maivan" / "manifest.json").read_text(
        encoding="utf-8")) if m.get("page_class")}
    listings = [r for r in asked if r.startswith("/tin-tuc?") or "/chuyen-muc/" in r]
    assert manifest <= set(asked)
    assert len(listings) <= (2 + 3 + 5 + 15) + 4 + 2 * 20 and "/tin-tuc?page=5" not in asked
    run = db["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished"
    dropped = json.loads(run["dropped"])
    assert {"facet", "filter_combination", "search", "pager_end"} <= set(dropped) <= {
        "facet", "filter_combination", "search", "pager_end", "offsite"}
    assert "crawl incomplete" not in result.stderr
    from pipelines.store import HARMLESS_DROPS
    assert set(dropped) <= HARMLESS_DROPS
    check = run_cli("status", "--check", "--db", str(tmp_path / "a.db"))
    assert check.returncode == 0, check.stdout + check.stderr
    classes = {row["url"]: row["page_class"] for row in db["pages"].rows_where(
        "page_class is not null")}
    assert classes[base + "/tin-tuc?page=4"] == "listing"  # the last page again: no story
