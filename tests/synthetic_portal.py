"""A synthetic commune portal of any size, written as a sample-portal folder
(sample_portals/FORMAT.md) for ``district_archive.portals.sample`` to serve on 127.0.0.1.

Its template is in no family: it is crawled by ``--start-url`` (the generic path). One news
listing of ``per_page`` articles a page, newest first, whose pager is next-only (each page
links only the following one), as the portals of issue 12 have; a home, about and contact
page. Optional: articles that no listing links (``hidden``) and the sitemap or feed that names
them. Sitemaps and feeds name absolute URLs (as their formats require) on ``BASE``: crawl it
with ``--resolve`` to the local server.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

BASE = "https://xa-thu-nghiem.example"  # the .example TLD is reserved: never a real portal
HTML = "text/html; charset=utf-8"
NAV = ('<header><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> '
       '<a href="/gioi-thieu">Giới thiệu</a> <a href="/lien-he">Liên hệ</a></header>')
FOOTER = "<footer>Cổng thông tin điện tử xã Thử Nghiệm. Địa chỉ: thôn Một, xã Thử Nghiệm.</footer>"
PAGE = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
        '{head}</head><body>' + NAV + '<main>{main}</main>' + FOOTER + '</body></html>')
ARTICLE = """<article><h1>{title}</h1><p class="date">Ngày đăng: {day:02d}/05/2024 08:30</p>
<p>Sáng ngày {day}/5, Ủy ban nhân dân xã Thử Nghiệm tổ chức hội nghị sơ kết công tác 6 tháng
đầu năm, triển khai nhiệm vụ trọng tâm những tháng cuối năm 2024 với sự tham dự của đại diện
các ban, ngành, đoàn thể và trưởng các thôn trên địa bàn.</p>
<p>Theo báo cáo, trong 6 tháng đầu năm xã đã hỗ trợ {number} hộ gia đình có hoàn cảnh khó khăn
với tổng kinh phí 28,5 triệu đồng; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,2%.</p>
<p>Phát biểu kết luận hội nghị, đồng chí Chủ tịch Ủy ban nhân dân xã đề nghị các thôn tiếp tục
tuyên truyền, vận động nhân dân thực hiện tốt các chủ trương của Đảng, chính sách pháp luật
của Nhà nước, phấn đấu hoàn thành thắng lợi các chỉ tiêu kinh tế - xã hội năm 2024.</p>
</article>"""
# Pager styles: the "next page" link as the portals write it.
PAGERS = {
    "trang-sau": '<div class="pager"><a href="{href}">Trang sau »</a></div>',
    "raquo": '<div class="pager"><a href="{href}">»</a></div>',
    "trang-tiep": '<div class="pager"><a href="{href}" class="next">Trang tiếp</a></div>',
    # Only rel=next says it: an icon link with no text, and <link rel="next"> in the head.
    "rel-next": ('<div class="pager"><a href="{href}" rel="next"><i class="icon-next"></i></a>'
                 '</div>'),
}


@dataclass
class Portal:
    folder: Path
    articles: list[str]  # article paths, newest first (what every listing shows)
    hidden: list[str] = field(default_factory=list)  # article paths no listing links

    def title(self, path: str) -> str:
        return f"Hội nghị sơ kết công tác 6 tháng đầu năm (bài số {path.rsplit('-', 2)[1]})"


def article_path(number: int) -> str:
    return f"/tin-tuc/bai-viet-so-{number}-{100000 + number}"


def listing_path(page: int) -> str:
    return "/tin-tuc" + (f"?trang={page}" if page > 1 else "")


def build(folder: Path, articles: int, per_page: int = 20, pager: str = "trang-sau",
          hidden: int = 0, robots_sitemap: bool = False, sitemap_xml: bool = False,
          feed: bool = False) -> Portal:
    """Write the portal. ``hidden`` articles are linked by no page; ``robots_sitemap``: robots.txt
    names a sitemap index (``/sitemaps/index.xml`` -> a gzip urlset) listing every article;
    ``sitemap_xml``: a plain ``/sitemap.xml`` (robots.txt names none); ``feed``: every page
    advertises an RSS feed of the newest articles and the hidden ones."""
    folder.mkdir(parents=True)
    portal = Portal(folder, [article_path(i) for i in range(articles)],
                    [article_path(articles + i) for i in range(hidden)])
    entries: list[dict] = []

    def add(path: str, name: str, body: bytes | str, content_type: str = HTML) -> None:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        entries.append({"path": path, "file": name, "content_type": content_type,
                        "status": 200})

    head = ('<link rel="alternate" type="application/rss+xml" title="Tin tức" '
            'href="/rss/tin-tuc.rss">' if feed else "")

    def page(title: str, main: str, extra_head: str = "") -> str:
        return PAGE.format(title=title, head=head + extra_head, main=main)

    robots = "User-agent: *\nDisallow: /dang-nhap\n"
    if robots_sitemap:
        robots += f"Sitemap: {BASE}/sitemaps/index.xml\n"
    add("/robots.txt", "robots.txt", robots, "text/plain")
    add("/", "index.html", page("Trang chủ", "<h2>Chào mừng</h2>"))
    add("/gioi-thieu", "gioi-thieu.html",
        page("Giới thiệu", "<h1>Giới thiệu</h1><p>Xã Thử Nghiệm.</p>"))
    add("/lien-he", "lien-he.html",
        page("Liên hệ", "<h1>Liên hệ</h1><p>Điện thoại: 0225 000 000</p>"))
    pages = (articles + per_page - 1) // per_page
    for number in range(1, pages + 1):
        shown = portal.articles[(number - 1) * per_page:number * per_page]
        items = "".join(f'<li><a href="{path}">{portal.title(path)}</a></li>' for path in shown)
        main = f"<h2>Tin tức</h2><ul>{items}</ul>"
        rel = ""
        if number < pages:
            main += PAGERS[pager].format(href=listing_path(number + 1))
            if pager == "rel-next":
                rel = f'<link rel="next" href="{listing_path(number + 1)}">'
        add(listing_path(number), f"pages/list-{number}.html",
            page(f"Tin tức - trang {number}", main, rel))
    for index, path in enumerate(portal.articles + portal.hidden):
        title = portal.title(path)
        add(path, f"pages/a{index}.html",
            page(title, ARTICLE.format(title=title, day=1 + index % 28, number=10 + index)))
    urls = "".join(f"<url><loc>{BASE}{path}</loc></url>"
                   for path in portal.articles + portal.hidden)
    urlset = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
              f'schemas/sitemap/0.9"><url><loc>{BASE}/</loc></url><url><loc>{BASE}/tin-tuc'
              f'</loc></url>{urls}</urlset>')
    if robots_sitemap:
        add("/sitemaps/index.xml", "sitemaps/index.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9"><sitemap><loc>{BASE}/sitemaps/tin-tuc.xml.gz</loc></sitemap>'
            '</sitemapindex>', "application/xml")
        add("/sitemaps/tin-tuc.xml.gz", "sitemaps/tin-tuc.xml.gz",
            gzip.compress(urlset.encode("utf-8")), "application/gzip")
    if sitemap_xml:
        add("/sitemap.xml", "sitemap.xml", urlset, "application/xml")
    if feed:
        items = "".join(f"<item><title>{portal.title(path)}</title><link>{BASE}{path}</link>"
                        "</item>" for path in portal.hidden + portal.articles[:5])
        add("/rss/tin-tuc.rss", "rss/tin-tuc.rss",
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Tin tức</title><link>{BASE}/tin-tuc</link>{items}</channel></rss>",
            "application/rss+xml")
    (folder / "site.json").write_text(json.dumps({"id": "thu-nghiem", "name": "Xã Thử Nghiệm"}))
    (folder / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False),
                                          encoding="utf-8")
    return portal
