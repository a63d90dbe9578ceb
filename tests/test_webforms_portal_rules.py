"""Rules from the FITC WebForms hold-out (dankhe): pages with no heading element, whose
<title> ends with the portal's name, and a menu of ``Default.aspx?…&pageid=<n>`` pages beside
lists that add ``&catid=<c>`` and stories that add ``&id=<n>``."""
from __future__ import annotations

from crawler.discovery import ArticleShapes, above_listing
from pipelines.analyse import analyse_page

HOST = "https://huyen.example.gov.vn"
ROOT = "/Default.aspx?sname=huyen&amp;sid=4"
PORTAL = "Cổng thông tin điện tử huyện A"


def table_page(title: str, main: str, *, columns: bool = True) -> str:
    """A WebForms table layout: no heading element anywhere, today's date in the header, and
    (``columns``) the side columns' boxes: category links, a link select, the schedule, the
    counter."""
    menu = f'<td><a class="Menu_Link" href="{ROOT}">Trang chủ</a></td>' + "".join(
        f'<td><a class="Menu_Link" href="{ROOT}&amp;pageid={p}">{t}</a></td>'
        for p, t in (("150", "Giới thiệu"), ("149&amp;catid=60", "Tin tức"),
                     ("152&amp;catid=61", "Tin tức - Sự kiện"),
                     ("152&amp;catid=64", "Kinh tế - Xã hội"), ("160", "Văn bản"),
                     ("158", "Lịch công tác"), ("151", "Liên hệ")))
    left = f"""<td class="Cell59_0"><div class="HT_TieuDeMuc">DANH MỤC</div><table><tr><td><a
href="{ROOT}&amp;pageid=152&amp;catid=61">Tin tức - Sự kiện</a></td></tr><tr><td><a
href="{ROOT}&amp;pageid=152&amp;catid=64">Kinh tế - Xã hội</a></td></tr></table>
<div class="HT_TieuDeMuc">LIÊN KẾT WEBSITE</div><select>
<option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</option></select></td>"""
    right = f"""<td class="Cell59_2"><div class="HT_TieuDeMuc">LỊCH CÔNG TÁC</div>
<div><a href="{ROOT}&amp;pageid=158"><img src="/lich.png" alt="Lịch công tác" /></a></div>
<div class="HT_TieuDeMuc">THỐNG KÊ TRUY CẬP</div>
<div><span>Đang online: 31</span><br /><span>Hôm nay: 874</span></div></td>"""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title></head><body><form name="aspnetForm" method="post" action="./Default.aspx">
<table class="Table_Main"><tr><td><a href="/"><img src="/banner.jpg" alt="Banner" /></a></td></tr>
<tr><td><table class="Table_Menu"><tr>{menu}</tr></table></td></tr>
<tr><td class="Cell_NgayThang"><span>Thứ Sáu, ngày 18/04/2025</span></td></tr>
<tr><td><table class="Table_MainCon"><tr>{left if columns else ""}
<td class="Cell59_1"><div class="HT_Dang2">{main}</div></td>{right if columns else ""}
</tr></table></td></tr>
<tr><td class="Cell_Footer"><div class="Footer">Bản quyền thuộc Ủy ban nhân dân huyện A<br />
Địa chỉ: Số 8 đường Trần Hưng Đạo, thị trấn A, huyện A - Điện thoại: 0237 3845 120 - Email:
vanphong@huyen.example.gov.vn<br />Thiết kế và phát triển bởi FITC</div></td></tr></table>
</form></body></html>"""


def teaser(n: int, title: str, summary: str) -> str:
    url = f"{ROOT}&amp;pageid=153&amp;catid=61&amp;id={2800 + n}&amp;title=Bai-{n}"
    return (f'<div class="TT_DSTin_Dong"><table><tr><td><a href="{url}"><img src="/a{n}.jpg" />'
            f'</a></td><td><a class="TT_DSTin_TieuDe" href="{url}">{title}</a> '
            f'<span>(0{n}/03/2025)</span><div class="TT_DSTin_MoTa">{summary}</div></td></tr>'
            "</table></div>")


SUMMARIES = [
    ("Phê duyệt kế hoạch phát triển giáo dục năm học 2025 - 2026",
     ("Ủy ban nhân dân huyện ban hành Quyết định số 123/QĐ-UBND ngày 5/3/2025 phê duyệt kế "
     "hoạch phát triển giáo dục năm học 2025 - 2026 với 38 trường, 412 lớp học.")),
    ("Huyện A giao quân năm 2025",
     ("Ngày 20/2, Hội đồng Nghĩa vụ quân sự huyện tổ chức lễ giao nhận quân năm 2025 cho 186 "
     "thanh niên, trong đó 41 tân binh có trình độ cao đẳng, đại học.")),
]


DOCUMENTS = [
    ("612/QĐ-UBND", "28/03/2025", "Quyết định phê duyệt danh sách hộ được hỗ trợ xóa nhà tạm"),
    ("123/QĐ-UBND", "05/03/2025", ("Quyết định phê duyệt kế hoạch phát triển giáo dục năm học "
                                  "2025 - 2026")),
    ("45/KH-UBND", "12/02/2025", "Kế hoạch cải cách hành chính huyện A năm 2025"),
    ("18/BC-UBND", "20/01/2025", "Báo cáo tình hình kinh tế - xã hội năm 2024, nhiệm vụ năm 2025"),
]


def test_the_portal_name_in_the_title_is_no_page_headline() -> None:
    """A documents table, no heading element: before, its headline was the <title>'s longest
    part, the portal's name, and the header's date of today dated it: a story of 515
    characters. The page's own part of the title, "Văn bản", is a menu entry: a listing."""
    rows = "".join(f"<tr><td>{n}</td><td>{d}</td><td>{t}</td><td><a href=\"/Uploads/{d[-4:]}-{i}"
                   f'.pdf"><img src="/pdf.gif" alt="Tải về" /></a></td></tr>'
                   for i, (n, d, t) in enumerate(DOCUMENTS))
    html = table_page(f"Văn bản - {PORTAL}",
                      '<div class="TMCD2_DongTruongMuc">Văn bản chỉ đạo điều hành</div>'
                      '<table class="VB_Bang" border="1"><tr><th>Số ký hiệu</th><th>Ngày ban '
                      f"hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table>")
    analysis = analyse_page(html, HOST + "/Default.aspx?sname=huyen&sid=4&pageid=160")
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.title == "Văn bản"


def test_a_sections_name_of_short_parts_is_kept_whole() -> None:
    """A list's page of two teasers titled "Tin tức - Sự kiện - <portal>": its own title is
    the section's name as written, not one of its words."""
    url = HOST + "/Default.aspx?sname=huyen&sid=4&pageid=152&catid=61&p=2"
    html = table_page(f"Tin tức - Sự kiện - {PORTAL}",
                      "".join(teaser(n, t, s) for n, (t, s) in enumerate(SUMMARIES, 1)))
    analysis = analyse_page(html, url)
    assert analysis.page_class == "listing", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.title == "Tin tức - Sự kiện"


def test_a_story_titled_shorter_than_the_portal_keeps_its_title() -> None:
    """No heading element: the page's own part of the <title> is the headline, not the
    longer portal name beside it."""
    title, summary = SUMMARIES[1]
    body = "".join(f'<p style="text-align: justify;">{summary} {n}</p>' for n in range(3))
    html = table_page(f"{title} - {PORTAL}", f'<div class="NoiDung">{body}</div>',
                      columns=False)
    article = analyse_page(html, HOST + "/Default.aspx?sname=huyen&sid=4&pageid=153&id=2802"
                           ).article
    assert article is not None and article["title"] == title


def test_a_lists_menu_pages_above_it_are_no_stories_of_it() -> None:
    """The menu's pages share one shape (Default.aspx?sname&sid&pageid), the stories' titles
    give each a shape of its own: the menu is not the list's stories."""
    listing = HOST + "/Default.aspx?sname=h&sid=4&pageid=152&catid=61&catname=Tin-tuc&p=2"
    menu = [HOST + f"/Default.aspx?sname=h&sid=4&pageid={p}" for p in (150, 151, 158, 160)]
    stories = [HOST + "/Default.aspx?sname=h&sid=4&pageid=153&catid=61&id=2841&title=Bai-2025",
               HOST + "/Default.aspx?sname=h&sid=4&pageid=153&catid=61&id=2833&title=Giao-quan"]
    assert all(above_listing(url, listing) for url in menu)
    assert not any(above_listing(url, listing) for url in stories)
    assert ArticleShapes().articles_of_listing([*menu, *stories], listing) == []
