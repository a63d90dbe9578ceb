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
from pipelines.extract import Article, ExtractionError, extract_article
from pipelines.extract.story_pager import page_number
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
    return join_pages(analysis, [page for page in (_extracted(raw) for raw in further) if page],
                      site_entry)


def _extracted(raw: RawPage) -> Article | None:
    url, body, kind = raw
    try:
        return extract_article(body, url, content_type=kind)
    except ExtractionError:
        return None


def join_pages(analysis: Analysis, further: Sequence[Article],
               site_entry: Mapping[str, Any] | None = None) -> Analysis:
    """``join_story`` of further pages extracted already, in their pager's order."""
    first = analysis.article
    texts, htmls = [first.get("body_text") or ""], [first.get("body_html") or ""]
    images, attachments = list(first.get("images") or []), list(first.get("attachments") or [])
    author = first.get("author")
    joined = 1
    for page in sorted(further, key=_number):
        if page.title != first.get("title") or not page.body_text or page.body_text in texts:
            # not this story's, or its text again (a comment list's page 2 under the story's
            # URL with a page number shows the story once more): no part to add
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


def _number(page: Article) -> int:
    found = page_number(page.url)
    return found[1] if found else 1


def join_archived(archive: Archive, analysis: Analysis,
                  site_entry: Mapping[str, Any] | None = None) -> tuple[Analysis, list[str]]:
    """``join_story`` with the further pages the archive holds (the newest fetch of each),
    and the URLs of those it does not hold yet. A further page's own pager may name pages the
    first page's does not (an elided pager, "Trang tiếp" alone): followed too."""
    assert analysis.signals is not None
    queue = list(analysis.signals.story_pages)
    seen = set(queue)
    found: list[Article] = []
    missing: list[str] = []
    while queue:
        url = queue.pop(0)
        row = archive.db.execute(_NEWEST_FETCH, [url]).fetchone()
        if row is None:
            missing.append(url)
            continue
        headers = json.loads(row[1] or "{}") if isinstance(row[1], str) else (row[1] or {})
        page = _extracted((url, archive.raw_body(row[0]), content_type(headers)))
        if page is None:
            continue
        found.append(page)
        later = getattr(page.signals, "story_pages", None) or []
        queue += [u for u in later if u not in seen]
        seen.update(later)
    return (join_pages(analysis, found, site_entry) if found else analysis), missing
