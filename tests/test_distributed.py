"""Crawl on several machines: a real redis-server on 127.0.0.1, real workers and a real writer
(subprocesses of `district-archive cluster ...`) against the bundled sample portals."""
from __future__ import annotations

import os
import pickle
import re
import shutil
import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis
import sqlite_utils
from click.testing import CliRunner

from crawler.distributed.frontier import (
    DEFAULT_PREFIX,
    Frontier,
    Keys,
    page_message,
    wait_until_reachable,
)
from crawler.items import FetchedPage
from district_archive.cli import main
from district_archive.portals.loopback import free_port
from district_archive.portals.sample import serve_site
from pipelines import ingest as writer
from tests.conftest import BASES, CLI, ROOT, SAMPLE_SITES, SAMPLES, gold_articles, serving_args


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A private redis-server on a free 127.0.0.1 port, no persistence, stopped afterwards."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (.ci/run installs it from Debian)")
        pytest.skip("redis-server is not installed: apt-get install redis-server")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_until_reachable(redis.Redis.from_url(url))
    except redis.ConnectionError:
        process.kill()
        raise
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def r(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.flushall()
    return client


@pytest.fixture
def portals():
    """Both sample portals, each answering after 0.2 s (a crawl lasts long enough to interrupt)."""
    servers = {site: serve_site(SAMPLES / site, delay=0.2) for site in BASES}
    yield servers
    for server in servers.values():
        server.stop()


def cluster(redis_url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "DISTRICT_ARCHIVE_REDIS": redis_url}
    return subprocess.Popen([*CLI, "cluster", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def cli(*args: str):
    """``district-archive`` in this process (no Scrapy reactor involved: submit, status)."""
    return CliRunner().invoke(main, list(args))


def submit(redis_url: str, db: Path, servers) -> None:
    result = cli("cluster", "submit", "--site", "kienthuy", "--site", "tankhe", "--db", str(db),
                 "--redis", redis_url, *serving_args(servers))
    assert result.exit_code == 0, result.output


def finish(process: subprocess.Popen, timeout: float = 60) -> str:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"{process.args} did not finish:\n{err[-3000:]}")
    assert process.returncode == 0, err[-3000:]
    return out


def wait_for(condition, timeout: float = 30, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def fetched(servers) -> Counter:
    """Request targets the portals received, robots.txt aside (each crawler of a site reads it
    once: it is the site's rule, not a page)."""
    return Counter(f"{site}:{t}" for site, s in servers.items() for t in s.requests
                   if t != "/robots.txt")


def assert_archived_exactly_once(db_path: Path, reference: Path) -> None:
    db = sqlite_utils.Database(db_path)
    repeated = list(db.query("select url, count(*) n from pages group by url having n > 1"))
    assert repeated == []
    reference_db = sqlite_utils.Database(reference)
    one_machine = {r["url"] for r in reference_db.query("select url from pages")}
    assert {r["url"] for r in db.query("select url from pages")} == one_machine
    for site, base in BASES.items():
        urls = {r["url"] for r in db["articles"].rows_where("site = ?", [site])}
        assert urls == {base + a["path"] for a in gold_articles(site)}
    runs = list(db.query("select site, finish_reason, exit_status, pages_fetched from crawl_runs"))
    assert sorted((r["site"], r["finish_reason"], r["exit_status"]) for r in runs) == [
        ("kienthuy", "finished", 0), ("tankhe", "finished", 0)]
    assert sum(r["pages_fetched"] for r in runs) == len(one_machine)
    assert db["article_versions"].count == sum(len(gold_articles(site)) for site in BASES)


class HolderWatch(threading.Thread):
    """Samples which workers hold each site, to check no site is ever held by two."""

    def __init__(self, client):
        super().__init__(daemon=True)
        self.client, self.most, self.running = client, 0, True

    def run(self) -> None:
        while self.running:
            for key in self.client.scan_iter(f"{DEFAULT_PREFIX}:job:*:holders"):
                self.most = max(self.most, self.client.scard(key))
            time.sleep(0.02)


# -- end to end --------------------------------------------------------------------------------


def test_two_workers_and_one_writer_archive_every_page_once(r, redis_url, portals, tmp_path,
                                                            crawled_archive):
    db = tmp_path / "archive.db"
    workers = [cluster(redis_url, "worker", "--worker-id", f"w{i}", "--max-sites", "1")
               for i in (1, 2)]
    watch = HolderWatch(r)
    try:
        wait_for(lambda: r.zcard(f"{DEFAULT_PREFIX}:workers") == 2, what="both workers")
        watch.start()
        submit(redis_url, db, portals)
        out = finish(cluster(redis_url, "ingest", "--db", str(db), "--burst"))
    finally:
        watch.running = False
        for process in workers:
            process.send_signal(signal.SIGTERM)  # graceful: they leave the cluster
    reports = [finish(process) for process in workers]
    assert "2 jobs finished" in out
    # Each worker crawled one site: a site is never hit by both at once.
    assert all("1 site crawls" in report and " 0 pages delivered" not in report
               for report in reports), reports
    assert watch.most == 1
    assert max(fetched(portals).values()) == 1  # no URL fetched twice
    assert_archived_exactly_once(db, crawled_archive)
    assert r.zcard(f"{DEFAULT_PREFIX}:workers") == 0 and not r.exists(f"{DEFAULT_PREFIX}:jobs")


def test_a_worker_killed_mid_crawl_loses_nothing(r, redis_url, portals, tmp_path, crawled_archive):
    db = tmp_path / "archive.db"
    submit(redis_url, db, portals)
    keys, frontier = Keys(), Frontier(r)
    job = next(j for j in frontier.active_jobs() if j.startswith("kienthuy"))
    ingest = cluster(redis_url, "ingest", "--db", str(db), "--burst")
    doomed = cluster(redis_url, "worker", "--worker-id", "doomed")
    try:
        wait_for(lambda: all(r.sismember(keys.job(j, "holders"), "doomed")
                             for j in frontier.active_jobs()), what="doomed to hold both sites")
        survivor = cluster(redis_url, "worker", "--worker-id", "survivor", "--burst",
                           "--dead-after", "2")
        # Kill it with requests in flight, after it delivered some pages, before the end.
        wait_for(lambda: int(r.hget(keys.job(job), "delivered") or 0) >= 3
                 and r.hlen(keys.inflight(job, "doomed")) > 0, what="a crawl in progress")
    finally:
        doomed.kill()
        doomed.wait()
    # What it had in flight, as "site:path" like the portals' request logs.
    hosts = {host: site.id for site in SAMPLE_SITES.values() for host in site.hosts}
    in_flight = set()
    for active in frontier.active_jobs():
        for value in r.hvals(keys.inflight(active, "doomed")):
            url = urlsplit(pickle.loads(value.split(b" ", 1)[1])["url"])
            query = f"?{url.query}" if url.query else ""
            in_flight.add(f"{hosts[url.hostname]}:{url.path}{query}")
    assert in_flight and frontier.job_state(job) == "crawling"
    report = finish(survivor)
    finish(ingest)
    assert int(re.search(r"(\d+) pages delivered", report).group(1)) > 0
    # Only what the dead worker had in flight was fetched a second time ...
    assert {t for t, n in fetched(portals).items() if n > 1} <= in_flight
    # ... and everything is archived, once.
    assert_archived_exactly_once(db, crawled_archive)


# -- the parts -----------------------------------------------------------------------------------


def test_leases_come_back_from_a_dead_worker_and_the_job_ends_when_nothing_is_left(r):
    keys = Keys()
    submitter = Frontier(r)
    job = submitter.submit("kienthuy", {"mode": "full"}, {"id": "kienthuy"})
    a, b = Frontier(r, "a"), Frontier(r, "b")
    a.heartbeat()
    b.heartbeat()
    assert b.open_jobs(10) == [job]
    assert a.acquire(job) and not b.acquire(job)  # one worker per site
    assert b.open_jobs(10) == []
    # Seen-check and queueing are one step: a URL marked seen is always in the frontier.
    assert a.schedule(job, "fp1", -1, b"first") and not a.schedule(job, "fp1", -1, b"again")
    assert a.schedule(job, "fp2", 0, b"second")
    lease_id, data = a.lease(job)
    assert data == b"first" and r.zcard(keys.job(job, "requests")) == 1
    a.mark_seeded(job)
    assert not a.try_complete(job)  # a request is queued, another in flight

    time.sleep(0.01)
    b.heartbeat()
    assert b.release_dead(dead_after=0.005) == ["a"]  # a went silent: its lease comes back
    assert r.zrange(keys.job(job, "requests"), 0, -1, withscores=True) == [
        (b"first", -1.0), (b"second", 0.0)]
    assert not a.deliver(job, lease_id, [b"page"])  # too late: nothing delivered twice
    assert r.llen(keys.items) == 0
    assert b.open_jobs(10) == [job] and b.acquire(job)  # the site's slot is free again

    lease_id, _data = b.lease(job)  # a retry of it replaces it: its lease ends there
    assert b.schedule(job, None, 0, b"first, retried", replaces=lease_id)
    assert r.hlen(keys.inflight(job, "b")) == 0
    for _ in range(2):
        lease_id, _data = b.lease(job)
        assert b.deliver(job, lease_id, [b"page"])
    assert r.zcard(keys.job(job, "requests")) == 0
    assert b.try_complete(job) and not b.try_complete(job)
    assert r.lrange(keys.items, 0, -1)[-1].startswith(b'{"v": 1, "kind": "end"')
    assert frontier_empty(r, job) and submitter.active_jobs() == []
    assert r.get(keys.site("kienthuy")) is None  # the site may be submitted again


def frontier_empty(r, job: str) -> bool:
    return not any(r.exists(Keys().job(job, part))
                   for part in ("requests", "dupefilter", "holders"))


def test_a_second_job_for_a_site_and_several_workers_on_a_real_portal_are_refused(r, redis_url,
                                                                                  tmp_path):
    db = str(tmp_path / "archive.db")
    first = cli("cluster", "submit", "--site", "vinhbao", "--db", db, "--redis", redis_url)
    assert first.exit_code == 0, first.output
    again = cli("cluster", "submit", "--site", "vinhbao", "--db", db, "--redis", redis_url)
    assert again.exit_code == 4 and "already has an active distributed crawl" in again.output
    crowd = cli("cluster", "submit", "--site", "hongbang", "--site-workers", "3", "--db", db,
                "--redis", redis_url)
    assert crowd.exit_code == 2 and "several workers at once" in crowd.output
    status = cli("cluster", "status", "--redis", redis_url)
    assert status.exit_code == 0 and "vinhbao-" in status.output and "hongbang" not in status.output


def test_the_writer_reads_what_workers_write_and_stores_a_page_once_after_a_restart(r, tmp_path):
    # The two sides share no code, only the format and the key names.
    assert (writer.DEFAULT_PREFIX, f"{writer.DEFAULT_PREFIX}:items",
            f"{writer.DEFAULT_PREFIX}:items:ingesting") == (DEFAULT_PREFIX, Keys().items,
                                                            Keys().ingesting)
    body = "<html><body><p>Hỗ trợ 125 hộ</p></body></html>".encode("windows-1258", "replace")
    page = FetchedPage(url="https://kienthuy.haiphong.gov.vn/x", site="kienthuy", status=200,
                       headers={"Content-Type": ["text/html"]}, body=body,
                       fetched_at="2025-06-01T00:00:00Z", redirect_urls=["https://a/"])
    site_row = {"id": "kienthuy", "name": "Kiến Thụy"}
    job = Frontier(r).submit("kienthuy", {"mode": "full"}, site_row)
    raw = page_message(job, "w1", page)
    decoded = writer.decode_message(raw)["page"]
    assert decoded["body"] == body and decoded["redirect_urls"] == ["https://a/"]
    assert decoded["url"] == page.url and "page_id" not in decoded

    # A writer killed after storing the page, before removing the message, stores it once.
    db = tmp_path / "archive.db"
    first = writer.Ingest(r, db)
    first.store_page(job, writer.decode_message(raw)["page"])
    first.close()
    r.rpush(Keys().ingesting, raw)
    summary = writer.ingest(r, db, burst=True, poll=0.1,
                            should_stop=lambda: not r.llen(Keys().ingesting))
    assert (summary.pages, summary.repeated) == (0, 1)
    rows = sqlite_utils.Database(db)["pages"]
    assert rows.count == 1 and r.llen(Keys().ingesting) == 0
    assert sqlite_utils.Database(db)["sites"].get("kienthuy")["name"] == "Kiến Thụy"
