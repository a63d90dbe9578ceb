"""``body_html`` that is safe to render: an allow-list rebuild of the cleaned body.

Only structural and inline-text tags survive, with a few attributes; every URL is made
absolute and must be http(s) (or mailto for links). Scripts, styles, event handlers
(``on*``), ``javascript:``/``data:``/``vbscript:`` URLs, forms and frames cannot pass because
nothing is copied that is not on the list (the OWASP allow-list approach).
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urljoin

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
_VOID = frozenset({"br", "img", "hr"})


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


def sanitize(root: etree._Element | None, base_url: str) -> str:
    """Serialise ``root``'s content (not ``root`` itself) through the allow-list."""
    if root is None:
        return ""
    out: list[str] = []
    _children(root, base_url, out)
    text = "".join(out)
    text = re.sub(r"<p>\s*</p>", "", text)
    return unicodedata.normalize("NFC", re.sub(r"\n{3,}", "\n\n", text).strip())


def _children(el: etree._Element, base: str, out: list[str]) -> None:
    if el.text:
        out.append(html.escape(el.text, quote=False))
    for child in el:
        _element(child, base, out)
        if child.tail:
            out.append(html.escape(child.tail, quote=False))


def _element(el: etree._Element, base: str, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None  # comments and processing instructions
    if tag is None:
        return
    tag = tag.lower()
    if tag in DROP_TAGS:
        return
    if tag == "h1":
        tag = "h2"  # the page title is not repeated as the body's own h1
    if tag not in ALLOWED_TAGS:
        if tag in ("div", "section", "article", "center", "header", "footer", "main", "aside",
                   "address"):
            out.append("\n")
        _children(el, base, out)
        return
    attrs = []
    for name in ALLOWED_ATTRS.get(tag, ()):
        value = el.get(name)
        if value is None:
            continue
        if name in ("href", "src"):
            value = safe_url(value, base, tag)
            if value is None:
                continue
        elif name in ("colspan", "rowspan") and not value.strip().isdigit():
            continue
        attrs.append(f' {name}="{html.escape(value, quote=True)}"')
    if tag == "img" and not any(a.startswith(" src=") for a in attrs):
        return
    out.append(f"<{tag}{''.join(attrs)}>")
    if tag in _VOID:
        return
    _children(el, base, out)
    out.append(f"</{tag}>")
    if tag in ("p", "li", "tr", "table", "ul", "ol", "blockquote", "h2", "h3", "h4", "h5", "h6",
               "figure"):
        out.append("\n")
