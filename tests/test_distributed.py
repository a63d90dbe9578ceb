"""Crawl on several machines: a real redis-server on 127.0.0.1, real workers and a real writer
(subprocesses of `district-archive cluster ...`) against the bundled sample portals."""
from __future__ import annotations

import base64
import json
import os
import pickle
import re
import shutil
import signal
import subprocess
import threading
import time
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis
import sqlite_utils
from click.testing import CliRunner

from crawler.distributed.frontier import Frontier, wait_until_reachable
from crawler.distributed.protocol import (
    DEFAULT_PREFIX,
    Keys,
    decode_message,
    encode_end,
    encode_page,
)
from crawler.items import FetchedPage
from district_archive.cli import main
from district_archive.portals.loopback import free_port
from district_archive.portals.sample import serve_site
from district_archive.serving.snapshot import take_snapshot
from pipelines import ingest as writer
from pipelines.store import Archive, blob_bytes
from tests.conftest import (
    BASES,
    CLI,
    ROOT,
    SAMPLE_SITES,
    SAMPLES,
    archive_rows,
    crawl_kienthuy,
    gold_articles,
    serving_args,
)


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


def drops_by_site(db_path: Path) -> dict[str, dict[str, int]]:
    db = sqlite_utils.Database(db_path)
    return {row["site"]: json.loads(row["dropped"] or "null")
            for row in db.query("select site, dropped from crawl_runs")}


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
        Archive(db).close()  # an archive already being served (`serve` took its snapshot)
        served = take_snapshot(db)
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
    # the served snapshot got each run the writer closed, as after a local crawl's run
    assert "served snapshot refreshed" in out
    assert sqlite_utils.Database(served)["articles"].count == \
        sqlite_utils.Database(db)["articles"].count > 0
    # What limits kept each site's crawl from fetching (links off the site, robots.txt) is
    # recorded on the cluster's run as on the local crawl's.
    assert drops_by_site(db) == drops_by_site(crawled_archive)
    assert all(drops_by_site(db).values())
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
    # too late: nothing delivered twice, and its drop counts are not added either
    assert not a.deliver(job, lease_id, [b"page"], {"offsite": 5})
    assert r.llen(keys.items) == 0
    assert b.open_jobs(10) == [job] and b.acquire(job)  # the site's slot is free again

    lease_id, _data = b.lease(job)  # a retry of it replaces it: its lease ends there
    assert b.schedule(job, None, 0, b"first, retried", replaces=lease_id)
    assert r.hlen(keys.inflight(job, "b")) == 0
    for _ in range(2):
        lease_id, _data = b.lease(job)
        assert b.deliver(job, lease_id, [b"page"], {"offsite": 2, "depth": 1})
    b.add_dropped(job, {"depth": -1})  # a URL dropped by depth, reached later after all
    assert r.zcard(keys.job(job, "requests")) == 0
    assert b.try_complete(job) and not b.try_complete(job)
    # The end message carries the job's drop counts, summed over its deliveries.
    end = decode_message(r.lrange(keys.items, 0, -1)[-1])
    assert (end["kind"], end["reason"]) == ("end", "finished")
    assert end["dropped"] == {"offsite": 4, "depth": 1}
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
    # Workers and the writer share one protocol module: the format and the key names.
    body = "<html><body><p>Hỗ trợ 125 hộ</p></body></html>".encode("windows-1258", "replace")
    page = FetchedPage(url="https://kienthuy.haiphong.gov.vn/x", site="kienthuy", status=200,
                       headers={"Content-Type": ["text/html"]}, body=body,
                       fetched_at="2025-06-01T00:00:00Z", redirect_urls=["https://a/"])
    site_row = {"id": "kienthuy", "name": "Kiến Thụy"}
    job = Frontier(r).submit("kienthuy", {"mode": "full"}, site_row)
    raw = encode_page(job, "w1", page)
    decoded = decode_message(raw)["page"]
    assert decoded["body"] == body and decoded["redirect_urls"] == ["https://a/"]
    assert decoded["url"] == page.url and "page_id" not in decoded

    # A writer killed after storing the page, before removing the message, stores it once.
    db = tmp_path / "archive.db"
    first = writer.Ingest(r, db)
    first.store_page(job, decode_message(raw)["page"])
    first.close()
    r.rpush(Keys().ingesting, raw)
    summary = writer.ingest(r, db, burst=True, poll=0.1,
                            should_stop=lambda: not r.llen(Keys().ingesting))
    assert (summary.pages, summary.repeated) == (0, 1)
    rows = sqlite_utils.Database(db)["pages"]
    assert rows.count == 1 and r.llen(Keys().ingesting) == 0
    assert sqlite_utils.Database(db)["sites"].get("kienthuy")["name"] == "Kiến Thụy"


# -- one derive path: the cluster writer stores what a local crawl stores --------------------

def replay_through_the_writer(r, source: Path, target: Path) -> None:
    """Send every run of ``source`` to the cluster writer, page by page as workers would."""
    db = sqlite_utils.Database(source)
    links: dict[int, list[str]] = {}
    for row in db["listing_links"].rows:
        links.setdefault(row["page_id"], []).append(row["article_url"])
    keys = Keys()
    for run in db["crawl_runs"].rows_where(order_by="id"):
        job = f"{run['site']}-replay-{run['id']}"
        r.hset(keys.job(job), mapping={"site": run["site"], "mode": run["mode"], "site_row":
                                       json.dumps(db["sites"].get(run["site"]))})
        for page in db["pages"].rows_where("run_id = ?", [run["id"]], order_by="id"):
            body = db.execute("select compression, data from blobs where sha256 = ?",
                              [page["sha256"]]).fetchone() if page["sha256"] else None
            item = FetchedPage(
                url=page["url"], site=page["site"], family=db["sites"].get(page["site"])["family"],
                page_type=page["page_type"], requested_url=page["requested_url"],
                redirect_urls=json.loads(page["redirect_urls"]), status=page["status"],
                headers=json.loads(page["headers"]), body=blob_bytes(*body) if body else b"",
                request_headers=json.loads(page["request_headers"] or "{}"),
                fetched_at=page["fetched_at"], referer=page["referer"],
                link_text=page["link_text"], depth=page["depth"], error=page["error"],
                article_links=links.get(page["id"], []))
            r.rpush(keys.items, encode_page(job, "w1", item))
        r.rpush(keys.items, encode_end(job, run["finish_reason"],
                                       json.loads(run["dropped"] or "null")))
    summary = writer.ingest(r, target, burst=True, poll=0.1, gone_after_unlisted_runs=2)
    assert summary.dead == 0


def test_the_cluster_writer_and_a_local_crawl_store_the_same_rows(r, tmp_path, kienthuy_served,
                                                                   monkeypatch):
    # Three local full crawls of one portal; after the first, one article is linked from no
    # listing, so the third marks it gone (unlisted): the run-closing rule is part of the path.
    monkeypatch.setenv("DISTRICT_ARCHIVE_SETTINGS", '{"GONE_AFTER_UNLISTED_RUNS": 2}')
    server, site = kienthuy_served, kienthuy_served.site_dir
    local = tmp_path / "local.db"
    crawl_kienthuy(local, server)
    unlisted = next(p["path"] for p in gold_articles("kienthuy"))
    for page in (site / "pages").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace(f'href="{unlisted}"', 'href="/"'), encoding="utf-8")
    crawl_kienthuy(local, server)
    crawl_kienthuy(local, server)
    local_rows = archive_rows(local)
    gone = [row for row in local_rows["articles"] if ("gone_reason", "'unlisted'") in row]
    assert len(gone) == 1

    cluster = tmp_path / "cluster.db"
    replay_through_the_writer(r, local, cluster)
    cluster_rows = archive_rows(cluster)
    for table, rows in local_rows.items():
        if table == "crawl_runs":
            # The CLI adds the exit status after Scrapy's run closes.
            local_only = ("exit_status",)
            rows = [tuple(c for c in row if c[0] not in local_only) for row in rows]
            theirs = [tuple(c for c in row if c[0] not in local_only)
                      for row in cluster_rows[table]]
        else:
            theirs = cluster_rows[table]
        assert rows, table if table not in ("images", "document_refs", "visitor_counts") else True
        assert theirs == rows, f"{table} differs"


def test_a_message_the_writer_cannot_store_is_set_aside_and_the_writer_goes_on(r, tmp_path):
    keys = Keys()
    job = Frontier(r).submit("kienthuy", {"mode": "full"}, {"id": "kienthuy",
                                                             "family": "haiphong-2024"})
    good = FetchedPage(url="https://kienthuy.haiphong.gov.vn/a", site="kienthuy", status=200,
                       headers={"Content-Type": ["text/html"]}, body=b"<p>ok</p>",
                       fetched_at="2025-06-01T00:00:00Z")
    message = json.loads(encode_page(job, "w1", good))
    bomb = base64.b64encode(zlib.compress(b"\0" * (65 * 1024 * 1024), 9)).decode()

    def variant(**page_changes) -> bytes:
        page = {**message["page"], **page_changes}
        page = {k: v for k, v in page.items() if v is not DROP}
        return json.dumps({**message, "page": page}).encode()

    DROP = object()
    bad = {
        "not JSON": b"{nope",
        "no job": json.dumps({"v": 1, "kind": "page", "page": message["page"]}).encode(),
        "unknown kind": json.dumps({"v": 1, "kind": "what", "job": job}).encode(),
        "missing url": variant(url=DROP),
        "status of the wrong type": variant(status="200"),
        "headers not lists": variant(headers={"Content-Type": "text/html"}),
        "not base64": variant(body_zlib="%%%"),
        "not zlib": variant(body_zlib=base64.b64encode(b"plain bytes").decode()),
        "inflates past the cap": variant(body_zlib=bomb),
        "unknown job": encode_page("nosuch-20250101T000000Z-0000", "w1", good),
    }
    for raw in bad.values():
        r.rpush(keys.items, raw)
    r.rpush(keys.items, encode_page(job, "w1", good))
    r.srem(keys.jobs, job)  # nothing left to crawl: a burst writer stops when the list is empty
    db = tmp_path / "archive.db"
    summary = writer.ingest(r, db, burst=True, poll=0.1)
    assert summary.dead == len(bad) and summary.pages == 1
    dead = [json.loads(entry) for entry in r.lrange(keys.dead, 0, -1)]
    assert len(dead) == len(bad) and all(entry["reason"] for entry in dead)
    assert r.llen(keys.ingesting) == 0
    assert sqlite_utils.Database(db)["pages"].count == 1
    # And again, with the same poison on the list after a restart: still not a crash.
    r.rpush(keys.items, bad["inflates past the cap"])
    assert writer.ingest(r, db, burst=True, poll=0.1).dead == 1


def test_a_cluster_worker_delivers_the_redirect_to_a_page_already_asked_for(r, redis_url,
                                                                          tmp_path, monkeypatch):
    """A worker has no item pipeline: the row recording a redirect to a page the crawl had
    already asked for (the local crawl's, tests/test_moved_portals.py) reaches the writer
    through Redis like its pages, so the cluster's coverage counts the old address too."""
    from district_archive.portals.sample import serve_portal
    from tests.test_moved_portals import _slowed

    old = "/tin-tuc/giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram-1481.html"
    new = ("https://xahakhe.example.gov.vn/tin-cu/"
           "giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram-1481.html")
    served = serve_portal(_slowed(tmp_path, {old: 3.0}))  # the new host's list leads there first
    monkeypatch.setenv("DISTRICT_ARCHIVE_SETTINGS", json.dumps(served.settings))
    db = tmp_path / "archive.db"
    try:
        result = cli("cluster", "submit", "--start-url", served.start_url, "--db", str(db),
                     "--redis", redis_url,
                     *[arg for value in served.resolve for arg in ("--resolve", value)])
        assert result.exit_code == 0, result.output
        worker = cluster(redis_url, "worker", "--burst", "--log-level", "WARNING")
        finish(cluster(redis_url, "ingest", "--db", str(db), "--burst"), timeout=120)
        finish(worker, timeout=120)
    finally:
        served.stop()
    rows = sqlite_utils.Database(db).execute(
        "select status, error, requested_url from pages where url = ? order by id",
        [new]).fetchall()
    assert rows == [(200, None, None), (None, None, "https://hakhe.example.gov.vn" + old)], rows
