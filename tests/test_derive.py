"""The one derive path, driven directly with archived pages: no Scrapy, no server.

Each test archives pages the way a crawl does (``Archive.store_page``) and derives them through
``pipelines.derive``, which the crawl, ``reprocess`` and the cluster writer all call."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlite_utils

import pipelines.derive_process as derive_process
from pipelines.derive import (
    RunEnd,
    analysed_page,
    archived_page,
    close_run,
    derive_page,
    derive_pages,
    record_group,
)
from pipelines.derive_process import derive_run
from pipelines.reprocess import derive_interrupted_run, reprocess_archive
from pipelines.store import SHARE_BLOCK, Archive
from tests.conftest import ROOT, SAMPLES, gold_articles

BASE = "https://kienthuy.haiphong.gov.vn"
SITE = {"id": "kienthuy", "name": "Kiến Thụy", "family": "haiphong-2024"}
HTML = {"Content-Type": ["text/html; charset=utf-8"]}


def served(path: str) -> bytes:
    entry = next(e for e in json.loads((SAMPLES / "kienthuy" / "manifest.json").read_text())
                 if e["path"] == path)
    return (SAMPLES / "kienthuy" / entry["file"]).read_bytes()


GOLD = gold_articles("kienthuy")
ARTICLE = GOLD[0]["path"]
OTHER = GOLD[1]["path"]


@pytest.fixture
def archive(tmp_path: Path):
    archive = Archive(tmp_path / "archive.db")
    archive.upsert_site(SITE)
    yield archive
    archive.close()


def fetch(archive: Archive, run_id: int, path: str, *, status: int = 200, page_type="article",
          body: bytes | None = None, at: str = "2025-06-01T00:00:00Z", links=()) -> dict:
    """Archive one response as the crawl would, and return it as derive reads it."""
    page_id = archive.store_page(run_id, {
        "url": BASE + path, "site": "kienthuy", "page_type": page_type, "status": status,
        "headers": HTML, "body": served(path) if body is None else body, "fetched_at": at,
        "article_links": [BASE + link for link in links]})
    return archive.page_to_derive(page_id)


def derive(archive: Archive, row: dict):
    return derive_page(archive, archived_page(row))


def test_an_article_page_becomes_an_article_once(archive):
    run = archive.start_run("kienthuy", "full")
    row = fetch(archive, run, ARTICLE)
    derived = derive(archive, row)
    assert (derived.extract_status, derived.outcome) == ("ok", "new")
    article = archive.db["articles"].get(BASE + ARTICLE)
    assert article["title"] == GOLD[0]["title"] and article["version"] == 1
    # Derived again (a second process, a resume): nothing changes, the page keeps its outcome.
    again = derive(archive, row)
    assert again.detail == "derived already" and again.outcome == "new"
    assert archive.db["article_versions"].count == 1
    assert archive.db["pages"].get(row["id"])["outcome"] == "new"


def test_outcomes_of_a_second_run_gone_not_modified_changed_and_skipped(archive):
    first = archive.start_run("kienthuy", "full")
    for path in (ARTICLE, OTHER):
        derive(archive, fetch(archive, first, path))
    close_run(archive, first, RunEnd("finished", "full", registered=True))
    second = archive.start_run("kienthuy", "full")
    later = "2025-07-01T00:00:00Z"
    changed = served(ARTICLE).replace(GOLD[0]["title"].encode(), "Tiêu đề mới".encode())
    outcomes = [derive(archive, fetch(archive, second, ARTICLE, body=changed, at=later)).outcome,
                derive(archive, fetch(archive, second, OTHER, status=404, body=b"",
                                      at=later)).outcome,
                derive(archive, fetch(archive, second, "/", page_type="listing", at=later)).outcome]
    assert outcomes == ["changed", "gone", None]
    gone = archive.db["articles"].get(BASE + OTHER)
    assert (gone["status"], gone["gone_reason"], gone["gone_since"]) == ("gone", "http 404", later)
    fields = close_run(archive, second, RunEnd("finished", "full", registered=True))
    assert (fields["articles_changed"], fields["articles_gone"], fields["articles_new"],
            fields["pages_fetched"]) == (1, 1, 0, 3)
    assert archive.db["article_versions"].count_where("url = ?", [BASE + ARTICLE]) == 2

    third = archive.start_run("kienthuy", "incremental")
    not_modified = fetch(archive, third, ARTICLE, status=304, body=b"", at="2025-08-01T00:00:00Z")
    assert derive(archive, not_modified).outcome == "unchanged"
    assert archive.db["articles"].get(BASE + ARTICLE)["last_seen"] == "2025-08-01T00:00:00Z"


def _servers_message(headline: str) -> bytes:
    """The portal's own message page, served with status 200 at a story's URL."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{headline}</title></head><body><div id="menu"><a href="/">Trang chủ</a>
<a href="/tin-tuc">Tin tức</a></div><div class="main"><h1>{headline}</h1>
<p>Trang bạn tìm không tồn tại hoặc đã bị xóa, hoặc đang được bảo trì. Mời bạn quay lại
<a href="/">Trang chủ</a>.</p></div><div id="footer">Bản quyền thuộc UBND huyện</div>
</body></html>""".encode()


@pytest.mark.parametrize("page_type", ["article", "unknown"])  # a known URL; a generic link
@pytest.mark.parametrize(("headline", "status", "reason"), [
    ("Không tìm thấy trang", "gone", "the portal's not-found page, served with status 200"),
    ("Hệ thống đang bảo trì", "live", None)], ids=["not-found", "maintenance"])
def test_the_servers_message_at_a_storys_url_is_no_version_of_it(
        archive, page_type, headline, status, reason):
    """A story archived, then its URL answered 200 with the server's "not found" page (the
    story is gone, its versions kept) or a maintenance page (it may come back: still live):
    never a new version of the story, nor a retraction of it, however often judged."""
    first = archive.start_run("kienthuy", "full")
    derive(archive, fetch(archive, first, ARTICLE))
    second = archive.start_run("kienthuy", "full")
    row = fetch(archive, second, ARTICLE, page_type=page_type, body=_servers_message(headline),
                at="2025-07-01T00:00:00Z")
    for again in (False, True):  # the crawl's derive, then the run's classes settled again
        derived = derive_page(archive, archived_page(row), again=again)
        assert derived.outcome == ("gone" if status == "gone" else None), derived
    article = archive.db["articles"].get(BASE + ARTICLE)
    assert (article["status"], article["gone_reason"]) == (status, reason)
    assert article["title"] == GOLD[0]["title"] and article["version"] == 1
    assert archive.db["article_versions"].count_where("url = ?", [BASE + ARTICLE]) == 1
    assert archive.db["retractions"].count == 0
    page = archive.db["pages"].get(row["id"])
    assert page["page_class"] == "other" and "the server's" in page["page_class_reason"]


def test_a_page_that_cannot_be_extracted_is_kept_marked_and_counted(archive):
    run = archive.start_run("kienthuy", "full")
    row = fetch(archive, run, ARTICLE, body=b"\x00\x01\x02" * 500)
    derived = derive(archive, row)
    assert (derived.extract_status, derived.outcome) == ("failed", "failed")
    assert archive.db["pages"].get(row["id"])["extract_error"]
    assert close_run(archive, run, RunEnd("finished", "full", True))["extract_errors"] == 1


def test_a_figure_past_2_to_the_63_is_stored_not_lost(archive):
    run = archive.start_run("kienthuy", "full")
    body = served(ARTICLE).replace(b"</p>", " Tổng vốn 10.000.000.000 tỷ đồng.</p>".encode(), 1)
    derived = derive(archive, fetch(archive, run, ARTICLE, body=body))
    assert derived.outcome == "new"
    money = archive.db.execute("select value from statistics where text like '10.000.000.000%'"
                               ).fetchone()
    assert money is not None and money[0] == pytest.approx(1e19)  # past 2^63 ≈ 9.2e18


def test_only_a_complete_full_crawl_applies_the_unlisted_gone_rule(archive):
    def crawl(reason: str, links: tuple[str, ...]) -> dict:
        run = archive.start_run("kienthuy", "full")
        derive(archive, fetch(archive, run, "/", page_type="listing", links=links))
        for path in (ARTICLE, OTHER):
            derive(archive, fetch(archive, run, path))
        return close_run(archive, run, RunEnd(reason, "full", registered=True), 2)

    crawl("finished", (ARTICLE, OTHER))
    # A crawl cut short (a page cap, SIGTERM) did not see every listing: it proves nothing.
    assert crawl("closespider_pagecount", (ARTICLE,))["articles_gone"] == 0
    assert crawl("shutdown", (ARTICLE,))["articles_gone"] == 0
    assert archive.db["articles"].get(BASE + OTHER)["status"] == "live"
    assert crawl("finished", (ARTICLE,))["articles_gone"] == 0  # one complete crawl: not yet
    assert crawl("finished", (ARTICLE,))["articles_gone"] == 1
    assert archive.db["articles"].get(BASE + OTHER)["gone_reason"] == "unlisted"


def test_an_interrupted_run_is_derived_and_closed_with_its_true_counts(archive):
    run = archive.start_run("kienthuy", "full")
    for path in (ARTICLE, OTHER):
        fetch(archive, run, path)  # archived, then the crawl was killed before deriving
    summary = derive_interrupted_run(archive, archive.run(run), registered=True)
    assert summary["new"] == 2
    closed = archive.run(run)
    assert (closed["finish_reason"], closed["articles_new"]) == ("interrupted", 2)


def test_the_derive_process_loop_derives_what_arrives_until_told_to_stop(archive):
    run = archive.start_run("kienthuy", "full")
    fetch(archive, run, ARTICLE)
    polls = iter([False, False, True])
    fetched_later = []

    def done() -> bool:
        finished = next(polls, True)
        if not fetched_later:
            fetched_later.append(fetch(archive, run, OTHER))  # arrives while it runs
        return finished

    assert derive_run(archive, run, done) == 2
    assert archive.pages_to_derive(run) == []


def test_derive_processes_side_by_side_record_in_archive_order(archive, tmp_path):
    """The second of two processes analyses its block at once but records it only after the
    first block: what one process would record before it is recorded before it."""
    run = archive.start_run("kienthuy", "full")
    for n in range(2 * SHARE_BLOCK):
        fetch(archive, run, OTHER if n % 3 else ARTICLE, at=f"2025-06-01T00:00:{n:02d}Z")
    # the order pages are recorded in, as the archive sees it
    archive.db.executescript("""
        create table record_order (page_id integer);
        create trigger recorded after update of extract_status on pages
        when old.extract_status is null and new.extract_status is not null
        begin insert into record_order values (new.id); end;""")
    counted: list[int] = []

    def second_process() -> None:  # its own connection, as a process of its own has
        second = Archive(tmp_path / "archive.db")
        counted.append(derive_run(second, run, lambda: True, share=(1, 2)))
        second.close()

    thread = threading.Thread(target=second_process)
    thread.start()
    thread.join(0.5)
    # its block waits: the first block, all archived before it, is not recorded yet
    theirs = len(archive.pages_to_derive(run, share=(1, 2)))
    assert thread.is_alive() and theirs
    assert derive_run(archive, run, lambda: True, share=(0, 2)) == 2 * SHARE_BLOCK - theirs
    thread.join(30)
    assert counted == [theirs] and archive.pages_to_derive(run) == []
    order = [row["page_id"] for row in archive.db.query("select page_id from record_order "
                                                         "order by rowid")]
    assert len(order) == 2 * SHARE_BLOCK and order == sorted(order)


def test_a_derive_process_records_out_of_turn_when_the_one_before_never_does(archive,
                                                                             monkeypatch):
    """Another process died with its block not recorded: after a patience, this one records
    its own, and says so; the next run or ``reprocess`` derives what the dead one left."""
    monkeypatch.setattr(derive_process, "ORDER_PATIENCE_SECONDS", 0.2)
    run = archive.start_run("kienthuy", "full")
    for n in range(SHARE_BLOCK + 1):
        fetch(archive, run, OTHER, at=f"2025-06-01T00:00:{n:02d}Z")
    dead_ones = archive.pages_to_derive(run, share=(0, 2))
    mine = archive.pages_to_derive(run, share=(1, 2))
    assert dead_ones and mine and dead_ones[0]["id"] < mine[0]["id"]
    assert derive_run(archive, run, lambda: True, share=(1, 2)) == len(mine)
    assert archive.pages_to_derive(run) == dead_ones


def test_reprocess_derives_again_and_changes_nothing(archive):
    run = archive.start_run("kienthuy", "full")
    for path in (ARTICLE, OTHER):
        derive(archive, fetch(archive, run, path))
    before = list(sqlite_utils.Database(archive.db.conn)["article_versions"].rows)
    summary = reprocess_archive(archive, log=lambda message: None)
    assert (summary["new"], summary["changed"], summary["unchanged"]) == (0, 0, 2)
    assert list(archive.db["article_versions"].rows) == before


def test_derive_pages_counts_each_outcome(archive):
    run = archive.start_run("kienthuy", "full")
    rows = [fetch(archive, run, path) for path in (ARTICLE, OTHER)]
    rows.append(fetch(archive, run, "/robots.txt", page_type="other"))
    summary = derive_pages(archive, (archived_page(row) for row in rows))
    assert summary == {"new": 2, "skipped": 1}


def test_reprocess_stores_statistics_again_when_newer_code_finds_them(archive):
    """An archive derived by older code: its statistics rows are replaced, not kept stale."""
    run = archive.start_run("kienthuy", "full")
    row = fetch(archive, run, ARTICLE)
    derive(archive, row)
    found = archive.db["statistics"].count
    assert found > 0
    archive.db.execute("delete from statistics")  # as if the old code had found none
    archive.db.execute("update statistics set unit = 'stale'")
    reprocess_archive(archive, log=lambda message: None)
    assert archive.db["statistics"].count == found
    reprocess_archive(archive, log=lambda message: None)  # and never twice
    assert archive.db["statistics"].count == found


def test_a_finished_crawl_that_a_limit_kept_from_some_pages_marks_nothing_gone(archive):
    def crawl(dropped: dict[str, int], links: tuple[str, ...]) -> dict:
        run = archive.start_run("kienthuy", "full")
        derive(archive, fetch(archive, run, "/", page_type="listing", links=links))
        for path in (ARTICLE, OTHER):
            derive(archive, fetch(archive, run, path))
        return close_run(archive, run, RunEnd("finished", "full", True, dropped=dropped), 2)

    crawl({}, (ARTICLE, OTHER))
    # A depth cut: the crawl "finished" but did not see every listing, so it is no evidence
    # either way: with it skipped, the last two complete crawls still include one listing OTHER.
    assert crawl({"depth": 3}, (ARTICLE,))["articles_gone"] == 0
    assert crawl({"offsite": 40, "robots": 2}, (ARTICLE,))["articles_gone"] == 0
    assert archive.db["articles"].get(BASE + OTHER)["status"] == "live"
    # Offsite and robots.txt drops are no part of the site's listings: a complete crawl.
    assert crawl({"offsite": 40}, (ARTICLE,))["articles_gone"] == 1
    assert json.loads(archive.run(4)["dropped"]) == {"offsite": 40}


def test_pages_a_finished_run_left_underived_are_derived_before_the_next_crawl(archive):
    """A derive process that failed leaves archived pages underived; the run says so
    (``pages_underived``) and the next crawl of the site derives them before it fetches."""
    from crawler.runner import CrawlJob
    from crawler.sites import get_site
    from district_archive.jobs import plan

    run = archive.start_run("kienthuy", "full")
    fetch(archive, run, ARTICLE)  # archived; its derive process died before deriving it
    close_run(archive, run, RunEnd("finished", "full", registered=True))
    assert archive.run_counts(run)["pages_underived"] == 1
    archive.close()
    plan(CrawlJob(get_site("kienthuy"), True), str(archive.path), incremental=False,
         jobdir=None, recent_days=30)
    reopened = Archive(archive.path)
    assert reopened.run_counts(run)["pages_underived"] == 0
    assert reopened.db["articles"].get(BASE + ARTICLE)["title"] == GOLD[0]["title"]
    reopened.close()


def _derived_tables(archive: Archive) -> dict[str, list]:
    conn = archive.db.conn
    tables = {table: conn.execute(f"select * from [{table}] order by rowid").fetchall()
              for table in ("articles", "article_versions", "statistics", "document_refs",
                            "article_places", "listing_links")}
    tables["pages"] = conn.execute("select id, extract_status, outcome, extract_error, "
                                   "page_class from pages order by id").fetchall()
    conn.execute("create virtual table temp.terms using fts5vocab(main, articles_search, "
                 "'instance')")
    tables["search"] = conn.execute("select term, doc, col from temp.terms "
                                    "order by doc, col, term").fetchall()
    conn.execute("drop table temp.terms")
    return tables


def test_pages_derived_together_give_what_pages_derived_one_by_one_give(tmp_path):
    """Several pages' records in one transaction (a block of the derive process's loop,
    ``record_group``): the same rows, search index included, as one page a transaction; a page
    that cannot be extracted is recorded failed alone, and a page derived meanwhile is not
    derived again."""
    changed = served(ARTICLE).replace(GOLD[0]["title"].encode(), "Tiêu đề mới".encode())
    pages = [(ARTICLE, None, "article"), (OTHER, b"\x00\x01\x02" * 500, "article"),
             ("/robots.txt", None, "other"), (OTHER, None, "article"),
             (ARTICLE, changed, "article"), (ARTICLE, None, "article")]
    results = {}
    for way in ("one by one", "together"):
        archive = Archive(tmp_path / f"{way}.db")
        archive.upsert_site(SITE)
        run = archive.start_run("kienthuy", "full")
        rows = [fetch(archive, run, path, body=body, page_type=kind,
                      at=f"2025-06-0{n + 1}T00:00:00Z")
                for n, (path, body, kind) in enumerate(pages)]
        derive(archive, rows[3])  # derived meanwhile (another process)
        if way == "together":
            derived = record_group(archive, [analysed_page(archive, archived_page(row))
                                             for row in rows])
        else:
            derived = [derive(archive, row) for row in rows]
        results[way] = (derived, _derived_tables(archive))
        archive.close()
    derived, tables = results["together"]
    assert [(d.extract_status, d.outcome) for d in derived] == [
        ("ok", "new"), ("failed", "failed"), ("skipped", None), ("ok", "new"),
        ("ok", "changed"), ("ok", "changed")]
    assert derived[3].detail == "derived already"
    assert results["together"] == results["one by one"]
    assert tables["search"]  # the index was written (at the end of the transaction)


def test_the_derive_process_records_an_attachment_link_without_loading_ssl_or_numpy(archive):
    # The process the crawl starts, its imports traced: it never connects, so it loads no ssl
    # (pipelines.lean: 1.7 MiB of its ~48) and no numpy; the attachment's fetched URL, which
    # w3lib.url makes (and urllib.request, which it imports, goes on without ssl), is stored.
    run = archive.start_run("kienthuy", "full")
    page = fetch(archive, run, OTHER)
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.derive_process", str(archive.path), str(run)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]
    imported = set(re.findall(r"^import time:.*\| +([\w.]+)$", done.stderr, re.MULTILINE))
    assert {"pipelines.analyse", "w3lib.url", "urllib.request", "http.client"} <= imported
    assert not {"_ssl", "numpy"} & imported  # _ssl: the module that loads OpenSSL
    assert archive.db["pages"].get(page["id"])["outcome"] == "new"
    attachment = next(archive.db["attachments"].rows_where("article_url = ?", [BASE + OTHER]))
    assert attachment["fetched_url"].startswith("https://") and attachment["name"]


def test_a_derive_process_started_ahead_of_the_run_derives_it_once_given(archive):
    """``start_waiting``: the crawl command starts its derive processes before Scrapy, and the
    crawl's ``DeriveProcess`` gives one its run; one never given a run exits."""
    run = archive.start_run("kienthuy", "full")
    page = fetch(archive, run, ARTICLE)
    derive_process.start_waiting(2)
    waiting = list(derive_process._waiting)
    deriver = derive_process.DeriveProcess(archive.path, run)
    assert deriver.process is waiting[0] and derive_process._waiting == waiting[1:]
    assert deriver.finish() == 0
    assert archive.db["pages"].get(page["id"])["outcome"] == "new"
    derive_process.end_waiting()  # as the crawl command does once its crawls end
    assert waiting[1].returncode == 0 and derive_process._waiting == []


def test_a_waiting_derive_process_that_died_is_replaced(archive):
    run = archive.start_run("kienthuy", "full")
    page = fetch(archive, run, OTHER)
    derive_process.start_waiting(1)
    dead = derive_process._waiting[0]
    dead.kill()
    dead.wait()
    deriver = derive_process.DeriveProcess(archive.path, run)
    assert deriver.process is not dead and deriver.finish() == 0
    assert archive.db["pages"].get(page["id"])["outcome"] is not None
