"""Run crawl jobs in this process: settings per job, politeness, a summary per job.

The CLI builds ``CrawlJob``s and calls ``run_crawls``; everything Scrapy-specific stays here.
"""
from __future__ import annotations

import ipaddress
import json
import linecache
import logging
import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.settings import Settings

from crawler.limits import dropped_counts
from crawler.sites import Site
from crawler.spiders.portal import PortalSpider

SETTINGS_ENV = "DISTRICT_ARCHIVE_SETTINGS"  # JSON object of Scrapy settings to override

# Scrapy's start-up and closing dumps (versions, enabled components, overridden settings, the
# stats dictionary): a hundred lines at INFO that bury what an operator reads (the crawl's own
# progress and summary). They stay available at DEBUG. logger -> message prefixes.
_DUMPS = {"scrapy.utils.log": ("Versions:",), "scrapy.addons": ("Enabled addons",),
          "scrapy.middleware": ("Enabled ",), "scrapy.crawler": ("Overridden settings",),
          "scrapy.statscollectors": ("Dumping Scrapy stats",)}


class _DumpsAtDebug(logging.Filter):
    """Re-levels Scrapy's INFO dumps to DEBUG; a logger filter runs before the handlers' level
    check, so ``--log-level INFO`` drops them and ``DEBUG`` keeps them."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        if (record.levelno == logging.INFO and isinstance(record.msg, str)
                and record.msg.startswith(self.prefixes)):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


for _name, _prefixes in _DUMPS.items():
    logging.getLogger(_name).addFilter(_DumpsAtDebug(_prefixes))


@dataclass
class CrawlJob:
    site: Site
    registered: bool  # a registry entry (crawl by id) or an unknown portal (generic path)
    resolve: dict[str, str] = field(default_factory=dict)  # host -> local base URL
    mode: str = "full"  # full | incremental | resume
    revisit: list[dict[str, Any]] = field(default_factory=list)  # known articles to fetch again
    skip: list[str] = field(default_factory=list)  # archived articles not to fetch again
    archived_assets: list[str] = field(default_factory=list)  # photo/stylesheet URLs, a copy
    retry_images: list[str] = field(default_factory=list)  # archived articles' images, no copy


@dataclass
class CrawlResult:
    site: str
    run_id: int | None
    finish_reason: str
    pages_stored: int
    fetch_failed: int
    articles_new: int
    articles_changed: int
    articles_unchanged: int
    articles_gone: int
    extract_failed: int
    responses: int  # responses that came back from a server (any status)
    pages_lost: int = 0  # responses fetched but not stored (disk full, lock held too long)
    close_failed: str | None = None  # why the run's row could not be written, if it could not
    underived: int = 0  # archived pages not derived (a derive process failed); derived next run
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> requests a limit dropped
    pending_saved: int = 0  # requests left queued in --jobdir when the run was cut short


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def only_loopback(job: CrawlJob) -> bool:
    """True when every host this job may contact is answered on 127.0.0.1."""
    hosts = {job.site.host, *job.site.asset_hosts}
    for host in hosts:
        target = job.resolve.get(host)
        actual = urlsplit(target).hostname if target else host
        if not _is_loopback(actual or ""):
            return False
    return True


def project_settings(**overrides: Any) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in overrides.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    return settings


def job_settings(job: CrawlJob, *, db: str, max_pages: int | None = None,
                 max_minutes: float | None = None, max_depth: int | None = None,
                 jobdir: str | None = None, log_level: str | None = None,
                 log_file: str | None = None, images: bool | None = None) -> Settings:
    """``max_depth``: link depth limit, pagination not counted (0: none); by default none for
    registered sites, ``GENERIC_DEPTH_LIMIT`` for unregistered ones. ``images``: archive
    articles' photos (``ARCHIVE_IMAGES``; None: the project's setting, on)."""
    settings = project_settings(
        ARCHIVE_DB=db, ARCHIVE_IMAGES=images, RESOLVE=job.resolve or None, JOBDIR=jobdir,
        CRAWL_MODE=job.mode, CLOSESPIDER_PAGECOUNT=max_pages, LOG_LEVEL=log_level,
        LOG_FILE=log_file,
        CLOSESPIDER_TIMEOUT=max_minutes * 60 if max_minutes else None,
    )
    if max_depth is not None:
        settings.set("DEPTH_LIMIT", max_depth, priority="cmdline")
    elif not job.registered:
        settings.set("DEPTH_LIMIT", settings.getint("GENERIC_DEPTH_LIMIT"), priority="cmdline")
    if job.resolve:
        resolving = "crawler.resolve.ResolvingDownloadHandler"
        settings.set("DOWNLOAD_HANDLERS", {"http": resolving, "https": resolving},
                     priority="cmdline")
    if only_loopback(job):
        # Our own sample server on this machine: politeness toward it only slows tests down.
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
        # Room in the downloader for twice a host's 8 (Scrapy's default, which plain Scrapy
        # runs with in bench/crawl.py): the next request then waits in the host's slot as one
        # finishes, instead of the engine's next turn fetching it from the scheduler. At 8 the
        # host was idle between the two: archive only, 31 KB pages, 131 -> 161 pages/s for the
        # same CPU; still 8 requests at once to the host.
        settings.set("CONCURRENT_REQUESTS", 16, priority="cmdline")
        settings.set("RETRY_TIMES", 1, priority="cmdline")
        settings.set("RETRY_BACKOFF_BASE", 0.2, priority="cmdline")
    # Any setting, last and for every job, as JSON (like `scrapy crawl -s`): e.g. a tighter
    # DOWNLOAD_TIMEOUT for a portal that stalls. The fault tests and bench/soak.py use it.
    overrides = os.environ.get(SETTINGS_ENV)
    if overrides:
        settings.setdict(json.loads(overrides), priority="cmdline")
    return settings


def derive_processes(settings: Settings) -> int:
    """How many derive processes a crawl with these settings runs beside it (``DERIVE_MODE``
    ``process``, the default: ``DERIVE_PROCESSES``, at least one; if unset, two for a crawl
    nothing paces, one for any other, as crawler/settings.py says why); 0 for none."""
    if settings.get("DERIVE_MODE", "process") != "process":
        return 0
    if settings.get("DERIVE_PROCESSES") is not None:
        return max(1, settings.getint("DERIVE_PROCESSES"))
    unpaced = (settings.getfloat("DOWNLOAD_DELAY") == 0
               and not settings.getbool("AUTOTHROTTLE_ENABLED"))
    return 2 if unpaced else 1


def forget_source_lines() -> None:
    """Drop the source lines Python's ``linecache`` holds of files on disk, once a crawl's
    components are loaded. Only tracebacks and warnings read them, and the cache keeps every
    file it has read for the life of the process: Scrapy's ``create_deprecated_class`` calls
    ``inspect.stack()`` when a module defining a deprecated alias is imported (the TLS one, as
    the downloader starts), which reads the whole source of every file on the import's stack
    (click's core, asyncio's event loop, Scrapy's crawler and engine...): 13,000 lines, 1.2 MiB
    of the crawl process held to its end. A traceback reads the lines it shows again; lines
    of code made at run time (attrs' generated methods), which cannot be read again, stay."""
    for filename, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path): a file's
            del linecache.cache[filename]


def run_crawls(jobs: list[CrawlJob], **options: Any) -> list[CrawlResult]:
    """Run the jobs concurrently (each site keeps its own politeness) and wait for all."""
    process = AsyncCrawlerProcess(project_settings(LOG_LEVEL=options.get("log_level"),
                                                   LOG_FILE=options.get("log_file")))
    crawlers: list[tuple[CrawlJob, Crawler]] = []
    for job in jobs:
        crawler = Crawler(PortalSpider, job_settings(job, **options))
        # Its components are loaded once its engine starts: what their imports left in
        # linecache is freed for the crawl's own use.
        crawler.signals.connect(forget_source_lines, signal=signals.engine_started)
        spider_args = ({"site": job.site.id} if job.registered
                       else {"start_url": job.site.start_urls, "site_id": job.site.id})
        process.crawl(crawler, **spider_args, revisit=job.revisit, skip=job.skip,
                      incremental=job.mode == "incremental",
                      archived_assets=job.archived_assets, retry_images=job.retry_images)
        crawlers.append((job, crawler))
    process.start()
    results = []
    for job, crawler in crawlers:
        # A crawl that never started has no stats, and reading crawler.stats then raises:
        # Scrapy's documented way to look before the crawl starts is crawler._stats.
        stats = crawler._stats.get_stats() if crawler._stats is not None else {}
        results.append(CrawlResult(
            site=job.site.id,
            run_id=stats.get("archive/run_id"),
            # The archive's word (a run that lost pages is "failed"), else Scrapy's.
            finish_reason=str(stats.get("archive/finish_reason")
                              or stats.get("finish_reason", "not started")),
            pages_stored=stats.get("archive/pages_stored", 0),
            fetch_failed=stats.get("archive/fetch_failed", 0),
            articles_new=stats.get("extract/articles_new", 0),
            articles_changed=stats.get("extract/articles_changed", 0),
            articles_unchanged=stats.get("extract/articles_unchanged", 0),
            articles_gone=stats.get("extract/articles_gone", 0),
            extract_failed=stats.get("extract/failed", 0),
            responses=stats.get("downloader/response_count", 0),
            pages_lost=stats.get("archive/store_failed", 0),
            close_failed=stats.get("archive/close_failed"),
            underived=stats.get("archive/underived", 0),
            dropped=dropped_counts(stats),
            pending_saved=stats.get("crawl/pending_saved", 0),
        ))
    return results
