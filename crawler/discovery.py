"""Where a portal says what it has, besides its links: pagination, sitemaps and feeds.

Plain functions of URLs, link texts and bodies (no requests are made here); the spider asks
them which link continues a listing, what a sitemap or a feed lists, and which of a listing's
links are its articles.

- Calendars (``crawler/calendars.py``): a step along a calendar is no listing's next page.
- Pagination: a listing's "Trang sau", "»", "Trang tiếp", ``rel=next`` or numbered pager link
  to another page of the same listing. The spider does not count it as a step deeper (a
  listing that only links "next page" is as deep as it is long).
- Sitemaps (https://www.sitemaps.org/protocol.html): ``Sitemap:`` lines in robots.txt,
  ``/sitemap.xml``, sitemap indexes, gzip-compressed ones.
- Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom (RFC 4287), advertised by
  ``<link rel="alternate" type="application/rss+xml">`` or linked like any page.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.jsonld import listed_urls, read_objects, story
from crawler.page_jumps import page_jumps

# Pager labels, compared after NFC, casefolding and dropping arrows and brackets. "Xem tiếp"
# and "Đọc tiếp" (read more) lead to an article, not to the next page: they are not here.
PAGER_WORDS = frozenset({
    "trang sau", "trang tiếp", "trang tiếp theo", "tiếp", "tiếp theo", "sau", "kế tiếp",
    "trang kế", "trang kế tiếp", "trang trước", "trước", "trang đầu", "đầu", "trang cuối",
    "cuối", "next", "next page", "previous", "prev", "first", "last", "older", "newer",
    "older posts", "newer posts",
})
_ARROWS = "«»‹›<>←→⟨⟩|[]()…."
_PAGE_NUMBER = re.compile(r"^(?:trang |page )?\d{1,5}$")  # "3", "[3]", "Trang 3"
# What may follow a listing's own path on its next page: "/trang-2", "/page/3/", "-p4", "/5".
_PAGE_SUFFIX = re.compile(r"^[/_-]?(?:(?:trang|page|p|pg|pages?)[/_-]?)?\d{1,5}/?$",
                          re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$", re.IGNORECASE)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
# Namespaces of RSS 1.0 (RDF) and Atom; RSS 2.0 has none.
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
# A page shape needs this many distinct URLs on one listing page to be its articles' shape.
BULK_MIN = 3


def label_words(text: str) -> str:
    """A link label as compared with pager and calendar words: NFC, casefolded, arrows and
    brackets dropped, spaces single."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = "".join(" " if ch in _ARROWS else ch for ch in text)
    return " ".join(text.split())


def is_pager_label(text: str | None) -> bool:
    """A pager link's text: next/previous/first/last in Vietnamese or English, arrows alone,
    or a page number."""
    if not text or not text.strip():
        return False
    stripped = text.strip()
    if all(ch in _ARROWS or ch.isspace() for ch in stripped):
        return True  # "»", "›", ">>", "[>]"
    words = label_words(stripped)
    return words in PAGER_WORDS or bool(_PAGE_NUMBER.match(words))


def _stem(path: str) -> str:
    return _EXTENSION.sub("", path).rstrip("/")


def continues_listing(current_url: str, link_url: str) -> bool:
    """True when ``link_url`` looks like another page of the listing at ``current_url``: the
    same path with another query, the same path with another number in it, or the path plus
    a page-number suffix (and the reverse, back to page 1)."""
    here, there = urlsplit(current_url), urlsplit(link_url)
    if here.netloc != there.netloc:
        return False
    if here.path == there.path:
        return here.query != there.query
    if re.sub(r"\d+", "#", here.path) == re.sub(r"\d+", "#", there.path):
        return True
    a, b = _stem(here.path), _stem(there.path)
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and bool(_PAGE_SUFFIX.match(longer[len(shorter):]))


def url_shape(url: str) -> str:
    """A URL with its variable parts masked: digit runs become ``#``, letter runs inside a
    segment that holds a number become ``a``, segments without a number become ``*``; query
    keys are kept. Teaser links of one listing share a shape; menu links rarely do."""
    parts = urlsplit(url)

    def mask(value: str) -> str:
        if not any(ch.isdigit() for ch in value):
            return "*" if value else ""
        return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "#", value))

    path = "/".join(mask(segment) for segment in parts.path.split("/"))
    query = "&".join(f"{key}={mask(value)}" for key, value in sorted(parse_qsl(parts.query)))
    return path + ("?" + query if query else "")


@dataclass
class ArticleShapes:
    """URL shapes that listings of one crawl link to in bulk (the generic path's articles).

    On a page with a pager, the most common numbered shape among its links, with at least
    ``BULK_MIN`` distinct URLs, is an article shape; once learned, a listing's links of any
    learned shape are its articles (the last page of a listing may show only one). The
    listing's own shape is never its articles' (a DotNetNuke site's menu links its sections,
    /Default.aspx?tabid=<n>, in the same shape as the section pages listing two stories), nor
    is a page above it (``above_listing``)."""

    learned: set[str] = field(default_factory=set)

    def articles_of_listing(self, urls: Iterable[str], listing_url: str = "") -> list[str]:
        urls = list(dict.fromkeys(urls))
        own = url_shape(listing_url) if listing_url else None
        shapes = {url: url_shape(url) for url in urls if url_shape(url) != own
                  and not above_listing(url, listing_url)}
        counts = Counter(shape for shape in shapes.values() if "#" in shape)
        if counts:
            shape, count = counts.most_common(1)[0]
            if count >= BULK_MIN:
                self.learned.add(shape)
        return [url for url in shapes if shapes[url] in self.learned]


def above_listing(url: str, listing_url: str) -> bool:
    """A link to a page above the listing, not one of its stories: the same script asked with
    fewer of the listing's own query keys (a WebForms portal's menu pages,
    ``Default.aspx?sname=…&pageid=<n>``, beside its lists, ``…&pageid=<n>&catid=<c>``, whose
    stories add ``&id=<n>``): a story names at least what its list names."""
    if not listing_url:
        return False
    here, there = urlsplit(listing_url), urlsplit(url)
    keys = {key for key, _ in parse_qsl(there.query)}
    return (there.path == here.path and bool(keys)
            and keys < {key for key, _ in parse_qsl(here.query)})


def numbered(urls: Iterable[str]) -> list[str]:
    """The URLs whose path or query holds a number: what a generic site's sitemap lists as
    articles (its home, category and about pages rarely carry one)."""
    return [url for url in urls if "#" in url_shape(url)]


# -- sitemaps and feeds ------------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    """What one sitemap or feed lists: ``kind`` is 'sitemapindex' (``urls`` are sitemaps),
    'urlset' or 'feed' (``urls`` are pages), or None when the body is neither."""

    kind: str | None
    urls: list[str]


def _xml_body(body: bytes, max_size: int) -> bytes:
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz, or a gzip body the server did not label
        return gunzip(body, max_size=max_size)
    return body


def read_listed(body: bytes, base_url: str, max_size: int = 0) -> Listed:
    """Parse a sitemap, sitemap index or feed; relative URLs are resolved against ``base_url``.
    Entities are never resolved and nothing is fetched (lxml's safe settings)."""
    try:
        body = _xml_body(body, max_size)
    except OSError:
        return Listed(None, [])
    head = body[:2048].lstrip().lower()
    if not head.startswith(b"<") or b"<html" in head:
        return Listed(None, [])
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, StopIteration):
        return Listed(None, [])
    if sitemap.type in ("urlset", "sitemapindex"):
        return Listed(sitemap.type, [urljoin(base_url, entry["loc"]) for entry in sitemap
                                     if entry.get("loc")])
    urls = _feed_links(body)
    if urls is None:
        return Listed(None, [])
    return Listed("feed", [urljoin(base_url, url) for url in urls])


def _feed_links(body: bytes) -> list[str] | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                                  huge_tree=False, remove_comments=True)
    try:
        # None when a recovering parse finds no element at all (the stubs say never)
        root: etree._Element | None = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    tag = etree.QName(root).localname.lower()
    links: list[str] = []
    if tag == "rss":  # RSS 2.0 (and 0.9x): <item><link>
        links = [link.text.strip() for link in root.iterfind("./channel/item/link")
                 if link.text and link.text.strip()]
    elif tag == "rdf":  # RSS 1.0: <item rdf:about><link>
        links = [link.text.strip() for link in root.iterfind(f"./{_RSS1}item/{_RSS1}link")
                 if link.text and link.text.strip()]
    elif tag == "feed":  # Atom: <entry><link href rel="alternate"> (rel defaults to alternate)
        for entry in root.iterfind(f"./{_ATOM}entry"):
            for link in entry.iterfind(f"./{_ATOM}link"):
                if link.get("rel", "alternate") == "alternate" and (href := link.get("href")):
                    links.append(href.strip())
                    break
    else:
        return None
    return list(dict.fromkeys(links))


class SitemapRobotParser(ProtegoRobotParser):
    """Scrapy's default robots.txt parser (Protego) that also keeps the file's ``Sitemap:``
    lines, for the spider's ``robots_parsed`` handler (``ROBOTSTXT_PARSER``)."""

    def __init__(self, robotstxt_body: bytes, spider: object):
        super().__init__(robotstxt_body, spider)  # type: ignore[arg-type]
        self.sitemaps: list[str] = list(sitemap_urls_from_robots(robotstxt_body))


# -- pagers a script drives -----------------------------------------------------------------

# "Load more" labels: a listing's button that appends its next items in place.
MORE_WORDS = frozenset({
    "xem thêm", "tải thêm", "xem thêm tin", "xem thêm tin tức", "hiển thị thêm", "tin cũ hơn",
    "xem tin cũ hơn", "load more", "show more", "more", "more posts", "see more",
})
# Attributes a load-more control carries its endpoint in (jQuery/Alpine/htmx conventions).
LOAD_MORE_ATTRIBUTES = ("data-url", "data-next", "data-href", "data-next-url", "data-load-url",
                        "data-ajax-url", "data-endpoint", "data-source", "hx-get")
# A disclosure control ("Xem thêm" that unfolds a collapsed paragraph) names what it shows.
_DISCLOSURE_ATTRIBUTES = ("data-toggle", "data-bs-toggle", "aria-controls", "aria-expanded")
# (a "#!" href is no in-page anchor: it names a page of a hashbang site, crawler/hashbang.py)
_SCRIPT_CONTROLS = ("//button | //a[not(@href) or (starts-with(normalize-space(@href), '#') "
                    "and not(starts-with(normalize-space(@href), '#!'))) "
                    "or starts-with(normalize-space(@href), 'javascript:')]")
# Compiled once and run on lxml's tree: a parsel Selector per control and per query cost the
# crawl ~0.2 ms on every page (a portal's chrome has dozens of such controls).
_SCRIPT_CONTROL_NODES = etree.XPath(_SCRIPT_CONTROLS)
_IN_FORM = etree.XPath("ancestor::form")
_TEXTS = etree.XPath(".//text()", smart_strings=False)


@dataclass
class ScriptPager:
    """What a page's script-driven pager controls say: the endpoints its "Xem thêm" buttons
    fetch the next items from (``urls``), and whether it has a pager control that names no
    URL at all (``unfollowable``: numbered page buttons, a "load more" with only a page
    number), whose further pages no crawl without a browser can ask for."""
    urls: list[str] = field(default_factory=list)
    unfollowable: bool = False


def script_pager(selector: object, page_url: str) -> ScriptPager:
    """The page's pager controls that are not links: ``<button>``s and ``href``-less or
    ``javascript:`` anchors labelled as a pager ("Xem thêm", "Trang sau", a page number above
    1). One that names its endpoint in a data attribute (``data-url="/tin-tuc/xem-them?page=2"``)
    is followed like a pager link: the items it appends (an HTML fragment, or JSON holding one)
    link the older stories, often the only place that does. A submit button of a form (a
    search box) is no pager."""
    found = ScriptPager()
    for control in _SCRIPT_CONTROL_NODES(selector.root):  # type: ignore[attr-defined]
        attributes = control.attrib
        if ((attributes.get("type") or "").lower() == "submit"
                or (_IN_FORM(control) and not _in_pager(control))
                or any(name in attributes for name in _DISCLOSURE_ATTRIBUTES)
                or _marks_current_page(control)):
            continue  # a form's button; a control that shows or hides text already on the page;
            # the page being shown
        text = " ".join(_TEXTS(control)).strip()
        label = label_words(text or attributes.get("aria-label", ""))
        more = label in MORE_WORDS
        number = re.sub(r"\D", "", label) if _PAGE_NUMBER.match(label) else ""
        numbered = bool(number) and int(number) > 1
        if not (more or numbered or is_pager_label(label)):
            continue
        endpoints = [attributes[name].strip() for name in LOAD_MORE_ATTRIBUTES
                     if attributes.get(name, "").strip()]
        endpoint = next((e for e in endpoints
                         if not e.startswith(("#", "javascript:")) and not e.isdigit()), None)
        if endpoint:
            found.urls.append(urljoin(page_url, endpoint))
        elif more or numbered:  # a "next" arrow alone may be a slideshow's
            found.unfollowable = True
    # A page-jump drop-down (crawler/page_jumps.py): its choices of this listing's pages.
    jumps = page_jumps(selector.root, page_url)  # type: ignore[attr-defined]
    found.urls += [url for url, _ in jumps.links if continues_listing(page_url, url)]
    found.unfollowable |= jumps.unreadable
    found.urls = list(dict.fromkeys(found.urls))
    return found


# The pager's entry for the page being shown, or a spent arrow: marked by its class or its
# list item's (Bootstrap's and NukeViet's ``<li class="active"><a href="#">2</a></li>``,
# ``<li class="disabled"><a href="#">»</a></li>``) or by ARIA.
_CURRENT_MARK = re.compile(r"(^|\s)(active|current|disabled|selected)(\s|$)", re.I)


def _marks_current_page(control: Any) -> bool:
    """A control that is the pager's own page (its number is this page) or a disabled arrow:
    nothing to fetch, so no pager the crawl failed to follow."""
    attributes = control.attrib
    if attributes.get("aria-current") or attributes.get("aria-disabled") == "true":
        return True
    parent = control.getparent()
    return any(n is not None and _CURRENT_MARK.search(n.get("class") or "")
               for n in (control, parent))


# A block named as a pager (its class or id): "pager", "paging", "pagination", "phantrang".
_PAGER_BLOCK = re.compile(r"pager|paging|paginat|phan-?_?trang", re.I)


def _in_pager(control: Any) -> bool:
    """A control inside a form that is still a pager: a ``javascript:`` link (not an ASP.NET
    ``__doPostBack``, which the crawl posts back) inside a block named as a pager. A page-wide
    form (JSF and Oracle ADF, which queue the pager's event from script, WebForms) wraps the
    whole page, so a form says no more "search box" there; the pager's block says "pager"."""
    if "__doPostBack" in control.attrib.get("href", ""):
        return False
    return any(_PAGER_BLOCK.search(f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}")
               for node in control.iterancestors())


_STRUCTURED_LISTS = frozenset({"ItemList", "BreadcrumbList"})


_JSON_LD = etree.XPath("//script[contains(@type, 'ld+json')]/text()", smart_strings=False)


def structured_data(root: etree._Element) -> list[dict[str, Any]]:
    """The JSON-LD objects of the page (``crawler.jsonld.read_objects``), read once a page:
    the listing's links and the story's photo both come from them."""
    return read_objects(_JSON_LD(root))


def structured_listing(objects: list[dict[str, Any]], page_url: str) -> list[str]:
    """The URLs the page's JSON-LD ``ItemList``s and ``BreadcrumbList``s name: a listing whose
    body a script renders (an app pre-rendering only its head) names its stories there and
    nowhere else, and its stories name their section only in their breadcrumb."""
    return listed_urls(objects, page_url, _STRUCTURED_LISTS)


def structured_photo(objects: list[dict[str, Any]], page_url: str,
                     canonical: str | None) -> str | None:
    """The photo of the story the page's JSON-LD states (its ``image``): a page whose body a
    script renders shows no ``<img>``, and the extractor records this photo as the story's."""
    found = story(objects, page_url, canonical) if objects else None
    return found.image if found is not None and found.text_source else None


# What a browser shows: text outside the head, scripts, styles, templates and the <noscript>
# line an app shell carries ("Vui lòng bật JavaScript…" is no content of the site).
_SHOWN_TEXT = etree.XPath(
    "//text()[normalize-space()][not(ancestor::head or ancestor::script or ancestor::style "
    "or ancestor::noscript or ancestor::template or ancestor::title)]", smart_strings=False)
# Anything a crawl can follow or read besides text: a link, a frame, structured data.
_FOLLOWABLE = etree.XPath(
    "//a[@href][not(starts-with(normalize-space(@href), 'javascript:'))] | //area[@href] "
    "| //iframe[@src] | //frame[@src] | //script[contains(@type, 'ld+json')]")
_SCRIPTS = etree.XPath("//script[@src] | //script[not(@type) or @type = 'module' "
                       "or contains(@type, 'javascript')][normalize-space()]")


def app_shell(root: Any) -> bool:
    """Whether an HTML page is the shell of an app its scripts render: it loads scripts, shows
    no text, and holds no link, frame or structured data. A crawl that runs no script gets
    nothing from it but the shell; the site's pages behind it (often all of them) are lost to
    it. A head that carries JSON-LD (a pre-rendered head) is no shell: the crawl reads it."""
    return not _SHOWN_TEXT(root) and not _FOLLOWABLE(root) and bool(_SCRIPTS(root))


def json_fragment(body: bytes) -> str | None:
    """The HTML a JSON answer of a load-more endpoint carries (``{"html": "<div>…"}``, or any
    string value holding markup, however deep), joined; None when the body is not JSON or holds
    no markup."""
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return None
    parts: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, str) and "<" in value and ">" in value:
            parts.append(value)
    return "\n".join(parts) or None
