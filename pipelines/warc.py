"""The raw archive as WARC (ISO 28500:2017), written with warcio.

One ``response`` record per archived fetch (original status and headers, the archived body as
payload, ``WARC-Payload-Digest``), preceded by a ``warcinfo`` record describing the crawl. Bodies
are archived after transfer decoding (Scrapy undoes gzip/br), so ``Content-Encoding`` and
``Transfer-Encoding`` are dropped and ``Content-Length`` is restated for the payload as stored.
"""
from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.progress import Progress, no_progress
from pipelines.store import Archive, parse_headers

_DROP = {"content-encoding", "transfer-encoding", "content-length"}


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def write_warc(archive: Archive, out: BinaryIO, *, filename: str = "archive.warc.gz",
               software: str = "District News Archive",
               progress: Progress = no_progress) -> int:
    """Write every archived response to ``out`` (gzip per record); returns the record count.
    ``progress`` is told of each response written."""
    writer = WARCWriter(out, gzip=True)
    first, last = archive.crawl_period()
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": software,
        "format": "WARC File Format 1.1",
        "description": "Vietnamese district-portal responses archived by District News Archive",
        "isPartOf": ", ".join(archive.site_ids()),
        "crawl-period": f"{first} / {last}",
        "robots": "obey",
    }))
    count = 0
    for page in progress(archive.iter_responses(), "responses", archive.response_count()):
        body = archive.raw_body(page["sha256"])
        headers = [(name, value) for name, values in parse_headers(page["headers"]).items()
                   for value in values if name.lower() not in _DROP]
        headers.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(_status_line(page["status"]), headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            page["url"], "response", payload=BytesIO(body), length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": page["fetched_at"]},
        )
        writer.write_record(record)
        count += 1
    return count
