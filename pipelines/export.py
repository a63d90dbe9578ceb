"""Stream a table out as CSV, JSON or JSONL in constant memory, with researcher filters."""
from __future__ import annotations

import csv
import json
from typing import IO, Any

from pipelines.store import Archive
from pipelines.text import fold


class ExportError(ValueError):
    """The export cannot run as asked (unknown table, filter not applicable)."""


# Raw bodies are binary; export them with `district-archive warc`, not as text.
_SKIP_COLUMNS = {"blobs": {"data"}}


def _query(archive: Archive, table: str, *, site: str | None, since: str | None,
           until: str | None, query: str | None) -> tuple[str, list[Any], list[str]]:
    db = archive.db
    if table not in db.table_names() or table.startswith("_") or "_fts" in table:
        tables = ", ".join(t for t in db.table_names() if not t.startswith("_") and "_fts" not in t)
        raise ExportError(f"no table {table!r}; choose one of: {tables}")
    columns = [c.name for c in db[table].columns if c.name not in _SKIP_COLUMNS.get(table, set())]
    where, args = [], []
    url_column = "url" if table == "articles" else "article_url" if "article_url" in columns else None
    if site:
        if "site" in columns:
            where.append("t.site = ?")
        elif url_column:
            where.append(f"t.{url_column} in (select url from articles where site = ?)")
        else:
            raise ExportError(f"--site does not apply to {table}")
        args.append(site)
    for value, op in ((since, ">="), (until, "<=")):
        if value is None:
            continue
        if table == "articles":
            where.append(f"substr(t.published, 1, 10) {op} ?")
        elif url_column:
            where.append(f"t.{url_column} in (select url from articles where substr(published, 1, 10) {op} ?)")
        else:
            raise ExportError(f"--since/--until do not apply to {table}")
        args.append(value)
    if query:
        if not url_column:
            raise ExportError(f"--search does not apply to {table}")
        # Folded query against the folded columns: diacritics, đ/d and tone placement optional.
        terms = " ".join(f'"{t}"' for t in fold(query).replace('"', " ").split())
        where.append(f"t.{url_column} in (select url from articles where rowid in "
                     "(select rowid from articles_fts where articles_fts match ?))")
        args.append("{title_folded body_folded} : (" + terms + ")")
    select = ", ".join(f't."{c}"' for c in columns)
    sql = f'select {select} from "{table}" t'
    if where:
        sql += " where " + " and ".join(where)
    return sql, args, columns


def export_rows(archive: Archive, table: str, fmt: str, out: IO[str], **filters: Any) -> int:
    sql, args, columns = _query(archive, table, **filters)
    rows = archive.db.execute(sql, args)  # a cursor: rows are streamed, never all in memory
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row)
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n" + json.dumps(dict(zip(columns, row)),
                                                               ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        raise ExportError(f"unknown format {fmt!r}: use csv, json or jsonl")
    return count
