"""Crawl limits that say what they dropped: nothing a limit stops is lost without a count.

Every request a limit keeps from being fetched is counted in Scrapy's stats as
``dropped/<reason>``; the archive records them per run (``crawl_runs.dropped``), the crawl's
summary line prints them and ``status`` shows them. Reasons:

- ``depth``: deeper than ``DEPTH_LIMIT`` (``--max-depth``). Pagination is not a step deeper:
  the next page of a listing has the listing page's depth.
- ``pagination``: a pager chain longer than ``PAGINATION_LIMIT`` pages (calendars and other
  endless "next" chains are traps; a real listing is far shorter).
- ``calendar``: a step along a calendar (a schedule's "Tuần trước"/"Tuần sau", a date
  archive's next day or month: ``crawler/calendars.py``) more than ``CALENDAR_LIMIT`` steps
  from where the crawl met it. A calendar has no end; its far dates are no part of the site's
  listings (a harmless drop, said once per calendar in a warning).
- ``max_pages``, ``max_minutes``, ``shutdown`` (SIGTERM, Ctrl-C), or the raw reason of any
  other early close: requests still queued when the crawl was cut short, never fetched.
- ``url_length``: longer than ``URLLENGTH_LIMIT``.
- ``offsite``, ``robots``, ``maxsize``: counted where they happen (``SiteOnlyMiddleware``, the
  spider's link filter and errback).
- ``session_url``: a link naming a page under session state in its URL (a ``jsessionid``,
  Oracle ADF's ``_afrLoop`` and ``_adf.ctrl-state``), once per spelling: the page is fetched
  without it (``crawler/sites.link_url``), so nothing is lost; harmless.
- ``other_site``: a link to another site of the host, when the start page names the start
  URL's path as its site's home (a commune's site on a province's platform:
  ``crawler/site_path.py``); once per URL, harmless: that site is crawled by its own start URL.
- ``facet``, ``filter_combination``, ``search``, ``pager_end``: a listing's trap
  (``crawler/listing_traps.py``): a sorted, re-shown or re-sized spelling (fetched once without
  it), a combination of its filters, a search with a query, a pager link past its end. Counted
  by the spider, once a URL; harmless (the listing itself lists their stories).
- ``script_rendered``: a fetched page that is an app shell a script renders (no text, no
  link, no JSON-LD; ``crawler/discovery.app_shell``): archived, but what the app shows is lost
  to a crawl that runs no script. Counted by the spider, per shell; and per ``#!`` route whose
  ``?_escaped_fragment_=`` snapshot its server does not answer (``crawler/hashbang.py``): that
  page too exists only as the site's script renders it.

Scrapy sets ``finish_reason`` only after the item pipelines have closed, so a pipeline closing
its run would see none and write "finished" for a crawl cut short; ``CutShortAccounting``
puts the reason into the stats when closing begins.
"""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware

logger = logging.getLogger(__name__)

DROPPED = "dropped/"  # stats prefix of every drop counter
# Scrapy's close reasons -> the option a user set (the name the summary line shows).
CLOSE_REASONS = {"closespider_pagecount": "max_pages", "closespider_timeout": "max_minutes"}


def close_reason_key(reason: str) -> str:
    return CLOSE_REASONS.get(reason, reason)


def dropped_counts(stats: dict[str, Any]) -> dict[str, int]:
    """``{reason: count}`` from a crawl's stats, only reasons that dropped something."""
    return {key[len(DROPPED):]: int(value) for key, value in sorted(stats.items())
            if key.startswith(DROPPED) and value}


class PaginationDepthMiddleware(DepthMiddleware):
    """``DepthMiddleware`` for which a pager link (``meta["pagination"]``, set by the spider)
    continues its listing at the same depth; counts what ``DEPTH_LIMIT`` and
    ``PAGINATION_LIMIT`` drop.

    A link past the limit is counted once per URL, and not at all if the crawl requests that
    URL anyway (every page links the home page and the menu, so most links past the limit
    are pages fetched long before: Scrapy's own ``depth/request_ignored_count`` counts those
    too, which says nothing about what was lost)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.requested: set[bytes] = set()  # fingerprints let through, while a limit is set
        self.dropped: dict[bytes, str] = {}  # fingerprint -> reason, never requested since
        self.calendars: set[str] = set()  # calendars (URLs without query) whose end was cut

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        if response is not None and request.meta.get("calendar"):
            processed = self._continue_calendar(request, response)
        elif response is not None and request.meta.get("pagination"):
            processed = self._continue_listing(request, response)
        else:
            processed = super().get_processed_request(request, response)
        settings = self.crawler.settings
        if (self.maxdepth or settings.getint("PAGINATION_LIMIT")
                or settings.getint("CALENDAR_LIMIT")):
            self._account(request, "depth" if processed is None else None)
        return processed

    def _continue_listing(self, request: Request, response: Response) -> Request | None:
        hops = response.meta.get("pagination_hops", 0) + 1
        limit = self.crawler.settings.getint("PAGINATION_LIMIT")
        if limit and hops > limit:
            request.meta["dropped_by"] = "pagination"
            return None
        request.meta["pagination_hops"] = hops
        request.meta["depth"] = response.meta["depth"]
        if self.prio:
            request.priority -= request.meta["depth"] * self.prio
        return request

    def _continue_calendar(self, request: Request, response: Response) -> Request | None:
        """A calendar step: followed up to ``CALENDAR_LIMIT`` steps from the first calendar
        page the crawl reached (by any other link), then dropped and said, once per calendar."""
        hops = response.meta.get("calendar_hops", 0) + 1
        limit = self.crawler.settings.getint("CALENDAR_LIMIT")
        if limit and hops > limit:
            request.meta["dropped_by"] = "calendar"
            calendar = urlsplit(request.url)._replace(query="", fragment="").geturl()
            if calendar not in self.calendars:
                self.calendars.add(calendar)
                logger.warning("%s: a calendar (links to the previous or next day, week, "
                               "month): followed %d step%s from where the crawl met it, no "
                               "further (a calendar has no end; its far dates are not "
                               "archived)", calendar, limit, "" if limit == 1 else "s")
            return None
        request.meta["calendar_hops"] = hops
        return super().get_processed_request(request, response)

    def _account(self, request: Request, dropped_by: str | None) -> None:
        fingerprint = self.crawler.request_fingerprinter.fingerprint(request)
        if dropped_by is None:
            self.requested.add(fingerprint)
            reason = self.dropped.pop(fingerprint, None)
            if reason is not None:  # reached after all, by a shorter path
                self.stats.inc_value(DROPPED + reason, -1)
            return
        reason = request.meta.get("dropped_by", dropped_by)
        if fingerprint not in self.requested and fingerprint not in self.dropped:
            self.dropped[fingerprint] = reason
            self.stats.inc_value(DROPPED + reason)


class CountingUrlLengthMiddleware(UrlLengthMiddleware):
    """``UrlLengthMiddleware`` that counts what it drops among the others, once per URL."""

    def __init__(self, maxlength: int):
        super().__init__(maxlength)
        self.dropped: set[str] = set()

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        processed = super().get_processed_request(request, response)
        if processed is None and request.url not in self.dropped:
            self.dropped.add(request.url)
            self.crawler.stats.inc_value(DROPPED + "url_length")
        return processed


class CutShortAccounting:
    """When a crawl starts closing: puts the reason into the stats (``finish_reason``) at once,
    and counts the requests it leaves unfetched (queued then, or queued by the responses still
    being processed) as ``dropped/<reason>``. A scheduler that keeps its queue (``JOBDIR``,
    the cluster's Redis frontier) drops nothing: those are counted as ``crawl/pending_saved``."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.counter: str | None = None  # the stats key unfetched requests are counted under
        settings = crawler.settings
        self.keeps_queue = bool(settings.get("JOBDIR")) or settings.getbool("SCHEDULER_PERSIST")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CutShortAccounting:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.request_dropped, signal=signals.request_dropped)
        return extension

    def spider_opened(self) -> None:
        # Scrapy has no signal for "closing started"; every close (idle, CloseSpider
        # extension, SIGTERM, an exception) goes through this one engine method.
        engine = self.crawler.engine
        close = engine.close_spider_async

        async def closing(*, reason: str = "cancelled") -> None:
            self.closing(reason)
            await close(reason=reason)

        engine.close_spider_async = closing  # type: ignore[method-assign]

    def closing(self, reason: str) -> None:
        stats = self.crawler.stats
        if stats.get_value("finish_reason") is None:
            stats.set_value("finish_reason", reason)
        if self.counter is not None or reason == "finished":
            return
        scheduler = self.crawler.engine.scheduler
        queued = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0
        self.counter = ("crawl/pending_saved" if self.keeps_queue
                        else DROPPED + close_reason_key(reason))
        stats.inc_value(self.counter, queued)
        if queued and not self.keeps_queue:
            logger.warning("crawl cut short (%s): %d queued requests will not be fetched",
                           reason, queued)

    def request_scheduled(self, request: Request) -> None:
        if self.counter is not None:
            self.crawler.stats.inc_value(self.counter)

    def request_dropped(self, request: Request) -> None:
        # The dupefilter refused it: it was never queued, so it is not one more left behind.
        if self.counter is not None:
            self.crawler.stats.inc_value(self.counter, -1)
