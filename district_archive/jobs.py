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
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crawler.runner import CrawlJob
from pipelines.store import Archive


class SiteLocked(RuntimeError):
    """Another crawl of this site into this archive is running."""


@contextmanager
def site_locks(db_path: str, site_ids: list[str]) -> Iterator[None]:
    """Hold an exclusive lock per site for the duration of the crawl (released on any exit,
    kill -9 included, because the kernel drops flock locks with the process)."""
    handles = []
    try:
        for site_id in site_ids:
            path = Path(f"{db_path}.{site_id}.lock")
            handle = open(path, "a+")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                handle.close()
                raise SiteLocked(f"another crawl of {site_id} into {db_path} is running "
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


def _validators(headers_json: str | None) -> dict[str, str]:
    headers = {k.lower(): v for k, v in json.loads(headers_json or "{}").items()}
    out = {}
    if headers.get("etag"):
        out["etag"] = headers["etag"][0]
    if headers.get("last-modified"):
        out["last_modified"] = headers["last-modified"][0]
    return out


def plan(job: CrawlJob, db_path: str, *, incremental: bool, resumable: bool,
         recent_days: int) -> CrawlJob:
    """Fill ``job.mode``, ``revisit`` and ``skip`` from the archive at ``db_path``."""
    if not Path(db_path).exists():
        job.mode = "incremental" if incremental else "full"
        return job
    archive = Archive(db_path)
    try:
        known = archive.known_articles(job.site.id)
        last = next(archive.db.query(
            "select id, started_at, finished_at from crawl_runs where site = ? "
            "order by id desc limit 1", [job.site.id]), None)
        if last and last["finished_at"] is None:
            archive.finish_run(last["id"], finish_reason="interrupted")
    finally:
        archive.close()
    live = [k for k in known if k["status"] == "live"]
    if resumable and last and last["finished_at"] is None:
        job.mode = "resume"
        done = {k["url"] for k in known if (k["last_seen"] or "") >= last["started_at"]}
        job.skip = sorted(done)
        job.revisit = [{"url": k["url"]} for k in live if k["url"] not in done]
    elif incremental:
        job.mode = "incremental"
        cutoff = (datetime.now(timezone.utc) - timedelta(days=recent_days)).strftime("%Y-%m-%d")
        job.skip = [k["url"] for k in known]
        job.revisit = [{"url": k["url"], **_validators(k["headers"])} for k in live
                       if (k["published"] or k["first_seen"] or "") >= cutoff]
    else:
        job.mode = "full"
        job.revisit = [{"url": k["url"]} for k in live]
    return job
