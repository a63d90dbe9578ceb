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

Tracking and comment-reply parameters name no page either (``without_tracking``): the crawl
drops them from what it fetches, and extraction from the links it records, so a listing's
teaser ``?ref=home`` names the story the crawl archived without it.
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


# Query parameters that say where a reader came from, not which page they asked for: a feed's,
# a newsletter's or a share button's link to a story is the story (utm_* of every analytics
# tool; click ids of Facebook, Google, Microsoft and Zalo; Mailchimp's campaign ids; the
# "ref"/"ref_src" a site's own blocks add to say which block was clicked, ?ref=home).
_TRACKING_PARAM = re.compile(r"(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|zarsrc|"
                             r"zalo_source|_ga|_gl|mc_cid|mc_eid|yclid|igshid|ref|ref_src)", re.I)
# A comment's "reply" link: the same story with the comment form moved under that comment
# (WordPress' ?replytocom=<id>, on every comment of every post), or a comment's permalink
# (Blogger's ?showComment=<ms>#c<id>: the story, scrolled to the comment): the story, once.
_REPLY_PARAM = re.compile(r"replytocom|showcomment", re.I)


def without_tracking(url: str) -> str:
    """``url`` without its tracking and comment-reply parameters, the rest as it was (the same
    string when it holds none)."""
    if "?" not in url:
        return url
    parts = urlsplit(url)
    query = "&".join(p for p in parts.query.split("&")
                     if p and not _TRACKING_PARAM.fullmatch(p.split("=", 1)[0])
                     and not _REPLY_PARAM.fullmatch(p.split("=", 1)[0]))
    if query == parts.query:
        return url
    return urlunsplit(parts._replace(query=query))
