"""Rules written after the hold-out portals of three enterprise and CMS platforms of the
2000s-2020s (IBM Lotus Domino, Plone, TYPO3 with tx_news), each on a small page or URL of its
own; none names those portals, their hosts, paths or class names.

- a Domino document under a view, or written with ``!OpenDocument``, is the document at its
  view-less address (the crawl fetches that, extraction keys links by it);
- a banner spelling the portal's name (the site-name part of every page's ``<title>``) is no
  headline;
- a table cell beside the body (a layout's left column) holds no headline above it;
- a block opening with a copyright notice is the page's footer, however unnamed.
"""
from __future__ import annotations

from crawler.document_urls import domino_document
from crawler.sites import link_url
from pipelines.analyse import analyse_page
from pipelines.urls import story_key

DB = "http://huyen.example.gov.vn/web/cong.nsf"
UNID = "0123456789ABCDEF0123456789ABCDEF"
SITE_NAME = "Cổng thông tin điện tử huyện Khê Mẫu"
LEAD = ("Ủy ban nhân dân huyện đã trao kinh phí hỗ trợ cho 42 hộ nghèo sửa chữa nhà ở, mỗi hộ "
        "được hỗ trợ 20 triệu đồng từ ngân sách huyện và Quỹ Vì người nghèo.")


def test_a_domino_document_under_a_view_is_the_document() -> None:
    own = f"{DB}/0/{UNID}?OpenDocument"
    for spelling in (f"{DB}/TinTuc/{UNID}?OpenDocument", f"{DB}/0/{UNID}!OpenDocument",
                     f"{DB}/a1b2c3d4e5f60718a1b2c3d4e5f60718/{UNID.lower()}?opendocument",
                     own):
        assert domino_document(spelling).lower() == own.lower(), spelling
        assert story_key(spelling).lower() == story_key(own).lower()
    assert link_url(f"{DB}/TinTuc/{UNID}!OpenDocument#top") == own
    # its attachments likewise; a view, a form, another command and other sites are left alone
    attachment = f"{DB}/TinTuc/{UNID}/$FILE/QD-12.pdf"
    assert domino_document(attachment) == f"{DB}/0/{UNID}/$FILE/QD-12.pdf"
    for other in (f"{DB}/TinTuc?OpenView&Start=1&Count=10", f"{DB}/Home?ReadForm",
                  f"{DB}/TinTuc/{UNID}?EditDocument", f"http://x.example.vn/tin/{UNID}.html"):
        assert domino_document(other) == other


def layout(title: str, main: str, left: str = "") -> bytes:
    """An old table layout: the portal's name in a big-font banner row, a left column, the main
    cell, an unnamed copyright row."""
    return f"""<html><head><title>{title} - {SITE_NAME}</title></head><body>
<form method="post" action="#" name="_DominoForm"><table width="980">
<tr><td colspan="2"><font size="5" color="#FFFFFF"><b>{SITE_NAME.upper()}</b></font></td></tr>
<tr valign="top"><td width="190"><table>
<tr><td><a href="GioiThieu?ReadForm">Giới thiệu</a></td></tr>
<tr><td><a href="TinTuc?OpenView">Tin tức</a></td></tr></table>{left}</td>
<td width="790">{main}</td></tr>
<tr><td colspan="2" align="center"><font size="1">Bản quyền thuộc Ủy ban nhân dân huyện Khê Mẫu
<br>Địa chỉ: Số 5 đường Trần Phú, thị trấn Khê Mẫu - Điện thoại: 0239.3861.204
- Email: vanphong@huyen.example.gov.vn</font></td></tr>
</table></form></body></html>""".encode()


def heading(text: str) -> str:
    return f'<table><tr><td><b><font size="2">{text}</font></b></td></tr></table>'


def paragraph(text: str) -> str:
    return f'<div align="justify"><font size="2">{text}</font></div>'


def view_page() -> bytes:
    rows = "".join(
        f'<tr><td><font size="1">{day:02d}/11/2014</font></td>'
        f'<td><a href="TinTuc/{UNID[:-2]}{day:02d}?OpenDocument">'
        f"<b>Tin số {day} về hoạt động của huyện trong tháng</b></a><br>"
        f"<font size=\"2\">Tóm tắt tin số {day}: các xã tổ chức ra quân, hội nghị và trao quà."
        "</font></td></tr>"
        for day in range(10, 15))
    return layout("Tin tức - Sự kiện", heading("TIN TỨC - SỰ KIỆN") + f"<table>{rows}</table>")


def about_page(left: str = "") -> bytes:
    return layout("Giới thiệu", heading("GIỚI THIỆU CHUNG") + paragraph(LEAD)
                  + paragraph("Huyện có 17 xã và 1 thị trấn."), left=left)


def test_the_portals_name_in_a_banner_is_no_headline() -> None:
    # The <title> names the banner (its site-name part) and it is the biggest font above the
    # body: read as the headline, an undated about page of two paragraphs was a story.
    analysis = analyse_page(about_page(), f"{DB}/GioiThieu?ReadForm")
    assert analysis.page_class == "other", analysis.page_class_reason
    story = layout("Huyện trao kinh phí sửa nhà cho 42 hộ nghèo", f"""<table>
<tr><td><b><font size="4">Huyện trao kinh phí sửa nhà cho 42 hộ nghèo</font></b></td></tr>
<tr><td><font size="1">Cập nhật: 18/11/2014 09:20</font></td></tr>
<tr><td>{paragraph(LEAD)}{paragraph(LEAD)}</td></tr></table>""")
    analysis = analyse_page(story, f"{DB}/0/{UNID}?OpenDocument")
    assert analysis.page_class == "article" and analysis.article is not None
    assert analysis.article["title"] == "Huyện trao kinh phí sửa nhà cho 42 hộ nghèo"


def test_a_cell_beside_the_body_holds_no_headline() -> None:
    # The left column's box title ("LIÊN KẾT") is beside the main cell, not above it: the
    # undated about page has no headline of its own, a standing page.
    left = ('<br><table><tr><td><b>LIÊN KẾT</b></td></tr><tr><td><a href="http://chinhphu.vn">'
            "Chính phủ</a></td></tr></table>")
    analysis = analyse_page(about_page(left), f"{DB}/GioiThieu?ReadForm")
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_block_opening_with_a_copyright_notice_is_the_footer() -> None:
    # A search form whose only text block is the unnamed copyright row: no story.
    search = layout("Tìm kiếm", heading("TÌM KIẾM")
                    + '<font size="2">Nhập từ khóa:</font> <input name="Query" size="40">')
    analysis = analyse_page(search, f"{DB}/TimKiem?OpenForm")
    assert analysis.page_class != "article", analysis.page_class_reason
    # and a view of dated teasers beside it is a listing, not a story of the footer's text
    analysis = analyse_page(view_page(), f"{DB}/TinTuc?OpenView")
    assert analysis.page_class == "listing", analysis.page_class_reason
