"""The extraction item: one documented dataclass, the JSON contract of DESIGN.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COUNTER_KEYS = ("online", "today", "yesterday", "week", "month", "year", "total")


class ExtractionError(ValueError):
    """The input cannot be read as an HTML page (empty, binary, not HTML, too large)."""


@dataclass
class Image:
    src: str  # absolute URL
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"src": self.src, "caption": self.caption}


@dataclass
class Attachment:
    url: str  # absolute URL, the href as written (spaces and diacritics kept, not percent-encoded)
    name: str  # the link text as shown

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "name": self.name}


@dataclass
class Article:
    """One extracted page. Only ``url`` is required; every text field is NFC.

    ``encoding``, ``is_article`` and ``signals`` are for the crawler and are not part of
    ``to_dict()``.
    """

    url: str
    site: str | None = None
    extractor: str = "generic"  # "profile:<family>" or "generic"
    title: str | None = None
    # local time, ISO 8601 without zone: "2023-11-27T15:30" or "2023-11-27"
    published: str | None = None
    published_raw: str | None = None  # the page text the date was read from
    author: str | None = None  # byline as shown
    category: str | None = None  # section name as shown in the breadcrumb
    body_text: str = ""  # paragraphs joined by a blank line, repeated title removed
    body_html: str = ""  # sanitised: no scripts, event handlers or javascript: URLs
    images: list[Image] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # all seven COUNTER_KEYS, a value the page does not show is None; None when the page has no
    # counter
    visitor_counter: dict[str, int | None] | None = None
    statistics: list[dict[str, Any]] = field(default_factory=list)  # filled by pipelines/statistics
    # the language the page declares its text in (``<html lang>``, else a Content-Language
    # meta), its primary subtag lower-cased: "vi", "en"; None when it declares none
    language: str | None = None
    encoding: str = "utf-8"  # the character encoding the page was decoded with
    # an article page, not a listing, home or other page (pipelines.classify, page alone)
    is_article: bool = False
    signals: Any = None  # pipelines.extract.signals.PageSignals: what the page shows about its kind

    @property
    def paragraphs(self) -> list[str]:
        return self.body_text.split("\n\n") if self.body_text else []

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "site": self.site,
            "extractor": self.extractor,
            "title": self.title,
            "published": self.published,
            "published_raw": self.published_raw,
            "author": self.author,
            "category": self.category,
            "body_text": self.body_text,
            "body_html": self.body_html,
            "images": [i.to_dict() for i in self.images],
            "attachments": [a.to_dict() for a in self.attachments],
            "visitor_counter": (dict(self.visitor_counter) if self.visitor_counter is not None
                                else None),
            "statistics": list(self.statistics),
            "language": self.language,
        }
