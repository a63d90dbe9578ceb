"""Datasette plugin for the archive: Vietnamese search, a safe article page, the raw copy.

Installed through the ``datasette`` entry point in pyproject.toml, so ``district-archive serve``
and every ``Datasette(...)`` built in a test load it. Its hooks only register what lives by role
elsewhere:

- SQL functions for the canned queries (and anyone writing SQL): ``vn_fold``, ``vn_tone``,
  ``vn_match``, ``vn_exact``, ``vn_contains``, ``vn_snippet``, ``vn_diff``, from
  :mod:`pipelines.search`.
- ``/<db>/-/article?url=…`` (and ``.json``; its citation also as ``/-/article.bib`` and
  ``/-/article.csl.json``), ``/<db>/-/raw/<sha256>``, ``/<db>/-/copy/<sha256>`` and
  ``/<db>/-/replay/<page id>``: :mod:`district_archive.serving.pages`.
- ``/<db>/-/search`` (and ``.csv``), the reader's search page over the ranked ``search`` query:
  :mod:`district_archive.serving.search_page`.
- Linked titles, highlighted snippets, a search box on every table (``articles`` searched
  through ``articles_search``, newest first) and a ``year`` facet:
  :mod:`district_archive.serving.tables`.
- Hardened responses (``X-Robots-Tag: noindex``, ``nosniff``, same-origin framing and
  referrer), no server path shown, no facets on long text, CSV formulas neutralised,
  introspection pages closed: :mod:`district_archive.serving.hardening`.
- Bounded connections (value, column, result sizes; linear ``instr``/``replace``/``trim``; no
  ``fts3_tokenizer``; raw bodies never inline): :mod:`district_archive.serving.limits`.
- ``?_bom=1`` on a ``.csv`` URL: CSV with a UTF-8 byte-order mark, for Excel:
  :mod:`district_archive.serving.excel_csv`.
- The dashboard's site selector starts on the site with the most articles:
  :mod:`district_archive.serving.dashboard`.
- A served snapshot that a crawl replaced is followed (new connections on the new file):
  :mod:`district_archive.serving.snapshot_follower`.
- The archive is served under one name (plugin setting ``database``, default ``archive``)
  whatever its file is called: :mod:`district_archive.serving.settings`.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl
from datasette.facets import Facet
from datasette.filters import FilterArguments
from markupsafe import Markup

from district_archive.serving import (
    dashboard,
    excel_csv,
    hardening,
    limits,
    pages,
    search_page,
    snapshot_follower,
    tables,
)
from district_archive.serving.settings import adopt_archive, archive_name, plugin_settings
from pipelines.search import register_sql_functions


@hookimpl
def prepare_connection(conn: sqlite3.Connection, datasette: Any) -> None:
    register_sql_functions(conn, time_limit_ms=datasette.setting("sql_time_limit_ms"))
    limits.limit_connection(conn)


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    pages.add_templates(env)


@hookimpl
def startup(datasette: Any) -> Callable[[], Awaitable[None]]:
    hardening.share_the_gil()
    hardening.no_console_tracebacks()

    async def start() -> None:
        await adopt_archive(datasette)
        await dashboard.remember_default_site(datasette, archive_name(datasette))
    return start


@hookimpl
def get_metadata(datasette: Any) -> dict[str, Any]:
    return dashboard.site_defaults(datasette)


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    unfacetable = tuple(plugin_settings(datasette).get("unfacetable_columns")
                        or hardening.UNFACETABLE_COLUMNS)
    follower = snapshot_follower.SnapshotFollower(datasette, archive_name(datasette))
    # The byte-order mark outermost: it goes before the CSV that hardening has rewritten.
    return lambda app: excel_csv.with_optional_bom(hardening.hardened(
        tables.newest_first_when_searching(
            snapshot_follower.following_snapshots(app, follower), datasette), unfacetable))


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    return tables.archive_cell(row, value, column, table, database, datasette)


@hookimpl(trylast=True)  # after Datasette's own search filter, so supports_search sticks
def filters_from_request(request: Any, database: str, table: str | None,
                         datasette: Any) -> FilterArguments | None:
    return tables.table_search(request, database, table, datasette)


@hookimpl
def register_facet_classes() -> list[type[Facet]]:
    return [tables.YearFacet]


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    return [
        (r"^/-/databases(?P<as_json>\.json)?$", hardening.databases_without_paths),
        (hardening.CLOSED_PAGES_ROUTE, hardening.closed_page),
        (r"^/(?P<database>[^/]+)/-/article$", pages.article_page),
        (r"^/(?P<database>[^/]+)/-/search(?P<format>\.csv)?$", search_page.search_page),
        (r"^/(?P<database>[^/]+)/-/article\.bib$", pages.article_bibtex),
        (r"^/(?P<database>[^/]+)/-/article\.csl\.json$", pages.article_csl_json),
        (r"^/(?P<database>[^/]+)/-/raw/(?P<sha256>[0-9a-f]{64})$", pages.raw_copy),
        (r"^/(?P<database>[^/]+)/-/article\.json$", pages.article_json),
        (r"^/(?P<database>[^/]+)/-/copy/(?P<sha256>[0-9a-f]{64})$", pages.archived_copy),
        (r"^/(?P<database>[^/]+)/-/replay/(?P<page_id>[0-9]{1,18})$", pages.replay_page),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    db_url: str = datasette.urls.database(archive_name(datasette))
    return [
        {"href": db_url + "/-/search", "label": "Search the archive"},
        {"href": datasette.urls.path("/-/dashboards/archive-overview"), "label": "Dashboard"},
    ]


@hookimpl
def extra_template_vars(datasette: Any, database: str | None, table: str | None,
                        columns: list[str] | None, view_name: str,
                        request: Any) -> dict[str, Any]:
    variables: dict[str, Any] = {"archive_database": archive_name(datasette)}
    if view_name == "table" and database and columns:
        hidden = tables.machine_columns(datasette, database, table, columns, request)
        variables["reader_hidden_columns"] = hidden
        if hidden:
            variables["all_columns_href"] = tables.all_columns_href(request, columns)
    return variables
