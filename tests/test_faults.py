"""Hostile servers: one real crawl of the fault portal, then what the archive says about every
fault it injected. The behaviour asserted here is the table in docs/reliability.md.

Settings are tightened for speed (2 s timeout, 4 MiB cap, 2 retries at 0.3 s × 2^n) through
DISTRICT_ARCHIVE_SETTINGS, which the runner applies last, exactly as an operator would.
"""
from __future__ import annotations

import hashlib
import inspect
import itertools
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from crawler.middlewares import backoff_delay, retry_after_seconds
from crawler.spiders.portal import ROBOTS_REFUSAL
from district_archive import ROOT
from district_archive.portals.faults import (
    FAULTS,
    PORTAL_HOST,
    FaultPortal,
    article_html,
    fault_of,
    gzip_bomb,
)
from district_archive.portals.measure import CrawlOutcome, run_crawl
from pipelines.store import Archive
from tests.conftest import run_cli

MAXSIZE = 4 << 20
TIMEOUT = 2.0
RETRIES = 2
BACKOFF = 0.3
SETTINGS = {"DOWNLOAD_TIMEOUT": TIMEOUT, "DOWNLOAD_MAXSIZE": MAXSIZE,
            "DOWNLOAD_WARNSIZE": 1 << 20, "RETRY_TIMES": RETRIES,
            "RETRY_BACKOFF_BASE": BACKOFF, "RETRY_BACKOFF_MAX": 5}

# What the pages row of each failing fault must say (error column), and its status.
FAILED = {
    "http-500": (500, rf"^HTTP 500 after {RETRIES} retries$"),
    "http-503": (503, rf"^HTTP 503 after {RETRIES} retries$"),
    "http-429": (429, rf"^HTTP 429 after {RETRIES} retries$"),
    "timeout": (None, r"^DownloadTimeoutError: .* took longer than 2\.0 seconds"),
    "trickle": (None, r"^DownloadTimeoutError: .* took longer than 2\.0 seconds"),
    "reset": (None, r"^DownloadFailedError: .*ConnectionLost"),
    "truncated": (None, r"^ResponseDataLossError: the body ended before its Content-Length"),
    "redirect-loop": (None, r"^IgnoreRequest: redirect loop: "),
    "redirect-chain": (None, r"^IgnoreRequest: max redirections reached$"),
    "redirect-offsite": (None, r"^IgnoreRequest: offsite: http://elsewhere\.test/"),
    "retry-offsite": (None, r"^IgnoreRequest: offsite: http://elsewhere\.test/"),
    "huge": (None, (r"^DownloadCancelledError: Expected to receive 1073741824 bytes which is "
                    r"larger than download max size \(4194304\)")),
    "huge-stream": (None, (r"^DownloadCancelledError: download cancelled: body larger than "
                           r"DOWNLOAD_MAXSIZE$")),
    "gzip-bomb": (None, (r"^IgnoreRequest: .*exceeded DOWNLOAD_MAXSIZE \(4194304 B\) during "
                         r"decompression")),
    "login-redirect": (None, rf"^IgnoreRequest: {re.escape(ROBOTS_REFUSAL)}$"),
    "login-401": (401, r"^HTTP 401$"),
}
# How many requests the server sees for each failing fault (first try + retries, or hops).
ATTEMPTS = dict.fromkeys(("http-500", "http-503", "http-429", "timeout", "trickle", "reset",
                          "truncated"), RETRIES + 1)
ATTEMPTS.update({"redirect-loop": 2, "redirect-chain": 11, "redirect-offsite": 1,
                 "retry-offsite": 2, "huge": 1, "huge-stream": 1,
                 "gzip-bomb": 1, "login-redirect": 1, "login-401": 1})

def crawl_cli(*args: str, settings: dict | None = None) -> CrawlOutcome:
    return run_crawl(list(args), settings or SETTINGS, timeout=120)


@pytest.fixture(scope="module")
def faulted(tmp_path_factory):
    """The fault portal (6 articles, every fault once) crawled once; a canary stands where
    the offsite redirects point, so a request that escaped would be seen there."""
    db = tmp_path_factory.mktemp("faults") / "archive.db"
    canary = FaultPortal(articles=0, counts={}).start()
    portal = FaultPortal(articles=6, each=1, seed=9, stall=8).start()
    try:
        result = crawl_cli(*portal.crawl_args(), "--db", str(db), "--log-level", "INFO",
                           settings={**SETTINGS, **portal.canary_settings(canary)})
    finally:
        portal.stop()
        canary.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    return {"db": db, "portal": portal, "canary": canary, "result": result,
            "rows": list(sqlite_utils.Database(db)["pages"].rows)}


def rows_of(faulted, name: str) -> list[dict]:
    return [r for r in faulted["rows"] if fault_of(r["requested_url"] or r["url"]) == name]


def hits_of(portal: FaultPortal, name: str) -> list[float]:
    return [t for t, target in portal.log if fault_of(f"http://{PORTAL_HOST}{target}") == name]


# -- each fault: retried as defined, then a recorded failure -------------------------------------


@pytest.mark.parametrize("name", sorted(FAILED))
def test_a_failing_fault_is_one_pages_row_with_its_error(faulted, name):
    assert faulted["portal"].injected.get(name) == 1, f"{name} was never served"
    rows = rows_of(faulted, name)
    assert len(rows) == 1, rows
    status, pattern = FAILED[name]
    assert rows[0]["status"] == status
    assert re.search(pattern, rows[0]["error"] or ""), rows[0]["error"]
    assert rows[0]["extract_status"] == "skipped"
    attempts = len(hits_of(faulted["portal"], name))
    if name == "reset":  # Twisted itself re-sends once when a reused keep-alive connection dies
        assert ATTEMPTS[name] <= attempts <= 2 * ATTEMPTS[name]
    else:
        assert attempts == ATTEMPTS[name]


@pytest.mark.parametrize("name", ["flaky-503", "flaky-reset"])
def test_a_transient_fault_is_retried_and_the_article_archived(faulted, name):
    (row,) = rows_of(faulted, name)
    assert row["status"] == 200 and row["error"] is None and row["extract_status"] == "ok"
    assert len(hits_of(faulted["portal"], name)) == 2
    db = sqlite_utils.Database(faulted["db"])
    number = int(row["url"].rsplit("/", 1)[1])
    assert (db["articles"].get(row["url"])["title"]
            == f"Huyện Kiến Thụy triển khai nhiệm vụ số {number}")


@pytest.mark.parametrize("name", ["refresh-offsite", "refresh-self", "refresh-javascript"])
def test_a_meta_refresh_that_cannot_be_followed_keeps_the_page(faulted, name):
    """A 200 article whose <meta http-equiv=refresh> points off the site, to itself or to
    javascript: is archived and extracted; the refresh is ignored, nothing is sent elsewhere."""
    (row,) = rows_of(faulted, name)
    assert row["status"] == 200 and row["error"] is None and row["extract_status"] == "ok"
    assert row["requested_url"] is None and row["redirect_urls"] == "[]"
    assert len(hits_of(faulted["portal"], name)) == 1
    db = sqlite_utils.Database(faulted["db"])
    number = int(row["url"].rsplit("/", 1)[1])
    assert db["articles"].get(row["url"])["title"] == f"Huyện Kiến Thụy triển khai nhiệm vụ số {number}"
    assert b'http-equiv="refresh"' in Archive(faulted["db"], read_only=True).raw_body(row["sha256"])


def test_retries_back_off_exponentially_and_honour_retry_after(faulted):
    portal = faulted["portal"]
    for name, minimum in [("http-500", [BACKOFF, 2 * BACKOFF]), ("timeout", [BACKOFF, 2 * BACKOFF]),
                          ("http-503", [1.0, 1.0]), ("http-429", [1.0, 1.0])]:
        times = hits_of(portal, name)
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert len(gaps) == RETRIES, name
        for gap, least in zip(gaps, minimum, strict=True):
            assert gap >= least * 0.95, (name, gaps)


def test_backoff_delay_rules():
    assert [backoff_delay(n, 4.0, 120.0) for n in (1, 2, 3, 6, 9)] == [4.0, 8.0, 16.0, 120.0, 120.0]
    assert backoff_delay(1, 4.0, 120.0, retry_after=30.0) == 30.0  # the server's wish, if longer
    assert backoff_delay(3, 4.0, 120.0, retry_after=1.0) == 16.0
    assert backoff_delay(1, 4.0, 120.0, retry_after=3600.0) is None  # too long: do not retry
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_a_server_asking_to_wait_too_long_is_not_retried(tmp_path):
    portal = FaultPortal(articles=0, counts={"http-503": 1}).start()
    try:
        result = crawl_cli(*portal.crawl_args(), "--db", str(tmp_path / "a.db"),
                           settings={**SETTINGS, "RETRY_BACKOFF_MAX": 0.5})
    finally:
        portal.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(hits_of(portal, "http-503")) == 1  # Retry-After: 1 > RETRY_BACKOFF_MAX
    (row,) = [r for r in sqlite_utils.Database(tmp_path / "a.db")["pages"].rows
              if r["status"] == 503]
    assert row["error"] == "HTTP 503"


# -- the run as a whole --------------------------------------------------------------------------


def test_the_run_finishes_and_crawl_runs_counts_what_failed(faulted):
    db = sqlite_utils.Database(faulted["db"])
    (run,) = list(db["crawl_runs"].rows)
    assert run["finish_reason"] == "finished" and run["finished_at"] and run["exit_status"] == 0
    assert run["pages_failed"] == len(FAILED) == sum(1 for r in faulted["rows"] if r["error"])
    assert run["extract_errors"] == 1  # the binary body labelled text/html
    assert run["pages_fetched"] == len(faulted["rows"])
    assert f"({len(FAILED)} failed)" in faulted["result"].stdout
    # Every fault the server injected and that should fail, failed; no other page did.
    failing = {fault_of(r["requested_url"] or r["url"]) for r in faulted["rows"] if r["error"]}
    assert failing == set(FAILED)
    assert {n for n, f in FAULTS.items() if f.outcome == "failed"} == set(FAILED)


def test_check_is_clean_after_the_faults(faulted):
    result = run_cli("check", "--db", str(faulted["db"]))
    assert result.returncode == 0, result.stderr
    assert "0 problems" in result.stdout


def test_nothing_is_fetched_outside_the_allowed_hosts(faulted):
    assert faulted["canary"].hits == {}  # elsewhere.test resolved to it: never asked
    for row in faulted["rows"]:
        if row["status"] is not None:  # every response came from the portal itself
            assert urlsplit(row["url"]).hostname == PORTAL_HOST, row["url"]
    offsite = [r for r in faulted["rows"] if urlsplit(r["url"]).hostname != PORTAL_HOST]
    assert {fault_of(r["requested_url"]) for r in offsite} == {"redirect-offsite", "retry-offsite"}
    assert all(r["error"].startswith("IgnoreRequest: offsite") for r in offsite)


def test_an_unknown_portal_stays_on_its_port_when_redirected_to_another(tmp_path):
    """Same host, other port: still another site (the generic path keeps host *and* port)."""
    canary = FaultPortal(articles=0, counts={}).start()
    portal = FaultPortal(articles=1, counts={"redirect-offsite": 1},
                         offsite_url=canary.base_url).start()
    try:
        result = crawl_cli("--start-url", portal.base_url + "/", "--db", str(tmp_path / "a.db"))
    finally:
        portal.stop()
        canary.stop()
    assert result.returncode == 0, result.stderr[-2000:]
    assert canary.hits == {}
    rows = list(sqlite_utils.Database(tmp_path / "a.db")["pages"].rows_where("error is not null"))
    assert [r["url"] for r in rows] == [f"{canary.base_url}/bai-viet/2"]


def test_robots_txt_is_obeyed_even_at_the_end_of_a_redirect(faulted):
    portal = faulted["portal"]
    assert portal.hits["/robots.txt"] == 1
    assert portal.requested("/quan-tri/") == [] and portal.requested("/dang-nhap") == []
    assert rows_of(faulted, "robots-disallowed") == []  # never sent, so no pages row
    (login,) = rows_of(faulted, "login-redirect")
    assert urlsplit(login["url"]).path == "/dang-nhap"
    assert json.loads(login["redirect_urls"]) == [login["requested_url"]]


def test_the_robots_refusal_message_is_still_scrapys():
    from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

    assert f'IgnoreRequest("{ROBOTS_REFUSAL}")' in inspect.getsource(RobotsTxtMiddleware)


# -- size caps -----------------------------------------------------------------------------------


def test_size_caps_stop_huge_bodies_and_gzip_bombs_before_memory_grows(faulted):
    portal, result = faulted["portal"], faulted["result"]
    # Without the caps this crawl would hold 1 GiB (huge), 1 GiB (gzip bomb) and an endless
    # stream; with them the crawler's peak memory stays that of a small crawl.
    assert result.peak_rss_mib is not None and result.peak_rss_mib < 400, result.peak_rss_mib
    for name in ("huge", "huge-stream"):
        sent = sum(n for target, n in portal.sent.items() if f"/loi/{name}/" in target)
        # Declared too big: refused at the headers. Streamed: cut right after the cap (the rest
        # is what the kernel's socket buffers took before the connection was aborted).
        assert sent < MAXSIZE + (32 << 20), (name, sent)
    (bomb,) = rows_of(faulted, "gzip-bomb")
    assert "1061908 B compressed" in bomb["error"]


def test_the_gzip_bomb_is_what_it_claims():
    import zlib

    bomb = gzip_bomb(8 << 20)
    assert len(bomb) < 16 << 10
    assert zlib.decompress(bomb, wbits=31) == bytes(8 << 20)


# -- bodies that are archived -----------------------------------------------------------------


def test_binary_and_mislabelled_bodies_are_archived_byte_for_byte(faulted):
    db = sqlite_utils.Database(faulted["db"])
    from pipelines.store import Archive

    archive = Archive(faulted["db"])
    (binary,) = rows_of(faulted, "binary")
    assert binary["status"] == 200 and binary["extract_status"] == "failed"
    assert "not an HTML page" in binary["extract_error"]
    assert archive.raw_body(binary["sha256"]).startswith(b"\x00\x01garbage")
    for name in ("charset-header-lies", "charset-legacy"):
        (row,) = rows_of(faulted, name)
        number = int(row["url"].rsplit("/", 1)[1])
        assert row["extract_status"] == "ok", row["extract_error"]
        article = db["articles"].get(row["url"])
        assert article["title"] == f"Huyện Kiến Thụy triển khai nhiệm vụ số {number}", name
        assert "hộ" in article["body_text"] or "ha" in article["body_text"]
    (lies,) = rows_of(faulted, "charset-header-lies")
    raw = archive.raw_body(lies["sha256"])
    assert raw == article_html(int(lies["url"].rsplit("/", 1)[1])).encode()
    assert hashlib.sha256(raw).hexdigest() == lies["sha256"]
    archive.close()


def test_a_hostile_article_is_kept_raw_and_stored_inert(faulted):
    db = sqlite_utils.Database(faulted["db"])
    from pipelines.store import Archive

    (row,) = rows_of(faulted, "hostile-html")
    archive = Archive(faulted["db"])
    raw = archive.raw_body(row["sha256"])
    archive.close()
    assert b"<script>" in raw and b"onerror=" in raw and b"javascript:" in raw  # evidence kept
    article = db["articles"].get(row["url"])
    for stored in (article["body_html"], article["body_text"]):
        lowered = stored.lower()
        assert "<script" not in lowered and "onerror" not in lowered
        assert "javascript:" not in lowered and "<iframe" not in lowered


def test_reliability_doc_covers_every_fault():
    doc = (Path(ROOT) / "docs" / "reliability.md").read_text(encoding="utf-8")
    for name in FAULTS:
        assert f"`{name}`" in doc, f"docs/reliability.md does not describe {name}"
