"""Tree cleaning: what is never content (scripts, hidden elements) and portal boilerplate.

The rules are data (``profiles/boilerplate.json``); this module applies them.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .names import NamePattern, names_of

PRUNE_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed",
              "applet", "svg", "canvas", "select", "option", "input", "button", "textarea",
              "marquee", "link", "meta", "map", "audio", "video", "source", "dialog")
# HTML5 void elements: never any content (WHATWG HTML §13.1.2). libxml2's HTML parser knows
# only HTML 4's, so an <embed>, <source>, <track> or <wbr> written without a closing tag (as
# HTML5 allows) swallows everything after it up to its parent's end.
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
                       "link", "meta", "param", "source", "track", "wbr"})
# Embedded content whose own children are only fallback (pruned with it); left unclosed, the
# parser nests the rest of the parent in it, article paragraphs included.
_EMBEDDING_TAGS = ("object", "video", "audio", "canvas", "applet", "map", "noscript")
# Elements whose content the parser reads as raw text up to their end tag (HTML5, as libxml2
# 2.14 does): never closed, they turn the rest of the page into their text.
RAW_TEXT_EMBEDS = ("iframe", "noembed", "noframes")
_BLOCK_TAGS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "section", "article", "pre", "dl", "figure")
_FALLBACK_MAX_CHARS = 100  # "your browser cannot play this video": fallback, not an article
_HIDDEN_CLASS = frozenset({"hidden", "hide", "d-none", "sr-only", "visually-hidden", "invisible",
                           "display-none"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True)
class BoilerplateRules:
    # class and id names (searched as re.I: see names.NamePattern)
    class_id: NamePattern
    class_id_keep: NamePattern
    # a boilerplate paragraph, and a heading after which the list is cut: each the
    # alternation of its rules (``any_of``)
    paragraph: re.Pattern[str]
    cut: re.Pattern[str]
    attachment_ext: re.Pattern[str]
    attachment_path: re.Pattern[str]
    attachment_box: NamePattern


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex whose search finds a match exactly when one of
    ``patterns``' does: their alternation. When they all start with "^", it goes in front of
    the alternation, so that only the start of the text is tried (an alternation of anchored
    patterns is tried at every character). The rules use no back-reference nor inline flag,
    which grouping them would upset."""
    if any(re.search(r"\\\d|\(\?P=|\(\?[aiLmsux]", rx) for rx in patterns):
        raise ValueError("a boilerplate rule with a back-reference or an inline flag")
    if all(rx.startswith("^") for rx in patterns):
        return re.compile("^(?:" + "|".join(f"(?:{rx[1:]})" for rx in patterns) + ")", re.I)
    return re.compile("|".join(f"(?:{rx})" for rx in patterns), re.I)


@lru_cache(maxsize=1)
def rules() -> BoilerplateRules:
    path = Path(__file__).with_name("profiles").joinpath("boilerplate.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return BoilerplateRules(
        class_id=NamePattern(data["class_id"]),
        class_id_keep=NamePattern(data["class_id_keep"]),
        paragraph=any_of(data["paragraph"]),
        cut=any_of(data["cut"]),
        attachment_ext=re.compile(data["attachment_ext"], re.I),
        attachment_path=re.compile(data["attachment_path"]),
        attachment_box=NamePattern(data["attachment_box"]),
    )


def drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def unwrap(el: etree._Element) -> None:
    """Move ``el``'s text and children out to follow it, in order; ``el`` is left empty."""
    if el.getparent() is None:
        return
    children, text, tail = list(el), el.text, el.tail
    el.text, el.tail = None, text
    anchor = el
    for child in children:  # lxml moves a child together with its tail text
        anchor.addnext(child)
        anchor = child
    if tail:
        anchor.tail = (anchor.tail or "") + tail


# Each tag's end tags and start tags; and a page's one look for any start tag of them (most
# pages have none). "<" is outside the case-insensitive group: starting with a literal, the
# pattern lets the regex engine jump from "<" to "<" instead of trying every character.
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}\b", re.I) for tag in RAW_TEXT_EMBEDS}
_RAW_TEXT_START = {tag: re.compile(rf"<{tag}\b[^>]*>", re.I) for tag in RAW_TEXT_EMBEDS}
# (The look-ahead at the tags' first letters, as case-insensitive as the tags, fails most
# other tags at once, before the alternation is entered: a third less time over a page.)
_ANY_RAW_TEXT_START = re.compile(
    rf"<(?=(?i:[{''.join(sorted({tag[0] for tag in RAW_TEXT_EMBEDS}))}]))"
    rf"(?i:{'|'.join(RAW_TEXT_EMBEDS)})\b")


def close_raw_text_embeds(html: str) -> str:
    """``html`` with an end tag after every ``RAW_TEXT_EMBEDS`` start tag that has none after
    it, so the page after an unclosed ``<iframe …>`` is parsed as the page, not as the iframe's
    text. One pass over the text, and one per tag a page has."""
    if _ANY_RAW_TEXT_START.search(html) is None:
        return html
    for tag in RAW_TEXT_EMBEDS:
        ends = [m.start() for m in _RAW_TEXT_END[tag].finditer(html)]
        last_end = ends[-1] if ends else -1
        unclosed = [m.end() for m in _RAW_TEXT_START[tag].finditer(html)
                    if m.start() > last_end]
        if unclosed:
            cuts = [0, *unclosed, len(html)]
            html = f"</{tag}>".join(html[a:b] for a, b in itertools.pairwise(cuts))
    return html


def close_void_elements(root: etree._Element) -> None:
    """Give back what the parser nested in a void element (``VOID_TAGS``): it belongs after
    it, as a browser reads it."""
    for el in [e for e in root.iter(*VOID_TAGS) if len(e) or e.text]:
        unwrap(el)


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    return bool(cls and not _HIDDEN_CLASS.isdisjoint(cls.lower().split()))


def unwrap_unclosed_embeds(root: etree._Element) -> None:
    """An embedding element (``_EMBEDDING_TAGS``) left unclosed holds the rest of its parent:
    it is its parent's last child and holds block elements with more text than a fallback
    message. Its content goes back into the parent, so pruning the element keeps the text."""
    for el in list(root.iter(*_EMBEDDING_TAGS)):
        if el.getparent() is None or el.getnext() is not None:
            continue
        blocks = list(el.iterdescendants(*_BLOCK_TAGS))
        if sum(len(t.strip()) for b in blocks for t in b.itertext()) > _FALLBACK_MAX_CHARS:
            unwrap(el)


def prune(root: etree._Element) -> None:
    """Remove scripts, styles, form controls, frames, marquees, comments and hidden elements."""
    unwrap_unclosed_embeds(root)
    etree.strip_elements(root, *PRUNE_TAGS, with_tail=False)
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        drop(el)
    for el in [e for e in root.iter("*") if is_hidden(e)]:
        if el.getparent() is not None:  # not already gone with a hidden ancestor
            drop(el)
    for table in [t for t in root.iter("table") if is_calendar(t)]:
        if table.getparent() is not None:
            drop(table)


_DAY_NUMBER = re.compile(r"[1-9]|[12]\d|3[01]")


def is_calendar(table: etree._Element) -> bool:
    """A month calendar widget ("Lịch": a table whose cells are the days 1 to 28-31, most of
    them links to that day's archive): the page's chrome, neither its text nor its teasers."""
    days: set[str] = set()
    filled = 0
    for cell in table.iter("td", "th"):
        if next(cell.iterancestors("table")) is not table:
            continue  # a cell of a table inside this one (a layout table holds the widget)
        text = "".join(cell.itertext()).strip()
        if text:
            filled += 1
            if filled > 80:
                return False  # a month is at most 31 days and a few labels: a data table
            if _DAY_NUMBER.fullmatch(text):
                days.add(text)
    return len(days) >= 28 and len(days) >= 0.6 * filled


def text_len(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def link_density(el: etree._Element) -> float:
    total = text_len(el)
    if not total:
        return 0.0
    linked = sum(text_len(a) for a in el.iter("a"))
    return linked / total


def looks_boilerplate(el: etree._Element) -> bool:
    """Class/id names a boilerplate role (share, related, banner…) and the text agrees.

    A blockquote is quoted text, whatever its class: an embedded post ("twitter-tweet",
    "instagram-media") quotes what the story cites, where a share button is a link or a list;
    so is a wrapper ("social-media-embed") whose text is all in blockquotes.
    """
    names = names_of(el)
    if not names or el.tag == "blockquote":
        return False
    r = rules()
    if not r.class_id.search(names):
        return False
    if r.class_id_keep.search(names):
        # "article-tools" is boilerplate, "article-content" with a boilerplate-ish suffix is not
        return text_len(el) < 300 or link_density(el) > 0.5
    quoted = sum(text_len(q) for q in el.iterdescendants("blockquote"))
    return quoted == 0 or quoted < 0.8 * text_len(el)


def remove_boilerplate(container: etree._Element,
                       extra: list[etree._Element] | None = None) -> None:
    """Drop boilerplate descendants of ``container`` (never the container itself)."""
    for el in extra or ():
        if el is not container and container in el.iterancestors():
            drop(el)
    total = text_len(container)
    for el in list(container.iterdescendants("*")):
        if el.getparent() is None or not _attached(el, container):
            continue
        # a wrapper holding most of the body is never boilerplate, whatever its class says
        if (looks_boilerplate(el) or _attachment_box(el)) and text_len(el) < 0.5 * total:
            drop(el)


_ATTACHMENT_LABEL_MAX = 40  # characters beside the file links: "File đính kèm:", "Tải về"


def _attachment_box(el: etree._Element) -> bool:
    """A box of the story's files ("File đính kèm: <a>Thông báo số 95/TB-UBND</a>") inside the
    block taken for its text (a short notice's text grows to its section): the files are
    recorded as the story's attachments (found before the body is cleaned), the label and the
    files' names are no text of the story."""
    names = " ".join(filter(None, (el.get("class"), el.get("id"))))
    r = rules()
    if not names or not r.attachment_box.search(names):
        return False
    files = [a for a in el.iter("a") if (href := (a.get("href") or "").strip())
             and (r.attachment_ext.search(href) or r.attachment_path.search(href))]
    return bool(files) and text_len(el) - sum(text_len(a) for a in files) <= _ATTACHMENT_LABEL_MAX


def _attached(el: etree._Element, container: etree._Element) -> bool:
    return any(a is container for a in el.iterancestors())
