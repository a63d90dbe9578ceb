"""Datasette plugin for the archive: Vietnamese search, a safe article page, the raw copy.

Installed through the ``datasette`` entry point in pyproject.toml, so ``district-archive serve``
and every ``Datasette(...)`` built in a test load it. What it adds:

- SQL functions for the canned queries (and anyone writing SQL): ``vn_fold(text)`` and
  ``vn_tone(text)`` from :mod:`pipelines.text`; ``vn_match(query)`` (an FTS5 MATCH expression
  that finds the query however it is typed); ``vn_exact(text, query)`` (how many query words
  the text has *with their diacritics*, tone placement and case ignored: what ranks "Thụy"
  above "Thủy" for a query typed "Thuỵ"); ``vn_snippet(text, query)`` (highlighted context
  even where FTS5's own ``snippet()`` cannot see the match, e.g. "dat" for "đạt");
  ``vn_diff(old, new)`` (paragraphs removed/added between two versions).
- ``/<db>/-/article?url=…``: one article, its body re-sanitised from ``body_html`` through the
  extractor's allow-list (never the raw page), its statistics and documents, links to the
  original URL and to the archived raw copy. Served with a Content-Security-Policy that allows
  only the inline scripts of Datasette's templates, by hash.
- ``/<db>/-/raw/<sha256>``: the archived response bytes as ``text/plain`` (or, with
  ``?download=1``, an attachment), never as HTML; the sha256 is re-checked on every request.
- A ``year`` facet type (``{"year": "published"}`` in metadata) that filters with
  ``published__startswith=YYYY``.
- Hardened responses: ``X-Robots-Tag: noindex``, ``nosniff``, same-origin framing and referrer.
- The archive is served under one name (plugin setting ``database``, default ``archive``)
  whatever its file is called, so canned queries, dashboards and links work for ``--db x.db``.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import html
import re
import sqlite3
import unicodedata
import zlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import (escape_sqlite, path_with_added_args, path_with_removed_args,
                             tilde_encode)
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup

from pipelines.text import fold, fts_match, normalize_tone

PLUGIN = "district-archive"
DEFAULT_DATABASE = "archive"
TEMPLATES = Path(__file__).resolve().parent / "templates"
SNIPPET_OPEN, SNIPPET_CLOSE = "**", "**"  # plain text in CSV/JSON; <mark> in HTML

# The article page runs only the inline scripts of Datasette's own templates, each allowed by
# its hash; anything else (a script that got past the sanitiser into the body) is blocked.
ARTICLE_CSP = ("default-src 'self'; script-src {scripts}; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'self'; img-src 'self' http: https:; "
               "style-src 'self' 'unsafe-inline'")
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
RAW_CSP = "default-src 'none'; sandbox"
SECURITY_HEADERS = [
    (b"x-robots-tag", b"noindex, nofollow, noarchive"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"SAMEORIGIN"),
]

_WORDS = re.compile(r"\w+")


# -- search functions (pure, also registered in SQLite) ---------------------------------------


@lru_cache(maxsize=256)
def _exact_forms(query: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(normalize_tone(unicodedata.normalize("NFC", query)).casefold()))


def exact_words(text: str | None, query: str | None) -> int:
    """How many distinct query words occur in ``text`` as words with the same diacritics.

    Tone placement ("Thuỵ"/"Thụy") and case are ignored; a word typed without diacritics only
    counts where the text has it without diacritics too.
    """
    if not text or not query:
        return 0
    wanted = _exact_forms(query)
    if not wanted:
        return 0
    present = set(_WORDS.findall(normalize_tone(text).casefold()))
    return len(wanted & present)


@lru_cache(maxsize=256)
def _contains_pattern(query: str) -> re.Pattern[str] | None:
    words = [fold(w) for w in _WORDS.findall(unicodedata.normalize("NFC", query))]
    if not words:
        return None
    return re.compile("".join(rf"(?=.*(?<!\w){re.escape(w)}(?!\w))" for w in words), re.S)


def contains_words(text: str | None, query: str | None) -> int:
    """1 when every word of ``query`` is a word of ``text``, ignoring diacritics, đ/d, case."""
    pattern = _contains_pattern(query or "")
    if pattern is None or not text:
        return 0
    return int(pattern.match(fold(text)) is not None)


def _fold_chars(text: str) -> str:
    """``fold`` one code point at a time, so offsets in the result are offsets in ``text``."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def snippet(text: str | None, query: str | None, width: int = 240) -> str | None:
    """About ``width`` characters of ``text`` around the first match of ``query``, each
    matched word wrapped in ``**``; matching ignores diacritics, đ/d, tone placement, case."""
    if not text:
        return None
    terms = [fold(w) for w in _WORDS.findall(unicodedata.normalize("NFC", query or ""))]
    folded = _fold_chars(text)
    spans: list[tuple[int, int]] = []
    if terms:
        pattern = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(
            re.escape(t) for t in sorted(set(terms), key=len, reverse=True)))
        spans = [m.span() for m in pattern.finditer(folded)]
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    # The window with the most matches among those starting at a match.
    best = max(range(len(spans)),
               key=lambda i: sum(1 for s in spans[i:] if s[1] <= spans[i][0] + width))
    start = max(0, spans[best][0] - width // 4)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.extend([text[pos:s], SNIPPET_OPEN, text[s:e], SNIPPET_CLOSE])
        pos = e
    out.append(text[pos:end])
    body = "".join(out).replace("\n\n", " ¶ ").replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


def paragraph_diff(old: str | None, new: str | None, limit: int = 4000) -> str:
    """Paragraphs removed (``- ``) and added (``+ ``) from ``old`` to ``new``."""
    if old is None:
        return "first version"
    lines = [line for line in difflib.unified_diff(
        old.split("\n\n"), (new or "").split("\n\n"), lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))]
    text = "\n".join(f"{line[0]} {line[1:]}" for line in lines) or "no change in the body"
    return text if len(text) <= limit else text[:limit] + "…"


def match_or_nothing(query: str | None) -> str:
    """``fts_match`` for SQL: an empty query becomes the empty phrase, which matches no row
    (MATCH NULL would be an error page instead of an empty result)."""
    return fts_match(query) or '""'


def _sql_function(fn):
    """SQLite calls these with whatever a user's SQL passes: never raise, never trust types."""
    def wrapper(*args):
        args = [a if a is None or isinstance(a, str) else str(a) for a in args]
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 — a SQL function must not crash the query
            return None
    wrapper.__name__ = fn.__name__
    return wrapper


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    deterministic = {"deterministic": True}
    conn.create_function("vn_fold", 1, _sql_function(fold), **deterministic)
    conn.create_function("vn_tone", 1, _sql_function(normalize_tone), **deterministic)
    conn.create_function("vn_match", 1, _sql_function(match_or_nothing), **deterministic)
    conn.create_function("vn_exact", 2, _sql_function(exact_words), **deterministic)
    conn.create_function("vn_contains", 2, _sql_function(contains_words), **deterministic)
    conn.create_function("vn_snippet", 2, _sql_function(snippet), **deterministic)
    conn.create_function("vn_diff", 2, _sql_function(paragraph_diff), **deterministic)
    conn.set_authorizer(_hide_file_paths)


def _hide_file_paths(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """Where the archive lives on the server is nobody's business: ``pragma_database_list()``
    reads its ``file`` column as NULL, and ``PRAGMA database_list`` is a no-op."""
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() == "database_list":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_jinja2_environment(env):
    """Datasette looks for ``templates/`` only inside plugin packages; this plugin is a module
    of district_archive, whose ``templates/`` sits beside it. Put that folder just before
    Datasette's own templates (after any ``--template-dir``), as for a plugin package."""
    loader = env.loader.loaders[0] if isinstance(env.loader, ChoiceLoader) else None
    if isinstance(loader, FileSystemLoader) and str(TEMPLATES) not in loader.searchpath:
        loader.searchpath.insert(len(loader.searchpath) - 1, str(TEMPLATES))


# -- one name for the archive ------------------------------------------------------------------


def archive_name(datasette) -> str:
    return (datasette.plugin_config(PLUGIN) or {}).get("database", DEFAULT_DATABASE)


@hookimpl
def startup(datasette):
    async def inner():
        name = archive_name(datasette)
        if name in datasette.databases:
            return
        candidates = []
        for db_name, db in datasette.databases.items():
            if db_name.startswith("_") or db.is_memory:
                continue
            if {"articles", "pages", "blobs"} <= set(await db.table_names()):
                candidates.append(db_name)
        if len(candidates) == 1:  # one archive under another file name: serve it as /archive
            db = datasette.databases[candidates[0]]
            datasette.remove_database(candidates[0])
            datasette.add_database(db, name=name)
    return inner


# -- hardened responses ------------------------------------------------------------------------


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)

            async def send_with_headers(message):
                if message["type"] == "http.response.start":
                    present = {k.lower() for k, _ in message.get("headers", [])}
                    message = {**message, "headers": [
                        *message.get("headers", []),
                        *((k, v) for k, v in SECURITY_HEADERS if k not in present)]}
                await send(message)
            return await app(scope, receive, send_with_headers)
        return with_headers
    return wrap


# -- cells -------------------------------------------------------------------------------------


def _article_href(datasette, database: str, url: str) -> str:
    return datasette.urls.database(database) + "/-/article?" + urlencode({"url": url})


def render_snippet(value: str) -> Markup:
    """Escape everything, then turn the ``**`` markers into <mark>: safe whatever the text."""
    escaped = html.escape(value, quote=False)
    return Markup(re.sub(r"\*\*(.+?)\*\*", r"<mark>\1</mark>", escaped))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str) or database != archive_name(datasette):
        return None
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "snippet" and SNIPPET_OPEN in value:
        return render_snippet(value)
    if column == "title" and table in (None, "articles") and "url" in keys and row["url"]:
        return Markup('<a href="{}">{}</a>').format(
            _article_href(datasette, database, row["url"]), value)
    if column == "number" and "doc_type" in keys and table in (None, "document_refs"):
        href = datasette.urls.database(database) + "/articles_citing_document?" + urlencode(
            {"number": value, "doc_type": row["doc_type"] or ""})
        return Markup('<a href="{}" title="every article citing it">{}</a>').format(href, value)
    return None


# -- a search box on every table ---------------------------------------------------------------


@hookimpl(trylast=True)  # after Datasette's own search filter, so supports_search sticks
def filters_from_request(request, database, table, datasette):
    """``?_search=`` on tables without an FTS index: every word must occur, folded, in one of
    the table's text columns named in the plugin setting ``search_columns``."""
    from datasette.filters import FilterArguments

    if database != archive_name(datasette) or not table:
        return None
    columns = ((datasette.plugin_config(PLUGIN) or {}).get("search_columns") or {}).get(table)
    if not columns or datasette.table_metadata(database, table).get("fts_table"):
        return None
    search = request.args.get("_search", "")
    context = {"supports_search": True, "search": search}
    if not search.strip():
        return FilterArguments([], extra_context=context)
    text = " || ' ' || ".join(f"coalesce({escape_sqlite(c)}, '')" for c in columns)
    return FilterArguments([f"vn_contains({text}, :vn_search)"], {"vn_search": search},
                           [f'search matches "{search}"'], context)


# -- the year facet ----------------------------------------------------------------------------


class YearFacet(Facet):
    """Counts by the first four characters of an ISO date column; selects with __startswith."""

    type = "year"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            col = escape_sqlite(column)
            sql = (f"select substr({col}, 1, 4) as value, count(*) as count from ({self.sql}) "
                   f"where {col} glob '[0-9][0-9][0-9][0-9]*' group by value "
                   f"order by value desc limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            key = f"{column}__startswith"
            values = []
            for row in rows.rows[:size]:
                selected = args.get(key) == row["value"]
                toggle = (path_with_removed_args(self.request, {key: row["value"]}) if selected
                          else path_with_added_args(self.request, {key: row["value"]}))
                values.append({"value": row["value"], "label": row["value"],
                               "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, toggle)})
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source != "metadata", "truncated": len(rows) > size,
                "toggle_url": path_with_removed_args(self.request, {"_facet_year": column}),
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [YearFacet]


# -- the article page and the raw copy ---------------------------------------------------------


def safe_body(body_html: str | None, body_text: str | None, base_url: str) -> Markup:
    """The stored body_html passed through the extractor's allow-list again (defence in depth:
    the database may come from an older extractor); plain paragraphs when there is none."""
    if body_html:
        from lxml import html as lxml_html

        from pipelines.extract.sanitize import sanitize

        try:
            root = lxml_html.fragment_fromstring(body_html, create_parent="div")
            return Markup(sanitize(root, base_url))
        except Exception:  # noqa: BLE001 — unparseable: fall back to the text
            pass
    paragraphs = (body_text or "").split("\n\n")
    return Markup("\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip()))


def _http_url(value: str | None) -> str | None:
    """Only http(s) URLs become links (a javascript: URL in the data is shown, not linked)."""
    if value and urlsplit(value).scheme.lower() in ("http", "https"):
        return value
    return None


def mark_in(sentence: str | None, span: str | None) -> Markup:
    """``sentence`` escaped, with the first occurrence of ``span`` in <mark>."""
    escaped = html.escape(sentence or "", quote=False)
    if span:
        target = html.escape(span, quote=False)
        escaped = escaped.replace(target, f"<mark>{target}</mark>", 1)
    return Markup(escaped)


def format_value(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    number = number.replace(",", "\u202f")  # a thin space groups digits in any locale
    return f"{number} {unit}" if unit else number


def format_statistic(stat: Mapping[str, Any]) -> str:
    """A statistic as its form reads: "20–22 tạ/ha" (either end of a range), "17 / 19 tiêu
    chí" (a fraction), "28 160 000 VND/người/năm" (a rate), else the value and unit."""
    unit, per = stat.get("unit") or "", stat.get("per")
    if per:                                  # "tạ/ha" already names its own denominator
        unit = f"{unit.split('/', 1)[0]}/{per}"
    if stat.get("denominator") is not None:
        shown = f"{format_value(stat['value'], None)} / {format_value(stat['denominator'], None)}"
    elif stat.get("low") is not None and stat.get("high") is not None:
        shown = f"{format_value(stat['low'], None)}–{format_value(stat['high'], None)}"
    else:
        return format_value(stat.get("value"), unit or None)
    return f"{shown} {unit}" if unit else shown


async def _one(db, sql: str, params: list) -> dict | None:
    rows = (await db.execute(sql, params)).rows
    return dict(rows[0]) if rows else None


async def _all(db, sql: str, params: list) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


def _database(datasette, name: str):
    if name != archive_name(datasette) or name not in datasette.databases:
        raise NotFound(f"no archive database {name!r}")
    return datasette.get_database(name)


async def article_page(datasette, request):
    name = request.url_vars["database"]
    db = _database(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "articles")), ("view-database", name), "view-instance"])
    url = request.args.get("url")
    if not url:
        raise NotFound("give the article's URL: ?url=…")
    article = await _one(db, "select rowid, * from articles where url = ?", [url])
    if article is None:
        raise NotFound(f"no article with URL {url}")
    page = await _one(db, "select id, url, fetched_at, status, content_type, sha256, size "
                          "from pages where id = ?", [article["page_id"]])
    site = await _one(db, "select * from sites where id = ?", [article["site"]])
    version = await _one(db, "select id, version, seen_at from article_versions "
                             "where url = ? and content_sha256 = ?",
                         [url, article["content_sha256"]])
    version_id = version["id"] if version else -1
    statistics = await _all(db, "select kind, text, value, unit, qualifier, sentence, per, low, "
                                "high, denominator from statistics where version_id = ? "
                                "order by start", [version_id])
    for stat in statistics:
        stat["display"] = format_statistic(stat)
        stat["context"] = mark_in(stat["sentence"] or stat["text"], stat["text"])
    documents = await _all(db, "select doc_type, number, issued, issuer, text from document_refs "
                               "where version_id = ? order by start", [version_id])
    images = await _all(db, "select src, caption from images where article_url = ? order by id",
                        [url])
    attachments = await _all(db, "select * from attachments where article_url = ? order by id",
                             [url])
    for item in attachments:
        item["href"] = _http_url(item.get("url"))
    fetches = await _one(db, "select count(*) as n, min(fetched_at) as first, "
                             "max(fetched_at) as last from pages where url = ?", [url])
    versions = await _one(db, "select count(*) as n from article_versions where url = ?", [url])
    verified = None
    if page and page["sha256"]:
        blob = await _one(db, "select compression, data from blobs where sha256 = ?",
                          [page["sha256"]])
        if blob:
            verified = hashlib.sha256(_decompress(blob)).hexdigest() == page["sha256"]
    db_url = datasette.urls.database(name)
    context = {
        "database": name, "article": article, "page": page, "site": site, "version": version,
        "statistics": statistics, "documents": documents, "images": images,
        "attachments": attachments, "fetches": fetches, "versions": versions["n"],
        "verified": verified, "body": safe_body(article["body_html"], article["body_text"], url),
        "original_url": _http_url(url),
        "raw_url": f"{db_url}/-/raw/{page['sha256']}" if page and page["sha256"] else None,
        "history_url": f"{db_url}/article_history?" + urlencode({"url": url}),
        "row_url": datasette.urls.row(name, "articles", tilde_encode(url)),
        "db_url": db_url, "urlencode": urlencode, "metadata": datasette.metadata(),
    }
    page = await datasette.render_template("district_archive_article.html", context,
                                           request=request)
    return Response.html(page, headers={
        "content-security-policy": article_csp(page, untrusted=str(context["body"]))})


def article_csp(page: str, untrusted: str) -> str:
    """The CSP for a rendered article page: hashes of the templates' inline scripts, found in
    the page with the archived body taken out, so nothing from the archive is ever allowed."""
    trusted = page.replace(untrusted, "") if untrusted else page
    hashes = sorted({"'sha256-%s'" % base64.b64encode(
        hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode("ascii")
        for m in _INLINE_SCRIPT.finditer(trusted)})
    return ARTICLE_CSP.format(scripts=" ".join(hashes) or "'none'")


def _decompress(blob: dict) -> bytes:
    return zlib.decompress(blob["data"]) if blob["compression"] == "zlib" else blob["data"]


_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


async def raw_copy(datasette, request):
    """The archived bytes of one response, as text/plain or a download: never rendered."""
    name = request.url_vars["database"]
    db = _database(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "blobs")), ("view-database", name), "view-instance"])
    digest = request.url_vars["sha256"]
    blob = await _one(db, "select compression, data from blobs where sha256 = ?", [digest])
    if blob is None:
        raise NotFound(f"no archived body with sha256 {digest}")
    data = _decompress(blob)
    if hashlib.sha256(data).hexdigest() != digest:
        return Response.text(f"the archived body does not match sha256 {digest}", status=500)
    page = await _one(db, "select url, content_type from pages where sha256 = ? order by id "
                          "limit 1", [digest]) or {}
    headers = {"content-security-policy": RAW_CSP, "x-archive-sha256": digest,
               "x-archive-url": quote(page.get("url") or "", safe=":/?&=%#~+,;@!$'()*[]")}
    if request.args.get("download"):
        headers["content-disposition"] = f'attachment; filename="{digest}.raw"'
        return Response(data, headers=headers, content_type="application/octet-stream")
    match = _CHARSET.search(page.get("content_type") or "")
    charset = match.group(1) if match else "utf-8"
    try:
        "".encode(charset)
    except LookupError:
        charset = "utf-8"
    return Response(data, headers=headers, content_type=f"text/plain; charset={charset}")


async def databases_without_paths(datasette, request):
    """``/-/databases.json`` as Datasette gives it, less the server's directories."""
    databases = datasette._connected_databases()
    for database in databases:
        if database.get("path"):
            database["path"] = Path(database["path"]).name
    return Response.json(databases)


@hookimpl
def register_routes():
    return [
        (r"^/-/databases(?P<as_json>\.json)?$", databases_without_paths),
        (r"^/(?P<database>[^/]+)/-/article$", article_page),
        (r"^/(?P<database>[^/]+)/-/raw/(?P<sha256>[0-9a-f]{64})$", raw_copy),
    ]


@hookimpl
def menu_links(datasette):
    db_url = datasette.urls.database(archive_name(datasette))
    return [
        {"href": db_url + "/search", "label": "Search the archive"},
        {"href": datasette.urls.path("/-/dashboards/archive-overview"), "label": "Dashboard"},
    ]


@hookimpl
def extra_template_vars(datasette):
    return {"archive_database": archive_name(datasette)}
