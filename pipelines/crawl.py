"""The crawl's item pipeline: archive every fetched response first, derive behind it.

It meets the crawler only through ``ITEM_PIPELINES`` and the ``FetchedPage`` item's fields
(read through itemadapter, so this package never imports ``crawler``).

- **Archive first, in batches.** Responses are committed to ``pages`` in one transaction per
  ``ARCHIVE_BATCH_PAGES`` pages or ``ARCHIVE_BATCH_SECONDS``, whichever comes first. An item
  is finished (and counted in ``archive/pages_stored``) only once its batch is committed, so
  every response the crawl has counted as archived survives kill -9. A thread of the
  pipeline's own commits the batches, so the reactor goes on fetching while a batch waits
  for the write lock a derive process holds.
- **Derive behind** (``DERIVE_MODE``): ``process`` (default) runs ``pipelines.derive`` in a
  process of its own, fed from the archive, so extraction uses the second core instead of
  taking turns with Scrapy under one GIL; ``inline`` derives each batch here after its commit;
  ``off`` only archives (``reprocess`` derives later).
- **Close the run** once Scrapy says why it ended (``spider_closed``): counts come from the
  archive, the unlisted-gone rule only follows a complete full crawl (``pipelines.derive``).
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.runner import derive_processes
from pipelines.derive import (
    GONE_AFTER_UNLISTED_RUNS,
    RUN_COLUMNS,
    RunEnd,
    archived_page,
    close_run,
    derive_page,
)
from pipelines.derive_process import DeriveProcess
from pipelines.reprocess import derive_left_over
from pipelines.store import Archive

logger = logging.getLogger(__name__)

DERIVE_MODES = ("process", "inline", "off")
# The SQLite page cache of each of the crawl process's two connections, KiB (SQLite's default
# is 2 MiB, ``store.SMALL_CACHE_KIB`` 512): the archive thread's appends pages and blobs (a
# few b-tree pages of each table and index a response, which the OS caches besides); the
# reactor's reads the run's counts every 2 s. Both filled 512 KiB in a 1,000-page bench
# crawl; at 128, the crawl process's peak is ~1 MiB lower for the same CPU a page.
CACHE_KIB = 128


class ArchivePipeline:
    """Stores each response raw (body, headers, status, time, sha256), then derives from it."""

    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.db_path = settings.get("ARCHIVE_DB", "archive.db")
        self.mode = settings.get("CRAWL_MODE", "full")
        self.derive_mode = settings.get("DERIVE_MODE", "process")
        if self.derive_mode not in DERIVE_MODES:
            raise NotConfigured(f"DERIVE_MODE must be one of {DERIVE_MODES}")
        self.batch_pages = settings.getint("ARCHIVE_BATCH_PAGES", 32)
        self.batch_seconds = settings.getfloat("ARCHIVE_BATCH_SECONDS", 0.25)
        self.gone_after = settings.getint("GONE_AFTER_UNLISTED_RUNS", GONE_AFTER_UNLISTED_RUNS)
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.derivers: list[DeriveProcess] = []
        self.derive_processes = max(1, derive_processes(settings))
        self.classes_settled = False  # by a derive process (a generic crawl's, see close_run)
        self.pending: list[Any] = []
        self.committed: asyncio.Future[None] | None = None
        # Batches are committed by one thread with a connection of its own, so the reactor
        # never waits for SQLite's write lock (a derive process holds it while it records).
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive")
        self.writer_archive: Archive | None = None  # the thread's; opened there
        self.storing: set[asyncio.Future[None]] = set()
        self.flush_timer: asyncio.TimerHandle | None = None
        self.counts_loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    # -- the run -----------------------------------------------------------------------------

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.archive = Archive(self.db_path, cache_kib=CACHE_KIB)
        site = getattr(spider, "site", None)
        if site is not None:
            self.archive.upsert_site(site.as_row())
        self.run_id = self.archive.start_run(site.id if site else None, self.mode)
        # The CLI reads the run id from here.
        self.crawler.stats.set_value("archive/run_id", self.run_id)
        if self.derive_mode == "process":
            # A generic crawl's classes are settled by the first derive process, last: the
            # crawl process never loads extraction.
            self.derivers = [DeriveProcess(self.db_path, self.run_id,
                                           (k, self.derive_processes),
                                           settle=k == 0 and not self._registered())
                             for k in range(self.derive_processes)]
            # The progress line reads article counts from stats: refresh them from the archive.
            self.counts_loop = task.LoopingCall(self._count_outcomes)
            self.counts_loop.start(2.0, now=False)

    async def close_spider(self) -> None:
        self._flush()
        # Every batch committed (the thread takes them in order) before the derive processes
        # hear that no more pages will come.
        await asyncio.gather(*self.storing, return_exceptions=True)
        await asyncio.get_running_loop().run_in_executor(self.writer, self._close_writer)
        self.writer.shutdown()
        if self.counts_loop is not None and self.counts_loop.running:
            self.counts_loop.stop()
        if self.derivers:
            loop = asyncio.get_running_loop()
            settler, others = self.derivers[0], self.derivers[1:]
            for deriver in others:
                deriver.no_more_pages()
            statuses = [await loop.run_in_executor(None, deriver.finish) for deriver in others]
            # The settling process ends last: when it settles, every page is derived.
            statuses.append(await loop.run_in_executor(None, settler.finish))
            self.classes_settled = settler.settles and not any(statuses)
            if any(statuses):
                logger.error("a derive process ended with status %s; deriving what it left "
                             "here", max(statuses))
                self._derive_left_over()

    def _close_writer(self) -> None:
        if self.writer_archive is not None:
            self.writer_archive.close()
            self.writer_archive = None

    def _derive_left_over(self) -> None:
        assert self.archive is not None and self.run_id is not None
        try:
            derive_left_over(self.archive, self.run_id)
        except sqlite3.Error as exc:
            logger.error("could not derive the run's last pages (%s); the next crawl of the "
                         "site or `district-archive reprocess` derives them", exc)

    def spider_closed(self, reason: str) -> None:
        """Scrapy's reason is known only now: finished, closespider_pagecount, shutdown..."""
        assert self.archive is not None and self.run_id is not None
        stats = self.crawler.stats
        end = RunEnd(finish_reason=reason, mode=self.mode, registered=self._registered(),
                     classes_settled=self.classes_settled,
                     pages_lost=stats.get_value("archive/store_failed", 0),
                     dropped={k.removeprefix("dropped/"): v
                              for k, v in stats.get_stats().items()
                              if k.startswith("dropped/") and v})
        try:
            fields = close_run(self.archive, self.run_id, end, self.gone_after)
        except sqlite3.Error as exc:
            # The archive cannot take even the run's row (disk full): say so loudly; the CLI
            # exits non-zero, and the next run finds this one unfinished and derives its pages.
            logger.error("could not close run %s in the archive: %s", self.run_id, exc)
            stats.set_value("archive/close_failed", f"{type(exc).__name__}: {exc}")
        else:
            for outcome, column in RUN_COLUMNS.items():
                stats.set_value(_stat(outcome), fields[column])
            stats.set_value("archive/finish_reason", fields["finish_reason"])
            if self.derive_mode != "off":  # pages archived that no derive process got to
                stats.set_value("archive/underived",
                                self.archive.run_counts(self.run_id)["pages_underived"])
        finally:
            self.archive.close()

    def _registered(self) -> bool:
        """A registry site's crawl (its listings are known), not a generic crawl."""
        site = getattr(self.crawler.spider, "site", None)
        return site is not None and site.family != "generic"

    def _count_outcomes(self) -> None:
        assert self.archive is not None and self.run_id is not None
        counts = self.archive.run_counts(self.run_id)
        for outcome in RUN_COLUMNS:
            self.crawler.stats.set_value(_stat(outcome), counts.get(outcome, 0))

    # -- one item ----------------------------------------------------------------------------

    async def process_item(self, item: Any) -> Any:
        """Queue the page for the next batch and finish the item when that batch commits."""
        loop = asyncio.get_running_loop()
        if self.committed is None:
            self.committed = loop.create_future()
        committed = self.committed
        self.pending.append(item)
        if len(self.pending) >= self.batch_pages or not self.crawler.engine.downloader.active:
            # A full batch; or the downloader holds no request (none being fetched nor waiting
            # for its turn), so no page is coming: the crawl's last pages are committed now,
            # not ARCHIVE_BATCH_SECONDS later (the crawl cannot end before they are).
            self._flush()
        elif self.flush_timer is None:
            self.flush_timer = loop.call_later(self.batch_seconds, self._flush)
        await committed
        return item

    def _flush(self) -> None:
        """Hand the pending pages to the archive thread, which commits them in one
        transaction (then derives them, inline); their items finish when it has."""
        if self.flush_timer is not None:
            self.flush_timer.cancel()
            self.flush_timer = None
        items, self.pending = self.pending, []
        committed, self.committed = self.committed, None
        if not items:
            return
        stored = asyncio.wrap_future(self.writer.submit(self._store, items))
        self.storing.add(stored)
        stored.add_done_callback(partial(self._stored, items, committed))

    def _store(self, items: list[Any]) -> None:
        """In the archive thread: one transaction for the batch. A derive process holding the
        write lock makes this wait (``BEGIN IMMEDIATE``); here, that wait does not stop the
        reactor from fetching (sqlite3 releases the GIL while it waits and writes)."""
        if self.writer_archive is None:
            self.writer_archive = Archive(self.db_path, cache_kib=CACHE_KIB)
        archive = self.writer_archive
        # The items as they are (an adapter reads their fields), not asdict's deep copies.
        adapters = [ItemAdapter(item) for item in items]
        for adapter, page_id in zip(adapters, archive.store_pages(self.run_id, adapters),
                                    strict=True):
            adapter["page_id"] = page_id
        if self.derive_mode == "inline":
            try:
                for row in archive.pages_to_derive(self.run_id):
                    derive_page(archive, archived_page(row))
            except sqlite3.Error as exc:  # archived all the same; derived at the run's end
                logger.error("could not derive: %s", exc)

    def _stored(self, items: list[Any], committed: asyncio.Future[None] | None,
                stored: asyncio.Future[None]) -> None:
        """Back in the reactor: count the batch, finish its items (or fail them)."""
        self.storing.discard(stored)
        stats = self.crawler.stats
        exc = stored.exception()
        if exc is not None:  # one failed batch is counted, not a crashed crawl
            # Not archived, so not counted as archived; the run records how many were lost.
            stats.inc_value("archive/store_failed", len(items))
            logger.error("could not archive %d pages (%s: %s), first %s", len(items),
                         type(exc).__name__, exc, ItemAdapter(items[0]).get("url"))
            if committed is not None:
                committed.set_exception(exc)
            return
        stats.inc_value("archive/pages_stored", len(items))
        failed = sum(1 for item in items if ItemAdapter(item).get("error"))
        if failed:  # no response, or an error status after the retries
            stats.inc_value("archive/fetch_failed", failed)
        if committed is not None:
            committed.set_result(None)


def _stat(outcome: str) -> str:
    """The Scrapy stats key of an article outcome (``extract/articles_new`` ...)."""
    return "extract/failed" if outcome == "failed" else f"extract/articles_{outcome}"
