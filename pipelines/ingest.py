"""The single writer of a distributed crawl: pages from Redis into archive.db.

Crawl workers (``crawler/distributed``) never open the archive; they push each fetched page as
a message onto one Redis list. This loop is the only process that writes archive.db: it moves a
batch of messages (up to ``batch`` of those waiting) to an "ingesting" list (``BLMOVE``), stores
each exactly as a one-machine crawl would (``Archive.store_page``, then the same
``ArticlePipeline`` for extraction, statistics, versions and gone articles) inside one SQLite
transaction, and only after its commit removes them. The page is durable in Redis until it is
durable in SQLite, so the batch costs one fsync instead of several per page. A writer killed
mid-batch finds the batch in the "ingesting" list on restart and stores it again,
idempotently: a page already in ``pages`` for the same run, URL and fetch time is not stored
twice.

Each job (one site's distributed crawl) is one ``crawl_runs`` row, opened at its first message
and finished by the job's end message, which the cluster places after all its pages.

Message format (written by ``crawler.distributed.frontier.page_message``), JSON:
``{"v": 1, "kind": "page", "job", "worker", "page": {FetchedPage fields except body and
page_id, "body_zlib": base64 of the zlib-compressed raw body}}`` or
``{"v": 1, "kind": "end", "job", "reason"}``.
"""
from __future__ import annotations

import base64
import json
import logging
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import redis
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from pipelines.crawl import RUN_OUTCOMES, ArticlePipeline
from pipelines.store import Archive

logger = logging.getLogger(__name__)

DEFAULT_PREFIX = "dna"  # the cluster's key prefix (crawler.distributed.frontier.Keys)


class MessageError(ValueError):
    """A message on the items list that this writer cannot read."""


def decode_message(raw: bytes) -> dict[str, Any]:
    """A message from the items list; a page's body comes back as raw bytes."""
    try:
        message = json.loads(raw)
    except ValueError as exc:
        raise MessageError(f"not JSON: {exc}") from None
    if not isinstance(message, dict) or message.get("v") != 1 or "job" not in message:
        raise MessageError(f"unknown message shape: {str(message)[:200]}")
    if message.get("kind") == "page":
        page = message["page"]
        page["body"] = zlib.decompress(base64.b64decode(page.pop("body_zlib", "") or ""))
    return message


@dataclass
class IngestSummary:
    pages: int = 0  # pages stored
    repeated: int = 0  # messages already stored (a writer restart), not stored again
    jobs_finished: list[str] = field(default_factory=list)
    unreadable: int = 0


class Ingest:
    """Drains the cluster's items list into one archive. One per archive (the design's rule)."""

    def __init__(self, client: redis.Redis, db_path: str | Path, prefix: str = DEFAULT_PREFIX,
                 batch: int = 100):
        self.redis = client
        self.prefix = prefix
        self.batch = batch
        self.items_key = f"{prefix}:items"
        self.ingesting_key = f"{prefix}:items:ingesting"
        self.db_path = str(db_path)
        self.archive = Archive(db_path)
        # ArticlePipeline reads two things from its crawler: the ARCHIVE_DB setting and stats.
        host = SimpleNamespace(settings=Settings({"ARCHIVE_DB": self.db_path}))
        host.stats = MemoryStatsCollector(host)
        self.stats = host.stats
        self.articles = ArticlePipeline(host)
        self.articles.open_spider()
        # One connection for both, so a batch is one transaction.
        self.articles.archive.close()
        self.articles.archive = self.archive
        self.runs: dict[str, int] = {}
        self.outcomes: defaultdict[str, Counter] = defaultdict(Counter)  # job -> not yet in Redis
        self.summary = IngestSummary()

    def close(self) -> None:
        self.archive.close()

    def job_key(self, job: str) -> str:
        return f"{self.prefix}:job:{job}"

    # -- the loop ----------------------------------------------------------------------------

    def run(self, *, burst: bool = False, poll: float = 1.0,
            should_stop: Callable[[], bool] = lambda: False) -> IngestSummary:
        """Store messages until ``should_stop()``; with ``burst``, until no job is active and
        no message is waiting."""
        left = self.redis.lrange(self.ingesting_key, 0, -1)  # a killed writer's last batch
        if left:
            self.store_batch(left)
        while not should_stop():
            raw = self.redis.blmove(self.items_key, self.ingesting_key, poll, "LEFT", "RIGHT")
            if raw is None:
                if burst and not self.redis.scard(f"{self.prefix}:jobs") \
                        and not self.redis.llen(self.items_key):
                    break
                continue
            batch = [raw]
            while len(batch) < self.batch and (
                    raw := self.redis.lmove(self.items_key, self.ingesting_key, "LEFT", "RIGHT")):
                batch.append(raw)
            self.store_batch(batch)
        return self.summary

    def store_batch(self, raws: list[bytes]) -> None:
        """Store messages in one transaction, then drop them from the "ingesting" list."""
        messages = []
        for raw in raws:
            try:
                messages.append(decode_message(raw))
            except MessageError as exc:
                self.summary.unreadable += 1
                logger.error("unreadable message dropped: %s", exc)
        for message in messages:  # runs are opened (and committed) before the batch
            self.run_id(message["job"])
        with self.archive.db.atomic():
            for message in messages:
                if message.get("kind") == "page":
                    self.store_page(message["job"], message["page"])
                elif message.get("kind") == "end":
                    self.finish_job(message["job"], message.get("reason") or "finished")
        pipe = self.redis.pipeline()
        for job, counts in self.outcomes.items():
            for column, n in counts.items():
                pipe.hincrby(self.job_key(job), column, n)
        pipe.ltrim(self.ingesting_key, len(raws), -1)
        pipe.execute()
        self.outcomes.clear()

    # -- one message ---------------------------------------------------------------------------

    def run_id(self, job: str) -> int:
        """The job's ``crawl_runs`` row, opened on its first page."""
        if job in self.runs:
            return self.runs[job]
        fields = ("run_id", "site", "site_row", "mode")
        info = dict(zip(fields, (v and v.decode()
                                 for v in self.redis.hmget(self.job_key(job), fields))))
        if info["run_id"]:
            run_id = int(info["run_id"])
        else:
            # A job's id is SITE-STAMP-RANDOM; its hash outlives the job by a week.
            site = info["site"] or job.rsplit("-", 2)[0]
            self.archive.upsert_site(json.loads(info["site_row"]) if info["site_row"]
                                     else {"id": site})
            run_id = self.archive.start_run(site, info["mode"] or "full")
            self.redis.hset(self.job_key(job), "run_id", run_id)
        self.runs[job] = run_id
        return run_id

    def store_page(self, job: str, page: dict[str, Any]) -> None:
        """Archive one fetch, then derive its article, as ``ArchivePipeline`` and
        ``ArticlePipeline`` do in a one-machine crawl."""
        run_id = self.run_id(job)
        found = next(self.archive.db.query(
            "select id, extract_status from pages where run_id = ? and url = ? and fetched_at = ?",
            [run_id, page["url"], page.get("fetched_at")]), None)
        if found is not None:
            self.summary.repeated += 1
            if found["extract_status"] is not None:
                return
            page_id = found["id"]
        else:
            page_id = self.archive.store_page(run_id, page)
            self.summary.pages += 1
        before = {key: self.stats.get_value(key, 0) for key in RUN_OUTCOMES}
        self.articles.derive({**page, "page_id": page_id})
        for key, column in RUN_OUTCOMES.items():
            self.outcomes[job][column] += self.stats.get_value(key, 0) - before[key]

    def finish_job(self, job: str, reason: str) -> None:
        """Close the job's run with its counts (pages from the archive, outcomes from Redis)."""
        run_id = self.run_id(job)
        pages, failed = next(self.archive.db.execute(
            "select count(*), count(*) - count(status) from pages where run_id = ?", [run_id]))
        counted = self.redis.hmget(self.job_key(job), list(RUN_OUTCOMES.values()))
        info = {column: v.decode() for column, v in zip(RUN_OUTCOMES.values(), counted) if v}
        answered = pages - failed
        self.archive.finish_run(
            run_id, finish_reason=reason, pages_fetched=pages, pages_failed=failed,
            **{column: int(info.get(column, 0)) + self.outcomes[job][column]
               for column in RUN_OUTCOMES.values()},
            exit_status=0 if answered else 3,  # 3: the portal never answered (as `crawl`)
        )
        self.redis.hset(self.job_key(job), "state", "archived")
        self.summary.jobs_finished.append(job)
        logger.info("%s: run %d finished (%s): %d pages, %d failed", job, run_id, reason,
                    pages, failed)


def ingest(client: redis.Redis, db_path: str | Path, *, prefix: str = DEFAULT_PREFIX,
           burst: bool = False, poll: float = 1.0, batch: int = 100,
           should_stop: Callable[[], bool] = lambda: False) -> IngestSummary:
    """Run the single writer over ``db_path`` until stopped (or, with ``burst``, idle)."""
    writer = Ingest(client, db_path, prefix, batch)
    started = time.monotonic()
    try:
        summary = writer.run(burst=burst, poll=poll, should_stop=should_stop)
    finally:
        writer.close()
    logger.info("ingest: %d pages in %.1f s", summary.pages, time.monotonic() - started)
    return summary
