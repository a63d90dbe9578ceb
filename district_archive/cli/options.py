"""What several commands share: exit codes, options, their parsing, opening the archive.

One set of crawl options (``crawl_options``: which sites, which archive, full or incremental,
where to fetch hosts from) serves the local ``crawl`` and ``cluster submit``; ``select_sites``
and ``plan_jobs`` turn them into planned crawl jobs the same way for both.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from crawler.sites import normal_host, twin_host

if TYPE_CHECKING:
    from crawler.runner import CrawlJob
    from crawler.sites import Site
    from pipelines.store import Archive

# Exit codes beyond click's 2 (usage error).
EXIT_FAILED = 1  # the command ran and failed (bad input, extraction error)
EXIT_UNREACHABLE = 3  # a crawl got no response at all from the portal
EXIT_LOCKED = 4  # another crawl of the same site into the same archive is running
EXIT_LOST = 5  # a crawl fetched pages it could not store (disk full, archive locked too long)
EXIT_SITES_FAILING = 6  # `status --check`: a site's last run failed, lost pages or was cut off
EXIT_SITES_INCOMPLETE = 7  # `status --check`: a site's last run ended but left pages unfetched

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option("--db", "db_path", default="archive.db", show_default=True,
                         type=click.Path(dir_okay=False), help="Archive database file.")
log_level_option = click.option("--log-level", default="INFO", show_default=True,
                                type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))


def _log_file_folder(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Create the log file's folder: an unattended run (deploy/crontab's ``logs/...``) on a
    fresh checkout must log, not end in a traceback before it starts."""
    if value:
        try:
            Path(value).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise click.BadParameter(
                f"cannot create the folder of {value}: {exc.strerror}") from exc
    return value


log_file_option = click.option("--log-file", type=click.Path(dir_okay=False), default=None,
                               callback=_log_file_folder,
                               help="Write the log to this file instead of standard error "
                                    "(its folder is created if missing).")

_CRAWL_OPTIONS = [
    click.option("--site", "site_ids", multiple=True, metavar="ID",
                 help="Registered site to crawl (see `district-archive sites`); repeatable."),
    click.option("--all", "crawl_all", is_flag=True,
                 help="Every registered site, each with its own politeness."),
    click.option("--start-url", "start_urls", multiple=True, metavar="URL",
                 help="Crawl an unregistered portal from this URL; stays on its host and port."),
    click.option("--site-id", "site_id", default=None, metavar="ID",
                 help="With --start-url: the portal's id in the archive (default: made from "
                      "its host). Give each site its own when several share a host, e.g. "
                      "communes under paths of a province's platform."),
    db_option,
    click.option("--incremental", is_flag=True,
                 help="Fetch only what is new: stop listings at known articles, re-check "
                      "recent ones."),
    click.option("--recent-days", default=30, show_default=True, type=click.IntRange(min=0),
                 help="With --incremental, re-check articles younger than this "
                      "(conditional GET)."),
    click.option("--resolve", "resolve", multiple=True, metavar="HOST=URL",
                 help="Fetch HOST from URL instead (like curl --resolve); archived URLs keep "
                      "HOST."),
]


def crawl_options(command: F) -> F:
    """The crawl options, in this order, as parameters site_ids, crawl_all, start_urls,
    site_id, db_path, incremental, recent_days, resolve."""
    for option in reversed(_CRAWL_OPTIONS):  # click lists options last-applied first
        command = option(command)
    return command


def parse_resolve(values: tuple[str, ...]) -> dict[str, str]:
    """``--resolve HOST=URL`` values as host -> base URL."""
    resolve = {}
    for value in values:
        host, sep, base = value.partition("=")
        if not sep or not base.startswith(("http://", "https://")):
            raise click.BadParameter(f"{value!r}: expected HOST=http://127.0.0.1:PORT",
                                     param_hint="--resolve")
        resolve[normal_host(host.strip())] = base.strip()
    return resolve


def check_resolve(resolve: dict[str, str], sites: list[Site]) -> None:
    """Every ``--resolve`` host must be one the crawl fetches from: a key that matches no
    site's host would be ignored, and the crawl would look the real host up in DNS instead of
    going where it was told (a usage error, exit 2)."""
    hosts = {host for site in sites for host in (*site.hosts, twin_host(site.host)) if host}
    unknown = sorted(set(resolve) - hosts)
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} is not a host of the site(s) crawled "
            f"({', '.join(sorted(hosts))}): it would be ignored", param_hint="--resolve")


def select_sites(site_ids: tuple[str, ...], crawl_all: bool, start_urls: tuple[str, ...],
                 sample: bool = False, site_id: str | None = None) -> tuple[list[Site], bool]:
    """The sites the options name, and whether they are registered. ``--all`` is every real
    portal, or with ``sample`` every site with a bundled sample. ``site_id`` names the
    ``--start-url`` portal (``--site-id``)."""
    from crawler.sites import SITE_ID, Site, UnknownSite, get_site, load_sites

    if sum(bool(x) for x in (site_ids, crawl_all, start_urls)) != 1:
        raise click.UsageError("give one of --site ID (repeatable), --all, or --start-url URL")
    if site_id is not None and not start_urls:
        raise click.UsageError("--site-id names a portal crawled by --start-url; a registered "
                               "site keeps its registry id (see `district-archive sites`)")
    try:
        if start_urls:
            if site_id is not None and not SITE_ID.fullmatch(site_id):
                raise click.BadParameter(
                    f"{site_id!r}: lower-case letters, digits and hyphens, starting with a "
                    "letter or digit (e.g. xa-mai-khe)", param_hint="--site-id")
            site = Site.for_start_urls(list(start_urls), site_id)
            registered = [s for s in load_sites().values()
                          if s.netloc == site.netloc or s.id == site.id]
            if registered:  # one portal, one site id: one lock, one set of articles
                named = registered[0].netloc != site.netloc
                raise click.BadParameter(
                    f"{site.id!r} is the id of the registered site {registered[0].base_url}: "
                    "give this portal another --site-id" if named else
                    f"{site.base_url} is the registered site {registered[0].id!r}: crawl it "
                    f"with --site {registered[0].id}",
                    param_hint="--site-id" if named else "--start-url")
            return [site], False
        if crawl_all:
            every = load_sites().values()
            return ([s for s in every if s.sample] if sample
                    else [s for s in every if not s.simulated_only]), True
        return [get_site(s) for s in site_ids], True
    except UnknownSite as exc:
        raise click.BadParameter(str(exc), param_hint="--site") from None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--start-url") from None


def refuse_fictional_hosts(sites: list[Site], resolve: dict[str, str]) -> None:
    """A simulated site (no real portal: its host is invented) can only be fetched from its
    sample, or from where ``--resolve`` points its host; anything else would retry a host that
    does not exist for a minute and then fail. Refused at once (usage error, exit 2)."""
    for site in sites:
        if site.simulated_only and site.host not in resolve:
            raise click.UsageError(
                f"site {site.id!r} is simulated: {site.host} does not exist, only its bundled "
                f"sample does; crawl it with --sample (or --resolve {site.host}=URL)")


def plan_jobs(sites: list[Site], registered: bool, resolve: dict[str, str], db_path: str, *,
              incremental: bool, recent_days: int, jobdir: str | None = None) -> list[CrawlJob]:
    """A crawl job per site, planned from what the archive at ``db_path`` holds (hold the
    sites' locks meanwhile)."""
    from crawler.runner import CrawlJob
    from district_archive.jobs import plan
    from pipelines.store import ArchiveError

    check_resolve(resolve, sites)
    try:
        return [plan(CrawlJob(site, registered, resolve), db_path, incremental=incremental,
                     jobdir=jobdir, recent_days=recent_days) for site in sites]
    except ArchiveError as exc:  # not an archive, or unreadable: say so, touch nothing
        raise click.ClickException(str(exc)) from None


def dropped_text(counts: dict[str, int]) -> str:
    """What a run's limits dropped, for people: 'dropped 265 requests (depth 260, offsite 5)',
    or 'no request dropped' (``crawl``'s summary line, ``status``)."""
    if not counts:
        return "no request dropped"
    detail = ", ".join(f"{reason} {n}" for reason, n in counts.items())
    return f"dropped {sum(counts.values())} requests ({detail})"


# What the user can change about a drop reason that left pages unfetched.
LIMIT_OPTIONS = {"depth": "--max-depth", "max_pages": "--max-pages",
                 "max_minutes": "--max-minutes", "shutdown": "a stop signal",
                 "pagination": "PAGINATION_LIMIT", "maxsize": "DOWNLOAD_MAXSIZE"}


def limits_text(counts: dict[str, int]) -> list[str]:
    """The drops that left pages unfetched (not ``HARMLESS_DROPS``), for people: '260 by
    --max-depth', 'script_pager 3' reads '3 by script_pager' (``crawl``'s warning, ``status``)."""
    from pipelines.store import HARMLESS_DROPS

    return [f"{n} by {LIMIT_OPTIONS.get(reason, reason)}"
            for reason, n in counts.items() if n and reason not in HARMLESS_DROPS]


def open_archive(db_path: str, *, read_only: bool = False) -> Archive:
    """An existing archive, or a message that says what to do (exit 1). ``read_only``: for the
    verbs that only read (``status``, ``check``, ``export``, ``warc``, ``serve``): nothing in
    the file is changed, not even its journal mode."""
    from pipelines.store import Archive, ArchiveError

    try:
        return Archive(db_path, create=False, read_only=read_only)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


def refresh_served_snapshot(db_path: str) -> None:
    """A served archive's snapshot gets what a crawl run or reprocess wrote, now it has ended
    (whole, in one swap: serving.snapshot); a failure to copy is told, never a failed verb."""
    from district_archive.serving.snapshot import refresh_if_served

    try:
        served = refresh_if_served(db_path)
    except (OSError, sqlite3.Error) as exc:
        click.echo(f"warning: the served snapshot of {db_path} was not refreshed: {exc}",
                   err=True)
        return
    if served:
        click.echo(f"served snapshot refreshed: {served}")
