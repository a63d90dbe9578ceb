"""The reading room's search page: ``/<db>/-/search?q=…&site=…&year=…`` (HTML) and
``/<db>/-/search.csv`` (the same results as CSV; ``&_bom=1`` for Excel), issue 15.

It runs the ranked ``search`` canned query of datasette_metadata.json as that query is
(parameters ``q``, ``site``, ``year``; its columns as documented there), so the search itself
stays one thing, owned by :mod:`pipelines.search` and its index; this page only presents it to
a reader: a site and a year to choose from lists, the number of results, each result as its
title, where and when it was published and a readable excerpt in which what matched is
highlighted (:mod:`district_archive.serving.highlight`), and none of the query's SQL or its
ranking columns. The canned query's own page and JSON stay for researchers who want them.
"""
from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import urlencode

from datasette.database import QueryInterrupted
from datasette.utils.asgi import Forbidden, NotFound, Response

from district_archive.serving.highlight import highlighted_html, plain_excerpt
from district_archive.serving.settings import archive_name
from district_archive.serving.tables import article_href, document_href

CANNED_QUERY = "search"
PARAMETERS = ("q", "site", "year")
#: What a reader reads of each result, in this order, for the page and the CSV.
CSV_COLUMNS = ("kind", "title", "site", "published", "category", "snippet", "url",
               "article_url", "document")


async def _canned_search(datasette: Any, database: str, actor: Any) -> dict[str, Any]:
    query: dict[str, Any] | None = await datasette.get_canned_query(database, CANNED_QUERY,
                                                                    actor)
    if not query:
        raise NotFound(f"no {CANNED_QUERY!r} query in this archive's metadata")
    return query


async def _choices(db: Any) -> tuple[list[dict[str, str]], list[str]]:
    """The sites (id and name) and publication years a reader can narrow to."""
    sites = await db.execute("select id, coalesce(name, id) as name from sites order by name")
    years = await db.execute(
        "select distinct substr(published, 1, 4) as year from articles "
        "where published glob '[12][0-9][0-9][0-9]*' order by year desc")
    return ([{"id": r["id"], "name": r["name"]} for r in sites.rows],
            [r["year"] for r in years.rows])


async def search_page(datasette: Any, request: Any) -> Response:
    name = request.url_vars["database"]
    if name != archive_name(datasette) or name not in datasette.databases:
        raise NotFound(f"no archive database {name!r}")
    await datasette.ensure_permissions(request.actor, [
        ("view-query", (name, CANNED_QUERY)), ("view-database", name), "view-instance"])
    query = await _canned_search(datasette, name, request.actor)
    db = datasette.get_database(name)
    params = {p: (request.args.get(p) or "").strip() for p in PARAMETERS}
    as_csv = request.url_vars.get("format") == ".csv"
    rows: list[dict[str, Any]] = []
    error = None
    if params["q"]:
        try:
            result = await db.execute(query["sql"], params)
            rows = [dict(r) for r in result.rows]
        except QueryInterrupted:
            error = "This search took too long; add a word, a site or a year to narrow it."
        except Forbidden:
            raise
        except Exception:  # noqa: BLE001 — a typed query must give a page, never a traceback
            error = "This search could not be run; try other words."
    if as_csv:
        return _csv_response(rows, params)
    sites, years = await _choices(db)
    for row in rows:
        row["excerpt"] = highlighted_html(row.get("snippet"), params["q"])
        row["href"] = (document_href(datasette, name, row["document"]) if row.get("document")
                       else article_href(datasette, name, row["url"]))
        row["attached_to"] = (article_href(datasette, name, row["article_url"])
                              if row.get("article_url") else None)
    db_url = datasette.urls.database(name)
    query_string = urlencode({k: v for k, v in params.items() if v})
    context = {
        "database": name, "params": params, "rows": rows, "error": error,
        "sites": sites, "years": years,
        "articles": sum(r.get("kind") == "article" for r in rows),
        "documents": sum(r.get("kind") == "document" for r in rows),
        "search_url": f"{db_url}/-/search",
        "csv_url": f"{db_url}/-/search.csv?{query_string}",
        "excel_url": f"{db_url}/-/search.csv?{query_string}&_bom=1",
        "json_url": f"{db_url}/{CANNED_QUERY}.json?{urlencode(params)}&_shape=array",
        "metadata": datasette.metadata(),
    }
    return Response.html(await datasette.render_template(
        "district_archive_search.html", context, request=request))


def _csv_response(rows: list[dict[str, Any]], params: dict[str, str]) -> Response:
    """The results as a reader saw them: no ranking columns, excerpts without markers."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([plain_excerpt(row.get(c)) if c == "snippet" else row.get(c)
                         for c in CSV_COLUMNS])
    slug = "-".join(filter(None, ["search", params.get("site"), params.get("year")]))
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="{slug}.csv"'})
