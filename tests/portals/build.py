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
import shutil
import sys
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = ("vankhe", "trangkhe", "ngoclam", "phuvan", "lacvan", "namlien")
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
                "template": self.template, "province": None, "start_path": "/",
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
        p.article_gold(str(x["id"]), url[x["id"]], x, [x["sapo"], *x["paragraphs"]], cat,
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


BUILDERS: dict[str, Callable] = {"vankhe": build_drupal, "trangkhe": build_php, "ngoclam": build_mvc,
                                 "phuvan": build_static, "lacvan": build_vnpt,
                                 "namlien": build_dnn_postback}


def main() -> None:
    sys.path.insert(0, str(HERE))
    for site in SITES:
        src = importlib.import_module(f"_src.{site}")
        BUILDERS[site](src).write()
        print(f"wrote {HERE / site}")


if __name__ == "__main__":
    main()
