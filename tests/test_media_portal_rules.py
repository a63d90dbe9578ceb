"""The rules written after the twelfth hold-out (tests/portals/quekhe, a district portal with
photo, video, audio and infographic items and a documents module; tests/portals/truckhe, a
commune's Google Sites site), each on a small page of its own that fails without it. None names
those portals' hosts, paths, ids or class names.

- a link written with Unicode in its path names the page the crawl archives percent-encoded;
- a story whose only date is its own text's (the lead's opening day, a closing dateline) is
  dated, and its headline being its own menu entry (a site whose menu lists every page) no
  longer makes it a section page;
- the page one path step above the page its "Trang chủ" link names is the home page;
- a document's record (a table of its properties) is no story; a list of document numbers
  previews no story; a register row linking a document's page and its file teases the page;
- a video, an audio bulletin or an infographic under a line or two of text is a media item;
- a card of a thumbnail and a headline, both linking the item, is a teaser;
- the pager's entry for the page being shown is no script pager.
"""
from __future__ import annotations

from urllib.parse import quote

from parsel import Selector

from crawler.discovery import script_pager
from pipelines.analyse import analyse_page
from pipelines.extract import extract_article
from pipelines.urls import story_key, uri_form

HOST = "https://xa.example.gov.vn"
PROSE = ("UBND xã tổ chức trao kinh phí hỗ trợ xây dựng nhà ở cho 12 hộ nghèo trên địa bàn, mỗi "
         "hộ 60 triệu đồng, tổng số tiền 720 triệu đồng từ Quỹ Vì người nghèo của tỉnh.")
SECOND = ("Các hộ được hỗ trợ cam kết khởi công trong tháng 9 và hoàn thành trước Tết Nguyên đán; "
          "Ban công tác Mặt trận các thôn giám sát, huy động ngày công giúp các gia đình.")


def page(main: str, *, menu: str = "", side: str = "", title: str = "Xã Khê Thủy") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title}</title></head><body><header><a href="/">Trang chủ</a></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li>{menu}</ul></nav>
<div class="row"><div class="col-md-18">{main}</div><div class="col-md-6">{side}</div></div>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân xã Khê Thủy. Điện thoại: 0200 3000 111.</p></footer>
</body></html>"""


# -- Unicode hrefs name the percent-encoded page ----------------------------------------------

def test_a_unicode_href_names_the_page_the_crawl_archives_percent_encoded() -> None:
    path = "/view/xa-khe-thuy/tin-tức/hội-nghị-sơ-kết"
    url = HOST + quote(path)
    assert uri_form(HOST + path) == url and story_key(HOST + path) == story_key(url)
    assert uri_form(HOST + "/tin-tuc/a-b") == HOST + "/tin-tuc/a-b"  # ASCII as it is
    # the menu's Unicode link names the page itself: an undated page it links is standing
    html = page(f"<h1>Hội nghị sơ kết</h1><p>{PROSE} {SECOND}</p>",
                menu=f'<li><a href="{path}">Hội nghị sơ kết</a></li>')
    analysis = analyse_page(html.encode(), url)
    assert analysis.signals is not None and analysis.signals.menu_page
    assert analysis.page_class == "other"
    # a listing's Unicode teaser is recorded as the URL the crawl archives
    cards = "".join(f'<div class="card"><h3><a href="/tin-tức/bài-số-{i}-trong-tháng">Bài số {i} '
                    f'của tháng tám năm nay</a></h3><p>Ngày 1{i}/08/2025</p></div>'
                    for i in range(3))
    listing = analyse_page(page(f"<h1>Các bài viết</h1>{cards}").encode(), HOST + "/tin-tuc/")
    assert listing.signals is not None
    assert HOST + quote("/tin-tức/bài-số-0-trong-tháng") in listing.signals.teasers


# -- a story dated only by its own text -----------------------------------------------------------

def post(first: str, last: str = "") -> str:
    """A site-builder post: no date in the markup; the menu lists this post (and its sibling)."""
    menu = ('<li><a href="/tin-tuc/trao-ho-tro-nha-o">Trao hỗ trợ nhà ở cho hộ nghèo</a></li>'
            '<li><a href="/tin-tuc/ra-quan-ve-sinh">Ra quân vệ sinh môi trường</a></li>')
    tail = f'<p style="text-align: right;">{last}</p>' if last else ""
    return page(f"<section><h1>Trao hỗ trợ nhà ở cho hộ nghèo</h1></section>"
                f"<section><div><p>{first}</p><p>{SECOND}</p>{tail}</div></section>", menu=menu)


URL = HOST + "/tin-tuc/trao-ho-tro-nha-o"


def test_a_story_dated_by_its_lead_is_a_story_though_the_menu_lists_it() -> None:
    article = extract_article(post(f"Ngày 26/8/2025, {PROSE}").encode(), URL)
    assert article.published == "2025-08-26" and article.is_article
    assert article.signals is not None and article.signals.extractor_listing is None
    for lead in (f"Sáng ngày 15/8/2025, {PROSE}", f"Chiều 14/8/2025, {PROSE}"):
        assert extract_article(post(lead).encode(), URL).published in ("2025-08-15", "2025-08-14")
    # the same page without the day: its headline is its menu entry, a section's page
    undated = analyse_page(post(PROSE).encode(), URL)
    assert undated.page_class == "other" and "menu" in undated.page_class_reason
    # a date inside a sentence dates nothing
    inside = post("Xã được thành lập trên cơ sở sắp xếp ba xã, có hiệu lực từ ngày 01/7/2025. "
                  + PROSE)
    assert extract_article(inside.encode(), URL).published is None


def test_a_menu_label_heads_a_standing_page_though_its_text_opens_with_a_day() -> None:
    """A new commune's about page opening with the day it was founded is no story: its
    headline is a menu label of a few words, where a story's headline is a sentence."""
    about = page("<section><h1>Giới thiệu</h1></section><section><div><p>Ngày 01/7/2025, xã "
                 f"Khê Thủy được thành lập trên cơ sở sắp xếp ba xã cũ. {PROSE}</p><p>{SECOND}"
                 "</p></div></section>", menu='<li><a href="/gioi-thieu">Giới thiệu</a></li>')
    analysis = analyse_page(about.encode(), HOST + "/gioi-thieu")
    assert analysis.page_class == "other" and "menu" in analysis.page_class_reason
    # the same text under a story's headline that the menu lists is a dated story
    story = about.replace("Giới thiệu", "Xã Khê Thủy chính thức đi vào hoạt động")
    assert analyse_page(story.encode(), HOST + "/gioi-thieu").page_class == "article"


def test_a_closing_dateline_dates_the_story_and_names_no_author() -> None:
    article = extract_article(post(PROSE, "Khê Thủy, ngày 04 tháng 7 năm 2025").encode(), URL)
    assert article.published == "2025-07-04" and article.is_article
    assert article.author is None
    assert article.body_text.endswith("Khê Thủy, ngày 04 tháng 7 năm 2025")


# -- the site's address -------------------------------------------------------------------------

def test_the_page_a_step_above_its_home_link_is_the_home_page() -> None:
    site = "/view/xa-khe-thuy"
    cards = "".join(f'<div class="card"><h3><a href="{site}/tin-tuc/bai-so-{i}-cua-xa">Bài số {i} '
                    f'của xã trong tháng</a></h3><p>{PROSE[:90]}</p></div>' for i in range(3))
    html = page(f"<h1>ỦY BAN NHÂN DÂN XÃ</h1>{cards}").replace('href="/"',
                                                              f'href="{site}/trang-chủ"')
    assert analyse_page(html.encode(), HOST + site).page_class == "home"
    assert analyse_page(html.encode(), HOST + quote(f"{site}/trang-chủ")).page_class == "home"
    # a page elsewhere with the same links is not
    assert analyse_page(html.encode(), HOST + site + "/tin-tuc").page_class != "home"


# -- documents -------------------------------------------------------------------------------------

def record(fields: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td><strong>{k}</strong></td><td>{v}</td></tr>" for k, v in fields)
    return page(f'<div class="panel-body"><h1>Quyết định 1125/QĐ-UBND</h1><table>{rows}</table>'
                f'<p><a href="/uploads/van-ban/qd-1125.pdf">qd-1125.pdf</a></p></div>')


def test_a_documents_record_is_no_story() -> None:
    fields = [("Số ký hiệu", "1125/QĐ-UBND"), ("Ngày ban hành", "15/04/2025"),
              ("Cơ quan ban hành", "UBND huyện Khê Thủy"), ("Người ký", "Trần Văn Khải"),
              ("Trích yếu", ("Về việc phê duyệt danh sách hộ được hỗ trợ xóa nhà tạm, nhà dột "
                             "nát trên địa bàn huyện năm 2025, kèm theo danh sách 168 hộ"))]
    analysis = analyse_page(record(fields).encode(),
                            HOST + "/van-ban/detail/Quyet-dinh-1125-88.html")
    assert analysis.page_class == "other" and "document's record" in analysis.page_class_reason
    # two properties in a story's table do not make it a record
    story = record([*fields[:2], ("Nội dung", PROSE + " " + SECOND)])
    assert analyse_page(story.replace("<h1>", "<p>Ngày 12/07/2025</p><h1>").encode(),
                        HOST + "/tin-tuc/quyet-dinh-1125").page_class == "article"


def test_a_list_of_document_numbers_previews_no_story() -> None:
    documents = "".join(f'<li><a href="/van-ban/detail/qd-{n}.html">Quyết định {n}/QĐ-UBND</a><br>'
                        f'<span>Ban hành: 1{n % 9}/04/2025</span></li>' for n in (1125, 845, 88))
    side = (f"<div class='panel'><div class='panel-heading'>Văn bản mới</div>"
            f"<ul>{documents}</ul></div>")
    about = page(f"<h1>Giới thiệu chung</h1><p>{PROSE} {SECOND}</p>", side=side)
    analysis = analyse_page(about.encode(), HOST + "/gioi-thieu/gioi-thieu-chung.html")
    assert analysis.signals is not None and analysis.signals.teasers == []
    assert analysis.page_class != "listing"


def test_a_register_row_linking_a_documents_page_and_its_file_teases_the_page() -> None:
    rows = "".join(f'<tr><td>{i}</td><td><a href="/van-ban/detail/vb-{i}.html">{i}/QĐ-UBND</a></td>'
                   f'<td>1{i}/04/2025</td><td><a href="/van-ban/detail/vb-{i}.html">Về việc phê '
                   f'duyệt kế hoạch số {i} của xã năm 2025</a></td>'
                   f'<td><a href="/uploads/vb-{i}.pdf">Tải về</a></td></tr>' for i in range(1, 5))
    html = page(f"<h1>Văn bản</h1><table><tbody>{rows}</tbody></table>")
    analysis = analyse_page(html.encode(), HOST + "/van-ban/")
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.signals is not None and len(analysis.signals.teasers) == 4


# -- media items ---------------------------------------------------------------------------

def item(media: str, text: str) -> str:
    related = "".join(f'<li><a href="/tin-tuc/video/tin-so-{i}-cua-huyen-{i}.html">Tin số {i} của '
                      f'huyện trong tuần</a> <em>(0{i}/08/2025)</em></li>' for i in range(1, 4))
    return page(f'<div class="news"><h1>Video: Khê Thủy sau 70 năm thành lập</h1>'
                f'<span>Thứ hai - 11/08/2025 17:45</span><div class="hometext">{text}</div>'
                f'<div class="bodytext">{media}</div></div>'
                f'<div class="other-news"><p><strong>Những tin mới hơn</strong></p>'
                f'<ul>{related}</ul></div>')


LINE = ("Phóng sự của Trung tâm Văn hóa - Thông tin huyện nhìn lại chặng đường 70 năm xây dựng và "
        "phát triển của huyện Khê Thủy.")
MEDIA_URL = HOST + "/tin-tuc/video/Video-Khe-Thuy-sau-70-nam-1283.html"


def test_a_video_an_audio_bulletin_or_an_infographic_is_a_media_item() -> None:
    infographic = ('<p><img src="/uploads/info.png" width="800" height="2600"></p>'
                   '<p><em>Nguồn: Phòng Thống kê huyện</em></p>')
    for media, kind in (('<iframe src="https://www.youtube.com/embed/q3Kx7TnB2aE"></iframe>',
                         "a video"),
                        ('<video controls src="/uploads/clip.mp4"></video>', "a video"),
                        ('<audio controls src="/uploads/ban-tin.mp3"></audio>',
                         "an audio bulletin"),
                        (infographic, "an infographic")):
        analysis = analyse_page(item(media, LINE).encode(), MEDIA_URL)
        assert analysis.page_class == "other", (kind, analysis.page_class_reason)
        assert kind in analysis.page_class_reason
    # a story that also embeds a clip is a story
    long = item('<iframe src="https://www.youtube.com/embed/q3Kx7TnB2aE"></iframe>',
                " ".join([PROSE, SECOND, PROSE.replace("12", "15"), SECOND.replace("9", "10")]))
    assert analyse_page(long.encode(), MEDIA_URL).page_class == "article"
    # a photo story (no player, photos of a usual shape) is a story
    photos = "".join(f'<figure><img src="/uploads/a-{i}.jpg" width="800" height="533">'
                     f'<figcaption>Ảnh {i}: các đại biểu dự ngày hội.</figcaption></figure>'
                     for i in range(6))
    photo_story = analyse_page(item(photos, f"Ngày 10/8, {PROSE}").encode(), MEDIA_URL)
    assert photo_story.page_class == "article"


def test_a_card_of_a_thumbnail_and_a_headline_is_a_teaser() -> None:
    link = "/tin-tuc/tin-anh/anh-so-{0}-{0}.html"
    cards = "".join(f'<div class="col-md-8"><div class="thumbnail"><a href="{link.format(i)}">'
                    f'<img src="/assets/anh-{i}.jpg"></a><div class="caption"><h3>'
                    f'<a href="{link.format(i)}">Ảnh: ngày hội số {i} ở thôn</a>'
                    f'</h3></div></div></div>' for i in range(3))
    analysis = analyse_page(page(f'<h1>Tin ảnh</h1><div class="row">{cards}</div>').encode(),
                            HOST + "/tin-tuc/tin-anh/")
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.signals is not None and len(analysis.signals.teasers) == 3


# -- the pager's own page -------------------------------------------------------------------

def test_the_pagers_entry_for_the_page_shown_is_no_script_pager() -> None:
    def pager(*items: str) -> bool:
        markup = f'<ul class="pagination">{"".join(items)}</ul>'
        found = script_pager(Selector(text=f"<html><body>{markup}</body></html>"),
                             HOST + "/tin-tuc/tin-hoat-dong/page-2")
        return found.unfollowable
    assert not pager('<li><a href="/tin-tuc/tin-hoat-dong/">&laquo;</a></li>',
                     '<li><a href="/tin-tuc/tin-hoat-dong/">1</a></li>',
                     '<li class="active"><a href="#">2</a></li>',
                     '<li class="disabled"><a href="#">&raquo;</a></li>')
    assert not pager('<li><a href="#" aria-current="page">2</a></li>')
    # a page number that only a script can follow is still said
    assert pager('<li class="active"><a href="#">1</a></li>', '<li><a href="#">2</a></li>')


# -- the section a page's metadata names --------------------------------------------------------

def test_the_article_section_meta_names_the_category_when_no_breadcrumb_shows() -> None:
    """NukeViet's breadcrumb is a hidden list a script shows; its article:section meta names
    the section (read before pruning drops the page's meta elements)."""
    html = page(f"<h1>Tổng kết năm học của ngành giáo dục</h1><p>Ngày 15/07/2025</p>"
                f"<p>{PROSE} {SECOND}</p>").replace(
        "<title>", '<meta property="article:section" content="Tin hoạt động"><title>')
    article = extract_article(html.encode(), HOST + "/tin-tuc/tin-hoat-dong/Tong-ket-1264.html")
    assert article.category == "Tin hoạt động"


def test_a_line_labelled_as_the_authors_names_the_author() -> None:
    credits = ('<div><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Hoàng Nam</p>'
               '<p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng Giáo dục</p></div>')
    html = page(f'<div class="news"><h1>Tổng kết năm học của ngành giáo dục</h1>'
                f'<p>Ngày 15/07/2025</p><div class="bodytext"><p>{PROSE}</p><p>{SECOND}</p></div>'
                f'{credits}</div>')
    article = extract_article(html.encode(), HOST + "/tin-tuc/tin-hoat-dong/Tong-ket-1264.html")
    assert article.author == "Hoàng Nam"
