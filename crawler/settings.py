"""Scrapy settings for District News Archive: polite by default.

Only a crawl whose every request goes to 127.0.0.1 (the bundled sample portals, tests) may relax
the delay and concurrency; ``crawler.runner.crawl_settings`` decides that, not the caller.
"""
from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "district-news-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest User-Agent: who we are and where to read why we fetch.
USER_AGENT = (
    "DistrictNewsArchive/0.1 (+https://github.com/district-news-archive; "
    "research archive of Vietnamese district portals before they go offline)"
)
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "DistrictNewsArchive"
# Protego, as by default, keeping the file's "Sitemap:" lines for the spider to follow.
ROBOTSTXT_PARSER = "crawler.discovery.SitemapRobotParser"

# One request at a time per site, at least two seconds apart, slower if the server is slow.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 %, so requests do not tick like a metronome
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Scrapy starts this many tasks per response to take its callback's output (its default, 100),
# and keeps them all until the last is done: here, until the page item's batch is archived
# (pipelines/crawl.py), with 20-200 responses waiting at once. A callback yields one page item
# and its links, which take no time, so a few tasks do the same work (3 MiB less at the peak).
CONCURRENT_ITEMS = 16
# Scrapy checks, before each callback and errback call, whether the callback is a generator
# that returns a value (a programming mistake it warns about): it reads and parses the
# method's source whenever no request holding that bound method is alive (its cache is weak):
# ~0.1 ms of the crawl process's CPU a page (31 KB bench page, archive only). Our callbacks are
# checked once, by a test (tests/test_spider_callbacks.py), not on every response.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy stops taking new requests while the responses its spider callbacks and item pipelines
# still hold pass this many bytes (its default, 5 MB). Ours hold a page's response until the
# item's batch is archived (pipelines/crawl.py), and a batch waits while a derive process
# records: at full speed 5 MB of pages piled up then (~160 of 31 KB), which set the crawl
# process's peak. 1.5 MB holds a batch of 32 such pages and the next one's first: the crawl
# process's peak ~2 MiB lower, archive-only pages/s and CPU a page unchanged (bench/crawl.py
# portal, 31 KB pages); a polite crawl (one request every 2 s) never comes near either.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_500_000

# Retry transient failures, waiting before each retry: RETRY_BACKOFF_BASE × 2^(n-1) seconds
# (4, 8, 16), never less than the server's Retry-After; a server asking for more than
# RETRY_BACKOFF_MAX is not retried. Scrapy's own RetryMiddleware retries at once and ignores
# Retry-After, hence crawler.middlewares.BackoffRetryMiddleware. docs/reliability.md has the
# behaviour for every fault and the tests that hold it.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 4.0
RETRY_BACKOFF_MAX = 120.0
# DOWNLOAD_TIMEOUT bounds the whole download (connect, headers and body), so a server that
# trickles a byte a second is cut off too.
DOWNLOAD_TIMEOUT = 60
# District pages are < 1 MiB; attachments rarely exceed 50 MiB. Anything bigger is refused:
# by its Content-Length before a byte of body is read, else as soon as the bytes received pass
# the cap; a compressed body is refused as soon as its decompressed size passes it (gzip bombs).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a body shorter than its Content-Length is a failed fetch
REDIRECT_MAX_TIMES = 10

DOWNLOADER_MIDDLEWARES = {
    # Every request, retried and redirected ones too, stays on the site's hosts (may_fetch).
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.SiteOnlyMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Redirect loops fail (and are recorded) instead of vanishing in the dupefilter.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.LoopSafeMetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.LoopSafeRedirectMiddleware": 600,
}

# Limits that count what they drop (dropped/<reason>, see crawler/limits.py).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.limits.CountingUrlLengthMiddleware": 800,
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.limits.PaginationDepthMiddleware": 900,
    # Last before the engine: the URLs scheduled, whose repeats the spider does not yield.
    "crawler.scheduled.ScheduledUrls": 5,
}

# Keep error statuses: a 404 or 410 is evidence (an article gone), archived like any page.
HTTPERROR_ALLOW_ALL = True
# An article's photos (its body images, not the portal's chrome: crawler/images.py) and the
# stylesheets of its page (for the replay view) are fetched and archived like every response, on
# the portal's host or its CDN, within the same politeness and size caps; such a URL is fetched
# until one copy is archived. ``--no-images`` turns it off.
ARCHIVE_IMAGES = True
# No depth limit for registered sites: their family's URL patterns bound what is followed.
# Unregistered portals (the generic path follows every page link) get GENERIC_DEPTH_LIMIT, or
# --max-depth; --max-pages/--max-minutes cap any crawl. A listing's pager links never count as
# a step deeper (a listing that only links "next page" is as deep as it is long); a pager chain
# longer than PAGINATION_LIMIT pages is a trap (an endless calendar), not a listing.
DEPTH_LIMIT = 0
GENERIC_DEPTH_LIMIT = 50
PAGINATION_LIMIT = 10000
# Steps along a calendar (a weekly schedule's "Tuần trước"/"Tuần sau", a date archive's next
# day or month: crawler/calendars.py) from the page where the crawl met it: a calendar goes on
# for ever. One step: the weeks or months beside the current one, and a day archive's month.
# Each crawl reaches the current dates from the site's menu again, so the archive still
# gathers them over time; stories are listed by the site's sections, not by its calendar.
CALENDAR_LIMIT = 1
DEPTH_PRIORITY = 0

ITEM_PIPELINES = {
    # Archive first: the raw response is committed before anything is derived from it; then
    # derived behind, in a process of its own (DERIVE_MODE: process | inline | off).
    "pipelines.crawl.ArchivePipeline": 100,
}
DERIVE_MODE = "process"
# With DERIVE_MODE process: this many derive processes, each its share of the pages (blocks of
# page ids in turn), ~40 MiB each; they record in archive order, so the rows are the same
# whatever their number (pipelines/derive_process.py). None: as many as the crawl's pace asks
# (``crawler.runner.derive_processes``): one, which keeps pace with a polite crawl (a request
# every 2 s a site, ~0.5 pages/s against the ~120 of 31 KB one derives), or two when nothing
# paces the requests (no DOWNLOAD_DELAY, no AutoThrottle: a loopback crawl, or an operator's
# unthrottled one), where a single derive process is the bound.
DERIVE_PROCESSES: int | None = None
ARCHIVE_BATCH_PAGES = 32  # pages per archive transaction ...
ARCHIVE_BATCH_SECONDS = 0.25  # ... or fewer, when this long has passed since the first

EXTENSIONS = {"crawler.progress.CrawlProgress": 500,
              "crawler.limits.CutShortAccounting": 510}
# Scrapy's own extensions but the two that are off below (TELNETCONSOLE_ENABLED,
# REMOTE_CONTROL_ENABLED): Scrapy imports every listed extension's module, disabled or set to
# None in EXTENSIONS alike, and the remote control's imports aiohttp: ~0.3 s of CPU at every
# crawl's start (0.3 ms a page of bench/crawl.py's 1,000-article crawl).
EXTENSIONS_BASE = {name: order for name, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if name not in ("scrapy.extensions.telnet.TelnetConsole",
                                   "scrapy.extensions.remote_control.RemoteControl")}
PROGRESS_ENABLED = True  # live line in a terminal, a log line a minute otherwise

ARCHIVE_DB = "archive.db"
# A known article that no listing page links in this many complete full crawls in a row is
# marked gone (reason "unlisted"); a 404/410 marks it gone at once.
GONE_AFTER_UNLISTED_RUNS = 3
# host -> base URL to fetch it from instead (like curl --resolve); see crawler/resolve.py.
RESOLVE: dict[str, str] = {}

FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
# Nor Scrapy's remote control: an HTTP server on localhost that runs the Python code sent to it
# (token in a job file under the user's profile). An unattended crawl takes no orders; and it
# cost each crawl ~0.1 s of start (aiohttp's import, the server) and a job file.
REMOTE_CONTROL_ENABLED = False
