"""Keep a long-running process from loading libraries it never uses.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their types to
SQLite's; nothing in this project stores either. numpy alone is ~20 MiB of resident memory in
every process that opens the archive. A process that knows it will not need them (the crawl
process, a derive process) calls ``without_numpy`` before its first ``import sqlite_utils``;
an ``import numpy`` after that raises ImportError, which sqlite-utils takes as "not installed".
"""
from __future__ import annotations

import sys

UNUSED = ("numpy", "pandas")


def without_numpy() -> None:
    """Make numpy and pandas unimportable in this process, unless already imported."""
    for name in UNUSED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
