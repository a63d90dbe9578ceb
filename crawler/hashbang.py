"""Google's AJAX crawling scheme (2009-2015): the address a crawler fetches for a ``#!`` page.

A script-driven portal of that time shows each page at a "pretty" URL whose route is in the
fragment (``https://host/#!/tin-tuc/12``). A fragment never reaches a server, so the scheme
gives every such URL an "ugly" twin the server answers with an HTML snapshot of what the script
would show: the route moved into the query as ``_escaped_fragment_``
(``https://host/?_escaped_fragment_=/tin-tuc/12``); and a page with no ``#!`` in its URL that
is a script's shell says ``<meta name="fragment" content="!">``, its snapshot being its URL
with an empty ``_escaped_fragment_``. Sites of that scheme are still served (the scheme's
snapshots outlived Google's use of them), and the snapshot is the one form of their pages a crawl
that runs no script can archive, under one URL per page.

Read by the crawl (``crawler/sites.link_url``: the URL a link is fetched and archived under) and
by extraction (the page signals' links and canonical URL): standard library only.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

ESCAPED_FRAGMENT = "_escaped_fragment_"
# What the scheme escapes in the route (%, #, &, + and anything not printable ASCII); the rest of
# a route ("/", "=", ":" ...) is written as it is, as servers of the scheme expect it.
_ROUTE_SAFE = "!\"$'()*,-./:;<=>?@[\\]^_`{|}~"


def _without_escaped_fragment(query: str) -> list[str]:
    return [p for p in query.split("&") if p and p.split("=", 1)[0] != ESCAPED_FRAGMENT]


def snapshot_url(url: str) -> str:
    """``url`` as a crawler fetches it when its fragment is a ``#!`` route: the route in the
    query as ``_escaped_fragment_`` (replacing one the URL has already: a snapshot's own relative
    ``#!`` link names another route, not a route of that snapshot). Any other URL unchanged."""
    if "#!" not in url:
        return url
    parts = urlsplit(url)
    if not parts.fragment.startswith("!"):
        return url
    query = _without_escaped_fragment(parts.query)
    query.append(f"{ESCAPED_FRAGMENT}={quote(parts.fragment[1:], safe=_ROUTE_SAFE)}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(query), ""))


def shell_snapshot_url(url: str) -> str | None:
    """The snapshot of a page that names ``<meta name="fragment" content="!">`` (its URL with an
    empty ``_escaped_fragment_``), or None when ``url`` is a snapshot already."""
    parts = urlsplit(url)
    query = parts.query.split("&") if parts.query else []
    if any(p.split("=", 1)[0] == ESCAPED_FRAGMENT for p in query):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path,
                       "&".join([*query, f"{ESCAPED_FRAGMENT}="]), ""))


def snapshot_route(query_pairs: list[tuple[str, str]]) -> str | None:
    """The ``#!`` route a snapshot URL's query (``parse_qsl`` pairs, blanks kept) shows, or
    None for a URL that is no snapshot."""
    for key, value in query_pairs:
        if key == ESCAPED_FRAGMENT:
            return value
    return None


def snapshot_route_of(url: str) -> str | None:
    """The ``#!`` route ``url`` is the snapshot of, or None for a URL that is no snapshot."""
    if ESCAPED_FRAGMENT not in url:
        return None
    return snapshot_route(parse_qsl(urlsplit(url).query, keep_blank_values=True))
