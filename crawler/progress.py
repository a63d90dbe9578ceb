"""Progress for people: a live status line in a terminal, plain log lines under cron.

Enabled by default (``PROGRESS_ENABLED``); every ``PROGRESS_INTERVAL`` seconds it reports pages
archived, articles new/changed, errors and the page rate for one crawl.
"""
from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


class CrawlProgress:
    def __init__(self, crawler: Crawler, interval: float, live: bool):
        self.crawler = crawler
        self.interval = interval
        self.live = live  # a terminal: rewrite one line; otherwise: log lines
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        if not crawler.settings.getbool("PROGRESS_ENABLED", True):
            raise NotConfigured
        live = sys.stderr.isatty()
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 2.0 if live else 60.0)
        extension = cls(crawler, interval, live)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def line(self) -> str:
        stats = self.crawler.stats
        get = stats.get_value
        elapsed = max(time.monotonic() - self.started, 1e-6)
        pages = get("archive/pages_stored", 0)
        errors = get("archive/fetch_failed", 0) + get("extract/failed", 0)
        site = getattr(getattr(self.crawler, "spider", None), "site", None)
        return (f"{site.id if site else 'crawl'}: {pages} pages, "
                f"{get('extract/articles_new', 0)} new / {get('extract/articles_changed', 0)} "
                f"changed articles, {errors} errors, {pages / elapsed * 60:.0f} pages/min")

    def report(self) -> None:
        if self.live:
            sys.stderr.write("\r\033[K" + self.line())
            sys.stderr.flush()
        else:
            logger.info("progress: %s", self.line())

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.live:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
