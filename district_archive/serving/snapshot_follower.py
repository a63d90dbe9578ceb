"""Datasette follows a served snapshot that a crawl replaced (:mod:`.snapshot`, issue 15).

An open SQLite connection keeps reading the file it opened after its path names another, and
Datasette 0.65 keeps one connection per SQL thread *per database name* (a thread-local keyed by
the name), so re-registering a database under its name would go on reading the old file. Here,
before a request (at most once a second), the served file's identity (inode, mtime) is
compared with the one being read; when the path names a new file, a ``SnapshotDatabase`` on it
takes the name: opened ``immutable`` like the first (no locks, table counts cached, now
fresh), with connections keyed by its own generation. The replaced database's connections are
closed once what could still be using them is done (``OLD_SNAPSHOT_GRACE_S``), which frees
the old file's space.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
from collections.abc import Callable
from typing import Any, TypeVar

from datasette.database import Database, connections

T = TypeVar("T")
WATCH_INTERVAL_S = 1.0
_GENERATIONS = itertools.count(1)


class SnapshotDatabase(Database):
    """An immutable database whose SQL threads' connections are its own (not shared by name
    with the database it replaced)."""

    def __init__(self, datasette: Any, path: str) -> None:
        super().__init__(datasette, path=path, is_mutable=False)
        self.connection_key = f"_district_archive_snapshot_{next(_GENERATIONS)}"

    async def execute_fn(self, fn: Callable[[Any], T]) -> T:
        if self.ds.executor is None:  # Datasette without SQL threads: its own single connection
            result: T = await super().execute_fn(fn)
            return result
        key = self.connection_key

        def in_thread() -> T:  # Datasette 0.65's own, with this database's key
            conn = getattr(connections, key, None)
            if not conn:
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                setattr(connections, key, conn)
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_ino, status.st_mtime_ns


#: How long the replaced snapshot's connections stay open: a query is bounded by the SQL time
#: limit, but a streamed CSV of a whole table runs query after query on the database it began
#: with. Its file's space is freed when they close.
OLD_SNAPSHOT_GRACE_S = 300.0


class SnapshotFollower:
    """Follows the served archive's file: when its path names a new file (a refreshed
    snapshot), the database is re-registered on it under the same name, at most one check
    each ``interval_s``, on the request that comes (no background task to outlive a server)."""

    def __init__(self, datasette: Any, name: str, interval_s: float = WATCH_INTERVAL_S) -> None:
        self.datasette = datasette
        self.name = name
        self.interval_s = interval_s
        self.checked_at = 0.0
        self.seen: tuple[int, int] | None = None
        self.path: str | None = None

    def check(self, now: float) -> bool:
        """Re-register the database if its file was replaced; True when it was."""
        if now - self.checked_at < self.interval_s:
            return False
        self.checked_at = now
        database = self.datasette.databases.get(self.name)
        if database is None or database.is_mutable or not database.path:
            return False
        path: str = database.path
        if self.path != path:  # first check, or the database was re-registered
            self.path, self.seen = path, _identity(path)
            return False
        current = _identity(path)
        if current is None or current == self.seen:
            return False
        self.seen = current
        self._swap(database)
        return True

    def _swap(self, old: Any) -> None:
        fresh = SnapshotDatabase(self.datasette, old.path)
        fresh.name, fresh.route = old.name, old.route
        # Datasette replaces its dict of databases, never mutates it (a request holds either)
        self.datasette.databases = {**self.datasette.databases, self.name: fresh}
        with contextlib.suppress(RuntimeError):  # no running loop: nothing is using it
            asyncio.get_running_loop().call_later(OLD_SNAPSHOT_GRACE_S, old.close)
            return
        old.close()


def following_snapshots(app: Any, follower: SnapshotFollower) -> Any:
    """An ASGI app that lets ``follower`` check the served file before each HTTP request."""
    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            follower.check(asyncio.get_running_loop().time())
        await app(scope, receive, send)
    return wrapped
