"""Session ids a server writes into its URLs, which name no page: the one reader the crawl
(``crawler/sites.link_url``, the URL a page is archived under) and extraction
(``pipelines/urls.story_key``, how a page's links are matched to pages) share. Standard library
only: extraction imports it and must stay free of Scrapy.

A server whose client took no cookie writes the session into every URL: Java servlet
containers (";jsessionid=…" in the path), PHP (?PHPSESSID=…), ASP.NET cookieless sessions
("/(S(…))/" as a path step). Oracle ADF Faces (WebCenter portals) writes its window and
controller state into every link (_afrLoop, _afrWindowMode, _afrWindowId, _adf.ctrl-state),
fresh in each response, and redirects a request without it to one with new values: followed
verbatim, an endless set of URLs for the same pages.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_SESSION_PATH = re.compile(r";jsessionid=[^/?#]*|/\([A-Z]\([a-z0-9]{10,}\)\)(?=/)", re.I)
_SESSION_PARAM = re.compile(r"(phpsessid|jsessionid|aspsessionid[a-z]*|_afrloop|_afrwindowmode|"
                            r"_afrwindowid|_adf\.ctrl-state)", re.I)


def without_session(url: str) -> str:
    """``url`` without the session ids written into it, the rest as it was (the same string
    when it holds none)."""
    if ";" not in url and "(" not in url and "?" not in url:
        return url
    parts = urlsplit(url)
    path = _SESSION_PATH.sub("", parts.path)
    query = "&".join(p for p in parts.query.split("&")
                     if p and not _SESSION_PARAM.fullmatch(p.split("=", 1)[0]))
    if path == parts.path and query == parts.query:
        return url
    return urlunsplit(parts._replace(path=path, query=query))
