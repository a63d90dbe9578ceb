"""``body_html`` that is safe to render: the cleaned body through an allow-list.

The allow-list is applied by nh3 (Python binding of Ammonia, the maintained Rust sanitiser on
html5ever, the parser browsers' HTML spec describes): only structural and inline-text tags
survive, with a few attributes; scripts, styles, event handlers (``on*``), forms and frames
cannot pass because nothing is kept that is not on the list (the OWASP allow-list approach),
and what it writes is re-parsed the way a browser would (no mutation XSS). Ours are only the
archive's own rules before it: every URL made absolute against the page and kept only when
http(s) (or mailto for links), an ``<h1>`` in the body written as ``<h2>`` (the page title is
the page's own h1), an image without a usable source dropped, and block breaks kept as new
lines so the stored HTML stays readable.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from urllib.parse import urljoin

import nh3
from lxml import etree

ALLOWED_TAGS = frozenset({
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "caption", "h2", "h3", "h4", "h5", "h6", "a", "img", "figure", "figcaption", "pre", "code",
    "hr",
})
# Dropped with everything inside them; any other unknown tag is unwrapped (its text kept).
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "frame", "frameset",
                       "object", "embed", "applet", "form", "input", "button", "select", "textarea",
                       "option", "svg", "math", "link", "meta", "base", "head", "title", "canvas"})
ALLOWED_ATTRS = {"a": ("href", "title"), "img": ("src", "alt", "title"),
                 "td": ("colspan", "rowspan"), "th": ("colspan", "rowspan")}
_SAFE_SCHEMES = {"a": ("http", "https", "mailto"), "img": ("http", "https")}
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")
# Three or more new lines. Written so that it starts with a literal ("\n\n"): the regex engine
# then jumps from new line to new line, where ``\n{3,}`` is tried at every character of the
# body's HTML (twenty times slower on a 10,000-character body).
_BLANK_LINES = re.compile(r"\n\n\n+")


def safe_url(value: str | None, base: str, tag: str) -> str | None:
    """Absolute URL when its scheme is allowed for ``tag``, else None."""
    if not value:
        return None
    allowed = _SAFE_SCHEMES.get(tag, ())
    # browsers ignore control characters and spaces inside a scheme ("java\tscript:")
    probe = _SCHEME.match(_CONTROL.sub("", value).lower())
    if probe and probe.group(1) not in allowed:
        return None
    url = urljoin(base, value.strip())
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    return url if scheme in allowed else None


_BLOCKS = frozenset({"div", "section", "article", "center", "header", "footer", "main", "aside",
                     "address", "p", "li", "tr", "table", "ul", "ol", "blockquote", "h1", "h2",
                     "h3", "h4", "h5", "h6", "figure"})


def _attribute_filter(tag: str, name: str, value: str) -> str | None:
    """nh3's last word on each allowed attribute: spans that are numbers only."""
    if name in ("colspan", "rowspan") and not value.strip().isdigit():
        return None
    return value


def _prepare(root: etree._Element, base_url: str) -> str:
    """A copy of ``root``'s content as HTML with the archive's own rules applied (above)."""
    tree = copy.deepcopy(root)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("a", "img"):
            attribute = "href" if tag == "a" else "src"
            url = safe_url(el.get(attribute), base_url, tag)
            if url is None:
                el.attrib.pop(attribute, None)
            else:
                el.set(attribute, url)
            if tag == "img" and url is None:
                _drop(el)
                continue
        if tag in ALLOWED_ATTRS:  # the kept attributes in one order (src first), as before nh3
            kept = [(name, value) for name in ALLOWED_ATTRS[tag]
                    if (value := el.get(name)) is not None]
            el.attrib.clear()
            for name, value in kept:
                el.set(name, value)
        if tag == "h1":
            el.tag = "h2"
        if tag in _BLOCKS and tag not in DROP_TAGS:
            el.tail = "\n" + (el.tail or "")
    inner = "".join([tree.text or ""] + [etree.tostring(child, encoding="unicode", method="html")
                                          for child in tree])
    # A body that is a table (or a row) keeps it: rows alone are no HTML a parser keeps.
    root_tag = tree.tag.lower() if isinstance(tree.tag, str) else ""
    if root_tag in ("table", "thead", "tbody", "tfoot"):
        return f"<table>{inner}</table>"
    if root_tag == "tr":
        return f"<table><tr>{inner}</tr></table>"
    return inner


def _drop(el: etree._Element) -> None:
    """Remove ``el`` and what it holds, keeping its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    previous = el.getprevious()
    if el.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# The allow-list as one reusable nh3 cleaner: built once, not from these sets at every call.
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(DROP_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRS.items()},
    attribute_filter=_attribute_filter,
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
    strip_comments=True,
    generic_attribute_prefixes=set(),
)


def sanitize(root: etree._Element | None, base_url: str) -> str:
    """Serialise ``root``'s content (not ``root`` itself) through the allow-list."""
    if root is None:
        return ""
    text = _CLEANER.clean(_prepare(root, base_url))
    # the character itself, as the text has it (html5ever writes it as an entity)
    text = _EMPTY_PARAGRAPH.sub("", text.replace("&nbsp;", "\u00a0"))
    return unicodedata.normalize("NFC", _BLANK_LINES.sub("\n\n", text).strip())
