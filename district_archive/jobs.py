"""What a crawl job fetches, decided from what the archive already holds; one run per site.

- full: everything reachable, plus every known live article fetched again (changes, 404s).
- incremental: known articles are not fetched again, except recent ones (younger than
  ``recent_days``), which are re-checked with conditional requests; listings stop paginating at
  the first page of only-known articles (the spider does that part).
- resume: chosen automatically with ``--jobdir`` when the site's last run never finished (killed):
  articles the interrupted run already archived are not fetched again; the rest as in full.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.runner import CrawlJob
from pipelines.reprocess import derive_interrupted_run, derive_left_over
from pipelines.store import Archive, header, parse_headers

# The cluster's Redis and key prefix, as the ``cluster`` commands read them.
REDIS_ENV = "DISTRICT_ARCHIVE_REDIS"
REDIS_PREFIX_ENV = "DISTRICT_ARCHIVE_REDIS_PREFIX"


class SiteLocked(RuntimeError):
    """Another crawl of this site into this archive (or in the crawl cluster) is running."""


@contextmanager
def site_locks(db_path: str, site_ids: list[str]) -> Iterator[None]:
    """Hold an exclusive lock per site for the duration of the crawl (released on any exit,
    kill -9 included, because the kernel drops flock locks with the process). The lock sits
    beside the archive's real file (symlinks and relative paths resolved), so every spelling of
    one archive path takes the same lock."""
    handles = []
    real_db = Path(db_path).resolve()
    try:
        for site_id in site_ids:
            path = Path(f"{real_db}.{site_id}.lock")
            handle = open(path, "a+")  # noqa: SIM115 — held until the crawl ends (finally)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                handle.close()
                raise SiteLocked(f"another crawl of {site_id} into {real_db} is running "
                                 f"(pid {holder}, lock {path}); this run exits") from None
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            handles.append(handle)
        yield
    finally:
        for handle in handles:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()


def crawl_running(db_path: str, site_id: str) -> bool:
    """Whether a crawl of the site into this archive holds its lock now (``site_locks``),
    asked without taking the lock or writing to the lock file."""
    path = Path(f"{Path(db_path).resolve()}.{site_id}.lock")
    try:
        handle = open(path)  # noqa: SIM115 — closed by the `with handle` below
    except FileNotFoundError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def refuse_cluster_jobs(site_ids: list[str]) -> None:
    """Raise ``SiteLocked`` if the crawl cluster has an active job for one of ``site_ids``: a
    local crawl beside it would load the portal twice and store its articles from two runs.

    The cluster is asked only when ``DISTRICT_ARCHIVE_REDIS`` is set (as for every ``cluster``
    command; without it this machine runs no cluster). A Redis that does not answer within two
    seconds is reported on standard error and the crawl goes on: with its Redis down, no
    cluster job can fetch or store anything."""
    url = os.environ.get(REDIS_ENV)
    if not url:
        return
    import redis

    from crawler.distributed.protocol import DEFAULT_PREFIX, Keys

    keys = Keys(os.environ.get(REDIS_PREFIX_ENV) or DEFAULT_PREFIX)
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        active = {site: client.get(keys.site(site)) for site in site_ids}
    except redis.RedisError as exc:
        print(f"warning: cannot ask the crawl cluster at {url} whether it is crawling "
              f"{', '.join(site_ids)} ({exc}); crawling locally", file=sys.stderr)
        return
    finally:
        client.close()
    for site, job in active.items():
        if job is not None:
            name = job.decode() if isinstance(job, bytes) else str(job)
            raise SiteLocked(f"the crawl cluster ({url}) has an active job for {site} "
                             f"({name}); this run exits (see `district-archive cluster "
                             "status`)")


def _validators(stored_headers: str | None) -> dict[str, str]:
    """What a conditional re-check sends back: the archived response's ETag, Last-Modified."""
    headers = parse_headers(stored_headers)
    found = {"etag": header(headers, "etag"), "last_modified": header(headers, "last-modified")}
    return {key: value for key, value in found.items() if value}


def _reset_scrapy_state(jobdir: Path) -> None:
    """After a kill -9, Scrapy's JOBDIR holds fingerprints of requests whose queue entries were
    never saved: trusting it would skip pages nobody fetched. The archive knows what was
    fetched; start Scrapy's state afresh. (A clean stop, Ctrl-C or SIGTERM, saves the queue and
    finishes its run row, so it resumes through Scrapy's own JOBDIR instead.)"""
    for name in ("requests.seen", "spider.state"):
        (jobdir / name).unlink(missing_ok=True)
    shutil.rmtree(jobdir / "requests.queue", ignore_errors=True)


def plan(job: CrawlJob, db_path: str, *, incremental: bool, jobdir: str | None,
         recent_days: int) -> CrawlJob:
    """Fill ``job.mode``, ``revisit`` and ``skip`` from the archive at ``db_path``, and the
    photos and stylesheets it has a copy of and the photos it still needs (``archived_assets``,
    ``retry_images``)."""
    resumable = jobdir is not None
    if not Path(db_path).exists():
        job.mode = "incremental" if incremental else "full"
        return job
    archive = Archive(db_path)
    try:
        last = archive.last_run(job.site.id)
        interrupted = last is not None and last["finished_at"] is None
        archived_in_run: list[str] = []
        if last is not None and not interrupted and archive.pages_to_derive(last["id"],
                                                                            limit=1):
            # A finished run whose derive processes failed left pages archived but not
            # derived (its summary said how many): derive them before crawling again.
            derive_left_over(archive, last["id"])
        if last is not None and interrupted:
            # Pages it archived but had no time to derive from: derive now, offline (so the
            # resumed crawl need not fetch them again), and close it with its true counts.
            derive_interrupted_run(archive, last, registered=job.registered)
            if resumable:
                # Articles and attachments it fetched are done; listings are walked again,
                # they are how the rest is found.
                archived_in_run = archive.articles_done_in_run(last["id"])
        known = archive.known_articles(job.site.id)
        job.archived_assets = archive.archived_asset_urls(job.site.id)
        job.retry_images = archive.images_without_copy(job.site.id)
    finally:
        archive.close()
    live = [k for k in known if k["status"] == "live"]
    if jobdir is not None and interrupted:
        job.mode = "resume"
        _reset_scrapy_state(Path(jobdir))
        done = set(archived_in_run)
        job.skip = sorted(done)
        job.revisit = [{"url": k["url"]} for k in live if k["url"] not in done]
    elif incremental:
        job.mode = "incremental"
        cutoff = (datetime.now(UTC) - timedelta(days=recent_days)).strftime("%Y-%m-%d")
        job.skip = [k["url"] for k in known]
        job.revisit = [{"url": k["url"], **_validators(k["headers"])} for k in live
                       if (k["published"] or k["first_seen"] or "") >= cutoff]
    else:
        job.mode = "full"
        job.revisit = [{"url": k["url"]} for k in live]
    return job
