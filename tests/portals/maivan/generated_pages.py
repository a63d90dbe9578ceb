'''Listing and search pages the modelled faceted portal answers without end (written by
tests/portals/build.py): its listings answer any sort, view, per_page, tag set and page number
(past the last page: the last page again on a section, an empty list on a tag filter, "Sau »"
always there), its search any query. MODELLED, not copied.'''
from __future__ import annotations

import html
import json
import math
from urllib.parse import parse_qsl, quote_plus, urlsplit

DATA = json.loads('{"site": "Trang thông tin điện tử phường Mai Vân", "page_size": 3, "per_page": [3, 6, 12], "tags": {"chuyen-doi-so": "Chuyển đổi số", "an-sinh-xa-hoi": "An sinh xã hội", "ngan-sach": "Ngân sách", "do-thi-van-minh": "Đô thị văn minh", "cai-cach-hanh-chinh": "Cải cách hành chính"}, "categories": {"chinh-quyen": "Chính quyền", "kinh-te-do-thi": "Kinh tế - Đô thị", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}, "teasers": [{"id": 3418, "url": "/tin-tuc/phuong-mai-van-ho-tro-42-ho-ngheo-sua-chua-nha-o-3418.html", "title": "Phường Mai Vân hỗ trợ 42 hộ nghèo sửa chữa nhà ở", "date": "22/09/2025", "published": "2025-09-22T09:15", "sapo": "UBND phường Mai Vân trao kinh phí hỗ trợ sửa chữa nhà ở cho 42 hộ nghèo, hộ cận nghèo trên địa bàn.", "category": "van-hoa-xa-hoi", "tags": ["an-sinh-xa-hoi", "ngan-sach"], "keywords": ["hộ nghèo", "nhà ở"], "views": 412}, {"id": 3405, "url": "/tin-tuc/trien-khai-thanh-toan-khong-dung-tien-mat-tai-cho-mai-van-3405.html", "title": "Triển khai thanh toán không dùng tiền mặt tại chợ Mai Vân", "date": "15/09/2025", "published": "2025-09-15T14:30", "sapo": "186 trên 204 tiểu thương chợ Mai Vân đã niêm yết mã QR để người mua thanh toán qua ngân hàng.", "category": "kinh-te-do-thi", "tags": ["chuyen-doi-so"], "keywords": ["chuyển đổi số", "chợ Mai Vân"], "views": 655}, {"id": 3397, "url": "/tin-tuc/hoi-nghi-giao-du-toan-ngan-sach-phuong-nam-2026-3397.html", "title": "Hội nghị triển khai xây dựng dự toán ngân sách phường năm 2026", "date": "08/09/2025", "published": "2025-09-08T08:00", "sapo": "UBND phường Mai Vân triển khai xây dựng dự toán thu, chi ngân sách năm 2026 theo hướng dẫn của UBND thành phố.", "category": "chinh-quyen", "tags": ["ngan-sach"], "keywords": ["ngân sách"], "views": 238}, {"id": 3381, "url": "/tin-tuc/ra-quan-chinh-trang-via-he-pho-hoa-binh-3381.html", "title": "Ra quân chỉnh trang vỉa hè phố Hòa Bình", "date": "29/08/2025", "published": "2025-08-29T07:40", "sapo": "Lực lượng trật tự đô thị phường Mai Vân ra quân lập lại trật tự vỉa hè trên tuyến phố Hòa Bình.", "category": "kinh-te-do-thi", "tags": ["do-thi-van-minh"], "keywords": ["vỉa hè", "đô thị văn minh"], "views": 503}, {"id": 3366, "url": "/tin-tuc/100-phan-tram-thu-tuc-hanh-chinh-duoc-tiep-nhan-truc-tuyen-3366.html", "title": "100% thủ tục hành chính cấp phường được tiếp nhận trực tuyến", "date": "18/08/2025", "published": "2025-08-18T10:20", "sapo": "Bộ phận một cửa phường Mai Vân tiếp nhận trực tuyến toàn bộ 96 thủ tục hành chính cấp phường.", "category": "chinh-quyen", "tags": ["cai-cach-hanh-chinh", "chuyen-doi-so"], "keywords": ["dịch vụ công", "chuyển đổi số"], "views": 721}, {"id": 3352, "url": "/tin-tuc/tang-qua-gia-dinh-chinh-sach-nhan-ngay-27-7-3352.html", "title": "Tặng quà gia đình chính sách nhân ngày Thương binh - Liệt sĩ", "date": "25/07/2025", "published": "2025-07-25T15:00", "sapo": "Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, lãnh đạo phường Mai Vân thăm, tặng 168 suất quà cho các gia đình chính sách.", "category": "van-hoa-xa-hoi", "tags": ["an-sinh-xa-hoi"], "keywords": ["gia đình chính sách"], "views": 344}, {"id": 3340, "url": "/tin-tuc/ky-hop-chuyen-de-hdnd-phuong-thong-qua-ke-hoach-dau-tu-cong-3340.html", "title": "Kỳ họp chuyên đề HĐND phường thông qua kế hoạch đầu tư công", "date": "10/07/2025", "published": "2025-07-10T16:10", "sapo": "HĐND phường Mai Vân tổ chức kỳ họp chuyên đề, thông qua kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.", "category": "chinh-quyen", "tags": ["ngan-sach"], "keywords": ["đầu tư công", "ngân sách"], "views": 197}, {"id": 3327, "url": "/tin-tuc/mai-van-phat-dong-phong-trao-phan-loai-rac-tai-nguon-3327.html", "title": "Mai Vân phát động phong trào phân loại rác tại nguồn", "date": "27/06/2025", "published": "2025-06-27T08:30", "sapo": "UBND phường Mai Vân phát động phong trào phân loại rác thải sinh hoạt tại nguồn ở 12 tổ dân phố.", "category": "kinh-te-do-thi", "tags": ["do-thi-van-minh"], "keywords": ["rác thải", "đô thị văn minh"], "views": 286}]}')
LAYOUT = '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n<title>%%TITLE%%</title>\n<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">\n<link rel="stylesheet" href="/assets/css/portal.css?v=2.3.1">\n</head>\n<body>\n<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/logo-maivan.png" alt="Logo Trang thông tin điện tử phường Mai Vân" height="72"></a>\n<span class="site-name">TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG MAI VÂN</span>\n<form class="form-inline search-box" action="/tim-kiem" method="get"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm..."><button class="btn" type="submit">Tìm</button></form></div></header>\n<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc">Tin tức</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/chuyen-muc/chinh-quyen">Chính quyền</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/chuyen-muc/kinh-te-do-thi">Kinh tế - Đô thị</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/chuyen-muc/van-hoa-xa-hoi">Văn hóa - Xã hội</a></li><li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul></div></nav>\n<main class="container"><div class="row">\n<div class="col-lg-8 main-col">\n%%MAIN%%\n</div>\n<aside class="col-lg-4 sidebar">\n<div class="widget"><h4 class="widget-title">Tin xem nhiều</h4><ul class="list-unstyled"><li><a href="/tin-tuc/100-phan-tram-thu-tuc-hanh-chinh-duoc-tiep-nhan-truc-tuyen-3366.html">100% thủ tục hành chính cấp phường được tiếp nhận trực tuyến</a></li><li><a href="/tin-tuc/trien-khai-thanh-toan-khong-dung-tien-mat-tai-cho-mai-van-3405.html">Triển khai thanh toán không dùng tiền mặt tại chợ Mai Vân</a></li><li><a href="/tin-tuc/ra-quan-chinh-trang-via-he-pho-hoa-binh-3381.html">Ra quân chỉnh trang vỉa hè phố Hòa Bình</a></li><li><a href="/tin-tuc/phuong-mai-van-ho-tro-42-ho-ngheo-sua-chua-nha-o-3418.html">Phường Mai Vân hỗ trợ 42 hộ nghèo sửa chữa nhà ở</a></li></ul></div>\n<div class="widget"><h4 class="widget-title">Thẻ</h4><div class="tag-cloud">%%TAGS%%</div></div>\n<div class="widget"><h4 class="widget-title">Thống kê truy cập</h4><p>Đang truy cập: 9<br>Hôm nay: 402<br>Tổng lượt truy cập: 318.775</p></div>\n</aside>\n</div></main>\n<footer class="site-footer"><div class="container"><p><b>TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG MAI VÂN</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân phường Mai Vân. Địa chỉ: Số 8 phố Hòa Bình, phường Mai Vân. Điện thoại: 0225 3742 519. Email: ubnd.maivan@example.gov.vn</p></div></footer>\n<script src="/assets/vendor/jquery/jquery.min.js"></script><script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n'
SORTS = {"newest": "Mới nhất", "oldest": "Cũ nhất", "views": "Xem nhiều"}
VIEWS = {"list": "Danh sách", "grid": "Lưới"}


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


def href(path: str, state: dict) -> str:
    params = [("tag", t) for t in state["tags"]]
    if state["sort"] != "newest":
        params.append(("sort", state["sort"]))
    if state["view"] != "list":
        params.append(("view", state["view"]))
    if state["per_page"] != DATA["page_size"]:
        params.append(("per_page", str(state["per_page"])))
    if state["page"] != 1:
        params.append(("page", str(state["page"])))
    return path + ("?" + "&amp;".join(f"{k}={quote_plus(v)}" for k, v in params) if params else "")


def changed(state: dict, **values) -> dict:
    return {**state, "page": 1, **values}


def tag_cloud(path: str, state: dict | None) -> str:
    links = []
    for slug, name in DATA["tags"].items():
        if state is None:
            links.append(f'<a class="tag" href="/tin-tuc?tag={slug}">{e(name)}</a>')
        elif slug in state["tags"]:
            links.append(f'<a class="tag active" href="{href(path, changed(state, tags=[t for t in state["tags"] if t != slug]))}">{e(name)} ×</a>')
        else:
            links.append(f'<a class="tag" href="{href(path, changed(state, tags=[*state["tags"], slug]))}">{e(name)}</a>')
    return " ".join(links)


def page(title: str, main: str, cloud: str) -> str:
    return LAYOUT.replace("%%TITLE%%", e(title)).replace("%%MAIN%%", main).replace("%%TAGS%%", cloud)


def teaser(x: dict, view: str) -> str:
    if view == "grid":
        return (f'<div class="col-md-4 card-item"><div class="card"><a href="{x["url"]}"><img class="card-img-top" src="/uploads/tin-tuc/{x["id"]}/thumb.jpg" alt="{a(x["title"])}"></a>'
                f'<div class="card-body"><h5 class="card-title"><a href="{x["url"]}">{e(x["title"])}</a></h5><p class="card-date">{x["date"]}</p></div></div></div>')
    return (f'<div class="media news-item"><a href="{x["url"]}"><img class="mr-3" src="/uploads/tin-tuc/{x["id"]}/thumb.jpg" alt="{a(x["title"])}" width="180"></a>'
            f'<div class="media-body"><h3 class="news-title"><a href="{x["url"]}">{e(x["title"])}</a></h3><p class="news-date">{x["date"]}</p><p class="news-sapo">{e(x["sapo"])}</p></div></div>')


def pager(path: str, state: dict, pages: int) -> str:
    k = state["page"]
    parts = [f'<li class="page-item"><a class="page-link" href="{href(path, {**state, "page": k - 1})}">« Trước</a></li>'] if k > 1 else []
    parts += [f'<li class="page-item{" active" if m == k else ""}"><a class="page-link" href="{href(path, {**state, "page": m})}">{m}</a></li>' for m in range(1, pages + 1)]
    # the component renders "Sau »" from the page asked for, not from the number of pages
    parts.append(f'<li class="page-item"><a class="page-link" href="{href(path, {**state, "page": k + 1})}">Sau »</a></li>')
    return '<nav aria-label="Phân trang"><ul class="pagination">' + "".join(parts) + "</ul></nav>"


def listing(path: str, state: dict, heading: str, items: list) -> str:
    if state["sort"] == "oldest":
        items = sorted(items, key=lambda x: x["published"])
    elif state["sort"] == "views":
        items = sorted(items, key=lambda x: -x["views"])
    size = state["per_page"]
    pages = max(1, math.ceil(len(items) / size))
    k = state["page"]
    if k > pages:  # past the end: a section shows its last page again, a tag filter nothing
        shown = [] if state["tags"] else items[(pages - 1) * size:]
    else:
        shown = items[(k - 1) * size:k * size]
    sorts = " | ".join(f'<a class="{"active" if s == state["sort"] else ""}" href="{href(path, changed(state, sort=s))}">{n}</a>' for s, n in SORTS.items())
    views = " ".join(f'<a class="btn btn-sm{" active" if v == state["view"] else ""}" href="{href(path, changed(state, view=v))}">{n}</a>' for v, n in VIEWS.items())
    options = "".join(f'<option value="{href(path, changed(state, per_page=n))}"{" selected" if n == size else ""}>{n}</option>' for n in DATA["per_page"])
    toolbar = (f'<div class="list-toolbar"><span>Sắp xếp: {sorts}</span> <span class="view-switch">Hiển thị: {views}</span> '
               f'<span>Số tin/trang: <select class="per-page" onchange="location.href=this.value">{options}</select></span></div>')
    filters = " ".join(f'<span class="badge">{e(DATA["tags"][t])}</span>' for t in state["tags"])
    body = "".join(teaser(x, state["view"]) for x in shown) or '<p class="empty">Chưa có bài viết nào.</p>'
    body = f'<div class="row">{body}</div>' if state["view"] == "grid" else body
    main = (f'<h1 class="page-title">{e(heading)}</h1>' + (f'<div class="filters">Lọc theo thẻ: {filters}</div>' if filters else "")
            + toolbar + f'<div class="news-list">{body}</div>' + pager(path, state, pages))
    return page(heading + (f" - Trang {k}" if k > 1 else "") + " - " + DATA["site"], main, tag_cloud(path, state))


def search(query: str, k: int) -> str:
    folded = query.casefold()
    found = [x for x in DATA["teasers"] if folded in (x["title"] + " " + x["sapo"] + " " + " ".join(x["keywords"])).casefold()]
    shown = found[(k - 1) * DATA["page_size"]:k * DATA["page_size"]]
    body = "".join(teaser(x, "list") for x in shown) or '<p class="empty">Không tìm thấy kết quả phù hợp.</p>'
    nav = ('<nav aria-label="Phân trang"><ul class="pagination">'
           + (f'<li class="page-item"><a class="page-link" href="/tim-kiem?q={quote_plus(query)}&amp;page={k - 1}">« Trước</a></li>' if k > 1 else "")
           + f'<li class="page-item"><a class="page-link" href="/tim-kiem?q={quote_plus(query)}&amp;page={k + 1}">Sau »</a></li></ul></nav>')
    main = (f'<h1 class="page-title">Kết quả tìm kiếm</h1><p class="search-summary">Từ khóa: <b>{e(query)}</b></p>'
            f'<div class="news-list">{body}</div>{nav}')
    return page(f"Tìm kiếm: {query} - " + DATA["site"], main, tag_cloud("/tin-tuc", None))


def state_of(query: str) -> dict | None:
    state = {"tags": [], "sort": "newest", "view": "list", "per_page": DATA["page_size"], "page": 1}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "tag" and value in DATA["tags"] and value not in state["tags"]:
            state["tags"].append(value)
        elif key == "sort" and value in SORTS:
            state["sort"] = value
        elif key == "view" and value in VIEWS:
            state["view"] = value
        elif key in ("per_page", "page") and value.isdigit() and int(value) > 0:
            state[key] = int(value)
        else:
            return None
    return state


def render(target: str) -> str | None:
    parts = urlsplit(target)
    if parts.path == "/tim-kiem":
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        number = params.get("page", "1")
        if not params.get("q", "").strip() or not number.isdigit() or int(number) < 1:
            return None
        return search(params["q"].strip(), int(number))
    state = state_of(parts.query)
    if state is None:
        return None
    if parts.path == "/tin-tuc":
        items = [x for x in DATA["teasers"] if all(t in x["tags"] for t in state["tags"])]
        heading = "Tin tức" if not state["tags"] else "Thẻ: " + ", ".join(DATA["tags"][t] for t in state["tags"])
        return listing(parts.path, state, heading, items)
    if parts.path.startswith("/tin-tuc/chuyen-muc/") and parts.path.rsplit("/", 1)[1] in DATA["categories"]:
        cat = parts.path.rsplit("/", 1)[1]
        items = [x for x in DATA["teasers"] if x["category"] == cat and all(t in x["tags"] for t in state["tags"])]
        return listing(parts.path, state, DATA["categories"][cat], items)
    return None


def answer(target: str) -> tuple[int, str, bytes] | None:
    made = render(target)
    return None if made is None else (200, "text/html; charset=utf-8", made.encode("utf-8"))
