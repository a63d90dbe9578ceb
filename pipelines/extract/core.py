"""``extract_article``: raw page -> :class:`Article`. Pure: no Scrapy, no SQLite, no network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

# Imported as a module: pipelines.classify imports this package's signals (no import cycle at load).
import pipelines.classify as classify
from crawler.jsonld import listed_urls, read_objects
from crawler.jsonld import story as structured_story
from crawler.labels import HOME

from . import fields, generic
from .amp import amp_story_of
from .article import Article, Attachment, ExtractionError
from .body import (
    Block,
    attach_captions,
    drop_boilerplate_blocks,
    extract_blocks,
    find_byline,
    remove_blocks_from_tree,
    split_header_lines,
    strip_title_repeat,
)
from .clean import (
    close_raw_text_embeds,
    close_void_elements,
    prune,
    remove_boilerplate,
    rules,
    text_len,
)
from .counter import extract_counter
from .dates import ParsedDate, best_header_date, parse_iso, parse_ticks, story_text_date
from .decode import decode_body
from .language_copy import untranslated_copy_of, vietnamese_alternate
from .profiles import PageClasses, Profile, detect_family, get_profile
from .sanitize import sanitize
from .signals import page_signals, players
from .structured import apply_structured_story
from .text import clean_text, convert_legacy, detect_legacy, has_text

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HAS_TAG = re.compile(r"<\s*(html|head|body|div|p|table|title|meta|span|a|h[1-6]|br)\b", re.I)


_C0_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The same characters as UTF-8 bytes: UTF-8 writes no other character with a byte below 0x20,
# so deleting these bytes from the encoded page deletes exactly ``_C0_CONTROLS``' matches.
_C0_BYTES = bytes(range(0x20)).translate(None, b"\t\n\r")
# The page's text as one string, joined by libxml2 (five times faster than joining a Python
# string made for each text node); once comments are pruned, the same text as ``itertext``.
_PAGE_TEXT = etree.XPath("string()", smart_strings=False)
# The queries run on every page, compiled once (root.xpath compiles its expression each call).
# (the body's texts with a predicate [normalize-space()] made libxml2 build a string for each
# text node: they are kept by the same test in Python, twice as fast)
_BODY_TEXTS = etree.XPath("//body//text()", smart_strings=False)
_XML_SPACE = " \t\n\r"  # what normalize-space() strips


def _canonical_href(root: etree._Element) -> str | None:
    """The first ``<link rel="canonical">``'s href (``//link[@rel='canonical']/@href``): found
    by lxml's walk for the tag, which stops there, 4x cheaper than the XPath query."""
    for link in root.iter("link"):
        if link.get("rel") == "canonical" and (href := link.get("href")) is not None:
            return href
    return None


_JSON_LD_TEXTS = etree.XPath("//script[contains(@type, 'ld+json')]/text()")


def parse_html(text: str) -> etree._Element:
    """An lxml tree, or :class:`ExtractionError` when the text is not HTML."""
    if not _HAS_TAG.search(text, 0, 65536):  # (the first 64 K characters, not copied out)
        raise ExtractionError("not an HTML page: no HTML markup found")
    # C0 controls are no text, and a tree holding one breaks every later edit of it (lxml
    # refuses to set a string with one, e.g. when a boilerplate node's tail moves up): the
    # parser lets them through, so they go before it (found by tests/test_fuzz.py)
    text = _XML_DECL.sub("", text, count=1)
    # The page goes to libxml2 as UTF-8 bytes, which it reads ~15 % faster than a str (handed
    # over in Python's own 2- or 4-byte form), and the C0 controls go from the bytes: a byte
    # translate, where the regex over the text took a fifth of the parse. (A str that cannot
    # be UTF-8, holding a lone surrogate, is parsed as a str.)
    source: bytes | None
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        source, text = None, _C0_CONTROLS.sub("", text)
    else:
        source = encoded.translate(None, _C0_BYTES)
        if len(source) != len(encoded):  # (rare) the text as the tree will hold it
            text = source.decode("utf-8")
    closed = close_raw_text_embeds(text)  # (the same text when no embed is left open)
    if closed is not text:
        text = closed
        source = None if source is None else text.encode("utf-8")
    # plain etree elements (not lxml.html's HtmlElement): the per-node class lookup costs ~10 %
    parser = etree.HTMLParser(no_network=True, default_doctype=False,
                              encoding=None if source is None else "utf-8")
    try:
        root = etree.fromstring(text if source is None else source, parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    if root is None:
        raise ExtractionError("unparseable HTML: empty document")
    close_void_elements(root)
    return root


def _shows_text(root: etree._Element) -> bool:
    """``has_text(_PAGE_TEXT(root))``, reading the page's text nodes (``itertext`` gives those
    ``string()`` joins, in order) only up to the first that shows a character: a page with
    text shows one in its first lines, where the whole text was joined into one string
    (0.03-0.05 ms of a 31 KB page) for that. A node holding "&" before then makes the whole
    text decide (an entity may decode to a space or an invisible mark); a character shown
    before any "&" stays, whatever the entities after it decode to."""
    for text in root.itertext():
        if "&" in text:
            return has_text(cast(str, _PAGE_TEXT(root)))
        if has_text(text):
            return True
    return False


def _repair_legacy(root: etree._Element) -> None:
    """TCVN3/VNI pages (text bytes read as windows-1252 look-alikes): decided once per page,
    converted text node by text node so that every later rule sees Unicode."""
    not_blank = [t for t in cast(list[str], _BODY_TEXTS(root)) if t.strip(_XML_SPACE)]
    texts = [t for t in not_blank[:4000] if t.strip()]
    legacy = detect_legacy([t for t in texts if len(t) > 1])
    if not legacy:
        return
    for el in root.iter():
        # Only converted text goes back on the tree: lxml refuses to set a string holding what
        # XML cannot (C0 controls), which the parser itself let through.
        if (el.text and el.text.strip() and isinstance(el.tag, str)
                and el.tag not in ("script", "style")):
            converted = convert_legacy(el.text, legacy)
            if converted != el.text:
                el.text = converted
        if el.tail and el.tail.strip():
            converted = convert_legacy(el.tail, legacy)
            if converted != el.tail:
                el.tail = converted


def _first_text(profile: Profile, root: etree._Element, field: str,
                classes: PageClasses | None) -> tuple[str | None, etree._Element | None]:
    for el in profile.select(root, field, classes):
        t = generic.element_text(el)
        if t:
            return t, el
    return None, None


_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_LANGUAGE_META = etree.XPath("//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', "
                             "'content-language')='content-language']/@content")


def declared_language(root: etree._Element) -> str | None:
    """The language the page declares (``<html lang="en">``, else ``<meta http-equiv=
    "Content-Language">``), its primary subtag: a bilingual portal's English section is told
    from its Vietnamese pages so (an English translation is an article of its own, in another
    language). A value that is no language tag is none."""
    found = _LANGUAGE.match(root.get("lang") or root.get("xml:lang") or "")
    if found is None:  # (the <meta> looked for only then: the page walked for it)
        found = _LANGUAGE.match(next(iter(cast(list[str], _LANGUAGE_META(root))), ""))
    return None if found is None else found.group(1).lower()


def extract_article(body: bytes | str, url: str, *, encoding: str | None = None,
                    content_type: str | None = None, site: str | None = None,
                    family: str | None = None, now: datetime | None = None) -> Article:
    """Extract one page. ``family`` forces a profile; None detects it, else the generic path.

    ``now`` (default: the clock) bounds dates: a date after it is never a publication date.
    Raises :class:`ExtractionError` for empty, binary, non-HTML, enormous or textless input.
    """
    text, codec = decode_body(body, encoding, content_type)
    try:
        return _extract(text, codec, url, site, family, now)
    except RecursionError as exc:  # libxml2 caps nesting at 256 levels; this is belt and braces
        raise ExtractionError("page nested too deeply to extract") from exc


def _extract(text: str, codec: str, url: str, site: str | None, family: str | None,
             now: datetime | None) -> Article:
    root = parse_html(text)
    profile = None
    if family and family != "generic":
        profile = get_profile(family)
    elif family is None:
        profile = detect_family(root, url, text[:300000])
    _repair_legacy(root)
    counter = extract_counter(root)  # before pruning: the true values may sit in hidden spans
    date_meta = generic.meta_content(root, *generic.DATE_META)
    # (read before pruning drops the <meta>: find_category's own fallback to it finds none)
    section_meta = generic.meta_content(root, "article:section")
    # (before pruning, which drops <link>)
    canonical = _canonical_href(root)
    structured = read_objects(cast(list[str], _JSON_LD_TEXTS(root)))
    # an AMP copy's story, whatever its own canonical link names (pipelines/extract/amp.py)
    copied = amp_story_of(root, url, canonical, structured)
    held_players = players(root)  # (pruning drops the players, not where they were)
    language = declared_language(root)  # (before pruning, which drops every <meta>)
    vietnamese = vietnamese_alternate(root, url) if language not in (None, "vi") else None
    prune(root)
    if not structured and not _shows_text(root):
        raise ExtractionError("no text in the page")

    article = Article(url=url, site=site, encoding=codec, visitor_counter=counter,
                      language=language)
    # the page's classes, read once for all the profile's selectors (pruning is done: from
    # here on elements only move or go)
    classes = PageClasses(root) if profile else None
    found = _with_profile(root, profile, classes) if profile else None
    if found is not None and profile is not None:  # found by a profile
        article.extractor = f"profile:{profile.id}"
    else:
        found = _generic(root, url)
        article.extractor = "generic"
    body_el = found.body_el
    # a language version nobody translated: a copy of the Vietnamese page, like an AMP copy
    copied = copied or untranslated_copy_of(language, found.title, vietnamese)
    # what the page shows about its kind, read before the body is cleaned (page classification)
    signals = page_signals(root, url, title=found.title, title_el=found.title_el, body_el=body_el,
                           prose_chars=0, dated=False, extractor_listing=found.listing or None,
                           canonical=copied or canonical, held_players=held_players)

    blocks: list[Block] = []
    if body_el is not None:
        removable = (profile.select_all(body_el, "remove", classes)
                     if profile is not None and article.extractor != "generic" else None)
        if (byline := fields.byline_after(body_el)) is not None:
            body_el.append(byline)  # (its tail stays with it: the text after it is the page's)
        remove_boilerplate(body_el, removable)
        blocks = extract_blocks(body_el, url, found.caption_els)
    kept, header_lines = split_header_lines(strip_title_repeat(blocks, found.title))
    date_texts = found.date_texts + header_lines
    kept = drop_boilerplate_blocks(kept)
    credited_section = fields.credited_section(kept)
    maker, made_on, kept = fields.longform_credits(kept)
    credited, kept = fields.closing_credits(kept, body_el)
    if body_el is not None:
        kept_ids = {id(b) for b in kept}
        remove_blocks_from_tree(
            body_el, [b for b in blocks if id(b) not in kept_ids and b.kind != "image"])
    attach_captions(kept)
    article.title = found.title
    article.body_text = "\n\n".join(b.text for b in kept if b.kind != "image")
    article.images = [b.image for b in kept if b.kind == "image" and b.image is not None]
    article.body_html = sanitize(body_el, url)
    article.author = found.author or credited or maker or find_byline(kept)
    if article.author is None and article.extractor == "generic":
        article.author = (generic.find_author(root, found.title_el, body_el)
                          or fields.dated_byline(date_texts))
    article.category = (found.category or fields.trail_section(root, found.title)
                        or (clean_text(section_meta) if section_meta else None)
                        or fields.story_category(generic.article_scope(found.title_el, body_el),
                                                 found.title_el, body_el)
                        or credited_section
                        or fields.menu_section(root, url) or fields.section_bar(found.title_el))
    article.attachments = _attachments(found.attachment_links, url)

    # (a longform story's credits say when it was published: above any date near its cover)
    published = best_header_date([made_on], now) if made_on else None
    published = published or best_header_date(date_texts, now)
    if published is not None and not published.has_time and date_meta:
        published = fields.with_metadata_time(published, parse_iso(date_meta, now))
    if published is None and date_meta:
        published = parse_iso(date_meta, now)
    if published is None:
        published = _ticks_date(article, now)
    if published is None:
        published = story_text_date([b.text for b in kept if b.kind == "text"], now)
    if (published is not None and found.listing == menu_entry_reason(found.title)
            and found.title_el is not None and best_header_date(found.date_texts, now) is None
            and _reads_as_headline(found.title)):
        # A site whose menu lists every page (a Google Sites post under "Tin tức") names each
        # story in it: a headline that is its own menu entry marks a section only when the
        # page's text is not a story dated by its own lines (a dateline, the lead's day, an
        # "updated" line under its heading); a page with no heading, titled by its <title>,
        # dated by the portal header's date of today, is a section's list; and a menu label
        # ("Giới thiệu") heads a standing page even when its text opens with a day ("Ngày
        # 01/7/2025, xã … được thành lập", as a new commune's about page does).
        signals.extractor_listing = None
    if published is not None:
        article.published = published.iso()
        article.published_raw = published.raw
    story = structured_story(structured, url, canonical)
    if story is not None:
        apply_structured_story(article, signals, story, now)
    else:  # a listing whose body a script renders names its stories in an ItemList
        signals.teasers += [u for u in listed_urls(structured, url)
                            if u != url and u not in signals.teasers]
    signals.prose_chars, signals.dated = len(article.body_text), article.published is not None
    article.signals = signals
    article.is_article = classify.classify_page(signals).is_article
    return article


@dataclass
class _Located:
    """Where the page's parts are, as a profile or the generic path found them."""

    title: str | None = None
    title_el: etree._Element | None = None
    body_el: etree._Element | None = None
    date_texts: list[str] = field(default_factory=list)  # header strings, most trusted first
    category: str | None = None
    author: str | None = None
    attachment_links: list[etree._Element] = field(default_factory=list)
    caption_els: list[etree._Element] = field(default_factory=list)
    listing: str | None = None  # why the extractor reads the page as a listing, if it does


def _with_profile(root: etree._Element, profile: Profile,
                  classes: PageClasses | None) -> _Located | None:
    """The profile's selectors; None when its body selector finds nothing (then generic runs)."""
    body = profile.select(root, "body", classes)
    title, title_el = _first_text(profile, root, "title", classes)
    listing = bool(profile.select(root, "listing", classes))
    if not body:
        if listing and title is None:
            title, title_el = generic.find_title(root)
            return _Located(title, title_el, category=generic.find_category(root, title),
                            listing="the template's listing block, with no story block")
        return None
    # a loose selector (".journal-content-article") may also match sidebar blocks: the longest wins
    body_el = max(body, key=text_len) if len(body) > 1 else body[0]
    if title is None or not generic.title_agrees(root, title):
        # no title selector matched, or it matched something the page's <title>/og:title
        # does not name (a module heading): the generic headline search decides
        gtitle, gtitle_el = generic.find_title(root, body_el)
        if title is None or (gtitle_el is not None and gtitle is not None
                             and generic.title_agrees(root, gtitle)):
            title, title_el = gtitle, gtitle_el
    lead = profile.select(root, "lead", classes)
    if lead and body_el not in lead[0].iterancestors():
        # ministry SharePoint: sapo in its own block before the body; keep it as the first paragraph
        body_el.insert(0, lead[0])
    # the profile's date lines first; the generic header search backs them up
    date_texts = [generic.element_text(el) for el in profile.select_all(root, "date", classes)]
    date_texts += generic.header_date_texts(root, title_el, body_el)
    crumbs = [generic.element_text(el) for el in profile.select(root, "category", classes)]
    crumbs = [c for c in crumbs if c and not HOME.match(c) and c != title]
    author, _ = _first_text(profile, root, "author", classes)
    if author:
        author = generic.AUTHOR_LABEL.sub("", author).strip() or None
    return _Located(
        title=title, title_el=title_el, body_el=body_el, date_texts=date_texts,
        category=crumbs[-1] if crumbs else generic.find_category(root, title), author=author,
        attachment_links=(profile.select_all(root, "attachments", classes)
                          + generic.find_attachment_links([body_el], body_el)),
        caption_els=profile.select_all(body_el, "caption", classes),
        listing=("the template's listing block, with no headline of its own"
                 if listing and title_el is None else None),
    )


def _generic(root: etree._Element, url: str) -> _Located:
    body_el, extras = generic.find_body(root, url)
    title, title_el = generic.find_title(root, body_el)
    date_texts = generic.header_date_texts(root, title_el, body_el)
    if body_el is not None and extras:
        # a story split over sibling sections: gather them, in page order, into one body
        parent = body_el.getparent()
        assert parent is not None  # the extras are body_el's siblings
        members = sorted([body_el, *extras], key=parent.index)
        # an image with its caption between two of them is the story's too, in its place
        first, last = parent.index(members[0]), parent.index(members[-1])
        members = [el for el in parent[first:last + 1]
                   if el in members or generic.lead_figure(el)]
        wrapper = etree.Element("div")
        parent.insert(parent.index(members[0]), wrapper)
        for m in members:
            tail, m.tail = m.tail, None
            wrapper.append(m)
            m.tail = tail
        body_el = wrapper
    if body_el is not None:
        for lead in generic.find_leads(body_el, title_el):
            body_el.insert(0, lead)  # the sapo sits outside the body block on many templates
    return _Located(
        title=title, title_el=title_el, body_el=body_el, date_texts=date_texts,
        category=generic.find_category(root, title),
        attachment_links=generic.find_attachment_links(
            [body_el] if body_el is not None else [], root),
        listing=("no story block" if body_el is None
                 else _looks_like_listing(root, url, body_el, title)),
    )


_HOME_PATH = re.compile(r"^/?((index|default|home|trang-?chu)(\.\w{2,5})?)?$", re.I)


# A menu's label is a few words ("Giới thiệu", "Bộ máy tổ chức", "Thủ tục hành chính"); a
# news headline is a sentence: the shortest of the corpora's 259 gold headlines has 6 words.
_LABEL_WORDS = 5


def _reads_as_headline(title: str | None) -> bool:
    return title is not None and len(title.split()) > _LABEL_WORDS


def menu_entry_reason(title: str | None) -> str:
    return f"its headline {title!r} is a menu or breadcrumb entry"


def _looks_like_listing(root: etree._Element, url: str, body_el: etree._Element,
                        title: str | None) -> str | None:
    """Why this is a category, home or other index page rather than one article (None: it is not).

    Signals: the site root or a default page; a headline that is a menu or breadcrumb entry
    (the section name) or the site name; or a main block that is one of several look-alike
    teaser items (same tag and class as its siblings, holding a headline-sized link).
    """
    parts = urlsplit(url)
    # DotNetNuke serves every page as /Default.aspx?tabid=<n>: a tabid names a page, not home
    query_keys = {k.lower() for k, _ in parse_qsl(parts.query)} - {"lang", "language", "l"}
    last = parts.path.rsplit("/", 1)[-1]
    # the root, or a default document ("/index.php", "/Trang/default.aspx"); a folder URL
    # ("/gioi-thieu/", a WordPress "/<slug>/" post) is judged by what it shows
    if (parts.path.strip("/") == "" or (last and _HOME_PATH.match(last))) \
            and parts.path.count("/") <= 2 and not query_keys:
        return "a default page"
    if title:
        site_name = clean_text(generic.meta_content(root, "og:site_name") or "")
        if HOME.match(title) or title == site_name:
            return f"its headline {title!r} is the site's name"
        # (a section's heading is often its menu entry upper-cased: "TIN TỨC - SỰ KIỆN")
        if title.casefold() in {text.casefold() for text in generic.nav_texts(root)}:
            return menu_entry_reason(title)
        if _day_heading(title):
            return f"its headline {title!r} is a date: the page of a day (a date archive)"
    el: etree._Element | None = body_el
    for _ in range(2):
        parent = None if el is None else el.getparent()
        if el is None or parent is None:
            break
        sig = (el.tag, el.get("class"))
        twins = [s for s in parent if s is not el and (s.tag, s.get("class")) == sig]
        if _is_teaser(el) and any(_is_teaser(t) for t in twins):
            return "its main block is one of several look-alike teasers"
        el = parent
    return None


# A calendar date in a heading: 12/05/2025, 12-5-2025, 2025-05-12, "12 tháng 5 năm 2025".
_HEADING_DATE = re.compile(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}"
                           r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?)\b", re.I)


def _day_heading(title: str) -> bool:
    """The headline is one date and a label of at most three words ("Tin ngày 12/05/2025",
    "Lịch ngày 3/4/2011"): a date archive's day, which no story is titled."""
    dates = _HEADING_DATE.findall(title)
    if len(dates) != 1:
        return False
    return len(re.findall(r"\w+", _HEADING_DATE.sub(" ", title))) <= 3


def _is_teaser(el: etree._Element) -> bool:
    """A headline link with at most a sapo beside it: one item of a news list."""
    links = [a for a in el.iter("a") if len(generic.element_text(a)) >= 20
             and not rules().attachment_ext.search(a.get("href") or "")]
    if not links:
        return False
    linked = sum(len(generic.element_text(a)) for a in el.iter("a"))
    return len(generic.element_text(el)) - linked < 400


def _attachments(links: list[etree._Element], url: str) -> list[Attachment]:
    out: list[Attachment] = []
    seen: set[str] = set()
    for a in links:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(url, href)
        if absolute in seen:
            continue
        seen.add(absolute)
        name = generic.element_text(a) or absolute.rsplit("/", 1)[-1]
        out.append(Attachment(url=absolute, name=name))
    return out


def _ticks_date(article: Article, now: datetime | None) -> ParsedDate | None:
    """Last resort: the upload time in a Hải Phòng CDN file name (attachments, then images)."""
    for u in [a.url for a in article.attachments] + [i.src for i in article.images]:
        p = parse_ticks(u, now)
        if p:
            return p
    return None
