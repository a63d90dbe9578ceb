"""A faithful, versioned archive: change history, gone articles, WARC, reprocess, check, and a
kill -9 in the middle of a crawl."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import time

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from bench.distributed import build_portal
from district_archive.portals.sample import serve_site
from tests.conftest import (
    BASES,
    CLI,
    ROOT,
    crawl_kienthuy,
    edit_manifest,
    gold_articles,
    run_cli,
    serving_args,
)

CHANGED = "/tin-tuc-su-kien/kham-sang-loc-tu-van-suc-khoe-mien-phi-cho-nguoi-cao-tuoi-916540"
REMOVED = "/chi-dao-dieu-hanh/nang-cao-chat-luong-phuc-vu-tai-bo-phan-mot-cua-huyen-911074"
BASE = BASES["kienthuy"]



def test_changed_article_gets_a_version_and_removed_one_is_marked_gone(tmp_path, kienthuy_served):
    server, site = kienthuy_served, kienthuy_served.site_dir
    db_path = tmp_path / "archive.db"
    crawl_kienthuy(db_path, server)
    page = site / "pages" / "tin-tuc-su-kien" / "916540.html"
    html = page.read_text(encoding="utf-8")
    assert html.count("2.860 người") == 1
    page.write_text(html.replace("2.860 người", "2.917 người"), encoding="utf-8")
    edit_manifest(site, lambda entries: [e for e in entries if e["path"] != REMOVED])
    crawl_kienthuy(db_path, server)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == len(gold_articles("kienthuy"))  # nothing deleted
    changed = db["articles"].get(BASE + CHANGED)
    versions = list(db["article_versions"].rows_where("url = ?", [changed["url"]],
                                                      order_by="version"))
    assert [v["version"] for v in versions] == [1, 2] and changed["version"] == 2
    assert versions[0]["content_sha256"] != versions[1]["content_sha256"]
    assert changed["last_changed"] > changed["first_seen"]
    # Each version keeps its own statistics rows.
    per_version = {v["id"]: db["statistics"].count_where("version_id = ?", [v["id"]]) +
                   db["document_refs"].count_where("version_id = ?", [v["id"]]) for v in versions}
    assert all(per_version.values()), per_version
    gone = db["articles"].get(BASE + REMOVED)
    assert gone["status"] == "gone" and gone["gone_since"]
    assert db["article_versions"].count == db["articles"].count + 1  # nothing else duplicated
    unchanged = db["articles"].count_where("status = 'live' and version = 1")
    assert unchanged == db["articles"].count - 2
    run = db["crawl_runs"].get(2)
    assert (run["articles_changed"], run["articles_gone"], run["articles_new"]) == (1, 1, 0)


def test_warc_has_every_response_with_valid_payload_digests(crawled_archive, tmp_path):
    """Every fetch is a response record, or a revisit when an earlier record holds its body
    (listing page 1 is the listing itself: the same bytes under two URLs)."""
    out = tmp_path / "archive.warc.gz"
    result = run_cli("warc", "--db", str(crawled_archive), "-o", str(out))
    assert result.returncode == 0, result.stderr
    db = sqlite_utils.Database(crawled_archive)
    pages = {p["url"]: p for p in db["pages"].rows_where("status is not null")}
    seen, types, digests = set(), [], {}
    with open(out, "rb") as stream:
        for record in ArchiveIterator(stream):
            types.append(record.rec_type)
            if record.rec_type not in ("response", "revisit"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            digest = record.rec_headers.get_header("WARC-Payload-Digest")
            if record.rec_type == "response":
                payload = record.content_stream().read()
                assert hashlib.sha256(payload).hexdigest() == pages[url]["sha256"]
                assert digest == "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode()
                digests[url] = digest
            else:
                original = record.rec_headers.get_header("WARC-Refers-To-Target-URI")
                assert digests[original] == digest
                assert pages[original]["sha256"] == pages[url]["sha256"]
            assert record.http_headers.get_statuscode() == str(pages[url]["status"])
            seen.add(url)
    assert types[0] == "warcinfo"
    assert seen == set(pages)


def test_reprocess_is_idempotent_and_check_finds_a_corrupt_blob(crawled_archive, tmp_path):
    db_path = tmp_path / "copy.db"
    source = sqlite3.connect(crawled_archive)
    target = sqlite3.connect(db_path)
    source.backup(target)
    source.close(), target.close()
    assert run_cli("check", "--db", str(db_path)).returncode == 0
    result = run_cli("reprocess", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "0 new, 0 changed, 18 unchanged" in result.stdout
    # pages no derive reads (stylesheets kept for the replay, ...) are skipped every time
    skipped_before = int(re.search(r"(\d+) skipped", result.stdout)[1])
    db = sqlite_utils.Database(db_path)
    victim = db["articles"].get(BASE + CHANGED)
    sha = db["pages"].get(victim["page_id"])["sha256"]
    db.execute("update blobs set data = ? where sha256 = ?", [b"not zlib at all", sha])
    db.conn.commit()
    result = run_cli("check", "--db", str(db_path))
    assert result.returncode == 1 and sha in result.stderr and "1 problems" in result.stdout
    result = run_cli("reprocess", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert f"skipped {BASE + CHANGED}" in result.stderr
    assert "17 unchanged" in result.stdout
    assert f"{skipped_before + 1} skipped" in result.stdout


def test_kill_9_mid_crawl_loses_nothing_and_resume_fetches_each_article_once(tmp_path,
                                                                             kienthuy_served):
    server = kienthuy_served
    server.server.delay = 0.5  # a slow portal: time to kill the crawl
    db_path, jobdir = tmp_path / "archive.db", tmp_path / "job"
    args = [*CLI, "crawl", "--site", "kienthuy", "--db", str(db_path), "--jobdir", str(jobdir),
            "--log-level", "WARNING", *serving_args({"kienthuy": server})]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.1)
        if db_path.exists():
            with sqlite3.connect(db_path) as conn:
                try:
                    if conn.execute("select count(*) from pages where page_type = 'article'"
                                    ).fetchone()[0] >= 3:
                        break
                except sqlite3.OperationalError:
                    pass
    os.killpg(process.pid, signal.SIGKILL)  # the crawl and its derive process
    process.wait(10)
    db = sqlite_utils.Database(db_path)
    archived_before = db["pages"].count
    assert 3 <= db["pages"].count_where("page_type = 'article'") < len(gold_articles("kienthuy"))
    assert run_cli("check", "--db", str(db_path)).returncode == 0  # consistent after kill -9
    server.server.delay = 0
    result = run_cli("crawl", "--site", "kienthuy", "--db", str(db_path), "--jobdir", str(jobdir),
                     "--log-level", "WARNING", *serving_args({"kienthuy": server}))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "(resume)" in result.stdout
    db = sqlite_utils.Database(db_path)
    assert db["pages"].count > archived_before
    assert db["articles"].count == len(gold_articles("kienthuy"))
    fetches = dict(db.execute(
        "select url, count(*) from pages where url in (select url from articles) group by url"
    ).fetchall())
    assert set(fetches.values()) == {1}, {u: n for u, n in fetches.items() if n != 1}
    assert db["crawl_runs"].get(1)["finish_reason"] == "interrupted"


def test_an_article_no_listing_shows_for_n_full_crawls_is_gone_though_its_url_answers(
        tmp_path, kienthuy_served, monkeypatch):
    monkeypatch.setenv("DISTRICT_ARCHIVE_SETTINGS", '{"GONE_AFTER_UNLISTED_RUNS": 2}')
    server, site = kienthuy_served, kienthuy_served.site_dir
    db_path = tmp_path / "archive.db"
    unlisted = BASE + CHANGED  # stays served (200) but every link to it is removed
    crawl_kienthuy(db_path, server)
    for page in (site / "pages").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace(f'href="{CHANGED}"', 'href="/"'), encoding="utf-8")
    crawl_kienthuy(db_path, server)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].get(unlisted)["status"] == "live"  # one unlisted crawl: not yet
    crawl_kienthuy(db_path, server)
    db = sqlite_utils.Database(db_path)
    article = db["articles"].get(unlisted)
    assert (article["status"], article["gone_reason"]) == ("gone", "unlisted")
    assert db["articles"].count_where("status = 'live'") == len(gold_articles("kienthuy")) - 1
    assert db["crawl_runs"].get(3)["articles_gone"] == 1
    assert db["listing_links"].count_where("article_url = ?", [unlisted]) > 0  # from run 1


def test_kill_9_at_full_speed_loses_no_page_counted_archived_and_derives_each_once(tmp_path):
    """The crawl and its derive process killed together, at full speed (no delay): every page
    the crawl had reported archived is in ``pages``; the resume derives what was left, and
    every article page is derived exactly once."""
    articles = 300
    folder = tmp_path / "portal"
    build_portal(folder, "vinhbao", articles)
    server = serve_site(folder)
    db_path, jobdir = tmp_path / "archive.db", tmp_path / "job"
    args = ["crawl", "--site", "vinhbao", "--db", str(db_path), "--jobdir", str(jobdir),
            "--resolve", f"vinhbao.haiphong.gov.vn={server.base_url}",
            "--resolve", f"cdn.haiphong.gov.vn={server.base_url}"]
    env = {**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps({"PROGRESS_INTERVAL": 0.1})}
    try:
        process = subprocess.Popen([*CLI, *args, "--log-level", "INFO"], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        counted = 0
        for line in process.stderr:
            found = re.search(r"progress: vinhbao: (\d+) pages", line)
            if found:
                counted = int(found.group(1))
                if counted >= 80:
                    break
        os.killpg(process.pid, signal.SIGKILL)  # the crawl and its derive process at once
        process.wait(10)
        assert 80 <= counted < articles
        db = sqlite_utils.Database(db_path)
        assert db["pages"].count_where("run_id = 1") >= counted
        assert run_cli("check", "--db", str(db_path)).returncode == 0

        result = run_cli(*args, "--log-level", "WARNING")
        assert result.returncode == 0, result.stderr[-3000:]
        assert "(resume)" in result.stdout
    finally:
        server.stop()
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == articles == db["article_versions"].count
    derived = dict(db.execute("select url, count(*) from pages where outcome = 'new' group by url"
                              ).fetchall())
    assert len(derived) == articles and set(derived.values()) == {1}
    assert db["pages"].count_where("extract_status is null") == 0
    first, second = db["crawl_runs"].get(1), db["crawl_runs"].get(2)
    assert first["finish_reason"] == "interrupted" and second["finish_reason"] == "finished"
    assert first["articles_new"] + second["articles_new"] == articles
