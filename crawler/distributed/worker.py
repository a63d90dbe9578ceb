"""A crawl worker: one process that takes site slots from the cluster and crawls those sites.

Each site it holds is one Scrapy crawler in this process (the same ``job_settings`` as a
one-machine crawl: politeness, ``--resolve``, loopback relaxation), with the frontier and the
dupefilter in Redis and no item pipelines: pages go to Redis for the single writer.

A coordinator loop, every ``poll`` seconds: heartbeat; release workers whose heartbeat stopped
(their leases go back to the frontiers, their slots are freed); take a free slot of an open
job (one with a free slot, picked at random so workers spread out) while fewer crawls run here
than ``max_sites`` and than a fair share (active jobs / live workers). ``burst`` ends the worker
once no job is left.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import redis
from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.settings import Settings
from scrapy.utils.ossignal import install_shutdown_handlers

from crawler.distributed.components import DistributedPortalSpider
from crawler.distributed.frontier import Frontier, connect
from crawler.distributed.protocol import DEFAULT_PREFIX, Keys
from crawler.runner import CrawlJob, job_settings, only_loopback, project_settings
from crawler.sites import Site, get_site

logger = logging.getLogger(__name__)


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


# -- jobs: what the submitter writes, what a worker reads --------------------------------------


def job_spec(job: CrawlJob) -> dict[str, Any]:
    """A planned ``CrawlJob`` as JSON-ready data for the cluster."""
    return {"site": job.site.id, "registered": job.registered,
            "start_urls": job.site.start_urls, "resolve": job.resolve, "mode": job.mode,
            "revisit": job.revisit, "skip": job.skip,
            "archived_assets": job.archived_assets, "retry_images": job.retry_images}


def crawl_job(spec: dict[str, Any]) -> CrawlJob:
    site = (get_site(spec["site"]) if spec["registered"]
            else Site.for_start_urls(spec["start_urls"], spec["site"]))
    return CrawlJob(site, spec["registered"], dict(spec.get("resolve") or {}),
                    spec.get("mode", "full"), list(spec.get("revisit") or ()),
                    list(spec.get("skip") or ()), list(spec.get("archived_assets") or ()),
                    list(spec.get("retry_images") or ()))


def submit(frontier: Frontier, jobs: list[CrawlJob], site_workers: int = 1) -> list[str]:
    """Put planned jobs into the cluster; returns their ids. Raises ``JobActive`` when a site
    already has one, ``ValueError`` when ``site_workers`` > 1 for a portal off this machine."""
    if site_workers > 1:
        remote = [job.site.id for job in jobs if not only_loopback(job)]
        if remote:
            raise ValueError(f"--site-workers {site_workers} would hit {', '.join(remote)} from "
                             "several workers at once; only sites served on 127.0.0.1 may")
    return [frontier.submit(job.site.id, job_spec(job), job.site.as_row(), site_workers)
            for job in jobs]


# -- the worker ------------------------------------------------------------------------------


@dataclass
class WorkerOptions:
    redis_url: str
    prefix: str = DEFAULT_PREFIX
    worker_id: str = field(default_factory=default_worker_id)
    max_sites: int = 8  # sites crawled at once in this process
    burst: bool = False  # exit once no job is left in the cluster
    dead_after: float = 30.0  # seconds without a heartbeat before a worker is presumed dead
    poll: float = 1.0
    log_level: str = "INFO"
    log_file: str | None = None


@dataclass
class WorkerReport:
    worker: str
    crawls: dict[str, str] = field(default_factory=dict)  # job -> finish reason here
    pages_delivered: int = 0
    requests_returned: int = 0  # leases given back when a crawl here stopped unfinished


def worker_settings(job: CrawlJob, options: WorkerOptions) -> Settings:
    settings = job_settings(job, db=None, log_level=options.log_level,  # type: ignore[arg-type]
                            log_file=options.log_file)
    middlewares = settings.getdict("SPIDER_MIDDLEWARES")
    middlewares["crawler.distributed.components.DeliverToWriter"] = 10  # nearest the engine
    settings.setdict({
        "SCHEDULER": "crawler.distributed.components.LeasingScheduler",
        "DUPEFILTER_CLASS": "crawler.distributed.components.FingerprintDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_PERSIST": True,  # the frontier outlives any one worker
        **Keys(options.prefix).scrapy_redis_templates(),
        "REDIS_URL": options.redis_url,
        "DNA_REDIS_PREFIX": options.prefix,
        "DNA_WORKER_ID": options.worker_id,
        "SPIDER_MIDDLEWARES": middlewares,
        "ITEM_PIPELINES": {},  # pages go to Redis; only the writer opens archive.db
        "PROGRESS_ENABLED": False,  # its counts come from the archive pipelines
    }, priority="cmdline")
    return settings


class Worker:
    def __init__(self, process: AsyncCrawlerProcess, options: WorkerOptions):
        self.process = process
        self.options = options
        self.frontier = Frontier(connect(options.redis_url), options.worker_id, options.prefix)
        self.running: dict[str, Crawler] = {}
        self.broken: set[str] = set()  # jobs whose crawler failed to start here
        self.report = WorkerReport(options.worker_id)
        self.stopping = False
        self.registered = False

    def begin(self) -> None:
        install_shutdown_handlers(self._on_signal)
        self._task = asyncio.get_event_loop().create_task(self.run())

    async def run(self) -> None:
        from twisted.internet import reactor

        try:
            while not self.stopping:
                self.tick()
                if self.options.burst and not self.running and not self.frontier.active_count():
                    break
                await asyncio.sleep(self.options.poll)
            await self.process.stop()
            await self.process.join()
        except Exception:
            logger.exception("worker %s: coordinator failed; stopping", self.options.worker_id)
        finally:
            # twisted types its reactor by zope Interfaces, whose methods mypy reads without self
            reactor.callLater(0, reactor.stop)  # type: ignore[arg-type,misc]

    def tick(self) -> None:
        if self.frontier.heartbeat() and self.registered:
            # Our heartbeat was late enough that others released us: our leases are back in the
            # frontiers and our slots may be someone else's. Crawling on would break politeness.
            logger.error("worker %s was presumed dead; stopping its crawls",
                         self.options.worker_id)
            for crawler in self.running.values():
                asyncio.get_event_loop().create_task(crawler.stop_async())
        self.registered = True
        released = self.frontier.release_dead(self.options.dead_after)
        if released:
            logger.warning("released silent workers %s: their leases are back in the frontier",
                           ", ".join(released))
        # A fair share, so the first worker up does not take every site from those that follow.
        share = min(self.options.max_sites,
                    -(-self.frontier.active_count() // max(self.frontier.live_workers(), 1)))
        wanted = share - len(self.running)
        if wanted <= 0:
            return
        for job in self.frontier.open_jobs(wanted + len(self.broken) + 8):
            if len(self.running) >= share:
                break
            if job not in self.running and job not in self.broken and self.frontier.acquire(job):
                self.start(job)

    def start(self, job: str) -> None:
        try:
            spec = self.frontier.job_spec(job)
            planned = crawl_job(spec)
            crawler = Crawler(DistributedPortalSpider, worker_settings(planned, self.options))
            spider_args = ({"site": planned.site.id} if planned.registered
                           else {"start_url": planned.site.start_urls,
                                 "site_id": planned.site.id})
            task = self.process.crawl(crawler, job=job, **spider_args, revisit=planned.revisit,
                                      skip=planned.skip,
                                      incremental=planned.mode == "incremental",
                                      archived_assets=planned.archived_assets,
                                      retry_images=planned.retry_images)
        except Exception:
            logger.exception("%s: cannot start its crawl here", job)
            self.broken.add(job)
            self.frontier.release(job)
            return
        logger.info("worker %s: crawling %s", self.options.worker_id, job)
        self.running[job] = crawler
        task.add_done_callback(partial(self._finished, job, crawler))

    def _finished(self, job: str, crawler: Crawler, task: asyncio.Task[None]) -> None:
        self.running.pop(job, None)
        self.frontier.release(job)
        # crawler._stats: reading crawler.stats raises when the crawl never started
        stats = crawler._stats.get_stats() if crawler._stats is not None else {}
        if not task.cancelled() and task.exception() is not None:
            self.broken.add(job)
        reason = str(stats.get("finish_reason", "not started"))
        delivered = stats.get("distributed/pages_delivered", 0)
        self.report.crawls[job] = reason
        self.report.pages_delivered += delivered
        self.report.requests_returned += stats.get("distributed/requeued_on_close", 0)
        logger.info("worker %s: %s %s, %d pages delivered", self.options.worker_id, job,
                    reason, delivered)

    def _on_signal(self, signum: int, _: Any) -> None:
        from twisted.internet import reactor

        # Second signal: stop at once (leases come back through `leave` or, if killed, by
        # heartbeat expiry).
        install_shutdown_handlers(
            lambda *_: reactor.callFromThread(reactor.stop))  # type: ignore[misc]  # as in run
        reactor.callFromThread(self._stop)

    def _stop(self) -> None:
        logger.info("worker %s: stopping; unfinished requests go back to the frontier",
                    self.options.worker_id)
        self.stopping = True


def run_worker(options: WorkerOptions) -> WorkerReport:
    """Run a worker until stopped (SIGINT/SIGTERM) or, with ``burst``, until no job is left."""
    process = AsyncCrawlerProcess(project_settings(LOG_LEVEL=options.log_level,
                                                   LOG_FILE=options.log_file))
    worker = Worker(process, options)
    from twisted.internet import reactor

    reactor.callWhenRunning(worker.begin)
    try:
        process.start(stop_after_crawl=False, install_signal_handlers=False)
    finally:
        try:
            worker.frontier.leave()
        except redis.RedisError as exc:  # Redis is gone: others release us once it is back
            logger.error("worker %s could not leave the cluster: %s", options.worker_id, exc)
    return worker.report
