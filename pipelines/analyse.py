"""Raw page → article with statistics and places, and what kind of page it is: the one
composition used by the crawl, ``extract`` and ``reprocess``. Pure like its parts: no Scrapy,
no SQLite.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pipelines.classify import PageClass, SiteKnowledge, classify_page
from pipelines.extract import extract_article
from pipelines.extract.signals import PageSignals
from pipelines.places import find_places, site_units
from pipelines.statistics import find_statistics


@dataclass
class Analysis:
    article: dict[str, Any]  # the DESIGN.md ``extract`` JSON object, statistics included
    is_article: bool  # the verdict: an article, not a listing, home or other page
    page_class: str = "article"  # article, listing, home or other (pipelines/classify.py)
    page_class_reason: str = ""  # why, in words
    # "page": the page alone decided; "site": the site's listings did
    page_class_basis: str = "page"
    # pages this page teases (a listing's articles)
    teasers: list[str] = field(default_factory=list)
    signals: PageSignals | None = None


def analyse_page(body: bytes | str, url: str, *, encoding: str | None = None,
                 content_type: str | None = None, site: str | None = None,
                 family: str | None = None,
                 site_entry: Mapping[str, Any] | None = None,
                 knowledge: SiteKnowledge | None = None) -> Analysis:
    """Extract the article, the statistics of its body and the places it names, and classify
    the page. Raises ``ExtractionError``.

    ``site_entry`` is the site's registry entry or ``sites`` row (``name``, ``province``,
    ``base_url``): it says which province and district the site stood for, so a commune name
    that exists in several provinces resolves to the site's. Without it, the page's host
    (``<unit>.<province>.gov.vn``) is used.

    ``knowledge`` is what the site's archived listings say (``Archive.listed_urls``): with it,
    the class weighs the site's evidence too (pages listings tease are articles); without it,
    the page alone decides.
    """
    article = extract_article(body, url, encoding=encoding, content_type=content_type,
                              site=site, family=None if family == "generic" else family)
    data = article.to_dict()
    data["statistics"] = [s.to_dict() for s in find_statistics(data.get("body_text") or "")]
    data["places"] = find_places(data.get("body_text") or "", site_units(site_entry, url),
                                 data.get("published"))
    data["encoding"] = article.encoding
    signals: PageSignals = article.signals
    analysis = Analysis(article=data, is_article=bool(article.is_article),
                        teasers=list(signals.teasers), signals=signals)
    return judge(analysis, knowledge)


def judge(analysis: Analysis, knowledge: SiteKnowledge | None = None) -> Analysis:
    """The analysis with its class decided again with what the site's listings say (None: the
    page alone). Cheap and pure: no extraction is repeated."""
    assert analysis.signals is not None
    evidence = knowledge.evidence(
        analysis.article["url"], analysis.teasers,
        canonical=analysis.signals.canonical_elsewhere,
        title=analysis.signals.title) if knowledge else None
    verdict: PageClass = classify_page(analysis.signals, evidence)
    return replace(analysis, is_article=verdict.is_article, page_class=verdict.kind,
                   page_class_reason=verdict.reason, page_class_basis=verdict.basis)
