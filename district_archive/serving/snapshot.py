"""Serving a snapshot of the archive that a crawl refreshes atomically (issue 15).

``district-archive serve`` serves a copy of the archive, never the file a crawl writes: a
reader never sees a half-written run, and no reader's query ever holds a lock the crawl waits
for. The copy is made with SQLite's online backup API, in one step, into a temporary file
beside it, and put in place with ``os.replace`` (atomic on POSIX): at any moment the snapshot
path names either the old copy or the new one, whole. At the end of a crawl run, if the
archive is being served (its snapshot exists), the crawl refreshes the snapshot the same way.

Datasette opens the snapshot ``immutable`` (fastest: no locking, table counts cached), and an
open SQLite connection keeps reading the file it opened even after the path names another.
So the plugin follows the path (:mod:`district_archive.serving.snapshot_follower`): when it
names a new file, the database is re-registered under the same name on the new file. Serving
it mutable instead would not help: SQLite never reopens a path.

The backup reads the archive in one read transaction; the archive is in WAL mode, so the crawl
keeps writing meanwhile (a stepped backup would restart on every write and might never end).
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

SUFFIX = ".snapshot"


def snapshot_path(db_path: str | Path) -> Path:
    """Where the served copy of ``db_path`` lives: ``archive.db.snapshot/archive.db`` (same
    file name, so Datasette names it as it would the archive; same file system, so the swap
    is one rename)."""
    db = Path(db_path)
    return db.with_name(db.name + SUFFIX) / db.name


def take_snapshot(db_path: str | Path) -> Path:
    """Copy the archive into its snapshot, atomically; return the snapshot's path."""
    target = snapshot_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".incoming-", suffix=".db", dir=target.parent)
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro",
                                                uri=True)) as source, \
                contextlib.closing(sqlite3.connect(temporary)) as copy:
            source.backup(copy)  # pages=-1: the whole file in one read transaction
            # Datasette opens it immutable, which ignores a WAL file: everything in the file
            copy.execute("pragma journal_mode=delete")
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return target


def refresh_if_served(db_path: str | Path) -> Path | None:
    """At the end of a crawl run: refresh the snapshot if the archive is being served."""
    if not snapshot_path(db_path).exists():
        return None
    return take_snapshot(db_path)
