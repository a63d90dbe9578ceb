"""The Scrapy side of a distributed crawl: scrapy-redis's scheduler and dupefilter made to lease
requests, the spider that seeds a job once through ``async def start()``, and the middleware
that hands pages to the writer.

scrapy-redis 0.9.1 predates Scrapy 2.16: its ``RedisSpider`` reads start URLs in the removed
``start_requests()`` and lives on its idle-polling path. Nothing here uses it. The spider is
the project's ``PortalSpider``; only its ``start()`` is guarded (the first worker of a job
seeds it, the others find the frontier already full) and its idle signal asks the cluster
whether the job is over. From scrapy-redis we keep what is sound: the Redis ``Scheduler``, its
``PriorityQueue`` encoding and the ``RFPDupeFilter`` set.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Self

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.utils.request import RequestFingerprinterProtocol
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.python.failure import Failure

from crawler.distributed.frontier import Frontier, connect
from crawler.distributed.protocol import encode_page
from crawler.items import FetchedPage
from crawler.limits import dropped_counts
from crawler.spiders.portal import PortalSpider

logger = logging.getLogger(__name__)

LEASE = "dna_lease"  # request.meta key: the lease id of a request popped from the frontier


def frontier_from_settings(settings: Any) -> Frontier:
    return Frontier(connect(settings["REDIS_URL"]), worker=settings["DNA_WORKER_ID"],
                    prefix=settings["DNA_REDIS_PREFIX"])


class FingerprintDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared dupefilter keyed by Scrapy's own request fingerprints (the
    ``REQUEST_FINGERPRINTER`` a one-machine crawl uses), not scrapy-redis's private hash.

    ``known`` remembers the fingerprints this worker has already found in, or added to, the
    shared set: it only grows while a job runs, so the links every page repeats (menus,
    pagers, "tin khác") cost no Redis round trip after the first (measured: they were most of
    a worker's Redis calls). The check-and-add itself is ``Frontier.schedule``.
    """

    fingerprinter: RequestFingerprinterProtocol
    known: set[str]

    @classmethod
    def from_spider(cls, spider: scrapy.Spider) -> FingerprintDupeFilter:
        dupefilter: FingerprintDupeFilter = super().from_spider(spider)
        dupefilter.fingerprinter = spider.crawler.request_fingerprinter
        dupefilter.known = set()
        return dupefilter

    def request_fingerprint(self, request: Request) -> str:
        return self.fingerprinter.fingerprint(request).hex()


class LeasingScheduler(Scheduler):
    """scrapy-redis's scheduler, where popping a request leases it to this worker.

    A lease ends when the request's output is handed over (``DeliverToWriter``), when a retry or
    redirect of it enters the frontier (``enqueue_request``), or goes back to the frontier when
    this crawler closes before finishing it (``close``) or this worker dies (``Frontier``).
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasingScheduler:
        scheduler: LeasingScheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider: DistributedPortalSpider) -> None:
        self.frontier: Frontier = spider.frontier
        self.job: str = spider.job
        super().open(spider)

    def enqueue_request(self, request: Request) -> bool:
        # A retry or redirect carries the lease of the request it replaces: that lease ends in
        # the same atomic step that queues its successor (or finds it already seen).
        lease = request.meta.pop(LEASE, None)
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        if fingerprint is not None and fingerprint in self.df.known:
            queued = False
            if lease is not None:
                self.frontier.ack(self.job, lease)
        else:
            queued = self.frontier.schedule(self.job, fingerprint, -request.priority,
                                            self.queue._encode_request(request), lease)
            if fingerprint is not None:
                self.df.known.add(fingerprint)
        if queued:
            self.stats.inc_value("scheduler/enqueued/redis")
        else:
            self.df.log(request, self.spider)
        return queued

    def next_request(self) -> Request | None:
        leased = self.frontier.lease(self.job)
        if leased is None:
            return None
        lease_id, data = leased
        request: Request = self.queue._decode_request(data)
        request.meta[LEASE] = lease_id
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def close(self, reason: str) -> None:
        returned = self.frontier.requeue_own(self.job)
        if returned:
            logger.info("%s: %d unfinished requests returned to the frontier (%s)",
                        self.job, returned, reason)
        self.stats.set_value("distributed/requeued_on_close", returned)


def deliver(crawler: Crawler, request: Request, items: list[Any]) -> None:
    """Hand a request's pages to the writer and end its lease, atomically."""
    spider = crawler.spider
    if not isinstance(spider, DistributedPortalSpider):
        raise TypeError(f"pages are delivered by a cluster crawl's spider, not {spider!r}")
    messages = [encode_page(spider.job, spider.frontier.worker, item) for item in items]
    dropped = spider.new_drops()
    if spider.frontier.deliver(spider.job, request.meta.pop(LEASE, None), messages, dropped):
        spider.drops_reported(dropped)
        crawler.stats.inc_value("distributed/pages_delivered", len(messages))
    else:
        crawler.stats.inc_value("distributed/lease_lost")
        logger.warning("lease of %s was taken back (this worker was presumed dead); "
                       "another worker fetches it again", request.url)


class DeliverToWriter:
    """Spider middleware nearest the engine: schedules each new request itself, at once and in
    order (as the scraper would, only without its parallel queue), then delivers the pages and
    ends the lease. So when a lease ends, everything its response produced is in Redis.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeliverToWriter:
        return cls(crawler)

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        assert response.request is not None  # a response reaching the spider has its request
        items: list[Any] = []
        try:
            for output in result:
                self._take(output, items)
        finally:
            deliver(self.crawler, response.request, items)
        yield from items

    async def process_spider_output_async(self, response: Response,
                                          result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        assert response.request is not None  # a response reaching the spider has its request
        items: list[Any] = []
        try:
            async for output in result:
                self._take(output, items)
        finally:
            deliver(self.crawler, response.request, items)
        for item in items:
            yield item

    def _take(self, output: Any, items: list[Any]) -> None:
        if isinstance(output, Request):
            self.crawler.engine.crawl(output)
        elif output is not None:
            items.append(output)


class DistributedPortalSpider(PortalSpider):
    """``PortalSpider`` for one job of the cluster; its name is the job id (the Redis keys)."""

    frontier: Frontier  # set by from_crawler, from the crawler's settings

    def __init__(self, job: str, **kwargs: Any):
        super().__init__(name=job, **kwargs)
        self.job = job
        self.reported_drops: Counter[str] = Counter()  # drop counts the job hash has from us

    def new_drops(self) -> dict[str, int]:
        """This worker's drop counts (crawler/limits.py) not yet added to the job's, by reason:
        a count can also go down (a URL dropped by depth, reached later by a shorter path)."""
        now = dropped_counts(self.crawler.stats.get_stats())
        changes = {reason: now.get(reason, 0) - self.reported_drops[reason]
                   for reason in {*now, *self.reported_drops}}
        return {reason: n for reason, n in changes.items() if n}

    def drops_reported(self, dropped: dict[str, int]) -> None:
        self.reported_drops.update(dropped)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.frontier = frontier_from_settings(crawler.settings)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    # Another worker of the site (--site-workers) may fetch the start URL: then this one hears
    # nothing of its answer, and goes on after a while.
    start_wait_seconds = 30.0

    async def start(self) -> AsyncIterator[Request]:
        # Only the first worker of a job seeds it. Seeding twice is harmless (the shared
        # dupefilter drops the second copy), so "seeded" is written only once it is done.
        if self.frontier.is_seeded(self.job):
            return
        async for request in super().start():
            yield request
        self.frontier.mark_seeded(self.job)

    def failed(self, failure: Failure) -> Iterator[Any]:
        # Errback output does not pass through spider middlewares: deliver here.
        request = failure.request  # type: ignore[attr-defined]
        deliver(self.crawler, request, list(super().failed(failure)))
        return iter(())

    def record_without_response(self, page: FetchedPage) -> None:
        # A worker has no item pipeline (pages go to the writer through Redis): so this row
        # too. It ends no lease: no request of the frontier produced it.
        self.frontier.deliver(self.job, None, [encode_page(self.job, self.frontier.worker, page)])

    def idle(self) -> None:
        """Nothing to do here: end the job if nothing is left anywhere, else wait (another
        worker's requests may still add links, or a dead worker's leases may come back)."""
        leaked = self.frontier.requeue_own(self.job)
        if leaked:  # nothing of ours is running, so these can only be leaks: fetch them again
            logger.warning("%s: %d leases without a request returned to the frontier",
                           self.job, leaked)
        # Drops counted outside a delivery (a request refused before it was fetched) go to the
        # job's counts before the job may end, so its end message has them.
        dropped = self.new_drops()
        self.frontier.add_dropped(self.job, dropped)
        self.drops_reported(dropped)
        if self.frontier.try_complete(self.job):
            logger.info("%s: crawl complete", self.job)
            return
        if self.frontier.job_state(self.job) == "crawling" and self.frontier.holds(self.job):
            raise DontCloseSpider
