"""What a page shows about its own kind: one story, or teasers of other pages, or neither.

Computed once per page by ``extract_article`` from the tree the extractor located its parts in
(after pruning scripts, hidden elements and form controls), and judged by ``pipelines.classify``.
Pure: no Scrapy, no SQLite, no network.

The central notion is the *teaser*: for every link to another page of the site, the largest
element around it that links to no other page ("its item"). An item whose first headline is
that link (or whose covering link's label names it), or one of several look-alike items in a
list, previews the linked page. A page whose main text sits in such an item is a listing or a
home page, however long the lead; a story is text that previews nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from crawler.document_urls import domino_document
from crawler.hashbang import snapshot_route, snapshot_url
from crawler.labels import HOME
from crawler.session_ids import without_session, without_tracking
from pipelines.urls import print_view_of, story_key, uri_form

from .clean import link_density, rules, text_len
from .dates import parse_date
from .generic import element_text, widget_nav
from .names import MENU_NAME, PAGE_TAGS, NamePattern, names_of, narrow_grid_column
from .story_pager import read_pager
from .text import clean_text

# Page chrome by tag or by name: never where a story or a listing's teasers are.
_CHROME_TAGS = frozenset({"footer", "aside", "nav"})
# ("widget" only as a class of its own or its first word: Elementor wraps whole pages in
# "elementor-widget-container")
_CHROME_NAME = NamePattern(r"(^|[\s_-])(footer|sidebar|side-?bar|aside|navbar|nav)([\s_-]|$)"
                           r"|(^|\s)widgets?([\s_-]|$)")
_BREADCRUMB_NAME = NamePattern(r"(breadcrumb|duong-?dan|duongdan|crumbs?)")
# Lists that go with a story rather than make a listing ("Tin khác", "Tin liên quan", "Xem nhiều").
_COMPANION_NAME = NamePattern(r"(related|other|khac|lien-?quan|lienquan|cung-?chuyen-?muc"
                              r"|xem-?nhieu|xemnhieu|popular|most-?read|paginav|pager|pagination"
                              r"|phan-?trang)")
# An item's metadata: its byline, section and tags (WordPress' entry meta, Joomla's article
# info, rel=author/category/tag). A link there names who wrote it or where it is filed, linked
# from every item of a list alike: it previews nothing, and a teaser that has one still
# previews one page.
_META_NAME = NamePattern(r"(^|[\s_-])(byline|by-line|author|authors|createdby|created-by|cat-links"
                         r"|tags-links|tag-links|entry-meta|post-meta|postmeta|article-info"
                         r"|category-name|posted-in)([\s_-]|$)")
_META_REL = frozenset({"author", "category", "tag"})
_TITLE_NAME = NamePattern(r"(title|tieu-?de|tieude|headline|heading)")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADLINE_MIN = 15  # characters: shorter link texts are labels ("Xem tiếp", "Tải về", a date)
_SUMMARY_MIN = 40
_SEVERAL = "\0several"  # an element that links to more than one page
_LABEL_MAX = 40  # characters a teaser may show before its headline (a category label, a date)
_TEASER_MAX_TEXT = 2500  # an item with more text than this is a story with links, not a teaser
_HOME_PATH = re.compile(r"^/?((index|default|home|trang-?chu)(\.\w{2,5})?)?$", re.I)
_SEARCH_SEGMENT = re.compile(r"^(search|tim-?kiem|timkiem|tim_kiem|ket-?qua-?tim-?kiem)$", re.I)
# (a blog app's hashtags, /blog/hashtags/<tag>, are its tags; not Drupal's "taxonomy":
# /taxonomy/term/<tid> serves every vocabulary, the sections' terms and the free tags alike, in
# one template: its URL tells no tag)
_TAG_SEGMENT = re.compile(r"^(tags?|hashtags?|tu-?khoa|tukhoa|tu_khoa|keywords?|the-?tag)$", re.I)
_SEARCH_KEYS = frozenset({"q", "s", "keys", "search", "searchword", "query"})
_TAG_KEYS = frozenset({"tag", "tags", "tagid", "keyword", "keywords"})


@dataclass
class PageSignals:
    """What one page shows, for :func:`pipelines.classify.classify_page`. JSON-able."""

    url: str
    home_url: bool = False  # the site's root or default page
    title: str | None = None
    # the headline is an element of the page, not only <title>/og:title
    headline_element: bool = False
    prose_chars: int = 0  # characters of the extracted body
    dated: bool = False  # a publication date near the headline or in the page's metadata
    body_found: bool = False
    body_in_chrome: bool = False  # the largest text block is the footer, a sidebar or a menu
    body_teaser_of: str | None = None  # the body is (inside) a teaser of this other page
    body_teasers: int = 0  # teasers inside the body element (the body is the list itself)
    title_teaser: bool = False  # the headline is a teaser's headline, linking to another page
    title_widget: bool = False  # the headline labels a sidebar/footer widget or a link list
    extractor_listing: str | None = None  # the extractor's own reason to call it a listing
    menu_page: bool = False  # the site menu on this page links this page itself
    # pages the main area previews (dated or summarised)
    teasers: list[str] = field(default_factory=list)
    teased_files: int = 0  # documents the main area lists the same way (a register of files)
    body_files: int = 0  # documents the body itself links (a notice's file, an embedded PDF)
    # the body is one picture (linked to its own file) and its caption, and the page sits under
    # this page's URL, which it links: a picture's page of that story (WordPress' attachment
    # pages), not a story
    picture_of: str | None = None
    # the body is photos and their captions with next to no text of its own: a photo album
    # (a gallery's page), whose captions describe its pictures, not a story; how many photos
    album_photos: int = 0
    # the body is a table whose rows each open with a date (a weekly work schedule, a
    # calendar of events): how many such rows
    schedule_rows: int = 0
    # the body is a document's record: a table of its properties (number, date issued,
    # issuer, signer, summary): how many property rows
    document_fields: int = 0
    # the page's headline is over a player (a video, an audio bulletin) or one tall picture
    # (an infographic) with a line or two of text: what the media is ("a video" …), else None
    media_item: str | None = None
    # the body is an event's details (hCalendar's dtstart, schema.org's startDate: when,
    # where, who to call) with a line or two besides: a calendar entry, not a story
    event_item: bool = False
    # the body is a form to fill in (two or more fields) and a line or two: how many fields
    form_fields: int = 0
    search_page: bool = False
    tag_page: bool = False
    # every teaser ends by counting the entries under it ("12 bài viết"): an index of topics
    # or terms, whose items are lists, not stories
    term_index: bool = False
    # the page names another page of its host (not the root) as its canonical URL: a print
    # view, a second category path or a tracking variant of that page (absolute, no fragment)
    canonical_elsewhere: str | None = None
    # the body was read from the page's structured data (a JSON-LD NewsArticle: the page's
    # visible body is an app's empty root), e.g. "NewsArticle (articleBody)"
    structured_story: str | None = None
    # a story split over pages (pipelines/extract/story_pager.py): the pages after this one
    # its pager names, in order; on a further page, the first page's URL and this page's
    # number
    story_pages: list[str] = field(default_factory=list)
    story_page_of: str | None = None
    story_page_number: int = 1


@dataclass
class _Regions:
    """Where the page chrome, the menus and breadcrumbs are: found in one pass a page."""

    chrome: set[etree._Element]  # inside a footer, an aside, a nav or a sidebar/widget
    header: set[etree._Element]  # inside a <header> (the page's banner, or an article's header)
    in_menu: set[etree._Element]  # inside a menu or a breadcrumb
    menus: list[etree._Element]  # the menus themselves (not breadcrumbs)


_REGION_WORD = NamePattern(r"footer|side-?bar|aside|nav|widget|menu|crumb|duong"
                           r"|left|right|phai|trai|col-(?:xs|sm|md|lg|xl|xxl)-[1-4](?!\d)")
# A side column by name (left/right column, "cột phải/trái"): the page's chrome when it sits
# beside a main column (a sibling not so named), as on three-column portals whose side columns
# hold "Văn bản mới", links and counters. Alone (a site naming its main column "col-left"
# beside a "col-right"), neither is taken for chrome.
_SIDE_COLUMN = NamePattern(r"(^|[\s_-])((col|column|cot)[-_]?(left|right|phai|trai)"
                           r"|(left|right)[-_]?(col|column|side)|(left|right)col|cot(phai|trai))"
                           r"([\s_-]|$)")
_REGION_TAGS = frozenset({"footer", "aside", "nav", "header"})


# A blog platform names every part of its page a widget (Blogger: "widget Blog" around the
# posts, beside "widget PopularPosts"): the one that holds the posts themselves, marked as
# such (hAtom's hentry or entry-title, schema.org's articleBody or blogPost), is the page's
# content.
_HOLDS_POSTS = etree.XPath(
    "boolean(descendant::*[@itemprop='articleBody' or @itemprop='blogPost'"
    " or contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' hentry ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h-entry ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')])")


def _regions(root: etree._Element) -> _Regions:
    regions = _Regions(set(), set(), set(), [])
    # The region tags and the named elements, in page order: one walk of the tree (the XPath
    # union "//nav | //footer | … | //*[@class or @id]" walked it five times, then sorted).
    for el in root.iter():
        tag = el.tag  # (read once: lxml makes a new string at each read)
        if not isinstance(tag, str) or tag in PAGE_TAGS:  # (the page's layout classes: no region)
            continue
        cls, id_ = el.get("class"), el.get("id")
        if tag not in _REGION_TAGS and cls is None and id_ is None:
            continue
        names = f"{cls} {id_}" if cls and id_ else cls or id_ or ""  # names_of(el)
        if tag not in _REGION_TAGS and not (names and _REGION_WORD.search(names)):
            continue  # most elements: one test instead of three
        if tag == "header" and el not in regions.header:
            regions.header.update(el.iter())
        if el not in regions.chrome and (tag in _CHROME_TAGS
                                         or (names and _CHROME_NAME.search(names)
                                             and not _HOLDS_POSTS(el))
                                         or _side_column(el, names)):
            regions.chrome.update(el.iter())
        if el in regions.in_menu:
            continue
        # (a <nav> of a sidebar widget lists posts or months: not the site's menu)
        is_menu = ((tag == "nav" and not widget_nav(el))
                   or bool(names and MENU_NAME.search(names)))
        if is_menu or (names and _BREADCRUMB_NAME.search(names)):
            regions.in_menu.update(el.iter())
            if is_menu:
                regions.menus.append(el)
    return regions



# A footer by what it says, where a table layout names none: "Bản quyền thuộc …", "Copyright ©".
_COPYRIGHT = re.compile(r"^(?:bản\s+quyền|copyright|©|\(c\)\s)", re.IGNORECASE)


def _copyright_block(el: etree._Element) -> bool:
    """``el``'s text opens with a copyright notice: the page's footer, whatever its markup (an
    unnamed table cell of an old layout), never a story's text."""
    first = next((text.strip() for text in el.itertext() if text.strip()), "")
    return bool(_COPYRIGHT.match(first))

def _side_column(el: etree._Element, names: str) -> bool:
    """``el`` is a side column (``_SIDE_COLUMN``, or Bootstrap's narrow column: ``_GRID_COLUMN``)
    beside a main column of its parent."""
    if names and "col-" in names and narrow_grid_column(el, names):
        return True
    if not names or not _SIDE_COLUMN.search(names):
        return False
    parent = el.getparent()
    return parent is not None and any(
        isinstance(sibling.tag, str) and sibling is not el and sibling.tag not in _CHROME_TAGS
        and not _SIDE_COLUMN.search(names_of(sibling))
        and any(text.strip() for text in sibling.itertext())  # stops at its first text
        for sibling in parent)


class _InsideNamed:
    """Whether an element sits inside one named by ``pattern`` (or tagged one of ``tags``)
    below the first of its ancestors tagged one of ``stops``. Each ancestor is judged once a
    page: the teasers or links of one list share theirs."""

    def __init__(self, pattern: NamePattern, tags: frozenset[str], stops: frozenset[str]) -> None:
        self.pattern, self.tags, self.stops = pattern, tags, stops
        self._from: dict[etree._Element, bool] = {}  # the answer for a walk starting there

    def __call__(self, el: etree._Element) -> bool:
        walked: list[etree._Element] = []
        node, inside = el.getparent(), False
        while node is not None:
            known = self._from.get(node)
            if known is not None:
                inside = known
                break
            walked.append(node)
            if node.tag in self.stops:
                break
            names = names_of(node)
            if node.tag in self.tags or (names and self.pattern.search(names)):
                inside = True
                break
            node = node.getparent()
        for node in walked:  # each walked ancestor's walk ends where this one did
            self._from[node] = inside
        return inside


def _in_companion() -> _InsideNamed:
    """A test of a page's teasers: inside a companion list or a ``<nav>``, in the body."""
    return _InsideNamed(_COMPANION_NAME, frozenset({"nav"}), frozenset({"body", "html"}))


def _label(a: etree._Element) -> str:
    """A link's visible text, else what it says it covers (aria-label, title)."""
    text = element_text(a)
    if len(text) >= _HEADLINE_MIN:
        return text
    return " ".join(filter(None, (a.get("aria-label"), a.get("title")))).strip() or text


@dataclass
class _Item:
    target: str
    el: etree._Element
    links: list[etree._Element]


def _links_by_target(root: etree._Element, url: str, self_urls: set[str],
                     regions: _Regions) -> dict[str, list[etree._Element]]:
    """Links to other pages (and files) of the site, outside menus, breadcrumbs and the page
    chrome (a sidebar's "latest news" previews nothing this page is about)."""
    host = urlsplit(url).netloc.lower()
    attachment = rules().attachment_ext
    by_target: dict[str, list[etree._Element]] = {}
    resolved: dict[str, str | None] = {}  # href as written -> target (None: not a page link)
    in_metadata = _in_metadata()
    sections = _menu_targets(regions, url, host, self_urls, attachment, resolved)
    for a in root.iter("a"):
        if a in regions.in_menu or a in regions.chrome or _metadata_link(a, in_metadata):
            continue  # menus and breadcrumbs name sections; they preview nothing
        href = (a.get("href") or "").strip()
        if _IMAGE_FILE.search(urlsplit(href).path):
            continue  # a picture's link to its own bigger copy (a lightbox) previews no page
        if href not in resolved:
            resolved[href] = _target(href, url, host, self_urls, attachment)
        target = resolved[href]
        if target is not None and not (target in sections and _section_label(a)):
            by_target.setdefault(target, []).append(a)
    _join_default_views(by_target)
    return by_target


def _menu_targets(regions: _Regions, url: str, host: str, self_urls: set[str],
                  attachment: re.Pattern[str], resolved: dict[str, str | None]) -> set[str]:
    """The pages the site menu links: its sections."""
    targets = set()
    for menu in regions.menus:
        for a in menu.iter("a"):
            href = (a.get("href") or "").strip()
            if href not in resolved:
                resolved[href] = _target(href, url, host, self_urls, attachment)
            if (target := resolved[href]) is not None:
                targets.add(target)
    return targets


def _section_label(a: etree._Element) -> bool:
    """A link of a few words and no picture: the label of the section an item is filed in
    (a news card's "Thời sự" beside its headline), when it links a page the menu names. It
    files the item, it previews nothing: the card still previews one page."""
    return len(element_text(a)) <= _LABEL_MAX and not _images_inside(a)


def _join_default_views(by_target: dict[str, list[etree._Element]]) -> None:
    """A link to ``<page>/view`` beside links to ``<page>`` names that page's default view, the
    same page (Zope and Plone serve every item at both, and a collection's item links its
    headline to one and its "Xem tiếp…" to the other): its links join the page's, so the item
    still links one page."""
    for target in [t for t in by_target if t.endswith("/view")]:
        page = by_target.get(target[:-len("/view")])
        if page is not None:
            page.extend(by_target.pop(target))


def _metadata_link(a: etree._Element, in_metadata: _InsideNamed) -> bool:
    """A link of an item's byline, section or tags (``_META_NAME``, ``_META_REL``), or to
    its author's profile page (``_writer_link``)."""
    return bool(_META_REL & set((a.get("rel") or "").lower().split())) or in_metadata(a) \
        or _writer_link(a)


def _writer_link(a: etree._Element) -> bool:
    """A link to the page of the person who wrote an item (``_PROFILE_PATH``)."""
    return _PROFILE_PATH.search(a.get("href") or "") is not None


# A writer's page (WordPress' and Ghost's /author/<name>/, a site builder's members' /profile/
# <member>/profile, Drupal's /user/<n>, a Vietnamese CMS's /tac-gia/<name>): a link there names
# who wrote an item, wherever the item's markup puts it (a builder's hashed class names name no
# byline), so it previews no page, as a ``rel=author`` link does not.
_PROFILE_PATH = re.compile(r"^(?:https?://[^/]+)?/(?:[^?#]*/)?(?:author|authors|profile|profiles"
                           r"|members?|users?|tac-gia)/[^/?#]+", re.IGNORECASE)


def _in_metadata() -> _InsideNamed:
    """A test of a page's links: inside an item's metadata (``_META_NAME``), which sits inside
    the item (its article, list item or table row)."""
    return _InsideNamed(_META_NAME, frozenset(), frozenset({"article", "body", "li", "tr"}))


def _target(href: str, url: str, host: str, self_urls: set[str],
            attachment: re.Pattern[str]) -> str | None:
    """The page or file of the site a link points at; None for anything else (another site,
    this page, the home page, a script or mail link)."""
    if not href or (href.startswith("#") and not href.startswith("#!")) or href.startswith(
            ("javascript:", "mailto:", "tel:")):
        return None
    absolute = snapshot_url(urljoin(url, href))  # a "#!" route: the page its snapshot is
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != host:
        return None
    # the page, as the crawl archives it (percent-encoded, no session id, tracking parameter or
    # fragment; a document under a view: the document)
    target = domino_document(without_tracking(without_session(uri_form(absolute.split("#", 1)[0]))))
    if story_key(target) in self_urls:
        return None
    if attachment.search(parts.path) is None and not parts.path.strip("/") and not parts.query:
        return None  # the home page: every logo links it
    return target


class _Measures:
    """What the teaser search measures of elements, measured once a page: a link's text, and
    whether an element is headline-sized. Every element around every link is
    judged, so the same links and headlines are asked about again from each level up (the
    tree does not change while the signals are read)."""

    def __init__(self, in_menu: set[etree._Element]) -> None:
        self.in_menu = in_menu
        self._text_len: dict[etree._Element, int] = {}
        self._headline_sized: dict[etree._Element, bool] = {}
        self._ancestors: dict[etree._Element, set[etree._Element]] = {}

    def ancestors(self, el: etree._Element) -> set[etree._Element]:
        """The elements around ``el``: each link is asked whether it sits in each element up
        its chain, and each headline whether a link holds it."""
        known = self._ancestors.get(el)
        if known is None:
            known = self._ancestors[el] = set(el.iterancestors())
        return known

    def text_len(self, el: etree._Element) -> int:
        """``clean.text_len(el)``, summed from its children's: each element's text is read
        once a page, however many of the elements around it are judged."""
        known = self._text_len.get(el)
        if known is None:
            known = len((el.text or "").strip())
            for child in el:
                if isinstance(child.tag, str):  # (a comment's text is no text; its tail is)
                    known += self.text_len(child)
                known += len((child.tail or "").strip())
            self._text_len[el] = known
        return known

    def headline_sized(self, node: etree._Element) -> bool:
        """A heading, a title-named block, a bold line or a link, outside menus and
        breadcrumbs, with a headline's length of text."""
        known = self._headline_sized.get(node)
        if known is None:
            known = self._headline_sized[node] = self._judge_headline(node)
        return known

    def _judge_headline(self, node: etree._Element) -> bool:
        tag = node.tag
        if not isinstance(tag, str) or node in self.in_menu:
            return False
        if tag == "a" and _writer_link(node):
            return False  # an author's name above a card's headline is its byline
        names = names_of(node)
        headline_like = (tag in _HEADINGS or tag in ("a", "b", "strong")
                         or (names and _TITLE_NAME.search(names)))
        return bool(headline_like) and len(element_text(node)) >= _HEADLINE_MIN


def _first_headline(el: etree._Element, measures: _Measures) -> etree._Element | None:
    """The element's first headline-sized element (``_Measures.headline_sized``), in
    document order."""
    for node in el.iter("*"):
        if measures.headline_sized(node):
            return node
    return None


def _signature(el: etree._Element) -> tuple[str, str]:
    classes = (el.get("class") or "").split()
    # an element's tag (lxml types tags as str | bytes | QName; parsed HTML has str)
    return cast(str, el.tag), classes[0] if classes else ""


def _frames_teaser(node: etree._Element, links: set[etree._Element],
                   linked_siblings: Callable[[etree._Element], Counter[tuple[str, str]]],
                   measures: _Measures) -> bool:
    """``node`` frames a teaser of the page ``links`` point at: its first headline is one of
    them (or is named by a covering link's label) with at most a short label before it; or,
    with no headline, it is one of several look-alike siblings that each link a page."""
    # The links under ``node``: found upwards from the links when they are a few, not by
    # walking all of ``node`` (every ancestor of every link is judged: the page's big blocks
    # too). (Their order matters not: each use below is a sum or an any.)
    linked = ([a for a in links if a is node or node in measures.ancestors(a)]
              if len(links) <= _FEW_LINKS else [a for a in node.iter("a") if a in links])
    if measures.text_len(node) > _TEASER_MAX_TEXT + sum(measures.text_len(a) for a in linked):
        return False
    head = _first_headline(node, measures)
    if head is None:
        parent = node.getparent()
        twins = 0 if parent is None else linked_siblings(parent)[_signature(node)] - 1
        return twins >= 2
    if _text_before(node, head) > _LABEL_MAX:
        return False  # prose before the headline: a story that links somewhere, not a teaser
    if any(a is head or a in measures.ancestors(head) or head in measures.ancestors(a)
           for a in linked):
        return True
    # a covering link ("post link to <headline>") names the headline it covers
    folded = element_text(head).casefold()
    return any(folded in label and len(folded) >= 0.5 * len(label)
               for label in (_label(a).casefold() for a in linked if a is not head))


_FEW_LINKS = 8


def _text_before(node: etree._Element, head: etree._Element) -> int:
    """Characters of text inside ``node`` before ``head`` starts (stops counting past the
    label allowance). A link to the writer's page is the card's byline, not text before its
    headline: a name is as long as it is."""
    ancestors = set(head.iterancestors())
    count = 0
    for el in node.iter():
        if el is head:
            break
        if isinstance(el.tag, str) and not (el.tag == "a" and _writer_link(el)):
            count += len((el.text or "").strip())
        if el is not node and el not in ancestors:
            count += len((el.tail or "").strip())
        if count > _LABEL_MAX:
            break
    return count


def _teasers(root: etree._Element, url: str, self_urls: set[str], regions: _Regions) -> list[_Item]:
    """Every teaser on the page: for each link to another page, the largest element around it
    that links to no other page and still frames a teaser of it."""
    by_target = _links_by_target(root, url, self_urls, regions)
    measures = _Measures(regions.in_menu)
    # which page each element links to: one target, or several (_SEVERAL); each element is
    # marked at most twice, however many links sit under it
    owner: dict[etree._Element, str] = {}
    attachment = rules().attachment_ext
    # pages first, files after: a register's row linking a document's page and its file (a
    # "Tải về" icon) belongs to the page; the file is that item's, not a second page it links
    files = {target for target in by_target if attachment.search(urlsplit(target).path)}
    for target, links in sorted(by_target.items(), key=lambda entry: entry[0] in files):
        is_file = target in files
        for a in links:
            for node in (a, *a.iterancestors()):
                held = owner.get(node)
                if held is None:
                    owner[node] = target
                elif held == target or held is _SEVERAL:
                    break  # the elements above know this target already
                elif is_file:
                    break  # a page's item holding its file
                else:
                    owner[node] = _SEVERAL
    by_parent: dict[etree._Element, Counter[tuple[str, str]]] = {}

    def linked_siblings(parent: etree._Element) -> Counter[tuple[str, str]]:
        """How many children of ``parent`` of each signature link a page (once per parent)."""
        if parent not in by_parent:
            by_parent[parent] = Counter(_signature(c) for c in parent
                                        if isinstance(c.tag, str) and c in owner)
        return by_parent[parent]

    found: dict[etree._Element, _Item] = {}
    frames: dict[etree._Element, bool] = {}  # each element judged once: chains share their tops
    for target, links in by_target.items():
        link_set = set(links)
        for a in links:
            best = None
            for node in (a, *a.iterancestors()):
                if node.tag in ("body", "html") or owner.get(node) is _SEVERAL:
                    break
                if node not in frames:
                    frames[node] = _frames_teaser(node, link_set, linked_siblings, measures)
                if frames[node]:
                    best = node
                elif best is not None:
                    break  # grew past the teaser into the page around it
            if best is None:
                continue
            if best in found:
                found[best].links.append(a)
            else:
                found[best] = _Item(target, best, [a])
    return list(found.values())


# An item's count of the entries filed under it, closing its text: "3 bài viết", "12 tin".
_ENTRY_COUNT = re.compile(r"(?<![\d.,])\d[\d.]*\s+(?:bài viết|bài|tin bài|tin|văn bản|posts?"
                          r"|articles?|entries)\s*\)?$", re.I)


def _counts_entries(items: list[_Item]) -> bool:
    """Two or more teasers, each closing with a count of its entries: a topics' or terms'
    index ("Dòng sự kiện", "Chuyên đề", a tag cloud with counts), not a list of stories."""
    return len(items) >= 2 and all(_ENTRY_COUNT.search(element_text(t.el)) for t in items)


def _rich(item: _Item) -> bool:
    """A teaser that says when, or what: a date or a summary beside its headline, or a
    picture linking the page beside it (a gallery's or a video section's card: a thumbnail
    and a headline, both links to the item)."""
    if (any(_images_inside(a) for a in item.links)
            and any(len(element_text(a)) >= _HEADLINE_MIN for a in item.links)):
        return True
    text = element_text(item.el)
    if parse_date(text[:600]) is not None:
        return True
    linked = sum(len(element_text(a)) for a in item.links)
    return len(text) - linked >= _SUMMARY_MIN


def _title_widget(title_el: etree._Element, body_el: etree._Element | None,
                  regions: _Regions) -> bool:
    """The headline labels a widget: it sits in the page chrome, or the nearest block around it
    with text of its own is mostly links (a link list, a "Liên kết website" box)."""
    if title_el in regions.chrome:
        return True
    own = text_len(title_el)
    for node in title_el.iterancestors():
        if node.tag in ("body", "html"):
            return False
        if body_el is not None and (node is body_el or node in body_el.iterancestors()):
            return False
        if text_len(node) - own >= 150:
            # an article's header (breadcrumb, date, share links) says when; a widget does not
            return link_density(node) >= 0.5 and parse_date(element_text(node)[:2000]) is None
    return False


def _kind_of_url(url: str) -> tuple[bool, bool, bool]:
    """(home, search, tag) from the URL alone."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    keys = {k.lower() for k, _ in pairs}
    segments = [s.rsplit(".", 1)[0] for s in parts.path.split("/") if s]
    if snapshot_route(pairs) in ("", "/") and len(pairs) == 1:
        keys = set()  # a hashbang site's snapshot of its shell's own page (crawler/hashbang.py)
    home = bool(_HOME_PATH.match(segments[-1] if segments else "")) and len(segments) <= 2 and \
        not (keys - {"lang", "language", "l"})  # a DotNetNuke tabid names a page, not home
    # a search page answers a query; a path under /search or a query of other keys is a list
    # (Blogger's /search/label/<label>, /search?updated-max=<time>: a label's, older posts)
    search = bool(keys & _SEARCH_KEYS) or (bool(segments) and bool(_SEARCH_SEGMENT.match(
        segments[-1])) and not keys)
    tag = not search and (any(_TAG_SEGMENT.match(s) for s in segments) or bool(keys & _TAG_KEYS))
    return home, search, tag


_BASE_HREF = etree.XPath("//head/base/@href", smart_strings=False)


def _link_base(root: etree._Element, url: str) -> str:
    """The URL the page's relative links resolve against: its ``<base href>`` on its own host
    (a portal that sets the base to its current state URL, which the page may be served under
    another URL than), else the page's URL; as a browser and the crawl's link extractor do."""
    base = next(iter(_BASE_HREF(root)), None)
    if not base or not base.strip():
        return url
    joined = urljoin(url, base.strip())
    parts = urlsplit(joined)
    on_host = parts.netloc.lower() == urlsplit(url).netloc.lower()
    return joined if parts.scheme in ("http", "https") and on_host else url


# links whose text is as short as a home label ("Trang chủ", "Home", "Trang nhất"): the rest of
# a page's links are passed over in C, not read in Python; so are those shorter than the
# shortest ("Home": an icon's or a picture's link, "A+"). (normalize-space() strips less white
# space than str.split(), so its length is never below the one HOME matches.)
_HOME_LABEL_MIN = 4  # characters of the shortest label HOME matches (tests/test_extract_units.py)
_SHORT_LINKS = etree.XPath("//a[@href][string-length(normalize-space(.)) <= 12]"
                           f"[string-length(normalize-space(.)) >= {_HOME_LABEL_MIN}]")


def _home_links(root: etree._Element, url: str) -> set[str]:
    """Where the page's own "Trang chủ" (Home) links point (``story_key``s), in its menu or
    anywhere else. A page among them is the site's home page, whatever its URL looks like (a
    portal's state-encoded URL, a SharePoint portal's /portal/Pages/default.aspx, a front page
    deep in a path like ``/webcenter/portal/<site>`` or a province platform's
    ``/web/<commune>``, where the root is another site's or only redirects); and a link to
    one, a logo or a banner, previews no story, as a link to the root does not."""
    homes = set()
    for a in _SHORT_LINKS(root):
        href = (a.get("href") or "").strip()
        if (href and not href.startswith(("#", "javascript:"))
                and HOME.match(" ".join("".join(a.itertext()).split()))):
            homes.add(story_key(urljoin(url, href)))
    return homes


def _home_link_below_itself(home_links: set[str], url: str) -> bool:
    """The page's "Trang chủ" link names a page one path step below the page's own URL: the
    page is the site's address, which answers with its home page (a Google Sites site at
    ``/view/<site>`` whose home page is ``/view/<site>/trang-chủ``; a portal at ``/vi`` whose
    home is ``/vi/trang-chu``)."""
    here = story_key(url)
    if "?" in here:
        return False
    for key in home_links:
        parent, _, step = key.rpartition("/")
        if step and parent == here:
            return True
    return False


def _canonical_elsewhere(url: str, canonical: str | None) -> str | None:
    """The page's canonical URL when it names another page of the same host. One naming the
    site's root is ignored: that is a template that gives every page the home page's canonical,
    not a statement that the page repeats the home page."""
    if not canonical or not canonical.strip():
        # a print view that names no canonical URL still shows the story at its own URL
        canonical = print_view_of(url)
        if canonical is None:
            return None
    target = snapshot_url(urljoin(url, canonical.strip()))
    if urlsplit(target).scheme not in ("http", "https") or _kind_of_url(target)[0]:
        return None
    here, there = story_key(url), story_key(target)
    if here == there or here.split(":", 1)[0] != there.split(":", 1)[0]:
        return None  # itself, or a page of another host (syndicated: this copy is the site's)
    return target.split("#", 1)[0]


def _read_story_pager(signals: PageSignals, root: etree._Element, url: str) -> None:
    """Where the page sits in a story split over pages: a further page names its first page
    as the story it is part of (its canonical URL, when it names no other page: each page of
    such a story commonly names itself)."""
    pager = read_pager(root, url)
    if pager is None:
        return
    signals.story_pages = list(pager.further)
    if pager.number == 1:
        return
    signals.story_page_of, signals.story_page_number = pager.first, pager.number
    if signals.canonical_elsewhere is None:
        signals.canonical_elsewhere = _canonical_elsewhere(url, pager.first)


# A print view: its URL has a print step (/Print/…, /in-bai/…) or its page prints itself on load.
_PRINT_STEP = frozenset({"print", "printable", "printview", "print-view", "in", "inbai", "in-bai",
                         "ban-in", "banin", "in-tin", "intin"})
_ON_LOAD_PRINT = re.compile(r"\bprint\s*\(", re.I)
_ADDRESS = re.compile(r"https?://[^\s<>\"']+")


def _printed_address(root: etree._Element, url: str) -> str | None:
    """The story a print view shows, when it names none as canonical: the address of a page of
    its own host that it prints as text ("Địa chỉ bài viết: https://…", "Nguồn: …"), as print
    views do for the paper copy, where a link is lost. Read only on a print view."""
    body = root.find("body")
    steps = {step.casefold() for step in urlsplit(url).path.split("/") if step}
    if not (steps & _PRINT_STEP or (body is not None
                                    and _ON_LOAD_PRINT.search(body.get("onload") or ""))):
        return None
    host = urlsplit(url).netloc.lower()
    for text in (body if body is not None else root).itertext():
        for found in _ADDRESS.findall(str(text)):
            address: str = found.rstrip(".,;)")
            if (urlsplit(address).netloc.lower() == host and story_key(address) != story_key(url)
                    and not _kind_of_url(address)[0]):  # the site's own address is no story
                return address
    return None




def _images_inside(el: etree._Element) -> list[etree._Element]:
    """The ``<img>`` elements under ``el`` (``.//img``), by lxml's walk for the tag: an XPath
    query costs some 5 us to set up at each of the page's calls, on top of its walk."""
    return list(el.iterdescendants("img"))


_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|bmp|tiff?)$", re.I)
_PICTURE_TEXT_MAX = 400  # characters: a caption and a description, not a story
_SLUG_WORDS = 3  # a path step of this many hyphenated words names a story, not a section


def _picture_of(root: etree._Element, url: str, body_el: etree._Element,
                prose_chars: int) -> str | None:
    """The story whose picture this page shows, when its body is one image linked to its own
    file with a caption's worth of text, and its URL is that story's URL and one step more."""
    if prose_chars >= _PICTURE_TEXT_MAX or len(_images_inside(body_el)) != 1:
        return None
    if not any(_IMAGE_FILE.search(urlsplit(a.get("href") or "").path) for a in body_el.iter("a")):
        return None
    parts = urlsplit(url)
    steps = [step for step in parts.path.split("/") if step]
    if len(steps) < 2 or len([w for w in steps[-2].split("-") if w]) < _SLUG_WORDS:
        return None
    parent = "/" + "/".join(steps[:-1]) + ("/" if parts.path.endswith("/") else "")
    wanted = story_key(urljoin(url, parent))
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and story_key(urljoin(url, href).split("#", 1)[0]) == wanted:
            return urljoin(url, parent)
    return None


_CAPTION_NAME = NamePattern(r"caption|chu-?thich|chuthich|mo-ta-anh")
_ALBUM_OWN_TEXT_MAX = 80  # characters outside the captions: a date line, a photo count


def _album_photos(body_el: etree._Element) -> int:
    """How many captioned photos the body is, when it is nothing else (its text outside the
    captions a line at most): a photo album. 0 for a story, whose photos' captions sit in its
    text."""
    images = len(_images_inside(body_el))
    if images < 2:
        return 0
    captions = [el for el in body_el.iter("*") if el.tag == "figcaption"
                or ((names := names_of(el)) and _CAPTION_NAME.search(names))]
    captions = [c for c in captions if not any(a in captions for a in c.iterancestors())]
    if len(captions) < 2:
        return 0
    own = text_len(body_el) - sum(text_len(c) for c in captions)
    return min(images, len(captions)) if own <= _ALBUM_OWN_TEXT_MAX else 0


_SCHEDULE_SHARE = 0.5  # of the body's text in the dated rows: the table is the page


def _schedule_rows(body_el: etree._Element) -> int:
    """How many rows of the body's tables open with a date (their first cell a day: "Thứ Hai,
    06/10/2025"), when those rows hold at least half the body's text: a schedule or a
    calendar, whose dates are its entries', not the page's. 0 for anything else."""
    rows = [tr for tr in body_el.iter("tr") if len(tr)]
    if len(rows) < 2:
        return 0
    dated = [tr for tr in rows
             if (cell := next((c for c in tr if c.tag in ("td", "th")), None)) is not None
             and parse_date(element_text(cell)[:60]) is not None]
    own = text_len(body_el)
    return len(dated) if own and sum(text_len(tr) for tr in dated) >= _SCHEDULE_SHARE * own \
        else 0



# An event's start as the calendar microformats mark it: hCalendar's ``dtstart`` (Plone, Drupal
# and WordPress event plugins), schema.org's ``startDate``; the block they sit in (``vevent``,
# an ``Event`` item) up to three levels above the body.
# (A class is tested as profiles' _Translator does: ``@class[contains(., x) and ...]`` fails an
# element without a class, or whose class lacks x, before normalize-space builds a string; the
# same elements match. 0.022 -> 0.010 ms on the 31 KB bench page.)
_EVENT_MARKS = etree.XPath(
    "boolean(descendant-or-self::*[@class[contains(., 'dtstart')"
    " and contains(concat(' ', normalize-space(.), ' '), ' dtstart ')]"
    " or @itemprop='startDate']"
    " or ancestor-or-self::*[position() <= 4][@class[contains(., 'vevent')"
    " and contains(concat(' ', normalize-space(.), ' '), ' vevent ')]"
    " or contains(@itemtype, 'schema.org/Event')])")
_EVENT_TEXT_MAX = 600  # characters: when, where, a contact and a line describing it


def _event_item(body_el: etree._Element, prose_chars: int) -> bool:
    """The body is an event's details, marked as such, with little text: a calendar entry
    (Plone's Event, an events plugin's page), whose date is when it happens, not a story's."""
    return prose_chars <= _EVENT_TEXT_MAX and bool(_EVENT_MARKS(body_el))

# The properties of a document's record (a "Văn bản" module's detail page), as its table
# labels them: a page that is mostly such a table records a document, it tells no story.
_DOCUMENT_FIELDS = frozenset({
    "số ký hiệu", "số hiệu", "ký hiệu", "số văn bản", "số, ký hiệu", "ngày ban hành",
    "ngày có hiệu lực", "ngày hiệu lực", "cơ quan ban hành", "nơi ban hành", "người ký",
    "trích yếu", "loại văn bản", "lĩnh vực", "cấp ban hành", "tình trạng hiệu lực"})


def _document_fields(body_el: etree._Element) -> int:
    """How many rows of the body's tables are a document's properties (their first cell one of
    ``_DOCUMENT_FIELDS``, a colon allowed)."""
    count = 0
    for tr in body_el.iter("tr"):
        cell = next((c for c in tr if c.tag in ("td", "th")), None)
        if cell is not None and element_text(cell).rstrip(": ").casefold() in _DOCUMENT_FIELDS:
            count += 1
    return count


# A link whose whole text is a document's number and symbol, its type before it ("Quyết định
# 1125/QĐ-UBND", "88/KH-UBND"): a "Văn bản mới" list names documents, it previews no story.
_DOCUMENT_LABEL = re.compile(
    r"^(?:(?:quyết định|kế hoạch|công văn|thông báo|nghị quyết|nghị định|chỉ thị|thông tư|"
    r"tờ trình|báo cáo|hướng dẫn|quy định|luật|văn bản|giấy mời|chương trình)\s+)?"
    r"(?:số\s*)?\d+[\w.-]*/[\w./-]+$", re.I)


def _names_a_document(item: _Item) -> bool:
    return all(_DOCUMENT_LABEL.match(element_text(a)) for a in item.links)


def _about_body(el: etree._Element, body_el: etree._Element | None) -> bool:
    """``el`` holds the page's main text or sits in it (a register of documents is the page's
    own list; a side column's "Văn bản mới" is not)."""
    return body_el is not None and (el is body_el or any(up is el for up in body_el.iterancestors())
                                    or any(up is body_el for up in el.iterancestors()))


# The video hosts whose frames are players (a frame's src holding one of these).
_PLAYER_HOSTS = ("youtube.com/", "youtube-nocookie.com/", "youtu.be/", "vimeo.com/",
                 "facebook.com/plugins/video", "dailymotion.com/")


def _players(root: etree._Element) -> Iterator[etree._Element]:
    """``<video>``, ``<audio>`` and video hosts' frames, in page order: one walk of lxml's for
    the three tags (the XPath union ``//video | //audio | //iframe[contains(@src, ...)]``
    walked the page three times: 0.037 -> 0.001 ms on the 31 KB bench page)."""
    for el in root.iter("video", "audio", "iframe"):
        if el.tag != "iframe" or ((src := el.get("src")) is not None
                                  and any(host in src for host in _PLAYER_HOSTS)):
            yield el


def players(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Where the page's players are: each one's parent and what it plays, read before pruning
    (which drops the players themselves: ``<video>``, ``<audio>``, frames)."""
    found = []
    for player in _players(root):
        parent = player.getparent()
        if parent is not None:
            found.append((parent, "an audio bulletin" if player.tag == "audio" else "a video"))
    return found


_MEDIA_TEXT_MAX = 600  # characters around the player besides the headline: a line or two
_MEDIA_SEARCH_MAX = 3000  # an ancestor with more text than this is the page around the item


def _tall_picture(img: etree._Element) -> bool:
    """An infographic's picture: at least twice as tall as it is wide, and tall (its
    attributes)."""
    try:
        width, height = int(img.get("width") or 0), int(img.get("height") or 0)
    except ValueError:
        return False
    return width > 0 and height >= 1200 and height >= 2 * width


def _text_len_upto(el: etree._Element, limit: int) -> int:
    """``text_len(el)`` when it is at most ``limit``; else a count past ``limit``, the rest of
    ``el`` unread (the headline's ancestors grow to the whole page: only whether they pass a
    size is asked)."""
    count = 0
    for text in el.itertext():
        count += len(text.strip())
        if count > limit:
            break
    return count


def _media_item(title_el: etree._Element, regions: _Regions,
                held: list[tuple[etree._Element, str]]) -> str | None:
    """What media the headline introduces, when the nearest block around the headline holding
    a player (``<video>``, ``<audio>``, a video host's frame) or one tall picture has at most a
    line or two of text besides the headline: a video, a radio bulletin, an infographic is a
    file the page plays or shows, its text describes it."""
    own = text_len(title_el)
    for node in title_el.iterancestors():
        if node.tag in ("body", "html") or node in regions.chrome:
            return None
        size = _text_len_upto(node, own + _MEDIA_SEARCH_MAX)
        if size - own > _MEDIA_SEARCH_MAX:
            return None
        playing = next((kind for holder, kind in held
                        if holder is node or any(up is node for up in holder.iterancestors())),
                       None)
        images = _images_inside(node) if playing is None else []
        if playing or images:
            if size - own > _MEDIA_TEXT_MAX:
                return None
            if playing:
                return playing
            return "an infographic" if len(images) == 1 and _tall_picture(images[0]) else None
    return None


def page_signals(root: etree._Element, url: str, *, title: str | None,
                 title_el: etree._Element | None, body_el: etree._Element | None,
                 prose_chars: int, dated: bool,
                 extractor_listing: str | None, canonical: str | None = None,
                 held_players: list[tuple[etree._Element, str]] | None = None) -> PageSignals:
    """Signals of one page from its (pruned) tree and the parts the extractor located."""
    home, search, tag = _kind_of_url(url)
    self_urls = {story_key(url)} | ({story_key(urljoin(url, canonical))} if canonical else set())
    # (the page's own URL: a template may name the root as every page's canonical URL)
    home_links = _home_links(root, url)
    home = home or story_key(url) in home_links or _home_link_below_itself(home_links, url)
    regions = _regions(root)
    teasers = _teasers(root, _link_base(root, url), self_urls | home_links, regions)
    signals = PageSignals(url=url, home_url=home, title=title,
                          headline_element=title_el is not None, prose_chars=prose_chars,
                          dated=dated, body_found=body_el is not None,
                          extractor_listing=extractor_listing, search_page=search, tag_page=tag)
    if not (canonical and canonical.strip()) and print_view_of(url) is None:
        canonical = _printed_address(root, url)
    signals.canonical_elsewhere = _canonical_elsewhere(url, canonical)
    _read_story_pager(signals, root, url)
    attachment = rules().attachment_ext
    # (a banner or logo linking the home page previews no story: the home page is no teaser's)
    in_companion = _in_companion()
    listed = [t.target for t in teasers
              if not in_companion(t.el) and _rich(t) and not _kind_of_url(t.target)[0]
              and not (_names_a_document(t) and not _about_body(t.el, body_el))]
    signals.teasers = [t for t in listed if not attachment.search(urlsplit(t).path)]
    signals.term_index = _counts_entries([t for t in teasers if t.target in signals.teasers])
    signals.teased_files = len([t for t in listed if t not in signals.teasers
                                and not _own_file(t, url)])
    if body_el is not None:
        signals.body_in_chrome = (body_el in regions.chrome or body_el in regions.header
                                  or _copyright_block(body_el))
        signals.body_files = len({urljoin(url, href) for a in body_el.iter("a")
                                  if (href := (a.get("href") or "").strip())
                                  and attachment.search(urlsplit(href).path)})
        around_body = {body_el, *body_el.iterancestors()}
        inner = [t for t in teasers
                 if t.el is not body_el and any(a is body_el for a in t.el.iterancestors())]
        signals.body_teasers = len(inner)
        outer = next((t for t in teasers if t.el in around_body), None)
        if outer is not None:
            signals.body_teaser_of = outer.target
        elif len(inner) >= 2 and sum(text_len(t.el) for t in inner) >= 0.5 * text_len(body_el):
            signals.body_teaser_of = inner[0].target  # the body is the list of teasers itself
        signals.picture_of = _picture_of(root, url, body_el, prose_chars)
        signals.album_photos = _album_photos(body_el)
        signals.schedule_rows = _schedule_rows(body_el)
        signals.document_fields = _document_fields(body_el)
        signals.event_item = _event_item(body_el, prose_chars)
        signals.form_fields = _form_fields(body_el)
    if title_el is not None:
        signals.media_item = _media_item(title_el, regions, held_players or [])
        signals.title_widget = _title_widget(title_el, body_el, regions)
        around_title = {title_el, *title_el.iterancestors()}
        signals.title_teaser = any(t.el in around_title for t in teasers)
    # only a menu link whose last path step appears in this page's URL can point at it
    path = urlsplit(url).path
    hrefs = {href for menu in regions.menus for a in menu.iter("a")
             if (href := (a.get("href") or "").strip())
             and uri_form(href).split("?")[0].rstrip("/").rsplit("/", 1)[-1] in path}
    signals.menu_page = any(story_key(urljoin(url, href)) in self_urls for href in hrefs)
    if not dated and not signals.menu_page and title:
        signals.menu_page = (_footer_names_page(root, url, title, self_urls)
                             or _titled_as_menu_entry(root, regions))
    return signals


_TITLE_PARTS = re.compile(r"\s+(?:[-|–—:»]|::)\s+")


def _titled_as_menu_entry(root: etree._Element, regions: _Regions) -> bool:
    """The page's ``<title>`` (or one of its parts) is the label of an entry of the site menu:
    that entry's page, under another URL the menu does not write (a CMS's copy of the page
    with a language or cache parameter added), as a menu entry is (asked only of an undated
    page)."""
    title = clean_text(root.findtext(".//title") or "")
    parts = {part.casefold() for part in _TITLE_PARTS.split(title) if part}
    return bool(parts) and any(element_text(a).casefold() in parts
                               for menu in regions.menus for a in menu.iter("a"))


def _footer_names_page(root: etree._Element, url: str, title: str, self_urls: set[str]) -> bool:
    """A link of the page footer (its site actions: "Trợ năng", "Sơ đồ trang", "Liên hệ")
    points at this page under the page's own headline: a page of the site's own, as a menu
    entry is (asked only of an undated page)."""
    folded = title.casefold()
    return any(element_text(a).casefold() == folded
               and story_key(urljoin(url, (a.get("href") or "").strip())) in self_urls
               for footer in root.iter("footer") for a in footer.iter("a"))


def _own_file(target: str, url: str) -> bool:
    """``target`` is a file under the page's own path (a CMS's file item at ``<item>/view``
    whose download is ``<item>/@@download/file/<name>``): the page's content, not a file the
    page lists."""
    own = urlsplit(url).path.removesuffix("/view").rstrip("/")
    return bool(own) and urlsplit(target).path.startswith(own + "/")


# Fields a reader fills in, by their labels (pruning drops the controls, the labels stay): a form
# page (send to a friend, contact, register) holds two or more.
_FORM_FIELDS = etree.XPath("count(.//form//label)")
_FORM_PROSE_MAX = 300  # characters outside the form: its title and a line of instructions


def _form_fields(body_el: etree._Element) -> int:
    """How many fields the body's forms ask for, when the body is mostly the form (at most
    ``_FORM_PROSE_MAX`` characters outside it); 0 for anything else."""
    fields = int(cast(float, _FORM_FIELDS(body_el)))
    if fields < 2:
        return 0
    outside = text_len(body_el) - sum(text_len(form) for form in body_el.iter("form"))
    return fields if outside <= _FORM_PROSE_MAX else 0
