"""How archive tables show in Datasette: titles linked to the article page (an attachment's to
its document page), highlighted snippets, numbers as Vietnamese readers write them
(:mod:`district_archive.serving.numbers`), document numbers linked to the articles citing them,
a search box on every table (setting ``search_columns``), and a ``year`` facet
(``{"year": "published"}`` in metadata)."""
from __future__ import annotations

import fnmatch
import html
import re
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from markupsafe import Markup

from district_archive.serving.numbers import is_identifier, vietnamese_number
from district_archive.serving.settings import archive_name, plugin_settings
from pipelines.search import SNIPPET_OPEN

MAX_RENDERED_CHARS = 10_000  # a title, a number, a snippet: never a whole body


def article_href(datasette: Any, database: str, url: str) -> str:
    database_url: str = datasette.urls.database(database)
    return database_url + "/-/article?" + urlencode({"url": url})


def document_href(datasette: Any, database: str, sha256: str) -> str:
    """The document's row page: its text, and links to its statistics and to the references
    citing it (Datasette lists the rows of other tables pointing at this one)."""
    href: str = datasette.urls.row(database, "documents", sha256)
    return href


def render_snippet(value: str) -> Markup:
    """Escape everything, then turn the ``**`` markers into <mark>: safe whatever the text."""
    escaped = html.escape(value, quote=False)
    return Markup(re.sub(r"\*\*(.+?)\*\*", r"<mark>\1</mark>", escaped))


def archive_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                 datasette: Any) -> Markup | None:
    """The HTML of one cell of the archive, where it differs from Datasette's. Runs on the event
    loop for every cell shown: a value longer than ``MAX_RENDERED_CHARS`` is left to
    Datasette's own escaping (and truncation, on table and query pages)."""
    if database != archive_name(datasette):
        return None
    keys = row.keys() if hasattr(row, "keys") else ()
    if table == "blobs" and column == "data" and "sha256" in keys and row["sha256"]:
        # Raw bodies are never sent inline (the visitor reads ``data`` as NULL): a link instead.
        size = f"{row['size']:,} bytes" if "size" in keys and row["size"] is not None else "body"
        href = datasette.urls.database(database) + f"/-/raw/{row['sha256']}"
        return Markup('<a href="{}">raw copy ({})</a>').format(href, size)
    if isinstance(value, int | float) and not isinstance(value, bool):
        # 1.315.520.000.000 and 137, not 1315520000000.0 and 137.0 (JSON and CSV keep the raw)
        if is_identifier(column) or abs(value) == float("inf") or value != value:
            return None
        return Markup(vietnamese_number(value))
    if not isinstance(value, str) or len(value) > MAX_RENDERED_CHARS:
        return None
    if column == "snippet" and SNIPPET_OPEN in value:
        return render_snippet(value)
    if table is None and "document" in keys and row["document"] and column in ("title",
                                                                               "document"):
        # a canned query's row that is an attachment (a search hit, a cited document): its
        # title opens the document's page
        return Markup('<a href="{}">{}</a>').format(
            document_href(datasette, database, row["document"]), value)
    if column == "article_url" and table is None and value.startswith(("http://", "https://")):
        return Markup('<a href="{}">{}</a>').format(
            article_href(datasette, database, value), value)
    if column == "title" and table in (None, "articles") and "url" in keys and row["url"]:
        return Markup('<a href="{}">{}</a>').format(
            article_href(datasette, database, row["url"]), value)
    if column == "number" and "doc_type" in keys and table in (None, "document_refs"):
        href = datasette.urls.database(database) + "/articles_citing_document?" + urlencode(
            {"number": value, "doc_type": row["doc_type"] or ""})
        return Markup('<a href="{}" title="every article citing it">{}</a>').format(href, value)
    return None


#: Columns a reader never reads, hidden on table pages unless asked for (plugin setting
#: ``machine_columns``, per table with fnmatch patterns, ``"*"`` for every table, replaces).
MACHINE_COLUMNS: dict[str, list[str]] = {"*": ["body_html", "*_folded"]}


def machine_columns(datasette: Any, database: str, table: str | None,
                    columns: list[str] | None, request: Any) -> list[str]:
    """The columns of ``table`` a table page leaves out for readers: machine columns (raw
    ``body_html``, folded search forms, hashes, raw ids) per the plugin setting. None when the
    visitor chose columns (``?_col=``/``?_nocol=``, Datasette's own), on other pages, or for
    another database: JSON, CSV and the row page stay complete, since no column is taken out
    of the query, only out of the HTML table."""
    if (database != archive_name(datasette) or not table or not columns or request is None
            or "_col" in request.args or "_nocol" in request.args):
        return []
    setting = plugin_settings(datasette).get("machine_columns") or MACHINE_COLUMNS
    patterns = [*setting.get("*", []), *setting.get(table, [])]
    return [c for c in columns if any(fnmatch.fnmatchcase(c, p) for p in patterns)]


def all_columns_href(request: Any, columns: list[str]) -> str:
    """This table page with every column, hidden ones included (Datasette's ``?_col=``)."""
    pairs = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True)
             if k not in ("_col", "_nocol", "_next")]
    return str(request.path) + "?" + urlencode([*pairs, *(("_col", c) for c in columns)])


#: Tables searched through a contentless index of :mod:`pipelines.search_index`'s kind: the
#: index, and the table's column holding each row's index rowid. Datasette's own ``fts_table``
#: cannot: it matches the typed words as they are, and a contentless index's rowids are not
#: the table's.
INDEXED_SEARCH = {"articles": ("articles_search", "search_key")}


def table_search(request: Any, database: str, table: str | None,
                 datasette: Any) -> FilterArguments | None:
    """``?_search=`` on ``articles``: every typed chunk, diacritics ignored, in the title or
    body, a chunk of several syllables as a phrase (``articles_search``). On tables without an
    index: every word must occur, folded, in one of the table's text columns named in the
    plugin setting ``search_columns``."""
    if database != archive_name(datasette) or not table:
        return None
    indexed = INDEXED_SEARCH.get(table)
    columns = (plugin_settings(datasette).get("search_columns") or {}).get(table)
    if not (columns or indexed) or datasette.table_metadata(database, table).get("fts_table"):
        return None
    search = request.args.get("_search", "")
    context = {"supports_search": True, "search": search}
    if not search.strip():
        return FilterArguments([], extra_context=context)
    if indexed:
        index, key = (escape_sqlite(name) for name in indexed)
        clause = (f"{key} in (select rowid from {index} where {index} match "
                  "vn_search_chunks(:vn_search, '', ''))")
    else:
        text = " || ' ' || ".join(f"coalesce({escape_sqlite(c)}, '')" for c in columns or ())
        clause = f"vn_contains({text}, :vn_search)"
    return FilterArguments([clause], {"vn_search": search}, [f'search matches "{search}"'],
                           context)


def newest_first_when_searching(app: Any, datasette: Any) -> Any:
    """``?_search=`` on an indexed table (``INDEXED_SEARCH``) without a sort of the visitor's
    is sorted by the index key, newest first: the key is the index's order, so the newest
    matches are read in order and the page stops at its rows. Sorted by a column (``published``,
    the table's default), every match is read and sorted first: 0.6 s for a common syllable at
    100,000 articles against 28 ms (docs/benchmarks.md "Search"), past the time limit at a
    million. The query string is rewritten before Datasette reads it, so the page says how it
    is sorted and its next-page links keep the order."""
    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            scope = _sorted_by_key(scope, archive_name(datasette))
        await app(scope, receive, send)
    return wrapped


def _sorted_by_key(scope: dict[str, Any], database: str) -> dict[str, Any]:
    path = scope.get("path", "")
    table = path.removeprefix(f"/{database}/").removesuffix(".json").removesuffix(".csv")
    if not path.startswith(f"/{database}/") or table not in INDEXED_SEARCH:
        return scope
    query = scope.get("query_string", b"").decode("latin-1")
    args = parse_qs(query, keep_blank_values=True)
    if not "".join(args.get("_search", [])).strip() or "_sort" in args or "_sort_desc" in args:
        return scope
    key = INDEXED_SEARCH[table][1]
    return {**scope, "query_string": f"{query}&_sort_desc={key}".encode("latin-1")}


class YearFacet(Facet):
    """Counts by the first four characters of an ISO date column; selects with __startswith."""

    type = "year"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
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
            values: list[dict[str, Any]] = []
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
