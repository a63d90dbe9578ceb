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


# -- Plone-like pages (a CMS of folders, items and portlets) ----------------------------------

PLONE = "https://xa.example.gov.vn"
NEWS_TITLES = ["Xã trao kinh phí hỗ trợ xóa nhà tạm cho 14 hộ nghèo trên địa bàn",
               "Kết quả thu ngân sách sáu tháng đầu năm của xã đạt 61% dự toán",
               "Ra quân chiến dịch vệ sinh môi trường mùa hè tại tám thôn",
               "Hội nghị triển khai chương trình mỗi xã một sản phẩm năm nay"]


def plone(title: str, main: str, head: str = "", footer: str = "") -> bytes:
    """A Plone 6 classic page: global nav, the content in <article id="content">, a news
    portlet in the right column, the footer's site actions."""
    portlet = "".join(f'<li class="portletItem"><a href="{PLONE}/tin-tuc/tin-{k}" '
                      f'class="tile">{t}</a>'
                      f'<span class="portletItemDetails">2{k}/06/2025</span></li>'
                      for k, t in enumerate(NEWS_TITLES))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} — Cổng thông tin điện tử xã Khê Mẫu</title>{head}</head>
<body><header id="content-header"><a id="portal-logo" href="{PLONE}">Xã Khê Mẫu</a>
<nav id="portal-globalnav-wrapper"><ul id="portal-globalnav">
<li><a href="{PLONE}">Trang chủ</a></li><li><a href="{PLONE}/gioi-thieu">Giới thiệu</a></li>
<li><a href="{PLONE}/tin-tuc">Tin tức</a></li><li><a href="{PLONE}/su-kien">Sự kiện</a></li>
</ul></nav>
</header><div id="portal-mainsection"><div class="row">
<main id="portal-column-content" class="col-md-9"><article id="content">{main}</article></main>
<aside id="portal-column-two" class="col-md-3"><div class="portletWrapper">
<section class="portlet portletNews"><header class="portletHeader"><a
href="{PLONE}/tin-tuc">Tin tức</a>
</header><div class="portletContent"><ul>{portlet}</ul></div></section></div></aside></div></div>
<footer id="portal-footer-wrapper"><p>Ủy ban nhân dân xã Khê Mẫu — Điện thoại:
0233.3795.016{footer}</p>
<ul id="portal-siteactions"><li><a href="{PLONE}/sitemap">Sơ đồ trang</a></li>
<li><a href="{PLONE}/accessibility-info">Trợ năng</a></li></ul></footer></body></html>""".encode()


def test_an_item_linked_with_its_view_is_one_page() -> None:
    # A collection's items link the item (headline) and "<item>/view" ("Xem tiếp…"): two URLs
    # of one page; read as two, no element linked one page and the list was no listing.
    items = "".join(f"""
<article class="tileItem"><h2 class="tileHeadline"><a href="{PLONE}/tin-tuc/tin-{k}">{t}</a>
</h2>
<div class="documentByLine"><span class="documentPublished">2{k}/06/2025 09:10</span></div>
<div class="tileBody"><span class="description">{LEAD}</span></div>
<div class="tileFooter"><a href="{PLONE}/tin-tuc/tin-{k}/view">Xem tiếp…</a></div></article>"""
                    for k, t in enumerate(NEWS_TITLES))
    page = plone("Tin tức", f'<header><h1 class="documentFirstHeading">Tin tức</h1></header>'
                           f'<div id="content-core">{items}</div>')
    analysis = analyse_page(page, f"{PLONE}/tin-tuc")
    assert analysis.page_class == "listing", analysis.page_class_reason


def byline(published: str | None, modified: str) -> str:
    stamp = f'<span class="documentPublished"><span>xuất bản</span> {published}</span>, ' \
        if published else ""
    return (f'<div class="documentByLine"><span class="byline">bởi <a href="{PLONE}/author/bbt">'
            f'Ban Biên tập</a> —</span> {stamp}<span class="documentModified"><span>last '
            f'modified</span> {modified}</span></div>')


def test_a_last_modified_date_is_no_publication_date() -> None:
    # An about page whose by-line gives only when it was last edited is undated (a standing
    # page the menu links); a news item keeps its publication date, not its last edit.
    about = plone("Giới thiệu", f"""<header><h1 class="documentFirstHeading">Giới thiệu chung</h1>
{byline(None, "12/01/2025 09:00")}</header>
<div id="content-core"><p>{LEAD}</p><p>{LEAD}</p></div>""")
    analysis = analyse_page(about, f"{PLONE}/gioi-thieu")
    assert analysis.article is not None and analysis.article["published"] is None
    assert analysis.page_class == "other", analysis.page_class_reason
    item = plone(NEWS_TITLES[0], f"""<header><h1 class="documentFirstHeading">{NEWS_TITLES[0]}</h1>
{byline("24/06/2025 09:10", "25/06/2025 16:02")}</header>
<div id="content-core"><p>{LEAD}</p><p>{LEAD}</p></div>""")
    analysis = analyse_page(item, f"{PLONE}/tin-tuc/tin-0")
    assert analysis.article is not None and analysis.article["published"] == "2025-06-24T09:10"
    assert analysis.article["author"] == "Ban Biên tập"  # the by-line's dash is no part of it


def test_an_event_item_is_a_calendar_entry() -> None:
    page = plone("Kỳ họp HĐND xã", """
<header><h1 class="documentFirstHeading">Kỳ họp thứ 10 HĐND xã khóa XXI</h1>
<p class="documentDescription">Kỳ họp thường lệ giữa năm 2025 của HĐND xã.</p></header>
<div id="content-core"><div class="event-details vevent"><ul class="event summary details">
<li><strong>Khi</strong> <span class="dtstart">08/07/2025 08:00</span> đến <span
class="dtend">08/07/2025 17:00</span></li>
<li><strong>Ở đâu</strong> <span class="location">Hội trường Ủy ban nhân dân xã Khê Mẫu</span></li>
<li><strong>Tên liên hệ</strong> Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã</li>
<li><strong>Điện thoại liên hệ</strong> 0233.3795.016</li></ul></div></div>""")
    analysis = analyse_page(page, f"{PLONE}/su-kien/ky-hop-thu-10")
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_short_notice_is_read_below_its_header() -> None:
    # The item's <header> (headline, by-line, a long lead) outweighed its one paragraph, and
    # being a header, the text was "the page's chrome": a short notice was lost.
    notice = plone("Thông báo", f"""
<header><h1 class="documentFirstHeading">Thông báo lịch tiếp công dân tháng 7/2025</h1>
{byline("27/06/2025 08:00", "27/06/2025 08:00")}
<p class="documentDescription lead">Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào thứ
Năm tuần thứ hai và thứ tư của tháng, tại trụ sở xã.</p></header>
<div id="content-core"><div id="parent-fieldname-text"><p>Thực hiện Luật Tiếp công dân, Chủ
tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào các ngày 10/7 và 24/7/2025 tại phòng tiếp
công dân.</p></div></div>""")
    analysis = analyse_page(notice, f"{PLONE}/thong-bao/lich-tiep-cong-dan")
    assert analysis.page_class == "article", analysis.page_class_reason


def test_a_form_to_fill_in_is_no_story() -> None:
    page = plone("Gửi trang này", """<h1 class="documentFirstHeading">Gửi trang này cho ai đó</h1>
<p class="documentDescription">Điền vào địa chỉ email của bạn và của người nhận để gửi liên kết
tới trang Xã trao kinh phí hỗ trợ xóa nhà tạm cho 14 hộ nghèo.</p>
<form action="sendto_form" method="post"><label>Gửi tới</label><input name="send_to_address"
type="text">
<label>Người gửi</label><input name="send_from_address" type="text"><label>Lời nhắn</label>
<textarea name="comment"></textarea><input type="submit" value="Gửi"></form>""")
    analysis = analyse_page(page, f"{PLONE}/tin-tuc/tin-0/sendto_form")
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_page_the_footer_names_under_its_headline_is_a_standing_page() -> None:
    page = plone("Trợ năng", """<h1 class="documentFirstHeading">Trợ năng</h1>
<p>Trang này được xây dựng theo các tiêu chuẩn về trợ năng để mọi người có thể sử dụng, kể cả
người khuyết tật, người cao tuổi.</p>
<h2>Phím tắt</h2><ul><li>Phím 2: Bỏ qua, chuyển đến nội dung</li><li>Phím 4: Tìm kiếm</li>
<li>Phím 9: Liên hệ</li></ul>""")
    analysis = analyse_page(page, f"{PLONE}/accessibility-info")
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_file_items_page_lists_no_file() -> None:
    # The page of a file item: its one file lies under the page's own path.
    page = plone("Kế hoạch", f"""
<header><h1 class="documentFirstHeading">Kế hoạch phòng, chống thiên tai năm 2025</h1>
<div class="documentByLine"><span class="documentModified"><span>last modified</span>
14/03/2025 10:00</span></div>
<p class="documentDescription">Kế hoạch số 45/KH-UBND ngày 14/3/2025.</p></header>
<div id="content-core"><p><a href="{PLONE}/thong-bao/ke-hoach.pdf/@@download/file/ke-hoach.pdf">
<img src="{PLONE}/++resource++mimetype.icons/pdf.png" alt="PDF">
ke-hoach-phong-chong-thien-tai-2025.pdf</a>
<span class="discreet">— Tài liệu PDF, 184 KB</span></p></div>""",
                 footer=" — Địa chỉ: thôn Trung Hòa, xã Khê Mẫu, tỉnh Quảng Khê — Email: "
                        "ubndxa@xa.example.gov.vn — Giấy phép số 12/GP-TTĐT do Sở Thông tin và "
                        "Truyền thông cấp ngày 05/3/2025")
    analysis = analyse_page(page, f"{PLONE}/thong-bao/ke-hoach.pdf/view")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.teased_files == 0


# -- TYPO3-like pages (tx_news, no speaking URLs) ---------------------------------------------

T3 = "https://phuong.example.gov.vn"


def typo3(title: str, main: str, query: str) -> bytes:
    latest = "".join(f'<li><a href="index.php?id=15&amp;tx_news_pi1%5Bnews%5D={k}">{t}</a> '
                     f'<span class="date">2{k}/05/2025</span></li>'
                     for k, t in enumerate(NEWS_TITLES))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base href="{T3}/">
<title>{title}</title></head><body><div id="page"><header id="header"><a
href="index.php?id=1">Logo</a>
<ul class="langmenu"><li class="active"><a href="index.php?{query}">VI</a></li></ul></header>
<nav id="mainnav"><ul><li><a href="index.php?id=1">Trang chủ</a></li><li><a
href="index.php?id=7">Giới thiệu</a></li>
<li><a href="index.php?id=12">Tin tức</a></li></ul></nav>
<div id="content" class="row"><div id="col2" class="main col-md-9">{main}</div>
<div id="col3" class="sidebar col-md-3"><div class="frame"><header><h2>Tin mới</h2></header>
<ul class="news-latest">{latest}</ul></div></div></div></div></body></html>""".encode()


ABOUT_T3 = f"""<div class="frame frame-type-text"><header><h1>Giới thiệu chung</h1></header>
<p>{LEAD}</p><p>Phường có 32 tổ dân phố với khoảng 38.600 người.</p></div>"""


def test_a_sidebars_dates_date_no_page() -> None:
    # The about page shows no date; the right column's "Tin mới" does, inside the wide scope
    # the date finder reads: those are other stories' dates.
    analysis = analyse_page(typo3("Giới thiệu", ABOUT_T3, "id=7&amp;L=0"), f"{T3}/index.php?id=7")
    assert analysis.article is not None and analysis.article["published"] is None
    assert analysis.page_class == "other", analysis.page_class_reason


def test_an_undated_page_titled_as_a_menu_entry_is_that_entrys_page() -> None:
    # The same page under the language menu's URL (&L=0): the menu does not link that URL,
    # but the page's <title> is the entry's label.
    analysis = analyse_page(typo3("Giới thiệu", ABOUT_T3, "id=7&amp;L=0"),
                            f"{T3}/index.php?id=7&L=0")
    assert analysis.page_class == "other", analysis.page_class_reason


def test_a_menu_page_a_list_item_links_stays_the_menus_page() -> None:
    # tx_news' "internal page" items put a page of the site in the news list, dated and with a
    # teaser: listings tease it, but its URL is not the shape of the stories they tease.
    from pipelines.classify import SiteEvidence, classify_page
    analysis = analyse_page(typo3("Giới thiệu", ABOUT_T3, "id=7&amp;L=0"), f"{T3}/index.php?id=7")
    assert analysis.signals is not None
    stories = ("/index.php?id=<n>&tx_news_pi1[news]=<n>",)
    other_shape = SiteEvidence(listed_by=6, story_shapes=stories, shape="/index.php?id=<n>")
    assert classify_page(analysis.signals, other_shape).kind == "other"
    story_shape = SiteEvidence(listed_by=6, story_shapes=stories, shape=stories[0])
    assert classify_page(analysis.signals, story_shape).kind == "article"


def test_sort_on_sorts_a_listing() -> None:
    from crawler.listing_traps import without_facets
    # (Plone's search: each keyword's page and its sort links, four fetches of one list)
    search = f"{PLONE}/@@search?Subject%3Alist=OCOP"
    assert without_facets(search + "&sort_on=Date&sort_order=reverse") == search
    assert without_facets(search + "&sort_on=sortable_title") == search


def test_the_lead_in_the_items_header_opens_its_text() -> None:
    # Plone writes the description (the sapo) in the item's <header>, after the headline and
    # the by-line, and the text in a block beside that header: the lead is the story's too.
    lead = "Mỗi hộ được hỗ trợ 60 triệu đồng để xây mới hoặc 30 triệu đồng để sửa chữa nhà ở."
    item = plone(NEWS_TITLES[0], f"""<header><h1 class="documentFirstHeading">{NEWS_TITLES[0]}</h1>
{byline("24/06/2025 09:10", "25/06/2025 16:02")}
<p class="documentDescription lead">{lead}</p></header>
<div id="content-core"><div id="parent-fieldname-text"><p>{LEAD}</p><p>{LEAD}</p></div></div>""")
    analysis = analyse_page(item, f"{PLONE}/tin-tuc/tin-0")
    assert analysis.article is not None
    assert analysis.article["body_text"].startswith(lead), analysis.article["body_text"][:120]
