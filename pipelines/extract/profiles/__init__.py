"""Template-family profiles: the registry in ``families.json`` (data, not code).

Adding a family adds a JSON entry and a fixture; nothing here knows any site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cssselect import HTMLTranslator
from lxml import etree

_REGISTRY = Path(__file__).with_name("families.json")
_FIELDS = ("title", "date", "body", "lead", "category", "author", "attachments", "caption",
           "remove", "listing")


@lru_cache(maxsize=512)
def compile_css(selector: str) -> etree.XPath:
    """One CSS selector as a compiled XPath (translated once per process)."""
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


@dataclass(frozen=True)
class Profile:
    id: str
    doc: str
    detect_url: tuple[re.Pattern[str], ...]
    detect_css: tuple[str, ...]
    detect_html: tuple[str, ...]
    min_score: int
    selectors: dict[str, tuple[str, ...]]

    def select(self, root: etree._Element, field: str) -> list[etree._Element]:
        """Elements of the first selector of ``field`` that matches anything."""
        for css in self.selectors.get(field, ()):
            found: list[etree._Element] = compile_css(css)(root)
            if found:
                return found
        return []

    def select_all(self, root: etree._Element, field: str) -> list[etree._Element]:
        """Elements of every selector of ``field``, in selector order, without repeats."""
        seen: dict[etree._Element, None] = {}
        for css in self.selectors.get(field, ()):
            for el in compile_css(css)(root):
                seen.setdefault(el, None)
        return list(seen)

    def score(self, root: etree._Element, url: str, raw_html: str) -> int:
        """How many detection rules this page matches (at most one per rule kind and entry)."""
        score = sum(1 for rx in self.detect_url if rx.search(url))
        score += sum(1 for css in self.detect_css if compile_css(css)(root))
        score += sum(1 for needle in self.detect_html if needle in raw_html)
        return score


@lru_cache(maxsize=1)
def load_profiles() -> dict[str, Profile]:
    data = json.loads(_REGISTRY.read_text(encoding="utf-8"))
    profiles = {}
    for fid, spec in data.items():
        if fid.startswith("_"):
            continue
        det = spec.get("detect", {})
        profiles[fid] = Profile(
            id=fid,
            doc=spec.get("doc", ""),
            detect_url=tuple(re.compile(rx) for rx in det.get("url", ())),
            detect_css=tuple(det.get("css", ())),
            detect_html=tuple(det.get("html", ())),
            min_score=int(spec.get("min_score", 2)),
            selectors={f: tuple(spec.get(f, ())) for f in _FIELDS},
        )
        for sels in profiles[fid].selectors.values():
            for css in sels:
                compile_css(css)  # fail at load on a bad selector, not mid-crawl
    return profiles


def get_profile(family: str) -> Profile | None:
    return load_profiles().get(family)


def detect_family(root: etree._Element, url: str, raw_html: str) -> Profile | None:
    """The best-matching family for a page, or None (then the generic path runs)."""
    best: tuple[int, Profile] | None = None
    for profile in load_profiles().values():
        s = profile.score(root, url, raw_html)
        if s >= profile.min_score and (best is None or s > best[0]):
            best = (s, profile)
    return best[1] if best else None
