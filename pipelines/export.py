"""Stream a table out as CSV, JSON or JSONL in constant memory, with researcher filters.

Rows come from one SQLite cursor and are written as they arrive: memory does not grow with
the table (``tests/test_export.py`` measures it). Filters:

- ``site``: rows of one site (directly, or through the article the row belongs to);
- ``since`` / ``until``: a date prefix (``2024``, ``2024-03`` or ``2024-03-15``, inclusive) on
  the publication date for articles and what they contain, on the fetch time for pages and
  visitor counts, on the start time for crawl runs;
- ``query``: articles matching a full-text search, typed with or without diacritics, either
  tone placement, đ or d: each typed chunk, a chunk of several syllables as a phrase
  (:func:`pipelines.search_index.chunks_match` over ``articles_search``).

Articles go out with one column more than their table: ``places``, the places their current
version names (``pipelines.store.PLACES_OF_VERSION``): in JSON and JSONL a list of objects (the
mention as written, offsets, level, the unit and its old and new codes and names, ambiguous), in
CSV one text cell ("Xã Tân Phong (old 11734) → Xã Kiến Hải (11749); ..."). The mentions one by
one, with every column, are the ``article_places`` table's own export.

CSV is opened by spreadsheets, which run a cell beginning with ``=``, ``+``, ``-``, ``@``, tab or
carriage return as a formula: such text values get a leading ``'`` (OWASP, "CSV Injection"),
numbers and text that is a plain number are left alone (``neutralise_formula``). JSON and JSONL
keep every value verbatim.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from pipelines import search_index
from pipelines.store import PLACES_OF_VERSION, Archive

FORMATS = ("csv", "json", "jsonl")
PROGRESS_EVERY = 1000  # rows between progress callbacks


class ExportError(ValueError):
    """The export cannot run as asked (unknown table or format, filter not applicable)."""


# Raw bodies are binary; export them with `district-archive warc`, not as text.
_SKIP_COLUMNS = {"blobs": {"data"}}
# How each table reaches its article (for --site, --search and dates through the article).
_ARTICLE_URL = {"articles": "url", "article_versions": "url", "statistics": "article_url",
                "document_refs": "article_url", "images": "article_url",
                "attachments": "article_url", "article_places": "article_url",
                "article_units": "article_url"}
# The table's own date column for --since/--until, where it has one.
_OWN_DATE = {"articles": "published", "article_versions": "published", "pages": "fetched_at",
             "article_units": "published",
             "visitor_counts": "fetched_at", "crawl_runs": "started_at"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
# What a spreadsheet takes for the start of a formula (OWASP CSV Injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?(\d+([.,]\d*)*|[.,]\d+)([eE][-+]?\d+)?%?")


def neutralise_formula(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'`` so it shows
    as text; anything else (numbers, NULL, a plain "-5") unchanged."""
    if (isinstance(value, str) and value.startswith(FORMULA_START)
            and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


@dataclass(frozen=True)
class ExportPlan:
    """One export as SQL: ``select`` streams the rows, ``count`` sizes the progress bar."""

    table: str
    columns: list[str]
    sql: str
    args: list[Any]
    # Columns the SQL computes as JSON text: JSON and JSONL embed the value, CSV writes the
    # text the function makes of it.
    json_columns: dict[str, Callable[[Any], str]] = field(default_factory=dict)

    @property
    def count_sql(self) -> str:
        return f"select count(*) from ({self.sql})"


def _check_date(value: str) -> str:
    """``value`` if it is a real year, month or day (not 2024-13, not 2024-02-30)."""
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    try:
        if not _DATE.match(value):
            raise ValueError
        datetime.strptime(value, formats[len(value)])
    except ValueError:
        raise ExportError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
                          "(a real month and day)") from None
    return value


def _check_period(since: str | None, until: str | None) -> None:
    """Refuse a period that can hold nothing: --since after --until. Compared on their common
    prefix, as the filters compare (--since 2024-03-15 --until 2024-03 is one fortnight)."""
    for value in (since, until):
        if value is not None:
            _check_date(value)
    if since is not None and until is not None:
        common = min(len(since), len(until))
        if since[:common] > until[:common]:
            raise ExportError(f"--since {since} is after --until {until}: no date is in both")


def _prefix_compare(column: str, op: str, value: str) -> tuple[str, str]:
    # Compare the same number of characters: --until 2024-03 includes every day of March.
    return f"substr({column}, 1, {len(value)}) {op} ?", value


def plan_export(archive: Archive, table: str, *, site: str | None = None,
                since: str | None = None, until: str | None = None,
                query: str | None = None) -> ExportPlan:
    db = archive.db
    exportable = [t for t in db.table_names() if not t.startswith("_") and "_fts" not in t]
    if table not in exportable:
        raise ExportError(f"no table {table!r}; choose one of: {', '.join(exportable)}")
    columns = [c.name for c in db[table].columns if c.name not in _SKIP_COLUMNS.get(table, set())]
    url_column = _ARTICLE_URL.get(table)
    where: list[str] = []
    args: list[Any] = []

    def through_article(condition: str) -> str:
        if table == "articles":
            return condition.replace("a.", "t.")
        return f"t.{url_column} in (select a.url from articles a where {condition})"

    _check_period(since, until)
    if site:
        if "site" in columns:
            where.append("t.site = ?")
        elif url_column:
            where.append(through_article("a.site = ?"))
        else:
            raise ExportError(f"--site does not apply to {table}")
        known = archive.site_ids()
        if site not in known:  # a misspelt site would export nothing and look like a result
            raise ExportError(f"no site {site!r} in this archive; its sites: "
                              f"{', '.join(sorted(known)) or 'none yet'}")
        args.append(site)
    for value, op in ((since, ">="), (until, "<=")):
        if value is None:
            continue
        if table in _OWN_DATE:
            clause, arg = _prefix_compare(f"t.{_OWN_DATE[table]}", op, value)
        elif url_column:
            clause, arg = _prefix_compare("a.published", op, value)
            clause = through_article(clause)
        else:
            raise ExportError(f"--since/--until do not apply to {table}")
        where.append(clause)
        args.append(arg)
    if query is not None:
        if not url_column:
            raise ExportError(f"--search does not apply to {table}")
        match = search_index.chunks_match(query)
        if match == search_index.NOTHING:
            raise ExportError(f"--search {query!r} has no word to search for")
        hits = "select rowid from articles_search where articles_search match ?"
        where.append(f"t.search_key in ({hits})" if table == "articles"
                     else f"t.{url_column} in (select url from articles where search_key in "
                          f"({hits}))")
        args.append(match)
    select = ", ".join(f't."{c}"' for c in columns)
    json_columns: dict[str, Callable[[Any], str]] = {}
    if table == "articles":
        select += f", ({_PLACES_JSON}) as places"
        columns = [*columns, "places"]
        json_columns["places"] = places_text
    sql = f'select {select} from "{table}" t'
    if where:
        sql += " where " + " and ".join(where)
    return ExportPlan(table, columns, sql + " order by t.rowid", args, json_columns)


# The article's current version's places as one JSON array, in text order.
_PLACE_KEYS = ("text", "start", "end", "level", "unit_id", "unit", "era", "old_code", "new_code",
               "old_district", "new_unit", "new_province", "candidates", "confidence")
_PLACES_JSON = (
    "select json_group_array(json_object("
    + ", ".join(f"'{key}', \"{key}\"" for key in _PLACE_KEYS)
    + ", 'ambiguous', json(case when ambiguous then 'true' else 'false' end))) from ("
    + PLACES_OF_VERSION.format(url="t.url", version=(
        "(select v.id from article_versions v where v.url = t.url "
        "and v.content_sha256 = t.content_sha256)"))
    + ")")


def places_text(places_json: Any) -> str:
    """An article's places in one CSV cell: each resolved unit once, as it was and as it is
    ("Xã Đại Hợp (old 11752) → Xã Kiến Hải (11749)"), then each ambiguous name once with how
    many units it could be."""
    shown: dict[Any, str] = {}
    for place in json.loads(places_json or "[]"):
        if place["ambiguous"]:
            key: Any = (place["start"], place["end"])
            text = f"{place['text']}? ({place['candidates']} candidates)"
        else:
            key = place["unit_id"]
            code = f" ({place['era']} {place['old_code'] or place['new_code']})"
            now = (f" → {place['new_unit']} ({place['new_code']})"
                   if place["era"] == "old" and place["level"] == "commune" else "")
            text = f"{place['unit']}{code}{now}"
        shown.setdefault(key, text)
    return "; ".join(shown.values())


def count_rows(archive: Archive, plan: ExportPlan) -> int:
    return int(archive.db.execute(plan.count_sql, plan.args).fetchone()[0])


def write_rows(archive: Archive, plan: ExportPlan, fmt: str, out: IO[str],
               progress: Callable[[int], Any] | None = None, *, bom: bool = False) -> int:
    """Write every row of ``plan`` to ``out``; ``progress(n)`` hears of each n rows written.
    ``bom``: CSV begins with a UTF-8 byte-order mark, without which Excel on Windows reads the
    file as the ANSI code page and shows Vietnamese as mojibake (other tools skip the mark)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use csv, json or jsonl")
    if bom and fmt != "csv":
        raise ExportError("--excel applies to CSV only: JSON has no byte-order mark")
    rows = archive.db.execute(plan.sql, plan.args)  # a cursor: rows stream, never all in memory
    columns = plan.columns
    count = pending = 0
    writer = csv.writer(out) if fmt == "csv" else None
    if writer:
        if bom:
            out.write("\ufeff")
        writer.writerow(columns)
    elif fmt == "json":
        out.write("[")
    json_at = [(i, plan.json_columns[c]) for i, c in enumerate(columns) if c in plan.json_columns]
    for row in rows:
        if writer:
            if json_at:
                row = list(row)
                for i, as_text in json_at:
                    row[i] = as_text(row[i])
            writer.writerow([neutralise_formula(value) for value in row])
        else:
            record_values = dict(zip(columns, row, strict=True))
            for i, _ in json_at:
                record_values[columns[i]] = json.loads(row[i]) if row[i] else []
            record = json.dumps(record_values, ensure_ascii=False)
            out.write((("," if count else "") + "\n" + record) if fmt == "json" else record + "\n")
        count += 1
        pending += 1
        if progress and pending == PROGRESS_EVERY:
            progress(pending)
            pending = 0
    if fmt == "json":
        out.write("\n]\n")
    if progress and pending:
        progress(pending)
    return count


def export_rows(archive: Archive, table: str, fmt: str, out: IO[str],
                progress: Callable[[int], Any] | None = None, **filters: Any) -> int:
    """Plan and write in one call; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use csv, json or jsonl")
    return write_rows(archive, plan_export(archive, table, **filters), fmt, out, progress)
