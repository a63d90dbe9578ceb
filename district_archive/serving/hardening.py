"""Hardened serving: security headers on every response, Content-Security-Policies for the
pages that show archived content, the archive's location on the server never shown, and no
request that can hold the server (issue 13, case 8); what each SQL connection may do is
:mod:`district_archive.serving.limits`.

The ASGI wrapper (``hardened``) refuses facets on long text columns (a hundred
``_facet=body_text`` took 39 s) and more than ``MAX_FACETS`` facets a request, and neutralises
formula cells in Datasette's CSV (``pipelines.export.neutralise_formula``). Introspection pages
are closed (``CLOSED_PAGES``). The serving process hands the GIL between threads more often
(``share_the_gil``).
"""
from __future__ import annotations

import base64
import csv
import fnmatch
import hashlib
import io
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from datasette.utils.asgi import NotFound, Response

from pipelines.export import neutralise_formula

SECURITY_HEADERS = [
    (b"x-robots-tag", b"noindex, nofollow, noarchive"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"SAMEORIGIN"),
]
# The article page runs only the inline scripts of Datasette's own templates, each allowed by
# its hash; anything else (a script that got past the sanitiser into the body) is blocked.
ARTICLE_CSP = ("default-src 'self'; script-src {scripts}; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'self'; img-src 'self'; "
               "style-src 'self' 'unsafe-inline'")
RAW_CSP = "default-src 'none'; sandbox"
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def article_csp(page: str, untrusted: str) -> str:
    """The CSP for a rendered article page: hashes of the templates' inline scripts, found in
    the page with the archived body taken out, so nothing from the archive is ever allowed."""
    trusted = page.replace(untrusted, "") if untrusted else page
    digests = (hashlib.sha256(m.group(1).encode("utf-8")).digest()
               for m in _INLINE_SCRIPT.finditer(trusted))
    hashes = sorted({f"'sha256-{base64.b64encode(d).decode('ascii')}'" for d in digests})
    return ARTICLE_CSP.format(scripts=" ".join(hashes) or "'none'")


# The event loop (every page) shares the GIL with SQL threads running Python functions
# (``pipelines.search``) for up to the SQL time limit. A thread waiting for the GIL waits up to
# one switch interval each time it wants it back, and a page hands it over hundreds of times:
# with three hostile queries running, a plain page took 0.6-1.3 s at 1 ms (Python's default is
# 5 ms) and 0.3-0.5 s at 0.2 ms (slowest of ~16, on the 2-core test machine).
GIL_SWITCH_INTERVAL_S = 0.0002


def share_the_gil() -> None:
    """Make the serving process hand the GIL between threads more often (see above)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))


def no_console_tracebacks() -> None:
    """Datasette 0.65 dumps every exception its error pages handle (a 404 included) to the
    console with rich when rich is installed (``wacz`` brings it, through frictionless and
    typer), from outside the ``except`` block: rich then raises ``ValueError`` and a 404 page
    becomes a 500. The error pages are the same without the dump."""
    import datasette.handle_exception as handler

    handler.rich = None


# -- requests ---------------------------------------------------------------------------------

MAX_FACETS = 5  # facet parameters in one request; each may run up to facet_time_limit_ms
_FACET_PARAMS = ("_facet", "_facet_array", "_facet_date", "_facet_year")
#: Long text never faceted (fnmatch patterns; plugin setting ``unfacetable_columns`` replaces).
UNFACETABLE_COLUMNS = ("body_*", "*_folded", "text", "sentence", "headers", "request_headers",
                       "redirect_urls", "evidence", "notes", "start_urls")
#: Datasette's introspection and debug pages, closed on a public archive: they show the server's
#: threads and paths, versions to match against vulnerabilities, the plugins, the settings.
#: Kept: ``/-/metadata`` (the published column descriptions) and ``/-/databases`` (file names
#: only, ``databases_without_paths``).
CLOSED_PAGES = ("threads", "versions", "plugins", "settings", "config", "actor", "allow-debug",
                "permissions", "messages", "patterns", "auth-token")
CLOSED_PAGES_ROUTE = rf"^/-/({'|'.join(re.escape(p) for p in CLOSED_PAGES)})(\.json)?$"


async def closed_page(request: Any) -> Response:
    raise NotFound("not offered by this server")


def refused_facets(query_string: str, unfacetable: tuple[str, ...]) -> str | None:
    """Why the facets a request asks for are refused, or None."""
    facets = [value for name, value in parse_qsl(query_string, keep_blank_values=True)
              if name in _FACET_PARAMS]
    if len(facets) > MAX_FACETS:
        return f"at most {MAX_FACETS} facets a request ({len(facets)} asked)"
    long_text = sorted({f for f in facets if any(fnmatch.fnmatchcase(f, p) for p in unfacetable)})
    if long_text:
        return (f"no facets on long text ({', '.join(long_text)}): search it instead "
                "(_search=, or the search page)")
    return None


def _is_csv(scope: dict[str, Any]) -> bool:
    query = scope.get("query_string", b"").decode("latin-1")
    return scope.get("path", "").endswith(".csv") or "_format=csv" in query


async def _send_text(send: Any, status: int, text: str) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": text.encode("utf-8")})


class _CsvNeutraliser:
    """Re-writes Datasette's CSV body record by record (records can span chunks and hold
    quoted newlines: a record is complete when its quotes balance and it ends a line), each
    field through ``neutralise_formula``."""

    def __init__(self) -> None:
        self.pending = b""

    def feed(self, chunk: bytes, final: bool) -> bytes:
        self.pending += chunk
        cut = len(self.pending) if final else self._complete_prefix()
        done, self.pending = self.pending[:cut], self.pending[cut:]
        if not done:
            return b""
        out = io.StringIO()
        writer = csv.writer(out)
        for record in csv.reader(io.StringIO(done.decode("utf-8", "replace"), newline="")):
            writer.writerow([neutralise_formula(field) for field in record])
        return out.getvalue().encode("utf-8")

    def _complete_prefix(self) -> int:
        """Length of the longest prefix of whole records (0 if none yet)."""
        end = self.pending.rfind(b"\n")
        while end >= 0:
            if self.pending.count(b'"', 0, end + 1) % 2 == 0:
                return end + 1
            end = self.pending.rfind(b"\n", 0, end)
        return 0


def hardened(app: Any, unfacetable: tuple[str, ...] = UNFACETABLE_COLUMNS) -> Any:
    """An ASGI app that adds ``SECURITY_HEADERS`` to every HTTP response lacking them, refuses
    facets on ``unfacetable`` columns and past ``MAX_FACETS``, and neutralises CSV formulas."""
    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        refusal = refused_facets(scope.get("query_string", b"").decode("latin-1"), unfacetable)
        if refusal:
            return await _send_text(send, 400, refusal)
        csv_body = _CsvNeutraliser() if _is_csv(scope) else None

        async def send_hardened(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                headers = [(k, v) for k, v in message.get("headers", [])
                           if not (csv_body and k.lower() == b"content-length")]
                message = {**message, "headers": [
                    *headers, *((k, v) for k, v in SECURITY_HEADERS if k not in present)]}
            elif message["type"] == "http.response.body" and csv_body is not None:
                final = not message.get("more_body", False)
                message = {**message, "body": csv_body.feed(message.get("body", b""), final)}
            await send(message)
        await app(scope, receive, send_hardened)
    return wrapped


async def databases_without_paths(datasette: Any, request: Any) -> Response:
    """``/-/databases.json`` as Datasette gives it, less the server's directories."""
    databases = datasette._connected_databases()
    for database in databases:
        if database.get("path"):
            database["path"] = Path(database["path"]).name
    return Response.json(databases)
