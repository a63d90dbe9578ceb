"""Verify an archive: SQLite integrity, foreign keys, every blob decompresses to its digest,
every page's body present. Returns problems as sentences; an empty list means healthy.

Each check reads on its own: a corrupted file (a damaged page in the middle of it) makes the
checks that touch it a problem saying so, and the others still run; nothing raises.
"""
from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Callable

from pipelines.progress import Progress, no_progress
from pipelines.store import Archive, blob_bytes


def check_archive(archive: Archive, progress: Progress = no_progress) -> list[str]:
    """Every problem found, in words; ``progress`` is told of each raw body checked (the long
    part: each is decompressed and hashed)."""
    problems: list[str] = []
    steps: list[tuple[str, Callable[[Archive], list[str]]]] = [
        ("the integrity check", _integrity), ("the foreign key check", _foreign_keys),
        ("the raw bodies", lambda a: _blobs(a, progress)), ("the pages", _bodies_present),
        ("the search index", _search_index)]
    for what, step in steps:
        try:
            problems.extend(step(archive))
        except sqlite3.DatabaseError as exc:
            problems.append(f"{what} could not be read: {exc} (the file is damaged: restore it "
                            "from a backup, or `sqlite3 archive.db .recover`)")
    return problems


def _integrity(archive: Archive) -> list[str]:
    return [f"sqlite integrity: {error}" for error in archive.integrity_errors()]


def _foreign_keys(archive: Archive) -> list[str]:
    return [f"{table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent in archive.foreign_key_violations()]


def _blobs(archive: Archive, progress: Progress = no_progress) -> list[str]:
    problems = []
    for sha256, compression, data in progress(archive.iter_blobs(), "raw bodies",
                                              archive.db.table("blobs").count):
        if not isinstance(data, bytes):  # a damaged row can read back as text, a number, NULL
            problems.append(f"blob {sha256} holds no bytes ({type(data).__name__}: the row is "
                            "damaged); its pages keep the digest but the body is lost: re-crawl "
                            "those URLs")
            continue
        try:
            raw = blob_bytes(compression, data)
        except zlib.error as exc:
            problems.append(f"blob {sha256} does not decompress ({exc}); its pages keep the "
                            "digest but the body is lost: re-crawl those URLs")
            continue
        if hashlib.sha256(raw).hexdigest() != sha256:
            problems.append(f"blob {sha256} holds content with another digest (corrupted)")
    return problems


def _bodies_present(archive: Archive) -> list[str]:
    missing = archive.pages_without_body()
    return [f"{missing} pages have no stored body"] if missing else []


def _search_index(archive: Archive) -> list[str]:
    articles, indexed = archive.search_index_coverage()
    if articles != indexed:
        return [(f"search index holds {indexed} articles of {articles}: run "
                 "`district-archive reindex-search`")]
    return []
