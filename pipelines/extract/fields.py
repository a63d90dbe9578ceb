"""The story's section and credits where no breadcrumb class or author field names them: read
from what a reader sees around the story (a trail of links from "Trang chủ", the menu's entry
for the page, a section bar in capitals above the headline, the credit lines closing the text)
and the time of day its metadata adds to a date shown without one.

Each rule reads elements extraction has already located (the headline, the body's blocks, the
body's next sibling), each link's tail once, or one compiled query, and the section fallbacks
run only when nothing before them named a section.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import islice
from typing import cast
from urllib.parse import urljoin

from lxml import etree

from crawler.labels import HOME
from pipelines.urls import story_key

from .body import Block
from .dates import DATED_BYLINE, ParsedDate, parse_date
from .generic import AUTHOR_LABEL, element_text
from .names import MENU_NAME, NamePattern, names_of

# ----------------------------------------------------------------------------- sections

# What separates the steps of a trail ("Trang chủ » Tin tức", "Trang chủ > Kinh tế").
_TRAIL_STEP = re.compile(r"^\s*(?:»»?|>>?|›|/|→|::)(?:\s|$)")
_TRAIL_SPLIT = re.compile(r"\s+(?:»»?|>>?|›|/|→|::)\s+")
_TRAIL_MAX_LINKS = 8  # a breadcrumb names a few steps; more links are a menu or a page region
_SECTION_MAX_CHARS = 80


def trail_section(root: etree._Element, title: str | None) -> str | None:
    """A breadcrumb known by its shape, whatever its class: the home link followed by a
    separator ("Trang chủ » Tin tức - Sự kiện") and more steps in the same element; its last
    step, a link or plain text, that is not the headline is the section (hand-made and vendor
    templates name the trail ``navi``, ``duong_dan``, ``vitri`` … or nothing)."""
    for a in root.iter("a"):
        # (the separator after the link first: one attribute read a link, O(links); an XPath
        # asking for each link's next sibling node was quadratic in a list's length)
        tail = a.tail
        if not tail or not _TRAIL_STEP.match(tail) or not HOME.match(element_text(a)):
            continue
        parent = a.getparent()
        if parent is None:
            continue
        if sum(1 for _ in islice(parent.iter("a"), _TRAIL_MAX_LINKS + 1)) > _TRAIL_MAX_LINKS:
            continue
        # (the steps as shown: the last one may be plain text, the page's own section)
        steps = _TRAIL_SPLIT.split(element_text(parent))
        steps = [s for s in steps if s and not HOME.match(s) and len(s) <= _SECTION_MAX_CHARS
                 and not _names_the_story(s, title)]
        if steps:
            return steps[-1]
    return None


def _names_the_story(step: str, title: str | None) -> bool:
    """The trail's last step is the story itself: its headline, or the headline cut short
    ("Hội nghị tổng kết công tác…")."""
    if not title or step == title:
        return step == title
    if not step.endswith(("...", "…")):
        return False  # (a section may open the headline: "Thông báo" over "Thông báo lịch …")
    cut = step.rstrip(".… ").casefold()
    return bool(cut) and title.casefold().startswith(cut)



# A menu's entry for the page shown: ARIA's marks, or the current item's class.
# (substrings in XPath, the class's words then checked in Python on the few it finds)
_CURRENT_ENTRIES = etree.XPath(
    "//a[@aria-current='page' or @aria-current='true' or @aria-selected='true']"
    " | //li[contains(@class, 'active') or contains(@class, 'current')"
    " or contains(@class, 'selected')]/a")
_CURRENT_CLASS = frozenset({"active", "current", "selected"})


def _marked(a: etree._Element) -> bool:
    if a.get("aria-current") in ("page", "true") or a.get("aria-selected") == "true":
        return True
    item = a.getparent()
    return item is not None and not _CURRENT_CLASS.isdisjoint((item.get("class") or "").split())


def _in_menu(el: etree._Element) -> bool:
    return any(node.tag == "nav" or MENU_NAME.search(names_of(node)) for node in el.iterancestors())


# The story's own category shown in its meta line (tx_news' ``span.news-list-category``,
# WordPress themes' ``cat-links``/``entry-category``, schema.org's ``articleSection``).
_STORY_CATEGORY = NamePattern(r"(^|[\s_-])(category|categories|cat-links|chuyen-?muc)([\s_-]|$)")
_CATEGORY_LABEL = re.compile(r"^(?:chuyên mục|danh mục|category|posted in)\s*:?\s*", re.I)
_CATEGORY_MAX_LINKS = 3


def story_category(scope: etree._Element | None, title_el: etree._Element | None,
                   body_el: etree._Element | None) -> str | None:
    """The category the story's own header names (next to its date and byline, outside the
    body), before the menu's current entry: a portal whose stories all open under one menu
    entry ("Tin tức") still prints each story's category there. Only the scope holding the
    headline and the body is read; an element holding the headline or the body (WordPress's
    ``<article class="category-…">``) is the story, not its category."""
    if scope is None:
        return None
    around = set(title_el.iterancestors()) if title_el is not None else set()
    for el in scope.iter("*"):
        if el is title_el or el in around:
            continue
        if _CATEGORY_LABEL.match(el.text or "") and _CATEGORY_LABEL.sub("", el.text or "").strip() \
                in ("", ":"):
            # a line labelled as the story's section ("Chuyên mục: <a>Kinh tế</a>"), in its
            # text or under it: named, whatever the element's class
            text = element_text(next(el.iter("a"), el))
            text = _CATEGORY_LABEL.sub("", text).strip()
            if 2 <= len(text) <= 60 and parse_date(text) is None:
                return text
        if not (el.get("itemprop") == "articleSection" or _STORY_CATEGORY.search(names_of(el))
                or _STORY_CATEGORY.search(el.get("data-hook") or "")):
            # (a site builder hashes its class names: its blog names the part in data-hook)
            continue
        if body_el is not None and (el is body_el or body_el in el.iterancestors()
                                    or el in body_el.iterancestors()):
            continue
        links = list(islice(el.iter("a"), _CATEGORY_MAX_LINKS + 1))
        if len(links) > _CATEGORY_MAX_LINKS:
            continue
        text = element_text(links[0]) if links else _CATEGORY_LABEL.sub("", element_text(el))
        if 2 <= len(text) <= 60 and parse_date(text) is None:
            return text
    return None


def menu_section(root: etree._Element, url: str) -> str | None:
    """The section the site's menu marks as the page's: the entry marked current (``li.active``,
    ``aria-current``, ``aria-selected="true"``) when it names a section (a sub-section marked
    inside a marked section rather than that section), or, when the marked entry is the page
    itself (a site builder listing every page in its menu: Google Sites), the entry it is
    nested under. Tabs, pagers and widgets mark entries too: only a menu's count."""
    own: str | None = None  # (keyed only when a page marks an entry)
    chosen: tuple[etree._Element | None, str] | None = None
    for a in cast(list[etree._Element], _CURRENT_ENTRIES(root)):
        href = (a.get("href") or "").strip()
        if (not href or href.startswith(("#", "javascript:")) or not _marked(a)
                or not _in_menu(a)):
            continue
        item = next(a.iterancestors("li"), None)
        own = own or story_key(url)
        if story_key(urljoin(url, href)) == own:
            parent = next(item.iterancestors("li"), None) if item is not None else None
            first = next(parent.iter("a"), None) if parent is not None else None
            label = element_text(first) if first is not None else ""
        else:
            label = element_text(a)
        if not label or HOME.match(label) or len(label) > _SECTION_MAX_CHARS:
            continue
        if chosen is not None and (chosen[0] is None or chosen[0] not in a.iterancestors()):
            break  # another menu's mark, or a second entry beside the first
        chosen = (item, label)
    return chosen[1] if chosen else None


_BAR_LEVELS = 5  # the headline's cell, row and table in a table layout


def section_bar(title_el: etree._Element | None) -> str | None:
    """A bar in capitals right above the headline's block ("TIN TỨC - SỰ KIỆN" over a story of
    a table-layout portal, the section's list showing the same bar): the section's name,
    written in sentence case as menus write it. Only the nearest block before the headline (or
    before its cell, row, table) is read, and only a short line of capitals with no link and
    no digit counts (a date bar, a site banner or a menu is none)."""
    if title_el is None:
        return None
    node: etree._Element | None = title_el
    headline = element_text(title_el)
    for _ in range(_BAR_LEVELS):
        if node is None:
            return None
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            text = element_text(prev)
            if (2 <= len(text) <= 50 and text == text.upper() and text != text.lower()
                    and not any(c.isdigit() for c in text) and next(prev.iter("a"), None) is None
                    and not HOME.match(text)
                    and not _names_the_site(prev, text, headline)):
                return sentence_case(text)
            return None
        node = node.getparent()
    return None


def _names_the_site(el: etree._Element, text: str, headline: str) -> bool:
    """The line is (part of) the page's <title> outside the headline it repeats: the site's
    name in a banner ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ …" over the story), not a section. The
    headline is taken out first, since a story's headline often opens with its section's name
    ("THÔNG BÁO" over "Thông báo lịch tiếp công dân …")."""
    doc_title = " ".join((el.getroottree().getroot().findtext("head/title") or "").split())
    site_part = doc_title.casefold().replace(" ".join(headline.split()).casefold(), " ")
    return text.casefold() in site_part


_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(ng|nh|ch|[cmnpt])?$")


def _syllable(word: str) -> bool:
    """A Vietnamese syllable (not an acronym such as UBND, HĐND, THCS)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c)).replace("đ", "d")
    return bool(_SYLLABLE.match(bare))


def sentence_case(text: str) -> str:
    """"TIN TỨC - SỰ KIỆN" -> "Tin tức - Sự kiện": each part after a dash opens with a capital,
    the other syllables are lower case; acronyms keep their capitals."""
    parts = re.split(r"(\s+[-–—]\s+|,\s*)", text)
    out: list[str] = []
    for part in parts:
        words = part.split(" ")
        lowered = [w.lower() if _syllable(w) else w for w in words]
        if lowered and lowered[0] and _syllable(words[0]):
            lowered[0] = unicodedata.normalize("NFC", lowered[0][0].upper() + lowered[0][1:])
        out.append(" ".join(lowered))
    return "".join(out)


# ----------------------------------------------------------------------------- credits

# Credit lines closing a story ("Tác giả bài viết: Minh Châu", "Nguồn tin: Văn phòng UBND"):
# NukeViet and many vendors print them under the text, as labelled lines.
_CREDIT_LINE = re.compile(r"^(tác giả(?: bài viết)?|người viết|bút danh|nguồn tin|nguồn"
                          r"|chuyên mục|danh mục)\s*:\s*"
                          r"(\S.{0,79})$", re.I)
_AUTHOR_LABELS = ("tác giả", "người viết", "bút danh")
# An element named for the author ("news-detail-author", "tac_gia", "byline"), holding the
# writer's name under the text.
_CREDIT_NAME = NamePattern(r"(author|byline|tac[-_]?gia|but[-_]?danh)")
_CREDIT_MAX_CHARS = 80


def _named_credit(block: Block, body_el: etree._Element | None) -> bool:
    node = block.owner
    for _ in range(3):
        if node is None or node is body_el:
            return False
        if _CREDIT_NAME.search(names_of(node)):
            return True
        node = node.getparent()
    return False


def _tail_text_blocks(blocks: list[Block]) -> Iterator[int]:
    for i in range(len(blocks) - 1, -1, -1):
        if blocks[i].kind != "image":
            yield i


_BY_NAME = re.compile(r"(?:bởi|by|đăng bởi|người đăng)\s+(\S[^.!?]{0,80})$", re.I)


def dated_byline(date_texts: list[str]) -> str | None:
    """The author a header line names after its date ("Thg7 28, 2025, 08:00 SA Bởi Văn phòng
    HĐND và UBND phường": an ASP.NET CMS's news template), when nothing else named one."""
    for text in date_texts:
        if DATED_BYLINE.search(text) and (by := _BY_NAME.search(text)):
            return by.group(1).strip()
    return None


def credited_section(blocks: list[Block]) -> str | None:
    """The section a labelled line closing the body names ("Chuyên mục: Kinh tế", a CMS's
    taxonomy line under the text), read before ``closing_credits`` takes it out of the text."""
    for i in _tail_text_blocks(blocks):
        line = _CREDIT_LINE.match(blocks[i].text)
        if line is None:
            break
        if line.group(1).lower() in ("chuyên mục", "danh mục"):
            return line.group(2).strip()
    return None


def closing_credits(blocks: list[Block],
                    body_el: etree._Element | None) -> tuple[str | None, list[Block]]:
    """The credits closing the body, read from the last text blocks up: labelled credit lines
    ("Tác giả bài viết: …", "Nguồn tin: …") credit the story and are not its text: the author
    is taken from them and they leave the body; a short line in an element named for the
    author ("news-author", "tac_gia") is the byline closing the story: it names the author and
    stays a line of the body, as a right-aligned byline does. Returns (author or None, the
    blocks kept)."""
    author: str | None = None
    credits: set[int] = set()
    for i in _tail_text_blocks(blocks):
        block = blocks[i]
        text = block.text
        line = _CREDIT_LINE.match(text)
        if line and parse_date(line.group(2)) is None:
            if author is None and line.group(1).lower().startswith(_AUTHOR_LABELS):
                author = line.group(2).strip()
        elif (len(text) <= _CREDIT_MAX_CHARS and _named_credit(block, body_el)
              and parse_date(text) is None):
            author = author or AUTHOR_LABEL.sub("", text).strip() or None
            continue
        else:
            break
        credits.add(i)
    if not credits:
        return author, blocks
    return author, [b for i, b in enumerate(blocks) if i not in credits]


# The credits block closing a longform ("E-magazine") story: its makers by role and its
# publication line, under the last section ("Nội dung: …", "Ảnh: …", "Thiết kế: …",
# "Xuất bản: 29/08/2025 06:00"); the template shows no byline or date under the headline.
_ROLE_LINE = re.compile(r"^(nội dung|bài(?: viết)?(?:\s*(?:,|và)\s*ảnh)?|thực hiện|ảnh|đồ họa"
                        r"|thiết kế|trình bày|video|biên tập|dựng hình|kỹ thuật)\s*:\s*"
                        r"(\S.{0,79})$", re.I)
_WRITER_ROLES = ("nội dung", "bài", "thực hiện")
_PUBLISHED_LINE = re.compile(r"^(?:ngày\s+)?(?:xuất bản|đăng)(?:\s+ngày)?\s*:?\s*(\S.{0,40})$",
                             re.I)


def longform_credits(blocks: list[Block]) -> tuple[str | None, str | None, list[Block]]:
    """The credits block closing the body (``_ROLE_LINE``s and a ``_PUBLISHED_LINE``, read from
    the last text blocks up): two lines or more, one naming a role, make it (a lone "Ảnh: …"
    is a photo's credit). Returns (the writer, the publication line's date text, the blocks
    kept without the credits); (None, None, blocks) when the body closes otherwise."""
    writer: str | None = None
    published: str | None = None
    credits: list[int] = []
    for i in _tail_text_blocks(blocks):
        text = blocks[i].text
        role = _ROLE_LINE.match(text)
        dated = _PUBLISHED_LINE.match(text) if role is None else None
        if role is not None and parse_date(role.group(2)) is None:
            if role.group(1).lower().startswith(_WRITER_ROLES):
                writer = role.group(2).strip()
        elif dated is not None and published is None and parse_date(dated.group(1)) is not None:
            published = dated.group(1)
        else:
            break
        credits.append(i)
    roles = len(credits) - (published is not None)
    if len(credits) < 2 or roles < 1:
        return None, None, blocks
    return writer, published, [b for i, b in enumerate(blocks) if i not in credits]


def byline_after(body_el: etree._Element) -> etree._Element | None:
    """The element right after the body when it is named for the author and holds a short
    line (``<div class="news-content">…</div><p class="news-author">Thu Hà</p>``): the byline
    closing the story, which the body block left out."""
    nxt, node = None, body_el
    for _ in range(3):
        # (the body may close the block that holds it: a live blog's entries inside their
        # list, the byline after the list)
        nxt = node.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        parent = node.getparent()
        if nxt is not None or parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    if nxt is None or not _CREDIT_NAME.search(names_of(nxt)):
        return None
    text = element_text(nxt)
    if not 2 <= len(text) <= _CREDIT_MAX_CHARS or parse_date(text) is not None:
        return None
    return nxt


# ----------------------------------------------------------------------------- time of day


def with_metadata_time(shown: ParsedDate, metadata: ParsedDate | None) -> ParsedDate:
    """A date shown without its time ("15/03/2024") takes the time the page's metadata gives
    for the same day (``article:published_time`` 2024-03-15T14:30+07:00): the time the page
    holds. A metadata time of midnight is a date-only system's, not a time."""
    if (shown.has_time or metadata is None or not metadata.has_time
            or metadata.day != shown.day
            or (metadata.value.hour, metadata.value.minute) == (0, 0)):
        return shown
    return ParsedDate(metadata.value, True, shown.raw)
