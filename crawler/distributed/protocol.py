"""What the cluster's processes say to each other through Redis: key names and messages.

Crawl workers (``crawler/distributed``) and the single writer (``pipelines/ingest.py``) share
these names and this format, so both are written here once.

A message on ``items`` is JSON, one of

- ``{"v": 1, "kind": "page", "job", "worker", "page": {FetchedPage fields except body and
  page_id, "body_zlib": base64 of the zlib-compressed raw body}}``
- ``{"v": 1, "kind": "end", "job", "reason", "dropped"}``: placed after all the job's pages;
  ``dropped`` is ``{reason: count}`` of the requests limits kept from being fetched (offsite,
  robots, depth...: crawler/limits.py), summed over every worker of the job, which the writer
  records on the run as a local crawl does. Workers add their counts to the job hash's
  ``dropped:<reason>`` fields as they deliver (``DROPPED_FIELD``), and the frontier writes
  them into the end message in the same step that ends the job. An end message without
  ``dropped`` (an older worker) means "not known", which is not the same as none.

``decode_message`` checks everything a writer relies on and raises ``MessageError`` saying
what is wrong, so one bad message is set aside (dead-lettered) instead of stopping the writer;
a body inflating past ``MAX_BODY_BYTES`` is refused before it is held in memory.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter

DEFAULT_PREFIX = "dna"
MESSAGE_VERSION = 1
# The crawl's download cap (DOWNLOAD_MAXSIZE): no honest page inflates past it.
MAX_BODY_BYTES = 64 * 1024 * 1024

# Job-hash fields ``dropped:<reason>``: each worker's drop counts, added as it delivers.
DROPPED_FIELD = "dropped:"

_PREFIX_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


class MessageError(ValueError):
    """A message on the items list that the writer cannot store."""


@dataclass(frozen=True)
class Keys:
    """Key names under one prefix. The writer (``pipelines/ingest.py``) uses the same names for
    the four it reads: ``jobs``, ``job(j)``, ``items``, ``ingesting``."""

    prefix: str = DEFAULT_PREFIX

    def __post_init__(self) -> None:
        if not _PREFIX_RE.match(self.prefix):
            raise ValueError(f"Redis key prefix must match {_PREFIX_RE.pattern}: {self.prefix!r}")

    @property
    def jobs(self) -> str:
        return f"{self.prefix}:jobs"

    @property
    def open(self) -> str:
        return f"{self.prefix}:open"

    @property
    def workers(self) -> str:
        return f"{self.prefix}:workers"

    @property
    def items(self) -> str:
        return f"{self.prefix}:items"

    @property
    def ingesting(self) -> str:
        return f"{self.prefix}:items:ingesting"

    @property
    def dead(self) -> str:
        """Messages the writer could not store, each with its reason (JSON)."""
        return f"{self.prefix}:items:dead"

    @property
    def lease_seq(self) -> str:
        return f"{self.prefix}:lease-seq"

    def site(self, site: str) -> str:
        return f"{self.prefix}:site:{site}"

    def job(self, job: str, part: str | None = None) -> str:
        return f"{self.prefix}:job:{job}" + (f":{part}" if part else "")

    def inflight(self, job: str, worker: str) -> str:
        return self.job(job, f"inflight:{worker}")

    def worker_jobs(self, worker: str) -> str:
        return f"{self.prefix}:worker:{worker}:jobs"

    def scrapy_redis_templates(self) -> dict[str, str]:
        """scrapy-redis key settings: the spider's name is the job id."""
        return {"SCHEDULER_QUEUE_KEY": self.job("%(spider)s", "requests"),
                "SCHEDULER_DUPEFILTER_KEY": self.job("%(spider)s", "dupefilter")}


def reply_text(value: bytes | str) -> str:
    """A Redis reply as text: bytes here (clients do not decode replies), though typed either."""
    return value.decode() if isinstance(value, bytes) else value


def encode_page(job: str, worker: str | None, item: Any) -> bytes:
    """One fetched page for the writer: JSON, the raw body zlib-compressed then base64."""
    page = ItemAdapter(item).asdict()
    body = page.pop("body", None) or b""
    page.pop("page_id", None)
    page["body_zlib"] = base64.b64encode(zlib.compress(body, 6)).decode("ascii")
    return json.dumps({"v": MESSAGE_VERSION, "kind": "page", "job": job, "worker": worker,
                       "page": page}, ensure_ascii=False).encode("utf-8")


def encode_end(job: str, reason: str, dropped: Mapping[str, int] | None = None) -> bytes:
    """The end of a job's pages: the writer closes its run with ``reason`` and records
    ``dropped`` (None: not known; the frontier fills it in when it ends a job)."""
    message: dict[str, Any] = {"v": MESSAGE_VERSION, "kind": "end", "job": job,
                               "reason": reason}
    if dropped is not None:
        message["dropped"] = dict(dropped)
    return json.dumps(message).encode("utf-8")


# What a page message must carry for the writer, and the types it must have.
_PAGE_FIELDS: dict[str, tuple[type, ...]] = {
    "url": (str,), "site": (str, type(None)), "family": (str, type(None)),
    "page_type": (str, type(None)), "status": (int, type(None)), "headers": (dict,),
    "request_headers": (dict,),
    "fetched_at": (str, type(None)), "error": (str, type(None)),
    "article_links": (list,), "redirect_urls": (list,), "depth": (int, type(None)),
    "request_method": (str, type(None)), "request_body": (str, type(None)),
}


def decode_message(raw: bytes) -> dict[str, Any]:
    """A message from the items list, checked; a page's body comes back as raw bytes."""
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MessageError(f"not JSON: {exc}") from None
    if not isinstance(message, dict) or message.get("v") != MESSAGE_VERSION:
        raise MessageError(f"unknown message shape: {str(message)[:200]}")
    job = message.get("job")
    if not isinstance(job, str) or not job:
        raise MessageError("no job id")
    kind = message.get("kind")
    if kind == "end":
        if not isinstance(message.get("reason", "finished"), str):
            raise MessageError("end reason is not text")
        dropped = message.get("dropped")
        if dropped is not None and not (isinstance(dropped, dict) and all(
                isinstance(n, int) and not isinstance(n, bool) for n in dropped.values())):
            raise MessageError("end drop counts are not whole numbers by reason")
        return message
    if kind != "page":
        raise MessageError(f"unknown message kind {kind!r}")
    page = message.get("page")
    if not isinstance(page, dict):
        raise MessageError("page message without a page")
    if "url" not in page:
        raise MessageError("page field 'url' missing")
    for name, types in _PAGE_FIELDS.items():
        if name in page and (not isinstance(page[name], types)
                             or isinstance(page[name], bool)):
            raise MessageError(f"page field {name!r} of the wrong type")
    for name in ("headers", "request_headers"):
        if not all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                   for v in (page.get(name) or {}).values()):
            raise MessageError(f"page {name} are not lists of text")
    page["body"] = _inflate(page.pop("body_zlib", "") or "")
    return message


def _inflate(encoded: Any) -> bytes:
    if not isinstance(encoded, str):
        raise MessageError("body_zlib is not text")
    try:
        compressed = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MessageError(f"body_zlib is not base64: {exc}") from None
    inflater = zlib.decompressobj()
    try:
        body = inflater.decompress(compressed, MAX_BODY_BYTES + 1)
    except zlib.error as exc:
        raise MessageError(f"body does not decompress: {exc}") from None
    if len(body) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        raise MessageError(f"body inflates past {MAX_BODY_BYTES} bytes")
    return body
