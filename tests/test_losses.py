"""Never say "finished" when something was lost: a crawl that cannot store what it fetched, a
run cut short, two crawls writing one archive. Real crawls, real SQLite files, 127.0.0.1."""
from __future__ import annotations

import re
import resource
import signal
import subprocess
import time

import pytest
import sqlite_utils

from bench.distributed import build_portal
from district_archive.portals.sample import serve_site
from pipelines.store import Archive
from tests.conftest import CLI, ROOT, run_cli


@pytest.fixture
def portal(tmp_path):
    """A synthetic 300-article portal served on 127.0.0.1, and the crawl arguments for it."""
    folder = tmp_path / "portal"
    build_portal(folder, "vinhbao", 300)
    server = serve_site(folder)
    yield ["--site", "vinhbao", "--resolve", f"vinhbao.haiphong.gov.vn={server.base_url}",
           "--resolve", f"cdn.haiphong.gov.vn={server.base_url}", "--log-level", "WARNING"]
    server.stop()


def reported(stdout: str) -> int:
    return int(re.search(r"(\d+) pages archived", stdout).group(1))


def test_a_full_disk_fails_the_crawl_and_it_reports_exactly_what_it_stored(tmp_path, portal):
    db_path = tmp_path / "archive.db"
    Archive(db_path).close()  # the empty archive, schema and all
    limit = db_path.stat().st_size + 256 * 1024  # room for a few dozen pages, not for 300

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([*CLI, "crawl", "--db", str(db_path), *portal], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, preexec_fn=small_disk)
    assert result.returncode == 5, result.stderr[-3000:]
    assert "could not be stored" in result.stderr
    assert "Traceback" not in result.stdout
    stored = sqlite_utils.Database(db_path)["pages"].count
    assert 0 < stored < 300
    assert reported(result.stdout) == stored  # what it says it archived is what is there
    assert run_cli("check", "--db", str(db_path)).returncode == 0


def test_a_run_cut_short_is_recorded_as_cut_short(tmp_path, portal):
    db_path = tmp_path / "archive.db"
    result = run_cli("crawl", "--db", str(db_path), "--max-pages", "20", *portal)
    assert result.returncode == 0, result.stderr[-3000:]
    run = sqlite_utils.Database(db_path)["crawl_runs"].get(1)
    assert run["finish_reason"] == "closespider_pagecount"
    assert "closespider_pagecount" in result.stdout
    assert reported(result.stdout) == sqlite_utils.Database(db_path)["pages"].count

    # SIGTERM: Scrapy stops cleanly, and the run says it was shut down.
    process = subprocess.Popen([*CLI, "crawl", "--db", str(db_path), *portal], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.1)
        if sqlite_utils.Database(db_path)["pages"].count_where("run_id = 2") > 30:
            break
    process.send_signal(signal.SIGTERM)
    stdout, _ = process.communicate(timeout=120)
    run = sqlite_utils.Database(db_path)["crawl_runs"].get(2)
    assert run["finish_reason"] == "shutdown", stdout
    assert reported(stdout) == sqlite_utils.Database(db_path)["pages"].count_where("run_id = 2")


def test_two_crawls_of_different_sites_into_one_archive_both_store_everything(tmp_path,
                                                                              portal):
    db_path = tmp_path / "archive.db"
    other = subprocess.Popen([*CLI, "crawl", "--db", str(db_path), "--site", "kienthuy",
                              "--sample", "--log-level", "WARNING"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mine = run_cli("crawl", "--db", str(db_path), *portal)
    theirs, errors = other.communicate(timeout=300)
    assert mine.returncode == 0 and other.returncode == 0, errors[-3000:]
    db = sqlite_utils.Database(db_path)
    for stdout, site in ((mine.stdout, "vinhbao"), (theirs, "kienthuy")):
        assert reported(stdout) == db["pages"].count_where("site = ?", [site])
    assert db["articles"].count_where("site = 'vinhbao'") == 300
    assert db["articles"].count_where("site = 'kienthuy'") == 10


def test_a_start_url_the_crawl_refuses_ends_the_crawl_and_says_why(tmp_path):
    """A start URL a spider middleware refuses before it is sent (longer than the URL length
    limit) gets no answer: the crawl, which asks for nothing else until its start URL has
    answered, ends at once (not waiting for ever), counts the drop and fails."""
    server = serve_site(ROOT / "sample_portals" / "kienthuy")
    try:
        result = run_cli("crawl", "--start-url", server.base_url + "/" + "a" * 3000,
                         "--db", str(tmp_path / "a.db"), "--log-level", "WARNING", timeout=120)
    finally:
        server.stop()
    assert result.returncode != 0, result.stdout
    assert "url_length 1" in result.stdout, result.stdout[-2000:]
