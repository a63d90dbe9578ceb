"""Which images of a fetched page are the article's (its photos), not the portal's chrome;
and which stylesheets dress the page (the archive's replay view links their copies).

The spider asks this while the page is in hand, so the photos are fetched in the same crawl as
their article; extraction later ties each photo of the article's body to its archived copy by
URL (``images.fetched_url``). Chrome is what every page of a portal repeats: the banner and
logo, the menu's icons, advertisement tiles that link to other government sites, share buttons,
visitor-counter digits, a hidden prefetch sprite. It is recognised by where it sits and what it
is, with rules that hold for any template family (no family's class names here):

- inside a page region that is chrome by its tag (``header``, ``nav``, ``footer``, ``aside``,
  ``marquee``) or by a class/id word (banner, logo, menu, advertisement, "quảng cáo", share,
  social, footer ...); or hidden (``display:none``);
- inside a link to another page (a banner links home, an advertisement to another portal, a
  teaser thumbnail to its article); a photo linked to a bigger copy of itself stays;
- named as chrome by its alt text or file name (logo, banner, icon, advertisement, spacer ...);
- declared tiny (``width``/``height`` under ``MIN_SIDE`` px: icons, spacers, tracking pixels);
- not fetchable (``data:``, ``javascript:``).

A photo these rules miss is not lost: an article image extraction finds without an archived
copy is fetched by the site's next crawl (``retry_images``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree

# Attributes lazy-loading scripts put the real picture in, before ``src`` (often a spinner).
SOURCE_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "src")
CHROME_TAGS = frozenset({"header", "nav", "footer", "aside", "marquee", "button"})
# Whole words of a class or id (split on - _ and space) that name a chrome region.
CHROME_WORDS = frozenset({
    "header", "footer", "banner", "logo", "menu", "navbar", "nav", "sidebar", "adv", "advert",
    "advertisement", "ads", "ad", "quangcao", "qc", "share", "social", "sharing", "weblink",
    "lienket", "breadcrumb", "toolbar", "icon", "icons", "counter", "thongke", "statistic",
    "marquee", "popup", "prefetch", "sprite", "top_header",
})
# Alt texts and file names that say what the picture is: chrome.
CHROME_NAME = re.compile(
    r"(?:^|[^a-z])(logo|banner|icon|ico|advertisement|adv|quang-?cao|qc|spacer|blank|pixel|"
    r"sprite|button|btn|share|facebook|zalo|twitter|youtube|print|email|rss|no-?image|loading|"
    r"spcommon|arrow|bullet)(?:[^a-z]|$)", re.IGNORECASE)
# A service's or a control's name (a share button's "Zalo", a "print" icon) names chrome only in
# a short alt text; in a sentence it is what the photo shows ("... giới thiệu nhóm Zalo của tổ").
SERVICE_NAMES = frozenset({"button", "btn", "share", "facebook", "zalo", "twitter", "youtube",
                           "print", "email", "rss"})
SHORT_ALT_WORDS = 4
IMAGE_PATH = re.compile(r"\.(jpe?g|png|gif|webp|bmp|tiff?|avif)$", re.IGNORECASE)
MIN_SIDE = 48  # px; a photo smaller than this on the page is an icon or a spacer
# Compiled once, run on the page's lxml tree (the spider's, parsed once for all it reads).
_BODY_IMAGES = etree.XPath("//body//img")
_STYLESHEET_HREFS = etree.XPath(
    "//link[contains(concat(' ', translate(@rel, 'STYLEHS', 'stylehs'), ' '), ' stylesheet ')]"
    "/@href", smart_strings=False)


@dataclass(frozen=True)
class PageImage:
    url: str  # absolute, as written on the page (the spider's Request percent-encodes it)
    alt: str | None


def _words(value: str | None) -> set[str]:
    return set(re.split(r"[\s_-]+", (value or "").lower())) - {""}


def _chrome_region(element: etree._Element) -> bool:
    # lxml's own ancestor walk: an XPath per image made Selectors of every ancestor, ~1 ms of
    # the crawl process a page (bench/crawl.py's profile)
    for root in element.iterancestors():
        tag = str(getattr(root, "tag", "")).lower()
        if tag in CHROME_TAGS:
            return True
        names = _words(root.get("class")) | _words(root.get("id"))
        if names & CHROME_WORDS or "display:none" in (root.get("style") or "").replace(" ", ""):
            return True
    return False


def _links_elsewhere(element: etree._Element, page_url: str, image_url: str) -> bool:
    """Inside a link to another page (not to a copy of the picture itself)."""
    href = next((a.get("href") for a in element.iterancestors("a")
                 if a.get("href") is not None), None)
    if href is None:
        return False
    target = urljoin(page_url, href.strip())
    return not (target == image_url or IMAGE_PATH.search(urlsplit(target).path))


def _chrome_alt(alt: str | None) -> bool:
    """An alt text naming chrome: a logo, a banner, an icon anywhere in it; a service or a
    control (share, Zalo, print) only when the alt is a name, not a photo's description."""
    match = CHROME_NAME.search(alt or "")
    if match is None:
        return False
    return (match.group(1).lower() not in SERVICE_NAMES
            or len((alt or "").split()) <= SHORT_ALT_WORDS)


def _declared_tiny(element: etree._Element) -> bool:
    for side in ("width", "height"):
        value = element.attrib.get(side, "")
        match = re.match(r"\s*(\d+)\s*(px)?\s*$", value)
        if match and int(match.group(1)) < MIN_SIDE:
            return True
    return False


def stylesheets(root: etree._Element, page_url: str) -> list[str]:
    """The absolute URLs of the ``<link rel="stylesheet">``s of the page whose parsed tree is
    ``root``, in page order, once."""
    hrefs: list[str] = _STYLESHEET_HREFS(root)
    urls = [urljoin(page_url, href.strip()) for href in hrefs if href.strip()]
    return list(dict.fromkeys(u for u in urls if urlsplit(u).scheme in ("http", "https")))


def article_images(root: etree._Element, page_url: str) -> Iterator[PageImage]:
    """The images of the page at ``page_url`` (its parsed tree: ``root``) that may be its
    article's photos, each once, in page order."""
    seen: set[str] = set()
    for element in _BODY_IMAGES(root):
        raw = next((element.attrib[a].strip() for a in SOURCE_ATTRIBUTES
                    if element.attrib.get(a, "").strip()), "")
        url = urljoin(page_url, raw) if raw else ""
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        alt = (element.attrib.get("alt") or "").strip() or None
        name = urlsplit(url).path.rsplit("/", 1)[-1]
        if (_chrome_alt(alt) or CHROME_NAME.search(name)
                or _declared_tiny(element) or _chrome_region(element)
                or _links_elsewhere(element, page_url, url)):
            continue
        seen.add(url)
        yield PageImage(url, alt)
