"""Classification rules written after the ninth hold-out (a province's SharePoint portal product
and a multi-level GUID portal), each on a small page of its own; none names those portals' hosts,
paths or class names:

- a side column (left/right column by name) beside a main column is page chrome: its boxes
  ("Văn bản mới": a link, a date and a summary per document) preview nothing the page is about;
- the page the site menu's "Trang chủ" entry links is the site's home page, whatever its path;
- a page with neither a date nor a headline of its own is not made a story by the site's
  listings (a crawl's URL shapes may have read a sidebar's document list as teasers);
- a print view (a print step in its URL, or a page printing itself on load) naming no canonical
  URL names the story whose address it prints as text;
- a notice's file box ("File đính kèm: <file>") is no text of the notice;
- a clock before a weekday and the date ("lúc 10:30, Thứ Năm, 09/10/2025") is the date's time;
- a story found under two URLs by its content belongs at the one the site's own pages name.
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


# -- a print view's printed address, a notice's file box, a clock before the weekday ------------

STORY_URL = HOST + "/Tin-tuc/Kinh-te/tid/Chinh-trang-tuyen-duong/newsid/EF6C3B18/cid/8CDD6EA6"


def print_view(onload: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Chỉnh trang tuyến đường bằng nguồn vốn xã hội hóa</title></head>
<body{onload}><div class="trang-in"><div class="dau-trang">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG</div>
<div>{HOST}</div>
<h1>Chỉnh trang tuyến đường bằng nguồn vốn xã hội hóa</h1><div class="ngay">06/10/2025 09:00</div>
<div class="noi-dung-in"><p>{PROSE}</p><p>{PROSE}</p></div>
<div class="nguon">Địa chỉ bài viết: {STORY_URL}</div></div></body></html>"""


@pytest.mark.parametrize(("path", "onload", "printed"), [
    ("/Print/tid/Chinh-trang-tuyen-duong/newsid/EF6C3B18", "", True),  # a print step in the URL
    ("/xem-bai/EF6C3B18", ' onload="window.print();"', True),  # the page prints itself
    ("/xem-bai/EF6C3B18", "", False),  # neither: a page quoting an address is no print view
])
def test_a_print_view_names_the_story_whose_address_it_prints(path: str, onload: str,
                                                              printed: bool) -> None:
    analysis = analyse_page(print_view(onload).encode(), HOST + path)
    assert analysis.signals is not None
    assert analysis.signals.canonical_elsewhere == (STORY_URL if printed else None)
    assert analysis.page_class == ("duplicate" if printed else "article"), \
        analysis.page_class_reason


def test_a_notices_file_box_is_no_text_of_it() -> None:
    from pipelines.extract import extract_article

    notice = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title>
</head><body><ul class="menu-top"><li><a href="/">Trang chủ</a></li></ul>
<div class="col-main"><div class="chi-tiet"><h1>Thông báo thu nhận hồ sơ cấp thẻ bảo hiểm y tế</h1>
<div class="ngay">Cập nhật lúc 08:00, Thứ Hai, 08/09/2025</div>
<div class="noi-dung"><p>Ủy ban nhân dân phường thông báo thu nhận hồ sơ cấp thẻ bảo hiểm y tế cho
học sinh thuộc hộ cận nghèo đến hết ngày 30/9/2025.</p><p><b>Văn phòng UBND phường</b></p></div>
<div class="file-dinh-kem">File đính kèm:
<a href="/files/TB-214-UBND.pdf">Thông báo số 214/TB-UBND</a></div>
<div class="cong-cu"><a href="/Print/1">In bài</a></div></div></div>
<div class="col-right"><div>Liên kết</div><a href="https://chinhphu.vn">Chính phủ</a></div>
</body></html>"""
    article = extract_article(notice.encode(), HOST + "/Thong-bao/tid/Thong-bao-thu-nhan/newsid/1")
    assert article.is_article
    assert "đính kèm" not in article.body_text and "214/TB-UBND" not in article.body_text
    assert article.body_text.endswith("Văn phòng UBND phường")
    assert [a.url for a in article.attachments] == [HOST + "/files/TB-214-UBND.pdf"]
    assert article.published == "2025-09-08T08:00"  # the clock before the weekday and date


@pytest.mark.parametrize(("text", "iso"), [
    ("Cập nhật lúc 10:30, Thứ Năm, 09/10/2025", "2025-10-09T10:30"),
    ("10:30 | Chủ nhật, 12/10/2025", "2025-10-12T10:30"),
    ("10:30 hôm nay, 09/10/2025", "2025-10-09"),  # other words between: not its time
])
def test_a_clock_before_the_weekday_and_the_date(text: str, iso: str) -> None:
    from pipelines.extract.dates import parse_date

    parsed = parse_date(text)
    assert parsed is not None and parsed.iso() == iso


def test_a_story_moves_to_the_url_the_sites_own_pages_name() -> None:
    """One story under two section paths, neither naming a canonical: the copy recorded by its
    content whose URL the story's print view prints as its address takes the story from the
    URL no page names (``derive.settle_classes``), whichever the crawl fetched first."""
    from pipelines.derive import SAME_STORY, _named_copy, _named_urls

    first = HOST + "/Chuyen-doi-so/Chinh-quyen-so/tid/Chinh-trang/newsid/EF6C3B18/cid/D1E2"
    rows = [
        {"url": HOST + "/Print/tid/Chinh-trang/newsid/EF6C3B18", "page_class": "duplicate",
         "canonical_url": STORY_URL, "page_class_reason": "headline …, and it names …"},
        {"url": STORY_URL, "page_class": "duplicate", "canonical_url": first,
         "page_class_reason": SAME_STORY + first},
        {"url": first, "page_class": "article", "canonical_url": None, "page_class_reason": ""},
    ]
    named = _named_urls(rows)
    assert [r["url"] for r in rows if _named_copy(r, named)] == [STORY_URL]
    # a page that names the first URL too leaves the story where it is
    rows.append({"url": first + "?print=1", "page_class": "duplicate", "canonical_url": first,
                 "page_class_reason": "…"})
    assert not any(_named_copy(r, _named_urls(rows)) for r in rows)
