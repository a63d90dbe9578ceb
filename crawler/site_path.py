"""A portal that is a path of a shared host: where a crawl started by ``--start-url`` stays.

Since the 1 July 2025 reform many communes' portals are no hosts of their own but sites of the
province's platform on its host (Liferay's ``/web/<commune>/…``, ``/<commune>/…``), beside the
province's own news and the sibling communes' sites, all sharing one header and footer that
link one another. A researcher who asks for ``--start-url https://tinh.gov.vn/web/xa-a/``
wants that commune, not the province: the site is the start URL's path when the start page's
own home link (its "Trang chủ", its logo) names that path (or a path the start URL lies
under), and most of the page's links to its host stay under it. A start URL deeper in an
ordinary portal (``/tin-tuc/``, whose home link names ``/``) keeps the whole host.

Until the start page is read, links found elsewhere (a sitemap robots.txt names) wait
(``SitePath.held``); afterwards a link outside the site's path is not followed, counted once
per URL as ``dropped/other_site`` (harmless: those pages are other sites', each crawlable by its
own start URL). Attachments and photos are not pages: a platform serves every site's files
from one place (``/documents/…``), so they stay the host's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.labels import HOME

_LOGO = re.compile(r"logo", re.I)
_LINKS = etree.XPath("//a[@href]")


def _label(link: etree._Element) -> str:
    return " ".join("".join(link.itertext()).split())


def _is_logo(link: etree._Element) -> bool:
    """A link that is the site's logo: named so, or around an image named so."""
    names = [link.get("class") or "", link.get("id") or ""]
    for image in link.iter("img"):
        names += [image.get("class") or "", image.get("id") or "", image.get("src") or "",
                  image.get("alt") or ""]
    return any(_LOGO.search(name) for name in names)


def _directory(path: str) -> str:
    """``/web/xa-a/`` and ``/web/xa-a`` name one site path, ``/web/xa-a``; the root is ''."""
    return path.rstrip("/")


def under(path: str, prefix: str) -> bool:
    """Whether ``path`` is the site path ``prefix`` or a page under it."""
    return _directory(path) == prefix or path.startswith(prefix + "/")


def site_path_of(root: etree._Element, page_url: str, start_path: str) -> str | None:
    """The path the start page names as its site's home, when the start URL lies under it and
    at least half of the page's distinct links to its host do too; else None (the whole host).
    A home link to a file (``/default.aspx``, ``/index.php``) names a home page, not a site
    path, and the root names the host."""
    netloc = urlsplit(page_url).netloc
    homes: set[str] = set()
    paths: set[str] = set()
    for link in _LINKS(root):
        url = urljoin(page_url, link.get("href", "").strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != netloc:
            continue
        paths.add(parts.path)
        if HOME.match(_label(link)) or _is_logo(link):
            homes.add(_directory(parts.path))
    for home in sorted(homes, key=len, reverse=True):
        last = home.rsplit("/", 1)[-1]
        if not home or "." in last or not under(start_path, home):
            continue
        inside = sum(1 for path in paths if under(path, home))
        if 2 * inside >= len(paths):
            return home
    return None


@dataclass
class SitePath:
    """The crawl's scope on its host: ``prefix`` once decided (None: the whole host)."""

    start_path: str
    prefix: str | None = None
    decided: bool = False
    held: list[Any] = field(default_factory=list)  # requests waiting for the decision

    @classmethod
    def for_start(cls, start_url: str) -> SitePath:
        path = urlsplit(start_url).path or "/"
        # A crawl from the host's root is the whole host: nothing to decide.
        return cls(path, decided=_directory(path) == "")

    def decide(self, prefix: str | None) -> list[Any]:
        """Settle the scope; the held requests, to be followed or refused by ``admits``."""
        self.prefix, self.decided = prefix, True
        held, self.held = self.held, []
        return held

    def as_meta(self) -> dict[str, str]:
        """What a request carries of the decision (``site_path``: the prefix, '' for the whole
        host), so that whichever spider gets its response knows it; nothing before it."""
        return {"site_path": self.prefix or ""} if self.decided else {}

    def admits(self, url: str) -> bool | None:
        """Whether a page URL of the host is the site's (None: not decided yet)."""
        if not self.decided:
            return None
        return self.prefix is None or under(urlsplit(url).path, self.prefix)
