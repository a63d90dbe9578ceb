"""Write the hold-out portals of this folder from their content (``_src/<site>.py``).

    /work/main/.venv/bin/python tests/portals/build.py     # rewrites tests/portals/<site>/

Four template families that neither ``sample_portals/`` nor ``tests/fixtures/`` model, each a
whole portal in the corpus format (``sample_portals/FORMAT.md``): home page with a featured teaser
and a long lead, category listings whose teasers each carry a date and a summary, next-only
pagination, about/contact/search/tag pages, a page whose only heading is a widget's, articles
with gold. Every manifest entry of an HTML page also says what the page is (``page_class``:
article, listing, home or other) for the classification gate.

Everything is modelled, not copied: the markup follows what these platforms emit (Drupal 9
views and blocks, a hand-made PHP CMS, ASP.NET MVC with Bootstrap 3, Hugo with a PaperMod-like
theme); the units, people and prose are invented.
"""
from __future__ import annotations

import html
import importlib
import json
import re
import shutil
import sys
import unicodedata
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = ("vankhe", "trangkhe", "ngoclam", "phuvan", "lacvan", "namlien", "hoakhe", "yenkhe", "lienvan", "ngockhe", "tungkhe", "vanson", "dongson")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
HTML_TYPE = "text/html; charset=utf-8"
ACTIVE = ' class="active"'
LINKS = [  # the "Liên kết website" widget of every portal
    ("https://chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
    ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
    ("https://vbpl.vn", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"),
    ("https://baochinhphu.vn", "Báo điện tử Chính phủ"),
]


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def dmy(iso: str) -> str:
    return when(iso).strftime("%d/%m/%Y")


def hm(iso: str) -> str:
    return when(iso).strftime("%H:%M")


def weekday(iso: str) -> str:
    return WEEKDAYS[when(iso).weekday()]


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def long_lead(article: dict, limit: int = 560) -> str:
    """A featured teaser's lead: the opening paragraphs, cut at a word near ``limit``."""
    text = " ".join([article.get("sapo", ""), *article["paragraphs"][:-1]]).strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "..."


def tiny_pdf(title: str) -> bytes:
    """A minimal valid PDF (one empty page), offsets computed."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
               b"<< /Title (" + title.encode("ascii", "replace") + b") >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# A 1x1 baseline JPEG: the bytes a photo URL answers with (the archive keeps what it fetched).
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
    "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
    "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403"
    "050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a1617"
    "18191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83"
    "8485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7"
    "d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


class Portal:
    """Collects one site's files, manifest entries and gold, then writes the folder."""

    def __init__(self, src, template: str, notes: str):
        self.src = src
        self.site = src.SITE
        self.template = template
        self.notes = notes
        self.files: dict[str, bytes] = {}
        self.manifest: list[dict] = []
        self.gold: dict[str, dict] = {}
        self.start_path = "/"  # where a crawl starts: a portal that is a path of a shared host

    def page(self, path: str, file: str, text: str, page_class: str) -> None:
        text = unicodedata.normalize("NFC", text)
        self.files[file] = text.encode("utf-8")
        self.manifest.append({"path": path, "file": file, "content_type": HTML_TYPE, "status": 200,
                              "page_class": page_class})

    def alias(self, path: str, file: str, page_class: str) -> None:
        """Another URL the portal answers with a page it serves already (the file is written
        by that page's own entry)."""
        self.manifest.append({"path": path, "file": file, "content_type": HTML_TYPE, "status": 200,
                              "page_class": page_class})

    def raw(self, path: str, file: str, data: bytes, content_type: str) -> None:
        self.files[file] = data
        self.manifest.append({"path": path, "file": file, "content_type": content_type, "status": 200})

    def article_gold(self, name: str, path: str, article: dict, body: list[str], category: str,
                     must_not_contain: list[str], counter: dict | None,
                     published: str | None = None, author: str | None = None) -> None:
        self.gold[name] = {
            "path": path, "title": article["title"],
            "published": published or article["published"],
            "author": author if author is not None else article["author"],
            "category": category, "body_paragraphs": body,
            "must_not_contain": must_not_contain, "visitor_counter": counter,
            "attachments": [], "statistics": [], "statistics_annotated": False,
        }

    def write(self) -> None:
        out = HERE / self.site["id"]
        if out.exists():
            shutil.rmtree(out)
        for file, data in self.files.items():
            target = out / file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        site = {"id": self.site["id"], "name": self.site["name"], "family": None,
                "template": self.template, "province": None, "start_path": self.start_path,
                "base_url": self.site["base_url"], "notes": self.notes}
        (out / "site.json").write_text(json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (out / "manifest.json").write_text(
            "[\n" + ",\n".join(" " + json.dumps(m, ensure_ascii=False) for m in self.manifest) + "\n]\n",
            encoding="utf-8")
        (out / "gold").mkdir()
        for name, gold in self.gold.items():
            (out / "gold" / f"{name}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def counter_gold(online=None, today=None, yesterday=None, week=None, month=None, year=None, total=None) -> dict:
    return {"online": online, "today": today, "yesterday": yesterday, "week": week, "month": month,
            "year": year, "total": total}


# -- Drupal 9 views portal ---------------------------------------------------------------------


def build_drupal(src) -> Portal:
    s = src.SITE
    p = Portal(src, "drupal-views", (
        "MODELLED, not copied: a Drupal 9 commune portal (custom theme on Olivero/Classy markup): "
        "pathauto article URLs /tin-tuc/<slug> with no id, taxonomy-term views /chuyen-muc/<term> "
        "rendering node teasers with the same field--name-body class as the full node, Drupal's "
        "0-based mini pager (?page=1, 'Trang sau ››' only on the first page), front page with no page "
        "title and a 'Tin nổi bật' view whose first row carries a long trimmed lead, visually-hidden "
        "h2 labels of menu and breadcrumb, sidebar blocks ('Liên kết website' select, 'Văn bản mới', "
        "'Thống kê truy cập'), a documents view whose page title is hidden, a basic page (Giới thiệu), "
        "a contact form and the core search page (disallowed in robots.txt, as Drupal ships it). "
        "Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=14, today=356, month=9874, total=1284530)
    url = {x["node"]: f"/tin-tuc/{x['slug']}" for x in arts}

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
{extra}    <link rel="icon" href="/themes/custom/vankhe/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{e(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yw3kq9Rz1.css" />
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  </head>
"""

    def sidebar(with_documents: bool = True) -> str:
        options = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        docs = "".join(
            f'<li><a href="/sites/default/files/van-ban/{d["file"]}">{e(d["number"])}</a> '
            f'<span class="date">{d["issued"]}</span></li>' for d in src.DOCUMENTS)
        blocks = [f"""      <div id="block-lienketwebsite" class="block block-block-content block-block-content7d1f0c3a">
        <h2>Liên kết website</h2>
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><select class="lien-ket-website" onchange="if (this.value) window.open(this.value);"><option value="">-- Chọn liên kết --</option>{options}</select></div>
      </div>"""]
        if with_documents:
            blocks.append(f"""      <div class="views-element-container block block-views block-views-blockvan-ban-moi-block-1" id="block-views-block-van-ban-moi-block-1">
        <h2>Văn bản mới</h2>
        <div><div class="view view-van-ban-moi view-id-van_ban_moi view-display-id-block_1 js-view-dom-id-5c1d"><div class="view-content"><div class="item-list"><ul>{docs}</ul></div></div></div></div>
      </div>""")
        blocks.append("""      <div id="block-thongketruycap" class="block block-visitors block-visitors-block">
        <h2>Thống kê truy cập</h2>
        <div class="item-list"><ul><li>Đang truy cập: 14</li><li>Hôm nay: 356</li><li>Tháng này: 9.874</li><li>Tổng lượt truy cập: 1.284.530</li></ul></div>
      </div>""")
        return "\n".join(blocks)

    def layout(title: str, body_class: str, content: str, *, page_title: str | None = None,
               crumbs: list[tuple[str, str]] | None = None, extra_head: str = "",
               with_documents: bool = True) -> str:
        title_block = ""
        if page_title:
            title_block = f"""      <div id="block-vankhe-page-title" class="block block-core block-page-title-block">
        <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(page_title)}</span></h1>
      </div>
"""
        crumb_html = ""
        if crumbs:
            items = "".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in crumbs)
            crumb_html = f"""  <div class="region region-breadcrumb">
    <div id="block-vankhe-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Trang chủ</a></li>{items}</ol></nav>
    </div>
  </div>
"""
        menu = "".join(f'<li class="menu-item"><a href="{a(u)}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"),
            ("/chuyen-muc/tin-tuc-su-kien", src.CATEGORIES["tin-tuc-su-kien"]),
            ("/chuyen-muc/kinh-te-xa-hoi", src.CATEGORIES["kinh-te-xa-hoi"]),
            ("/van-ban-chi-dao", "Văn bản chỉ đạo"), ("/lien-he", "Liên hệ")])
        return head(title, extra_head) + f"""  <body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner">
    <div class="region region-header">
      <div id="block-vankhe-branding" class="block block-system block-system-branding-block">
        <a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo-vankhe.png" alt="Trang chủ" /></a>
        <div class="site-name"><a href="/" rel="home">{e(s["name"])}</a></div>
        <div class="site-slogan">Ủy ban nhân dân xã Vân Khê - huyện Kim Sơn Thượng</div>
      </div>
      <div class="search-block-form block block-search" id="block-vankhe-search" role="search">
        <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa cần tìm." type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /><input type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form>
        <a href="/search/node" class="search-advanced">Tìm kiếm nâng cao</a>
      </div>
    </div>
    <div class="region region-primary-menu">
      <nav role="navigation" aria-labelledby="block-vankhe-main-menu-menu" id="block-vankhe-main-menu" class="block block-menu navigation menu--main">
        <h2 class="visually-hidden" id="block-vankhe-main-menu-menu">Main navigation</h2>
        <ul class="menu">{menu}</ul>
      </nav>
    </div>
  </header>
{crumb_html}  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
{title_block}      <div data-drupal-messages-fallback class="hidden"></div>
      <div id="block-vankhe-content" class="block block-system block-system-main-block">
{content}
      </div>
      </div>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
      <div class="region region-sidebar-second">
{sidebar(with_documents)}
      </div>
    </aside>
  </main>
  <footer role="contentinfo">
    <div class="region region-footer">
      <div id="block-footerinfo" class="block block-block-content">
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ VÂN KHÊ</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Vân Khê</p>
<p>Địa chỉ: {e(s["address"])} - Điện thoại: {e(s["phone"])} - Email: {e(s["email"])}</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử xã Vân Khê" khi phát hành lại thông tin từ website này.</p></div>
      </div>
    </div>
  </footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"vi"}},"ajaxTrustedUrl":{{"\\/search\\/node":true}}}}</script>
<script src="/sites/default/files/js/js_9Xq1p.js"></script>
  </body>
</html>
"""

    def teaser(x: dict) -> str:
        return f"""<div class="views-row"><article role="article" about="{url[x['node']]}" class="node node--type-article node--promoted node--view-mode-teaser">
  <h2><a href="{url[x['node']]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{e(x['title'])}</span></a></h2>
  <div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">{weekday(x['published'])}, {dmy(x['published'])} - {hm(x['published'])}</span></div>
  <div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{e(x['paragraphs'][0])}</p></div>
  <ul class="links inline"><li class="node-readmore"><a href="{url[x['node']]}" rel="tag" title="{a(x['title'])}" hreflang="vi">Đọc thêm<span class="visually-hidden"> về {e(x['title'])}</span></a></li></ul></div>
</article></div>"""

    def term_view(items: list[dict], view: str, page: int, pages: int, base: str) -> str:
        rows = "\n".join(teaser(x) for x in items)
        pager = [f'<li class="pager__item is-active">Trang {page + 1}</li>']
        if page > 0:
            prev = base if page == 1 else f"?page={page - 1}"
            pager.insert(0, f'<li class="pager__item pager__item--previous"><a href="{prev}" title="Đến trang trước" rel="prev"><span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹‹</span></a></li>')
        if page + 1 < pages:
            pager.append(f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Đến trang sau" rel="next"><span class="visually-hidden">Trang sau</span><span aria-hidden="true">››</span></a></li>')
        return f"""<div class="views-element-container"><div class="view view-{view} view-id-{view.replace('-', '_')} view-display-id-page_1 js-view-dom-id-8a0b">
  <div class="view-content">
{rows}
  </div>
  <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">{''.join(pager)}</ul></nav>
</div></div>"""

    # front page: no page title; 'Tin nổi bật' first row with a long trimmed lead
    featured, *others = arts
    feat = f"""<div class="views-element-container block block-views block-views-blocktin-noi-bat-block-1" id="block-views-block-tin-noi-bat-block-1">
  <h2>Tin nổi bật</h2>
  <div><div class="view view-tin-noi-bat view-id-tin_noi_bat view-display-id-block_1 js-view-dom-id-31fe"><div class="view-content">
    <div class="views-row views-row-first noi-bat">
      <div class="views-field views-field-field-image"><div class="field-content"><a href="{url[featured['node']]}" hreflang="vi"><img src="/sites/default/files/styles/large/public/2024-05/anh-{featured['node']}.jpg?itok=Qk2x8a" width="640" height="400" alt="{a(featured['title'])}" loading="lazy" /></a></div></div>
      <div class="views-field views-field-title"><h3 class="field-content"><a href="{url[featured['node']]}" hreflang="vi">{e(featured['title'])}</a></h3></div>
      <div class="views-field views-field-created"><span class="field-content"><time datetime="{featured['published']}:00+07:00">{dmy(featured['published'])} - {hm(featured['published'])}</time></span></div>
      <div class="views-field views-field-body"><div class="field-content"><p>{e(long_lead(featured))}</p></div></div>
    </div>
""" + "\n".join(f"""    <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{url[x['node']]}" hreflang="vi">{e(x['title'])}</a></span></div><div class="views-field views-field-created"><span class="field-content">{dmy(x['published'])}</span></div></div>""" for x in others[:3]) + """
  </div></div></div>
</div>"""
    blocks = [feat]
    for slug, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == slug][:3]
        rows = "\n".join(f"""    <div class="views-row"><div class="views-field views-field-title"><h3 class="field-content"><a href="{url[x['node']]}" hreflang="vi">{e(x['title'])}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{dmy(x['published'])}</span></div><div class="views-field views-field-body"><div class="field-content">{e(x['paragraphs'][0])}</div></div></div>""" for x in items)
        blocks.append(f"""<div class="views-element-container block block-views" id="block-views-block-tin-{slug}">
  <h2>{e(name)}</h2>
  <div><div class="view view-tin-chuyen-muc view-display-id-block_2"><div class="view-content">
{rows}
  </div><div class="more-link"><a href="/chuyen-muc/{slug}">Xem thêm</a></div></div></div>
</div>""")
    p.page("/", "pages/index.html", layout(s["name"], "path-frontpage", "\n".join(blocks)), "home")

    # category listings, 3 teasers a page, next-only on the first page
    for slug, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == slug]
        pages = chunks(items, 3)
        for i, chunk in enumerate(pages):
            path = f"/chuyen-muc/{slug}" + (f"?page={i}" if i else "")
            p.page(path, f"pages/chuyen-muc/{slug}-{i}.html", layout(
                f"{name} | {s['name']}", "path-taxonomy", term_view(chunk, "taxonomy-term", i, len(pages), f"/chuyen-muc/{slug}"),
                page_title=name), "listing")

    # tag pages: the same teaser view under a tag term
    for slug, name in src.TAGS.items():
        items = [x for x in arts if slug in x["tags"]]
        p.page(f"/tu-khoa/{slug}", f"pages/tu-khoa/{slug}.html", layout(
            f"{name} | {s['name']}", "path-taxonomy", term_view(items, "taxonomy-term", 0, 1, f"/tu-khoa/{slug}"),
            page_title=name), "other")

    # articles
    for x in arts:
        same = [y for y in arts if y["category"] == x["category"] and y is not x][:4]
        tags = "".join(f'<div class="field__item"><a href="/tu-khoa/{t}" hreflang="vi">{e(src.TAGS[t])}</a></div>' for t in x["tags"])
        tags_html = (f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Từ khóa</div><div class="field__items">{tags}</div></div>') if tags else ""
        body = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in x["paragraphs"][:-1])
        body += f'\n<p style="text-align: right;"><strong>{e(x["paragraphs"][-1])}</strong></p>'
        related = "".join(f'<li><a href="{url[y["node"]]}" hreflang="vi">{e(y["title"])}</a> <span class="date">({dmy(y["published"])})</span></li>' for y in same)
        content = f"""<article role="article" data-history-node-id="{x['node']}" about="{url[x['node']]}" class="node node--type-article node--promoted node--view-mode-full">
  <footer class="node__meta"><div class="node__submitted">Đăng ngày <span class="field field--name-created field--type-created field--label-hidden">{weekday(x['published'])}, {dmy(x['published'])} - {hm(x['published'])}</span></div></footer>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {tags_html}
  </div>
</article>
<div class="views-element-container block block-views" id="block-views-block-tin-cung-chuyen-muc-block-1">
  <h2>Tin cùng chuyên mục</h2>
  <div class="item-list"><ul>{related}</ul></div>
</div>"""
        extra = (f'    <link rel="canonical" href="{s["base_url"]}{url[x["node"]]}" />\n'
                 f'    <link rel="shortlink" href="{s["base_url"]}/node/{x["node"]}" />\n'
                 f'    <meta name="description" content="{a(x["paragraphs"][0][:160])}" />\n')
        cat = src.CATEGORIES[x["category"]]
        p.page(url[x["node"]], f"pages/tin-tuc/{x['node']}.html", layout(
            f"{x['title']} | {s['name']}", "path-node page-node-type-article", content,
            page_title=x["title"], crumbs=[(f"/chuyen-muc/{x['category']}", cat)], extra_head=extra), "article")
        p.article_gold(str(x["node"]), url[x["node"]], x, x["paragraphs"], cat,
                       ["Đăng ngày", *(["Từ khóa"] if x["tags"] else []), "Tin cùng chuyên mục",
                        "Liên kết website", "Văn bản mới", "Thống kê truy cập", "Cơ quan chủ quản"], counter)

    # basic page: about
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(
        f"Giới thiệu chung | {s['name']}", "path-node page-node-type-page",
        f"""<article role="article" data-history-node-id="12" about="/gioi-thieu" class="node node--type-page node--view-mode-full">
  <div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{about}</div></div>
</article>""", page_title="Giới thiệu chung"), "other")

    # contact form
    p.page("/lien-he", "pages/lien-he.html", layout(
        f"Liên hệ | {s['name']}", "path-contact",
        f"""<div class="contact-info clearfix text-formatted field field--name-body"><p><strong>Ủy ban nhân dân xã Vân Khê</strong></p>
<p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p><p>Thư điện tử: <a href="mailto:{s['email']}">{e(s['email'])}</a></p>
<p>Tổ chức, công dân có thể gửi thư góp ý, phản ánh, kiến nghị về hoạt động của Ủy ban nhân dân xã theo mẫu dưới đây. Thư có nội dung rõ ràng, đầy đủ thông tin người gửi sẽ được trả lời qua thư điện tử.</p></div>
<form class="contact-message-feedback-form contact-message-form contact-form" action="/lien-he" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">
  <div class="form-item"><label for="edit-name" class="js-form-required form-required">Họ và tên</label><input type="text" id="edit-name" name="name" size="60" maxlength="255" class="form-text required" required="required" /></div>
  <div class="form-item"><label for="edit-mail" class="js-form-required form-required">Thư điện tử</label><input type="email" id="edit-mail" name="mail" size="60" maxlength="254" class="form-email required" required="required" /></div>
  <div class="form-item"><label for="edit-subject-0-value" class="js-form-required form-required">Tiêu đề</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" size="60" maxlength="100" class="form-text required" required="required" /></div>
  <div class="form-item"><label for="edit-message-0-value" class="js-form-required form-required">Nội dung</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" class="form-textarea required" required="required"></textarea></div>
  <div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Gửi thư" class="button button--primary js-form-submit form-submit" /></div>
</form>""", page_title="Liên hệ"), "other")

    # core search page (robots.txt disallows /search/, so a polite crawl never fetches it)
    p.page("/search/node", "pages/search.html", layout(
        f"Tìm kiếm | {s['name']}", "path-search",
        """<form class="search-form" action="/search/node" method="get" id="search-form" accept-charset="UTF-8">
  <div class="container-inline form-wrapper"><div class="form-item"><label for="edit-keys--2">Nhập từ khóa</label><input type="search" id="edit-keys--2" name="keys" value="" size="30" maxlength="255" class="form-search" /></div><input type="submit" id="edit-submit--3" value="Tìm kiếm" class="button js-form-submit form-submit" /></div>
</form>
<h2>Kết quả tìm kiếm</h2>
<p>Vui lòng nhập từ khóa để tìm kiếm.</p>""", page_title="Tìm kiếm"), "other")

    # documents view: page title hidden, so the only headings left are the sidebar blocks'
    rows = "".join(f"""<tr><td class="views-field views-field-field-so-ky-hieu">{e(d['number'])}</td><td class="views-field views-field-field-ngay-ban-hanh">{d['issued']}</td><td class="views-field views-field-body">{e(d['summary'])}</td><td class="views-field views-field-field-tep"><a href="/sites/default/files/van-ban/{d['file']}">Tải về</a></td></tr>""" for d in src.DOCUMENTS)
    p.page("/van-ban-chi-dao", "pages/van-ban-chi-dao.html", layout(
        f"Văn bản chỉ đạo | {s['name']}", "path-van-ban-chi-dao",
        f"""<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1 js-view-dom-id-ee21"><div class="view-content">
<table class="views-table views-view-table cols-4"><thead><tr><th id="view-field-so-ky-hieu-table-column" class="views-field views-field-field-so-ky-hieu" scope="col">Số ký hiệu</th><th class="views-field" scope="col">Ngày ban hành</th><th class="views-field" scope="col">Trích yếu</th><th class="views-field" scope="col">Tệp đính kèm</th></tr></thead><tbody>{rows}</tbody></table>
</div></div></div>""", with_documents=False), "listing")
    for d in src.DOCUMENTS:
        p.raw(f"/sites/default/files/van-ban/{d['file']}", f"files/van-ban/{d['file']}", tiny_pdf(d["number"]), "application/pdf")

    p.raw("/robots.txt", "pages/robots.txt", (
        b"#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
        b"# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n\n"
        b"User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n"
        b"# Directories\nDisallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.txt\n"
        b"# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /node/add/\n"
        b"Disallow: /search/\nDisallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\n"
        b"Disallow: /user/logout\n"), "text/plain; charset=utf-8")
    return p


# -- PHP portal, /slug-123.html -------------------------------------------------------------------


def build_php(src) -> Portal:
    s = src.SITE
    p = Portal(src, "php-slug-id", (
        "MODELLED, not copied: a hand-made PHP CMS of the kind many commune sites run: XHTML 1.0 "
        "Transitional, Vietnamese class names (khung_trai, tieude_box, tin_noibat, tomtat), article "
        "URLs /<slug>-<id>.html, categories /<slug>-c<id>.html with ?page=N and only a 'Trang sau »' "
        "link on the first page, today's date in the header, no heading element on listings (the "
        "section name is a div) so the only h3s are the sidebar boxes ('Liên kết website', 'Tin xem "
        "nhiều', 'Thống kê truy cập'), a home page whose first block is a featured teaser with a long "
        "lead, article title in h2 with 'Ngày đăng … | Lượt xem …', bold sapo block, 'Các tin khác'; "
        "about page in the article template without a date, contact page with no heading, a weekly "
        "schedule table, tag pages and an empty search page. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=8, today=214, yesterday=356, total=485210)
    url = {x["id"]: f"/{x['slug']}-{x['id']}.html" for x in arts}
    today = "Thứ Sáu, ngày 28/06/2024"
    popular = sorted(arts, key=lambda x: x["id"] % 5)[:4]

    def layout(title: str, main: str, description: str = "") -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"),
            ("/tin-tuc-su-kien-c3.html", src.CATEGORIES["tin-tuc-su-kien-c3"]),
            ("/cai-cach-hanh-chinh-c7.html", src.CATEGORIES["cai-cach-hanh-chinh-c7"]),
            ("/lich-cong-tac.html", "Lịch công tác"), ("/lien-he.html", "Liên hệ")])
        links = "".join(f'<li><a href="{a(u)}" target="_blank" title="{a(t)}"><img src="/upload/lienket/{i}.jpg" alt="{a(t)}" width="220" /></a></li>' for i, (u, t) in enumerate(LINKS, 1))
        most = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in popular)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>
<meta name="keywords" content="xã Tràng Khê, tin tức, thông báo" />
<meta name="description" content="{a(description or s['name'])}" />
<link href="/templates/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
  <div id="header">
    <div class="top_bar"><div class="ngay_hien_tai">{today}</div><div class="top_link"><a href="/tim-kiem.html">Tìm kiếm</a> | <a href="/lien-he.html">Liên hệ</a></div></div>
    <div class="banner"><a href="/"><img src="/upload/banner/banner-trangkhe.jpg" alt="{a(s['name'])}" width="1000" height="150" /></a></div>
    <div class="ten_site">TRANG THÔNG TIN ĐIỆN TỬ XÃ TRÀNG KHÊ</div>
  </div>
  <div id="menu"><ul class="menu_ngang">{menu}</ul>
    <form class="frm_timkiem" action="/tim-kiem.html" method="get"><input name="tukhoa" type="text" value="" class="txt_tim" /><input type="submit" value="Tìm" class="btn_tim" /></form>
  </div>
  <div id="noidung">
    <div class="khung_trai">
{main}
    </div>
    <div class="khung_phai">
      <div class="box"><h3 class="tieude_box">Liên kết website</h3><div class="noidung_box"><ul class="lienket">{links}</ul></div></div>
      <div class="box"><h3 class="tieude_box">Tin xem nhiều</h3><div class="noidung_box"><ul class="ds_xemnhieu">{most}</ul></div></div>
      <div class="box"><h3 class="tieude_box">Thống kê truy cập</h3><div class="noidung_box"><table class="thongke" cellpadding="0" cellspacing="0"><tr><td>Đang online:</td><td class="so">8</td></tr><tr><td>Hôm nay:</td><td class="so">214</td></tr><tr><td>Hôm qua:</td><td class="so">356</td></tr><tr><td>Tổng truy cập:</td><td class="so">485.210</td></tr></table></div></div>
    </div>
    <div class="clear"></div>
  </div>
  <div id="footer">
    <p><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ TRÀNG KHÊ</b></p>
    <p>Cơ quan chủ quản: Ủy ban nhân dân xã Tràng Khê - Địa chỉ: {e(s['address'])}</p>
    <p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
  </div>
</div>
</body>
</html>
"""

    def item(x: dict) -> str:
        return f"""      <div class="item_tin">
        <a class="anh_tin" href="{url[x['id']]}"><img src="/upload/tintuc/2024/thumb_{x['id']}.jpg" alt="{a(x['title'])}" width="150" height="100" /></a>
        <a class="tieude_tin" href="{url[x['id']]}">{e(x['title'])}</a>
        <span class="ngay_dang">({dmy(x['published'])})</span>
        <div class="tomtat">{e(x['sapo'])}</div>
        <div class="clear"></div>
      </div>"""

    # home: featured teaser with a long lead, then the latest, then a box per category
    featured, *rest = arts
    cat_boxes = []
    for slug, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == slug][:3]
        cat_boxes.append(f"""      <div class="box_chuyenmuc">
        <div class="tieude_chuyenmuc"><a href="/{slug}.html">{e(name)}</a></div>
{chr(10).join(item(x) for x in items)}
      </div>""")
    home = f"""      <div class="tin_noibat">
        <div class="anh_noibat"><a href="{url[featured['id']]}"><img src="/upload/tintuc/2024/{featured['id']}.jpg" alt="{a(featured['title'])}" width="420" height="280" /></a></div>
        <a class="tieude_noibat" href="{url[featured['id']]}">{e(featured['title'])}</a>
        <div class="ngay_noibat">({dmy(featured['published'])} {hm(featured['published'])})</div>
        <div class="tomtat_noibat">{e(long_lead(featured, 620))}</div>
        <a class="xemtiep" href="{url[featured['id']]}">Xem tiếp »</a>
        <div class="clear"></div>
      </div>
      <div class="tin_moi_khac"><ul>{''.join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a> <span>({dmy(x["published"])})</span></li>' for x in rest[:4])}</ul></div>
""" + "\n".join(cat_boxes)
    p.page("/", "pages/index.html", layout(s["name"], home), "home")

    def listing(label: str, items: list[dict], next_url: str | None, prev_url: str | None) -> str:
        pager = []
        if prev_url:
            pager.append(f'<a href="{prev_url}" class="prev">« Trang trước</a>')
        if next_url:
            pager.append(f'<a href="{next_url}" class="next">Trang sau »</a>')
        return f"""      <div class="duongdan"><a href="/">Trang chủ</a> » {label}</div>
      <div class="ds_tin">
{chr(10).join(item(x) for x in items)}
      </div>
      <div class="phantrang">{' '.join(pager)}</div>"""

    for slug, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == slug]
        pages = chunks(items, 3)
        for i, chunk in enumerate(pages):
            path = f"/{slug}.html" + (f"?page={i + 1}" if i else "")
            nxt = f"/{slug}.html?page={i + 2}" if i + 1 < len(pages) else None
            prev = None if i == 0 else (f"/{slug}.html" if i == 1 else f"/{slug}.html?page={i}")
            p.page(path, f"pages/{slug}-{i + 1}.html", layout(
                f"{name} - {s['name']}", listing(f'<a href="/{slug}.html">{e(name)}</a>', chunk, nxt, prev)), "listing")

    for slug, name in src.TAGS.items():
        items = [x for x in arts if slug in x["tags"]]
        p.page(f"/tag/{slug}.html", f"pages/tag/{slug}.html", layout(
            f"Tag: {name} - {s['name']}", listing(f"Tin theo từ khóa: <b>{e(name)}</b>", items, None, None)), "other")

    for x in arts:
        others = [y for y in arts if y["category"] == x["category"] and y is not x][:5]
        body = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in x["paragraphs"][:-1])
        body += f'\n<p style="text-align: right;"><strong>{e(x["paragraphs"][-1])}</strong></p>'
        tags = ", ".join(f'<a href="/tag/{t}.html">{e(src.TAGS[t])}</a>' for t in x["tags"])
        cat = src.CATEGORIES[x["category"]]
        main = f"""      <div class="duongdan"><a href="/">Trang chủ</a> » <a href="/{x['category']}.html">{e(cat)}</a></div>
      <div class="chitiet">
        <h2 class="tieude_chitiet">{e(x['title'])}</h2>
        <div class="ngay_dang">Ngày đăng: {dmy(x['published'])} {hm(x['published'])} | Lượt xem: {x['id'] * 3 % 700 + 41}</div>
        <div class="tomtat_chitiet"><strong>{e(x['sapo'])}</strong></div>
        <div class="noidung_chitiet">
{body}
        </div>
        {f'<div class="tags">Tags: {tags}</div>' if tags else ''}
        <div class="congcu"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div>
      </div>
      <div class="cac_tin_khac">
        <div class="tieude_tinkhac">Các tin khác</div>
        <ul>{''.join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <span>({dmy(y["published"])})</span></li>' for y in others)}</ul>
      </div>"""
        p.page(url[x["id"]], f"pages/tin/{x['id']}.html", layout(f"{x['title']} - {s['name']}", main, x["sapo"]), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, [x["sapo"], *x["paragraphs"]], cat,
                       ["Ngày đăng", "Lượt xem", "In bài viết", "Quay lại", "Các tin khác", "Liên kết website",
                        "Tin xem nhiều", "Thống kê truy cập", "Cơ quan chủ quản", "TRANG THÔNG TIN ĐIỆN TỬ XÃ TRÀNG KHÊ"],
                       counter)

    about = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in src.ABOUT)
    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", f"""      <div class="duongdan"><a href="/">Trang chủ</a> » Giới thiệu</div>
      <div class="chitiet">
        <h2 class="tieude_chitiet">Khái quát về xã Tràng Khê</h2>
        <div class="noidung_chitiet">
{about}
        </div>
      </div>"""), "other")

    p.page("/lien-he.html", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", f"""      <div class="duongdan"><a href="/">Trang chủ</a> » Liên hệ</div>
      <div class="lienhe">
        <p><b>ỦY BAN NHÂN DÂN XÃ TRÀNG KHÊ</b></p>
        <p>Địa chỉ: {e(s['address'])}</p>
        <p>Điện thoại: {e(s['phone'])}</p>
        <p>Email: {e(s['email'])}</p>
        <p>Quý vị vui lòng điền đầy đủ thông tin vào mẫu dưới đây, chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>
        <form action="/lien-he.html" method="post" name="frmLienHe">
          <table class="tbl_lienhe">
            <tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
            <tr><td>Địa chỉ:</td><td><input type="text" name="diachi" size="40" /></td></tr>
            <tr><td>Điện thoại:</td><td><input type="text" name="dienthoai" size="40" /></td></tr>
            <tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
            <tr><td>Tiêu đề (*):</td><td><input type="text" name="tieude" size="40" /></td></tr>
            <tr><td>Nội dung (*):</td><td><textarea name="noidung" cols="45" rows="8"></textarea></td></tr>
            <tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
          </table>
        </form>
      </div>"""), "other")

    rows = "".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(c)}</td><td>{e(w)}</td></tr>" for d, t, c, w in src.SCHEDULE)
    p.page("/lich-cong-tac.html", "pages/lich-cong-tac.html", layout(f"Lịch công tác - {s['name']}", f"""      <div class="duongdan"><a href="/">Trang chủ</a> » Lịch công tác</div>
      <div class="lich_tuan">
        <p class="tuan">Lịch công tác tuần 16 năm 2024 (từ ngày 15/4 đến ngày 19/4/2024)</p>
        <table class="tbl_lich" border="1" cellpadding="4" cellspacing="0" width="100%">
          <tr><th>Ngày</th><th>Thời gian</th><th>Nội dung công việc</th><th>Địa điểm</th></tr>
          {rows}
        </table>
        <p class="ghichu">Lịch có thể thay đổi, đề nghị các bộ phận theo dõi thường xuyên.</p>
      </div>"""), "other")

    p.page("/tim-kiem.html", "pages/tim-kiem.html", layout(f"Tìm kiếm - {s['name']}", """      <div class="duongdan"><a href="/">Trang chủ</a> » Tìm kiếm</div>
      <div class="timkiem">
        <form action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" value="" size="40" /> <input type="submit" value="Tìm kiếm" /></form>
        <p>Không tìm thấy kết quả nào phù hợp với từ khóa. Vui lòng nhập từ khóa khác.</p>
      </div>"""), "other")
    return p


# -- ASP.NET MVC portal, /News/Detail/123 ----------------------------------------------------------


def build_mvc(src) -> Portal:
    s = src.SITE
    p = Portal(src, "aspnet-mvc", (
        "MODELLED, not copied: an ASP.NET MVC 5 district portal on Bootstrap 3: /News/Category/<id> "
        "with ?page=N and a Bootstrap pager showing only 'Trang sau →' on the first page, "
        "/News/Detail/<id> articles whose title is a div (no heading element: the only headings "
        "are the sidebar panels' h3 'Liên kết website', 'Tin mới nhất', 'Thống kê truy cập' and the "
        "'Tin liên quan' h4), category pages with no heading at all (breadcrumb only), a home page "
        "whose first block is a featured story with a long lead, /Home/About, /Home/Contact, "
        "/Home/Schedule, /Search, /News/Tag?tag=…, today's date in the top bar. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=27, today=1032, week=6418, total=2306781)
    url = {x["id"]: f"/News/Detail/{x['id']}" for x in arts}

    def layout(title: str, main: str, active: str = "") -> str:
        menu = "".join(f'<li{ACTIVE if u == active else ""}><a href="{u}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/Home/About", "Giới thiệu"), ("/News/Category/2", src.CATEGORIES[2]),
            ("/News/Category/5", src.CATEGORIES[5]), ("/Home/Schedule", "Lịch công tác"),
            ("/Home/Contact", "Liên hệ")])
        options = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        latest = "".join(f'<li><i class="glyphicon glyphicon-menu-right"></i> <a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in arts[:5])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{e(title)}</title>
    <link href="/Content/bootstrap.min.css" rel="stylesheet"/>
    <link href="/Content/site.css?v=1.3" rel="stylesheet"/>
    <script src="/Scripts/modernizr-2.8.3.js"></script>
</head>
<body>
    <div class="header-top">
        <div class="container">
            <span class="today"><i class="glyphicon glyphicon-time"></i> Thứ Ba, 18/06/2024</span>
            <span class="pull-right"><a href="/Search">Tìm kiếm</a> | <a href="/Account/Login" rel="nofollow">Đăng nhập</a></span>
        </div>
    </div>
    <div class="banner"><div class="container"><a href="/"><img src="/Content/images/banner-ngoclam.png" alt="{a(s['name'])}" class="img-responsive" /></a></div></div>
    <nav class="navbar navbar-default navbar-main">
        <div class="container">
            <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
            <div class="navbar-collapse collapse">
                <ul class="nav navbar-nav">{menu}</ul>
                <form class="navbar-form navbar-right" action="/Search" method="get"><div class="form-group"><input type="text" name="keyword" class="form-control" placeholder="Tìm kiếm..." /></div></form>
            </div>
        </div>
    </nav>
    <div class="container body-content">
        <div class="row">
            <div class="col-md-8 main-column">
{main}
            </div>
            <div class="col-md-4 sidebar">
                <div class="panel panel-primary">
                    <div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
                    <div class="panel-body"><select class="form-control" onchange="if (this.value) window.open(this.value)"><option value="">--- Chọn website ---</option>{options}</select></div>
                </div>
                <div class="panel panel-primary">
                    <div class="panel-heading"><h3 class="panel-title">Tin mới nhất</h3></div>
                    <div class="panel-body"><ul class="list-unstyled latest-news">{latest}</ul></div>
                </div>
                <div class="panel panel-primary">
                    <div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
                    <div class="panel-body visitor-stats"><p>Đang truy cập: <b>27</b></p><p>Hôm nay: <b>1.032</b></p><p>Tuần này: <b>6.418</b></p><p>Tổng lượt truy cập: <b>2.306.781</b></p></div>
                </div>
            </div>
        </div>
    </div>
    <footer class="footer">
        <div class="container">
            <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGỌC LÂM</strong></p>
            <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ngọc Lâm. Địa chỉ: {e(s['address'])}</p>
            <p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
            <p>&copy; 2024 - Bản quyền thuộc UBND huyện Ngọc Lâm</p>
        </div>
    </footer>
    <script src="/Scripts/jquery-3.4.1.min.js"></script>
    <script src="/Scripts/bootstrap.min.js"></script>
</body>
</html>
"""

    def crumbs(*items: tuple[str | None, str]) -> str:
        lis = "".join(f'<li><a href="{u}">{e(t)}</a></li>' if u else f'<li class="active">{e(t)}</li>' for u, t in items)
        return f'                <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{lis}</ol>'

    def media(x: dict) -> str:
        return f"""                    <div class="media news-item">
                        <div class="media-left"><a href="{url[x['id']]}"><img class="media-object" src="/Uploads/News/{x['id']}/thumb.jpg" alt="{a(x['title'])}" width="160" /></a></div>
                        <div class="media-body">
                            <h4 class="media-heading"><a href="{url[x['id']]}">{e(x['title'])}</a></h4>
                            <p class="text-muted news-date"><i class="glyphicon glyphicon-calendar"></i> {dmy(x['published'])}</p>
                            <p class="news-summary">{e(x['sapo'])}</p>
                        </div>
                    </div>"""

    featured, *rest = arts
    boxes = []
    for cid, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == cid][:3]
        boxes.append(f"""                <div class="home-category">
                    <div class="home-category-header"><a href="/News/Category/{cid}">{e(name)}</a></div>
{chr(10).join(media(x) for x in items)}
                </div>""")
    home = f"""                <div class="featured-news">
                    <div class="row">
                        <div class="col-sm-6"><a href="{url[featured['id']]}"><img class="img-responsive" src="/Uploads/News/{featured['id']}/cover.jpg" alt="{a(featured['title'])}" /></a></div>
                        <div class="col-sm-6">
                            <a class="featured-title" href="{url[featured['id']]}">{e(featured['title'])}</a>
                            <p class="featured-date">{dmy(featured['published'])} {hm(featured['published'])}</p>
                            <p class="featured-summary">{e(long_lead(featured, 600))}</p>
                        </div>
                    </div>
                    <ul class="featured-others">{''.join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in rest[:3])}</ul>
                </div>
""" + "\n".join(boxes)
    p.page("/", "pages/index.html", layout(s["name"], home, "/"), "home")

    def pager(base: str, page: int, pages: int) -> str:
        items = []
        if page > 1:
            prev = base if page == 2 else f"{base}?page={page - 1}"
            items.append(f'<li class="previous"><a href="{prev}">&larr; Trang trước</a></li>')
        if page < pages:
            items.append(f'<li class="next"><a href="{base}?page={page + 1}">Trang sau &rarr;</a></li>')
        return f'                <nav><ul class="pager">{"".join(items)}</ul></nav>'

    for cid, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == cid]
        pages = chunks(items, 3)
        base = f"/News/Category/{cid}"
        for i, chunk in enumerate(pages, 1):
            path = base + (f"?page={i}" if i > 1 else "")
            main = crumbs((None, name)) + "\n                <div class=\"news-list\">\n" + "\n".join(media(x) for x in chunk) + "\n                </div>\n" + pager(base, i, len(pages))
            p.page(path, f"pages/News/Category-{cid}-{i}.html", layout(f"{name} - {s['name']}", main, base), "listing")

    for slug, name in src.TAGS.items():
        items = [x for x in arts if slug in x["tags"]]
        main = crumbs((None, f"Chủ đề: {name}")) + "\n                <div class=\"news-list\">\n" + "\n".join(media(x) for x in items) + "\n                </div>"
        p.page(f"/News/Tag?tag={slug}", f"pages/News/Tag-{slug}.html", layout(f"{name} - {s['name']}", main), "other")

    for x in arts:
        cat = src.CATEGORIES[x["category"]]
        related = [y for y in arts if y["category"] == x["category"] and y is not x][:4]
        tags = " ".join(f'<a class="label label-default" href="/News/Tag?tag={t}">{e(src.TAGS[t])}</a>' for t in x["tags"])
        body = "\n".join(f'<p style="text-align:justify">{e(t)}</p>' for t in x["paragraphs"])
        main = crumbs((f"/News/Category/{x['category']}", cat)) + f"""
                <div class="news-detail">
                    <div class="news-detail-title">{e(x['title'])}</div>
                    <div class="news-detail-date"><i class="glyphicon glyphicon-calendar"></i> {dmy(x['published'])} {hm(x['published'])}</div>
                    <div class="news-detail-summary">{e(x['sapo'])}</div>
                    <div class="news-detail-content">
{body}
                    </div>
                    <div class="news-detail-author text-right"><strong>{e(x['author'])}</strong></div>
                    {f'<div class="news-tags"><i class="glyphicon glyphicon-tags"></i> {tags}</div>' if tags else ''}
                    <div class="news-tools"><a href="javascript:window.print()"><i class="glyphicon glyphicon-print"></i> In trang</a> <a href="mailto:?subject={a(x['title'])}"><i class="glyphicon glyphicon-envelope"></i> Gửi email</a></div>
                </div>
                <div class="related-news">
                    <h4>Tin liên quan</h4>
                    <ul>{''.join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <small>({dmy(y["published"])})</small></li>' for y in related)}</ul>
                </div>"""
        p.page(url[x["id"]], f"pages/News/Detail-{x['id']}.html", layout(f"{x['title']} - {s['name']}", main,
                                                                          f"/News/Category/{x['category']}"), "article")
        # (the byline closing the story is a line of its body, as on every other portal: gold corrected, README)
        p.article_gold(str(x["id"]), url[x["id"]], x, [x["sapo"], *x["paragraphs"], x["author"]], cat,
                       ["Tin liên quan", "In trang", "Gửi email", "Liên kết website", "Tin mới nhất",
                        "Thống kê truy cập", "Cơ quan chủ quản", "Thứ Ba, 18/06/2024"], counter)

    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/Home/About", "pages/Home/About.html", layout(f"Giới thiệu - {s['name']}", crumbs((None, "Giới thiệu")) + f"""
                <div class="page-content">
                    <h2 class="page-title">Giới thiệu chung</h2>
{about}
                </div>""", "/Home/About"), "other")
    p.page("/Home/Contact", "pages/Home/Contact.html", layout(f"Liên hệ - {s['name']}", crumbs((None, "Liên hệ")) + f"""
                <div class="page-content">
                    <address>
                        <strong>Văn phòng HĐND và UBND huyện Ngọc Lâm</strong><br />
                        {e(s['address'])}<br />
                        Điện thoại: {e(s['phone'])}<br />
                        Email: <a href="mailto:{s['email']}">{e(s['email'])}</a>
                    </address>
                    <p>Mọi ý kiến đóng góp xin gửi về Ban biên tập theo mẫu dưới đây.</p>
                    <form action="/Home/Contact" method="post" class="form-horizontal">
                        <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq1x0aQe" />
                        <div class="form-group"><label class="col-sm-3 control-label" for="FullName">Họ và tên</label><div class="col-sm-9"><input class="form-control" id="FullName" name="FullName" type="text" value="" /></div></div>
                        <div class="form-group"><label class="col-sm-3 control-label" for="Email">Email</label><div class="col-sm-9"><input class="form-control" id="Email" name="Email" type="email" value="" /></div></div>
                        <div class="form-group"><label class="col-sm-3 control-label" for="Phone">Số điện thoại</label><div class="col-sm-9"><input class="form-control" id="Phone" name="Phone" type="text" value="" /></div></div>
                        <div class="form-group"><label class="col-sm-3 control-label" for="Content">Nội dung</label><div class="col-sm-9"><textarea class="form-control" cols="20" id="Content" name="Content" rows="6"></textarea></div></div>
                        <div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi ý kiến</button></div></div>
                    </form>
                </div>""", "/Home/Contact"), "other")
    rows = "".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(c)}</td><td>{e(w)}</td></tr>" for d, t, c, w in src.SCHEDULE)
    p.page("/Home/Schedule", "pages/Home/Schedule.html", layout(f"Lịch công tác - {s['name']}", crumbs((None, "Lịch công tác")) + f"""
                <div class="schedule">
                    <p class="schedule-week">Lịch công tác tuần từ ngày 20/5/2024 đến ngày 24/5/2024 của Thường trực HĐND, lãnh đạo UBND huyện</p>
                    <table class="table table-bordered table-striped"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>
                </div>""", "/Home/Schedule"), "other")
    p.page("/Search", "pages/Search.html", layout(f"Tìm kiếm - {s['name']}", crumbs((None, "Tìm kiếm")) + """
                <form action="/Search" method="get" class="form-inline search-page"><input type="text" name="keyword" class="form-control" value="" placeholder="Nhập từ khóa" /> <button type="submit" class="btn btn-default">Tìm kiếm</button></form>
                <p class="search-result-count">Tìm thấy 0 kết quả.</p>"""), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\n", "text/plain; charset=utf-8")
    return p


# -- static-generated site, /2024/05/slug/ ----------------------------------------------------------


def build_static(src) -> Portal:
    s = src.SITE
    p = Portal(src, "hugo-static", (
        "MODELLED, not copied: a static site generated by Hugo with a PaperMod-like theme: permalinks "
        "/<yyyy>/<mm>/<slug>/, post-entry cards whose headline is an h2 that is NOT a link (the card "
        "is covered by an empty a.entry-link), a home page whose first card is an h2 with a long "
        "lead, next-only pagination (/page/2/, /categories/tin-tuc/page/2/), term pages "
        "(/categories/…, /tags/…) and term indexes, an /archives/ page, a search page filled by "
        "JavaScript, about and contact pages in the single-page layout, a schedule page with no "
        "heading, footer widgets ('Liên kết website'), og/article meta and JSON-LD on every page. "
        "Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["slug"]: f"/{x['published'][:4]}/{x['published'][5:7]}/{x['slug']}/" for x in arts}
    base = s["base_url"]

    def stamp(iso: str) -> str:
        return f"{iso.replace('T', ' ')}:00 +0700 +07"

    def layout(title: str, main: str, *, body_class: str = "list", meta: str = "", canonical: str = "/") -> str:
        menu = "".join(f'<li><a href="{u}" title="{a(t)}"><span>{e(t)}</span></a></li>' for u, t in [
            ("/gioi-thieu/", "Giới thiệu"), ("/categories/tin-tuc/", src.CATEGORIES["tin-tuc"]),
            ("/categories/thong-bao/", src.CATEGORIES["thong-bao"]), ("/lich-cong-tac/", "Lịch công tác"),
            ("/archives/", "Lưu trữ"), ("/search/", "Tìm kiếm"), ("/lien-he/", "Liên hệ")])
        links = "".join(f'<li><a href="{a(u)}" target="_blank" rel="noopener">{e(t)}</a></li>' for u, t in LINKS)
        return f"""<!DOCTYPE html>
<html lang="vi" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{e(title)}</title>
<meta name="description" content="{a(s['name'])}">
<link rel="canonical" href="{base}{canonical}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style">
<link rel="icon" href="{base}/favicon.ico">
<meta name="generator" content="Hugo 0.121.1">
{meta}</head>
<body class="{body_class}" id="top">
<header class="header">
    <nav class="nav">
        <div class="logo"><a href="{base}/" accesskey="h" title="{a(s['name'])} (Alt + H)">Xã Phù Vân</a></div>
        <ul id="menu">{menu}</ul>
    </nav>
</header>
<main class="main">
{main}
</main>
<footer class="footer">
    <div class="footer-widgets">
        <section class="widget"><h3 class="widget-title">Liên kết website</h3><ul>{links}</ul></section>
        <section class="widget"><h3 class="widget-title">Ủy ban nhân dân xã Phù Vân</h3><p>{e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} · Email: {e(s['email'])}</p></section>
    </div>
    <span>&copy; 2024 <a href="{base}/">{e(s['name'])}</a></span> ·
    <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
<script>let menu = document.getElementById('menu'); if (menu) {{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }}</script>
</body>
</html>
"""

    def entry(x: dict, first: bool = False) -> str:
        summary = long_lead(x, 600) if first else x["paragraphs"][0]
        return f"""<article class="{'first-entry' if first else 'post-entry'}">
  <figure class="entry-cover"><img loading="lazy" src="{url[x['slug']]}cover.jpg" alt="{a(x['title'])}"></figure>
  <header class="entry-header"><h2 class="entry-hint-parent">{e(x['title'])}</h2></header>
  <div class="entry-content"><p>{e(summary)}</p></div>
  <footer class="entry-footer"><span title='{stamp(x['published'])}'>{dmy(x['published'])}</span>&nbsp;·&nbsp;{e(x['author'])}</footer>
  <a class="entry-link" aria-label="post link to {a(x['title'])}" href="{url[x['slug']]}"></a>
</article>"""

    def pagination(prev: str | None, nxt: str | None) -> str:
        links = (f'<a class="prev" href="{prev}">«&nbsp;Trang trước&nbsp;</a>' if prev else "") + \
                (f'<a class="next" href="{nxt}">Trang sau&nbsp;&nbsp;»</a>' if nxt else "")
        return f'<footer class="page-footer"><nav class="pagination">{links}</nav></footer>' if links else ""

    # home: first entry with a long lead, then cards, next-only pagination
    pages = [arts[:5], arts[5:]]
    for i, chunk in enumerate(pages):
        path = "/" if i == 0 else f"/page/{i + 1}/"
        cards = "\n".join(entry(x, first=(i == 0 and j == 0)) for j, x in enumerate(chunk))
        nav = pagination("/" if i == 1 else None, f"/page/{i + 2}/" if i + 1 < len(pages) else None)
        p.page(path, "pages/index.html" if i == 0 else f"pages/page/{i + 1}/index.html",
               layout(s["name"], cards + "\n" + nav, canonical=path), "home" if i == 0 else "listing")

    def term_page(kind_url: str, kind_label: str, slug: str, name: str, items: list[dict], per_page: int, page_class: str) -> None:
        chunked = chunks(items, per_page)
        for i, chunk in enumerate(chunked):
            path = f"/{kind_url}/{slug}/" + (f"page/{i + 1}/" if i else "")
            header = f"""<header class="page-header"><div class="breadcrumbs"><a href="{base}/">Trang chủ</a>&nbsp;»&nbsp;<a href="{base}/{kind_url}/">{kind_label}</a></div>
  <h1>{e(name)}</h1>
</header>"""
            nxt = f"/{kind_url}/{slug}/page/{i + 2}/" if i + 1 < len(chunked) else None
            prev = None if i == 0 else (f"/{kind_url}/{slug}/" if i == 1 else f"/{kind_url}/{slug}/page/{i}/")
            p.page(path, f"pages/{kind_url}/{slug}/{'index' if i == 0 else f'page-{i + 1}'}.html",
                   layout(f"{name} | {s['name']}", header + "\n" + "\n".join(entry(x) for x in chunk) + "\n" + pagination(prev, nxt),
                          canonical=path), page_class)

    for slug, name in src.CATEGORIES.items():
        term_page("categories", "Chuyên mục", slug, name, [x for x in arts if x["category"] == slug], 3, "listing")
    for slug, name in src.TAGS.items():
        term_page("tags", "Thẻ", slug, name, [x for x in arts if slug in x["tags"]], 10, "other")
    for kind_url, label, terms, key in (("categories", "Chuyên mục", src.CATEGORIES, "category"), ("tags", "Thẻ", src.TAGS, "tags")):
        lis = "".join(f'<li><a href="{base}/{kind_url}/{slug}/">{e(name)} <sup><strong><sup>{sum(1 for x in arts if (x[key] == slug if key == "category" else slug in x[key]))}</sup></strong></sup></a></li>' for slug, name in terms.items())
        p.page(f"/{kind_url}/", f"pages/{kind_url}/index.html", layout(f"{label} | {s['name']}", f"""<header class="page-header"><h1>{label}</h1></header>
<ul class="terms-tags">{lis}</ul>""", canonical=f"/{kind_url}/"), "other")

    # archives: titles by month, no summaries
    months: dict[str, list[dict]] = {}
    for x in arts:
        months.setdefault(x["published"][:7], []).append(x)
    blocks = []
    for month, items in months.items():
        entries = "".join(f"""<div class="archive-entry"><h3 class="archive-entry-title entry-hint-parent">{e(x['title'])}</h3><div class="archive-meta"><span title='{stamp(x['published'])}'>{dmy(x['published'])}</span>&nbsp;·&nbsp;{e(x['author'])}</div><a class="entry-link" aria-label="post link to {a(x['title'])}" href="{url[x['slug']]}"></a></div>""" for x in items)
        blocks.append(f'<div class="archive-month"><h3 class="archive-month-header">Tháng {int(month[5:])}<sup class="archive-count">&nbsp;&nbsp;{len(items)}</sup></h3><div class="archive-posts">{entries}</div></div>')
    p.page("/archives/", "pages/archives/index.html", layout(f"Lưu trữ | {s['name']}", f"""<header class="page-header"><h1>Lưu trữ</h1></header>
<div class="archive-year"><h2 class="archive-year-header">2024<sup class="archive-count">&nbsp;&nbsp;{len(arts)}</sup></h2>{''.join(blocks)}</div>""", canonical="/archives/"), "listing")

    for i, x in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        cat = src.CATEGORIES[x["category"]]
        nav = ""
        if newer:
            nav += f'<a class="prev" href="{url[newer["slug"]]}"><span class="title">«&nbsp;Bài mới hơn</span><br><span>{e(newer["title"])}</span></a>'
        if older:
            nav += f'<a class="next" href="{url[older["slug"]]}"><span class="title">Bài cũ hơn&nbsp;»</span><br><span>{e(older["title"])}</span></a>'
        tags = "".join(f'<li><a href="{base}/tags/{t}/">{e(src.TAGS[t])}</a></li>' for t in x["tags"])
        body = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        words = sum(len(t.split()) for t in x["paragraphs"])
        meta = (f'<meta property="og:title" content="{a(x["title"])}">\n<meta property="og:description" content="{a(x["paragraphs"][0][:150])}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:url" content="{base}{url[x["slug"]]}">\n'
                f'<meta property="article:section" content="{x["category"]}">\n'
                f'<meta property="article:published_time" content="{x["published"]}:00+07:00">\n'
                f'<meta property="article:modified_time" content="{x["published"]}:00+07:00">\n'
                f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": x["title"], "datePublished": x["published"] + ":00+07:00", "author": [{"@type": "Person", "name": x["author"]}], "mainEntityOfPage": {"@type": "WebPage", "@id": base + url[x["slug"]]}}, ensure_ascii=False)}</script>\n')
        main = f"""<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{base}/">Trang chủ</a>&nbsp;»&nbsp;<a href="{base}/categories/{x['category']}/">{e(cat)}</a></div>
    <h1 class="post-title entry-hint-parent">{e(x['title'])}</h1>
    <div class="post-meta"><span title='{stamp(x['published'])}'>{dmy(x['published'])}</span>&nbsp;·&nbsp;{max(1, words // 200)} phút đọc&nbsp;·&nbsp;{e(x['author'])}</div>
  </header>
  <div class="post-content">{body}</div>
  <footer class="post-footer">
    {f'<ul class="post-tags">{tags}</ul>' if tags else ''}
    <nav class="paginav">{nav}</nav>
    <ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="https://facebook.com/sharer/sharer.php?u={base}{url[x['slug']]}">Chia sẻ Facebook</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on zalo" href="https://zalo.me/share?u={base}{url[x['slug']]}">Chia sẻ Zalo</a></li></ul>
  </footer>
</article>"""
        p.page(url[x["slug"]], f"pages{url[x['slug']]}index.html",
               layout(f"{x['title']} | {s['name']}", main, body_class="", meta=meta, canonical=url[x["slug"]]), "article")
        p.article_gold(x["slug"], url[x["slug"]], x, x["paragraphs"], cat,
                       ["phút đọc", "Bài mới hơn", "Bài cũ hơn", "Chia sẻ Facebook", "Liên kết website", "Powered by"], None)

    def single(path: str, title: str, content: str) -> None:
        p.page(path, f"pages{path}index.html", layout(f"{title} | {s['name']}", f"""<article class="post-single">
  <header class="post-header"><h1 class="post-title">{e(title)}</h1></header>
  <div class="post-content">{content}</div>
</article>""", body_class="", canonical=path), "other")

    single("/gioi-thieu/", "Giới thiệu chung", "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT))
    single("/lien-he/", "Liên hệ", f"""<p><strong>Ủy ban nhân dân xã Phù Vân</strong></p>
<ul><li>Địa chỉ: {e(s['address'])}</li><li>Điện thoại: {e(s['phone'])}</li><li>Thư điện tử: <a href="mailto:{s['email']}">{e(s['email'])}</a></li><li>Giờ làm việc: sáng 7h30 - 11h30, chiều 13h30 - 17h00 các ngày từ thứ Hai đến thứ Sáu</li></ul>
<p>Gửi ý kiến cho Ban biên tập:</p>
<form action="https://formspree.io/f/xqkrpvzd" method="POST"><p><label>Họ và tên<br><input type="text" name="name"></label></p><p><label>Thư điện tử<br><input type="email" name="email"></label></p><p><label>Nội dung<br><textarea name="message" rows="6"></textarea></label></p><p><button type="submit">Gửi</button></p></form>""")
    p.page("/search/", "pages/search/index.html", layout(f"Tìm kiếm | {s['name']}", """<header class="page-header"><h1>Tìm kiếm&nbsp;<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="11" cy="11" r="8"></circle><line x1="21" y1="21" x2="16.65" y2="16.65"></line></svg></h1></header>
<div id="searchbox"><input id="searchInput" autofocus placeholder="Tìm kiếm ↵" aria-label="search" type="search" autocomplete="off" maxlength="64"><ul id="searchResults" aria-label="search results"></ul></div>
<script src="/assets/js/search.js" defer></script>""", canonical="/search/"), "other")
    rows = "".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(c)}</td><td>{e(w)}</td></tr>" for d, t, c, w in src.SCHEDULE)
    p.page("/lich-cong-tac/", "pages/lich-cong-tac/index.html", layout(f"Lịch công tác | {s['name']}", f"""<div class="schedule">
<p class="schedule-week">Lịch công tác tuần 23 năm 2024 (từ ngày 03/6 đến ngày 07/6/2024)</p>
<table><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>
</div>""", body_class="", canonical="/lich-cong-tac/"), "other")
    return p


# -- VNPT-hosted portal, /<category>/<slug>-<id> ---------------------------------------------------


def build_vnpt(src) -> Portal:
    s = src.SITE
    p = Portal(src, "vnpt-category-slug-id", (
        "MODELLED, not copied: a new commune's portal on a hosted template of the kind VNPT runs "
        "(*.vnptweb.vn style): articles at /<category>/<slug>-<id> with no extension, categories at "
        "/<category> with a numbered pager whose links are relative ('?page=2'); a featured article "
        "is also listed under /tin-noi-bat and served at /tin-noi-bat/<slug>-<id> as well, naming "
        "its own category's URL as canonical; every article links a print view (?print=1, canonical "
        "to the article); the RSS feeds link articles with utm_ tracking parameters; notices "
        "(Thông báo) are two sentences and a PDF; a documents library (/van-ban) whose detail pages "
        "(/van-ban/chi-tiet/<id>) carry a number, date, summary and file; a welcome marquee, "
        "'Tin liên quan' with dates, about and contact pages. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=12, today=187, month=5342, total=40218)
    base = s["base_url"]
    url = {x["id"]: f"/{x['category']}/{x['slug']}-{x['id']}" for x in arts}
    featured_url = {x["id"]: f"/tin-noi-bat/{x['slug']}-{x['id']}" for x in arts if x["featured"]}
    menu_items = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"),
                  *((f"/{c}", n) for c, n in src.CATEGORIES.items()), ("/van-ban", "Văn bản"),
                  ("/lien-he", "Liên hệ")]

    def layout(title: str, main: str, canonical: str | None = None, rss: str = "tin-tuc-su-kien") -> str:
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        docs = "".join(f'<li><a href="/van-ban/chi-tiet/{d["id"]}">{e(d["number"])}</a><p>{e(d["summary"])}</p></li>'
                       for d in src.DOCUMENTS)
        links = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        canon = f'\n<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>{canon}
<link rel="alternate" type="application/rss+xml" title="{a(src.CATEGORIES[rss])}" href="/rss/{rss}.rss" />
<link rel="stylesheet" href="/Themes/portal-xa/css/bootstrap.min.css">
<link rel="stylesheet" href="/Themes/portal-xa/css/style.css?v=20250701">
</head>
<body>
<div class="top-header"><div class="container"><marquee class="chao-mung" scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử xã Lạc Vân</marquee></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/Uploads/images/logo-lacvan.png" alt="Quốc huy" height="90"></a><div class="site-name"><span class="line1">ĐẢNG CỘNG SẢN VIỆT NAM - CHÍNH QUYỀN XÃ LẠC VÂN</span><span class="line2">CỔNG THÔNG TIN ĐIỆN TỬ</span></div></div></header>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">{menu}</ul><form class="form-search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm"><button type="submit">Tìm</button></form></div></nav>
<div class="container main-content"><div class="row">
<div class="col-lg-8 col-content">
{main}
</div>
<div class="col-lg-4 col-sidebar">
<div class="box-sidebar"><div class="title-box-sidebar"><span>Văn bản mới</span></div><ul class="list-van-ban">{docs}</ul></div>
<div class="box-sidebar"><div class="title-box-sidebar"><span>Liên kết website</span></div><select class="form-select" onchange="window.open(this.value)"><option>-- Liên kết website --</option>{links}</select></div>
<div class="box-sidebar"><div class="title-box-sidebar"><span>Thống kê truy cập</span></div><ul class="thong-ke"><li>Đang trực tuyến: <b>12</b></li><li>Hôm nay: <b>187</b></li><li>Tháng này: <b>5.342</b></li><li>Tổng số: <b>40.218</b></li></ul></div>
</div>
</div></div>
<footer class="site-footer"><div class="container">
<p class="footer-title">CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC VÂN</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Lạc Vân. Địa chỉ: {e(s['address'])}</p>
<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử xã Lạc Vân" khi phát hành lại thông tin từ website này.</p>
<p class="design">Thiết kế bởi VNPT</p>
</div></footer>
<script src="/Themes/portal-xa/js/jquery.min.js"></script>
</body>
</html>
"""

    def teaser(x: dict, href: str, lead: str | None = None) -> str:
        text = x["sapo"] or x["paragraphs"][0]
        return f"""<div class="news-item row">
<div class="col-4"><a href="{href}"><img src="/Uploads/images/tin-tuc/{x['id']}/thumb.jpg" alt="{a(x['title'])}" class="img-fluid"></a></div>
<div class="col-8"><h3 class="news-title"><a href="{href}">{e(x['title'])}</a></h3><div class="news-date">{dmy(x['published'])}</div><div class="news-sapo">{e(lead or text)}</div></div>
</div>"""

    featured = [x for x in arts if x["featured"]]
    slides = "\n".join(f"""<div class="carousel-item{' active' if i == 0 else ''}"><a href="{featured_url[x['id']]}"><img src="/Uploads/images/tin-tuc/{x['id']}/cover.jpg" alt="{a(x['title'])}" class="d-block w-100"></a><div class="carousel-caption"><h2><a href="{featured_url[x['id']]}">{e(x['title'])}</a></h2><p>{e(long_lead(x, 480))}</p></div></div>"""
                       for i, x in enumerate(featured))
    boxes = "\n".join(f"""<div class="box-home"><div class="title-box-home"><a href="/{c}">{e(n)}</a></div>
{chr(10).join(teaser(x, url[x['id']]) for x in [y for y in arts if y['category'] == c][:3])}
</div>""" for c, n in src.CATEGORIES.items() if c != "tin-noi-bat")
    p.page("/", "pages/index.html", layout(s["name"], f'<div id="slider-noi-bat" class="carousel slide">{slides}</div>\n{boxes}', canonical="/"), "home")

    def pagination(path: str, page: int, pages: int) -> str:
        if pages == 1:
            return ""
        items = []
        for n in range(1, pages + 1):
            href = "?page=1" if n == 1 else f"?page={n}"
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>' if n == page
                         else f'<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>')
        if page < pages:
            items.append(f'<li class="page-item"><a class="page-link" href="?page={page + 1}">»</a></li>')
        return f'<nav><ul class="pagination">{"".join(items)}</ul></nav>'

    for cat, name in src.CATEGORIES.items():
        items = ([x for x in arts if x["featured"]] if cat == "tin-noi-bat"
                 else [x for x in arts if x["category"] == cat])
        href = featured_url if cat == "tin-noi-bat" else url
        pages = chunks(items, 3)
        for i, chunk in enumerate(pages, 1):
            path = f"/{cat}" + (f"?page={i}" if i > 1 else "")
            main = (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">{e(name)}</li></ol>\n'
                    f'<div class="list-news">\n' + "\n".join(teaser(x, href[x["id"]]) for x in chunk) + "\n</div>\n" + pagination(f"/{cat}", i, len(pages)))
            p.page(path, f"pages/{cat}/page-{i}.html", layout(f"{name} - {s['name']}", main, rss=cat if cat != "tin-noi-bat" else "tin-tuc-su-kien"), "listing")
            if i == 1 and len(pages) > 1:  # the pager's link back to the first page
                p.alias(f"/{cat}?page=1", f"pages/{cat}/page-1.html", "listing")
        if cat != "tin-noi-bat":
            items_xml = "".join(f"<item><title>{e(x['title'])}</title><link>{base}{url[x['id']]}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign={cat}</link>"
                                f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00 +0700')}</pubDate><description>{e(x['sapo'] or x['paragraphs'][0])}</description></item>"
                                for x in items)
            for x in items:  # the portal serves an article whatever tracking parameters follow
                p.alias(f"{url[x['id']]}?utm_source=rss&utm_medium=feed&utm_campaign={cat}",
                        f"pages/{x['category']}/{x['id']}.html", "duplicate")
            p.raw(f"/rss/{cat}.rss", f"pages/rss/{cat}.rss", (
                f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{e(name)}</title>'
                f"<link>{base}/{cat}</link><description>{e(name)} - {e(s['name'])}</description>{items_xml}</channel></rss>").encode(),
                "application/rss+xml; charset=utf-8")

    for x in arts:
        cat = src.CATEGORIES[x["category"]]
        related = [y for y in arts if y is not x][:6]
        body = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in x["paragraphs"][:-1])
        body += f'\n<p style="text-align: right;"><strong>{e(x["paragraphs"][-1])}</strong></p>'
        attachment = ""
        if x.get("attachment"):
            file, label = x["attachment"]
            attachment = f'<div class="file-dinh-kem"><span>File đính kèm:</span> <a href="/Uploads/files/van-ban/{file}" target="_blank">{e(label)}</a> <a class="btn-tai-ve" href="/Uploads/files/van-ban/{file}" download>Tải về</a></div>'
        sapo = f'<div class="detail-sapo"><strong>{e(x["sapo"])}</strong></div>' if x["sapo"] else ""

        story = f"""<article class="news-detail">
<h1 class="detail-title">{e(x['title'])}</h1>
<div class="detail-meta"><span class="date"><i class="fa fa-calendar"></i> {weekday(x['published'])}, {dmy(x['published'])} {hm(x['published'])}</span> <span class="tools"><a href="{url[x['id']]}?print=1" target="_blank" rel="nofollow">In bài viết</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[x['id']]}">Chia sẻ</a> | <a href="https://zalo.me/share?url={base}{url[x['id']]}">Zalo</a></span></div>
{sapo}
<div class="detail-content">
{body}
</div>
{attachment}
</article>
<div class="tin-lien-quan"><div class="title-box-home"><span>Tin liên quan</span></div><ul>{''.join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <span class="date">({dmy(y["published"])})</span></li>' for y in related)}</ul></div>"""

        def detail(crumb_cat: str, crumb_name: str, story: str = story) -> str:
            return (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                    f'<li class="breadcrumb-item"><a href="/{crumb_cat}">{e(crumb_name)}</a></li></ol>\n' + story)

        p.page(url[x["id"]], f"pages/{x['category']}/{x['id']}.html",
               layout(f"{x['title']} - {s['name']}", detail(x["category"], cat), canonical=url[x["id"]]), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, [t for t in [x["sapo"], *x["paragraphs"]] if t], cat,
                       ["In bài viết", "Chia sẻ", "Tin liên quan", "Văn bản mới", "Liên kết website",
                        "Thống kê truy cập", "Cơ quan chủ quản", "Chào mừng quý vị", "Tải về", "Thiết kế bởi VNPT"],
                       counter)
        if x.get("attachment"):  # the notice's "File đính kèm" box: its attachment (gold corrected, README)
            p.gold[str(x["id"])]["attachments"] = [{"url": f"/Uploads/files/van-ban/{x['attachment'][0]}",
                                                    "name": x["attachment"][1]}]
        if x["featured"]:
            p.page(featured_url[x["id"]], f"pages/tin-noi-bat/{x['id']}.html",
                   layout(f"{x['title']} - {s['name']}", detail("tin-noi-bat", src.CATEGORIES["tin-noi-bat"]),
                          canonical=url[x["id"]]), "duplicate")
        printed = "\n".join(f"<p>{e(t)}</p>" for t in [x["sapo"], *x["paragraphs"]] if t)
        p.page(f"{url[x['id']]}?print=1", f"pages/print/{x['id']}.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{e(x['title'])}</title><link rel="canonical" href="{base}{url[x['id']]}" /><meta name="robots" content="noindex"><link rel="stylesheet" href="/Themes/portal-xa/css/print.css"></head>
<body onload="window.print()"><div class="print-page">
<div class="print-header">CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC VÂN</div>
<h1>{e(x['title'])}</h1>
<div class="print-date">{dmy(x['published'])} {hm(x['published'])}</div>
<div class="print-content">
{printed}
</div>
<div class="print-source">Nguồn: {base}{url[x['id']]}</div>
</div></body></html>
""", "duplicate")

    for d in src.DOCUMENTS:
        p.raw(f"/Uploads/files/van-ban/{d['file']}", f"files/{d['file']}", tiny_pdf(d["number"]), "application/pdf")
        main = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/van-ban">Văn bản</a></li></ol>
<div class="van-ban-chi-tiet"><table class="table table-bordered">
<tr><th>Số ký hiệu</th><td>{e(d['number'])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d['issued']}</td></tr>
<tr><th>Loại văn bản</th><td>{e(d['kind'])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Ủy ban nhân dân xã Lạc Vân</td></tr>
<tr><th>Trích yếu</th><td>{e(d['summary'])}</td></tr>
<tr><th>File đính kèm</th><td><a href="/Uploads/files/van-ban/{d['file']}">{e(d['file'])}</a></td></tr>
</table></div>"""
        p.page(f"/van-ban/chi-tiet/{d['id']}", f"pages/van-ban/{d['id']}.html", layout(f"{d['number']} - {s['name']}", main), "other")
    rows = "".join(f'<tr><td>{i}</td><td><a href="/van-ban/chi-tiet/{d["id"]}">{e(d["number"])}</a></td><td>{d["issued"]}</td><td>{e(d["summary"])}</td></tr>'
                   for i, d in enumerate(src.DOCUMENTS, 1))
    p.page("/van-ban", "pages/van-ban/index.html", layout(f"Văn bản - {s['name']}", f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Văn bản</li></ol>
<table class="table table-striped"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"""), "listing")

    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Giới thiệu</li></ol>
<div class="page-detail"><h1 class="detail-title">Giới thiệu chung về xã Lạc Vân</h1>
{about}
</div>"""), "other")
    p.page("/lien-he", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Liên hệ</li></ol>
<div class="lien-he"><p><strong>ỦY BAN NHÂN DÂN XÃ LẠC VÂN</strong></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p>
<form method="post" action="/lien-he"><input name="hoten" placeholder="Họ và tên"><input name="email" placeholder="Email"><textarea name="noidung" placeholder="Nội dung"></textarea><button type="submit">Gửi</button></form></div>"""), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /tim-kiem\nDisallow: /admin/\n", "text/plain; charset=utf-8")
    return p


# -- DotNetNuke on ASP.NET WebForms, GridView pager by postback ----------------------------------------


def build_dnn_postback(src) -> Portal:
    s = src.SITE
    p = Portal(src, "dnn-webforms-postback", (
        "MODELLED, not copied: a commune portal on DotNetNuke (ASP.NET WebForms): every page is "
        "/Default.aspx?tabid=<n>, a story /Default.aspx?tabid=<n>&ID=<id>; the whole page is one "
        "<form> with __VIEWSTATE and __EVENTVALIDATION; a category's news list is a GridView of "
        "two stories a page whose pager links are javascript:__doPostBack('<grid>','Page$<n>'), "
        "so its further pages are answers to a POST of the form; no sitemap, no feed; the "
        "sidebar's 'Tin mới' shows only the three newest stories, so older ones are reached "
        "only through the pager. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=9, today=248, total=73415)
    url = {x["id"]: f"/Default.aspx?tabid={x['tab']}&ID={x['id']}" for x in arts}
    tabs = [(1, "Trang chủ"), (53, "Giới thiệu"), *src.CATEGORIES.items(), (55, "Liên hệ")]

    def viewstate(seed: str) -> str:
        import base64
        import hashlib
        return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 6).decode()

    def layout(title: str, action: str, main: str, active: int) -> str:
        menu = "".join(f'<li class="{"active" if t == active else ""}"><a href="{"/" if t == 1 else f"/Default.aspx?tabid={t}"}">{e(n)}</a></li>' for t, n in tabs)
        latest = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in arts[:src.LATEST])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{e(title)}</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" />
<link href="/Portals/0/Skins/NamLien/skin.css" type="text/css" rel="stylesheet" />
</head>
<body id="Body">
<form method="post" action="{a(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(action + title)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate('ev' + action)[:64]}" /></div>
<div id="dnn_wrapper">
<div class="skin-header"><div class="skin-banner"><img src="/Portals/0/Skins/NamLien/images/banner.jpg" alt="{a(s['name'])}" /></div>
<div class="skin-date">Thứ Hai, 22/09/2025</div></div>
<div class="skin-menu"><ul class="dnn-menu">{menu}</ul></div>
<div class="skin-body"><table class="skin-layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="ContentPane" id="dnn_ContentPane" valign="top">
{main}
</td>
<td class="RightPane" id="dnn_RightPane" valign="top" width="280">
<div class="DnnModule DnnModule-TinMoi"><div class="c_head"><span class="Head">Tin mới</span></div><div class="c_content"><ul class="tin-moi">{latest}</ul></div></div>
<div class="DnnModule DnnModule-ThongKe"><div class="c_head"><span class="Head">Thống kê truy cập</span></div><div class="c_content"><table class="thongke"><tr><td>Đang trực tuyến</td><td>9</td></tr><tr><td>Hôm nay</td><td>248</td></tr><tr><td>Tổng lượt truy cập</td><td>73.415</td></tr></table></div></div>
</td></tr></table></div>
<div class="skin-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM LIÊN</p><p>Cơ quan chủ quản: Ủy ban nhân dân xã Nam Liên - Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p></div>
</div>
</form>
</body>
</html>
"""

    def grid_row(x: dict) -> str:
        return (f'<tr class="{"" if x["id"] % 2 else "alt"}"><td class="ngay">{dmy(x["published"])}</td><td>'
                f'<a id="dnn_ctr{src.MODULE[x["tab"]]}_lnk{x["id"]}" class="TieuDe" href="{url[x["id"]]}">{e(x["title"])}</a>'
                f'<div class="TomTat">{e(x["paragraphs"][0][:180].rsplit(" ", 1)[0])}...</div></td></tr>')

    home = "".join(f"""<div class="DnnModule"><div class="c_head"><span class="Head"><a href="/Default.aspx?tabid={t}">{e(n)}</a></span></div>
<table class="tin-trang-chu">{''.join(grid_row(x) for x in [y for y in arts if y['tab'] == t][:2])}</table></div>""" for t, n in src.CATEGORIES.items())
    p.page("/", "pages/index.html", layout(s["name"], "/", home, 1), "home")

    for tab, name in src.CATEGORIES.items():
        items = [x for x in arts if x["tab"] == tab]
        pages = chunks(items, 2)
        grid = f"dnn$ctr{src.MODULE[tab]}$ViewTinTuc$grdTinTuc"
        for i, chunk in enumerate(pages, 1):
            cells = "".join(f"<td><span>{n}</span></td>" if n == i else
                            f"<td><a href=\"javascript:__doPostBack('{grid}','Page${n}')\">{n}</a></td>"
                            for n in range(1, len(pages) + 1))
            main = f"""<div class="DnnModule"><div class="c_head"><span class="Head">{e(name)}</span></div>
<div class="c_content"><table class="GridTinTuc" id="dnn_ctr{src.MODULE[tab]}_ViewTinTuc_grdTinTuc" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
{''.join(grid_row(x) for x in chunk)}
<tr class="pager"><td colspan="2"><table><tr>{cells}</tr></table></td></tr>
</table></div></div>"""
            action = f"/Default.aspx?tabid={tab}"
            html_page = layout(f"{name} - {s['name']}", action, main, tab)
            file = f"pages/tab{tab}/page-{i}.html"
            p.page(action, file, html_page, "listing")  # page 1: the GET of the section
            if i > 1:
                p.manifest[-1]["post"] = {"__EVENTTARGET": grid, "__EVENTARGUMENT": f"Page${i}"}
            elif len(pages) > 1:  # a post back to page 1 answers page 1 as well
                p.alias(action, file, "listing")
                p.manifest[-1]["post"] = {"__EVENTTARGET": grid, "__EVENTARGUMENT": "Page$1"}

    for x in arts:
        name = src.CATEGORIES[x["tab"]]
        body = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][:-1])
        main = f"""<div class="DnnModule"><div class="c_head"><span class="Head">{e(name)}</span></div>
<div class="c_content ChiTiet">
<h2 class="TieuDe">{e(x['title'])}</h2>
<div class="NgayDang">Ngày đăng: {dmy(x['published'])} {hm(x['published'])}</div>
<div class="NoiDung">
{body}
<p style="text-align:right"><b>{e(x['paragraphs'][-1])}</b></p>
</div>
<div class="CongCu"><a href="javascript:window.print();">In trang</a> | <a href="javascript:history.go(-1);">Trở về</a></div>
</div></div>"""
        p.page(url[x["id"]], f"pages/tin/{x['id']}.html", layout(f"{x['title']} - {s['name']}", url[x["id"]], main, x["tab"]), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, list(x["paragraphs"]), name,
                       ["Ngày đăng", "In trang", "Trở về", "Tin mới", "Thống kê truy cập", "Cơ quan chủ quản",
                        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM LIÊN"], counter)

    p.page("/Default.aspx?tabid=53", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", "/Default.aspx?tabid=53", """<div class="DnnModule"><div class="c_head"><span class="Head">Giới thiệu</span></div><div class="c_content">
<p>Xã Nam Liên được thành lập ngày 1/7/2025 trên cơ sở sắp xếp ba xã cũ. Xã có 24 xóm, diện tích tự nhiên 64,2 km2, dân số hơn 21.000 người.</p>
<p>Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại xóm Chợ, cạnh tuyến tỉnh lộ.</p></div></div>""", 53), "other")
    p.page("/Default.aspx?tabid=55", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", "/Default.aspx?tabid=55", f"""<div class="DnnModule"><div class="c_head"><span class="Head">Liên hệ</span></div><div class="c_content">
<p>Ủy ban nhân dân xã Nam Liên</p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p>
<table><tr><td>Họ tên</td><td><input name="dnn$ctr520$LienHe$txtHoTen" type="text" /></td></tr><tr><td>Nội dung</td><td><textarea name="dnn$ctr520$LienHe$txtNoiDung"></textarea></td></tr></table>
<input type="submit" name="dnn$ctr520$LienHe$btnGui" value="Gửi" /></div></div>""", 55), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /admin/\nDisallow: /DesktopModules/\nDisallow: /Providers/\n",
          "text/plain; charset=utf-8")
    return p


# -- WordPress 6 classic theme, /<yyyy>/<mm>/<slug>/ -----------------------------------------------


def build_wordpress(src) -> Portal:
    s = src.SITE
    p = Portal(src, "wordpress", (
        "MODELLED, not copied: a commune portal launched in 2025 on WordPress 6 with a classic "
        "theme: posts at /<yyyy>/<mm>/<slug>/ (h1.entry-title, time.entry-date, div.entry-content "
        "— the same entry-content class that category pages use for each post's excerpt); a "
        "sticky post first on the home page with a long excerpt and 'Đọc tiếp →'; /page/2/, "
        "/category/<slug>/ and /category/<slug>/page/2/; tag pages, author archives /author/<name>/, "
        "date archives /2025/07/ and /2025/; attachment pages /<post path><image-slug>/ (one photo, "
        "its caption and description, dated, with a headline: not a story); comment reply links "
        "?replytocom=<n> (the same post, canonical to it); previous/next post links with "
        "rel=prev/next; the site feed, category feeds and each post's comment feed, /wp-json/ and "
        "shortlink links in the head; pages (Giới thiệu, Liên hệ) in the post template without a "
        "date, one of them linked only from a footer widget; wp-sitemap.xml (index and "
        "sub-sitemaps; /sitemap.xml redirects to it); a search page /?s= that robots.txt disallows; "
        "a post that is one sentence and an embedded PDF. Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/{x['published'][:4]}/{x['published'][5:7]}/{x['slug']}/" for x in arts}
    counter = counter_gold(online=6, today=143, week=902, total=18475)
    months = {"06": "Tháng Sáu", "07": "Tháng Bảy", "08": "Tháng Tám"}

    def iso(stamp: str) -> str:
        return f"{stamp}:00+07:00"

    def head(title: str, extra: str = "", feed: tuple[str, str] | None = None) -> str:
        more = ""
        if feed:
            more = f'<link rel="alternate" type="application/rss+xml" title="{a(s["name"])} &raquo; {a(feed[1])}" href="{base}{feed[0]}" />\n'
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{a(s['name'])} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{a(s['name'])} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
{more}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='hoakhe-style-css' href='{base}/wp-content/themes/cong-xa/style.css?ver=1.2.0' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
{extra}</head>
"""

    recent = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in arts[:5])
    cats = "".join(f'<li class="cat-item"><a href="/category/{c}/">{e(n)}</a> ({sum(1 for x in arts if x["category"] == c)})</li>'
                   for c, n in src.CATEGORIES.items())
    month_keys = sorted({x["published"][:7] for x in arts}, reverse=True)
    archives = "".join(f'<li><a href="/{m[:4]}/{m[5:]}/">{months[m[5:]]} {m[:4]}</a></li>' for m in month_keys)

    def layout(title: str, main: str, body_class: str, extra: str = "",
               feed: tuple[str, str] | None = None) -> str:
        menu = "".join(f'<li class="menu-item menu-item-type-{k}"><a href="{u}">{e(t)}</a></li>' for k, u, t in [
            ("custom", "/", "Trang chủ"), ("post_type", "/gioi-thieu/", "Giới thiệu"),
            ("taxonomy", "/category/tin-tuc/", "Tin tức"), ("taxonomy", "/category/thong-bao/", "Thông báo"),
            ("post_type", "/lien-he/", "Liên hệ")])
        links = "".join(f'<li><a href="{a(u)}" target="_blank" rel="noopener">{e(t)}</a></li>' for u, t in LINKS)
        return head(title, extra, feed) + f"""<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2025/06/logo-hoa-khe.png" class="custom-logo" alt="{a(s['name'])}" /></a>
    <p class="site-title"><a href="{base}/" rel="home">{e(s['name'])}</a></p>
    <p class="site-description">Ủy ban nhân dân xã Hòa Khê - tỉnh Nam Sơn</p></div>
  <nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu">{menu}</ul></div></nav>
  <form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{recent}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><nav aria-label="Chuyên mục"><ul>{cats}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><nav aria-label="Lưu trữ"><ul>{archives}</ul></nav></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="thong-ke"><li>Đang online: 6</li><li>Hôm nay: 143</li><li>Tuần này: 902</li><li>Tổng truy cập: 18.475</li></ul></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets">
    <section class="widget widget_nav_menu"><h2 class="widget-title">Liên kết nhanh</h2><div class="menu-lien-ket-nhanh-container"><ul class="menu"><li><a href="/quy-che-hoat-dong/">Quy chế hoạt động</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div></section>
    <section class="widget widget_links"><h2 class="widget-title">Liên kết website</h2><ul>{links}</ul></section>
  </div>
  <div class="site-info"><p>Cơ quan chủ quản: Ủy ban nhân dân xã Hòa Khê. Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
  <a href="https://wordpress.org/">Vận hành bởi WordPress</a></div>
</footer>
</div>
<script src="{base}/wp-content/themes/cong-xa/js/navigation.js?ver=1.2.0" id="cong-xa-navigation-js"></script>
</body>
</html>
"""

    def meta_line(x: dict) -> str:
        slug = x["author"]
        return (f'<span class="posted-on">Đăng ngày <a href="{url[x["id"]]}" rel="bookmark"><time class="entry-date published" datetime="{iso(x["published"])}">{dmy(x["published"])}</time></a></span>'
                f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/{slug}/">{e(src.AUTHORS[slug])}</a></span></span>')

    def more_link(x: dict) -> str:
        return f' <a href="{url[x["id"]]}" class="more-link">Đọc tiếp<span class="screen-reader-text"> “{e(x["title"])}”</span> &rarr;</a>'

    def excerpt(x: dict) -> str:
        words = " ".join(x["paragraphs"]).split()
        return " ".join(words[:55]) + (" [&hellip;]" if len(words) > 55 else "")

    def entry(x: dict, sticky: bool = False) -> str:
        if sticky:  # the <!--more--> teaser: the opening paragraphs, as the post has them
            content = "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][:3])
            summary = f'<div class="entry-content">{content}<p>{more_link(x)}</p></div>'
        else:
            summary = f'<div class="entry-summary"><p>{excerpt(x)}{more_link(x)}</p></div>'
        classes = f"post-{x['id']} post type-post status-publish format-standard hentry category-{x['category']}" + (" sticky" if sticky else "")
        return f"""<article id="post-{x['id']}" class="{classes}">
  <header class="entry-header"><h2 class="entry-title"><a href="{url[x['id']]}" rel="bookmark">{e(x['title'])}</a></h2>
  <div class="entry-meta">{meta_line(x)}</div></header>
  {summary}
  <footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/{x['category']}/" rel="category tag">{e(src.CATEGORIES[x['category']])}</a></span></footer>
</article>"""

    def pagination(path: str, page: int, pages: int) -> str:
        if pages == 1:
            return ""
        def page_url(n: int) -> str:
            return path if n == 1 else f"{path}page/{n}/"
        links = []
        if page > 1:
            links.append(f'<a class="prev page-numbers" href="{page_url(page - 1)}">&larr; Trang trước</a>')
        for n in range(1, pages + 1):
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page
                         else f'<a class="page-numbers" href="{page_url(n)}">{n}</a>')
        if page < pages:
            links.append(f'<a class="next page-numbers" href="{page_url(page + 1)}">Trang sau &rarr;</a>')
        return (f'<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân trang bài viết</h2>'
                f'<div class="nav-links">{"".join(links)}</div></nav>')

    def archive(path: str, file_stem: str, heading: str, items: list[dict], per_page: int, body_class: str,
                page_class: str, feed: tuple[str, str] | None = None, sticky_first: bool = False,
                crumbs: str = "") -> None:
        pages = chunks(items, per_page)
        for i, chunk in enumerate(pages, 1):
            here = path if i == 1 else f"{path}page/{i}/"
            header = "" if not heading else f'{crumbs}<header class="page-header"><h1 class="page-title">{heading}</h1></header>\n'
            main = header + "\n".join(entry(x, sticky=sticky_first and i == 1 and j == 0 and x.get("sticky"))
                                      for j, x in enumerate(chunk)) + "\n" + pagination(path, i, len(pages))
            title = (re.sub(r"<[^>]+>", "", heading) + " - " if heading else "") + s["name"] + (f" - Trang {i}" if i > 1 else "")
            cls = body_class + (" paged" if i > 1 else "")
            extra = "" if i == 1 else f'<link rel="prev" href="{base}{path if i == 2 else f"{path}page/{i - 1}/"}" />\n'
            if i < len(pages):
                extra += f'<link rel="next" href="{base}{path}page/{i + 1}/" />\n'
            p.page(here, f"pages/{file_stem}{'' if i == 1 else f'-page-{i}'}.html",
                   layout(title, main, cls, extra, feed), "home" if here == "/" else page_class)

    sticky = [x for x in arts if x.get("sticky")]
    home_items = sticky + [x for x in arts if not x.get("sticky")]
    archive("/", "index", "", home_items, 5, "home blog", "listing", sticky_first=True)
    for c, n in src.CATEGORIES.items():
        archive(f"/category/{c}/", f"category/{c}", f"Chuyên mục: <span>{e(n)}</span>",
                [x for x in arts if x["category"] == c], 4, f"archive category category-{c}", "listing",
                feed=(f"/category/{c}/feed/", f"Dòng thông tin chuyên mục {n}"))
    for t, n in src.TAGS.items():
        archive(f"/tag/{t}/", f"tag/{t}", f"Thẻ: <span>{e(n)}</span>", [x for x in arts if t in x["tags"]], 4,
                f"archive tag tag-{t}", "other", feed=(f"/tag/{t}/feed/", f"Dòng thông tin thẻ {n}"))
    for slug, n in src.AUTHORS.items():
        archive(f"/author/{slug}/", f"author/{slug}", f'Tác giả: <span class="vcard">{e(n)}</span>',
                [x for x in arts if x["author"] == slug], 4, f"archive author author-{slug}", "listing",
                feed=(f"/author/{slug}/feed/", f"Dòng thông tin bài viết của {n}"))
    for m in month_keys:
        archive(f"/{m[:4]}/{m[5:]}/", f"date/{m}", f"Tháng: <span>{months[m[5:]]} {m[:4]}</span>",
                [x for x in arts if x["published"].startswith(m)], 4, "archive date", "listing",
                crumbs=f'<div class="breadcrumbs"><a href="/">Trang chủ</a> &raquo; <a href="/{m[:4]}/">{m[:4]}</a> &raquo; {months[m[5:]]}</div>\n')
    archive("/2025/", "date/2025", "Năm: <span>2025</span>", arts, 6, "archive date", "listing")

    # posts
    def build_post(i: int, x: dict) -> None:
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        image = x.get("image")
        body_parts = []
        for t in x["paragraphs"][:-1] if x["category"] == "tin-tuc" else x["paragraphs"]:
            if image and t == image["caption"]:
                body_parts.append(f'<figure class="wp-block-image size-large"><a href="{url[x["id"]]}{image["slug"]}/"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/{x["published"][:4]}/{x["published"][5:7]}/{image["file"]}" alt="" class="wp-image-{x["id"] + 1}" /></a><figcaption class="wp-element-caption">{e(t)}</figcaption></figure>')
            else:
                body_parts.append(f"<p>{e(t)}</p>")
        if x["category"] == "tin-tuc":
            body_parts.append(f'<p class="has-text-align-right"><strong>{e(x["paragraphs"][-1])}</strong></p>')
        if x.get("pdf"):
            pdf = x["pdf"]
            href = f"{base}/wp-content/uploads/{x['published'][:4]}/{x['published'][5:7]}/{pdf['file']}"
            body_parts.append(f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{href}" type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng {a(pdf["label"])}"></object><a id="wp-block-file--media-{x["id"]}" href="{href}">{e(pdf["label"])}</a><a href="{href}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{x["id"]}">Tải xuống</a></div>')
            p.raw(href[len(base):], f"files/{pdf['file']}", tiny_pdf(pdf["label"]), "application/pdf")
        body = "\n".join(body_parts)
        tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{e(src.TAGS[t])}</a>' for t in x["tags"])
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{url[older["id"]]}" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{e(older["title"])}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{url[newer["id"]]}" rel="next"><span class="nav-subtitle">Bài tiếp:</span> <span class="nav-title">{e(newer["title"])}</span></a></div>'

        def comments_html(reply_to: dict | None) -> str:
            form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{'Trả lời ' + e(reply_to['name']) if reply_to else 'Để lại bình luận'} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url[x['id']]}#respond"{'' if reply_to else ' style="display:none;"'}>Hủy</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu *</p><p class="comment-form-comment"><label for="comment">Bình luận *</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên *</label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p><p class="comment-form-email"><label for="email">Email *</label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{x['id']}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to['id'] if reply_to else 0}' /></p></form></div>"""
            items = []
            for c in x.get("comments", []):
                items.append(f"""<li id="comment-{c['id']}" class="comment even thread-even depth-1"><article id="div-comment-{c['id']}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{e(c['name'])}</b> <span class="says">viết:</span></div><div class="comment-metadata"><a href="{url[x['id']]}#comment-{c['id']}"><time datetime="{iso(c['when'])}">{dmy(c['when'])} lúc {hm(c['when'])}</time></a></div></footer><div class="comment-content"><p>{e(c['text'])}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url[x['id']]}?replytocom={c['id']}#respond" data-commentid="{c['id']}" data-postid="{x['id']}" data-belowelement="div-comment-{c['id']}" data-respondelement="respond" data-replyto="Trả lời {a(c['name'])}" aria-label="Trả lời {a(c['name'])}">Trả lời</a></div></article>{form if reply_to is c else ''}</li>""")
            listed = ""
            if items:
                listed = f'<h2 class="comments-title">{len(items)} bình luận về &ldquo;<span>{e(x["title"])}</span>&rdquo;</h2><ol class="comment-list">{"".join(items)}</ol>'
            return f'<div id="comments" class="comments-area">{listed}{"" if reply_to else form}</div>'

        def post_page(reply_to: dict | None) -> str:
            main = f"""<article id="post-{x['id']}" class="post-{x['id']} post type-post status-publish format-standard hentry category-{x['category']}">
  <header class="entry-header"><h1 class="entry-title">{e(x['title'])}</h1>
  <div class="entry-meta">{meta_line(x)}</div></header>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/{x['category']}/" rel="category tag">{e(src.CATEGORIES[x['category']])}</a></span>{f'<span class="tags-links"> Thẻ: {tags}</span>' if tags else ''}</footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
{comments_html(reply_to)}"""
            extra = (f'<link rel="alternate" type="application/json" title="JSON" href="{base}/wp-json/wp/v2/posts/{x["id"]}" />\n'
                     f'<link rel="canonical" href="{base}{url[x["id"]]}" />\n<link rel=\'shortlink\' href=\'{base}/?p={x["id"]}\' />\n'
                     f'<meta property="og:type" content="article" />\n<meta property="article:published_time" content="{iso(x["published"])}" />\n')
            return layout(f"{x['title']} - {s['name']}", main,
                          f"post-template-default single single-post postid-{x['id']} single-format-standard",
                          extra, (f"{url[x['id']]}feed/", f"{x['title']} Dòng phản hồi"))

        p.page(url[x["id"]], f"pages/post/{x['id']}.html", post_page(None), "article")
        for c in x.get("comments", []):
            p.page(f"{url[x['id']]}?replytocom={c['id']}", f"pages/post/{x['id']}-reply-{c['id']}.html", post_page(c), "duplicate")
        body_gold = list(x["paragraphs"])
        author = x["paragraphs"][-1] if x["category"] == "tin-tuc" else src.AUTHORS[x["author"]]
        p.article_gold(str(x["id"]), url[x["id"]], x, body_gold, src.CATEGORIES[x["category"]],
                       ["Đăng ngày", "Chuyên mục:", "Bài trước", "Bài tiếp", "Để lại bình luận", "Bài viết mới",
                        "Lưu trữ", "Thống kê truy cập", "Liên kết nhanh", "Cơ quan chủ quản", "Tải xuống",
                        *(c["text"] for c in x.get("comments", []))],
                       counter, author=author)
        if x.get("pdf"):
            p.gold[str(x["id"])]["attachments"] = [{"url": f"/wp-content/uploads/{x['published'][:4]}/{x['published'][5:7]}/{x['pdf']['file']}",
                                                    "name": x["pdf"]["label"]}]
        # the post's comment feed
        items_xml = "".join(f"<item><title>Bởi: {e(c['name'])}</title><link>{base}{url[x['id']]}#comment-{c['id']}</link>"
                            f"<dc:creator><![CDATA[{c['name']}]]></dc:creator><pubDate>{when(c['when']).strftime('%a, %d %b %Y %H:%M:00 +0000')}</pubDate>"
                            f"<guid isPermaLink=\"false\">{base}/?p={x['id']}#comment-{c['id']}</guid><description><![CDATA[{c['text']}]]></description></item>"
                            for c in x.get("comments", []))
        p.raw(f"{url[x['id']]}feed/", f"feeds/post-{x['id']}.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
            f'<channel><title>Bình luận về: {e(x["title"])}</title><atom:link href="{base}{url[x["id"]]}feed/" rel="self" type="application/rss+xml" />'
            f'<link>{base}{url[x["id"]]}</link><description>Ủy ban nhân dân xã Hòa Khê</description>{items_xml}</channel></rss>').encode(),
            "application/rss+xml; charset=UTF-8")
        # the attachment page of the post's photo
        if image:
            img_url = f"{base}/wp-content/uploads/{x['published'][:4]}/{x['published'][5:7]}/{image['file']}"
            main = f"""<article id="post-{x['id'] + 1}" class="post-{x['id'] + 1} attachment type-attachment status-inherit hentry">
  <header class="entry-header"><h1 class="entry-title">{e(image['title'])}</h1>
  <div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{iso(x['published'])}">{dmy(x['published'])}</time></span> <span class="full-size-link"><a href="{img_url}">Kích thước đầy đủ 1600 &times; 1067</a></span> trong <a href="{url[x['id']]}" title="Quay lại {a(x['title'])}" rel="gallery">{e(x['title'])}</a></div></header>
  <div class="entry-content">
    <figure class="wp-block-image"><a href="{img_url}"><img width="1024" height="683" src="{img_url}" class="attachment-large size-large" alt="" decoding="async" /></a><figcaption class="wp-caption-text">{e(image['caption'])}</figcaption></figure>
    <p>{e(image['description'])}</p>
  </div>
</article>
<nav class="navigation image-navigation"><div class="nav-links"><div class="nav-previous"><a href="{url[x['id']]}">Quay lại bài viết</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3><form action="{base}/wp-comments-post.php" method="post" class="comment-form"><p class="comment-form-comment"><label for="comment">Bình luận *</label> <textarea id="comment" name="comment" required></textarea></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="Phản hồi" /></p></form></div></div>"""
            extra = (f'<link rel="alternate" type="application/json" title="JSON" href="{base}/wp-json/wp/v2/media/{x["id"] + 1}" />\n'
                     f'<link rel="canonical" href="{base}{url[x["id"]]}{image["slug"]}/" />\n<link rel=\'shortlink\' href=\'{base}/?p={x["id"] + 1}\' />\n')
            p.page(f"{url[x['id']]}{image['slug']}/", f"pages/attachment/{image['slug']}.html",
                   layout(f"{image['title']} - {s['name']}", main,
                          f"attachment attachment-template-default single single-attachment postid-{x['id'] + 1} attachmentid-{x['id'] + 1} attachment-jpeg", extra),
                   "other")

    for i, x in enumerate(arts):
        build_post(i, x)

    def wp_page(path: str, page_id: int, title: str, paragraphs: list[str], extra_html: str = "") -> None:
        content = "\n".join(f"<p>{e(t)}</p>" for t in paragraphs) + extra_html
        main = f"""<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
  <header class="entry-header"><h1 class="entry-title">{e(title)}</h1></header>
  <div class="entry-content">
{content}
  </div>
</article>"""
        extra = f'<link rel="canonical" href="{base}{path}" />\n<link rel=\'shortlink\' href=\'{base}/?p={page_id}\' />\n'
        p.page(path, f"pages/page/{page_id}.html", layout(f"{title} - {s['name']}", main,
                                                           f"page-template-default page page-id-{page_id}", extra), "other")

    wp_page("/gioi-thieu/", 7, "Giới thiệu", src.ABOUT)
    wp_page("/quy-che-hoat-dong/", 9, "Quy chế hoạt động của Trang thông tin điện tử xã", src.RULES_PAGE)
    wp_page("/lien-he/", 11, "Liên hệ", [f"Ủy ban nhân dân xã Hòa Khê. Địa chỉ: {s['address']}.",
                                        f"Điện thoại: {s['phone']}. Thư điện tử: {s['email']}."],
            """
<div class="wpcf7 no-js" id="wpcf7-f52-p11-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f52-p11-o1" method="post" class="wpcf7-form init" novalidate="novalidate"><p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p><p><label> Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>""")

    # search (robots.txt disallows it; the one link to it is a sidebar-less "no results" hint)
    p.page("/?s=", "pages/search.html", layout(f"Kết quả tìm kiếm cho “” - {s['name']}", """<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span></span></h1></header>
<section class="no-results not-found"><div class="page-content"><p>Xin lỗi, không có kết quả phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section>""",
                                                     "search search-no-results"), "other")

    # feeds: the site's, each category's, the comments'
    def rss(path: str, file: str, title: str, items: list[dict]) -> None:
        xml = "".join(f"<item><title>{e(x['title'])}</title><link>{base}{url[x['id']]}</link><comments>{base}{url[x['id']]}#respond</comments>"
                      f"<dc:creator><![CDATA[{src.AUTHORS[x['author']]}]]></dc:creator><pubDate>{(when(x['published'])).strftime('%a, %d %b %Y %H:%M:00 +0700')}</pubDate>"
                      f"<category><![CDATA[{src.CATEGORIES[x['category']]}]]></category><guid isPermaLink=\"false\">{base}/?p={x['id']}</guid>"
                      f"<description><![CDATA[{excerpt(x)}]]></description><wfw:commentRss>{base}{url[x['id']]}feed/</wfw:commentRss></item>" for x in items)
        p.raw(path, file, (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                           f'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
                           f'<channel><title>{e(title)}</title><atom:link href="{base}{path}" rel="self" type="application/rss+xml" /><link>{base}/</link>'
                           f'<description>Ủy ban nhân dân xã Hòa Khê</description><language>vi</language><generator>https://wordpress.org/?v=6.5.3</generator>{xml}</channel></rss>').encode(),
              "application/rss+xml; charset=UTF-8")

    rss("/feed/", "feeds/site.xml", s["name"], arts)
    for c, n in src.CATEGORIES.items():
        rss(f"/category/{c}/feed/", f"feeds/category-{c}.xml", f"{n} - {s['name']}", [x for x in arts if x["category"] == c])
    for t, n in src.TAGS.items():
        rss(f"/tag/{t}/feed/", f"feeds/tag-{t}.xml", f"{n} - {s['name']}", [x for x in arts if t in x["tags"]])
    for slug, n in src.AUTHORS.items():
        rss(f"/author/{slug}/feed/", f"feeds/author-{slug}.xml", f"{n} - {s['name']}", [x for x in arts if x["author"] == slug])
    comments = sorted(((c, x) for x in arts for c in x.get("comments", [])), key=lambda cx: cx[0]["when"], reverse=True)
    p.raw("/comments/feed/", "feeds/comments.xml", (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bình luận cho {e(s["name"])}</title><link>{base}/</link><description>Ủy ban nhân dân xã Hòa Khê</description>'
        + "".join(f"<item><title>Bình luận về {e(x['title'])} bởi {e(c['name'])}</title><link>{base}{url[x['id']]}#comment-{c['id']}</link><description><![CDATA[{c['text']}]]></description></item>" for c, x in comments)
        + "</channel></rss>").encode(), "application/rss+xml; charset=UTF-8")

    # core sitemaps (WordPress 5.5+): an index and one sitemap per object type
    xsl = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap-index.xsl" ?>\n'
    subs = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
    p.raw("/wp-sitemap.xml", "sitemaps/wp-sitemap.xml", (xsl + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + "".join(f"<sitemap><loc>{base}/wp-sitemap-{n}.xml</loc></sitemap>" for n in subs) + "</sitemapindex>").encode(),
          "application/xml; charset=UTF-8")
    urlsets = {
        "posts-post-1": [(url[x["id"]], x["published"]) for x in arts],
        "posts-page-1": [("/gioi-thieu/", None), ("/quy-che-hoat-dong/", None), ("/lien-he/", None)],
        "taxonomies-category-1": [(f"/category/{c}/", None) for c in src.CATEGORIES],
        "taxonomies-post_tag-1": [(f"/tag/{t}/", None) for t in src.TAGS],
        "users-1": [(f"/author/{u}/", None) for u in src.AUTHORS],
    }
    for n, entries in urlsets.items():
        body = "".join(f"<url><loc>{base}{u}</loc>" + (f"<lastmod>{iso(d)}</lastmod>" if d else "") + "</url>" for u, d in entries)
        p.raw(f"/wp-sitemap-{n}.xml", f"sitemaps/wp-sitemap-{n}.xml",
              (xsl.replace("index.xsl", ".xsl") + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>').encode(),
              "application/xml; charset=UTF-8")
    p.manifest.append({"path": "/sitemap.xml", "content_type": HTML_TYPE, "status": 301, "location": "/wp-sitemap.xml"})
    p.raw("/robots.txt", "pages/robots.txt", (f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /?s=\nDisallow: /search/\n\n"
                                              f"Sitemap: {base}/wp-sitemap.xml\n").encode(), "text/plain; charset=utf-8")
    return p


# -- Joomla 3 legacy district portal: SEF .html URLs beside index.php?option=com_content ---------


def build_joomla(src) -> Portal:
    import hashlib
    s = src.SITE
    p = Portal(src, "joomla", (
        "MODELLED, not copied: a legacy district portal on Joomla 3 (protostar-like template): SEF "
        "URLs with a .html suffix, /<menu>/<catid>-<cat-alias>/<id>-<alias>.html for articles of a "
        "menu's subcategories, beside hand-written index.php?option=com_content&view=article&id=<id>:"
        "<alias>&catid=<c>&Itemid=<i> links in a custom module (the same story under the home menu's "
        "Itemid, with other modules around it, no canonical link for one, a canonical for another); "
        "a <base href> of the page's own URL; blog category layouts (leading item with a long intro, "
        "intro items, the 'items-more' title links, ?start=<offset> pagination, 'Xem thêm...' "
        "readmore) and a featured layout on the home page; a category list layout (a table of "
        "titles with date and hits columns); articles with dl.article-info (author, category, date, "
        "hits that go up at every view), a print view (?tmpl=component&print=1) and a mailto form "
        "(index.php?option=com_mailto&tmpl=component&link=<hash>) each, previous/next links with "
        "rel=prev/next labelled 'Trước'/'Tiếp', a {loadposition} module block inside one article's "
        "text; RSS and Atom feeds (?format=feed&type=rss|atom) of every listing; com_tags tag pages; "
        "an about page that is a single-article menu item without a date; com_contact. Invented "
        "unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=31, today=1290, yesterday=1544, total=2830417)
    by_id = {x["id"]: x for x in arts}

    def cat_url(catid: int) -> str:
        alias, _, parent = src.CATEGORIES[catid]
        if parent is None:
            return f"/{alias}.html"
        return f"/{src.CATEGORIES[parent][0]}/{catid}-{alias}.html"

    def art_url(x: dict) -> str:
        alias, _, parent = src.CATEGORIES[x["catid"]]
        if parent is None:
            return f"/{alias}/{x['id']}-{x['alias']}.html"
        return f"/{src.CATEGORIES[parent][0]}/{x['catid']}-{alias}/{x['id']}-{x['alias']}.html"

    def raw_url(x: dict, itemid: int) -> str:
        return f"/index.php?option=com_content&view=article&id={x['id']}:{x['alias']}&catid={x['catid']}&Itemid={itemid}"

    def tag_url(tid: int) -> str:
        return f"/component/tags/tag/{tid}-{src.TAGS[tid][0]}.html"

    def mailto_url(x: dict) -> str:
        return f"/index.php?option=com_mailto&tmpl=component&template=yenkhe&link={hashlib.sha1(art_url(x).encode()).hexdigest()}"

    def jdate(stamp: str) -> str:
        return f"{stamp}:00+07:00"

    # a Joomla-style URL as written in HTML (& escaped)
    def h(u: str) -> str:
        return u.replace("&", "&amp;")

    def head(title: str, here: str, extra: str = "", description: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{h(base + here)}" />
	<meta name="keywords" content="Yên Khê, cổng thông tin, huyện Yên Khê" />
	<meta name="description" content="{a(description or s['name'])}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{e(title)}</title>
{extra}	<link href="/templates/yenkhe/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/yenkhe/css/template.css?5c1e9b0f3c" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?5c1e9b0f3c"></script>
	<script src="/media/system/js/caption.js?5c1e9b0f3c"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
"""

    def feeds(listing_url: str) -> str:
        return (f'\t<link href="{h(listing_url + "?format=feed&type=rss")}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
                f'\t<link href="{h(listing_url + "?format=feed&type=atom")}" rel="alternate" type="application/atom+xml" title="Atom 1.0" />\n')

    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_url(x)}" itemprop="url"><span itemprop="name">{e(x["title"])}</span></a></li>' for x in arts[:5])
    notices = [x for x in arts if x["catid"] == 12]

    def layout(title: str, here: str, component: str, active: int, crumbs: list[tuple[str | None, str]],
               extra: str = "", home_modules: bool = False, description: str = "") -> str:
        menu = "".join(f'<li class="item-{i}{" current active" if i == active else ""}"><a href="{"/" if i == 101 else f"/{alias}.html"}">{e(t)}</a></li>'
                       for i, (alias, t) in src.MENU.items())
        crumb = '<li><a href="/" class="pathway">Trang chủ</a><span class="divider"> » </span></li>' + "".join(
            f'<li><a href="{u}" class="pathway">{e(t)}</a><span class="divider"> » </span></li>' if u else f'<li class="active"><span>{e(t)}</span></li>'
            for u, t in crumbs)
        home_side = ""
        if home_modules:
            home_side = f"""<div class="well _thongbao"><h3 class="page-header">Thông báo</h3><ul class="category-module mod-list">{''.join(f'<li><a class="mod-articles-category-title" href="{art_url(x)}">{e(x["title"])}</a> <span class="mod-articles-category-date">{dmy(x["published"])}</span></li>' for x in notices)}</ul></div>
"""
        links = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        return head(title, here, extra, description) + f"""<body class="site com_content view-{'featured' if active == 101 else 'article'} no-layout no-task itemid-{active}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="{base}/images/banner/banner-yenkhe.jpg" alt="{a(s['name'])}" /></a>
					<div class="header-search pull-right"><div class="search"><form action="/" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div>
				</div>
			</header>
			<nav class="navigation" role="navigation"><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{menu}</ul></div></nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>{crumb}</ul></div>
					<div id="system-message-container"></div>
{component}
				</main>
				<div id="aside" class="span3">
					{home_side}<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
					<div class="well "><h3 class="page-header">Liên kết website</h3><select class="lienket" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div>
					<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody><tr><td>Đang truy cập</td><td align="right">31</td></tr><tr><td>Hôm nay</td><td align="right">1.290</td></tr><tr><td>Hôm qua</td><td align="right">1.544</td></tr><tr><td>Tất cả</td><td align="right">2.830.417</td></tr></tbody></table></div></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN KHÊ</strong></p>
			<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Yên Khê. Địa chỉ: {e(s['address'])}</p>
			<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
			<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
		</div>
	</footer>
</body>
</html>
"""

    def info(x: dict, hits: int, with_category: bool = True) -> str:
        cat = src.CATEGORIES[x["catid"]]
        return f"""<dl class="article-info muted">
	<dt class="article-info-term">Chi tiết</dt>
	<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{e(x['author'])}</span></dd>
{f'	<dd class="category-name">Chuyên mục: <a href="{cat_url(x["catid"])}" itemprop="genre">{e(cat[1])}</a></dd>' if with_category else ''}
	<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{jdate(x['published'])}" itemprop="datePublished">Ngày đăng: {dmy(x['published'])} {hm(x['published'])}</time></dd>
	<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd>
</dl>"""

    def paragraphs_html(x: dict, upto: int | None = None) -> str:
        texts = x["paragraphs"] if upto is None else x["paragraphs"][:upto]
        out = []
        for i, t in enumerate(texts):
            if upto is None and i == len(x["paragraphs"]) - 1 and x["catid"] != 12:
                out.append(f'<p style="text-align: right;"><strong>{e(t)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{e(t)}</p>')
            if upto is None and x.get("module") and i == 1:  # {loadposition van-ban-lien-quan}
                m = x["module"]
                items = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_url(by_id[i2])}" itemprop="url"><span itemprop="name">{e(by_id[i2]["title"])}</span></a></li>' for i2 in m["links"])
                out.append(f'<div class="moduletable"><h3>{e(m["title"])}</h3><ul class="latestnews mod-list">{items}</ul></div>')
        return "\n".join(out)

    def blog_item(x: dict, number: str, hits: int) -> str:
        return f"""<div class="{number} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{art_url(x)}" itemprop="url">{e(x['title'])}</a></h2></div>
	{info(x, hits)}
	{paragraphs_html(x, x['intro'])}
	<p class="readmore"><a class="btn" href="{art_url(x)}" itemprop="url" aria-label="Xem thêm: {a(x['title'])}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm...</a></p>
</div>"""

    def pager(listing: str, page: int, pages: int, per: int) -> str:
        if pages == 1:
            return ""
        def link(n: int) -> str:
            return listing if n == 1 else f"{listing}?start={(n - 1) * per}"
        def cell(cls: str, label: str, target: int, active: bool) -> str:
            inner = (f'<span class="pagenav">{label}</span>' if not active
                     else f'<a title="{label}" href="{link(target)}" class="hasTooltip pagenav">{label}</a>')
            return f'<li class="{cls}">{inner}</li>'
        items = [cell("pagination-start", "Bắt đầu", 1, page > 1), cell("pagination-prev", "Trước", page - 1, page > 1)]
        items += [f'<li><span class="pagenav">{n}</span></li>' if n == page else f'<li><a href="{link(n)}" class="pagenav">{n}</a></li>' for n in range(1, pages + 1)]
        items += [cell("pagination-next", "Tiếp", page + 1, page < pages), cell("pagination-end", "Cuối", pages, page < pages)]
        return f'<div class="pagination"><p class="counter pull-right">Trang {page} / {pages}</p><ul>{"".join(items)}</ul></div>'

    def rss_and_atom(listing: str, title: str, items: list[dict]) -> None:
        rss_items = "".join(f"<item><title>{e(x['title'])}</title><link>{base}{art_url(x)}</link><guid isPermaLink=\"true\">{base}{art_url(x)}</guid>"
                            f"<description><![CDATA[{paragraphs_html(x, x['intro'])}]]></description><author>{e(s['email'])} ({e(x['author'])})</author>"
                            f"<category>{e(src.CATEGORIES[x['catid']][1])}</category><pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00 +0700')}</pubDate></item>" for x in items)
        p.raw(f"{listing}?format=feed&type=rss", f"feeds/{listing.strip('/').replace('/', '_') or 'home'}.rss", (
            f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f'<channel><title>{e(title)}</title><description><![CDATA[{s["name"]}]]></description><link>{base}{listing}</link><lastBuildDate>Mon, 25 Aug 2025 03:10:12 +0700</lastBuildDate>'
            f'<generator>Joomla! - Open Source Content Management</generator><atom:link rel="self" type="application/rss+xml" href="{base}{h(listing)}?format=feed&amp;type=rss"/><language>vi-vn</language>{rss_items}</channel></rss>').encode(),
            "application/rss+xml; charset=utf-8")
        atom_items = "".join(f'<entry><title>{e(x["title"])}</title><link rel="alternate" type="text/html" href="{base}{art_url(x)}"/><published>{jdate(x["published"])}</published>'
                             f'<updated>{jdate(x["published"])}</updated><id>{base}{art_url(x)}</id><author><name>{e(x["author"])}</name></author></entry>' for x in items)
        p.raw(f"{listing}?format=feed&type=atom", f"feeds/{listing.strip('/').replace('/', '_') or 'home'}.atom", (
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn"><title type="text">{e(title)}</title>'
            f'<subtitle type="text">{e(s["name"])}</subtitle><link rel="alternate" type="text/html" href="{base}{listing}"/><id>{base}{listing}</id>'
            f'<updated>2025-08-25T03:10:12+07:00</updated><generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>{atom_items}</feed>').encode(),
            "application/atom+xml; charset=utf-8")

    def blog(catid: int, items: list[dict], leading: int, intro: int, links: int) -> None:
        listing = cat_url(catid)
        per = leading + intro + links
        pages = chunks(items, per)
        name = src.CATEGORIES[catid][1]
        parent = src.CATEGORIES[catid][2]
        crumbs: list[tuple[str | None, str]] = ([(cat_url(parent), src.CATEGORIES[parent][1])] if parent else []) + [(None, name)]
        for n, chunk in enumerate(pages, 1):
            here = listing if n == 1 else f"{listing}?start={(n - 1) * per}"
            lead = "".join(blog_item(x, f"leading-{i}", x["hits"]) for i, x in enumerate(chunk[:leading]))
            rows = "".join(f'<div class="items-row cols-1 row-{i} row-fluid clearfix"><div class="span12">{blog_item(x, "item column-1", x["hits"])}</div></div>'
                           for i, x in enumerate(chunk[leading:leading + intro]))
            more = chunk[leading + intro:]
            more_links = "".join(f'<li><a href="{art_url(x)}">{e(x["title"])}</a></li>' for x in more)
            more_html = f'<div class="items-more"><ol class="nav nav-tabs nav-stacked">{more_links}</ol></div>' if more else ""
            component = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> {e(name)} </h1></div>
	<div class="items-leading clearfix">{lead}</div>
	{rows}
	{more_html}
	{pager(listing, n, len(pages), per)}
</div>"""
            p.page(here, f"pages/blog/{catid}-{n}.html", layout(f"{name}{f' - Trang {n}' if n > 1 else ''}", here, component, 102, crumbs, feeds(listing)), "listing")
        rss_and_atom(listing, name, items[:10])

    tin_tuc = [x for x in arts if x["catid"] in (9, 10)]
    blog(8, tin_tuc, 1, 3, 4)
    blog(9, [x for x in arts if x["catid"] == 9], 1, 4, 0)
    blog(10, [x for x in arts if x["catid"] == 10], 1, 4, 0)

    # category list layout: a table of titles, dates and hits
    rows = "".join(f"""<tr class="cat-list-row{i % 2}" ><td headers="categorylist_header_title" class="list-title"><a href="{art_url(x)}">{e(x['title'])}</a></td><td headers="categorylist_header_date" class="list-date small">{when(x['published']).strftime('%d-%m-%Y')}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {x['hits']}</span></td></tr>"""
                   for i, x in enumerate(notices))
    component = f"""<div class="category-list">
<div>
	<div class="content-category">
		<h2> Thông báo </h2>
		<form action="{base}/thong-bao.html" method="post" name="adminForm" id="adminForm" class="form-inline">
			<fieldset class="filters btn-toolbar clearfix"><legend class="hide">Bộ lọc</legend><div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" value="" class="inputbox" title="Lọc theo tiêu đề" placeholder="Lọc theo tiêu đề" /></div>
			<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label><select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()"><option value="5">5</option><option value="10">10</option><option value="20" selected="selected">20</option><option value="0">Tất cả</option></select></div></fieldset>
			<table class="category table table-striped table-bordered table-hover">
				<thead><tr><th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="Tiêu đề">Tiêu đề</a></th><th scope="col" id="categorylist_header_date">Ngày đăng</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
				<tbody>{rows}</tbody>
			</table>
		</form>
	</div>
</div>
</div>"""
    p.page("/thong-bao.html", "pages/list/thong-bao.html", layout("Thông báo", "/thong-bao.html", component, 103, [(None, "Thông báo")], feeds("/thong-bao.html")), "listing")
    rss_and_atom("/thong-bao.html", "Thông báo", notices)

    # featured layout on the home page, and a custom module of hand-written (non-SEF) links
    featured = [x for x in arts if x["featured"]]
    lead = blog_item(featured[0], "leading-0", featured[0]["hits"])
    rows = "".join(f'<div class="items-row cols-2 row-{i // 2} row-fluid clearfix"><div class="span6">{blog_item(x, f"item column-{i % 2 + 1}", x["hits"])}</div></div>'
                   for i, x in enumerate(featured[1:]))
    spotlight = [by_id[231], by_id[244]]
    custom = "".join(f'<li><a href="{h(raw_url(x, 101).lstrip("/"))}">{e(x["title"])}</a></li>' for x in spotlight)
    component = f"""<div class="custom tieu-diem"><h3>Tiêu điểm</h3><ul>{custom}</ul></div>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
	<div class="items-leading clearfix">{lead}</div>
	{rows}
</div>"""
    p.page("/", "pages/index.html", layout(s["name"], "/", component, 101, [], feeds("/index.php"), home_modules=True), "home")
    rss_and_atom("/index.php", s["name"], featured)

    # articles
    for catid in (9, 10, 12):
        ordered = [x for x in arts if x["catid"] == catid]
        for i, x in enumerate(ordered):
            prev_x = ordered[i - 1] if i > 0 else None
            next_x = ordered[i + 1] if i + 1 < len(ordered) else None
            cat = src.CATEGORIES[catid]

            def article(here: str, hits: int, itemid: int, crumbs: list[tuple[str | None, str]], canonical: str | None,
                        x: dict = x, prev_x: dict | None = prev_x, next_x: dict | None = next_x) -> str:
                nav = ""
                if prev_x:
                    nav += f'<li class="previous"><a class="hasTooltip" title="{a(prev_x["title"])}" aria-label="Bài trước: {a(prev_x["title"])}" href="{art_url(prev_x)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
                if next_x:
                    nav += f'<li class="next"><a class="hasTooltip" title="{a(next_x["title"])}" aria-label="Bài tiếp theo: {a(next_x["title"])}" href="{art_url(next_x)}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
                tags = "".join(f'<li class="tag-{t} tag-list0" itemprop="keywords"><a href="{tag_url(t)}" class="label label-info">{e(src.TAGS[t][1])}</a></li>' for t in x["tags"])
                print_url = f"{art_url(x)}?tmpl=component&print=1&layout=default"
                component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header"><h2 itemprop="headline">{e(x['title'])}</h2></div>
	<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{x['id']}" aria-label="Công cụ" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
		<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{x['id']}"><li class="print-icon"><a href="{h(print_url)}" title="In bài viết &lt; {a(x['title'])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
		<li class="email-icon"><a href="{h(mailto_url(x))}" title="Gửi email bài viết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> E-mail</a></li></ul></div></div>
	{info(x, hits)}
	<div itemprop="articleBody">
{paragraphs_html(x)}
	</div>
	{f'<ul class="tags inline">{tags}</ul>' if tags else ''}
	<ul class="pager pagenav">{nav}</ul>
</div>"""
                extra = f'\t<link href="{base}{canonical}" rel="canonical" />\n' if canonical else ""
                extra += f'\t<meta name="author" content="{a(x["author"])}" />\n'
                return layout(x["title"], here, component, itemid, crumbs, extra, home_modules=itemid == 101,
                              description=x["paragraphs"][0][:160])

            crumbs: list[tuple[str | None, str]] = []
            if cat[2]:
                crumbs.append((cat_url(cat[2]), src.CATEGORIES[cat[2]][1]))
            crumbs += [(cat_url(catid), cat[1]), (None, x["title"])]
            itemid = 103 if catid == 12 else 102
            p.page(art_url(x), f"pages/article/{x['id']}.html", article(art_url(x), x["hits"], itemid, crumbs, None), "article")
            p.article_gold(str(x["id"]), art_url(x), x, list(x["paragraphs"]), cat[1],
                           ["Viết bởi", "Chuyên mục:", "Ngày đăng", "Lượt xem", "Trước", "Tiếp", "Tin mới",
                            "Liên kết website", "Thống kê truy cập", "Cơ quan chủ quản", "Bạn đang ở",
                            *([x["module"]["title"], *(by_id[i2]["title"] for i2 in x["module"]["links"])] if x.get("module") else [])],
                           counter)
            if x in spotlight:  # the same story under the home menu's Itemid
                canonical = art_url(x) if x["id"] == 244 else None
                p.page(raw_url(x, 101), f"pages/article/{x['id']}-itemid-101.html",
                       article(raw_url(x, 101), x["hits"] + 1, 101, [(None, x["title"])], canonical), "duplicate")
            # the print view: the component alone, in the "component" template
            print_url = f"{art_url(x)}?tmpl=component&print=1&layout=default"
            p.page(print_url, f"pages/print/{x['id']}.html", f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta charset="utf-8" />
	<base href="{h(base + print_url)}" />
	<meta name="robots" content="noindex, nofollow" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{e(x['title'])}</title>
	<link href="/templates/yenkhe/css/template.css?5c1e9b0f3c" rel="stylesheet" />
</head>
<body class="contentpane modal">
	<div id="system-message-container"></div>
	<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header"><h2 itemprop="headline">{e(x['title'])}</h2></div>
	<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
	{info(x, x['hits'] + 2, with_category=False)}
	<div itemprop="articleBody">
{paragraphs_html(x)}
	</div>
	</div>
</body>
</html>
""", "duplicate")
            p.page(mailto_url(x), f"pages/mailto/{x['id']}.html", f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" /><title>{e(s['name'])}</title>
<link href="/templates/yenkhe/css/template.css?5c1e9b0f3c" rel="stylesheet" /></head>
<body class="contentpane modal">
<div id="mailto-window">
	<h2>Gửi liên kết này cho bạn bè qua email.</h2>
	<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
	<form action="{base}/index.php" id="mailtoForm" method="post">
		<div class="formelm"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value="" /></div>
		<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
		<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
		<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
		<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy</button></p>
		<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" /><input type="hidden" name="link" value="{hashlib.sha1(art_url(x).encode()).hexdigest()}" />
	</form>
</div>
</body>
</html>
""", "other")

    # com_tags tag pages
    for tid, (_alias, name) in src.TAGS.items():
        items = [x for x in arts if tid in x["tags"]]
        lis = "".join(f"""<li class="cat-list-row{i % 2} clearfix"><h3><a href="{art_url(x)}">{e(x['title'])}</a></h3><span class="tag-body">{e(x['paragraphs'][0][:120].rsplit(' ', 1)[0])}...</span></li>""" for i, x in enumerate(items))
        component = f"""<div class="tag-category">
	<h2>{e(name)}</h2>
	<form action="{base}{tag_url(tid)}" method="post" name="adminForm" id="adminForm" class="form-inline"><ul class="category list-striped">{lis}</ul></form>
</div>"""
        p.page(tag_url(tid), f"pages/tags/{tid}.html", layout(name, tag_url(tid), component, 101, [(None, name)]), "other")

    # about: a single-article menu item, the date and hits hidden
    about = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in src.ABOUT)
    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout("Giới thiệu", "/gioi-thieu.html", f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header"><h2 itemprop="headline">{e(src.ABOUT_TITLE)}</h2></div>
	<div itemprop="articleBody">
{about}
	</div>
</div>""", 104, [(None, "Giới thiệu")]), "other")

    p.page("/lien-he.html", "pages/lien-he.html", layout("Liên hệ", "/lien-he.html", f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
	<div class="page-header"><h2><span class="contact-name" itemprop="name">Văn phòng HĐND và UBND huyện Yên Khê</span></h2></div>
	<h3>Thông tin liên hệ</h3>
	<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><dd><span class="contact-street" itemprop="streetAddress">{e(s['address'])}</span></dd><dd><span class="contact-telephone" itemprop="telephone">{e(s['phone'])}</span></dd></dl>
	<h3>Mẫu liên hệ</h3>
	<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well"><fieldset><legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
	<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
	<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required">Nội dung<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
	<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi email</button></div></div></fieldset></form>
</div>""", 105, [(None, "Liên hệ")]), "other")

    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\n"
          b"Disallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
          b"Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\n", "text/plain; charset=utf-8")
    return p


# -- Laravel/Blade commune portal, "Xem thêm" load-more pagination ------------------------------


def build_loadmore(src) -> Portal:
    s = src.SITE
    p = Portal(src, "laravel-loadmore", (
        "MODELLED, not copied: a commune portal launched in 2025 on Laravel 10 with Blade views "
        "(Vite assets under /build/assets/, a csrf-token meta, uploads under /storage/): stories "
        "at /tin-tuc/<vietnamese-slug>.html; a section page shows 6 stories and a 'Xem thêm' "
        "<button data-url='/tin-tuc/xem-them?page=2'> whose script appends the next stories, "
        "fetched as an HTML fragment (no <html>, no head): the older stories are linked from that "
        "fragment only; the notices section (Thông báo) shows 2 notices, names its page 2 in a "
        "<link rel='next'> of the head and loads more from a JSON endpoint ({'html': fragment, "
        "'next_page': null}) named by data-next; each notice is one sentence and a PDF; the "
        "sitemap lists only the 5 newest stories (as the sitemap package's 'latest' feed does); "
        "'Tin liên quan' on every story names the newest others of its section; a photo library "
        "(Thư viện ảnh: albums of captioned photos, a title and a date, no text) and videos (an "
        "embedded player and one line), which are not news stories; about and contact pages. "
        "Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    news = [x for x in arts if x["category"] == "tin-tuc"]
    notices = [x for x in arts if x["category"] == "thong-bao"]
    url = {x["id"]: f"/{x['category']}/{x['slug']}.html" for x in arts}
    menu_items = [("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), ("/tin-tuc", "Tin tức - Sự kiện"),
                  ("/thong-bao", "Thông báo"), ("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video"),
                  ("/lien-he.html", "Liên hệ")]
    counter = counter_gold(online=9, today=214, month=6120, total=27514)

    def layout(title: str, main: str, active: str = "/", head_extra: str = "") -> str:
        menu = "".join(f'<li class="nav-item"><a class="nav-link{" active" if u == active else ""}" href="{u}">{e(t)}</a></li>'
                       for u, t in menu_items)
        links = "".join(f'<li><a href="{a(u)}" target="_blank" rel="noopener">{e(t)}</a></li>' for u, t in LINKS)
        hot = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in news[:3])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="Qm9rZ0xpZW5WYW4tY3NyZi10b2tlbi0yMDI1">
    <title>{e(title)}</title>
{head_extra}    <link rel="preload" as="style" href="{base}/build/assets/app-4f1c2a9b.css" />
    <link rel="stylesheet" href="{base}/build/assets/app-4f1c2a9b.css" />
    <link rel="modulepreload" href="{base}/build/assets/app-8d2e61c0.js" />
    <script type="module" src="{base}/build/assets/app-8d2e61c0.js"></script>
</head>
<body class="antialiased">
<div class="topbar"><div class="container"><span class="today" x-data x-text="new Date().toLocaleDateString('vi-VN')"></span><a href="/lien-he.html">Liên hệ</a></div></div>
<header class="site-header"><div class="container d-flex"><a href="/" class="brand"><img src="/storage/settings/quoc-huy.png" alt="Quốc huy" width="80" height="80"></a>
<div class="brand-text"><div class="brand-line1">ĐẢNG BỘ, CHÍNH QUYỀN, MẶT TRẬN VÀ CÁC ĐOÀN THỂ</div><div class="brand-line2">XÃ LIÊN VÂN</div></div></div></header>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">{menu}</ul>
<form action="/tim-kiem" method="GET" class="d-flex search"><input class="form-control" type="search" name="keyword" placeholder="Tìm kiếm..."><button class="btn" type="submit">Tìm</button></form></div></nav>
<main class="container py-3"><div class="row">
<div class="col-lg-9">
{main}
</div>
<div class="col-lg-3 sidebar">
<div class="widget"><h3 class="widget-title">Tin nổi bật</h3><ul class="widget-list">{hot}</ul></div>
<div class="widget"><h3 class="widget-title">Liên kết website</h3><ul class="widget-list">{links}</ul></div>
<div class="widget"><h3 class="widget-title">Thống kê truy cập</h3><ul class="stats"><li>Đang truy cập: <span>9</span></li><li>Hôm nay: <span>214</span></li><li>Tháng này: <span>6.120</span></li><li>Tổng lượt truy cập: <span>27.514</span></li></ul></div>
</div>
</div></main>
<footer class="site-footer"><div class="container">
<p class="footer-name">CỔNG THÔNG TIN ĐIỆN TỬ XÃ LIÊN VÂN</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Liên Vân</p>
<p>Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử xã Liên Vân" khi phát hành lại thông tin từ cổng này.</p>
</div></footer>
<script>
document.querySelectorAll('[data-url],[data-next]').forEach(function (btn) {{
  btn.addEventListener('click', function () {{
    var u = btn.dataset.url || btn.dataset.next;
    fetch(u, {{headers: {{'X-Requested-With': 'XMLHttpRequest'}}}}).then(function (r) {{ return r.headers.get('content-type').indexOf('json') > -1 ? r.json() : r.text(); }})
      .then(function (d) {{ document.querySelector(btn.dataset.target).insertAdjacentHTML('beforeend', typeof d === 'string' ? d : d.html); btn.remove(); }});
  }});
}});
</script>
</body>
</html>
"""

    def card(x: dict) -> str:
        return f"""<div class="col-md-6 news-card">
    <a href="{url[x['id']]}" class="thumb"><img src="/storage/uploads/{x['category']}/{x['id']}-thumb.jpg" alt="{a(x['title'])}" loading="lazy"></a>
    <h3 class="news-card__title"><a href="{url[x['id']]}">{e(x['title'])}</a></h3>
    <div class="news-card__date"><i class="bi bi-clock"></i> {dmy(x['published'])}</div>
    <p class="news-card__desc">{e(x['paragraphs'][0][:180].rsplit(' ', 1)[0])}...</p>
</div>"""

    def crumbs(*items: tuple[str | None, str]) -> str:
        inner = "".join(f'<li class="breadcrumb-item"><a href="{u}">{e(t)}</a></li>' if u else
                        f'<li class="breadcrumb-item active" aria-current="page">{e(t)}</li>' for u, t in items)
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{inner}</ol></nav>'

    # the home page
    lead = news[0]
    home = f"""<section class="hero"><div class="row"><div class="col-md-7"><a href="{url[lead['id']]}"><img src="/storage/uploads/tin-tuc/{lead['id']}-cover.jpg" alt="{a(lead['title'])}" class="img-fluid"></a></div>
<div class="col-md-5"><h2 class="hero__title"><a href="{url[lead['id']]}">{e(lead['title'])}</a></h2><div class="news-card__date">{dmy(lead['published'])}</div><p class="hero__lead">{e(long_lead(lead, 520))}</p></div></div></section>
<section class="home-block"><div class="block-head"><h2><a href="/tin-tuc">Tin tức - Sự kiện</a></h2></div><div class="row">{''.join(card(x) for x in news[1:5])}</div></section>
<section class="home-block"><div class="block-head"><h2><a href="/thong-bao">Thông báo</a></h2></div><ul class="notice-list">{''.join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a> <span class="date">{dmy(x["published"])}</span></li>' for x in notices[:2])}</ul></section>
<section class="home-block"><div class="block-head"><h2><a href="/thu-vien-anh">Thư viện ảnh</a></h2></div><div class="row">{''.join(f'<div class="col-6 album-card"><a href="/thu-vien-anh/{al["slug"]}.html"><img src="/storage/albums/{al["photos"][0][0]}" alt="{a(al["title"])}"></a><h3><a href="/thu-vien-anh/{al["slug"]}.html">{e(al["title"])}</a></h3></div>' for al in src.ALBUMS)}</div></section>
<section class="home-block"><div class="block-head"><h2><a href="/video">Video</a></h2></div><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/{src.VIDEOS[0]['youtube']}" title="{a(src.VIDEOS[0]['title'])}" allowfullscreen></iframe></div><p><a href="/video/{src.VIDEOS[0]['slug']}.html">{e(src.VIDEOS[0]['title'])}</a></p></section>"""
    p.page("/", "pages/index.html", layout(s["name"], home), "home")

    # Tin tức: 6 cards and a button that loads the rest as a fragment
    first, rest = news[:6], news[6:]
    more = ('<div class="text-center mt-3"><button type="button" class="btn btn-outline-primary btn-load-more" '
            'data-url="/tin-tuc/xem-them?page=2" data-target="#news-list">Xem thêm <i class="bi bi-chevron-down"></i></button></div>')
    p.page("/tin-tuc", "pages/tin-tuc/index.html", layout(f"Tin tức - Sự kiện - {s['name']}", f"""{crumbs((None, 'Tin tức - Sự kiện'))}
<h1 class="page-title">Tin tức - Sự kiện</h1>
<div class="row" id="news-list">
{chr(10).join(card(x) for x in first)}
</div>
{more}""", "/tin-tuc"), "listing")
    p.page("/tin-tuc/xem-them?page=2", "pages/tin-tuc/xem-them-2.html", "\n".join(card(x) for x in rest) + "\n", "listing")

    # Thông báo: 2 notices, rel=next to ?page=2 in the head, "Xem thêm" from a JSON endpoint
    def notice_row(x: dict) -> str:
        return (f'<div class="notice-item"><h3 class="notice-item__title"><a href="{url[x["id"]]}">{e(x["title"])}</a></h3>'
                f'<div class="notice-item__date">{dmy(x["published"])}</div></div>')
    p.page("/thong-bao", "pages/thong-bao/index.html", layout(f"Thông báo - {s['name']}", f"""{crumbs((None, 'Thông báo'))}
<h1 class="page-title">Thông báo</h1>
<div id="notice-list">
{chr(10).join(notice_row(x) for x in notices[:2])}
</div>
<div class="text-center mt-3"><button type="button" class="btn btn-outline-primary" data-page="2" data-next="/thong-bao/xem-them?page=2" data-target="#notice-list">Xem thêm</button></div>""",
        "/thong-bao", f'    <link rel="next" href="{base}/thong-bao?page=2">\n'), "listing")
    p.page("/thong-bao?page=2", "pages/thong-bao/page-2.html", layout(f"Thông báo - Trang 2 - {s['name']}", f"""{crumbs(('/thong-bao', 'Thông báo'), (None, 'Trang 2'))}
<h1 class="page-title">Thông báo</h1>
<div id="notice-list">
{chr(10).join(notice_row(x) for x in notices[2:])}
</div>""", "/thong-bao", f'    <link rel="prev" href="{base}/thong-bao">\n'), "listing")
    p.raw("/thong-bao/xem-them?page=2", "pages/thong-bao/xem-them-2.json",
          json.dumps({"html": "".join(notice_row(x) for x in notices[2:]), "next_page": None},
                     ensure_ascii=False).encode("utf-8"), "application/json")

    # the stories
    must_not = ["Tin liên quan", "Tin nổi bật", "Liên kết website", "Thống kê truy cập", "Cơ quan chủ quản",
                "Chia sẻ", "In bài", "Xem thêm"]
    for x in arts:
        section = src.CATEGORIES[x["category"]]
        related = [y for y in arts if y["category"] == x["category"] and y is not x][:3]
        rel = "".join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <span class="date">({dmy(y["published"])})</span></li>' for y in related)
        body = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        paragraphs = list(x["paragraphs"])
        if x["author"]:
            body += f'\n<p style="text-align: right;"><strong>{e(x["author"])}</strong></p>'
            paragraphs.append(x["author"])
        files = ""
        if x.get("pdf"):
            pdf = x["pdf"]
            files = (f'<div class="attachments"><h4>Tệp đính kèm</h4><ul><li><i class="bi bi-file-earmark-pdf"></i> '
                     f'<a href="/storage/files/{pdf["file"]}" target="_blank">{e(pdf["label"])}</a> <span class="size">(PDF)</span></li></ul></div>')
            p.raw(f"/storage/files/{pdf['file']}", f"files/{pdf['file']}", tiny_pdf(pdf["label"]), "application/pdf")
        main = f"""{crumbs((f"/{x['category']}", section), (None, x['title']))}
<article class="post-detail">
<h1 class="post-detail__title">{e(x['title'])}</h1>
<div class="post-detail__meta"><span><i class="bi bi-calendar3"></i> {weekday(x['published'])}, {dmy(x['published'])} - {hm(x['published'])}</span>
<span class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[x['id']]}">Facebook</a> <a href="https://zalo.me/share?u={base}{url[x['id']]}">Zalo</a> <a href="javascript:window.print()">In bài</a></span></div>
<div class="post-detail__content">
{body}
</div>
{files}
</article>
<section class="related"><h3 class="related__title">Tin liên quan</h3><ul>{rel}</ul></section>"""
        p.page(url[x["id"]], f"pages/{x['category']}/{x['id']}.html",
               layout(f"{x['title']} - {s['name']}", main, f"/{x['category']}",
                      f'    <link rel="canonical" href="{base}{url[x["id"]]}">\n    <meta property="og:type" content="article">\n'), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, paragraphs, section, must_not, counter)
        if x.get("pdf"):
            p.gold[str(x["id"])]["attachments"] = [{"url": f"/storage/files/{x['pdf']['file']}", "name": x["pdf"]["label"]}]

    # Thư viện ảnh and Video: media pages, not stories
    albums = "".join(f'<div class="col-md-6 album-card"><a href="/thu-vien-anh/{al["slug"]}.html"><img src="/storage/albums/{al["photos"][0][0]}" alt="{a(al["title"])}"></a>'
                     f'<h3><a href="/thu-vien-anh/{al["slug"]}.html">{e(al["title"])}</a></h3><div class="date">{dmy(al["published"])} · {len(al["photos"])} ảnh</div></div>' for al in src.ALBUMS)
    p.page("/thu-vien-anh", "pages/thu-vien-anh/index.html", layout(f"Thư viện ảnh - {s['name']}", f"""{crumbs((None, 'Thư viện ảnh'))}
<h1 class="page-title">Thư viện ảnh</h1><div class="row">{albums}</div>""", "/thu-vien-anh"), "listing")
    for al in src.ALBUMS:
        photos = "\n".join(f'<figure class="gallery-item"><a href="/storage/albums/{f}" data-fancybox="gallery"><img src="/storage/albums/{f}" alt="{a(c)}"></a><figcaption>{e(c)}</figcaption></figure>'
                           for f, c in al["photos"])
        for f, _ in al["photos"]:
            p.raw(f"/storage/albums/{f}", f"files/albums/{f}", TINY_JPEG, "image/jpeg")
        others = "".join(f'<li><a href="/thu-vien-anh/{o["slug"]}.html">{e(o["title"])}</a></li>' for o in src.ALBUMS if o is not al)
        p.page(f"/thu-vien-anh/{al['slug']}.html", f"pages/thu-vien-anh/{al['slug']}.html", layout(f"{al['title']} - {s['name']}", f"""{crumbs(('/thu-vien-anh', 'Thư viện ảnh'), (None, al['title']))}
<article class="album-detail">
<h1 class="post-detail__title">{e(al['title'])}</h1>
<div class="post-detail__meta"><span><i class="bi bi-calendar3"></i> {weekday(al['published'])}, {dmy(al['published'])} - {hm(al['published'])}</span></div>
<div class="gallery">
{photos}
</div>
</article>
<section class="related"><h3 class="related__title">Album khác</h3><ul>{others}</ul></section>""", "/thu-vien-anh"), "other")
    vids = "".join(f'<div class="col-md-6 video-card"><a href="/video/{v["slug"]}.html"><img src="https://img.youtube.com/vi/{v["youtube"]}/hqdefault.jpg" alt="{a(v["title"])}"></a>'
                   f'<h3><a href="/video/{v["slug"]}.html">{e(v["title"])}</a></h3><div class="date">{dmy(v["published"])}</div></div>' for v in src.VIDEOS)
    p.page("/video", "pages/video/index.html", layout(f"Video - {s['name']}", f"""{crumbs((None, 'Video'))}
<h1 class="page-title">Video</h1><div class="row">{vids}</div>""", "/video"), "listing")
    for v in src.VIDEOS:
        others = "".join(f'<li><a href="/video/{o["slug"]}.html">{e(o["title"])}</a></li>' for o in src.VIDEOS if o is not v)
        p.page(f"/video/{v['slug']}.html", f"pages/video/{v['slug']}.html", layout(f"{v['title']} - {s['name']}", f"""{crumbs(('/video', 'Video'), (None, v['title']))}
<article class="video-detail">
<h1 class="post-detail__title">{e(v['title'])}</h1>
<div class="post-detail__meta"><span><i class="bi bi-calendar3"></i> {weekday(v['published'])}, {dmy(v['published'])} - {hm(v['published'])}</span></div>
<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/{v['youtube']}" title="{a(v['title'])}" frameborder="0" allowfullscreen></iframe></div>
<p class="video-detail__desc">{e(v['line'])}</p>
</article>
<section class="related"><h3 class="related__title">Video khác</h3><ul>{others}</ul></section>""", "/video"), "other")

    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", f"""{crumbs((None, 'Giới thiệu'))}
<article class="page-detail"><h1 class="post-detail__title">Giới thiệu chung</h1>
<div class="post-detail__content">
{about}
</div></article>""", "/gioi-thieu.html"), "other")
    p.page("/lien-he.html", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", f"""{crumbs((None, 'Liên hệ'))}
<h1 class="page-title">Liên hệ</h1>
<div class="contact"><p><strong>ỦY BAN NHÂN DÂN XÃ LIÊN VÂN</strong></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p>
<form method="POST" action="/lien-he"><input type="hidden" name="_token" value="Qm9rZ0xpZW5WYW4tY3NyZi10b2tlbi0yMDI1"><input name="name" placeholder="Họ và tên"><input name="email" placeholder="Email"><textarea name="content" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form></div>""", "/lien-he.html"), "other")

    newest = arts[:5]
    locs = "".join(f"<url><loc>{base}{u}</loc><changefreq>daily</changefreq></url>" for u in ("/", "/tin-tuc", "/thong-bao"))
    locs += "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{x['published'][:10]}</lastmod></url>" for x in newest)
    p.raw("/sitemap.xml", "pages/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n'.encode(),
          "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /tim-kiem\nDisallow: /admin\nSitemap: {base}/sitemap.xml\n".encode(),
          "text/plain; charset=utf-8")
    p.raw("/build/assets/app-4f1c2a9b.css", "files/app.css", b"body{font-family:Roboto,sans-serif}.btn-load-more{margin:1rem auto}\n", "text/css")
    return p


# -- Next.js server-rendered portal: __NEXT_DATA__, next/image, button pager -------------------


def build_nextjs(src) -> Portal:
    s = src.SITE
    p = Portal(src, "nextjs-ssr", (
        "MODELLED, not copied: a ward portal on Next.js (pages router, getServerSideProps): every "
        "page is full server-rendered HTML in div#__next plus a <script id='__NEXT_DATA__' "
        "type='application/json'> holding the page's data (a story's whole content HTML, a "
        "listing's posts); hashed CSS-module class names (PostDetail_content__9fZ1q), no "
        "semantic classes; /_next/static/ chunks, CSS and build manifests; photos through "
        "/_next/image?url=%2Fuploads%2F...&w=<width>&q=75 with srcSet variants (a story's photo at "
        "w=1920, the home page's hero, not inside a link, the same photo at w=3840); listing "
        "pagination as <button>s with no href (only page 1 is a link; ?page=N pages exist but no "
        "HTML links them); sitemap.xml lists every story; the home page links stories with "
        "?ref=home (the same page, canonical to the story); a story filed in two categories "
        "served under both paths, canonical on its first; a search page and a tag cloud with "
        "tag pages; about page. Invented unit and prose."))
    base = s["base_url"]
    build = s["build_id"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/{x['categories'][0]}/{x['slug']}" for x in arts}
    menu_items = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
                  *((f"/{c}", n) for c, n in src.CATEGORIES.items()), ("/tim-kiem", "Tìm kiếm")]
    css = "/_next/static/css/5c1e9a0f2b7d4e61.css"

    def photo(x: dict) -> str:
        return f"/uploads/{x['published'][:4]}/{x['published'][5:7]}/{x['image'][0]}"

    def img_url(path: str, w: int) -> str:
        return "/_next/image?url=" + path.replace("/", "%2F") + f"&w={w}&q=75"

    def img(path: str, alt: str, widths: list[int], extra: str) -> str:
        srcset = ", ".join(f"{img_url(path, w)} {w}w" for w in widths)
        return (f'<img alt="{a(alt)}" {extra} decoding="async" data-nimg="1" style="color:transparent" '
                f'srcSet="{a(srcset)}" src="{a(img_url(path, widths[-1]))}"/>')

    THUMB, HERO = 'loading="lazy" width="240" height="160"', 'fetchpriority="high" sizes="100vw"'
    SMALL, FIGURE = 'loading="lazy" width="120" height="80"', 'loading="lazy" width="800" height="533"'

    def next_data(page: str, query: dict, props: dict) -> str:
        data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query,
                "buildId": build, "isFallback": False, "gssp": True, "scriptLoader": []}
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def layout(title: str, main: str, page: str, query: dict, props: dict, canonical: str | None = None,
               description: str = "") -> str:
        menu = "".join(f'<li><a class="Header_link__Q2m7v" href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        canon = f'<link rel="canonical" href="{base}{canonical}"/>' if canonical else ""
        chunk = page.replace("[", "%5B").replace("]", "%5D")
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(title)}</title><meta name="description" content="{a(description or s['name'])}"/>{canon}<meta name="next-head-count" content="5"/><link rel="preload" href="{css}" as="style"/><link rel="stylesheet" href="{css}" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-2c2a3f0e5b1d.js" defer=""></script><script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer=""></script><script src="/_next/static/chunks/main-d2ba44903cd47711.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9b1e0c7a3f.js" defer=""></script><script src="/_next/static/chunks/pages{chunk}-7e2f.js" defer=""></script><script src="/_next/static/{build}/_buildManifest.js" defer=""></script><script src="/_next/static/{build}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrap__hT3d1">
<header class="Header_header__Lx0aQ"><div class="Header_top__8sWc2"><a href="/"><img alt="Quốc huy" loading="lazy" width="72" height="72" decoding="async" data-nimg="1" src="/images/quoc-huy.png"/></a><div class="Header_brand__p0Z7d"><p>ỦY BAN NHÂN DÂN PHƯỜNG NGỌC KHÊ</p><p>CỔNG THÔNG TIN ĐIỆN TỬ</p></div></div>
<nav class="Header_nav__Vv1Ks"><ul>{menu}</ul></nav></header>
<main class="Layout_main__kP2sD">{main}</main>
<footer class="Footer_footer__c4Gq8"><p class="Footer_name__W9oJm">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGỌC KHÊ</p><p>Cơ quan chủ quản: Ủy ban nhân dân phường Ngọc Khê</p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p><p>© 2025 Bản quyền thuộc Ủy ban nhân dân phường Ngọc Khê</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{next_data(page, query, props)}</script></body></html>
"""

    def card_data(x: dict) -> dict:
        return {"id": x["id"], "title": x["title"], "slug": x["slug"], "category": x["categories"][0],
                "publishedAt": x["published"] + ":00+07:00", "excerpt": x["paragraphs"][0],
                "thumbnail": photo(x)}

    def short(x: dict) -> str:
        return x["paragraphs"][0][:170].rsplit(" ", 1)[0]

    def card(x: dict, href: str) -> str:
        return (f'<div class="PostCard_card__Yq1xT"><a class="PostCard_thumb__t8KfB" href="{href}">'
                f'{img(photo(x), x["title"], [256, 384], THUMB)}</a>'
                f'<div class="PostCard_body__m3ZpL"><a class="PostCard_title__0bNcE" href="{href}">{e(x["title"])}</a>'
                f'<time class="PostCard_time__Jx7tD" dateTime="{x["published"]}:00+07:00">{dmy(x["published"])}</time>'
                f'<p class="PostCard_excerpt__v2QhS">{e(short(x))}...</p></div></div>')

    def pager(path: str, page: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        for n in range(1, pages + 1):
            cls = "Pagination_item__r5Tj0" + (" Pagination_active__3nBwe" if n == page else "")
            items.append(f'<a class="{cls}" href="{path}">1</a>' if n == 1 else
                         f'<button type="button" class="{cls}">{n}</button>')
        if page < pages:
            items.append('<button type="button" class="Pagination_item__r5Tj0" aria-label="Trang sau">›</button>')
        return f'<nav class="Pagination_wrap__Fk8sE" aria-label="Phân trang">{"".join(items)}</nav>'

    def listing(path: str, name: str, items: list[dict], per: int, href, page_route: str, query: dict) -> None:
        pages = chunks(items, per)
        for i, chunk in enumerate(pages, 1):
            main = (f'<div class="Breadcrumb_wrap__sZ1c0"><a href="/">Trang chủ</a><span>/</span><span>{e(name)}</span></div>'
                    f'<h1 class="Category_title__N5gkR">{e(name)}</h1><div class="Category_grid__Hn2qA">'
                    + "".join(card(x, href(x)) for x in chunk) + "</div>" + pager(path, i, len(pages)))
            props = {"category": {"slug": path.strip("/"), "name": name}, "posts": [card_data(x) for x in chunk],
                     "page": i, "totalPages": len(pages), "perPage": per}
            target = path + (f"?page={i}" if i > 1 else "")
            p.page(target, f"pages{path}/page-{i}.html",
                   layout(f"{name} - {s['name']}", main, page_route, {**query, **({"page": str(i)} if i > 1 else {})}, props), "listing")

    # home: the hero (the newest story's photo, not inside a link), newest stories with ?ref=home
    hero = arts[0]
    home = (f'<section class="Home_hero__d8Kx1"><div class="Home_heroImage__Tc0pS">'
            f'{img(photo(hero), hero["title"], [640, 750, 828, 1080, 1200, 1920, 2048, 3840], HERO)}</div>'
            f'<div class="Home_heroText__Gk4nV"><a href="{url[hero["id"]]}?ref=home"><h2>{e(hero["title"])}</h2></a>'
            f'<p>{e(long_lead(hero, 420))}</p></div></section>'
            f'<section class="Home_latest__a9RtL"><h2 class="Home_blockTitle__Xc2wD">Tin mới nhất</h2><div class="Home_grid__Qm0eF">'
            + "".join(card(x, url[x["id"]] + "?ref=home") for x in arts[1:7]) + "</div></section>"
            '<section class="Home_tags__ZP5m9"><h2 class="Home_blockTitle__Xc2wD">Chủ đề</h2>'
            + "".join(f'<a class="TagCloud_tag__b7Qe2" href="/tag/{t}">#{e(n)}</a>' for t, n in src.TAGS.items()) + "</section>")
    p.page("/", "pages/index.html", layout(s["name"], home, "/", {}, {"featured": card_data(hero), "latest": [card_data(x) for x in arts[1:7]]}, "/"), "home")

    listing("/tin-tuc", "Tin tức", arts, 4, lambda x: url[x["id"]], "/tin-tuc", {})
    for cat, name in src.CATEGORIES.items():
        items = [x for x in arts if cat in x["categories"]]
        listing(f"/{cat}", name, items, 3, lambda x, cat=cat: f"/{cat}/{x['slug']}", "/[category]", {"category": cat})

    must_not = ["Tin liên quan", "Trang chủ", "Cơ quan chủ quản", "Bản quyền", "Chủ đề", "__NEXT_DATA__", "buildId"]
    for x in arts:
        own = x["categories"][0]
        related = [y for y in arts if y is not x and own in y["categories"]][:3]
        rel = "".join(f'<li><a href="{url[y["id"]]}">{img(photo(y), y["title"], [128, 256], SMALL)}<span>{e(y["title"])}</span></a></li>' for y in related)
        figure = (f'<figure class="PostDetail_figure__Rb2Wn">{img(photo(x), x["image"][1], [828, 1920], FIGURE)}'
                  f'<figcaption>{e(x["image"][1])}</figcaption></figure>')
        content_html = f"<p>{e(x['paragraphs'][0])}</p>" + "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][1:])
        tags = "".join(f'<a class="PostDetail_tag__w0Pz3" href="/tag/{t}">#{e(src.TAGS[t])}</a>' for t in x["tags"])
        for cat in x["categories"]:
            here = f"/{cat}/{x['slug']}"
            main = (f'<div class="Breadcrumb_wrap__sZ1c0"><a href="/">Trang chủ</a><span>/</span><a href="/{cat}">{e(src.CATEGORIES[cat])}</a></div>'
                    f'<article class="PostDetail_wrap__Zx8Tb"><h1 class="PostDetail_title__q0Vn3">{e(x["title"])}</h1>'
                    f'<div class="PostDetail_meta__Dp6Ls"><time dateTime="{x["published"]}:00+07:00">{dmy(x["published"])} {hm(x["published"])}</time>'
                    f'<span class="PostDetail_author__Ke2Rr">{e(x["author"])}</span></div>'
                    f'<div class="PostDetail_content__9fZ1q"><p>{e(x["paragraphs"][0])}</p>{figure}'
                    + "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][1:]) + "</div>"
                    f'<div class="PostDetail_tags__F3uWm">{tags}</div></article>'
                    f'<section class="Related_wrap__Ym4Hc"><h2 class="Related_title__s1Lq8">Tin liên quan</h2><ul>{rel}</ul></section>')
            props = {"post": {**card_data(x), "content": content_html, "author": x["author"],
                              "image": {"src": photo(x), "caption": x["image"][1]},
                              "categories": [{"slug": c, "name": src.CATEGORIES[c]} for c in x["categories"]],
                              "tags": [{"slug": t, "name": src.TAGS[t]} for t in x["tags"]]},
                     "related": [card_data(y) for y in related]}
            page = layout(f"{x['title']} | {s['name']}", main, "/[category]/[slug]", {"category": cat, "slug": x["slug"]},
                          props, url[x["id"]], x["paragraphs"][0][:150])
            p.page(here, f"pages/{cat}/{x['id']}.html", page, "article" if cat == own else "duplicate")
        p.alias(url[x["id"]] + "?ref=home", f"pages/{own}/{x['id']}.html", "duplicate")
        body = [x["paragraphs"][0], x["image"][1], *x["paragraphs"][1:]]
        p.article_gold(str(x["id"]), url[x["id"]], x, body, src.CATEGORIES[own], must_not, None)
        for w in (1920,):  # the widths a page's src names: what a crawl may ask for
            p.raw(img_url(photo(x), w), f"files/img/{x['id']}-{w}.jpg", TINY_JPEG, "image/jpeg")
        p.raw(photo(x), f"files/uploads/{x['image'][0]}", TINY_JPEG, "image/jpeg")
    p.raw(img_url(photo(hero), 3840), f"files/img/{hero['id']}-3840.jpg", TINY_JPEG, "image/jpeg")

    # tags: a cloud and a page per tag (the stories with it)
    cloud = "".join(f'<a class="TagCloud_tag__b7Qe2" href="/tag/{t}">#{e(n)} <small>({sum(1 for x in arts if t in x["tags"])})</small></a>' for t, n in src.TAGS.items())
    p.page("/tag", "pages/tag/index.html", layout(f"Chủ đề - {s['name']}", f'<h1 class="Category_title__N5gkR">Chủ đề</h1><div class="TagCloud_wrap__Xa0b2">{cloud}</div>',
                                                   "/tag", {}, {"tags": [{"slug": t, "name": n} for t, n in src.TAGS.items()]}), "other")
    for t, n in src.TAGS.items():
        items = [x for x in arts if t in x["tags"]]
        main = (f'<h1 class="Category_title__N5gkR">#{e(n)}</h1><div class="Category_grid__Hn2qA">'
                + "".join(card(x, url[x["id"]]) for x in items) + "</div>")
        p.page(f"/tag/{t}", f"pages/tag/{t}.html", layout(f"#{n} - {s['name']}", main, "/tag/[slug]", {"slug": t},
                                                          {"tag": {"slug": t, "name": n}, "posts": [card_data(x) for x in items]}), "other")
    p.page("/tim-kiem", "pages/tim-kiem.html", layout(f"Tìm kiếm - {s['name']}",
           '<h1 class="Category_title__N5gkR">Tìm kiếm</h1><form class="Search_form__u3Gk0" action="/tim-kiem" method="get"><input name="q" placeholder="Nhập từ khóa..."/><button type="submit">Tìm</button></form><p class="Search_hint__p8Qz1">Nhập từ khóa để tìm tin bài, văn bản.</p>',
           "/tim-kiem", {}, {"q": "", "results": []}), "other")
    about = "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           f'<article class="PostDetail_wrap__Zx8Tb"><h1 class="PostDetail_title__q0Vn3">Giới thiệu phường Ngọc Khê</h1><div class="PostDetail_content__9fZ1q">{about}</div></article>',
           "/gioi-thieu", {}, {"page": {"title": "Giới thiệu phường Ngọc Khê", "content": about}}, "/gioi-thieu"), "other")

    locs = "".join(f"<url><loc>{base}{u}</loc></url>" for u in ["/", "/tin-tuc", *(f"/{c}" for c in src.CATEGORIES), "/gioi-thieu"])
    locs += "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{x['published'][:10]}</lastmod></url>" for x in arts)
    p.raw("/sitemap.xml", "pages/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n'.encode(), "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    p.raw(css, "files/app.css", b"body{margin:0}.Layout_main__kP2sD{max-width:1140px}\n", "text/css")
    return p


def build_spa_jsonld(src) -> Portal:
    s = src.SITE
    p = Portal(src, "spa-jsonld", (
        "MODELLED, not copied: a commune portal built as an Angular app whose server pre-renders "
        "only the head: every page's <body> is an empty <app-root> (a loading skeleton) and a "
        "<noscript> line, the scripts render the rest in the browser from an API. The head carries "
        "the title, description, OpenGraph tags, a canonical link and JSON-LD: a story's "
        "NewsArticle (headline, datePublished, author, articleBody, image, articleSection, "
        "isPartOf) beside a BreadcrumbList (some stories in one @graph, one with \\u-escaped "
        "JSON); listings' CollectionPage with an ItemList naming their stories' URLs (no link in "
        "the body), the news list's page 2 named by a head <link rel='next'>; the home page's "
        "WebSite with an ItemList of the newest stories; two stories' NewsArticle has only a "
        "description (the app fetches the text at run time): the archive keeps that summary as "
        "the story's text and says so; an about page (WebPage, not an article) and a contact "
        "page (ContactPage); sitemap.xml lists every story. Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/tin-bai/{x['slug']}-{x['id']}" for x in arts}
    publisher = {"@type": "GovernmentOrganization", "name": f"Ủy ban nhân dân {s['unit']}",
                 "url": base + "/", "logo": {"@type": "ImageObject", "url": base + "/assets/quoc-huy.png"}}

    def photo(x: dict) -> str:
        return f"/uploads/{x['published'][:4]}/{x['published'][5:7]}/{x['image']}"

    def ld(data: dict, ascii_only: bool = False) -> str:
        text = json.dumps(data, ensure_ascii=ascii_only, indent=None).replace("</", "<\\/")
        return f'<script type="application/ld+json">{text}</script>'

    def item_list(items: list[dict], name: str) -> dict:
        return {"@type": "ItemList", "name": name, "numberOfItems": len(items),
                "itemListElement": [{"@type": "ListItem", "position": i, "url": base + url[x["id"]],
                                     "name": x["title"]} for i, x in enumerate(items, 1)]}

    def layout(title: str, description: str, canonical: str, og_type: str, scripts: str,
               extra_head: str = "", image: str | None = None) -> str:
        og_image = f'<meta property="og:image" content="{base}{image}">' if image else ""
        return f"""<!doctype html>
<html lang="vi" data-critters-container>
<head>
  <meta charset="utf-8">
  <title>{e(title)}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <meta name="description" content="{a(description)}">
  <link rel="canonical" href="{base}{canonical}">
  <meta property="og:site_name" content="{a(s['name'])}">
  <meta property="og:locale" content="vi_VN">
  <meta property="og:type" content="{og_type}">
  <meta property="og:title" content="{a(title)}">
  <meta property="og:description" content="{a(description)}">
  <meta property="og:url" content="{base}{canonical}">{og_image}{extra_head}
  <link rel="stylesheet" href="styles.8d2f5c0a91b3e7f4.css" media="print" onload="this.media='all'">
  {scripts}
</head>
<body class="mat-typography">
  <app-root ng-version="17.3.12" ng-server-context="ssr"><div class="app-shell" aria-busy="true"><div class="app-shell__bar"></div><div class="app-shell__line"></div><div class="app-shell__line app-shell__line--short"></div><div class="app-shell__block"></div></div></app-root>
  <noscript>Trang thông tin điện tử {e(s['unit'])} cần JavaScript để hiển thị nội dung. Vui lòng bật JavaScript trong trình duyệt của bạn.</noscript>
<script src="runtime.6b1e0a4f2c9d7e35.js" type="module"></script><script src="polyfills.0c2d9a7e51f3b864.js" type="module"></script><script src="main.9f4a27c1d0e85b36.js" type="module"></script></body>
</html>
"""

    def crumbs(*trail: tuple[str, str]) -> dict:
        return {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i, "name": n, "item": base + u} for i, (u, n) in enumerate(trail, 1)]}

    # home: the site and the newest stories
    home_ld = {"@context": "https://schema.org", "@type": "WebSite", "name": s["name"], "url": base + "/",
               "publisher": publisher,
               "potentialAction": {"@type": "SearchAction", "target": base + "/tim-kiem?q={search_term_string}",
                                   "query-input": "required name=search_term_string"}}
    newest = {"@context": "https://schema.org", **item_list(arts[:5], "Tin mới")}
    p.page("/", "pages/index.html", layout(s["name"], f"Thông tin chỉ đạo, điều hành và tin tức của {s['unit']}.",
                                           "/", "website", ld(home_ld) + ld(newest)), "home")

    # the news list: two pages, page 2 named only by the head's rel=next
    pages = chunks(arts, 5)
    for i, chunk in enumerate(pages, 1):
        path = "/tin-tuc" + (f"?trang={i}" if i > 1 else "")
        rel = ""
        if i < len(pages):
            rel += f'\n  <link rel="next" href="{base}/tin-tuc?trang={i + 1}">'
        if i > 1:
            rel += f'\n  <link rel="prev" href="{base}/tin-tuc' + (f"?trang={i - 1}" if i > 2 else "") + '">'
        data = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Tin tức",
                "url": base + path, "isPartOf": {"@type": "WebSite", "url": base + "/"},
                "breadcrumb": crumbs(("/", "Trang chủ"), ("/tin-tuc", "Tin tức")),
                "mainEntity": item_list(chunk, "Tin tức")}
        p.page(path, f"pages/tin-tuc/page-{i}.html",
               layout(f"Tin tức{f' - Trang {i}' if i > 1 else ''} | {s['name']}", f"Tin tức của {s['unit']}.",
                      path, "website", ld(data), rel), "listing")
    for cat, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == cat]
        data = {"@context": "https://schema.org", "@type": "CollectionPage", "name": name,
                "url": f"{base}/chuyen-muc/{cat}", "breadcrumb": crumbs(("/", "Trang chủ"), (f"/chuyen-muc/{cat}", name)),
                "mainEntity": item_list(items, name)}
        p.page(f"/chuyen-muc/{cat}", f"pages/chuyen-muc/{cat}.html",
               layout(f"{name} | {s['name']}", f"{name}: tin tức của {s['unit']}.", f"/chuyen-muc/{cat}",
                      "website", ld(data)), "listing")

    must_not = ["JavaScript", "Trang chủ", "BreadcrumbList", "schema.org", "Ủy ban nhân dân xã Tùng Khê\",", "@type"]
    for n, x in enumerate(arts):
        cat = x["category"]
        name = src.CATEGORIES[cat]
        published = x["published"] + ":00+07:00"
        author = ({"@type": "Organization", "name": x["author"]} if x["author"].startswith("Văn phòng")
                  else {"@type": "Person", "name": x["author"]})
        image: object = ({"@type": "ImageObject", "url": base + photo(x), "width": 1200, "height": 800}
                         if n % 2 else base + photo(x))
        article = {"@type": "NewsArticle", "@id": f"{base}{url[x['id']]}#article",
                   "mainEntityOfPage": {"@type": "WebPage", "@id": base + url[x["id"]]},
                   "headline": x["title"], "description": x["description"], "image": image,
                   "datePublished": published, "dateModified": published,
                   "author": author, "publisher": publisher, "articleSection": name,
                   "isPartOf": {"@type": "CollectionPage", "@id": f"{base}/chuyen-muc/{cat}", "name": name},
                   "inLanguage": "vi"}
        if x["body"]:
            joiner = "\n" if x.get("escaped") else "\n\n"
            article["articleBody"] = joiner.join(x["paragraphs"])
        trail = crumbs(("/", "Trang chủ"), (f"/chuyen-muc/{cat}", name), (url[x["id"]], x["title"]))
        if n % 3 == 2:  # one @graph holding both
            scripts = ld({"@context": "https://schema.org", "@graph": [article, trail]})
        else:
            scripts = ld({"@context": "https://schema.org", **trail}) + ld(
                {"@context": "https://schema.org", **article}, ascii_only=bool(x.get("escaped")))
        head = (f'\n  <meta property="article:published_time" content="{published}">'
                f'\n  <meta property="article:section" content="{a(name)}">'
                f'\n  <meta property="article:author" content="{a(x["author"])}">')
        p.page(url[x["id"]], f"pages/tin-bai/{x['id']}.html",
               layout(f"{x['title']} | {s['name']}", x["description"], url[x["id"]], "article", scripts,
                      head, photo(x)), "article")
        p.raw(photo(x), f"files/uploads/{x['image']}", TINY_JPEG, "image/jpeg")
        body = x["paragraphs"] if x["body"] else [x["description"]]
        p.article_gold(str(x["id"]), url[x["id"]], x, body, name, must_not, None)

    about = src.ABOUT
    about_ld = {"@context": "https://schema.org", "@type": "AboutPage", "name": about["title"],
                "url": base + "/gioi-thieu", "description": about["description"], "text": about["text"],
                "isPartOf": {"@type": "WebSite", "url": base + "/"},
                "breadcrumb": crumbs(("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"))}
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"{about['title']} | {s['name']}", about["description"],
                                                           "/gioi-thieu", "website", ld(about_ld)), "other")
    contact = {"@context": "https://schema.org", "@type": "ContactPage", "name": "Liên hệ",
               "url": base + "/lien-he", "mainEntity": {**publisher, "address": s["address"],
                                                         "telephone": s["phone"], "email": s["email"]}}
    p.page("/lien-he", "pages/lien-he.html", layout(f"Liên hệ | {s['name']}", f"Địa chỉ liên hệ {s['unit']}.",
                                                     "/lien-he", "website", ld(contact)), "other")

    locs = "".join(f"<url><loc>{base}{u}</loc></url>" for u in
                   ["/", "/tin-tuc", *(f"/chuyen-muc/{c}" for c in src.CATEGORIES), "/gioi-thieu", "/lien-he"])
    locs += "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{x['published'][:10]}</lastmod></url>" for x in arts)
    p.raw("/sitemap.xml", "pages/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n'.encode(), "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    p.raw("/styles.8d2f5c0a91b3e7f4.css", "files/styles.css", b"body{margin:0}.app-shell{min-height:100vh}\n", "text/css")
    return p


def build_spa_csr(src) -> Portal:
    s = src.SITE
    p = Portal(src, "spa-csr", (
        "MODELLED, not copied: a ward portal built as a Vue app rendered wholly in the browser "
        "(no server-side rendering, no pre-rendered head): every page the server answers is the "
        "same index.html, an empty <div id='app'>, a <noscript> line and a hashed script bundle; "
        "the head carries only the site name (title and a meta description equal to it), no "
        "canonical link, no OpenGraph, no JSON-LD. The stories exist only in JSON the script "
        "fetches (/api/v1/bai-viet?trang=1, /api/v1/bai-viet/<id>), named by no HTML; the "
        "history-mode router's fallback answers any route (/tin-tuc, a story's /bai-viet/<slug>-<id>) "
        "with the same shell. robots.txt names a sitemap that lists only the home page. Gold: "
        "none: no story can be archived without running JavaScript. Invented unit and prose."))
    base = s["base_url"]
    shell = f"""<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{e(s["name"])}</title>
  <meta name="description" content="{a(s["name"])}">
  <link rel="icon" href="/favicon.ico">
  <script type="module" crossorigin src="/assets/app.4f9c2d1e.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor.b81e07aa.js">
  <link rel="stylesheet" href="/assets/app.7a3e9c55.css">
</head>
<body>
  <noscript><strong>Vui lòng bật JavaScript để xem {e(s["name"])}.</strong></noscript>
  <div id="app"></div>
</body>
</html>
"""
    # The server answers every route with the same file (history-mode fallback): the home page
    # is its own URL; a route's shell holds nothing of the list or story it names, so the page
    # alone is "other".
    p.page("/", "pages/index.html", shell, "home")
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    p.alias("/tin-tuc", "pages/index.html", "other")
    p.alias(f"/bai-viet/{arts[0]['slug']}-{arts[0]['id']}", "pages/index.html", "other")

    def api(x: dict, full: bool) -> dict:
        item = {"id": x["id"], "slug": x["slug"], "tieuDe": x["title"], "ngayDang": x["published"],
                "chuyenMuc": x["category"], "tacGia": x["author"], "tomTat": x["paragraphs"][0]}
        if full:
            item["noiDung"] = "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        return item

    def dump(data: object) -> bytes:
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    json_type = "application/json; charset=utf-8"
    p.raw("/api/v1/bai-viet?trang=1", "files/api/bai-viet-trang-1.json",
          dump({"trang": 1, "tongSo": len(arts), "duLieu": [api(x, False) for x in arts]}), json_type)
    for x in arts:
        p.raw(f"/api/v1/bai-viet/{x['id']}", f"files/api/bai-viet-{x['id']}.json", dump(api(x, True)), json_type)
    p.raw("/assets/app.4f9c2d1e.js", "files/app.js",
          b'import{c as r}from"./vendor.b81e07aa.js";fetch("/api/v1/bai-viet?trang=1").then(t=>t.json()).then(t=>r(t).mount("#app"));\n',
          "application/javascript")
    p.raw("/assets/vendor.b81e07aa.js", "files/vendor.js", b"export function c(t){return{mount(e){}}}\n",
          "application/javascript")
    p.raw("/assets/app.7a3e9c55.css", "files/app.css", b"#app{min-height:100vh}\n", "text/css")
    p.raw("/sitemap.xml", "pages/sitemap.xml",
          f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/</loc></url></urlset>\n'.encode(),
          "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(),
          "text/plain; charset=utf-8")
    return p


def build_frameset(src) -> Portal:
    s = src.SITE
    p = Portal(src, "legacy-frameset", (
        "MODELLED, not copied: an old district portal (about 2008, classic ASP, UTF-8 with a "
        "meta http-equiv) built with a <frameset>: the root page is a frameset of a banner frame "
        "(banner.htm), a left menu frame (menu.htm) and a main frame (trangchu.htm), with a "
        "<noframes> line and no link; the menu links with target='main'; the news list "
        "tinmoi.asp (two pages) is shown in the main frame and embedded in the main frame's home "
        "through <iframe src='tinmoi.asp'>; category lists danhmuc.asp?id=N; story pages "
        "tin.asp?id=N in a table layout with <font> tags, each with a 'Bản in' popup "
        "(javascript:window.open('inbai.asp?id=N',...)) to a print page with no canonical; one "
        "story is linked by the lists only through a javascript:window.open popup. No sitemap, "
        "no feed. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'

    def story_link(x: dict, target: str = "main") -> str:
        if x.get("popup"):
            return (f"<a href=\"javascript:window.open('tin.asp?id={x['id']}','','width=600,height=500,"
                    f"scrollbars=yes')\">")
        return f'<a href="tin.asp?id={x["id"]}" target="{target}">'

    def framed(title: str, body: str, bgcolor: str = "#FFFFFF") -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}
<title>{e(title)}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="{bgcolor}" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{body}
</body>
</html>
"""

    def rows(items: list[dict], target: str = "main") -> str:
        out = []
        for x in items:
            out.append(f"""<tr><td width="90" valign="top"><img src="images/tin/{x['id']}.jpg" width="80" height="60" border="0"></td>
<td valign="top">{story_link(x, target)}<font face="Arial" size="2" color="#003399"><b>{e(x['title'])}</b></font></a> <font face="Arial" size="1" color="#808080">({dmy(x['published'])})</font><br>
<font face="Arial" size="2">{e(x['summary'])}</font></td></tr>""")
        return "\n".join(out)

    def list_page(heading: str, items: list[dict], pager: str, target: str = "main") -> str:
        return framed(f"{heading} - {s['name']}", f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#E6EEF8"><font face="Arial" size="2" color="#CC0000"><b>{e(heading.upper())}</b></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="2" cellpadding="4">
{rows(items, target)}
</table>
{pager}""")

    # the frameset root: no link, no text but the noframes line
    p.page("/", "pages/index.htm", f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html>
<head>
{meta}
<title>{e(s['name'])}</title>
<meta name="keywords" content="Đông Sơn Thượng, tin tức, huyện">
</head>
<frameset rows="110,*" frameborder="NO" border="0" framespacing="0">
  <frame src="banner.htm" name="top" scrolling="NO" noresize>
  <frameset cols="190,*" frameborder="NO" border="0" framespacing="0">
    <frame src="menu.htm" name="menu" scrolling="AUTO">
    <frame src="trangchu.htm" name="main">
  </frameset>
</frameset>
<noframes><body>Trình duyệt của bạn không hỗ trợ khung (frame).</body></noframes>
</html>
""", "home")
    p.page("/banner.htm", "pages/banner.htm", framed(s["name"], f"""<table width="100%" height="110" border="0" cellpadding="0" cellspacing="0" background="images/banner_bg.jpg">
<tr><td><img src="images/logo.gif" width="90" height="90"></td>
<td><font face="Times New Roman" size="5" color="#FFFFFF"><b>{e(s['name'].upper())}</b></font><br>
<font face="Arial" size="2" color="#FFFF00">Ủy ban nhân dân {e(s['unit'])}</font></td></tr>
</table>""", "#003399"), "other")
    menu = [("trangchu.htm", "Trang chủ"), ("gioithieu.htm", "Giới thiệu"), ("tinmoi.asp", "Tin mới"),
            *((f"danhmuc.asp?id={c}", n) for c, n in src.CATEGORIES.items()), ("lienhe.htm", "Liên hệ")]
    menu_rows = "\n".join(
        f'<tr><td height="24"><img src="images/bullet.gif"> <a href="{u}" target="main">'
        f'<font face="Arial" size="2" color="#003399"><b>{e(t)}</b></font></a></td></tr>' for u, t in menu)
    p.page("/menu.htm", "pages/menu.htm", framed("Menu", f"""<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
{menu_rows}
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr>
<tr><td><a href="http://www.chinhphu.vn" target="_blank"><font face="Arial" size="2">Chính phủ</font></a></td></tr>
<tr><td><font face="Arial" size="1">Số lượt truy cập: 48.215</font></td></tr>
</table>""", "#E6EEF8"), "other")
    first = arts[0]
    p.page("/trangchu.htm", "pages/trangchu.htm", framed(f"Trang chủ - {s['name']}", f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#E6EEF8"><font face="Arial" size="2" color="#CC0000"><b>TIN NỔI BẬT</b></font></td></tr>
<tr><td><img src="images/tin/{first['id']}.jpg" width="160" height="120" align="left" hspace="6">{story_link(first)}<font face="Arial" size="3" color="#003399"><b>{e(first['title'])}</b></font></a><br>
<font face="Arial" size="2">{e(long_lead({'sapo': first['summary'], 'paragraphs': first['paragraphs']}, 400))}</font></td></tr>
<tr><td bgcolor="#E6EEF8"><font face="Arial" size="2" color="#CC0000"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>
<tr><td><iframe src="tinmoi.asp" name="tinmoi" width="100%" height="520" frameborder="0" scrolling="auto"></iframe></td></tr>
</table>"""), "home")  # the main frame's start page: the home a reader sees
    pages = chunks(arts, 5)
    for i, chunk in enumerate(pages, 1):
        path = "/tinmoi.asp" + (f"?trang={i}" if i > 1 else "")
        nav = []
        if i > 1:
            nav.append(f'<a href="tinmoi.asp{"?trang=" + str(i - 1) if i > 2 else ""}">&laquo; Trang trước</a>')
        if i < len(pages):
            nav.append(f'<a href="tinmoi.asp?trang={i + 1}">Trang sau &raquo;</a>')
        pager = f'<p align="right"><font face="Arial" size="2">{" | ".join(nav)}</font></p>'
        p.page(path, f"pages/tinmoi-{i}.html", list_page("Tin mới", chunk, pager), "listing")
    for cat, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == cat]
        p.page(f"/danhmuc.asp?id={cat}", f"pages/danhmuc-{cat}.html", list_page(name, items, ""), "listing")
    about = "".join(f'<p align="justify"><font face="Arial" size="2">{e(t)}</font></p>' for t in src.ABOUT)
    p.page("/gioithieu.htm", "pages/gioithieu.htm", framed(f"Giới thiệu - {s['name']}", f"""<table width="100%" border="0" cellpadding="6"><tr><td>
<font face="Arial" size="3" color="#003399"><b>GIỚI THIỆU CHUNG</b></font>
{about}</td></tr></table>"""), "other")
    p.page("/lienhe.htm", "pages/lienhe.htm", framed(f"Liên hệ - {s['name']}", f"""<table width="100%" border="0" cellpadding="6"><tr><td>
<font face="Arial" size="3" color="#003399"><b>LIÊN HỆ</b></font><br>
<font face="Arial" size="2">Ủy ban nhân dân {e(s['unit'])}<br>Địa chỉ: {e(s['address'])}<br>Điện thoại: {e(s['phone'])}<br>Email: {e(s['email'])}</font>
</td></tr></table>"""), "other")

    must_not = ["Bản in", "Về đầu trang", "Các tin khác", "Lượt xem", "Trang chủ", "DANH MỤC"]
    for x in arts:
        name = src.CATEGORIES[x["category"]]
        body = "\n".join(f'<p align="justify"><font face="Arial" size="2">{e(t)}</font></p>' for t in x["paragraphs"])
        others = [o for o in arts if o["id"] != x["id"]][:5]
        other_rows = "\n".join(
            f'<tr><td><img src="images/muiten.gif"> {story_link(o, "_self")}<font face="Arial" size="2">{e(o["title"])}</font></a> '
            f'<font face="Arial" size="1" color="#808080">({dmy(o["published"])})</font></td></tr>' for o in others)
        popup = f"javascript:window.open('inbai.asp?id={x['id']}','inbai','width=650,height=600,scrollbars=yes')"
        p.page(f"/tin.asp?id={x['id']}", f"pages/tin/{x['id']}.html", framed(f"{x['title']} - {s['name']}", f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#E6EEF8"><font face="Arial" size="2" color="#CC0000"><b>{e(name.upper())}</b></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><font face="Arial" size="4" color="#003399"><b>{e(x['title'])}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080">Cập nhật: {dmy(x['published'])} {hm(x['published'])} &nbsp;|&nbsp; Lượt xem: {x['hits']}</font></td></tr>
<tr><td><img src="images/tin/{x['id']}.jpg" width="300" height="225" align="left" hspace="8"><font face="Arial" size="2"><b>{e(x['summary'])}</b></font></td></tr>
<tr><td>
{body}
<p align="right"><font face="Arial" size="2"><b>{e(x['author'])}</b></font></p>
</td></tr>
<tr><td align="right"><font face="Arial" size="1"><a href="{popup}"><img src="images/print.gif" border="0"> Bản in</a> &nbsp;|&nbsp; <a href="#top">Về đầu trang</a> &nbsp;|&nbsp; <a href="javascript:history.back()">Quay lại</a></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#E6EEF8"><font face="Arial" size="2" color="#CC0000"><b>CÁC TIN KHÁC</b></font></td></tr>
{other_rows}
</table>"""), "article")
        p.page(f"/inbai.asp?id={x['id']}", f"pages/inbai/{x['id']}.html", f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}
<title>{e(x['title'])}</title>
</head>
<body onload="window.print()">
<table width="600" border="0" cellpadding="6" align="center">
<tr><td><font face="Times New Roman" size="2">{e(s['name'])}</font><hr></td></tr>
<tr><td><font face="Times New Roman" size="4"><b>{e(x['title'])}</b></font><br>
<font face="Times New Roman" size="2"><i>Cập nhật: {dmy(x['published'])} {hm(x['published'])}</i></font></td></tr>
<tr><td><font face="Times New Roman" size="3"><b>{e(x['summary'])}</b></font>
{body.replace('face="Arial" size="2"', 'face="Times New Roman" size="3"')}
<p align="right"><b>{e(x['author'])}</b></p></td></tr>
<tr><td><hr><font face="Times New Roman" size="1">Nguồn: {e(s['name'])} - http://dongson.example.gov.vn</font></td></tr>
</table>
</body>
</html>
""", "duplicate")
        p.raw(f"/images/tin/{x['id']}.jpg", f"files/images/tin/{x['id']}.jpg", TINY_JPEG, "image/jpeg")
        p.article_gold(str(x["id"]), f"/tin.asp?id={x['id']}", x, [x["summary"], *x["paragraphs"], x["author"]],
                       name, must_not, None)
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /admin/\n", "text/plain")
    p.raw("/css/style.css", "files/style.css", b"body{font-family:Arial}a{text-decoration:none}\n", "text/css")
    return p


BUILDERS: dict[str, Callable] = {"vankhe": build_drupal, "trangkhe": build_php, "ngoclam": build_mvc,
                                 "phuvan": build_static, "lacvan": build_vnpt,
                                 "namlien": build_dnn_postback, "hoakhe": build_wordpress,
                                 "yenkhe": build_joomla, "lienvan": build_loadmore,
                                 "ngockhe": build_nextjs, "tungkhe": build_spa_jsonld,
                                 "vanson": build_spa_csr, "dongson": build_frameset}


# == holdout-blog: Blogger/Blogspot commune blog (nghiakhe), windows-1258 PHP portal (lamkhe) ======
# (one block of its own, to ease merging with the other hold-out helpers' edits)

BLOGGER_IMG = "https://blogger.googleusercontent.com/img/b/R29vZ2xl"
VI_MONTH_DAY = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def label_path(label: str) -> str:
    """Blogger's label URL: the label percent-encoded as UTF-8, spaces as %20."""
    from urllib.parse import quote
    return "/search/label/" + quote(label, safe="")


def blogger_stamp(iso: str) -> str:
    """A post's time as Blogger writes it in ``updated-max`` (query-encoded, +07:00)."""
    return f"{iso}:00%2B07:00"


def build_blogger(src) -> Portal:
    s = src.SITE
    p = Portal(src, "blogger", (
        "MODELLED, not copied: a commune's news blog on Blogger/Blogspot (classic 'Simple' layout, "
        "Vietnamese UI): posts at /<yyyy>/<mm>/<slug>.html (h3.post-title, div.post-body "
        "entry-content, 'Đăng bởi' profile link, abbr.published timestamp, 'Nhãn:' labels); the home "
        "page, label pages /search/label/<Label> and date archives /2025/ and /2025/05/ render whole "
        "posts (up to the jump break and 'Đọc thêm »') in the same post markup; older pages keyed by "
        "timestamp (/search?updated-max=<ts>&max-results=7, label pages "
        "?updated-max=<ts>&max-results=20&by-date=false, newer links with reverse-paginate); every "
        "page also at ?m=1 (the mobile template: index entries with snippets, canonical to the desktop "
        "URL, 'Xem phiên bản web' to ?m=0, the desktop page again); comment permalinks "
        "?showComment=<ms>#c<id> (the post again); widgets: popular posts with snippets, 'Lưu trữ "
        "Blog' (javascript:void(0) toggles, month and year links, the expanded month's posts), labels "
        "with counts, pages list; posts typed in the new editor (<p>) or the old compose mode (text and "
        "<br /><br /> in one div), a photo in a tr-caption-container table on blogger.googleusercontent.com; "
        "feeds /feeds/posts/default (Atom), ?alt=rss, per-post comment feeds; /sitemap.xml an index of "
        "/sitemap.xml?page=1 and /sitemap-pages.xml; Blogger's robots.txt (Disallow: /search); a static "
        "page /p/gioi-thieu.html. Invented unit and prose."))
    base = s["base_url"]
    blog_id = s["blog_id"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/{x['published'][:4]}/{x['published'][5:7]}/{x['slug']}.html" for x in arts}
    labels = sorted({lab for x in arts for lab in x["labels"]})
    per_page = 7

    def iso(stamp: str) -> str:
        return f"{stamp}:00+07:00"

    def date_header(stamp: str) -> str:
        d = when(stamp)
        return f"{VI_MONTH_DAY[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"

    def mobile(path: str) -> str:
        return path + ("&" if "?" in path else "?") + "m=1"

    def body_html(x: dict, cut: bool = False) -> str:
        """The post's HTML as typed; ``cut``: only up to the jump break (a listing's view)."""
        paras = x["paragraphs"]
        image = x.get("image")
        parts: list[str] = []
        for i, t in enumerate(paras):
            last = i == len(paras) - 1
            if image and t == image["caption"]:
                big = f"{BLOGGER_IMG}/{image['key']}/s1600/{image['name']}"
                parts.append(f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="{big}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="480" src="{BLOGGER_IMG}/{image["key"]}/w640-h480/{image["name"]}" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(t)}</td></tr></tbody></table>')
            elif last:
                parts.append(("<p style=\"text-align: right;\"><b>{}</b></p>" if x["style"] == "p"
                              else "<div style=\"text-align: right;\"><b>{}</b></div>").format(e(t)))
            elif x["style"] == "p":
                parts.append(f'<p style="text-align: justify;">{e(t)}</p>')
            else:
                parts.append(f'<div style="text-align: justify;">{e(t)}</div><div style="text-align: justify;"><br /></div>'
                             if image else f"{e(t)}<br /><br />")
            if x.get("jump") == i:
                if cut:
                    break
                parts.append("<a name='more'></a>")
        inner = "\n".join(parts)
        if x["style"] == "br":
            inner = f'<div dir="ltr" style="text-align: left;" trbidi="on">\n<div style="text-align: justify;">\n{inner}\n</div>\n</div>'
        return inner

    def snippet(x: dict, limit: int = 150) -> str:
        text = " ".join(t for t in x["paragraphs"] if not (x.get("image") and t == x["image"]["caption"]))
        return text[:limit].rsplit(" ", 1)[0] + "…"

    def thumb(x: dict, size: str = "w72-h72-p-k-no-nu") -> str:
        image = x.get("image")
        return f"{BLOGGER_IMG}/{image['key']}/{size}/{image['name']}" if image else ""

    def head(title: str, canonical: str, is_mobile: bool, extra: str = "", description: str = "") -> str:
        viewport = ("width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0" if is_mobile
                    else "width=1100")
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='{viewport}' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{base}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{base}{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{a(s['name'])} - Atom" href="{base}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{a(s['name'])} - RSS" href="{base}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{a(s['name'])} - Atom" href="https://www.blogger.com/feeds/{blog_id}/posts/default" />
{extra}<link rel="me" href="https://www.blogger.com/profile/{src.AUTHORS['Văn phòng UBND xã']}" />
<meta content='{base}{canonical}' property='og:url'/>
<meta content='{a(title)}' property='og:title'/>
<meta content='{a(description or s["description"])}' property='og:description'/>
<title>{e(title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; }}
.post-body {{ font-size: 110%; line-height: 1.4; position: relative; }}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' />
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3298475016-widgets.js"></script>
</head>
"""

    def post_block(x: dict, listing: bool, is_mobile: bool) -> str:
        link = mobile(url[x["id"]]) if is_mobile else url[x["id"]]
        title = f"<a href='{base}{link}'>{e(x['title'])}</a>" if listing else e(x["title"])
        profile = src.AUTHORS[x["author"]]
        jump = ""
        if listing and x.get("jump") is not None:
            jump = f"<div class='jump-link'><a href='{base}{link}#more' title='{a(x['title'])}'>Đọc thêm »</a></div>"
        n = len(x.get("comments", []))
        comment_link = ""
        if listing:
            comment_link = (f"<span class='post-comment-link'><a class='comment-link' href='{base}{link}#comment-form' onclick=''>"
                            + (f"{n} nhận xét:" if n else "Không có nhận xét nào:") + "</a></span>")
        label_links = ", ".join(f"<a href='{base}{mobile(label_path(lab)) if is_mobile else label_path(lab)}' rel='tag'>{e(lab)}</a>"
                                for lab in x["labels"])
        share = "".join(f"<a class='goog-inline-block share-button sb-{t}' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={x['id']}&amp;target={t}' target='_blank' title='{a(label)}'><span class='share-button-link-text'>{e(label)}</span></a>"
                        for t, label in (("email", "Gửi email bài đăng này"), ("blog", "BlogThis!"),
                                         ("twitter", "Chia sẻ lên X"), ("facebook", "Chia sẻ lên Facebook")))
        footer_share = "" if is_mobile else f"<div class='post-footer-line post-footer-line-3'><div class='post-share-buttons goog-inline-block'>{share}</div></div>"
        return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{thumb(x, "s1600")}' itemprop='image_url'/>
<meta content='{blog_id}' itemprop='blogId'/>
<meta content='{x["id"]}' itemprop='postId'/>
<a name='{x["id"]}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{title}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{x["id"]}' itemprop='description articleBody'>
{body_html(x, cut=listing)}
<div style='clear: both;'></div>
</div>
{jump}
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Đăng bởi
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/{profile}' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/{profile}' rel='author' title='author profile'>
<span itemprop='name'>{e(x["author"])}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
vào lúc
<meta content='{base}{url[x["id"]]}' itemprop='url'/>
<a class='timestamp-link' href='{base}{link}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(x["published"])}'>{hm(x["published"])}</abbr></a>
</span>
{comment_link}
<span class='item-control blog-admin pid-1043781266'>
<a href='https://www.blogger.com/post-edit.g?blogID={blog_id}&amp;postID={x["id"]}&amp;from=pencil' title='Sửa Bài đăng'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
Nhãn:
{label_links}
</span>
</div>
{footer_share}
</div>
</div>
</div>"""

    def mobile_index_entry(x: dict) -> str:
        link = mobile(url[x["id"]])
        n = len(x.get("comments", []))
        image = f"<div class='mobile-index-thumbnail'><div class='Image'><img height='72' src='{thumb(x)}' width='72'/></div></div>" if x.get("image") else ""
        return f"""<div class='mobile-date-outer date-outer'>
<div class='date-header'><span>{date_header(x['published'])}</span></div>
<div class='mobile-post-outer'>
<a href='{base}{link}'>
<h3 class='mobile-index-title entry-title' itemprop='name'>{e(x['title'])}</h3>
<div class='mobile-index-arrow'>›</div>
<div class='mobile-index-contents'>
{image}
<div class='post-body'>{e(snippet(x))}</div>
</div>
<div style='clear: both;'></div>
</a>
<div class='mobile-index-comment'>
<a class='comment-link' href='{base}{link}#comment-form' onclick=''>{f"{n} nhận xét:" if n else "Không có nhận xét nào:"}</a>
</div>
</div>
</div>"""

    def comments_html(x: dict, is_mobile: bool) -> str:
        items = []
        for c in x.get("comments", []):
            permalink = f"{url[x['id']]}?showComment={c['ts']}" + ("&m=1" if is_mobile else "")
            d = when(c["when"])
            items.append(f"""<dt class='comment-author ' id='c{c['id']}'>
<a name='c{c['id']}'></a>
<div class="avatar-image-container avatar-stock"><span dir="ltr"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt="" title="{a(c['name'])}"></span></div>
{e(c['name'])} đã nói...
</dt>
<dd class='comment-body' id='Blog1_cmt-{c['id']}'>
<p>{e(c['text'])}</p>
</dd>
<dd class='comment-footer'>
<span class='comment-timestamp'>
<a href='{base}{permalink}#c{c['id']}' title='comment permalink'>{d.day} tháng {d.month}, {d.year} lúc {hm(c['when'])}</a>
<span class='item-control blog-admin pid-1043781266'><a class='comment-delete' href='https://www.blogger.com/comment/delete/{blog_id}/{c['id']}' title='Xóa nhận xét'><img src='https://resources.blogblog.com/img/icon_delete13.gif'/></a></span>
</span>
</dd>""")
        n = len(items)
        listed = (f"<h4>{n} nhận xét:</h4>\n<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>\n"
                  + "\n".join(items) + "\n</dl></div>") if items else "<h4>Không có nhận xét nào:</h4>"
        return f"""<div class='comments' id='comments'>
<a name='comments'></a>
{listed}
<p class='comment-footer'>
<a href='https://www.blogger.com/comment/fullpage/post/{blog_id}/{x['id']}' onclick=''>Đăng nhận xét</a>
</p>
</div>"""

    def sidebar(current: str) -> str:
        popular = "".join(f"""<li>
<div class='item-content'>
{f"<div class='item-thumbnail'><a href='{base}{url[x['id']]}' target='_blank'><img alt='' border='0' src='{thumb(x)}'/></a></div>" if x.get("image") else ""}
<div class='item-title'><a href='{base}{url[x['id']]}'>{e(x['title'])}</a></div>
<div class='item-snippet'>{e(snippet(x))}</div>
</div>
<div style='clear: both;'></div>
</li>""" for x in sorted(arts, key=lambda x: -len(x.get("comments", [])) * 10 - len(x["paragraphs"]))[:3])
        months = sorted({x["published"][:7] for x in arts}, reverse=True)
        open_month = current if current in months else months[0]
        month_items = []
        for m in months:
            count = sum(1 for x in arts if x["published"].startswith(m))
            expanded = m == open_month
            posts = ""
            if expanded:
                posts = "<ul class='posts'>" + "".join(f"<li><a href='{base}{url[x['id']]}'>{e(x['title'])}</a></li>"
                                                       for x in arts if x["published"].startswith(m)) + "</ul>"
            month_items.append(f"<li class='archivedate {'expanded' if expanded else 'collapsed'}'><a class='toggle' href='javascript:void(0)'><span class='zippy{' toggle-open' if expanded else ''}'>{'▼' if expanded else '►'}&nbsp;</span></a><a class='post-count-link' href='{base}/{m[:4]}/{m[5:]}/'>tháng {int(m[5:])}</a> <span class='post-count' dir='ltr'>({count})</span>{posts}</li>")
        archive = (f"<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a>"
                   f"<a class='post-count-link' href='{base}/2025/'>2025</a> <span class='post-count' dir='ltr'>({len(arts)})</span>"
                   f"<ul class='hierarchy'>{''.join(month_items)}</ul></li></ul>")
        label_items = "".join(f"<li><a dir='ltr' href='{base}{label_path(lab)}'>{e(lab)}</a><span dir='ltr'>({sum(1 for x in arts if lab in x['labels'])})</span></li>"
                              for lab in labels)
        return f"""<div class='sidebar section' id='sidebar-right-1'>
<div class='widget BlogSearch' data-version='1' id='BlogSearch1'><h2 class='title'>Tìm kiếm Blog này</h2><div class='widget-content'><div id='BlogSearch1_form'><form action='{base}/search' class='gsc-search-box' target='_top'><table cellpadding='0' cellspacing='0' class='gsc-search-box'><tbody><tr><td class='gsc-input'><input autocomplete='off' class='gsc-input' name='q' size='10' title='search' type='text' value=''/></td><td class='gsc-search-button'><input class='gsc-search-button' title='search' type='submit' value='Tìm kiếm'/></td></tr></tbody></table></form></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{popular}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>{archive}</div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Nhãn</h2><div class='widget-content list-label-widget-content'><ul>{label_items}</ul></div></div>
<div class='widget Stats' data-version='1' id='Stats1'><h2>Tổng số lượt xem trang</h2><div class='widget-content'><div id='Stats1_content' style='display: none;'><span class='counter-wrapper graph-counter-wrapper' id='Stats1_totalCount'></span></div></div></div>
<div class='widget Text' data-version='1' id='Text1'><h2 class='title'>Liên hệ</h2><div class='widget-content'>UBND xã Nghĩa Khê<br />Địa chỉ: {e(s['address'])}<br />Điện thoại: {e(s['phone'])}</div></div>
</div>"""

    def page(path: str, title: str, main: str, *, canonical: str, is_mobile: bool, page_class: str,
             file: str, current_month: str = "", extra: str = "", description: str = "",
             mobile_twin: str | None = None, desktop_twin: str | None = None) -> None:
        if is_mobile:
            home = f"{base}/?m=1"
            desktop = desktop_twin if desktop_twin is not None else path.replace("?m=1", "").replace("&m=1", "")
            body = f"""<body class='mobile variant-simplysimple'>
<div class='content'>
<header><div class='header-outer'><div class='header-inner'>
<div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{home}'>{e(s['name'])}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{e(s['description'])}</span></p></div></div></div>
</div></div></header>
<div class='main-outer'><div class='main-inner'>
<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
<div class='mobile-desktop-link'><a class='home-link' href='{base}{desktop}{'&' if '?' in desktop else '?'}m=0'>Xem phiên bản web</a></div>
</div></div>
</div></div>
<div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div>
</div>
</body>
</html>
"""
        else:
            twin = mobile_twin if mobile_twin is not None else mobile(path)
            selected = " class='selected'" if path == "/" else ""
            pages_widget = (f"<div class='widget PageList' data-version='1' id='PageList1'><h2>Trang</h2><div class='widget-content'><ul>"
                            f"<li{selected}><a href='{base}/'>Trang chủ</a></li>"
                            f"<li><a href='{base}/p/gioi-thieu.html'>Giới thiệu</a></li></ul></div></div>")
            body = f"""<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} else {{ window.attachEvent('onload', function(){{ object[attribute] = val; }}); }} }}
  </script>
<div id="navbar-iframe-container"></div>
</div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'>
<div class='section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{base}/'>{e(s['name'])}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{e(s['description'])}</span></p></div></div>
</div></div>
</div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Xuyên Cột'>{pages_widget}</div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-width'>
<div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
{sidebar(current_month)}
</aside></div></div>
</div>
</div></div>
<footer><div class='footer-outer'><div class='footer-inner'>
<div class='foot section' id='footer-3' name='Chân trang'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>
<div class='blogger-mobile-link'><a href='{base}{twin}'>Xem phiên bản dành cho thiết bị di động</a></div>
</div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3298475016-widgets.js"></script>
</body>
</html>
"""
        p.page(path, file, head(title, canonical, is_mobile, extra, description) + body, page_class)
        if not is_mobile:  # "Xem phiên bản web" on the mobile page: ?m=0, the desktop page again
            p.alias(path + ("&" if "?" in path else "?") + "m=0", file,  # (the root's: a list)
                    {"article": "duplicate", "home": "listing"}.get(page_class, page_class))

    def pager(newer: str | None, older: str | None, is_mobile: bool, home: bool = True) -> str:
        out = []
        if is_mobile:
            if newer:
                out.append(f"<a class='mobile-link-button' href='{base}{newer}' id='blog-pager-newer-link'>&lsaquo;</a>")
            if older:
                out.append(f"<a class='mobile-link-button' href='{base}{older}' id='blog-pager-older-link'>&rsaquo;</a>")
            out.append(f"<a class='mobile-link-button' href='{base}/?m=1'>Trang chủ</a>")
            return f"<div class='blog-pager' id='blog-pager'>{''.join(out)}</div>"
        if newer:
            out.append(f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{base}{newer}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>")
        if older:
            out.append(f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{base}{older}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>")
        if home:
            out.append(f"<a class='home-link' href='{base}/'>Trang chủ</a>")
        return f"<div class='blog-pager' id='blog-pager'>\n{''.join(out)}\n</div>\n<div class='clear'></div>"

    def feed_links(post: dict | None) -> str:
        if post:
            return (f"<div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='{base}/feeds/{post['id']}/comments/default' "
                    f"target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>")
        return ("<div class='blog-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='"
                f"{base}/feeds/posts/default' target='_blank' type='application/atom+xml'>Bài đăng (Atom)</a></div></div>")

    def listing_main(items: list[dict], is_mobile: bool, status: str = "") -> str:
        if is_mobile:
            entries = "\n".join(mobile_index_entry(x) for x in items)
            return f"{status}<div class='blog-posts hfeed'>\n{entries}\n</div>"
        groups: list[str] = []
        for x in items:
            groups.append(f"""<div class="date-outer">
<h2 class='date-header'><span>{date_header(x['published'])}</span></h2>
<div class="date-posts">
{post_block(x, listing=True, is_mobile=False)}
</div></div>""")
        return f"{status}<div class='blog-posts hfeed'>\n" + "\n".join(groups) + "\n</div>"

    def status_msg(text: str, show_all: str) -> str:
        return (f"<div class='status-msg-wrap'><div class='status-msg-body'>{text} <a href='{base}{show_all}'>Hiển thị tất cả bài đăng</a></div>"
                "<div class='status-msg-border'><div class='status-msg-bg'><div class='status-msg-hidden'>x</div></div></div></div><div style='clear: both;'></div>")

    # -- the home page and its older pages (timestamp-keyed) --
    first, rest = arts[:per_page], arts[per_page:]
    older = f"/search?updated-max={blogger_stamp(first[-1]['published'])}&max-results={per_page}"
    newer_of_older = f"/search?updated-min={blogger_stamp(rest[0]['published'])}&max-results={per_page}&reverse-paginate=true"
    for is_mobile in (False, True):
        suffix = "&m=1" if is_mobile else ""
        home_path = "/?m=1" if is_mobile else "/"
        main = listing_main(first, is_mobile) + pager(None, older + suffix, is_mobile, home=False) + ("" if is_mobile else feed_links(None))
        # (the mobile root is the root too: its "Trang chủ" names itself)
        page(home_path, s["name"], main, canonical="/", is_mobile=is_mobile, page_class="home",
             file=f"pages/{'m/' if is_mobile else ''}index.html")
        main = listing_main(rest, is_mobile) + pager(newer_of_older + suffix, None, is_mobile) + ("" if is_mobile else feed_links(None))
        page(older + suffix, s["name"], main, canonical=older, is_mobile=is_mobile, page_class="listing",
             file=f"pages/{'m/' if is_mobile else ''}search-older.html")
        main = listing_main(first, is_mobile) + pager(None, older + suffix, is_mobile) + ("" if is_mobile else feed_links(None))
        page(newer_of_older + suffix, s["name"], main, canonical=newer_of_older, is_mobile=is_mobile,
             page_class="listing", file=f"pages/{'m/' if is_mobile else ''}search-newer.html")

    # -- label pages: the first 7, then 20 a page, not by date --
    for lab in labels:
        items = [x for x in arts if lab in x["labels"]]
        path = label_path(lab)
        pages_of = [items[:per_page], *chunks(items[per_page:], 20)] if len(items) > per_page else [items]
        for i, chunk in enumerate(pages_of):
            here = path if i == 0 else f"{path}?updated-max={blogger_stamp(pages_of[i - 1][-1]['published'])}&max-results=20&by-date=false"
            nxt = None
            if i + 1 < len(pages_of):
                nxt = f"{path}?updated-max={blogger_stamp(chunk[-1]['published'])}&max-results=20&by-date=false"
            msg = status_msg(f"Đang hiển thị bài đăng có nhãn <b>{e(lab)}</b>.", "/")
            key = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", lab).encode("ascii", "ignore").decode().lower())
            for is_mobile in (False, True):
                target = mobile(here) if is_mobile else here
                main = (listing_main(chunk, is_mobile, msg)
                        + pager(path + ("?m=1" if is_mobile else "") if i else None,
                                (mobile(nxt) if is_mobile else nxt) if nxt else None, is_mobile)
                        + ("" if is_mobile else feed_links(None)))
                page(target, f"{s['name']}: {lab}", main, canonical=here, is_mobile=is_mobile, page_class="listing",
                     file=f"pages/{'m/' if is_mobile else ''}label/{key}-{i + 1}.html")

    # -- date archives: the year and each month (the widget links them on every desktop page) --
    months = sorted({x["published"][:7] for x in arts}, reverse=True)
    for is_mobile in (False, True):
        feeds = "" if is_mobile else feed_links(None)
        for m in months:
            items = [x for x in arts if x["published"].startswith(m)]
            here = f"/{m[:4]}/{m[5:]}/"
            page(mobile(here) if is_mobile else here, f"{s['name']}: tháng {int(m[5:])} {m[:4]}",
                 listing_main(items, is_mobile) + pager(None, None, is_mobile) + feeds,
                 canonical=here, is_mobile=is_mobile, page_class="listing",
                 file=f"pages/{'m/' if is_mobile else ''}archive/{m}.html", current_month=m)
        page("/2025/?m=1" if is_mobile else "/2025/", f"{s['name']}: 2025",
             listing_main(arts[:per_page], is_mobile) + pager(None, mobile(older) if is_mobile else older, is_mobile) + feeds,
             canonical="/2025/", is_mobile=is_mobile, page_class="listing",
             file=f"pages/{'m/' if is_mobile else ''}archive/2025.html")

    # -- posts: desktop, ?m=1, ?m=0, comment permalinks --
    for i, x in enumerate(arts):
        newer_post = arts[i - 1] if i > 0 else None
        older_post = arts[i + 1] if i + 1 < len(arts) else None
        path = url[x["id"]]
        extra = f'<link rel="alternate" type="application/atom+xml" title="{a(s["name"])} - Atom" href="{base}/feeds/{x["id"]}/comments/default" />\n'
        for is_mobile in (False, True):
            block = (f"""<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{date_header(x['published'])}</span></h2>
<div class="date-posts">
{post_block(x, listing=False, is_mobile=is_mobile)}
{comments_html(x, is_mobile)}
</div></div>
</div>""")
            nav = pager(mobile(url[newer_post["id"]]) if is_mobile and newer_post else (url[newer_post["id"]] if newer_post else None),
                        mobile(url[older_post["id"]]) if is_mobile and older_post else (url[older_post["id"]] if older_post else None),
                        is_mobile)
            main = block + nav + ("" if is_mobile else feed_links(x))
            target = mobile(path) if is_mobile else path
            page(target, f"{s['name']}: {x['title']}", main, canonical=path, is_mobile=is_mobile,
                 page_class="article" if not is_mobile else "duplicate",
                 file=f"pages/{'m/' if is_mobile else ''}post/{x['slug']}.html", current_month=x["published"][:7],
                 extra=extra, description=snippet(x))
            for c in x.get("comments", []):
                p.alias(f"{path}?showComment={c['ts']}" + ("&m=1" if is_mobile else ""),
                        f"pages/{'m/' if is_mobile else ''}post/{x['slug']}.html", "duplicate")
        p.article_gold(x["id"], path, x, list(x["paragraphs"]), ", ".join(x["labels"]),
                       ["Đăng bởi", "vào lúc", "Nhãn:", "Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Lưu trữ Blog",
                        "Bài đăng phổ biến", "Gửi email bài đăng này", "Đăng nhận xét", "Xem phiên bản",
                        *(c["text"] for c in x.get("comments", []))],
                       None, iso(x["published"])[:16], author=x["author"])

    # -- the static page --
    for is_mobile in (False, True):
        about = f"""<div class='blog-posts hfeed'>
<div class='post-outer'><div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='8120473365521094417'></a>
<h3 class='post-title entry-title' itemprop='name'>Giới thiệu</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-8120473365521094417' itemprop='description articleBody'>
{''.join(f'<p>{e(t)}</p>' for t in src.ABOUT)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'></div></div>
</div></div>
</div>""" + pager(None, None, is_mobile)
        page("/p/gioi-thieu.html" + ("?m=1" if is_mobile else ""), f"{s['name']}: Giới thiệu", about,
             canonical="/p/gioi-thieu.html", is_mobile=is_mobile, page_class="other",
             file=f"pages/{'m/' if is_mobile else ''}p/gioi-thieu.html")

    # -- feeds --
    def atom_entry(x: dict) -> str:
        labels_xml = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{a(lab)}'/>" for lab in x["labels"])
        return (f"<entry><id>tag:blogger.com,1999:blog-{blog_id}.post-{x['id']}</id><published>{iso(x['published'])[:16]}:00.000+07:00</published>"
                f"<updated>{iso(x['published'])[:16]}:00.000+07:00</updated>{labels_xml}<title type='text'>{e(x['title'])}</title>"
                f"<content type='html'>{e(body_html(x))}</content>"
                f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{x['id']}/comments/default' title='Đăng Nhận xét'/>"
                f"<link rel='alternate' type='text/html' href='{base}{url[x['id']]}' title='{a(x['title'])}'/>"
                f"<author><name>{e(x['author'])}</name><uri>https://www.blogger.com/profile/{src.AUTHORS[x['author']]}</uri></author>"
                f"<thr:total>{len(x.get('comments', []))}</thr:total></entry>")
    atom = (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
            f"xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-{blog_id}</id>"
            f"<updated>{iso(arts[0]['published'])[:16]}:00.000+07:00</updated><title type='text'>{e(s['name'])}</title><subtitle type='html'>{e(s['description'])}</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/>"
            f"<link rel='self' type='application/atom+xml' href='{base}/feeds/posts/default'/><link rel='alternate' type='text/html' href='{base}/'/>"
            f"<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(arts)}</openSearch:totalResults>"
            + "".join(atom_entry(x) for x in arts) + "</feed>")
    p.raw("/feeds/posts/default", "feeds/posts-default.xml", atom.encode(), "application/atom+xml; charset=UTF-8")
    rss_items = "".join(f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{blog_id}.post-{x['id']}</guid>"
                        f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00 +0700')}</pubDate>"
                        + "".join(f"<category domain='http://www.blogger.com/atom/ns#'>{e(lab)}</category>" for lab in x["labels"])
                        + f"<title>{e(x['title'])}</title><description>{e(body_html(x))}</description><link>{base}{url[x['id']]}</link>"
                        f"<author>noreply@blogger.com ({e(x['author'])})</author><thr:total>{len(x.get('comments', []))}</thr:total></item>" for x in arts)
    p.raw("/feeds/posts/default?alt=rss", "feeds/posts-default-rss.xml",
          (f"<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'>"
           f"<channel><atom:id>tag:blogger.com,1999:blog-{blog_id}</atom:id><title>{e(s['name'])}</title><description>{e(s['description'])}</description>"
           f"<link>{base}/</link><generator>Blogger</generator>{rss_items}</channel></rss>").encode(), "application/rss+xml; charset=UTF-8")
    for x in arts:
        entries = "".join(f"<entry><id>tag:blogger.com,1999:blog-{blog_id}.post-{c['id']}</id><published>{iso(c['when'])[:16]}:00.000+07:00</published>"
                          f"<title type='text'>{e(c['text'][:40])}</title><content type='html'>{e(c['text'])}</content>"
                          f"<link rel='alternate' type='text/html' href='{base}{url[x['id']]}?showComment={c['ts']}#c{c['id']}' title=''/>"
                          f"<author><name>{e(c['name'])}</name></author></entry>" for c in x.get("comments", []))
        p.raw(f"/feeds/{x['id']}/comments/default", f"feeds/comments-{x['id']}.xml",
              (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-{blog_id}.post{x['id']}..comments</id>"
               f"<title type='text'>{e(s['name'])}: {e(x['title'])}</title><link rel='alternate' type='text/html' href='{base}{url[x['id']]}'/>{entries}</feed>").encode(),
              "application/atom+xml; charset=UTF-8")

    # -- sitemaps and robots.txt, as Blogger serves them --
    p.raw("/sitemap.xml", "sitemaps/sitemap.xml",
          (f"<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
           f"<sitemap><loc>{base}/sitemap.xml?page=1</loc></sitemap></sitemapindex>").encode(), "application/xml; charset=UTF-8")
    p.raw("/sitemap.xml?page=1", "sitemaps/sitemap-page-1.xml",
          ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
           + "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{iso(x['published'])}</lastmod></url>" for x in arts)
           + "</urlset>").encode(), "application/xml; charset=UTF-8")
    p.raw("/sitemap-pages.xml", "sitemaps/sitemap-pages.xml",
          (f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{base}/p/gioi-thieu.html</loc>"
           "<lastmod>2025-01-06T09:00:00Z</lastmod></url></urlset>").encode(), "application/xml; charset=UTF-8")
    p.raw("/favicon.ico", "files/favicon.ico", b"\x00\x00\x01\x00\x00\x00", "image/x-icon")
    p.raw("/robots.txt", "pages/robots.txt",
          (f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nDisallow: /share-widget\nAllow: /\n\n"
           f"Sitemap: {base}/sitemap.xml\nSitemap: {base}/sitemap-pages.xml\n").encode(), "text/plain; charset=UTF-8")
    return p


# -- windows-1258 PHP district portal (about 2012), TCVN3 stories, an endless calendar ----------

_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """``text`` as a windows-1258 server writes it (glibc iconv's way): a letter the code page
    has is one byte; any other Vietnamese letter its base (with circumflex, breve or horn) and a
    combining tone byte; what the code page cannot hold a numeric character reference."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts[1:] if m in _CP1258_TONES)
        letter = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m not in _CP1258_TONES))
        try:
            out += (letter + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


def to_tcvn3_lookalikes(text: str) -> str:
    """Unicode Vietnamese as typed with the TCVN3 (ABC) .VnTime font: each letter the byte that
    font draws it with, read as the Latin-1 character of that byte (what a database holds)."""
    from viparse.normalize.encodings import get_charmap
    charmap = get_charmap("tcvn3")
    assert charmap is not None
    table = {uni: legacy for legacy, uni in charmap.pairs}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} cannot be typed in .VnTime")
    return "".join(out)


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


GENERATED_PAGES = '''"""Pages the modelled portal generates without end (written by tests/portals/build.py): its
calendar answers every day, so every month's previous/next link leads to a month more. The
sample server asks ``answer`` for any request target its manifest lacks."""
from __future__ import annotations

import re

TEMPLATE = {template!r}
MARKED = frozenset({marked!r})


{calendar_source}

def _bytes(text: str) -> bytes:
    return text.encode("cp1258", "xmlcharrefreplace")


def answer(target: str) -> tuple[int, str, bytes] | None:
    match = re.fullmatch(r"/index\\.php\\?mod=news&act=date&d=(\\d{{4}})-(\\d{{2}})-(\\d{{2}})", target)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1:
        return None
    page = (TEMPLATE.replace("%%DATE%%", f"{{day:02d}}/{{month:02d}}/{{year:04d}}")
            .replace("%%CALENDAR%%", calendar_html(year, month, MARKED)))
    return 200, "text/html", _bytes(page)
'''


def build_cp1258_portal(src) -> Portal:
    import inspect
    s = src.SITE
    p = Portal(src, "php-cp1258-legacy", (
        "MODELLED, not copied: a hand-made PHP district portal of about 2012 that serves "
        "windows-1258: the charset is only in <meta http-equiv='Content-Type' content='text/html; "
        "charset=windows-1258'>, the PHP pages' header says text/html with no charset, and the print "
        "script sends a wrong 'charset=iso-8859-1'; letters the code page lacks are written as base "
        "letter plus combining tone byte (glibc iconv's windows-1258), and stories migrated from the "
        "2011 site keep their TCVN3 (.VnTime) text as Latin-1 look-alikes (re-typed Unicode titles); "
        "URLs index.php?mod=news&act=detail&id=<n>, lists &act=list&cat=<n>&p=<n> (page 1 also at "
        "&p=1), a table layout with a marquee, a 'Lịch' calendar widget linking every day's archive "
        "(?mod=news&act=date&d=<yyyy-mm-dd>) and previous/next months for ever (the sample server "
        "answers any day: generated_pages.py), 'Tin cùng chuyên mục' lists, a print view without a "
        "canonical, a visitor counter, no sitemap, no feed. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    cal_year, cal_month = (int(v) for v in s["calendar_month"].split("-"))
    marked = frozenset(x["published"][:10] for x in arts)
    detail = {x["id"]: f"index.php?mod=news&amp;act=detail&amp;id={x['id']}" for x in arts}
    counter = counter_gold(online=12, today=347, total=1254870)
    php_type = "text/html"  # PHP's header: no charset (the meta declares windows-1258)

    def cp_page(path: str, file: str, text: str, page_class: str, content_type: str = php_type) -> None:
        p.files[file] = to_cp1258(text)
        p.manifest.append({"path": path, "file": file, "content_type": content_type, "status": 200,
                           "page_class": page_class})

    def layout(title: str, center: str, calendar: str | None = None) -> str:
        menu = "".join(f'<td class="menu_item"><a href="{u}">{e(t)}</a></td>' for u, t in [
            ("index.php", "Trang chủ"), ("index.php?mod=page&amp;id=1", "Giới thiệu"),
            *((f"index.php?mod=news&amp;act=list&amp;cat={c}", n) for c, n in src.CATEGORIES.items()),
            ("index.php?mod=contact", "Liên hệ")])
        cats = "".join(f'<li><a href="index.php?mod=news&amp;act=list&amp;cat={c}">{e(n)}</a></li>' for c, n in src.CATEGORIES.items())
        most_read = "".join(f'<li><a href="{detail[x["id"]]}">{e(x["title"])}</a></li>'
                            for x in sorted(arts, key=lambda x: -x["hits"])[:4])
        links = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        cal = calendar if calendar is not None else calendar_html(cal_year, cal_month, marked)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{e(title)}</title>
<meta name="keywords" content="Lâm Khê, huyện Lâm Khê, cổng thông tin" />
<meta name="description" content="{a(s['name'])}" />
<link href="templates/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><a href="index.php"><img src="templates/default/images/banner.jpg" width="980" height="150" alt="{a(s['name'])}" border="0" /></a></div>
<table id="menu" width="980" cellspacing="0" cellpadding="0"><tr>{menu}</tr></table>
<div id="marquee"><marquee scrollamount="3">Chào mừng quý vị đến với {e(s['name'])} - Chào mừng kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)</marquee></div>
<table id="main" width="980" cellspacing="0" cellpadding="0"><tr>
<td id="left" width="200" valign="top">
<div class="box"><div class="box_title">DANH MỤC</div><div class="box_content"><ul class="cat">{cats}</ul></div></div>
<div class="box"><div class="box_title">LỊCH</div><div class="box_content">{cal}</div></div>
<div class="box"><div class="box_title">THỐNG KÊ TRUY CẬP</div><div class="box_content counter">Đang online: <b>12</b><br />Hôm nay: <b>347</b><br />Tổng số: <b>1.254.870</b></div></div>
</td>
<td id="center" width="580" valign="top">
{center}
</td>
<td id="right" width="200" valign="top">
<div class="box"><div class="box_title">TIN ĐỌC NHIỀU</div><div class="box_content"><ul class="hot">{most_read}</ul></div></div>
<div class="box"><div class="box_title">LIÊN KẾT WEBSITE</div><div class="box_content"><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div></div>
</td>
</tr></table>
<div id="footer">{e(s['name'])}<br />Cơ quan chủ quản: Ủy ban nhân dân huyện Lâm Khê. Địa chỉ: {e(s['address'])}<br />Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}<br />Ghi rõ nguồn "{e(s['name'])}" khi phát hành lại thông tin từ website này.</div>
</div>
</body>
</html>
"""

    def body_paragraphs(x: dict) -> list[str]:
        """The story's text as the editor holds it: Unicode, or the 2011 TCVN3 text in its font."""
        out = []
        for i, t in enumerate(x["paragraphs"]):
            byline = i == len(x["paragraphs"]) - 1 and t == x["author"]
            align = "right" if byline else "justify"
            if x.get("tcvn3"):
                text = f'<span style="font-family: .VnTime; font-size: 13pt">{e(to_tcvn3_lookalikes(t))}</span>'
            else:
                text = e(t)
            out.append(f'<p style="text-align: {align}">{"<b>" + text + "</b>" if byline else text}</p>')
        return out

    def teaser(x: dict, with_sapo: bool = True) -> str:
        sapo = x["sapo"] or x["paragraphs"][0]
        lead = f'<div class="news_sapo">{e(sapo)}</div>' if with_sapo and not x.get("tcvn3") else ""
        return (f'<div class="news_item"><a href="{detail[x["id"]]}" class="news_title">{e(x["title"])}</a> '
                f'<span class="news_date">({dmy(x["published"])})</span>{lead}<div class="clear"></div></div>')

    # -- detail pages and their print views --
    for x in arts:
        same = [o for o in arts if o["cat"] == x["cat"] and o["id"] != x["id"]][:5]
        others = "".join(f'<li><a href="{detail[o["id"]]}">{e(o["title"])}</a> <span class="date">({dmy(o["published"])})</span></li>' for o in same)
        sapo = f'<div class="sapo"><b>{e(x["sapo"])}</b></div>' if x["sapo"] else ""
        paragraphs = "\n".join(body_paragraphs(x))
        center = f"""<div class="navi"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=news&amp;act=list&amp;cat={x['cat']}">{e(src.CATEGORIES[x['cat']])}</a></div>
<div class="news_detail">
<h1 class="title">{e(x['title'])}</h1>
<div class="date">Cập nhật: {dmy(x['published'])} {hm(x['published'])} | Lượt xem: {x['hits']}</div>
{sapo}
<div class="content">
{paragraphs}
</div>
<div class="tools"><a href="print.php?id={x['id']}" target="_blank"><img src="templates/default/images/print.gif" border="0" alt="" /> In bài viết</a> | <a href="javascript:history.back()">Quay lại</a> | <a href="#top">Lên đầu trang</a></div>
<div class="other_news"><div class="other_title">Tin cùng chuyên mục</div><ul>{others}</ul></div>
</div>"""
        cp_page(f"/index.php?mod=news&act=detail&id={x['id']}", f"pages/detail/{x['id']}.html",
                layout(f"{x['title']} - {s['name']}", center), "article")
        print_page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{e(x['title'])}</title>
<style type="text/css">body {{ font-family: "Times New Roman"; font-size: 13pt; }}</style>
</head>
<body onload="window.print()">
<div class="print_head">{e(s['name'])}</div>
<h2>{e(x['title'])}</h2>
<div class="date">Cập nhật: {dmy(x['published'])} {hm(x['published'])}</div>
{sapo}
{paragraphs}
<div class="print_foot">Địa chỉ bài viết: {s['base_url']}/index.php?mod=news&amp;act=detail&amp;id={x['id']}</div>
</body>
</html>
"""
        cp_page(f"/print.php?id={x['id']}", f"pages/print/{x['id']}.html", print_page, "duplicate",
                "text/html; charset=iso-8859-1")
        body = ([x["sapo"]] if x["sapo"] else []) + list(x["paragraphs"])
        author = x["paragraphs"][-1] if x["paragraphs"][-1] == x["author"] else None
        p.article_gold(str(x["id"]), f"/index.php?mod=news&act=detail&id={x['id']}", x, body,
                       src.CATEGORIES[x["cat"]],
                       ["Cập nhật:", "Lượt xem", "In bài viết", "Quay lại", "Tin cùng chuyên mục", "TIN ĐỌC NHIỀU",
                        "LỊCH", "Chào mừng quý vị", "Cơ quan chủ quản"],
                       counter, author=author)
        p.gold[str(x["id"])]["author"] = author

    # -- category lists (3 a page; page 1 also answers &p=1) --
    for c, name in src.CATEGORIES.items():
        items = [x for x in arts if x["cat"] == c]
        pages = chunks(items, 3)
        for i, chunk in enumerate(pages, 1):
            nums = " ".join(f"<b>{n}</b>" if n == i else f'<a href="index.php?mod=news&amp;act=list&amp;cat={c}&amp;p={n}">{n}</a>'
                            for n in range(1, len(pages) + 1))
            nxt = f' <a href="index.php?mod=news&amp;act=list&amp;cat={c}&amp;p={i + 1}">Trang sau &raquo;</a>' if i < len(pages) else ""
            prv = f'<a href="index.php?mod=news&amp;act=list&amp;cat={c}&amp;p={i - 1}">&laquo; Trang trước</a> ' if i > 1 else ""
            paging = f'<div class="paging">Trang: {prv}{nums}{nxt}</div>' if len(pages) > 1 else ""
            center = (f'<div class="navi"><a href="index.php">Trang chủ</a> &raquo; {e(name)}</div>\n<div class="cat_title">{e(name).upper()}</div>\n'
                      + "\n".join(teaser(x) for x in chunk) + "\n" + paging)
            html_text = layout(f"{name} - {s['name']}", center)
            cp_page(f"/index.php?mod=news&act=list&cat={c}" + ("" if i == 1 else f"&p={i}"),
                    f"pages/list/{c}-{i}.html", html_text, "listing")
            if i == 1 and len(pages) > 1:
                p.manifest.append({"path": f"/index.php?mod=news&act=list&cat={c}&p=1", "file": f"pages/list/{c}-1.html",
                                   "content_type": php_type, "status": 200, "page_class": "listing"})

    # -- home --
    top, *more = arts[:6]
    blocks = "".join(f'<div class="home_cat"><div class="home_cat_title"><a href="index.php?mod=news&amp;act=list&amp;cat={c}">{e(n).upper()}</a></div>'
                     + "".join(teaser(x, with_sapo=False) for x in [x for x in arts if x["cat"] == c][:3]) + "</div>"
                     for c, n in src.CATEGORIES.items())
    center = (f'<div class="hot_news"><a href="{detail[top["id"]]}" class="hot_title">{e(top["title"])}</a>'
              f'<div class="news_date">({dmy(top["published"])})</div><div class="hot_sapo">{e(top["sapo"])}</div>'
              f'<a href="{detail[top["id"]]}" class="more">Chi tiết &raquo;</a></div>\n'
              f'<div class="box_title">TIN MỚI</div><ul class="new_list">'
              + "".join(f'<li><a href="{detail[x["id"]]}">{e(x["title"])}</a> <span class="date">({dmy(x["published"])})</span></li>' for x in more)
              + f"</ul>\n{blocks}")
    home = layout(s["name"], center)
    cp_page("/", "pages/index.html", home, "home")
    p.manifest.append({"path": "/index.php", "file": "pages/index.html", "content_type": php_type, "status": 200,
                       "page_class": "home"})

    # -- the days that have stories (a listing each); every other day is generated --
    def date_center(day_dmy: str, items: list[dict]) -> str:
        listed = ("\n".join(teaser(x) for x in items) if items
                  else f'<div class="empty">Không có tin bài nào trong ngày {day_dmy}.</div>')
        return f'<div class="navi"><a href="index.php">Trang chủ</a> &raquo; Tin theo ngày {day_dmy}</div>\n<div class="cat_title">TIN NGÀY {day_dmy}</div>\n{listed}'

    for day in sorted(marked):
        y, m, d = (int(v) for v in day.split("-"))
        items = [x for x in arts if x["published"].startswith(day)]
        cp_page(f"/index.php?mod=news&act=date&d={day}", f"pages/date/{day}.html",
                layout(f"Tin ngày {d:02d}/{m:02d}/{y} - {s['name']}", date_center(f"{d:02d}/{m:02d}/{y}", items),
                       calendar_html(y, m, marked)), "listing")
    # one empty day in the manifest, for the page gate (the generator answers it the same way)
    empty = "2025-05-01"
    cp_page(f"/index.php?mod=news&act=date&d={empty}", f"pages/date/{empty}.html",
            layout(f"Tin ngày 01/05/2025 - {s['name']}", date_center("01/05/2025", []), calendar_html(2025, 5, marked)), "other")
    template = layout(f"Tin ngày %%DATE%% - {s['name']}", date_center("%%DATE%%", []), "%%CALENDAR%%")
    source = GENERATED_PAGES.format(template=unicodedata.normalize("NFC", template), marked=sorted(marked),
                                    calendar_source=inspect.getsource(calendar_html))
    p.files["generated_pages.py"] = source.encode("utf-8")

    # -- about, contact --
    about = ('<div class="navi"><a href="index.php">Trang chủ</a> &raquo; Giới thiệu</div>\n<div class="cat_title">GIỚI THIỆU CHUNG</div>\n'
             + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT))
    cp_page("/index.php?mod=page&id=1", "pages/about.html", layout(f"Giới thiệu - {s['name']}", about), "other")
    contact = (f'<div class="navi"><a href="index.php">Trang chủ</a> &raquo; Liên hệ</div>\n<div class="cat_title">LIÊN HỆ</div>\n'
               f'<p>Văn phòng HĐND và UBND huyện Lâm Khê. Địa chỉ: {e(s["address"])}. Điện thoại: {e(s["phone"])}.</p>'
               '<form method="post" action="index.php?mod=contact&amp;act=send"><table><tr><td>Họ tên:</td><td><input type="text" name="hoten" /></td></tr>'
               '<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>'
               '<tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table></form>')
    cp_page("/index.php?mod=contact", "pages/contact.html", layout(f"Liên hệ - {s['name']}", contact), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /admin/\n", "text/plain")
    p.raw("/templates/default/css/style.css", "files/style.css", b"body{font-family:Arial;font-size:12px}.calendar td{text-align:center}\n", "text/css")
    return p


SITES = (*SITES, "nghiakhe", "lamkhe")
BUILDERS.update({"nghiakhe": build_blogger, "lamkhe": build_cp1258_portal})


# == holdout-portal block (session 5): a provincial SharePoint "portal" product and a multi-level
# == GUID portal. Kept in one block, registered at its end, to ease merging.
import datetime as _dt  # noqa: E402
import uuid as _uuid  # noqa: E402


def ascii_slug(text: str, title_case: bool = False) -> str:
    """A URL slug as these ASP.NET products write one: diacritics dropped, đ -> d, words joined
    by '-' (each word capitalised for the TitleCase form)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "-".join(w[:1].upper() + w[1:] if title_case else w for w in words)


# -- SharePoint publishing "portal" of a province's commune sites --------------------------------


def build_sharepoint_portal(src) -> Portal:
    s = src.SITE
    p = Portal(src, "portal-pages-date", (
        "MODELLED, not copied: a commune site of a province's SharePoint 2013 publishing "
        "'portal' product (as seen at xasonlinh.hatinh.gov.vn): stories at "
        "/portal/pages/<yyyy-mm-dd>/<Slug-In-TitleCase>-<6-digit-id>.aspx; / answers a 302 to "
        "/portal/Pages/default.aspx; every page one ASP.NET form (aspnetForm, __VIEWSTATE, "
        "__REQUESTDIGEST); category pages /portal/Pages/<Category-Slug>.aspx whose teasers carry "
        "a long lead, paged by ?Page=<n> (one category's web part pages by a repeater's "
        "javascript:__doPostBack pager instead, its page 2 the answer to a POST); the home page's "
        "'Tin tức - Sự kiện' photo slider links stories as /Portal/Pages/... (SharePoint URLs "
        "are case-insensitive: the same story under a second spelling, no canonical link); "
        "stories close with the byline, 'In bài viết' is javascript:window.print(); notices of one "
        "sentence and a list attachment; a right column 'Văn bản mới' (documents library, detail "
        "pages /portal/VanBan/Pages/ChiTietVanBan.aspx?ItemID=<n>: number, date, signer, "
        "summary, file), 'Lịch công tác' (a weekly schedule ?tuan=<w>&nam=<y> whose 'Tuần "
        "trước'/'Tuần sau' links go on for ever: a calendar trap; the model serves 60 weeks each "
        "side of the current one, the links at its edges lead to weeks it does not serve), a "
        "visitor counter, links to the province portal. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=15, today=342, total=215874)
    base = s["base_url"]
    slug = {x["id"]: ascii_slug(x["title"], title_case=True) for x in arts}
    url = {x["id"]: f"/portal/pages/{x['published'][:10]}/{slug[x['id']]}-{x['id']}.aspx" for x in arts}
    slider_url = {i: u.replace("/portal/pages/", "/Portal/Pages/") for i, u in url.items()}
    file = {x["id"]: f"pages/tin/{x['id']}.html" for x in arts}
    cat_url = {c: f"/portal/Pages/{c}.aspx" for c in src.CATEGORIES}
    year, week = src.SCHEDULE_WEEK
    schedule_url = "/portal/Pages/Lich-cong-tac.aspx"
    docs_url = "/portal/VanBan/Pages/default.aspx"

    def doc_url(d: dict) -> str:
        return f"/portal/VanBan/Pages/ChiTietVanBan.aspx?ItemID={d['id']}"

    def doc_file(d: dict) -> str:
        return f"/portal/VanBan/Lists/VanBanDieuHanh/Attachments/{d['id']}/{d['file']}"

    menu_items = [("/portal/Pages/default.aspx", "Trang chủ"), ("/portal/Pages/Gioi-thieu.aspx", "Giới thiệu"),
                  *((cat_url[c], n) for c, (n, _, _) in src.CATEGORIES.items()),
                  (docs_url, "Văn bản"), (schedule_url, "Lịch công tác"), ("/portal/Pages/Lien-he.aspx", "Liên hệ")]
    unit_upper = s["unit"].upper()

    def layout(title: str, main: str, action: str) -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        docs = "".join(f'<li><a href="{doc_url(d)}" title="{a(d["summary"])}">{e(d["number"])}</a>'
                       f'<span class="vb-date">Ngày ban hành: {d["issued"]}</span><p>{e(d["summary"])}</p></li>'
                       for d in src.DOCUMENTS)
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
\t{e(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DHdXAK2uAo%2Bbg%3D%3DTAG0" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/PortalXa/css/portal-xa.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZBEeTTkLjjA2yyr9cSRb0g%3D%3DTAG0"></script>
</head>
<body>
<form method="post" action="./{action}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x6B1C2D0E8A,08 Oct 2025 09:12:44 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIHD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="portal-header"><a href="/portal/Pages/default.aspx" class="logo"><img src="/Style%20Library/PortalXa/images/quoc-huy.png" alt="Quốc huy" /></a>
<div class="header-text"><span class="header-line1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="header-line2">{e(unit_upper)} - {e(s['province'].upper())}</span></div></div>
<div class="portal-menu"><ul class="menu-top">{menu}</ul>
<div class="search-box"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Tìm kiếm..." /><a href="javascript:TimKiem('/portal/_layouts/15/osssearchresults.aspx?k=')">Tìm</a></div></div>
<div class="portal-main">
<div class="col-main">
{main}
</div>
<div class="col-right">
<div class="box-right"><div class="box-right-title">Văn bản mới</div><ul class="list-vanban">{docs}</ul><a class="xem-tat-ca" href="{docs_url}">Xem tất cả</a></div>
<div class="box-right"><div class="box-right-title">Lịch công tác</div><a class="lich-tuan" href="{schedule_url}"><img src="/Style%20Library/PortalXa/images/lich-cong-tac.png" alt="Lịch công tác tuần" /></a></div>
<div class="box-right"><div class="box-right-title">Liên kết</div><ul class="list-lienket"><li><a href="{s['province_portal']}" target="_blank">Cổng TTĐT {e(s['province'])}</a></li><li><a href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://chinhphu.vn" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="box-right"><div class="box-right-title">Thống kê truy cập</div><ul class="thongke"><li>Đang truy cập: <span>15</span></li><li>Hôm nay: <span>342</span></li><li>Tổng lượt truy cập: <span>215.874</span></li></ul></div>
</div>
</div>
<div class="portal-footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {e(unit_upper)}</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])}. Địa chỉ: {e(s['address'])}</p>
<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p>Trưởng Ban biên tập: Chủ tịch UBND xã. Giấy phép số 14/GP-TTĐT ngày 20/3/2019.</p></div>
</div></div>
</form>
</body>
</html>
"""

    def crumb(*trail: tuple[str | None, str]) -> str:
        items = ['<a href="/portal/Pages/default.aspx">Trang chủ</a>']
        items += [f'<a href="{u}">{e(t)}</a>' if u else f'<span>{e(t)}</span>' for u, t in trail]
        sep = ' <span class="sep">›</span> '
        return f'<div class="breadcrumb">{sep.join(items)}</div>'

    def teaser(x: dict) -> str:
        return f"""<div class="news-item">
<a href="{url[x['id']]}" class="news-img"><img src="/portal/PublishingImages/tin-tuc/{x['id']}-thumb.jpg" alt="{a(x['title'])}" /></a>
<div class="news-text"><a href="{url[x['id']]}" class="news-title">{e(x['title'])}</a> <span class="news-date">({dmy(x['published'])})</span>
<div class="news-lead">{e(long_lead(x, 420))}</div></div>
</div>"""

    # -- home ------------------------------------------------------------------------------
    slider = [x for x in arts if x["category"] != "Thong-bao"][:4]
    slides = "".join(f"""<li><a href="{slider_url[x['id']]}"><img src="/portal/PublishingImages/tin-tuc/{x['id']}.jpg" alt="{a(x['title'])}" /></a><div class="slide-caption"><a href="{slider_url[x['id']]}">{e(x['title'])}</a></div></li>"""
                     for x in slider)
    newest = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a> <span class="news-date">({dmy(x["published"])})</span></li>'
                     for x in [y for y in arts if y["category"] == "Tin-tuc-Su-kien"][:5])
    blocks = []
    for c in ("Nong-thon-moi", "Thong-bao"):
        name = src.CATEGORIES[c][0]
        items = [x for x in arts if x["category"] == c]
        top, rest = items[0], items[1:4]
        blocks.append(f"""<div class="home-block"><div class="home-block-title"><a href="{cat_url[c]}">{e(name)}</a></div>
<div class="home-block-top"><a href="{url[top['id']]}"><img src="/portal/PublishingImages/tin-tuc/{top['id']}-thumb.jpg" alt="{a(top['title'])}" /></a>
<a href="{url[top['id']]}" class="news-title">{e(top['title'])}</a><div class="news-lead">{e(long_lead(top, 520))}</div></div>
<ul class="home-block-list">{''.join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a></li>' for y in rest)}</ul></div>""")
    home = f"""<div class="home-tintuc"><div class="home-block-title"><a href="{cat_url['Tin-tuc-Su-kien']}">Tin tức - Sự kiện</a></div>
<div class="slider" id="slider-tin-tuc"><ul class="slides">{slides}</ul></div>
<ul class="home-tin-moi">{newest}</ul></div>
{chr(10).join(blocks)}"""
    p.manifest.append({"path": "/", "content_type": HTML_TYPE, "status": 302, "location": "/portal/Pages/default.aspx"})
    p.page("/portal/Pages/default.aspx", "pages/default.html", layout(f"Trang chủ - {s['name']}", home, "default.aspx"), "home")

    # -- category pages ----------------------------------------------------------------------
    for c, (name, size, pager_kind) in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == c]
        pages = chunks(items, size)
        control = "ctl00$ctl40$g_5c1f0a7e_8d2b_4a57_9e3c_2f6b1d0a4c18$ctl00$rptPaging"
        for i, chunk in enumerate(pages, 1):
            def page_link(n: int, label: str, pager_kind: str = pager_kind, control: str = control) -> str:
                if pager_kind == "query":
                    return f'<a href="?Page={n}">{e(label)}</a>'
                return f"<a href=\"javascript:__doPostBack('{control}$ctl{n:02d}$lnkPage','')\">{e(label)}</a>"
            pager = ""
            if len(pages) > 1:
                numbers = "".join(f'<span class="current">{n}</span>' if n == i else page_link(n, str(n))
                                  for n in range(1, len(pages) + 1))
                more = page_link(i + 1, "Sau »") if i < len(pages) else ""
                pager = f'<div class="paging">{numbers}{more}</div>'
            main = (crumb((None, name)) + f'\n<div class="category-title"><span>{e(name)}</span></div>\n<div class="list-news">\n'
                    + "\n".join(teaser(x) for x in chunk) + f"\n</div>\n{pager}")
            html_text = layout(f"{name} - {s['name']}", main, f"{c}.aspx")
            if pager_kind == "query" or i == 1:
                p.page(cat_url[c] + (f"?Page={i}" if i > 1 else ""), f"pages/{c}/page-{i}.html", html_text, "listing")
                if pager_kind == "query" and i == 1 and len(pages) > 1:
                    p.alias(f"{cat_url[c]}?Page=1", f"pages/{c}/page-1.html", "listing")
            else:
                p.files[f"pages/{c}/page-{i}.html"] = unicodedata.normalize("NFC", html_text).encode("utf-8")
            if pager_kind == "postback" and len(pages) > 1:
                p.manifest.append({"path": cat_url[c], "file": f"pages/{c}/page-{i}.html", "content_type": HTML_TYPE,
                                   "status": 200, "page_class": "listing",
                                   "post": {"__EVENTTARGET": f"{control}$ctl{i:02d}$lnkPage", "__EVENTARGUMENT": ""}})

    # -- stories -----------------------------------------------------------------------------
    for x in arts:
        name = src.CATEGORIES[x["category"]][0]
        others = [y for y in arts if y is not x and y["category"] == x["category"]][:5]
        others += [y for y in arts if y is not x and y not in others][:6 - len(others)]
        body = "\n".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in x["paragraphs"][:-1])
        body += f'\n<p style="text-align: right;"><strong>{e(x["paragraphs"][-1])}</strong></p>'
        attachment = ""
        if x.get("attachment"):
            doc_id, fname, label = x["attachment"]
            attachment = (f'<div class="news-attach"><span>Tệp đính kèm:</span> <a href="/portal/VanBan/Lists/VanBanDieuHanh/Attachments/{doc_id}/{fname}" '
                          f'target="_blank"><img src="/_layouts/15/images/icpdf.png" alt="" /> {e(label)}</a></div>')
        sapo = f'<div class="news-sapo">{e(x["sapo"])}</div>\n' if x["sapo"] else ""
        main = crumb((cat_url[x["category"]], name)) + f"""
<div class="news-detail">
<h1 class="news-detail-title">{e(x['title'])}</h1>
<div class="news-detail-date">Cập nhật: {dmy(x['published'])} {hm(x['published'])}</div>
{sapo}<div class="news-detail-content ms-rtestate-field">
{body}
</div>
{attachment}
<div class="news-tools"><a href="javascript:window.print();">In bài viết</a> | <a href="mailto:?subject={a(x['title'])}&amp;body={base}{url[x['id']]}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a></div>
</div>
<div class="other-news"><div class="other-news-title">Các tin khác</div><ul>{''.join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <span class="news-date">({dmy(y["published"])})</span></li>' for y in others)}</ul></div>"""
        p.page(url[x["id"]], file[x["id"]], layout(f"{x['title']} - {s['name']}", main, url[x["id"]].rsplit("/", 1)[1]), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, [t for t in [x["sapo"], *x["paragraphs"]] if t], name,
                       ["In bài viết", "Gửi email", "Về đầu trang", "Các tin khác", "Văn bản mới", "Lịch công tác",
                        "Thống kê truy cập", "Cơ quan chủ quản", "Xem tất cả"], counter)
        if x.get("attachment"):  # the notice's "Tệp đính kèm" box: its attachment (gold corrected, README)
            doc_id, fname, label = x["attachment"]
            p.gold[str(x["id"])]["attachments"] = [
                {"url": f"/portal/VanBan/Lists/VanBanDieuHanh/Attachments/{doc_id}/{fname}", "name": label}]
        if x in slider:  # the slider's spelling of the story's URL
            p.alias(slider_url[x["id"]], file[x["id"]], "duplicate")

    # -- documents ---------------------------------------------------------------------------
    for d in src.DOCUMENTS:
        p.raw(doc_file(d), f"files/{d['file']}", tiny_pdf(d["number"]), "application/pdf")
        main = crumb((docs_url, "Văn bản"), (None, d["number"])) + f"""
<div class="vanban-detail"><table class="ms-formtable">
<tr><td class="ms-formlabel">Số ký hiệu</td><td class="ms-formbody">{e(d['number'])}</td></tr>
<tr><td class="ms-formlabel">Ngày ban hành</td><td class="ms-formbody">{d['issued']}</td></tr>
<tr><td class="ms-formlabel">Loại văn bản</td><td class="ms-formbody">{e(d['kind'])}</td></tr>
<tr><td class="ms-formlabel">Cơ quan ban hành</td><td class="ms-formbody">Ủy ban nhân dân {e(s['unit'])}</td></tr>
<tr><td class="ms-formlabel">Người ký</td><td class="ms-formbody">{e(d['signer'])}</td></tr>
<tr><td class="ms-formlabel">Trích yếu</td><td class="ms-formbody">{e(d['summary'])}</td></tr>
<tr><td class="ms-formlabel">Tệp đính kèm</td><td class="ms-formbody"><a href="{doc_file(d)}">{e(d['file'])}</a></td></tr>
</table></div>"""
        p.page(doc_url(d), f"pages/vanban/{d['id']}.html", layout(f"{d['number']} - {s['name']}", main, f"ChiTietVanBan.aspx?ItemID={d['id']}"), "other")
    rows = "".join(f'<tr><td>{i}</td><td><a href="{doc_url(d)}">{e(d["number"])}</a></td><td>{d["issued"]}</td><td>{e(d["summary"])}</td></tr>'
                   for i, d in enumerate(src.DOCUMENTS, 1))
    p.page(docs_url, "pages/vanban/index.html", layout(f"Văn bản - {s['name']}", crumb((None, "Văn bản")) + f"""
<div class="category-title"><span>Văn bản chỉ đạo, điều hành</span></div>
<table class="ms-listviewtable"><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>""", "default.aspx"), "listing")

    # -- the weekly schedule: a calendar without end ---------------------------------------------
    def week_page(y: int, w: int) -> str:
        monday = _dt.date.fromisocalendar(y, w, 1)
        prev, nxt = monday - _dt.timedelta(days=7), monday + _dt.timedelta(days=7)
        py, pw, _ = prev.isocalendar()
        ny, nw, _ = nxt.isocalendar()
        offset = (monday - _dt.date.fromisocalendar(year, week, 1)).days // 7
        if offset == 0:
            entries = src.SCHEDULE
        elif -30 <= offset < 0:
            entries = [("Thứ Hai", "Sáng", "Chủ tịch UBND xã chủ trì giao ban đầu tuần", "Hội trường UBND xã"),
                       ("Thứ Tư", "Sáng", "Tiếp công dân định kỳ", "Phòng tiếp công dân")]
        else:
            entries = []
        table = ("".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(c)}</td><td>{e(pl)}</td></tr>" for d, t, c, pl in entries)
                 or '<tr><td colspan="4">Chưa có lịch công tác tuần này.</td></tr>')
        main = crumb((None, "Lịch công tác")) + f"""
<div class="category-title"><span>Lịch công tác</span></div>
<div class="lich-nav"><a href="{schedule_url}?tuan={pw}&amp;nam={py}" class="tuan-truoc">« Tuần trước</a> <a href="{schedule_url}" class="tuan-nay">Tuần hiện tại</a> <a href="{schedule_url}?tuan={nw}&amp;nam={ny}" class="tuan-sau">Tuần sau »</a></div>
<div class="lich-tieude">LỊCH CÔNG TÁC TUẦN {w} NĂM {y} (Từ ngày {monday.strftime('%d/%m/%Y')} đến ngày {(monday + _dt.timedelta(days=6)).strftime('%d/%m/%Y')})</div>
<table class="lich-cong-tac"><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Địa điểm</th></tr>{table}</table>"""
        return layout(f"Lịch công tác - {s['name']}", main, "Lich-cong-tac.aspx")

    this_monday = _dt.date.fromisocalendar(year, week, 1)
    for k in range(-src.SCHEDULE_SPAN, src.SCHEDULE_SPAN + 1):
        y, w, _ = (this_monday + _dt.timedelta(days=7 * k)).isocalendar()
        p.page(f"{schedule_url}?tuan={w}&nam={y}", f"pages/lich/{y}-{w:02d}.html", week_page(y, w), "other")
        if k == 0:
            p.alias(schedule_url, f"pages/lich/{y}-{w:02d}.html", "other")

    # -- about, contact, robots --------------------------------------------------------------------
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/portal/Pages/Gioi-thieu.aspx", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", crumb((None, "Giới thiệu")) + f"""
<div class="news-detail"><h1 class="news-detail-title">Giới thiệu chung về {e(s['unit'])}</h1>
<div class="news-detail-content ms-rtestate-field">
{about}
</div></div>""", "Gioi-thieu.aspx"), "other")
    p.page("/portal/Pages/Lien-he.aspx", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", crumb((None, "Liên hệ")) + f"""
<div class="lienhe"><p><strong>ỦY BAN NHÂN DÂN {e(unit_upper)}</strong></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p>
<p>Họ và tên: <input name="ctl00$PlaceHolderMain$txtHoTen" type="text" /></p><p>Nội dung: <textarea name="ctl00$PlaceHolderMain$txtNoiDung"></textarea></p><input type="submit" name="ctl00$PlaceHolderMain$btnGui" value="Gửi liên hệ" /></div>""", "Lien-he.aspx"), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /portal/_layouts/\n",
          "text/plain; charset=utf-8")
    return p


# -- HueCIT-style multi-level portal: GUIDs in every URL, no numeric id --------------------------


def guid(*names: str) -> str:
    """A fixed GUID for a name (uppercase, as these portals print them)."""
    return str(_uuid.uuid5(_uuid.NAMESPACE_URL, "huecit-model:" + "/".join(names))).upper()


def build_guid_portal(src) -> Portal:
    s = src.SITE
    p = Portal(src, "huecit-guid", (
        "MODELLED, not copied: a ward portal on a multi-level portal product of the kind HueCIT "
        "builds (Thừa Thiên Huế): URLs carry GUIDs and no numeric id; stories at "
        "/<Section>/<Sub>/tid/<Slug>/newsid/<GUID>/cid/<GUID>, sub-category listings at "
        "/<Section>/tid/<Sub>/cid/<GUID> and section listings (all their subs' stories) at "
        "/<Section>/tid/<Section>/cid/<GUID>, paged by /page/<n> (page 1 linked as /page/1 too); "
        "two stories are also shown in the 'Chuyển đổi số' section and served under its path "
        "as well (one naming its first path as canonical, one with no canonical link: the "
        "older item layout emits none); every story links a print page /Print/tid/<Slug>/newsid/"
        "<GUID> (no canonical, window.print on load) and a 'send to friend' form /Send-to-friend/"
        "tid/<Slug>/newsid/<GUID>; a home page of category blocks, each one featured story with a "
        "long lead plus titles; a left column tree of every section and sub; documents with "
        "detail pages (/Van-ban/Van-ban-dieu-hanh/tid/<Slug>/docid/<GUID>/cid/<GUID>); about, "
        "contact and weekly schedule pages; a notice of one sentence and a PDF. Invented unit "
        "and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=23, today=486, yesterday=512, total=1046320)
    base = s["base_url"]
    news_id = {x["slug"]: guid("news", x["slug"]) for x in arts}
    sub_id = {k: guid("cat", *k) for k in src.SECTIONS}
    section_id = {sec: guid("section", sec) for sec in src.SECTION_NAMES}
    cds = ("Chuyen-doi-so", "Chinh-quyen-so")

    def story_url(x: dict, where: tuple[str, str] | None = None) -> str:
        sec, sub = where or x["section"]
        return f"/{sec}/{sub}/tid/{x['slug']}/newsid/{news_id[x['slug']]}/cid/{sub_id[(sec, sub)]}"

    def sub_url(k: tuple[str, str]) -> str:
        return f"/{k[0]}/tid/{k[1]}/cid/{sub_id[k]}"

    def section_url(sec: str) -> str:
        return f"/{sec}/tid/{sec}/cid/{section_id[sec]}"

    def in_sub(k: tuple[str, str]) -> list[dict]:
        return [x for x in arts if x["section"] == k or (k == cds and x["also"])]

    def shown_url(x: dict, k: tuple[str, str]) -> str:
        return story_url(x, k if k == cds else None)

    about_url = f"/Gioi-thieu/tid/Gioi-thieu-chung/cid/{guid('section', 'Gioi-thieu')}"
    schedule_url = f"/Lich-cong-tac/tid/Lich-cong-tac-tuan/cid/{guid('section', 'Lich-cong-tac')}"
    docs_url = f"/Van-ban/tid/Van-ban-dieu-hanh/cid/{guid('section', 'Van-ban')}"
    contact_url = "/Lien-he"

    def doc_url(d: dict) -> str:
        return f"/Van-ban/Van-ban-dieu-hanh/tid/{d['slug']}/docid/{guid('doc', d['slug'])}/cid/{guid('section', 'Van-ban')}"

    top_menu = [("/", "Trang chủ"), (about_url, "Giới thiệu"),
                *((section_url(sec), n) for sec, n in src.SECTION_NAMES.items()),
                (docs_url, "Văn bản"), (schedule_url, "Lịch công tác"), (contact_url, "Liên hệ")]

    def layout(title: str, main: str, canonical: str | None = None) -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in top_menu)
        tree = "".join(
            f'<li class="cap1"><a href="{section_url(sec)}">{e(n)}</a><ul>'
            + "".join(f'<li class="cap2"><a href="{sub_url(k)}">{e(sn)}</a></li>' for k, sn in src.SECTIONS.items() if k[0] == sec)
            + "</ul></li>" for sec, n in src.SECTION_NAMES.items())
        docs = "".join(f'<li><a href="{doc_url(d)}">{e(d["number"])}</a> <span>({d["issued"]})</span><div>{e(d["summary"])}</div></li>'
                       for d in src.DOCUMENTS)
        canon = f'\n<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>{canon}
<meta name="keywords" content="{a(s['name'])}" />
<link href="/Portals/_default/Skins/CongThongTin/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Resources/Shared/scripts/jquery/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="banner"><a href="/"><img src="/Portals/0/Banner/banner-huongkhe.jpg" alt="{a(s['name'])}" /></a></div>
<div id="topmenu"><ul class="menu">{menu}</ul></div>
<div id="toolbar"><span class="ngay-hien-tai">Thứ Sáu, 10/10/2025</span><form action="/Tim-kiem" method="get" class="tim-kiem"><input type="text" name="keyword" /><input type="submit" value="Tìm kiếm" /></form></div>
<div id="content">
<div id="leftcol"><div class="module"><div class="module-title">Chuyên mục</div><ul class="cay-chuyen-muc">{tree}</ul></div></div>
<div id="centercol">
{main}
</div>
<div id="rightcol">
<div class="module"><div class="module-title">Văn bản mới</div><ul class="van-ban-moi">{docs}</ul></div>
<div class="module"><div class="module-title">Lịch công tác</div><a href="{schedule_url}">Lịch công tác tuần</a></div>
<div class="module"><div class="module-title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{''.join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)}</select></div>
<div class="module"><div class="module-title">Thống kê truy cập</div><table class="thong-ke"><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>486</td></tr><tr><td>Hôm qua:</td><td>512</td></tr><tr><td>Tất cả:</td><td>1.046.320</td></tr></table></div>
</div>
</div>
<div id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ {e(s['unit'].upper())}</b></p>
<p>Cơ quan chủ quản: UBND {e(s['unit'])} - Địa chỉ: {e(s['address'])}</p>
<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p class="copyright">Phát triển bởi Trung tâm Công nghệ thông tin (phiên bản cổng đa cấp)</p></div>
</div>
</body>
</html>
"""

    def path_bar(*trail: tuple[str | None, str]) -> str:
        items = ['<a href="/">Trang chủ</a>'] + [f'<a href="{u}">{e(t)}</a>' if u else e(t) for u, t in trail]
        return f'<div class="duong-dan">{" » ".join(items)}</div>'

    def teaser(x: dict, k: tuple[str, str]) -> str:
        u = shown_url(x, k)
        return f"""<div class="tin-item"><a href="{u}"><img src="/Portals/0/News/{news_id[x['slug']]}/thumb.jpg" alt="" class="anh-tin" /></a>
<a href="{u}" class="tieu-de">{e(x['title'])}</a> <span class="ngay">({dmy(x['published'])})</span>
<p class="tom-tat">{e(x['sapo'] or x['paragraphs'][0])}</p><div class="clear"></div></div>"""

    def pager(root: str, page: int, pages: int) -> str:
        if pages == 1:
            return ""
        out = [f'<a href="{root}/page/1">Trang đầu</a>'] if page > 1 else []
        out += [f'<span class="current">{n}</span>' if n == page else f'<a href="{root}/page/{n}">{n}</a>' for n in range(1, pages + 1)]
        if page < pages:
            out += [f'<a href="{root}/page/{page + 1}">Trang sau</a>', f'<a href="{root}/page/{pages}">Trang cuối</a>']
        return f'<div class="phan-trang">{" ".join(out)}</div>'

    def listing(root: str, heading_trail: list[tuple[str | None, str]], name: str, items: list[tuple[dict, tuple[str, str]]],
                folder: str) -> None:
        pages = chunks(items, src.PAGE_SIZE)
        for i, chunk in enumerate(pages, 1):
            main = (path_bar(*heading_trail) + f'\n<div class="module-title chuyen-muc">{e(name)}</div>\n<div class="danh-sach-tin">\n'
                    + "\n".join(teaser(x, k) for x, k in chunk) + "\n</div>\n" + pager(root, i, len(pages)))
            p.page(root if i == 1 else f"{root}/page/{i}", f"pages/{folder}/page-{i}.html", layout(f"{name} - {s['name']}", main), "listing")
            if i == 1 and len(pages) > 1:
                p.alias(f"{root}/page/1", f"pages/{folder}/page-1.html", "listing")

    for sec, sec_name in src.SECTION_NAMES.items():
        subs = [k for k in src.SECTIONS if k[0] == sec]
        items = sorted(((x, k) for k in subs for x in in_sub(k)), key=lambda xk: xk[0]["published"], reverse=True)
        listing(section_url(sec), [(None, sec_name)], sec_name, items, sec)
        for k in subs:
            listing(sub_url(k), [(section_url(sec), sec_name), (None, src.SECTIONS[k])], src.SECTIONS[k],
                        [(x, k) for x in in_sub(k)], f"{sec}/{k[1]}")

    # -- home: one block per category, a featured story with a long lead plus titles -------------
    blocks = []
    for k, name in src.SECTIONS.items():
        items = in_sub(k)
        top, rest = items[0], items[1:4]
        blocks.append(f"""<div class="khoi-chuyen-muc"><div class="module-title"><a href="{sub_url(k)}">{e(name)}</a></div>
<div class="tin-noi-bat"><a href="{shown_url(top, k)}"><img src="/Portals/0/News/{news_id[top['slug']]}/anh.jpg" alt="" /></a>
<a href="{shown_url(top, k)}" class="tieu-de">{e(top['title'])}</a>
<p class="tom-tat">{e(long_lead(top, 540))}</p></div>
<ul class="tin-khac">{''.join(f'<li><a href="{shown_url(y, k)}">{e(y["title"])}</a></li>' for y in rest)}</ul>
<a class="xem-them" href="{sub_url(k)}">Xem thêm</a></div>""")
    p.page("/", "pages/index.html", layout(s["name"], "\n".join(blocks)), "home")

    # -- stories, their second paths, print and send-to-friend pages ------------------------------
    for x in arts:
        name = src.SECTIONS[x["section"]]
        nid = news_id[x["slug"]]
        print_url = f"/Print/tid/{x['slug']}/newsid/{nid}"
        send_url = f"/Send-to-friend/tid/{x['slug']}/newsid/{nid}"
        others = [y for y in in_sub(x["section"]) if y is not x][:5]
        body = "\n".join(f"<p style=\"text-align: justify;\">{e(t)}</p>" for t in x["paragraphs"][:-1])
        body += f'\n<p style="text-align: right;"><b>{e(x["paragraphs"][-1])}</b></p>'
        attachment = ""
        if x.get("attachment"):
            fname, label = x["attachment"]
            attachment = f'<div class="file-dinh-kem">File đính kèm: <a href="/Portals/0/VanBan/{fname}">{e(label)}</a></div>'
        sapo = f'<div class="tom-tat-chi-tiet"><b>{e(x["sapo"])}</b></div>\n' if x["sapo"] else ""

        def detail(k: tuple[str, str], x: dict = x, sapo: str = sapo, body: str = body, attachment: str = attachment,
                   print_url: str = print_url, send_url: str = send_url, others: list = others) -> str:
            return path_bar((section_url(k[0]), src.SECTION_NAMES[k[0]]), (sub_url(k), src.SECTIONS[k])) + f"""
<div class="chi-tiet-tin">
<h1 class="tieu-de-chi-tiet">{e(x['title'])}</h1>
<div class="ngay-dang">Cập nhật lúc {hm(x['published'])}, {weekday(x['published'])}, {dmy(x['published'])}</div>
{sapo}<div class="noi-dung">
{body}
</div>
{attachment}
<div class="cong-cu"><a href="{print_url}" target="_blank">In bài</a> | <a href="{send_url}">Gửi cho bạn bè</a> | <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="tin-lien-quan"><div class="module-title">Các tin khác</div><ul>{''.join(f'<li><a href="{story_url(y)}">{e(y["title"])}</a> <span class="ngay">({dmy(y["published"])})</span></li>' for y in others)}</ul></div>"""

        canonical = story_url(x) if x["canonical"] else None
        p.page(story_url(x), f"pages/tin/{nid}.html", layout(f"{x['title']} - {s['name']}", detail(x["section"]), canonical), "article")
        p.article_gold(ascii_slug(x["slug"]).lower()[:60], story_url(x), x, [t for t in [x["sapo"], *x["paragraphs"]] if t], name,
                       ["In bài", "Gửi cho bạn bè", "Quay lại", "Các tin khác", "Văn bản mới", "Chuyên mục",
                        "Thống kê truy cập", "Cơ quan chủ quản", "Lịch công tác tuần"], counter)
        if x.get("attachment"):  # the notice's "File đính kèm" box: its attachment (gold corrected, README)
            p.gold[ascii_slug(x["slug"]).lower()[:60]]["attachments"] = [
                {"url": f"/Portals/0/VanBan/{x['attachment'][0]}", "name": x["attachment"][1]}]
        if x["also"]:
            p.page(story_url(x, cds), f"pages/tin/{nid}-cds.html", layout(f"{x['title']} - {s['name']}", detail(cds), canonical), "duplicate")
        printed = "\n".join(f"<p>{e(t)}</p>" for t in [x["sapo"], *x["paragraphs"]] if t)
        p.page(print_url, f"pages/in/{nid}.html", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(x['title'])}</title>
<link href="/Portals/_default/Skins/CongThongTin/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();"><div class="trang-in">
<div class="dau-trang-in">{e(s['name'].upper())}</div>
<h1>{e(x['title'])}</h1>
<div class="ngay-dang">{dmy(x['published'])} {hm(x['published'])}</div>
<div class="noi-dung-in">
{printed}
</div>
<div class="nguon">Địa chỉ bài viết: {base}{story_url(x)}</div>
</div></body></html>
""", "duplicate")
        p.page(send_url, f"pages/gui/{nid}.html", layout(f"Gửi cho bạn bè - {s['name']}", path_bar((None, "Gửi cho bạn bè")) + f"""
<div class="gui-ban-be"><div class="module-title">Gửi bài viết cho bạn bè</div>
<p>Bài viết: <a href="{story_url(x)}">{e(x['title'])}</a></p>
<form method="post" action="{send_url}"><table>
<tr><td>Họ tên người gửi:</td><td><input type="text" name="ten_nguoi_gui" /></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="email_nguoi_gui" /></td></tr>
<tr><td>Email người nhận:</td><td><input type="text" name="email_nguoi_nhan" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loi_nhan"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form></div>"""), "other")

    # -- documents, about, contact, schedule ---------------------------------------------------
    for d in src.DOCUMENTS:
        p.raw(f"/Portals/0/VanBan/{d['file']}", f"files/{d['file']}", tiny_pdf(d["number"]), "application/pdf")
        p.page(doc_url(d), f"pages/van-ban/{d['slug']}.html", layout(f"{d['number']} - {s['name']}", path_bar((docs_url, "Văn bản"), (None, d["number"])) + f"""
<table class="chi-tiet-van-ban">
<tr><td>Số/Ký hiệu:</td><td>{e(d['number'])}</td></tr>
<tr><td>Ngày ban hành:</td><td>{d['issued']}</td></tr>
<tr><td>Loại văn bản:</td><td>{e(d['kind'])}</td></tr>
<tr><td>Cơ quan ban hành:</td><td>UBND {e(s['unit'])}</td></tr>
<tr><td>Trích yếu:</td><td>{e(d['summary'])}</td></tr>
<tr><td>Tải về:</td><td><a href="/Portals/0/VanBan/{d['file']}">{e(d['file'])}</a></td></tr>
</table>"""), "other")
    rows = "".join(f'<tr><td>{i}</td><td><a href="{doc_url(d)}">{e(d["number"])}</a></td><td>{d["issued"]}</td><td>{e(d["summary"])}</td></tr>'
                   for i, d in enumerate(src.DOCUMENTS, 1))
    p.page(docs_url, "pages/van-ban/index.html", layout(f"Văn bản - {s['name']}", path_bar((None, "Văn bản")) + f"""
<div class="module-title chuyen-muc">Văn bản chỉ đạo, điều hành</div>
<table class="danh-sach-van-ban"><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"""), "listing")
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page(about_url, "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", path_bar((None, "Giới thiệu")) + f"""
<div class="chi-tiet-tin"><h1 class="tieu-de-chi-tiet">Giới thiệu chung về {e(s['unit'])}</h1>
<div class="noi-dung">
{about}
</div></div>"""), "other")
    p.page(contact_url, "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", path_bar((None, "Liên hệ")) + f"""
<div class="lien-he"><p><b>ỦY BAN NHÂN DÂN {e(s['unit'].upper())}</b></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p></div>"""), "other")
    sched = "".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(c)}</td><td>{e(pl)}</td></tr>" for d, t, c, pl in src.SCHEDULE)
    p.page(schedule_url, "pages/lich-cong-tac.html", layout(f"Lịch công tác - {s['name']}", path_bar((None, "Lịch công tác")) + f"""
<div class="module-title chuyen-muc">Lịch công tác tuần từ 06/10/2025 đến 12/10/2025</div>
<table class="lich-cong-tac"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{sched}</table>"""), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /Tim-kiem\nDisallow: /Admin/\n", "text/plain; charset=utf-8")
    return p


SITES += ("sonkhe", "huongkhe")
BUILDERS.update({"sonkhe": build_sharepoint_portal, "huongkhe": build_guid_portal})
# == end of holdout-portal block


# == holdout-opaque: IBM WebSphere Portal + WCM (lackhe), Oracle WebCenter/ADF (binhkhe) ========
# (a block of its own, appended after BUILDERS to ease merging: it registers its two portals)


def _opaque_token(*seed: object, size: int = 76) -> str:
    """A WebSphere Portal state token: base64url-like, deterministic in ``seed``."""
    import base64
    import hashlib
    digest = hashlib.sha512("|".join(map(str, seed)).encode()).digest()
    return ("hY_BCoJAEIZfpQfwMDO6rnrcIEwjiKTUvchWakZuYVKHnj7rEOSlvo_MP3w_" +
            base64.urlsafe_b64encode(digest).decode().rstrip("="))[:size]


def build_websphere(src) -> Portal:
    s = src.SITE
    base = s["base_url"]
    p = Portal(src, "websphere-portal", (
        "MODELLED, not copied: a district portal on IBM WebSphere Portal 8.5 with Web Content "
        "Manager: every portal page is an opaque state-encoded URL /wps/portal/lackhe/!ut/p/z1/"
        "<token>/dz/d5/<token>/ whose token carries the portlets' render state, so one page is "
        "served under several URLs (the menu's link and a pager's link to page 1 differ; each "
        "pager link names the page it came from); every portal page has <base href> set to its "
        "own opaque URL, and its relative links (?1dmy&urile=wcm:path:… teasers in the home and "
        "'Tin mới' portlets, ?uri=nm:oid:… footer links, which redirect) resolve against it, so "
        "each page makes new URLs for the same stories; stories are also served by the WCM "
        "connect servlet /wps/wcm/connect/<library>/<site>/<section>/<slug> (what the section "
        "lists link), the in-portal rendering names it canonical for half the stories, the "
        "connect rendering names itself for half; files /wps/wcm/connect/…pdf?MOD=AJPERES; "
        "#layoutContainers, portlet windows with titles, the theme's nav. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    lib = src.LIBRARY
    empty_state = "L2dBISEvZ0FBIS9nQSEh"
    pages = {"home": ("Trang chủ", "Z6_K8G41A02L8V3D0A6B5EQ2V3000"),
             **src.SECTIONS,
             "van-ban": ("Văn bản chỉ đạo", "Z6_K8G41A02L8V3D0A6B5EQ2V3005"),
             "lich-cong-tac": ("Lịch công tác", "Z6_K8G41A02L8V3D0A6B5EQ2V3007"),
             "gioi-thieu": ("Giới thiệu", "Z6_K8G41A02L8V3D0A6B5EQ2V3009"),
             "lien-he": ("Liên hệ", "Z6_K8G41A02L8V3D0A6B5EQ2V3011")}
    footer_pages = ("gioi-thieu", "lien-he", "lich-cong-tac")

    def opaque(page: str, state: str = "menu") -> str:
        return f"/wps/portal/{s['id']}/!ut/p/z1/{_opaque_token(page, state)}/dz/d5/{empty_state}/"

    def connect(x: dict) -> str:
        return f"/wps/wcm/connect/{lib}/{s['id']}/{x['section']}/{x['slug']}"

    def urile(x: dict) -> str:
        return ("?1dmy&urile=wcm%3Apath%3A%2F" + lib + "%2F" + s["id"] + "%2F" + x["section"]
                + "%2F" + x["slug"])

    bases: list[tuple[str, str]] = []  # (page URL used as <base href>, its file) of portal pages

    def nav(active: str) -> str:
        items = "".join(
            f'<li class="wpthemeNavListItem wpthemeLeft{" wpthemeSelected" if key == active else ""}">'
            f'<a href="{opaque(key)}" class="wpthemeLeft"><span lang="vi">{e(title)}</span></a></li>'
            for key, (title, _) in pages.items() if key not in ("lich-cong-tac",))
        return f'<nav class="wpthemeMainNav wpthemeLeft wpthemeClear" aria-label="Main Navigation" role="navigation"><ul class="wpthemeNavList">{items}</ul></nav>'

    def control(wid: str, title: str, body: str) -> str:
        return f"""<section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget" id="{wid}" role="region" aria-labelledby="title.{wid}">
<div class="asa.portlet" id="asa.portlet.{wid}" style="display:none;"><span class="asa.portlet.id">{wid}</span></div>
<header class="wpthemeControlHeader" role="banner"><h2 id="title.{wid}"><img class="dndHandle" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEAAAAALAAAAAABAAEAAAIBTAA7" alt="" /><span class="asa.portlet.title">{e(title)}</span></h2></header>
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
<!-- start portlet content -->
{body}
<!-- end portlet content -->
</div>
</section>"""

    def sidebar() -> str:
        items = "".join(f'<li><a href="{urile(x)}">{e(x["title"])}</a> <span class="ngay">({dmy(x["published"])})</span></li>'
                        for x in arts[:3])
        return control("Z7_K8G41A02L8V3D0A6B5EQ2V30G1", "Tin mới", f'<ul class="tin-moi">{items}</ul>') + control(
            "Z7_K8G41A02L8V3D0A6B5EQ2V30G3", "Thống kê truy cập",
            '<table class="thong-ke"><tr><td>Đang trực tuyến:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.486</td></tr>'
            '<tr><td>Tổng số lượt truy cập:</td><td>2.381.904</td></tr></table>')

    def footer(relative: bool) -> str:
        def href(key: str) -> str:
            return f"?uri=nm:oid:{pages[key][1]}" if relative else opaque(key)
        links = " | ".join(f'<a href="{href(k)}">{e(pages[k][0])}</a>' for k in footer_pages)
        return f"""<footer class="wpthemeFooter" role="contentinfo"><div class="wpthemeInner">
<p class="footer-links">{links}</p>
<p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC KHÊ</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])} - Địa chỉ: {e(s['address'])}</p>
<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
</div></footer>"""

    def theme(title: str, here: str | None, active: str, main: str, side: bool,
              canonical: str | None = None) -> str:
        """A portal page (``here``: its opaque URL, the base href) or, with ``here`` None, the
        WCM connect servlet's rendering through the site's presentation template."""
        head_extra = f'<base href="{base}{here}">\n' if here else ""
        if canonical:
            head_extra += f'<link rel="canonical" href="{base}{canonical}">\n'
        right = f'<div class="component-container wpthemeCol wpthemeCol4 wpthemeRight id-Z7_K8G41A02L8V3D0A6B5EQ2V30C4" id="Z7_K8G41A02L8V3D0A6B5EQ2V30C4">{sidebar()}</div>' if side else ""
        width = 8 if side else 12
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
{head_extra}<title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!Yl1u2kvZTd9QPmbXgJBAaw/sp/mashup:ra:collection?soffset=0&amp;eoffset=8&amp;themeID=ZJ_K8G41A02L8V3D0A6B5EQ2V30Q3&amp;locale=vi&amp;mime=text%2Fcss&amp;lm=1728029843000&amp;entry=wp_theme_portal_85__0.0%3Ahead_css&amp;entry=wp_portlet_css__0.0%3Ahead_css">
<link rel="stylesheet" href="/wps/wcm/connect/{lib}/theme/lackhe.css?MOD=AJPERES">
</head>
<body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
<header role="banner"><div class="wpthemeHeader"><div class="wpthemeInner">
<div class="wpthemeLogo wpthemeLeft"><a href="{opaque('home')}"><img src="/wps/wcm/connect/{lib}/theme/banner.jpg?MOD=AJPERES" alt="{a(s['name'])}"></a></div>
<div class="wpthemeBanner">{e(s['name'].upper())}</div>
<div class="wpthemeDate">Thứ Hai, 06/10/2025</div>
</div></div>
<div class="wpthemeMainNavContainer"><div class="wpthemeInner">{nav(active)}</div></div>
</header>
<div class="wpthemeMainContent" id="wpthemeMainContent" role="main" tabindex="-1">
<div class="wptheme1Col"><div class="component-container wpthemeFull id-Z7_K8G41A02L8V3D0A6B5EQ2V30A0" name="ibmMainContainer" id="Z7_K8G41A02L8V3D0A6B5EQ2V30A0"></div></div>
<div id="layoutContainers" class="wpthemeLayoutContainers wpthemeInner">
<div class="hiddenWidgetsDiv"><div class="component-container ibmDndColumn wpthemeFull id-Z7_K8G41A02L8V3D0A6B5EQ2V30A2" name="ibmHiddenWidgets" id="Z7_K8G41A02L8V3D0A6B5EQ2V30A2"></div></div>
<div class="wpthemeInner"><div class="component-container wpthemeRow id-Z7_K8G41A02L8V3D0A6B5EQ2V30A4" id="Z7_K8G41A02L8V3D0A6B5EQ2V30A4">
<div class="component-container wpthemeCol wpthemeCol{width} wpthemeLeft id-Z7_K8G41A02L8V3D0A6B5EQ2V30C2" id="Z7_K8G41A02L8V3D0A6B5EQ2V30C2">
{main}
</div>
{right}
</div></div>
</div>
</div>
{footer(here is not None)}
</div>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!Yl1u2kvZTd9QPmbXgJBAaw/mashup/ra:collection?themeID=ZJ_K8G41A02L8V3D0A6B5EQ2V30Q3&amp;locale=vi&amp;mime=text%2Fjavascript&amp;entry=wp_theme_portal_85__0.0%3Ahead_js"></script>
</body>
</html>
"""

    def portal_page(url: str, file: str, title: str, active: str, main: str, side: bool, page_class: str,
                    canonical: str | None = None) -> None:
        p.page(url, file, theme(title, url, active, main, side, canonical), page_class)
        bases.append((url, file))

    def story_block(x: dict, crumbs: str) -> str:
        body = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        return f"""<div class="wcm-chi-tiet">
<div class="duong-dan">{crumbs}</div>
<h1 class="tieu-de">{e(x['title'])}</h1>
<div class="ngay-dang">Cập nhật lúc {hm(x['published'])} ngày {dmy(x['published'])}</div>
<div class="sapo"><strong>{e(x['sapo'])}</strong></div>
<div class="noi-dung">
{body}
</div>
<div class="tac-gia">{e(x['author'])}</div>
</div>"""

    def teaser(x: dict, href: str) -> str:
        return (f'<div class="tin-item"><a class="tieu-de" href="{href}">{e(x["title"])}</a>'
                f'<span class="ngay">{dmy(x["published"])}</span><p class="tom-tat">{e(x["sapo"])}</p></div>')

    # home: the portlet "Tin tức - Sự kiện" (relative ?urile= teasers), "Văn bản chỉ đạo"
    home_main = control("Z7_K8G41A02L8V3D0A6B5EQ2V30G5", "Tin tức - Sự kiện",
                        '<div class="wcm-danh-sach">' + "".join(teaser(x, urile(x)) for x in arts[:5]) + "</div>") + \
        control("Z7_K8G41A02L8V3D0A6B5EQ2V30G7", "Văn bản chỉ đạo",
                "<ul>" + "".join(f'<li><a href="{opaque("van-ban")}">{e(n)}: {e(t)}</a></li>' for n, _, t, _ in src.DOCUMENTS) + "</ul>")
    home_url = opaque("home")
    p.manifest.append({"path": "/", "content_type": HTML_TYPE, "status": 302, "location": home_url})
    p.manifest.append({"path": f"/wps/portal/{s['id']}", "content_type": HTML_TYPE, "status": 302, "location": home_url})
    portal_page(home_url, "pages/home.html", s["name"], "home", home_main, True, "home")

    # sections: 3 stories a page; the pager's link to page k from page m is a URL of its own
    for key, (title, _) in src.SECTIONS.items():
        items = [x for x in arts if x["section"] == key]
        chunked = chunks(items, src.PAGE_SIZE)
        for k, chunk in enumerate(chunked, 1):
            for m in [None, *range(1, len(chunked) + 1)]:
                if m == k or (m is None and k > 1):
                    continue
                url = opaque(key) if m is None else opaque(key, f"p{k}-from{m}")

                def to(n: int, here: int = k, section: str = key) -> str:
                    return opaque(section, f"p{n}-from{here}")
                pager = []
                if k > 1:
                    pager.append(f'<a href="{to(k - 1)}" title="Trang trước">&laquo;</a>')
                pager += [f'<span class="current">{n}</span>' if n == k else f'<a href="{to(n)}">{n}</a>'
                          for n in range(1, len(chunked) + 1)]
                if k < len(chunked):
                    pager.append(f'<a href="{to(k + 1)}" title="Trang sau">&raquo;</a>')
                body = ('<div class="wcm-danh-sach">' + "".join(teaser(x, connect(x)) for x in chunk) +
                        f'</div><div class="wcm-pager">{" ".join(pager)}</div>')
                file = f"pages/{key}/page-{k}" + ("" if m is None else f"-from-{m}") + ".html"
                portal_page(url, file, f"{title} - {s['name']}", key, control("Z7_K8G41A02L8V3D0A6B5EQ2V30G9", title, body),
                            True, "listing")

    must_not = ["Cập nhật lúc", "Tin mới", "Tin khác", "Thống kê truy cập", "Cơ quan chủ quản",
                "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC KHÊ"]
    for x in arts:
        title, _ = src.SECTIONS[x["section"]]
        crumbs = f'<a href="{opaque("home")}">Trang chủ</a> &gt; <a href="{opaque(x["section"])}">{e(title)}</a>'
        others = [o for o in arts if o["section"] == x["section"] and o is not x][:4]
        other_list = control("Z7_K8G41A02L8V3D0A6B5EQ2V30GB", "Tin khác",
                             "<ul>" + "".join(f'<li><a href="{connect(o)}">{e(o["title"])}</a> ({dmy(o["published"])})</li>' for o in others) + "</ul>")
        main = control("Z7_K8G41A02L8V3D0A6B5EQ2V30G9", title, story_block(x, crumbs)) + other_list
        # the connect servlet's rendering: the story's own URL (what the sections link)
        p.page(connect(x), f"pages/connect/{x['slug']}.html",
               theme(f"{x['title']} - {s['name']}", None, x["section"], main, False,
                     connect(x) if x["canonical_connect"] else None), "article")
        p.article_gold(x["slug"], connect(x), x, [x["sapo"], *x["paragraphs"], x["author"]], title, must_not, None)
        # the portal's rendering of the story in its section page (the URL ?urile= leads to,
        # and the base href it then carries)
        p.files[f"pages/portal/{x['slug']}.html"] = unicodedata.normalize("NFC", theme(
            f"{x['title']} - {s['name']}", opaque(x["section"], "content-" + x["slug"]), x["section"],
            main, True, connect(x) if x["canonical_portal"] else None)).encode("utf-8")
        bases.append((opaque(x["section"], "content-" + x["slug"]), f"pages/portal/{x['slug']}.html"))

    # documents, schedule, about, contact: standing pages
    doc_rows = "".join(
        f'<tr><td>{e(n)}</td><td>{dmy(d + "T00:00")}</td><td>{e(t)}</td>'
        f'<td><a href="/wps/wcm/connect/{lib}/{_opaque_token("doc", f)[:36].lower()}/{f}.pdf?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_K8G41A02L8V3D0A6B5EQ2V3{i}">Tải về</a></td></tr>'
        for i, (n, d, t, f) in enumerate(src.DOCUMENTS))
    portal_page(opaque("van-ban"), "pages/van-ban.html", f"Văn bản chỉ đạo - {s['name']}", "van-ban",
                control("Z7_K8G41A02L8V3D0A6B5EQ2V30GD", "Văn bản chỉ đạo",
                        f'<table class="van-ban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{doc_rows}</tbody></table>'),
                False, "listing")
    for i, (_, _, t, f) in enumerate(src.DOCUMENTS):
        p.raw(f"/wps/wcm/connect/{lib}/{_opaque_token('doc', f)[:36].lower()}/{f}.pdf?MOD=AJPERES&CACHEID=ROOTWORKSPACE.Z18_K8G41A02L8V3D0A6B5EQ2V3{i}",
              f"files/{f}.pdf", tiny_pdf(t), "application/pdf")
    rows = "".join(f"<tr><td>{e(d)}</td><td>{e(t)}</td></tr>" for d, t in src.SCHEDULE)
    portal_page(opaque("lich-cong-tac"), "pages/lich-cong-tac.html", f"Lịch công tác - {s['name']}", "lich-cong-tac",
                control("Z7_K8G41A02L8V3D0A6B5EQ2V30GF", "Lịch công tác tuần",
                        f'<table class="lich"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>'), False, "other")
    portal_page(opaque("gioi-thieu"), "pages/gioi-thieu.html", f"Giới thiệu - {s['name']}", "gioi-thieu",
                control("Z7_K8G41A02L8V3D0A6B5EQ2V30GH", "Giới thiệu chung",
                        "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)), False, "other")
    portal_page(opaque("lien-he"), "pages/lien-he.html", f"Liên hệ - {s['name']}", "lien-he",
                control("Z7_K8G41A02L8V3D0A6B5EQ2V30GK", "Thông tin liên hệ",
                        f"<p>Ủy ban nhân dân {e(s['unit'])}</p><p>Địa chỉ: {e(s['address'])}</p>"
                        f"<p>Điện thoại: {e(s['phone'])}</p><p>Email: {e(s['email'])}</p>"), False, "other")

    # every URL a portal page's relative links make: its footer's ?uri=nm:oid: links (redirects
    # to the page's opaque URL) and, on pages with the "Tin mới" portlet or the home page's news
    # portlet, ?1dmy&urile=wcm:path:… (the story rendered in its section page)
    by_slug = {x["slug"]: x for x in arts}
    served = {m["path"] for m in p.manifest}
    for page_url, file in list(bases):
        text = p.files[file].decode("utf-8")
        for key in footer_pages:
            target = f"{page_url}?uri=nm:oid:{pages[key][1]}"
            if target not in served:
                served.add(target)
                p.manifest.append({"path": target, "content_type": HTML_TYPE, "status": 302, "location": opaque(key)})
        for slug in re.findall(r'urile=wcm%3Apath%3A%2F[^"]*%2F([a-z0-9-]+)"', text):
            target = page_url + urile(by_slug[slug])
            if target not in served:
                served.add(target)
                p.alias(target, f"pages/portal/{slug}.html", "duplicate")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /wps/myportal/\nDisallow: /wps/contenthandler/\n",
          "text/plain; charset=utf-8")
    return p


class SessionPortal(Portal):
    """A portal whose server writes session state into its URLs: site.json names the
    parameters and the values recorded in the files (``session_params``, read by the sample
    server), and every HTML entry is served with fresh values (``"session": true``)."""

    def __init__(self, src, template: str, notes: str, session: dict[str, str]):
        super().__init__(src, template, notes)
        self.session = session

    def write(self) -> None:
        for entry in self.manifest:
            if entry.get("content_type") == HTML_TYPE and "file" in entry:  # not a redirect
                entry["session"] = True
        super().write()
        out = HERE / self.site["id"] / "site.json"
        site = json.loads(out.read_text(encoding="utf-8"))
        site["session_params"] = self.session
        out.write_text(json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_adf(src) -> Portal:
    s = src.SITE
    root = src.PORTAL
    p = SessionPortal(src, "oracle-adf", (
        "MODELLED, not copied: a commune portal on Oracle WebCenter Portal (ADF Faces 12c): every "
        "link carries the session-state parameters _afrLoop=<n> and _adf.ctrl-state=<id>_<n>, "
        "which the server makes fresh in every response (site.json session_params), and a "
        "request without them is redirected (302) to the same URL with fresh ones: followed "
        "verbatim, the links are an endless set of unique URLs for the same few pages. Pages "
        "/webcenter/portal/binhkhe/pages_<name>, news lists paged by links ?_afrLoop=…&page=N, "
        "stories /webcenter/portal/binhkhe/pages_tin-tuc/<slug>?dDocName=<UCM id>, the home "
        "page's featured stories linked at the generic detail page pages_r/l/chi-tiet-tin?"
        "dDocName=<id> (no canonical); ADF component ids (T:oc_5868747166region1:listTmplt:"
        "pbl6) and compressed style classes, no heading element, the title in a span; a "
        "documents table whose next page is only an ADF event (javascript:AdfActionEvent…), "
        "so its two oldest documents are reachable by no URL. Invented unit and prose."),
        src.SESSION)
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    sess = "&amp;".join(f"{k}={v}" for k, v in src.SESSION.items())
    state = src.SESSION["_adf.ctrl-state"]
    region = "T:oc_5868747166region1"
    counter = counter_gold(online=12, today=316, total=98540)

    def link(path: str) -> str:
        """A link as ADF writes it: the session state first, the page's own parameters after."""
        page, _, query = path.partition("?")
        return f"{page}?{sess}" + (f"&amp;{query}" if query else "")

    def story(x: dict) -> str:
        return f"{root}/{x['category']}/{x['slug']}?dDocName={x['doc']}"

    menu = [(root, "Trang chủ"), *((f"{root}/{k}", v) for k, v in src.CATEGORIES.items()),
            (f"{root}/pages_van-ban", "Văn bản"), (f"{root}/pages_lich-cong-tac", "Lịch công tác"),
            (f"{root}/pages_gioi-thieu", "Giới thiệu"), (f"{root}/pages_lien-he", "Liên hệ")]

    def layout(title: str, action: str, active: str, main: str) -> str:
        nav = "".join(
            f'<td class="x1h{" navSelected" if u == active else ""}"><a id="pt1:nav:i1:{i}:cl1" class="xfm" href="{link(u)}">{e(t)}</a></td>'
            for i, (u, t) in enumerate(menu))
        latest = "".join(
            f'<div class="x1a newsLatestItem"><a id="pt1:r2:0:i1:{i}:gl1" class="xfm" href="{link(story(x))}">{e(x["title"])}</a></div>'
            for i, x in enumerate(arts[:5]))
        return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="p_AFMaximized">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(title)}</title>
<link rel="stylesheet" charset="UTF-8" type="text/css" href="/webcenter/afr/alta-v1/skin-12.2.1.4.css">
<script type="text/javascript" src="/webcenter/afr/partition/gecko/default/opt/boot-SIGNED-12.2.1.4.0.js"></script>
</head>
<body class="AFMaximized" onload="AdfPage.PAGE.onLoad()">
<form id="f1" name="f1" style="margin:0px" method="POST" onkeypress="return _submitOnEnter(event,'f1');" action="{action}?_adf.ctrl-state={state}">
<div id="pt1:oc_5868747166" class="x1a">
<div id="pt1:pgl1" class="x1a siteHeader"><img id="pt1:i1" src="/webcenter/content/conn/WebCenterSpaces-ucm/path/binhkhe/banner.jpg" alt="{a(s['name'])}" class="x10"><span class="af_outputText x2p siteTitle">{e(s['name'].upper())}</span></div>
<table id="pt1:nav" class="x1g navBar" cellpadding="0" cellspacing="0" border="0"><tr>{nav}</tr></table>
<table class="x1g" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
<td id="pt1:psl1:center" class="x1i" valign="top">
<div id="{region}" class="x1a">
{main}
</div>
</td>
<td id="pt1:psl1:end" class="x1i" valign="top" width="300">
<div id="pt1:r2" class="x1a sideBox"><div class="x1a sideBoxTitle"><span class="af_outputText x2p">Tin mới nhất</span></div>{latest}</div>
<div id="pt1:r3" class="x1a sideBox"><div class="x1a sideBoxTitle"><span class="af_outputText x2p">Thống kê truy cập</span></div>
<table class="x1g counter"><tr><td>Đang trực tuyến</td><td>12</td></tr><tr><td>Hôm nay</td><td>316</td></tr><tr><td>Tổng lượt truy cập</td><td>98.540</td></tr></table></div>
</td></tr></table>
<div id="pt1:pgl9" class="x1a siteFooter"><span class="af_outputText x2p">Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])}</span><br><span class="af_outputText x2p">Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</span></div>
</div>
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">
<input type="hidden" name="javax.faces.ViewState" value="!-7qg5rwlvc">
<span id="afr::postscript"><script type="text/javascript">AdfPage.PAGE.clearMessages();AdfPage.PAGE.clearSubtreeMessages('f1');</script></span>
</form>
</body>
</html>
"""

    def item(x: dict, i: int, tmpl: str = "listTmplt", href: str | None = None) -> str:
        lead = x["paragraphs"][0][:170].rsplit(" ", 1)[0] + "..."
        return (f'<div id="{region}:{tmpl}:i1:{i}:pgl3" class="x1a newsItem">'
                f'<a id="{region}:{tmpl}:i1:{i}:gl1" class="xfm" href="{link(href or story(x))}">{e(x["title"])}</a>'
                f'<span id="{region}:{tmpl}:i1:{i}:ot2" class="af_outputText x2p newsDate">({dmy(x["published"])})</span>'
                f'<div id="{region}:{tmpl}:i1:{i}:pgl4" class="x1a newsLead"><span class="af_outputText x2p">{e(lead)}</span></div></div>')

    def box(title: str, inner: str, ident: str) -> str:
        return (f'<div id="{region}:{ident}" class="x1a contentBox"><div class="x1a contentBoxTitle">'
                f'<span class="af_outputText x2p">{e(title)}</span></div>{inner}</div>')

    # home: featured (the generic detail page), the two sections' newest
    featured = [x for x in arts if x["featured"]]
    first = featured[0]
    feat = (f'<div class="x1a featuredNews"><a id="{region}:homeTmplt:gl0" class="xfm" href="{link(root + "/pages_r/l/chi-tiet-tin?dDocName=" + first["doc"])}">'
            f'<span class="af_outputText x2p featuredTitle">{e(first["title"])}</span></a>'
            f'<div class="x1a"><span class="af_outputText x2p">{e(long_lead(first, 480))}</span></div></div>'
            + "".join(item(x, i, "homeTmplt", f"{root}/pages_r/l/chi-tiet-tin?dDocName={x['doc']}") for i, x in enumerate(featured[1:], 1)))
    home_main = box("Tin nổi bật", feat, "homeTmplt:pbl1") + "".join(
        box(name, "".join(item(x, i, f"homeTmplt{c}") for i, x in enumerate([y for y in arts if y["category"] == key][:3])), f"homeTmplt:pbl{c + 2}")
        for c, (key, name) in enumerate(src.CATEGORIES.items()))
    p.manifest.append({"path": "/", "content_type": HTML_TYPE, "status": 302, "location": root})
    p.page(root, "pages/home.html", layout(s["name"], root, root, home_main), "home")

    for key, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == key]
        pages = chunks(items, src.PAGE_SIZE)
        for k, chunk in enumerate(pages, 1):
            url = f"{root}/{key}" + (f"?page={k}" if k > 1 else "")
            nums = []
            if k > 1:
                nums.append(f'<a class="xfm" href="{link(f"{root}/{key}?page={k - 1}")}">« Trước</a>')
            nums += [f'<span class="af_outputText x2p pagerCurrent">{n}</span>' if n == k else
                     f'<a id="{region}:listTmplt:pbl6:i2:{n}:cl3" class="xfm" href="{link(f"{root}/{key}?page={n}")}">{n}</a>'
                     for n in range(1, len(pages) + 1)]
            if k < len(pages):
                nums.append(f'<a class="xfm" href="{link(f"{root}/{key}?page={k + 1}")}">Sau »</a>')
            main = box(name, "".join(item(x, i) for i, x in enumerate(chunk)) +
                       f'<div id="{region}:listTmplt:pbl6" class="x1a pager">{" ".join(nums)}</div>', "listTmplt:pbl1")
            p.page(url, f"pages/{key}/page-{k}.html", layout(f"{name} - {s['name']}", f"{root}/{key}", f"{root}/{key}", main), "listing")
            if k == 1 and len(pages) > 1:  # the pager's "1" and "« Trước" name page 1 as ?page=1
                p.alias(f"{root}/{key}?page=1", f"pages/{key}/page-1.html", "listing")

    must_not = ["Tin mới nhất", "Thống kê truy cập", "Cơ quan chủ quản", "Lượt xem", "Bản in", "Các tin khác"]
    for x in arts:
        name = src.CATEGORIES[x["category"]]
        body = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        others = [o for o in arts if o["category"] == x["category"] and o is not x][:4]
        other_items = "".join(f'<div class="x1a"><a class="xfm" href="{link(story(o))}">{e(o["title"])}</a> <span class="af_outputText x2p">({dmy(o["published"])})</span></div>' for o in others)
        main = f"""<div id="{region}:detailTmplt:pgl1" class="x1a newsDetail">
<div id="{region}:detailTmplt:pgl2" class="x1a breadcrumb"><a class="xfm" href="{link(root)}">Trang chủ</a> <span class="af_outputText x2p">›</span> <a class="xfm" href="{link(f'{root}/{x["category"]}')}">{e(name)}</a></div>
<div id="{region}:detailTmplt:pgl3" class="x1a"><span id="{region}:detailTmplt:ot1" class="af_outputText x2p newsTitle">{e(x['title'])}</span></div>
<div id="{region}:detailTmplt:pgl4" class="x1a newsMeta"><span id="{region}:detailTmplt:ot2" class="af_outputText x2p">{dmy(x['published'])} {hm(x['published'])}</span> <span class="af_outputText x2p">| Lượt xem: {40 + len(x['slug'])}</span></div>
<div id="{region}:detailTmplt:pgl5" class="x1a newsContent">
{body}
</div>
<div id="{region}:detailTmplt:pgl6" class="x1a newsAuthor" style="text-align:right"><span class="af_outputText x2p"><b>{e(x['author'])}</b></span></div>
<div id="{region}:detailTmplt:pgl7" class="x1a newsTools"><a class="xfm" href="javascript:window.print()">Bản in</a></div>
</div>
{box("Các tin khác", other_items, "detailTmplt:pbl9")}"""
        html_page = layout(f"{x['title']} - {s['name']}", f"{root}/{x['category']}/{x['slug']}", f"{root}/{x['category']}", main)
        p.page(story(x), f"pages/tin/{x['doc']}.html", html_page, "article")
        p.article_gold(x["doc"], story(x), x, [*x["paragraphs"], x["author"]], name, must_not, counter)
        if x["featured"]:
            p.alias(f"{root}/pages_r/l/chi-tiet-tin?dDocName={x['doc']}", f"pages/tin/{x['doc']}.html", "duplicate")

    # documents: an af:table of 4 rows, its next page only an ADF event (no URL)
    rows = "".join(
        f'<tr class="xzz"><td class="xzx">{e(n)}</td><td class="xzx">{dmy(d + "T00:00")}</td><td class="xzx">{e(t)}</td>'
        f'<td class="xzx"><a class="xfm" href="/cs/groups/binhkhe/documents/document/{doc.lower()}.pdf">Tải về</a></td></tr>'
        for n, d, t, doc in src.DOCUMENTS[:4])
    pager = (f'<div id="{region}:vbTmplt:pbl6" class="x1a pager"><span class="af_outputText x2p pagerCurrent">1</span> '
             f'<a id="{region}:vbTmplt:pbl6:cl2" class="xfm" href="javascript:AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId(\'{region}:vbTmplt:pbl6:cl2\'),true);">2</a> '
             f'<a id="{region}:vbTmplt:pbl6:cl9" class="xfm" href="javascript:AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId(\'{region}:vbTmplt:pbl6:cl9\'),true);">Sau »</a></div>')
    table = (f'<table id="{region}:vbTmplt:t1" class="x1g vanBan" summary="Văn bản"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>{rows}</table>' + pager)
    p.page(f"{root}/pages_van-ban", "pages/van-ban.html", layout(f"Văn bản - {s['name']}", f"{root}/pages_van-ban", f"{root}/pages_van-ban",
                                                                    box("Văn bản chỉ đạo, điều hành", table, "vbTmplt:pbl1")), "listing")
    for _, _, t, doc in src.DOCUMENTS:
        p.raw(f"/cs/groups/binhkhe/documents/document/{doc.lower()}.pdf", f"files/{doc.lower()}.pdf", tiny_pdf(t), "application/pdf")
    sched = "".join(f'<tr><td class="xzx">{e(d)}</td><td class="xzx">{e(t)}</td></tr>' for d, t in src.SCHEDULE)
    p.page(f"{root}/pages_lich-cong-tac", "pages/lich-cong-tac.html", layout(f"Lịch công tác - {s['name']}", f"{root}/pages_lich-cong-tac", f"{root}/pages_lich-cong-tac",
           box("Lịch công tác tuần", f'<table class="x1g lich"><tr><th>Ngày</th><th>Nội dung</th></tr>{sched}</table>', "lctTmplt:pbl1")), "other")
    p.page(f"{root}/pages_gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", f"{root}/pages_gioi-thieu", f"{root}/pages_gioi-thieu",
           box("Giới thiệu", "".join(f"<p>{e(t)}</p>" for t in src.ABOUT), "gtTmplt:pbl1")), "other")
    p.page(f"{root}/pages_lien-he", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", f"{root}/pages_lien-he", f"{root}/pages_lien-he",
           box("Liên hệ", f'<div class="x1a"><span class="af_outputText x2p">Ủy ban nhân dân {e(s["unit"])}</span><br><span class="af_outputText x2p">Địa chỉ: {e(s["address"])}</span><br>'
               f'<span class="af_outputText x2p">Điện thoại: {e(s["phone"])}</span></div>'
               f'<div class="x1a"><label>Họ tên</label><input id="{region}:lhTmplt:it1::content" name="{region}:lhTmplt:it1" type="text" class="x25"></div>'
               f'<div class="x1a"><label>Nội dung</label><textarea id="{region}:lhTmplt:it2::content" name="{region}:lhTmplt:it2" class="x25"></textarea></div>'
               f'<button id="{region}:lhTmplt:b1" class="xfp" onclick="AdfActionEvent.queue(this,true);return false;">Gửi</button>', "lhTmplt:pbl1")), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /webcenter/spaces/\nDisallow: /cs/idcplg\n",
          "text/plain; charset=utf-8")
    return p


SITES = (*SITES, "lackhe", "binhkhe")
BUILDERS.update({"lackhe": build_websphere, "binhkhe": build_adf})
# == end holdout-opaque ==========================================================================


# == holdout-subsite ==============================================================================
# -- Liferay province platform: a commune is a site under /web/<friendly-url>, beside siblings ---


def other_site(p: Portal, home: str) -> None:
    """Mark the manifest entry just added as a page of another site the same host serves (the
    province's own pages, a sibling commune's site): its page_class is its class on that site;
    it has no gold here, and a crawl of this portal must not store it."""
    p.manifest[-1]["other_site"] = home


def build_liferay_subsite(src) -> Portal:
    s = src.SITE
    p = Portal(src, "liferay-subsite", (
        "MODELLED, not copied: a commune portal that is no host of its own but a site of the "
        "province's shared Liferay 7 platform (since the 1 July 2025 reform): its pages under "
        "/web/<friendly-url>/ (home /web/xa-mai-khe, pages /web/xa-mai-khe/<page>), stories at the "
        "display page /web/xa-mai-khe/-/<slug> (Liferay's slugger drops đ) and again in the asset "
        "publisher's own view /web/xa-mai-khe/<page>/-/asset_publisher/<instance>/content/<slug> "
        "(canonical to the display page); asset publisher pagers "
        "?p_p_id=…AssetPublisherPortlet_INSTANCE_<id>&…_cur=<n>; the platform's top bar and "
        "footer link the province's own news (/ and /web/guest/…) and a 'Các xã, phường' menu "
        "links the sibling communes' sites, each with news pages and stories of its own; the "
        "logo and 'Trang chủ' name the commune site's home, not /; robots.txt names /sitemap.xml, "
        "which lists the guest site only; files under /documents/<group>/<folder>/<name>.pdf. "
        "Pages of other sites carry other_site (their home path) and their own page_class. "
        "Invented units and prose."))
    base = s["base_url"]
    home = f"/web/{s['friendly']}"
    counter = counter_gold(online=23, today=611, total=48215)
    guest_home = "/"

    def slug_url(site: str, slug: str) -> str:
        return f"{site}/-/{slug}"

    def ap_url(site: str, section: str, instance: str, slug: str) -> str:
        return f"{site}/{section}/-/asset_publisher/{instance}/content/{slug}"

    def cur_url(site: str, section: str, instance: str, n: int, delta: int) -> str:
        pid = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{instance}"
        return (f"{site}/{section}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
                f"&_{pid}_delta={delta}&_{pid}_cur={n}")

    communes = [(f"/web/{x['friendly']}", x["unit"]) for x in src.SIBLINGS]
    communes.insert(1, (home, s["unit"]))

    def layout(title: str, site_home: str, site_name: str, unit: str, menu: list[tuple[str, str]],
               here: str, main: str, canonical: str, footer_lines: str) -> str:
        items = "".join(
            f'<li class="lfr-nav-item{" selected active" if u == here else ""}" role="presentation">'
            f'<a href="{a(u)}" role="menuitem"><span>{e(t)}</span></a></li>' for u, t in menu)
        siblings = "".join(f'<li><a href="{a(u)}">{e(n[0].upper() + n[1:])}</a></li>' for u, n in communes
                           if u != site_home)
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{base}/o/quangkhe-theme/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}/o/quangkhe-theme/css/main.css?browserId=other&amp;themeId=quangkhetheme_WAR_quangkhetheme&amp;languageId=vi_VN&amp;b=7413&amp;t=1728542810000" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7413&amp;t=1728542810000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{ return '{here}'; }}, getSiteGroupId: function() {{ return '{41800 + len(site_home)}'; }}, getPathMain: function() {{ return '/c'; }}}};
// ]]></script>
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="platform-bar">
<div class="container"><a class="platform-home" href="{guest_home}">{e(src.PROVINCE['name'])}</a> <span class="sep">|</span> <a href="/web/guest/tin-tuc">Tin tức tỉnh</a> <span class="today">Thứ Ba, 14/10/2025</span></div>
</div>
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner">
<div id="heading">
<div class="site-title">
<a class="logo custom-logo" href="{a(site_home)}" title="Đi đến {a(unit[0].upper() + unit[1:])}">
<img alt="{a(site_name)}" height="90" src="/image/layout_set_logo?img_id={1000 + len(site_home)}&amp;t=1728542810000" width="90" />
</a>
<div class="site-name" title="Đi đến {a(unit[0].upper() + unit[1:])}">{e(site_name)}</div>
</div>
</div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<h1 class="hide-accessible">Điều hướng</h1>
<ul aria-label="Các trang của site" role="menubar">{items}</ul>
</nav>
</header>
<section class="container-fluid flex-fill" id="content">
<h2 class="hide-accessible" role="heading" aria-level="1">{e(title)}</h2>
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
{main}
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lk">
<div class="portlet-content"><h2 class="portlet-title-text">Liên kết</h2>
<div class="journal-content-article"><ul class="lien-ket">{"".join(f'<li><a href="{a(u)}" target="_blank">{e(t)}</a></li>' for u, t in LINKS)}</ul></div></div>
</section>
<section class="portlet" id="portlet_visitor_counter">
<div class="portlet-content"><h2 class="portlet-title-text">Thống kê truy cập</h2>
<div class="thong-ke"><p>Đang truy cập: 23</p><p>Hôm nay: 611</p><p>Tổng lượt truy cập: 48.215</p></div></div>
</section>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<div class="footer-site">{footer_lines}</div>
<div class="footer-communes"><h3>Các xã, phường</h3><ul>{siblings}</ul></div>
<div class="footer-platform"><p>Hệ thống cổng thông tin điện tử {e(src.PROVINCE['unit'])}. Cơ quan chủ quản: Ủy ban nhân dân {e(src.PROVINCE['unit'])}.</p>
<p>Địa chỉ: {e(src.PROVINCE['address'])}</p></div>
</footer>
</div>
</div>
</body>
</html>
"""

    def portlet(title: str, inner: str, instance: str = "") -> str:
        pid = (f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{instance}"
               if instance else "com_liferay_journal_content_web_portlet_JournalContentPortlet")
        return (f'<section class="portlet" id="portlet_{pid}">\n<div class="portlet-content">\n'
                f'<h2 class="portlet-title-text">{e(title)}</h2>\n{inner}\n</div>\n</section>')

    def abstract(link: str, title: str, iso: str, summary: str) -> str:
        return (f'<div class="asset-abstract">\n<h3 class="asset-title"><a href="{a(link)}">{e(title)}</a></h3>\n'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(iso)}</span></div>\n'
                f'<div class="asset-summary">{e(summary)}</div>\n'
                f'<div class="asset-more"><a href="{a(link)}">Xem thêm <span class="hide-accessible">về {e(title)}</span> »</a></div>\n</div>')

    def pager(site: str, section: str, instance: str, n: int, pages: int, delta: int) -> str:
        if pages < 2:
            return ""
        first = f"{site}/{section}"

        def url(k: int) -> str:
            return first if k == 1 else cur_url(site, section, instance, k, delta)
        items = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{a(url(k))}">{k}</a></li>'
                        for k in range(1, pages + 1))
        prev = f'<li class="page-item"><a class="page-link" href="{a(url(n - 1))}">« Trước</a></li>' if n > 1 else ""
        nxt = f'<li class="page-item"><a class="page-link" href="{a(url(n + 1))}">Tiếp »</a></li>' if n < pages else ""
        return (f'<div class="taglib-page-iterator"><div class="pagination-bar"><ul class="pagination">{prev}{items}{nxt}</ul>'
                f'<div class="search-results">Hiển thị {(n - 1) * delta + 1} - {min(n * delta, (pages - 1) * delta + 99)} kết quả.</div></div></div>')

    def story_main(title: str, iso: str, sapo: str, paragraphs: list[str], author: str, crumbs: str,
                   related: list[tuple[str, str, str]], files: str = "") -> str:
        body = "".join(f"<p>{e(t)}</p>" for t in paragraphs)
        rel = "".join(f'<li><a href="{a(u)}">{e(t)}</a> <span class="date">({dmy(d)})</span></li>' for u, t, d in related)
        return f"""<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_detail">
<div class="portlet-content">
<div class="breadcrumb-news">{crumbs}</div>
<div class="asset-full-content">
<div class="journal-content-article" data-analytics-asset-type="web-content">
<h1 class="title-news">{e(title)}</h1>
<div class="date-news"><span class="icon-calendar"></span> {dmy(iso)} {hm(iso)}</div>
<div class="sapo-news"><strong>{e(sapo)}</strong></div>
<div class="content-news">{body}{files}
<p style="text-align: right;"><strong>{e(author)}</strong></p>
</div>
</div>
</div>
<div class="social-bookmarks"><a class="print" href="javascript:window.print();">In trang</a> <a class="taglib-social-bookmark-facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{a(slug_url(home, 'x'))}" target="_blank">Chia sẻ</a></div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{rel}</ul></div>
</div>
</section>"""

    # -- the commune's own site ---------------------------------------------------------------
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    menu = [(home, "Trang chủ"), (f"{home}/gioi-thieu", "Giới thiệu"),
            *((f"{home}/{k}", n) for k, (n, _, _) in src.SECTIONS.items()),
            (f"{home}/van-ban", "Văn bản"), (f"{home}/lien-he", "Liên hệ")]
    footer = (f'<p><strong>{e(s["name"]).upper()}</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân {e(s["unit"])}</p>'
              f'<p>Địa chỉ: {e(s["address"])} - Điện thoại: {e(s["phone"])} - Email: {e(s["email"])}</p>')

    def commune(title: str, here: str, main: str, canonical: str | None = None) -> str:
        return layout(f"{title} - {s['name']}", home, s["name"], s["unit"], menu, here, main,
                      canonical or here, footer)

    must_not = ["Tin liên quan", "In trang", "Chia sẻ", "Các xã, phường", "Thống kê truy cập",
                "Cơ quan chủ quản", "Liên kết", s["province"]]
    home_abstracts = "".join(abstract(slug_url(home, x["slug"]), x["title"], x["published"], x["sapo"]) for x in arts[:4])
    notices = [x for x in arts if x["section"] == "thong-bao"]
    home_main = (portlet("Tin mới", home_abstracts, src.SECTIONS["tin-tuc"][1] + "h") + "\n"
                 + portlet("Thông báo", "<ul>" + "".join(f'<li><a href="{a(slug_url(home, x["slug"]))}">{e(x["title"])}</a></li>' for x in notices) + "</ul>",
                           src.SECTIONS["thong-bao"][1] + "h"))
    p.page(f"{home}/", "pages/xa-mai-khe/index.html", commune("Trang chủ", home, home_main), "home")
    p.alias(home, "pages/xa-mai-khe/index.html", "home")
    for key, (name, instance, per) in src.SECTIONS.items():
        items = [x for x in arts if x["section"] == key]
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            inner = "".join(abstract(ap_url(home, key, instance, x["slug"]), x["title"], x["published"], x["sapo"]) for x in chunk)
            here = f"{home}/{key}" if n == 1 else cur_url(home, key, instance, n, per)
            p.page(here, f"pages/xa-mai-khe/{key}-{n}.html",
                   commune(name, f"{home}/{key}", portlet(name, inner + pager(home, key, instance, n, len(pages), per), instance),
                           canonical=f"{home}/{key}" if n == 1 else here), "listing")
    for x in arts:
        name, instance, _ = src.SECTIONS[x["section"]]
        others = [y for y in arts if y["section"] == x["section"] and y is not x][:3]
        files = ""
        if x.get("file"):
            fname, label = x["file"]
            files = (f'<p class="file-dinh-kem">Tệp đính kèm: <a href="/documents/20126/41802/{fname}" target="_blank">{e(label)}</a></p>')
        section_url = f"{home}/{x['section']}"
        crumbs = f'<a href="{a(home)}">Trang chủ</a> › <a href="{a(section_url)}">{e(name)}</a>'
        main = story_main(x["title"], x["published"], x["sapo"], x["paragraphs"], x["author"], crumbs,
                          [(slug_url(home, y["slug"]), y["title"], y["published"]) for y in others], files)
        path = slug_url(home, x["slug"])
        p.page(path, f"pages/xa-mai-khe/tin/{x['slug']}.html", commune(x["title"], f"{home}/{x['section']}", main, canonical=path), "article")
        p.page(ap_url(home, x["section"], instance, x["slug"]), f"pages/xa-mai-khe/ap/{x['slug']}.html",
               commune(x["title"], f"{home}/{x['section']}", main, canonical=path), "duplicate")
        p.article_gold(x["slug"], path, x, [x["sapo"], *x["paragraphs"], x["author"]], name, must_not, counter)
        if x.get("file"):
            p.gold[x["slug"]]["attachments"] = [{"url": f"/documents/20126/41802/{x['file'][0]}", "name": x["file"][1]}]
    rows = "".join(f'<tr><td>{e(n)}</td><td>{dmy(d + "T00:00")}</td><td>{e(t)}</td>'
                   f'<td><a href="/documents/20126/41802/{f}">Tải về</a></td></tr>' for n, d, t, f in src.DOCUMENTS)
    p.page(f"{home}/van-ban", "pages/xa-mai-khe/van-ban.html",
           commune("Văn bản", f"{home}/van-ban", portlet("Văn bản chỉ đạo, điều hành",
                   f'<table class="table table-bordered van-ban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>')),
           "listing")
    for *_, f in src.DOCUMENTS:
        p.raw(f"/documents/20126/41802/{f}", f"files/{f}", tiny_pdf(f), "application/pdf")
    p.page(f"{home}/gioi-thieu", "pages/xa-mai-khe/gioi-thieu.html",
           commune("Giới thiệu", f"{home}/gioi-thieu", portlet("Giới thiệu chung",
                   '<div class="journal-content-article">' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT) + "</div>")), "other")
    p.page(f"{home}/lien-he", "pages/xa-mai-khe/lien-he.html",
           commune("Liên hệ", f"{home}/lien-he", portlet("Liên hệ",
                   f'<div class="journal-content-article"><p>Ủy ban nhân dân {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p>'
                   f'<p>Điện thoại: {e(s["phone"])}</p><p>Email: {e(s["email"])}</p></div>')), "other")

    # -- sibling communes' sites --------------------------------------------------------------
    for sib in src.SIBLINGS:
        sh = f"/web/{sib['friendly']}"
        smenu = [(sh, "Trang chủ"), (f"{sh}/tin-tuc", "Tin tức - Sự kiện")]
        sfooter = f'<p><strong>{e(sib["name"]).upper()}</strong></p><p>Cơ quan chủ quản: Ủy ban nhân dân {e(sib["unit"])}</p>'
        sarts = sorted(sib["articles"], key=lambda t: t[2], reverse=True)
        folder = f"pages/{sib['friendly']}"

        def sibling(title: str, here: str, main: str, canonical: str | None = None,
                    sib: dict = sib, sh: str = sh, smenu: list = smenu, sfooter: str = sfooter) -> str:
            return layout(f"{title} - {sib['name']}", sh, sib["name"], sib["unit"], smenu, here, main,
                          canonical or here, sfooter)
        p.page(sh, f"{folder}/index.html", sibling("Trang chủ", sh, portlet("Tin mới", "".join(
            abstract(slug_url(sh, t[0]), t[1], t[2], t[3]) for t in sarts[:3]), sib["instance"] + "h")), "home")
        other_site(p, sh)
        pages = chunks(sarts, sib["per_page"])
        for n, chunk in enumerate(pages, 1):
            inner = "".join(abstract(ap_url(sh, "tin-tuc", sib["instance"], t[0]), t[1], t[2], t[3]) for t in chunk)
            here = f"{sh}/tin-tuc" if n == 1 else cur_url(sh, "tin-tuc", sib["instance"], n, sib["per_page"])
            p.page(here, f"{folder}/tin-tuc-{n}.html", sibling("Tin tức - Sự kiện", f"{sh}/tin-tuc", portlet(
                "Tin tức - Sự kiện", inner + pager(sh, "tin-tuc", sib["instance"], n, len(pages), sib["per_page"]), sib["instance"]),
                canonical=f"{sh}/tin-tuc" if n == 1 else here), "listing")
            other_site(p, sh)
        for slug, title, iso, sapo, paras in sarts:
            crumbs = f'<a href="{a(sh)}">Trang chủ</a> › <a href="{a(f"{sh}/tin-tuc")}">Tin tức - Sự kiện</a>'
            rel = [(slug_url(sh, t[0]), t[1], t[2]) for t in sarts if t[0] != slug]
            main = story_main(title, iso, sapo, paras, "Ban biên tập", crumbs, rel)
            path = slug_url(sh, slug)
            p.page(path, f"{folder}/tin/{slug}.html", sibling(title, f"{sh}/tin-tuc", main, canonical=path), "article")
            other_site(p, sh)
            p.page(ap_url(sh, "tin-tuc", sib["instance"], slug), f"{folder}/ap/{slug}.html",
                   sibling(title, f"{sh}/tin-tuc", main, canonical=path), "duplicate")
            other_site(p, sh)

    # -- the province's own site (the guest site, at / and /web/guest) -------------------------
    gmenu = [(guest_home, "Trang chủ"), ("/web/guest/tin-tuc", "Tin tức - Sự kiện")]
    gfooter = f'<p><strong>{e(src.PROVINCE["name"]).upper()}</strong></p>'
    parts = sorted(src.PROVINCE_ARTICLES, key=lambda t: t[2], reverse=True)

    def guest(title: str, here: str, main: str, canonical: str | None = None) -> str:
        return layout(f"{title} - {src.PROVINCE['name']}", guest_home, src.PROVINCE["name"], src.PROVINCE["unit"],
                      gmenu, here, main, canonical or here, gfooter)
    ghome = guest("Trang chủ", guest_home, portlet("Tin tức - Sự kiện", "".join(
        abstract(slug_url("/web/guest", t[0]), t[1], t[2], t[3]) for t in parts), "GuEsT0home1")
        + "\n" + portlet("Các xã, phường", "<ul>" + "".join(f'<li><a href="{a(u)}">{e(n[0].upper() + n[1:])}</a></li>' for u, n in communes) + "</ul>"))
    p.page("/", "pages/guest/index.html", ghome, "home")
    other_site(p, guest_home)
    # the guest site's home again (canonical /): alone, a page cannot tell a copy of the home
    # page from a list of its stories (a judgement of the manifest, as nghiakhe's ?m=1 copies)
    p.alias("/web/guest", "pages/guest/index.html", "listing")
    other_site(p, guest_home)
    p.page("/web/guest/tin-tuc", "pages/guest/tin-tuc.html", guest("Tin tức - Sự kiện", "/web/guest/tin-tuc", portlet(
        "Tin tức - Sự kiện", "".join(abstract(slug_url("/web/guest", t[0]), t[1], t[2], t[3]) for t in parts), "GuEsT0list1")), "listing")
    other_site(p, guest_home)
    for slug, title, iso, sapo, paras in parts:
        crumbs = '<a href="/">Trang chủ</a> › <a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a>'
        path = slug_url("/web/guest", slug)
        main = story_main(title, iso, sapo, paras, "Sở Văn hóa, Thể thao và Du lịch", crumbs,
                          [(slug_url("/web/guest", t[0]), t[1], t[2]) for t in parts if t[0] != slug])
        p.page(path, f"pages/guest/tin/{slug}.html", guest(title, "/web/guest/tin-tuc", main, canonical=path), "article")
        other_site(p, guest_home)
    sitemap = "".join(f"<url><loc>{base}{u}</loc></url>" for u in
                      ["/", "/web/guest/tin-tuc", *(slug_url("/web/guest", t[0]) for t in parts)])
    p.raw("/sitemap.xml", "pages/sitemap.xml",
          ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           + sitemap + "</urlset>").encode("utf-8"), "application/xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt",
          f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nSitemap: {base}/sitemap.xml\n".encode(),
          "text/plain; charset=utf-8")
    p.start_path = f"{home}/"
    return p


SITES = (*SITES, "maikhe")
BUILDERS.update({"maikhe": build_liferay_subsite})
# -- "FITC" ASP.NET WebForms district portal: table layout, FitcBatDauDocTin markers ---------------


def build_fitc_webforms(src) -> Portal:
    s = src.SITE
    p = Portal(src, "fitc-webforms", (
        "MODELLED, not copied (structure from the research notes' 'FITC' family, vn-portals.md 1.5): "
        "an ASP.NET WebForms district portal, every page /Default.aspx?sname=<site>&sid=<n>&pageid=<page>"
        "[&catid=<c>&catname=<Slug>][&id=<story>&title=<Ascii-Slug>] inside one aspnetForm "
        "(__VIEWSTATE, __doPostBack); a table layout (table.Table_Main, table.Table_MainCon, "
        "td.Cell59_0/1/2 columns, div#ctl16_ctl00_divTM.HT_Dang2 main block); lists of "
        "div.TT_DSTin_Dong teasers (photo, title, '(dd/mm/yyyy)', summary) paged by '&p=<n>' "
        "in div#divPhanTrang; a parent category listing its children's stories; the story in "
        "div.TT_TinChiTiet_*: breadcrumb 'Cha >> Con', title div, font-size links a.Font_Tang/"
        "a.Font_Giam and 'Ngày cập nhật <span>dd/mm/yyyy hh:mm</span>', the body between "
        "<!-- FitcBatDauDocTin --> and <!-- FitcKetThucDocTin --> (a photo table with its caption "
        "cell, the bold sapo, paragraphs, the byline), share icons, a.Mail 'Gửi tin qua email' "
        "(a script), a.Print 'In ấn' opening /PrintPreview.aspx?…&id=<story> (no canonical, "
        "onload print), 'Các tin khác' with dated links in div#divPhanTrang1, a hidden postback "
        "button input#ctl16_ctl00_btnSuKien; no canonical, no sitemap, no feed; a documents "
        "table, a weekly schedule, about and contact pages. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=31, today=874, total=1562340)
    base = s["base_url"]
    root = f"/Default.aspx?sname={s['sname']}&sid={s['sid']}"

    def cat_url(catid: int, n: int = 1) -> str:
        slug = src.PARENT[2] if catid == src.PARENT[0] else src.CATEGORIES[catid][1]
        pid = 149 if catid == src.PARENT[0] else 152
        return f"{root}&pageid={pid}&catid={catid}&catname={slug}" + (f"&p={n}" if n > 1 else "")

    def story_url(x: dict) -> str:
        return (f"{root}&pageid=153&catid={x['catid']}&id={x['id']}&catname={src.CATEGORIES[x['catid']][1]}"
                f"&title={ascii_slug(x['title'], title_case=True)}")

    def print_url(x: dict) -> str:
        return f"/PrintPreview.aspx?sname={s['sname']}&sid={s['sid']}&id={x['id']}"

    def photo(x: dict) -> str:
        return f"/Uploads/images/{x['published'][:4]}/{x['published'][5:7]}/{x['id']}-1.jpg"

    docs_url, about_url, contact_url, schedule_url = (f"{root}&pageid={n}" for n in (160, 150, 151, 158))
    menu = [(f"{root}", "Trang chủ"), (about_url, "Giới thiệu"), (cat_url(src.PARENT[0]), src.PARENT[1]),
            *((cat_url(c), v[0]) for c, v in src.CATEGORIES.items()), (docs_url, "Văn bản"),
            (schedule_url, "Lịch công tác"), (contact_url, "Liên hệ")]
    viewstate = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYCZg8WAh4EVGV4dAUi"

    def layout(title: str, action: str, main: str) -> str:
        items = "".join(f'<td class="Cell_Menu_Item"><a class="Menu_Link" href="{a(u)}">{e(t)}</a></td>' for u, t in menu)
        options = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        cats = "".join(f'<tr><td class="DM_Dong"><a class="DM_Link" href="{a(cat_url(c))}">{e(v[0])}</a></td></tr>' for c, v in src.CATEGORIES.items())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{e(title)}
</title><link href="/App_Themes/Fitc/StyleSheet.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/Fitc.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{a(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<table class="Table_Main" cellpadding="0" cellspacing="0" align="center" width="1000">
<tr><td class="Cell_Banner"><a href="/"><img src="/Uploads/banner/banner-{s['sname']}.jpg" alt="Banner" width="1000" height="160" border="0" /></a></td></tr>
<tr><td class="Cell_Menu"><table class="Table_Menu" cellpadding="0" cellspacing="0"><tr>{items}</tr></table></td></tr>
<tr><td class="Cell_NgayThang"><span id="ctl08_lblNgay">Thứ Sáu, ngày 18/04/2025</span></td></tr>
<tr><td>
<table class="Table_MainCon" cellpadding="0" cellspacing="0" width="100%"><tr>
<td class="Cell59_0" valign="top" width="210">
<div class="HT_TieuDeMuc">DANH MỤC</div>
<table class="DM_Table" cellpadding="0" cellspacing="0" width="100%">{cats}</table>
<div class="HT_TieuDeMuc">LIÊN KẾT WEBSITE</div>
<select class="LienKet" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{options}</select>
</td>
<td class="Cell59_1" valign="top">
<div id="ctl16_ctl00_divTM" class="HT_Dang2">
{main}
<input type="submit" name="ctl16$ctl00$btnSuKien" value="" id="ctl16_ctl00_btnSuKien" style="display:none" />
</div>
</td>
<td class="Cell59_2" valign="top" width="210">
<div class="HT_TieuDeMuc">LỊCH CÔNG TÁC</div>
<div class="HT_Khung"><a href="{a(schedule_url)}"><img src="/Uploads/icons/lich-cong-tac.png" alt="Lịch công tác" border="0" /></a></div>
<div class="HT_TieuDeMuc">THỐNG KÊ TRUY CẬP</div>
<div class="HT_Khung ThongKe"><span>Đang online: 31</span><br /><span>Hôm nay: 874</span><br /><span>Tổng lượt truy cập: 1.562.340</span></div>
</td>
</tr></table>
</td></tr>
<tr><td class="Cell_Footer"><div class="Footer">Bản quyền thuộc Ủy ban nhân dân {e(s['unit'])}<br />Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}<br />Thiết kế và phát triển bởi FITC</div></td></tr>
</table>
</form>
</body>
</html>
"""

    def teaser(x: dict) -> str:
        return (f'<div class="TT_DSTin_Dong"><table cellpadding="0" cellspacing="0" width="100%"><tr>'
                f'<td class="TT_DSTin_Anh" valign="top" width="130"><a href="{a(story_url(x))}"><img src="{photo(x)}" width="120" border="0" /></a></td>'
                f'<td valign="top"><a class="TT_DSTin_TieuDe" href="{a(story_url(x))}">{e(x["title"])}</a> '
                f'<span class="TT_DSTin_NgayCapNhat">({dmy(x["published"])})</span>'
                f'<div class="TT_DSTin_MoTa">{e(x["sapo"])}</div></td></tr></table></div>')

    def crumb(catid: int) -> str:
        parent = f'<a class="TMCD2_Link" href="{a(cat_url(src.PARENT[0]))}">{e(src.PARENT[1])}</a>'
        if catid == src.PARENT[0]:
            return f'<div class="TMCD2_DongTruongMuc">{parent}</div>'
        return (f'<div class="TMCD2_DongTruongMuc">{parent} &gt;&gt; '
                f'<a class="TMCD2_Link" href="{a(cat_url(catid))}">{e(src.CATEGORIES[catid][0])}</a></div>')

    def pager(catid: int, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        cells = "".join(f'<span class="PhanTrang_Chon">[{k}]</span> ' if k == n else f'<a class="PhanTrang_Link" href="{a(cat_url(catid, k))}">{k}</a> '
                        for k in range(1, pages + 1))
        nxt = f'<a class="PhanTrang_Link" href="{a(cat_url(catid, n + 1))}">Sau »</a>' if n < pages else ""
        prev = f'<a class="PhanTrang_Link" href="{a(cat_url(catid, n - 1))}">« Trước</a> ' if n > 1 else ""
        return f'<div id="divPhanTrang" class="PhanTrang">Trang: {prev}{cells}{nxt}</div>'

    def body_html(x: dict) -> str:
        paras = "".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in x["paragraphs"])
        return (f'<!-- FitcBatDauDocTin -->\n<p style="text-align: justify;"><strong>{e(x["sapo"])}</strong></p>\n'
                f'<table class="TT_TinChiTiet_DongAnhMinhHoa" align="center" cellpadding="3" cellspacing="0"><tr><td><img src="{photo(x)}" width="500" border="0" alt="" /></td></tr>'
                f'<tr><td class="TT_TinChiTiet_MoTaAnh">{e(x["caption"])}</td></tr></table>\n'
                f'{paras}\n<p style="text-align: right;"><strong>{e(x["author"])}</strong></p>\n<!-- FitcKetThucDocTin -->')

    must_not = ["Ngày cập nhật", "Gửi tin qua email", "In ấn", "Các tin khác", "DANH MỤC", "LIÊN KẾT WEBSITE",
                "THỐNG KÊ TRUY CẬP", "Bản quyền", "Thiết kế và phát triển", "A+"]
    # -- the stories, their print previews and photos
    for x in arts:
        cname = src.CATEGORIES[x["catid"]][0]
        others = [y for y in arts if y["catid"] == x["catid"] and y is not x]
        related = "".join(
            f'<div class="TT_TinChiTiet_DongTinLienQuan"><img src="/App_Themes/Fitc/images/muiten.gif" alt="" /> '
            f'<a class="TT_TinChiTiet_TinLienQuan" href="{a(story_url(y))}">{e(y["title"])}</a> '
            f'<span class="TT_TinChiTiet_TinLienQuan_ThoiGian">({dmy(y["published"])})</span></div>' for y in others)
        main = f"""<div class="TT_TinChiTiet_Vien">
{crumb(x['catid'])}
<div class="TT_TinChiTiet_Nen">
<div class="TT_TinChiTiet_TieuDe">{e(x['title'])}</div>
<div class="TT_TinChiTiet_NgayCapNhat"><a class="Font_Tang" href="javascript:TangCoChu('divNoiDung');" title="Tăng cỡ chữ">A+</a> <a class="Font_Giam" href="javascript:GiamCoChu('divNoiDung');" title="Giảm cỡ chữ">A-</a> Ngày cập nhật <span id="ctl16_ctl00_lblNgayCapNhat">{dmy(x['published'])} {hm(x['published'])}</span></div>
<div class="TT_TinChiTiet_DocTin" id="divNoiDung">
{body_html(x)}
</div>
<div class="TT_TinChiTiet_DongChucNang"><a href="https://www.facebook.com/sharer.php?u={a(base + story_url(x))}" target="_blank"><img src="/App_Themes/Fitc/images/facebook.png" alt="Facebook" border="0" /></a> <a href="https://twitter.com/share?url={a(base + story_url(x))}" target="_blank"><img src="/App_Themes/Fitc/images/twitter.png" alt="Twitter" border="0" /></a> <a class="Mail" href="javascript:GuiEmail({x['id']});">Gửi tin qua email</a> <a class="Print" href="{a(print_url(x))}" target="_blank">In ấn</a></div>
<div class="TT_TinChiTiet_TinLienQuanTieuDe">Các tin khác</div>
<div id="divPhanTrang1">
{related}
</div>
</div>
</div>"""
        path = story_url(x)
        p.page(path, f"pages/tin/{x['id']}.html", layout(f"{x['title']} - {s['name']}", "." + path, main), "article")
        p.article_gold(str(x["id"]), path, x, [x["sapo"], x["caption"], *x["paragraphs"], x["author"]], cname, must_not, counter)
        printed = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(x['title'])}</title>
<link href="/App_Themes/Fitc/Print.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<div class="Print_Khung">
<div class="Print_Banner">{e(s['name']).upper()}</div>
<div class="Print_TieuDe">{e(x['title'])}</div>
<div class="Print_NgayCapNhat">Ngày cập nhật {dmy(x['published'])} {hm(x['published'])}</div>
<div class="Print_NoiDung">
{body_html(x)}
</div>
</div>
</body>
</html>
"""
        p.page(print_url(x), f"pages/in/{x['id']}.html", printed, "duplicate")
        p.raw(photo(x), f"files/anh/{x['id']}-1.jpg", TINY_JPEG, "image/jpeg")

    # -- home: the featured story with a long lead, then a box per category
    top = arts[0]
    boxes = "".join(
        f'<div class="HT_TieuDeMuc"><a class="HT_TieuDeMuc_Link" href="{a(cat_url(c))}">{e(v[0].upper())}</a></div>'
        + "".join(f'<div class="TT_DSTin_DongNgan"><a class="TT_DSTin_TieuDe" href="{a(story_url(x))}">{e(x["title"])}</a> '
                  f'<span class="TT_DSTin_NgayCapNhat">({dmy(x["published"])})</span></div>'
                  for x in [y for y in arts if y["catid"] == c and y is not top][:3])
        for c, v in src.CATEGORIES.items())
    featured = (f'<div class="TinNoiBat"><div class="HT_TieuDeMuc">TIN NỔI BẬT</div><table cellpadding="0" cellspacing="0" width="100%"><tr>'
                f'<td valign="top" width="260"><a href="{a(story_url(top))}"><img src="{photo(top)}" width="250" border="0" /></a></td>'
                f'<td valign="top"><a class="TinNoiBat_TieuDe" href="{a(story_url(top))}">{e(top["title"])}</a>'
                f'<div class="TinNoiBat_MoTa">{e(long_lead(top))}</div>'
                f'<a class="TinNoiBat_ChiTiet" href="{a(story_url(top))}">Chi tiết »</a></td></tr></table></div>')
    home = layout(s["name"], f"./Default.aspx?sname={s['sname']}&sid={s['sid']}", featured + boxes)
    p.page("/", "pages/index.html", home, "home")
    p.alias(root, "pages/index.html", "home")
    # -- the parent category and the categories' lists
    p.page(cat_url(src.PARENT[0]), "pages/dm-60.html", layout(f"{src.PARENT[1]} - {s['name']}", "." + cat_url(src.PARENT[0]),
           crumb(src.PARENT[0]) + "".join(teaser(x) for x in arts[:4])), "listing")
    for c, (name, _, per) in src.CATEGORIES.items():
        items = [x for x in arts if x["catid"] == c]
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            p.page(cat_url(c, n), f"pages/dm-{c}-{n}.html",
                   layout(f"{name} - {s['name']}", "." + cat_url(c, n), crumb(c) + "".join(teaser(x) for x in chunk) + pager(c, n, len(pages))),
                   "listing")
    # -- documents, schedule, about, contact
    rows = "".join(f'<tr><td class="VB_O">{e(n)}</td><td class="VB_O">{dmy(d + "T00:00")}</td><td class="VB_O">{e(t)}</td>'
                   f'<td class="VB_O"><a href="/Uploads/files/VanBan/2025/{f}"><img src="/App_Themes/Fitc/images/pdf.gif" alt="Tải về" border="0" /></a></td></tr>'
                   for n, d, t, f in src.DOCUMENTS)
    p.page(docs_url, "pages/van-ban.html", layout(f"Văn bản - {s['name']}", "." + docs_url,
           '<div class="TMCD2_DongTruongMuc">Văn bản chỉ đạo điều hành</div>'
           f'<table class="VB_Bang" cellpadding="3" cellspacing="0" border="1" width="100%"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table>'), "listing")
    for *_, f in src.DOCUMENTS:
        p.raw(f"/Uploads/files/VanBan/2025/{f}", f"files/{f}", tiny_pdf(f), "application/pdf")
    sched = "".join(f'<tr><td class="LCT_Ngay">{e(d)}</td><td class="LCT_NoiDung">{e(t)}</td></tr>' for d, t in src.SCHEDULE)
    p.page(schedule_url, "pages/lich-cong-tac.html", layout(f"Lịch công tác - {s['name']}", "." + schedule_url,
           '<div class="TMCD2_DongTruongMuc">Lịch công tác tuần</div>'
           f'<table class="LCT_Bang" cellpadding="3" cellspacing="0" border="1" width="100%">{sched}</table>'), "other")
    p.page(about_url, "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}", "." + about_url,
           '<div class="TMCD2_DongTruongMuc">Giới thiệu chung</div><div class="GioiThieu_NoiDung">'
           + "".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in src.ABOUT) + "</div>"), "other")
    p.page(contact_url, "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", "." + contact_url,
           '<div class="TMCD2_DongTruongMuc">Liên hệ</div>'
           f'<div class="LienHe_ThongTin">Ủy ban nhân dân {e(s["unit"])}<br />Địa chỉ: {e(s["address"])}<br />Điện thoại: {e(s["phone"])}</div>'
           '<table class="LienHe_Form"><tr><td>Họ tên:</td><td><input name="ctl16$ctl00$txtHoTen" type="text" id="ctl16_ctl00_txtHoTen" /></td></tr>'
           '<tr><td>Nội dung:</td><td><textarea name="ctl16$ctl00$txtNoiDung" rows="5" cols="40" id="ctl16_ctl00_txtNoiDung"></textarea></td></tr>'
           '<tr><td></td><td><input type="submit" name="ctl16$ctl00$btnGui" value="Gửi" id="ctl16_ctl00_btnGui" /></td></tr></table>'), "other")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /Admin/\n", "text/plain; charset=utf-8")
    return p


SITES = (*SITES, "dankhe")
BUILDERS.update({"dankhe": build_fitc_webforms})
# == end holdout-subsite ==========================================================================


# == holdout-pagers: listings that continue only through pagers the crawl may not know (daokhe),
# == and a faceted CMS whose listings are traps (maivan). A block of its own, registered at its end.


SELECTED = ' selected="selected"'


# -- a vendor's PHP CMS of a district portal: four kinds of pager, old stories only in the sitemap --


def build_pager_portal(src) -> Portal:
    s = src.SITE
    p = Portal(src, "php-vendor-pagers", (
        "MODELLED, not copied: a district portal on a Vietnamese vendor's PHP CMS (XHTML layout, "
        "Vietnamese class names, /<chuyen-muc>.html sections and /<chuyen-muc>/<slug>.html stories, "
        "further pages /<chuyen-muc>/trang-<n>.html) whose four sections each continue in another "
        "way: 'Trang đầu « 1 2 … 4 » Trang cuối' with the middle pages elided; a pager the page's "
        "script draws into an empty div, named only by the head's <link rel=\"next\"/\"prev\">; a "
        "page-jump <select onchange=\"location.href=this.value\"> whose options carry the page URLs; "
        "a page-jump <select> whose options carry page numbers and whose onchange builds the URL "
        "('/thong-bao/trang-' + this.value + '.html'). Stories migrated from the old site (2019-2021) "
        "are in a 'Lưu trữ' section no menu or listing links: only a sitemap index named in "
        "robots.txt (no /sitemap.xml) or the archive RSS feed, linked from the /rss.html page, names "
        "them; category feeds carry the 2 newest items. 'Tin mới' sidebar of the 4 newest, a "
        "'Liên kết website' select opening other hosts, a visitor counter. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    old = sorted(src.OLD_ARTICLES, key=lambda x: x["published"], reverse=True)
    names = {k: v[0] for k, v in src.CATEGORIES.items()} | {"luu-tru": "Lưu trữ"}
    counter = counter_gold(online=23, today=1184, yesterday=1530, month=32906, total=2864117)
    base = s["base_url"]
    url = {x["id"]: f"/{x['category']}/{x['slug']}.html" for x in [*arts, *old]}
    newest = arts[:4]

    def page_url(cat: str, k: int) -> str:
        return f"/{cat}.html" if k == 1 else f"/{cat}/trang-{k}.html"

    def layout(title: str, main: str, crumb: str = "", head: str = "") -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"),
            *[(f"/{k}.html", v) for k, v in names.items() if k != "luu-tru"],
            ("/lien-he.html", "Liên hệ")])
        options = "".join(f'<option value="{a(u)}">{e(t)}</option>' for u, t in LINKS)
        side = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in newest)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>
<meta name="generator" content="VNCMS Portal 4.2" />
<link rel="stylesheet" type="text/css" href="/themes/daokhe/css/style.css" />
{head}<script type="text/javascript" src="/themes/daokhe/js/jquery.min.js"></script>
<script type="text/javascript" src="/themes/daokhe/js/common.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/"><img src="/themes/daokhe/images/banner.jpg" alt="{a(s['name'])}" width="1000" height="160" /></a></div>
<div id="menu"><ul class="menu_top">{menu}</ul></div>
<div id="container">
<div id="main_content">
{('<div class="duong_dan">' + crumb + '</div>') if crumb else ''}
{main}
</div>
<div id="sidebar">
<div class="khoi"><div class="tieu_de_khoi">Tin mới</div><ul class="tin_moi">{side}</ul></div>
<div class="khoi"><div class="tieu_de_khoi">Liên kết website</div><select class="lien_ket" onchange="if(this.value!='') window.open(this.value,'_blank');"><option value="">-- Chọn liên kết --</option>{options}</select></div>
<div class="khoi"><div class="tieu_de_khoi">Thống kê truy cập</div><div class="thong_ke">Đang online: <b>23</b><br />Hôm nay: <b>1.184</b><br />Hôm qua: <b>1.530</b><br />Trong tháng: <b>32.906</b><br />Tổng truy cập: <b>2.864.117</b></div></div>
</div>
<div class="clear"></div>
</div>
<div id="footer">
<p><b>{e(s['name'].upper())}</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])}. Địa chỉ: {e(s['address'])}</p>
<p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p><a href="/rss.html">RSS</a> | <a href="/lien-he.html">Liên hệ</a></p>
</div>
</div>
</body>
</html>
"""

    def crumb(cat: str) -> str:
        return f'<a href="/">Trang chủ</a> » <a href="/{cat}.html">{e(names[cat])}</a>'

    def item(x: dict) -> str:
        lead = x["sapo"] or x["paragraphs"][0]
        return (f'<div class="tin_item"><a class="anh" href="{url[x["id"]]}"><img src="/uploads/news/{x["id"]}/thumb.jpg" alt="{a(x["title"])}" width="160" height="110" /></a>'
                f'<h3 class="tieu_de_tin"><a href="{url[x["id"]]}">{e(x["title"])}</a></h3>'
                f'<div class="ngay">{dmy(x["published"])}</div><div class="tom_tat">{e(lead)}</div><div class="clear"></div></div>')

    def pager(cat: str, kind: str, k: int, n: int) -> str:
        if n == 1:
            return ""
        if kind == "elided":
            shown = sorted({1, n, k - 1, k, k + 1} & set(range(1, n + 1)))
            parts = [f'<a href="{page_url(cat, 1)}">Trang đầu</a>' if k > 1 else '<span class="disabled">Trang đầu</span>',
                     f'<a href="{page_url(cat, k - 1)}">«</a>' if k > 1 else '<span class="disabled">«</span>']
            last = 0
            for m in shown:
                if m > last + 1:
                    parts.append('<span class="dots">…</span>')
                parts.append(f'<span class="current">{m}</span>' if m == k else f'<a href="{page_url(cat, m)}">{m}</a>')
                last = m
            parts += [f'<a href="{page_url(cat, k + 1)}">»</a>' if k < n else '<span class="disabled">»</span>',
                      f'<a href="{page_url(cat, n)}">Trang cuối</a>' if k < n else '<span class="disabled">Trang cuối</span>']
            return '<div class="phan_trang">' + " ".join(parts) + "</div>"
        if kind == "head":
            return (f'<div class="phan_trang" id="pager_{cat.replace("-", "_")}" data-current="{k}" data-total="{n}"></div>'
                    f'<script type="text/javascript">VNCMS.renderPager("pager_{cat.replace("-", "_")}", "/{cat}/trang-{{page}}.html");</script>')
        if kind == "select-url":
            options = "".join(f'<option value="{page_url(cat, m)}"{SELECTED if m == k else ""}>{m}</option>' for m in range(1, n + 1))
            return f'<div class="phan_trang">Trang <select class="chon_trang" onchange="location.href=this.value">{options}</select> / {n}</div>'
        options = "".join(f'<option value="{m}"{SELECTED if m == k else ""}>Trang {m}</option>' for m in range(1, n + 1))
        return (f'<div class="phan_trang">Chuyển đến: <select name="trang" class="chon_trang" '
                f"onchange=\"window.location.href='/{cat}/trang-' + this.value + '.html';\">{options}</select></div>")

    # home
    first = arts[0]
    boxes = "".join(
        f'<div class="khoi_chuyen_muc"><div class="tieu_de_chuyen_muc"><a href="/{cat}.html">{e(name)}</a></div>'
        + "".join(item(x) for x in [y for y in arts if y["category"] == cat][:2] if x is not first) + "</div>"
        for cat, (name, _) in src.CATEGORIES.items())
    home = (f'<div class="tin_noi_bat"><a href="{url[first["id"]]}"><img src="/uploads/news/{first["id"]}/large.jpg" alt="{a(first["title"])}" width="480" height="320" /></a>'
            f'<h2 class="tieu_de_noi_bat"><a href="{url[first["id"]]}">{e(first["title"])}</a></h2>'
            f'<div class="ngay">{dmy(first["published"])} {hm(first["published"])}</div><div class="tom_tat">{e(long_lead(first, 520))}</div></div>' + boxes)
    feed_head = '<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="/rss/tin-tuc-su-kien.rss" />\n'
    p.page("/", "pages/index.html", layout(s["name"], home, head=feed_head), "home")

    # section listings
    for cat, (name, kind) in src.CATEGORIES.items():
        pages = chunks([x for x in arts if x["category"] == cat], src.PAGE_SIZE)
        for k, chunk in enumerate(pages, 1):
            head = ""
            if kind == "head":
                head = (f'<link rel="prev" href="{base}{page_url(cat, k - 1)}" />\n' if k > 1 else "") + \
                       (f'<link rel="next" href="{base}{page_url(cat, k + 1)}" />\n' if k < len(pages) else "")
            main = (f'<div class="tieu_de_trang">{e(name)}</div><div class="ds_tin">'
                    + "".join(item(x) for x in chunk) + "</div>" + pager(cat, kind, k, len(pages)))
            p.page(page_url(cat, k), f"pages/{cat}/trang-{k}.html",
                   layout(f"{name} - {s['name']}" + (f" - Trang {k}" if k > 1 else ""), main, crumb(cat), head), "listing")
        if kind in ("elided", "select-number"):  # the pager's "Trang đầu"/option 1 as trang-1
            p.alias(f"/{cat}/trang-1.html", f"pages/{cat}/trang-1.html", "listing")

    # stories
    must_not = ["Tin mới", "Liên kết website", "Thống kê truy cập", "Cơ quan chủ quản", "Tin mới cập nhật", "Lượt xem"]
    for x in [*arts, *old]:
        cat = x["category"]
        views = 57 + x["id"] % 613
        sapo = f'<div class="tom_tat_chi_tiet"><b>{e(x["sapo"])}</b></div>' if x["sapo"] else ""
        body = "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        more = "".join([f'<li><a href="{url[o["id"]]}">{e(o["title"])}</a> <span>({dmy(o["published"])})</span></li>'
                        for o in newest if o is not x][:4])
        main = (f'<div class="chi_tiet_tin"><h1 class="tieu_de_chi_tiet">{e(x["title"])}</h1>'
                f'<div class="thong_tin">{weekday(x["published"])}, {dmy(x["published"])} {hm(x["published"])} | Lượt xem: {views}</div>'
                f'{sapo}<div class="noi_dung">{body}</div><div class="tac_gia">{e(x["author"])}</div>'
                f'<div class="cong_cu"><a href="javascript:window.print();">In bài</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={base}{url[x["id"]]}" target="_blank">Chia sẻ</a></div></div>'
                f'<div class="tin_khac"><div class="tieu_de_khoi">Tin mới cập nhật</div><ul>{more}</ul></div>')
        p.page(url[x["id"]], f"pages/tin/{x['id']}.html",
               layout(f"{x['title']} - {s['name']}", main, crumb(cat) if cat != "luu-tru" else '<a href="/">Trang chủ</a> » Lưu trữ',
                      f'<link rel="canonical" href="{base}{url[x["id"]]}" />\n'), "article")
        # (the byline closing the story is a line of its body, as on every other portal: gold corrected, README)
        p.article_gold(str(x["id"]), url[x["id"]], x, [t for t in [x["sapo"], *x["paragraphs"], x["author"]] if t],
                       names[cat], must_not, counter)

    # standing pages
    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           '<div class="tieu_de_trang">Giới thiệu</div>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)), "other")
    p.page("/lien-he.html", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}",
           f'<div class="tieu_de_trang">Liên hệ</div><p>Ủy ban nhân dân {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p>'
           f'<p>Điện thoại: {e(s["phone"])}</p><form action="/lien-he.html" method="post"><input type="text" name="hoten" /><textarea name="noidung"></textarea><input type="submit" value="Gửi" /></form>'), "other")
    feeds = [(f"/rss/{cat}.rss", name, [x for x in arts if x["category"] == cat][:2]) for cat, (name, _) in src.CATEGORIES.items()]
    feeds.append(("/rss/luu-tru.rss", "Tin lưu trữ", old[:2]))
    p.page("/rss.html", "pages/rss.html", layout(f"RSS - {s['name']}",
           '<div class="tieu_de_trang">Kênh RSS</div><ul class="ds_rss">' + "".join(
               f'<li><img src="/themes/daokhe/images/rss.gif" alt="RSS" /> <a href="{u}">{e(t)}</a></li>' for u, t, _ in feeds) + "</ul>"), "other")

    def rss(title: str, link: str, items: list[dict]) -> bytes:
        entries = "".join(
            f"<item><title>{e(x['title'])}</title><link>{base}{url[x['id']]}</link>"
            f"<description>{e(x['sapo'] or x['paragraphs'][0])}</description>"
            f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00 +0700')}</pubDate><guid>{base}{url[x['id']]}</guid></item>"
            for x in items)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{e(title)} - {e(s["name"])}</title>'
                f"<link>{base}{link}</link><description>{e(title)}</description><language>vi-vn</language>{entries}</channel></rss>\n").encode()

    for path, title, items in feeds:
        p.raw(path, "files/" + path.strip("/").replace("/", "-").replace(".rss", ".xml"), rss(title, path, items), "application/rss+xml; charset=utf-8")

    def urlset(urls: list[tuple[str, str]]) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{base}{u}</loc><lastmod>{d}</lastmod></url>\n" for u, d in urls) + "</urlset>\n").encode("utf-8")

    p.raw("/sitemap-index.xml", "files/sitemap-index.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{base}/sitemap-chuyen-muc.xml</loc></sitemap>\n<sitemap><loc>{base}/sitemap-tin-bai.xml</loc></sitemap>\n"
        "</sitemapindex>\n").encode(), "application/xml; charset=utf-8")
    p.raw("/sitemap-chuyen-muc.xml", "files/sitemap-chuyen-muc.xml",
          urlset([("/", "2025-06-26"), *[(f"/{c}.html", "2025-06-26") for c in src.CATEGORIES]]), "application/xml; charset=utf-8")
    # written once, when the old site's stories were migrated, and never regenerated
    p.raw("/sitemap-tin-bai.xml", "files/sitemap-tin-bai.xml",
          urlset([(url[x["id"]], x["published"][:10]) for x in old if x["listed_in"] == "sitemap"]), "application/xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt",
          f"User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\nSitemap: {base}/sitemap-index.xml\n".encode(), "text/plain; charset=utf-8")
    return p


SITES = (*SITES, "daokhe")
BUILDERS.update({"daokhe": build_pager_portal})

# -- a vendor's faceted CMS of a ward portal: listings answer any facet, tag set and page ---------

# The listing renderer the portal's generated_pages.py holds (the sample server asks it for any
# target the manifest lacks) and build.py renders the manifest's listing pages with: one code.
FACETED_PAGES = r"""'''Listing and search pages the modelled faceted portal answers without end (written by
tests/portals/build.py): its listings answer any sort, view, per_page, tag set and page number
(past the last page: the last page again on a section, an empty list on a tag filter, "Sau »"
always there), its search any query. MODELLED, not copied.'''
from __future__ import annotations

import html
import json
import math
from urllib.parse import parse_qsl, quote_plus, urlsplit

DATA = json.loads(%(data)r)
LAYOUT = %(layout)r
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
    return LAYOUT.replace("%%%%TITLE%%%%", e(title)).replace("%%%%MAIN%%%%", main).replace("%%%%TAGS%%%%", cloud)


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
"""


def build_faceted_portal(src) -> Portal:
    import math
    import types
    from urllib.parse import quote_plus

    s = src.SITE
    p = Portal(src, "faceted-cms", (
        "MODELLED, not copied: a ward portal on a vendor's CMS (Bootstrap 4 markup) whose news list "
        "/tin-tuc and section lists /tin-tuc/chuyen-muc/<slug> take facets in the query: sort "
        "(newest, oldest, views), view (list, grid) and per_page (a <select onchange=\"location.href="
        "this.value\">), each link keeping the others; a tag cloud on every listing that adds or removes "
        "a tag (?tag=a&tag=b, every combination answered); a pager whose 'Sau »' is rendered from the "
        "page asked for, so ?page=<n> past the end answers 200 (a section its last page again, a tag "
        "filter an empty list) and links ?page=<n+1>, for ever; keywords under each story linking "
        "/tim-kiem?q=<keyword> (any query answered, its pager endless too); a print view ?print=1 "
        "(no canonical, window.print() on load) and share links; a sitemap of the stories and sections. "
        "The listing space is answered by generated_pages.py. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    base = s["base_url"]
    url = {x["id"]: f"/tin-tuc/{x['slug']}-{x['id']}.html" for x in arts}
    counter = counter_gold(online=9, today=402, total=318775)
    popular = sorted(arts, key=lambda x: -x["views"])[:4]
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{e(t)}</a></li>' for u, t in [
        ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
        *[(f"/tin-tuc/chuyen-muc/{k}", v) for k, v in src.CATEGORIES.items()], ("/lien-he", "Liên hệ")])
    layout = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>%%TITLE%%</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/portal.css?v=2.3.1">
</head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/logo-maivan.png" alt="Logo {a(s['name'])}" height="72"></a>
<span class="site-name">{e(s['name'].upper())}</span>
<form class="form-inline search-box" action="/tim-kiem" method="get"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm..."><button class="btn" type="submit">Tìm</button></form></div></header>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav>
<main class="container"><div class="row">
<div class="col-lg-8 main-col">
%%MAIN%%
</div>
<aside class="col-lg-4 sidebar">
<div class="widget"><h4 class="widget-title">Tin xem nhiều</h4><ul class="list-unstyled">{"".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in popular)}</ul></div>
<div class="widget"><h4 class="widget-title">Thẻ</h4><div class="tag-cloud">%%TAGS%%</div></div>
<div class="widget"><h4 class="widget-title">Thống kê truy cập</h4><p>Đang truy cập: 9<br>Hôm nay: 402<br>Tổng lượt truy cập: 318.775</p></div>
</aside>
</div></main>
<footer class="site-footer"><div class="container"><p><b>{e(s['name'].upper())}</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])}. Địa chỉ: {e(s['address'])}. Điện thoại: {e(s['phone'])}. Email: {e(s['email'])}</p></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script><script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    data = {"site": s["name"], "page_size": src.PAGE_SIZE, "per_page": list(src.PER_PAGE_CHOICES),
            "tags": src.TAGS, "categories": src.CATEGORIES,
            "teasers": [{"id": x["id"], "url": url[x["id"]], "title": x["title"], "date": dmy(x["published"]),
                         "published": x["published"], "sapo": x["sapo"], "category": x["category"],
                         "tags": x["tags"], "keywords": x["keywords"], "views": x["views"]} for x in arts]}
    source = FACETED_PAGES % {"data": json.dumps(data, ensure_ascii=False), "layout": layout}
    module = types.ModuleType("faceted_pages")
    exec(compile(source, "generated_pages.py", "exec"), module.__dict__)
    p.files["generated_pages.py"] = source.encode("utf-8")

    def listed(path: str, page_class: str) -> None:
        made = module.render(path.replace("&", "&amp;").replace("&amp;", "&"))
        p.page(path, "pages/" + (path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-").replace("&", "-") or "index") + ".html", made, page_class)

    cloud = module.tag_cloud("/tin-tuc", None)

    def page(title: str, main: str, head: str = "") -> str:
        text = module.page(title, main, cloud)
        return text.replace("</title>\n", "</title>\n" + head, 1) if head else text

    def teaser(x: dict) -> str:
        return module.teaser(next(t for t in data["teasers"] if t["id"] == x["id"]), "list")

    # home
    first = arts[0]
    boxes = "".join(
        f'<section class="home-box"><h2 class="box-title"><a href="/tin-tuc/chuyen-muc/{cat}">{e(name)}</a></h2>'
        + "".join(f'<p class="box-link"><a href="{url[x["id"]]}">{e(x["title"])}</a></p>' for x in [y for y in arts if y["category"] == cat][:2]) + "</section>"
        for cat, name in src.CATEGORIES.items())
    home = (f'<section class="featured"><a href="{url[first["id"]]}"><img src="/uploads/tin-tuc/{first["id"]}/large.jpg" alt="{a(first["title"])}" class="img-fluid"></a>'
            f'<h2 class="featured-title"><a href="{url[first["id"]]}">{e(first["title"])}</a></h2><p class="news-date">{dmy(first["published"])}</p><p>{e(long_lead(first, 480))}</p></section>'
            '<section class="latest"><h2 class="box-title"><a href="/tin-tuc">Tin mới</a></h2>' + "".join(teaser(x) for x in arts[1:4]) + "</section>" + boxes)
    p.page("/", "pages/index.html", page(s["name"], home), "home")

    # the listings as the menu and the canonical pager reach them
    pages = math.ceil(len(arts) / src.PAGE_SIZE)
    for k in range(1, pages + 1):
        listed("/tin-tuc" + (f"?page={k}" if k > 1 else ""), "listing")
    for cat in src.CATEGORIES:
        listed(f"/tin-tuc/chuyen-muc/{cat}", "listing")
    for tag in src.TAGS:
        listed(f"/tin-tuc?tag={tag}", "other")

    must_not = ["Tin xem nhiều", "Thống kê truy cập", "Cơ quan chủ quản", "Từ khóa", "Tin cùng chuyên mục", "In bài"]
    for x in arts:
        cat = src.CATEGORIES[x["category"]]
        body = f'<p class="sapo"><strong>{e(x["sapo"])}</strong></p>' + "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        keywords = ", ".join(f'<a href="/tim-kiem?q={quote_plus(k)}">{e(k)}</a>' for k in x["keywords"])
        tags = " ".join(f'<a class="tag" href="/tin-tuc?tag={t}">{e(src.TAGS[t])}</a>' for t in x["tags"])
        related = "".join(f'<li><a href="{url[o["id"]]}">{e(o["title"])}</a></li>' for o in arts if o["category"] == x["category"] and o is not x)
        share = quote_plus(base + url[x["id"]])
        main = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                f'<li class="breadcrumb-item"><a href="/tin-tuc/chuyen-muc/{x["category"]}">{e(cat)}</a></li></ol></nav>'
                f'<article class="news-detail"><h1 class="news-detail-title">{e(x["title"])}</h1>'
                f'<div class="news-meta"><span class="date">{dmy(x["published"])} {hm(x["published"])}</span> | <span class="views">Lượt xem: {x["views"]}</span></div>'
                f'<div class="news-content">{body}</div><p class="news-author text-right"><strong>{e(x["author"])}</strong></p>'
                f'<div class="news-keywords">Từ khóa: {keywords}</div><div class="news-tags">Thẻ: {tags}</div>'
                f'<div class="news-tools"><a href="{url[x["id"]]}?print=1" target="_blank">In bài</a> | '
                f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a> | '
                f'<a href="https://zalo.me/share?url={share}" target="_blank">Chia sẻ Zalo</a></div></article>'
                f'<section class="related"><h2 class="box-title">Tin cùng chuyên mục</h2><ul>{related}</ul></section>')
        p.page(url[x["id"]], f"pages/tin/{x['id']}.html", page(f"{x['title']} - {s['name']}", main,
               f'<link rel="canonical" href="{base}{url[x["id"]]}">\n'), "article")
        p.article_gold(str(x["id"]), url[x["id"]], x, [x["sapo"], *x["paragraphs"], x["author"]], cat, must_not, counter)
        printed = (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>{e(x["title"])}</title>\n'
                   f'<link rel="stylesheet" href="/assets/css/print.css">\n</head>\n<body onload="window.print()">\n'
                   f'<div class="print-header">{e(s["name"])}</div><h1>{e(x["title"])}</h1><p class="news-date">{dmy(x["published"])} {hm(x["published"])}</p>'
                   f'<div class="news-content">{body}</div><p class="news-author"><strong>{e(x["author"])}</strong></p>\n</body>\n</html>\n')
        p.page(url[x["id"]] + "?print=1", f"pages/in/{x['id']}.html", printed, "duplicate")

    p.page("/gioi-thieu", "pages/gioi-thieu.html", page(f"Giới thiệu - {s['name']}",
           '<h1 class="page-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)), "other")
    p.page("/lien-he", "pages/lien-he.html", page(f"Liên hệ - {s['name']}",
           f'<h1 class="page-title">Liên hệ</h1><p>Ủy ban nhân dân {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p><p>Điện thoại: {e(s["phone"])}</p>'
           '<form action="/lien-he" method="post"><input class="form-control" name="ho_ten"><textarea class="form-control" name="noi_dung"></textarea><button class="btn" type="submit">Gửi</button></form>'), "other")
    p.raw("/sitemap.xml", "files/sitemap.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{base}{u}</loc></url>\n" for u in ["/", "/tin-tuc", *[f"/tin-tuc/chuyen-muc/{c}" for c in src.CATEGORIES], *[url[x["id"]] for x in arts]])
        + "</urlset>\n").encode("utf-8"), "application/xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /quan-tri/\nSitemap: {base}/sitemap.xml\n".encode(),
          "text/plain; charset=utf-8")
    return p


SITES = (*SITES, "maivan")
BUILDERS.update({"maivan": build_faceted_portal})

# == end holdout-pagers ===========================================================================


# == holdout-media (session 6): a NukeViet 4 district portal with media sections (quekhe) and a
# == commune's Google Sites site (truckhe). Kept in one block, registered at its end, to ease merging.


def nv_published(iso: str) -> str:
    """NukeViet's article:published_time: PHP date('Y-m-dTH:i:s'), whose T is the zone's
    abbreviation ('+07' for Asia/Ho_Chi_Minh), not the ISO separator."""
    return when(iso).strftime("%Y-%m-%d+07%H:%M:%S")


NV_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def build_nukeviet(src) -> Portal:
    s = src.SITE
    p = Portal(src, "nukeviet-media", (
        "MODELLED, not copied: a district portal on NukeViet 4 (PHP, the Vietnamese open-source CMS; "
        "theme 'default', Bootstrap 3 with a 24-column grid): the news module renamed 'tin-tuc' with "
        "stories at /tin-tuc/<category>/<Alias-Keeping-Case>-<id>.html, categories at /tin-tuc/<category>/ "
        "and /tin-tuc/<category>/page-<n>; the media sections are categories of the same module, so a "
        "photo story, a video, a radio bulletin and an infographic share the stories' URL shape and detail "
        "template (div.news_column, h1.title, 'Thứ hai - 12/08/2025 09:30', div.hometext, "
        "div#news-bodyhtml.bodytext, 'Tác giả bài viết' and 'Nguồn tin' under the body, a rating box, "
        "'Những tin mới hơn' / 'Những tin cũ hơn'); article:published_time written with PHP's 'T' (the zone "
        "abbreviation) in place of the ISO separator; 'Tin ảnh' photo stories of 6-9 captioned photos and "
        "two or three sentences (in the hometext only, or a first body paragraph; captions as "
        "figcaption, centred <em> paragraphs or an image table); videos (a YouTube iframe or a CKEditor "
        "html5 video and one or two lines), radio bulletins (an html5 audio, a line listing the items, "
        "a download link), an infographic (one tall image and a source line); the laws module 'van-ban' "
        "(a table, detail pages /van-ban/detail/<Alias>-<id>.html of properties: Số ký hiệu, Ngày ban "
        "hành, Cơ quan ban hành, Người ký, Trích yếu, the file and a Google Docs viewer iframe); a weekly "
        "work schedule; the breadcrumb in a hidden list the theme's script moves; the counter block in "
        "the footer; RSS and a sitemap index. Invented unit and prose."))
    base = s["base_url"]
    cats = src.CATEGORIES
    items: list[dict] = []
    for x in src.ARTICLES:
        items.append({**x, "kind": cats[x["category"]][2]})
    for x in src.VIDEOS:
        items.append({**x, "category": "video", "kind": "video", "sapo": x["line"], "paragraphs": [],
                      "author": "", "source": "Trung tâm VH-TT&TT huyện"})
    for x in src.AUDIOS:
        items.append({**x, "category": "phat-thanh", "kind": "audio", "sapo": x["line"], "paragraphs": [],
                      "author": "", "source": "Đài Truyền thanh huyện"})
    for x in src.INFOGRAPHICS:
        items.append({**x, "category": "infographic", "kind": "infographic", "sapo": "", "paragraphs": [],
                      "author": "", "source": ""})
    items.sort(key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/tin-tuc/{x['category']}/{x['alias']}-{x['id']}.html" for x in items}
    by_cat = {c: [x for x in items if x["category"] == c] for c in cats}
    docs = src.DOCUMENTS
    doc_url = {d["id"]: f"/van-ban/detail/{d['alias']}-{d['id']}.html" for d in docs}
    counter = counter_gold(online=12, today=305, month=8120, total=412705)

    def nv_date(iso: str) -> str:
        return f"{NV_WEEKDAYS[when(iso).weekday()]} - {dmy(iso)} {hm(iso)}"

    def layout(title: str, main: str, module: str, func: str, crumbs: list[tuple[str, str]],
               head_extra: str = "", og_type: str = "website", canonical: str = "") -> str:
        sub = "".join(f'<li><a href="/tin-tuc/{c}/" title="{a(n)}">{e(n)}</a></li>' for c, (n, _, _) in cats.items())
        menu = (f'<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
                f'<li><a title="Giới thiệu" href="/gioi-thieu/Gioi-thieu-chung.html">Giới thiệu</a></li>'
                f'<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/tin-tuc/" role="button" aria-expanded="false" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">{sub}</ul></li>'
                f'<li><a title="Văn bản" href="/van-ban/">Văn bản</a></li>'
                f'<li><a title="Lịch công tác" href="/lich-cong-tac/">Lịch công tác</a></li>'
                f'<li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>')
        trail = "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{u}" itemprop="item" title="{a(t)}"><span itemprop="name">{e(t)}</span></a><i class="hidden" itemprop="position" content="{i}"></i></li>'
            for i, (u, t) in enumerate([("/", "Trang nhất"), *crumbs], 1))
        newdocs = "".join(f'<li class="clearfix"><a href="{doc_url[d["id"]]}" title="{a(d["summary"])}">{e(d["type"])} {e(d["number"])}</a><br /><span class="text-muted small">Ban hành: {d["issued"]}</span></li>' for d in docs[:3])
        links = "".join(f'<li><a href="{a(u)}" target="_blank">{e(t)}</a></li>' for u, t in LINKS)
        canon = f'<link rel="canonical" href="{base}{canonical}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{e(title)}</title>
<meta name="description" content="{a(title)}">
<meta name="author" content="{a(s['name'])}">
<meta name="copyright" content="{a(s['name'])} [{s['email']}]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{a(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:site_name" content="{a(s['name'])}">
<meta property="og:url" content="{base}{canonical or '/'}">
{head_extra}<link rel="shortcut icon" href="/favicon.ico">
{canon}<link rel="alternate" href="/tin-tuc/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script data-show="inline" type="text/javascript">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_q7Kx2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/{module if module == 'tin-tuc' else 'main'}.js"></script>
<script src="/themes/default/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{a(s['name'])}" href="/"><img src="/uploads/logo-quekhe.png" alt="{a(s['name'])}"></a><span class="site_name">{e(s['name'])}</span><span class="site_description">Ủy ban nhân dân huyện Quế Khê - tỉnh Hà Lam</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="personalArea"><span class="current-time">{{CURRENT_TIME}}</span></div><div class="headerSearch"><form action="/seek/" method="get" class="form-inline"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." name="q"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><div class="navbar navbar-default navbar-static-top" role="navigation"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav">{menu}</ul></div></div></div></div></div></nav>
<section>
<div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{trail}</ul></div></div></div></div></div></nav>
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-none laws-block">{newdocs}</ul><p class="text-right"><a href="/van-ban/">Xem tất cả</a></p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><ul class="list-none">{links}</ul></div></div>
</div>
</div>
</div>
</section>
</div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body"><h3>{e(s['name'])}</h3><ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness"><li class="company_name"><span itemprop="name">Ủy ban nhân dân huyện Quế Khê</span></li><li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">{e(s['address'])}</span></span></li><li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:{s['phone'].replace(' ', '')}"><span itemprop="telephone">{e(s['phone'])}</span></a></span></li><li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:{s['email']}"><span itemprop="email">{s['email']}</span></a></span></li></ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body"><h3>Thống kê truy cập</h3><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>12</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">305</span></li><li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>8.120</span></li><li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>412.705</span></li></ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về Ủy ban nhân dân huyện Quế Khê. Ghi rõ nguồn "{e(s['name'])}" khi phát hành lại thông tin từ website này.</span></div><div id="ftip"><a href="https://nukeviet.vn" target="_blank">Powered by NukeViet</a></div></div></div>
</div></div></div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/default/js/bootstrap.min.js"></script>
</body>
</html>
""".replace("{CURRENT_TIME}", "Thứ bảy, 16/08/2025")

    def photo_html(style: str, src_url: str, caption: str) -> str:
        if style == "figure":
            return f'<figure class="image"><img alt="{a(caption)}" height="533" src="{src_url}" width="800" /><figcaption>{e(caption)}</figcaption></figure>'
        if style == "em":
            return f'<p style="text-align:center"><img alt="" height="533" src="{src_url}" width="800" /></p>\n<p style="text-align:center"><em>{e(caption)}</em></p>'
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-caption" style="width:800px"><tbody>'
                f'<tr><td><img alt="" height="533" src="{src_url}" width="800" /></td></tr>'
                f'<tr><td style="text-align:center"><em>{e(caption)}</em></td></tr></tbody></table>')

    def upload(x: dict) -> str:
        return f"/uploads/tin-tuc/{when(x['published']).strftime('%Y_%m')}"

    def thumb(x: dict) -> str:
        return f"/assets/tin-tuc/{when(x['published']).strftime('%Y_%m')}/{x['alias'].lower()[:40]}.jpg"

    def teaser(x: dict) -> str:
        lead = x["sapo"] or (x["paragraphs"][0] if x["paragraphs"] else "")
        lead_html = f"{e(lead)}" if lead else ""
        return (f'<div class="news_column"><div class="panel panel-default clearfix"><div class="panel-body">'
                f'<a href="{url[x["id"]]}" title="{a(x["title"])}"><img alt="{a(x["title"])}" src="{thumb(x)}" width="183" class="img-thumbnail pull-left imghome" /></a>'
                f'<h3><a href="{url[x["id"]]}" title="{a(x["title"])}">{e(x["title"])}</a></h3>'
                f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {dmy(x["published"])} {hm(x["published"])}</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: {97 + x["id"] % 311}</li></ul></div>'
                f'{lead_html}<div class="clearfix"></div></div></div></div>')

    def grid_card(x: dict) -> str:
        return (f'<div class="col-xs-24 col-sm-12 col-md-8"><div class="thumbnail">'
                f'<a title="{a(x["title"])}" href="{url[x["id"]]}"><img alt="{a(x["title"])}" src="{thumb(x)}" width="236" class="img-thumbnail" /></a>'
                f'<div class="caption text-center"><h3><a title="{a(x["title"])}" href="{url[x["id"]]}">{e(x["title"])}</a></h3></div></div></div>')

    def pager(cat: str, page: int, pages: int) -> str:
        if pages < 2:
            return ""
        def href(n: int) -> str:
            return f"/tin-tuc/{cat}/" if n == 1 else f"/tin-tuc/{cat}/page-{n}"
        off = ' class="disabled"'
        lis = [f'<li{"" if page > 1 else off}><a href="{href(page - 1) if page > 1 else "#"}">&laquo;</a></li>']
        lis += [f'<li class="active"><a href="#">{n}</a></li>' if n == page else f'<li><a href="{href(n)}">{n}</a></li>' for n in range(1, pages + 1)]
        lis.append(f'<li{"" if page < pages else off}><a href="{href(page + 1) if page < pages else "#"}">&raquo;</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'

    # category pages: stories in the list layout, media sections in the grid layout
    for cat, (name, size, kind) in cats.items():
        pages = chunks(by_cat[cat], size)
        for n, group in enumerate(pages, 1):
            if kind == "story":
                inner = "\n".join(teaser(x) for x in group)
            else:
                inner = f'<div class="row">{"".join(grid_card(x) for x in group)}</div>'
            main = (f'<div class="news_column"><div class="page-header"><h1>{e(name)}</h1></div>\n{inner}\n'
                    f'{pager(cat, n, len(pages))}</div>')
            path = f"/tin-tuc/{cat}/" if n == 1 else f"/tin-tuc/{cat}/page-{n}"
            title = f"{name} - {s['name']}" if n == 1 else f"{name} - Trang {n} - {s['name']}"
            p.page(path, f"pages/tin-tuc/{cat}/{'index' if n == 1 else f'page-{n}'}.html",
                   layout(title, main, "tin-tuc", "viewcat", [("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{cat}/", name)],
                          canonical=path), "listing")

    # the module's main page: a block per category
    def cat_block(cat: str) -> str:
        name = cats[cat][0]
        first, *rest = by_cat[cat]
        others = "".join(f'<li class="icon_list"><a class="show" href="{url[x["id"]]}" title="{a(x["title"])}">{e(x["title"])}</a></li>' for x in rest[:3])
        return (f'<div class="news_column panel panel-default"><div class="panel-heading"><h4><a title="{a(name)}" href="/tin-tuc/{cat}/"><span>{e(name)}</span></a></h4></div>'
                f'<div class="panel-body"><div class="row"><div class="col-md-12"><a href="{url[first["id"]]}" title="{a(first["title"])}"><img src="{thumb(first)}" alt="{a(first["title"])}" width="183" class="img-thumbnail pull-left imghome" /></a>'
                f'<h3><a href="{url[first["id"]]}" title="{a(first["title"])}">{e(first["title"])}</a></h3><p>{e(first["sapo"] or (first["paragraphs"] or [""])[0])}</p></div>'
                f'<div class="col-md-12"><ul class="related">{others}</ul></div></div></div></div>')
    p.page("/tin-tuc/", "pages/tin-tuc/index.html",
           layout(f"Tin tức - {s['name']}", "\n".join(cat_block(c) for c in cats), "tin-tuc", "main", [("/tin-tuc/", "Tin tức")],
                  canonical="/tin-tuc/"), "listing")

    # the home page: a hot-news slider, the newest stories, a photo carousel, the newest video
    def li_dated(x: dict) -> str:
        return f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a> <em>({dmy(x["published"])})</em></li>'

    def li_plain(x: dict) -> str:
        return f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>'

    stories = by_cat["tin-hoat-dong"]
    hot = stories[0]
    vid = src.VIDEOS[0]
    home = (f'<div class="panel panel-default"><div class="panel-body"><div class="hot-news row"><div class="col-md-14">'
            f'<a href="{url[hot["id"]]}"><img src="{thumb(hot)}" alt="{a(hot["title"])}" class="img-responsive" /></a></div>'
            f'<div class="col-md-10"><h2><a href="{url[hot["id"]]}">{e(hot["title"])}</a></h2><p class="text-muted">{dmy(hot["published"])}</p><p>{e(long_lead(hot, 420))}</p></div></div>'
            f'<ul class="related">{"".join(li_dated(x) for x in stories[1:5])}</ul></div></div>\n'
            f'<div class="panel panel-default"><div class="panel-heading"><h4><a href="/tin-tuc/tin-anh/">Tin ảnh</a></h4></div><div class="panel-body"><div class="owl-carousel">'
            + "".join(f'<div class="item"><a href="{url[x["id"]]}"><img src="{thumb(x)}" alt="{a(x["title"])}" /></a><h3><a href="{url[x["id"]]}">{e(x["title"])}</a></h3></div>' for x in by_cat["tin-anh"])
            + f'</div></div></div>\n<div class="panel panel-default"><div class="panel-heading"><h4><a href="/tin-tuc/video/">Video</a></h4></div><div class="panel-body">'
              f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{vid["youtube"]}" allowfullscreen></iframe></div>'
              f'<h3><a href="{url[vid["id"]]}">{e(vid["title"])}</a></h3>'
              f'<ul class="related">{"".join(li_plain(x) for x in by_cat["video"][1:] + by_cat["phat-thanh"][:1])}</ul></div></div>\n'
              f'<div class="panel panel-default"><div class="panel-heading"><h4><a href="/tin-tuc/infographic/">Infographic</a></h4></div><div class="panel-body">'
              + "".join(f'<a href="{url[x["id"]]}"><img src="{thumb(x)}" alt="{a(x["title"])}" /></a>' for x in by_cat["infographic"]) + '</div></div>')
    p.page("/", "pages/index.html", layout(s["name"], home, "tin-tuc", "main", [], canonical="/"), "home")

    # detail pages
    must_not = ["Tác giả bài viết", "Nguồn tin", "Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm",
                "Văn bản mới", "Liên kết website", "Thống kê truy cập", "Trang nhất", "Powered by NukeViet"]
    for x in items:
        cat = x["category"]
        name = cats[cat][0]
        kind = x["kind"]
        folder = upload(x)
        p.raw(thumb(x), f"files{thumb(x)}", TINY_JPEG, "image/jpeg")
        body: list[str] = []
        gold_body: list[str] = [x["sapo"]] if x["sapo"] else []
        for t in x["paragraphs"]:
            body.append(f"<p>{e(t)}</p>")
            gold_body.append(t)
        if kind == "photo":
            for i, caption in enumerate(x["photos"], 1):
                photo = f"{folder}/{x['alias'].lower()[:24]}-{i}.jpg"
                p.raw(photo, f"files{photo}", TINY_JPEG, "image/jpeg")
                body.append(photo_html(x["captions"], photo, caption))
                gold_body.append(caption)
        elif kind == "story":
            photo = f"{folder}/{x['alias'].lower()[:24]}-1.jpg"
            p.raw(photo, f"files{photo}", TINY_JPEG, "image/jpeg")
            body.insert(1 if body else 0, f'<p style="text-align:center"><img alt="{a(x["title"])}" height="450" src="{photo}" width="800" /></p>')
        elif kind == "video":
            if x["youtube"]:
                body.append(f'<div class="embed-responsive embed-responsive-16by9" style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/{x["youtube"]}?rel=0" width="640"></iframe></div>')
            else:
                body.append(f'<div class="ckeditor-html5-video" style="text-align: center;"><video controls="controls" src="{folder}/{x["file"]}" style="width:100%">&nbsp;</video></div>')
                p.raw(f"{folder}/{x['file']}", f"files{folder}/{x['file']}", b"\x00\x00\x00\x18ftypmp42", "video/mp4")
        elif kind == "audio":
            body.append(f'<div class="ckeditor-html5-audio" style="text-align: center;"><audio controls="controls" controlslist="nodownload" src="/uploads/tin-tuc/phat-thanh/{x["file"]}" style="max-width:100%">&nbsp;</audio></div>')
            body.append(f'<p style="text-align:right"><a href="/uploads/tin-tuc/phat-thanh/{x["file"]}" download>Tải file âm thanh</a></p>')
            p.raw(f"/uploads/tin-tuc/phat-thanh/{x['file']}", f"files/uploads/tin-tuc/phat-thanh/{x['file']}", b"ID3\x03\x00\x00\x00\x00\x00\x00", "audio/mpeg")
        else:  # infographic
            image = f"{folder}/{x['file']}"
            body.append(f'<p style="text-align:center"><img alt="{a(x["title"])}" height="2600" src="{image}" width="800" /></p>')
            body.append(f'<p style="text-align:right"><em>{e(x["source"])}</em></p>')
            p.raw(image, f"files{image}", TINY_JPEG, "image/png")
        newer = [y for y in by_cat[cat] if y["published"] > x["published"]][-3:]
        older = [y for y in by_cat[cat] if y["published"] < x["published"]][:3]
        def related(ys: list[dict]) -> str:
            return "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a title="{a(y["title"])}" href="{url[y["id"]]}">{e(y["title"])}</a><em>({dmy(y["published"])})</em></li>' for y in ys)
        other_news = ""
        if newer:
            other_news += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related">{related(newer)}</ul></div>'
        if older:
            other_news += f'<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related">{related(older)}</ul></div>'
        credits = ""
        if x.get("author"):
            credits += f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{e(x["author"])}</p>'
        if x.get("source"):
            credits += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{e(x["source"])}</p>'
        hometext = ""
        if x["sapo"]:
            hometext = (f'<div class="clearfix"><figure class="article left pointer"><div style="width:140px;"><p class="text-center"><img alt="{a(x["title"])}" src="{thumb(x)}" width="140" class="img-thumbnail"/></p></div></figure>'
                        f'<div class="hometext m-bottom" itemprop="description">{e(x["sapo"])}</div></div>')
        main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{e(x['title'])}</h1>
        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{e(x.get('author') or s['name'])}</span></div>
        <span class="hidden hide d-none" itemprop="datePublished">{when(x['published']).strftime('%Y-%m-%dT%H:%M:%S+07:00')}</span>
        <div class="row margin-bottom-lg">
            <div class="col-md-12"><span class="h5">{nv_date(x['published'])}</span></div>
            <div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/tin-tuc/sendmail/{cat}/{x['alias']}-{x['id']}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/tin-tuc/print/{cat}/{x['alias']}-{x['id']}.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div>
        </div>
        {hometext}
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{chr(10).join(body)}
        </div>
        <div class="margin-bottom-lg">{credits}</div>
    </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><span class="small">Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{other_news}</div></div>"""
        published_meta = (f'<meta property="article:published_time" content="{nv_published(x["published"])}">\n'
                          f'<meta property="article:modified_time" content="{nv_published(x["published"])}">\n'
                          f'<meta property="article:section" content="{a(name)}">\n')
        p.page(url[x["id"]], f"pages/tin-tuc/{cat}/{x['id']}.html",
               layout(f"{x['title']} - {name} - {s['name']}", main, "tin-tuc", "detail",
                      [("/tin-tuc/", "Tin tức"), (f"/tin-tuc/{cat}/", name)], published_meta, "article", url[x["id"]]),
               "article" if kind in ("story", "photo") else "other")
        if kind in ("story", "photo"):
            p.article_gold(str(x["id"]), url[x["id"]], x, gold_body, name, must_not, counter)

    # the documents module
    def doc_row(i: int, d: dict) -> str:
        return (f'<tr><td class="text-center">{i}</td><td><a href="{doc_url[d["id"]]}">{e(d["number"])}</a></td><td>{d["issued"]}</td>'
                f'<td><a href="{doc_url[d["id"]]}" title="{a(d["summary"])}">{e(d["summary"])}</a></td>'
                f'<td class="text-center"><a href="/uploads/van-ban/{d["file"]}" title="Tải về"><em class="fa fa-download fa-lg">&nbsp;</em></a></td></tr>')
    table = ('<div class="table-responsive"><table class="table table-bordered table-striped table-hover"><thead><tr><th class="text-center">STT</th>'
             '<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th class="text-center">Tải về</th></tr></thead><tbody>'
             + "".join(doc_row(i, d) for i, d in enumerate(docs, 1)) + "</tbody></table></div>")
    p.page("/van-ban/", "pages/van-ban/index.html",
           layout(f"Văn bản - {s['name']}", f'<div class="panel panel-default"><div class="panel-heading"><h1 class="h4">Văn bản</h1></div><div class="panel-body">{table}</div></div>',
                  "van-ban", "main", [("/van-ban/", "Văn bản")], canonical="/van-ban/"), "listing")
    for d in docs:
        pdf = f"/uploads/van-ban/{d['file']}"
        p.raw(pdf, f"files{pdf}", tiny_pdf(d["number"].encode("ascii", "replace").decode()), "application/pdf")
        rows = [("Số ký hiệu", e(d["number"])), ("Ngày ban hành", d["issued"]), ("Ngày có hiệu lực", d["effective"]),
                ("Loại văn bản", e(d["type"])), ("Lĩnh vực", e(d["field"])), ("Cơ quan ban hành", e(d["issuer"])),
                ("Người ký", e(d["signer"])), ("Trích yếu", e(d["summary"]))]
        props = "".join(f'<tr><td class="text-nowrap" style="width:180px"><strong>{k}</strong></td><td>{v}</td></tr>' for k, v in rows)
        others = "".join(f'<li><a href="{doc_url[o["id"]]}">{e(o["type"])} {e(o["number"])}</a> <span class="text-muted">({o["issued"]})</span></li>' for o in docs if o is not d)
        main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="lawtitle">{e(d['type'])} {e(d['number'])}</h1>
<div class="table-responsive"><table class="table table-striped table-bordered table-hover"><tbody>{props}</tbody></table></div>
<div class="margin-bottom"><strong>Tập tin đính kèm:</strong><ul class="list-none"><li><em class="fa fa-file-pdf-o">&nbsp;</em><a href="{pdf}" title="{a(d['file'])}">{e(d['file'])}</a> <a class="btn btn-primary btn-xs" href="{pdf}" download>Tải về</a></li></ul></div>
<div class="embed-responsive embed-responsive-4by3"><iframe class="embed-responsive-item" src="https://docs.google.com/viewer?embedded=true&amp;url={base}{pdf}"></iframe></div>
</div></div>
<div class="panel panel-default"><div class="panel-heading">Các văn bản khác</div><div class="panel-body"><ul class="list-none">{others}</ul></div></div>"""
        p.page(doc_url[d["id"]], f"pages/van-ban/{d['id']}.html",
               layout(f"{d['type']} {d['number']} - Văn bản - {s['name']}", main, "van-ban", "detail",
                      [("/van-ban/", "Văn bản")], canonical=doc_url[d["id"]]), "other")

    # the work schedule (a week of the district's leaders), about, contact
    monday = when(src.SCHEDULE_MONDAY)
    from datetime import timedelta
    rows = ""
    for day in range(7):
        entries = [r for r in src.SCHEDULE if r[0] == day]
        date = monday + timedelta(days=day)
        label = f"{NV_WEEKDAYS[day]}, {date.strftime('%d/%m/%Y')}"
        if not entries:
            continue
        for i, (_, time, work, lead, place) in enumerate(entries):
            first = f'<td rowspan="{len(entries)}" class="text-nowrap"><strong>{label}</strong></td>' if i == 0 else ""
            rows += f"<tr>{first}<td>{time}</td><td>{e(work)}</td><td>{e(lead)}</td><td>{e(place)}</td></tr>"
    end = monday + timedelta(days=6)
    p.page("/lich-cong-tac/", "pages/lich-cong-tac/index.html",
           layout(f"Lịch công tác - {s['name']}", f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3 text-center">LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND, UBND HUYỆN</h1>
<p class="text-center"><em>(Từ ngày {monday.strftime('%d/%m/%Y')} đến ngày {end.strftime('%d/%m/%Y')})</em></p>
<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>
</div></div>""", "lich-cong-tac", "main", [("/lich-cong-tac/", "Lịch công tác")], canonical="/lich-cong-tac/"), "other")
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu/Gioi-thieu-chung.html", "pages/gioi-thieu.html",
           layout(f"Giới thiệu chung - {s['name']}", f"""<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">Giới thiệu chung</h1>
<div class="clearfix">{about}</div></div></div>""", "gioi-thieu", "main", [("/gioi-thieu/Gioi-thieu-chung.html", "Giới thiệu")],
                  canonical="/gioi-thieu/Gioi-thieu-chung.html"), "other")
    p.page("/contact/", "pages/contact.html",
           layout(f"Liên hệ - {s['name']}", f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1><p><strong>Ủy ban nhân dân huyện Quế Khê</strong></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {s['email']}</p>
<form method="post" action="/contact/" class="form-horizontal"><input type="text" name="fname" class="form-control" placeholder="Họ và tên"><input type="email" name="femail" class="form-control" placeholder="Email"><input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"><textarea name="fcon" class="form-control" placeholder="Nội dung"></textarea><input type="hidden" name="checkss" value="7c0e2a41d9"><button type="submit" class="btn btn-primary">Gửi</button></form>
</div></div>""", "contact", "main", [("/contact/", "Liên hệ")], canonical="/contact/"), "other")

    # feeds, sitemap index, robots
    rss_items = "".join(f"<item><title>{e(x['title'])}</title><link>{base}{url[x['id']]}</link><guid isPermaLink=\"false\">tin-tuc_{x['id']}</guid>"
                        f"<description>{e(x['sapo'] or (x['paragraphs'] or [''])[0])}</description><pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
                        for x in items[:10])
    p.raw("/tin-tuc/rss/", "pages/tin-tuc/rss.xml", (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
          f"<title>Tin tức - {e(s['name'])}</title><link>{base}/tin-tuc/</link><description>Tin tức</description><language>vi</language>{rss_items}</channel></rss>\n").encode(),
          "application/rss+xml; charset=utf-8")
    p.raw("/sitemap.xml", "pages/sitemap.xml", (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          f"<sitemap><loc>{base}/sitemap-vi.tin-tuc.xml</loc></sitemap><sitemap><loc>{base}/sitemap-vi.van-ban.xml</loc></sitemap></sitemapindex>\n").encode(),
          "application/xml")
    locs = "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{when(x['published']).strftime('%Y-%m-%dT%H:%M:%S')}+07:00</lastmod></url>" for x in items)
    p.raw("/sitemap-vi.tin-tuc.xml", "pages/sitemap-tin-tuc.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n'.encode(),
          "application/xml")
    locs = "".join(f"<url><loc>{base}{doc_url[d['id']]}</loc></url>" for d in docs)
    p.raw("/sitemap-vi.van-ban.xml", "pages/sitemap-van-ban.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n'.encode(),
          "application/xml")
    for sheet in ("font-awesome.min", "bootstrap.non-responsive", "style", "news"):
        p.raw(f"/themes/default/css/{sheet}.css", f"files/themes/default/css/{sheet}.css",
              b".news_column .title{font-size:22px}\n", "text/css")
    p.raw("/robots.txt", "pages/robots.txt", (f"User-agent: *\nDisallow: /admin/\nDisallow: /data/\nDisallow: /includes/\nDisallow: /install/\n"
          f"Disallow: /modules/\nDisallow: /vendor/\nDisallow: /seek/\nSitemap: {base}/sitemap.xml\n").encode(), "text/plain; charset=utf-8")
    return p


def _gs_id(*seed: object) -> str:
    """A Google Sites element id ('h.' and hex), stable per seed."""
    import hashlib
    return "h." + hashlib.sha1("|".join(map(str, seed)).encode()).hexdigest()[:12]


def build_google_sites(src) -> Portal:
    from urllib.parse import quote
    s = src.SITE
    root = s["site_path"]
    p = Portal(src, "google-sites", (
        "MODELLED, not copied: a new commune's site made on Google Sites (the new Sites, "
        "sites.google.com/view/<name>; served here from an example host): every page lives under "
        "/view/xa-truc-khe/, its path the page title's words lowercased with the diacritics kept "
        "(percent-encoded on the wire); the site's address /view/xa-truc-khe and /view/xa-truc-khe/trang-chủ "
        "both answer the home page; each news post is a page of its own under the 'Tin tức' page, "
        "which lists them as cards (an image linking the post, a heading linking it, a typed summary, "
        "a 'Xem thêm' button); the navigation lists EVERY page, news posts included: a top nav whose "
        "overflow sits in a 'Thêm' dropdown, and a side-nav drawer repeating the whole tree (nested "
        "lists, data-nav-level); no machine-readable date anywhere (no time element, no article meta, "
        "no JSON-LD): the date is typed in the text ('Ngày 26/8/2025, ...', an italic 'Cập nhật ngày' "
        "line, or a closing 'Trúc Khê, ngày ... tháng ... năm ...'), and the footer's "
        "data-last-updated-at-time is the site's last publish time, the same on every page; markup "
        "of obfuscated class names, sections of nested divs, jscontroller/jsname/jsaction and data-* "
        "attributes; the page title in a header section's h1, text in div.tyJCtd paragraphs of spans; "
        "images from lh3.googleusercontent.com; documents as Drive embeds (iframe .../file/d/<id>/preview, "
        "an embedded folder view) and links wrapped in google.com/url?q=...; a Google Calendar and a "
        "Maps embed; the scripts are left out (their data blobs modelled by a stub). Invented unit and prose."))
    posts = src.POSTS
    news = f"{root}/tin-tức"
    post_url = {x["slug"]: f"{news}/{x['slug']}" for x in posts}
    about = f"{root}/giới-thiệu"
    pages_tree: list[tuple[str, str, list[tuple[str, str]]]] = [
        (f"{root}/trang-chủ", "Trang chủ", []),
        (about, "Giới thiệu", [(f"{about}/bộ-máy-tổ-chức", "Bộ máy tổ chức")]),
        (news, "Tin tức", [(post_url[x["slug"]], x["title"]) for x in posts]),
        (f"{root}/văn-bản", "Văn bản", []),
        (f"{root}/thủ-tục-hành-chính", "Thủ tục hành chính", []),
        (f"{root}/lịch-công-tác", "Lịch công tác", []),
        (f"{root}/liên-hệ", "Liên hệ", []),
    ]
    TOP_SHOWN = 4  # what fits the top bar; the rest under "Thêm"

    def wire(path: str) -> str:
        return quote(path, safe="/?=&")

    def nav_item(path: str, name: str, children: list[tuple[str, str]], current: str, level: int = 1) -> str:
        selected = ' aria-selected="true"' if path == current else ' aria-selected="false"'
        sub = ""
        if children:
            sub = ('<div class="mBHtvb u5fiyc" role="presentation" title="Mở rộng/Thu gọn" aria-label="Mở rộng/Thu gọn" aria-expanded="false" tabindex="0" jsaction="click:u5fiyc;"><svg class="dvmRw" viewBox="0 0 24 24"><path d="M7.41,8.59L12,13.17l4.59-4.58L18,10l-6,6l-6-6L7.41,8.59z"></path></svg></div>'
                    '<div class="oGuwee eWDljc RPRy1e Mkt3Tc" jsname="QXE97" jsaction="transitionend:UD2r5"><ul class="VcS63b">'
                   + "".join(nav_item(u, n, [], current, level + 1) for u, n in children) + "</ul></div>")
        return (f'<li jsname="ibnC6b" data-nav-level="{level}" class="VsJjtf{" oXBWEc" if children else ""}"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); clickmod:vx9mmb(LfaXnc);">'
                f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"{selected} href="{path}" data-url="{path}" data-type="1" data-level="{level}">{e(name)}</a></div></div>{sub}</li>')

    def page(title: str, path: str, sections: list[str], home: bool = False) -> str:
        top = "".join(nav_item(u, n, c, path) for u, n, c in pages_tree[:TOP_SHOWN])
        more = "".join(nav_item(u, n, c, path, 2) for u, n, c in pages_tree[TOP_SHOWN:])
        top += (f'<li class="VsJjtf ZmrVpf oXBWEc" more-menu-item jsname="ZLGNte" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="click:GJcYce;">'
                f'<a class="aJHbb hDrhEe HlqNPb" jsname="ywL4Jf" role="button" tabindex="0" aria-haspopup="true" aria-expanded="false" aria-label="Thêm">Thêm</a></div></div>'
                f'<div class="oGuwee eWDljc RPRy1e Mkt3Tc" jsname="QXE97"><ul class="VcS63b">{more}</ul></div></li>')
        side = "".join(nav_item(u, n, c, path) for u, n, c in pages_tree)
        og_url = f"{s['base_url']}{path}"
        body = "\n".join(sections)
        doc_title = s["name"] if home else f"{s['name']} - {title}"
        return f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="{a(title)}"><meta property="og:type" content="website"><meta property="og:url" content="{a(og_url)}"><meta property="og:image" content="https://lh3.googleusercontent.com/sitesv/AICyYdb0Kx7mQ2wS3truckhe=w16383"><meta itemprop="name" content="{a(title)}"><meta itemprop="url" content="{a(og_url)}"><meta itemprop="thumbnailUrl" content="https://lh3.googleusercontent.com/sitesv/AICyYdb0Kx7mQ2wS3truckhe=w16383"><meta itemprop="image" content="https://lh3.googleusercontent.com/sitesv/AICyYdb0Kx7mQ2wS3truckhe=w16383"><meta itemprop="imageUrl" content="https://lh3.googleusercontent.com/sitesv/AICyYdb0Kx7mQ2wS3truckhe=w16383"><meta name="twitter:card" content="summary_large_image"><script nonce="Xb9kQ2">window.WIZ_global_data = {{"Im6cmf":"/_/atari/","QrtxK":"0","S06Grb":"","Yllh3e":"%.@.{s['published_ms']},0]","eptZe":"/_/atari/","gGcLoe":false,"qwAQke":"Atari"}};</script><title>{e(doc_title)}</title><style nonce="Xb9kQ2">.Wvt0Yb{{font-family:Lato,sans-serif}}.zfr3Q{{margin:0;line-height:1.38}}.C9DxTc{{font-weight:normal}}</style><link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.X.O/am=MBiA/d=1/rs=AGEqA5nH8ez7xW3qDrQfTz7N2Un5Y5qlTw" data-id="_cl" nonce="Xb9kQ2"><script nonce="Xb9kQ2">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,null,null,null,null,null,null,null,null,null,"SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL2xK0t1", 0]];</script></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;" class="Xpil1b xgQ6eb"></div>
<div class="LS81yb VICjCf j5ihce" tabindex="-1"><div class="hUphyc tyJCtd"><div class="Xpil1b xgQ6eb"><a class="mfN0Lb" href="#{_gs_id(path, 'main')}">Bỏ qua để tới nội dung chính</a><a class="mfN0Lb" href="#yuynLe">Bỏ qua để tới thanh điều hướng</a></div>
<div class="zDUgLc" jsname="YFaO5d" jscontroller="Kh1xYe"><div role="navigation" class="Xpil1b xgQ6eb" jsname="WA9qLc"><nav class="JzO0Vc" jsname="ihoMLd" role="navigation" tabindex="-1" id="yuynLe" jsaction="transitionend:UD2r5"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><ul class="u5fiyc" role="navigation" jsname="waIgnc">{side}</ul></div></nav></div></div>
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf; keydown:Hq2uPe; wheel:Ut4Ahc;" data-top-navigation="true"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{root}/trang-chủ"><img src="https://lh3.googleusercontent.com/sitesv/AICyYdbLogoQuocHuy=w16383" class="lzy1Td" role="img" aria-label="Trang chủ của trang web"><span class="QTKDff">{e(s['name'])}</span></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{top}</ul></nav></div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="{_gs_id(path, 'main')}">
{body}
</div>
<div class="Xpil1b xgQ6eb"></div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{s['published_ms']}" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e;" aria-label="Thông tin về trang web" aria-haspopup="true" tabindex="0"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"></path></svg></span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" role="menu" tabindex="0"><div class="XvhY1d"><div class="JAPqpe K0NPx"><span class="z80M1 FeRvI" jsaction="click:o6ZaF" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Báo cáo lạm dụng</div></div></span><span class="z80M1 FeRvI" jsaction="click:o6ZaF" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Chi tiết trang</div></div></span></div></div></div></div></div></div>
<div jsname="kdb7zb"><div class="Xpil1b xgQ6eb"><a class="Wb5ddd" href="https://sites.google.com/new" target="_blank">Google Sites</a></div></div>
</div></div>
<script nonce="Xb9kQ2">/* viewer bootstrap (modelled stub): the site's scripts load here */ window._docs_flag_initialData = {{"atari-emtpr":false}};</script>
</body></html>
"""

    def section(tiles: list[str], seed: str, header: bool = False, background: str = "") -> str:
        cols = "".join(
            f'<div id="{_gs_id(seed, "col", i)}" class="hJDwNd-AhqUyc-{"uQSCkd" if len(tiles) == 1 else "MPcv7b"} Ft7HRd-AhqUyc-{"uQSCkd" if len(tiles) == 1 else "MPcv7b"} JNdkSc SQVYQc L6cTce-purZT L6cTce-pSzOP"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">{t}</div></div></div></div>'
            for i, t in enumerate(tiles))
        klass = "yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" if header else "yaqOZd"
        bg = f'<div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-position: center center; background-image: url({background});" jsname="LQX2Vd"></div></div>' if background else '<div class="IFuOkc"></div>'
        return (f'<section id="{_gs_id(seed, "section")}" class="{klass}">{bg}<div class="mYVXT"><div class="LS81yb VICjCf j5ihce" tabindex="-1">'
                f'<div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">'
                f'<div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc Ft7HRd-AhqUyc-uQSCkd"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype">{cols}</div></div></div>'
                f'</div></div></div></div></div></div></section>')

    def text_tile(inner: str, seed: str) -> str:
        return (f'<div id="{_gs_id(seed, "text")}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb JYTMs">'
                f'<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div>')

    def para(text: str, style: str = "text-align: justify;", italic: bool = False) -> str:
        # Sites splits a paragraph into spans where the formatting changed while typing
        head, sep, rest = text.partition(", ")
        span_style = "font-family: Arial; font-size: 13pt;" + (" font-style: italic;" if italic else "")
        if sep and len(head) < 40:
            spans = f'<span class="C9DxTc " style="{span_style} font-weight: 700;">{e(head + sep)}</span><span class="C9DxTc " style="{span_style}">{e(rest)}</span>'
        else:
            spans = f'<span class="C9DxTc " style="{span_style}">{e(text)}</span>'
        return f'<p dir="ltr" class="zfr3Q CDt4Ke " style="{style}">{spans}</p>'

    def image_tile(image: str, seed: str, href: str = "", alt: str = "") -> str:
        img = f'<img src="https://lh3.googleusercontent.com/sitesv/{image}=w1280" class="CENy8b" role="img" style="width: 100%; margin: 0%"{f" aria-label={chr(34)}{a(alt)}{chr(34)}" if alt else ""}>'
        if href:
            img = f'<a class="Uxl9ze" href="{href}" jsname="pFSE3b">{img}</a>'
        return (f'<div id="{_gs_id(seed, "img")}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
                f'<div class="WIdY2d M1aSXe"><div jsname="WIdY2d"><div class="t3iYD">{img}</div></div></div></div></div>')

    def drive_tile(file_id: str, name: str, seed: str) -> str:
        return (f'<div id="{_gs_id(seed, "drive")}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="w536ob" jscontroller="Vc9Ypd" jsaction="rcuQ6b:WYd;" data-embed-doc-id="{file_id}" data-embed-doc-type="0" data-embed-open-url="https://drive.google.com/file/d/{file_id}/view?usp=drive_web" data-embed-authuser="0">'
                f'<div class="YMEQtf" style="width: 100%; height: 720px;" jsname="L5Fo6c"><iframe class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals" frameborder="0" aria-label="Drive, {a(name)}" src="https://drive.google.com/file/d/{file_id}/preview" allowfullscreen></iframe></div>'
                f'<div class="WvJxMd PdjWbd" jsname="VkJw6" aria-hidden="true"><div class="PFNTdd"><a class="FKF6mc TpQm9d" href="https://drive.google.com/file/d/{file_id}/view?usp=drive_web" target="_blank" aria-label="Mở trong cửa sổ mới">{e(name)}</a></div></div></div></div></div>')

    def button_tile(href: str, label: str, seed: str, external: bool = False) -> str:
        target = ' target="_blank"' if external else ""
        return (f'<div id="{_gs_id(seed, "button")}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="Bu5sb" jscontroller="VXdfxd" jsaction="mouseenter:tfO1Yc; mouseleave:JywGue;"><div class="pCUmRe">'
                f'<a class="FKF6mc TpQm9d QmpIrf" href="{href}"{target} aria-label="{a(label)}"><div class="NsaAfc"><p>{e(label)}</p></div><div class="dcYZBb"></div></a></div></div></div></div>')

    def header_section(title: str, seed: str) -> str:
        h1 = (f'<div id="{_gs_id(seed, "hdr")}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe">'
              f'<h1 id="{_gs_id(seed, "h1")}" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><div class="GV3q8e aP9Z7e" id="{_gs_id(seed, "anchor")}"></div><span class="C9DxTc aw5Odc " style="font-family: Arial; font-weight: 700;">{e(title)}</span></h1></div></div></div>')
        return section([h1], seed + "#header", header=True, background="https://lh3.googleusercontent.com/sitesv/AICyYdbBannerTrucKhe=w16383")

    def google_url(target: str) -> str:
        import hashlib
        usg = "AOvVaw" + hashlib.sha1(target.encode()).hexdigest()[:22]
        return f"https://www.google.com/url?q={quote(target, safe='')}&amp;sa=D&amp;sntz=1&amp;usg={usg}"

    base_host = s["base_url"]

    def abs_url(path: str) -> str:
        return f"{base_host}{path}"  # the editor's links are absolute (https://sites.google.com/view/...)

    def site_link(path: str) -> str:
        return f"{base_host}{path}"

    # news posts
    must_not = ["Bỏ qua để tới nội dung chính", "Báo cáo lạm dụng", "Chi tiết trang", "Google Sites", "Thêm",
                "Quay lại Tin tức", "Mở rộng/Thu gọn"]
    for x in posts:
        path = post_url[x["slug"]]
        seed = x["slug"]
        paras: list[str] = []
        gold_body = list(x["paragraphs"])
        pub = when(x["published"])
        if x["dated"] == "line":
            paras.append(para(f"Cập nhật ngày {pub.day}/{pub.month}/{pub.year}", "text-align: right;", italic=True))
        paras += [para(t) for t in x["paragraphs"]]
        if x["dated"] == "end":
            closing = f"Trúc Khê, ngày {pub.day:02d} tháng {pub.month} năm {pub.year}"
            paras.append(para(closing, "text-align: right;", italic=True))
            gold_body.append(closing)
        sections = [header_section(x["title"], seed), section([text_tile("".join(paras), seed)], seed + "#text")]
        if x.get("image"):
            sections.append(section([image_tile(x["image"], seed)], seed + "#image"))
        if x.get("gallery"):
            sections.append(section([image_tile(g, seed + g) for g in x["gallery"]], seed + "#gallery"))
        if x.get("drive"):
            sections.append(section([drive_tile(x["drive"][0], x["drive"][1], seed)], seed + "#drive"))
        sections.append(section([button_tile(site_link(news), "Quay lại Tin tức", seed)], seed + "#back"))
        p.page(wire(path), f"pages/tin-tuc/{x['slug']}.html", page(x["title"], path, sections), "article")
        p.article_gold(x["slug"], wire(path), {"title": x["title"], "published": x["published"], "author": None},
                       gold_body, "Tin tức", must_not, None)
        if x.get("drive"):
            p.gold[x["slug"]]["attachments"] = [{"url": f"https://drive.google.com/file/d/{x['drive'][0]}/view?usp=drive_web", "name": x["drive"][1]}]

    # the "Tin tức" page: a card per post, two to a row
    def card(x: dict) -> list[str]:
        seed = "card" + x["slug"]
        summary = x["paragraphs"][0]
        summary = summary[:170].rsplit(" ", 1)[0] + "..." if len(summary) > 170 else summary
        heading = (f'<h3 id="{_gs_id(seed, "h3")}" dir="ltr" class="CDt4Ke zfr3Q OmQG5e " style="text-align: left;"><span class="Ztw6jd"><a class="XqQF9c" href="{abs_url(post_url[x["slug"]])}">'
                   f'<span class="C9DxTc aw5Odc " style="font-family: Arial; font-weight: 700;">{e(x["title"])}</span></a></span></h3>')
        return [image_tile(x.get("image") or "AF1QipNoImage", seed, abs_url(post_url[x["slug"]]), x["title"]),
                text_tile(heading + para(summary, "text-align: left;"), seed),
                button_tile(abs_url(post_url[x["slug"]]), "Xem thêm", seed)]
    card_sections = []
    for pair in chunks(posts, 2):
        card_sections.append(section(["".join(card(x)) for x in pair], "cards" + pair[0]["slug"]))
    intro = section([text_tile(para("Tin tức về hoạt động của Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các đoàn thể xã Trúc Khê.", "text-align: center;"), "news-intro")], "news-intro")
    p.page(wire(news), "pages/tin-tuc/index.html", page("Tin tức", news, [header_section("Tin tức", "news"), intro, *card_sections]), "listing")

    # the home page, at the site's address and at its own page path
    newest = posts[:3]
    welcome = text_tile(para("Chào mừng bạn đến với trang thông tin của Ủy ban nhân dân xã Trúc Khê, tỉnh Hà Lam.", "text-align: center;")
                        + para("Trang được lập để công khai thông tin hoạt động của chính quyền xã và hướng dẫn người dân thực hiện thủ tục hành chính.", "text-align: center;"), "home-welcome")
    latest_head = text_tile(f'<h2 id="{_gs_id("home", "h2")}" dir="ltr" class="CDt4Ke zfr3Q JYVBee " style="text-align: center;"><span class="C9DxTc " style="font-weight: 700;">TIN MỚI</span></h2>', "home-latest")
    latest = section(["".join(card(x)[:2]) for x in newest], "home-cards")
    more = section([button_tile(abs_url(news), "Xem tất cả tin tức", "home-more")], "home-more")
    services = section([button_tile(google_url("https://dichvucong.gov.vn"), "Cổng Dịch vụ công quốc gia", "svc1", True),
                        button_tile(google_url("https://halam.example.gov.vn"), "Cổng TTĐT tỉnh Hà Lam", "svc2", True),
                        button_tile(abs_url("/view/thcs-truc-khe/trang-chủ"), "Trường THCS Trúc Khê", "svc3")], "home-services")
    home_sections = [header_section("ỦY BAN NHÂN DÂN XÃ TRÚC KHÊ", "home"), section([welcome], "home-welcome"),
                     section([latest_head], "home-latest"), latest, more, services]
    p.page(wire(root), "pages/index.html", page("Trang chủ", f"{root}/trang-chủ", home_sections, home=True), "home")
    p.alias(wire(f"{root}/trang-chủ"), "pages/index.html", "home")

    # standing pages
    def standing(path: str, title: str, tiles: list[list[str]], file: str) -> None:
        seed = path
        secs = [header_section(title, seed)] + [section(t, seed + str(i)) for i, t in enumerate(tiles)]
        p.page(wire(path), f"pages/{file}.html", page(title, path, secs), "other")
    standing(about, "Giới thiệu", [[text_tile("".join(para(t) for t in src.ABOUT), "about")], [image_tile("AF1QipTruSoUBND", "about")]], "gioi-thieu")
    standing(f"{about}/bộ-máy-tổ-chức", "Bộ máy tổ chức",
             [[text_tile("".join(para(f"{role}: {name}", "text-align: left;") for role, name in src.LEADERS), "leaders")]], "bo-may")
    doc_list = "".join(f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: left;"><span class="C9DxTc ">- </span><span class="Ztw6jd"><a class="XqQF9c" href="{google_url(f"https://drive.google.com/file/d/{fid}/view?usp=sharing")}" target="_blank"><span class="C9DxTc aw5Odc ">{e(name)}</span></a></span></p>'
                       for fid, name in src.DOCUMENTS)
    folder = ('<div id="h.folderembed" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="w536ob" data-embed-doc-id="1FoLdEr0TrUcKhEvAnBaN2025xx" data-embed-doc-type="4">'
              '<iframe class="YMEQtf" frameborder="0" aria-label="Drive, Văn bản xã Trúc Khê" src="https://drive.google.com/embeddedfolderview?id=1FoLdEr0TrUcKhEvAnBaN2025xx#list" allowfullscreen></iframe></div></div></div>')
    standing(f"{root}/văn-bản", "Văn bản", [[text_tile(para("Văn bản của UBND xã Trúc Khê (bấm vào tên văn bản để xem):", "text-align: left;") + doc_list, "docs")], [folder]], "van-ban")
    standing(f"{root}/thủ-tục-hành-chính", "Thủ tục hành chính", [[text_tile("".join(para(t) for t in src.PROCEDURES), "tthc")],
             [button_tile(google_url("https://dichvucong.gov.vn"), "Nộp hồ sơ trực tuyến", "tthc", True)]], "thu-tuc")
    calendar = ('<div id="h.calendarembed" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="w536ob">'
                '<iframe class="YMEQtf" frameborder="0" aria-label="Google Lịch, Lịch công tác UBND xã" src="https://calendar.google.com/calendar/embed?src=ubndxatruckhe%40gmail.com&amp;ctz=Asia%2FHo_Chi_Minh" allowfullscreen></iframe></div></div></div>')
    standing(f"{root}/lịch-công-tác", "Lịch công tác", [[text_tile(para("Lịch công tác tuần của lãnh đạo UBND xã được cập nhật vào chiều thứ Sáu hằng tuần.", "text-align: left;"), "lich")], [calendar]], "lich-cong-tac")
    contact = "".join(para(t, "text-align: left;") for t in ("Ủy ban nhân dân xã Trúc Khê", f"Địa chỉ: {s['address']}", f"Điện thoại: {s['phone']}", f"Email: {s['email']}"))
    mapembed = ('<div id="h.mapembed" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="w536ob">'
                '<iframe class="YMEQtf" frameborder="0" aria-label="Bản đồ, UBND xã Trúc Khê" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3724.1!2d105.8!3d21.0!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" allowfullscreen></iframe></div></div></div>')
    standing(f"{root}/liên-hệ", "Liên hệ", [[text_tile(contact, "contact"), mapembed]], "lien-he")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /u/\nDisallow: /a/\nDisallow: /d/\nAllow: /view/\n", "text/plain; charset=utf-8")
    p.start_path = wire(root)
    return p


SITES = (*SITES, "quekhe", "truckhe")
BUILDERS.update({"quekhe": build_nukeviet, "truckhe": build_google_sites})
# == end holdout-media ==========================================================================



# == holdout-legacy: Lotus Domino (hanhkhe), Plone (locvan), TYPO3 tx_news (bichvan) =============
# (one block of its own, to ease merging with the other hold-out helpers' edits)

# The categorised view's renderer, which the Domino portal's generated_pages.py holds: the view
# answers any Start/Count/Expand/Collapse/ExpandView/CollapseView combination, and its navigator
# always links a next page, so the twisty and pager URLs have no end.
DOMINO_VIEW = r"""'''The categorised view of the modelled Lotus Domino portal (written by
tests/portals/build.py): Domino answers any combination of Start, Count, Expand, Collapse,
ExpandView and CollapseView, and the navigator's "Trang sau" is always there (past the end an
empty view). MODELLED, not copied.'''
from __future__ import annotations

import html
import json
from urllib.parse import parse_qsl

DATA = json.loads(%(data)r)
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
    main = (f'<table border="0" cellpadding="2" cellspacing="0" width="100%%"><tr><td bgcolor="#E8EEF6">'
            f'<b><font size="2" color="#990000" face="Arial">TIN THEO CHUYÊN MỤC</font></b></td></tr></table>\n'
            f'<table border="0" cellpadding="2" cellspacing="0">\n{body}\n</table>\n'
            f'<p><font size="1" face="Arial">{" | ".join(nav)} &nbsp; Số dòng mỗi trang: {sizes}</font></p>')
    return CHROME.replace("%%%%ACTION%%%%", e(f"{view}?OpenView&Seq=1")).replace(
        "%%%%TITLE%%%%", "Tin theo chuyên mục").replace("%%%%MAIN%%%%", main)


def answer(target: str) -> tuple[int, str, bytes] | None:
    view = DATA["view"]
    if not target.startswith(view + "?"):
        return None
    made = render(target[len(view) + 1:])
    return None if made is None else (200, "text/html; charset=UTF-8", made.encode("utf-8"))
"""


def build_domino(src) -> Portal:
    import types

    s = src.SITE
    db = s["db"]
    p = Portal(src, "lotus-domino", (
        "MODELLED, not copied: a district portal served by IBM Lotus Domino (a web database "
        "/portal.nsf of the 2000s-2010s, table layout, every page one Domino <form>, _doClick "
        "action links): / a 302 to the home form Home?ReadForm; the flat news view TinTuc?OpenView "
        "paged by &Start=<n>&Count=<n> (page 1 also at &Start=1&Count=5, all of it at &Count=10/30); "
        "a categorised view TheoChuyenMuc?OpenView whose twisties (/icons/expand.gif 'Show details "
        "for …') link &Start=&Count=&Expand=<n>#<n> / &Collapse=<n>, with &ExpandView / "
        "&CollapseView links and a navigator whose 'Trang sau' is always there: every combination "
        "answered (generated_pages.py), an endless space of URLs for three categories; the notices "
        "are listed only in that view (a category collapsed until expanded); every document served "
        "under each view's path (/portal.nsf/TinTuc/<UNID>?OpenDocument, "
        "/portal.nsf/TheoChuyenMuc/<UNID>?OpenDocument) and under its UNID "
        "(/portal.nsf/0/<UNID>?OpenDocument, the gold URL, and !OpenDocument), no canonical link "
        "anywhere; $FILE attachments relative to the rendering's path; ?ReadForm pages (about, "
        "contact), a search form ?OpenForm whose button builds a ?SearchView URL. Invented unit "
        "and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    news = [x for x in arts if not x.get("notice")]
    menu = [(f"{db}/Home?ReadForm", "Trang chủ"), (f"{db}/GioiThieu?ReadForm", "Giới thiệu"),
            (f"{db}/TinTuc?OpenView", "Tin tức - Sự kiện"), (f"{db}/TheoChuyenMuc?OpenView", "Tin theo chuyên mục"),
            (f"{db}/TimKiem?OpenForm", "Tìm kiếm"), (f"{db}/LienHe?ReadForm", "Liên hệ")]
    menu_rows = "\n".join(
        f'<tr><td height="22"><img src="/icons/ecblank.gif" width="8" height="8"><a href="{u}">'
        f'<font size="2" color="#003366" face="Arial"><b>{e(t)}</b></font></a></td></tr>' for u, t in menu)

    def chrome(action: str, title: str, main: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{title} - {e(s['name'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script language="JavaScript" type="text/javascript">
<!--
function _doClick(v, o, t, h) {{
  var form = document._DominoForm;
  if (form.onsubmit) {{ var retVal = form.onsubmit(); if (typeof retVal == "boolean" && retVal == false) return false; }}
  var target = document._domino_target;
  if (o.href != null) {{ if (o.target != null) target = o.target; }} else {{ if (t != null) target = t; }}
  form.target = target;
  form.__Click.value = v;
  if (h != null) form.action += h;
  form.submit();
  return false;
}}
// -->
</script>
</head>
<body text="#000000" bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<form method="post" action="{action}" name="_DominoForm">
<input type="hidden" name="__Click" value="0">
<table border="0" cellpadding="0" cellspacing="0" width="980" align="center">
<tr><td colspan="2" height="110" background="{db}/banner.jpg?OpenImageResource"><font size="5" color="#FFFFFF" face="Times New Roman"><b>{e(s['name'].upper())}</b></font></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font size="1" color="#FFFFFF" face="Arial">&nbsp;Ủy ban nhân dân {e(s['unit'])}</font></td></tr>
<tr valign="top"><td width="190" bgcolor="#E8EEF6">
<table border="0" cellpadding="2" cellspacing="0" width="100%">
<tr><td bgcolor="#003366"><font size="2" color="#FFFFFF" face="Arial"><b>DANH MỤC</b></font></td></tr>
{menu_rows}
</table>
<br><table border="0" cellpadding="2" cellspacing="0" width="100%">
<tr><td bgcolor="#003366"><font size="2" color="#FFFFFF" face="Arial"><b>LIÊN KẾT</b></font></td></tr>
<tr><td><a href="http://www.chinhphu.vn" target="_blank"><font size="2" face="Arial">Cổng TTĐT Chính phủ</font></a></td></tr>
<tr><td><font size="1" face="Arial">Lượt truy cập: 1.284.306</font></td></tr>
</table>
</td><td width="790">
{main}
</td></tr>
<tr><td colspan="2" bgcolor="#E8EEF6" align="center"><font size="1" face="Arial">Bản quyền thuộc Ủy ban nhân dân {e(s['unit'])}<br>Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</font></td></tr>
</table>
</form>
</body>
</html>
"""

    def heading(text: str) -> str:
        return (f'<table border="0" cellpadding="2" cellspacing="0" width="100%"><tr><td bgcolor="#E8EEF6">'
                f'<b><font size="2" color="#990000" face="Arial">{e(text.upper())}</font></b></td></tr></table>')

    def view_rows(items: list[dict], link) -> str:
        return "\n".join(
            f'<tr valign="top"><td width="90"><font size="1" face="Arial">{dmy(x["published"])}</font></td>'
            f'<td><a href="{link(x)}"><font size="2" face="Arial"><b>{e(x["title"])}</b></font></a><br>'
            f'<font size="2" face="Arial">{e(x["summary"])}</font></td></tr>' for x in items)

    p.manifest.append({"path": "/", "content_type": HTML_TYPE, "status": 302, "location": f"{db}/Home?ReadForm"})
    # the home form: a featured story, the newest (computed links by UNID, some with "!")
    first, rest = news[0], news[1:5]
    home_rows = "\n".join(
        f'<tr><td><img src="/icons/vwicn008.gif" border="0"> <a href="{db}/0/{x["unid"]}{"!" if i % 2 else "?"}OpenDocument">'
        f'<font size="2" face="Arial">{e(x["title"])}</font></a> <font size="1" color="#808080" face="Arial">({dmy(x["published"])})</font></td></tr>'
        for i, x in enumerate(rest))
    p.page(f"{db}/Home?ReadForm", "pages/home.html", chrome(f"{db}/Home?ReadForm&amp;Seq=1", "Trang chủ", f"""{heading('Tin nổi bật')}
<table border="0" cellpadding="4" cellspacing="0" width="100%"><tr valign="top">
<td width="170"><img src="{db}/0/{first['unid']}/$FILE/anh.jpg" width="160" height="120" border="0"></td>
<td><a href="{db}/0/{first['unid']}?OpenDocument"><font size="3" color="#003366" face="Arial"><b>{e(first['title'])}</b></font></a><br>
<font size="2" face="Arial">{e(long_lead({'sapo': first['summary'], 'paragraphs': first['paragraphs']}, 380))}</font></td></tr></table>
{heading('Tin mới cập nhật')}
<table border="0" cellpadding="2" cellspacing="0" width="100%">
{home_rows}
<tr><td align="right"><a href="{db}/TinTuc?OpenView"><font size="1" face="Arial">Xem tiếp &gt;&gt;</font></a></td></tr>
</table>
<p><a href="" onclick="return _doClick('482571C8001E2A9D.0e1f2a3b4c5d6e7f48257c8a00312d45/$Body/0.1A4', this, null)"><font size="1" face="Arial">Làm mới trang</font></a></p>"""), "home")
    p.raw(f"{db}/0/{first['unid']}/$FILE/anh.jpg", "files/anh.jpg", TINY_JPEG, "image/jpeg")

    def flat(start: int, count: int) -> str:  # the flat news view, Count a page
        items = news[start - 1:start - 1 + count]
        nav = []
        if start > 1:
            nav.append(f'<a href="{db}/TinTuc?OpenView&amp;Start={max(1, start - count)}&amp;Count={count}">« Trang trước</a>')
        if start - 1 + count < len(news):
            nav.append(f'<a href="{db}/TinTuc?OpenView&amp;Start={start + count}&amp;Count={count}">Trang sau »</a>')
        sizes = " | ".join(f'<a href="{db}/TinTuc?OpenView&amp;Start=1&amp;Count={n}">{n}</a>' for n in (10, 30))
        return chrome(f"{db}/TinTuc?OpenView&amp;Seq=1", "Tin tức - Sự kiện", f"""{heading('Tin tức - Sự kiện')}
<table border="0" cellpadding="2" cellspacing="0">
{view_rows(items, lambda x: f"{db}/TinTuc/{x['unid']}?OpenDocument")}
</table>
<p><font size="1" face="Arial">{" | ".join(nav)} &nbsp; Số dòng mỗi trang: {sizes}</font></p>""")
    p.page(f"{db}/TinTuc?OpenView", "pages/tintuc.html", flat(1, 5), "listing")
    p.alias(f"{db}/TinTuc?OpenView&Start=1&Count=5", "pages/tintuc.html", "listing")
    p.page(f"{db}/TinTuc?OpenView&Start=6&Count=5", "pages/tintuc-6.html", flat(6, 5), "listing")
    p.page(f"{db}/TinTuc?OpenView&Start=1&Count=10", "pages/tintuc-10.html", flat(1, 10), "listing")
    p.page(f"{db}/TinTuc?OpenView&Start=1&Count=30", "pages/tintuc-30.html", flat(1, 30), "listing")
    # the categorised view: its renderer is the generated_pages.py the server asks
    data = {"view": f"{db}/TheoChuyenMuc", "chrome": chrome("%%ACTION%%", "%%TITLE%%", "%%MAIN%%"),
            "categories": [(name, [{"unid": x["unid"], "title": x["title"], "date": dmy(x["published"])}
                                   for x in arts if x["category"] == k])
                           for k, name in enumerate(src.CATEGORIES)]}
    source = DOMINO_VIEW % {"data": json.dumps(data, ensure_ascii=False)}
    module = types.ModuleType("domino_view")
    exec(compile(source, "generated_pages.py", "exec"), module.__dict__)
    p.files["generated_pages.py"] = source.encode("utf-8")
    view = f"{db}/TheoChuyenMuc"
    ks = range(1, len(src.CATEGORIES) + 1)
    for query, cls in [("OpenView", "other"), ("OpenView&CollapseView", "other"), ("OpenView&ExpandView", "listing"),
                       *((f"OpenView&Start=1&Count=30&Expand={k}", "listing") for k in ks),
                       *((f"OpenView&Start=1&Count=30&Collapse={k}", "other") for k in ks)]:
        p.page(f"{view}?{query}", f"pages/theochuyenmuc/{query.replace('&', '_').replace('=', '-')}.html",
               module.render(query), cls)
    # documents: under each view's path and under the UNID ("0"), with "?" and "!"
    must_not = ["DANH MỤC", "LIÊN KẾT", "Các tin khác", "In trang", "Lượt truy cập", "Bản quyền"]
    # the chrome's "Lượt truy cập: 1.284.306" under the links is the site's counter (a total)
    counter = counter_gold(total=1284306)
    for x in arts:
        cat = src.CATEGORIES[x["category"]]
        others = [o for o in news if o["unid"] != x["unid"]][:5]

        def doc_page(base: str, x=x, cat=cat, others=others) -> str:
            body = "\n".join(f'<div align="justify"><font size="2" face="Arial">{e(t)}</font></div>' for t in x["paragraphs"])
            att = ""
            if x.get("file"):
                att = (f'<br><font size="2" face="Arial"><b>Tệp đính kèm:</b></font><br>'
                       f'<a href="{base}/$FILE/{x["file"]}"><img src="/icons/fileatt.gif" border="0"> '
                       f'<font size="2" face="Arial">{x["file"]}</font></a>')
            other_rows = "\n".join(
                f'<tr><td><img src="/icons/vwicn008.gif" border="0"> <a href="{db}/0/{o["unid"]}?OpenDocument">'
                f'<font size="2" face="Arial">{e(o["title"])}</font></a> <font size="1" color="#808080" face="Arial">({dmy(o["published"])})</font></td></tr>'
                for o in others)
            return chrome(f"{base}?OpenDocument&amp;Seq=1", e(x["title"]), f"""{heading(cat)}
<table border="0" cellpadding="4" cellspacing="0" width="100%">
<tr><td><b><font size="4" color="#003366" face="Arial">{e(x['title'])}</font></b></td></tr>
<tr><td><font size="1" color="#808080" face="Arial">Cập nhật: {dmy(x['published'])} {hm(x['published'])}</font></td></tr>
<tr><td><i><b><font size="2" face="Arial">{e(x['summary'])}</font></b></i></td></tr>
<tr><td>
{body}
<div align="right"><b><font size="2" face="Arial">{e(x['author'])}</font></b></div>{att}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><font size="1" face="Arial">In trang</font></a> | <a href="javascript:history.go(-1)"><font size="1" face="Arial">Quay lại</font></a></td></tr>
</table>
{heading('Các tin khác')}
<table border="0" cellpadding="2" cellspacing="0" width="100%">
{other_rows}
</table>""")
        for v in ["0", "TheoChuyenMuc"] + ([] if x.get("notice") else ["TinTuc"]):
            base = f"{db}/{v}/{x['unid']}"
            p.page(f"{base}?OpenDocument", f"pages/doc/{v}-{x['unid']}.html", doc_page(base),
                   "article" if v == "0" else "duplicate")
            if x.get("file"):
                p.raw(f"{base}/$FILE/{x['file']}", f"files/{v}-{x['file']}", tiny_pdf(x["title"]), "application/pdf")
        p.alias(f"{db}/0/{x['unid']}!OpenDocument", f"pages/doc/0-{x['unid']}.html", "duplicate")
        p.article_gold(x["unid"], f"{db}/0/{x['unid']}?OpenDocument", x,
                       [x["summary"], *x["paragraphs"], x["author"]], cat, must_not, counter)
        if x.get("file"):
            p.gold[x["unid"]]["attachments"] = [{"url": f"{db}/0/{x['unid']}/$FILE/{x['file']}", "name": x["file"]}]
    about = "".join(f'<div align="justify"><font size="2" face="Arial">{e(t)}</font></div>' for t in src.ABOUT)
    p.page(f"{db}/GioiThieu?ReadForm", "pages/gioithieu.html", chrome(f"{db}/GioiThieu?ReadForm&amp;Seq=1", "Giới thiệu",
           f"{heading('Giới thiệu chung')}\n{about}"), "other")
    p.page(f"{db}/LienHe?ReadForm", "pages/lienhe.html", chrome(f"{db}/LienHe?ReadForm&amp;Seq=1", "Liên hệ", f"""{heading('Liên hệ')}
<font size="2" face="Arial">Ủy ban nhân dân {e(s['unit'])}<br>Địa chỉ: {e(s['address'])}<br>Điện thoại: {e(s['phone'])}<br>Email: {e(s['email'])}</font>"""), "other")
    p.page(f"{db}/TimKiem?OpenForm", "pages/timkiem.html", chrome(f"{db}/TimKiem?OpenForm&amp;Seq=1", "Tìm kiếm", f"""{heading('Tìm kiếm')}
<font size="2" face="Arial">Nhập từ khóa:</font> <input name="Query" value="" size="40">
<input type="button" value="Tìm" onclick="location.href='{db}/TinTuc?SearchView&amp;Query=' + escape(document.forms[0].Query.value) + '&amp;SearchOrder=4'">"""), "other")
    for icon in ("expand", "collapse", "ecblank", "vwicn008", "fileatt"):
        p.raw(f"/icons/{icon}.gif", f"files/icons/{icon}.gif", TINY_JPEG, "image/gif")
    p.raw(f"{db}/banner.jpg?OpenImageResource", "files/banner.jpg", TINY_JPEG, "image/jpeg")
    return p


SITES = (*SITES, "hanhkhe")
BUILDERS.update({"hanhkhe": build_domino})
# Plone's search view, which the Plone portal's generated_pages.py holds: @@search answers any
# query (keywords, types, sort), and each result page's sort links keep the query.
PLONE_SEARCH = r"""'''The @@search view of the modelled Plone portal (written by tests/portals/build.py): it
answers any SearchableText, Subject:list, portal_type:list and sort_on. MODELLED, not copied.'''
from __future__ import annotations

import html
import json
from urllib.parse import parse_qsl, quote, urlsplit

DATA = json.loads(%(data)r)


def e(text: str) -> str:
    return html.escape(text, quote=True)


def render(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    words = " ".join(v for k, v in pairs if k == "SearchableText").lower()
    subjects = {v for k, v in pairs if k == "Subject:list"}
    sort_on = next((v for k, v in pairs if k == "sort_on"), "relevance")
    found = [x for x in DATA["items"]
             if (not subjects or subjects & set(x["subjects"])) and (not words or words in x["title"].lower())]
    if sort_on == "sortable_title":
        found.sort(key=lambda x: x["title"])
    elif sort_on == "Date":
        found.sort(key=lambda x: x["date"], reverse=True)
    kept = [(k, v) for k, v in pairs if k not in ("sort_on", "sort_order")]
    def href(extra):
        return "/@@search?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in [*kept, *extra])
    sorts = " · ".join(f'<a data-sort="{key}" href="{e(href(extra))}">{label}</a>' for key, label, extra in [
        ("relevance", "Mức độ phù hợp", [("sort_on", "relevance")]),
        ("Date", "Ngày (mới nhất trước)", [("sort_on", "Date"), ("sort_order", "reverse")]),
        ("sortable_title", "Theo bảng chữ cái", [("sort_on", "sortable_title")])])
    results = "\n".join(
        f'<li><span class="result-title"><a href="{x["url"]}" class="state-published">{e(x["title"])}</a></span>'
        f'<span class="discreet"><span class="documentByLine"><span class="documentModified">{x["shown"]}</span></span></span>'
        f'<p class="discreet croppedDescription">{e(x["description"])}</p></li>' for x in found)
    main = f'''<h1 class="documentFirstHeading">Kết quả tìm kiếm</h1>
<form name="searchform" action="@@search" class="searchPage pat-formautosubmit" method="get">
<input class="searchPage form-control" name="SearchableText" type="text" size="25" title="Tìm kiếm trên trang" value="{e(words)}">
<input class="searchPage allowMultiSubmit btn btn-primary" type="submit" value="Tìm kiếm">
<div id="search-results-bar"><span id="results-count"><strong id="search-results-number">{len(found)}</strong> mục phù hợp với tiêu chí tìm kiếm của bạn.</span>
<span id="searchResultsSort"><span class="sortingLabel">Sắp xếp theo</span> {sorts}</span></div>
<div id="search-filter"><fieldset class="noborder"><legend>Lọc kết quả</legend>
<label><input type="checkbox" name="portal_type:list" value="News Item" checked> Tin tức</label>
<label><input type="checkbox" name="portal_type:list" value="Event" checked> Sự kiện</label>
<label><input type="checkbox" name="portal_type:list" value="File" checked> Tệp</label></fieldset></div>
</form>
<div id="search-results"><ol class="searchResults">
{results}
</ol></div>'''
    return DATA["chrome"].replace("%%%%TITLE%%%%", "Tìm kiếm").replace("%%%%BODYCLASS%%%%", "template-search").replace("%%%%MAIN%%%%", main)


def answer(target: str) -> tuple[int, str, bytes] | None:
    parts = urlsplit(target)
    if parts.path != "/@@search":
        return None
    return 200, "text/html; charset=utf-8", render(parts.query).encode("utf-8")
"""


def build_plone(src) -> Portal:
    import gzip
    import types
    from urllib.parse import quote

    s = src.SITE
    base = s["base_url"]
    p = Portal(src, "plone", (
        "MODELLED, not copied: a commune portal on Plone 6 (classic UI, Barceloneta-like markup): "
        "folders /tin-tuc (its default page the collection 'aggregator', so the list is at "
        "/tin-tuc and /tin-tuc/aggregator, batched by ?b_start:int=<n>, the previous link "
        "naming ?b_start:int=0) and /thong-bao (a folder listing table with a File item); news "
        "items at <path> and <path>/view (the listings' 'Xem tiếp…' links), canonical to <path>; "
        "the by-line 'bởi <author> — xuất bản <date> — last modified <date>' (the same by-line "
        "on the about page, without a publication date); the description as a lead; lead images "
        "@@images/image/preview linked to @@images/image/large; keywords linking "
        "@@search?Subject%3Alist=<kw>, whose sort links keep the query (generated_pages.py "
        "answers any query); author pages /author/<id>; sendto_form of every item; events with "
        "ics_view; /sitemap, /contact-info, /accessibility-info, /login; folder_contents a 302 "
        "to require_login; RSS 1.0 (RDF) /tin-tuc/RSS; robots.txt naming /sitemap.xml.gz "
        "(gzip). Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    news = [x for x in arts if x["folder"] == "tin-tuc"]
    notices = [x for x in arts if x["folder"] == "thong-bao"]
    url = {x["slug"]: f"/{x['folder']}/{x['slug']}" for x in arts}

    def pdate(iso: str) -> str:
        return f"{dmy(iso)} {hm(iso)}"

    def search_href(subject: str) -> str:
        return "/@@search?" + quote("Subject:list") + "=" + quote(subject)

    nav_items = [("/", "Trang chủ", "index_html"), ("/gioi-thieu", "Giới thiệu", "gioi-thieu"),
                 ("/tin-tuc", "Tin tức", "tin-tuc"), ("/thong-bao", "Thông báo", "thong-bao"),
                 ("/su-kien", "Sự kiện", "su-kien"), ("/contact-info", "Liên hệ", "contact-info")]
    nav = "\n".join(f'<li class="{key} nav-item"><a href="{base}{u}" class="state-published nav-link">{e(t)}</a></li>'
                    for u, t, key in nav_items)
    news_portlet = "\n".join(
        f'<li class="portletItem"><a href="{base}{url[x["slug"]]}" class="tile" title="{e(x["description"])}">{e(x["title"])}</a>'
        f'<span class="portletItemDetails">{dmy(x["published"])}</span></li>' for x in news[:4])
    event_portlet = "\n".join(
        f'<li class="portletItem"><a href="{base}/su-kien/{ev["slug"]}" class="tile">{e(ev["title"])}</a>'
        f'<span class="portletItemDetails">{dmy(ev["start"])}</span></li>' for ev in src.EVENTS)

    def chrome(title: str, body_class: str, main: str, crumbs: list[tuple[str, str]] = (), head: str = "",
               columns: bool = True) -> str:
        trail = "".join(f'<li class="breadcrumb-item"><a href="{base}{u}">{e(t)}</a></li>' for u, t in crumbs[:-1])
        if crumbs:
            trail += f'<li class="breadcrumb-item active" aria-current="page">{e(crumbs[-1][1])}</li>'
        aside = f"""<aside id="portal-column-two" class="col-xs-12 col-md-3">
<div class="portletWrapper" id="portletwrapper-6e65777320706f72746c6574"><section class="portlet portletNews">
<header class="portletHeader"><a href="{base}/tin-tuc" class="tile">Tin tức</a></header>
<div class="portletContent"><ul>
{news_portlet}
</ul></div>
<footer class="portletFooter"><a href="{base}/tin-tuc" class="tile">Xem tất cả tin tức…</a></footer></section></div>
<div class="portletWrapper"><section class="portlet portletEvents">
<header class="portletHeader"><a href="{base}/su-kien" class="tile">Sự kiện sắp tới</a></header>
<div class="portletContent"><ul>
{event_portlet}
</ul></div></section></div>
</aside>""" if columns else ""
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta charset="utf-8" />
<title>{e(title)} — {e(s['name'])}</title>
<meta name="generator" content="Plone - https://plone.org/" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="search" href="{base}/@@search" title="Tìm kiếm trên trang này" />
<link rel="alternate" href="{base}/tin-tuc/RSS" title="Tin tức - RSS 1.0" type="application/rss+xml" />
{head}<link rel="stylesheet" href="{base}/++theme++barceloneta/css/barceloneta.min.css" />
<script src="{base}/++plone++static/bundle-plone/bundle.min.js" defer></script>
</head>
<body class="{body_class} site-Plone icons-on thumbs-on frontend viewpermission-view userrole-anonymous" id="visual-portal-wrapper" dir="ltr" data-base-url="{base}" data-portal-url="{base}">
<div class="outer-wrapper">
<header id="content-header">
<div class="container">
<div id="portal-top" class="mb-3 d-flex justify-content-between">
<div id="portal-logo-wrapper"><a id="portal-logo" title="{e(s['name'])}" href="{base}"><img alt="{e(s['name'])}" src="{base}/@@site-logo/logo.png" title="{e(s['name'])}"/></a></div>
<div id="portal-searchbox"><form id="searchGadget_form" action="{base}/@@search" role="search" class="d-flex pat-livesearch show_images">
<label class="hiddenStructure" for="searchGadget">Tìm kiếm trên trang</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trên trang" placeholder="Tìm kiếm trên trang" class="searchField form-control me-3" />
<button class="searchButton btn btn-outline-light" type="submit">Tìm kiếm</button></form></div>
<div id="portal-anontools"><ul class="list-inline"><li class="list-inline-item"><a href="{base}/login" id="personaltools-login" class="pat-plone-modal">Đăng nhập</a></li></ul></div>
</div></div>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">
<div class="container"><ul class="navbar-nav" id="portal-globalnav">
{nav}
</ul></div></nav></div></div>
</header>
<div id="above-content-wrapper"><div id="viewlet-above-content"><nav id="portal-breadcrumbs" aria-label="breadcrumb"><div class="container">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}">Trang chủ</a></li>{trail}</ol></div></nav></div></div>
<div id="portal-mainsection"><div class="container"><div class="row">
<main id="portal-column-content" class="col-xs-12 col-md-9">
<article id="content">
{main}
</article>
</main>
{aside}
</div></div></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer">
<div class="row"><div class="col-12"><p>Ủy ban nhân dân {e(s['unit'])} — Địa chỉ: {e(s['address'])} — Điện thoại: {e(s['phone'])} — Email: {e(s['email'])}</p></div></div>
<div class="row"><div class="col-12"><ul id="portal-siteactions">
<li class="portletItem"><a href="{base}/sitemap">Sơ đồ trang</a></li>
<li class="portletItem"><a href="{base}/accessibility-info">Trợ năng</a></li>
<li class="portletItem"><a href="{base}/contact-info">Liên hệ</a></li>
<li class="portletItem"><a href="{base}/tin-tuc/RSS">RSS</a></li></ul></div></div>
<div class="row"><div class="col-12" id="portal-colophon"><a href="https://plone.org" target="_blank" rel="noopener" title="Trang web này được xây dựng bằng Plone, Hệ quản trị nội dung mã nguồn mở.">Được xây dựng bằng Plone</a></div></div>
</div></footer>
</div>
</body>
</html>
"""

    def byline(x: dict) -> str:
        return (f'<div class="documentByLine" id="plone-document-byline">'
                f'<span class="byline">bởi <a href="{base}/author/{x["author"]}">{e(src.AUTHORS[x["author"]])}</a> —</span> '
                f'<span class="documentPublished"><span>xuất bản</span> {pdate(x["published"])}</span>, '
                f'<span class="documentModified"><span>last modified</span> {pdate(x["modified"])}</span></div>')

    def summary_items(items: list[dict], read_more: bool = True) -> str:
        out = []
        for x in items:
            u = base + url[x["slug"]]
            thumb = (f'<a href="{u}"><img src="{u}/@@images/image/thumb" alt="{e(x["title"])}" class="image-right thumb-thumb" /></a>'
                     if x.get("caption") else "")
            more = f'<a href="{u}/view" class="read-more">Xem tiếp…</a>' if read_more else ""
            out.append(f"""<article class="tileItem visualIEFloatFix">
<h2 class="tileHeadline"><a href="{u}" class="summary url" title="News Item">{e(x['title'])}</a></h2>
<div class="documentByLine"><span class="documentPublished">{pdate(x['published'])}</span></div>
{thumb}<div class="tileBody"><span class="description">{e(x['description'])}</span></div>
<div class="tileFooter">{more}</div>
<div class="visualClear"></div>
</article>""")
        return "\n".join(out)

    def batch(path: str, start: int, size: int, total: int) -> str:
        pages = (total + size - 1) // size
        items = []
        if start > 0:
            items.append(f'<li class="page-item previous"><a class="page-link" href="{base}{path}?b_start:int={start - size}">'
                         f'<span aria-hidden="true">«</span> <span class="label">{size} mục trước</span></a></li>')
        for k in range(pages):
            if k * size == start:
                items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{k + 1}</span></li>')
            else:
                items.append(f'<li class="page-item"><a class="page-link" href="{base}{path}?b_start:int={k * size}">{k + 1}</a></li>')
        if start + size < total:
            items.append(f'<li class="page-item next"><a class="page-link" href="{base}{path}?b_start:int={start + size}">'
                         f'<span class="label">{min(size, total - start - size)} mục tiếp theo</span> <span aria-hidden="true">»</span></a></li>')
        return f'<nav aria-label="Phân trang"><ul class="pagination">{"".join(items)}</ul></nav>'

    # home: a welcome text and the newest news (Plone's front page, a collection of the site)
    p.page("/", "pages/index.html", chrome("Trang chủ", "template-document_view portaltype-document section-front-page", f"""
<header><h1 class="documentFirstHeading">Chào mừng đến với Cổng thông tin điện tử xã Lộc Vân</h1></header>
<div id="parent-fieldname-text"><p>Cổng thông tin điện tử xã Lộc Vân cung cấp thông tin về hoạt động chỉ đạo, điều hành của chính quyền xã, thủ tục hành chính và các sự kiện trên địa bàn.</p></div>
<section class="collection-listing"><h2>Tin mới</h2>
{summary_items(news[:4])}
</section>"""), "home")
    size = 5
    for path, name in (("/tin-tuc", "tin-tuc"), ("/tin-tuc/aggregator", "aggregator")):
        for start in range(0, len(news), size):
            page_path = path + (f"?b_start:int={start}" if start else "")
            p.page(page_path, f"pages/{name}-{start}.html", chrome(
                "Tin tức", "template-summary_view portaltype-collection section-tin-tuc", f"""
<header><h1 class="documentFirstHeading">Tin tức</h1><p class="documentDescription lead">Tin tức về hoạt động của xã Lộc Vân</p></header>
<div id="content-core">
{summary_items(news[start:start + size])}
{batch(path, start, size, len(news))}
</div>""", [("/tin-tuc", "Tin tức")]), "listing")
        p.alias(f"{path}?b_start:int=0", f"pages/{name}-0.html", "listing")
    # the notices' folder: Plone's listing_view table (News Items and a File)
    f = src.FILE_ITEM
    rows = "".join(
        f'<tr><td><a href="{base}{url[x["slug"]]}" class="contenttype-news-item state-published url">{e(x["title"])}</a></td>'
        f'<td>Tin tức</td><td>{pdate(x["modified"])}</td></tr>' for x in notices)
    rows += (f'<tr><td><a href="{base}/thong-bao/{f["slug"]}/view" class="contenttype-file state-published url">{e(f["title"])}</a></td>'
             f'<td>Tệp</td><td>{pdate(f["modified"])}</td></tr>')
    p.page("/thong-bao", "pages/thong-bao.html", chrome("Thông báo", "template-listing_view portaltype-folder section-thong-bao", f"""
<header><h1 class="documentFirstHeading">Thông báo</h1></header>
<div id="content-core"><table class="listing table table-striped"><thead><tr><th>Tiêu đề</th><th>Loại</th><th>Sửa đổi</th></tr></thead>
<tbody>{rows}</tbody></table>
<p class="discreet"><a href="{base}/thong-bao/folder_contents">Quản lý nội dung thư mục</a></p></div>""",
        [("/thong-bao", "Thông báo")]), "listing")
    p.manifest.append({"path": "/thong-bao/folder_contents", "content_type": HTML_TYPE, "status": 302,
                       "location": "/acl_users/credentials_cookie_auth/require_login?came_from=" + quote(base + "/thong-bao/folder_contents", safe="")})
    p.page("/acl_users/credentials_cookie_auth/require_login?came_from=" + quote(base + "/thong-bao/folder_contents", safe=""),
           "pages/require_login.html", chrome("Đăng nhập", "template-login", """
<h1 class="documentFirstHeading">Đăng nhập</h1>
<p>Bạn không có quyền xem trang này. Vui lòng đăng nhập.</p>
<form action="/login" method="post"><label for="__ac_name">Tên đăng nhập</label><input id="__ac_name" name="__ac_name" type="text">
<label for="__ac_password">Mật khẩu</label><input id="__ac_password" name="__ac_password" type="password"><input type="submit" value="Đăng nhập"></form>""", columns=False), "other")
    p.page("/login", "pages/login.html", chrome("Đăng nhập", "template-login", """
<h1 class="documentFirstHeading">Đăng nhập</h1>
<form action="/login" method="post"><label for="__ac_name">Tên đăng nhập</label><input id="__ac_name" name="__ac_name" type="text">
<label for="__ac_password">Mật khẩu</label><input id="__ac_password" name="__ac_password" type="password"><input type="submit" value="Đăng nhập"></form>""", columns=False), "other")
    p.page(f"/thong-bao/{f['slug']}/view", "pages/file-view.html", chrome(f["title"], "template-file_view portaltype-file section-thong-bao", f"""
<header><h1 class="documentFirstHeading">{e(f['title'])}</h1>
<div class="documentByLine" id="plone-document-byline"><span class="documentModified"><span>last modified</span> {pdate(f['modified'])}</span></div>
<p class="documentDescription lead">{e(f['description'])}</p></header>
<div id="content-core"><p><a href="{base}/thong-bao/{f['slug']}/@@download/file/{f['slug']}"><img src="{base}/++resource++mimetype.icons/pdf.png" alt="PDF" /> {e(f['slug'])}</a>
<span class="discreet">— Tài liệu PDF, 184 KB</span></p></div>""", [("/thong-bao", "Thông báo"), (f"/thong-bao/{f['slug']}", f["title"])]), "other")
    p.raw(f"/thong-bao/{f['slug']}/@@download/file/{f['slug']}", "files/ke-hoach.pdf", tiny_pdf(f["title"]), "application/pdf")
    # events
    ev_rows = []
    for ev in src.EVENTS:
        ev_url = f"/su-kien/{ev['slug']}"
        ev_rows.append(f"""<article class="vevent tileItem"><h2 class="tileHeadline"><a href="{base}{ev_url}" class="url summary">{e(ev['title'])}</a></h2>
<ul class="hiddenStructure"><li class="dtstart">{ev['start']}</li><li class="dtend">{ev['end']}</li></ul>
<div class="documentByLine">{pdate(ev['start'])} đến {pdate(ev['end'])} — {e(ev['where'])}</div>
<p class="description">{e(ev['description'])}</p></article>""")
        p.page(ev_url, f"pages/su-kien/{ev['slug']}.html", chrome(ev["title"], "template-event_view portaltype-event section-su-kien", f"""
<header><h1 class="documentFirstHeading">{e(ev['title'])}</h1>
<p class="documentDescription lead">{e(ev['description'])}</p></header>
<div id="content-core"><div class="event-details vevent">
<ul class="event summary details">
<li class="event-date"><strong>Khi</strong> <span class="dtstart">{pdate(ev['start'])}</span> đến <span class="dtend">{pdate(ev['end'])}</span></li>
<li class="event-location"><strong>Ở đâu</strong> <span class="location">{e(ev['where'])}</span></li>
<li class="event-contact"><strong>Tên liên hệ</strong> {e(ev['contact'])}</li>
<li class="event-phone"><strong>Điện thoại liên hệ</strong> {e(ev['phone'])}</li>
<li class="event-calendar"><strong>Thêm sự kiện vào lịch</strong> <a href="{base}{ev_url}/ics_view" title="Tải sự kiện này ở định dạng iCal">iCal</a></li>
</ul></div></div>""", [("/su-kien", "Sự kiện"), (ev_url, ev["title"])]), "other")
        p.raw(f"{ev_url}/ics_view", f"files/{ev['slug']}.ics",
              (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plone.org//NONSGML plone.app.event//EN\r\nBEGIN:VEVENT\r\n"
               f"SUMMARY:{ev['title']}\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:{ev['start'].replace('-', '').replace(':', '')}00\r\n"
               f"LOCATION:{ev['where']}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode(), "text/calendar; charset=utf-8")
    p.page("/su-kien", "pages/su-kien.html", chrome("Sự kiện", "template-event_listing portaltype-folder section-su-kien", f"""
<header><h1 class="documentFirstHeading">Sự kiện</h1></header>
<div id="content-core"><nav class="mode_selector"><a href="{base}/su-kien?mode=future" class="mode_future">Sắp diễn ra</a> <a href="{base}/su-kien?mode=past" class="mode_past">Đã qua</a></nav>
<section class="events-listing">{"".join(ev_rows)}</section></div>""", [("/su-kien", "Sự kiện")]), "listing")
    p.alias("/su-kien?mode=future", "pages/su-kien.html", "listing")
    p.page("/su-kien?mode=past", "pages/su-kien-past.html", chrome("Sự kiện", "template-event_listing portaltype-folder section-su-kien", f"""
<header><h1 class="documentFirstHeading">Sự kiện</h1></header>
<div id="content-core"><nav class="mode_selector"><a href="{base}/su-kien?mode=future" class="mode_future">Sắp diễn ra</a> <a href="{base}/su-kien?mode=past" class="mode_past">Đã qua</a></nav>
<p class="discreet">Không có sự kiện nào.</p></div>""", [("/su-kien", "Sự kiện")]), "other")
    # news items, each at <path> and <path>/view (canonical to <path>), its sendto_form, its image
    must_not = ["Được lưu trong", "Gửi cho bạn bè", "Sự kiện sắp tới", "Xem tất cả tin tức", "Được xây dựng bằng Plone",
                "last modified", "Đăng nhập"]
    for x in arts:
        u = url[x["slug"]]
        folder = "Tin tức" if x["folder"] == "tin-tuc" else "Thông báo"
        image = ""
        if x.get("caption"):
            image = (f'<figure class="newsImageContainer"><a href="{base}{u}/@@images/image/large" class="pat-plone-modal">'
                     f'<img src="{base}{u}/@@images/image/preview" alt="{e(x["title"])}" title="{e(x["title"])}" height="267" width="400" class="newsImage" /></a>'
                     f'<figcaption class="discreet">{e(x["caption"])}</figcaption></figure>')
            p.raw(f"{u}/@@images/image/preview", f"files/img/{x['slug']}-preview.jpg", TINY_JPEG, "image/jpeg")
            p.raw(f"{u}/@@images/image/large", f"files/img/{x['slug']}-large.jpg", TINY_JPEG, "image/jpeg")
            p.raw(f"{u}/@@images/image/thumb", f"files/img/{x['slug']}-thumb.jpg", TINY_JPEG, "image/jpeg")
        keywords = ", ".join(f'<a href="{base}{e(search_href(k))}" class="link-category" rel="tag">{e(k)}</a>' for k in x["subjects"])
        text = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        head = (f'<link rel="canonical" href="{base}{u}" />\n<meta property="og:title" content="{e(x["title"])}" />\n'
                f'<meta property="og:description" content="{e(x["description"])}" />\n<meta property="og:url" content="{base}{u}" />\n'
                f'<meta property="og:type" content="website" />\n')
        page = chrome(x["title"], f"template-newsitem_view portaltype-news-item section-{x['folder']}", f"""
<header><h1 class="documentFirstHeading">{e(x['title'])}</h1>
{byline(x)}
<p class="documentDescription lead">{e(x['description'])}</p></header>
<div id="content-core">{image}
<div id="parent-fieldname-text">{text}</div></div>
<footer><div class="viewlet keywords-viewlet"><section id="section-category"><header class="section-heading">Được lưu trong:</header> {keywords}</section></div>
<div class="viewlet"><section id="document-actions"><ul class="list-inline"><li id="document-action-sendto"><a href="{base}{u}/sendto_form" title="">Gửi cho bạn bè</a></li>
<li id="document-action-print"><a href="javascript:this.print();" title="">In</a></li></ul></section></div></footer>""",
            [(f"/{x['folder']}", folder), (u, x["title"])], head)
        p.page(u, f"pages/{x['folder']}/{x['slug']}.html", page, "article")
        p.alias(f"{u}/view", f"pages/{x['folder']}/{x['slug']}.html", "duplicate")
        p.page(f"{u}/sendto_form", f"pages/{x['folder']}/{x['slug']}-sendto.html", chrome(
            "Gửi trang này cho ai đó", "template-sendto_form", f"""
<h1 class="documentFirstHeading">Gửi trang này cho ai đó</h1>
<p class="documentDescription">Điền vào địa chỉ email của bạn và của người nhận để gửi liên kết tới trang {e(x['title'])}.</p>
<form action="{base}{u}/sendto_form" method="post"><label>Gửi tới</label><input name="send_to_address" type="text">
<label>Người gửi</label><input name="send_from_address" type="text"><label>Lời nhắn</label><textarea name="comment"></textarea>
<input type="submit" name="form.buttons.send" value="Gửi"></form>""", columns=False), "other")
        body = [x["description"], *([x["caption"]] if x.get("caption") else []), *x["paragraphs"]]
        p.article_gold(x["slug"], u, x, body, folder, must_not, None, author=src.AUTHORS[x["author"]])
    # author pages
    for aid, name in src.AUTHORS.items():
        items = [x for x in arts if x["author"] == aid]
        rows = "\n".join(f'<li><a href="{base}{url[x["slug"]]}">{e(x["title"])}</a> <span class="discreet">— {dmy(x["published"])}</span></li>' for x in items)
        p.page(f"/author/{aid}", f"pages/author/{aid}.html", chrome(name, "template-author", f"""
<h1 class="documentFirstHeading">{e(name)}</h1>
<div class="portalMessage info" role="status">Thông tin tác giả</div>
<h2>Nội dung mới nhất của tác giả</h2>
<ul class="list-unstyled">
{rows}
</ul>""", columns=False), "listing")
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu", "pages/gioi-thieu.html", chrome("Giới thiệu", "template-document_view portaltype-document section-gioi-thieu", f"""
<header><h1 class="documentFirstHeading">Giới thiệu chung</h1>
<div class="documentByLine" id="plone-document-byline"><span class="byline">bởi <a href="{base}/author/bbt">Ban Biên tập</a> —</span> <span class="documentModified"><span>last modified</span> 12/01/2025 09:00</span></div></header>
<div id="content-core"><div id="parent-fieldname-text">{about}</div></div>""", [("/gioi-thieu", "Giới thiệu")],
        f'<link rel="canonical" href="{base}/gioi-thieu" />\n'), "other")
    p.page("/contact-info", "pages/contact-info.html", chrome("Liên hệ", "template-contact-info", f"""
<h1 class="documentFirstHeading">Liên hệ với chúng tôi</h1>
<p>Ủy ban nhân dân {e(s['unit'])}<br />Địa chỉ: {e(s['address'])}<br />Điện thoại: {e(s['phone'])}</p>
<form action="{base}/contact-info" method="post"><label>Họ tên</label><input name="sender_fullname" type="text"><label>Email</label><input name="sender_from_address" type="text">
<label>Tiêu đề</label><input name="subject" type="text"><label>Nội dung</label><textarea name="message"></textarea><input type="submit" value="Gửi"></form>""",
        [("/contact-info", "Liên hệ")], columns=False), "other")
    p.page("/accessibility-info", "pages/accessibility-info.html", chrome("Trợ năng", "template-accessibility-info", """
<h1 class="documentFirstHeading">Trợ năng</h1>
<p>Trang này được xây dựng theo các tiêu chuẩn về trợ năng để mọi người có thể sử dụng, kể cả người khuyết tật.</p>
<h2>Phím tắt</h2><ul><li>Phím 2: Bỏ qua, chuyển đến nội dung</li><li>Phím 4: Tìm kiếm</li><li>Phím 9: Liên hệ</li></ul>""",
        [("/accessibility-info", "Trợ năng")], columns=False), "other")
    tree = []
    for path, name in (("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/thong-bao", "Thông báo"), ("/su-kien", "Sự kiện")):
        children = [x for x in arts if f"/{x['folder']}" == path]
        sub = "".join(f'<li><a href="{base}{url[x["slug"]]}">{e(x["title"])}</a></li>' for x in children)
        if path == "/su-kien":
            sub = "".join(f'<li><a href="{base}/su-kien/{ev["slug"]}">{e(ev["title"])}</a></li>' for ev in src.EVENTS)
        tree.append(f'<li><a href="{base}{path}">{name}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
    p.page("/sitemap", "pages/sitemap.html", chrome("Sơ đồ trang", "template-sitemap", f"""
<h1 class="documentFirstHeading">Sơ đồ trang</h1>
<ul id="portal-sitemap" class="navTree navTreeLevel0">{"".join(tree)}</ul>""", [("/sitemap", "Sơ đồ trang")], columns=False), "other")
    # search: generated for any query
    items = [{"url": base + url[x["slug"]], "title": x["title"], "description": x["description"], "subjects": x["subjects"],
              "date": x["published"], "shown": pdate(x["modified"])} for x in arts]
    data = {"items": items, "chrome": chrome("%%TITLE%%", "%%BODYCLASS%%", "%%MAIN%%", columns=False)}
    source = PLONE_SEARCH % {"data": json.dumps(data, ensure_ascii=False)}
    module = types.ModuleType("plone_search")
    exec(compile(source, "generated_pages.py", "exec"), module.__dict__)
    p.files["generated_pages.py"] = source.encode("utf-8")
    # RSS 1.0 as Plone writes it, robots.txt naming a gzipped sitemap
    rss_items = "\n".join(f"""<item rdf:about="{base}{url[x['slug']]}">
  <title>{e(x['title'])}</title>
  <link>{base}{url[x['slug']]}</link>
  <description>{e(x['description'])}</description>
  <dc:publisher>No publisher</dc:publisher>
  <dc:creator>{x['author']}</dc:creator>
  <dc:rights></dc:rights>
  <dc:date>{x['published']}:00+07:00</dc:date>
  <dc:type>News Item</dc:type>
</item>""" for x in news)
    seq = "".join(f'<rdf:li rdf:resource="{base}{url[x["slug"]]}"/>' for x in news)
    p.raw("/tin-tuc/RSS", "pages/rss.xml", f"""<?xml version="1.0" encoding="utf-8" ?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="{base}/tin-tuc">
  <title>Tin tức</title>
  <link>{base}/tin-tuc</link>
  <description>Tin tức về hoạt động của xã Lộc Vân</description>
  <image rdf:resource="{base}/logo.png"/>
  <items><rdf:Seq>{seq}</rdf:Seq></items>
</channel>
{rss_items}
</rdf:RDF>
""".encode(), "application/rss+xml; charset=utf-8")
    sitemap = "".join(f"<url><loc>{base}{u}</loc><lastmod>{x['modified'][:10]}</lastmod></url>"
                      for x in arts for u in [url[x["slug"]]])
    sitemap += "".join(f"<url><loc>{base}{u}</loc></url>" for u in ("/", "/gioi-thieu", "/tin-tuc", "/thong-bao", "/su-kien"))
    p.raw("/sitemap.xml.gz", "files/sitemap.xml.gz", gzip.compress(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemap}</urlset>\n'
        .encode(), mtime=0), "application/octet-stream")
    p.raw("/robots.txt", "pages/robots.txt", f"""Sitemap: {base}/sitemap.xml.gz

# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow:

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot
# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx=sibling

User-Agent: Googlebot
Disallow: /*?
Disallow: /*folder_factories$
Disallow: /*send_as_pdf$
Disallow: /*download_as_pdf$
Disallow: /*login_form$
Disallow: /*mail_password_form$
Disallow: /@@search
Disallow: /*search_rss$
Disallow: /*sendto_form$
Disallow: /*summary_view$
Disallow: /*thumbnail_view$
Disallow: /*view$
""".encode(), "text/plain")
    p.raw("/@@site-logo/logo.png", "files/logo.png", TINY_JPEG, "image/png")
    return p


SITES = (*SITES, "locvan")
BUILDERS.update({"locvan": build_plone})
def build_typo3_news(src) -> Portal:
    import hashlib
    from urllib.parse import quote

    s = src.SITE
    base = s["base_url"]
    pid = src.PAGES
    p = Portal(src, "typo3-tx-news", (
        "MODELLED, not copied: a ward portal on TYPO3 8.7 LTS with the tx_news extension and no "
        "speaking URLs: <base href> of the site and relative links index.php?id=<page>&…; stories "
        "index.php?id=15&tx_news_pi1[news]=<uid>&tx_news_pi1[controller]=News&tx_news_pi1[action]="
        "detail&cHash=<md5> (brackets percent-encoded); the home page's slider links them with "
        "&no_cache=1, every page's language menu adds &L=0 (a new cHash), every story's 'In bài' a "
        "print view &type=98; no canonical link anywhere; the list paged by the fluid widget "
        "tx_news_pi1[@widget_0][currentPage]=<n> (page 1 without it); a category menu and a date "
        "menu (tx_news_pi1[overwriteDemand][categories|year|month]) of filtered lists; list items "
        "of tx_news' other record types: an 'internal page' (linking the about page) and an "
        "'external URL' (another host), with a date and a teaser like a story's; related files in "
        "fileadmin; the tx_news RSS feed type=9818; about, contact (powermail) and sitemap "
        "pages; / and index.php?id=1 the home page. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    stories = [x for x in arts if x["type"] == 0]

    def url(page: int, params: list[tuple[str, str]] = (), extra: str = "") -> str:
        """A TYPO3 link: id, the plugin's arguments (brackets encoded) and their cHash."""
        query = f"id={page}" + "".join(f"&{quote(k, safe='')}={quote(v, safe='')}" for k, v in params)
        if params:
            query += "&cHash=" + hashlib.md5(f"{s['id']}|{query}".encode()).hexdigest()
        return f"index.php?{query}{extra}"

    def detail(x: dict, extra: str = "") -> str:
        return url(pid["detail"], [("tx_news_pi1[news]", str(x["uid"])), ("tx_news_pi1[controller]", "News"),
                                   ("tx_news_pi1[action]", "detail")], extra)

    def with_language(link: str) -> str:
        """The language menu's link to the page shown: &L=0 after the id, the cHash made again."""
        head, _, rest = link.partition("&")
        params = [tuple(part.split("=", 1)) for part in rest.split("&") if part and not part.startswith("cHash=")]
        query = f"{head.split('?', 1)[1]}&L=0" + "".join(f"&{k}={v}" for k, v in params)
        if any(not k.startswith("type") for k, _ in params):
            query += "&cHash=" + hashlib.md5(f"{s['id']}|{query}".encode()).hexdigest()
        return f"index.php?{query}"

    def item_link(x: dict) -> tuple[str, str]:
        if x["type"] == 1:
            return url(pid[x["internal"]]), ""
        if x["type"] == 2:
            return x["external"], ' target="_blank"'
        return detail(x), ""

    def a(link: str) -> str:
        return e(link)

    menu = [(pid["home"], "Trang chủ"), (pid["about"], "Giới thiệu"), (pid["news"], "Tin tức"),
            (pid["notices"], "Thông báo"), (pid["contact"], "Liên hệ")]
    newest = "\n".join(
        f'<li><a href="{a(detail(x))}">{e(x["title"])}</a> <span class="date">{dmy(x["published"])}</span></li>' for x in stories[:4])

    def chrome(title: str, main: str, here: str, active: int | None = None, sidebar: str = "") -> str:
        nav = "".join(f'<li{ACTIVE if n == active else ""}><a href="{url(n)}">{e(t)}</a></li>' for n, t in menu)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="{base}/">

<title>{e(title)}</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" type="text/css" href="typo3temp/assets/css/7015c8c4ac.css?1712046221" media="all">
<link rel="stylesheet" type="text/css" href="typo3conf/ext/bichvan_template/Resources/Public/Css/main.css?1712046221" media="all">
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{a(url(pid['news'], extra='&type=9818'))}">
</head>
<body>
<div id="page">
<header id="header"><a href="{url(pid['home'])}" id="logo"><img src="fileadmin/templates/images/logo.png" alt="{e(s['name'])}"></a>
<ul class="langmenu"><li class="active"><a href="{a(with_language(here))}">VI</a></li><li class="disabled"><span>EN</span></li></ul>
<form action="index.php?id=20" method="post" id="searchbox"><input type="text" name="tx_indexedsearch_pi2[search][sword]" placeholder="Tìm kiếm..."><input type="submit" value="Tìm"></form>
</header>
<nav id="mainnav"><ul>{nav}</ul></nav>
<div id="content" class="row">
<div id="col2" class="main col-md-9">
<!--TYPO3SEARCH_begin-->
{main}
<!--TYPO3SEARCH_end-->
</div>
<div id="col3" class="sidebar col-md-3">
{sidebar}
<div id="c31" class="frame frame-default frame-type-list frame-layout-0"><header><h2 class="">Tin mới</h2></header>
<div class="news"><ul class="news-latest">
{newest}
</ul></div></div>
</div>
</div>
<footer id="footer"><p>Ủy ban nhân dân {e(s['unit'])}<br>Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>
<p><a href="{url(pid['sitemap'])}">Sơ đồ trang</a> | <a href="{a(url(pid['news'], extra='&type=9818'))}">RSS</a></p></footer>
</div>
</body>
</html>
"""

    def list_item(x: dict) -> str:
        link, target = item_link(x)
        image = ""
        if x.get("image"):
            image = (f'<div class="news-img-wrap"><a title="{e(x["title"])}" href="{a(link)}"{target}>'
                     f'<img src="fileadmin/_processed_/tin-tuc/csm_{x["image"]}" width="120" height="80" alt=""></a></div>')
        return f"""<div class="article articletype-{x['type']}" itemscope="itemscope" itemtype="http://schema.org/Article">
{image}<div class="header"><h3><a title="{e(x['title'])}" href="{a(link)}"{target}><span itemprop="headline">{e(x['title'])}</span></a></h3></div>
<div class="teaser-text"><div itemprop="description"><p>{e(x['teaser'])}</p></div>
<a class="more" title="{e(x['title'])}" href="{a(link)}"{target}>Xem tiếp</a></div>
<div class="footer"><p><span class="news-list-date"><time datetime="{x['published']}">{dmy(x['published'])}<meta itemprop="datePublished" content="{x['published']}" /></time></span>
<span class="news-list-category">{e(src.CATEGORIES[x['category']])}</span></p></div>
</div>"""

    def news_list(title: str, items: list[dict], pager: str = "", cid: int = 24) -> str:
        body = "\n".join(list_item(x) for x in items) if items else "<p>Không tìm thấy tin nào.</p>"
        return (f'<div id="c{cid}" class="frame frame-default frame-type-list frame-layout-0"><header><h1 class="">{e(title)}</h1></header>\n'
                f'<div class="news"><div class="news-list-view" id="news-container-{cid}">\n{body}\n{pager}</div></div></div>')

    menus_items = [x for x in arts if x["category"] in (1, 2)]
    months = sorted({x["published"][:7] for x in menus_items}, reverse=True)

    def month_link(ym: str) -> str:
        return url(pid["news"], [("tx_news_pi1[overwriteDemand][year]", ym[:4]), ("tx_news_pi1[overwriteDemand][month]", ym[5:])])

    def cat_link(c: int) -> str:
        return url(pid["news"], [("tx_news_pi1[overwriteDemand][categories]", str(c))])

    side_menus = (
        '<div id="c26" class="frame frame-default frame-type-list"><header><h2 class="">Chuyên mục</h2></header><div class="news"><div class="news-category-menu"><ul>'
        + "".join(f'<li><a title="{e(n)}" href="{a(cat_link(c))}">{e(n)}</a></li>' for c, n in src.CATEGORIES.items())
        + '</ul></div></div></div>\n<div id="c27" class="frame frame-default frame-type-list"><header><h2 class="">Lưu trữ</h2></header><div class="news"><div class="news-menu-view"><ul>'
        + "".join(f'<li class="item"><a href="{a(month_link(ym))}">Tháng {int(ym[5:])}/{ym[:4]}</a></li>' for ym in months)
        + "</ul></div></div></div>")

    def add_page(link: str, file: str, html_text: str, cls: str) -> None:
        p.page("/" + link, file, html_text, cls)
        p.alias("/" + with_language(link), file, cls)

    # home: at / and index.php?id=1; its slider links three stories with &no_cache=1
    slider = "\n".join(
        f'<div class="item"><a href="{a(detail(x, "&no_cache=1"))}"><img src="fileadmin/_processed_/tin-tuc/csm_{x.get("image") or "macdinh.jpg"}" alt="">'
        f'<span class="caption">{e(x["title"])}</span></a></div>' for x in stories[:3])
    notices = [x for x in arts if x["category"] == 3]
    notice_box = "\n".join(f'<li><a href="{a(detail(x))}">{e(x["title"])}</a> ({dmy(x["published"])})</li>' for x in notices)
    home = chrome(s["name"], f"""<div id="c10" class="frame frame-default frame-type-list"><div class="news"><div class="news-slider owl-carousel">
{slider}
</div></div></div>
{news_list("Tin tức - Sự kiện", menus_items[:5], '<p><a href="' + url(pid['news']) + '">Xem tất cả</a></p>', 11)}
<div id="c12" class="frame frame-default frame-type-list"><header><h2 class="">Thông báo</h2></header><div class="news"><ul class="news-notices">
{notice_box}
</ul></div></div>""", url(pid["home"]), pid["home"])
    p.page("/", "pages/index.html", home, "home")
    add_page(url(pid["home"]), "pages/index.html", home, "home")
    # the language menu's copy of the home page: the page alone cannot tell it from a list (as a
    # home page's ?m=1 copy): a judgement of the manifest made after the first run
    p.manifest[-1]["page_class"] = "listing"
    # the news list (5 a page) and its filtered lists
    pages = chunks(menus_items, 5)
    for n, chunk in enumerate(pages, 1):
        def page_link(k: int) -> str:
            return url(pid["news"]) if k == 1 else url(pid["news"], [("tx_news_pi1[@widget_0][currentPage]", str(k))])
        items = []
        if n > 1:
            items.append(f'<li class="previous"><a href="{a(page_link(n - 1))}">Trước</a></li>')
        for k in range(1, len(pages) + 1):
            items.append(f'<li class="current">{k}</li>' if k == n else f'<li><a href="{a(page_link(k))}">{k}</a></li>')
        if n < len(pages):
            items.append(f'<li class="last next"><a href="{a(page_link(n + 1))}">Tiếp</a></li>')
        pager = f'<div class="page-navigation"><p>Trang {n} / {len(pages)}.</p><ul class="f3-widget-paginator">{"".join(items)}</ul></div>'
        add_page(page_link(n), f"pages/tin-tuc-{n}.html",
                 chrome("Tin tức", news_list("Tin tức", chunk, pager), page_link(n), pid["news"], side_menus), "listing")
    for c, name in src.CATEGORIES.items():
        items = [x for x in arts if x["category"] == c]
        add_page(cat_link(c), f"pages/chuyen-muc-{c}.html",
                 chrome(name, news_list(name, items), cat_link(c), pid["news"], side_menus), "listing")
    for ym in months:
        items = [x for x in menus_items if x["published"][:7] == ym]
        add_page(month_link(ym), f"pages/thang-{ym}.html",
                 chrome("Tin tức", news_list(f"Tin tức tháng {int(ym[5:])}/{ym[:4]}", items), month_link(ym), pid["news"], side_menus), "listing")
    add_page(url(pid["notices"]), "pages/thong-bao.html",
             chrome("Thông báo", news_list("Thông báo", notices), url(pid["notices"]), pid["notices"]), "listing")
    # stories
    must_not = ["Tin mới", "Quay lại", "In bài", "Chuyên mục", "Lưu trữ", "Sơ đồ trang", "Tập tin liên quan"]
    for x in stories:
        cat = src.CATEGORIES[x["category"]]
        image = ""
        if x.get("image"):
            image = (f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">'
                     f'<a href="fileadmin/user_upload/tin-tuc/{x["image"]}" title="" class="lightbox" rel="lightbox[myImageSet]">'
                     f'<img src="fileadmin/_processed_/tin-tuc/csm_{x["image"]}" width="600" height="400" alt=""></a></div>'
                     f'<p class="news-img-caption">{e(x["caption"])}</p></div></div>')
            p.raw(f"/fileadmin/user_upload/tin-tuc/{x['image']}", f"files/{x['image']}", TINY_JPEG, "image/jpeg")
            p.raw(f"/fileadmin/_processed_/tin-tuc/csm_{x['image']}", f"files/csm_{x['image']}", TINY_JPEG, "image/jpeg")
        files = ""
        if x.get("file"):
            files = (f'<div class="news-related news-related-files"><h4>Tập tin liên quan</h4><ul>'
                     f'<li><span class="news-related-files-link"><a href="fileadmin/user_upload/van-ban/{x["file"]}" target="_blank">{e(x["file"])}</a></span>'
                     f' <span class="news-related-files-size">92 KB</span></li></ul></div>')
            p.raw(f"/fileadmin/user_upload/van-ban/{x['file']}", f"files/{x['file']}", tiny_pdf(x["title"]), "application/pdf")
        text = "\n".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        others = "\n".join(f'<li><a href="{a(detail(o))}">{e(o["title"])}</a></li>' for o in stories if o["uid"] != x["uid"] and o["category"] == x["category"])
        single = f"""<div id="c40" class="frame frame-default frame-type-list">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{e(x['title'])}</h3></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{x['published']}">{dmy(x['published'])}</time></span>
<span class="news-list-category">{e(cat)}</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Bởi <span itemprop="name">{e(x['author'])}</span></span></p></div>
<div class="lead" itemprop="description"><p>{e(x['teaser'])}</p></div>
{image}
<div class="news-text-wrap" itemprop="articleBody">
{text}
</div>
{files}
<div class="news-print"><a href="{a(detail(x, '&type=98'))}" target="_blank">In bài</a></div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Tin khác</h4><ul>{others}</ul></div></div>
<div class="news-backlink-wrap"><a href="{url(pid['news'])}">Quay lại</a></div>
</div></div></div>"""
        add_page(detail(x), f"pages/tin/{x['uid']}.html", chrome(f"{x['title']}", single, detail(x), pid["news"]), "article")
        p.alias("/" + detail(x, "&no_cache=1"), f"pages/tin/{x['uid']}.html", "duplicate")
        # the L=0 copy: add_page wrote it as the story's class; it is the story's second URL
        p.manifest[-2]["page_class"] = "duplicate"
        p.page("/" + detail(x, "&type=98"), f"pages/tin/{x['uid']}-print.html", f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<base href="{base}/">
<title>{e(x['title'])}</title>
<link rel="stylesheet" type="text/css" href="typo3conf/ext/bichvan_template/Resources/Public/Css/print.css" media="all">
</head>
<body onload="window.print()">
<div class="print-header">{e(s['name'])}</div>
<div class="news news-single"><div class="article">
<div class="header"><h3>{e(x['title'])}</h3></div>
<div class="footer"><p><span class="news-list-date"><time datetime="{x['published']}">{dmy(x['published'])}</time></span>
<span class="news-list-category">{e(cat)}</span>
<span class="news-list-author">Bởi {e(x['author'])}</span></p></div>
<div class="lead"><p>{e(x['teaser'])}</p></div>
{image}
<div class="news-text-wrap">
{text}
</div>
</div></div>
</body>
</html>
""", "duplicate")
        body = [x["teaser"], *([x["caption"]] if x.get("caption") else []), *x["paragraphs"]]
        p.article_gold(str(x["uid"]), "/" + detail(x), x, body, cat, must_not, None)
        if x.get("file"):
            p.gold[str(x["uid"])]["attachments"] = [{"url": f"/fileadmin/user_upload/van-ban/{x['file']}", "name": x["file"]}]
    about = "\n".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    add_page(url(pid["about"]), "pages/gioi-thieu.html", chrome("Giới thiệu", f"""<div id="c50" class="frame frame-default frame-type-text">
<header><h1 class="">Giới thiệu chung</h1></header>
{about}
</div>""", url(pid["about"]), pid["about"]), "other")
    add_page(url(pid["contact"]), "pages/lien-he.html", chrome("Liên hệ", f"""<div id="c51" class="frame frame-default frame-type-list">
<header><h1 class="">Liên hệ</h1></header>
<p>Ủy ban nhân dân {e(s['unit'])}<br>Địa chỉ: {e(s['address'])}<br>Điện thoại: {e(s['phone'])}</p>
<div class="tx-powermail"><form action="index.php?id=8&amp;tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form&amp;cHash=0f6c5fb0c3d6a1f4b1c1f2e6d95f1b7a" method="post" class="powermail_form">
<label for="powermail_field_hoten">Họ và tên</label><input type="text" id="powermail_field_hoten" name="tx_powermail_pi1[field][hoten]">
<label for="powermail_field_noidung">Nội dung</label><textarea id="powermail_field_noidung" name="tx_powermail_pi1[field][noidung]"></textarea>
<input type="submit" value="Gửi"></form></div>
</div>""", url(pid["contact"]), pid["contact"]), "other")
    tree = "".join(f'<li><a href="{url(n)}">{e(t)}</a></li>' for n, t in menu)
    add_page(url(pid["sitemap"]), "pages/so-do.html", chrome("Sơ đồ trang", f"""<div id="c52" class="frame frame-default frame-type-menu_sitemap">
<header><h1 class="">Sơ đồ trang</h1></header><ul>{tree}</ul></div>""", url(pid["sitemap"])), "other")
    rss_items = "\n".join(f"""<item>
<guid isPermaLink="false">news-{x['uid']}</guid>
<pubDate>{when(x['published'] + 'T00:00').strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>
<title>{e(x['title'])}</title>
<link>{e(base + '/' + item_link(x)[0]) if x['type'] != 2 else e(x['external'])}</link>
<description>{e(x['teaser'])}</description>
</item>""" for x in menus_items)
    p.raw("/" + url(pid["news"], extra="&type=9818"), "pages/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{e(s['name'])}</title>
<link>{base}/</link>
<description>Tin tức phường Bích Vân</description>
<language>vi-VN</language>
<generator>TYPO3 EXT:news</generator>
{rss_items}
</channel>
</rss>
""".encode(), "application/rss+xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nDisallow: /typo3temp/\n", "text/plain")
    for css in ("typo3temp/assets/css/7015c8c4ac.css?1712046221", "typo3conf/ext/bichvan_template/Resources/Public/Css/main.css?1712046221",
                "typo3conf/ext/bichvan_template/Resources/Public/Css/print.css"):
        p.raw("/" + css, f"files/{css.split('/')[-1].split('?')[0]}", b"body{font-family:Arial}\n", "text/css")
    p.raw("/fileadmin/templates/images/logo.png", "files/logo.png", TINY_JPEG, "image/png")
    p.raw("/fileadmin/_processed_/tin-tuc/csm_macdinh.jpg", "files/csm_macdinh.jpg", TINY_JPEG, "image/jpeg")
    return p


SITES = (*SITES, "bichvan")
BUILDERS.update({"bichvan": build_typo3_news})
# == end holdout-legacy ==========================================================================

# == holdout-dupes: a story over several pages, AMP and mobile copies, a bilingual portal =======
# -- a vendor's PHP CMS whose long stories run over several pages (?trang=<n> on the story) -------


def build_paged_stories(src) -> Portal:
    s = src.SITE
    p = Portal(src, "php-paged-stories", (
        "MODELLED, not copied: a district portal on a Vietnamese vendor's PHP CMS whose editors "
        "split a long story over several pages: the story at /<chuyen-muc>/<slug>-<id>.html, its "
        "further pages at the same URL with ?trang=<n> (the parameter the section lists page by: "
        "/<chuyen-muc>.html?trang=2), an in-article pager 'Trang: 1 2 3 | Trang tiếp »' under the "
        "text, the head's rel=prev/next, each page naming itself canonical (?trang=<n> kept), the "
        "headline and dateline on every page, the sapo on page 1 only; some stories link a "
        "single-page view 'Xem toàn bài' (?trang=all, canonical to the story); a two-part series "
        "('Bài 1', 'Bài 2') of separate stories linking each other with 'Đọc tiếp'; 'Tin cùng "
        "chuyên mục', 'Tin mới', a visitor counter. Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    counter = counter_gold(online=31, today=842, yesterday=1127, total=1960385)
    base = s["base_url"]
    url = {x["id"]: f"/{x['category']}/{x['slug']}-{x['id']}.html" for x in arts}
    names = src.CATEGORIES

    def layout(title: str, main: str, head: str = "") -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"),
            *[(f"/{k}.html", v) for k, v in names.items()], ("/lien-he.html", "Liên hệ")])
        side = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in arts[:5])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}<link rel="stylesheet" href="/templates/thuankhe/css/style.css" />
</head>
<body>
<div class="wrapper">
<div class="header"><a href="/"><img src="/templates/thuankhe/images/banner.jpg" alt="Cổng thông tin điện tử huyện Thuận Khê" /></a></div>
<div class="menu"><ul>{menu}</ul></div>
<div class="container">
<div class="col-main">
{main}
</div>
<div class="col-side">
<div class="box"><div class="box-title">Tin mới</div><ul class="list-new">{side}</ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter">Đang truy cập: <b>31</b><br />Hôm nay: <b>842</b><br />Hôm qua: <b>1.127</b><br />Tổng lượt truy cập: <b>1.960.385</b></div></div>
</div>
</div>
<div class="footer"><p><b>{e(s['name'].upper())}</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân {e(s['unit'])}. Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p></div>
</div>
</body>
</html>
"""

    def crumb(cat: str) -> str:
        return f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/{cat}.html">{e(names[cat])}</a></div>'

    def item(x: dict) -> str:
        lead = x["sapo"] or x["pages"][0][0]
        return (f'<div class="news-item"><a class="thumb" href="{url[x["id"]]}"><img src="/uploads/news/{x["id"]}/thumb.jpg" alt="{a(x["title"])}" /></a>'
                f'<h3><a href="{url[x["id"]]}">{e(x["title"])}</a></h3><span class="date">{dmy(x["published"])}</span>'
                f'<p class="sapo">{e(lead)}</p></div>')

    def list_pager(cat: str, k: int, n: int) -> str:
        if n == 1:
            return ""
        parts = [f'<span class="current">{m}</span>' if m == k else f'<a href="/{cat}.html?trang={m}">{m}</a>' for m in range(1, n + 1)]
        if k < n:
            parts.append(f'<a href="/{cat}.html?trang={k + 1}">Trang sau »</a>')
        return '<div class="pagination">Trang: ' + " ".join(parts) + "</div>"

    first = arts[0]
    home = (f'<div class="hot-news"><a href="{url[first["id"]]}"><img src="/uploads/news/{first["id"]}/large.jpg" alt="{a(first["title"])}" /></a>'
            f'<h2><a href="{url[first["id"]]}">{e(first["title"])}</a></h2><p>{e(first["sapo"] or first["pages"][0][0])}</p></div>'
            + "".join(f'<div class="home-box"><div class="box-title"><a href="/{c}.html">{e(n)}</a></div>'
                      + "".join(item(x) for x in [y for y in arts if y["category"] == c and y is not first][:3]) + "</div>"
                      for c, n in names.items()))
    p.page("/", "pages/index.html", layout(s["name"], home), "home")
    for cat, name in names.items():
        pages = chunks([x for x in arts if x["category"] == cat], src.PAGE_SIZE)
        for k, chunk in enumerate(pages, 1):
            path = f"/{cat}.html" + (f"?trang={k}" if k > 1 else "")
            main = crumb(cat) + f'<h1 class="cat-title">{e(name)}</h1><div class="list-news">' + "".join(item(x) for x in chunk) + "</div>" + list_pager(cat, k, len(pages))
            p.page(path, f"pages/{cat}/trang-{k}.html", layout(f"{name} - {s['name']}" + (f" - Trang {k}" if k > 1 else ""), main), "listing")
            if k == 1 and len(pages) > 1:
                p.alias(f"/{cat}.html?trang=1", f"pages/{cat}/trang-1.html", "listing")

    must_not = ["Tin mới", "Thống kê truy cập", "Cơ quan chủ quản", "Tin cùng chuyên mục", "Trang tiếp", "Xem toàn bài", "In bài"]
    series = {x["series"]: x for x in arts if x.get("series")}
    for x in arts:
        u = url[x["id"]]
        n = len(x["pages"])
        views = 120 + x["id"] % 700
        same = [y for y in arts if y["category"] == x["category"] and y is not x][:4]
        others = ('<div class="other-news"><div class="box-title">Tin cùng chuyên mục</div><ul>'
                  + "".join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a> <span>({dmy(y["published"])})</span></li>' for y in same) + "</ul></div>")
        def page_of(k: int, paras: list[str], whole: bool = False, x: dict = x, u: str = u, n: int = n,
                    views: int = views, others: str = others) -> str:
            sapo = f'<div class="sapo"><b>{e(x["sapo"])}</b></div>' if x["sapo"] and (k == 1 or whole) else ""
            # the byline closes the story's last page, right-aligned and bold (CKEditor)
            byline = x["author"] if k == n and not whole and x["pages"][-1][-1] == x["author"] else None
            if whole and x["pages"][-1][-1] == x["author"]:
                byline = x["author"]
            text = paras[:-1] if byline else paras
            body = "".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in text)
            if byline:
                body += f'<p style="text-align: right;"><strong>{e(byline)}</strong></p>'
            pager = ""
            if n > 1 and not whole:
                nums = [f'<span class="current">{m}</span>' if m == k else f'<a href="{u if m == 1 else f"{u}?trang={m}"}">{m}</a>' for m in range(1, n + 1)]
                nav = []
                if k > 1:
                    nav.append(f'<a href="{u if k == 2 else f"{u}?trang={k - 1}"}">« Trang trước</a>')
                if k < n:
                    nav.append(f'<a href="{u}?trang={k + 1}">Trang tiếp »</a>')
                pager = '<div class="page-article">Trang: ' + " ".join(nums) + (" | " + " | ".join(nav) if nav else "") + "</div>"
                if x.get("whole_view"):
                    pager += f'<div class="view-all"><a href="{u}?trang=all">Xem toàn bài</a></div>'
            follow = ""
            if x.get("series") == 1 and 2 in series:
                follow = f'<p class="read-next"><a href="{url[series[2]["id"]]}">Đọc tiếp Bài 2: {e(series[2]["title"].split(": ", 1)[1])}</a></p>'
            if x.get("series") == 2 and 1 in series:
                follow = f'<p class="read-prev"><a href="{url[series[1]["id"]]}">Đọc lại Bài 1: {e(series[1]["title"].split(": ", 1)[1])}</a></p>'
            return (crumb(x["category"]) + f'<div class="detail"><h1 class="detail-title">{e(x["title"])}</h1>'
                    f'<div class="detail-date">{weekday(x["published"])}, {dmy(x["published"])} - {hm(x["published"])} | Lượt xem: {views}</div>'
                    f'{sapo}<div class="detail-content">{body}</div>{pager}{follow}'
                    f'<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="https://www.facebook.com/sharer.php?u={base}{u}">Chia sẻ</a></div></div>' + others)
        for k, paras in enumerate(x["pages"], 1):
            path = u if k == 1 else f"{u}?trang={k}"
            head = f'<link rel="canonical" href="{base}{path}" />\n'
            if k > 1:
                head += f'<link rel="prev" href="{base}{u if k == 2 else f"{u}?trang={k - 1}"}" />\n'
            if k < n:
                head += f'<link rel="next" href="{base}{u}?trang={k + 1}" />\n'
            title = x["title"] + (f" - Trang {k}" if k > 1 else "")
            p.page(path, f"pages/tin/{x['id']}-{k}.html", layout(f"{title} - {s['name']}", page_of(k, paras), head),
                   "article" if k == 1 else "duplicate")
        if x.get("whole_view"):
            allp = [t for pg in x["pages"] for t in pg]
            p.page(f"{u}?trang=all", f"pages/tin/{x['id']}-all.html",
                   layout(f"{x['title']} - {s['name']}", page_of(1, allp, whole=True), f'<link rel="canonical" href="{base}{u}" />\n'),
                   "duplicate")
        body = [t for t in [x["sapo"], *[t for pg in x["pages"] for t in pg]] if t]
        # the author is the byline the story shows (none: a story that closes without one)
        p.article_gold(str(x["id"]), u, x, body, names[x["category"]], must_not, counter,
                       author=x["author"] if x["pages"][-1][-1] == x["author"] else "")
        if x["pages"][-1][-1] != x["author"]:
            p.gold[str(x["id"])]["author"] = None

    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           '<h1 class="cat-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)), "other")
    p.page("/lien-he.html", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}",
           f'<h1 class="cat-title">Liên hệ</h1><p>Ủy ban nhân dân {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p><p>Điện thoại: {e(s["phone"])}</p>'
           '<form action="/lien-he.html" method="post"><input type="text" name="hoten" /><textarea name="noidung"></textarea><input type="submit" value="Gửi" /></form>'), "other")
    p.raw("/templates/thuankhe/css/style.css", "files/style.css", b"body{font-family:Arial}.page-article{margin:8px 0}\n", "text/css")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /admin/\n", "text/plain; charset=utf-8")
    return p



# -- a ward's news CMS with AMP copies (/amp/<slug>-<id>.html, ?amp=1) and a mobile host ----------

AMP_BOILERPLATE = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
                   "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>")


def build_amp_portal(src) -> Portal:
    s = src.SITE
    p = Portal(src, "amp-mobile", (
        "MODELLED, not copied: a ward portal on a news CMS that serves every story three ways: "
        "the desktop page /<chuyen-muc>/<slug>-<id>.html (canonical to itself, a head "
        "<link rel=\"amphtml\"> and a <link rel=\"alternate\" media=\"only screen and (max-width: "
        "640px)\"> to the same path on the mobile host m.<host>), an AMP copy (<html ⚡>, "
        "amp-img, amp-carousel, the amp-boilerplate style, JSON-LD NewsArticle naming the story "
        "as mainEntityOfPage, the byline in the meta line, not closing the text) at "
        "/amp/<slug>-<id>.html, or for the stories from before a plugin change at <story>?amp=1; "
        "most AMP copies name the story canonical, one names itself, one the section page, one "
        "none; the AMP copies link each other ('Tin liên quan') and are listed by a sub-sitemap "
        "of their own in the sitemap index robots.txt names; the footer links 'Phiên bản di động' "
        "on the mobile host (another host, not served here). Invented unit and prose."))
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    base, mobile = s["base_url"], s["mobile"]
    names = src.CATEGORIES
    url = {x["id"]: f"/{x['category']}/{x['slug']}-{x['id']}.html" for x in arts}
    amp = {x["id"]: (f"/amp/{x['slug']}-{x['id']}.html" if x["amp"] == "path" else f"{url[x['id']]}?amp=1") for x in arts}

    def layout(title: str, main: str, path: str, head: str = "") -> str:
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{e(t)}</a></li>' for u, t in [
            ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), *[(f"/{k}.html", v) for k, v in names.items()]])
        side = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in arts[:4])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}<link rel="alternate" media="only screen and (max-width: 640px)" href="{mobile}{path}">
<link rel="stylesheet" href="/assets/css/main.css?v=3.2">
</head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/logo.png" alt="Logo phường Tiên Khê"></a><span class="brand-name">{e(s['name'].upper())}</span></div>
<nav class="navbar"><ul class="navbar-nav">{menu}</ul></nav></header>
<main class="container"><div class="row"><div class="col-md-8">
{main}
</div><aside class="col-md-4 sidebar"><section class="widget"><h3 class="widget-title">Tin mới</h3><ul>{side}</ul></section></aside></div></main>
<footer class="site-footer"><div class="container"><p>{e(s['name'])}</p><p>Địa chỉ: {e(s['address'])} - Điện thoại: {e(s['phone'])}</p>
<p><a href="{mobile}{path}">Phiên bản di động</a></p></div></footer>
</body>
</html>
"""

    def item(x: dict) -> str:
        lead = x["sapo"] or x["paragraphs"][0]
        return (f'<article class="post-item"><a href="{url[x["id"]]}"><img src="/uploads/{x["id"]}/thumb.jpg" alt="{a(x["title"])}"></a>'
                f'<h3 class="post-title"><a href="{url[x["id"]]}">{e(x["title"])}</a></h3><time>{dmy(x["published"])}</time><p>{e(lead)}</p></article>')

    p.page("/", "pages/index.html", layout(s["name"], '<h2 class="section-title">Tin mới nhất</h2>' + "".join(item(x) for x in arts[:6]),
                                          "/", f'<link rel="canonical" href="{base}/">\n'), "home")
    for cat, name in names.items():
        main = f'<nav class="breadcrumb"><a href="/">Trang chủ</a> / <span>{e(name)}</span></nav><h1 class="page-title">{e(name)}</h1>' + "".join(item(x) for x in arts if x["category"] == cat)
        p.page(f"/{cat}.html", f"pages/{cat}.html", layout(f"{name} - {s['name']}", main, f"/{cat}.html", f'<link rel="canonical" href="{base}/{cat}.html">\n'), "listing")

    must_not = ["Tin mới", "Phiên bản di động", "Tin liên quan", "Chia sẻ"]
    for x in arts:
        u = url[x["id"]]
        fig = (f'<figure class="image"><img src="/uploads/{x["id"]}/anh-1.jpg" alt="{a(x["caption"])}" width="800" height="533"><figcaption>{e(x["caption"])}</figcaption></figure>'
               if x["caption"] else "")
        body = (f'<p>{e(x["paragraphs"][0])}</p>{fig}' + "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][1:])
                + f'<p style="text-align: right;"><strong>{e(x["author"])}</strong></p>')
        sapo = f'<p class="sapo"><strong>{e(x["sapo"])}</strong></p>' if x["sapo"] else ""
        related = [y for y in arts if y is not x][:3]
        main = (f'<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{x["category"]}.html">{e(names[x["category"]])}</a></nav>'
                f'<article class="post-detail"><h1 class="post-title">{e(x["title"])}</h1><div class="post-meta"><time datetime="{x["published"]}:00+07:00">{dmy(x["published"])} {hm(x["published"])}</time></div>'
                f'{sapo}<div class="post-content">{body}</div><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{u}">Chia sẻ</a></div></article>'
                '<section class="related"><h3>Tin liên quan</h3><ul>' + "".join(f'<li><a href="{url[y["id"]]}">{e(y["title"])}</a></li>' for y in related) + "</ul></section>")
        head = f'<link rel="canonical" href="{base}{u}">\n<link rel="amphtml" href="{base}{amp[x["id"]]}">\n'
        p.page(u, f"pages/tin/{x['id']}.html", layout(f"{x['title']} - {s['name']}", main, u, head), "article")
        gold = [t for t in [x["sapo"], x["paragraphs"][0], x["caption"], *x["paragraphs"][1:], x["author"]] if t]
        p.article_gold(str(x["id"]), u, x, gold, names[x["category"]], must_not, None)

        canon = {"story": f"{base}{u}", "self": f"{base}{amp[x['id']]}", "section": f"{base}/{x['category']}.html", None: None}[x["canonical"]]
        canon_link = f'<link rel="canonical" href="{canon}">\n' if canon else ""
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": f"{base}{u}",
                         "headline": x["title"], "datePublished": f"{x['published']}:00+07:00",
                         "image": [f"{base}/uploads/{x['id']}/anh-1.jpg"], "author": {"@type": "Person", "name": x["author"]},
                         "publisher": {"@type": "Organization", "name": s["name"], "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/logo.png"}}},
                        ensure_ascii=False)
        carousel = (f'<amp-carousel width="800" height="533" layout="responsive" type="slides"><amp-img src="/uploads/{x["id"]}/anh-1.jpg" width="800" height="533" layout="responsive" alt="{a(x["caption"])}"></amp-img>'
                    f'<amp-img src="/uploads/{x["id"]}/anh-2.jpg" width="800" height="533" layout="responsive" alt="{a(x["title"])}"></amp-img></amp-carousel>') if x["caption"] else ""
        amp_body = "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
        amp_related = "".join(f'<li><a href="{amp[y["id"]]}">{e(y["title"])}</a></li>' for y in related)
        p.page(amp[x["id"]], f"pages/amp/{x['id']}.html", f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<title>{e(x['title'])}</title>
{canon_link}<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{ld}</script>
{AMP_BOILERPLATE}
<style amp-custom>body{{font-family:Arial,sans-serif}}.amp-header{{background:#b71c1c;color:#fff;padding:8px}}.meta{{color:#777;font-size:13px}}</style>
</head>
<body>
<header class="amp-header"><a href="/"><amp-img src="/assets/img/logo.png" width="40" height="40" alt="Logo"></amp-img></a> <span>{e(s['name'])}</span></header>
<article class="amp-article">
<h1 class="amp-title">{e(x['title'])}</h1>
<div class="meta">{dmy(x['published'])} {hm(x['published'])} | {e(x['author'])}</div>
{carousel}
{('<p class="sapo"><strong>' + e(x['sapo']) + '</strong></p>') if x['sapo'] else ''}
<div class="amp-content">{amp_body}</div>
</article>
<section class="amp-related"><h3>Tin liên quan</h3><ul>{amp_related}</ul></section>
<footer class="amp-footer"><a href="{u}">Xem phiên bản đầy đủ</a> | <a href="/">Trang chủ</a></footer>
</body>
</html>
""", "duplicate")

    p.page("/gioi-thieu.html", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           '<h1 class="page-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT), "/gioi-thieu.html"), "other")

    def urlset(urls: list[str]) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{base}{u}</loc></url>\n" for u in urls) + "</urlset>\n").encode()
    p.raw("/sitemap.xml", "files/sitemap.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap>\n<sitemap><loc>{base}/sitemap-amp.xml</loc></sitemap>\n</sitemapindex>\n").encode(),
        "application/xml; charset=utf-8")
    p.raw("/sitemap-news.xml", "files/sitemap-news.xml", urlset([url[x["id"]] for x in arts]), "application/xml; charset=utf-8")
    p.raw("/sitemap-amp.xml", "files/sitemap-amp.xml", urlset([amp[x["id"]] for x in arts]), "application/xml; charset=utf-8")
    p.raw("/assets/css/main.css?v=3.2", "files/main.css", b"body{font-family:Arial}.post-content p{margin:0 0 1em}\n", "text/css")
    for x in arts:
        if x["caption"]:
            p.raw(f"/uploads/{x['id']}/anh-1.jpg", f"files/anh-{x['id']}.jpg", TINY_JPEG, "image/jpeg")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    return p



# -- a district portal in Vietnamese (/vi/) with an English section (/en/) -------------------------


def build_bilingual(src) -> Portal:
    s = src.SITE
    p = Portal(src, "bilingual-vi-en", (
        "MODELLED, not copied: a district portal in two languages: '/' answers 302 to '/vi/', "
        "Vietnamese stories /vi/news/<chuyen-muc>/<slug>-<id>.html and sections "
        "/vi/news/<chuyen-muc>.html, an English section /en/ with its own home, sections "
        "/en/news/<category>.html and stories /en/news/<category>/<slug>-<id>.html; some stories "
        "translated (their own English text and date, often without the byline), most not, one "
        "written for investors in English only; a translated pair names each other by head "
        "<link rel=\"alternate\" hreflang=\"vi|en|x-default\">; every page carries a VI/EN "
        "switcher that links the page's translation, or the other language's home when there is "
        "none; <html lang> per language; English chrome ('Home', 'Latest news'). Invented unit "
        "and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    ens = sorted([dict(x["en"], vi=x) for x in arts if x["en"]] + [dict(y, vi=None) for y in src.ENGLISH_ONLY],
                 key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/vi/news/{x['category']}/{x['slug']}-{x['id']}.html" for x in arts}
    url |= {x["id"]: f"/en/news/{x['category']}/{x['slug']}-{x['id']}.html" for x in ens}
    names, names_en = src.CATEGORIES, src.CATEGORIES_EN

    def layout(lang: str, title: str, main: str, other: str | None, head: str = "") -> str:
        vi = lang == "vi"
        switch_vi = "#" if vi else (other or "/vi/")
        switch_en = (other or "/en/") if vi else "#"
        if vi:
            menu = [("/vi/", "Trang chủ"), ("/vi/gioi-thieu.html", "Giới thiệu"), *[(f"/vi/news/{k}.html", v) for k, v in names.items()]]
            side_title, newest = "Tin mới", arts[:4]
        else:
            menu = [("/en/", "Home"), ("/en/about.html", "About Kim Khe"), *[(f"/en/news/{k}.html", v) for k, v in names_en.items()]]
            side_title, newest = "Latest news", ens[:4]
        nav = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in menu)
        side = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in newest)
        footer = (f"<p>{e(s['name'])}</p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p>" if vi else
                  f"<p>{e(s['name_en'])}</p><p>Address: {e(s['address_en'])}</p><p>Tel: {e(s['phone'])} - Email: {e(s['email'])}</p>")
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body>
<div class="topbar"><div class="container"><div class="lang-switch"><a href="{switch_vi}" hreflang="vi" class="{'active' if vi else ''}"><img src="/static/img/vi.png" alt="Tiếng Việt"> VI</a> <a href="{switch_en}" hreflang="en" class="{'' if vi else 'active'}"><img src="/static/img/en.png" alt="English"> EN</a></div></div></div>
<header class="header"><a href="/{lang}/"><img src="/static/img/banner-{lang}.jpg" alt="{a(s['name'] if vi else s['name_en'])}"></a></header>
<nav class="mainmenu"><ul>{nav}</ul></nav>
<div class="container"><div class="main">
{main}
</div><div class="sidebar"><div class="block"><h3 class="block-title">{side_title}</h3><ul>{side}</ul></div></div></div>
<footer class="footer">{footer}</footer>
</body>
</html>
"""

    def item(x: dict) -> str:
        lead = x["sapo"] or x["paragraphs"][0]
        return (f'<div class="news-item"><h3><a href="{url[x["id"]]}">{e(x["title"])}</a></h3><span class="date">{dmy(x["published"])}</span><p>{e(lead)}</p></div>')

    def hreflang(vi_url: str, en_url: str) -> str:
        return (f'<link rel="alternate" hreflang="vi" href="{base}{vi_url}">\n<link rel="alternate" hreflang="en" href="{base}{en_url}">\n'
                f'<link rel="alternate" hreflang="x-default" href="{base}{vi_url}">\n')

    p.manifest.append({"path": "/", "content_type": HTML_TYPE, "status": 302, "location": "/vi/"})
    p.page("/vi/", "pages/vi/index.html", layout("vi", s["name"], '<h2 class="title">Tin mới nhất</h2>' + "".join(item(x) for x in arts[:6]), "/en/",
                                               hreflang("/vi/", "/en/")), "home")
    p.page("/en/", "pages/en/index.html", layout("en", s["name_en"], '<h2 class="title">Latest news</h2>' + "".join(item(x) for x in ens), "/vi/",
                                               hreflang("/vi/", "/en/")), "home")
    for cat, name in names.items():
        main = f'<div class="breadcrumb"><a href="/vi/">Trang chủ</a> › {e(name)}</div><h1 class="page-title">{e(name)}</h1>' + "".join(item(x) for x in arts if x["category"] == cat)
        p.page(f"/vi/news/{cat}.html", f"pages/vi/{cat}.html", layout("vi", f"{name} - {s['name']}", main, None), "listing")
    for cat, name in names_en.items():
        main = f'<div class="breadcrumb"><a href="/en/">Home</a> › {e(name)}</div><h1 class="page-title">{e(name)}</h1>' + "".join(item(x) for x in ens if x["category"] == cat)
        p.page(f"/en/news/{cat}.html", f"pages/en/{cat}.html", layout("en", f"{name} - {s['name_en']}", main, None), "listing")

    def story(x: dict, lang: str, crumb_home: str, cat_url: str, cat_name: str, byline: bool) -> str:
        sapo = f'<div class="sapo"><strong>{e(x["sapo"])}</strong></div>' if x["sapo"] else ""
        paras = x["paragraphs"]
        body = "".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in (paras[:-1] if byline else paras))
        if byline:
            body += f'<p style="text-align: right;"><strong>{e(paras[-1])}</strong></p>'
        label = "Ngày đăng" if lang == "vi" else "Posted"
        return (f'<div class="breadcrumb"><a href="/{lang}/">{crumb_home}</a> › <a href="{cat_url}">{e(cat_name)}</a></div>'
                f'<div class="article"><h1 class="article-title">{e(x["title"])}</h1><div class="article-date">{label}: {dmy(x["published"])} {hm(x["published"])}</div>'
                f'{sapo}<div class="article-body">{body}</div></div>')

    for x in arts:
        u = url[x["id"]]
        en = x["en"]
        other = url[en["id"]] if en else None
        head = f'<link rel="canonical" href="{base}{u}">\n' + (hreflang(u, other) if other else "")
        p.page(u, f"pages/vi/{x['id']}.html", layout("vi", f"{x['title']} - {s['name']}",
               story(x, "vi", "Trang chủ", f"/vi/news/{x['category']}.html", names[x["category"]], True), other, head), "article")
        p.article_gold(str(x["id"]), u, x, [t for t in [x["sapo"], *x["paragraphs"]] if t], names[x["category"]],
                       ["Tin mới", "Trang chủ", "Điện thoại:", "VI EN"], None)
        p.gold[str(x["id"])]["language"] = "vi"
    for x in ens:
        u = url[x["id"]]
        other = url[x["vi"]["id"]] if x["vi"] else None
        head = f'<link rel="canonical" href="{base}{u}">\n' + (hreflang(other, u) if other else "")
        p.page(u, f"pages/en/{x['id']}.html", layout("en", f"{x['title']} - {s['name_en']}",
               story(x, "en", "Home", f"/en/news/{x['category']}.html", names_en[x["category"]], False), other, head), "article")
        p.article_gold(str(x["id"]), u, x, [t for t in [x["sapo"], *x["paragraphs"]] if t], names_en[x["category"]],
                       ["Latest news", "Home", "Tel:", "VI EN"], None)
        p.gold[str(x["id"])]["author"] = None  # the English pages show no byline
        p.gold[str(x["id"])]["language"] = "en"

    p.page("/vi/gioi-thieu.html", "pages/vi/gioi-thieu.html", layout("vi", f"Giới thiệu - {s['name']}",
           '<h1 class="page-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT), "/en/about.html",
           hreflang("/vi/gioi-thieu.html", "/en/about.html")), "other")
    p.page("/en/about.html", "pages/en/about.html", layout("en", f"About Kim Khe - {s['name_en']}",
           '<h1 class="page-title">About Kim Khe</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT_EN), "/vi/gioi-thieu.html",
           hreflang("/vi/gioi-thieu.html", "/en/about.html")), "other")
    p.raw("/static/css/portal.css", "files/portal.css", b"body{font-family:Arial}.lang-switch{float:right}\n", "text/css")
    p.raw("/robots.txt", "pages/robots.txt", b"User-agent: *\nDisallow: /admin/\n", "text/plain; charset=utf-8")
    return p


SITES = (*SITES, "thuankhe", "tienkhe", "kimkhe")
BUILDERS.update({"thuankhe": build_paged_stories, "tienkhe": build_amp_portal, "kimkhe": build_bilingual})
# == end holdout-dupes ===========================================================================


# == holdout8: a commune that inherited an abolished district's news (hakhe) ======================


class MovedPortal(Portal):
    """A portal whose site.json names the host it moved from (``moved_from``: that host's base
    URL and the sub-folder serving it, a corpus folder of its own)."""

    def __init__(self, src, template: str, notes: str):
        super().__init__(src, template, notes)
        self.moved_from: dict = {}

    def write(self) -> None:
        super().write()
        out = HERE / self.site["id"] / "site.json"
        site = json.loads(out.read_text(encoding="utf-8"))
        site["moved_from"] = self.moved_from
        out.write_text(json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_moved_commune(src) -> Portal:
    s, old = src.SITE, src.OLD_SITE
    p = MovedPortal(src, "moved-commune", (
        "MODELLED, not copied: a commune portal launched on 1 July 2025 that inherited the news of "
        "the abolished district it was formed from. The old district host (served from the "
        "old-host/ folder) answers with redirects of several kinds: '/' a 301 to '/portal/', a 302 "
        "to the commune's host; old story URLs /tin-tuc/<slug>-<id>.html a 301 or a 302 to "
        "/tin-cu/<slug>-<id>.html on the new host, one through a 302 to a short URL first, one a "
        "200 page with <meta http-equiv=refresh content=0>, one a 200 page of location.replace() "
        "with a plain link for readers without script; the old category a 301 to the old-news "
        "list; the old about page a 200 'maintenance' page; its sitemap.xml (named in its "
        "robots.txt) still lists the district's stories, two of which no list of the new portal "
        "shows. The new host: /tin-tuc paged by ?page=N whose 'Trang sau' past the last page "
        "answers 200 with the last page again; /tin-cu a notice page before the old-news list "
        "/tin-cu/danh-sach?trang=N, which past its end answers 200 with its first page; an old "
        "story the migration lost answered 200 with the portal's 'Trang bạn tìm không tồn tại' "
        "page. Invented unit and prose."))
    p.moved_from = {"base_url": old["base_url"], "folder": "old-host"}
    base, old_base = s["base_url"], old["base_url"]
    new = sorted(src.NEW, key=lambda x: x["published"], reverse=True)
    olds = sorted(src.OLD, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: f"/tin-tuc/{x['slug']}-{x['id']}.html" for x in new}
    url |= {x["id"]: f"/tin-cu/{x['slug']}-{x['id']}.html" for x in olds}
    lost_url = f"/tin-cu/{src.LOST['slug']}-{src.LOST['id']}.html"
    names = src.CATEGORIES
    menu_items = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", names["tin-tuc"]),
                  ("/tin-cu", names["tin-cu"]), ("/lien-he", "Liên hệ")]

    def layout(title: str, main: str, current: str, head: str = "") -> str:
        nav = "".join(f'<li{ACTIVE if u == current else ""}><a href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        side = "".join(f'<li><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for x in new[:4])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
{head}<link rel="stylesheet" href="/themes/xa/css/style.css">
</head>
<body>
<div id="header"><a href="/" class="logo"><img src="/themes/xa/images/logo.png" alt="Logo xã Hạ Khê"></a><div class="site-name">{e(s['name'].upper())}</div></div>
<div id="menu"><ul class="main-menu">{nav}</ul></div>
<div id="wrapper"><div class="col-main">
{main}
</div><div class="col-right"><div class="box"><div class="box-title">Tin mới</div><ul class="box-list">{side}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div><ul>{''.join(f'<li><a href="{u}" target="_blank">{e(t)}</a></li>' for u, t in LINKS[:2])}</ul></div></div></div>
<div id="footer"><p>{e(s['name'])}</p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p><p>Bản quyền thuộc UBND xã Hạ Khê</p></div>
</body>
</html>
"""

    def item(x: dict) -> str:
        lead = x["sapo"] or x["paragraphs"][0]
        return (f'<div class="news-item"><h3 class="news-title"><a href="{url[x["id"]]}">{e(x["title"])}</a></h3>'
                f'<div class="news-date">{dmy(x["published"])} {hm(x["published"])}</div><p class="news-lead">{e(lead)}</p></div>')

    def pager(path: str, key: str, asked: int, last: int) -> str:
        links = []
        if asked > 1:
            links.append(f'<a href="{path}?{key}={asked - 1}">« Trang trước</a>')
        for n in range(1, last + 1):
            links.append(f'<span class="current">{n}</span>' if n == asked else f'<a href="{path}?{key}={n}">{n}</a>')
        links.append(f'<a href="{path}?{key}={asked + 1}">Trang sau »</a>')  # rendered on every page, the last too
        return f'<div class="pager">{" ".join(links)}</div>'

    def list_page(path: str, key: str, heading: str, items: list, asked: int, last: int) -> str:
        crumb = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › {e(heading)}</div>'
        return crumb + f'<h1 class="cat-title">{e(heading)}</h1>' + "".join(item(x) for x in items) + pager(path, key, asked, last)

    # home
    top = new[0]
    home = (f'<div class="featured"><h2><a href="{url[top["id"]]}">{e(top["title"])}</a></h2><div class="news-date">{dmy(top["published"])}</div>'
            f'<p>{e(long_lead(top))}</p></div><h2 class="block-title">Tin tức - Sự kiện</h2>' + "".join(item(x) for x in new[1:4])
            + f'<h2 class="block-title">{e(names["tin-cu"])}</h2>' + "".join(item(x) for x in olds[:2])
            + '<p class="more"><a href="/tin-cu">Xem tin bài của huyện Hạ Khê (cũ)</a></p>')
    p.page("/", "pages/index.html", layout(s["name"], home, "/"), "home")
    # the news list: 2 a page; past its last page the portal answers the last page again
    pages = chunks(new, 2)
    last = len(pages)
    for n in range(1, last + 6):
        items = pages[min(n, last) - 1]
        path = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        p.page(path, f"pages/tin-tuc/{n}.html", layout(f"{names['tin-tuc']} - {s['name']}",
               list_page("/tin-tuc", "page", names["tin-tuc"], items, n, last), "/tin-tuc"), "listing")
    p.alias("/tin-tuc?page=1", "pages/tin-tuc/1.html", "listing")  # the pager's link to page 1
    # the notice before the old news
    notice = ('<h1 class="cat-title">Thông báo</h1><div class="notice">'
              '<p>Thực hiện Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Lam, huyện Hạ Khê kết thúc hoạt động từ ngày 01/7/2025.</p>'
              '<p>Tin bài đã đăng trên Cổng thông tin điện tử huyện Hạ Khê được lưu trữ tại chuyên mục này để bạn đọc tiếp tục tra cứu. Một số tin bài, hình ảnh đang được chuyển đổi và sẽ được cập nhật dần.</p>'
              '<p><a class="btn" href="/tin-cu/danh-sach">Tiếp tục xem tin cũ »</a></p></div>')
    p.page("/tin-cu", "pages/tin-cu/index.html", layout(f"{names['tin-cu']} - {s['name']}", notice, "/tin-cu"), "other")
    # the old-news list: 2 a page; past its end the portal answers its first page
    listed = [x for x in olds if x["listed"]]
    pages = chunks(listed, 2)
    last = len(pages)
    for n in range(1, last + 6):
        items = pages[n - 1] if n <= last else pages[0]
        path = "/tin-cu/danh-sach" if n == 1 else f"/tin-cu/danh-sach?trang={n}"
        p.page(path, f"pages/tin-cu/danh-sach-{n}.html", layout(f"{names['tin-cu']} - {s['name']}",
               list_page("/tin-cu/danh-sach", "trang", names["tin-cu"], items, n, last), "/tin-cu"), "listing")
    p.alias("/tin-cu/danh-sach?trang=1", "pages/tin-cu/danh-sach-1.html", "listing")

    def story(x: dict, cat: str, related: list[tuple[str, str]], archived: bool) -> str:
        crumb_url = "/tin-tuc" if cat == "tin-tuc" else "/tin-cu/danh-sach"
        sapo = f'<div class="sapo"><strong>{e(x["sapo"])}</strong></div>' if x["sapo"] else ""
        paras = x["paragraphs"]
        body = "".join(f'<p style="text-align: justify;">{e(t)}</p>' for t in paras[:-1])
        body += f'<p style="text-align: right;"><strong>{e(paras[-1])}</strong></p>'
        banner = ('<div class="archive-note">Tin bài lưu trữ từ Cổng thông tin điện tử huyện Hạ Khê (cũ)</div>' if archived else "")
        rel = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in related)
        return (f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="{crumb_url}">{e(names[cat])}</a></div>{banner}'
                f'<div class="detail"><h1 class="detail-title">{e(x["title"])}</h1><div class="detail-date">Ngày đăng: {dmy(x["published"])} {hm(x["published"])}</div>'
                f'{sapo}<div class="detail-content">{body}</div></div>'
                f'<div class="related"><div class="box-title">Tin liên quan</div><ul>{rel}</ul></div>')

    for x in new:
        others = [(url[y["id"]], y["title"]) for y in new if y is not x][:3]
        u = url[x["id"]]
        p.page(u, f"pages/tin-tuc/{x['id']}.html", layout(f"{x['title']} - {s['name']}", story(x, "tin-tuc", others, False), "/tin-tuc",
               f'<link rel="canonical" href="{base}{u}">\n'), "article")
        p.article_gold(str(x["id"]), u, x, [t for t in [x["sapo"], *x["paragraphs"]] if t], names["tin-tuc"],
                       ["Tin mới", "Trang chủ", "Điện thoại:", "Tin liên quan"], None)
    for x in olds:
        others = [(url[y["id"]], y["title"]) for y in olds if y is not x and y["listed"]][:2]
        if x["id"] == 1503:  # a related link the migration left pointing at a story it lost
            others.append((lost_url, src.LOST["title"]))
        u = url[x["id"]]
        p.page(u, f"pages/tin-cu/{x['id']}.html", layout(f"{x['title']} - {s['name']}", story(x, "tin-cu", others, True), "/tin-cu",
               f'<link rel="canonical" href="{base}{u}">\n'), "article")
        p.article_gold(str(x["id"]), u, x, [t for t in [x["sapo"], *x["paragraphs"]] if t], names["tin-cu"],
                       ["Tin mới", "Trang chủ", "Điện thoại:", "Tin liên quan", "Tin bài lưu trữ"], None)
    # the portal's "not found" page, answered with status 200
    missing = ('<div class="page-404"><h1>Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>'
               '<p>Có thể liên kết đã cũ hoặc địa chỉ bị gõ sai. Mời bạn quay về <a href="/">Trang chủ</a> hoặc xem chuyên mục '
               '<a href="/tin-tuc">Tin tức - Sự kiện</a>.</p></div>')
    p.page(lost_url, "pages/404.html", layout(f"Trang không tồn tại - {s['name']}", missing, ""), "other")
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           '<h1 class="cat-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT), "/gioi-thieu"), "other")
    p.page("/lien-he", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}",
           f'<h1 class="cat-title">Liên hệ</h1><p>{e(s["name"])}</p><p>Địa chỉ: {e(s["address"])}</p><p>Điện thoại: {e(s["phone"])}</p>'
           f'<p>Email: {e(s["email"])}</p>', "/lien-he"), "other")
    sitemap = "".join(f"<url><loc>{base}{u}</loc></url>" for u in ["/", "/tin-tuc", *[url[x["id"]] for x in new]])
    p.raw("/sitemap.xml", "pages/sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + sitemap + "</urlset>\n").encode(), "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    p.raw("/themes/xa/css/style.css", "files/style.css", b"body{font-family:Arial}.col-right{float:right;width:30%}\n", "text/css")

    # -- the old district host: old-host/, a corpus folder of its own ------------------------
    om: list[dict] = []

    def old_page(path: str, name: str, text: str, page_class: str) -> None:
        p.files[f"old-host/pages/{name}"] = unicodedata.normalize("NFC", text).encode("utf-8")
        om.append({"path": path, "file": f"pages/{name}", "content_type": HTML_TYPE, "status": 200, "page_class": page_class})

    def moved(path: str, status: int, location: str) -> None:
        om.append({"path": path, "content_type": HTML_TYPE, "status": status, "location": location})

    moved("/", 301, f"{old_base}/portal/")
    moved("/portal/", 302, f"{base}/")
    old_url = {x["id"]: f"/tin-tuc/{x['slug']}-{x['id']}.html" for x in [*olds, src.LOST]}
    for x in olds:
        o, target = old_url[x["id"]], base + url[x["id"]]
        if x["old"] == "moved":
            moved(o, 301, target)
        elif x["old"] == "moved-302":
            moved(o, 302, target)
        elif x["old"] == "chain":  # through the old short URL first
            moved(o, 302, f"/tin-tuc/{x['id']}")
            moved(f"/tin-tuc/{x['id']}", 301, target)
        elif x["old"] == "refresh":
            old_page(o, f"{x['id']}.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đang chuyển hướng...</title>
<meta http-equiv="refresh" content="0; url={target}"></head>
<body><p>Đang chuyển hướng đến địa chỉ mới...</p></body></html>
""", "other")
        else:  # a script that replaces the location, and a plain link for readers without one
            old_page(o, f"{x['id']}.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(old['name'])}</title>
<script type="text/javascript">window.location.replace("{target}");</script></head>
<body><noscript><p>Trình duyệt của bạn không hỗ trợ JavaScript.</p></noscript>
<p>Bài viết đã được chuyển sang Cổng thông tin điện tử xã Hạ Khê. Nếu trình duyệt không tự chuyển trang, mời bạn bấm vào <a href="{target}">đây</a>.</p>
</body></html>
""", "other")
    moved(old_url[src.LOST["id"]], 301, base + lost_url)
    moved("/chuyen-muc/tin-tuc-su-kien.html", 301, f"{base}/tin-cu/danh-sach")
    old_page("/gioi-thieu.html", "bao-tri.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bảo trì hệ thống - {e(old['name'])}</title></head>
<body><div class="maintenance"><h1>Hệ thống đang bảo trì</h1>
<p>Cổng thông tin điện tử huyện Hạ Khê đang bảo trì, chuyển đổi dữ liệu sang Cổng thông tin điện tử xã Hạ Khê. Mong quý bạn đọc thông cảm.</p>
<p>Mời truy cập <a href="{base}/">{e(s['name'])}</a>.</p></div></body></html>
""", "other")
    old_sitemap = "".join(f"<url><loc>{old_base}{u}</loc></url>" for u in
                          ["/chuyen-muc/tin-tuc-su-kien.html", "/gioi-thieu.html", *old_url.values()])
    p.files["old-host/pages/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                             + old_sitemap + "</urlset>\n").encode()
    om.append({"path": "/sitemap.xml", "file": "pages/sitemap.xml", "content_type": "application/xml", "status": 200})
    p.files["old-host/pages/robots.txt"] = f"User-agent: *\nSitemap: {old_base}/sitemap.xml\n".encode()
    om.append({"path": "/robots.txt", "file": "pages/robots.txt", "content_type": "text/plain; charset=utf-8", "status": 200})
    p.files["old-host/manifest.json"] = ("[\n" + ",\n".join(" " + json.dumps(m, ensure_ascii=False) for m in om) + "\n]\n").encode()
    p.files["old-host/site.json"] = (json.dumps({"id": old["id"], "name": old["name"], "family": None, "template": "moved-district-host",
                                                 "province": None, "start_path": "/", "base_url": old_base,
                                                 "notes": "The abolished district's host, answering with redirects to the commune's (served with hakhe)."},
                                                ensure_ascii=False, indent=2) + "\n").encode()
    return p


SITES = (*SITES, "hakhe")
BUILDERS.update({"hakhe": build_moved_commune})
# == end holdout8 (hakhe) ==========================================================================


# == holdout8: a Sitefinity-style ASP.NET CMS (catvan) =============================================


def sf_date(iso: str) -> str:
    """Sitefinity's default "MMM d, yyyy, HH:mm tt" under the vi-VN culture: .NET's abbreviated
    month "Thg5", a 24-hour clock and the SA/CH designator ("Thg5 12, 2025, 21:05 CH")."""
    d = when(iso)
    return f"Thg{d.month} {d.day}, {d.year}, {d:%H:%M} {'SA' if d.hour < 12 else 'CH'}"


def build_sitefinity(src) -> Portal:
    s = src.SITE
    p = Portal(src, "sitefinity-mvc", (
        "MODELLED, not copied: a ward portal on a Sitefinity-style ASP.NET CMS (MVC widgets, the "
        "Bootstrap 4 resource package): friendly URLs without ids; news items at "
        "/tin-tuc/<yyyy>/<MM>/<dd>/<url-name>, the list /tin-tuc paged by ?page=N (page 1 also at "
        "?page=1); the detail template's headline an <h3><span> like every list item's, the date "
        "in .NET's vi-VN 'MMM d, yyyy, HH:mm tt' ('Thg5 12, 2025, 21:05 CH') and 'Bởi <author>' "
        "in div.text-muted, the summary in div.sf-Summary, the text in div.sf-Long-text; a news "
        "list widget ('Tin mới': headline, date, author, summary, 'Xem tiếp') in the right column "
        "of every page; classification lists /tin-tuc/-in-category/categories/<slug> and "
        "/tin-tuc/-in-tags/tags/<slug>, a month archive widget /tin-tuc/<yyyy>/<MM>; a documents "
        "library /van-ban (a table: icon, title, type, date, 'Tải về') whose items have detail pages "
        "/van-ban/<library>/<url-name> in the news item's dress (h3, date, 'Bởi', a description, "
        "the file), files /docs/default-source/<library>/<name>.pdf?sfvrsn=<hash>_<n>; "
        "robots.txt naming /sitemap/sitemap.xml; a Generator meta; a contact form. Invented unit "
        "and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    url = {x["id"]: "/tin-tuc/" + when(x["published"]).strftime("%Y/%m/%d") + "/" + x["slug"] for x in arts}
    doc_url = {d["slug"]: f"/van-ban/van-ban-chi-dao-dieu-hanh/{d['slug']}" for d in src.DOCUMENTS}
    doc_file = {d["slug"]: f"/docs/default-source/van-ban-chi-dao-dieu-hanh/{d['file']}?sfvrsn={d['version']}" for d in src.DOCUMENTS}
    cats, tags = src.CATEGORIES, src.TAGS
    menu_items = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
                  ("/van-ban", "Văn bản"), ("/lien-he", "Liên hệ")]

    def teaser(x: dict) -> str:
        lead = x["summary"] or x["paragraphs"][0]
        return (f'<li><h3><a href="{url[x["id"]]}">{e(x["title"])}</a></h3>'
                f'<div class="text-muted">{sf_date(x["published"])} Bởi {e(x["author"])}</div>'
                f'<p>{e(lead)}</p><a href="{url[x["id"]]}">Xem tiếp</a></li>')

    months = sorted({x["published"][:7] for x in arts}, reverse=True)

    def layout(title: str, main: str, current: str, head: str = "") -> str:
        nav = "".join(f'<li class="nav-item{" active" if u == current else ""}"><a class="nav-link" href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        widget = "".join(teaser(x) for x in arts[:3])
        archive = "".join(f'<li><a href="/tin-tuc/{m[:4]}/{m[5:]}">Tháng {int(m[5:])}/{m[:4]}</a></li>' for m in months)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">
{head}<link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v=MTQuNC44MTAwLjA%3d" rel="stylesheet" type="text/css">
</head>
<body>
<header><div class="container"><div class="row"><div class="col-lg-12" data-sf-element="Column 1" data-placeholder-label="Header">
<div class="sf-Image-wrapper"><a href="/"><img src="/images/default-source/logo/logo-cat-van.png?sfvrsn=1a2b3c4d_2" alt="Logo phường Cát Vân"></a></div>
<div class="site-title">{e(s['name'].upper())}</div>
<nav class="navbar navbar-expand-md"><ul class="navbar-nav">{nav}</ul></nav>
</div></div></div></header>
<main><div class="container"><div class="row">
<div class="col-lg-8" data-sf-element="Column 1" data-placeholder-label="Column 1">
{main}
</div>
<div class="col-lg-4" data-sf-element="Column 2" data-placeholder-label="Column 2">
<div class="sf-content-block"><h4>Tin mới</h4></div>
<div class="sf-news-list"><ul class="list-unstyled">{widget}</ul></div>
<div class="sf-content-block"><h4>Lưu trữ</h4></div>
<ul class="sf-archive list-unstyled">{archive}</ul>
</div>
</div></div></main>
<footer><div class="container"><div class="sf-content-block"><p>{e(s['name'])}</p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p><p>© Bản quyền thuộc UBND phường Cát Vân</p></div></div></footer>
<script src="/ScriptResource.axd?d=ZkqQ9sPgNwHk2Y1&amp;t=5f4e3d2c" type="text/javascript"></script>
</body>
</html>
"""

    def news_list(heading: str, items: list, path: str, page: int, last: int) -> str:
        pager = ""
        if last > 1:
            lis = "".join(f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{path}?page={n}">{n}</a></li>' for n in range(1, last + 1))
            if page < last:
                lis += f'<li class="page-item"><a class="page-link" href="{path}?page={page + 1}">»</a></li>'
            pager = f'<nav aria-label="Pager"><ul class="pagination">{lis}</ul></nav>'
        return (f'<div class="sf-content-block"><h1>{e(heading)}</h1></div>'
                f'<div class="sf-news-list"><ul class="list-unstyled">{"".join(teaser(x) for x in items)}</ul>{pager}</div>')

    # home: the news list widget (featured) and a documents widget
    docs_sorted = sorted(src.DOCUMENTS, key=lambda d: d["published"], reverse=True)
    home = (news_list("Tin tức - Sự kiện", arts[:4], "/tin-tuc", 1, 1)
            + '<div class="sf-content-block"><h2>Văn bản mới</h2></div><ul class="list-unstyled sf-document-list">'
            + "".join(f'<li><a href="{doc_url[d["slug"]]}">{e(d["title"])}</a> <span class="text-muted">{dmy(d["published"])}</span></li>' for d in docs_sorted)
            + '</ul><a href="/tin-tuc">Xem tất cả tin</a>')
    p.page("/", "pages/index.html", layout(s["name"], home, "/"), "home")
    pages = chunks(arts, 3)
    for n, items in enumerate(pages, 1):
        path = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        p.page(path, f"pages/tin-tuc/{n}.html", layout(f"Tin tức - {s['name']}", news_list("Tin tức", items, "/tin-tuc", n, len(pages)), "/tin-tuc"), "listing")
    p.alias("/tin-tuc?page=1", "pages/tin-tuc/1.html", "listing")
    for slug, name in cats.items():
        items = [x for x in arts if x["category"] == slug]
        path = f"/tin-tuc/-in-category/categories/{slug}"
        p.page(path, f"pages/tin-tuc/category-{slug}.html", layout(f"Tin tức - {s['name']}", news_list(name, items, path, 1, 1), "/tin-tuc"), "listing")
    for slug, name in tags.items():
        items = [x for x in arts if slug in x["tags"]]
        path = f"/tin-tuc/-in-tags/tags/{slug}"
        p.page(path, f"pages/tin-tuc/tag-{slug}.html", layout(f"Tin tức - {s['name']}", news_list(f"Tin tức: {name}", items, path, 1, 1), "/tin-tuc"), "other")
    for m in months:
        items = [x for x in arts if x["published"].startswith(m)]
        path = f"/tin-tuc/{m[:4]}/{m[5:]}"
        p.page(path, f"pages/tin-tuc/{m}.html", layout(f"Tin tức - {s['name']}", news_list(f"Tin tức tháng {int(m[5:])}/{m[:4]}", items, path, 1, 1), "/tin-tuc"), "listing")

    for x in arts:
        u = url[x["id"]]
        summary = f'<div class="sf-Summary"><p>{e(x["summary"])}</p></div>' if x["summary"] else ""
        paras = x["paragraphs"]
        if len(paras) > 1:
            text = "".join(f"<p>{e(t)}</p>" for t in paras[:-1]) + f'<p style="text-align: right;"><strong>{e(paras[-1])}</strong></p>'
        else:
            text = f"<p>{e(paras[0])}</p>"
        files = ""
        if x["attachment"]:
            href, label = x["attachment"]
            files = f'<p>Tệp đính kèm: <a href="{href}" target="_blank">{e(label)}</a></p>'
        cat = cats[x["category"]]
        labels = (f'<div class="sf-news-taxa">Chuyên mục: <a href="/tin-tuc/-in-category/categories/{x["category"]}">{e(cat)}</a>'
                  + ("".join(f' <a class="sf-tag" href="/tin-tuc/-in-tags/tags/{t}">#{e(tags[t])}</a>' for t in x["tags"])) + "</div>")
        main = (f'<div class="sf-news-item"><h3><span>{e(x["title"])}</span></h3>'
                f'<div class="text-muted">{sf_date(x["published"])} Bởi {e(x["author"])}</div>'
                f'{summary}<div class="sf-Long-text">{text}{files}</div>{labels}</div>')
        p.page(u, f"pages/tin-tuc/item-{x['id']}.html", layout(f"{x['title']} - {s['name']}", main, "/tin-tuc",
               f'<link rel="canonical" href="{base}{u}">\n<meta property="og:title" content="{a(x["title"])}">\n'), "article")
        body = [t for t in [x["summary"], *paras] if t]
        if x["attachment"]:
            body.append(f"Tệp đính kèm: {x['attachment'][1]}")
        p.article_gold(str(x["id"]), u, x, body, cat, ["Tin mới", "Lưu trữ", "Điện thoại:", "Xem tiếp", "Bởi"], None)
        if x["attachment"]:
            p.gold[str(x["id"])]["attachments"] = [{"url": x["attachment"][0], "name": x["attachment"][1]}]
            p.raw(x["attachment"][0], f"files/{x['id']}.pdf", tiny_pdf(x["attachment"][1]), "application/pdf")

    # the documents library
    rows = "".join(f'<tr><td><span class="sf-icon-txt sf-icon-txt--pdf">pdf</span> <a href="{doc_url[d["slug"]]}">{e(d["title"])}</a></td>'
                   f'<td>pdf</td><td>{dmy(d["published"])}</td><td><a href="{doc_file[d["slug"]]}" target="_blank">Tải về</a></td></tr>' for d in docs_sorted)
    p.page("/van-ban", "pages/van-ban/index.html", layout(f"Văn bản - {s['name']}",
           '<div class="sf-content-block"><h1>Văn bản chỉ đạo, điều hành</h1></div><table class="table sf-document-list"><thead><tr><th>Tiêu đề</th><th>Loại</th><th>Ngày đăng</th><th></th></tr></thead>'
           f"<tbody>{rows}</tbody></table>", "/van-ban"), "listing")
    for d in docs_sorted:
        main = (f'<div class="sf-document-item"><h3>{e(d["title"])}</h3><div class="text-muted">{sf_date(d["published"])} Bởi {e(d["author"])}</div>'
                f'<div class="sf-document-description"><p>{e(d["description"])}</p></div>'
                f'<div><span class="sf-icon-txt sf-icon-txt--pdf">pdf</span> <a href="{doc_file[d["slug"]]}" target="_blank">Tải về</a> <span class="text-muted">(pdf, {d["size"]})</span></div></div>')
        p.page(doc_url[d["slug"]], f"pages/van-ban/{d['slug']}.html", layout(f"{d['title']} - {s['name']}", main, "/van-ban"), "other")
        p.raw(doc_file[d["slug"]], f"files/{d['file']}", tiny_pdf(d["title"]), "application/pdf")

    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['name']}",
           '<div class="sf-content-block"><h1>Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT) + "</div>", "/gioi-thieu"), "other")
    form = ('<div class="sf-content-block"><h1>Liên hệ</h1></div><form method="post" action="/lien-he" class="sf-form">'
            '<div class="form-group"><label for="Ten">Họ và tên</label><input id="Ten" name="TextFieldController" class="form-control" type="text"></div>'
            '<div class="form-group"><label for="Email">Email</label><input id="Email" name="TextFieldController_0" class="form-control" type="email"></div>'
            '<div class="form-group"><label for="NoiDung">Nội dung</label><textarea id="NoiDung" name="ParagraphTextFieldController" class="form-control"></textarea></div>'
            '<button type="submit" class="btn btn-primary">Gửi</button></form>')
    p.page("/lien-he", "pages/lien-he.html", layout(f"Liên hệ - {s['name']}", form, "/lien-he"), "other")
    sitemap = "".join(f"<url><loc>{base}{u}</loc></url>" for u in ["/", "/tin-tuc", "/van-ban", *url.values(), *doc_url.values()])
    p.raw("/sitemap/sitemap.xml", "pages/sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + sitemap + "</urlset>\n").encode(), "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /Sitefinity/\nSitemap: {base}/sitemap/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    p.raw("/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&v=MTQuNC44MTAwLjA%3d", "files/main.min.css",
          b"body{font-family:Arial}\n", "text/css")
    return p


SITES = (*SITES, "catvan")
BUILDERS.update({"catvan": build_sitefinity})
# == end holdout8 (catvan) =========================================================================


# == holdout9: a hashbang AJAX portal (ngankhe), a site-builder blog (lamvan) =====================


def hb_when(iso: str) -> str:
    return f"{dmy(iso)} {hm(iso)}"


def build_hashbang(src) -> Portal:
    """A jQuery portal of about 2013 on Google's AJAX crawling scheme (2009-2015): the server
    answers one shell page at ``/`` whose menu links ``#!/<route>``; a script loads each route's
    content by XHR; for crawlers the shell names ``<meta name="fragment" content="!">`` and the
    server answers ``/?_escaped_fragment_=<route>`` with an HTML snapshot of what the app shows
    at ``/#!<route>`` (chrome, menu and content, no script)."""
    s = src.SITE
    p = Portal(src, "hashbang-ajax", (
        "MODELLED, not copied: a district portal of about 2013 (jQuery 1.8, jquery.ba-hashchange, a PHP "
        "back end) on Google's AJAX crawling scheme: '/' is an app shell (banner, a menu of '#!/<route>' "
        "links, an empty content div 'Đang tải dữ liệu...', a noscript line, the footer) with "
        "<meta name=\"fragment\" content=\"!\">; the app loads every route by XHR; the server answers "
        "'/?_escaped_fragment_=<route>' with the HTML snapshot of '/#!<route>' (the shell's chrome with "
        "the content filled in, no script): the newest-news list '#!/tin-moi' and category lists "
        "'#!/danh-muc/<n>' paged by '#!/<list>/trang/<k>' (page 1 also as '/trang/1'), stories "
        "'#!/tin-tuc/<id>' (the home page's featured block and each story's 'Tin khác' link "
        "'/#!/tin-tuc/<id>/<slug>', the app's other route to the same story, the snapshot naming "
        "'https://<host>/#!/tin-tuc/<id>' as canonical and og:url), about and contact routes; "
        "the snapshots' menu keeps the shell's relative '#!/<route>' hrefs, their content links are "
        "'/#!/<route>'; plain paths such as '/tin-tuc/<id>' are 404 (the app has no such routes); "
        "'/sitemap.xml' (named in robots.txt) and the RSS '/rss.php' list the '#!' URLs. The gold "
        "names each story by the URL a crawler fetches, '/?_escaped_fragment_=/tin-tuc/<id>' (the "
        "scheme's 'ugly URL'; '/#!/tin-tuc/<id>' is what a reader's address bar shows). Invented unit "
        "and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    cats = src.CATEGORIES
    snap = "/?_escaped_fragment_="
    menu_items = [("#!/", "Trang chủ"), ("#!/gioi-thieu", "Giới thiệu"), ("#!/tin-moi", "Tin mới"),
                  *((f"#!/danh-muc/{n}", name) for n, name in cats.items()), ("#!/lien-he", "Liên hệ")]

    def chrome(title: str, content: str, head: str = "", shell: bool = False) -> str:
        menu = "".join(f'<li><a href="{u}">{e(t)}</a></li>' for u, t in menu_items)
        scripts = ('<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>\n'
                   '<script type="text/javascript" src="/js/jquery.ba-hashchange.min.js"></script>\n'
                   '<script type="text/javascript" src="/js/app.js?v=20131104"></script>\n') if shell else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss.php" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
</head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/banner.jpg" alt="{a(s['name'])}" width="980" height="150" /></div>
<div id="menu"><ul class="topmenu">{menu}</ul></div>
<div id="main">
<div id="content">{content}</div>
</div>
<div id="footer"><p><b>{e(s['name'])}</b></p><p>Địa chỉ: {e(s['address'])}</p><p>Điện thoại: {e(s['phone'])} - Email: {e(s['email'])}</p><p>Ghi rõ nguồn "{e(s['name'])}" khi phát hành lại thông tin từ website này.</p></div>
</div>
{scripts}</body>
</html>
"""

    def story_route(x: dict, slugged: bool = False) -> str:
        return f"/tin-tuc/{x['id']}" + (f"/{x['slug']}" if slugged else "")

    def lead(x: dict) -> str:
        text = x["sapo"] or x["paragraphs"][0]
        return text if len(text) <= 220 else text[:220].rsplit(" ", 1)[0] + "..."

    def teaser(x: dict) -> str:
        return (f'<div class="news-item"><a class="thumb" href="#!{story_route(x)}"><img src="/upload/news/{x["id"]}_thumb.jpg" alt="" width="120" height="90" /></a>'
                f'<a class="title" href="#!{story_route(x)}">{e(x["title"])}</a>'
                f'<span class="date">({dmy(x["published"])})</span><p>{e(lead(x))}</p><div class="clear"></div></div>')

    def list_content(heading: str, items: list, route: str, k: int, last: int) -> str:
        pager = ""
        if last > 1:
            parts = []
            if k > 1:
                parts.append(f'<a href="#!{route}/trang/{k - 1}">« Trước</a>')
            parts += [f'<span class="current">{n}</span>' if n == k else f'<a href="#!{route}/trang/{n}">{n}</a>' for n in range(1, last + 1)]
            if k < last:
                parts.append(f'<a href="#!{route}/trang/{k + 1}">Sau »</a>')
            pager = f'<div class="paging">{" ".join(parts)}</div>'
        return (f'<div class="box-title">{e(heading)}</div><div class="news-list">'
                + "".join(teaser(x) for x in items) + "</div>" + pager)

    def lists(route: str, heading: str, items: list) -> None:
        pages = chunks(items, 3)
        for k, chunk in enumerate(pages, 1):
            html_ = chrome(f"{heading} - {s['name']}", list_content(heading, chunk, route, k, len(pages)))
            name = route.strip("/").replace("/", "-")
            if k == 1:
                p.page(snap + route, f"pages/snap/{name}.html", html_, "listing")
                p.alias(f"{snap}{route}/trang/1", f"pages/snap/{name}.html", "listing")
            else:
                p.page(f"{snap}{route}/trang/{k}", f"pages/snap/{name}-{k}.html", html_, "listing")

    shell_content = ('<div class="loading"><img src="/images/loading.gif" alt="" /> Đang tải dữ liệu...</div>'
                     '<noscript><p>Trình duyệt của bạn đã tắt JavaScript. Vui lòng bật JavaScript để xem nội dung cổng thông tin.</p></noscript>')
    p.page("/", "pages/index.html", chrome(s["name"], shell_content,
           '<meta name="fragment" content="!" />\n<meta name="description" content="Cổng thông tin điện tử huyện Ngân Khê, tỉnh Hà Lam" />\n', shell=True), "home")

    featured = arts[:3]
    home = ('<div class="box-title">Tin nổi bật</div><div class="featured">'
            + "".join(f'<div class="hot-item"><a href="/#!{story_route(x, True)}"><img src="/upload/news/{x["id"]}.jpg" alt="" width="300" height="200" /></a>'
                      f'<h3><a href="/#!{story_route(x, True)}">{e(x["title"])}</a></h3><p>{e(lead(x))}</p></div>' for x in featured)
            + '</div><div class="box-title">Tin mới</div><ul class="latest">'
            + "".join(f'<li><a href="/#!{story_route(x)}">{e(x["title"])}</a> <span class="date">({dmy(x["published"])})</span></li>' for x in arts[3:8])
            + '</ul><a class="more" href="/#!/tin-moi">Xem tất cả</a>')
    home_html = chrome(s["name"], home)
    p.page(snap, "pages/snap/home.html", home_html, "home")
    p.alias(snap + "/", "pages/snap/home.html", "home")
    lists("/tin-moi", "Tin mới", arts)
    for n, name in cats.items():
        lists(f"/danh-muc/{n}", name, [x for x in arts if x["category"] == n])

    for x in arts:
        canonical = f"{base}/#!{story_route(x)}"
        others = [o for o in arts if o is not x][:4]
        sapo = f'<div class="sapo"><b>{e(x["sapo"])}</b></div>' if x["sapo"] else ""
        paras = x["paragraphs"]
        signed = paras[-1] == x["author"]  # a notice closes with no byline
        body = "".join(f"<p>{e(t)}</p>" for t in (paras[:-1] if signed else paras))
        byline = f'<div class="author">{e(x["author"])}</div>' if signed else ""
        content = (f'<div class="breadcrumb"><a href="#!/">Trang chủ</a> » <a href="#!/danh-muc/{x["category"]}">{e(cats[x["category"]])}</a></div>'
                   f'<div class="news-detail"><h2 class="title">{e(x["title"])}</h2>'
                   f'<div class="date">Cập nhật: {hb_when(x["published"])}</div>{sapo}'
                   f'<div class="content">{body}</div>{byline}'
                   '<div class="tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:history.back();">Quay lại</a></div></div>'
                   '<div class="box-title">Tin khác</div><ul class="other-news">'
                   + "".join(f'<li><a href="/#!{story_route(o, True)}">{e(o["title"])}</a> <span class="date">({dmy(o["published"])})</span></li>' for o in others)
                   + "</ul>")
        head = (f'<link rel="canonical" href="{canonical}" />\n<meta property="og:url" content="{canonical}" />\n'
                f'<meta property="og:title" content="{a(x["title"])}" />\n')
        page_html = chrome(f"{x['title']} - {s['name']}", content, head)
        p.page(snap + story_route(x), f"pages/snap/tin-tuc-{x['id']}.html", page_html, "article")
        p.alias(snap + story_route(x, True), f"pages/snap/tin-tuc-{x['id']}.html", "duplicate")
        gold_body = [t for t in [x["sapo"], *paras] if t]
        p.article_gold(str(x["id"]), snap + story_route(x), x, gold_body, cats[x["category"]],
                       ["Tin khác", "Trang chủ", "Điện thoại:", "In bài", "Đang tải"], None)
        if not signed:
            p.gold[str(x["id"])]["author"] = None

    p.page(snap + "/gioi-thieu", "pages/snap/gioi-thieu.html", chrome(f"Giới thiệu - {s['name']}",
           '<div class="box-title">Giới thiệu chung</div><div class="static">' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT) + "</div>"), "other")
    p.page(snap + "/lien-he", "pages/snap/lien-he.html", chrome(f"Liên hệ - {s['name']}",
           f'<div class="box-title">Liên hệ</div><div class="static"><p>{e(s["name"])}</p><p>Địa chỉ: {e(s["address"])}</p>'
           f'<p>Điện thoại: {e(s["phone"])}</p><p>Email: {e(s["email"])}</p></div>'), "other")

    routes = ["/", "/tin-moi", *(f"/danh-muc/{n}" for n in cats), *(story_route(x) for x in arts), "/gioi-thieu", "/lien-he"]
    p.raw("/sitemap.xml", "pages/sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"<url><loc>{base}/#!{r}</loc><changefreq>daily</changefreq></url>\n" for r in routes) + "</urlset>\n").encode(), "application/xml")
    items = "".join(f"<item><title>{e(x['title'])}</title><link>{base}/#!{story_route(x)}</link><description>{e(lead(x))}</description>"
                    f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00')} +0700</pubDate></item>\n" for x in arts)
    p.raw("/rss.php", "pages/rss.xml", ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
          f"<title>{e(s['name'])}</title><link>{base}/</link><description>Tin mới</description>\n{items}</channel></rss>\n").encode(),
          "application/rss+xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain")
    p.raw("/js/app.js?v=20131104", "files/app.js", (
        b"$(function(){function load(){var r=location.hash.replace(/^#!/,'')||'/';"
        b"$('#content').load('/ajax.php?route='+encodeURIComponent(r));}$(window).hashchange(load);load();});\n"),
        "application/javascript")
    p.raw("/css/style.css", "files/style.css", b"body{font:12px Arial}\n", "text/css")
    return p


SITES = (*SITES, "ngankhe")
BUILDERS.update({"ngankhe": build_hashbang})
# == end holdout9 (ngankhe; lamvan follows) ==========================================================


# == holdout9 (lamvan): a commune blog on a hosted site builder of the Wix kind ====================

WIX_UI = {
    "vi": {"recent": "Bài viết gần đây", "all": "Xem tất cả", "read": "Đọc {} phút", "views": "{} lượt xem",
           "comments": "0 bình luận", "like": "Thích", "blog": "Tin tức", "home": "Trang chủ",
           "about": "Giới thiệu", "contact": "Liên hệ", "login": "Đăng nhập", "share": "Chia sẻ",
           "lang": "Tiếng Việt", "more": "Đọc thêm", "cats": "Tất cả bài viết", "older": "Tiếp theo",
           "newer": "Trước"},
    "en": {"recent": "Recent Posts", "all": "See All", "read": "{} min read", "views": "{} views",
           "comments": "0 comments", "like": "Like", "blog": "News", "home": "Home",
           "about": "About", "contact": "Contact", "login": "Log In", "share": "Share",
           "lang": "English", "more": "Read more", "cats": "All Posts", "older": "Next",
           "newer": "Previous"},
}
WIX_MEMBERS = {"ban-bien-tap": "Ban biên tập", "van-phong-ubnd": "Văn phòng UBND xã"}
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def wix_date(iso: str, rendered: str, lang: str) -> str:
    """The builder's blog date: relative within a week of the render ("2 ngày trước",
    "5 giờ trước"), else "3 thg 7, 2025" (vi) / "Jul 3, 2025" (en)."""
    delta = when(rendered) - when(iso)
    if delta.days >= 7:
        d = when(iso)
        return f"{d.day} thg {d.month}, {d.year}" if lang == "vi" else f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if delta.days:
        return f"{delta.days} ngày trước" if lang == "vi" else f"{delta.days} days ago"
    hours = delta.seconds // 3600
    return f"{hours} giờ trước" if lang == "vi" else f"{hours} hours ago"


def wix_utc(iso: str) -> str:
    """JSON-LD's datePublished as the builder writes it: UTC with milliseconds (Vietnam is UTC+7)."""
    from datetime import timedelta
    return (when(iso) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _wix_class(*seed: object) -> str:
    import hashlib
    return "".join(c for c in hashlib.sha1(repr(seed).encode()).hexdigest() if c.isalpha())[:1].upper() + hashlib.sha1(repr(seed).encode()).hexdigest()[:4]


def build_site_builder(src) -> Portal:
    s = src.SITE
    p = Portal(src, "site-builder-blog", (
        "MODELLED, not copied: a commune's site on a hosted site builder of the Wix kind (2025), "
        "server-rendered: every page a 'SITE_CONTAINER' of absolutely placed components with "
        "generated class names (no semantic ones), data-hook attributes on the blog app's parts, a "
        "large inline JSON state (<script type=\"application/json\" id=\"wix-warmup-data\">, the post's "
        "rich content again), a 'Wix.com Website Builder' generator meta; the blog app: posts "
        "/post/<slug> (no id, no date in the URL; the post header's date relative within a week "
        "of the render, '2 ngày trước', else '3 thg 7, 2025'; 'Đọc 2 phút'; the author a member "
        "linking /profile/<member>/profile; JSON-LD BlogPosting with datePublished in UTC), the feed "
        "/blog paged by /blog/page/<n>, categories /blog/categories/<slug>, hashtags "
        "/blog/hashtags/<tag>, a 'Bài viết gần đây' widget under each post (three cards: image, "
        "title, views, comments), share buttons, views and likes; gallery items linking the page "
        "again with ?lightbox=dataItem-<id> (canonical to the page); the multilingual app's "
        "language menu linking every page again with ?lang=en (English chrome, the posts not "
        "translated, each page canonical to itself with hreflang alternates); member profiles "
        "answering the members' login page; /sitemap.xml an index of the builder's sub-sitemaps, "
        "/blog-feed.xml. Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    cats = src.CATEGORIES
    rendered = src.RENDERED

    def loc(path: str, lang: str, extra: str = "") -> str:
        q = [f"lang={lang}"] if lang == "en" else []
        if extra:
            q.append(extra)
        return path + ("?" + "&".join(q) if q else "")

    def layout(title: str, path: str, lang: str, main: str, head: str = "", state: dict | None = None,
               canonical: bool = True) -> str:
        ui = WIX_UI[lang]
        nav = "".join(f'<li class="{_wix_class("nav", u)}"><a data-testid="linkElement" href="{loc(u, lang)}" class="{_wix_class("nl")}"><p class="{_wix_class("np")}">{e(t)}</p></a></li>'
                      for u, t in [("/", ui["home"]), ("/gioi-thieu", ui["about"]), ("/blog", ui["blog"]), ("/lien-he", ui["contact"])])
        switch = (f'<div data-testid="languageSelector" class="{_wix_class("ls")}"><a href="{loc(path, "vi")}" hreflang="vi">VI</a>'
                  f'<a href="{loc(path, "en")}" hreflang="en">EN</a></div>')
        alternates = (f'<link rel="alternate" href="{base}{loc(path, "vi")}" hreflang="vi">\n'
                      f'<link rel="alternate" href="{base}{loc(path, "en")}" hreflang="en">\n'
                      f'<link rel="alternate" href="{base}{loc(path, "vi")}" hreflang="x-default">\n')
        canon = f'<link rel="canonical" href="{base}{loc(path, lang)}">\n' if canonical else ""
        warm = json.dumps(state or {}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"/>
<title>{e(title)}</title>
{canon}{alternates}{head}<meta property="og:site_name" content="{a(s['name'])}"/>
<link rel="alternate" type="application/rss+xml" title="{a(s['name'])} - RSS" href="{base}/blog-feed.xml">
<style id="css_masterPage">.{_wix_class("nl")}{{display:block}}.{_wix_class("ls")}{{position:absolute}}</style>
<script type="text/javascript">window.viewerModel = {{"site":{{"metaSiteId":"6f3c1a2e-8b4d-4c7e-9a21-5d0e7f3b9c14","isPremium":true}},"language":{{"userLanguage":"{lang}","siteLanguage":"vi"}}}};</script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<header id="SITE_HEADER" class="{_wix_class("hdr")}" tabindex="-1"><div class="{_wix_class("hdr2")}">
<div id="comp-lm2k8q1a" class="{_wix_class("logo")}"><a href="{loc("/", lang)}" data-testid="linkElement"><img src="https://static.wixstatic.com/media/3c5e1d_7a9b2c8e4f.png/v1/fill/w_96,h_96,al_c,q_85/logo.png" alt="logo" width="96" height="96"></a></div>
<div id="comp-lm2k8q1b" class="{_wix_class("name")}" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">UBND xã Lam Vân</span></h2></div>
<nav id="comp-lm2k8q1c" aria-label="Trang web"><ul class="{_wix_class("menu")}">{nav}</ul></nav>
{switch}
<div id="comp-lm2k8q1d" class="{_wix_class("login")}"><button type="button" aria-label="{ui['login']}" class="{_wix_class("lb")}">{ui['login']}</button></div>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="{_wix_class("page")}">
{main}
</div></div></main>
<footer id="SITE_FOOTER" class="{_wix_class("ftr")}"><div class="{_wix_class("ftr2")}" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">UBND xã Lam Vân</p><p class="font_8 wixui-rich-text__text">{e(s['address'])}</p><p class="font_8 wixui-rich-text__text">Điện thoại: {e(s['phone'])} | Email: {e(s['email'])}</p><p class="font_8 wixui-rich-text__text">© 2025 UBND xã Lam Vân. Tạo bằng Wix.com</p></div></footer>
</div></div></div>
<script type="application/json" id="wix-warmup-data">{warm}</script>
<script src="https://static.parastorage.com/unpkg/@wix/wix-thunderbolt@1.15432.0/dist/main.js" async></script>
</body>
</html>
"""

    def member(x: dict, lang: str) -> str:
        return (f'<div data-hook="user-info" class="{_wix_class("ui")}"><a href="{loc("/profile/" + x["member"] + "/profile", lang)}" data-hook="avatar-link"><img src="https://static.wixstatic.com/media/avatar_{x["member"]}.png" alt="" width="32" height="32"></a>'
                f'<span data-hook="user-name" class="{_wix_class("un")}"><a href="{loc("/profile/" + x["member"] + "/profile", lang)}" class="{_wix_class("ul")}">{e(WIX_MEMBERS[x["member"]])}</a></span></div>')

    def meta_line(x: dict, lang: str) -> str:
        ui = WIX_UI[lang]
        return (f'<ul class="{_wix_class("ml")}"><li><span data-hook="time-ago" class="{_wix_class("ta")}">{wix_date(x["published"], rendered, lang)}</span></li>'
                f'<li><span data-hook="time-to-read" class="{_wix_class("tr")}">{ui["read"].format(x["minutes"])}</span></li></ul>')

    def card(x: dict, lang: str, excerpt: bool = True) -> str:
        ui = WIX_UI[lang]
        u = loc(f"/post/{x['slug']}", lang)
        text = x["paragraphs"][0]
        short = text if len(text) <= 160 else text[:160].rsplit(" ", 1)[0] + " ..."
        desc = f'<div data-hook="post-description" class="{_wix_class("pd")}"><div class="{_wix_class("pd2")}">{e(short)}</div></div>' if excerpt else ""
        return (f'<article data-hook="post-list-item" class="{_wix_class("card")}"><div class="{_wix_class("cimg")}"><a href="{u}" tabindex="-1"><img src="https://static.wixstatic.com/media/3c5e1d_{x["slug"][:12]}.jpg/v1/fill/w_454,h_341,al_c,q_80/cover.jpg" alt="" width="454" height="341"></a></div>'
                f'<div class="{_wix_class("cbody")}">{member(x, lang)}{meta_line(x, lang)}'
                f'<div data-hook="post-title" class="{_wix_class("pt")}"><a href="{u}" class="{_wix_class("ptl")}"><h2 class="{_wix_class("h")}">{e(x["title"])}</h2></a></div>'
                f'{desc}<div data-hook="post-footer" class="{_wix_class("pf")}"><span data-hook="view-count">{ui["views"].format(x["views"])}</span> <span data-hook="comment-count">{ui["comments"]}</span> <button data-hook="like-button" aria-label="{ui["like"]}">♡</button></div></div></article>')

    def feed(lang: str, heading: str, items: list, path: str, k: int, last: int, cat_menu: bool = True) -> str:
        ui = WIX_UI[lang]
        menu = ""
        if cat_menu:
            menu = (f'<nav data-hook="blog-desktop-header-container" class="{_wix_class("bh")}"><ul data-hook="category-list">'
                    f'<li><a href="{loc("/blog", lang)}" data-hook="link-all-posts">{ui["cats"]}</a></li>'
                    + "".join(f'<li><a href="{loc("/blog/categories/" + c, lang)}" data-hook="category-link">{e(n)}</a></li>' for c, n in cats.items())
                    + "</ul></nav>")
        pager = ""
        if last > 1:
            def pg(n: int) -> str:
                return loc(path if n == 1 else f"{path}/page/{n}", lang)
            parts = ([f'<a href="{pg(k - 1)}" data-hook="pagination__prev" aria-label="{ui["newer"]}">&lt;</a>'] if k > 1 else [])
            parts += [f'<span data-hook="pagination__current">{n}</span>' if n == k else f'<a href="{pg(n)}" data-hook="pagination__{n}">{n}</a>' for n in range(1, last + 1)]
            parts += ([f'<a href="{pg(k + 1)}" data-hook="pagination__next" aria-label="{ui["older"]}">&gt;</a>'] if k < last else [])
            pager = f'<nav data-hook="blog-pagination-container" class="{_wix_class("pg")}">{"".join(parts)}</nav>'
        title = f'<h1 data-hook="category-title" class="{_wix_class("ct")}">{e(heading)}</h1>' if heading else ""
        return (f'<div id="comp-blogfeed" data-hook="blog-feed" class="{_wix_class("feed")}">{menu}{title}'
                f'<div data-hook="post-list" class="{_wix_class("pl")}">' + "".join(card(x, lang) for x in items) + f"</div>{pager}</div>")

    def post_state(x: dict) -> dict:
        nodes = [{"type": "PARAGRAPH", "id": f"p{i}", "nodes": [{"type": "TEXT", "textData": {"text": t, "decorations": []}}]}
                 for i, t in enumerate(x["paragraphs"])]
        return {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {"postPage": {"post": {
            "slug": x["slug"], "title": x["title"], "firstPublishedDate": wix_utc(x["published"]),
            "categoryIds": [x["category"]], "hashtags": x["hashtags"], "minutesToRead": x["minutes"],
            "richContent": {"nodes": nodes}}}}}}

    for lang in ("vi", "en"):
        ui = WIX_UI[lang]
        en = lang == "en"
        # home: a welcome strip, the blog's recent posts widget, a few words of about
        home = (f'<section id="comp-welcome" class="{_wix_class("strip")}"><div data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">Chào mừng đến với trang thông tin xã Lam Vân</h1>'
                f'<p class="font_7 wixui-rich-text__text">Nơi cập nhật hoạt động của chính quyền và thông báo tới người dân.</p></div></section>'
                f'<section id="comp-recent" class="{_wix_class("strip")}"><div data-testid="richTextElement"><h2 class="font_2">{ui["recent"]}</h2></div>'
                + "".join(card(x, lang, excerpt=False) for x in arts[:3])
                + f'<a href="{loc("/blog", lang)}" data-testid="linkElement">{ui["all"]}</a></section>')
        p.page(loc("/", lang), f"pages/{lang}/index.html", layout(s["name"], "/", lang, home), "home")
        pages = chunks(arts, 4)
        for k, items in enumerate(pages, 1):
            path = "/blog" if k == 1 else f"/blog/page/{k}"
            p.page(loc(path, lang), f"pages/{lang}/blog-{k}.html", layout(f"{ui['blog']} | {s['name']}", path, lang,
                   feed(lang, "", items, "/blog", k, len(pages))), "listing")
        for c, name in cats.items():
            path = f"/blog/categories/{c}"
            items = [x for x in arts if x["category"] == c]
            p.page(loc(path, lang), f"pages/{lang}/cat-{c}.html", layout(f"{name} | {s['name']}", path, lang,
                   feed(lang, name, items, path, 1, 1)), "listing")
        for tag in sorted(src.HASHTAGS):
            path = f"/blog/hashtags/{tag}"
            items = [x for x in arts if tag in x["hashtags"]]
            p.page(loc(path, lang), f"pages/{lang}/tag-{tag}.html", layout(f"#{tag} | {s['name']}", path, lang,
                   feed(lang, f"#{tag}", items, path, 1, 1, cat_menu=False)), "other")
        for m, name in WIX_MEMBERS.items():
            path = f"/profile/{m}/profile"
            login = (f'<div data-hook="members-login" class="{_wix_class("mlg")}"><h1>{"Đăng nhập" if not en else "Log In"}</h1>'
                     f'<p>{"Trang này chỉ dành cho thành viên. Vui lòng đăng nhập để xem." if not en else "This page is for members only. Please log in to view it."}</p>'
                     f'<button type="button" data-hook="login-button">{ui["login"]}</button></div>')
            p.page(loc(path, lang), f"pages/{lang}/profile-{m}.html", layout(f"{name} | {s['name']}", path, lang, login, canonical=False), "other")
        about = f'<section class="{_wix_class("strip")}"><div data-testid="richTextElement"><h1 class="font_0">{ui["about"]}</h1>' + "".join(f'<p class="font_8">{e(t)}</p>' for t in src.ABOUT) + "</div></section>"
        p.page(loc("/gioi-thieu", lang), f"pages/{lang}/gioi-thieu.html", layout(f"{ui['about']} | {s['name']}", "/gioi-thieu", lang, about), "other")
        contact = (f'<section class="{_wix_class("strip")}"><div data-testid="richTextElement"><h1 class="font_0">{ui["contact"]}</h1><p class="font_8">{e(s["address"])}</p>'
                   f'<p class="font_8">{e(s["phone"])}</p></div><form class="{_wix_class("form")}"><input name="name" placeholder="Họ tên"><input name="email" placeholder="Email"><textarea name="message"></textarea><button type="submit">Gửi</button></form></section>')
        p.page(loc("/lien-he", lang), f"pages/{lang}/lien-he.html", layout(f"{ui['contact']} | {s['name']}", "/lien-he", lang, contact), "other")

        for x in arts:
            path = f"/post/{x['slug']}"
            url_ = base + loc(path, lang)
            paras = "".join(f'<p class="{_wix_class("rp")} public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-{_wix_class(x["slug"], i).lower()}"><span style="font-size:18px">{e(t)}</span></p>'
                            for i, t in enumerate(x["paragraphs"]))
            gallery = ""
            if x["gallery"]:
                gallery = (f'<div data-hook="gallery-container" class="{_wix_class("gal")}">'
                           + "".join(f'<div data-hook="item-container" class="{_wix_class("gi")}"><a href="{loc(path, lang, "lightbox=dataItem-" + g)}" data-hook="item-link"><img src="https://static.wixstatic.com/media/3c5e1d_{g}~mv2.jpg/v1/fill/w_480,h_320,al_c,q_80/{g}.jpg" alt="" width="480" height="320"></a></div>'
                                     for g in x["gallery"]) + "</div>")
            share = "".join(f'<a href="{h}" target="_blank" rel="noopener" aria-label="{ui["share"]} {n}" data-hook="share-button">{n}</a>' for n, h in [
                ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url_}"),
                ("X", f"https://twitter.com/intent/tweet?url={url_}"),
                ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={url_}")])
            tags = "".join(f'<li><a href="{loc("/blog/hashtags/" + t, lang)}" data-hook="hashtag-link">#{t}</a></li>' for t in x["hashtags"])
            recent = [o for o in arts if o is not x][:3]
            main = (f'<div data-hook="post-page" class="{_wix_class("pp")}"><article data-hook="post" class="blog-post-page-font {_wix_class("art")}">'
                    f'<div data-hook="post-header" class="{_wix_class("ph")}">{member(x, lang)}{meta_line(x, lang)}</div>'
                    f'<h1 data-hook="post-title" class="blog-post-title-font {_wix_class("t")}"><span class="blog-post-title-color">{e(x["title"])}</span></h1>'
                    f'<div data-hook="post-description" class="{_wix_class("desc")}"><section data-id="rich-content-viewer" class="{_wix_class("rcv")}"><div class="{_wix_class("rcv2")}">{paras}{gallery}</div></section></div>'
                    f'<div data-hook="post-footer" class="{_wix_class("pfoot")}"><div data-hook="post-categories-list"><a href="{loc("/blog/categories/" + x["category"], lang)}" data-hook="category-label">{e(cats[x["category"]])}</a></div>'
                    f'<ul data-hook="hashtags">{tags}</ul><div data-hook="share-buttons" class="{_wix_class("sb")}">{share}</div>'
                    f'<div class="{_wix_class("stats")}"><span data-hook="view-count">{ui["views"].format(x["views"])}</span> <span data-hook="comment-count">{ui["comments"]}</span> <button data-hook="like-button" aria-label="{ui["like"]}">♡</button></div></div></article>'
                    f'<section data-hook="recent-posts" class="{_wix_class("rec")}"><div class="{_wix_class("rech")}"><h2>{ui["recent"]}</h2><a href="{loc("/blog", lang)}" data-hook="see-all-link">{ui["all"]}</a></div>'
                    + "".join(card(o, lang, excerpt=False) for o in recent)
                    + f'</section><div data-hook="comments" class="{_wix_class("cm")}"><p>{"Bình luận" if not en else "Comments"}</p><button type="button">{"Viết bình luận..." if not en else "Write a comment..."}</button></div></div>')
            ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting",
                             "mainEntityOfPage": {"@type": "WebPage", "@id": url_}, "headline": x["title"],
                             "description": x["paragraphs"][0][:150],
                             "image": {"@type": "ImageObject", "url": f"https://static.wixstatic.com/media/3c5e1d_{x['slug'][:12]}.jpg"},
                             "datePublished": wix_utc(x["published"]), "dateModified": wix_utc(x["published"]),
                             "author": {"@type": "Person", "name": WIX_MEMBERS[x["member"]], "url": f"{base}/profile/{x['member']}/profile"},
                             "publisher": {"@type": "Organization", "name": s["name"], "logo": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/3c5e1d_7a9b2c8e4f.png"}}},
                            ensure_ascii=False)
            head = (f'<meta property="og:type" content="article"/>\n<meta property="og:title" content="{a(x["title"])}"/>\n'
                    f'<meta property="og:url" content="{url_}"/>\n<meta property="article:published_time" content="{wix_utc(x["published"])}"/>\n'
                    f'<script type="application/ld+json">{ld}</script>\n')
            page_html = layout(f"{x['title']}", path, lang, main, head, post_state(x))
            file = f"pages/{lang}/post-{x['slug']}.html"
            p.page(loc(path, lang), file, page_html, "duplicate" if en else "article")
            for g in x["gallery"]:
                p.alias(loc(path, lang, "lightbox=dataItem-" + g), file, "duplicate")
            if not en:
                p.article_gold(x["slug"], path, x, list(x["paragraphs"]), cats[x["category"]],
                               ["Bài viết gần đây", "lượt xem", "bình luận", "Chia sẻ", "Đọc", "Đăng nhập"], None,
                               author=WIX_MEMBERS[x["member"]])

    subs = {"pages-sitemap.xml": ["/", "/gioi-thieu", "/lien-he", "/blog"],
            "blog-posts-sitemap.xml": [f"/post/{x['slug']}" for x in arts],
            "blog-categories-sitemap.xml": [f"/blog/categories/{c}" for c in cats]}
    for name, paths in subs.items():
        urls = "".join(f"<url><loc>{base}{u}</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{base}{u}?lang=en\"/></url>" for u in paths)
        p.raw("/" + name, f"pages/{name}", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
              + urls + "</urlset>\n").encode(), "application/xml")
    p.raw("/sitemap.xml", "pages/sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          + "".join(f"<sitemap><loc>{base}/{n}</loc></sitemap>" for n in subs) + "</sitemapindex>\n").encode(), "application/xml")
    items = "".join(f"<item><title><![CDATA[{x['title']}]]></title><link>{base}/post/{x['slug']}</link><guid isPermaLink=\"false\">{_wix_class(x['slug']).lower()}</guid>"
                    f"<pubDate>{(when(x['published'])).strftime('%a, %d %b %Y %H:%M:00')} +0700</pubDate></item>" for x in arts)
    p.raw("/blog-feed.xml", "pages/blog-feed.xml", (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{e(s["name"])}</title><link>{base}/blog</link>'
          + items + "</channel></rss>\n").encode(), "application/rss+xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nAllow: /\nDisallow: /_api/*\nDisallow: /_partials*\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain")
    return p


SITES = (*SITES, "lamvan")
BUILDERS.update({"lamvan": build_site_builder})
# == end holdout9 ==================================================================================


# == holdout9b: a modern news CMS with E-magazine, live blog, event pages (thuykhe) ==============


def build_newsroom_cms(src) -> Portal:
    s = src.SITE
    p = Portal(src, "emagazine-liveblog", (
        "MODELLED, not copied: a ward portal on a modern news CMS of the kind provincial papers and "
        "their portals run since 2023: stories /<category>/<slug>-post<id>.html in three templates "
        "beside the ordinary one: 'E-magazine' longform (its own layout: a full-width cover with "
        "the headline over the photo, the text in many full-width sections between large photos "
        "and pull quotes, no date under the headline, the credits block 'Nội dung / Ảnh / Trình "
        "bày' and the publication date at the end, no article:published_time meta), a live blog "
        "'Tường thuật trực tiếp' (one headline and lead, timestamped entries newest first, each an "
        "<article> with its own <time>), photo stories (a lead and captioned full-width photos); "
        "'Dòng sự kiện' topic pages /dong-su-kien/<slug>-event<id>.html listing their stories with "
        "leads; category pages paged by /<category>/trang-<n>; a home page with a big featured "
        "block; 'Đọc nhiều', 'Tin liên quan', tag pages /tag/<slug>; a sitemap index of monthly "
        "sitemaps, RSS per category. Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    cats = src.CATEGORIES
    url = {x["id"]: f"/{x['category']}/{x['slug']}-post{x['id']}.html" for x in arts}
    by_id = {x["id"]: x for x in arts}
    event_url = {ev["id"]: f"/dong-su-kien/{ev['slug']}-event{ev['id']}.html" for ev in src.EVENTS}
    event_of = {sid: ev for ev in src.EVENTS for sid in ev["stories"]}
    most_read = [by_id[i] for i in (2511, 2494, 2489, 2518)]

    def photo_of(x: dict) -> str:
        if x["kind"] == "photo":
            return f"/uploads/2025/{x['published'][5:7]}/{x['photos'][0][0]}"
        if x["kind"] == "emagazine":
            return f"/uploads/emagazine/{x['id']}/cover.jpg"
        if x.get("photo"):
            return f"/uploads/2025/{x['published'][5:7]}/{x['photo'][0]}"
        return f"/uploads/2025/{x['published'][5:7]}/thumb-{x['id']}.jpg"

    def stamp(iso: str) -> str:
        return f"{dmy(iso)} {hm(iso)}"

    def card(x: dict, lead: bool = True, cls: str = "story") -> str:
        badge = {"live": '<span class="story__badge story__badge--live">Trực tiếp</span>',
                 "emagazine": '<span class="story__badge story__badge--emag">E-magazine</span>',
                 "photo": '<span class="story__badge story__badge--photo"><i class="icon-camera"></i></span>'}.get(x["kind"], "")
        text = f'<p class="story__summary">{e(x["sapo"])}</p>' if lead else ""
        return (f'<article class="{cls}"><a class="story__thumb" href="{url[x["id"]]}" title="{a(x["title"])}">'
                f'<img src="{photo_of(x)}" alt="{a(x["title"])}" loading="lazy"></a>'
                f'<h3 class="story__heading">{badge}<a href="{url[x["id"]]}">{e(x["title"])}</a></h3>'
                f'<div class="story__meta"><a class="story__cate" href="/{x["category"]}">{e(cats[x["category"]])}</a>'
                f'<time class="story__time" datetime="{x["published"]}:00+07:00">{stamp(x["published"])}</time></div>{text}</article>')

    nav = [("/", "Trang chủ"), *[(f"/{c}", n) for c, n in cats.items()], ("/dong-su-kien", "Dòng sự kiện"), ("/gioi-thieu", "Giới thiệu")]

    def header(current: str) -> str:
        items = "".join(f'<li class="menu__item{" is-active" if u == current else ""}"><a href="{u}">{e(t)}</a></li>' for u, t in nav)
        return (f'<header class="header"><div class="header__top container"><span class="header__date">Thứ Tư, 24/09/2025</span>'
                f'<a class="header__rss" href="/rss">RSS</a><form class="header__search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div>'
                f'<div class="header__brand container"><a class="header__logo" href="/"><img src="/static/img/logo-thuy-khe.svg" alt="{a(s["name"])}"></a></div>'
                f'<nav class="menu container"><ul class="menu__list">{items}</ul></nav></header>')

    footer = (f'<footer class="footer"><div class="container"><div class="footer__info"><p><strong>{e(s["name"].upper())}</strong></p>'
              f'<p>Cơ quan chủ quản: UBND {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p><p>Điện thoại: {e(s["phone"])} - Email: {e(s["email"])}</p>'
              '<p>Ghi rõ nguồn "Cổng thông tin điện tử phường Thủy Khê" khi phát hành lại thông tin từ website này.</p></div>'
              '<ul class="footer__links"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/rss">RSS</a></li><li><a href="/sitemap.xml">Sơ đồ trang</a></li></ul></div></footer>'
              '<script src="/static/js/app.min.js?v=2.4.1" defer></script>')

    def head(title: str, extra: str = "", css: str = "/static/css/main.min.css?v=2.4.1") -> str:
        return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f'<title>{e(title)}</title>\n{extra}<link rel="stylesheet" href="{css}">\n'
                f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{base}/rss/home.rss">\n</head>\n')

    def sidebar() -> str:
        read = "".join(f'<li><span class="rank">{i}</span><a href="{url[x["id"]]}">{e(x["title"])}</a></li>' for i, x in enumerate(most_read, 1))
        events = "".join(f'<li><a href="{event_url[ev["id"]]}">{e(ev["title"])}</a></li>' for ev in src.EVENTS)
        return (f'<aside class="sidebar"><div class="box box-most-read"><div class="box__title">Đọc nhiều</div><ol>{read}</ol></div>'
                f'<div class="box box-events"><div class="box__title">Dòng sự kiện</div><ul>{events}</ul></div>'
                '<div class="box box-banner"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/uploads/banner/dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia"></a></div></aside>')

    def layout(title: str, main: str, current: str, extra: str = "", side: bool = True) -> str:
        body = f'<div class="main container"><div class="main__content">{main}</div>{sidebar() if side else ""}</div>'
        return head(title, extra) + f'<body>\n{header(current)}\n{body}\n{footer}\n</body>\n</html>\n'

    def pager(path: str, page: int, last: int) -> str:
        if last < 2:
            return ""
        def link(n: int) -> str:
            return path if n == 1 else f"{path}/trang-{n}"
        items = []
        if page > 1:
            items.append(f'<a class="pagination__prev" href="{link(page - 1)}">‹ Trang trước</a>')
        items += [f'<span class="pagination__item is-active">{n}</span>' if n == page else f'<a class="pagination__item" href="{link(n)}">{n}</a>' for n in range(1, last + 1)]
        if page < last:
            items.append(f'<a class="pagination__next" href="{link(page + 1)}">Trang sau ›</a>')
        return f'<div class="pagination">{"".join(items)}</div>'

    def listing_pages(path: str, heading: str, items: list, page_class: str = "listing", per: int = 3) -> None:
        pages = chunks(items, per)
        for n, chunk in enumerate(pages, 1):
            here = path if n == 1 else f"{path}/trang-{n}"
            title = f"{heading} - {s['short']}" + ("" if n == 1 else f" - Trang {n}")
            crumbs = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <h1 class="breadcrumb__current"><a href="{path}">{e(heading)}</a></h1></div>'
            main = crumbs + f'<div class="box-category">{"".join(card(x) for x in chunk)}</div>' + pager(path, n, len(pages))
            p.page(here, f"pages{path}/index-{n}.html", layout(title, main, path,
                   f'<link rel="canonical" href="{base}{here}">\n'), page_class)

    # the home page: a big featured block, the newest, the events, the E-magazine and photo boxes
    featured, newest = arts[0], arts[1:5]
    emags = [x for x in arts if x["kind"] == "emagazine"]
    photos = [x for x in arts if x["kind"] == "photo"]
    hero = (f'<section class="box-featured"><a class="box-featured__thumb" href="{url[featured["id"]]}"><img src="{photo_of(featured)}" alt="{a(featured["title"])}"></a>'
            f'<div class="box-featured__body"><h2 class="box-featured__title"><span class="story__badge story__badge--live">Trực tiếp</span><a href="{url[featured["id"]]}">{e(featured["title"])}</a></h2>'
            f'<p class="box-featured__summary">{e(featured["sapo"])} {e(featured["entries"][0][1])}</p></div>'
            f'<div class="box-featured__sub">{"".join(card(x, lead=False, cls="story story--sub") for x in newest[:3])}</div></section>')
    blocks = [hero, f'<section class="box-home box-latest"><h2 class="box__title"><a href="/tin-moi">Tin mới</a></h2>{"".join(card(x) for x in newest)}<a class="box__more" href="/tin-moi">Xem thêm</a></section>']
    blocks.append('<section class="box-home box-events"><h2 class="box__title"><a href="/dong-su-kien">Dòng sự kiện</a></h2>'
                  + "".join(f'<div class="event-item"><a href="{event_url[ev["id"]]}">{e(ev["title"])}</a><p>{e(ev["lead"])}</p></div>' for ev in src.EVENTS) + "</section>")
    blocks.append(f'<section class="box-home box-emagazine"><h2 class="box__title"><a href="/emagazine">E-magazine</a></h2>{"".join(card(x, lead=False, cls="story story--emag") for x in emags)}</section>')
    blocks.append(f'<section class="box-home box-photo"><h2 class="box__title"><a href="/multimedia">Ảnh</a></h2>{"".join(card(x, lead=False) for x in photos)}</section>')
    for c in ("thoi-su", "kinh-te", "van-hoa-xa-hoi"):
        items = [x for x in arts if x["category"] == c][:3]
        blocks.append(f'<section class="box-home box-cate"><h2 class="box__title"><a href="/{c}">{e(cats[c])}</a></h2>{"".join(card(x, lead=False) for x in items)}</section>')
    p.page("/", "pages/index.html", layout(s["name"], "".join(blocks), "/",
           f'<meta name="description" content="{a(s["name"])} - thông tin chính thức của UBND {a(s["unit"])}">\n<link rel="canonical" href="{base}/">\n'), "home")

    listing_pages("/tin-moi", "Tin mới", arts)
    for c, name in cats.items():
        listing_pages(f"/{c}", name, [x for x in arts if x["category"] == c])
    for ev in src.EVENTS:
        items = [by_id[i] for i in ev["stories"]]
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/dong-su-kien">Dòng sự kiện</a></div>'
                f'<div class="event-header"><span class="event-header__label">Dòng sự kiện</span><h1 class="event-header__title">{e(ev["title"])}</h1><p class="event-header__lead">{e(ev["lead"])}</p></div>'
                f'<div class="box-category box-timeline">{"".join(card(x) for x in items)}</div>')
        p.page(event_url[ev["id"]], f"pages/dong-su-kien/{ev['id']}.html", layout(f"{ev['title']} - {s['short']}", main, "/dong-su-kien",
               f'<link rel="canonical" href="{base}{event_url[ev["id"]]}">\n'), "listing")
    index = "".join(f'<div class="event-item"><h2><a href="{event_url[ev["id"]]}">{e(ev["title"])}</a></h2><p>{e(ev["lead"])}</p><span>{len(ev["stories"])} bài viết</span></div>' for ev in src.EVENTS)
    p.page("/dong-su-kien", "pages/dong-su-kien/index.html", layout(f"Dòng sự kiện - {s['short']}", f'<h1 class="page-title">Dòng sự kiện</h1>{index}', "/dong-su-kien"), "other")
    for tag, name in src.TAGS.items():
        items = [x for x in arts if tag in x["tags"]]
        main = f'<div class="tag-header"><span>Tag</span><h1>{e(name)}</h1></div><div class="box-category">{"".join(card(x) for x in items)}</div>'
        p.page(f"/tag/{tag}", f"pages/tag/{tag}.html", layout(f"{name} - {s['short']}", main, ""), "other")

    def story_head(x: dict, with_time: bool = True) -> str:
        meta = (f'<link rel="canonical" href="{base}{url[x["id"]]}">\n<meta name="description" content="{a(x["sapo"])}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{a(x["title"])}">\n'
                f'<meta property="og:image" content="{base}{photo_of(x)}">\n<meta property="article:section" content="{a(cats[x["category"]])}">\n')
        if with_time:
            meta += f'<meta property="article:published_time" content="{x["published"]}:00+07:00">\n'
        return meta

    def tags_and_event(x: dict) -> str:
        out = ""
        if x["id"] in event_of:
            ev = event_of[x["id"]]
            out += f'<div class="detail__event"><span>Dòng sự kiện:</span> <a href="{event_url[ev["id"]]}">{e(ev["title"])}</a></div>'
        if x["tags"]:
            out += '<div class="detail__tags"><span>Tags:</span>' + "".join(f' <a href="/tag/{t}">{e(src.TAGS[t])}</a>' for t in x["tags"]) + "</div>"
        return out

    def related(x: dict) -> str:
        others = [y for y in arts if y["category"] == x["category"] and y["id"] != x["id"]][:3] or [y for y in arts if y["id"] != x["id"]][:3]
        return f'<section class="box-related"><div class="box__title">Tin liên quan</div>{"".join(card(y, lead=False) for y in others)}</section>'

    must_not = ["Đọc nhiều", "Tin liên quan", "Dòng sự kiện:", "Cơ quan chủ quản", "Tags:"]
    for x in arts:
        u, cat = url[x["id"]], cats[x["category"]]
        crumbs = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/{x["category"]}">{e(cat)}</a></div>'
        if x["kind"] == "emagazine":
            parts, body = [], [x["sapo"]]
            for sec in x["sections"]:
                if "paragraphs" in sec:
                    parts.append(f'<section class="emag-section emag-section--text"><div class="emag-section__inner"><h2 class="emag-section__heading">{e(sec["heading"])}</h2>'
                                 + "".join(f"<p>{e(t)}</p>" for t in sec["paragraphs"]) + "</div></section>")
                    body += [sec["heading"], *sec["paragraphs"]]
                elif "image" in sec:
                    file, caption = sec["image"]
                    parts.append(f'<section class="emag-section emag-section--image"><figure class="emag-fullwidth"><img src="/uploads/emagazine/{x["id"]}/{file}" alt="{a(caption)}">'
                                 f'<figcaption>{e(caption)}</figcaption></figure></section>')
                    body.append(caption)
                else:
                    quote, who = sec["quote"]
                    parts.append(f'<section class="emag-section emag-section--quote"><blockquote class="emag-quote"><p>“{e(quote)}”</p><cite>{e(who)}</cite></blockquote></section>')
                    body += [f"“{quote}”", who]
            credits = "".join(f'<p><span class="emag-credits__role">{e(role)}:</span> {e(name)}</p>' for role, name in x["credits"])
            page = head(f"{x['title']} - {s['short']}", story_head(x, with_time=False), css="/static/css/emagazine.min.css?v=2.4.1") + f"""<body class="page-emagazine">
<div class="emag-topbar"><a class="emag-topbar__logo" href="/"><img src="/static/img/logo-thuy-khe-white.svg" alt="{a(s['name'])}"></a><a class="emag-topbar__cate" href="/emagazine">E-magazine</a></div>
<article class="emagazine">
<section class="emag-cover" style="background-image:url('{photo_of(x)}')"><div class="emag-cover__inner"><h1 class="emag-cover__title">{e(x['title'])}</h1></div></section>
<section class="emag-section emag-section--sapo"><div class="emag-section__inner"><p class="emag-sapo">{e(x['sapo'])}</p></div></section>
{"".join(parts)}
<section class="emag-credits"><div class="emag-section__inner">{credits}<p class="emag-credits__date">Xuất bản: {stamp(x['published'])}</p></div></section>
</article>
<div class="container">{tags_and_event(x)}<section class="box-related"><div class="box__title">E-magazine khác</div>{"".join(card(y, lead=False) for y in emags if y['id'] != x['id'])}</section></div>
{footer}
</body>
</html>
"""
            p.page(u, f"pages/post/{x['id']}.html", page, "article")
            p.article_gold(str(x["id"]), u, x, body, cat, [*must_not, "E-magazine khác"], None)
            continue
        if x["kind"] == "live":
            entries = "".join(
                f'<article class="live-blog__item" id="live-{len(x["entries"]) - i}"><div class="live-blog__time"><time datetime="{t}:00+07:00">{hm(t)}</time></div>'
                f'<div class="live-blog__content"><p>{e(text)}</p></div></article>' for i, (t, text) in enumerate(x["entries"]))
            content = (f'<div class="live-blog"><div class="live-blog__status"><span class="live-dot"></span> Đang diễn ra · Cập nhật lúc {hm(x["entries"][0][0])}</div>'
                       f'{entries}</div>')
            body = [x["sapo"]]
            for t, text in x["entries"]:
                body += [hm(t), text]
        elif x["kind"] == "photo":
            content = "".join(f'<figure class="photo-item"><img src="/uploads/2025/{x["published"][5:7]}/{f}" alt="{a(c)}"><figcaption>{e(c)}</figcaption></figure>' for f, c in x["photos"])
            body = [x["sapo"], *[c for _, c in x["photos"]]]
        else:
            figure = ""
            if x["photo"]:
                figure = f'<figure class="detail__image"><img src="{photo_of(x)}" alt="{a(x["photo"][1])}"><figcaption>{e(x["photo"][1])}</figcaption></figure>'
            content = figure + "".join(f"<p>{e(t)}</p>" for t in x["paragraphs"])
            body = [x["sapo"], *([x["photo"][1]] if x["photo"] else []), *x["paragraphs"]]
        kind_class = {"live": " detail--live", "photo": " detail--photo"}.get(x["kind"], "")
        badge = '<span class="detail__badge">Trực tiếp</span>' if x["kind"] == "live" else ""
        main = (f'{crumbs}<article class="detail{kind_class}"><div class="detail__header">{badge}<h1 class="detail__title">{e(x["title"])}</h1>'
                f'<div class="detail__meta"><a class="detail__cate" href="/{x["category"]}">{e(cat)}</a> <time class="detail__time" datetime="{x["published"]}:00+07:00">{weekday(x["published"])}, {stamp(x["published"])}</time></div></div>'
                f'<h2 class="detail__sapo">{e(x["sapo"])}</h2><div class="detail__content">{content}</div>'
                f'<div class="detail__author"><strong>{e(x["author"])}</strong></div>'
                f'<div class="detail__share"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{u}" target="_blank" rel="noopener">Facebook</a> <a href="https://zalo.me/share?u={base}{u}" target="_blank" rel="noopener">Zalo</a></div>'
                f'{tags_and_event(x)}</article>{related(x)}')
        p.page(u, f"pages/post/{x['id']}.html", layout(f"{x['title']} - {s['short']}", main, f"/{x['category']}", story_head(x)), "article")
        # (the byline closing the story is its last paragraph, as in every portal's gold)
        p.article_gold(str(x["id"]), u, x, [*body, x["author"]], cat, must_not, None)

    about = '<h1 class="page-title">Giới thiệu</h1>' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT)
    p.page("/gioi-thieu", "pages/gioi-thieu.html", layout(f"Giới thiệu - {s['short']}", about, "/gioi-thieu"), "other")
    feeds = "".join(f'<li><a href="/rss/{c}.rss">{e(n)}</a></li>' for c, n in cats.items())
    p.page("/rss", "pages/rss.html", layout(f"RSS - {s['short']}", f'<h1 class="page-title">RSS</h1><ul class="rss-list"><li><a href="/rss/home.rss">Tin mới</a></li>{feeds}</ul>', ""), "other")

    def rss(title: str, items: list) -> bytes:
        entries = "".join(f"<item><title>{e(x['title'])}</title><link>{base}{url[x['id']]}</link><description>{e(x['sapo'])}</description>"
                          f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00')} +0700</pubDate></item>" for x in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{e(title)}</title><link>{base}/</link>{entries}</channel></rss>\n').encode()
    p.raw("/rss/home.rss", "pages/rss/home.rss", rss("Tin mới", arts[:5]), "application/rss+xml")
    for c, n in cats.items():
        p.raw(f"/rss/{c}.rss", f"pages/rss/{c}.rss", rss(n, [x for x in arts if x["category"] == c]), "application/rss+xml")
    months = sorted({x["published"][:7] for x in arts}, reverse=True)
    index = "".join(f"<sitemap><loc>{base}/sitemaps/posts-{m}.xml</loc></sitemap>" for m in months) + f"<sitemap><loc>{base}/sitemaps/categories.xml</loc></sitemap>"
    p.raw("/sitemap.xml", "pages/sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + index + "</sitemapindex>\n").encode(), "application/xml")
    for m in months:
        locs = "".join(f"<url><loc>{base}{url[x['id']]}</loc><lastmod>{x['published']}:00+07:00</lastmod></url>" for x in arts if x["published"].startswith(m))
        p.raw(f"/sitemaps/posts-{m}.xml", f"pages/sitemaps/posts-{m}.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + locs + "</urlset>\n").encode(), "application/xml")
    locs = "".join(f"<url><loc>{base}{u}</loc></url>" for u in ["/", "/tin-moi", *[f"/{c}" for c in cats], *event_url.values()])
    p.raw("/sitemaps/categories.xml", "pages/sitemaps/categories.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + locs + "</urlset>\n").encode(), "application/xml")
    p.raw("/robots.txt", "pages/robots.txt", f"User-agent: *\nDisallow: /tim-kiem\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n".encode(), "text/plain; charset=utf-8")
    p.raw("/static/css/main.min.css?v=2.4.1", "files/main.min.css", b"body{font-family:Arial}\n", "text/css")
    return p


SITES = (*SITES, "thuykhe")
BUILDERS.update({"thuykhe": build_newsroom_cms})
# == end holdout9b (thuykhe) =======================================================================


# == holdout9b: Drupal 7 with path aliases, /node/<nid>, two pagers on a page (doaivan) ==========


def d7_pager_query(current: list[int], element: int, value: int) -> str:
    """Drupal 7's theme_pager_link: the page query keeps every pager's page ("page=1,0"), filled
    with 0 up to the changed element; PHP takes the string "0" for false, so page 0 of a lone
    first pager carries no query at all."""
    pages = list(current) + [0] * (element + 1 - len(current))
    pages[element] = value
    joined = ",".join(str(n) for n in pages)
    return "" if joined == "0" else f"?page={joined}"


def build_drupal7(src) -> Portal:
    s = src.SITE
    p = Portal(src, "drupal7-multipager", (
        "MODELLED, not copied: a district portal on Drupal 7 (a Bartik-derived theme, Views 3, "
        "Pathauto, Metatag, the print module): nodes at their alias /tin-tuc/<slug> and at their "
        "system path /node/<nid> (the same page; rel=shortlink names it; the 'article' type carries "
        "a canonical link, the 'thong_bao' type none), editors' hand-written /node/<nid> links in "
        "body text; the front page /node (also /) of promoted node teasers paged /node?page=N; a "
        "Views page /tin-tuc with two pagers (a full pager for 'Tin hoạt động', a mini pager for the "
        "'Thông báo' block), whose links carry both pages as a comma list (?page=1,0, ?page=0,1, "
        "?page=2,1, and ?page=0,0 / ?page=1 for the same pages); /taxonomy/term/<tid> of node "
        "teasers (the field-name-body class the node has) and /taxonomy/term/<tid>/feed; /rss.xml; "
        "a 'Tin mới' views block of views-field rows on every page, a 'Tin nổi bật' views-field "
        "block with the body's first paragraphs; 'Submitted by' lines naming the editor's account "
        "beside an author field; /user/login?destination=node/<nid>%23comment-form under every "
        "node ('Đăng nhập để gửi ý kiến'), /user/register, /user/password; the print module's "
        "/print/<nid> (no canonical, robots noindex, the source URL and the links listed at the "
        "end); core robots.txt whose '/user/login/' rule misses '/user/login?destination=…'. "
        "Invented unit and prose."))
    base = s["base_url"]
    arts = sorted(src.ARTICLES, key=lambda x: x["published"], reverse=True)
    alias = {x["nid"]: f"/tin-tuc/{x['slug']}" for x in arts}
    terms = src.TERMS
    news = [x for x in arts if x["type"] == "article"]
    notices = [x for x in arts if x["type"] == "thong_bao"]

    def iso(x: dict) -> str:
        return f"{x['published']}:00+07:00"

    def short_day(iso_: str) -> str:
        return ("T2", "T3", "T4", "T5", "T6", "T7", "CN")[when(iso_).weekday()]

    def submitted(x: dict) -> str:
        return (f'<div class="meta submitted"><span property="dc:date dc:created" content="{iso(x)}" datatype="xsd:dateTime" rel="sioc:has_creator">'
                f'Gửi bởi <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{e(x["user"])}</span> '
                f'vào lúc {short_day(x["published"])}, {dmy(x["published"])} - {hm(x["published"])}</span></div>')

    def image_field(x: dict, style: str, link: bool) -> str:
        if x["type"] != "article":
            return ""
        img = f'<img typeof="foaf:Image" src="/sites/default/files/styles/{style}/public/tin-tuc/{x["published"][:7]}/{x["nid"]}.jpg?itok=Qm{x["nid"]}xZ" width="480" height="320" alt="" />'
        if link:
            img = f'<a href="{alias[x["nid"]]}">{img}</a>'
        return f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">{img}</div></div></div>'

    def body_html(x: dict, paragraphs: list[str] | None = None) -> str:
        links = dict(x["links"])
        out = []
        for i, t in enumerate(paragraphs if paragraphs is not None else x["paragraphs"]):
            if i in links:
                head, sep, tail = t.rpartition(": ") if "Xem thêm: " in t else (t.rsplit(" ", 8)[0], " ", " ".join(t.rstrip(".").rsplit(" ", 8)[1:]))
                dot = "." if t.endswith(".") and "Xem thêm: " not in t else ""
                tail = tail.rstrip(".") if "Xem thêm: " in t else tail
                out.append(f'<p>{e(head)}{sep}<a href="/node/{links[i]}">{e(tail)}</a>{dot if dot else ("." if t.endswith(".") else "")}</p>')
            else:
                out.append(f"<p>{e(t)}</p>")
        return "".join(out)

    def teaser(x: dict) -> str:
        summary = x["paragraphs"][0]
        return (f'<div id="node-{x["nid"]}" class="node node-{x["type"].replace("_", "-")}{" node-promoted" if x["promoted"] else ""} node-teaser clearfix" about="{alias[x["nid"]]}" typeof="sioc:Item foaf:Document">\n'
                f'  <h2><a href="{alias[x["nid"]]}">{e(x["title"])}</a></h2>\n  <span property="dc:title" content="{a(x["title"])}" class="rdf-meta element-hidden"></span>\n  {submitted(x)}\n'
                f'  <div class="content clearfix">{image_field(x, "medium", True)}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{e(summary)}</p></div></div></div></div>\n'
                f'  <ul class="links inline"><li class="node-readmore first last"><a href="{alias[x["nid"]]}" rel="tag" title="{a(x["title"])}">Xem tiếp<span class="element-invisible"> về {e(x["title"])}</span></a></li></ul>\n</div>\n')

    def views_rows(items: list, fields: tuple[str, ...]) -> str:
        rows = []
        for i, x in enumerate(items):
            zebra = "odd" if i % 2 == 0 else "even"
            pos = (" views-row-first" if i == 0 else "") + (" views-row-last" if i == len(items) - 1 else "")
            cells = []
            if "image" in fields and x["type"] == "article":
                cells.append(f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{alias[x["nid"]]}"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/tin-tuc/{x["published"][:7]}/{x["nid"]}.jpg?itok=Tn{x["nid"]}q" width="100" height="67" alt="" /></a></div></div>')
            cells.append(f'<div class="views-field views-field-title"><span class="field-content"><a href="{alias[x["nid"]]}">{e(x["title"])}</a></span></div>')
            if "created" in fields:
                cells.append(f'<div class="views-field views-field-created"><span class="field-content">{dmy(x["published"])} - {hm(x["published"])}</span></div>')
            if "body" in fields:
                cells.append(f'<div class="views-field views-field-body"><div class="field-content">{"".join(f"<p>{e(t)}</p>" for t in x["paragraphs"][:2])}</div></div>')
            if "file" in fields and x.get("file"):
                cells.append(f'<div class="views-field views-field-field-file"><div class="field-content"><span class="file"><img class="file-icon" alt="" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/thong-bao/{x["file"][0]}" type="application/pdf; length={x["file"][1]}">{e(x["file"][0])}</a></span></div></div>')
            rows.append(f'<div class="views-row views-row-{i + 1} views-row-{zebra}{pos}">\n{"".join(cells)}</div>')
        return "\n".join(rows)

    def view(name: str, display: str, rows: str, pager: str = "", more: str = "") -> str:
        return (f'<div class="view view-{name} view-id-{name.replace("-", "_")} view-display-id-{display} view-dom-id-{zlib.crc32((name + display).encode()):08x}">\n'
                f'<div class="view-content">\n{rows}\n</div>{pager}{more}</div>')

    def block(bid: str, title: str, content: str, cls: str = "block-views") -> str:
        heading = f'<h2>{e(title)}</h2>' if title else ""
        return f'<div id="block-{bid}" class="block {cls}">\n{heading}\n<div class="content">\n{content}\n</div>\n</div>'

    tin_moi = block("views-tin-moi-block", "Tin mới", view("tin-moi", "block", views_rows(arts[:5], ("created",)),
                    more='<div class="more-link"><a href="/tin-tuc">xem thêm</a></div>'))
    login = block("user-login", "Đăng nhập", '<div class="item-list"><ul><li class="first"><a href="/user/register" title="Tạo tài khoản người dùng mới.">Tạo tài khoản mới</a></li>'
                  '<li class="last"><a href="/user/password" title="Yêu cầu mật khẩu mới qua email.">Yêu cầu mật khẩu mới</a></li></ul></div>', "block-user")
    links_block = block("block-3", "Liên kết website", "<ul>" + "".join(f'<li><a href="{u}" target="_blank">{e(t)}</a></li>' for u, t in LINKS) + "</ul>", "block-block")
    menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
            *[(f"/taxonomy/term/{tid}", name) for tid, name in terms.items()], ("/contact", "Liên hệ")]

    def page(title: str, content: str, *, current: str, page_title: str | None, head: str = "", front: bool = False, feed: str = "") -> str:
        items = "".join(f'<li class="{"first " if i == 0 else ""}leaf{" active-trail" if u == current else ""}"><a href="{u}"{ACTIVE if u == current else ""}>{e(t)}</a></li>' for i, (u, t) in enumerate(menu))
        h1 = f'<h1 class="title" id="page-title">{e(page_title)}</h1>' if page_title else ""
        crumb = "" if front else '<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a></div></div>'
        feed_icon = f'<a href="{feed}" class="feed-icon" title="Đăng ký theo dõi nội dung"><img typeof="foaf:Image" src="/misc/feed.png" width="16" height="16" alt="Đăng ký theo dõi nội dung" /></a>' if feed else ""
        feed_link = f'<link rel="alternate" type="application/rss+xml" title="{a(s["name"])} RSS" href="{base}{feed}" />\n' if feed else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{feed_link}<link rel="shortcut icon" href="{base}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{head}  <title>{e(title)}</title>
  <style type="text/css" media="all">
@import url("{base}/modules/system/system.base.css?sx2k4d");
@import url("{base}/sites/all/themes/doaivan/css/style.css?sx2k4d");
</style>
  <script type="text/javascript" src="{base}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{base}/misc/drupal.js?sx2k4d"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"doaivan","theme_token":"Xw2kq8Zr1Ty"}}}});</script>
</head>
<body class="html{" front" if front else " not-front"} not-logged-in one-sidebar sidebar-second page-{"node" if front else "other"}" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <a href="/" title="Trang chủ" rel="home" id="logo"><img src="{base}/sites/default/files/logo-doai-van.png" alt="Trang chủ" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{e(s["name"])}</span></a></strong></div></div>
    <div class="region region-header">{block("search-form", "", '<form action="/" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">Form tìm kiếm</h2><div class="form-item form-type-textfield form-item-search-block-form"><input title="Nhập từ khóa bạn muốn tìm." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper"><input type="submit" name="op" value="Tìm kiếm" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" /></div></div></form>', "block-search")}</div>
  </div></div>
  <div id="navigation"><div class="section"><h2 class="element-invisible">Main menu</h2><ul id="main-menu" class="links inline clearfix">{items}</ul></div></div>
  {crumb}
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      {h1}
      <div class="region region-content">
{content}
      </div>
      {feed_icon}
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section">
      <div class="region region-sidebar-second">
{tin_moi}
{login}
{links_block}
      </div>
    </div></div>
  </div></div>
  <div id="footer"><div class="section"><div class="region region-footer">{block("block-1", "", f'<p><strong>{e(s["name"].upper())}</strong></p><p>Cơ quan chủ quản: UBND {e(s["unit"])}</p><p>Địa chỉ: {e(s["address"])}</p><p>Điện thoại: {e(s["phone"])} - Email: {e(s["email"])}</p>', "block-block")}</div></div></div>
</div></div>
</body>
</html>
"""

    def pager_full(path: str, current: list[int], element: int, pages: int) -> str:
        here = current[element] if element < len(current) else 0
        def li(cls: str, n: int, label: str, title: str) -> str:
            return f'<li class="{cls}"><a title="{title}" href="{path}{d7_pager_query(current, element, n)}">{label}</a></li>'
        items = []
        if here > 0:
            items += [li("pager-first first", 0, "« đầu", "Đến trang đầu"), li("pager-previous", here - 1, "‹ trước", "Đến trang trước")]
        for n in range(pages):
            items.append(f'<li class="pager-current">{n + 1}</li>' if n == here else li("pager-item", n, str(n + 1), f"Đến trang {n + 1}"))
        if here < pages - 1:
            items += [li("pager-next", here + 1, "sau ›", "Đến trang sau"), li("pager-last last", pages - 1, "cuối »", "Đến trang cuối")]
        return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def pager_mini(path: str, current: list[int], element: int, pages: int) -> str:
        here = current[element] if element < len(current) else 0
        prev = f'<a title="Đến trang trước" href="{path}{d7_pager_query(current, element, here - 1)}">‹‹</a>' if here > 0 else ""
        nxt = f'<a title="Đến trang sau" href="{path}{d7_pager_query(current, element, here + 1)}">››</a>' if here < pages - 1 else ""
        return (f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager"><li class="pager-previous first">{prev}</li>'
                f'<li class="pager-current">{here + 1} trên {pages}</li><li class="pager-next last">{nxt}</li></ul></div>')

    # the Views page /tin-tuc: "Tin hoạt động" (pager element 0, full, 3 a page) beside the
    # attached "Thông báo" block (pager element 1, mini, 2 a page); every reachable query
    news_pages, notice_pages = chunks(news, 2), chunks(notices, 2)

    def parse(query: str) -> list[int]:
        return [int(v or 0) for v in query[len("?page="):].split(",")] if query else []

    seen: dict[str, tuple[int, int]] = {}
    todo = [""]
    while todo:
        query = todo.pop()
        if query in seen:
            continue
        cur = parse(query)
        state = (cur[0] if cur else 0, cur[1] if len(cur) > 1 else 0)
        seen[query] = state
        for element, pages in ((0, len(news_pages)), (1, len(notice_pages))):
            for n in range(pages):
                todo.append(d7_pager_query(cur, element, n))
    first_query: dict[tuple[int, int], str] = {}
    for query, state in sorted(seen.items(), key=lambda qs: (len(qs[0]), qs[0])):
        cur = parse(query)
        file = f"pages/tin-tuc/list-{state[0]}-{state[1]}.html"
        if state in first_query:
            p.alias("/tin-tuc" + query, file, "listing")
            continue
        first_query[state] = query
        content = block("system-main", "", view("tin-tuc", "page", views_rows(news_pages[state[0]], ("image", "created", "body")),
                        pager_full("/tin-tuc", cur, 0, len(news_pages))), "block-system")
        content += "\n" + block("views-thong-bao-block", "Thông báo", view("thong-bao", "block_1", views_rows(notice_pages[state[1]], ("created", "file")),
                                pager_mini("/tin-tuc", cur, 1, len(notice_pages))))
        p.page("/tin-tuc" + query, file, page(f"Tin tức | {s['name']}", content, current="/tin-tuc", page_title="Tin tức"), "listing")

    # the front page: node/ of promoted teasers (3 a page), a "Tin nổi bật" views block first
    promoted = [x for x in arts if x["promoted"]]
    front_pages = chunks(promoted, 3)
    featured = block("views-tin-noi-bat-block", "Tin nổi bật", view("tin-noi-bat", "block", views_rows(promoted[:1], ("image", "title", "created", "body"))))
    for n, items in enumerate(front_pages):
        query = d7_pager_query([n], 0, n)
        content = (featured + "\n" if n == 0 else "") + block("system-main", "", "".join(teaser(x) for x in items) + pager_full("/node", [n], 0, len(front_pages)), "block-system")
        html_ = page(s["name"] if n == 0 else f"{s['name']} | Trang {n + 1}", content, current="/", page_title=None, front=True, feed="/rss.xml")
        if n == 0:
            p.page("/", "pages/front-0.html", html_, "home")
            # (/node, the front page under its system path: the promoted teasers, paged by
            # /node?page=1; only the site root is the home page)
            p.alias("/node", "pages/front-0.html", "listing")
        else:
            p.page("/node" + query, f"pages/front-{n}.html", html_, "listing")

    # taxonomy term pages (core taxonomy_term_page: node teasers, 3 a page, ?page=N) and feeds:
    # the "Chuyên mục" terms and the free-tagging "Từ khóa" terms
    tag_tid = {t: 20 + i for i, t in enumerate(sorted({t for x in arts for t in x["tags"]}))}
    for tid, name in [*terms.items(), *((v, k) for k, v in tag_tid.items())]:
        items = [x for x in arts if x["tid"] == tid or (tag_tid.get(name) == tid and name in x["tags"])]
        # (a free tag's term page is a listing too: the same template and URL as a section's,
        # nothing on it or in its address tells a tag)
        term_class = "listing"
        tpages = chunks(items, 3)
        path = f"/taxonomy/term/{tid}"
        for n, chunk in enumerate(tpages):
            query = d7_pager_query([n], 0, n)
            content = block("system-main", "", f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-chuyen-muc"><div class="content"></div></div></div>'
                            + "".join(teaser(x) for x in chunk) + pager_full(path, [n], 0, len(tpages)), "block-system")
            p.page(path + query, f"pages/taxonomy/{tid}-{n}.html", page(f"{name} | {s['name']}", content, current=path, page_title=name,
                   head=f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="{path}" />\n', feed=f"{path}/feed"), term_class)
        p.raw(f"{path}/feed", f"pages/taxonomy/{tid}.rss", rss(f"{s['name']} - {name}", f"{base}{path}", items), "application/rss+xml; charset=utf-8")

    def comment_links(x: dict) -> str:
        return (f'<ul class="links inline"><li class="print_html first"><a href="/print/{x["nid"]}" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow">Bản in</a></li>'
                f'<li class="comment_forbidden last"><span><a href="/user/login?destination=node/{x["nid"]}%23comment-form">Đăng nhập</a> để gửi ý kiến</span></li></ul>')

    def node_content(x: dict) -> str:
        term = terms[x["tid"]]
        file = ""
        if x.get("file"):
            f, size = x["file"]
            file = (f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even">'
                    f'<span class="file"><img class="file-icon" alt="" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/thong-bao/{f}" type="application/pdf; length={size}">{e(f)}</a></span></div></div></div>')
        tags = ""
        if x["tags"]:
            tags = ('<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><ul class="field-items">'
                    + "".join(f'<li class="field-item {"even" if i % 2 == 0 else "odd"}"><a href="/taxonomy/term/{tag_tid[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{e(t)}</a></li>' for i, t in enumerate(x["tags"])) + "</ul></div>")
        return (f'{submitted(x)}\n<div class="content clearfix">{image_field(x, "large", False)}'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body_html(x)}</div></div></div>'
                f'{file}<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">{e(x["author"])}</div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><ul class="field-items"><li class="field-item even"><a href="/taxonomy/term/{x["tid"]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{e(term)}</a></li></ul></div>'
                f'{tags}</div>\n')

    must_not = ["Tin mới", "Gửi bởi", "Đăng nhập", "Bản in", "Tin cùng chuyên mục", "Cơ quan chủ quản", "Tác giả:", "Chuyên mục:"]
    for x in arts:
        nid, u = x["nid"], alias[x["nid"]]
        same = [y for y in arts if y["tid"] == x["tid"] and y["nid"] != nid][:4]
        related = block("views-cung-chuyen-muc-block", "Tin cùng chuyên mục", view("cung-chuyen-muc", "block", views_rows(same, ("created",)))) if same else ""
        node = (f'<div id="node-{nid}" class="node node-{x["type"].replace("_", "-")}{" node-promoted" if x["promoted"] else ""} clearfix" about="{u}" typeof="sioc:Item foaf:Document">\n'
                f'  <span property="dc:title" content="{a(x["title"])}" class="rdf-meta element-hidden"></span>\n  {node_content(x)}  {comment_links(x)}\n</div>')
        head = f'<meta name="description" content="{a(x["paragraphs"][0][:300])}" />\n'
        if x["type"] == "article":
            head += f'<link rel="canonical" href="{base}{u}" />\n'
        head += f'<link rel="shortlink" href="{base}/node/{nid}" />\n<meta property="og:title" content="{a(x["title"])}" />\n'
        html_ = page(f"{x['title']} | {s['name']}", block("system-main", "", node, "block-system") + "\n" + related,
                     current=f"/taxonomy/term/{x['tid']}", page_title=x["title"], head=head)
        p.page(u, f"pages/node/{nid}.html", html_, "article")
        p.alias(f"/node/{nid}", f"pages/node/{nid}.html", "duplicate")
        # the text, closed by the author field's name (a byline closing the story, as every
        # portal's gold keeps it); the file field is the attachment, not text
        body = [*x["paragraphs"], x["author"]]
        p.article_gold(str(nid), u, x, body, terms[x["tid"]], must_not, None)
        if x.get("file"):
            f, _ = x["file"]
            p.gold[str(nid)]["attachments"] = [{"url": f"/sites/default/files/thong-bao/{f}", "name": f}]
            p.raw(f"/sites/default/files/thong-bao/{f}", f"files/{f}", tiny_pdf(x["title"]), "application/pdf")
        # the print module's page: no canonical, noindex, the source URL and the links at the end
        listed = [f"{base}/node/{n_}" for _, n_ in x["links"]]
        if x.get("file"):
            listed.append(f"{base}/sites/default/files/thong-bao/{x['file'][0]}")
        links_html = ("<p><strong>Liên kết:</strong><br />" + "".join(f"[{i}] {e(v)}<br />" for i, v in enumerate(listed, 1)) + "</p>") if listed else ""
        print_page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{e(x['title'])} | {e(s['name'])}</title>
    <meta name="robots" content="noindex, nofollow, noarchive" />
    <base href="{base}{u}" />
    <link type="text/css" rel="stylesheet" href="{base}/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="{base}/sites/default/files/logo-doai-van.png" alt="" /></div>
    <div class="print-site_name">Được xuất bản trên {e(s['name'])} ({base})</div>
    <p />
    <div class="print-breadcrumb"><a href="{base}/">Trang chủ</a></div>
    <hr class="print-hr" />
    <div class="print-content"><h1 class="print-title">{e(x['title'])}</h1>{node_content(x)}</div>
    <div class="print-footer"></div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>Đường dẫn nguồn (lấy ngày 24/09/2025 - 09:12):</strong> <a href="{base}{u}">{base}{u}</a></div>
    <div class="print-links">{links_html}</div>
  </body>
</html>
"""
        p.page(f"/print/{nid}", f"pages/print/{nid}.html", print_page, "duplicate")
        login_form = ('<form action="/user/login?destination=node/{nid}%23comment-form" method="post" id="user-login" accept-charset="UTF-8"><div>'
                      '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Tên truy cập <span class="form-required" title="Trường dữ liệu này là bắt buộc.">*</span></label><input type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" /><div class="description">Nhập tên truy cập của bạn.</div></div>'
                      '<div class="form-item form-type-password form-item-pass"><label for="edit-pass">Mật khẩu <span class="form-required" title="Trường dữ liệu này là bắt buộc.">*</span></label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">Nhập mật khẩu đi kèm với tên truy cập của bạn.</div></div>'
                      '<input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Đăng nhập" class="form-submit" /></div></div></form>').replace("{nid}", str(nid))
        tabs = '<h2 class="element-invisible">Các thẻ chính</h2><ul class="tabs primary"><li class="active"><a href="/user" class="active">Đăng nhập</a></li><li><a href="/user/register">Tạo tài khoản mới</a></li><li><a href="/user/password">Yêu cầu mật khẩu mới</a></li></ul>'
        p.page(f"/user/login?destination=node/{nid}%23comment-form", f"pages/user/login-{nid}.html",
               page(f"Đăng nhập | {s['name']}", tabs + block("system-main", "", login_form, "block-system"), current="", page_title="Đăng nhập"), "other")
    tabs = '<h2 class="element-invisible">Các thẻ chính</h2><ul class="tabs primary"><li><a href="/user">Đăng nhập</a></li><li><a href="/user/register">Tạo tài khoản mới</a></li><li><a href="/user/password">Yêu cầu mật khẩu mới</a></li></ul>'
    p.page("/user", "pages/user/login.html", page(f"Tài khoản | {s['name']}", tabs + block("system-main", "", '<form action="/user" method="post" id="user-login"><input type="text" name="name" /><input type="password" name="pass" /><input type="submit" name="op" value="Đăng nhập" /></form>', "block-system"), current="", page_title="Tài khoản"), "other")
    p.page("/user/register", "pages/user/register.html", page(f"Tài khoản | {s['name']}", tabs + block("system-main", "", '<form action="/user/register" method="post" id="user-register-form"><input type="text" name="name" /><input type="text" name="mail" /><input type="submit" name="op" value="Tạo tài khoản mới" /></form>', "block-system"), current="", page_title="Tài khoản"), "other")
    p.page("/user/password", "pages/user/password.html", page(f"Tài khoản | {s['name']}", tabs + block("system-main", "", '<form action="/user/password" method="post" id="user-pass"><input type="text" name="name" /><input type="submit" name="op" value="Gửi mật khẩu mới qua email" /></form>', "block-system"), current="", page_title="Tài khoản"), "other")
    about = '<div id="node-12" class="node node-page clearfix"><div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">' + "".join(f"<p>{e(t)}</p>" for t in src.ABOUT) + "</div></div></div></div></div>"
    p.page("/gioi-thieu", "pages/gioi-thieu.html", page(f"Giới thiệu | {s['name']}", block("system-main", "", about, "block-system"), current="/gioi-thieu", page_title="Giới thiệu",
           head=f'<link rel="canonical" href="{base}/gioi-thieu" />\n<link rel="shortlink" href="{base}/node/12" />\n'), "other")
    contact = ('<form class="contact-form" action="/contact" method="post" id="contact-site-form"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Tên của bạn</label><input type="text" id="edit-name" name="name" class="form-text required" /></div>'
               '<div class="form-item form-type-textfield form-item-mail"><label for="edit-mail">Địa chỉ email của bạn</label><input type="text" id="edit-mail" name="mail" class="form-text required" /></div>'
               '<div class="form-item form-type-textarea form-item-message"><label for="edit-message">Thông điệp</label><textarea id="edit-message" name="message" cols="60" rows="5" class="form-textarea required"></textarea></div>'
               '<input type="submit" id="edit-submit" name="op" value="Gửi tin nhắn" class="form-submit" /></div></form>')
    p.page("/contact", "pages/contact.html", page(f"Liên hệ | {s['name']}", block("system-main", "", contact, "block-system"), current="/contact", page_title="Liên hệ"), "other")
    p.raw("/rss.xml", "pages/rss.xml", rss(s["name"], f"{base}/", promoted[:10]), "application/rss+xml; charset=utf-8")
    p.raw("/robots.txt", "pages/robots.txt", (
        b"#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
        b"User-agent: *\nCrawl-delay: 10\n# CSS, JS, Images\nAllow: /misc/*.css$\nAllow: /misc/*.js$\nAllow: /modules/*.png\n"
        b"# Directories\nDisallow: /includes/\nDisallow: /misc/\nDisallow: /modules/\nDisallow: /profiles/\nDisallow: /scripts/\nDisallow: /themes/\n"
        b"# Files\nDisallow: /CHANGELOG.txt\nDisallow: /cron.php\nDisallow: /install.php\nDisallow: /update.php\nDisallow: /xmlrpc.php\n"
        b"# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips/\nDisallow: /node/add/\nDisallow: /search/\n"
        b"Disallow: /user/register/\nDisallow: /user/password/\nDisallow: /user/login/\nDisallow: /user/logout/\n"
        b"# Paths (no clean URLs)\nDisallow: /?q=admin/\nDisallow: /?q=comment/reply/\nDisallow: /?q=filter/tips/\nDisallow: /?q=node/add/\nDisallow: /?q=search/\n"
        b"Disallow: /?q=user/password/\nDisallow: /?q=user/register/\nDisallow: /?q=user/login/\nDisallow: /?q=user/logout/\n"), "text/plain; charset=utf-8")
    return p


def rss(title: str, link: str, items: list) -> bytes:
    """Drupal 7's node RSS (node_feed): a channel of items linking each node's alias."""
    base = link.split("/", 3)[:3]
    root = "/".join(base)
    entries = "".join(
        f"<item><title>{e(x['title'])}</title><link>{root}/tin-tuc/{x['slug']}</link><description>{e('<p>' + x['paragraphs'][0] + '</p>')}</description>"
        f"<pubDate>{when(x['published']).strftime('%a, %d %b %Y %H:%M:00')} +0700</pubDate><dc:creator>{e(x['user'])}</dc:creator>"
        f'<guid isPermaLink="false">{x["nid"]} at {root}</guid></item>' for x in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{root}" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f"<channel><title>{e(title)}</title><link>{link}</link><description></description><language>vi</language>{entries}</channel></rss>\n").encode()


SITES = (*SITES, "doaivan")
BUILDERS.update({"doaivan": build_drupal7})
# == end holdout9b (doaivan) =======================================================================


def main() -> None:
    sys.path.insert(0, str(HERE))
    for site in SITES:
        src = importlib.import_module(f"_src.{site}")
        BUILDERS[site](src).write()
        print(f"wrote {HERE / site}")


if __name__ == "__main__":
    main()
