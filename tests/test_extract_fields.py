"""The field rules written after scoring the hold-out portals' gold fields (tests/portals/README.md,
"Extraction fields of the hold-out gold"), each on a small page of its own that fails without
it. None names those portals' hosts, paths, ids or class names: each is a behaviour of real
portals.

- a "breadcrumb" class on an element holding many links is a page region, not a trail;
- a trail from the home link ("Trang chủ » Kinh tế") is a breadcrumb whatever its class, its
  last step plain text or a link;
- the menu's entry marked current names the section; when it is the page itself, the entry it
  is nested under does;
- a bar in capitals right above the headline names the section, in sentence case;
- labelled credit lines and a rating box closing the text are no body; the author is taken
  from the credit;
- a byline in an element named for the author closes the body and names the author, whether
  the body block holds it or it follows the body block;
- a line right-aligned by its class is a byline, preferred over the theme's desk credit;
- a date shown without a time takes the time the page's metadata gives for that day;
- a separator between links on a legacy-font page is no letter of that font.
"""
from __future__ import annotations

from pipelines.extract import extract_article
from pipelines.extract.fields import sentence_case

HOST = "https://xa.example.gov.vn"
URL = HOST + "/tin-tuc/xa-trao-ho-tro-xay-nha-cho-ho-ngheo-1234.html"
HEADLINE = "Xã trao hỗ trợ xây nhà cho hộ nghèo"
PROSE = ("UBND xã tổ chức trao kinh phí hỗ trợ xây dựng nhà ở cho 12 hộ nghèo trên địa bàn, mỗi "
         "hộ 60 triệu đồng, tổng số tiền 720 triệu đồng từ Quỹ Vì người nghèo của tỉnh.")
SECOND = ("Các hộ được hỗ trợ cam kết khởi công trong tháng 9 và hoàn thành trước Tết Nguyên đán; "
          "Ban công tác Mặt trận các thôn giám sát, huy động ngày công giúp các gia đình.")


MENU = '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'


def page(main: str, *, menu: str = "", head: str = "", body_attrs: str = "",
         side: str = "") -> bytes:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}
<title>{HEADLINE} - Cổng thông tin điện tử xã Khê Thủy</title></head><body{body_attrs}>
<div class="top"><a href="/"><img src="/logo.png" alt="Khê Thủy"></a></div>
<ul class="topmenu">{menu or MENU}</ul>
<div class="wrap"><div class="main">{main}</div><div class="side">{side}</div></div>
<div class="foot"><p>Cơ quan chủ quản: Ủy ban nhân dân xã Khê Thủy.</p></div>
</body></html>""".encode()


STORY = (f'<h1>{HEADLINE}</h1><div class="time">Ngày 05/09/2025 08:30</div>'
         f'<div class="content"><p>{PROSE}</p><p>{SECOND}</p></div>')


def test_a_breadcrumb_class_on_a_page_region_names_no_section() -> None:
    """Drupal names the page's path in <body>'s class ("path-node"): the element holding every
    link of the page is no breadcrumb, and its last link (a sidebar's document) no section."""
    side = "".join(f'<p><a href="/van-ban/{n}.pdf">{n:02d}/TB-UBND</a></p>' for n in range(1, 11))
    html = page('<div class="crumbs-block"><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a>'
                f'</div>{STORY}', body_attrs=' class="path-node page-node-type-article"', side=side)
    assert extract_article(html, URL).category == "Kinh tế"


def test_a_trail_from_the_home_link_is_a_breadcrumb_whatever_its_class() -> None:
    html = page('<div class="navi"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a></div>'
                + STORY)
    assert extract_article(html, URL).category == "Kinh tế"
    # the section as plain text after the home link ("Trang chủ » Lưu trữ")
    html = page('<div class="navi"><a href="/">Trang chủ</a> » Lưu trữ</div>' + STORY)
    assert extract_article(html, URL).category == "Lưu trữ"
    # the story's own headline, cut short, closing the trail is no section
    html = page('<div class="navi"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a> » '
                f'{HEADLINE[:20]}...</div>' + STORY)
    assert extract_article(html, URL).category == "Kinh tế"
    # a section that opens the headline is still the section
    notice = STORY.replace(HEADLINE, "Thông báo lịch tiếp công dân tháng 7")
    html = page('<div class="navi"><a href="/">Trang chủ</a> » <a href="/thong-bao">Thông báo</a>'
                '</div>' + notice)
    assert extract_article(html, URL).category == "Thông báo"


def test_the_menus_current_entry_names_the_section() -> None:
    menu = ('<li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">'
            'Tin tức - Sự kiện</a></li><li><a href="/kinh-te">Kinh tế - Xã hội</a></li>')
    # (a tab widget's active tab is no section)
    side = '<ul class="tabs"><li class="active"><a href="/tin-moi">Tin mới</a></li></ul>'
    assert extract_article(page(STORY, menu=menu, side=side), URL).category == "Tin tức - Sự kiện"
    # a sub-section marked inside the marked section: the sub-section
    nested = menu.replace("Tin tức - Sự kiện</a>", 'Tin tức - Sự kiện</a><ul><li><a href="/tin-'
                          'tuc/hoat-dong">Hoạt động</a></li><li class="active"><a href="/tin-tuc/'
                          'tin-huyen">Tin trong huyện</a></li></ul>')
    assert extract_article(page(STORY, menu=nested), URL).category == "Tin trong huyện"


def test_the_category_in_the_storys_header_comes_before_the_menus_current_entry() -> None:
    """Every story of a TYPO3 tx_news portal opens under the menu's "Tin tức"; its own
    category is printed by its date (``span.news-list-category``). A WordPress post's
    ``<article class="category-…">`` holds the story and names no category."""
    menu = ('<li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">'
            'Tin tức</a></li><li><a href="/thong-bao">Thông báo</a></li>')
    main = (f'<div class="article category-tin-tuc"><h3>{HEADLINE}</h3><div class="footer"><p>'
            '<time datetime="2025-09-05">05/09/2025</time> '
            '<span class="news-list-category">Kinh tế - Đô thị</span></p></div>'
            f'<div class="news-text-wrap"><p>{PROSE}</p><p>{SECOND}</p></div></div>')
    assert extract_article(page(main, menu=menu), URL).category == "Kinh tế - Đô thị"
    # a WordPress theme's "Chuyên mục: <a>…</a>" line: the link's text
    linked = main.replace('<span class="news-list-category">Kinh tế - Đô thị</span>',
                          '<span class="cat-links">Chuyên mục: <a href="/kinh-te">Kinh tế</a>'
                          '</span>')
    assert extract_article(page(linked, menu=menu), URL).category == "Kinh tế"


def test_a_lead_image_before_the_text_keeps_its_caption_and_the_lead_above_it() -> None:
    """Plone's news item: the headline and the description in the article's header, then a
    content block holding the lead image's ``<figure>`` (a caption) and the text's own block.
    The caption and the description are the story's text, in page order."""
    lead = "Xã tổ chức trao kinh phí hỗ trợ xóa nhà tạm cho 14 hộ nghèo trên địa bàn."
    caption = "Lãnh đạo xã trao kinh phí cho các hộ."
    main = (f'<article><header><h1>{HEADLINE}</h1><div class="documentByLine">xuất bản '
            f'05/09/2025 08:30</div><p class="documentDescription">{lead}</p></header>'
            '<div class="content-core"><figure><a href="/anh.jpg"><img src="/anh-nho.jpg" '
            f'alt=""></a><figcaption>{caption}</figcaption></figure>'
            f'<div class="fieldname-text"><p>{PROSE}</p><p>{SECOND}</p></div></div></article>')
    article = extract_article(page(main), URL)
    assert article.body_text.split("\n\n") == [lead, caption, PROSE, SECOND]


def test_a_lead_image_block_named_for_its_image_keeps_its_caption() -> None:
    """TYPO3 tx_news: the lead, then ``div.news-img-wrap`` (the image, ``p`` caption), then
    the text's own block, all siblings: the caption is the story's text between them."""
    lead = "Lực lượng liên ngành nhắc nhở 86 trường hợp, lập biên bản xử lý 14 trường hợp."
    caption = "Lực lượng ra quân lập lại trật tự vỉa hè trên đường Lê Lợi."
    main = (f'<div class="article"><div class="header"><h3>{HEADLINE}</h3></div>'
            '<div class="footer"><p><time datetime="2025-09-05">05/09/2025</time></p></div>'
            f'<div class="lead"><p>{lead}</p></div>'
            '<div class="news-img-wrap"><div class="outer"><a href="/anh.jpg"><img '
            f'src="/anh-nho.jpg" alt=""></a></div><p class="news-img-caption">{caption}</p></div>'
            f'<div class="news-text-wrap"><p>{PROSE}</p><p>{SECOND}</p></div></div>')
    article = extract_article(page(main), URL)
    assert article.body_text.split("\n\n") == [lead, caption, PROSE, SECOND]


def test_a_lead_image_between_sections_gathered_as_one_body_stays_in_its_place() -> None:
    """A print view (TYPO3's ``type=98``: the story alone, no chrome) makes the lead a section
    of the story beside the text; the image between them is gathered with them, so the print
    view reads as the story does."""
    lead = "Công trình có tổng mức đầu tư 2,35 tỷ đồng, trong đó nhân dân đóng góp 540 triệu đồng."
    caption = "Các đại biểu thực hiện nghi thức khởi công."
    main = (f'<div class="article"><div class="header"><h3>{HEADLINE}</h3></div>'
            '<div class="footer"><p><time datetime="2025-09-05">05/09/2025</time></p></div>'
            f'<div class="lead"><p>{lead}</p></div>'
            '<div class="news-img-wrap"><div class="outer"><a href="/anh.jpg"><img '
            f'src="/anh-nho.jpg" alt=""></a></div><p class="news-img-caption">{caption}</p></div>'
            f'<div class="news-text-wrap"><p>{PROSE}</p><p>{SECOND}</p></div></div>')
    doc = (f'<html><head><title>{HEADLINE}</title></head><body onload="window.print()">'
           f'<div class="print-header">Cổng thông tin điện tử xã Khê Thủy</div>{main}</body>'
           '</html>').encode()
    assert extract_article(doc, URL).body_text.split("\n\n") == [lead, caption, PROSE, SECOND]


def test_a_related_files_box_after_the_text_holds_the_storys_files() -> None:
    """TYPO3 tx_news lists a story's files under the text in ``div.news-related-files``
    ("Tập tin liên quan"), a box of its own, not in the body."""
    main = (f'<div class="article"><h3>{HEADLINE}</h3><p>05/09/2025</p>'
            f'<div class="news-text-wrap"><p>{PROSE}</p><p>{SECOND}</p></div>'
            '<div class="news-related news-related-files"><h4>Tập tin liên quan</h4><ul><li>'
            '<a href="fileadmin/van-ban/TB-86-UBND.pdf">TB-86-UBND.pdf</a> 92 KB</li></ul></div>'
            '</div>')
    article = extract_article(page(main), URL)
    assert [(a.url, a.name) for a in article.attachments] == [
        (HOST + "/tin-tuc/fileadmin/van-ban/TB-86-UBND.pdf", "TB-86-UBND.pdf")]


def test_the_page_marked_in_the_menu_is_filed_under_the_entry_it_is_nested_in() -> None:
    """A site builder's menu lists every page (Google Sites): the page's own entry, marked
    selected, sits under its section's entry."""
    menu = ('<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a><ul>'
            '<li><a href="/tin-tuc/khac" aria-selected="false">Tin khác</a></li>'
            f'<li><a href="{URL}" aria-selected="true">{HEADLINE}</a></li></ul></li>')
    html = page(STORY, menu=f"</ul><nav><ul>{menu}</ul></nav><ul>")
    assert extract_article(html, URL).category == "Tin tức"


def test_a_bar_in_capitals_above_the_headline_names_the_section() -> None:
    """A table-layout portal's story under its section's bar, no breadcrumb, no menu."""
    main = ('<table><tr><td bgcolor="#E6EEF8"><font color="#CC0000"><b>TIN TỨC - SỰ KIỆN</b>'
            '</font></td></tr></table><table><tr><td><font size="4"><b>' + HEADLINE
            + '</b></font></td></tr>'
            '<tr><td><font size="1">Cập nhật: 05/09/2025 08:30</font></td></tr>'
            f'<tr><td><p>{PROSE}</p><p>{SECOND}</p></td></tr></table>')
    assert extract_article(page(main), URL).category == "Tin tức - Sự kiện"
    # the site's name in capitals over the story is no section
    banner = main.replace("TIN TỨC - SỰ KIỆN", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ KHÊ THỦY")
    assert extract_article(page(banner), URL).category is None


def test_a_bar_named_in_the_headline_it_is_over_still_names_the_section() -> None:
    """A notice's headline opens with its section's name ("Thông báo lịch tiếp công dân …"
    under "THÔNG BÁO"): the <title> repeating the headline does not make the bar the site's."""
    notice = "Thông báo lịch tiếp công dân định kỳ tháng 9"
    main = ('<table><tr><td><b>THÔNG BÁO</b></td></tr></table><table><tr><td><font size="4"><b>'
            + notice + '</b></font></td></tr>'
            '<tr><td><font size="1">Cập nhật: 05/09/2025 08:30</font></td></tr>'
            f'<tr><td><p>{PROSE}</p><p>{SECOND}</p></td></tr></table>')
    html = page(main).replace(HEADLINE.encode(), notice.encode())
    assert extract_article(html, URL).category == "Thông báo"


def test_sentence_case_keeps_acronyms() -> None:
    assert sentence_case("KINH TẾ - XÃ HỘI") == "Kinh tế - Xã hội"
    assert sentence_case("HOẠT ĐỘNG CỦA UBND, HĐND") == "Hoạt động của UBND, HĐND"


def test_credit_lines_and_a_rating_box_are_no_body_and_name_the_author() -> None:
    main = (f'<div class="panel"><h1>{HEADLINE}</h1><span>Thứ sáu - 05/09/2025 08:30</span>'
            f'<div class="bodytext"><p>{PROSE}</p></div>'
            '<p class="h5 text-right"><strong>Tác giả bài viết: </strong>Hoàng Nam</p>'
            '<p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng UBND xã</p>'
            '<p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>'
            '<p>Click để đánh giá bài viết</p></div>')
    article = extract_article(page(main), URL)
    assert article.author == "Hoàng Nam"
    assert article.body_text == PROSE


def test_a_byline_element_in_the_body_names_the_author_and_stays_its_closing_line() -> None:
    main = (f'<div class="story"><h1>{HEADLINE}</h1><div class="meta">05/09/2025 08:30</div>'
            f'<div class="text"><p>{PROSE}</p><p>{SECOND}</p>'
            '<div class="tac_gia">Phòng Tài chính - Kế hoạch</div></div></div>')
    article = extract_article(page(main), URL)
    assert article.author == "Phòng Tài chính - Kế hoạch"
    assert article.body_text.endswith(SECOND + "\n\nPhòng Tài chính - Kế hoạch")


def test_a_byline_element_right_after_the_body_block_closes_the_body() -> None:
    main = (f'<article><h1>{HEADLINE}</h1><div class="meta">05/09/2025 08:30</div>'
            f'<div class="news-content"><p>{PROSE}</p><p>{SECOND}</p><p>{PROSE}</p><p>{SECOND}</p>'
            f'<p>{PROSE}</p></div><p class="news-author"><strong>Văn phòng HĐND - UBND phường'
            '</strong></p><div class="news-tags">Thẻ: <a href="/tag/ngan-sach">Ngân sách</a></div>'
            '</article>')
    article = extract_article(page(main), URL)
    assert article.author == "Văn phòng HĐND - UBND phường"
    assert article.body_text.endswith("\n\nVăn phòng HĐND - UBND phường")


def test_a_line_right_aligned_by_its_class_is_the_byline_not_the_desk_credit() -> None:
    """A WordPress post: the theme's entry meta names the account ("bởi Ban biên tập"), the
    block editor right-aligns the writer's name by a class under the text."""
    main = (f'<article class="post"><header><h1 class="entry-title">{HEADLINE}</h1>'
            '<div class="entry-meta"><time datetime="2025-09-05T08:30:00+07:00">05/09/2025</time>'
            '<span class="byline"> bởi <span class="author vcard"><a href="/author/bbt/">'
            'Ban biên tập</a></span></span></div></header>'
            f'<div class="entry-content"><p>{PROSE}</p>'
            f'<p>{SECOND}</p><p class="has-text-align-right"><strong>Thu Trang</strong></p></div>'
            '</article>')
    assert extract_article(page(main), URL).author == "Thu Trang"


def test_a_date_shown_without_its_time_takes_the_time_of_the_metadata() -> None:
    main = (f'<article><h1>{HEADLINE}</h1><div class="post-meta"><span>05/09/2025</span> · '
            f'Trạm Y tế xã</div><div class="post-content"><p>{PROSE}</p><p>{SECOND}</p></div>'
            '</article>')
    head = '<meta property="article:published_time" content="2025-09-05T14:30:00+07:00">'
    assert extract_article(page(main, head=head), URL).published == "2025-09-05T14:30"
    # another day's time, or a date-only system's midnight, adds nothing
    for stamp in ("2025-09-06T14:30:00+07:00", "2025-09-05T00:00:00+07:00"):
        head = f'<meta property="article:published_time" content="{stamp}">'
        assert extract_article(page(main, head=head), URL).published == "2025-09-05"


def test_a_separator_between_links_on_a_legacy_font_page_stays_a_separator() -> None:
    """A windows-1258 page whose old stories are TCVN3 (.VnTime) text: the trail's " » " is the
    page's own byte, not a letter of that font ("»" would be TCVN3's "ằ"), so it still
    separates the trail's steps."""
    tcvn3 = ('<p><span style="font-family: .VnTime">Uû ban nh©n d©n huyÖn tæ chøc héi nghÞ tæng '
             'kÕt c«ng t¸c n¨m 2023, ®¸nh gi¸ kÕt qu¶ thùc hiÖn nhiÖm vô ph¸t triÓn kinh tÕ.'
             '</span></p>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            '<title>Hội nghị tổng kết</title></head><body><div class="navi"><a href="index.php">'
            'Trang chủ</a> » <a href="index.php?cat=1">Tin tức - Sự kiện</a></div>'
            '<h1>Hội nghị tổng kết công tác năm 2023</h1><div class="date">Cập nhật: 02/04/2011 '
            f'07:50</div><div class="content">{tcvn3 * 3}</div></body></html>')
    article = extract_article(html.encode("cp1258", "xmlcharrefreplace"),
                              HOST + "/index.php?mod=news&act=detail&id=298")
    assert article.body_text.startswith("Uỷ ban nhân dân huyện tổ chức hội nghị")
    assert article.category == "Tin tức - Sự kiện"
