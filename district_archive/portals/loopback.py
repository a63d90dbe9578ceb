"""Stand-ins listen on 127.0.0.1: a free port, a base URL, and the ``--resolve`` arguments that
send a portal's hosts there while the archive keeps the portal's own URLs."""
from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Mapping
from typing import Any

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port nothing listens on now, for a server that must be told its port up front
    (redis-server, ``district-archive serve``). Servers of ours take port 0 instead."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port


def base_url(port: int) -> str:
    return f"http://{LOOPBACK}:{port}"


def resolve_args(resolve: Mapping[str, str]) -> list[str]:
    """``--resolve HOST=URL`` for each pair, as ``crawl`` and ``cluster submit`` take them."""
    return [arg for host, base in resolve.items() for arg in ("--resolve", f"{host}={base}")]


class NotServing(RuntimeError):
    """A server being started never answered, or exited first."""


def wait_for_http(url: str, timeout: float = 20.0,
                  process: subprocess.Popen[Any] | None = None) -> bytes:
    """The body of ``url`` as soon as the server starting behind it answers with a success
    (``process``, when given, is that server: its exit ends the wait at once)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                body: bytes = response.read()
                return body
        except OSError:
            if process is not None and process.poll() is not None:
                raise NotServing(f"the server exited ({process.returncode}) before {url} "
                                 "answered") from None
            if time.monotonic() > deadline:
                raise NotServing(f"{url} did not answer within {timeout:.0f} s") from None
            time.sleep(0.1)
