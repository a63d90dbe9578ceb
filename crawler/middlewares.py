"""Downloader middleware: fetch some hosts from another base URL, keep the real URLs.

``RESOLVE = {"kienthuy.haiphong.gov.vn": "http://127.0.0.1:8101"}`` works like
``curl --resolve``: requests for that host go to the local base URL, while the spider, the
archive and every link keep the portal's own URL. That is how the demo and the tests crawl the
bundled sample portals (and their CDN attachments) with no traffic leaving 127.0.0.1.
"""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

_META_KEY = "resolved_from"


def _swap_base(url: str, new_base: str) -> str:
    parts, base = urlsplit(url), urlsplit(new_base)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


class ResolveMiddleware:
    def __init__(self, resolve: dict[str, str]):
        self.resolve = {host.lower(): base.rstrip("/") for host, base in resolve.items()}
        self.local_netlocs = {urlsplit(base).netloc for base in self.resolve.values()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ResolveMiddleware":
        resolve = crawler.settings.getdict("RESOLVE")
        if not resolve:
            raise NotConfigured("RESOLVE is empty")
        return cls(resolve)

    def process_request(self, request: Request) -> Request | None:
        parts = urlsplit(request.url)
        if parts.netloc in self.local_netlocs or (parts.hostname or "").lower() not in self.resolve:
            return None
        meta = dict(request.meta)
        # A redirect request copies the previous hop's meta: its recorded hop is the local URL,
        # put the portal's URL back so the archive never shows 127.0.0.1.
        previous, hops = meta.get(_META_KEY), meta.get("redirect_urls")
        if previous and hops:
            meta["redirect_urls"] = [*hops[:-1], previous]
        meta[_META_KEY] = request.url
        return request.replace(url=_swap_base(request.url, self.resolve[parts.hostname.lower()]),
                               meta=meta, dont_filter=True)

    def process_response(self, request: Request, response: Response) -> Response:
        canonical = request.meta.get(_META_KEY)
        if canonical is None:
            return response
        location = response.headers.get(b"Location")
        if location is not None and 300 <= response.status < 400:
            # Resolve the redirect against the canonical URL so RedirectMiddleware follows the
            # portal's URL (and this middleware maps it again), not the local one.
            target = urljoin(request.url, location.decode("latin-1"))
            if urlsplit(target).netloc in self.local_netlocs:
                target = _swap_base(target, canonical)
            response.headers[b"Location"] = target.encode("latin-1")
        return response.replace(url=canonical)
