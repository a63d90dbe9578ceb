"""Verbs over an existing archive: ``status``, ``coverage``, ``reprocess``, ``check``,
``export``, ``warc``, ``wacz``."""
from __future__ import annotations

import contextlib
import io
import json
import signal
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

import click

from district_archive.cli.options import (
    EXIT_FAILED,
    EXIT_SITES_FAILING,
    EXIT_SITES_INCOMPLETE,
    db_option,
    dropped_text,
    limits_text,
    open_archive,
    refresh_served_snapshot,
)
from district_archive.cli.progress import progress_log, terminal_progress


@click.command()
@db_option
@click.option("--runs", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many recent runs to list.")
@click.option("--check", is_flag=True,
              help=f"For monitoring: exit {EXIT_SITES_FAILING} when a site's last run failed, "
                   f"lost pages, was stopped or killed; {EXIT_SITES_INCOMPLETE} when none did but "
                   "a site's last run left pages it found unfetched (a limit, a script pager, "
                   "an app shell, failed fetches).")
def status(db_path: str, runs: int, check: bool) -> None:
    """Summarise recent crawl runs and the sites whose last run failed or never finished.

    Example:

    \b
        district-archive status --db archive.db
        district-archive status --check || mail -s "crawl failing" ops < /dev/null

    Exit codes: 0 (with --check: every site's last run ended normally and complete), 1 no
    archive, 2 usage error, 6 with --check: a site's last run failed, lost pages, was stopped
    or killed, 7 with --check: none did, but a site's last run is incomplete (it dropped
    requests for a reason other than staying on its site: a limit such as --max-depth, a
    pager only a script follows, a page a script renders; or fetches got no response after
    their retries); its line says which.
    """
    from district_archive.jobs import crawl_running

    archive = open_archive(db_path, read_only=True)
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
    # A run that never closed and whose site no crawl holds was killed (kill -9, power loss).
    killed = [r for r in archive.unfinished_sites() if not crawl_running(db_path, r["site"])]
    incomplete = archive.incomplete_sites()
    archive.close()
    if failing or killed:
        click.echo("\nfailing sites (last run):")
        for r in failing:
            click.echo(f"  {r['site']}: {r['finish_reason']} exit {r['exit_status']} "
                       f"at {r['started_at']}")
        for r in killed:
            click.echo(f"  {r['site']}: run {r['id']} never finished (killed) at {r['started_at']}")
    if incomplete:
        # Pages the run found and did not fetch may never be online again: say so as loudly
        # as a failure, and apart from one (the remedy differs).
        click.echo("\nincomplete sites (last run ended, pages left unfetched):")
        for r in incomplete:
            lost = limits_text(r["dropped"])
            if r["pages_failed"]:
                lost.append(f"{r['pages_failed']} by failed fetches (no response after retries;"
                            " the next crawl tries them again)")
            click.echo(f"  {r['site']}: run {r['id']} {r['finish_reason']} at {r['started_at']}, "
                       f"dropped {', '.join(lost)}")
    if check and (failing or killed):
        sys.exit(EXIT_SITES_FAILING)
    if check and incomplete:
        sys.exit(EXIT_SITES_INCOMPLETE)


@click.command()
@db_option
@click.option("--site", default=None, help="Only this site (default: every site).")
@click.option("--runs", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many recent runs to list.")
def coverage(db_path: str, site: str | None, runs: int) -> None:
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
@click.option("--ocr", is_flag=True,
              help="Read scanned PDF attachments with Tesseract OCR (seconds per page).")
def reprocess(db_path: str, ocr: bool) -> None:
    """Re-run extraction and statistics over the archived raw pages and attachments (offline).

    Example:

    \b
        district-archive reprocess --db archive.db --ocr
    """
    from pipelines.reprocess import reprocess_archive
    archive = open_archive(db_path)
    summary = reprocess_archive(archive, log=progress_log(), ocr=ocr,
                                progress=terminal_progress())
    archive.close()
    refresh_served_snapshot(db_path)
    click.echo(", ".join(f"{v} {k}" for k, v in summary.items()))


@click.command()
@db_option
def check(db_path: str) -> None:
    """Verify the archive: integrity, foreign keys, every raw body against its sha256.

    Example:

    \b
        district-archive check --db archive.db
    """
    from pipelines.check import check_archive
    archive = open_archive(db_path, read_only=True)
    problems = check_archive(archive, progress=terminal_progress())
    try:
        counts = archive.counts()
        summary = f"{counts['pages']} pages, {counts['articles']} articles"
    except sqlite3.DatabaseError as exc:  # corrupted: the problems above say where
        summary = f"tables unreadable ({exc})"
    archive.close()
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo(f"{db_path}: {summary}, {len(problems)} problems")
    sys.exit(EXIT_FAILED if problems else 0)


@click.command("reindex-search")
@db_option
def reindex_search(db_path: str) -> None:
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
def _output(output: str, db_path: str, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Where export and warc write: standard output for ``-``, else a file written whole or
    not at all (``pipelines.output``), never the archive itself. A failure to read the archive
    (corruption) or SIGTERM leaves no partial file and the old one, if any, untouched."""
    from pipelines.output import refuse_archive_files, written_atomically

    with _output_errors(output):
        if output == "-":
            sys.stdout.flush()
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            try:
                yield sys.stdout.buffer if binary else stream
            finally:
                stream.flush()
                stream.detach()  # leave standard output open
            return
        refuse_archive_files(output, db_path)
        with _sigterm_unwinds(), written_atomically(output, binary=binary) as out:
            yield out


@contextlib.contextmanager
def _output_errors(output: str) -> Iterator[None]:
    """An output that cannot be written there is a usage error (exit 2); an archive that cannot
    be read (corruption) an error saying so (exit 1), with no traceback."""
    from pipelines.output import OutputError

    try:
        yield
    except OutputError as exc:
        raise click.BadParameter(str(exc), param_hint="-o/--output") from None
    except (sqlite3.DatabaseError, zlib.error) as exc:  # a corrupted archive
        where = "standard output is incomplete" if output == "-" else f"nothing written to {output}"
        raise click.ClickException(f"cannot read the archive ({exc}): {where}; run "
                                   "`district-archive check`") from None


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """SIGTERM as an exception (exit 143), so the temporary output is removed on the way out;
    a no-op off the main thread, where signals cannot be handled."""
    def stop(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.command()
@db_option
@click.option("--table", "table", required=True, help="Table to export, e.g. articles, statistics.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv",
              show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (default: standard output); written whole or not at all, "
                   "never the archive itself; its folder must exist.")
@click.option("--site", default=None, help="Only rows of this site.")
@click.option("--since", default=None, metavar="DATE",
              help="Published (fetched, for pages and visitor counts) on or after DATE: "
                   "YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, metavar="DATE",
              help="Published on or before DATE (a whole year or month when given as one).")
@click.option("--search", "query", default=None,
              help="Only articles matching this search (diacritics, đ/d, tone placement optional).")
@click.option("--excel", is_flag=True,
              help="CSV for Excel: begin with a UTF-8 byte-order mark, so Windows Excel shows "
                   "Vietnamese correctly.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error (default: when it is a terminal and the "
                   "rows go elsewhere).")
def export(db_path: str, table: str, fmt: str, output: str, site: str | None, since: str | None,
           until: str | None, query: str | None, excel: bool, progress: bool | None) -> None:
    """Export a table as CSV, JSON or JSONL, streaming, with optional filters.

    Example:

    \b
        district-archive export --table articles --format csv --site kienthuy -o kienthuy.csv
        district-archive export --table statistics --format jsonl --since 2024 --search "hộ nghèo"
        district-archive export --table statistics --excel -o statistics.csv
    """
    from pipelines.export import ExportError, count_rows, plan_export, write_rows

    archive = open_archive(db_path, read_only=True)
    try:
        plan = plan_export(archive, table, site=site, since=since, until=until, query=query)
    except ExportError as exc:  # a table, filter or date the archive cannot answer: usage
        archive.close()
        raise click.UsageError(str(exc)) from None
    if excel and fmt != "csv":
        archive.close()
        raise click.BadParameter("applies to --format csv only", param_hint="--excel")
    if progress is None:  # a bar only where someone watches it, never mixed into the rows
        progress = sys.stderr.isatty() and not (output == "-" and sys.stdout.isatty())
    with _output(output, db_path) as out:
        if progress:
            with click.progressbar(length=count_rows(archive, plan), file=sys.stderr,
                                   label=f"{table} → {output}", show_pos=True,
                                   show_percent=True) as bar:
                count = write_rows(archive, plan, fmt, out, progress=bar.update, bom=excel)
        else:
            count = write_rows(archive, plan, fmt, out, bom=excel)
    archive.close()
    click.echo(f"exported {count} rows from {table}", err=True)


def _site_option(verb: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--site", default=None,
                        help=f"Only this site's fetches in the {verb} (default: the whole "
                             "archive).")


def _known_site(archive: Any, site: str | None) -> None:
    """A --site the archive does not hold is a usage error naming the ones it does."""
    if site is not None and site not in archive.site_ids():
        known = ", ".join(archive.site_ids()) or "none"
        archive.close()
        raise click.BadParameter(f"the archive holds no site {site!r} (it holds: {known})",
                                 param_hint="--site")


def cdxj_path(output: str) -> Path:
    """The CDXJ index written beside a WARC: ``x.warc.gz`` -> ``x.cdxj``."""
    path = Path(output)
    for suffix in (".warc.gz", ".warc"):
        if path.name.endswith(suffix):
            return path.with_name(path.name[: -len(suffix)] + ".cdxj")
    return path.with_name(path.name + ".cdxj")


@click.command()
@db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="WARC file to write (gzip per record), e.g. archive.warc.gz; - for standard "
                   "output. Written whole or not at all, never the archive itself.")
@_site_option("WARC")
@click.option("--cdxj/--no-cdxj", "index", default=True, show_default=True,
              help="Also write the CDXJ index beside the WARC (x.warc.gz -> x.cdxj), for pywb "
                   "and other replay tools; not with -o - (an index needs the file's offsets).")
def warc(db_path: str, output: str, site: str | None, index: bool) -> None:
    """Write every archived fetch as a WARC 1.1 file (ISO 28500): response, revisit and request
    records after a warcinfo record, readable by warcio, pywb and ReplayWeb.page; and its CDXJ
    index beside it. docs/warc.md says what each record holds.

    Example:

    \b
        district-archive warc --db archive.db -o archive.warc.gz      # and archive.cdxj
        district-archive warc --db archive.db --site kienthuy -o kienthuy.warc.gz
        district-archive warc --db archive.db -o - | gzip -t
    """
    from pipelines.output import refuse_archive_files, replaced_atomically
    from pipelines.wacz import write_cdxj
    from pipelines.warc import write_warc

    archive = open_archive(db_path, read_only=True)
    _known_site(archive, site)
    index_path = cdxj_path(output) if index and output != "-" else None
    if index_path is None:  # standard output, or no index asked: the stream as before
        name = "archive.warc.gz" if output == "-" else Path(output).name
        with _output(output, db_path, binary=True) as out:
            counts = write_warc(archive, cast(BinaryIO, out), filename=name, site=site,
                                progress=terminal_progress())
    else:
        with _output_errors(output), _sigterm_unwinds():
            refuse_archive_files(output, db_path)
            refuse_archive_files(index_path, db_path)
            # The index is read from the finished WARC before either is renamed into place.
            with replaced_atomically(output) as part:
                with open(part, "xb") as out:
                    counts = write_warc(archive, out, filename=Path(output).name, site=site,
                                    progress=terminal_progress())
                write_cdxj(part, index_path, filename=Path(output).name)
    archive.close()
    click.echo(f"wrote {counts['response']} response records to {output}", err=True)
    click.echo(f"and {counts['revisit']} revisit records (unchanged content), "
               f"{counts['request']} request records", err=True)
    if index_path is not None:
        click.echo(f"CDXJ index: {index_path}", err=True)


@click.command()
@db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="WACZ file to write, e.g. kienthuy.wacz. Written whole or not at all, never "
                   "the archive itself; its folder must exist (and have room for the WARC twice "
                   "while packing).")
@_site_option("WACZ")
@click.option("--title", default=None, help="The collection's title (default: "
                                            "\"District News Archive: SITE\").")
def wacz(db_path: str, output: str, site: str | None, title: str | None) -> None:
    """Pack a site, or the whole archive, as a WACZ file (Web Archive Collection Zipped, made
    by Webrecorder's `wacz create`): the WARC, its CDXJ index and the list of archived
    articles, which ReplayWeb.page and pywb open as they are.

    Example:

    \b
        district-archive wacz --db archive.db --site kienthuy -o kienthuy.wacz
        wacz validate -f kienthuy.wacz
    """
    from pipelines.output import refuse_archive_files
    from pipelines.wacz import PackingError, write_wacz

    archive = open_archive(db_path, read_only=True)
    _known_site(archive, site)
    try:
        with _output_errors(output), _sigterm_unwinds():
            refuse_archive_files(output, db_path)
            summary = write_wacz(archive, output, site=site, title=title)
    except PackingError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    records = summary.records
    click.echo(f"wrote {output}: {records['response']} response, {records['revisit']} revisit "
               f"and {records['request']} request records, {summary.pages} articles listed",
               err=True)
    if summary.unmatched_pages:
        click.echo(f"warning: {summary.unmatched_pages} articles have no record in the WARC "
                   "and are not listed", err=True)


COMMANDS = [status, coverage, reprocess, check, reindex_search, export, warc, wacz]
