'''The categorised view of the modelled Lotus Domino portal (written by
tests/portals/build.py): Domino answers any combination of Start, Count, Expand, Collapse,
ExpandView and CollapseView, and the navigator's "Trang sau" is always there (past the end an
empty view). MODELLED, not copied.'''
from __future__ import annotations

import html
import json
from urllib.parse import parse_qsl

DATA = json.loads('{"view": "/portal.nsf/TheoChuyenMuc", "chrome": "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 4.01 Transitional//EN\\">\\n<html>\\n<head>\\n<title>%%TITLE%% - Cổng thông tin điện tử huyện Hạnh Khê</title>\\n<meta http-equiv=\\"Content-Type\\" content=\\"text/html; charset=UTF-8\\">\\n<script language=\\"JavaScript\\" type=\\"text/javascript\\">\\n<!--\\nfunction _doClick(v, o, t, h) {\\n  var form = document._DominoForm;\\n  if (form.onsubmit) { var retVal = form.onsubmit(); if (typeof retVal == \\"boolean\\" && retVal == false) return false; }\\n  var target = document._domino_target;\\n  if (o.href != null) { if (o.target != null) target = o.target; } else { if (t != null) target = t; }\\n  form.target = target;\\n  form.__Click.value = v;\\n  if (h != null) form.action += h;\\n  form.submit();\\n  return false;\\n}\\n// -->\\n</script>\\n</head>\\n<body text=\\"#000000\\" bgcolor=\\"#FFFFFF\\" leftmargin=\\"0\\" topmargin=\\"0\\">\\n<form method=\\"post\\" action=\\"%%ACTION%%\\" name=\\"_DominoForm\\">\\n<input type=\\"hidden\\" name=\\"__Click\\" value=\\"0\\">\\n<table border=\\"0\\" cellpadding=\\"0\\" cellspacing=\\"0\\" width=\\"980\\" align=\\"center\\">\\n<tr><td colspan=\\"2\\" height=\\"110\\" background=\\"/portal.nsf/banner.jpg?OpenImageResource\\"><font size=\\"5\\" color=\\"#FFFFFF\\" face=\\"Times New Roman\\"><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẠNH KHÊ</b></font></td></tr>\\n<tr><td colspan=\\"2\\" bgcolor=\\"#003366\\"><font size=\\"1\\" color=\\"#FFFFFF\\" face=\\"Arial\\">&nbsp;Ủy ban nhân dân huyện Hạnh Khê</font></td></tr>\\n<tr valign=\\"top\\"><td width=\\"190\\" bgcolor=\\"#E8EEF6\\">\\n<table border=\\"0\\" cellpadding=\\"2\\" cellspacing=\\"0\\" width=\\"100%\\">\\n<tr><td bgcolor=\\"#003366\\"><font size=\\"2\\" color=\\"#FFFFFF\\" face=\\"Arial\\"><b>DANH MỤC</b></font></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/Home?ReadForm\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Trang chủ</b></font></a></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/GioiThieu?ReadForm\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Giới thiệu</b></font></a></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/TinTuc?OpenView\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Tin tức - Sự kiện</b></font></a></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/TheoChuyenMuc?OpenView\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Tin theo chuyên mục</b></font></a></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/TimKiem?OpenForm\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Tìm kiếm</b></font></a></td></tr>\\n<tr><td height=\\"22\\"><img src=\\"/icons/ecblank.gif\\" width=\\"8\\" height=\\"8\\"><a href=\\"/portal.nsf/LienHe?ReadForm\\"><font size=\\"2\\" color=\\"#003366\\" face=\\"Arial\\"><b>Liên hệ</b></font></a></td></tr>\\n</table>\\n<br><table border=\\"0\\" cellpadding=\\"2\\" cellspacing=\\"0\\" width=\\"100%\\">\\n<tr><td bgcolor=\\"#003366\\"><font size=\\"2\\" color=\\"#FFFFFF\\" face=\\"Arial\\"><b>LIÊN KẾT</b></font></td></tr>\\n<tr><td><a href=\\"http://www.chinhphu.vn\\" target=\\"_blank\\"><font size=\\"2\\" face=\\"Arial\\">Cổng TTĐT Chính phủ</font></a></td></tr>\\n<tr><td><font size=\\"1\\" face=\\"Arial\\">Lượt truy cập: 1.284.306</font></td></tr>\\n</table>\\n</td><td width=\\"790\\">\\n%%MAIN%%\\n</td></tr>\\n<tr><td colspan=\\"2\\" bgcolor=\\"#E8EEF6\\" align=\\"center\\"><font size=\\"1\\" face=\\"Arial\\">Bản quyền thuộc Ủy ban nhân dân huyện Hạnh Khê<br>Địa chỉ: Số 5 đường Trần Phú, thị trấn Hạnh Khê, huyện Hạnh Khê - Điện thoại: 0239.3861.204 - Email: vanphong@hanhkhe.example.gov.vn</font></td></tr>\\n</table>\\n</form>\\n</body>\\n</html>\\n", "categories": [["Tin hoạt động", [{"unid": "8F3A1C2B7D4E5F60A1B2C3D4E5F60718", "title": "Huyện Hạnh Khê hỗ trợ 126 hộ nghèo sửa chữa nhà ở", "date": "18/11/2014"}, {"unid": "5E6F708192A3B4C5D6E7F8091A2B3C4D", "title": "Ra quân tổng vệ sinh môi trường tại 18 xã, thị trấn", "date": "29/10/2014"}, {"unid": "D7E8F90A1B2C3D4E5F60718293A4B5C6", "title": "Khai giảng lớp bồi dưỡng kiến thức quốc phòng cho 85 học viên", "date": "14/10/2014"}, {"unid": "93A4B5C6D7E8F90A1B2C3D4E5F607182", "title": "Hội nghị sơ kết 3 năm xây dựng nông thôn mới", "date": "22/09/2014"}]], ["Kinh tế - Xã hội", [{"unid": "0B9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F", "title": "Thu ngân sách 10 tháng đạt 86% dự toán", "date": "10/11/2014"}, {"unid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "title": "Nông dân Hạnh Khê thu hoạch 3.150 ha lúa hè thu", "date": "21/10/2014"}, {"unid": "6F708192A3B4C5D6E7F8091A2B3C4D5E", "title": "Khánh thành cầu Bến Đá nối hai xã Hạnh Lộc và Hạnh Tiến", "date": "30/09/2014"}]], ["Thông báo", [{"unid": "C4D5E6F708192A3B4C5D6E7F8091A2B3", "title": "Thông báo lịch tiếp công dân định kỳ tháng 11 năm 2014", "date": "06/11/2014"}, {"unid": "2A3B4C5D6E7F8091A2B3C4D5E6F70819", "title": "Thông báo thu hồi đất thực hiện dự án đường liên xã Hạnh Phúc - Khê Thượng", "date": "08/10/2014"}]]]}')
CHROME = DATA["chrome"]


def e(text: str) -> str:
    return html.escape(text, quote=True)


def state_of(query: str) -> dict | None:
    parts = query.split("&")
    if not parts or parts[0].lower() != "openview":
        return None
    state = {"start": 1, "count": 30, "expand": set(), "all": False}
    for key, value in parse_qsl("&".join(parts[1:]), keep_blank_values=True):
        k = key.lower()
        if k in ("start", "count", "expand", "collapse"):
            head = value.split(".")[0]
            if not head.isdigit() or int(head) < 1:
                return None
            if k == "start":
                state["start"] = int(head)
            elif k == "count":
                state["count"] = int(head)
            elif k == "expand":
                state["expand"] = {int(head)}
            else:
                state["expand"] = set()
        elif k == "expandview":
            state["all"] = True
        elif k == "collapseview":
            state["all"] = False
            state["expand"] = set()
        else:
            return None
    return state


def rows_of(state: dict) -> list[str]:
    rows = []
    view = DATA["view"]
    for k, (name, docs) in enumerate(DATA["categories"], 1):
        opened = state["all"] or k in state["expand"]
        twisty = (f'{view}?OpenView&Start={state["start"]}&Count={state["count"]}&'
                  + (f'Collapse={k}#{k}' if opened else f'Expand={k}#{k}'))
        icon = ("/icons/collapse.gif", "Hide") if opened else ("/icons/expand.gif", "Show")
        rows.append(f'<tr valign="top"><td colspan="2"><a name="{k}"></a><a href="{twisty}" target="_self">'
                    f'<img src="{icon[0]}" border="0" height="16" width="16" alt="{icon[1]} details for {e(name)}"></a>'
                    f'<b><font size="2" color="#003366" face="Arial">{e(name)}</font></b> '
                    f'<font size="1" face="Arial">({len(docs)})</font></td></tr>')
        if opened:
            for doc in docs:
                rows.append(f'<tr valign="top"><td width="90"><font size="1" face="Arial">{doc["date"]}</font></td>'
                            f'<td><img src="/icons/ecblank.gif" border="0" height="16" width="16" alt="">'
                            f'<a href="{view}/{doc["unid"]}?OpenDocument"><font size="2" face="Arial">{e(doc["title"])}</font></a></td></tr>')
    return rows


def render(query: str) -> str | None:
    state = state_of(query)
    if state is None:
        return None
    rows = rows_of(state)
    start, count, view = state["start"], state["count"], DATA["view"]
    shown = rows[start - 1:start - 1 + count]
    body = "\n".join(shown) if shown else '<tr><td colspan="2"><h2>No documents found</h2></td></tr>'
    keep = "&ExpandView" if state["all"] else "".join(f"&Expand={k}" for k in sorted(state["expand"]))
    nav = []
    if start > 1:
        nav.append(f'<a href="{view}?OpenView&Start={max(1, start - count)}&Count={count}{keep}">« Trang trước</a>')
    nav.append(f'<a href="{view}?OpenView&Start={start + count}&Count={count}{keep}">Trang sau »</a>')
    nav.append(f'<a href="{view}?OpenView&ExpandView">Mở rộng tất cả</a>')
    nav.append(f'<a href="{view}?OpenView&CollapseView">Thu gọn tất cả</a>')
    sizes = " | ".join(f'<a href="{view}?OpenView&Start=1&Count={n}{keep}">{n}</a>' for n in (10, 30, 50))
    main = (f'<table border="0" cellpadding="2" cellspacing="0" width="100%"><tr><td bgcolor="#E8EEF6">'
            f'<b><font size="2" color="#990000" face="Arial">TIN THEO CHUYÊN MỤC</font></b></td></tr></table>\n'
            f'<table border="0" cellpadding="2" cellspacing="0">\n{body}\n</table>\n'
            f'<p><font size="1" face="Arial">{" | ".join(nav)} &nbsp; Số dòng mỗi trang: {sizes}</font></p>')
    return CHROME.replace("%%ACTION%%", e(f"{view}?OpenView&Seq=1")).replace(
        "%%TITLE%%", "Tin theo chuyên mục").replace("%%MAIN%%", main)


def answer(target: str) -> tuple[int, str, bytes] | None:
    view = DATA["view"]
    if not target.startswith(view + "?"):
        return None
    made = render(target[len(view) + 1:])
    return None if made is None else (200, "text/html; charset=UTF-8", made.encode("utf-8"))
