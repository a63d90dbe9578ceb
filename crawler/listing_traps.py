"""Listing URLs a CMS makes without end, and the page past a listing's end.

A faceted listing takes its presentation in the query (``?sort=oldest``, ``?view=grid``,
``?per_page=20``), each link keeping the others; a tag cloud adds a tag to the tags already
chosen (``?tag=a&tag=b``); a keyword links the site's search (``/tim-kiem?q=…``), which answers
any query; and a pager rendered from the page asked for links "Sau »" past the last page, where
the server answers 200 with the last page again or an empty list, and a page more, for ever.
Followed verbatim, each is a new URL every time: a crawl that never ends.

What keeps the crawl out (each a plain function of a URL; the spider counts what it leaves,
once a URL, under a harmless drop reason: the stories are reached by the listing itself):

- ``without_facets``: a link's presentation parameters are dropped; the listing is fetched once
  in the site's default order and page size, which lists the same stories (``facet``).
- ``combines_filters``: a query naming one filter twice (``tag=a&tag=b``, ``tag[]=…``) lists
  stories each single filter's page lists; not followed (``filter_combination``).
- ``is_search``: a search with a query answers any word; its results are the site's own pages,
  listed by its sections (as robots.txt says of search pages on most platforms); not followed
  (``search``).
- ``past_the_end``: a page reached by a pager link that links, besides its pager, just what the
  page before it did (the last page again, or the second empty list in a row) is past the
  listing's end: its own pager links are not followed (``pager_end``).

Written after a hold-out portal nobody had modelled (tests/portals/maivan), whose first crawl
fetched 1,005 pages of one section's facets with no end in sight.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

from lxml import etree

# Parameters that change how a listing is shown, not what it lists, folded (lowercase, no "_"
# or "-"); each with the values it takes when it does only that.
_SORT_KEYS = frozenset({"sort", "sortby", "sorton", "sortorder", "order", "orderby", "sorttype",
                        "sapxep"})
_SIZE_KEYS = frozenset({"perpage", "pagesize", "limit", "itemsperpage", "numperpage",
                        "sotin", "sobanghi"})
_VIEW_KEYS = frozenset({"view", "viewmode", "display", "layout", "hienthi"})
# ``view`` also names a CMS's controller (Joomla's view=article): only these values show a list.
_VIEW_VALUES = frozenset({"grid", "list", "table", "compact", "card", "cards", "tile", "tiles",
                          "thumbnail", "thumbnails", "thumb", "luoi", "danhsach"})
_SORT_VALUE = re.compile(r"^[^\W\d][\w,.-]*$")  # a word: newest, oldest, views, date_desc
# A search's query keys; ``q`` only under a search path (a photo resizer's ``q=75`` is none).
_SEARCH_KEYS = frozenset({"s", "search", "searchword", "keys", "query", "tukhoa", "tu_khoa"})
_SEARCH_PATH = re.compile(r"^(?:search|tim-?kiem|timkiem|tim_kiem|ket-?qua-?tim-?kiem)$", re.I)


def _fold(key: str) -> str:
    return re.sub(r"[_\-\[\]]", "", key.lower())


def _presentation(key: str, value: str) -> bool:
    folded = _fold(key)
    if folded in _SORT_KEYS:
        return bool(_SORT_VALUE.match(value))
    if folded in _SIZE_KEYS:
        return value.isdigit()
    return folded in _VIEW_KEYS and value.lower() in _VIEW_VALUES


def without_facets(url: str) -> str:
    """The URL without the parameters that only sort, re-show or re-size a listing (the others
    kept in their order); the URL itself when it has none."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if not _presentation(key, value)]
    if len(kept) == len(pairs):
        return url
    return parts._replace(query=urlencode(kept)).geturl()


def combines_filters(url: str) -> bool:
    """Whether the query names one parameter twice with two values (``tag=a&tag=b``): a
    combination of filters, whose stories each single filter's page lists too."""
    values: dict[str, str] = {}
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        folded = _fold(key)
        if values.setdefault(folded, value) != value:
            return True
    return False


def is_search(url: str) -> bool:
    """Whether the URL asks the site's search a query: a search key with a value (``?s=``,
    ``?searchword=``), or ``q`` under a search path (``/tim-kiem?q=``, ``/search?q=``). A
    ``/search`` URL asking no query is a list (Blogger's labels and older posts)."""
    parts = urlsplit(url)
    if not parts.query:
        return False
    keys = {key.lower() for key, value in parse_qsl(parts.query) if value.strip()}
    if keys & _SEARCH_KEYS:
        return True
    last = parts.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "q" in keys and bool(_SEARCH_PATH.match(last))


def link_digests(urls: Iterable[str]) -> frozenset[int]:
    """Stable digests of a page's link URLs (the same in every process of a distributed crawl),
    carried by its pager requests to the next page."""
    return frozenset(zlib.crc32(url.encode("utf-8", "surrogatepass")) for url in urls)


def past_the_end(own_links: Iterable[str],
                 linked_before: tuple[frozenset[int], ...],
                 own_texts: frozenset[int] | None = None) -> bool:
    """Whether a page reached by a pager link is past its listing's end: besides its pager it
    links just what the page before it did (``linked_before``: that page's other links and its
    pager's, as ``link_digests``, and its long texts, as ``text_digests``), so the server
    answered another page number with the same page (the last page again; an empty list, once
    the first empty page is met). A real next page links a story of its own, even when the
    page before linked it too (in a sidebar): fewer links than the page before is not enough.
    A page that shows a text of its own the page before did not (``own_texts``: a story's page
    2, whose pager is the story's, links what page 1 does and holds the next paragraphs) is no
    page again either."""
    if link_digests(own_links) != linked_before[0]:
        return False
    return own_texts is None or len(linked_before) < 3 or own_texts <= linked_before[2]


# the texts that tell a page's content from the page before's: a paragraph's, a teaser
# summary's (never a menu entry, a date, a page number, a counter)
_LONG_TEXTS = etree.XPath("//body//text()[string-length(normalize-space()) >= 80]"
                          "[not(ancestor::script or ancestor::style)]")


def text_digests(root: etree._Element) -> frozenset[int]:
    """Stable digests of a page's long texts (80 characters or more), handed with its links to
    the next page of its pager (``past_the_end``)."""
    return frozenset(zlib.crc32(" ".join(str(t).split()).encode("utf-8", "surrogatepass"))
                     for t in _LONG_TEXTS(root))
