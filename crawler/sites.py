"""The site registry: which portals exist, their template family, where a crawl starts.

Site knowledge is data (``sites.json``, ``families.json``); this module only loads it and
answers questions about it. Adding a portal means adding an entry, not code.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

_HERE = Path(__file__).parent


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
        return urlsplit(self.base_url).hostname or ""

    @property
    def hosts(self) -> tuple[str, ...]:
        """Every host the site is fetched from: the portal's own, then its asset hosts."""
        return (self.host, *self.asset_hosts)

    @property
    def netloc(self) -> str:
        return urlsplit(self.base_url).netloc

    @property
    def start_urls(self) -> list[str]:
        return [self.base_url + path for path in self.start_paths]

    def as_row(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "family": self.family, "province": self.province,
            "base_url": self.base_url, "start_urls": json.dumps(self.start_urls),
            "asset_hosts": json.dumps(list(self.asset_hosts)), "notes": self.notes,
        }

    @classmethod
    def for_start_urls(cls, start_urls: list[str]) -> Site:
        """An unregistered portal: the generic family, confined to the first URL's host and port."""
        first = urlsplit(start_urls[0])
        if first.scheme not in ("http", "https") or not first.netloc:
            raise ValueError(f"not an http(s) URL: {start_urls[0]!r}")
        base = f"{first.scheme}://{first.netloc}"
        paths = []
        for url in start_urls:
            parts = urlsplit(url)
            if parts.netloc != first.netloc:
                raise ValueError(f"all --start-url values must share one host and port: {url!r}")
            paths.append((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        site_id = re.sub(r"[^a-z0-9]+", "-", first.netloc.lower()).strip("-")
        return cls(id=site_id, name=first.netloc, family="generic", base_url=base,
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
