"""Serve a simulated portal (a ``sample_portals/<site>`` folder) on 127.0.0.1, exactly as its
``manifest.json`` says: the request target (path plus query string, byte for byte) selects the
entry; status, ``Location``, content type and charset come from it; anything else is a 404.

A site whose ``site.json`` names ``session_params`` (``{name: the value recorded in its files}``)
models a server that writes session state into every URL (Oracle ADF's ``_afrLoop`` and
``_adf.ctrl-state``): those parameters are ignored when the entry is looked up; an entry with
``"session": true`` asked for without them is answered by a 302 to the same target with fresh
values added, and its body is served with every recorded value replaced by a fresh one of the
same shape, new at each response, so each response names its links under new URLs.

The format is ``sample_portals/FORMAT.md``. One server per site, each on its own port; the
crawler reaches it through ``RESOLVE`` (see ``crawler/resolve.py``), so the archive keeps the
portal's real URLs.
"""
from __future__ import annotations

import email.utils
import hashlib
import http.server
import importlib.util
import json
import random
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from district_archive import SAMPLE_PORTALS
from district_archive.portals import loopback


class SampleSiteError(ValueError):
    """The folder is not a sample portal (no manifest.json or site.json)."""


def load_manifest(site_dir: Path) -> dict[str, Any]:
    """The manifest's GET entries by request target; its postback entries (with ``post``) are
    under ``"POST " + target``, a list each."""
    manifest = site_dir / "manifest.json"
    if not manifest.is_file() or not (site_dir / "site.json").is_file():
        raise SampleSiteError(f"{site_dir} is not a sample portal "
                              "(needs site.json and manifest.json)")
    routes: dict[str, Any] = {}
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        if "post" in entry:
            routes.setdefault("POST " + entry["path"], []).append(entry)
        else:
            routes[entry["path"]] = entry
    return routes


# A page a portal generates for any target its manifest lacks: (status, content type, body).
GeneratedPage = tuple[int, str, bytes]


def generated_pages(site_dir: Path) -> Callable[[str], GeneratedPage | None] | None:
    """The ``answer(target)`` function of the folder's ``generated_pages.py``, or None.

    A manifest lists what a portal serves, one entry a page; some portals answer without end (a
    calendar widget links every day, and its previous/next month links lead to a month more,
    for ever). Such a portal's folder holds a ``generated_pages.py`` whose ``answer`` renders the
    page of a request target the manifest lacks, or returns None (a 404)."""
    source = site_dir / "generated_pages.py"
    if not source.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"generated_pages_{site_dir.name}", source)
    if spec is None or spec.loader is None:
        raise SampleSiteError(f"{source} cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    answer: Callable[[str], GeneratedPage | None] = module.answer
    return answer


def without_params(target: str, names: set[str]) -> tuple[str, bool]:
    """``target`` without the query parameters ``names`` (the others kept in their order), and
    whether it carried all of them."""
    path, _, query = target.partition("?")
    kept = [p for p in query.split("&") if p and p.split("=", 1)[0] not in names]
    found = {p.split("=", 1)[0] for p in query.split("&")} & names
    return path + ("?" + "&".join(kept) if kept else ""), found == names


_RANDOM = random.SystemRandom()


def fresh_value(recorded: str) -> str:
    """A new value of the recorded one's shape: a random digit for each digit, a random letter
    for each letter, other characters kept (``1q8xk2v7ab_4`` -> ``7fc0wq3ama_9``)."""
    return "".join(_RANDOM.choice(string.digits) if c.isdigit()
                   else _RANDOM.choice(string.ascii_lowercase) if c.isalpha() else c
                   for c in recorded)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _SiteServer
    protocol_version = "HTTP/1.1"
    server_version = "DistrictNewsArchiveSample/1"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        """An ASP.NET postback: the entry whose ``post`` fields the form carries. WebForms
        ignores an event without its view state, and so does this server (a 404 then)."""
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode("utf-8", "replace"),
                                                keep_blank_values=True).items()}
        target = self._target()
        self.server.requests.append(f"POST {target} {form.get('__EVENTARGUMENT', '')}")
        entry = None
        if form.get("__VIEWSTATE"):
            entry = next((e for e in self.server.routes().get("POST " + target, [])
                          if all(form.get(k) == v for k, v in e["post"].items())), None)
        self._send(entry, send_body=True)

    def _target(self) -> str:
        target = self.path
        if "://" in target:  # absolute-form request (a client using us as a proxy)
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        return target

    def _answer(self, send_body: bool) -> None:
        target = self._target()
        self.server.requests.append(target)
        self.server.asked_at.setdefault(target, time.monotonic())
        if self.server.delay:  # a slow portal, for interruption tests
            time.sleep(self.server.delay)
        session = self.server.session_params
        if not session:
            entry = self.server.routes().get(target)
            if entry is None and self.server.generated is not None:
                made = self.server.generated(target)
                if made is not None:
                    self._send_generated(*made, send_body=send_body)
                    return
            self._send(entry, send_body)
            return
        lookup, carried = without_params(target, set(session))
        entry = self.server.routes().get(lookup)
        fresh = {name: fresh_value(value) for name, value in session.items()}
        if entry is not None and entry.get("session") and not carried:
            added = "&".join(f"{name}={value}" for name, value in fresh.items())
            entry = {"status": 302, "location": target + ("&" if "?" in target else "?") + added}
        rewrite = ({session[n].encode(): v.encode() for n, v in fresh.items()}
                   if entry is not None and entry.get("session") else {})
        self._send(entry, send_body, rewrite)

    def _send_generated(self, status: int, content_type: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send(self, entry: dict[str, Any] | None, send_body: bool,
              rewrite: dict[bytes, bytes] | None = None) -> None:
        if entry is not None and entry.get("delay"):  # this page answers slowly (a test's order)
            time.sleep(float(entry["delay"]))
        if entry is None:
            body = b"Not Found"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            return
        if "location" in entry:
            self.send_response(entry.get("status", 301))
            self.send_header("Location", entry["location"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = entry.get("status", 200)
        path = self.server.site_dir / entry["file"]
        body = path.read_bytes()
        for recorded, fresh in (rewrite or {}).items():
            body = body.replace(recorded, fresh)
        etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        if self.headers.get("If-None-Match") == etag:  # RFC 9110 §13.1.2: ETag wins
            self.send_response(304)  # not modified
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", entry.get("content_type", "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified",
                         email.utils.formatdate(path.stat().st_mtime, usegmt=True))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read .requests
        pass


class _SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site_dir: Path, port: int, delay: float = 0.0):
        self.site_dir = site_dir
        self.delay = delay
        self.requests: list[str] = []
        self.asked_at: dict[str, float] = {}  # when each target was first asked for (monotonic)
        site = json.loads((site_dir / "site.json").read_text(encoding="utf-8")) \
            if (site_dir / "site.json").is_file() else {}
        self.session_params: dict[str, str] = dict(site.get("session_params") or {})
        self._routes: tuple[tuple[int, int], dict[str, Any]] | None = None
        self.routes()  # fail early on a bad folder
        self.generated = generated_pages(site_dir)
        super().__init__((loopback.LOOPBACK, port), _Handler)

    def routes(self) -> dict[str, Any]:
        # Re-read whenever the manifest changes (tests and demos edit the served corpus between
        # crawls), not on every request: parsing it each time held benchmark crawls back.
        try:
            status = (self.site_dir / "manifest.json").stat()
        except OSError:
            return load_manifest(self.site_dir)  # raises SampleSiteError, saying what is missing
        stamp = (status.st_mtime_ns, status.st_size)
        if self._routes is None or self._routes[0] != stamp:
            self._routes = (stamp, load_manifest(self.site_dir))
        return self._routes[1]


@dataclass
class SampleServer:
    """One running site server. ``base_url`` is ``http://127.0.0.1:<port>``."""

    site_id: str
    site_dir: Path
    server: _SiteServer
    thread: threading.Thread = field(repr=False)

    @property
    def base_url(self) -> str:
        return loopback.base_url(self.server.server_address[1])

    @property
    def requests(self) -> list[str]:
        """Request targets received so far, in order."""
        return self.server.requests

    @property
    def asked_at(self) -> dict[str, float]:
        """When each request target was first asked for (``time.monotonic``)."""
        return self.server.asked_at

    def resolve(self, hosts: tuple[str, ...]) -> dict[str, str]:
        """``hosts`` (a site's portal host and asset hosts) fetched from this server."""
        return dict.fromkeys(hosts, self.base_url)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve_site(site_dir: Path, port: int = 0, delay: float = 0.0) -> SampleServer:
    """Start serving one sample portal in a background thread (port 0: any free port);
    ``delay`` seconds before each answer simulates a slow portal."""
    site_dir = Path(site_dir)
    server = _SiteServer(site_dir, port, delay)
    thread = threading.Thread(target=server.serve_forever, name=f"sample-{site_dir.name}",
                              daemon=True)
    thread.start()
    site_id = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))["id"]
    return SampleServer(site_id, site_dir, server, thread)


@dataclass
class ServedPortal:
    """A hold-out portal served for a crawl by ``--start-url``: its own server and, for a portal
    whose ``site.json`` names the host it moved from (``moved_from``: that host's base URL and
    the sub-folder serving it), the old host's server too; the crawl starts where a user who
    knew the portal would (the old host's root, else ``start_path``)."""

    servers: list[SampleServer]
    start_url: str
    resolve: list[str]  # ``--resolve`` values, host=base URL (the start URL's host)
    # Scrapy settings (``DISTRICT_ARCHIVE_SETTINGS``) resolving every host served, the new one
    # too: ``--resolve`` takes only hosts the crawl is known to fetch from before it starts
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def requests(self) -> list[str]:
        return [target for server in self.servers for target in server.requests]

    def stop(self) -> None:
        for server in self.servers:
            server.stop()


def serve_portal(site_dir: Path) -> ServedPortal:
    meta = json.loads((Path(site_dir) / "site.json").read_text(encoding="utf-8"))
    base = meta["base_url"]
    servers = [serve_site(site_dir)]
    resolve = [f"{urlsplit(base).hostname}={servers[0].base_url}"]
    start = base + meta.get("start_path", "/")
    moved = meta.get("moved_from")
    if not moved:
        return ServedPortal(servers, start, resolve)
    servers.append(serve_site(Path(site_dir) / moved["folder"]))
    old_host = urlsplit(moved["base_url"]).hostname or ""
    settings = {"RESOLVE": {urlsplit(base).hostname: servers[0].base_url,
                            old_host: servers[1].base_url}}
    return ServedPortal(servers, moved["base_url"] + "/", [f"{old_host}={servers[1].base_url}"],
                        settings)


def sample_site_dirs(root: Path = SAMPLE_PORTALS) -> list[Path]:
    return sorted(p for p in Path(root).iterdir() if (p / "manifest.json").is_file())
