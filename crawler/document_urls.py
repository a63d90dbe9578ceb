"""Addresses a platform gives one document besides its own: the one reader the crawl
(``crawler/sites.link_url``, what a page is fetched and archived under) and extraction
(``pipelines/urls.story_key``, how links are matched to pages) share. Standard library only:
extraction imports it and must stay free of Scrapy.

IBM Lotus Domino serves a document of a web database under every view that shows it,
``/<db>.nsf/<view name or view UNID>/<document UNID>?OpenDocument``, under the UNID alone
(``/<db>.nsf/0/<UNID>?OpenDocument``, "no view") and with ``!`` for ``?`` (``…!OpenDocument``,
which older templates and computed links write), the same page each time and no canonical link
on any; its attachments likewise (``/<db>.nsf/<view>/<UNID>/$FILE/<name>``). A portal whose news
shows in three views has four URLs for each story: the view-less UNID form is the document's
own address, the one every view's link names.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# /<db>.nsf/<view>/<32-hex UNID>, then "!OpenDocument…" in the path, or /$FILE/<name>
_DOMINO_DOCUMENT = re.compile(
    r"^(?P<db>.*?\.nsf)/[^/]+/(?P<unid>[0-9a-f]{32})"
    r"(?:!(?P<command>opendocument(?:&.*)?)|(?P<file>/\$file/.+))?$", re.IGNORECASE)


def domino_document(url: str) -> str:
    """The view-less address of a Domino document or attachment URL (``/<db>.nsf/0/<UNID>
    ?OpenDocument``, ``/<db>.nsf/0/<UNID>/$FILE/<name>``); any other URL as it was."""
    if ".nsf/" not in url.lower():
        return url
    parts = urlsplit(url)
    match = _DOMINO_DOCUMENT.match(parts.path)
    if match is None:
        return url
    path = f"{match['db']}/0/{match['unid']}"
    query = parts.query
    if match["file"]:
        path += match["file"]
    elif match["command"]:  # "!OpenDocument&…" in the path: the query form of the same
        query = match["command"]
    elif not query.lower().startswith("opendocument"):
        return url  # the document asked for another way (?EditDocument, a form): left alone
    if query.lower().startswith("opendocument"):
        query = "OpenDocument" + query[len("opendocument"):]
    return urlunsplit(parts._replace(path=path, query=query))
