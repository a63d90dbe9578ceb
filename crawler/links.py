"""A page's links, exactly as Scrapy's ``LinkExtractor`` gives them, for a fraction of its CPU.

``PageLinks(deny_extensions)`` returns what ``LinkExtractor(tags=("a", "area"),
attrs=("href",), deny_extensions=..., unique=True).extract_links(response)`` returns: every
``<a href>`` and ``<area href>`` in document order, each href stripped, joined to the page's
base URL, made safe (w3lib's ``safe_url_string``) and joined to the page's URL; an http(s),
file or ftp URL whose path ends in none of the denied extensions; the first link of each URL,
with its text. ``tests/test_links.py`` holds the two to the same output.

Two further readings, kept apart so that ``extract_links`` stays Scrapy's: ``frame_links``, the
pages a page shows inside itself (``<frame src>``, ``<iframe src>``: a frameset portal's root
holds no ``<a>`` at all, its menu, lists and stories are frames), and ``popup_links``, the pages
a link opens in a popup window (``href="javascript:window.open('tin.asp?id=7', …)"`` or an
``onclick`` doing so), which Scrapy's extractor drops with every ``javascript:`` URL. Both are
resolved exactly as a link is.

Scrapy resolves every href from scratch: two ``urljoin``s and ``safe_url_string``, ~40 µs a
link, the largest part of the crawl process's CPU beyond fetching (bench/crawl.py's profile).
A portal's pages repeat most of their links (menu, footer, sidebar, the related news of a
listing's articles), and an href that is absolute or starts with ``/`` resolves to the same URL
on every page of the site. Such a resolution is remembered, keyed by what it depends on: the
href, the scheme and host of the page's base URL and of its URL, and the page's encoding. An
href relative to the page's own path ("../tin-tuc", "?page=2") is resolved every time.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlparse, urlsplit

from lxml import etree
from scrapy.http import TextResponse
from scrapy.link import Link
from scrapy.utils.misc import rel_has_nofollow
from scrapy.utils.response import get_base_url
from scrapy.utils.url import url_has_any_extension
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

logger = logging.getLogger(__name__)

# What lxml.html's text_content() and Scrapy's extractor read as a link's text.
_TEXT = etree.XPath("string()")
_LINK_SCHEMES = frozenset({"http", "https", "file", "ftp"})  # Scrapy's _is_valid_url
# Resolutions remembered: a portal's repeated links are a few hundred; a crawl's article links
# are seen once or twice each and pass through.
CACHE_SIZE = 4096
_SCRIPTED = etree.XPath("//*[starts-with(normalize-space(@href), 'javascript:') or @onclick]")
# The URL a script opens in a new window: window.open's first argument when it is a literal.
_WINDOW_OPEN = re.compile(r"""window\.open\s*\(\s*(['"])([^'"]+)\1""")


def _independent_of_path(url: str, base: SplitResult) -> bool:
    """True when ``urljoin(base, url)`` reads nothing of ``base`` but its scheme and host:
    ``url`` has another scheme, or a host, or a path from the root (``urljoin``'s own cases).
    Only for an http(s) base."""
    if base.scheme not in ("http", "https"):
        return False
    parts = urlsplit(url)  # cleaned as urljoin cleans it (tabs and newlines dropped)
    if parts.scheme and parts.scheme != base.scheme:
        return True
    return bool(parts.netloc) or parts.path.startswith("/")


class PageLinks:
    """The link extractor of one crawl (its cache is the crawl's)."""

    def __init__(self, deny_extensions: list[str]):
        self.deny_extensions = {"." + extension for extension in deny_extensions}
        self._anywhere = lru_cache(maxsize=CACHE_SIZE)(self._resolve_anywhere)

    def extract_links(self, response: TextResponse) -> list[Link]:
        base_url = get_base_url(response)
        base, page = urlsplit(base_url), urlsplit(response.url)
        encoding = response.encoding
        links: list[Link] = []
        seen: set[str] = set()
        for element in response.selector.root.iter("a", "area"):
            href = element.get("href")
            if href is None:
                continue
            url = self._anywhere(href, base.scheme, base.netloc, page.scheme, page.netloc,
                                 encoding)
            if url == _ON_THIS_PAGE:
                url = self._resolve(href, base_url, response.url, encoding)
            if url is None or url in seen:
                continue
            seen.add(url)
            links.append(Link(url, _TEXT(element) or "",
                              nofollow=rel_has_nofollow(element.get("rel"))))
        return links

    def frame_links(self, response: TextResponse) -> list[Link]:
        """The pages ``response`` shows in its frames and inline frames, in document order, each
        URL once (the frame's ``name`` as its text), resolved as a link is."""
        text = response.text
        if "rame" not in text and "RAME" not in text:  # frame, FRAME, Frame: else no tree walk
            return []
        return self._resolved(response, ((frame.get("src") or "", frame.get("name") or "")
                                         for frame in response.selector.root.iter("frame",
                                                                                  "iframe")))

    def popup_links(self, response: TextResponse) -> list[Link]:
        """The pages ``response``'s links open in a popup window (``window.open('<url>', …)``
        in a ``javascript:`` href or an ``onclick``), in document order, each URL once."""
        if "window.open" not in response.text:  # most pages: no search of every element
            return []
        def opened() -> Iterator[tuple[str, str]]:
            for element in _SCRIPTED(response.selector.root):
                for script in (element.get("href"), element.get("onclick")):
                    if script and (match := _WINDOW_OPEN.search(script)):
                        yield match.group(2), _TEXT(element) or ""
        return self._resolved(response, opened())

    def _resolved(self, response: TextResponse, hrefs: Iterable[tuple[str, str]]) -> list[Link]:
        base_url = get_base_url(response)
        links: list[Link] = []
        seen: set[str] = set()
        for href, text in hrefs:
            url = self._resolve(href, base_url, response.url, response.encoding) if href else None
            if url is not None and url not in seen:
                seen.add(url)
                links.append(Link(url, text))
        return links

    def _resolve_anywhere(self, href: str, base_scheme: str, base_netloc: str,
                          page_scheme: str, page_netloc: str, encoding: str) -> str | None:
        """The URL of ``href`` on every page with this base and page scheme and host (None:
        dropped), or ``_ON_THIS_PAGE`` when it depends on the page's path, or may."""
        base = SplitResult(base_scheme, base_netloc, "", "", "")
        page = SplitResult(page_scheme, page_netloc, "", "", "")
        stripped = strip_html5_whitespace(href)
        try:
            if not _independent_of_path(stripped, base):
                return _ON_THIS_PAGE
            joined = safe_url_string(urljoin(base.geturl(), stripped), encoding=encoding)
            if not _independent_of_path(joined, page):
                return _ON_THIS_PAGE
        except ValueError:
            return _ON_THIS_PAGE  # a bogus link: dropped (and logged) on its page
        return self._resolve(href, base.geturl(), page.geturl(), encoding)

    def _resolve(self, href: str, base_url: str, page_url: str, encoding: str) -> str | None:
        """Scrapy's extractor on one href: its URL, or None when it drops the link."""
        try:
            joined = urljoin(base_url, strip_html5_whitespace(href))
        except ValueError:
            return None  # a bogus link
        try:
            safe = safe_url_string(joined, encoding=encoding)
        except ValueError:
            logger.debug("Skipping extraction of link with bad URL %r", joined)
            return None
        url = urljoin(page_url, safe)
        if url.split("://", 1)[0] not in _LINK_SCHEMES:
            return None
        if url_has_any_extension(urlparse(url), self.deny_extensions):
            return None
        return url


# Not a URL (every URL kept has a scheme): an href whose URL depends on the page's path.
_ON_THIS_PAGE = ""
