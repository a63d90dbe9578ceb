"""Crawling on this machine: ``crawl`` and the registry it draws on, ``sites``."""
from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from district_archive import SAMPLE_PORTALS
from district_archive.cli.options import (
    EXIT_LOCKED,
    EXIT_LOST,
    EXIT_UNREACHABLE,
    crawl_options,
    dropped_text,
    limits_text,
    log_file_option,
    log_level_option,
    parse_resolve,
    plan_jobs,
    refresh_served_snapshot,
    refuse_fictional_hosts,
    select_sites,
)

if TYPE_CHECKING:
    from crawler.sites import Site


@contextlib.contextmanager
def _sample_servers(sites: list[Site]) -> Iterator[dict[str, str]]:
    """Serve the bundled sample of each site; yields host -> local base URL."""
    from district_archive.portals.sample import SampleServer, serve_site

    servers: list[SampleServer] = []
    resolve: dict[str, str] = {}
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


def summary_only_articles(db_path: str, site: str) -> int:
    """How many of the site's archived stories hold only their structured data's description
    (``pipelines.extract.structured``): stored, but not whole, which the run must say."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            row = conn.execute("select count(*) from articles where site = ? and extractor "
                               "like '%+jsonld:description'", [site]).fetchone()
    except sqlite3.Error:  # no archive yet, or an older one without the column
        return 0
    return int(row[0])


def run_crawl_command(site_ids: tuple[str, ...], crawl_all: bool, start_urls: tuple[str, ...],
                      db_path: str, sample: bool, resolve: dict[str, str],
                      max_pages: int | None, jobdir: str | None, log_level: str,
                      incremental: bool = False, recent_days: int = 30,
                      max_minutes: float | None = None, log_file: str | None = None,
                      max_depth: int | None = None, images: bool = True,
                      site_id: str | None = None) -> int:
    from pipelines.lean import for_crawl
    for_crawl()  # the crawl process: before sqlite-utils and Scrapy are imported (pipelines.lean)
    from crawler.runner import derive_processes, job_settings, run_crawls
    from district_archive.jobs import SiteLocked, refuse_cluster_jobs, site_locks
    from pipelines.derive_process import end_waiting, start_waiting

    sites, registered = select_sites(site_ids, crawl_all, start_urls, sample=sample,
                                     site_id=site_id)
    if not sample:
        refuse_fictional_hosts(sites, resolve)
    if jobdir and len(sites) > 1:
        raise click.UsageError("--jobdir holds one crawl's state: crawl one site with it")

    serving: contextlib.AbstractContextManager[dict[str, str]] = (
        _sample_servers(sites) if sample else contextlib.nullcontext({}))
    try:
        with site_locks(db_path, [s.id for s in sites]), serving as served:
            refuse_cluster_jobs([s.id for s in sites])  # under the locks: no submit meanwhile
            jobs = plan_jobs(sites, registered, {**served, **resolve}, db_path,
                             incremental=incremental, recent_days=recent_days, jobdir=jobdir)
            options: dict[str, Any] = {"db": db_path, "max_pages": max_pages, "jobdir": jobdir,
                       "max_minutes": max_minutes, "max_depth": max_depth,
                       "log_level": log_level, "log_file": log_file, "images": images}
            # the derive processes load while Scrapy starts (pipelines.derive_process)
            start_waiting(sum(derive_processes(job_settings(job, **options)) for job in jobs))
            try:
                results = run_crawls(jobs, **options)
            finally:
                end_waiting()  # those no crawl took (one that never opened its run)
    except SiteLocked as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_LOCKED
    status = 0
    for job, result in zip(jobs, results, strict=True):
        click.echo(
            f"{result.site} ({job.mode}): {result.pages_stored} pages archived "
            f"({result.fetch_failed} failed), articles {result.articles_new} new, "
            f"{result.articles_changed} changed, {result.articles_unchanged} unchanged, "
            f"{result.articles_gone} gone, {result.extract_failed} extraction errors; "
            f"run {result.run_id}, {result.finish_reason}; {dropped_text(result.dropped)}"
            + (f"; {result.pending_saved} requests kept in --jobdir for the next run"
               if result.pending_saved else "")
        )
        cut = limits_text(result.dropped)
        if cut:
            click.echo(f"warning: {result.site}: crawl incomplete, requests dropped "
                       f"{', '.join(cut)}", err=True)
        if steps := result.dropped.get("calendar"):
            click.echo(f"warning: {result.site}: {steps} links further along a calendar (the "
                       "previous or next day, week or month of a schedule or date archive) not "
                       "followed past CALENDAR_LIMIT steps: a calendar has no end; a story that "
                       "only its far dates list is not archived (the site's sections, sitemap or "
                       "feeds should list it); the log names each calendar", err=True)
        if shells := result.dropped.get("script_rendered"):
            pages = "page is an app shell" if shells == 1 else "pages are app shells"
            click.echo(f"warning: {result.site}: {shells} fetched {pages} a script renders (no "
                       "text, no link: the portal is a JavaScript app), archived as fetched; what "
                       "the app shows is not archived, because this archive runs no JavaScript. "
                       "Look for the portal's API, a sitemap or feeds that list its pages (crawl "
                       "them with --start-url), or archive it with a browser-based tool",
                       err=True)
        summaries = summary_only_articles(db_path, result.site)
        if summaries:
            click.echo(f"warning: {result.site}: {summaries} archived stories hold only the "
                       "summary their page's structured data gives (the page's script loads the "
                       "text): articles where extractor like '%+jsonld:description'", err=True)
        if result.underived:
            click.echo(f"warning: {result.site}: {result.underived} archived pages are not derived "
                       "yet (a derive process failed, see the log); the next crawl of the site "
                       "derives them first, or run `district-archive reprocess`", err=True)
        if result.pages_lost or result.close_failed:
            lost = (f"{result.pages_lost} fetched pages could not be stored"
                    if result.pages_lost else "the run could not be recorded")
            click.echo(f"error: {result.site}: {lost} ({result.close_failed or 'see the log'});"
                       " free disk space or stop the other writer, then crawl again", err=True)
            status = EXIT_LOST
            continue
        if result.responses == 0:
            job = next(j for j in jobs if j.site.id == result.site)
            click.echo(f"error: no response from {', '.join(job.site.start_urls)}: check the "
                       "URL and your network (see the log above for the failure)", err=True)
            status = EXIT_UNREACHABLE
    _record_exit_status(db_path, [r.run_id for r in results], status)
    refresh_served_snapshot(db_path)
    return status





def _record_exit_status(db_path: str, run_ids: list[int | None], status: int) -> None:
    from pipelines.store import Archive

    try:
        archive = Archive(db_path)
        try:
            for run_id in filter(None, run_ids):
                archive.finish_run(run_id, exit_status=status)
        finally:
            archive.close()
    except Exception as exc:  # noqa: BLE001 — the archive is full or locked: the exit status says it
        click.echo(f"warning: exit status not recorded in {db_path}: {exc}", err=True)


@click.command()
@crawl_options
@click.option("--sample", is_flag=True,
              help="Crawl the site's bundled sample portal, served on 127.0.0.1, instead of the "
                   "real one.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Stop after this many responses.")
@click.option("--max-minutes", type=click.FloatRange(min=0.1), default=None,
              help="Stop after this many minutes.")
@click.option("--max-depth", type=click.IntRange(min=0), default=None,
              help="Follow links at most this deep, pagination not counted (0: no limit). "
                   "Default: 50 for --start-url portals, none for registered sites.")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR: an interrupted crawl resumes from here.")
@click.option("--no-images", "images", flag_value=False, default=True,
              help="Do not fetch articles' photos nor their pages' stylesheets (by default they "
                   "are archived like every response; a later crawl without this fetches the "
                   "photos missing).")
@log_level_option
@log_file_option
def crawl(site_ids: tuple[str, ...], crawl_all: bool, start_urls: tuple[str, ...],
          site_id: str | None, db_path: str, incremental: bool, recent_days: int,
          resolve: tuple[str, ...], sample: bool,
          max_pages: int | None, max_minutes: float | None, max_depth: int | None,
          jobdir: str | None, images: bool, log_level: str, log_file: str | None) -> None:
    """Crawl portals into the archive: every response stored, articles extracted.

    Example:

    \b
        district-archive crawl --site kienthuy --sample
        district-archive crawl --start-url https://vinhbao.haiphong.gov.vn/ --max-pages 200
        district-archive crawl --all --incremental --log-file crawl.log

    Exit codes: 0 done, 2 usage error, 3 the portal never answered, 4 another crawl of the
    site is running, 5 pages were fetched but could not be stored (disk full, archive locked).
    """
    status = run_crawl_command(site_ids, crawl_all, start_urls, db_path, sample,
                               parse_resolve(resolve), max_pages, jobdir, log_level,
                               incremental=incremental, recent_days=recent_days,
                               max_minutes=max_minutes, log_file=log_file,
                               max_depth=max_depth, images=images, site_id=site_id)
    # The crawl is over, its archive written and closed: the process only exits now. Its
    # objects go with it instead of being walked by the interpreter's last garbage collection
    # (every object Scrapy made: 0.25-0.4 s of a 1,000-page crawl's end, docs/benchmarks.md).
    gc.freeze()
    sys.exit(status)


@click.command()
@click.option("--province", "province", default=None, metavar="NAME",
              help="Only the sites of this province, before or after the reform, typed with or "
                   "without diacritics (\"Hải Phòng\", \"hai duong\").")
def sites(province: str | None) -> None:
    """List the site registry: id, template family, base URL, bundled sample, name; under
    each, its administrative unit before 1 July 2025 (commune or district, province, GSO
    codes) and after it (the new province and the communes that took over its territory).

    Example:

    \b
        district-archive sites
        district-archive sites --province "Hải Phòng"    # Hải Phòng's, and Hải Dương's now
    """
    from crawler.sites import load_sites
    from pipelines.places.sites import describe, in_province, site_units

    rows = [(site, site_units({"name": site.name, "province": site.province,
                               "base_url": site.base_url}))
            for site in load_sites().values()]
    if province is not None:
        rows = [(site, units) for site, units in rows if in_province(units, province)]
        if not rows:
            raise click.UsageError(f"no site of province {province!r} in the registry")
    width = max(len(site.id) for site, _ in rows)
    for site, units in rows:
        sample = "sample" if site.sample else ""
        click.echo(f"{site.id:<{width}}  {site.family:<16}  {site.base_url:<40}  {sample:<6}  "
                   f"{site.name}")
        before, after = describe(units)
        click.echo(f"{'':<{width}}  before 1 July 2025: {before}")
        click.echo(f"{'':<{width}}  since 1 July 2025:  {after}")


COMMANDS = [crawl, sites]
