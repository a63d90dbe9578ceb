"""A story's own pager: the pages one story is split over.

Editors of a long story (a year's review, a conference's figures) may split it over pages:
the story's URL, then the same URL with a page number, ``?trang=2``, ``?page=2``, ``?p=2``,
Joomla's ``?start=1``/``?limitstart=1``, WordPress' ``/<slug>/2/``, under an in-article pager
"Trang: 1 2 3 | Trang tiếp »". Every page repeats the headline and the dateline, and each holds
a part of the text. The story is one article, under its first page's URL, whose text is every
page's in order (``pipelines/story_pages.py`` joins them); the further pages are parts of it.

A listing pages by the same parameters (``/tin-tuc.html?trang=2``): what tells a story's pager
is that the page is a story (classification decides that; this module only reads the URLs), and
the link's URL is this very page's URL but for its page number. Pure: URLs and an lxml tree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

# query keys a page number is written under; Joomla's ``start``/``limitstart`` count from 0
# (page 2 is ``start=1``), the others from 1
PAGE_KEYS = frozenset({"trang", "page", "p", "pg", "paged", "pagenum", "trangso"})
ZERO_BASED_KEYS = frozenset({"start", "limitstart"})
_NUMBER = re.compile(r"^\d{1,3}$")
# Every link's href, in page order. The links that may name this page with another number
# are picked from them in Python (``_candidate_hrefs``): the same test as an XPath predicate
# ``starts-with(normalize-space(@href), '?') or contains(@href, $stem) ...`` made by libxml2
# on each link (a string built by normalize-space and three function calls a link) costs
# four times more (0.054 -> 0.012 ms on the 31 KB bench page's 34 links).
_HREFS = etree.XPath("//a/@href", smart_strings=False)
_XML_SPACE = " \t\n\r"  # what normalize-space() strips
MAX_PAGES = 30  # a story of more pages than this is no story's pager (a listing's)


@dataclass(frozen=True)
class StoryPager:
    """Where the page sits in a story split over pages."""

    first: str  # the story's first page (this page's URL without its page number)
    number: int  # this page's number (1: the first page)
    further: tuple[str, ...] = ()  # the pages after this one its pager names, in order


def page_number(url: str) -> tuple[str, int] | None:
    """``url`` without its page number, and the number (None: it carries none). Page 1 is
    the URL with no number, or with ``1`` (``0`` for a zero-based key)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for i, (key, value) in enumerate(query):
        lower = key.lower()
        if (lower in PAGE_KEYS or lower in ZERO_BASED_KEYS) and _NUMBER.match(value):
            number = int(value) + (1 if lower in ZERO_BASED_KEYS else 0)
            rest = urlencode(query[:i] + query[i + 1:])
            return urlunsplit((parts.scheme, parts.netloc, parts.path, rest, "")), number
    head, _, step = parts.path.rstrip("/").rpartition("/")
    if _NUMBER.match(step) and head.count("/") >= 1 and not parts.query:
        # /<slug>/2/: a number step after a slug of words (not /2025/07/, a date archive)
        slug = head.rsplit("/", 1)[-1]
        if slug.count("-") >= 2 and not slug.isdigit():
            trail = "/" if parts.path.endswith("/") else ""
            return urlunsplit((parts.scheme, parts.netloc, head + trail, "", "")), int(step)
    return None


def _bare(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/") or "/",
                       parts.query, ""))


def _candidate_hrefs(root: etree._Element, stem: str, raw_stem: str) -> list[str]:
    """The hrefs of the links that may name this page with another number: relative to its
    query ("?trang=2"), or holding the last step of its path (its slug, as written or
    percent-encoded)."""
    return [href for href in cast(list[str], _HREFS(root))
            if href.lstrip(_XML_SPACE).startswith("?") or stem in href or raw_stem in href]


def read_pager(root: etree._Element, url: str) -> StoryPager | None:
    """The story pager this page shows, if any: the further pages it names (above its own
    number) and, on a further page, the first page. A further page must link a page before it
    (the first, or the one before: a pager of "« Trang trước | Trang tiếp »" alone). None: no
    link of the page is this page's URL with another page number."""
    own = page_number(url)
    first, number = (own[0], own[1]) if own else (url.split("#", 1)[0], 1)
    first_key = _bare(first)
    further: dict[int, str] = {}
    links_back = False
    stem = urlsplit(first).path.rstrip("/").rsplit("/", 1)[-1]
    if not stem:  # the site's root: only its own query links can be its further pages
        stem = "?"
    for href in _candidate_hrefs(root, stem, unquote(stem)):
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = urljoin(url, href).split("#", 1)[0]
        found = page_number(target) or (target, 1)
        if _bare(found[0]) != first_key:
            continue
        if found[1] < number:
            links_back = True
        elif number < found[1] <= MAX_PAGES:
            further.setdefault(found[1], target)
    if number > 1 and not links_back:
        return None
    if number == 1 and not further:
        return None
    return StoryPager(first, number, tuple(further[k] for k in sorted(further)))
