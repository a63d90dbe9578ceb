"""`district-archive serve` serves a snapshot that a crawl refreshes atomically (issue 15): a
real crawl into an archive served by a real Datasette over HTTP; the new articles appear once
the run ends, never half a run, and serving never holds up the crawl."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

import pytest

from district_archive.portals.loopback import base_url, free_port, wait_for_http
from district_archive.serving.snapshot import snapshot_path, take_snapshot
from tests.conftest import ROOT, crawl_kienthuy, run_cli


def article_count(base: str) -> int:
    with urllib.request.urlopen(base + "/archive.json?sql=select+count(*)+as+n+from+articles"
                                "&_shape=array", timeout=10) as response:
        return json.loads(response.read())[0]["n"]


@contextlib.contextmanager
def serving(db):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "district_archive.cli", "serve", "--db",
                                str(db), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        wait_for_http(base_url(port) + "/-/databases.json", timeout=30, process=process)
        yield base_url(port)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)


def test_a_served_archive_shows_a_crawls_articles_once_the_run_has_ended(tmp_path,
                                                                         kienthuy_served):
    db = tmp_path / "archive.db"
    crawl_kienthuy(db, kienthuy_served)
    with sqlite3.connect(db) as conn:
        kienthuy = conn.execute("select count(*) from articles").fetchone()[0]
    with serving(db) as base:
        assert snapshot_path(db).exists()
        assert article_count(base) == kienthuy
        seen_during: list[int] = []
        crawling = threading.Event()

        def read_while_crawling() -> None:
            while not crawling.is_set():
                seen_during.append(article_count(base))
                time.sleep(0.1)

        reader = threading.Thread(target=read_while_crawling)
        reader.start()
        try:
            result = run_cli("crawl", "--site", "tankhe", "--sample", "--db", str(db),
                             "--log-level", "WARNING")
        finally:
            crawling.set()
            reader.join()
        assert result.returncode == 0, result.stderr[-2000:]
        assert "served snapshot refreshed" in result.stdout
        with sqlite3.connect(db) as conn:
            everything = conn.execute("select count(*) from articles").fetchone()[0]
        assert everything > kienthuy
        # while the run went on, readers saw the archive as it was before it, then (from the
        # run's end, which refreshes the snapshot before the process exits) all of it: never
        # half a run, never back
        assert seen_during and seen_during[0] == kienthuy
        assert set(seen_during) <= {kienthuy, everything}
        assert seen_during == sorted(seen_during)
        deadline = time.monotonic() + 10
        while article_count(base) != everything and time.monotonic() < deadline:
            time.sleep(0.2)
        assert article_count(base) == everything
        # and the new articles are readable on their pages
        with sqlite3.connect(db) as conn:
            url = conn.execute("select url from articles where site = 'tankhe' limit 1"
                               ).fetchone()[0]
        page = urllib.request.urlopen(base + "/archive/-/article?" + urllib.parse.urlencode(
            {"url": url}), timeout=10)
        assert page.status == 200


def test_a_snapshot_never_waits_for_the_crawl_and_never_holds_half_a_transaction(
        tmp_path, kienthuy_served):
    db = tmp_path / "archive.db"
    crawl_kienthuy(db, kienthuy_served)
    writer = sqlite3.connect(db, timeout=0)
    writer.execute("begin immediate")  # a crawl in the middle of writing a page
    writer.execute("update articles set title = 'half-written' where rowid = 1")
    started = time.monotonic()
    served = take_snapshot(db)
    assert time.monotonic() - started < 5
    writer.execute("update articles set title = 'half-written too' where rowid = 2")
    writer.commit()  # the writer was never blocked by the copy
    writer.close()
    with contextlib.closing(sqlite3.connect(f"file:{served}?mode=ro", uri=True)) as copy:
        titles = [r[0] for r in copy.execute("select title from articles")]
        assert not [t for t in titles if t.startswith("half-written")]
        assert copy.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert not [p for p in served.parent.iterdir() if p.name != served.name]  # no temp left


def test_a_crawl_without_a_served_snapshot_makes_none(tmp_path, kienthuy_served):
    db = tmp_path / "archive.db"
    result = crawl_kienthuy(db, kienthuy_served)
    assert "snapshot" not in result.stdout
    assert not snapshot_path(db).parent.exists()


def test_reprocess_refreshes_a_served_snapshot(tmp_path, kienthuy_served):
    db = tmp_path / "archive.db"
    crawl_kienthuy(db, kienthuy_served)
    served = take_snapshot(db)
    with contextlib.closing(sqlite3.connect(db)) as conn:  # an archive an older extractor made
        conn.execute("update articles set title = 'old extractor' where rowid = 1")
        conn.commit()
    before = served.stat().st_ino
    result = run_cli("reprocess", "--db", str(db))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "served snapshot refreshed" in result.stdout
    assert served.stat().st_ino != before
    with contextlib.closing(sqlite3.connect(f"file:{served}?mode=ro", uri=True)) as copy:
        assert not copy.execute("select 1 from articles where title = 'old extractor'"
                                ).fetchall()


pytestmark = pytest.mark.timeout(300)
