"""The classification rules written after the fourth hold-out (WordPress and Joomla portals),
each on a small page of its own: none names a portal, a path or a class name of those portals.

- an item's byline, section and tag links are its metadata: a teaser that links its author's
  page and its category still previews one page;
- a ``<nav>`` of a sidebar widget (recent posts, archives) is no site menu;
- a short dated block of short items is the story's info line: neither a sapo nor a section of
  its text;
- a notice is a dated headline over a sentence and the file its body links;
- a page whose body is one picture and its caption, a step under a story's URL it links, is that
  story's picture page;
- a print-view URL that names no canonical URL is a duplicate of the URL without its view
  parameters.
"""
from __future__ import annotations

import pytest

from pipelines.analyse import analyse_page
from pipelines.extract import extract_article
from pipelines.urls import print_view_of

HOST = "https://xa.example.gov.vn"
PROSE = ("Ủy ban nhân dân xã tổ chức hội nghị sơ kết công tác sáu tháng, đánh giá kết quả thực "
         "hiện các chỉ tiêu kinh tế, xã hội và bàn giải pháp cho những tháng cuối năm.")


def page(main: str, *, title: str = "Cổng thông tin xã", head: str = "",
         sidebar: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body>
<div class="top"><a href="/">Trang chủ</a></div>
<ul class="menu"><li><a href="/tin-tuc/">Tin tức</a></li>
<li><a href="/gioi-thieu/">Giới thiệu</a></li></ul>
<div class="main">{main}</div>
<div class="sidebar">{sidebar}<h3>Liên kết</h3>
<ul><li><a href="https://chinhphu.vn">Chính phủ</a></li></ul></div>
<div class="chan-trang"><p>Cơ quan chủ quản: Ủy ban nhân dân xã. Điện thoại: 0200 3000.</p></div>
</body></html>"""


def story(title: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<div class="bai"><h1 class="tieu-de">{title}</h1>'
            f'<div class="ngay">Ngày 12/07/2025</div>'
            f'<div class="noi-dung">{body}{extra}</div></div>')


# -- an item's metadata links ----------------------------------------------------------------

def entry(n: int, author: str, section: str) -> str:
    url = f"/tin-tuc/hoi-nghi-so-ket-cong-tac-thang-{n}-xa/"
    return f"""<div class="muc">
  <h2><a href="{url}">Hội nghị sơ kết công tác tháng {n} của xã</a></h2>
  <div class="byline">Đăng ngày 1{n}/07/2025 bởi <a href="/tac-gia/{author}/">{author}</a></div>
  <p>{PROSE}</p>
  <div>Chuyên mục: <a href="/chuyen-muc/{section}/" rel="category tag">{section}</a></div>
</div>"""


def test_teasers_that_link_their_author_and_section_are_still_teasers() -> None:
    html = page("".join(entry(n, "bien-tap", "tin-tuc") for n in range(1, 4)))
    analysis = analyse_page(html, HOST + "/chuyen-muc/tin-tuc/")
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.teasers == [f"{HOST}/tin-tuc/hoi-nghi-so-ket-cong-tac-thang-{n}-xa/"
                                for n in range(1, 4)]
    # a list of two whose entries differ in author and section: still two teasers
    mixed = entry(1, "bien-tap", "tin-tuc") + entry(2, "van-phong", "thong-bao")
    two = analyse_page(page(mixed), HOST + "/2025/07/")
    assert two.page_class == "listing" and len(two.teasers) == 2, two.page_class_reason


# -- a sidebar widget's <nav> ------------------------------------------------------------------

TITLE = "Xã tổ chức hội nghị sơ kết công tác sáu tháng đầu năm"
STORY_URL = HOST + "/2025/07/xa-to-chuc-hoi-nghi-so-ket-sau-thang/"


def recent_posts(wrapper: str) -> str:
    return (f'<{wrapper}><nav aria-label="Bài viết mới"><ul><li><a href="{STORY_URL}">{TITLE}</a>'
            f'</li><li><a href="/2025/06/bai-khac-cua-xa-ta/">Một bài khác của xã</a></li>'
            f'</ul></nav></{wrapper}>')


def test_a_sidebar_widget_nav_is_not_the_site_menu() -> None:
    main = story(TITLE, [PROSE, PROSE.replace("sáu tháng", "quý III")])
    widget = analyse_page(page(main, sidebar=recent_posts('aside class="widget-area"')),
                          STORY_URL)
    assert widget.page_class == "article", widget.page_class_reason
    # the same list as a <nav> of the page itself is a menu: the page is a section of it
    menu = analyse_page(page(recent_posts("div") + main), STORY_URL)
    assert not menu.is_article and "menu or breadcrumb" in menu.page_class_reason


# -- the info line -----------------------------------------------------------------------------

def test_an_info_line_is_neither_a_sapo_nor_a_section_of_the_text() -> None:
    info = ('<dl class="thong-tin"><dt>Chi tiết</dt><dd>Viết bởi Hoàng Lan</dd>'
            '<dd>Chuyên mục: <a href="/tin-xa-thi-tran/">Tin xã, thị trấn</a></dd>'
            '<dd>Ngày đăng: 12/07/2025 09:45</dd><dd>Lượt xem: 268</dd></dl>')
    sapo = ("<p>Sáng 11/7, xã khánh thành cây cầu treo dài 86 m, rộng 1,5 m bắc qua suối, giúp "
            "người dân hai bản đi lại an toàn.</p>")
    # the short story's block, with the info line and the headline beside it: the info line
    # (a section name with a comma in it) is neither taken for its sapo nor for more of its text
    html = page(f'<div class="bai"><h1>Khánh thành cầu treo qua suối</h1>{info}'
                f'<div class="noi-dung">{sapo}<p>Hoàng Lan</p></div></div>')
    article = extract_article(html, HOST + "/tin-xa-thi-tran/236-khanh-thanh-cau-treo.html")
    assert article.is_article
    assert "Viết bởi" not in article.body_text and "Lượt xem" not in article.body_text
    assert article.body_text.startswith("Sáng 11/7, xã khánh thành")
    assert article.published == "2025-07-12T09:45"
    # a sapo of the same length beside the block is still taken into the body
    lead = extract_article(page(f'<div class="bai"><h1>Khánh thành cầu treo qua suối</h1>{sapo}'
                                f'<div class="noi-dung"><p>{PROSE}</p></div></div>'),
                           HOST + "/tin-xa-thi-tran/236-khanh-thanh-cau-treo.html")
    assert lead.body_text.startswith("Sáng 11/7, xã khánh thành") and PROSE in lead.body_text



def test_the_author_of_a_created_by_line() -> None:
    """Joomla's article info names the author's line ``createdby``: "Viết bởi <name>"."""
    info = ('<dl class="thong-tin"><dd class="createdby">Viết bởi Văn phòng UBND xã</dd>'
            '<dd>Ngày đăng: 18/07/2025 10:00</dd></dl>')
    html = page(f'<div class="bai"><h1>Kế hoạch cải cách hành chính năm 2025</h1>{info}'
                f'<div class="noi-dung"><p>{PROSE}</p><p>{PROSE}</p></div></div>')
    article = extract_article(html, HOST + "/thong-bao/241-ke-hoach.html")
    assert article.author == "Văn phòng UBND xã"

# -- a notice: a sentence and its file ---------------------------------------------------------

NOTICE_URL = HOST + "/2025/07/ke-hoach-chuyen-doi-so-nam-2025/"


@pytest.mark.parametrize("with_file", [True, False])
def test_a_notice_of_a_sentence_and_its_file_is_an_article(with_file: bool) -> None:
    file = ('<div class="tep"><a href="/uploads/2025/07/ke-hoach-45.pdf">Kế hoạch số 45/KH-UBND'
            '</a> <a href="/uploads/2025/07/ke-hoach-45.pdf" download>Tải xuống</a></div>')
    sentence = ("Ủy ban nhân dân xã ban hành Kế hoạch chuyển đổi số năm 2025, toàn văn "
                "đăng kèm dưới đây.")
    html = page(story("Kế hoạch chuyển đổi số năm 2025", [sentence], file if with_file else ""))
    analysis = analyse_page(html, NOTICE_URL)
    assert analysis.is_article == with_file, analysis.page_class_reason
    if with_file:
        assert "a notice of the 1 file(s)" in analysis.page_class_reason
    else:
        assert "too little for a story" in analysis.page_class_reason


# -- a story's picture page --------------------------------------------------------------------

PARENT = "/2025/07/hop-tac-xa-thu-hoach-dua-luoi/"


def picture_page(back_link: bool) -> str:
    back = (f'<p>Trong bài <a href="{PARENT}">Hợp tác xã thu hoạch dưa lưới</a></p>'
            if back_link else "")
    photo = "/uploads/2025/07/dua-luoi.jpg"
    return page(f"""<div class="bai"><h1>Thu hoạch dưa lưới trong nhà màng</h1>
<div class="ngay">Đăng ngày 03/07/2025</div>{back}
<div class="noi-dung"><figure><a href="{photo}"><img src="{photo}" alt=""></a>
<figcaption>Xã viên hợp tác xã thu hoạch dưa lưới vụ hè tại khu nhà màng.</figcaption></figure>
<p>Ảnh chụp sáng 2/7/2025 tại khu nhà màng, nơi hợp tác xã trồng 1.800 gốc dưa lưới theo
quy trình an toàn.</p></div></div>""")


def test_a_picture_page_under_the_story_it_links_is_other() -> None:
    analysis = analyse_page(picture_page(True), HOST + PARENT + "thu-hoach-dua-luoi-nha-mang/")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert "picture page" in analysis.page_class_reason and PARENT in analysis.page_class_reason
    # the same page not under a story it links (a photo story of its own) stays an article
    assert analyse_page(picture_page(False), HOST + PARENT + "anh-1/").is_article
    elsewhere = HOST + "/tin-anh/thu-hoach-dua-luoi-nha-mang/"
    assert analyse_page(picture_page(True), elsewhere).is_article


# -- print views without a canonical link ------------------------------------------------------

@pytest.mark.parametrize(("url", "story_url"), [
    ("https://h/tin/9-tin-huyen/231-tong-ket.html?tmpl=component&print=1&layout=default",
     "https://h/tin/9-tin-huyen/231-tong-ket.html"),
    ("https://h/tin-tuc/bai-viet-425101?print=1", "https://h/tin-tuc/bai-viet-425101"),
    ("https://h/index.php?option=com_content&view=article&id=5&print=1&tmpl=component",
     "https://h/index.php?option=com_content&view=article&id=5"),
    ("https://h/News/Detail?id=7&view=print", "https://h/News/Detail?id=7"),
    ("https://h/tin-tuc?page=2", None),
    ("https://h/tin-tuc/bai-viet?layout=default", None),
])
def test_print_view_urls(url: str, story_url: str | None) -> None:
    assert print_view_of(url) == story_url


def test_a_print_view_without_a_canonical_link_is_a_duplicate_of_its_story() -> None:
    story_url = HOST + "/tin-tuc/xa-to-chuc-hoi-nghi-so-ket-sau-thang.html"
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f'<h2>{TITLE}</h2><div>Ngày đăng: 12/07/2025</div><div><p>{PROSE}</p><p>{PROSE}</p>'
            f'</div><a href="#" onclick="window.print()">In</a></body></html>')
    analysis = analyse_page(html, story_url + "?tmpl=component&print=1")
    assert analysis.page_class == "duplicate", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.canonical_elsewhere == story_url
    assert analyse_page(html, story_url).page_class == "article"


# -- one story under two URLs, no canonical link: kept where the listings link it ----------------

def test_a_story_found_first_under_an_unlisted_url_moves_to_the_url_the_listings_link(
        tmp_path) -> None:
    """A module's hand-written link (another menu's id, a parameter the portal ignores) reaches
    a story before its listing does; the archive keeps it where the site's listings link it,
    whatever order the crawl fetched the two URLs in."""
    from pipelines.derive import archived_page, derive_page, settle_classes
    from pipelines.store import Archive

    listed = HOST + "/tin-tuc/12-xa-to-chuc-hoi-nghi-so-ket.html"
    other = HOST + "/index.php?option=com_content&view=article&id=12&Itemid=101"
    html = page(story(TITLE, [PROSE, PROSE.replace("sáu tháng", "quý III")])).encode()
    stories = [listed, *(HOST + f"/tin-tuc/{n}-bai-viet-khac-cua-xa.html" for n in (13, 14))]
    listing = page("".join(f'<div class="muc"><h2><a href="{u}">{TITLE} {n}</a></h2>'
                           f"<p>Ngày 1{n}/07/2025. {PROSE}</p></div>"
                           for n, u in enumerate(stories))).encode()
    archive = Archive(tmp_path / "archive.db")
    archive.upsert_site({"id": "xa", "name": "Xã", "family": "generic"})
    run = archive.start_run("xa", "full")

    def fetch(url: str, body: bytes) -> None:
        page_id = archive.store_page(run, {
            "url": url, "site": "xa", "page_type": "unknown", "status": 200,
            "headers": {"Content-Type": ["text/html; charset=utf-8"]}, "body": body,
            "fetched_at": "2025-08-01T00:00:00Z"})
        derive_page(archive, archived_page(archive.page_to_derive(page_id)))

    fetch(other, html)  # the hand-written link first
    fetch(listed, html)
    fetch(HOST + "/tin-tuc.html", listing)
    assert {r["url"] for r in archive.db["articles"].rows} == {other}  # as it arrived
    settle_classes(archive, "xa", run)
    assert {r["url"] for r in archive.db["articles"].rows} == {listed}
    copy = next(archive.db.query("select page_class, canonical_url from pages where url = ?",
                                 [other]))
    assert copy == {"page_class": "duplicate", "canonical_url": listed}
    archive.close()


# -- a photo album: its pictures' links to their own files tease no page -------------------------

def test_an_album_of_captioned_photos_is_no_listing() -> None:
    """An album page (a headline, a date, photos each linked to its bigger copy for a lightbox,
    a caption under each): the photos' links preview no page, so it is no listing; with no text
    of its own it is no story either."""
    photos = "".join(
        f'<figure class="anh"><a href="/uploads/album/anh-{n}.jpg" data-fancybox="album">'
        f'<img src="/uploads/album/anh-{n}.jpg" alt="Ảnh {n}"></a>'
        f"<figcaption>Đoàn viên thanh niên thôn {n} ra quân dọn vệ sinh đường làng.</figcaption>"
        f"</figure>" for n in range(1, 5))
    html = page(f'<div class="album"><h1>Hình ảnh lễ ra quân vệ sinh môi trường</h1>'
                f'<div class="ngay">Ngày 12/07/2025</div>'
                f'<div class="anh-album">{photos}</div></div>')
    analysis = analyse_page(html, HOST + "/thu-vien-anh/hinh-anh-le-ra-quan.html")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert analysis.signals is not None and not analysis.signals.teasers


def test_a_story_with_captioned_photos_is_no_album() -> None:
    photos = "".join(
        f'<figure><img src="/uploads/bai/anh-{n}.jpg" alt="Ảnh {n}">'
        f"<figcaption>Đoàn viên thanh niên thôn {n} ra quân dọn vệ sinh.</figcaption></figure>"
        for n in range(1, 3))
    html = page(story(TITLE, [PROSE, PROSE.replace("sáu tháng", "quý III")], photos))
    analysis = analyse_page(html, HOST + "/tin-tuc/xa-ra-quan-ve-sinh-moi-truong.html")
    assert analysis.page_class == "article", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.album_photos == 0


# -- an old table layout: font headline, a bold lead beside the photo, the dateline a row down ----

def table_story(lead: str) -> str:
    title = "Khai mạc hội xuân làng Đồng Lạc năm Kỷ Sửu"
    body = "".join(f'<p align="justify"><font face="Arial" size="2">{p}</font></p>'
                   for p in (PROSE, PROSE.replace("sáu tháng", "chín tháng")))
    return f"""<html><head><title>{title} - Trang thông tin huyện</title></head><body>
<table width="100%"><tr><td><font size="2"><b>TIN TỨC - SỰ KIỆN</b></font></td></tr></table>
<table width="100%">
<tr><td><font face="Arial" size="4" color="#003399"><b>{title}</b></font></td></tr>
<tr><td><font size="1">Cập nhật: 26/02/2009 09:00 | Lượt xem: 98</font></td></tr>
<tr><td><img src="anh.jpg" align="left"><font size="2"><b>{lead}</b></font></td></tr>
<tr><td>{body}<p align="right"><b>Lê Văn Thành</b></p></td></tr>
</table></body></html>"""


def test_a_bold_lead_beside_the_photo_is_the_sapo_not_the_headline() -> None:
    lead = "Hội xuân làng Đồng Lạc diễn ra trong ba ngày với nhiều trò chơi dân gian."
    article = extract_article(table_story(lead).encode(), "http://huyen.example.vn/tin.asp?id=7")
    assert article.title == "Khai mạc hội xuân làng Đồng Lạc năm Kỷ Sửu"
    assert article.body_text.startswith(lead + "\n\n" + PROSE)
    # the dateline sits in the row under the headline's cell
    assert article.published == "2009-02-26T09:00"


# -- hold-out 9 (WebSphere Portal, Oracle ADF): pages whose URLs say nothing ---------------------

def test_a_page_whose_home_link_names_itself_is_the_home_page() -> None:
    """A portal whose root only redirects (to a state-encoded URL, to /webcenter/portal/<site>):
    the page its own "Trang chủ" link names, session state in the link or not, is the home
    page, though its URL is not shaped like a root and its featured box teases a story."""
    home = HOST + "/webcenter/portal/xa"
    teasers = "".join(f'<div class="muc"><a href="/webcenter/portal/xa/tin/bai-{n}?_afrLoop=7'
                      f'&amp;_adf.ctrl-state=ab_{n}">{TITLE} {n}</a><p>Ngày 1{n}/07/2025. '
                      f"{PROSE}</p></div>" for n in range(3))
    html = page(teasers).replace(
        '<a href="/">Trang chủ</a>',
        '<a href="/webcenter/portal/xa?_afrLoop=4127&amp;_adf.ctrl-state=1q8x_4">Trang chủ</a>')
    analysis = analyse_page(html, home)
    assert analysis.page_class == "home", analysis.page_class_reason
    # another page with the same menu is not the home page: its "Trang chủ" names another URL
    assert analyse_page(html, home + "/pages_tin-tuc").page_class == "listing"


def test_a_copy_more_listing_pages_link_takes_the_story_from_the_home_pages_view(
        tmp_path) -> None:
    """The home page's featured box links a generic detail view of a story (the same story, no
    canonical link) and is fetched first; its section list and the home page's section box
    link the story's own URL. The story is kept where more listing pages link it."""
    from pipelines.derive import archived_page, derive_page, settle_classes
    from pipelines.store import Archive

    own = HOST + "/portal/xa/pages_kinh-te/hoi-nghi-so-ket?dDocName=XA0012"
    view = HOST + "/portal/xa/pages_r/l/chi-tiet-tin?dDocName=XA0012"
    html = page(story(TITLE, [PROSE, PROSE.replace("sáu tháng", "quý III")])).encode()
    others = [HOST + f"/portal/xa/pages_kinh-te/bai-viet-khac-{n}?dDocName=XA00{n}"
              for n in (13, 14)]

    def teasers(urls: list[str]) -> str:
        return "".join(f'<div class="muc"><h2><a href="{u}">{TITLE} {n}</a></h2>'
                       f"<p>Ngày 1{n}/07/2025. {PROSE}</p></div>" for n, u in enumerate(urls))
    home = page(teasers([view]) + teasers([own, *others])).encode()
    section = page(teasers([own, *others])).encode()
    archive = Archive(tmp_path / "archive.db")
    archive.upsert_site({"id": "xa", "name": "Xã", "family": "generic"})
    run = archive.start_run("xa", "full")

    def fetch(url: str, body: bytes) -> None:
        page_id = archive.store_page(run, {
            "url": url, "site": "xa", "page_type": "unknown", "status": 200,
            "headers": {"Content-Type": ["text/html; charset=utf-8"]}, "body": body,
            "fetched_at": "2025-08-01T00:00:00Z"})
        derive_page(archive, archived_page(archive.page_to_derive(page_id)))

    fetch(HOST + "/", home)
    fetch(view, html)  # the featured box's link first
    fetch(own, html)
    fetch(HOST + "/portal/xa/pages_kinh-te", section)
    assert {r["url"] for r in archive.db["articles"].rows} == {view}  # as it arrived
    settle_classes(archive, "xa", run)
    assert {r["url"] for r in archive.db["articles"].rows} == {own}
    copy = next(archive.db.query("select page_class, canonical_url from pages where url = ?",
                                 [view]))
    assert copy == {"page_class": "duplicate", "canonical_url": own}
    archive.close()


def test_an_undated_table_of_dated_rows_is_a_schedule_not_a_story() -> None:
    """A weekly work schedule ("Lịch công tác tuần") linked from no menu (a footer's redirecting
    link): under a heading, a table whose rows each open with a day. No date of its own, and
    its dates are its entries': a standing page, not a story. A dated story with such a table
    is no schedule."""
    days = ("Thứ Hai, 06/10/2025", "Thứ Ba, 07/10/2025", "Thứ Tư, 08/10/2025")
    rows = "".join(f"<tr><td>{d}</td><td>8h00: Chủ tịch Ủy ban nhân dân xã dự hội nghị giao ban "
                   f"công tác tuần tại hội trường Ủy ban nhân dân xã.</td></tr>" for d in days)
    table = f"<table><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>"
    schedule = page(f'<div class="lich"><h2>Lịch công tác tuần</h2>{table}</div>')
    analysis = analyse_page(schedule, HOST + "/portal/xa/!ut/p/z1/04_Sj9CPykssy/dz/d5/L2dBIS/")
    assert analysis.page_class == "other", analysis.page_class_reason
    assert "a schedule" in analysis.page_class_reason
    dated = page(story(TITLE, [PROSE, PROSE], extra=table))
    assert analyse_page(dated, HOST + "/tin-tuc/lich-tiep-cong-dan.html").is_article


def test_a_listings_relative_links_resolve_against_its_base_href() -> None:
    """A portal page sets ``<base href>`` to its current state URL, and may be served under
    another URL (a link that carried other state): its relative teaser links name the pages the
    base makes of them, as a browser and the crawl read them, not the pages the URL would."""
    base = HOST + "/wps/portal/xa/!ut/p/z1/STATE-C/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    served = HOST + "/wps/portal/xa/!ut/p/z1/STATE-B/dz/d5/L2dBISEvZ0FBIS9nQSEh/?uri=nm:oid:Z6_1"
    teasers = "".join(f'<div class="muc"><h2><a href="?1dmy&amp;urile=wcm%3Apath%3A%2Fbai-{n}">'
                      f"{TITLE} {n}</a></h2><p>Ngày 1{n}/07/2025. {PROSE}</p></div>"
                      for n in range(3))
    analysis = analyse_page(page(teasers, head=f'<base href="{base}">'), served)
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.teasers and all(t.startswith(base + "?1dmy&urile=") for t in analysis.teasers)
