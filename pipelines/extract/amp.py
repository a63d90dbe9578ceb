"""An AMP page's story: the page an AMP copy renders again, whatever its canonical link says.

An AMP document (``<html ⚡>`` or ``<html amp>``) is a publisher's second rendering of a page it
serves anyway (a story at ``/amp/<slug>.html`` or ``<story>?amp=1``, named by the story's head
``<link rel="amphtml">``). The AMP rules require it to name that page as canonical, and most do;
real ones also name themselves, the section page, or nothing (a plugin's settings, a template
written by hand). The copy is never a story of its own: counted once, under the page it copies.
Which page that is, in the order a publisher's own statements are trusted:

1. the JSON-LD story object's ``mainEntityOfPage`` (or ``url``) naming another page of the host
   (AMP pages carry it for search engines, built from the story's permalink, so it stays right
   when a hand-set canonical link is wrong);
2. the canonical link, when it names another page;
3. the URL with its AMP marker taken away (an ``amp`` query key, an ``amp`` path step, an
   ``.amp`` before the extension).

Pure: strings and the JSON-LD objects ``crawler.jsonld.read_objects`` gives.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

from crawler.jsonld import STORY_TYPES

_AMP_STEP = re.compile(r"(?:^|/)amp(?=/|$)", re.I)
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$)", re.I)


def is_amp(root: etree._Element) -> bool:
    """The page declares itself an AMP document (``⚡``, ``amp``, ``⚡4email`` aside)."""
    return root.get("⚡") is not None or root.get("amp") is not None


def without_amp_marker(url: str) -> str | None:
    """``url`` without what makes it the AMP rendering (None: it has no such marker)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() != "amp"]
    path = _AMP_SUFFIX.sub("", _AMP_STEP.sub("", parts.path) or "/")
    if path != parts.path and not path.startswith("/"):
        path = "/" + path
    stripped = urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))
    return stripped if stripped != urlunsplit(parts._replace(fragment="")) else None


def _declared_page(objects: list[dict[str, Any]], url: str) -> str | None:
    """The page a JSON-LD story object names as the one it describes, when another one."""
    for obj in objects:
        kinds = obj.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if not kinds & STORY_TYPES:
            continue
        for key in ("mainEntityOfPage", "url"):
            value = obj.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.strip():
                target = urljoin(url, value.strip())
                if urlsplit(target).netloc.lower() == urlsplit(url).netloc.lower() \
                        and target.split("#")[0] != url.split("#")[0]:
                    return target
    return None


def amp_story_of(root: etree._Element, url: str, canonical: str | None,
                 objects: list[dict[str, Any]]) -> str | None:
    """The page an AMP document copies (None: the page is no AMP document, or names no other
    page by any of the three). ``canonical``: its canonical link's href, as written."""
    if not is_amp(root):
        return None
    declared = _declared_page(objects, url)
    if declared:
        return declared
    if canonical and canonical.strip():
        target = urljoin(url, canonical.strip())
        if target.split("#")[0] != url.split("#")[0]:
            return target
    return without_amp_marker(url)
