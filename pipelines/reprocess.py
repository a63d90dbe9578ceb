"""Re-derive archived raw pages, offline, through the one derive path (``pipelines.derive``).

For each URL that may hold an article the newest archived 200 response is derived again;
``store_article`` makes a new version only when the title or body changed, so running it
twice changes nothing. Pages a crawl archived but never derived (the crawl was killed) are
derived the same way, run by run.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from pipelines.derive import Derived, RunEnd, archived_page, close_run, derive_pages, settle_classes
from pipelines.progress import Progress, no_progress
from pipelines.store import Archive

SUMMARY_KEYS = ("new", "changed", "unchanged", "not_article", "failed", "skipped")


def _logger(log: Callable[[str], None]) -> Callable[[Derived], None]:
    def on_page(derived: Derived) -> None:
        if derived.extract_status == "failed" or (derived.detail or "").startswith("archived"):
            log(f"{derived.extract_status} {derived.url}: {derived.detail}")
    return on_page


def reprocess_archive(archive: Archive, log: Callable[[str], None] = print, *,
                      ocr: bool = False, progress: Progress = no_progress) -> dict[str, int]:
    """Derive the newest archived fetch of every article URL again, judge the generic sites'
    pages again with what all their listings say (``settle_classes``: a listing once stored
    as an article is retracted, with its versions, statistics and search rows), then read
    every archived attachment file again as a document (``ocr``: scanned PDFs through
    Tesseract). ``progress`` is told of each page as it is derived."""
    for site in [None, *archive.site_ids()]:  # places: the unit tables, every site's units
        archive.prepare_places(site)
    retracted = archive.db.table("retractions").count
    pages = archive.latest_article_pages()
    summary = derive_pages(archive, (archived_page(row) for row in progress(
        pages, "articles", len(pages))), on_page=_logger(log), again=True)
    for row in archive.db.table("sites").rows_where("family = 'generic'"):
        settle_classes(archive, row["id"])
    files = archive.latest_attachment_pages()
    documents = derive_pages(archive, (archived_page(row) for row in progress(
        files, "documents", len(files))), on_page=_logger(log), again=True, ocr=ocr)
    return {**_summary(summary), "retracted": archive.db.table("retractions").count - retracted,
            "documents": sum(documents.values()), "documents_failed": documents["failed"]}


def derive_interrupted_run(archive: Archive, run: dict[str, Any], *, registered: bool,
                           log: Callable[[str], None] = lambda message: None) -> dict[str, int]:
    """A run that never finished (its process was killed): derive the pages it archived but
    had no time to derive, and close it as ``interrupted`` with its true counts."""
    summary = derive_pages(archive, (archived_page(row)
                                     for row in archive.pages_to_derive(run["id"])),
                           on_page=_logger(log))
    close_run(archive, run["id"], RunEnd("interrupted", run.get("mode") or "full", registered))
    return _summary(summary)


def derive_left_over(archive: Archive, run_id: int,
                     log: Callable[[str], None] = lambda message: None) -> dict[str, int]:
    """A closed run's pages its derive processes left (one of them failed): derive them now."""
    return _summary(derive_pages(archive, (archived_page(row)
                                           for row in archive.pages_to_derive(run_id)),
                                 on_page=_logger(log)))


def _summary(summary: Counter[str]) -> dict[str, int]:
    return {key: summary[key] for key in SUMMARY_KEYS}
