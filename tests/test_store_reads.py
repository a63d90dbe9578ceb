"""The archive answers questions about its own tables (pipelines/store.py): runs, failing sites,
pages not derived yet, bodies, headers; and, on any sqlite3 connection, what the article page
and the raw copy show. A real archive file, written through the Archive's own methods."""
from __future__ import annotations

import sqlite3
import zlib

import pytest

from pipelines.store import (
    Archive,
    blob_bytes,
    content_type,
    header,
    parse_headers,
    read_article,
    read_blob,
    read_raw_copy,
)

SITE = {"id": "kienthuy", "name": "Kiến Thụy", "family": "haiphong-2024"}
URL = "https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien/bai-viet-900001"
HTML = {"Content-Type": ["text/html; charset=utf-8"], "ETag": ['"v1"']}


def fetch(url: str, **fields) -> dict:
    return {"site": "kienthuy", "url": url, "status": 200, "headers": HTML,
            "body": f"<html>{url}</html>".encode(), "page_type": "article",
            "fetched_at": "2024-03-12T08:30:00Z", **fields}


@pytest.fixture
def archive(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    archive.upsert_site(SITE)
    yield archive
    archive.close()


def test_headers_are_read_in_any_case_first_value_first():
    stored = parse_headers('{"content-type": ["text/html", "text/plain"], "ETag": []}')
    assert content_type(stored) == "text/html"
    assert content_type({"CONTENT-TYPE": ["application/pdf"]}) == "application/pdf"
    assert header(stored, "etag") is None  # present without a value
    assert content_type(None) is None and parse_headers(None) == {}


def test_recent_runs_newest_first_and_the_sites_whose_last_run_failed(archive):
    archive.upsert_site({"id": "tankhe"})
    archive.upsert_site({"id": "vinhbao"})
    for site, reason, status in [("kienthuy", "shutdown", 0), ("kienthuy", "finished", 0),
                                 ("tankhe", "finished", 0), ("tankhe", "finished", 3),
                                 ("vinhbao", "closespider_pagecount", 0)]:
        archive.finish_run(archive.start_run(site, "full"), finish_reason=reason,
                           exit_status=status)
    assert [r["id"] for r in archive.recent_runs(3)] == [5, 4, 3]
    assert [(r["site"], r["exit_status"]) for r in archive.failing_sites()] == [("tankhe", 3)]
    killed = archive.start_run("vinhbao", "full")  # never finished
    assert archive.last_run("vinhbao")["id"] == killed
    assert archive.last_run("vinhbao")["finished_at"] is None
    assert archive.last_run("nowhere") is None


def test_pages_to_derive_are_those_nothing_was_derived_from(archive):
    run = archive.start_run("kienthuy", "full")
    derived = archive.store_page(run, fetch(URL))
    archive.mark_derived(derived, "ok", "new")
    pending = archive.store_page(run, fetch(URL + "2"))
    listing = archive.store_page(run, fetch("https://kienthuy.haiphong.gov.vn/tin-tuc",
                                            page_type="listing"))
    failed = archive.store_page(run, fetch(URL + "3", status=None, body=b"", error="timeout"))
    other_run = archive.store_page(archive.start_run("kienthuy", "full"), fetch(URL + "4"))
    assert [p["id"] for p in archive.pages_to_derive()] == [pending, listing, failed, other_run]
    rows = archive.pages_to_derive(run)
    assert [p["id"] for p in rows] == [pending, listing, failed]
    assert [p["id"] for p in archive.pages_to_derive(run, after_id=pending, limit=1)] == [listing]
    assert rows[0]["family"] == "haiphong-2024" and content_type(
        parse_headers(rows[0]["headers"])) == "text/html; charset=utf-8"
    assert "body" not in rows[0]
    assert archive.page_to_derive(pending)["id"] == pending
    assert archive.page_to_derive(derived) is None  # derived already
    assert archive.derived_status(derived) == ("ok", "new")
    counts = archive.run_counts(run)
    assert (counts["pages"], counts["pages_failed"], counts["pages_answered"],
            counts["new"]) == (4, 1, 3, 1)
    assert archive.page_fetched(run, URL, "2024-03-12T08:30:00Z") == derived
    assert archive.page_fetched(run, URL, "2025-01-01T00:00:00Z") is None


def test_latest_article_page_of_each_url_and_what_a_run_completed(archive):
    run = archive.start_run("kienthuy", "full")
    archive.store_page(run, fetch(URL))
    newer = archive.store_page(run, fetch(URL, fetched_at="2024-04-01T00:00:00Z"))
    archive.store_page(run, fetch(URL, status=404))  # newest, but nothing to extract
    pdf = "https://cdn.haiphong.gov.vn/a.pdf"
    archive.store_page(run, fetch(pdf, page_type="attachment"))
    archive.store_page(run, fetch("https://kienthuy.haiphong.gov.vn/", page_type="listing"))
    assert [p["id"] for p in archive.latest_article_pages()] == [newer]
    assert sorted(set(archive.articles_done_in_run(run))) == [pdf, URL]


def test_bodies_read_back_and_check_reads(archive):
    run = archive.start_run("kienthuy", "full")
    page_id = archive.store_page(run, fetch(URL))
    page = archive.db["pages"].get(page_id)
    assert archive.raw_body(page["sha256"]) == f"<html>{URL}</html>".encode()
    assert blob_bytes(None, b"as stored") == b"as stored"
    assert blob_bytes("zlib", zlib.compress(b"packed")) == b"packed"
    assert [b[0] for b in archive.iter_blobs()] == [page["sha256"]]
    assert archive.integrity_errors() == [] and archive.foreign_key_violations() == []
    assert archive.pages_without_body() == 0 and archive.search_index_coverage() == (0, 0)
    assert [r["id"] for r in archive.iter_responses()] == [page_id]
    assert archive.site_ids() == ["kienthuy"] and archive.crawl_period()[0] is not None


def test_article_and_raw_copy_on_a_plain_connection(archive):
    """What the Datasette plugin reads, through a read-only sqlite3 connection of its own."""
    run = archive.start_run("kienthuy", "full")
    page_id = archive.store_page(run, fetch(URL))
    archive.store_article(page_id, {
        "url": URL, "site": "kienthuy", "title": "Huyện Kiến Thụy", "body_text": "Có 125 hộ.",
        "images": [{"src": "https://cdn.haiphong.gov.vn/a.jpg", "caption": "Ảnh"}],
        "statistics": [{"kind": "quantity", "text": "125 hộ", "start": 3, "end": 9,
                        "value": 125, "unit": "hộ", "sentence": "Có 125 hộ."},
                       {"kind": "document", "doc_type": "Kế hoạch", "number": "24/KH-UBND",
                        "text": "Kế hoạch số 24/KH-UBND", "start": 0, "end": 1}]})
    sha256 = archive.db["pages"].get(page_id)["sha256"]
    conn = sqlite3.connect(f"file:{archive.path}?mode=ro", uri=True)
    try:
        found = read_article(conn, URL)
        assert found["article"]["title"] == "Huyện Kiến Thụy" and found["article"]["rowid"]
        assert found["page"]["id"] == page_id and found["site"]["name"] == "Kiến Thụy"
        assert found["version"]["version"] == 1 and found["versions"] == 1
        assert [s["text"] for s in found["statistics"]] == ["125 hộ"]
        assert [d["number"] for d in found["documents"]] == ["24/KH-UBND"]
        assert [i["caption"] for i in found["images"]] == ["Ảnh"]
        assert found["fetches"]["n"] == 1 and found["attachments"] == []
        assert read_article(conn, URL + "/none") is None
        copy = read_raw_copy(conn, sha256)
        assert copy.data == f"<html>{URL}</html>".encode() and copy.url == URL
        assert copy.content_type == "text/html; charset=utf-8"
        assert read_blob(conn, "0" * 64) is None and read_raw_copy(conn, "0" * 64) is None
    finally:
        conn.close()
