"""Pages the modelled portal generates without end (written by tests/portals/build.py): its
calendar answers every day, so every month's previous/next link leads to a month more. The
sample server asks ``answer`` for any request target its manifest lacks."""
from __future__ import annotations

import re

TEMPLATE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />\n<title>Tin ngày %%DATE%% - Cổng thông tin điện tử huyện Lâm Khê</title>\n<meta name="keywords" content="Lâm Khê, huyện Lâm Khê, cổng thông tin" />\n<meta name="description" content="Cổng thông tin điện tử huyện Lâm Khê" />\n<link href="templates/default/css/style.css" rel="stylesheet" type="text/css" />\n<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>\n</head>\n<body>\n<div id="wrapper">\n<div id="header"><a href="index.php"><img src="templates/default/images/banner.jpg" width="980" height="150" alt="Cổng thông tin điện tử huyện Lâm Khê" border="0" /></a></div>\n<table id="menu" width="980" cellspacing="0" cellpadding="0"><tr><td class="menu_item"><a href="index.php">Trang chủ</a></td><td class="menu_item"><a href="index.php?mod=page&amp;id=1">Giới thiệu</a></td><td class="menu_item"><a href="index.php?mod=news&amp;act=list&amp;cat=1">Tin tức - Sự kiện</a></td><td class="menu_item"><a href="index.php?mod=news&amp;act=list&amp;cat=2">Kinh tế</a></td><td class="menu_item"><a href="index.php?mod=news&amp;act=list&amp;cat=3">Văn hóa - Xã hội</a></td><td class="menu_item"><a href="index.php?mod=contact">Liên hệ</a></td></tr></table>\n<div id="marquee"><marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Lâm Khê - Chào mừng kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)</marquee></div>\n<table id="main" width="980" cellspacing="0" cellpadding="0"><tr>\n<td id="left" width="200" valign="top">\n<div class="box"><div class="box_title">DANH MỤC</div><div class="box_content"><ul class="cat"><li><a href="index.php?mod=news&amp;act=list&amp;cat=1">Tin tức - Sự kiện</a></li><li><a href="index.php?mod=news&amp;act=list&amp;cat=2">Kinh tế</a></li><li><a href="index.php?mod=news&amp;act=list&amp;cat=3">Văn hóa - Xã hội</a></li></ul></div></div>\n<div class="box"><div class="box_title">LỊCH</div><div class="box_content">%%CALENDAR%%</div></div>\n<div class="box"><div class="box_title">THỐNG KÊ TRUY CẬP</div><div class="box_content counter">Đang online: <b>12</b><br />Hôm nay: <b>347</b><br />Tổng số: <b>1.254.870</b></div></div>\n</td>\n<td id="center" width="580" valign="top">\n<div class="navi"><a href="index.php">Trang chủ</a> &raquo; Tin theo ngày %%DATE%%</div>\n<div class="cat_title">TIN NGÀY %%DATE%%</div>\n<div class="empty">Không có tin bài nào trong ngày %%DATE%%.</div>\n</td>\n<td id="right" width="200" valign="top">\n<div class="box"><div class="box_title">TIN ĐỌC NHIỀU</div><div class="box_content"><ul class="hot"><li><a href="index.php?mod=news&amp;act=detail&amp;id=312">Nông dân Lâm Khê thu hoạch vụ mùa năm 2011</a></li><li><a href="index.php?mod=news&amp;act=detail&amp;id=298">Hội nghị sơ kết công tác 6 tháng đầu năm 2011</a></li><li><a href="index.php?mod=news&amp;act=detail&amp;id=305">Khánh thành trường mầm non xã Đình Thôn</a></li><li><a href="index.php?mod=news&amp;act=detail&amp;id=1184">Giải ngân vốn đầu tư công 5 tháng đầu năm đạt 38,6%</a></li></ul></div></div>\n<div class="box"><div class="box_title">LIÊN KẾT WEBSITE</div><div class="box_content"><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://vbpl.vn">Cơ sở dữ liệu quốc gia về văn bản pháp luật</option><option value="https://baochinhphu.vn">Báo điện tử Chính phủ</option></select></div></div>\n</td>\n</tr></table>\n<div id="footer">Cổng thông tin điện tử huyện Lâm Khê<br />Cơ quan chủ quản: Ủy ban nhân dân huyện Lâm Khê. Địa chỉ: Số 18 đường Trần Phú, thị trấn Lâm Khê, huyện Lâm Khê<br />Điện thoại: 0222.3852.117 - Email: vanphong@lamkhe.example.gov.vn<br />Ghi rõ nguồn "Cổng thông tin điện tử huyện Lâm Khê" khi phát hành lại thông tin từ website này.</div>\n</div>\n</body>\n</html>\n'
MARKED = frozenset(['2011-08-22', '2011-10-03', '2011-11-14', '2025-04-02', '2025-04-15', '2025-04-24', '2025-05-06', '2025-05-12', '2025-05-20', '2025-05-28'])


def calendar_html(year: int, month: int, marked: frozenset[str] = frozenset()) -> str:
    """The portal's "Lịch" widget: a month table whose every day links the day's archive, and
    previous/next month links (to the first of that month) that go on for ever.
    (Copied into the portal's generated_pages.py, which answers the days no story has.)"""
    import calendar as _calendar
    prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
    next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
    rows = []
    for week in _calendar.Calendar(0).monthdayscalendar(year, month):
        cells = []
        for day in week:
            if not day:
                cells.append("<td>&nbsp;</td>")
                continue
            d = f"{year:04d}-{month:02d}-{day:02d}"
            cls = ' class="has_news"' if d in marked else ""
            cells.append(f'<td{cls}><a href="index.php?mod=news&amp;act=date&amp;d={d}">{day}</a></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="calendar" width="100%" cellspacing="1" cellpadding="2">'
            f'<tr class="cal_head"><td><a href="index.php?mod=news&amp;act=date&amp;d={prev_y:04d}-{prev_m:02d}-01" title="Tháng trước">&laquo;</a></td>'
            f'<td colspan="5" align="center"><b>Tháng {month}/{year}</b></td>'
            f'<td><a href="index.php?mod=news&amp;act=date&amp;d={next_y:04d}-{next_m:02d}-01" title="Tháng sau">&raquo;</a></td></tr>'
            '<tr class="cal_days"><td>T2</td><td>T3</td><td>T4</td><td>T5</td><td>T6</td><td>T7</td><td>CN</td></tr>'
            + "".join(rows) + "</table>")


def _bytes(text: str) -> bytes:
    return text.encode("cp1258", "xmlcharrefreplace")


def answer(target: str) -> tuple[int, str, bytes] | None:
    match = re.fullmatch(r"/index\.php\?mod=news&act=date&d=(\d{4})-(\d{2})-(\d{2})", target)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1:
        return None
    page = (TEMPLATE.replace("%%DATE%%", f"{day:02d}/{month:02d}/{year:04d}")
            .replace("%%CALENDAR%%", calendar_html(year, month, MARKED)))
    return 200, "text/html", _bytes(page)
