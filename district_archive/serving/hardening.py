"""Hardened serving: security headers on every response, Content-Security-Policies for the
pages that show archived content, and the archive's location on the server never shown."""
from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
from pathlib import Path
from typing import Any

from datasette.utils.asgi import Response

SECURITY_HEADERS = [
    (b"x-robots-tag", b"noindex, nofollow, noarchive"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"SAMEORIGIN"),
]
# The article page runs only the inline scripts of Datasette's own templates, each allowed by
# its hash; anything else (a script that got past the sanitiser into the body) is blocked.
ARTICLE_CSP = ("default-src 'self'; script-src {scripts}; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'self'; img-src 'self' http: https:; "
               "style-src 'self' 'unsafe-inline'")
RAW_CSP = "default-src 'none'; sandbox"
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def article_csp(page: str, untrusted: str) -> str:
    """The CSP for a rendered article page: hashes of the templates' inline scripts, found in
    the page with the archived body taken out, so nothing from the archive is ever allowed."""
    trusted = page.replace(untrusted, "") if untrusted else page
    hashes = sorted({"'sha256-" + base64.b64encode(
        hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode("ascii") + "'"
        for m in _INLINE_SCRIPT.finditer(trusted)})
    return ARTICLE_CSP.format(scripts=" ".join(hashes) or "'none'")


def with_security_headers(app: Any) -> Any:
    """An ASGI app that adds ``SECURITY_HEADERS`` to every HTTP response lacking them."""
    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [
                    *message.get("headers", []),
                    *((k, v) for k, v in SECURITY_HEADERS if k not in present)]}
            await send(message)
        await app(scope, receive, send_with_headers)
    return wrapped


def hide_file_paths(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """A SQLite authorizer: where the archive lives on the server is nobody's business:
    ``pragma_database_list()`` reads its ``file`` column as NULL, and ``PRAGMA database_list``
    is a no-op."""
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() == "database_list":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


async def databases_without_paths(datasette: Any, request: Any) -> Response:
    """``/-/databases.json`` as Datasette gives it, less the server's directories."""
    databases = datasette._connected_databases()
    for database in databases:
        if database.get("path"):
            database["path"] = Path(database["path"]).name
    return Response.json(databases)
