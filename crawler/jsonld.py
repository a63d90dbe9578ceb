"""What a page's JSON-LD (``<script type="application/ld+json">``) says: the story a
``NewsArticle`` carries, the URLs an ``ItemList`` names.

A portal built as a client-rendered app (Angular, Vue) may pre-render only the head: the body is
an empty app root, and the story (headline, date, author, section, text) is only in the head's
structured data, the stories a listing shows only in its ``ItemList``. Pure data (json and
strings, the standard library only): the crawl reads the lists for discovery, and extraction
the story, from this one reader (crawler/ never imports pipelines/; tests/test_architecture.py).
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

# schema.org types of a news story (Article and its subtypes a news site uses)
STORY_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                         "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
                         "ReviewNewsArticle", "Report"})
# the types only a news story carries: a site declaring one says "this page is a news story"
NEWS_TYPES = frozenset({"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                        "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle"})
_BLOCK_TAG = re.compile(r"<\s*(?:/p|br\s*/?|/div|/li|/h\d)\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class StructuredStory:
    """A story as the page's structured data states it."""

    kind: str  # its schema.org type ("NewsArticle" …)
    headline: str | None
    published: str | None  # datePublished as written (ISO 8601)
    author: str | None  # the author's name(s), joined by ", "
    section: str | None  # articleSection, or the name of the section it isPartOf
    paragraphs: tuple[str, ...]  # the text, paragraph by paragraph (NFC, spaces collapsed)
    text_source: str | None  # "articleBody" or "description" (only a summary), None: no text
    image: str | None  # the first image's absolute URL
    image_caption: str | None = None  # an ImageObject's caption

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def read_objects(scripts: Iterable[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page's scripts: lists and ``@graph`` flattened, a script
    that is not JSON skipped (a template's placeholder, a syntax slip)."""
    found: list[dict[str, Any]] = []
    for script in scripts:
        try:
            # strict=False: a CMS writes an articleBody's line breaks raw inside the string
            data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"), strict=False)
        except ValueError:
            continue
        found.extend(_flatten(data))
    return found


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph"))


def _nested(data: Any) -> Iterator[dict[str, Any]]:
    """The object and every object inside it (a CollectionPage's mainEntity ItemList)."""
    if isinstance(data, list):
        for item in data:
            yield from _nested(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _nested(value)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)}


def _text(value: Any) -> str | None:
    """A string property's text: NFC, entities decoded, spaces collapsed (None if empty)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", unicodedata.normalize("NFC", html.unescape(value))).strip()
    return text or None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url(value: Any, base: str) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if isinstance(value, list):
        value = value[0] if value else None
    return urljoin(base, value.strip()) if isinstance(value, str) and value.strip() else None


def paragraphs(body: str) -> tuple[str, ...]:
    """An ``articleBody``'s paragraphs: it is plain text whose paragraphs are split by line
    breaks (some sites leave the CMS's markup in it: its block ends break lines too)."""
    if _TAG.search(body):
        body = _TAG.sub("", _BLOCK_TAG.sub("\n", body))
    body = unicodedata.normalize("NFC", html.unescape(body))
    return tuple(p for p in (_SPACE.sub(" ", line).strip() for line in body.splitlines()) if p)


def _of_page(obj: dict[str, Any], page_urls: set[str]) -> bool:
    """The object describes this page (its mainEntityOfPage or url is the page or its
    canonical URL), or names no page at all."""
    named = {_bare(u) for u in (_url(obj.get("mainEntityOfPage"), ""), _url(obj.get("url"), ""))
             if u and u.startswith("http")}
    return not named or bool(named & page_urls)


def story(objects: list[dict[str, Any]], page_url: str,
          canonical: str | None = None) -> StructuredStory | None:
    """The story the page's structured data states as the page's own (None: none)."""
    page_urls = {_bare(page_url)} | ({_bare(urljoin(page_url, canonical))} if canonical else set())
    for obj in objects:
        kinds = _types(obj) & STORY_TYPES
        if not kinds or not _of_page(obj, page_urls):
            continue
        body = obj.get("articleBody")
        source: str | None = "articleBody"
        found = paragraphs(body) if isinstance(body, str) else ()
        if not found:
            description = _text(obj.get("description"))
            found, source = ((description,), "description") if description else ((), None)
        authors = obj.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [n for n in (_name(a) for a in authors) if n]
        image = obj.get("image")
        image = image[0] if isinstance(image, list) and image else image
        return StructuredStory(
            kind=sorted(kinds)[0], headline=_text(obj.get("headline") or obj.get("name")),
            published=_text(obj.get("datePublished")), author=", ".join(names) or None,
            section=_text(obj.get("articleSection")) or _name(obj.get("isPartOf")),
            paragraphs=found, text_source=source,
            image=_url(image, page_url),
            image_caption=_text(image.get("caption")) if isinstance(image, dict) else None)
    return None


def _bare(url: str) -> str:
    """A URL without its fragment and trailing slash, for comparing page URLs."""
    parts = urlsplit(url)
    return parts._replace(fragment="", path=parts.path.rstrip("/") or "/").geturl()


def listed_urls(objects: list[dict[str, Any]], page_url: str,
                kinds: frozenset[str] = frozenset({"ItemList"})) -> list[str]:
    """The URLs the page's ``ItemList``s name (a listing's stories), in order, each once, on
    the page's own host. A ``BreadcrumbList`` is the page's trail, not a list of stories: a
    crawl that follows links asks for it too (``kinds``), as it follows a breadcrumb's links."""
    host = urlsplit(page_url).hostname
    urls: list[str] = []
    for obj in (nested for top in objects for nested in _nested(top)):
        if not _types(obj) & kinds:
            continue
        items = obj.get("itemListElement")
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, dict) and "item" in item and not item.get("url"):
                item = item["item"]
            url = _url(item, page_url)
            if url and urlsplit(url).hostname == host and url not in urls:
                urls.append(url)
    return urls
