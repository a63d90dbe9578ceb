"""The generic path for templates no profile knows: title, body container, header dates,
breadcrumb and attachments found from the markup alone.

The body container is chosen readability-style: every paragraph of 25+ characters scores its
container (commas, length) and half its grandparent, discounted by link density and by
comment/aside/footer names near it. A story cut into sibling sections or cards is gathered
(scored siblings, or look-alike siblings of single-child wrappers); a sapo just above the body
joins it. Dates come only from the stretch between headline and body (never the body, never
the page header's "today"); the headline from <title>/og:title agreement, a lone h1, or the
nearest headline-like block above the body (table layouts).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import cast

from lxml import etree

from crawler.labels import HOME

from .body import BLOCK_TAGS, extract_blocks
from .clean import link_density, looks_boilerplate, rules, text_len
from .dates import DATED_BYLINE, parse_date
from .names import NamePattern, names_of, narrow_grid_column
from .text import clean_text

_POSITIVE = NamePattern(r"(content|article|body|detail|chi-?tiet|chitiet|noi-?dung|noidung|entry"
                        r"|post|story|doc-?tin|doctin|fulltext|main-?text|news-?text|text)")
_NEGATIVE = NamePattern(r"(comment|meta|footer|footnote|sidebar|widget|sponsor|related|other|khac"
                        r"|lien-?quan|menu|nav|banner|adv|quangcao|share|social|tool|list|danh-?sach)")
_PARAGRAPH_OWNERS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd",
                               "dt", "figcaption", "tr", "span", "font", "em", "strong", "b", "i"})
_TITLE_NAME = NamePattern(r"(title|tieu-?de|tieude|headline|heading)")
# ("createdby": Joomla's article info names the author's line so, "Viết bởi <name>")
_AUTHOR_NAME = NamePattern(r"(author|byline|created-?by|tac-?gia|tacgia|nguon-?tin|nguontin"
                           r"|but-?danh|source)")
AUTHOR_LABEL = re.compile(r"^(tác giả|người viết|nguồn tin|nguồn|theo|viết bởi|bởi|đăng bởi|bài"
                          r"|tin|by)\s*:?\s*", re.I)
_TITLE_SPLIT = re.compile(r"\s+(?:[-|–—:»]|::)\s+")
_MACHINE_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DATE_CLASS = NamePattern(r"(date|time|ngay|thoi-?gian|thoigian|publish|posted|created|updated"
                          r"|capnhat|cap-?nhat|meta)")
_BREADCRUMB = NamePattern(r"(breadcrumb|duong-?dan|duongdan|crumb|path|vi-?tri|truong-?muc"
                          r"|chuyen-?muc-?hien-?tai)")
DATE_META = ("article:published_time", "og:published_time", "datePublished", "pubdate",
             "publishdate", "DC.date.issued", "dc.date.issued", "DC.date", "dcterms.created",
             "date", "sailthru.date", "article.published", "published_time", "parsely-pub-date",
             "citation_publication_date")


def meta_content(root: etree._Element, *names: str) -> str | None:
    """The first non-empty <meta> content among ``names`` (property, name or itemprop)."""
    wanted = {n.lower(): i for i, n in enumerate(names)}
    best: tuple[int, str] | None = None
    for meta in root.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            rank = wanted.get((meta.get(attr) or "").lower())
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, content)
    return best[1] if best else None


def element_text(el: etree._Element) -> str:
    """The element's text as a reader sees it: block children and <br> separate words."""
    if not len(el):  # (a link, a heading: its own text alone, without the walk)
        return clean_text(el.text)
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag  # (read once: lxml makes a new string at each read)
            if isinstance(tag, str):
                block = tag in BLOCK_TAGS or tag == "br"
                if block:
                    parts.append(" ")
                walk(child)
                if block:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean_text("".join(parts))


_NOT_WORD = re.compile(r"\W+")


def _norm(s: str) -> str:
    return _NOT_WORD.sub(" ", s.casefold()).strip()


def _big_font(el: etree._Element) -> bool:
    size = (el.get("size") or "0").lstrip("+")
    return el.tag == "font" and size.isdigit() and int(size) >= 4


def _strong_headline(el: etree._Element) -> bool:
    """A heading element, an element named as a title, or a big font: more than bold text."""
    names = names_of(el)
    return el.tag in ("h1", "h2", "h3", "h4") or bool(names and _TITLE_NAME.search(names)) \
        or _big_font(el)


def _headline_like(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    if not (el.tag in ("b", "strong") or _strong_headline(el)):
        return False
    t = element_text(el)
    if not 8 <= len(t) <= 300 or sum(len(element_text(a)) for a in el.iter("a")) > len(t) / 2:
        return False
    return parse_date(t) is None


_CELLS = frozenset({"td", "th"})


def title_before(body_el: etree._Element, root: etree._Element | None = None
                 ) -> etree._Element | None:
    """The nearest headline-like element above the body (table layouts name nothing).

    Nearest, unless it is only bold text the page's <title> does not name and a heading or a
    big font above it is named there: then the bold text is the story's bold lead (set beside
    its photo, old table layouts), and the named one its headline."""
    level = body_el
    nearest: etree._Element | None = None
    site_name = _site_name_part(root) if root is not None else None
    for _ in range(4):
        for sib in level.itersiblings(preceding=True):
            if level.tag == "td" and sib.tag in _CELLS:
                continue  # a cell of the body's own row is a column beside it, not above it
            for el in reversed([sib, *sib.iterdescendants()]):
                if not _headline_like(el) or (site_name and _norm(element_text(el)) == site_name):
                    continue
                if nearest is None:
                    if root is None or _strong_headline(el) or title_agrees(root, element_text(el)):
                        return el
                    nearest = el
                elif root is not None and _strong_headline(el) \
                        and title_agrees(root, element_text(el)):
                    return el
        parent = level.getparent()
        if parent is None or parent.tag == "body":
            break
        level = parent
    return nearest



def _site_name_part(root: etree._Element) -> str | None:
    """The portal's name as the page's <title> carries it beside the page's own title
    ("Tin tức - Sự kiện - Cổng thông tin điện tử huyện …"), normalised; None when the title
    has no other part. A banner spelling that name (a table layout's big font, upper-cased)
    is the site's, never the page's headline."""
    parts = [part.strip() for part in
             _TITLE_SPLIT.split(clean_text(" ".join(cast(list[str], _TITLE_TEXTS(root)))))]
    names = [part for part in parts if _PORTAL_NAME.match(part)]
    return _norm(names[-1]) if names and len(names) < len(parts) else None

# The page's <title> text, and the elements that may be its headline (compiled once).
_TITLE_TEXTS = etree.XPath("//title//text()")
_HEADLINE_CANDIDATES = etree.XPath(
    "//h1|//h2|//h3|//*[contains(@class,'title') or contains(@class,'tieude')"
    " or contains(@class,'TieuDe') or contains(@class,'headline')]")


def title_agrees(root: etree._Element, title: str) -> bool:
    """The page's <title> or og:title names this headline (or the page names none)."""
    refs = [_norm(t) for t in (clean_text(" ".join(cast(list[str], _TITLE_TEXTS(root)))),
                                clean_text(meta_content(root, "og:title", "twitter:title") or ""))
            if t]
    n = _norm(title)
    return not refs or any(n in r or r in n for r in refs if r)


def find_title(root: etree._Element,
               body_el: etree._Element | None = None) -> tuple[str | None, etree._Element | None]:
    """The headline and its element (None when it comes from <title>/og:title only)."""
    doc_title = clean_text(" ".join(cast(list[str], _TITLE_TEXTS(root))))
    og = clean_text(meta_content(root, "og:title", "twitter:title") or "")
    refs = [_norm(t) for t in (og, doc_title) if t]
    headings = cast(list[etree._Element], _HEADLINE_CANDIDATES(root))
    best: tuple[int, str, etree._Element] | None = None
    site_name: str | bool | None = False  # (read once, when a candidate asks)
    for h in headings[:60]:
        t = element_text(h)
        if not 8 <= len(t) <= 400:
            continue
        if h.tag != "a" and any(element_text(a) == t for a in h.iter("a")):
            continue  # a teaser headline linking elsewhere, not this page's title
        n = _norm(t)
        if site_name is False:
            site_name = _site_name_part(root)
        if n == site_name:
            continue  # the portal's name (a banner named "site-title"): every page's, no headline
        score = 0
        if any(n == r for r in refs):
            score = 4
        elif any(r.startswith(n) or r.endswith(n) for r in refs if len(n) >= 15):
            score = 3
        elif any(n in r for r in refs if len(n) >= 15):
            score = 2
        elif h.tag == "h1":
            score = 1
        if score and (best is None or score > best[0]):
            best = (score, t, h)
    if best and best[0] >= 2:
        return best[1], best[2]
    h1s = [h for h in headings if h.tag == "h1" and 8 <= len(element_text(h)) <= 400]
    if len(h1s) == 1:
        return element_text(h1s[0]), h1s[0]
    near = title_before(body_el, root) if body_el is not None else None
    if near is not None:
        return element_text(near), near
    for source in (og, doc_title):
        if source:
            return _title_part(source), None
    if best:
        return best[1], best[2]
    return None, None


# A portal's name as its pages' <title> carries it after (or before) the page's own title:
# "Cổng thông tin điện tử huyện …", "Trang thông tin điện tử xã …", "Cổng TTĐT …".
_PORTAL_NAME = re.compile(r"^(cổng|trang)\s+(thông\s+tin|tt)", re.I)
_SECTION_PART_MAX = 20  # characters: "Tin tức", "Kinh tế - Xã hội" are a section's name parts


def _title_part(source: str) -> str:
    """The page's own title in a <title> of parts ("<page> - <site name>"): the longest part,
    but never the part that is the portal's name, which every page of the site carries; what
    is left of a section's name made of short parts ("Tin tức - Sự kiện - Cổng thông tin điện
    tử huyện …") is kept whole, as written."""
    parts = _TITLE_SPLIT.split(source)
    own = [part for part in parts if not _PORTAL_NAME.match(part.strip())]
    if not own or len(own) == len(parts):
        return max(parts, key=len).strip()
    if all(len(part.strip()) <= _SECTION_PART_MAX for part in own):
        first, last = source.find(own[0]), source.rfind(own[-1])
        return source[first:last + len(own[-1])].strip()
    return max(own, key=len).strip()


_LEAF_BLOCKS = frozenset({"div", "section", "article", "center"})


def _is_leaf_block(el: etree._Element) -> bool:
    """A div holding only inline content: a paragraph in all but name."""
    return el.tag in _LEAF_BLOCKS and not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS
                                              for c in el)


_COMMENTS = NamePattern(r"(^|[\s_-])(comments?|comment-?list|commentlist|disqus|binh-?luan|binhluan"
                        r"|y-?kien-?ban-?doc)([\s_-]|$)")


def _weight(el: etree._Element) -> float:
    """Class/id names, of the element and its near ancestors: comments and asides weigh less.

    Inside a comment thread ("comment-body", "comments") the text is readers', whatever
    positive word the name also holds: a long comment must not outweigh a short article.
    """
    near: list[tuple[etree._Element, str]] = []
    for node in (el, *el.iterancestors()):
        names = names_of(node)
        if names and _COMMENTS.search(names):
            return 0.1
        near.append((node, names))
        if len(near) > 5:
            break
    w = 1.25 if near[0][1] and _POSITIVE.search(near[0][1]) else 1.0
    for node, names in near[:4]:
        if names and _NEGATIVE.search(names) and not _POSITIVE.search(names):
            return w * 0.5
        if node.tag in ("aside", "footer", "nav") or (names and "col-" in names
                                                      and narrow_grid_column(node, names)):
            return w * 0.5
    return w


_CHROME = NamePattern(r"(^|[\s_-])(footer|sidebar|aside|nav|navbar|menu|comments?|related)"
                     r"([\s_-]|$)")


def _chrome(el: etree._Element) -> bool:
    """Page chrome by its own tag or name (footer, aside, nav, sidebar…)."""
    names = names_of(el)
    return el.tag in ("footer", "aside", "nav", "header") or bool(names and (
        _CHROME.search(names) or ("col-" in names and narrow_grid_column(el, names))))


def _inside_chrome(el: etree._Element) -> bool:
    """``el`` or one of its ancestors is page chrome (``_chrome``)."""
    return any(_chrome(node) for node in (el, *el.iterancestors())
               if node.tag not in ("body", "html"))


# A block of the footer or a sidebar must outweigh prose outside the chrome this many times to be
# taken for the page's text (it weighs half already, ``_weight``: a footer of address lines
# weighs two or three times a notice of one sentence).
_CHROME_OVER_PROSE = 3.0


def _prose_outside_chrome(final: dict[etree._Element, float],
                          best: etree._Element) -> etree._Element:
    """The best-scored block outside the page chrome when it weighs at least a
    ``_CHROME_OVER_PROSE``-th of ``best``, a block of the footer or a sidebar, and links no
    page (a card's excerpt beside its headline link is no text of the page's own); else
    ``best``. A short notice (one sentence and its file) weighs less than a footer of address
    lines, but a story's text is never in the footer when the page has prose of its own."""
    files = rules().attachment_ext
    outside = [el for el in final if final[el] * _CHROME_OVER_PROSE >= final[best]
               and not _inside_chrome(el)
               and all(files.search(a.get("href") or "") for a in el.iter("a"))]
    return max(outside, key=final.__getitem__) if outside else best


def _entry_twin(sib: etree._Element, level: etree._Element,
                final: dict[etree._Element, float]) -> bool:
    """``sib`` is an entry like ``level`` (the same tag and first class) with prose of its own
    and no link: a live blog's timestamped entries ("Tường thuật trực tiếp": each a time and a
    sentence or two, too short to pass for a section alone), or a story's numbered parts. A
    list's cards link their pages: never entries."""
    return (final.get(sib, 0.0) > 0 and _twin(sib, level)
            and next(sib.iter("a"), None) is None)


def _twin(a: etree._Element, b: etree._Element) -> bool:
    """Same tag and same first class: repeated sections of one template."""
    ca, cb = (a.get("class") or "").split(), (b.get("class") or "").split()
    return a.tag == b.tag and bool(ca) and bool(cb) and ca[0] == cb[0]


_INFO_LINE_MAX = 200  # characters: a byline, a section, a date and a hit counter


_INFO_ITEM_MAX = 60  # characters of one item of it ("Ngày đăng: 12/07/2025 09:45")


def _info_line(el: etree._Element) -> bool:
    """A short block of short items, one of them a date (author, section, date, hit count:
    Joomla's ``dl.article-info``, a theme's entry meta): the story's header, not a section or a
    sapo of its text, however many commas a section's name has."""
    text = element_text(el)
    if len(text) > _INFO_LINE_MAX or parse_date(text) is None:
        return False
    items = [element_text(c) for c in el if isinstance(c.tag, str)]
    if not items:  # one line of text: "<date>, <time> Bởi <author>" (an ASP.NET CMS's)
        return bool(DATED_BYLINE.search(text))
    return len(items) >= 2 and all(len(t) <= _INFO_ITEM_MAX for t in items)




def _headline_headers(scope: etree._Element) -> set[etree._Element]:
    """What the ``<header>`` elements holding an ``<h1>`` hold: a story's own header (its
    headline, by-line and lead, as Plone and HTML5 themes write it) or the page banner, never
    the story's text, however short that text is beside a long by-line and lead."""
    held: set[etree._Element] = set()
    for header in scope.iter("header"):
        if header not in held and next(header.iter("h1"), None) is not None:
            held.update(header.iter())
    return held

def find_body(root: etree._Element,
              base_url: str) -> tuple[etree._Element | None, list[etree._Element]]:
    """The element holding the article text (None when nothing reads like prose), and the
    siblings that continue it (stories split over several sections)."""
    scores: dict[etree._Element, float] = {}
    body = root.find("body")
    scope = body if body is not None else root
    headed = _headline_headers(scope)
    for block in extract_blocks(scope, base_url):
        if block.kind == "image" or len(block.text) < 25 or block.owner is None \
                or block.owner in headed:
            continue
        if block.link_chars > 0.5 * len(block.text):
            continue
        points = 1 + block.text.count(",") + min(len(block.text) / 100, 3)
        owner = block.owner
        paragraph_like = owner.tag in _PARAGRAPH_OWNERS or _is_leaf_block(owner)
        owner_parent = owner.getparent()
        container = owner_parent if paragraph_like and owner_parent is not None else owner
        for weight, el in ((1.0, container), (0.5, container.getparent())):
            if el is not None and isinstance(el.tag, str) and el.tag not in ("html",):
                scores[el] = scores.get(el, 0.0) + points * weight
    if not scores:
        return None, []
    final = {el: s * _weight(el) * (1 - min(link_density(el), 0.9)) for el, s in scores.items()}
    best = max(final, key=final.__getitem__)
    if _inside_chrome(best):
        best = _prose_outside_chrome(final, best)
    for _ in range(4):
        # a short best block inside a run of look-alike cards/sections: the story is the run
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html") or text_len(best) >= 500:
            break
        if sum(1 for c in parent if isinstance(c.tag, str)) == 1:
            best = parent  # a wrapper of the block alone: look at its siblings instead
            continue
        prose = sum(text_len(c) for c in parent if isinstance(c.tag, str) and not _chrome(c)
                    and link_density(c) < 0.3 and not _info_line(c))
        if prose < 2.5 * text_len(best) or link_density(parent) >= 0.3:
            break
        best = parent
    extras: list[etree._Element] = []
    for level in (best, best.getparent()):
        # the story may continue in sibling sections, of the best block or of its parent
        if level is None:
            break
        parent = level.getparent()
        if parent is None or level.tag in ("body", "html") or final.get(level, 0.0) <= 0:
            break
        ref = final[level]
        extras = [sib for sib in parent if sib is not level and isinstance(sib.tag, str)
                  and sib.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
                  and link_density(sib) < 0.3
                  and (final.get(sib, 0.0) >= max(3.0, 0.2 * ref) or _entry_twin(sib, level, final))
                  and not _chrome(sib) and not _info_line(sib)]
        if extras:
            best = level
            break
    if not extras:
        # sections wrapped alone several levels deep: look-alike siblings (same tag and first
        # class) of the outermost single-child wrapper continue the story
        level = best
        for _ in range(5):
            parent = level.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            twins = [s for s in parent
                     if s is not level and isinstance(s.tag, str) and _twin(s, level)
                     and text_len(s) > 0 and link_density(s) < 0.3 and not _chrome(s)]
            if twins:
                best, extras = level, twins
                break
            if sum(1 for c in parent if isinstance(c.tag, str)) > 1:
                break
            level = parent
    return best, extras


_LEAD = NamePattern(r"(sapo|summary|lead|tomtat|tom-?tat|mo-?ta|description|intro|chapeau|abstract"
                    r"|trich-?dan)")


_LEAD_MAX_CHARS = 1500  # a sapo is a paragraph or two
# A line this short before the body is its status or label (a live blog's "Cập nhật lúc …"),
# no lead: the lead may sit above the block that holds both
_STATUS_LINE_MAX = 60
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _bold_lead(el: etree._Element, text: str) -> bool:
    """A sentence set wholly in bold between headline and body: the sapo as old table layouts
    set it (beside the story's photo), however short or comma-free."""
    if len(text) < 40 or not text.endswith((".", "!", "?", "…")) or link_density(el) > 0:
        return False
    bold = "".join(element_text(b) for b in el.iter("b", "strong")
                   if not any(a.tag in ("b", "strong") for a in b.iterancestors()))
    return clean_text(bold) == text


def find_leads(body_el: etree._Element, title_el: etree._Element | None) -> list[etree._Element]:
    """Sapo blocks just before the body, after the headline, nearest first.

    Named as a summary/lead, or prose-like (80+ characters, few links, not a date line). A
    lead image (a ``<figure>`` with its caption) right before the body is taken too, and when
    nothing but such figures precedes the body in its block (Plone's ``#content-core``: the
    lead image, then the text), the block's own preceding siblings are read the same way.
    """
    leads: list[etree._Element] = []
    texts = 0  # leads that are text, not figures
    above_title = set(title_el.iterancestors()) if title_el is not None else set()
    level = body_el
    for _ in range(_LEAD_LEVELS):
        only_figures = True
        for sib in level.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            if title_el is not None and (sib is title_el or sib in above_title):
                if sib is not title_el and not texts:
                    leads.extend(_named_leads_after(title_el, sib))
                return leads
            if lead_figure(sib):
                leads.append(sib)
                continue
            names = names_of(sib)
            t = element_text(sib)
            if not t or looks_boilerplate(sib):
                continue
            if len(t) < _STATUS_LINE_MAX and not (names and _LEAD.search(names)):
                continue  # a status line over the body ("Đang diễn ra · Cập nhật lúc 11:20")
            only_figures = False
            if (len(t) > _LEAD_MAX_CHARS
                    or next(sib.iterdescendants(*_HEADING_TAGS), None) is not None):
                # a block with headlines of its own (the page's main column, when the body
                # found is a footer) or longer than any sapo is no lead: moving it would take a
                # listing's teasers into the body
                continue
            prose = (len(t) >= 80 and link_density(sib) < 0.2 and t.count(",") >= 1
                     and not _info_line(sib))
            if (names and _LEAD.search(names)) or prose or _bold_lead(sib, t):
                leads.append(sib)
                texts += 1
            if texts >= 2:
                return leads
        parent = level.getparent()
        if not only_figures or parent is None or parent in above_title:
            break
        level = parent
    return leads


_LEAD_LEVELS = 3  # the body's block, the block holding it with its lead image, and one more
# (a body wrapped twice: a live blog's entries in their list, in the story's content block)


def lead_figure(el: etree._Element) -> bool:
    """A lead image: a ``<figure>``, or a block named for its image (tx_news'
    ``div.news-img-wrap``), holding an image and at most a short caption."""
    return ((el.tag == "figure" or _IMAGE_BLOCK.search(names_of(el)))
            and next(el.iter("img"), None) is not None
            and next(el.iterdescendants(*_HEADING_TAGS), None) is None
            and len(element_text(el)) <= _CAPTION_MAX_CHARS)


_CAPTION_MAX_CHARS = 300
_IMAGE_BLOCK = NamePattern(r"(^|[\s_-])(figure|image|img|photo|picture)(-?wrap|-?container)?"
                           r"([\s_-]|$)")


def _named_leads_after(title_el: etree._Element, holder: etree._Element) -> list[etree._Element]:
    """The lead named as such after the headline inside the block that holds the headline
    before the body (an article's ``<header>``: headline, by-line, ``p.documentDescription
    lead``), nearest the body first."""
    found = [el for el in title_el.itersiblings()
             if isinstance(el.tag, str) and (names := names_of(el)) and _LEAD.search(names)
             and 0 < len(element_text(el)) <= _LEAD_MAX_CHARS
             and next(el.iterdescendants(*_HEADING_TAGS), None) is None]
    return list(reversed(found[:2])) if title_el.getparent() is holder else []

def article_scope(title_el: etree._Element | None,
                  body_el: etree._Element | None) -> etree._Element | None:
    """The smallest element holding both headline and body (else the body's parent)."""
    if body_el is None:
        return None
    if title_el is not None:
        above_title = set(title_el.iterancestors())  # (not each ancestor's descendants walked)
        for anc in body_el.iterancestors():
            if anc in above_title:
                return anc
    return body_el.getparent()



# A revision date, not the publication's: Plone's by-line "— last modified 12/01/2025 09:00"
# (``span.documentModified``), schema.org's ``dateModified``. A page whose only date is when it
# was last edited (an about page) is undated.
_REVISED = NamePattern(r"(modified|sua-?doi)")


def _revision_marks(el: etree._Element) -> set[etree._Element]:
    """The elements under ``el`` named as giving a revision date (class, id or itemprop), and
    all they hold."""
    marked: set[etree._Element] = set()
    for node in el.iter():
        if not isinstance(node.tag, str) or node in marked:
            continue
        names = " ".join(filter(None, (names_of(node), node.get("itemprop"))))
        if names and _REVISED.search(names):
            marked.update(node.iter())
    return marked


_SIDE_BOX = NamePattern(r"(^|[\s_-])(sidebar|side-bar|aside|nav|navbar|menu)([\s_-]|$)")


def _in_side_box(el: etree._Element, scope: etree._Element) -> bool:
    """``el`` sits in a sidebar or a menu inside ``scope`` (a wide article scope that holds the
    page's right column: its "Tin mới" dates are other stories'); a story's own header or
    footer is no side box."""
    for up in el.iterancestors():
        if up is scope:
            return False
        names = names_of(up)
        if up.tag in ("aside", "nav") or (names and _SIDE_BOX.search(names)):
            return True
    return False

def _prose_line(text: str) -> bool:
    """More words than a dateline has (``body.split_header_lines``' measure), and no date with
    its by-line: a paragraph of the text."""
    words = text.split()
    return len(words) > 12 and not (len(words) <= 24 and DATED_BYLINE.search(text))


def header_date_texts(root: etree._Element, title_el: etree._Element | None,
                      body_el: etree._Element | None) -> list[str]:
    """Strings near the headline that may hold the publication date, in page order.

    Only the stretch from the headline to the body start, and date-named elements in the
    article's own container: never the body (its dates are events) nor the page header
    (its date is today's).
    """
    texts: list[str] = []
    # (what holds the body, and what the body holds, as sets: asked of every element walked)
    above_body = set(body_el.iterancestors()) if body_el is not None else set()
    in_body = set(body_el.iter()) if body_el is not None else set()
    if title_el is not None:
        prev = title_el.getprevious()
        if prev is not None and isinstance(prev.tag, str) and len(element_text(prev)) < 80:
            texts.append(element_text(prev))  # a dateline set just above the headline
        count = 0
        for el in title_el.itersiblings():
            if el is body_el or el in above_body:
                break
            if el in in_body and _prose_line(element_text(el)):
                break  # a headline inside the body block: its text has begun (its dates are events)
            revised = _revision_marks(el)
            for node in el.iter():
                if not isinstance(node.tag, str) or node in revised:
                    continue
                own = clean_text((node.text or "") + " " + " ".join((c.tail or "") for c in node))
                if own:
                    texts.append(own)
            count += 1
            if count > 6:
                break
        if not texts and (parent := title_el.getparent()) is not None:
            # a headline alone in a table cell: the dateline is in the next row
            for _ in range(3):
                up = parent.getparent()
                if parent.getnext() is not None or up is None or up in above_body:
                    break
                parent = up
            for el in parent.itersiblings():
                if body_el is not None and (el is body_el or el in above_body):
                    break
                t = element_text(el)
                if t and len(t) < 200:
                    texts.append(t)
                if len(texts) > 4:
                    break
    scope = article_scope(title_el, body_el)
    if scope is not None:
        for el in scope.iter("*"):
            if el in in_body:
                continue
            names = names_of(el)
            if ((names and _DATE_CLASS.search(names)) or el.tag == "time") \
                    and not _REVISED.search(" ".join(filter(None, (names, el.get("itemprop"))))) \
                    and not _in_side_box(el, scope):
                t = element_text(el)
                if t and len(t) < 120:
                    texts.append(t)
                # the machine date beside the words: <time datetime>, or hAtom's
                # <abbr class="published" title="2025-05-26T16:40:00+07:00">16:40</abbr>
                stamp = el.get("datetime") if el.tag == "time" else el.get("title")
                if stamp and (el.tag == "time" or _MACHINE_DATE.match(stamp)):
                    texts.append(stamp)
    return texts


def find_author(root: etree._Element, title_el: etree._Element | None,
                body_el: etree._Element | None) -> str | None:
    """An author/source line named as such near the article (outside the body)."""
    scope = article_scope(title_el, body_el)
    if scope is None:
        return None
    in_body = set(body_el.iter()) if body_el is not None else set()
    for el in scope.iter("*"):
        if el in in_body:
            continue
        names = names_of(el)
        if names and _AUTHOR_NAME.search(names):
            # (a by-line's separator after the name is no part of it: Plone's "bởi X —")
            t = AUTHOR_LABEL.sub("", element_text(el)).strip().rstrip(" —–|·,").rstrip()
            if 2 <= len(t) <= 80 and parse_date(t) is None:
                return t
    # a line that says whose the story is by its label alone ("Tác giả bài viết: Minh Châu"
    # under a NukeViet story, in a paragraph named by no class)
    for el in scope.iter("p", "span", "li", "td"):
        if el not in in_body and (found := _AUTHOR_LINE.match(element_text(el))):
            name = found.group(1).strip()
            if parse_date(name) is None:
                return name
    return None


_AUTHOR_LINE = re.compile(r"^(?:tác giả(?: bài viết)?|người viết|bút danh)\s*:\s*(\S.{1,59})$",
                          re.I)


_CRUMB_MAX_LINKS = 8  # a breadcrumb names a few steps


def find_category(root: etree._Element, title: str | None) -> str | None:
    """The last breadcrumb step that is neither the home page nor the headline."""
    ntitle = _norm(title or "")
    for el in root.iter("*"):
        names = names_of(el)
        if not names or not _BREADCRUMB.search(names):
            continue
        links = list(islice(el.iter("a"), _CRUMB_MAX_LINKS + 1))
        if len(links) > _CRUMB_MAX_LINKS:
            # a page region whose class names a path (Drupal's <body class="path-node">), not a
            # trail of a few steps: its last link is a sidebar's
            continue
        steps = ([element_text(a) for a in links]
                 or re.split(r"\s*[>»/›]\s*", element_text(el)))
        steps = [s for s in steps if s and not HOME.match(s) and _norm(s) != ntitle and len(s) < 80]
        if steps:
            return steps[-1]
    for a in cast(list[etree._Element], _CATEGORY_LINKS(root)):
        t = element_text(a)
        if t and len(t) < 80:
            return t
    # a blog's labels, its only sections (Blogger: "Nhãn: <a rel='tag'>…</a>, …" in
    # span.post-labels): the post's labels as listed
    for block in _LABEL_BLOCKS(root):
        labels = [t for a in block.iter("a") if (t := element_text(a)) and len(t) < 80]
        if labels:
            return ", ".join(labels)
    section = meta_content(root, "article:section")
    return clean_text(section) if section else None


# Compiled once (``root.xpath`` compiles its expression at each call). A word of an attribute
# is tested as profiles' _Translator tests a class: ``@rel[contains(., x) and ...]`` fails an
# element without the attribute, or without x in it, before normalize-space builds a string;
# the same elements match (the padded, normalised value holds " x " only if the value holds x).
_CATEGORY_LINKS = etree.XPath(
    "//a[@rel[contains(., 'category') and contains(concat(' ', normalize-space(.), ' '),"
    " ' category ')]]")
_LABEL_BLOCKS = etree.XPath(
    "//*[@class[contains(., 'labels') and (contains(concat(' ', normalize-space(.), ' '),"
    " ' post-labels ') or contains(concat(' ', normalize-space(.), ' '), ' labels '))]]"
    "[.//a[@rel[contains(., 'tag') and contains(concat(' ', normalize-space(.), ' '),"
    " ' tag ')]]]")


_NAV = NamePattern(r"(^|[\s_-])(nav|navbar|menu|menutop|menu_top|mainmenu|main-menu|breadcrumb"
                   r"|duongdan|list_cm|chuyenmuc|sitemap)([\s_-]|$)")


_WIDGET_AREA = NamePattern(r"(^|[\s_-])(sidebar|side-?bar|widgets?|widget-area)([\s_-]|$)")


def widget_nav(el: etree._Element) -> bool:
    """A ``<nav>`` with no menu name of its own inside a sidebar or a widget: a widget's list
    of links (WordPress 5.5+ wraps "Recent posts", "Archives" and "Categories" in
    ``<nav aria-label>``), naming stories and months, not the site's sections."""
    if el.tag != "nav" or _NAV.search(names_of(el)):
        return False
    for node in el.iterancestors():
        names = names_of(node)
        if node.tag == "aside" or (names and _WIDGET_AREA.search(names)):
            return True
    return False


def nav_texts(root: etree._Element) -> set[str]:
    """Link texts of menus and breadcrumbs: section names, never an article's headline."""
    out: set[str] = set()
    for el in root.iter("nav", "*"):
        names = names_of(el)
        if (el.tag == "nav" and not widget_nav(el)) or (names and _NAV.search(names)):
            out.update(t for t in (element_text(a) for a in el.iter("a")) if t)
    return out


# A files field by its label, where no class names it ("Tệp đính kèm:" over the links: Drupal's
# file field is "field-type-file", others "field-item"): the label's element and its links'.
_ATTACHMENT_LABEL = re.compile(r"^(?:tệp|tập tin|file|tài liệu|văn bản)\s+đính\s+kèm\b", re.I)


def find_attachment_links(scopes: list[etree._Element],
                          root: etree._Element) -> list[etree._Element]:
    """Document links in the body and in attachment boxes ("File đính kèm", "Tệp đính kèm"),
    named so or labelled so."""
    r = rules()
    links: list[etree._Element] = []
    boxes = []
    for el in root.iter("*"):
        if r.attachment_box.search(names_of(el)):
            box: etree._Element | None = el
        elif el.text and _ATTACHMENT_LABEL.match(el.text.lstrip()):
            # the label with its links, or the label alone beside them: their common box
            box = el if next(el.iter("a"), None) is not None else el.getparent()
        else:
            continue
        if box is not None and text_len(box) < 2000:
            boxes.append(box)
    for scope in [*scopes, *boxes]:
        for a in scope.iter("a"):
            href = (a.get("href") or "").strip()
            if (href and (r.attachment_ext.search(href) or r.attachment_path.search(href))
                    and a not in links):
                links.append(a)
    return links
