"""``district-archive``: crawl, extract, reprocess, serve and export the archive.

Each command opens what it needs and makes one library call; library errors become a message
that says what to do and a non-zero exit code.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from district_archive import METADATA, SAMPLE_PORTALS

# Exit codes beyond click's 2 (usage error).
EXIT_FAILED = 1  # the command ran and failed (bad input, extraction error)
EXIT_UNREACHABLE = 3  # a crawl got no response at all from the portal
EXIT_LOCKED = 4  # another crawl of the same site into the same archive is running

db_option = click.option("--db", "db_path", default="archive.db", show_default=True,
                         type=click.Path(dir_okay=False), help="Archive database file.")


def open_archive(db_path: str):
    """An existing archive, or a message that says what to do (exit 1)."""
    from pipelines.store import Archive, ArchiveError

    try:
        return Archive(db_path, create=False)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
@click.version_option(package_name="district-news-archive")
def main() -> None:
    """District News Archive: preserve Vietnam's district-portal news in SQLite."""


# -- crawling ---------------------------------------------------------------------------------


def _parse_resolve(values: tuple[str, ...]) -> dict[str, str]:
    resolve = {}
    for value in values:
        host, sep, base = value.partition("=")
        if not sep or not base.startswith(("http://", "https://")):
            raise click.BadParameter(f"{value!r}: expected HOST=http://127.0.0.1:PORT",
                                     param_hint="--resolve")
        resolve[host.strip().lower()] = base.strip()
    return resolve


@contextlib.contextmanager
def _sample_servers(sites: list) -> Iterator[dict[str, str]]:
    """Serve the bundled sample of each site; yields host -> local base URL."""
    from district_archive.portals.sample import serve_site

    servers, resolve = [], {}
    try:
        for site in sites:
            if not site.sample:
                raise click.UsageError(f"site {site.id!r} has no bundled sample portal; "
                                       "drop --sample to crawl the real portal")
            server = serve_site(SAMPLE_PORTALS / site.sample)
            servers.append(server)
            resolve = {**server.resolve(site.hosts), **resolve}
            click.echo(f"serving sample portal {site.id} at {server.base_url}", err=True)
        yield resolve
    finally:
        for server in servers:
            server.stop()


def run_crawl_command(site_ids: tuple[str, ...], crawl_all: bool, start_urls: tuple[str, ...],
                      db_path: str, sample: bool, resolve: dict[str, str],
                      max_pages: int | None, jobdir: str | None, log_level: str,
                      incremental: bool = False, recent_days: int = 30,
                      max_minutes: float | None = None, log_file: str | None = None) -> int:
    from crawler.runner import CrawlJob, run_crawls
    from crawler.sites import Site, UnknownSite, get_site, load_sites
    from district_archive.jobs import SiteLocked, plan, site_locks

    if sum(bool(x) for x in (site_ids, crawl_all, start_urls)) != 1:
        raise click.UsageError("give one of --site ID (repeatable), --all, or --start-url URL")
    try:
        if start_urls:
            sites, registered = [Site.for_start_urls(list(start_urls))], False
        elif crawl_all:
            # --all --sample: every bundled sample; --all: every real portal.
            every = load_sites().values()
            sites = ([s for s in every if s.sample] if sample
                     else [s for s in every if not s.simulated_only])
            registered = True
        else:
            sites, registered = [get_site(s) for s in site_ids], True
    except UnknownSite as exc:
        raise click.BadParameter(str(exc), param_hint="--site") from None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--start-url") from None
    if jobdir and len(sites) > 1:
        raise click.UsageError("--jobdir holds one crawl's state: crawl one site with it")

    try:
        with site_locks(db_path, [s.id for s in sites]), \
                (_sample_servers(sites) if sample else contextlib.nullcontext({})) as served:
            jobs = [plan(CrawlJob(site, registered, {**served, **resolve}), db_path,
                         incremental=incremental, jobdir=jobdir,
                         recent_days=recent_days) for site in sites]
            results = run_crawls(jobs, db=db_path, max_pages=max_pages, jobdir=jobdir,
                                 max_minutes=max_minutes, log_level=log_level,
                                 log_file=log_file)
    except SiteLocked as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_LOCKED
    status = 0
    for job, result in zip(jobs, results):
        click.echo(
            f"{result.site} ({job.mode}): {result.pages_stored} pages archived "
            f"({result.fetch_failed} failed), articles {result.articles_new} new, "
            f"{result.articles_changed} changed, {result.articles_unchanged} unchanged, "
            f"{result.articles_gone} gone, {result.extract_failed} extraction errors; "
            f"run {result.run_id}, {result.finish_reason}"
        )
        if result.responses == 0:
            job = next(j for j in jobs if j.site.id == result.site)
            click.echo(f"error: no response from {', '.join(job.site.start_urls)}: check the "
                       "URL and your network (see the log above for the failure)", err=True)
            status = EXIT_UNREACHABLE
    _record_exit_status(db_path, [r.run_id for r in results], status)
    return status


def _record_exit_status(db_path: str, run_ids: list[int | None], status: int) -> None:
    from pipelines.store import Archive

    archive = Archive(db_path)
    for run_id in filter(None, run_ids):
        archive.finish_run(run_id, exit_status=status)
    archive.close()


@main.command()
@click.option("--site", "site_ids", multiple=True, metavar="ID",
              help="Registered site to crawl (see `district-archive sites`); repeatable.")
@click.option("--all", "crawl_all", is_flag=True, help="Every registered site, each with its own politeness.")
@click.option("--start-url", "start_urls", multiple=True, metavar="URL",
              help="Crawl an unregistered portal from this URL; stays on its host and port.")
@db_option
@click.option("--sample", is_flag=True,
              help="Crawl the site's bundled sample portal, served on 127.0.0.1, instead of the real one.")
@click.option("--resolve", "resolve", multiple=True, metavar="HOST=URL",
              help="Fetch HOST from URL instead (like curl --resolve); archived URLs keep HOST.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Stop after this many responses.")
@click.option("--max-minutes", type=click.FloatRange(min=0.1), default=None,
              help="Stop after this many minutes.")
@click.option("--incremental", is_flag=True,
              help="Fetch only what is new: stop listings at known articles, re-check recent ones.")
@click.option("--recent-days", default=30, show_default=True, type=click.IntRange(min=0),
              help="With --incremental, re-check articles younger than this (conditional GET).")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR: an interrupted crawl resumes from here.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--log-file", type=click.Path(dir_okay=False), default=None,
              help="Write the crawl log to this file instead of standard error.")
def crawl(site_ids, crawl_all, start_urls, db_path, sample, resolve, max_pages, max_minutes,
          incremental, recent_days, jobdir, log_level, log_file) -> None:
    """Crawl portals into the archive: every response stored, articles extracted.

    Example:

        district-archive crawl --site kienthuy --sample

        district-archive crawl --start-url https://vinhbao.haiphong.gov.vn/ --max-pages 200

        district-archive crawl --all --incremental --log-file crawl.log

    Exit codes: 0 done, 2 usage error, 3 the portal never answered, 4 another crawl of the
    site is running.
    """
    status = run_crawl_command(site_ids, crawl_all, start_urls, db_path, sample,
                               _parse_resolve(resolve), max_pages, jobdir, log_level,
                               incremental=incremental, recent_days=recent_days,
                               max_minutes=max_minutes, log_file=log_file)
    sys.exit(status)


@main.command()
def sites() -> None:
    """List the site registry: id, template family, base URL, bundled sample.

    Example:

        district-archive sites
    """
    from crawler.sites import load_sites

    rows = list(load_sites().values())
    width = max(len(s.id) for s in rows)
    for site in rows:
        sample = "sample" if site.sample else ""
        click.echo(f"{site.id:<{width}}  {site.family:<16}  {site.base_url:<40}  {sample:<6}  {site.name}")


@main.command()
@db_option
@click.option("--runs", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many recent runs to list.")
def status(db_path, runs) -> None:
    """Summarise recent crawl runs and the sites whose last run failed.

    Example:

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
                   f"exit {r['exit_status'] if r['exit_status'] is not None else '-'}")
    failing = archive.failing_sites()
    if failing:
        click.echo("\nfailing sites (last run):")
        for r in failing:
            click.echo(f"  {r['site']}: {r['finish_reason']} exit {r['exit_status']} at {r['started_at']}")
    archive.close()


# -- extraction -------------------------------------------------------------------------------


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="FILE") from None


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", required=True, help="The page's URL (resolves links, picks the site).")
@click.option("--encoding", default=None, help="Force a charset (default: header/meta/BOM/detect).")
@click.option("--site", "site_id", default=None, help="Registered site id (picks its template family).")
def extract(file, url, encoding, site_id) -> None:
    """Print the extracted article of one saved HTML page as JSON (no database).

    Example:

        district-archive extract page.html --url https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien/x-897215
    """
    from crawler.sites import UnknownSite, get_site, load_sites
    from pipelines.analyse import analyse_page
    from pipelines.extract import ExtractionError

    body = _read_input(file)
    family = None
    if site_id:
        try:
            family = get_site(site_id).family
        except UnknownSite as exc:
            raise click.BadParameter(str(exc), param_hint="--site") from None
    else:  # a registered host names its family
        from urllib.parse import urlsplit
        host = urlsplit(url).hostname
        match = next((s for s in load_sites().values() if s.host == host), None)
        if match:
            site_id, family = match.id, match.family
    try:
        analysis = analyse_page(body, url, encoding=encoding, site=site_id, family=family)
    except (ExtractionError, LookupError) as exc:
        click.echo(f"error: cannot extract {file}: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    article = {k: v for k, v in analysis.article.items() if k != "encoding"}
    click.echo(json.dumps(article, ensure_ascii=False, indent=2))


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
def stats(file) -> None:
    """Print the statistics (quantities, money, percents, documents) of plain text as JSON.

    Example:

        echo "hỗ trợ 125 hộ gia đình với 28,5 triệu đồng" | district-archive stats -
    """
    from pipelines.statistics import find_statistics

    raw = _read_input(file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        click.echo(f"error: {file} is not UTF-8 text; convert it first (iconv -t UTF-8)", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(json.dumps([s.to_dict() for s in find_statistics(text)], ensure_ascii=False,
                          indent=2))


@main.command()
@db_option
def reprocess(db_path) -> None:
    """Re-run extraction and statistics over the archived raw pages (offline).

    Example:

        district-archive reprocess --db archive.db
    """
    from pipelines.reprocess import reprocess_archive
    archive = open_archive(db_path)
    summary = reprocess_archive(archive, log=lambda m: click.echo(m, err=True))
    archive.close()
    click.echo(", ".join(f"{v} {k}" for k, v in summary.items()))


@main.command()
@db_option
def check(db_path) -> None:
    """Verify the archive: integrity, foreign keys, every raw body against its sha256.

    Example:

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


# -- reading ----------------------------------------------------------------------------------


@main.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path, port, host) -> None:
    """Serve the archive read-only in Datasette, with datasette_metadata.json.

    Example:

        district-archive serve --db archive.db --port 8001
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist; run `district-archive crawl` first")
    _exec(datasette_command(db_path, port, host))


def _exec(command: list[str]) -> None:
    """Become Datasette (no child left behind when a service manager stops us)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)


def datasette_command(db_path: str, port: int, host: str = "127.0.0.1") -> list[str]:
    """The Datasette command line that serves an archive for researchers, hardened.

    ``--immutable``: opened read-only, nothing can write to it through Datasette. SQL and facets
    have time limits, so no query holds a worker for long. Full-table CSV streams in constant
    memory. Robots get ``Disallow: /`` (datasette-block-robots) and every response carries
    ``X-Robots-Tag: noindex`` (our plugin, which also adds the article page and canned-query
    SQL functions; both are installed plugins, see pyproject.toml).
    """
    return [
        sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
        "--metadata", str(METADATA), "--host", host, "--port", str(port),
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "facet_time_limit_ms", "500",
        "--setting", "max_returned_rows", "1000",
        "--setting", "allow_csv_stream", "on",
        "--setting", "max_csv_mb", "0",
    ]


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


@main.command()
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


@main.command()
@db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="WARC file to write (gzip per record), e.g. archive.warc.gz.")
def warc(db_path, output) -> None:
    """Write every archived response as a WARC file (ISO 28500), readable by warcio.

    Example:

        district-archive warc --db archive.db -o archive.warc.gz
    """
    from pipelines.warc import write_warc

    archive = open_archive(db_path)
    with open(output, "wb") as out:
        count = write_warc(archive, out, filename=Path(output).name)
    click.echo(f"wrote {count} response records to {output}", err=True)


# -- demo -------------------------------------------------------------------------------------


@main.command("sample-server")
@click.option("--port", default=8101, show_default=True, type=int,
              help="First port; each sample portal gets the next one.")
def sample_server(port) -> None:
    """Serve the bundled sample portals on 127.0.0.1 until Ctrl-C.

    Example:

        district-archive sample-server --port 8101
    """
    import time

    from district_archive.portals.sample import sample_site_dirs, serve_site

    servers = [serve_site(d, port + i) for i, d in enumerate(sample_site_dirs())]
    for server in servers:
        click.echo(f"{server.site_id}: {server.base_url}/")
    click.echo("crawl one with: district-archive crawl --site kienthuy --resolve "
               f"kienthuy.haiphong.gov.vn={servers[0].base_url} --resolve "
               f"cdn.haiphong.gov.vn={servers[0].base_url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        for server in servers:
            server.stop()


@main.command("fault-server")
@click.option("--port", default=8201, show_default=True, type=int)
@click.option("--articles", default=50, show_default=True, type=click.IntRange(min=0),
              help="Ordinary articles among the faults.")
@click.option("--each", default=1, show_default=True, type=click.IntRange(min=0),
              help="URLs of every fault.")
@click.option("--seed", default=0, show_default=True, type=int, help="Shuffles the links.")
def fault_server(port: int, articles: int, each: int, seed: int) -> None:
    """Serve a hostile portal on 127.0.0.1: every fault of docs/reliability.md, counted.

    Example:

        district-archive fault-server --port 8201 --articles 50 --each 2
    """
    import time

    from district_archive.portals.faults import FAULTS, FaultPortal

    portal = FaultPortal(articles=articles, each=each, seed=seed).start(port)
    click.echo(f"hostile portal at {portal.base_url}/ ({len(portal.links)} links, "
               f"{len(FAULTS)} faults); crawl it with:")
    click.echo("  district-archive crawl " + " ".join(portal.crawl_args()) + " --db faults.db")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        click.echo(f"injected: {json.dumps(portal.injected, sort_keys=True)}")
        portal.stop()


@main.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int)
def demo(db_path, port) -> None:
    """Crawl every bundled sample portal into a fresh archive, then serve it in Datasette.

    Example:

        district-archive demo
    """
    from crawler.sites import load_sites
    from pipelines.store import Archive

    db = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    sample_ids = tuple(s.id for s in load_sites().values() if s.sample)
    status = run_crawl_command(sample_ids, False, (), str(db), True, {}, None, None, "WARNING")
    if status:
        sys.exit(status)
    archive = Archive(db)
    click.echo("\nArchived:")
    for name, count in archive.counts().items():
        click.echo(f"  {name:<18} {count}")
    click.echo("\nArticles:")
    for row in archive.iter_articles():
        click.echo(f"  [{row['site']}] {row['published'] or '':<16}  {row['title']}")
    archive.close()
    click.echo(f"\nDatasette: http://127.0.0.1:{port}/archive  (Ctrl-C to stop)")
    _exec(datasette_command(str(db), port))


# Commands that live beside their subject; imported last, they need nothing from here.
from district_archive.distributed_cli import cluster  # noqa: E402
main.add_command(cluster)


if __name__ == "__main__":
    main()
