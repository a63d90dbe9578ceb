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
  refuse a redirect back into its own chain, so the loop is recorded as a failed fetch.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from typing import Any, TypeVar

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import (
    MetaRefreshMiddleware,
    RedirectMiddleware,
)
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

logger = logging.getLogger(__name__)
_Result = TypeVar("_Result", bound=Request | Response | None)  # what a retry step hands on


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
    except (TypeError, ValueError, IndexError):  # 3.10+: ValueError, never None
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
    delay = min(cap, base * 2.0 ** max(0, retry_number - 1))
    return max(delay, retry_after or 0.0)


class BackoffRetryMiddleware(RetryMiddleware):
    """``RetryMiddleware`` that waits (exponential backoff, ``Retry-After``) before a retry."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    # Scrapy >= 2.13 takes coroutine middleware methods, without the deprecated spider argument;
    # its RetryMiddleware annotations describe the synchronous form only.
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
            # seconds, not a count: Scrapy's stats add any number, though annotated int
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
        may_fetch = getattr(self.crawler.spider, "may_fetch", None)
        if may_fetch is None or may_fetch(request.url):
            return
        self.crawler.stats.inc_value("offsite/refused")
        raise IgnoreRequest(f"offsite: {request.url} is not on this site's allowed hosts")


class _RefuseLoops:
    """Mixed into Scrapy's redirect middlewares: a redirect back into its own chain fails."""

    crawler: Crawler

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            self.crawler.stats.inc_value("redirect/loop")
            raise IgnoreRequest("redirect loop: " + " -> ".join([*chain, redirected.url]))
        # a mixin: the super() is the redirect middleware it is mixed into
        following: Request = super()._redirect(redirected, request, reason)  # type: ignore[misc]
        return following


class LoopSafeRedirectMiddleware(_RefuseLoops, RedirectMiddleware):
    """``RedirectMiddleware`` (3xx + Location) that refuses redirect loops."""


class LoopSafeMetaRefreshMiddleware(_RefuseLoops, MetaRefreshMiddleware):
    """``MetaRefreshMiddleware`` (``<meta http-equiv="refresh">``) that refuses loops."""
