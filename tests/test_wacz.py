"""Archivists' formats (issue 16): the WARC's records, its CDXJ index and the WACZ package of a
real crawl of the sample portals, checked with the tools that read them: warcio's checker,
``wacz validate``, and a replay lookup done as pywb does it (pywb itself pins redis 2.10 and
cannot install beside the cluster's redis 8): find the URL in the sorted CDXJ index, read the
record at its offset with warcio, follow a revisit to its original.

The archive is crawled three times: a full crawl of both portals, a second full crawl of
kienthuy (unchanged pages: identical-payload revisits) and an incremental one re-checking every
article (conditional requests answered 304: server-not-modified revisits).
"""
from __future__ import annotations

import bisect
import gzip
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from pipelines.store import blob_bytes
from pipelines.warc import IDENTICAL_PAYLOAD, SERVER_NOT_MODIFIED
from tests.conftest import BASES, gold_articles, run_cli

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wacz") / "archive.db"
    for args in (["--site", "kienthuy", "--site", "tankhe"], ["--site", "kienthuy"],
                 ["--site", "kienthuy", "--incremental", "--recent-days", "100000"]):
        result = run_cli("crawl", *args, "--sample", "--db", str(db), "--log-level", "WARNING")
        assert result.returncode == 0, result.stderr[-3000:]
    statuses = dict(sqlite3.connect(db).execute(
        "select status, count(*) from pages group by status").fetchall())
    assert statuses.get(304), statuses  # the incremental crawl's re-checks
    return db


def gold_urls(site: str) -> list[str]:
    return [BASES[site] + gold["path"] for gold in gold_articles(site)]


def records(path: Path | io.BytesIO) -> list:
    """Every record of a WARC, headers and payload read (payload as ``.payload``)."""
    found = []
    with (open(path, "rb") if isinstance(path, Path) else path) as stream:
        for record in ArchiveIterator(stream):
            record.payload = record.content_stream().read()
            found.append(record)
    return found


def warc_of(db: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    result = run_cli("warc", "--db", str(db), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    return result


def test_warc_records_pass_warcio_check_and_link_up(recrawled, tmp_path):
    out = tmp_path / "archive.warc.gz"
    result = warc_of(recrawled, out)
    check = subprocess.run([BIN / "warcio", "check", "-v", str(out)], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr
    assert "digest fail" not in check.stdout and "digest pass" in check.stdout

    found = records(out)
    info = found[0]
    assert info.rec_type == "warcinfo"
    fields = dict(line.split(": ", 1) for line in info.payload.decode().splitlines() if line)
    assert fields["format"] == "WARC File Format 1.1"
    assert fields["software"].startswith("District News Archive")
    assert fields["isPartOf"] == "kienthuy, tankhe" and fields["runs"] == "1-4"
    assert fields["http-header-user-agent"].startswith("DistrictNewsArchive/")

    by_id = {r.rec_headers.get_header("WARC-Record-ID"): r for r in found}
    assert len(by_id) == len(found)  # every record ID unique
    db = sqlite_utils.Database(recrawled)
    pages = list(db.query("select * from pages where status is not null order by id"))
    mains = [r for r in found if r.rec_type in ("response", "revisit")]
    requests = [r for r in found if r.rec_type == "request"]
    assert len(mains) == len(requests) == len(pages)  # one of each per fetch, in archive order
    kinds = {"response": 0, "revisit": 0}
    for page, main, request in zip(pages, mains, requests, strict=True):
        headers = main.rec_headers
        assert headers.get_header("WARC-Target-URI") == page["url"]
        assert headers.get_header("WARC-Date") == page["fetched_at"]
        assert headers.get_header("WARC-Warcinfo-ID") == info.rec_headers.get_header(
            "WARC-Record-ID")
        assert main.http_headers.get_statuscode() == str(page["status"])
        assert request.rec_headers.get_header("WARC-Concurrent-To") == \
            headers.get_header("WARC-Record-ID")
        assert request.http_headers.protocol == "GET"
        assert request.rec_headers.get_header("WARC-Target-URI") == page["url"]
        sent = json.loads(page["request_headers"])
        assert request.http_headers.get_header("User-Agent") == sent["User-Agent"][0]
        kinds[main.rec_type] += 1
        if page["status"] == 304:
            assert main.rec_type == "revisit"
            assert headers.get_header("WARC-Profile") == SERVER_NOT_MODIFIED
            assert request.http_headers.get_header("If-None-Match")  # the conditional request
        elif main.rec_type == "revisit":
            assert headers.get_header("WARC-Profile") == IDENTICAL_PAYLOAD
            assert main.payload == b""
        else:
            assert hashlib.sha256(main.payload).hexdigest() == page["sha256"]
        if main.rec_type == "revisit":  # its original is a response record of this file
            original = by_id[headers.get_header("WARC-Refers-To")]
            assert original.rec_type == "response"
            assert original.rec_headers.get_header("WARC-Target-URI") == \
                headers.get_header("WARC-Refers-To-Target-URI")
            assert original.rec_headers.get_header("WARC-Date") == \
                headers.get_header("WARC-Refers-To-Date")
            if page["status"] == 304:
                assert original.rec_headers.get_header("WARC-Target-URI") == page["url"]
            else:
                assert original.rec_headers.get_header("WARC-Payload-Digest") == \
                    headers.get_header("WARC-Payload-Digest")
    assert kinds["revisit"] >= 10 + 10  # the second full crawl's articles, and the 304s
    assert f"wrote {kinds['response']} response records" in result.stderr
    assert f"and {kinds['revisit']} revisit records" in result.stderr


def test_warc_round_trips_every_archived_sha256(recrawled, tmp_path):
    out = tmp_path / "archive.warc.gz"
    warc_of(recrawled, out)
    written = {hashlib.sha256(r.payload).hexdigest(): r.payload
               for r in records(out) if r.rec_type == "response"}
    db = sqlite_utils.Database(recrawled)
    archived = {row["sha256"] for row in db.query(
        "select distinct sha256 from pages where status is not null and status <> 304")}
    assert archived and archived <= set(written)
    for row in db.query("select sha256, compression, data from blobs"):
        if row["sha256"] in archived:
            assert written[row["sha256"]] == blob_bytes(row["compression"], row["data"])


def test_requests_of_pages_fetched_before_request_headers_were_kept_say_reconstructed(
        recrawled, tmp_path):
    older = tmp_path / "older.db"
    source, target = sqlite3.connect(recrawled), sqlite3.connect(older)
    source.backup(target)
    target.execute("update pages set request_headers = null where referer is not null")
    target.commit()
    source.close(), target.close()
    out = tmp_path / "older.warc.gz"
    warc_of(older, out, "--site", "tankhe")
    found = records(out)
    assert found[0].rec_type == "warcinfo"
    assert "isPartOf: tankhe\r\n" in found[0].payload.decode()
    requests = [r for r in found if r.rec_type == "request"]
    reconstructed = [r for r in requests
                     if r.rec_headers.get_header("District-Archive-Request") == "reconstructed"]
    assert reconstructed and len(reconstructed) < len(requests)
    for request in reconstructed:  # what the archive knows: URL, User-Agent, Referer
        assert request.http_headers.get_header("Referer")
        assert request.http_headers.get_header("User-Agent").startswith("DistrictNewsArchive/")
        assert request.http_headers.get_header("Accept") is None  # not guessed
    assert all(r.rec_headers.get_header("WARC-Target-URI").startswith(BASES["tankhe"]) or
               "cdn" in r.rec_headers.get_header("WARC-Target-URI") for r in requests)


def cdxj_lookup(lines: list[str], url: str) -> list[tuple[str, dict]]:
    """The captures of ``url`` in a sorted CDXJ index, (timestamp, fields) oldest first: a
    binary search on the SURT key, as a replay engine does."""
    from cdxj_indexer.main import CDXJIndexer

    key = CDXJIndexer.get_url_key(None, url) + " "
    captures = []
    for line in lines[bisect.bisect_left(lines, key):]:
        if not line.startswith(key):
            break
        _, stamp, fields = line.split(" ", 2)
        captures.append((stamp, json.loads(fields)))
    return captures


def replay(warc: bytes, lines: list[str], url: str) -> tuple[str, bytes]:
    """What a replay engine serves for ``url``: its latest capture, a revisit resolved through
    the index to its original (by WARC-Refers-To-Target-URI and -Date); (status, payload)."""
    def read(fields: dict) -> tuple:
        offset, length = int(fields["offset"]), int(fields["length"])
        record = next(iter(ArchiveIterator(io.BytesIO(warc[offset:offset + length]))))
        return record, record.content_stream().read()

    record, payload = read(cdxj_lookup(lines, url)[-1][1])
    status = record.http_headers.get_statuscode()
    if record.rec_type == "revisit":
        target = record.rec_headers.get_header("WARC-Refers-To-Target-URI")
        stamp = "".join(c for c in record.rec_headers.get_header("WARC-Refers-To-Date")
                        if c.isdigit())
        original = next(fields for when, fields in cdxj_lookup(lines, target)
                        if when == stamp and fields["mime"] != "warc/revisit")
        record, payload = read(original)
        if status == "304":  # not modified: the original's answer stands
            status = record.http_headers.get_statuscode()
    return status, payload


def test_cdxj_beside_the_warc_finds_every_gold_article(recrawled, tmp_path):
    out = tmp_path / "kienthuy.warc.gz"
    result = warc_of(recrawled, out, "--site", "kienthuy")
    index = tmp_path / "kienthuy.cdxj"
    assert f"CDXJ index: {index}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kienthuy.cdxj", "kienthuy.warc.gz"]
    lines = index.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert all(json.loads(line.split(" ", 2)[2])["filename"] == "kienthuy.warc.gz"
               for line in lines)
    db = sqlite_utils.Database(recrawled)
    warc = out.read_bytes()
    for url in gold_urls("kienthuy"):
        article = db["articles"].get(url)
        digest = db["pages"].get(article["page_id"])["sha256"]
        status, payload = replay(warc, lines, url)
        assert status == "200" and hashlib.sha256(payload).hexdigest() == digest, url
    assert run_cli("warc", "--db", str(recrawled), "--site", "nowhere", "-o",
                   str(tmp_path / "x.warc.gz")).returncode == 2
    assert not (tmp_path / "x.warc.gz").exists()


@pytest.mark.parametrize("site", ["kienthuy", None], ids=["site", "whole-archive"])
def test_wacz_passes_wacz_validate_and_replays_every_gold_article(recrawled, tmp_path, site):
    out = tmp_path / "out.wacz"
    args = ["--site", site] if site else []
    result = run_cli("wacz", "--db", str(recrawled), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out.wacz"]  # no temporary left
    validate = subprocess.run([BIN / "wacz", "validate", "-f", str(out)], capture_output=True,
                              text=True, timeout=300)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "the passed WACZ is valid" in validate.stdout

    sites = [site] if site else ["kienthuy", "tankhe"]
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        warc_name = f"archive/{site or 'archive'}.warc.gz"
        assert {warc_name, "indexes/index.cdx.gz", "indexes/index.idx", "pages/pages.jsonl",
                "datapackage.json", "datapackage-digest.json"} <= set(names)
        assert package.getinfo(warc_name).compress_type == zipfile.ZIP_STORED
        pages = [json.loads(line) for line in
                 package.read("pages/pages.jsonl").decode("utf-8").splitlines()]
        assert pages[0]["format"] == "json-pages-1.0"
        listed = {page["url"]: page for page in pages[1:]}
        lines = gzip.decompress(package.read("indexes/index.cdx.gz")).decode().splitlines()
        warc = package.read(warc_name)
        datapackage = json.loads(package.read("datapackage.json"))
    assert datapackage["wacz_version"] == "1.1.1"
    assert datapackage["title"] == f"District News Archive: {site or 'archive'}"
    db = sqlite_utils.Database(recrawled)
    golds = [url for s in sites for url in gold_urls(s)]
    assert set(listed) == {a["url"] for a in db["articles"].rows
                           if site is None or a["site"] == site}
    for url in golds:
        article = db["articles"].get(url)
        assert listed[url]["title"] == article["title"]
        digest = db["pages"].get(article["page_id"])["sha256"]
        status, payload = replay(warc, lines, url)
        assert status == "200" and hashlib.sha256(payload).hexdigest() == digest, url
    assert "articles listed" in result.stderr and "warning" not in result.stderr


def test_wacz_refuses_the_archive_and_an_unknown_site(recrawled, tmp_path):
    result = run_cli("wacz", "--db", str(recrawled), "-o", str(recrawled))
    assert result.returncode == 2 and "is the archive's own file" in result.stderr
    result = run_cli("wacz", "--db", str(recrawled), "--site", "nowhere",
                     "-o", str(tmp_path / "x.wacz"))
    assert result.returncode == 2 and "kienthuy, tankhe" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_list_page_fetched_by_posting_its_form_is_a_post_request_record(tmp_path):
    """The DotNetNuke hold-out's further list pages answer a post of the page's form: their
    request records say POST and carry the form as sent, so a replay asks for the same page,
    and warcio's checker accepts them."""
    from tests.test_unseen_portals import crawl_portal

    db = tmp_path / "archive.db"
    crawl_portal("namlien", db)
    out = tmp_path / "namlien.warc.gz"
    result = warc_of(db, out)
    assert result.returncode == 0, result.stderr[-2000:]
    posts = [r for r in records(out) if r.rec_type == "request"
             and r.http_headers.protocol.startswith("POST")]
    assert len(posts) == 4
    for record in posts:
        form = record.payload.decode("latin-1")
        assert "__EVENTARGUMENT=Page%24" in form and "__VIEWSTATE=" in form
        assert record.http_headers.get_header("Content-Type") == \
            "application/x-www-form-urlencoded"
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
