"""The one item the crawler emits: a fetched response, exactly as received.

It is the contract between the spider and the pipelines (which may run in another process):
plain data, no Response objects, so it can be queued or serialised.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """One fetch. Only ``url`` is required; every other field says its format."""

    url: str  # canonical URL of the response (after redirects), as the portal names it
    site: str | None = None  # registry id of the site crawled
    family: str | None = None  # template family id of that site ("generic" when unknown)
    # spider's hint: article|listing|attachment|other from URL patterns, unknown (generic path),
    # sitemap|feed (what they list is in ``article_links``), image (an article's photo),
    # stylesheet (one its page links)
    page_type: str = "other"
    requested_url: str | None = None  # URL first requested, when a redirect changed it
    redirect_urls: list[str] = field(default_factory=list)  # redirect hops before ``url``
    status: int | None = None  # HTTP status; None when no response came (see ``error``)
    headers: dict[str, list[str]] = field(default_factory=dict)  # response headers, decoded latin-1
    # The request's headers as Scrapy sent them (User-Agent, Accept*, Referer, conditional
    # headers), decoded latin-1: the WARC request record. Host is the transport's, from the URL.
    request_headers: dict[str, list[str]] = field(default_factory=dict)
    # Raw body bytes after transfer decoding (gzip/br undone by Scrapy). Not in the repr, so a
    # log line about a page never carries its body.
    body: bytes = field(default=b"", repr=False)
    fetched_at: str | None = None  # UTC ISO 8601, second precision, "Z" suffix
    referer: str | None = None  # page whose link led here
    link_text: str | None = None  # anchor text of that link (attachment names come from it)
    depth: int = 0
    error: str | None = None  # why the fetch failed (no response, refused, or an error status)
    # "POST" for a form posted back (a WebForms pager: the page's further pages answer a post
    # of its form to the same URL); None for a GET
    request_method: str | None = None
    request_body: str | None = None  # the form posted, URL-encoded as sent
    article_links: list[str] = field(default_factory=list)  # articles a listing/sitemap/feed lists
    page_id: int | None = None  # ``pages`` row id, set by the archive pipeline once stored
