"""The one spider: from a site's start URLs, follow listings, pagination, articles, attachments.

It only discovers and fetches. Which links are articles or listings comes from the site's
template family (``crawler/families.json``); every response leaves as a ``FetchedPage`` for the
pipelines to archive and extract. Unknown portals use the generic family: follow every page
link on the same host and port, and let extraction decide what is an article.
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from twisted.python.failure import Failure

from crawler.items import FetchedPage
from crawler.sites import (
    FamilyLinks,
    Site,
    family_links,
    get_site,
    normal_host,
    normal_netloc,
    normal_url,
)

ATTACHMENT_RE = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)$", re.IGNORECASE
)
# Scrapy's RobotsTxtMiddleware refuses with exactly this message (tests/test_faults.py pins it).
ROBOTS_REFUSAL = "Forbidden by robots.txt"
GONE_STATUSES = (404, 410)  # the portal's answer about the URL: evidence, not a failed fetch
# Scrapy raises these without a message; the archive's error column says what happened.
_SILENT_FAILURES = {
    "ResponseDataLossError": "the body ended before its Content-Length (truncated)",
    "DownloadCancelledError": "download cancelled: body larger than DOWNLOAD_MAXSIZE",
}
# Links that are never pages worth archiving for this project (assets, mail, scripts).
ASSET_EXTENSIONS = [
    "css", "js", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff",
    "mp3", "mp4", "avi", "wmv", "flv", "mov", "woff", "woff2", "ttf", "eot", "swf",
]


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, site: str | None = None, start_url: str | list[str] | None = None,
                 revisit: list[dict] | None = None, skip: list[str] | None = None,
                 incremental: bool = False, **kwargs: Any):
        """``revisit``: known article URLs to fetch again, each ``{"url", "etag",
        "last_modified"}`` (validators make the request conditional). ``skip``: article URLs
        already archived, never fetched again in this run. ``incremental``: a listing page
        whose articles are all in ``skip`` ends that listing (no further pagination)."""
        super().__init__(**kwargs)
        self.revisit = list(revisit or [])
        self.skip = set(skip or ())
        self.incremental = bool(incremental)
        if site:
            self.site: Site = get_site(site)
        elif start_url:
            urls = [start_url] if isinstance(start_url, str) else list(start_url)
            self.site = Site.for_start_urls(urls)
        else:
            raise ValueError("PortalSpider needs site=ID or start_url=URL")
        self.links: FamilyLinks = family_links(self.site.family)
        # Pages stay on the site's own host and port; attachments may also sit on its CDN hosts.
        self.page_netloc = self.site.netloc
        self.link_extractor = LinkExtractor(tags=("a", "area"), attrs=("href",),
                                            deny_extensions=ASSET_EXTENSIONS, unique=True)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.site.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed,
                                 meta={"page_type": "listing"})
        for known in self.revisit:
            headers = {}
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
            yield scrapy.Request(known["url"], callback=self.parse, errback=self.failed,
                                 headers=headers, meta={"page_type": "article", "revisit": True})

    # -- callbacks -------------------------------------------------------------------------

    def parse(self, response: Response) -> Iterator[FetchedPage | scrapy.Request]:
        page_type = response.meta.get("page_type", "other")
        page = self.fetched(response, page_type)
        if not isinstance(response, TextResponse) or response.status >= 400:
            yield page
            return
        # Articles link onward too (related news), so they are walked like listings; the
        # dupefilter keeps each URL to one fetch.
        requests = [r for r in (self.follow(link.url, link.text, response)
                                for link in self.link_extractor.extract_links(response)) if r]
        if page_type == "listing":
            # What the listing lists: an article missing from every listing for several full
            # crawls is gone even if its URL still answers (see ArchivePipeline).
            page.article_links = [r.url for r in requests if r.meta["page_type"] == "article"]
        yield page
        if self.incremental and page_type == "listing" and self._all_known(requests):
            # Listings run newest first: a page holding only archived articles means the rest
            # of this listing is archived too. Stop paginating it.
            self.crawler.stats.inc_value("crawl/listings_stopped")
            here = urlsplit(response.url).path
            requests = [r for r in requests if not (r.meta["page_type"] == "listing"
                                                    and urlsplit(r.url).path == here)]
        for request in requests:
            if request.url in self.skip and not request.meta.get("revisit"):
                self.crawler.stats.inc_value("crawl/skipped_known")
                continue
            yield request

    def parse_attachment(self, response: Response) -> Iterator[FetchedPage]:
        yield self.fetched(response, "attachment")

    def failed(self, failure: Failure) -> Iterator[FetchedPage]:
        """A request that got no usable response (after retries) is archived as a failed
        fetch: network errors, size caps, redirect loops, offsite redirects. Only a link that
        robots.txt forbids leaves no row: nothing was sent, so nothing was fetched."""
        request = failure.request  # type: ignore[attr-defined]
        redirects = list(request.meta.get("redirect_urls", []))
        if (failure.check(IgnoreRequest) and not redirects
                and str(failure.value) == ROBOTS_REFUSAL):
            return
        url = request.url
        message = failure.getErrorMessage() or _SILENT_FAILURES.get(failure.type.__name__, "")
        self.logger.warning("fetch failed: %s (%s)", url, message)
        self.crawler.stats.inc_value("crawl/fetch_failed")
        yield FetchedPage(
            url=url, site=self.site.id, family=self.site.family,
            page_type=request.meta.get("page_type", "other"), status=None,
            requested_url=redirects[0] if redirects else None, redirect_urls=redirects,
            fetched_at=_utc_now(), referer=request.meta.get("referer"),
            depth=request.meta.get("depth", 0),
            error=f"{failure.type.__name__}: {message}",
        )

    # -- helpers ---------------------------------------------------------------------------

    def _all_known(self, requests: list[scrapy.Request]) -> bool:
        articles = [r.url for r in requests if r.meta["page_type"] == "article"]
        return bool(articles) and all(url in self.skip for url in articles)

    def may_fetch(self, url: str) -> bool:
        """The host rule for every request (links, retries, redirects; enforced by
        ``crawler.middlewares.SiteOnlyMiddleware``): the site's own host and port, or one of
        its asset (CDN) hosts."""
        return (normal_netloc(url) == self.page_netloc
                or normal_host(urlsplit(url).hostname) in self.site.hosts[1:])

    def follow(self, url: str, text: str, response: Response) -> scrapy.Request | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        if normal_netloc(url) == self.page_netloc:
            url = normal_url(url)  # one spelling of the portal: one fetch, one archived URL
            parts = urlsplit(url)
        meta = {"referer": response.url, "link_text": text.strip() or None}
        if ATTACHMENT_RE.search(parts.path):
            if not self.may_fetch(url):
                return None
            return scrapy.Request(url, callback=self.parse_attachment, errback=self.failed,
                                  meta={**meta, "page_type": "attachment"})
        if parts.netloc != self.page_netloc:
            return None
        kind = self.links.classify(parts.path + (f"?{parts.query}" if parts.query else ""))
        if kind == "other" and not self.links.follow_other:
            return None
        page_type = kind if self.site.family != "generic" else "unknown"
        return scrapy.Request(url, callback=self.parse, errback=self.failed,
                              meta={**meta, "page_type": page_type})

    def fetched(self, response: Response, page_type: str) -> FetchedPage:
        redirects = list(response.meta.get("redirect_urls", []))
        error = None
        if response.status >= 400 and response.status not in GONE_STATUSES:
            # Archived with its body, but a failure: a server error after the retries, a
            # login wall (401/403), a refusal. A 404/410 is an answer about the URL instead.
            retries = response.meta.get("retry_times", 0)
            error = f"HTTP {response.status}" + (f" after {retries} retries" if retries else "")
        return FetchedPage(
            url=response.url,
            site=self.site.id,
            family=self.site.family,
            page_type=page_type,
            requested_url=redirects[0] if redirects else None,
            redirect_urls=redirects,
            status=response.status,
            headers={
                k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                for k, vs in response.headers.items()
            },
            body=response.body,
            fetched_at=_utc_now(),
            referer=response.meta.get("referer"),
            link_text=response.meta.get("link_text"),
            depth=response.meta.get("depth", 0),
            error=error,
        )
