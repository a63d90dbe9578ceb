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
without it, as they do on a Python built without ssl. It makes ``_hashlib`` (hashlib's OpenSSL
backend) unimportable too: hashlib then uses Python's own SHA-256 (the same digests), and
libcrypto is not mapped at all (3.4 MiB resident). A derive process hashes one article's text
a page (``store.content_hash``): Python's SHA-256 is slower (~25 µs more for 5 KB of text),
0.3 % of deriving a page.

The crawl process imports two more libraries for features it never uses, 7-8 MiB of its
~95: itemadapter (which Scrapy and the archive pipeline read items through) imports pydantic,
its compiled core and its v1 layer, only to recognise pydantic models as items; this project's
items are dataclasses. requests (which tldextract imports, for Scrapy's cookies middleware)
imports chardet to guess the charset of a response that names none, and takes
charset_normalizer (which Scrapy has imported already) when chardet is missing; nothing in the
crawl process reads a requests response's guessed charset. ``for_crawl`` makes both
unimportable there, as ``without_numpy`` does numpy.

``lazy`` defers the running of a module until one of its attributes is first read: sqlite-utils
imports dateutil's parser (and with it dateutil.tz, 31 modules, 1.2 MiB) only for its CLI's
date recipes, which the archive never calls.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

UNUSED = ("numpy", "pandas")
OFFLINE_UNUSED = ("ssl", "_hashlib")
# What the crawl process's libraries import for features it never uses (the docstring says which).
CRAWL_UNUSED = ("pydantic", "chardet")
# What sqlite-utils imports at its import but only runs in its command-line recipes.
LAZY_UNUSED = ("dateutil", "dateutil.parser")


def _unimportable(names: tuple[str, ...]) -> None:
    for name in names:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def without_numpy() -> None:
    """Make numpy and pandas unimportable in this process, unless already imported."""
    _unimportable(UNUSED)


def for_crawl() -> None:
    """The crawl process's: numpy, pandas, pydantic and chardet unimportable, unless imported."""
    _unimportable(UNUSED + CRAWL_UNUSED)


def offline() -> None:
    """Make ssl and OpenSSL's hashlib backend unimportable in this process (one that never
    connects), unless imported."""
    _unimportable(OFFLINE_UNUSED)


class _LazyFinder(importlib.abc.MetaPathFinder):
    """Finds ``names`` as the other finders do, with a loader that runs a module's code only
    when an attribute of it is first read (``importlib.util.LazyLoader``)."""

    def __init__(self, names: tuple[str, ...]):
        self.names = frozenset(names)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec: importlib.machinery.ModuleSpec | None = finder.find_spec(fullname, path,
                                                                           target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def lazy(names: tuple[str, ...] = LAZY_UNUSED) -> None:
    """Import ``names`` lazily in this process from now on (before anything imports them)."""
    if not any(isinstance(finder, _LazyFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _LazyFinder(names))
