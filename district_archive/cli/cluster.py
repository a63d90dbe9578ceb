"""``district-archive cluster``: crawl on several machines through Redis, one writer.

Thin commands over ``crawler.distributed`` (submit, worker) and ``pipelines.ingest`` (the
writer). ``submit`` takes the local ``crawl``'s options and plans jobs as it does.
"""
from __future__ import annotations

import json
import logging
import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING

import click

from district_archive.cli.options import (
    EXIT_LOCKED,
    check_resolve,
    crawl_options,
    db_option,
    log_file_option,
    log_level_option,
    parse_resolve,
    plan_jobs,
    refresh_served_snapshot,
    refuse_fictional_hosts,
    select_sites,
)

if TYPE_CHECKING:
    from crawler.distributed.frontier import Frontier

redis_option = click.option(
    "--redis", "redis_url", envvar="DISTRICT_ARCHIVE_REDIS", default="redis://127.0.0.1:6379/0",
    show_default=True, help="The cluster's Redis (env DISTRICT_ARCHIVE_REDIS).")
prefix_option = click.option(
    "--prefix", default="dna", show_default=True, envvar="DISTRICT_ARCHIVE_REDIS_PREFIX",
    help="Key prefix in Redis: several clusters can share one server.")


def _frontier(redis_url: str, prefix: str, worker: str | None = None) -> Frontier:
    import redis

    from crawler.distributed.frontier import Frontier, connect, wait_until_reachable

    client = connect(redis_url)
    try:
        wait_until_reachable(client, timeout=10)
    except redis.RedisError as exc:
        raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}") from None
    return Frontier(client, worker, prefix)


@click.group()
def cluster() -> None:
    """Crawl on several machines: workers share a Redis frontier, one writer owns archive.db.

    Example:

    \b
        district-archive cluster submit --all --db archive.db   # where archive.db is
        district-archive cluster ingest --db archive.db         # the one writer, there too
        district-archive cluster worker --max-sites 32          # on every crawl machine
        district-archive cluster status
    """


@cluster.command()
@crawl_options
@click.option("--site-workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Workers that may crawl one site at once; above 1 only for 127.0.0.1.")
@redis_option
@prefix_option
def submit(site_ids: tuple[str, ...], crawl_all: bool, start_urls: tuple[str, ...],
           site_id: str | None, db_path: str, incremental: bool, recent_days: int,
           resolve: tuple[str, ...], site_workers: int,
           redis_url: str, prefix: str) -> None:
    """Queue crawl jobs for the workers, planned from the archive (run where archive.db is).

    Example:

    \b
        district-archive cluster submit --site kienthuy --site vinhbao --incremental

    Exit codes: 0 queued, 2 usage error, 4 a site already has an active job or local crawl.
    """
    from crawler.distributed.frontier import JobActive
    from crawler.distributed.worker import submit as submit_jobs
    from district_archive.jobs import SiteLocked, site_locks

    sites, registered = select_sites(site_ids, crawl_all, start_urls, site_id=site_id)
    resolved = parse_resolve(resolve)
    refuse_fictional_hosts(sites, resolved)
    check_resolve(resolved, sites)  # a usage error before Redis is asked anything
    frontier = _frontier(redis_url, prefix)
    try:
        with site_locks(db_path, [s.id for s in sites]):  # no local crawl of them is running
            jobs = plan_jobs(sites, registered, resolved, db_path, incremental=incremental,
                             recent_days=recent_days)
        ids = submit_jobs(frontier, jobs, site_workers)
    except (SiteLocked, JobActive) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--site-workers") from None
    for job, job_id in zip(jobs, ids, strict=True):
        click.echo(f"{job_id}: {job.mode}, {len(job.revisit)} known articles to re-check")


@cluster.command()
@redis_option
@prefix_option
@click.option("--max-sites", default=8, show_default=True, type=click.IntRange(min=1),
              help="Sites this worker crawls at once (each at the site's own polite pace).")
@click.option("--burst", is_flag=True, help="Exit once the cluster has no job left.")
@click.option("--worker-id", default=None, help="Name in the cluster (default HOST-PID).")
@click.option("--dead-after", default=30.0, show_default=True, type=click.FloatRange(min=1),
              help="Seconds without a heartbeat before a worker is presumed dead and its "
                   "unfinished requests go back to the frontier.")
@log_level_option
@log_file_option
def worker(redis_url: str, prefix: str, max_sites: int, burst: bool, worker_id: str | None,
           dead_after: float, log_level: str, log_file: str | None) -> None:
    """Crawl sites of the cluster's jobs, one polite crawl per site held, until stopped.

    Example:

    \b
        district-archive cluster worker --redis redis://10.0.0.5:6379/0 --max-sites 32

    Stop it with Ctrl-C or SIGTERM: unfinished requests go back to the frontier. A worker
    killed outright loses nothing either: after --dead-after seconds others take its work.
    """
    from crawler.distributed.worker import WorkerOptions, default_worker_id, run_worker

    _frontier(redis_url, prefix)  # fail early with a clear message
    report = run_worker(WorkerOptions(
        redis_url=redis_url, prefix=prefix, worker_id=worker_id or default_worker_id(),
        max_sites=max_sites, burst=burst, dead_after=dead_after, log_level=log_level,
        log_file=log_file))
    click.echo(f"worker {report.worker}: {len(report.crawls)} site crawls, "
               f"{report.pages_delivered} pages delivered, "
               f"{report.requests_returned} unfinished requests returned")


@cluster.command()
@redis_option
@prefix_option
@db_option
@click.option("--burst", is_flag=True,
              help="Exit once no job is active and no page is waiting.")
@log_level_option
def ingest(redis_url: str, prefix: str, db_path: str, burst: bool, log_level: str) -> None:
    """The single writer: store the pages workers deliver into archive.db, until stopped.

    Example:

    \b
        district-archive cluster ingest --db archive.db

    Run exactly one per archive. Killed mid-page, it stores that page on restart, once.
    """
    from pipelines.ingest import ingest as run_ingest
    from pipelines.store import ArchiveError

    logging.basicConfig(level=log_level, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    frontier = _frontier(redis_url, prefix)
    stop = {"asked": False}

    def ask_stop(signum: int, _frame: FrameType | None) -> None:
        stop["asked"] = True

    signal.signal(signal.SIGTERM, ask_stop)
    signal.signal(signal.SIGINT, ask_stop)
    try:
        summary = run_ingest(frontier.redis, db_path, prefix=prefix, burst=burst,
                             should_stop=lambda: stop["asked"],
                             run_closed=lambda: refresh_served_snapshot(db_path))
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"ingest: {summary.pages} pages stored, {summary.repeated} repeated, "
               f"{len(summary.jobs_finished)} jobs finished, {summary.dead} set aside as "
               "unreadable (see the dead-letter list)")


@cluster.command()
@redis_option
@prefix_option
@click.option("--json", "as_json", is_flag=True, help="Print the snapshot as JSON.")
def status(redis_url: str, prefix: str, as_json: bool) -> None:
    """Show active jobs (queued, in flight, delivered), live workers and the writer's backlog.

    Example:

    \b
        district-archive cluster status --redis redis://10.0.0.5:6379/0
    """
    snapshot = _frontier(redis_url, prefix).snapshot()
    if as_json:
        click.echo(json.dumps(snapshot, indent=2))
        return
    for job in snapshot["jobs"]:
        click.echo(f"{job['job']:<36} {job['state']:<9} queued {job['queued']:>6}  "
                   f"in flight {job['in_flight']:>3}  seen {job['seen']:>6}  "
                   f"delivered {job['delivered']:>6}  held by {', '.join(job['holders']) or '-'}")
    if not snapshot["jobs"]:
        click.echo("no active jobs")
    for w in snapshot["workers"]:
        click.echo(f"worker {w['worker']}: last heartbeat {w['last_seen_s']} s ago")
    click.echo(f"pages waiting for the writer: {snapshot['items_waiting']}; "
               f"Redis memory {snapshot['used_memory_human']}")
