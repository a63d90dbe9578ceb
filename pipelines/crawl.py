"""Scrapy item pipelines: archive every fetched response, then derive the article from it.

They meet the crawler only through ``ITEM_PIPELINES`` and the ``FetchedPage`` item's fields
(read through itemadapter, so this package never imports ``crawler``).
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipelines.analyse import Analysis, analyse_page
from pipelines.extract import ExtractionError
from pipelines.store import Archive

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
# What ArticlePipeline counts (Scrapy stats) -> the crawl_runs column it is recorded in.
RUN_OUTCOMES = {"extract/articles_new": "articles_new",
                "extract/articles_changed": "articles_changed",
                "extract/articles_unchanged": "articles_unchanged",
                "extract/articles_gone": "articles_gone", "extract/failed": "extract_errors"}


class ArchivePipeline:
    """Stores each response raw (body, headers, status, time, sha256) and commits at once."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.mode = crawler.settings.get("CRAWL_MODE", "full")
        self.archive: Archive | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.archive = Archive(self.db_path)
        site = getattr(spider, "site", None)
        if site is not None:
            self.archive.upsert_site(site.as_row())
        self.run_id = self.archive.start_run(site.id if site else None, self.mode)
        # Downstream pipelines and the CLI read the run id from here.
        self.crawler.stats.set_value("archive/run_id", self.run_id)

    def close_spider(self) -> None:
        assert self.archive is not None and self.run_id is not None
        stats = self.crawler.stats
        reason = stats.get_value("finish_reason") or "finished"
        site = getattr(self.crawler.spider, "site", None)
        if (site is not None and site.family != "generic" and self.mode == "full"
                and reason == "finished"):
            # Only complete full crawls see every listing: then an article no listing has
            # shown for GONE_AFTER_UNLISTED_RUNS of them is gone, even if its URL still answers
            # (many portals serve a "not found" page with status 200).
            stats.inc_value("extract/articles_gone", self.archive.mark_unlisted_gone(
                site.id, self.crawler.settings.getint("GONE_AFTER_UNLISTED_RUNS", 3),
                self.run_id))
        self.archive.finish_run(
            self.run_id, finish_reason=reason,
            pages_fetched=stats.get_value("archive/pages_stored", 0),
            pages_failed=stats.get_value("archive/fetch_failed", 0),
            **{column: stats.get_value(key, 0) for key, column in RUN_OUTCOMES.items()},
        )
        self.archive.close()

    def process_item(self, item: Any) -> Any:
        assert self.archive is not None
        adapter = ItemAdapter(item)
        page = adapter.asdict()
        adapter["page_id"] = self.archive.store_page(self.run_id, page)
        self.crawler.stats.inc_value("archive/pages_stored")
        if page.get("error"):  # no response, or an error status after the retries
            self.crawler.stats.inc_value("archive/fetch_failed")
        return item


class ArticlePipeline:
    """Extracts the article and its statistics from an archived page and stores them.

    A page that fails extraction stays archived: it is marked, counted and logged, and the
    crawl goes on (``reprocess`` can retry it after the extractor improves).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.archive: Archive | None = None
        self.extractor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArticlePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = Archive(self.db_path)

    def close_spider(self) -> None:
        self.extractor.shutdown(wait=True)
        if self.archive is not None:
            self.archive.close()

    async def process_item(self, item: Any) -> Any:
        page, page_id = self._archived(item)
        if not self._settled(page, page_id):
            # Extraction is pure and CPU-bound: it runs in a worker thread so one enormous or
            # hostile page cannot stall every download on the reactor thread. One thread: the
            # GIL gives no parallelism, and one page at a time bounds memory. SQLite writes
            # stay on this thread (one connection, one writer).
            loop = asyncio.get_running_loop()
            outcome = await loop.run_in_executor(self.extractor, self._analyse, page)
            self._store(page, page_id, outcome)
        return item

    def derive(self, item: Any) -> Any:
        """The same, synchronously: for a writer outside Scrapy (``pipelines/ingest.py``)."""
        page, page_id = self._archived(item)
        if not self._settled(page, page_id):
            self._store(page, page_id, self._analyse(page))
        return item

    def _archived(self, item: Any) -> tuple[ItemAdapter, int]:
        assert self.archive is not None
        page = ItemAdapter(item)
        if page.get("page_id") is None:
            raise DropItem("page was not archived; refusing to derive from it")
        return page, page["page_id"]

    def _settled(self, page: ItemAdapter, page_id: int) -> bool:
        """Handle what needs no extraction (gone, not modified, not an article page)."""
        assert self.archive is not None
        stats = self.crawler.stats
        status, seen_at = page.get("status"), page.get("fetched_at")
        if page.get("page_type") == "article" and status in (404, 410):
            # The portal says the article is gone: keep every version, record since when.
            if self.archive.mark_gone(page["url"], seen_at, f"http {status}"):
                stats.inc_value("extract/articles_gone")
            self.archive.mark_extracted(page_id, "skipped", f"status {status}: gone")
            return True
        if status == 304:  # a conditional re-check: not modified since the archived version
            if self.archive.touch_article(page["url"], seen_at):
                stats.inc_value("extract/articles_unchanged")
            self.archive.mark_extracted(page_id, "skipped", "not modified")
            return True
        reason = self._skip_reason(page)
        if reason:
            self.archive.mark_extracted(page_id, "skipped", reason)
            return True
        return False

    @staticmethod
    def _analyse(page: ItemAdapter) -> Analysis | Exception:
        try:
            return analyse_page(page["body"], page["url"],
                                content_type=_content_type(page["headers"]),
                                site=page.get("site"), family=page.get("family"))
        except (ExtractionError, ValueError) as exc:
            return exc
        except Exception as exc:  # an extractor bug must not stop the crawl; it is recorded
            logger.exception("extractor crashed on %s", page["url"])
            return exc

    def _store(self, page: ItemAdapter, page_id: int, outcome: Analysis | Exception) -> None:
        assert self.archive is not None
        if isinstance(outcome, Exception):
            self._failed(page_id, page["url"], outcome)
            return
        if page.get("page_type") != "article" and not outcome.is_article:
            self.archive.mark_extracted(page_id, "not_article")
            return
        result = self.archive.store_article(page_id, outcome.article,
                                            seen_at=page.get("fetched_at"))
        self.archive.mark_extracted(page_id, "ok")
        self.crawler.stats.inc_value(f"extract/articles_{result}")

    def _failed(self, page_id: int, url: str, exc: Exception) -> None:
        assert self.archive is not None
        message = f"{type(exc).__name__}: {exc}"
        self.archive.mark_extracted(page_id, "failed", message)
        self.crawler.stats.inc_value("extract/failed")
        logger.warning("extraction failed for %s: %s (page kept in the archive)", url, message)

    @staticmethod
    def _skip_reason(page: ItemAdapter) -> str | None:
        if page.get("status") != 200:
            return f"status {page.get('status')}"
        if page.get("page_type") in ("attachment", "listing", "other"):
            return f"page type {page.get('page_type')}"
        content_type = (_content_type(page["headers"]) or "").split(";")[0].strip().lower()
        if content_type and content_type not in HTML_TYPES:
            return f"content type {content_type}"
        return None


def _content_type(headers: dict[str, list[str]]) -> str | None:
    for key, values in headers.items():
        if key.lower() == "content-type" and values:
            return values[0]
    return None
