"""Rules written after the ninth hold-out's windows-1258 PHP portal (lamkhe), each on a small
page of its own; none names that portal, its paths or its class names.

- a month calendar widget (a table of the days 1-31) is chrome: neither text nor teasers;
- a headline that is one date and a short label ("Tin ngày 12/05/2025") is a day's archive page;
- a section heading upper-cased ("TIN TỨC - SỰ KIỆN") is still its menu entry;
- a banner or logo linking the home page teases no story;
- an ISO-8859-1 header is a server's default label: the page's own meta charset wins.
"""
from __future__ import annotations

import calendar
from pathlib import Path

from lxml import html as lxml_html

from pipelines.analyse import Analysis, analyse_page
from pipelines.extract import extract_article
from pipelines.extract.clean import is_calendar

HOST = "http://huyen.example.gov.vn"
PORTAL = Path(__file__).resolve().parent / "portals" / "lamkhe"
PORTAL_HOST = "http://lamkhe.example.gov.vn"
SAPO = ("Ủy ban Mặt trận Tổ quốc huyện trao 120 suất quà cho hộ nghèo và hộ cận nghèo ở 6 xã, "
        "mỗi suất gồm 500.000 đồng và 20 kg gạo.")


def month(year: int = 2025, number: int = 5) -> str:
    rows = "".join("<tr>" + "".join(
        f'<td><a href="index.php?act=date&amp;d={year}-{number:02d}-{d:02d}">{d}</a></td>' if d
        else "<td>&nbsp;</td>" for d in week) + "</tr>"
        for week in calendar.Calendar().monthdayscalendar(year, number))
    return ('<table class="lich"><tr><td><a href="index.php?act=date&amp;d=2025-04-01">&laquo;'
            f'</a></td><td colspan="5">Tháng {number}/{year}</td><td><a href="index.php?act=date'
            '&amp;d=2025-06-01">&raquo;</a></td></tr><tr><td>T2</td><td>T3</td><td>T4</td>'
            f"<td>T5</td><td>T6</td><td>T7</td><td>CN</td></tr>{rows}</table>")


def layout(center: str, *, charset: str = "utf-8") -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>Cổng thông tin điện tử huyện</title></head><body>
<div id="header"><a href="index.php"><img src="banner.jpg" alt="Cổng thông tin điện tử huyện"></a>
<span>Thứ Hai, 12/05/2025</span></div>
<table id="menu"><tr><td><a href="index.php">Trang chủ</a></td>
<td><a href="index.php?act=list&amp;cat=1">Tin tức - Sự kiện</a></td>
<td><a href="index.php?act=list&amp;cat=2">Kinh tế</a></td></tr></table>
<table id="main"><tr>
<td id="left"><div class="box_title">LỊCH</div>{month()}</td>
<td id="center">{center}</td>
<td id="right"><div class="box_title">TIN ĐỌC NHIỀU</div><ul>
<li><a href="index.php?act=detail&amp;id=312">Nông dân thu hoạch vụ mùa năm 2011</a></li>
<li><a href="index.php?act=detail&amp;id=298">Hội nghị sơ kết công tác 6 tháng đầu năm 2011</a></li>
</ul><div class="box_title">THỐNG KÊ TRUY CẬP</div><div>Đang online: <b>12</b><br>
Hôm nay: <b>347</b><br>Tổng số: <b>1.254.870</b></div></td>
</tr></table><div id="footer">Cơ quan chủ quản: Ủy ban nhân dân huyện.</div></body></html>"""


def one_teaser(heading: str) -> str:
    return (f'<div class="navi"><a href="index.php">Trang chủ</a> &raquo; {heading}</div>'
            f'<div class="cat_title">{heading}</div><div class="news_item">'
            '<a href="index.php?act=detail&amp;id=1181" class="news_title">Trao 120 suất quà cho '
            'hộ nghèo nhân Tháng hành động vì người nghèo</a> <span>(12/05/2025)</span>'
            f'<div class="news_sapo">{SAPO}</div></div>')


def test_a_month_calendar_is_a_calendar_and_a_layout_table_holding_one_is_not() -> None:
    root = lxml_html.fromstring(layout("<p>x</p>"))
    tables = {t.get("class") or t.get("id"): is_calendar(t) for t in root.iter("table")}
    assert tables == {"menu": False, "main": False, "lich": True}
    numbers = "<table>" + "".join(f"<tr><td>{n}</td><td>{n * 3}</td></tr>" for n in range(1, 12))
    assert not is_calendar(lxml_html.fromstring(numbers + "</table>"))


def test_the_calendar_is_no_part_of_a_short_pages_text() -> None:
    empty = ('<div class="navi"><a href="index.php">Trang chủ</a> &raquo; Lịch công tác</div>'
             '<h1>Lịch công tác của Thường trực Ủy ban nhân dân huyện</h1>'
             "<p>Lịch công tác đang được cập nhật.</p>")
    text = extract_article(layout(empty).encode(), HOST + "/index.php?act=lich").body_text
    assert "T2" not in text and "| 31" not in text and "Tháng 5/2025" not in text


def portal_page(file: str, path: str) -> Analysis:
    """A page of the hold-out portal as served (windows-1258, no charset in the header)."""
    return analyse_page((PORTAL / "pages" / file).read_bytes(), PORTAL_HOST + path,
                        content_type="text/html")


def test_a_day_heading_names_a_date_archive_not_a_story() -> None:
    # the day's one story teased under "TIN NGÀY 12/05/2025", the calendar and the sidebars
    listed = portal_page("date/2025-05-12.html", "/index.php?mod=news&act=date&d=2025-05-12")
    assert listed.page_class == "listing", listed.page_class_reason
    assert "is a date" in (listed.page_class_reason or "")
    empty = portal_page("date/2025-05-01.html", "/index.php?mod=news&act=date&d=2025-05-01")
    assert empty.page_class == "other", empty.page_class_reason


def test_an_upper_cased_section_heading_over_one_teaser_is_the_section() -> None:
    last = portal_page("list/1-2.html", "/index.php?mod=news&act=list&cat=1&p=2")
    assert last.page_class == "listing", last.page_class_reason
    assert "menu or breadcrumb entry" in (last.page_class_reason or "")


def test_a_banner_linking_the_home_page_is_no_teaser() -> None:
    contact = ('<div class="cat_title">LIÊN HỆ</div><p>Văn phòng HĐND và UBND huyện. Địa chỉ: số '
               "18 đường Trần Phú, thị trấn. Điện thoại: 0222.3852.117. Thư điện tử: "
               "vanphong@huyen.example.gov.vn.</p>")
    verdict = analyse_page(layout(contact).encode(), HOST + "/index.php?act=contact")
    assert verdict.signals is not None
    assert verdict.signals.teasers == [], verdict.signals.teasers


def test_an_iso_8859_1_header_yields_to_the_pages_own_windows_1258() -> None:
    story = ("<h1>Kỳ họp chuyên đề Hội đồng nhân dân huyện</h1><div>Cập nhật: 06/05/2025 08:15"
             f"</div><div class='content'><p>{SAPO} {SAPO}</p><p>{SAPO}</p></div>")
    data = layout(story, charset="windows-1258").encode("cp1258", "xmlcharrefreplace")
    article = extract_article(data, HOST + "/print.php?id=1179",
                              content_type="text/html; charset=iso-8859-1")
    assert article.encoding == "cp1258"
    assert article.title == "Kỳ họp chuyên đề Hội đồng nhân dân huyện"
