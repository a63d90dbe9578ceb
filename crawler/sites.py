"""The site registry: which portals exist, their template family, where a crawl starts.

Site knowledge is data (``sites.json``, ``families.json``); this module only loads it and
answers questions about it. Adding a portal means adding an entry, not code.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crawler.document_urls import domino_document
from crawler.hashbang import snapshot_url
from crawler.session_ids import without_session, without_tracking

_HERE = Path(__file__).parent
DEFAULT_PORTS = {"http": 80, "https": 443}


def normal_host(host: str | None) -> str:
    """A host as DNS means it: case and a trailing dot carry no meaning (RFC 4343, RFC 1034
    §3.1), so ``Portal.GOV.vn.`` is ``portal.gov.vn``."""
    return (host or "").rstrip(".").lower()


@lru_cache(maxsize=2048)  # asked of every link and request; many repeat (a site's menu)
def normal_netloc(url: str) -> str:
    """``host[:port]`` of ``url`` spelled one way: host as ``normal_host``, the scheme's default
    port dropped (``:80`` for http, ``:443`` for https), credentials left out."""
    parts = urlsplit(url)
    host = normal_host(parts.hostname)
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # not a port: no site has it, so nothing matches
        return parts.netloc.lower()
    if port is None or port == DEFAULT_PORTS.get(parts.scheme.lower()):
        return host
    return f"{host}:{port}"


def normal_url(url: str) -> str:
    """``url`` with its scheme and ``normal_netloc``: one portal URL, one spelling (path, query
    and fragment as they were)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), normal_netloc(url), parts.path, parts.query,
                       parts.fragment))


def twin_host(host: str) -> str | None:
    """The other spelling of a portal's host that serves the same portal: ``www.<host>`` for a
    bare host, the bare host for ``www.<host>`` (portals redirect one to the other, in either
    direction). None for an IP address, ``localhost`` or a one-label name."""
    host = normal_host(host)
    if host.startswith("www."):
        return host[4:] if "." in host[4:] else None
    if "." not in host or host.replace(".", "").isdigit() or ":" in host:
        return None
    return "www." + host


def link_url(url: str) -> str:
    """The URL a crawl fetches and archives for a link to one of the portal's pages:
    ``normal_url`` without the fragment (never sent to the server), tracking parameters,
    session ids and comment-reply parameters, and with a document's view-less address
    (``document_urls``). Two links to one story then make one fetch and
    one article, not two rows a researcher's sums count twice. Other parameters stay as
    written, in their order. A ``#!`` route's fragment is no fragment: it names a page of a
    script-driven site, fetched as its snapshot (``crawler/hashbang.snapshot_url``)."""
    url = snapshot_url(url)
    parts = urlsplit(normal_url(domino_document(without_tracking(without_session(url)))))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


# What a site id may be: it names the site in the archive's rows, its lock file and URLs of
# the Datasette instance, so nothing that needs quoting.
SITE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


class UnknownSite(KeyError):
    """No registry entry has this id."""

    def __init__(self, site_id: str, known: list[str]):
        super().__init__(site_id)
        self.site_id = site_id
        self.known = known

    def __str__(self) -> str:
        return f"unknown site {self.site_id!r}; known sites: {', '.join(self.known)}"


@dataclass(frozen=True)
class Site:
    """One portal. ``base_url`` is scheme://host[:port] with no path."""

    id: str
    name: str
    family: str
    base_url: str
    start_paths: tuple[str, ...] = ("/",)
    province: str | None = None
    asset_hosts: tuple[str, ...] = ()  # hosts serving its attachments (e.g. a CDN)
    sample: str | None = None  # folder under sample_portals/ simulating this site
    simulated_only: bool = False  # no real portal behind it: only its sample can be crawled
    notes: str = ""

    @property
    def host(self) -> str:
        return normal_host(urlsplit(self.base_url).hostname)

    @property
    def hosts(self) -> tuple[str, ...]:
        """Every host the site is fetched from: the portal's own, then its asset hosts."""
        return (self.host, *(normal_host(h) for h in self.asset_hosts))

    @property
    def netloc(self) -> str:
        """The portal's ``host[:port]`` (``normal_netloc``): what its pages must be on."""
        return normal_netloc(self.base_url)

    @property
    def page_netlocs(self) -> frozenset[str]:
        """Where its pages may be: its ``netloc``, and the same with ``twin_host``."""
        twin = twin_host(self.host)
        if twin is None:
            return frozenset({self.netloc})
        return frozenset({self.netloc, self.netloc.replace(self.host, twin, 1)})

    @property
    def start_urls(self) -> list[str]:
        return [self.base_url + path for path in self.start_paths]

    def as_row(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "family": self.family, "province": self.province,
            "base_url": self.base_url, "start_urls": json.dumps(self.start_urls),
            "asset_hosts": json.dumps(list(self.asset_hosts)), "notes": self.notes,
        }

    @staticmethod
    def host_id(netloc: str) -> str:
        """The id a ``--start-url`` portal takes when not given one: its host and port."""
        return re.sub(r"[^a-z0-9]+", "-", netloc).strip("-")

    @classmethod
    def for_start_urls(cls, start_urls: list[str], site_id: str | None = None) -> Site:
        """An unregistered portal: the generic family, confined to the first URL's host and
        port. Spellings of one portal are one site (``normal_netloc``: ``HTTP://Portal.vn:80/``
        is ``http://portal.vn/``, same id, same lock). Credentials (``user:pass@``) are refused:
        every URL a crawl fetches is stored and served, and a public portal needs none.
        ``site_id`` names it instead of its host: several sites of one host (a province
        platform's communes, each under a path) are then several sites of one archive."""
        first = urlsplit(start_urls[0])
        scheme = first.scheme.lower()
        if scheme not in ("http", "https") or not first.netloc:
            raise ValueError(f"not an http(s) URL: {start_urls[0]!r}")
        netloc = normal_netloc(start_urls[0])
        base = f"{scheme}://{netloc}"
        paths = []
        for url in start_urls:
            parts = urlsplit(url)
            if parts.username is not None or parts.password is not None:
                raise ValueError("a start URL must not carry credentials (user:password@): "
                                 "the archive stores and serves every URL it fetches, and the "
                                 "portals it is for are public")
            if parts.scheme.lower() != scheme or normal_netloc(url) != netloc:
                raise ValueError(f"all --start-url values must share one host and port: {url!r}")
            paths.append((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        if site_id is None:
            site_id = cls.host_id(netloc)
        elif not SITE_ID.fullmatch(site_id):
            raise ValueError(f"{site_id!r} is not a site id: lower-case letters, digits and "
                             "hyphens, starting with a letter or digit (e.g. xa-mai-khe)")
        return cls(id=site_id, name=netloc, family="generic", base_url=base,
                   start_paths=tuple(paths), notes="Unregistered portal crawled from --start-url.")


@dataclass(frozen=True)
class FamilyLinks:
    """How one template family lays out its URLs (from families.json)."""

    id: str
    article: tuple[re.Pattern[str], ...]
    listing: tuple[re.Pattern[str], ...]
    follow_other: bool = False

    def classify(self, path_and_query: str) -> str:
        """'article', 'listing' or 'other' for a site-internal URL."""
        if any(p.search(path_and_query) for p in self.article):
            return "article"
        if any(p.search(path_and_query) for p in self.listing):
            return "listing"
        return "other"


@cache
def load_sites() -> dict[str, Site]:
    entries = json.loads((_HERE / "sites.json").read_text(encoding="utf-8"))
    sites = {}
    for entry in entries:
        entry = dict(entry)
        entry["start_paths"] = tuple(entry.get("start_paths") or ("/",))
        entry["asset_hosts"] = tuple(entry.get("asset_hosts") or ())
        sites[entry["id"]] = Site(**entry)
    return sites


def get_site(site_id: str) -> Site:
    sites = load_sites()
    if site_id not in sites:
        raise UnknownSite(site_id, sorted(sites))
    return sites[site_id]


@cache
def load_families() -> dict[str, FamilyLinks]:
    raw = json.loads((_HERE / "families.json").read_text(encoding="utf-8"))
    return {
        name: FamilyLinks(
            id=name,
            article=tuple(re.compile(p) for p in spec["article"]),
            listing=tuple(re.compile(p) for p in spec["listing"]),
            follow_other=spec.get("follow_other", False),
        )
        for name, spec in raw.items()
        if not name.startswith("_")
    }


def family_links(family: str) -> FamilyLinks:
    families = load_families()
    return families.get(family, families["generic"])
