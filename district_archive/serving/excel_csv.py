"""CSV for Excel from Datasette: ``?_bom=1`` on any ``.csv`` URL (table, query, canned query,
streamed or not) puts a UTF-8 byte-order mark before the first byte. Without it Excel on
Windows reads the file in the ANSI code page and shows Vietnamese as mojibake; other tools
skip the mark. Datasette itself has no such option, so this wraps its ASGI app."""
from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

BOM = "\ufeff".encode()
OPTION = "_bom"


def wants_bom(scope: dict[str, Any]) -> bool:
    if not scope.get("path", "").endswith(".csv"):
        return False
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return query.get(OPTION, ["0"])[-1].lower() in ("1", "on", "true")


def with_optional_bom(app: Any) -> Any:
    """An ASGI app that prefixes a CSV response's body with ``BOM`` when the URL asks for it
    (``Content-Length``, when Datasette gives one, grows by the mark's three bytes)."""
    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or not wants_bom(scope):
            return await app(scope, receive, send)
        first_body = True
        csv_response = False

        async def send_with_bom(message):
            nonlocal first_body, csv_response
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                csv_response = message.get("status") == 200
                if csv_response:
                    message = {**message, "headers": [
                        (k, str(int(v) + len(BOM)).encode() if k.lower() == b"content-length"
                         else v) for k, v in headers]}
            elif message["type"] == "http.response.body" and first_body:
                first_body = False
                if csv_response:
                    message = {**message, "body": BOM + message.get("body", b"")}
            await send(message)
        return await app(scope, receive, send_with_bom)
    return wrapped
