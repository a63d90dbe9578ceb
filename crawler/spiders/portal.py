"""The one spider: from a site's start URLs, follow listings, pagination, articles, attachments,
and what the portal's sitemaps and feeds list.

It only discovers and fetches. Which links are articles or listings comes from the site's
template family (``crawler/families.json``); every response leaves as a ``FetchedPage`` for the
pipelines to archive and extract. Unknown portals use the generic family: follow every page
link on the same host and port, and let extraction decide what is an article.

Besides links: the ``Sitemap:`` lines of robots.txt, ``/sitemap.xml`` (a guess: archived only
when it is a sitemap), sitemap indexes, and the RSS/Atom feeds pages advertise
(``crawler/discovery.py`` reads them). What a listing, sitemap or feed lists as articles is
recorded with the page (``article_links``): coverage and the "unlisted" rule read it.
"""
from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, ClassVar, Self
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from form2request import form2request
from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Headers, HtmlResponse, JsonResponse, Response, TextResponse, XmlResponse
from scrapy.link import Link
from scrapy.robotstxt import RobotParser
from twisted.python.failure import Failure

from crawler.calendars import calendar_step
from crawler.discovery import (
    FEED_TYPES,
    ArticleShapes,
    app_shell,
    continues_listing,
    is_pager_label,
    json_fragment,
    numbered,
    read_listed,
    script_pager,
    structured_data,
    structured_listing,
    structured_photo,
)
from crawler.hashbang import shell_snapshot_url, snapshot_route_of
from crawler.images import article_images, stylesheets
from crawler.items import FetchedPage
from crawler.limits import DROPPED
from crawler.links import PageLinks
from crawler.listing_traps import (
    combines_filters,
    is_search,
    link_digests,
    past_the_end,
    text_digests,
    without_facets,
)
from crawler.scheduled import dupefilter_would_drop
from crawler.server_notices import server_notice
from crawler.session_ids import without_session
from crawler.site_path import SitePath, site_path_of
from crawler.sites import (
    FamilyLinks,
    Site,
    family_links,
    get_site,
    link_url,
    normal_host,
    normal_netloc,
)

# An ASP.NET WebForms pager link: javascript:__doPostBack('<control>','<argument>'); a GridView's
# page events are "Page$<n>" and "Page$Next"; other pager controls are named as pagers.
_POSTBACK = re.compile(
    r"""^\s*javascript:\s*__doPostBack\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]*)['"]""", re.I)
_GRID_PAGE = re.compile(r"^Page\$(\d+|Next)$", re.I)
_PAGER_CONTROL = re.compile(r"pager|paging|phantrang|phan_trang", re.I)

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


# What the spider reads of a page besides its links, each an XPath compiled once and run on the
# page's lxml tree (parsel compiled the expression and wrapped every node in a Selector at each
# call): the same expressions as the CSS and XPath queries they replace.
_CSS = HTMLTranslator()
_PAGER_HREFS = etree.XPath(_CSS.css_to_xpath(
    'a[rel~="next"]::attr(href), a[rel~="prev"]::attr(href), '
    'link[rel~="next"]::attr(href), link[rel~="prev"]::attr(href)'), smart_strings=False)
_FEED_LINKS = etree.XPath(_CSS.css_to_xpath('link[rel~="alternate"][href]'))
_CANONICAL_HREFS = etree.XPath("//head/link[@rel='canonical']/@href", smart_strings=False)
# a script's shell that has an HTML snapshot for crawlers (crawler/hashbang.py)
_FRAGMENT_META = etree.XPath("//head/meta[@name='fragment'][@content='!']")
# a page's headline as a server's message would carry it (crawler/server_notices.py)
_FIRST_H1 = etree.XPath("string((//h1)[1])")
_PAGE_TITLE = etree.XPath("string((//title)[1])")
# the same page for small screens on the site's mobile host (m.<host>)
_MOBILE_ALTERNATES = etree.XPath(_CSS.css_to_xpath(
    'head link[rel~="alternate"][media]::attr(href)'), smart_strings=False)
_POSTBACK_LINKS = etree.XPath("//a[contains(@href, '__doPostBack')]")
# A label is a pager's or not whatever page it is on; menus repeat the same few on every page.
_is_pager_label = lru_cache(maxsize=4096)(is_pager_label)


def _decoded(headers: Headers) -> dict[str, list[str]]:
    """Scrapy's headers (bytes) as text, latin-1 as HTTP defines them."""
    return {k.decode("latin-1"): [v.decode("latin-1") for v in vs] for k, vs in headers.items()}


def release_parse(response: TextResponse) -> None:
    """Drop the decoded text and the parsed tree Scrapy caches on a response, once the
    callback has read all it needs. Scrapy keeps the response until its item is archived,
    which is a batch commit away (pipelines/crawl.py): 100-200 responses at once, each
    holding its text (~2x the body) and its lxml tree (~9x), which made the crawl process's
    peak ~20 MiB higher than plain Scrapy's. Read again, they are rebuilt."""
    response._cached_selector = None
    response._cached_ubody = None


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PortalSpider(scrapy.Spider):
    name = "portal"
    # How long ``start`` waits at most for the first start URL's answer before asking for
    # anything else (None: until it comes or nothing is in flight; a cluster worker's start
    # URL may be fetched by another worker).
    start_wait_seconds: ClassVar[float | None] = None

    def __init__(self, site: str | None = None, start_url: str | list[str] | None = None,
                 site_id: str | None = None, revisit: list[dict[str, Any]] | None = None,
                 skip: list[str] | None = None,
                 incremental: bool = False, archived_assets: list[str] | None = None,
                 retry_images: list[str] | None = None, **kwargs: Any):
        """``site_id``: the archive's id of a ``start_url`` portal (default: its host's).
        ``revisit``: known article URLs to fetch again, each ``{"url", "etag",
        "last_modified"}`` (validators make the request conditional). ``skip``: article URLs
        already archived, never fetched again in this run. ``incremental``: a listing page
        whose articles are all in ``skip`` ends that listing (no further pagination).
        ``archived_assets``: photo and stylesheet URLs with an archived copy, never fetched
        again; ``retry_images``: image URLs of archived articles without one (a failed fetch, or
        a photo the chrome rules missed), fetched at the start (when ``ARCHIVE_IMAGES`` is on)."""
        super().__init__(**kwargs)
        self.revisit = list(revisit or [])
        self.skip = set(skip or ())
        self.incremental = bool(incremental)
        self.archived_assets = set(archived_assets or ())
        self.retry_images = list(retry_images or ())
        if site:
            self.site: Site = get_site(site)
        elif start_url:
            urls = [start_url] if isinstance(start_url, str) else list(start_url)
            self.site = Site.for_start_urls(urls, site_id)
        else:
            raise ValueError("PortalSpider needs site=ID or start_url=URL")
        self.links: FamilyLinks = family_links(self.site.family)
        # Pages stay on the site's own host and port; attachments may also sit on its CDN hosts.
        self.page_netloc = self.site.netloc
        # its host and the twin spelling (www. or not) that portals redirect to or from
        self.page_netlocs = self.site.page_netlocs
        # Scrapy's LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True) with these
        # extensions denied, remembering what the site's repeated links resolve to.
        self.link_extractor = PageLinks(ASSET_EXTENSIONS)
        # Where a link leads (its URL as fetched, its page type), or None: a function of the
        # URL and the host the page was served from; most links repeat from page to page.
        self._follow_target = lru_cache(maxsize=8192)(self._target)
        self.article_shapes = ArticleShapes()  # generic path: what its listings list in bulk
        # Off-host links seen (8-byte digests: share buttons make one per article), each
        # counted once as dropped/offsite.
        # (reason, URL) digests of the links counted as dropped once per URL (``drop_once``)
        self.dropped_once: set[bytes] = set()
        # WebForms list pages asked for by postback: (list URL, pager control, page number)
        self.postbacks: set[tuple[str, str, int]] = set()
        # A portal that is a path of a shared host stays under it (crawler/site_path.py);
        # links to the host's other sites are counted once each (dropped/other_site).
        self.site_path = SitePath.for_start(self.site.start_urls[0])
        # URLs of the requests the engine has scheduled (crawler.scheduled.ScheduledUrls)
        self.scheduled_urls: set[str] = set()
        # hosts the site's pages name as their mobile alternates (rel=alternate media=…): the
        # same pages for small screens; links there are counted once each (dropped/mobile_copy)
        self.mobile_netlocs: set[str] = set()
        # Until the start URL has answered, the site may yet move to another host or under a
        # path of its host: nothing else is asked for (``start``).
        self.start_unanswered = False
        self.start_answer = asyncio.Event()  # set by start_answered
        self.after_start: list[scrapy.Request] = []  # robots.txt's sitemaps, until then
        self.recording: set[asyncio.Future[None]] = set()  # redirects being recorded

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.start_unanswered = True
        for number, url in enumerate(self.site.start_urls):
            yield scrapy.Request(url, callback=self.parse, errback=self.failed,
                                 meta={"page_type": "listing", "site_start": number == 0})
        # Nothing else is asked for until the start URL has answered: its answer may move the
        # site to another host or put it under a path of its host, and what a sitemap or a
        # revisit leads to is judged by that (asked for at once, their redirects raced the
        # start's, and the crawl's result depended on which came first).
        await self.wait_for_start_answer()
        # Most portals that have a sitemap serve it here whether or not robots.txt names it.
        probe = self.listed_request(self.site.base_url + "/sitemap.xml", "sitemap", None,
                                    probe=True)
        if self.within_site(probe):
            yield probe
        for known in self.revisit:
            headers = {}
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
            yield scrapy.Request(known["url"], callback=self.parse, errback=self.failed,
                                 headers=headers, meta={"page_type": "article", "revisit": True})
        if self.archiving_images:
            for url in self.retry_images:
                request = self.asset_request(url, "image", None, None)
                if request is not None:
                    yield request

    # -- callbacks -------------------------------------------------------------------------

    def parse(self, response: Response) -> Iterator[FetchedPage | scrapy.Request]:
        page_type = response.meta.get("page_type", "other")
        if response.meta.get("site_start"):
            self.start_answered()
        if not self.site_path.decided:
            yield from self.unless_archived(self.settle_site_path(response))
        if isinstance(response, XmlResponse) and response.status < 400:
            yield from self.parse_listed(response)  # a feed or sitemap linked like a page
            return
        if isinstance(response, JsonResponse) and response.status < 400:
            yield self.fetched(response, page_type)  # a load-more endpoint's JSON answer
            yield from self.unless_archived(self.fragment_requests(response))
            return
        page = self.fetched(response, page_type)
        if not isinstance(response, TextResponse) or response.status >= 400:
            if response.status >= 400 and snapshot_route_of(response.url) is not None:
                # a "#!" route its server keeps no snapshot of: only the site's script shows
                # it, which this crawl does not run (counted and warned as an app shell is)
                self.crawler.stats.inc_value(DROPPED + "script_rendered")
                self.logger.warning("%s: no snapshot of this #! route (status %d): the page "
                                    "exists only as the site's script renders it",
                                    response.url, response.status)
            yield page
            return
        # Articles link onward too (related news), so they are walked like listings; the
        # dupefilter keeps each URL to one fetch.
        links = self.link_extractor.extract_links(response)
        if isinstance(response, HtmlResponse):
            self.mobile_alternates(response)
            if response.status == 200:
                self.server_notice(response)
        if not links and isinstance(response, HtmlResponse) and app_shell(response.selector.root):
            # An app shell its scripts fill in: archived as fetched (above), and counted, since
            # whatever the app shows is lost to a crawl that runs no script (the crawl command
            # warns once per site).
            self.crawler.stats.inc_value(DROPPED + "script_rendered")
            self.logger.info("%s: an app shell its scripts render (no text, no link)",
                             response.url)
        # A frameset's frames and a page's inline frames of its own host are pages of the
        # site (its menu, its main frame, a news list shown inside another page), and a popup
        # window's page is a page a link opens: all followed like links. Another host's
        # frame is an embed (a video player, a map), not the portal's.
        linked = {link.url for link in links}
        links += [link for link in self.link_extractor.frame_links(response)
                  if normal_netloc(link.url) in self.page_netlocs and link.url not in linked]
        linked = {link.url for link in links}
        links += [link for link in self.link_extractor.popup_links(response)
                  if link.url not in linked]
        pager = self.pager_urls(response, links) | self.script_pager_urls(response)
        before = response.meta.get("linked_before")
        # (its long texts: what tells a page of its own from the page before again)
        texts = text_digests(response.selector.root) if pager and isinstance(
            response, HtmlResponse) else frozenset()
        if before is not None and pager and past_the_end(
                (link.url for link in links if link.url not in pager
                 and link.url != response.url), before, texts):
            # past the listing's end (the last page again, an empty list): its pager stops here
            self.pager_ended(response, pager, before)
            links = [link for link in links if link.url not in pager]
            pager = set()
        calendar = {link.url for link in links if calendar_step(response.url, link.url, link.text)}
        requests = [r for r in (self.follow(link.url, link.text, response,
                                            pagination=link.url in pager - calendar,
                                            calendar=link.url in calendar)
                                for link in links) if r]
        requests += [r for r in (self.follow(url, "", response, pagination=True)
                                 for url in pager - {link.url for link in links} - calendar) if r]
        if pager:  # what this page links, for its next page to tell whether it lists more
            # (this page's own URL among its pager's: the next page's link back to it is
            # nothing new to that chain, whether it lists more or not)
            digests = (link_digests(link.url for link in links if link.url not in pager
                                    and link.url != response.url),
                       link_digests([*pager, response.url]), texts)
            for pager_request in requests:
                if pager_request.meta.get("pagination"):
                    pager_request.meta["linked_before"] = digests
        requests += self.feed_requests(response)
        structured = structured_data(response.selector.root)
        requests += [r for r in (self.follow(url, "", response) for url in
                                 structured_listing(structured, response.url)) if r]
        postbacks = (self.postback_requests(response)
                     if _POSTBACK_LINKS(response.selector.root) else [])
        requests += postbacks
        # The page's canonical URL is the one its site means for it (a print view, a second
        # category path, a tracking variant name it): fetched too, so that the story is
        # archived under it whatever link the crawl came by (pipelines/classify.py).
        canonical = next(iter(_CANONICAL_HREFS(response.selector.root)), None)
        if canonical and (request := self.follow(response.urljoin(canonical.strip()), "",
                                                 response)) and request.url != response.url:
            requests.append(request)
        if _FRAGMENT_META(response.selector.root) and (
                snapshot := shell_snapshot_url(response.url)) and (
                request := self.follow(snapshot, "", response)):
            requests.append(request)  # what the shell's script shows, as its server renders it
        if page_type in ("article", "unknown") and self.archiving_images:
            # The article's photos, fetched like its attachments (the generic path does not
            # know yet which page is an article: its listings' thumbnails sit inside links,
            # which the chrome rules leave out), and the stylesheets its replay view needs
            # (the same few on every page: the dupefilter fetches each once).
            root = response.selector.root
            assets = [(image.url, "image", image.alt)
                      for image in article_images(root, response.url)]
            if not assets and (photo := structured_photo(structured, response.url, canonical)):
                assets.append((photo, "image", None))  # a script-rendered story's photo
            assets += [(url, "stylesheet", None) for url in stylesheets(root, response.url)]
            requests += [r for r in (self.asset_request(url, kind, response.url, label)
                                     for url, kind, label in assets) if r]
        if page_type == "listing":
            # What the listing lists: an article missing from every listing for several full
            # crawls is gone even if its URL still answers (see ArchivePipeline).
            page.article_links = [r.url for r in requests if r.meta["page_type"] == "article"]
        elif self.site.family == "generic" and (pager or postbacks
                                                or response.meta.get("pagination")):
            # A page with a pager (or reached by one: the last page of a next-only pager has
            # none) lists something: its articles are the links of the shape it (or the
            # crawl's other listings) links to in bulk.
            page.article_links = self.article_shapes.articles_of_listing(
                (r.url for r in requests if r.meta["page_type"] == "unknown"
                 and not r.meta.get("pagination")), response.url)
        release_parse(response)
        yield page
        if self.incremental and page_type == "listing" and self._all_known(requests):
            # Listings run newest first: a page holding only archived articles means the rest
            # of this listing is archived too. Stop paginating it.
            self.crawler.stats.inc_value("crawl/listings_stopped")
            here = urlsplit(response.url).path
            requests = [r for r in requests if not (r.meta["page_type"] == "listing"
                                                    and urlsplit(r.url).path == here)]
        yield from self.unless_archived(requests)

    def parse_listed(self, response: Response) -> Iterator[FetchedPage | scrapy.Request]:
        """A sitemap, sitemap index or feed: archived, and what it lists followed."""
        if not self.site_path.decided:
            yield from self.settle_site_path(response)
        listed = read_listed(response.body, response.url,
                             self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        if response.meta.get("probe") and (response.status != 200 or listed.kind is None):
            # Our guess at /sitemap.xml missed: not the portal's content, nothing to archive.
            self.crawler.stats.inc_value("discovery/sitemap_probe_missed")
            return
        if listed.kind is None:  # an advertised sitemap that failed, or other XML
            kind = response.meta.get("page_type", "other")
        else:
            kind = "feed" if listed.kind == "feed" else "sitemap"
        page = self.fetched(response, kind)
        if listed.kind == "sitemapindex":
            requests = [self.listed_request(url, "sitemap", response.url)
                        for url in listed.urls if self.on_site(url)]
        else:
            requests = [r for r in (self.follow(url, "", response) for url in listed.urls) if r]
            page.article_links = self.listed_articles(requests, kind)
        if listed.kind:
            self.crawler.stats.inc_value(f"discovery/{listed.kind}_urls", len(listed.urls))
        yield page
        yield from self.unless_archived(requests)

    def parse_attachment(self, response: Response) -> Iterator[FetchedPage]:
        yield self.fetched(response, "attachment")

    def parse_asset(self, response: Response) -> Iterator[FetchedPage]:
        """An article's photo or a page's stylesheet (``page_type`` in the request's meta)."""
        yield self.fetched(response, response.meta["page_type"])

    def robots_parsed(self, robotparser: RobotParser, request: scrapy.Request) -> None:
        """robots.txt was read (``robots_parsed`` signal): follow its ``Sitemap:`` lines."""
        parts = urlsplit(request.url)
        if normal_netloc(request.url) not in self.page_netlocs:
            return  # an asset host's robots.txt: its sitemaps are not this site's pages
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        for url in getattr(robotparser, "sitemaps", ()):
            url = urljoin(robots_url, url)
            if self.on_site(url) and (listed := self.within_site(
                    self.listed_request(url, "sitemap", robots_url))):
                if self.start_unanswered:
                    self.after_start.append(listed)  # the start host's, read before the start
                else:
                    self.crawler.engine.crawl(listed)

    def failed(self, failure: Failure) -> Iterator[FetchedPage]:
        """A request that got no usable response (after retries) is archived as a failed
        fetch: network errors, size caps, redirect loops, offsite redirects. Only a link that
        robots.txt forbids leaves no row: nothing was sent, so nothing was fetched."""
        request = failure.request  # type: ignore[attr-defined]
        if request.meta.get("site_start"):
            self.start_answered()
        if request.meta.get("site_start") and not self.site_path.decided:
            for held in self.site_path.decide(None):  # no start page: the whole host
                if (admitted := self.within_site(held)) is not None:
                    self.crawler.engine.crawl(admitted)
        if request.meta.get("probe"):  # our guess at /sitemap.xml: nothing of the portal's
            self.crawler.stats.inc_value("discovery/sitemap_probe_missed")
            return
        redirects = list(request.meta.get("redirect_urls", []))
        if (isinstance(failure.value, IgnoreRequest) and not redirects
                and str(failure.value) == ROBOTS_REFUSAL):
            self.crawler.stats.inc_value(DROPPED + "robots")
            return
        url = request.url
        error_type = type(failure.value).__name__
        message = failure.getErrorMessage() or _SILENT_FAILURES.get(error_type, "")
        if isinstance(failure.value, DownloadCancelledError) or "DOWNLOAD_MAXSIZE" in message:
            self.crawler.stats.inc_value(DROPPED + "maxsize")  # archived below as a failure
        self.logger.warning("fetch failed: %s (%s)", url, message)
        self.crawler.stats.inc_value("crawl/fetch_failed")
        yield FetchedPage(
            url=url, site=self.site.id, family=self.site.family,
            page_type=request.meta.get("page_type", "other"), status=None,
            requested_url=redirects[0] if redirects else None, redirect_urls=redirects,
            fetched_at=_utc_now(), referer=request.meta.get("referer"),
            depth=request.meta.get("depth", 0),
            error=f"{error_type}: {message}",
        )

    # -- helpers ---------------------------------------------------------------------------

    @property
    def archiving_images(self) -> bool:
        return self.crawler.settings.getbool("ARCHIVE_IMAGES", True)

    def asset_request(self, url: str, page_type: str, referer: str | None,
                      label: str | None) -> scrapy.Request | None:
        """The request for one article photo or stylesheet (``page_type`` image|stylesheet),
        or None: archived already (such a URL is fetched until one copy is archived), or on no
        host of the site (counted offsite)."""
        request = scrapy.Request(url, callback=self.parse_asset, errback=self.failed,
                                 meta={"page_type": page_type, "referer": referer,
                                       "link_text": label})
        if request.url in self.archived_assets:  # compared as sent: percent-encoded
            self.crawler.stats.inc_value("crawl/assets_archived_before")
            return None
        if not self.may_fetch(request.url):
            self.on_site(request.url)  # counted as dropped (offsite)
            return None
        return request

    def unless_archived(self, requests: list[scrapy.Request]) -> Iterator[scrapy.Request]:
        """The requests, but none for an article this run must not fetch again (``skip``),
        nor one the dupefilter would drop (``unless_scheduled``)."""
        for request in requests:
            if request.url in self.skip and not request.meta.get("revisit"):
                self.crawler.stats.inc_value("crawl/skipped_known")
                continue
            if self.unless_scheduled(request):
                yield request

    def unless_scheduled(self, request: scrapy.Request) -> bool:
        """False for a request of a URL the engine has scheduled already (``scheduled_urls``,
        kept by ``crawler.scheduled.ScheduledUrls``): its dupefilter would drop it, after the
        spider middlewares' work. A calendar step is yielded all the same, for
        ``PaginationDepthMiddleware`` to say where it stops a calendar."""
        return not (request.url in self.scheduled_urls and dupefilter_would_drop(request)
                    and not request.meta.get("calendar"))

    def _all_known(self, requests: list[scrapy.Request]) -> bool:
        articles = [r.url for r in requests if r.meta["page_type"] == "article"]
        return bool(articles) and all(url in self.skip for url in articles)

    def pager_urls(self, response: TextResponse, links: list[Link]) -> set[str]:
        """The page's links to other pages of the same listing: ``rel=next``/``prev`` (on
        ``<a>`` or ``<link>``), or a pager label ("Trang sau", "»", "3") on a link that
        continues this page's URL."""
        urls = {response.urljoin(href) for href in _PAGER_HREFS(response.selector.root)}
        urls = {url for url in urls if normal_netloc(url) in self.page_netlocs}
        urls |= {link.url for link in links
                 if _is_pager_label(link.text) and continues_listing(response.url, link.url)}
        urls.discard(response.url)
        return urls

    def script_pager_urls(self, response: TextResponse) -> set[str]:
        """The endpoints of the page's "Xem thêm" (load more) buttons, followed like pager
        links. A pager of buttons that name no URL (numbered page buttons a script routes) is a
        counted drop and a warning: its further pages, and any story only they list, are lost to
        a crawl that runs no script."""
        found = script_pager(response.selector, response.url)
        if found.unfollowable:
            self.crawler.stats.inc_value(DROPPED + "script_pager")
            self.logger.warning(
                "%s: a pager of script buttons with no URL; its further pages were not followed "
                "(check that the site's sitemap lists every story, or crawl it with a browser)",
                without_session(response.url))
        return {url for url in found.urls if normal_netloc(url) in self.page_netlocs}

    def fragment_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """The links of the HTML a load-more endpoint answered inside JSON (``{"html": …}``),
        and its own next endpoint, followed as the listing's next page."""
        markup = json_fragment(response.body)
        if markup is None:
            return []
        fragment = HtmlResponse(response.url, body=markup.encode("utf-8"), encoding="utf-8",
                                request=response.request)
        pager = self.script_pager_urls(fragment)
        links = self.link_extractor.extract_links(fragment)
        requests = [self.follow(link.url, link.text, fragment) for link in links]
        requests += [self.follow(url, "", fragment, pagination=True) for url in pager]
        return [r for r in requests if r]

    def postback_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """The further pages of an ASP.NET WebForms list (a GridView, a DataPager) whose pager
        links are ``javascript:__doPostBack('<control>', '<argument>')``: each page is the
        answer to a post of the page's form with that event, to the same URL. Fetched like a
        pager link; a page of the list is asked for once, whichever page linked it. A pager
        that cannot be posted (no form around it) is counted as dropped, never silently
        skipped: the list's further pages are lost to this crawl."""
        index = response.meta.get("postback_page", 1)
        requests: list[scrapy.Request] = []
        forms = None  # read only on a page with a postback link
        for link in response.xpath("//a[contains(@href, '__doPostBack')]"):
            match = _POSTBACK.match(link.attrib.get("href", ""))
            if not match:
                continue
            control, argument = match.groups()
            text = " ".join(link.xpath(".//text()").getall()).strip()
            grid = _GRID_PAGE.match(argument)
            if grid:
                page = index + 1 if grid.group(1).lower() == "next" else int(grid.group(1))
            elif _PAGER_CONTROL.search(control) and text.isdigit():
                page = int(text)
            else:
                continue  # another control's event (a button, a calendar): not a page
            here = link_url(response.url)
            self.postbacks.add((here, control, index))  # this page: the GET, or a post's answer
            key = (here, control, page)
            if key in self.postbacks:
                continue
            self.postbacks.add(key)
            form = link.xpath("ancestor::form[1]")
            forms = forms if forms is not None else response.xpath("//form")
            number = next((i for i, f in enumerate(forms) if form and f.root is form[0].root),
                          None)
            if number is None:
                self.crawler.stats.inc_value(DROPPED + "postback_without_form")
                continue
            # The form as the page's script would post it: its fields, the event's two set,
            # no button clicked (Scrapy 2.19 deprecates FormRequest.from_response for this).
            # Urlencoded even where the form says multipart (WebForms pages often do, for an
            # upload control): form2request builds no multipart body, and ASP.NET reads both.
            requests.append(form2request(
                forms[number], {"__EVENTTARGET": control, "__EVENTARGUMENT": argument},
                click=False, enctype="application/x-www-form-urlencoded").to_scrapy(
                callback=self.parse, errback=self.failed,
                meta={"page_type": response.meta.get("page_type", "unknown"),
                      "pagination": True, "postback_page": page, "referer": response.url,
                      "link_text": text or None, **self.site_path.as_meta()}))
        return requests

    def feed_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """The feeds a page advertises (``<link rel="alternate" type="application/rss+xml">``,
        Atom, RDF); every page of a portal names the same few, the dupefilter keeps one."""
        requests = []
        for element in _FEED_LINKS(response.selector.root):
            if (element.get("type") or "").split(";")[0].strip().lower() in FEED_TYPES:
                url = response.urljoin(element.get("href"))
                if self.on_site(url):
                    requests.append(self.listed_request(url, "feed", response.url))
        return requests

    def listed_request(self, url: str, page_type: str, referer: str | None,
                       probe: bool = False) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listed, errback=self.failed,
                              meta={"page_type": page_type, "referer": referer,
                                    **({"probe": True} if probe else {}),
                                    **self.site_path.as_meta()})

    def listed_articles(self, requests: list[scrapy.Request], kind: str) -> list[str]:
        """What a sitemap or feed lists as articles: for a modelled family, the URLs of its
        article pattern; for the generic path, every page of a feed (feeds carry news) and
        the numbered pages of a sitemap (its home, category and about pages carry none)."""
        if self.site.family != "generic":
            return [r.url for r in requests if r.meta["page_type"] == "article"]
        pages = [r.url for r in requests if r.meta["page_type"] != "attachment"]
        return pages if kind == "feed" else numbered(pages)

    def on_site(self, url: str) -> bool:
        """A page URL on the site's own host and port; anything else is counted, once per
        URL, as dropped (offsite; mobile_copy on the host the site's pages name as their
        mobile alternates)."""
        netloc = normal_netloc(url)
        if netloc in self.page_netlocs:
            return True
        if netloc in self.mobile_netlocs:
            if self.drop_once("mobile_copy", url) and \
                    self.crawler.stats.get_value(DROPPED + "mobile_copy") == 1:
                self.logger.warning(
                    "%s: the site's pages name %s as their mobile alternates (the same pages "
                    "for small screens): its links are not followed (dropped mobile_copy)",
                    self.site.id, netloc)
        elif urlsplit(url).scheme in ("http", "https"):
            self.drop_once("offsite", url)
        return False

    def moved_to(self, start_url: str, url: str) -> None:
        """The start URL redirects to ``url``: when that is another host, the site moved there
        (a district portal abolished in 2025 sending its readers to the commune portal that
        took its news). The new host's pages are the site's pages from now on; the old host's
        stay the site's too (its sitemap, its old links redirecting to the new pages)."""
        netloc = normal_netloc(url)
        if not netloc or netloc in self.page_netlocs:
            return
        self.page_netlocs = frozenset({*self.page_netlocs, netloc})
        self._follow_target.cache_clear()  # links judged offsite before are the site's now
        self.crawler.stats.set_value("crawl/moved_to", netloc)
        self.logger.warning("%s: the start URL %s redirects to %s, another host: the site moved "
                            "there; its pages on both hosts are crawled as this site's",
                            self.site.id, start_url, url)

    async def wait_for_start_answer(self) -> None:
        """Until the start URL has answered, or nothing is left that could answer (a start
        URL a spider middleware refused, as one over the URL length limit: no callback comes),
        or ``start_wait_seconds`` have passed."""
        waited = 0.0
        while not self.start_answer.is_set():
            try:
                await asyncio.wait_for(self.start_answer.wait(), 1.0)
            except TimeoutError:
                waited += 1.0
                limit = self.start_wait_seconds
                if self._nothing_in_flight() or (limit is not None and waited >= limit):
                    self.start_answered()

    def _nothing_in_flight(self) -> bool:
        """No request queued or being fetched, no response being processed: what the engine
        calls idle, but for this spider's start, which it waits on."""
        engine = self.crawler.engine
        scheduler = engine.scheduler
        scraper_slot = engine.scraper.slot
        return (not engine.downloader.active
                and (scheduler is None or not scheduler.has_pending_requests())
                and (scraper_slot is None or scraper_slot.is_idle()))

    def start_answered(self) -> None:
        """The start URL has answered (or failed): the site's hosts are settled, and what
        waited for it is asked for (``start``, ``robots_parsed``)."""
        self.start_unanswered = False
        self.start_answer.set()
        waiting, self.after_start = self.after_start, []
        for request in waiting:
            self.crawler.engine.crawl(request)

    def request_dropped(self, request: scrapy.Request) -> None:
        """A redirect to a page the crawl has asked for already (the dupefilter drops it): not
        fetched twice, but recorded, a row without a response whose ``requested_url`` names
        the redirected URL, so that a sitemap's or listing's old address counts as the page
        it leads to (coverage). An old host's sitemap naming every story whose new address
        the new host's lists link too makes one such row a story."""
        redirects = list(request.meta.get("redirect_urls", ()))
        if not redirects:
            return
        self.record_without_response(FetchedPage(
            url=request.url, site=self.site.id, family=self.site.family,
            page_type=request.meta.get("page_type", "other"), status=None,
            requested_url=redirects[0], redirect_urls=redirects, fetched_at=_utc_now(),
            referer=request.meta.get("referer"), depth=request.meta.get("depth", 0)))

    def record_without_response(self, page: FetchedPage) -> None:
        """Hand the archive a row no response produced (``request_dropped``): through the
        item pipelines, as a callback's pages go."""
        recording = asyncio.ensure_future(
            self.crawler.engine.scraper.start_itemproc_async(page, response=None))
        self.recording.add(recording)  # a task is kept only weakly by the loop
        recording.add_done_callback(self.recording.discard)

    def server_notice(self, response: HtmlResponse) -> None:
        """A page answered with status 200 that is the server's own message instead of the page
        asked for (``crawler/server_notices.py``): counted once per URL, and said. A "not found"
        page (``dropped/not_found``, harmless: the site's link leads to a page it no longer
        has, nothing to archive) or a maintenance notice (``dropped/maintenance``: the page may
        come back, so the run proves nothing of it)."""
        root = response.selector.root
        headline = (_FIRST_H1(root) or _PAGE_TITLE(root)).strip()
        kind = server_notice(" ".join(headline.split()))
        if kind and self.drop_once(kind, response.url):
            self.logger.warning("%s answered 200 with %s (%r): not the page its URL names; "
                                "archived as served, counted as dropped %s", response.url,
                                "its 'not found' page" if kind == "not_found"
                                else "a maintenance notice", headline[:80], kind)

    def mobile_alternates(self, response: HtmlResponse) -> None:
        """Note the other host this page names as its version for small screens (``<link
        rel="alternate" media="only screen and (max-width: 640px)" href="https://m.…">``):
        the site's mobile host, whose pages are this site's pages again."""
        for href in _MOBILE_ALTERNATES(response.selector.root):
            netloc = normal_netloc(response.urljoin(str(href).strip()))
            if netloc and netloc not in self.page_netlocs:
                self.mobile_netlocs.add(netloc)

    def drop_once(self, reason: str, url: str) -> bool:
        """Count ``url`` as dropped for ``reason`` (``dropped/<reason>``) the first time only
        (a menu links the same page from every page); True when it was counted now."""
        digest = hashlib.blake2b(f"{reason} {url}".encode("utf-8", "replace"),
                                 digest_size=8).digest()
        if digest in self.dropped_once:
            return False
        self.dropped_once.add(digest)
        self.crawler.stats.inc_value(DROPPED + reason)
        return True

    def may_fetch(self, url: str) -> bool:
        """The host rule for every request (links, retries, redirects; enforced by
        ``crawler.middlewares.SiteOnlyMiddleware``): the site's own host and port, or one of
        its asset (CDN) hosts."""
        return (normal_netloc(url) in self.page_netlocs
                or normal_host(urlsplit(url).hostname) in self.site.hosts[1:])

    def follow(self, url: str, text: str, response: Response, pagination: bool = False,
               calendar: bool = False) -> scrapy.Request | None:
        """The request for one link, or None when it is not followed. ``pagination``: a pager
        link, which ``PaginationDepthMiddleware`` keeps at this page's depth; ``calendar``: a
        step along a calendar, which it follows only ``CALENDAR_LIMIT`` steps."""
        target = self._follow_target(url, normal_netloc(response.url))
        if target is None:
            return None
        url, page_type = target
        meta: dict[str, Any] = {"referer": response.url, "link_text": text.strip() or None}
        if page_type == "attachment":
            return scrapy.Request(url, callback=self.parse_attachment, errback=self.failed,
                                  meta={**meta, "page_type": "attachment"})
        if pagination:
            meta["pagination"] = True
        if calendar:
            meta["calendar"] = True
        return self.within_site(scrapy.Request(url, callback=self.parse, errback=self.failed,
                                               meta={**meta, "page_type": page_type}))

    # -- a site under a path of a shared host (crawler/site_path.py) -------------------------

    def within_site(self, request: scrapy.Request) -> scrapy.Request | None:
        """The request, or None: held until the start page says where the site is, or a page
        of another site of the host (counted once per URL). A sitemap or feed is the host's,
        not a page: only what it lists is scoped. Every request leaves with the scope in its
        meta (``site_path``), so a spider that never read the start page (another worker of a
        distributed crawl) learns it from the first response it gets."""
        admitted = self.site_path.admits(request.url)
        if admitted is None:
            self.site_path.held.append(request)
            return None
        request.meta.update(self.site_path.as_meta())
        if admitted or request.callback == self.parse_listed:
            return request
        self.drop_once("other_site", request.url)
        return None

    def settle_site_path(self, response: Response) -> list[scrapy.Request]:
        """Learn where the site is, from the first response that tells: the start page (its
        home link names a path, ``site_path_of``), or a request made after another spider
        learned it (its ``site_path`` meta); the links held meanwhile, those of the site."""
        if "site_path" in response.meta:
            prefix: str | None = response.meta["site_path"] or None
        elif response.meta.get("site_start"):
            prefix = None
            if isinstance(response, HtmlResponse) and response.status < 400:
                prefix = site_path_of(response.selector.root, response.url,
                                      self.site_path.start_path)
            if prefix is not None:
                self.logger.warning(
                    "%s: the start page's home link names %s/, a site under a path of a host "
                    "that serves other sites too (a province platform's communes): the crawl "
                    "stays under it, and the host's other pages it links are not followed "
                    "(dropped other_site); crawl another of them by its own --start-url%s",
                    self.site.id, self.site.base_url + prefix,
                    "" if self.site.id != Site.host_id(self.site.netloc) else
                    " and give each its own --site-id (this one takes the host's id, which "
                    "every site of the host would share in one archive)")
        else:
            return []  # a response that does not tell (a sitemap asked for before)
        held = self.site_path.decide(prefix)
        return [r for r in (self.within_site(request) for request in held) if r]

    def _target(self, url: str, served: str) -> tuple[str, str] | None:
        """Where a link to ``url`` on a page served from ``served`` (its ``normal_netloc``)
        leads: the URL to fetch and its page type ("attachment" for one), or None when it is
        not followed. Counts an offsite link the first time (``on_site``), as every later call
        would not: ``follow`` remembers the answer."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return None
        if normal_netloc(url) in self.page_netlocs:
            if without_session(url) != url:
                self.session_spelling(url)
            url = link_url(url)  # one spelling of the portal: one fetch, one archived URL
            trap_free = self.listing_trap(url)
            if trap_free is None:
                return None
            url = trap_free
            if normal_netloc(url) != served and served in self.site.page_netlocs \
                    and normal_netloc(url) in self.site.page_netlocs:
                # written with the twin spelling: asked for as the portal serves its pages
                # (www. or not; a host the site moved to is another host, not a spelling)
                url = urlunsplit(urlsplit(url)._replace(netloc=served))
            parts = urlsplit(url)
        if ATTACHMENT_RE.search(parts.path):
            if not self.may_fetch(url):
                self.on_site(url)  # counted as dropped (offsite)
                return None
            return url, "attachment"
        if not self.on_site(url):
            return None
        kind = self.links.classify(parts.path + (f"?{parts.query}" if parts.query else ""))
        if kind == "other" and not self.links.follow_other:
            return None
        return url, kind if self.site.family != "generic" else "unknown"

    def listing_trap(self, url: str) -> str | None:
        """A listing URL as the crawl follows it (``crawler/listing_traps.py``): a search with a
        query or a combination of filters is not followed, a facet (sort, view, page size) is
        dropped from it; each spelling left counted once under its (harmless) reason."""
        if is_search(url):
            self.trap_spelling("search", url)
            return None
        if combines_filters(url):
            self.trap_spelling("filter_combination", url)
            return None
        bare = without_facets(url)
        if bare != url:
            self.trap_spelling("facet", url)
        return bare

    _TRAP_WARNINGS: ClassVar[dict[str, str]] = {
        "search": "links ask the site's search a query (%s); not followed: a search answers any "
                  "word, and what it finds the site's sections list",
        "filter_combination": "links combine a listing's filters (%s); not followed: each "
                              "single filter's listing lists their stories",
        "facet": "links sort, re-show or re-size a listing (%s); each listing is fetched once, "
                 "in the site's default order and page size",
    }

    def trap_spelling(self, reason: str, url: str) -> None:
        """Count a listing URL not followed as written, once per URL (``dropped/<reason>``,
        harmless); one warning per reason and crawl names an example."""
        first_of_its_kind = not self.crawler.stats.get_value(DROPPED + reason)
        if self.drop_once(reason, url) and first_of_its_kind:
            self.logger.warning("%s: " + self._TRAP_WARNINGS[reason], self.site.id, url)

    def pager_ended(self, response: Response, pager: set[str],
                    before: tuple[frozenset[int], ...]) -> None:
        """A page reached by a pager link that links just what the page before it did (a
        server answering any page number with the last page again, or the same empty list, and
        linking one more): its pager links are not followed, those new to the chain counted
        (``dropped/pager_end``, harmless: the listing ended)."""
        seen = before[0] | before[1]
        new = [url for url in pager if not link_digests([url]) <= seen]
        if not new:  # the same page again (page 1 under a second URL): nothing left behind
            return
        if not self.crawler.stats.get_value(DROPPED + "pager_end"):
            self.logger.warning(
                "%s: a listing page past its end (it links just what the page before it did) "
                "still links a next page; its pager was not followed", response.url)
        self.crawler.stats.inc_value(DROPPED + "pager_end", len(new))

    def session_spelling(self, url: str) -> None:
        """A link that names a page under session state in its URL (``;jsessionid=``, Oracle
        ADF's ``_afrLoop``/``_adf.ctrl-state``): followed without it, and counted once per
        spelling (``dropped/session_url``, harmless): on a server that makes the state fresh in
        every response these are endless, and the run says how many it did not follow."""
        if not self.crawler.stats.get_value(DROPPED + "session_url"):
            self.logger.warning(
                "%s: links carry session state in their URL (%s); each page is fetched and "
                "archived once, without it", self.site.id, url)
        self.crawler.stats.inc_value(DROPPED + "session_url")

    def fetched(self, response: Response, page_type: str) -> FetchedPage:
        redirects = list(response.meta.get("redirect_urls", []))
        error = None
        if response.status >= 400 and response.status not in GONE_STATUSES:
            # Archived with its body, but a failure: a server error after the retries, a
            # login wall (401/403), a refusal. A 404/410 is an answer about the URL instead.
            retries = response.meta.get("retry_times", 0)
            error = f"HTTP {response.status}" + (f" after {retries} retries" if retries else "")
        return FetchedPage(
            # a server that redirected to the same URL plus fresh session state: the page's
            # URL is the one without it, the same at every fetch
            url=without_session(response.url),
            site=self.site.id,
            family=self.site.family,
            page_type=page_type,
            requested_url=redirects[0] if redirects else None,
            redirect_urls=redirects,
            status=response.status,
            headers=_decoded(response.headers),
            request_headers=_decoded(response.request.headers) if response.request else {},
            body=response.body,
            fetched_at=_utc_now(),
            referer=response.meta.get("referer"),
            link_text=response.meta.get("link_text"),
            depth=response.meta.get("depth", 0),
            error=error,
            request_method=None if response.request is None or response.request.method == "GET"
            else response.request.method,
            request_body=(response.request.body.decode("latin-1")
                          if response.request is not None and response.request.method == "POST"
                          else None),
        )
