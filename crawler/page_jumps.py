"""Page-jump menus: a listing's ``<select>`` whose choice takes the browser to another page.

Vendor CMSs of Vietnamese portals often page a section with no pager links at all, only a
drop-down ("Trang 1 / 2 / 3", "Chuyển đến trang"): its ``onchange`` sets ``location.href`` to
the chosen option's value (the page URL), or builds the URL around the value (a page number:
``'/thong-bao/trang-' + this.value + '.html'``). A crawl reading only ``<a href>`` never
reaches the further pages, nor the stories only they list, and nothing says so.

``page_jumps`` reads such a menu as the URLs a browser would go to; the spider follows those
that continue the page's listing like pager links (``crawler.discovery.script_pager``). A menu
that moves the browser by a handler the crawl cannot read (``goPage(this.value)``), offering
page numbers, is a pager no crawl without a browser can follow: said like a script pager.
A menu whose choice submits its GET form (``this.form.submit()``) leads to the form's action
with its hidden fields and the menu's own name set to the choice. A menu that opens another
window (``window.open(this.value)``: the "Liên kết website" drop-down of other sites) moves no
page of the listing and is not read.

Written after a hold-out portal nobody had modelled (tests/portals/daokhe).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urljoin

from lxml import etree

_NAVIGATING = etree.XPath("//select[@onchange]")
_OPTIONS = etree.XPath(".//option")
# What a handler assigns to the location: ``location.href = <expr>``, ``window.location =
# <expr>``, ``document.location.href = <expr>``, ``location.assign(<expr>)``/``.replace(…)``.
_ASSIGNED = re.compile(
    r"\blocation\s*(?:\.\s*href\s*)?=(?!=)\s*(?P<expr>[^;]+)"
    r"|\blocation\s*\.\s*(?:assign|replace)\s*\(\s*(?P<call>[^;]+?)\s*\)\s*(?:;|$)")
# The chosen option's value, as handlers write it.
_VALUE = re.compile(r"^this\s*\.\s*(?:value|options\s*\[\s*this\s*\.\s*selectedIndex\s*\]"
                    r"\s*\.\s*value)$")
_LITERAL = re.compile(r"""^(['"])([^'"]*)\1$""")
_NUMBER_LABEL = re.compile(r"^\s*(?:trang|page)?\s*\d{1,5}\s*$", re.I)


@dataclass
class PageJumps:
    """The URLs a page's navigating drop-downs lead to, each with its option's label, and
    whether one of them offers page numbers through a handler the crawl cannot read."""
    links: list[tuple[str, str]] = field(default_factory=list)
    unreadable: bool = False


def _template(handler: str) -> list[str | None] | None:
    """The URL a handler assigns to the location, as literal parts and ``None`` where the
    chosen value goes; None when the handler assigns nothing or something else (a variable,
    a function's result)."""
    match = _ASSIGNED.search(handler)
    if match is None:
        return None
    expression = (match.group("expr") or match.group("call") or "").strip()
    parts: list[str | None] = []
    for token in re.findall(r"""'[^']*'|"[^"]*"|[^+]+""", expression):
        token = token.strip()
        if not token or token == "+":
            continue
        literal = _LITERAL.match(token)
        if literal:
            parts.append(literal.group(2))
        elif _VALUE.match(token):
            parts.append(None)
        else:
            return None
    return parts if None in parts else None


_SUBMITS = re.compile(r"\b(?:this\.)?form\.submit\s*\(\s*\)|\.submit\s*\(\s*\)")
_FORM = etree.XPath("ancestor::form[1]")
_HIDDEN = etree.XPath(".//input[@type='hidden'][@name]")


def _form_template(select: Any, handler: str, page_url: str) -> list[str | None] | None:
    """The URL a GET form submits when the drop-down's choice submits it
    (``onchange="this.form.submit()"``): the form's action with its hidden fields and the
    drop-down's name set to the chosen value. None for a posted form or another handler."""
    forms = _FORM(select)
    name = select.get("name")
    if not forms or not name or not _SUBMITS.search(handler) \
            or (forms[0].get("method") or "get").strip().lower() != "get":
        return None
    action = urljoin(page_url, (forms[0].get("action") or "").strip() or page_url)
    fields = [(field.get("name"), field.get("value") or "") for field in _HIDDEN(forms[0])
              if field.get("name") != name]
    query = urlencode(fields)
    return [action.split("?", 1)[0] + "?" + (query + "&" if query else "") + quote(name) + "=",
            None]


def page_jumps(root: Any, page_url: str) -> PageJumps:
    """The page's drop-downs that move the browser to another URL: for each option with a
    value, the URL its choice leads to (resolved against the page) and the option's text."""
    found = PageJumps()
    for select in _NAVIGATING(root):
        handler = select.get("onchange") or ""
        template, submitted = _template(handler), False
        if template is None:
            template = _form_template(select, handler, page_url)
            submitted = template is not None  # a form field: its value sent URL-encoded
        options = _OPTIONS(select)
        if template is None:
            labels = [" ".join(option.itertext()) for option in options]
            if ("location" in handler or "(this" in handler) and "window.open" not in handler \
                    and sum(1 for label in labels if _NUMBER_LABEL.match(label)) >= 2:
                found.unreadable = True  # page numbers moved by a handler we cannot read
            continue
        for option in options:
            value = option.get("value")
            label = " ".join(" ".join(option.itertext()).split())
            value = (label if value is None else value).strip()
            if not value or value.startswith(("#", "javascript:")):
                continue
            chosen = quote(value, safe="") if submitted else value
            target = "".join(chosen if part is None else part for part in template)
            found.links.append((urljoin(page_url, target), label))
    return found
