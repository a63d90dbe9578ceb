"""The URLs the crawl has handed to Scrapy's scheduler, so that the spider yields no second
request that the dupefilter would only drop.

A portal's pages repeat most of their links (menu, footer, sidebar, "tin khác"): on the bench
portal's 31 KB article page 16 requests leave the callback and one of them is new. Each of the
others went through the spider middlewares (referer policy, URL length, depth accounting,
request fingerprint), the engine's ``request_scheduled``/``request_dropped`` signals and the
dupefilter before being dropped: ~1 ms of the crawl process's CPU a page, more than the link
extraction that found them.

``ScheduledUrls`` sits last among the spider middlewares (nearest the engine) and records the
URL of every request that leaves them, i.e. that the engine schedules: a GET without a body,
not ``dont_filter``. The dupefilter has then seen that request's fingerprint (method,
canonical URL, body), so any later GET of the very same URL string, without a body, is one it
drops: the spider (``PortalSpider.unless_scheduled``) leaves it out. Every counter stays as it
was: such a request passes the URL length limit as its first did, and the depth accounting
(``crawler.limits.PaginationDepthMiddleware``) counts nothing for a URL it let through once;
a calendar step is still yielded (its drop past ``CALENDAR_LIMIT`` says so in the log).
Requests that reach the engine another way (the robots.txt sitemaps, retries, redirects) are
not recorded, and neither is anything under another scheduler or dupefilter (the distributed
crawl's Redis frontier): the set is then empty and the spider yields every request as before.
"""
from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.settings import default_settings
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

# The scheduling whose dupefilter the record stands for: Scrapy's own, by the default
# fingerprint (a custom fingerprinter may tell apart what the URL does not).
_DEFAULTS = ("SCHEDULER", "DUPEFILTER_CLASS", "REQUEST_FINGERPRINTER_CLASS")


def dupefilter_would_drop(request: Request) -> bool:
    """True for a request the default dupefilter judges by its URL alone (given the method):
    a GET without a body, not ``dont_filter``."""
    return request.method == "GET" and not request.body and not request.dont_filter


class ScheduledUrls(BaseSpiderMiddleware):
    """Records, in the spider's ``scheduled_urls``, the URL of each request it lets through to
    the engine (see the module's docstring)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        settings = crawler.settings
        if any(settings.get(name) != getattr(default_settings, name) for name in _DEFAULTS):
            raise NotConfigured("another scheduler, dupefilter or fingerprinter")

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        scheduled: set[str] | None = getattr(self.crawler.spider, "scheduled_urls", None)
        if scheduled is not None and dupefilter_would_drop(request):
            scheduled.add(request.url)
        return request

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        return item
