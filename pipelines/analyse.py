"""Raw page → article with statistics and places: the one composition used by the crawl,
``extract`` and ``reprocess``. Pure like its parts: no Scrapy, no SQLite.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipelines.extract import extract_article
from pipelines.places import find_places, site_units
from pipelines.statistics import find_statistics


@dataclass
class Analysis:
    article: dict[str, Any]  # the DESIGN.md ``extract`` JSON object, statistics included
    is_article: bool  # the extractor's judgement: an article, not a listing or home page


def analyse_page(body: bytes | str, url: str, *, encoding: str | None = None,
                 content_type: str | None = None, site: str | None = None,
                 family: str | None = None,
                 site_entry: Mapping[str, Any] | None = None) -> Analysis:
    """Extract the article, the statistics of its body and the places it names. Raises
    ``ExtractionError``.

    ``site_entry`` is the site's registry entry or ``sites`` row (``name``, ``province``,
    ``base_url``): it says which province and district the site stood for, so a commune name
    that exists in several provinces resolves to the site's. Without it, the page's host
    (``<unit>.<province>.gov.vn``) is used.
    """
    article = extract_article(body, url, encoding=encoding, content_type=content_type,
                              site=site, family=None if family == "generic" else family)
    data = article.to_dict()
    data["statistics"] = [s.to_dict() for s in find_statistics(data.get("body_text") or "")]
    data["places"] = find_places(data.get("body_text") or "", site_units(site_entry, url),
                                 data.get("published"))
    data["encoding"] = article.encoding
    return Analysis(article=data, is_article=bool(article.is_article))
