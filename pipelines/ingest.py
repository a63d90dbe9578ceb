"""The single writer of a distributed crawl: pages from Redis into archive.db.

Crawl workers (``crawler/distributed``) never open the archive; they push each fetched page as
a message onto one Redis list. This loop is the only process that writes archive.db: it moves a
batch of messages (up to ``batch`` of those waiting) to an "ingesting" list (``BLMOVE``),
stores each exactly as a one-machine crawl does (``Archive.store_page``, then
``pipelines.derive``: the same derive path, the same run closing) inside one SQLite
transaction, and only after its commit removes them. The page is durable in Redis until it is
durable in SQLite, so the batch costs one commit instead of several per page. A writer killed
mid-batch finds the batch in the "ingesting" list on restart and stores it again,
idempotently: a page already in ``pages`` for the same run, URL and fetch time is not stored
twice. A message the writer cannot read or store is moved to the dead-letter list with its
reason (``Keys.dead``) and the writer goes on.

Each job (one site's distributed crawl) is one ``crawl_runs`` row, opened at its first message
and closed by the job's end message, which the cluster places after all its pages. The message
format and the key names are ``crawler.distributed.protocol``'s.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import redis

from crawler.distributed.protocol import (
    DEFAULT_PREFIX,
    Keys,
    MessageError,
    decode_message,
    reply_text,
)
from pipelines.derive import (
    GONE_AFTER_UNLISTED_RUNS,
    RUN_COLUMNS,
    RunEnd,
    archived_page,
    close_run,
    derive_page,
)
from pipelines.store import Archive

logger = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    pages: int = 0  # pages stored
    repeated: int = 0  # messages already stored (a writer restart), not stored again
    jobs_finished: list[str] = field(default_factory=list)
    dead: int = 0  # messages set aside on the dead-letter list


class Ingest:
    """Drains the cluster's items list into one archive. One per archive (the design's rule)."""

    def __init__(self, client: redis.Redis, db_path: str | Path, prefix: str = DEFAULT_PREFIX,
                 batch: int = 100, gone_after_unlisted_runs: int = GONE_AFTER_UNLISTED_RUNS,
                 run_closed: Callable[[], None] = lambda: None):
        self.redis = client
        # told after a batch that closed a run is committed (the CLI refreshes a served
        # snapshot, as `crawl` does after its run)
        self.run_closed = run_closed
        self.gone_after = gone_after_unlisted_runs
        self.keys = Keys(prefix)
        self.batch = batch
        self.archive = Archive(db_path)
        self.runs: dict[str, int] = {}
        self.families: dict[str, str | None] = {}  # job -> its site's template family
        self.summary = IngestSummary()

    def close(self) -> None:
        self.archive.close()

    # -- the loop ----------------------------------------------------------------------------

    def run(self, *, burst: bool = False, poll: float = 1.0,
            should_stop: Callable[[], bool] = lambda: False) -> IngestSummary:
        """Store messages until ``should_stop()``; with ``burst``, until no job is active and
        no message is waiting."""
        keys = self.keys
        # a killed writer's last batch (bytes: the client does not decode replies)
        left = cast("list[bytes]", self.redis.lrange(keys.ingesting, 0, -1))
        if left:
            self.store_batch(left)
        while not should_stop():
            # Redis takes fractional seconds (6.0+); redis-py annotates the timeout int
            raw = self.redis.blmove(keys.items, keys.ingesting, poll,  # type: ignore[arg-type]
                                    "LEFT", "RIGHT")
            if raw is None:
                if burst and not self.redis.scard(keys.jobs) \
                        and not self.redis.llen(keys.items):
                    break
                continue
            batch: list[bytes] = [cast(bytes, raw)]
            while len(batch) < self.batch and (
                    raw := self.redis.lmove(keys.items, keys.ingesting, "LEFT", "RIGHT")):
                batch.append(cast(bytes, raw))
            self.store_batch(batch)
        return self.summary

    def store_batch(self, raws: list[bytes]) -> None:
        """Store messages in one transaction, then drop them from the "ingesting" list."""
        messages = []
        for raw in raws:
            try:
                message = decode_message(raw)
                self.run_id(message["job"])  # runs are opened (and committed) before the batch
                messages.append(message)
            except MessageError as exc:
                self.dead_letter(raw, str(exc))
        closed = False
        with self.archive.writing():
            for message in messages:
                if message["kind"] == "page":
                    self.store_page(message["job"], message["page"])
                else:
                    self.finish_job(message["job"], message.get("reason") or "finished",
                                    message.get("dropped"))
                    closed = True
        self.redis.ltrim(self.keys.ingesting, len(raws), -1)
        if closed:  # once the batch is committed: a snapshot reads only what is
            self.run_closed()

    def dead_letter(self, raw: bytes, reason: str) -> None:
        """Set a message aside with why, so one bad message never stops the writer."""
        self.summary.dead += 1
        logger.error("message set aside on %s: %s", self.keys.dead, reason)
        entry = json.dumps({"reason": reason, "at": time.time(),
                            "message": raw[:64 * 1024].decode("utf-8", "replace")})
        self.redis.rpush(self.keys.dead, entry)

    # -- one message ---------------------------------------------------------------------------

    def run_id(self, job: str) -> int:
        """The job's ``crawl_runs`` row, opened on its first message."""
        if job in self.runs:
            return self.runs[job]
        fields = ("run_id", "site", "site_row", "mode")
        info = dict(zip(fields, (v and reply_text(v)
                                 for v in self.redis.hmget(self.keys.job(job), fields)),
                         strict=True))
        site_row = json.loads(info["site_row"]) if info["site_row"] else None
        if not info["site"] and site_row is None:
            raise MessageError(f"unknown job {job!r}: no job hash in Redis")
        site_row = site_row or {"id": info["site"]}
        if info["run_id"]:
            run_id = int(info["run_id"])
        else:
            self.archive.upsert_site(site_row)
            run_id = self.archive.start_run(site_row["id"], info["mode"] or "full")
            self.redis.hset(self.keys.job(job), "run_id", run_id)
        self.runs[job] = run_id
        self.families[job] = site_row.get("family")
        return run_id

    def store_page(self, job: str, page: dict[str, Any]) -> None:
        """Archive one fetch, then derive it, as a one-machine crawl does."""
        run_id = self.run_id(job)
        found = self.archive.page_fetched(run_id, page["url"], page.get("fetched_at"))
        if found is not None:
            self.summary.repeated += 1
            page_id = found
        else:
            page_id = self.archive.store_page(run_id, page)
            self.summary.pages += 1
        row = self.archive.page_to_derive(page_id)
        if row is not None:
            derive_page(self.archive, archived_page(row), page.get("body"))

    def finish_job(self, job: str, reason: str, dropped: Mapping[str, int] | None = None) -> None:
        """Close the job's run: the same run closing as a local crawl's; ``dropped``: what
        limits kept the job's workers from fetching, by reason (None: not known)."""
        run_id = self.run_id(job)
        counts = self.archive.run_counts(run_id)
        fields = close_run(self.archive, run_id, RunEnd(
            finish_reason=reason, mode=self.archive.run(run_id)["mode"] or "full",
            registered=self.families.get(job) not in (None, "generic"),
            # 3: the portal never answered (as `crawl`)
            exit_status=0 if counts["pages_answered"] else 3, dropped=dropped), self.gone_after)
        self.redis.hset(self.keys.job(job), mapping={
            "state": "archived", **{column: fields[column] for column in RUN_COLUMNS.values()}})
        self.summary.jobs_finished.append(job)
        logger.info("%s: run %d finished (%s): %d pages, %d failed", job, run_id, reason,
                    fields["pages_fetched"], fields["pages_failed"])


def ingest(client: redis.Redis, db_path: str | Path, *, prefix: str = DEFAULT_PREFIX,
           burst: bool = False, poll: float = 1.0, batch: int = 100,
           gone_after_unlisted_runs: int = GONE_AFTER_UNLISTED_RUNS,
           should_stop: Callable[[], bool] = lambda: False,
           run_closed: Callable[[], None] = lambda: None) -> IngestSummary:
    """Run the single writer over ``db_path`` until stopped (or, with ``burst``, idle);
    ``run_closed`` is called after each run the writer closes."""
    writer = Ingest(client, db_path, prefix, batch, gone_after_unlisted_runs, run_closed)
    started = time.monotonic()
    try:
        summary = writer.run(burst=burst, poll=poll, should_stop=should_stop)
    finally:
        writer.close()
    logger.info("ingest: %d pages in %.1f s", summary.pages, time.monotonic() - started)
    return summary
