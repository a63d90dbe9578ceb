"""One story split over pages, joined into one article: the first page's article with every
further page's text after its own, in the pager's order.

A long story whose editors split it over pages (``pipelines/extract/story_pager.py`` reads the
pager) is archived once, under its first page's URL, holding the whole text: the figures of
page 3 belong to the story a researcher counts and cites, and page 2 stored as an article of
its own would count the story twice. The further pages are parts of it (``duplicate``).

``join_story`` is pure (the further pages' raw bodies in, an analysis out); ``join_archived``
reads those bodies from the archive, the newest fetch of each, and says which it lacks (the
crawl fetches a story's further pages after its first: ``derive.record`` waits for them, and
``derive.settle_classes`` joins them at the run's end).
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pipelines.analyse import Analysis
from pipelines.extract import ExtractionError, extract_article
from pipelines.places import find_places, site_units
from pipelines.statistics import find_statistics
from pipelines.store import Archive, content_type

# (URL, raw body, Content-Type) of one further page
RawPage = tuple[str, bytes, str | None]

_NEWEST_FETCH = ("select sha256, headers from pages where url = ? and status = 200 "
                 "and sha256 is not null order by id desc limit 1")


def join_story(analysis: Analysis, further: Sequence[RawPage],
               site_entry: Mapping[str, Any] | None = None) -> Analysis:
    """The first page's analysis with each further page's text, photos and files after its
    own; the statistics and places found again in the whole text. A further page that does not
    carry the story's headline is no part of it and is left out (a pager read wrongly)."""
    first = analysis.article
    texts, htmls = [first.get("body_text") or ""], [first.get("body_html") or ""]
    images, attachments = list(first.get("images") or []), list(first.get("attachments") or [])
    author = first.get("author")
    joined = 1
    for url, body, kind in further:
        try:
            page = extract_article(body, url, content_type=kind)
        except ExtractionError:
            continue
        if page.title != first.get("title") or not page.body_text:
            continue
        part = page.to_dict()
        joined += 1
        texts.append(part["body_text"])
        htmls.append(part.get("body_html") or "")
        images += [i for i in part.get("images") or [] if i not in images]
        attachments += [f for f in part.get("attachments") or [] if f not in attachments]
        author = author or part.get("author")  # the byline closes the last page
    if joined == 1:
        return analysis
    text = "\n\n".join(t for t in texts if t)
    data = {**first, "body_text": text, "body_html": "\n".join(h for h in htmls if h),
            "images": images, "attachments": attachments, "author": author,
            "extractor": f"{first.get('extractor')}+pages:{joined}"}
    data["statistics"] = [s.to_dict() for s in find_statistics(text)]
    data["places"] = find_places(text, site_units(site_entry, first["url"]), data.get("published"))
    return replace(analysis, article=data)


def join_archived(archive: Archive, analysis: Analysis,
                  site_entry: Mapping[str, Any] | None = None) -> tuple[Analysis, list[str]]:
    """``join_story`` with the further pages the archive holds (the newest fetch of each),
    and the URLs of those it does not hold yet."""
    assert analysis.signals is not None
    found: list[RawPage] = []
    missing: list[str] = []
    for url in analysis.signals.story_pages:
        row = archive.db.execute(_NEWEST_FETCH, [url]).fetchone()
        if row is None:
            missing.append(url)
            continue
        headers = json.loads(row[1] or "{}") if isinstance(row[1], str) else (row[1] or {})
        found.append((url, archive.raw_body(row[0]), content_type(headers)))
    return (join_story(analysis, found, site_entry) if found else analysis), missing
