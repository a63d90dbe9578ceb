"""Keep a long-running process from loading libraries it never uses.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their types to
SQLite's; nothing in this project stores either. numpy alone is ~20 MiB of resident memory in
every process that opens the archive. A process that knows it will not need them (the crawl
process, a derive process) calls ``without_numpy`` before its first ``import sqlite_utils``;
an ``import numpy`` after that raises ImportError, which sqlite-utils takes as "not installed".

A derive process never opens a network connection: it reads and writes the archive. Yet
w3lib.url (``safe_url_string``, which the archive's image and attachment rows use) imports
urllib.request, which loads ssl whenever it can: OpenSSL's tables, 1.7 MiB of a derive
process's ~48. ``offline`` makes ssl unimportable; urllib.request and http.client go on
without it, as they do on a Python built without ssl.
"""
from __future__ import annotations

import sys

UNUSED = ("numpy", "pandas")
OFFLINE_UNUSED = ("ssl",)


def _unimportable(names: tuple[str, ...]) -> None:
    for name in names:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def without_numpy() -> None:
    """Make numpy and pandas unimportable in this process, unless already imported."""
    _unimportable(UNUSED)


def offline() -> None:
    """Make ssl unimportable in this process (one that never connects), unless imported."""
    _unimportable(OFFLINE_UNUSED)
