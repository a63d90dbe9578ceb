"""Verbs over an existing archive: ``status``, ``coverage``, ``reprocess``, ``check``,
``export``, ``warc``."""
from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from district_archive.cli.options import (
    EXIT_FAILED,
    db_option,
    dropped_text,
    open_archive,
)


@click.command()
@db_option
@click.option("--runs", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many recent runs to list.")
def status(db_path, runs) -> None:
    """Summarise recent crawl runs and the sites whose last run failed.

    Example:

    \b
        district-archive status --db archive.db
    """
    archive = open_archive(db_path)
    rows = archive.recent_runs(runs)
    if not rows:
        click.echo("no crawl runs yet")
    for r in rows:
        click.echo(f"run {r['id']:>4}  {r['site']:<14} {r['mode'] or '':<11} {r['started_at']}  "
                   f"{r['finish_reason'] or 'running?':<22} pages {r['pages_fetched'] or 0:>5}  "
                   f"new {r['articles_new'] or 0:>4}  changed {r['articles_changed'] or 0:>3}  "
                   f"gone {r['articles_gone'] or 0:>3}  errors "
                   f"{(r['pages_failed'] or 0) + (r['extract_errors'] or 0):>3}  "
                   f"exit {r['exit_status'] if r['exit_status'] is not None else '-'}  "
                   f"dropped {r['dropped_total'] or 0:>5}")
        if r["dropped_total"]:
            click.echo(f"{'':10}{dropped_text(json.loads(r['dropped']))}")
    failing = archive.failing_sites()
    if failing:
        click.echo("\nfailing sites (last run):")
        for r in failing:
            click.echo(f"  {r['site']}: {r['finish_reason']} exit {r['exit_status']} at {r['started_at']}")
    archive.close()


@click.command()
@db_option
@click.option("--site", default=None, help="Only this site (default: every site).")
@click.option("--runs", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many recent runs to list.")
def coverage(db_path, site, runs) -> None:
    """Per run: the distinct articles listings, sitemaps and feeds showed, and how many of
    those the archive holds (live, gone) or lacks.

    The same numbers as Datasette's canned query "coverage".

    Example:

    \b
        district-archive coverage --db archive.db --site kienthuy
    """
    archive = open_archive(db_path)
    rows = archive.coverage(site, runs)
    archive.close()
    if not rows:
        click.echo("no crawl runs yet")
    for r in rows:
        click.echo(f"run {r['run']:>4}  {r['site']:<14} {r['started_at']}  listed "
                   f"{r['listed']:>6} (listings {r['in_listings']}, sitemaps "
                   f"{r['in_sitemaps']}, feeds {r['in_feeds']})  archived {r['archived']:>6}  "
                   f"live {r['live']:>6}  gone {r['gone']:>4}  not archived "
                   f"{r['not_archived']:>5}")


@click.command()
@db_option
def reprocess(db_path) -> None:
    """Re-run extraction and statistics over the archived raw pages (offline).

    Example:

    \b
        district-archive reprocess --db archive.db
    """
    from pipelines.reprocess import reprocess_archive
    archive = open_archive(db_path)
    summary = reprocess_archive(archive, log=lambda m: click.echo(m, err=True))
    archive.close()
    click.echo(", ".join(f"{v} {k}" for k, v in summary.items()))


@click.command()
@db_option
def check(db_path) -> None:
    """Verify the archive: integrity, foreign keys, every raw body against its sha256.

    Example:

    \b
        district-archive check --db archive.db
    """
    from pipelines.check import check_archive
    archive = open_archive(db_path)
    problems = check_archive(archive)
    counts = archive.counts()
    archive.close()
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo(f"{db_path}: {counts['pages']} pages, {counts['articles']} articles, "
               f"{len(problems)} problems")
    sys.exit(EXIT_FAILED if problems else 0)


@click.command("reindex-search")
@db_option
def reindex_search(db_path) -> None:
    """Rebuild the ranked-search index from the stored articles (what ``check`` asks for when
    the index misses articles, e.g. after writing ``articles`` outside the archive's code).

    Example:

    \b
        district-archive reindex-search --db archive.db
    """
    archive = open_archive(db_path)
    entries = archive.index_for_search()
    archive.close()
    click.echo(f"{db_path}: {entries} articles indexed for ranked search")


@contextlib.contextmanager
def _text_output(output: str) -> Iterator[io.TextIOWrapper]:
    """UTF-8 text to a file or standard output, newlines untranslated (the csv module's rule)."""
    if output != "-":
        with open(output, "w", encoding="utf-8", newline="") as out:
            yield out
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        yield out
    finally:
        out.flush()
        out.detach()  # leave standard output open


@click.command()
@db_option
@click.option("--table", "table", required=True, help="Table to export, e.g. articles, statistics.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv",
              show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (default: standard output).")
@click.option("--site", default=None, help="Only rows of this site.")
@click.option("--since", default=None, metavar="DATE",
              help="Published (fetched, for pages and visitor counts) on or after DATE: "
                   "YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, metavar="DATE",
              help="Published on or before DATE (a whole year or month when given as one).")
@click.option("--search", "query", default=None,
              help="Only articles matching this search (diacritics, đ/d, tone placement optional).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error (default: when it is a terminal and the "
                   "rows go elsewhere).")
def export(db_path, table, fmt, output, site, since, until, query, progress) -> None:
    """Export a table as CSV, JSON or JSONL, streaming, with optional filters.

    Example:

    \b
        district-archive export --table articles --format csv --site kienthuy -o kienthuy.csv
        district-archive export --table statistics --format jsonl --since 2024 --search "hộ nghèo"
    """
    from pipelines.export import ExportError, count_rows, plan_export, write_rows

    archive = open_archive(db_path)
    try:
        plan = plan_export(archive, table, site=site, since=since, until=until, query=query)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    if progress is None:  # a bar only where someone watches it, never mixed into the rows
        progress = sys.stderr.isatty() and not (output == "-" and sys.stdout.isatty())
    with _text_output(output) as out:
        if progress:
            with click.progressbar(length=count_rows(archive, plan), file=sys.stderr,
                                   label=f"{table} → {output}", show_pos=True,
                                   show_percent=True) as bar:
                count = write_rows(archive, plan, fmt, out, progress=bar.update)
        else:
            count = write_rows(archive, plan, fmt, out)
    archive.close()
    click.echo(f"exported {count} rows from {table}", err=True)


@click.command()
@db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="WARC file to write (gzip per record), e.g. archive.warc.gz.")
def warc(db_path, output) -> None:
    """Write every archived response as a WARC file (ISO 28500), readable by warcio.

    Example:

    \b
        district-archive warc --db archive.db -o archive.warc.gz
    """
    from pipelines.warc import write_warc

    archive = open_archive(db_path)
    with open(output, "wb") as out:
        count = write_warc(archive, out, filename=Path(output).name)
    click.echo(f"wrote {count} response records to {output}", err=True)


COMMANDS = [status, coverage, reprocess, check, reindex_search, export, warc]
