"""Which spellings of a URL name one page, for the pages' signals (extraction) and the site's
evidence (classification) alike. A leaf: extraction may import it (it imports nothing of the
crawler's but the standard-library reader of session ids the crawl shares), and so may
classification, without either importing the other."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from w3lib.url import safe_url_string

from crawler.document_urls import domino_document
from crawler.session_ids import without_session


def uri_form(url: str) -> str:
    """The URL as the crawl requests and archives it: a link written with Unicode in its path
    or query (a Google Sites page ``/tin-tức/…``, a Vietnamese file name) or an IDN host, made
    safe by w3lib's ``safe_url_string``, what Scrapy's ``Request`` does to every URL, so that
    the spelling in an ``href`` and the archived URL are one key. ASCII URLs without spaces
    (nearly all) come back as they are, without the call."""
    if url.isascii() and " " not in url:
        return url
    return safe_url_string(url)


def story_key(url: str) -> str:
    """One key for the spellings of a page's URL that name the same page (scheme, case of the
    host, ``www.``, a trailing slash, a fragment, a session id): how a page's signals tell a
    link to the page itself (pipelines/extract/signals.py), and site evidence finds a
    duplicate's story (pipelines/classify.py)."""
    # a session id names no page; a Domino document under a view is the document
    parts = urlsplit(domino_document(without_session(uri_form(url))))
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}:{parts.port or ''}{parts.path.rstrip('/') or '/'}" + \
        (f"?{parts.query}" if parts.query else "")


# A print view is asked for by a parameter (``?print=1``, ``view=print``, ``format=print``);
# the parameters that go with it choose a template, not a page (Joomla's ``tmpl=component``
# and ``layout=default``, an empty ``page=``). Without them the URL is the story's own.
_PRINT_FLAGS = frozenset({"print", "printable", "printer"})
_VIEW_KEYS = frozenset({"tmpl", "template", "layout", "view", "format", "mode", "page", "type"})
_VIEW_VALUES = frozenset({"", "component", "default", "print", "printable", "printer", "raw"})
_YES = frozenset({"1", "true", "yes", "on", ""})


def print_view_of(url: str) -> str | None:
    """The story a print view URL shows (the URL without its view parameters), or None when
    the URL asks for no print view."""
    parts = urlsplit(url)
    pairs = [p.partition("=") for p in parts.query.split("&") if p]
    printing = any((k.lower() in _PRINT_FLAGS and v.lower() in _YES)
                   or (k.lower() in _VIEW_KEYS and v.lower() in _PRINT_FLAGS)
                   for k, _, v in pairs)
    if not printing:
        return None
    kept = [k + s + v for k, s, v in pairs if not (
        k.lower() in _PRINT_FLAGS or (k.lower() in _VIEW_KEYS and v.lower() in _VIEW_VALUES))]
    return urlunsplit(parts._replace(query="&".join(kept), fragment=""))
