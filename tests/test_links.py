"""The spider's link extractor (crawler/links.py) gives exactly what Scrapy's LinkExtractor with
the same settings gives: the same links, texts and order, on every page of the sample and test
portals and on hrefs chosen to break a remembered resolution (relative ones, other schemes, a
``<base href>``, bad hosts, hidden tabs), page after page through one extractor."""
from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from crawler.links import PageLinks
from crawler.spiders.portal import ASSET_EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(page for folder in ("sample_portals", "tests/portals", "tests/fixtures")
               for page in (ROOT / folder).rglob("*.htm*"))
# Each resolves differently depending on the page's path, scheme, host or base, or not at all.
HREFS = [
    "http://x", "HTTPS://Ex.COM/a b", "//cdn.example.vn/y.css", "/a/../b?c#d", "../up", "?page=2",
    "#top", "", " ", "javascript:void(0)", "mailto:a@b.vn", "http:relative", "https:/abs",
    "http:///x", "http://?q", "http://[::1", "http://[::1]:80/x", "/\t/evil.example", " \n/x ",
    "file:///etc/passwd", "ftp://h/f.pdf", "https://xn--t-vn.vn/đường", "/tin-tức/ảnh.JPG",
    "a.css", "http://h:99999/", "tel:123", "https://vinhbao.haiphong.gov.vn:443/x", "HtTp://A/B",
    "http:", "/x;p?q", "ws://h/", "tin-tuc/bai-1.html", "./", ".",
]
TRAPS = "".join(f'<a href="{href}">link {n}</a><area href="{href}">'
                for n, href in enumerate(HREFS)).encode()
PAGE_URLS = ("https://kienthuy.haiphong.gov.vn/tin-tuc/a.html", "http://portal.example.vn/x/y/",
             "https://portal.example.vn/x?y=1")


def _compare(ours: PageLinks, scrapy_links: LinkExtractor, url: str, body: bytes,
             encoding: str) -> None:
    expected = [(link.url, link.text, link.nofollow) for link in
                scrapy_links.extract_links(HtmlResponse(url, body=body, encoding=encoding))]
    got = [(link.url, link.text, link.nofollow) for link in
           ours.extract_links(HtmlResponse(url, body=body, encoding=encoding))]
    assert got == expected, url


def test_page_links_are_scrapys_link_extractor():
    scrapy_links = LinkExtractor(tags=("a", "area"), attrs=("href",),
                                 deny_extensions=ASSET_EXTENSIONS, unique=True)
    ours = PageLinks(ASSET_EXTENSIONS)  # one for all pages: what it remembers is tried too
    for page in PAGES:
        body = page.read_bytes()
        based = body.replace(b"<head>", b'<head><base href="http://other.example/b/">', 1)
        for url in PAGE_URLS[:2]:
            _compare(ours, scrapy_links, url, body, "utf-8")
            _compare(ours, scrapy_links, url, based, "utf-8")
    for _ in range(2):  # the second time, every href that may be remembered is
        for url in PAGE_URLS:
            for encoding in ("utf-8", "cp1258"):
                _compare(ours, scrapy_links, url, TRAPS, encoding)
                _compare(ours, scrapy_links, url, b'<html><head><base href="../q/"></head>'
                         b"<body>" + TRAPS + b"</body></html>", encoding)
    assert len(PAGES) > 100


# -- frames and popups: read apart from the links, resolved as a link is ------------------------

FRAMESET = """<html><head><base href="http://portal.example.vn/khung/"></head>
<FRAMESET ROWS="100,*"><FRAME SRC="banner.htm" NAME="top"><frameset cols="200,*">
<frame src=" /menu.htm " name="menu"><frame name="empty"><frame src="trangchu.htm" name="main">
</frameset></FRAMESET><noframes><body>Không hỗ trợ khung.</body></noframes></html>""".encode()
INLINE = """<html><body><p>Tin mới</p>
<iframe src="tinmoi.asp?trang=1" name="tin"></iframe><iframe src="tinmoi.asp?trang=1"></iframe>
<iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="javascript:false"></iframe>
<iframe src="/anh/logo.jpg"></iframe></body></html>""".encode()


def test_frame_links_are_the_frames_and_inline_frames_each_once() -> None:
    links = PageLinks(ASSET_EXTENSIONS)
    frameset = HtmlResponse("http://portal.example.vn/", body=FRAMESET, encoding="utf-8")
    assert [(link.url, link.text) for link in links.frame_links(frameset)] == [
        ("http://portal.example.vn/khung/banner.htm", "top"),
        ("http://portal.example.vn/menu.htm", "menu"),
        ("http://portal.example.vn/khung/trangchu.htm", "main")]
    inline = HtmlResponse("http://portal.example.vn/x/", body=INLINE, encoding="utf-8")
    assert [(link.url, link.text) for link in links.frame_links(inline)] == [
        ("http://portal.example.vn/x/tinmoi.asp?trang=1", "tin"),
        ("https://www.youtube.com/embed/abc", "")]  # the spider keeps its own host's
    # the a/area reading stays Scrapy's, frames or not: a frameset has no link
    scrapy_links = LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True)
    for response in (frameset, inline):
        assert links.extract_links(response) == [] == scrapy_links.extract_links(response)


POPUPS = """<html><body>
<a href="javascript:window.open('tin.asp?id=7','','width=600,height=500')">Hội xuân</a>
<a href="#" onclick="window.open(&quot;/inbai.asp?id=7&quot;, 'in'); return false;">Bản in</a>
<a href="javascript:window.open( 'tin.asp?id=7' )">again</a>
<a href="javascript:history.back()">Quay lại</a><a href="javascript:window.open(url)">var</a>
<span onclick="window.open('lich.asp')">Lịch</span><a href="tin.asp?id=8">plain</a>
</body></html>""".encode()


def test_popup_links_are_the_literal_urls_window_open_is_given() -> None:
    response = HtmlResponse("http://portal.example.vn/tin/", body=POPUPS, encoding="utf-8")
    got = [(link.url, link.text) for link in PageLinks(ASSET_EXTENSIONS).popup_links(response)]
    assert got == [("http://portal.example.vn/tin/tin.asp?id=7", "Hội xuân"),
                   ("http://portal.example.vn/inbai.asp?id=7", "Bản in"),
                   ("http://portal.example.vn/tin/lich.asp", "Lịch")]
