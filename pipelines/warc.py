"""The raw archive as WARC 1.1 (ISO 28500:2017), written with warcio, streamed page by page.

Records, in this order (``docs/warc.md`` says what each holds and what is reconstructed):

- ``warcinfo`` first: the software, the format, the sites and runs the file holds, the crawl
  period and the User-Agent the crawler sends.
- Per archived fetch (a ``pages`` row with a status), in archive order:
  - ``response``: the original status line and headers and the archived body as payload, the
    first time that body is written;
  - ``revisit`` (profile ``identical-payload-digest``) instead, when an earlier record of the file
    already holds the same body (an unchanged re-fetch, the same file under two URLs): headers
    only, pointing to that record (``WARC-Refers-To``, ``-Target-URI``, ``-Date``);
  - ``revisit`` (profile ``server-not-modified``) for a ``304 Not Modified``, which has no body:
    it points to the response record holding the body of the last earlier 2xx of the same URL,
    when the file has one;
  - ``request`` after it, ``WARC-Concurrent-To`` the record above: the request headers the
    crawler recorded (``pages.request_headers``, from migration ``m012``), or, for pages archived
    before, a reconstruction (method GET, Host, the crawler's User-Agent, the Referer it sent),
    marked ``District-Archive-Request: reconstructed``.

Bodies are archived after transfer decoding (Scrapy undoes gzip/br), so ``Content-Encoding`` and
``Transfer-Encoding`` are dropped and ``Content-Length`` is restated for the payload as stored.
``WARC-Date`` is the fetch time. ``WARC-Block-Digest`` and ``WARC-Payload-Digest`` are SHA-1 in
base 32, as WARC 1.1 and the replay tools expect (the archive's own SHA-256 is in the CDXJ index
only by way of the body). Record IDs are UUIDv5 of the page's row, URL, time and body digest:
the same archive written twice gives the same IDs, so a revisit can name its original without
keeping every ID in memory.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import sqlite3
import uuid
from collections.abc import Mapping
from http import HTTPStatus
from io import BytesIO
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.settings import USER_AGENT
from pipelines.progress import Progress, no_progress
from pipelines.store import Archive, parse_headers, read_blob

_DROP = {"content-encoding", "transfer-encoding", "content-length"}
# Never written into a request record (none is sent by the crawler; a portal's must not leak).
_PRIVATE_REQUEST_HEADERS = {"authorization", "proxy-authorization"}
WARC_VERSION = "WARC/1.1"
FORMAT = "WARC File Format 1.1"
CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
IDENTICAL_PAYLOAD = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
SERVER_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
# A fixed namespace for the record IDs (UUIDv5): the project's own, never changed.
RECORD_NAMESPACE = uuid.UUID("6c1d3a52-53f5-4a8e-9a5c-0d4e2c7b9f31")
RECONSTRUCTED = "District-Archive-Request"


def software() -> str:
    """What wrote the file: this project and warcio, with their versions."""
    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:  # run from a checkout, not installed
            return "unknown"
    return f"District News Archive {version('district-news-archive')} " \
           f"(warcio {version('warcio')})"


def record_id(page: Mapping[str, Any], role: str, prefix: str = "") -> str:
    """The WARC-Record-ID of ``page``'s ``role`` record (response, revisit, request):
    ``prefix`` names the columns (``first_`` for the page a revisit points to)."""
    key = " ".join(str(page[prefix + column]) for column in ("id", "url", "fetched_at"))
    return f"<urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, f'{role} {key}')}>"


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def sha1_base32(body: bytes) -> str:
    """A payload digest as WARC 1.1 and warcio write it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _response_headers(page: Mapping[str, Any], length: int | None) -> StatusAndHeaders:
    headers = [(name, value) for name, values in parse_headers(page["headers"]).items()
               for value in values if name.lower() not in _DROP]
    if length is not None:
        headers.append(("Content-Length", str(length)))
    return StatusAndHeaders(_status_line(page["status"]), headers, protocol="HTTP/1.1")


def _request_headers(page: Mapping[str, Any]) -> tuple[StatusAndHeaders, bool]:
    """The request line and headers, and whether they were reconstructed (not recorded)."""
    parts = urlsplit(page["url"])
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    recorded = parse_headers(page["request_headers"]) if page["request_headers"] else None
    headers = [("Host", parts.netloc.rsplit("@", 1)[-1])]
    if recorded is not None:
        headers += [(name, value) for name, values in recorded.items() for value in values
                    if name.lower() not in _PRIVATE_REQUEST_HEADERS | {"host"}]
    else:
        headers.append(("User-Agent", USER_AGENT))
        if page["referer"]:
            headers.append(("Referer", page["referer"]))
    method = page.get("request_method") or "GET"
    line = StatusAndHeaders(f"{method} {target} HTTP/1.1", headers, protocol="",
                            is_http_request=True)
    return line, recorded is None


class ArchiveWARCWriter:
    """Writes an archive's fetches as WARC records to a binary stream (gzip per record)."""

    def __init__(self, archive: Archive, out: BinaryIO) -> None:
        self.archive = archive
        self.writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
        self.warcinfo_id: str | None = None
        self.counts = {"response": 0, "revisit": 0, "request": 0}

    def write_warcinfo(self, filename: str, site: str | None) -> None:
        first, last = self.archive.crawl_period(site)
        runs = self.archive.run_ids(site)
        record = self.writer.create_warcinfo_record(filename, {
            "software": software(),
            "format": FORMAT,
            "conformsTo": CONFORMS_TO,
            "description": "Vietnamese district-portal responses archived by District News "
                           "Archive; request records marked reconstructed were rebuilt from "
                           "the archive (method, URL, User-Agent, Referer)",
            "isPartOf": site or ", ".join(self.archive.site_ids()),
            "runs": _ranges(runs),
            "crawl-period": f"{first} / {last}",
            "http-header-user-agent": USER_AGENT,
            "robots": "obey",
        })
        self.warcinfo_id = record.rec_headers.get_header("WARC-Record-ID")
        self.writer.write_record(record)

    def _warc_headers(self, page: Mapping[str, Any], role: str) -> dict[str, str]:
        headers = {"WARC-Record-ID": record_id(page, role), "WARC-Date": page["fetched_at"]}
        if self.warcinfo_id:
            headers["WARC-Warcinfo-ID"] = self.warcinfo_id
        return headers

    def write_page(self, page: Mapping[str, Any]) -> None:
        """The records of one fetch: its response or revisit, then its request."""
        if page["status"] == 304:
            main = self._not_modified(page)
        elif page["first_id"] is not None and page["first_id"] != page["id"] and page["size"]:
            main = self._identical(page)
        else:
            main = self._response(page)
        self.writer.write_record(main)
        self.counts[main.rec_type] += 1
        http_request, reconstructed = _request_headers(page)
        warc_headers = self._warc_headers(page, "request")
        warc_headers["WARC-Concurrent-To"] = main.rec_headers.get_header("WARC-Record-ID")
        if reconstructed:
            warc_headers[RECONSTRUCTED] = "reconstructed"
        form = (page.get("request_body") or "").encode("latin-1")  # a POST's form, as sent
        self.writer.write_record(self.writer.create_warc_record(
            page["url"], "request", http_headers=http_request, warc_headers_dict=warc_headers,
            payload=BytesIO(form) if form else None, length=len(form) if form else None))
        self.counts["request"] += 1

    def _body(self, sha256: str) -> bytes:
        # One query (Archive.raw_body goes through sqlite-utils, which asks for the table's
        # columns on every call: a fifth of the writer's time, measured on 20,000 fetches).
        body = read_blob(self.archive.db.conn, sha256)
        if body is None:
            raise sqlite3.DatabaseError(f"no archived body with sha256 {sha256}")
        return body

    def _response(self, page: Mapping[str, Any]) -> Any:
        body = self._body(page["sha256"])
        return self.writer.create_warc_record(
            page["url"], "response", payload=BytesIO(body), length=len(body),
            http_headers=_response_headers(page, len(body)),
            warc_headers_dict=self._warc_headers(page, "response"))

    def _identical(self, page: Mapping[str, Any]) -> Any:
        # The digest must be the one the original record carries: SHA-1, so the body is read.
        digest = sha1_base32(self._body(page["sha256"]))
        headers = self._warc_headers(page, "revisit")
        headers["WARC-Refers-To"] = record_id(page, "response", prefix="first_")
        return self.writer.create_revisit_record(
            page["url"], digest, page["first_url"], page["first_fetched_at"],
            http_headers=_response_headers(page, None), warc_headers_dict=headers)

    def _not_modified(self, page: Mapping[str, Any]) -> Any:
        headers = self._warc_headers(page, "revisit")
        headers["WARC-Profile"] = SERVER_NOT_MODIFIED
        if page["unmodified_id"] is not None:
            headers["WARC-Refers-To"] = record_id(page, "response", prefix="unmodified_")
            headers["WARC-Refers-To-Target-URI"] = page["unmodified_url"]
            headers["WARC-Refers-To-Date"] = page["unmodified_fetched_at"]
        return self.writer.create_warc_record(
            page["url"], "revisit", http_headers=_response_headers(page, None),
            warc_headers_dict=headers)


def write_warc(archive: Archive, out: BinaryIO, *, filename: str = "archive.warc.gz",
               site: str | None = None, progress: Progress = no_progress) -> dict[str, int]:
    """Write every archived fetch (of ``site``, or all) to ``out``; returns the records
    written by type (``response``, ``revisit``, ``request``). ``progress`` is told of each
    fetch written."""
    writer = ArchiveWARCWriter(archive, out)
    writer.write_warcinfo(filename, site)
    for page in progress(archive.iter_warc_pages(site), "fetches",
                         archive.response_count(site)):
        writer.write_page(page)
    return writer.counts


def _ranges(numbers: list[int]) -> str:
    """``1-4, 7``: run ids as ranges, short however many runs there were."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
