"""The rules written after the hold-out of a Sitefinity-style ASP.NET CMS (tests/portals/catvan),
each on a small page of its own that fails without it. None names the portal's host, paths or
class names beyond what the platform family emits (Bootstrap's grid, a news item's blocks).

- the portal's name in an element named as a title is no page's headline;
- .NET's vi-VN dates ("Thg8 21, 2025, 10:45 SA") are dates;
- Bootstrap's narrow column beside a wide one is the page's side column: its news widget
  previews nothing the page is about;
- (with it) a notice whose own file is linked in its text is a story, not a teaser of the file;
- a headline naming a document by its number over a line and the file is a document's record;
- "<date> Bởi <name>" on one line under the headline is the story's header, and names its author;
- a "Chuyên mục: …" line names the story's section and is no line of its text;
- a header line naming a period dates nothing; a headline inside the body block takes no date
  from the body's text.
"""
from __future__ import annotations

from datetime import datetime

from lxml import html

from pipelines.analyse import analyse_page
from pipelines.extract import extract_article
from pipelines.extract.dates import best_header_date, parse_date
from pipelines.extract.names import narrow_grid_column

HOST = "https://phuong.example.gov.vn"
SITE = "Cổng thông tin điện tử phường Khê An"
TEXT = ("UBND phường Khê An vừa hoàn thành chỉnh trang vỉa hè, hệ thống thoát nước trên 3 tuyến "
        "phố với tổng chiều dài 2,4 km, kinh phí 7,86 tỷ đồng từ ngân sách phường.")
MORE = ("Sau chỉnh trang, các tuyến phố không còn ngập úng cục bộ khi mưa lớn; phường giao tổ dân "
        "phố tự quản giữ gìn vỉa hè thông thoáng, xử lý nghiêm các trường hợp lấn chiếm.")
WIDGET = "".join(
    f'<li><h3><a href="/tin-tuc/2025/0{n}/1{n}/tin-{n}">'
    f"Tin tức số {n} của phường Khê An năm nay</a></h3>"
    f'<div class="text-muted">Thg{n} 1{n}, 2025, 09:30 SA Bởi Trần Thị Lan</div>'
    f"<p>Tóm tắt tin số {n}: phường tổ chức hội nghị, trao quà, hỗ trợ hộ nghèo, mỗi suất "
    f"1,5 triệu đồng.</p><a href=\"/tin-tuc/2025/0{n}/1{n}/tin-{n}\">Xem tiếp</a></li>"
    for n in (3, 4, 5))


def page(title: str, main: str, *, side: str = WIDGET, wide: str = "col-lg-8",
         narrow: str = "col-lg-4") -> bytes:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - {SITE}</title></head><body>
<header><div class="site-title">{SITE.upper()}</div>
<nav class="navbar"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a>
</li><li class="active"><a href="/tin-tuc">Tin tức</a></li></ul></nav></header>
<main><div class="container"><div class="row">
<div class="{wide}" data-sf-element="Column 1">{main}</div>
<div class="{narrow}" data-sf-element="Column 2"><div class="sf-content-block"><h4>Tin mới</h4>
</div><div class="sf-news-list"><ul class="list-unstyled">{side}</ul></div></div>
</div></div></main>
<footer><p>{SITE}</p><p>Điện thoại: 0226 3877 409</p></footer></body></html>""".encode()


def news_item(title: str, body: str, *, info: str = "Thg8 21, 2025, 10:45 SA Bởi Trần Thị Lan",
              after: str = "") -> str:
    return (f'<div class="sf-news-item"><h3><span>{title}</span></h3>'
            f'<div class="text-muted">{info}</div>'
            f'<div class="sf-Long-text">{body}</div>{after}</div>')


HEADLINE = "Phường Khê An chỉnh trang 3 tuyến phố trước mùa mưa"


def test_the_portals_name_named_as_a_title_is_no_headline() -> None:
    story = page(HEADLINE, news_item(HEADLINE, f"<p>{TEXT}</p><p>{MORE}</p>"))
    article = extract_article(story, HOST + "/tin-tuc/2025/08/21/chinh-trang")
    assert article.title == HEADLINE


def test_dotnet_vietnamese_dates_are_dates() -> None:
    morning = parse_date("Thg8 21, 2025, 10:45 SA Bởi Trần Thị Lan")
    evening = parse_date("Thg5 12, 2025, 21:05 CH")
    assert morning is not None and morning.value == datetime(2025, 8, 21, 10, 45)
    assert evening is not None and evening.value == datetime(2025, 5, 12, 21, 5)


def test_bootstraps_narrow_column_beside_a_wide_one_is_the_side_column() -> None:
    about = page("Giới thiệu", '<div class="sf-content-block"><h1>Giới thiệu</h1>'
                 "<p>Phường Khê An được thành lập trên cơ sở sắp xếp ba phường cũ, có 18 "
                 "tổ dân phố.</p>"
                 "<p>Trụ sở Đảng ủy, HĐND, UBND phường đặt tại số 45 đường Lê Lợi.</p></div>")
    analysis = analyse_page(about, HOST + "/gioi-thieu")
    assert analysis.page_class == "other", analysis.page_class_reason
    # three equal columns (a home page's blocks) are no side columns: nothing wide beside them
    row = html.fromstring('<div class="row"><div class="col-md-4"><p>a</p></div>'
                          '<div class="col-md-4"><p>b</p></div>'
                          '<div class="col-md-4"><p>c</p></div></div>')
    assert not any(narrow_grid_column(col, col.get("class")) for col in row)


def test_a_notice_linking_its_own_file_beside_a_news_widget_is_a_story() -> None:
    title = "Thông báo tiếp nhận hồ sơ hỗ trợ hộ kinh doanh bị ảnh hưởng bởi bão"
    notice = page(title, news_item(title, "<p>UBND phường tiếp nhận hồ sơ đề nghị hỗ trợ của hộ "
                                          "kinh doanh bị thiệt hại do bão từ ngày 28/7 đến hết "
                                          "ngày 15/8/2025 tại Trung tâm Phục vụ hành chính công "
                                          "phường. Mẫu đơn và hướng dẫn trong tệp đính kèm.</p>"
                                          '<p>Tệp đính kèm: <a href="/docs/default-source/'
                                          'thong-bao/huong-dan.pdf?sfvrsn=4d2f61a8_2">'
                                          "Hướng dẫn hồ sơ</a></p>"))
    analysis = analyse_page(notice, HOST + "/tin-tuc/2025/07/28/thong-bao-tiep-nhan-ho-so")
    assert analysis.page_class == "article", analysis.page_class_reason


def test_a_headline_naming_a_document_by_its_number_is_the_documents_record() -> None:
    def item(title: str) -> bytes:
        return page(title, f'<div class="sf-document-item"><h3>{title}</h3>'
                           '<div class="text-muted">Thg8 25, 2025, 08:15 SA Bởi Văn phòng</div>'
                           "<div><p>Quyết định của UBND phường phê duyệt danh sách 27 hộ nghèo, hộ "
                           "cận nghèo được hỗ trợ xây mới, sửa chữa nhà ở năm 2025, tổng kinh phí "
                           "945 triệu đồng.</p></div><div><a href=\"/docs/default-source/van-ban/"
                           'qd-215.pdf?sfvrsn=9a1c03b2_2">Tải về</a> (pdf, 182 KB)</div></div>')
    record = analyse_page(item("Quyết định số 215/QĐ-UBND ngày 22/8/2025 về việc phê duyệt danh "
                               "sách hộ nghèo"), HOST + "/van-ban/van-ban/quyet-dinh-so-215")
    assert record.page_class == "other", record.page_class_reason
    notice = analyse_page(item("Thông báo phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở"),
                          HOST + "/tin-tuc/2025/08/25/thong-bao-danh-sach")
    assert notice.page_class == "article", notice.page_class_reason


def test_a_dated_byline_under_the_headline_is_its_header_and_names_the_author() -> None:
    info = "Thg7 8, 2025, 14:30 CH Bởi Phòng Kinh tế, Hạ tầng và Đô thị"
    story = page(HEADLINE, news_item(HEADLINE, f"<p>{TEXT}</p><p>{MORE}</p>", info=info))
    article = extract_article(story, HOST + "/tin-tuc/2025/07/08/chinh-trang")
    assert "Bởi" not in article.body_text and article.body_text.startswith(TEXT[:40])
    assert article.author == "Phòng Kinh tế, Hạ tầng và Đô thị"
    assert article.published is not None and article.published.startswith("2025-07-08T14:30")


def test_a_section_line_names_the_category_and_is_no_text() -> None:
    taxa = ('<div class="sf-news-taxa">Chuyên mục: '
            '<a href="/tin-tuc/-in-category/categories/kinh-te">Kinh tế</a></div>')
    # under the text block, or closing the text itself
    for body, after in ((f"<p>{TEXT}</p>", taxa), (f"<p>{TEXT}</p><p>{MORE}</p>{taxa}", "")):
        story = page(HEADLINE, news_item(HEADLINE, body, after=after))
        article = extract_article(story, HOST + "/tin-tuc/2025/08/21/chinh-trang")
        assert article.category == "Kinh tế"
        assert "Chuyên mục" not in article.body_text


def test_a_period_dates_nothing_and_a_headline_in_the_body_takes_no_date_from_its_text() -> None:
    assert best_header_date(["(Từ ngày 11/08/2025 đến ngày 17/08/2025)"]) is None
    assert best_header_date(["Cập nhật: 12/08/2025 09:00"]) is not None
    about = page("Giới thiệu", '<div class="page-detail">'
                 "<h1>Giới thiệu chung về phường Khê An</h1>"
                 "<p>Phường Khê An được thành lập ngày 1/7/2025 trên cơ sở sắp xếp toàn bộ diện "
                 "tích tự nhiên và quy mô dân số của ba phường cũ, có 18 tổ dân phố và 52.806 "
                 "nhân khẩu.</p>"
                 "<p>Trụ sở Đảng ủy, HĐND, UBND phường đặt tại số 45 đường Lê Lợi.</p></div>")
    assert extract_article(about, HOST + "/gioi-thieu").published is None
