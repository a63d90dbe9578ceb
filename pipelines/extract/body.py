"""From a cleaned body element to paragraphs, images, captions and the byline.

Each paragraph is the whole text of one block element (p, div, li, heading, table row); a
``<br>`` also ends a paragraph. A table row whose cells hold no blocks is one paragraph with its
cells joined by " | " (a layout table's cells are walked as blocks instead). Gold conventions:
shared/corpus/README.md §3.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from .article import Image
from .clean import drop, rules
from .dates import is_dateline
from .names import NamePattern
from .text import clean_text

BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "section", "article",
    "header", "footer", "figure", "figcaption", "pre", "center", "address", "nav", "aside", "main",
    "hr", "form", "fieldset", "details", "summary",
})
_EMPH = frozenset({"em", "i", "cite"})
_STRONG = frozenset({"strong", "b"})
_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
_CENTER = re.compile(r"text-align\s*:\s*center", re.I)
_BYLINE_PREFIX = re.compile(r"^(tác giả|người viết|bài(,| và)? ảnh|tin(,| và)? ảnh|bài|tin)\s*:\s*",
                            re.I)
_SENTENCE_END = re.compile(r"[.;:!?…]\s*$")
# A paragraph this long said again word for word within a few paragraphs is a photo gallery's
# copy of its caption (full and truncated, slide and lightbox); a recipe or an interview repeats
# its lines too, but further apart.
_REPEAT_CHARS, _REPEAT_WINDOW = 80, 6
_BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
_SKIP_IMG = re.compile(r"(spacer|blank|pixel|icon|logo|loading|\.svg)(\W|$)", re.I)


@dataclass
class Block:
    text: str = ""
    owner: etree._Element | None = None
    kind: str = "text"  # "text", "row", "image"
    emph: bool = False  # all text inside em/i
    strong: bool = False  # all text inside strong/b
    link_chars: int = 0
    image: Image | None = None
    caption_el: bool = False  # figcaption or a profile caption cell

    @property
    def right(self) -> bool:
        return _aligned(self.owner, _RIGHT, "right") or _right_by_class(self.owner)

    @property
    def center(self) -> bool:
        return _aligned(self.owner, _CENTER, "center")


def _aligned(el: etree._Element | None, rx: re.Pattern[str], word: str) -> bool:
    for _ in range(3):
        if el is None:
            return False
        if (rx.search(el.get("style") or "") or (el.get("align") or "").lower() == word
                or el.tag == word):
            return True
        el = el.getparent()
    return False


# Right alignment by a class, as editors and CSS frameworks write it: the block editor's
# "has-text-align-right", Bootstrap's "text-right"/"text-end", "align-right", "ta-right".
_RIGHT_CLASS = NamePattern(r"(^|\s)(has-text-align-right|text-right|text-end|align-?right"
                           r"|ta-right|text-align-right)(\s|$)")


def _right_by_class(el: etree._Element | None) -> bool:
    for _ in range(3):
        if el is None:
            return False
        cls = el.get("class")
        if cls and _RIGHT_CLASS.search(cls):
            return True
        el = el.getparent()
    return False


@dataclass
class _Collector:
    base_url: str
    caption_els: frozenset[etree._Element] = frozenset()
    blocks: list[Block] = field(default_factory=list)
    # text, emph, strong, link
    parts: list[tuple[str, bool, bool, bool]] = field(default_factory=list)
    owners: list[etree._Element] = field(default_factory=list)

    def flush(self) -> None:
        if not self.parts:
            return
        text = clean_text("".join(p[0] for p in self.parts))
        if text:
            visible = [p for p in self.parts if p[0].strip()]
            owner = self.owners[-1] if self.owners else None
            self.blocks.append(Block(
                text=text, owner=owner,
                emph=all(p[1] for p in visible), strong=all(p[2] for p in visible),
                link_chars=sum(len(p[0].strip()) for p in visible if p[3]),
                caption_el=owner is not None and (owner.tag == "figcaption"
                                                  or owner in self.caption_els),
            ))
        self.parts = []


def extract_blocks(container: etree._Element, base_url: str,
                   caption_els: Iterable[etree._Element] = ()) -> list[Block]:
    c = _Collector(base_url, frozenset(caption_els))
    c.owners.append(container)
    _walk_children(container, c, False, False, False)
    c.flush()
    return c.blocks


def _walk_children(el: etree._Element, c: _Collector, emph: bool, strong: bool, link: bool) -> None:
    if el.text:
        c.parts.append((el.text, emph, strong, link))
    for child in el:
        if isinstance(child.tag, str):
            _walk(child, c, emph, strong, link)
        if child.tail:
            c.parts.append((child.tail, emph, strong, link))


def _is_data_row(tr: etree._Element) -> bool:
    return not any((d.tag in BLOCK_TAGS and d.tag not in ("td", "th")) or d.tag in ("br", "img")
                   for d in tr.iterdescendants() if isinstance(d.tag, str))


def _walk(el: etree._Element, c: _Collector, emph: bool, strong: bool, link: bool) -> None:
    assert isinstance(el.tag, str)  # callers pass elements, not comments or processing instructions
    tag = el.tag.lower()
    if tag == "br":
        c.flush()
        return
    if tag == "img":
        src = el.get("src") or el.get("data-src") or ""
        if src and not _SKIP_IMG.search(src) and not src.startswith("data:"):
            c.flush()
            c.blocks.append(Block(kind="image", owner=el,
                                  image=Image(urljoin(c.base_url, src.strip()))))
        return
    if tag == "tr" and _is_data_row(el):
        c.flush()
        cells = [clean_text("".join(td.itertext())) for td in el
                 if isinstance(td.tag, str) and td.tag in ("td", "th")]
        if any(cells):
            c.blocks.append(Block(
                text=" | ".join(cells), owner=el, kind="row",
                link_chars=sum(len("".join(a.itertext()).strip()) for a in el.iter("a"))))
        return
    emph = emph or tag in _EMPH
    strong = strong or tag in _STRONG
    link = link or tag == "a"
    if tag in BLOCK_TAGS:
        c.flush()
        c.owners.append(el)
        _walk_children(el, c, emph, strong, link)
        c.flush()
        c.owners.pop()
    else:
        _walk_children(el, c, emph, strong, link)


_NOT_WORD = re.compile(r"[^\w]+")


def _norm(s: str) -> str:
    return _NOT_WORD.sub(" ", s.casefold()).strip()


def strip_title_repeat(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the title when the body repeats it at the top, on one line or split over several
    (the seed page repeats it over three bold centred lines); case and punctuation aside.
    A kicker or two above it ("BREAKING NEWS", a section name: a few words each) goes with it."""
    want = _norm(title or "")
    if not want:
        return blocks
    text_blocks = [(k, b) for k, b in enumerate(blocks) if b.kind != "image"][:8]
    for start in range(min(3, len(text_blocks))):
        if start and not _kicker(text_blocks[start - 1][1].text):
            break
        acc = ""
        for n, (_, b) in enumerate(text_blocks[start:], start):
            acc = (acc + " " + _norm(b.text)).strip()
            if acc == want or (len(acc) >= 0.9 * len(want) and want.startswith(acc)):
                drop_idx = {k for k, _ in text_blocks[: n + 1]}
                return [b for k, b in enumerate(blocks) if k not in drop_idx]
            if not want.startswith(acc):
                break
    return blocks


def _kicker(text: str) -> bool:
    return len(text) <= 40 and len(text.split()) <= 4 and not _SENTENCE_END.search(text)


def split_header_lines(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Date lines above the first paragraph of prose ("Ngày 17/09/2004", "Cập nhật: …"),
    when the headline and its dateline sit inside the body block (table layouts): they are
    header, not body. Returns the remaining blocks and the lines, for the date finder."""
    from .dates import DATED_BYLINE, parse_date

    lines: list[str] = []
    for b in blocks:
        if b.kind == "image":
            continue
        words = b.text.split()
        if len(words) > 12 and not (len(words) <= 24 and DATED_BYLINE.search(b.text)):
            break
        if parse_date(b.text) is None:
            break
        lines.append(b.text)
    if not lines:
        return blocks, []
    drop_ids = set()
    for b in blocks:
        if b.kind != "image" and b.text in lines:
            drop_ids.add(id(b))
            if len(drop_ids) == len(lines):
                break
    return [b for b in blocks if id(b) not in drop_ids], lines


def drop_boilerplate_blocks(blocks: list[Block]) -> list[Block]:
    """Boilerplate paragraphs by their whole text; a related-news heading cuts the list after it;
    a short line repeated above the first paragraph of prose (a photo gallery's captions and
    credits) is said once, and so is a long paragraph repeated within a few paragraphs (a
    gallery's caption again); other repeats are the article's own (tables, recipes)."""
    r = rules()
    out: list[Block] = []
    seen: dict[str, int] = {}  # text -> index among text blocks where it last appeared
    k = 0
    in_header = True
    for n, b in enumerate(blocks):
        if b.kind == "image":
            out.append(b)
            continue
        in_header = in_header and len(b.text) < 150
        k += 1
        last, seen[b.text] = seen.get(b.text), k
        if last is not None and (in_header or (len(b.text) >= _REPEAT_CHARS
                                               and k - last <= _REPEAT_WINDOW)):
            continue
        if (b.kind == "text" and len(b.text) >= 15 and b.link_chars >= 0.8 * len(b.text)
                and not _BARE_URL.match(b.text)):
            # a line that is all link: a teaser for another page, not this article's text;
            # a link showing its own address is the article citing it
            continue
        low = b.text.casefold()
        if r.cut.search(low) and len(b.text) < 60:
            # "Tin khác" / "Các tin liên quan" heading: what follows is link lists, stop here,
            # but keep later text that is not mostly links (some bodies put the list mid-page)
            rest = [x for x in blocks[n + 1:] if x.kind != "image"]
            if not rest or (sum(x.link_chars for x in rest)
                            / max(1, sum(len(x.text) for x in rest))) > 0.4:
                break
            continue
        if r.paragraph.search(low):
            continue
        out.append(b)
    return out


def attach_captions(blocks: list[Block]) -> None:
    """An image's caption: the next block when it is a figcaption, a caption cell or an
    italic line (centred or short) right after the image. The caption stays a paragraph."""
    for n, b in enumerate(blocks):
        if b.kind != "image" or b.image is None:
            continue
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        if nxt is None or nxt.kind != "text":
            continue
        if nxt.caption_el or (nxt.emph and (nxt.center or len(nxt.text) < 250)):
            b.image.caption = nxt.text


def find_byline(blocks: list[Block]) -> str | None:
    """The right-aligned short last paragraph, as shown (it stays in the body too); a
    dateline ("Trúc Khê, ngày 04 tháng 7 năm 2025") names a place and a day, not who wrote it."""
    texts = [b for b in blocks if b.kind == "text"]
    if not texts:
        return None
    last = texts[-1]
    words = last.text.split()
    if (last.right and 0 < len(words) <= 12 and len(last.text) <= 100
            and not _SENTENCE_END.search(last.text.rstrip("./")) and not is_dateline(last.text)):
        return _BYLINE_PREFIX.sub("", last.text).strip() or None
    return None


def remove_blocks_from_tree(container: etree._Element, removed: list[Block]) -> None:
    """Mirror paragraph removals (title repeat, boilerplate lines) in the tree behind body_html."""
    for b in removed:
        el = b.owner
        if el is not None and el is not container and el.getparent() is not None:
            drop(el)
