"""The rules written after the hold-out of a modern newsroom CMS (E-magazine longform stories, a
live blog, topic pages: tests/portals/thuykhe) and of Drupal 7 (tests/portals/doaivan), each on a
small page of its own: none names those portals' hosts, paths, ids or class names.

- the page's ``<html>``/``<body>`` classes say its layout ("one-sidebar sidebar-second"), never
  a region of it;
- a URL under ``/taxonomy/`` tells no tag page (one scheme for every vocabulary);
- a footer or a sidebar block is no story's text when the page has linkless prose of its own
  half its weight or more (a one-sentence notice beside a footer of address lines);
- a files box labelled "Tệp đính kèm:" (no class naming it) holds the story's attachments;
- a card's short link to a page the site menu names is its section label, not a second page
  it previews;
- an index whose every item counts its entries ("3 bài viết") lists topics, not stories;
- a live blog's timestamped entries, each too short to pass for a section, are its text, with
  the sapo above their list and the byline under it;
- a longform story's closing credits name its writer and date it, and are not its text.
"""
from __future__ import annotations

from pipelines.analyse import analyse_page
from pipelines.extract import extract_article

HOST = "https://xa.example.gov.vn"
FOOTER = ("<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ</strong></p><p>Cơ quan chủ quản: UBND xã</p>"
          "<p>Địa chỉ: Số 5 đường Lê Lợi, thôn Đông, xã Nam Sơn, tỉnh Bắc Hà, Việt Nam</p>"
          "<p>Điện thoại: 0200 3812 345 - Email: ubnd@xa.example.gov.vn, fax 0200 3812 346</p>")
MENU = ('<ul class="main-menu"><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        '<li><a href="/van-hoa-xa-hoi">Văn hóa - Xã hội</a></li></ul>')


def page(main: str, *, body_class: str = "", title: str = "Cổng thông tin xã",
         head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
{head}</head><body class="{body_class}">
<div id="header"><a href="/" rel="home">Trang chủ</a>{MENU}</div>
<div id="main"><div id="content">{main}</div>
<div id="sidebar"><h2>Liên kết</h2>
<ul><li><a href="https://chinhphu.vn">Chính phủ</a></li></ul></div></div>
<div id="footer"><div class="region region-footer"><div class="block">
<div class="content">{FOOTER}</div></div></div></div>
</body></html>"""


STORY = ("<h1>Xã Nam Sơn hỗ trợ 126 hộ nghèo sửa chữa nhà ở</h1>"
         "<div class='submitted'>Ngày 04/06/2025 - 08:15</div>"
         "<div class='node-body'>"
         "<p>Thực hiện Quyết định số 123/QĐ-UBND ngày 5/3/2025, xã Nam Sơn đã hỗ trợ 126 hộ nghèo, "
         "cận nghèo xây mới và sửa chữa nhà ở với tổng kinh phí 5,04 tỷ đồng.</p>"
         "<p>Trong số đó 38 hộ xây mới, mỗi hộ nhận 60 triệu đồng, và 88 hộ sửa chữa, mỗi hộ 31,4 "
         "triệu đồng; nguồn kinh phí từ Quỹ Vì người nghèo, ngân sách xã và doanh nghiệp.</p>"
         "<p>Xã đặt mục tiêu đến ngày 30/11/2025 không còn hộ nghèo ở nhà tạm, nhà dột nát.</p>"
         "</div>")


def test_the_pages_layout_classes_name_no_region() -> None:
    """Drupal 7 writes the page's layout into <body>'s classes ("one-sidebar sidebar-second",
    "two-sidebars"): read as a sidebar, the whole page was chrome, every story "the page footer
    or a sidebar"."""
    html = page(STORY, body_class="html not-front one-sidebar sidebar-second page-node")
    analysis = analyse_page(html.encode(), f"{HOST}/tin-tuc/ho-tro-126-ho-ngheo")
    assert analysis.page_class == "article", analysis.page_class_reason


def test_the_pages_layout_classes_make_no_menu_a_widgets_list() -> None:
    """With "sidebar-first" on <body>, every <nav> sat "inside a sidebar": the site menu was
    taken for a widget's list of links, and the about page it names for an undated story."""
    html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Giới thiệu | Cổng thông tin xã</title></head>
<body class="html not-front one-sidebar sidebar-first">
<div id="header"><a href="/" rel="home">Trang chủ</a><nav class="site-links"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức</a></li></ul></nav></div>
<div id="content"><h1>Giới thiệu</h1><p>Xã Nam Sơn nằm ở phía tây huyện, diện tích tự nhiên
28,4 km², dân số 12.600 người, chia thành 14 thôn, có truyền thống cách mạng, hiếu học và nghề
trồng lúa nước lâu đời.</p><p>Kinh tế của xã chủ yếu là nông nghiệp, cây ăn quả và tiểu thủ công
nghiệp; năm 2024 giá trị sản xuất tăng 8,6%, thu nhập bình quân đạt 62 triệu đồng một người.</p>
</div><div id="footer"><p>Cơ quan chủ quản: UBND xã Nam Sơn</p></div></body></html>"""
    analysis = analyse_page(html.encode(), f"{HOST}/gioi-thieu")
    assert analysis.page_class == "other", analysis.page_class_reason


def teaser(n: int, section: str = "thoi-su", label: str = "Thời sự") -> str:
    url = f"/{section}/hoi-nghi-so-ket-cong-tac-thang-{n}-post{100 + n}.html"
    return (f'<article class="card"><a href="{url}"><img src="/anh/{n}.jpg" alt=""></a>'
            f'<h3><a href="{url}">Hội nghị sơ kết công tác tháng {n} của xã Nam Sơn</a></h3>'
            f'<div class="info"><a href="/{section}">{label}</a>'
            f' <time>1{n}/07/2025 08:00</time></div>'
            f"<p>Ủy ban nhân dân xã tổ chức hội nghị sơ kết công tác tháng {n}, đánh giá kết quả "
            f"thực hiện các chỉ tiêu kinh tế, xã hội và bàn giải pháp cho tháng tới.</p></article>")


def test_a_drupal_taxonomy_term_page_is_no_tag_page_by_its_url() -> None:
    """/taxonomy/term/<tid> serves every vocabulary's terms, the sections' as well as the free
    tags': a section's page there is a listing (it was "a tag page", other)."""
    cards = "".join(teaser(n, "kinh-te", "Kinh tế") for n in (1, 2, 3))
    html = page('<h1 class="title">Kinh tế</h1>' + cards)
    analysis = analyse_page(html.encode(), f"{HOST}/taxonomy/term/3")
    assert analysis.page_class == "listing", analysis.page_class_reason
    # a tag's address still says so
    assert analyse_page(html.encode(), f"{HOST}/tag/kinh-te").page_class == "other"


NOTICE = ('<h1>Thông báo lịch tiếp công dân định kỳ tháng 5/2025</h1>'
          '<div class="submitted">Ngày 28/04/2025 - 15:20</div>'
          '<div class="field-body"><div class="field-item"><p>Chủ tịch UBND xã tiếp công dân '
          'định kỳ vào ngày 15/5/2025 tại Trụ sở tiếp công dân xã. Công dân đến đăng ký trước ngày '
          '12/5/2025 và mang theo giấy tờ tùy thân.</p></div></div>')
FILE_FIELD = ('<div class="field-file"><div class="field-label">Tệp đính kèm:&nbsp;</div>'
              '<div class="field-items"><div class="field-item"><span class="file">'
              '<a href="/sites/default/files/lich-tiep-cong-dan.pdf"'
              ' type="application/pdf; length=96256">'
              'lich-tiep-cong-dan.pdf</a></span></div></div></div>')


def test_a_short_notice_outweighs_the_footers_address_lines() -> None:
    """A notice of one sentence and a file weighs less than a footer of four address lines in a
    block named "content": the footer was taken for its text, and the notice was "the page
    footer or a sidebar"."""
    html = page(NOTICE + FILE_FIELD)
    url = f"{HOST}/tin-tuc/thong-bao-lich-tiep-cong-dan-thang-5-2025"
    article = extract_article(html.encode(), url)
    assert article.body_text.startswith("Chủ tịch UBND xã tiếp công dân định kỳ"), article.body_text
    assert "Cơ quan chủ quản" not in article.body_text
    assert analyse_page(html.encode(), url).page_class == "article"


def test_a_files_box_named_by_its_label_holds_the_attachments() -> None:
    """A file field beside the body, labelled "Tệp đính kèm:" and named by no class the rules
    know: its file is the story's attachment (none was read)."""
    html = page(NOTICE + FILE_FIELD)
    article = extract_article(html.encode(), f"{HOST}/tin-tuc/thong-bao-lich-tiep-cong-dan")
    assert [a.url for a in article.attachments] == [
        f"{HOST}/sites/default/files/lich-tiep-cong-dan.pdf"]


def test_a_cards_section_label_is_no_second_page_it_previews() -> None:
    """Every card of a list links its story (photo, headline) and its section by a short label
    ("Thời sự", a page the menu names): no element around a card linked one page only, so the
    list had no teaser and its leads read as a story."""
    cards = (teaser(1) + teaser(2, "kinh-te", "Kinh tế")
             + teaser(3, "van-hoa-xa-hoi", "Văn hóa - Xã hội"))
    html = page('<div class="crumb"><a href="/">Trang chủ</a> › <h1>Tin mới</h1></div>' + cards)
    analysis = analyse_page(html.encode(), f"{HOST}/tin-moi")
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert len(analysis.signals.teasers) == 3


def test_an_index_whose_items_count_their_entries_lists_topics() -> None:
    """A "Dòng sự kiện" index: each item a topic's page, its lead and how many stories it holds.
    It teases topics, which are lists: no listing of stories."""
    items = "".join(
        f'<div class="topic"><h2><a href="/dong-su-kien/chu-de-{n}-event{n}.html">Chủ đề sự kiện '
        f'số {n} của xã Nam Sơn</a></h2><p>Các tin, bài về chủ đề số {n}: hoạt động của chính '
        f'quyền và nhân dân xã trong năm 2025.</p><span>{n + 2} bài viết</span></div>'
        for n in (1, 2))
    html = page('<h1 class="page-title">Dòng sự kiện</h1>' + items)
    analysis = analyse_page(html.encode(), f"{HOST}/dong-su-kien")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert "index of topics" in analysis.page_class_reason
    # the same items without their counts are a list's teasers
    plain = html.replace("3 bài viết", "").replace("4 bài viết", "")
    assert analyse_page(plain.encode(), f"{HOST}/dong-su-kien").page_class == "listing"


ENTRIES = [
    ("11:20", ("Đại hội bế mạc phiên thứ nhất. Buổi chiều, đại hội thảo luận các chỉ tiêu phát "
               "triển kinh tế - xã hội và bầu Ban Chấp hành Đảng bộ xã khóa I.")),
    ("10:05", ("Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo, đề nghị Đảng bộ xã tập trung cải cách "
               "hành chính, phấn đấu 100% thủ tục được giải quyết trực tuyến trước năm 2027.")),
    ("08:40", ("Đồng chí Phó Bí thư trình bày báo cáo chính trị: giai đoạn 2020 - 2025 tăng trưởng "
               "bình quân đạt 9,2%/năm, thu nhập bình quân đầu người đạt 86 triệu đồng, tỷ lệ hộ "
               "nghèo giảm còn 0,7%.")),
    ("07:45", ("Đại hội làm lễ chào cờ, các đại biểu dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và "
               "các anh hùng liệt sĩ tại Nhà bia tưởng niệm xã.")),
]
SAPO = ("Ngày 24/9/2025, Đại hội Đảng bộ xã Nam Sơn lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc "
        "với 180 đại biểu đại diện cho 1.426 đảng viên.")


def test_a_live_blogs_entries_are_its_text() -> None:
    """A live blog: one headline and sapo, then entries newest first, each an <article> with its
    time and a sentence: the largest entry alone was taken for the text (body F1 0.4)."""
    entries = "".join(f'<article class="entry" id="e{i}"><div class="entry-time">'
                      f'<time>{t}</time></div><div class="entry-text"><p>{text}</p></div></article>'
                      for i, (t, text) in enumerate(ENTRIES))
    main = (f'<div class="story"><h1>Tường thuật trực tiếp: Đại hội Đảng bộ xã Nam Sơn lần '
            f'thứ I</h1>'
            f'<div class="meta"><time>24/09/2025 07:30</time></div><h2 class="sapo">{SAPO}</h2>'
            f'<div class="story-content"><div class="live"><div class="status">Đang diễn ra · '
            f'Cập nhật lúc 11:20</div>{entries}</div></div>'
            f'<div class="author"><strong>Nhóm phóng viên</strong></div></div>')
    article = extract_article(page(main).encode(), f"{HOST}/thoi-su/truc-tiep-post2518.html")
    paragraphs = article.body_text.split("\n\n")
    assert paragraphs[0] == SAPO
    assert [t for t, _ in ENTRIES] == [p for p in paragraphs if len(p) == 5]
    assert all(text in paragraphs for _, text in ENTRIES)
    assert paragraphs[-1] == "Nhóm phóng viên" and article.author == "Nhóm phóng viên"
    assert "Đang diễn ra" not in article.body_text  # the list's status line is no text
    assert article.published == "2025-09-24T07:30"


def test_a_longform_storys_credits_name_its_writer_and_date_it() -> None:
    """An E-magazine story: a cover with the headline, sections of text, and a credits block at
    the end ("Nội dung:", "Ảnh:", "Thiết kế:", "Xuất bản: dd/mm/yyyy hh:mm"); a card of another
    story under it carries a date too. The credits were read as text, no author, and the card's
    date taken for the story's."""
    sections = "".join(
        f'<section class="part"><h2>Phần {n}</h2><p>Khu phố Đông hiện có 93 hộ với khoảng 260 lao '
        f'động làm nón, mỗi năm làm ra chừng 110.000 chiếc, thu nhập 4,5 triệu đồng (phần {n}).</p>'
        f'<p>Phường đầu tư 850 triệu đồng làm điểm trưng bày, đón hơn 3.000 lượt khách '
        f'(phần {n}).</p>'
        f'</section>' for n in (1, 2, 3))
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Làng nón giữ nghề</title></head>
<body><div class="topbar"><a href="/">Trang chủ</a></div>
<article class="longform">
<section class="cover"><h1>Làng nón Đông Khê giữ nghề giữa phố</h1></section>
{sections}
<section class="credits"><p>Nội dung: Đinh Thị Thu</p><p>Ảnh: Phạm Quốc Bảo</p>
<p>Thiết kế: Hoàng Anh</p>
<p>Xuất bản: 29/08/2025 06:00</p></section></article>
<div class="more"><div class="box-title">Bài khác</div><article class="card">
<a href="/longform/bai-khac-post2.html">Một câu chuyện khác của phường Đông Khê</a>
<time class="card-time">12/09/2025 06:00</time></article></div></body></html>"""
    article = extract_article(html.encode(), f"{HOST}/longform/lang-non-post1.html")
    assert article.author == "Đinh Thị Thu"
    assert article.published == "2025-08-29T06:00"
    assert "Nội dung:" not in article.body_text and "Xuất bản" not in article.body_text
    assert article.body_text.rstrip().endswith("(phần 3).")
    # one "Ảnh: …" line under a photo is its credit, and stays with the text
    single = html
    for line in ("Nội dung: Đinh Thị Thu", "Thiết kế: Hoàng Anh", "Xuất bản: 29/08/2025 06:00"):
        single = single.replace(f"<p>{line}</p>", "")
    assert extract_article(single.encode(), f"{HOST}/longform/lang-non-post1.html").body_text \
        .endswith("Ảnh: Phạm Quốc Bảo")
