"""Classification rules written after the ninth hold-out (a province's SharePoint portal product
and a multi-level GUID portal), each on a small page of its own; none names those portals' hosts,
paths or class names:

- a side column (left/right column by name) beside a main column is page chrome: its boxes
  ("Văn bản mới": a link, a date and a summary per document) preview nothing the page is about;
- the page the site menu's "Trang chủ" entry links is the site's home page, whatever its path;
- a page with neither a date nor a headline of its own is not made a story by the site's
  listings (a crawl's URL shapes may have read a sidebar's document list as teasers).
"""
from __future__ import annotations

import pytest

from pipelines.analyse import analyse_page
from pipelines.classify import SiteEvidence, classify_page
from pipelines.extract.signals import PageSignals

HOST = "https://xa.example.gov.vn"
PROSE = ("Xã nằm ở phía tây của tỉnh, có diện tích tự nhiên 48,6 km2, dân số 9.840 người, sinh "
         "sống tại 11 thôn; kinh tế chủ yếu là nông nghiệp, với cây ăn quả, chè và chăn nuôi bò.")
DOCUMENTS = "".join(
    f'<li><a href="/van-ban/chi-tiet.aspx?ItemID={n}">{n}/TB-UBND</a>'
    f'<span>Ngày ban hành: 1{n}/09/2025</span><p>Thông báo về việc tổ chức tiếp công dân định kỳ '
    f'tháng {n} năm 2025</p></li>' for n in (3, 4, 5))


def portal_page(main: str, *, main_class: str = "col-main", side_class: str = "col-right",
                menu_home: str = "/") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cổng thông tin điện tử xã</title></head><body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ XÃ</div>
<ul class="menu-top"><li><a href="{menu_home}">Trang chủ</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/tin-tuc.aspx">Tin tức</a></li></ul>
<div class="page-body">
<div class="{main_class}">{main}</div>
<div class="{side_class}"><div class="box-title">Văn bản mới</div><ul>{DOCUMENTS}</ul>
<div class="box-title">Thống kê truy cập</div><p>Hôm nay: 342</p></div>
</div>
<div class="chan-trang">Cơ quan chủ quản: Ủy ban nhân dân xã.</div>
</body></html>"""


ABOUT = f'<h1>Giới thiệu chung về xã</h1><div class="noi-dung"><p>{PROSE}</p><p>{PROSE}</p></div>'


def test_a_side_columns_document_list_is_no_teasers() -> None:
    about = analyse_page(portal_page(ABOUT).encode(), HOST + "/gioi-thieu.aspx")
    assert about.page_class == "other", about.page_class_reason
    assert about.signals is not None and about.signals.teasers == []


def test_a_column_named_left_beside_one_named_right_is_not_taken_for_chrome() -> None:
    """A site naming its main column "col-left" beside a "col-right": neither is a side column
    beside a main one, so the main column's teasers stay teasers."""
    teasers = "".join(
        f'<div class="item"><a href="/tin-tuc/hoi-nghi-so-ket-thang-{n}-512{n}.aspx">Hội nghị sơ '
        f'kết công tác tháng {n} của xã</a><span>(1{n}/09/2025)</span><p>{PROSE}</p></div>'
        for n in (3, 4, 5))
    listing = analyse_page(portal_page(teasers, main_class="col-left").encode(),
                           HOST + "/tin-tuc.aspx")
    assert listing.page_class == "listing", listing.page_class_reason
    assert listing.signals is not None and len(listing.signals.teasers) >= 3


def test_the_page_the_menus_home_entry_links_is_the_home_page() -> None:
    teasers = "".join(
        f'<div class="item"><a href="/pages/2025-09-1{n}/Hoi-Nghi-So-Ket-Thang-{n}-512{n}.aspx">'
        f'Hội nghị sơ kết công tác tháng {n} của xã</a><p>{PROSE}</p></div>' for n in (3, 4, 5))
    url = HOST + "/portal/Pages/default.aspx"
    home = analyse_page(portal_page(teasers, menu_home="/portal/Pages/default.aspx").encode(), url)
    assert home.page_class == "home", home.page_class_reason
    # the same page where the menu's "Trang chủ" names another page is a listing
    other = analyse_page(portal_page(teasers).encode(), url)
    assert other.page_class == "listing", other.page_class_reason


@pytest.mark.parametrize("headline", [True, False])
def test_listings_make_an_undated_page_a_story_only_if_it_has_a_headline(headline: bool) -> None:
    """An undated page the site's listings tease: a story when it has a headline of its own
    (an article template without a date), not when it has neither date nor headline (a
    document's record, which a crawl's URL shapes took for a teaser of a sidebar list)."""
    signals = PageSignals(url=HOST + "/van-ban/chi-tiet.aspx?ItemID=4", title="Văn bản",
                          headline_element=headline, prose_chars=600, dated=False,
                          body_found=True)
    verdict = classify_page(signals, SiteEvidence(listed_by=5))
    assert verdict.is_article is headline, verdict.reason
