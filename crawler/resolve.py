"""A download handler that fetches some hosts from another base URL, like ``curl --resolve``.

``RESOLVE = {"kienthuy.haiphong.gov.vn": "http://127.0.0.1:8101"}`` sends the bytes of every
request for that host to the local base URL, while the request, the response, robots.txt,
redirects, the dupefilter and the archive all keep the portal's own URL. That is how the demo and
the tests crawl the bundled sample portals, CDN attachments included, with no traffic leaving
127.0.0.1. It sits at the download-handler level so nothing above it sees a rewritten URL.
"""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response


def swap_base(url: str, new_base: str) -> str:
    parts, base = urlsplit(url), urlsplit(new_base)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


class ResolvingDownloadHandler(HTTP11DownloadHandler):
    lazy = False

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.resolve = {host.lower(): base.rstrip("/")
                        for host, base in crawler.settings.getdict("RESOLVE").items()}
        self.local_netlocs = {urlsplit(base).netloc for base in self.resolve.values()}

    async def download_request(self, request: Request) -> Response:
        host = (urlsplit(request.url).hostname or "").lower()
        base = self.resolve.get(host)
        if base is None:
            return await super().download_request(request)
        response = await super().download_request(request.replace(url=swap_base(request.url, base)))
        location = response.headers.get(b"Location")
        if location is not None:
            # An absolute redirect to the local server means the same portal: say so.
            target = urljoin(response.url, location.decode("latin-1"))
            if urlsplit(target).netloc in self.local_netlocs:
                response.headers[b"Location"] = swap_base(target, request.url).encode("latin-1")
        return response.replace(url=request.url)
