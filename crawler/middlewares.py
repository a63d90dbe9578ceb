"""Downloader middlewares that keep a crawl safe against hostile or broken portals.

Each replaces a stock Scrapy middleware at the same position (see ``DOWNLOADER_MIDDLEWARES`` in
``crawler/settings.py``) and fixes one gap the fault server (``district_archive/portals/faults.py``)
showed in Scrapy 2.19's defaults:

- ``BackoffRetryMiddleware``: the stock ``RetryMiddleware`` re-queues a failed request at once
  and ignores ``Retry-After``. This one waits first: ``RETRY_BACKOFF_BASE`` × 2^(n-1) seconds
  before retry *n*, or the server's ``Retry-After`` (RFC 9110 §10.2.3) when that is longer; a
  server asking for more than ``RETRY_BACKOFF_MAX`` is not retried at all (recorded as failed).
- ``SiteOnlyMiddleware``: the stock ``OffsiteMiddleware`` lets any request with
  ``dont_filter`` through (every retried request has it) and drops offsite *redirects* at
  scheduling time without calling the errback, so nothing records them. This one asks the
  spider (``may_fetch(url)``) about every request just before it is sent, retried and
  redirected ones included, and refuses with ``IgnoreRequest``, which reaches the errback.
- ``LoopSafeRedirectMiddleware``, ``LoopSafeMetaRefreshMiddleware``: the stock ones hand a
  redirect loop (a → b → a) to the dupefilter, which drops the second ``a`` silently. These
  refuse a redirect back into its own chain, so the loop is recorded as a failed fetch. A meta
  refresh is different: it comes with a 200 page. One that cannot be followed (to the page
  itself, ``javascript:``, off the site) is ignored and the page kept, instead of the stock
  path turning it into a failure that throws the body away.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from typing import Any, TypeVar
from urllib.parse import urldefrag, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import (
    MetaRefreshMiddleware,
    RedirectMiddleware,
)
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_meta_refresh

from crawler.limits import DROPPED

logger = logging.getLogger(__name__)

_Result = TypeVar("_Result", bound=Request | Response)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delay-seconds or an HTTP-date; None if absent/bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):  # Python 3.10+ raises, never returns None
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(retry_number: int, base: float, cap: float,
                  retry_after: float | None = None) -> float | None:
    """Seconds to wait before retry ``retry_number`` (1 for the first retry).

    Exponential: ``base`` × 2^(n-1), at most ``cap``; never shorter than the server's
    ``Retry-After``. None when the server asks for longer than ``cap``: do not retry.
    """
    if retry_after is not None and retry_after > cap:
        return None
    delay: float = min(cap, base * 2 ** max(0, retry_number - 1))
    return max(delay, retry_after or 0.0)


class BackoffRetryMiddleware(RetryMiddleware):
    """``RetryMiddleware`` that waits (exponential backoff, ``Retry-After``) before a retry."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    # Scrapy's middleware manager awaits coroutine methods and passes no spider to methods that
    # take none (the argument is deprecated); its annotations still show the old sync signature.
    async def process_response(  # type: ignore[override]
            self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry_after = retry_after_seconds(response.headers.get(b"Retry-After"))
        delay = backoff_delay(request.meta.get("retry_times", 0) + 1, self.base, self.cap,
                              retry_after)
        if delay is None:
            logger.warning("not retrying %s: the server asks to wait %.0f s (Retry-After), "
                           "more than RETRY_BACKOFF_MAX %.0f s", request, retry_after, self.cap)
            self.crawler.stats.inc_value("retry/retry_after_too_long")
            return response
        retry = super().process_response(request, response)
        return await self._after(delay, retry)

    async def process_exception(  # type: ignore[override]  # as process_response
            self, request: Request, exception: Exception) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if retry is None:
            return None
        return await self._after(backoff_delay(request.meta.get("retry_times", 0) + 1,
                                               self.base, self.cap) or 0.0, retry)

    async def _after(self, delay: float, result: _Result) -> _Result:
        if isinstance(result, Request) and delay > 0:
            # seconds: a float stat (inc_value adds any number; Scrapy annotates count as int)
            self.crawler.stats.inc_value("retry/backoff_seconds", delay)  # type: ignore[arg-type]
            await asyncio.sleep(delay)
        return result


class SiteOnlyMiddleware:
    """Refuses every request the spider's ``may_fetch(url)`` does not allow, whatever its
    origin (link, retry, redirect, meta refresh), just before it would be sent."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteOnlyMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        moved_to = getattr(spider, "moved_to", None)
        if moved_to is not None and request.meta.get("site_start") \
                and request.meta.get("redirect_urls"):
            # The start URL itself redirects: the site is where it leads (a district portal
            # whose host now sends every reader to the commune portal that took its news).
            moved_to(request.meta["redirect_urls"][0], request.url)
        may_fetch = getattr(spider, "may_fetch", None)
        if may_fetch is None or may_fetch(request.url):
            return
        self.crawler.stats.inc_value("offsite/refused")
        moved_from = request.meta.get("redirect_urls")
        if moved_from:
            # A page of the site answered "moved" to another host: what it held is not here
            # any more (a portal moved to a new domain, e.g. after the 2025 merger). Not a link
            # to another site, which is harmless: a loss, counted and said with what to do.
            self.crawler.stats.inc_value(DROPPED + "redirected_offsite")
            logger.warning("%s redirects to %s, on another host: not followed; to archive "
                           "that site, crawl it: --start-url %s", moved_from[0], request.url,
                           request.url)
        raise IgnoreRequest(f"offsite: {request.url} is not on this site's allowed hosts")


class _RefuseLoops:
    """Mixed into Scrapy's redirect middlewares: a redirect back into its own chain fails."""

    crawler: Crawler

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            self.crawler.stats.inc_value("redirect/loop")
            raise IgnoreRequest("redirect loop: " + " -> ".join([*chain, redirected.url]))
        followed: Request = super()._redirect(redirected, request, reason)  # type: ignore[misc]
        return followed


class LoopSafeRedirectMiddleware(_RefuseLoops, RedirectMiddleware):
    """``RedirectMiddleware`` (3xx + Location) that refuses redirect loops."""


class LoopSafeMetaRefreshMiddleware(_RefuseLoops, MetaRefreshMiddleware):
    """``MetaRefreshMiddleware`` (``<meta http-equiv="refresh">``) that follows a refresh only
    where the crawl may go: to another URL of the site, not back into its own chain. A refresh
    to the page itself, to a ``javascript:`` (or any non-http) URL or off the site is ignored
    (stat ``metarefresh/ignored``) and the 200 response that carries it is kept and archived:
    the page is what the portal served, the refresh only a browser instruction."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        target = self._refresh_target(request, response)
        if target is not None and not self._may_follow(request, target):
            self.crawler.stats.inc_value("metarefresh/ignored")
            logger.info("meta refresh to %s ignored: %s is kept as served", target, response)
            return response
        return super().process_response(request, response)

    def _refresh_target(self, request: Request, response: Response) -> str | None:
        """Where the stock middleware would send this response's meta refresh, if anywhere."""
        if (request.meta.get("dont_redirect", False) or request.method == "HEAD"
                or not isinstance(response, HtmlResponse)):
            return None
        interval, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
        if not url or interval is None or interval >= self._maxdelay:
            return None
        return url

    def _may_follow(self, request: Request, target: str) -> bool:
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            return False
        chain = {urldefrag(u)[0] for u in (*request.meta.get("redirect_urls", []), request.url)}
        if urldefrag(target)[0] in chain:
            return False
        may_fetch = getattr(self.crawler.spider, "may_fetch", None)
        return may_fetch is None or may_fetch(target)
