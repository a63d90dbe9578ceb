""""As it looked": an archived HTML page rewritten so that it renders from the archive alone.

The page is shown in a sandboxed frame (no ``allow-scripts``) and served with a
Content-Security-Policy that allows pictures and stylesheets from the archive's copy route only
(``replay_csp``); this rewrite is the second wall, so that nothing in the markup even asks for
the network:

- every picture (``img``, ``input type=image``, a table's ``background``) points at the
  archived copy of its URL, or loses its URL (its alt text stays) when the archive has none;
- stylesheets (``link rel=stylesheet``) point at their archived copy when there is one, else
  are dropped (the ``url()``s inside a stylesheet are left to the policy: docs/replay.md);
- scripts, frames, objects, embeds, media, ``base``, refresh/meta tags, favicons, preloads,
  event handlers and ``srcset`` are removed;
- links to an archived article open its archive page, links to an archived attachment its
  copy; any other link keeps its text and shows its original URL as a title, but no longer
  navigates (a click would leave the archive).

Pure: given the page's text, its URL and what the archive holds; no SQL, no Datasette.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from w3lib.url import safe_url_string

REMOVED_TAGS = ("script", "noscript", "iframe", "frame", "frameset", "object", "embed",
                "applet", "base", "video", "audio", "source", "track", "portal", "template")
# Attributes that fetch something or run something, beyond src/href handled below.
REMOVED_ATTRIBUTES = ("srcset", "data-src", "data-srcset", "data-original", "data-lazy-src",
                      "poster", "ping", "action", "formaction", "lowsrc", "dynsrc", "longdesc",
                      "manifest", "codebase", "archive", "xmlns:xlink")


def absolute(base: str, value: str | None) -> str | None:
    """The URL ``value`` points at from ``base``, as a crawler fetches it; None unless http(s)."""
    if not value or not value.strip():
        return None
    url = safe_url_string(urljoin(base, value.strip()))
    return url if urlsplit(url).scheme in ("http", "https") else None


def resource_urls(root: etree._Element, page_url: str) -> tuple[list[str], list[str], list[str]]:
    """The pictures, stylesheets and links of a parsed page, as absolute URLs."""
    pictures, sheets, links = [], [], []
    for element in root.iter(etree.Element):
        tag = str(element.tag).lower()
        if tag in ("img", "input") and (url := absolute(page_url, element.get("src"))):
            pictures.append(url)
        if url := absolute(page_url, element.get("background")):
            pictures.append(url)
        if tag == "link" and _is_stylesheet(element) and (
                url := absolute(page_url, element.get("href"))):
            sheets.append(url)
        if tag in ("a", "area") and (url := absolute(page_url, element.get("href"))):
            links.append(url)
    return pictures, sheets, links


def _is_stylesheet(element: etree._Element) -> bool:
    return "stylesheet" in (element.get("rel") or "").lower().split()


def parse_page(text: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(text)


def rewrite(root: lxml_html.HtmlElement, page_url: str, copies: Mapping[str, str],
            article_link: Callable[[str], str | None]) -> str:
    """Serialise the page with every reference rewritten (see the module's doc). ``copies``:
    picture or stylesheet URL -> the archive's URL of its copy; ``article_link``: where a link
    to this absolute URL goes in the archive (an article's page, a file's copy), or None."""
    for element in list(root.iter(etree.Element)):
        tag = str(element.tag).lower()
        if tag in REMOVED_TAGS or (tag == "meta" and element.get("http-equiv")) or (
                tag == "link" and not _is_stylesheet(element)):
            _remove(element)
            continue
        for name in list(element.attrib):
            lowered = name.lower()
            if lowered.startswith("on") or lowered in REMOVED_ATTRIBUTES or (
                    lowered.endswith("href") and tag not in ("a", "area", "link")):
                del element.attrib[name]
        if tag in ("img", "input") and element.get("src") is not None:
            _point(element, "src", copies.get(absolute(page_url, element.get("src")) or ""))
        if element.get("background") is not None:
            _point(element, "background",
                   copies.get(absolute(page_url, element.get("background")) or ""))
        if tag == "link":
            url = copies.get(absolute(page_url, element.get("href")) or "")
            if url is None:
                _remove(element)
            else:
                element.set("href", url)
        elif tag in ("a", "area") and element.get("href") is not None:
            original = absolute(page_url, element.get("href"))
            target = article_link(original) if original else None
            if target is not None:
                element.set("href", target)
                element.set("target", "_top")
            else:
                del element.attrib["href"]
                if original:
                    element.set("title", f"original link (not archived): {original}")
    return lxml_html.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode",
                              method="html")


def _point(element: etree._Element, attribute: str, copy: str | None) -> None:
    if copy is None:
        del element.attrib[attribute]
        if str(element.tag).lower() == "img" and not element.get("alt"):
            element.set("alt", "[ảnh không được lưu trữ]")  # "picture not archived"
    else:
        element.set(attribute, copy)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:  # keep the text that followed the removed element
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def replay_csp(copy_prefix: str) -> str:
    """The replay response's policy: nothing but pictures and stylesheets from the archive's
    copy route (``copy_prefix``: its absolute URL prefix), no script, no frame of its own,
    no form, sandboxed even when opened on its own."""
    return (f"default-src 'none'; img-src {copy_prefix}; style-src {copy_prefix} "
            "'unsafe-inline'; font-src 'none'; form-action 'none'; base-uri 'none'; "
            "frame-ancestors 'self'; sandbox allow-top-navigation-by-user-activation")
