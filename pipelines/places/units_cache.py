"""The units package's data, compact: what a process that recognises places reads, and what
fills an archive's unit tables.

Parsing the package's 4 MB of JSON (``pipelines.places.package``) costs a process about 2 s
and 30 MiB it keeps; the crawl's derive process and every new archive would pay it. So it is
parsed once per machine, in a short-lived process of its own, into one SQLite file of 5 MB:

- ``units``: the archive's ``units`` rows (``UNIT_COLUMNS``), in the package's order, plus what
  recognition looks names up by: ``name_key``, ``folded_key`` and ``former_keys`` (folded
  former names, space-separated);
- ``former_names``: each unit's former names (``key``, ``unit_id``), in the package's order;
- ``unit_successors``: the archive's rows, in the package's order;
- ``meta``: ``source``, the package and its version (``units.source``).

The file is named by a key of the package's version and data files and of the code that
reads, keys and writes them, so a new package or a change of these rules builds a new one by
itself. It lives in ``$DISTRICT_ARCHIVE_CACHE``, else ``$XDG_CACHE_HOME/district-archive``,
else ``~/.cache/district-archive`` (the system's temporary directory when that is not
writable).

    python -m pipelines.places.units_cache           # build it now; prints its path
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.places.gazetteer import (
    Gazetteer,
    GazetteerError,
    LinkRow,
    Successor,
    UnitRow,
    default_successor_id,
    folded_key,
    name_key,
)
from pipelines.places.package import (
    DATA_FILES,
    PackageUnits,
    data_dir,
    package_version,
    read_package,
)
from pipelines.text import fold

# The archive's ``units`` columns, in order (migration ``m008_places`` declares their types).
UNIT_COLUMNS = ("id", "era", "level", "type", "code", "name", "full_name", "name_folded",
                "province_code", "province_name", "district_code", "district_name", "now_id",
                "new_province_code", "latitude", "longitude", "source")
SUCCESSOR_COLUMNS = ("old_id", "new_id", "whole", "is_default")
_KEY_COLUMNS = ("name_key", "folded_key", "former_keys")

# What the key covers besides the package: the code that reads the package, keys its names
# and writes this file. A change to any of them builds a new cache.
_CODE = [Path(__file__).with_name(name) for name in ("package.py", "gazetteer.py",
                                                     "units_cache.py")]
_CODE.append(Path(__file__).parent.parent / "text.py")
BUILD_TIMEOUT_SECONDS = 300


def cache_key() -> str:
    digest = hashlib.sha256(package_version().encode())
    directory = data_dir()
    for name in DATA_FILES:
        try:
            stat = (directory / name).stat()
        except OSError as exc:
            raise GazetteerError(f"cannot read the units package's {name}: {exc}") from exc
        digest.update(f"{name} {stat.st_size} {stat.st_mtime_ns}".encode())
    for path in _CODE:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    configured = os.environ.get("DISTRICT_ARCHIVE_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    directory = Path(base) / "district-archive"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if os.access(directory, os.W_OK):
            return directory
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"district-archive-{os.getuid()}"


@cache
def cache_path() -> Path:
    return cache_dir() / f"units-{cache_key()}.sqlite"


# -- building (in its own process) -----------------------------------------------------------

def _unit_rows(data: PackageUnits) -> Iterator[tuple[Any, ...]]:
    links: dict[str, list[Successor]] = {}
    for link in data.successors:
        links.setdefault(link.old_id, []).append(link)
    for unit in data.units.values():
        province = data.units[f"{unit.era}:{unit.province_code}"]
        district = data.units.get(f"old:{unit.district_code}") if unit.district_code else None
        own_links = tuple(links.get(unit.id, ()))
        new_provinces = {unit.province_code} if unit.era == "new" else {
            data.units[s.new_id].province_code for s in own_links}
        latitude, longitude = data.coordinates.get(unit.id, (None, None))
        yield (unit.id, unit.era, unit.level, unit.type, unit.code, unit.name, unit.full_name,
               fold(unit.name), unit.province_code, province.full_name, unit.district_code,
               district.full_name if district else None, default_successor_id(unit, own_links),
               min(new_provinces) if len(new_provinces) == 1 else None, latitude, longitude,
               data.version, name_key(unit.name), folded_key(unit.name),
               " ".join(unit.former_keys))


def build(path: Path) -> None:
    """Read the package and write the cache to ``path`` (atomically: readers see the whole
    file or none)."""
    data = read_package()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(partial)
    try:
        columns = (*UNIT_COLUMNS, *_KEY_COLUMNS)
        conn.execute(f"create table units ({', '.join(columns)}, primary key (id))")
        conn.execute("create index units_by_level on units (era, level, province_code)")
        # What the gazetteer reads a name's units by (``CachedUnits.ids_by_key``).
        conn.execute("create index units_by_name_key on units (name_key)")
        conn.execute("create index units_by_folded_key on units (folded_key)")
        conn.execute("create table former_names (key, unit_id)")
        conn.execute("create index former_names_by_key on former_names (key)")
        conn.execute(f"create table unit_successors ({', '.join(SUCCESSOR_COLUMNS)})")
        conn.execute("create index successors_by_old on unit_successors (old_id)")
        conn.execute("create index successors_by_new on unit_successors (new_id)")
        conn.execute("create table meta (key primary key, value)")
        conn.executemany(f"insert into units values ({', '.join('?' * len(columns))})",
                         _unit_rows(data))
        conn.executemany("insert into former_names values (?, ?)",
                         ((key, unit.id) for unit in data.units.values()
                          for key in " ".join(unit.former_keys).split()))
        conn.executemany("insert into unit_successors values (?, ?, ?, ?)",
                         ((s.old_id, s.new_id, int(s.whole), int(s.default))
                          for s in data.successors))
        conn.execute("insert into meta values ('source', ?)", [data.version])
        conn.commit()
    finally:
        conn.close()
    os.replace(partial, path)
    _prune(path)


def _prune(kept: Path) -> None:
    """Delete the caches of other package or code versions no process opened for a week
    (each checkout on a machine keys its own; one in use is touched at every start)."""
    week_ago = time.time() - 7 * 86400
    for other in kept.parent.glob("units-*.sqlite"):
        try:
            if other != kept and other.stat().st_mtime < week_ago:
                other.unlink()
        except OSError:
            pass  # another process pruned it first


def ensure_cache() -> Path:
    """The cache's path, built first if it is not there yet. The build runs in a child process:
    what parsing the package takes dies with it, and the caller (a crawl's derive process)
    stays small."""
    path = cache_path()
    if path.exists():
        os.utime(path)  # in use: ``build`` prunes the caches no checkout used for a while
        return path
    root = str(Path(__file__).resolve().parent.parent.parent)  # this checkout, not another
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    try:
        done = subprocess.run([sys.executable, "-m", "pipelines.places.units_cache", str(path)],
                              cwd=root, env=env, capture_output=True, text=True, check=False,
                              timeout=BUILD_TIMEOUT_SECONDS)
    except (OSError, subprocess.SubprocessError) as exc:
        raise GazetteerError(f"cannot build the units cache {path}: {exc}") from exc
    if done.returncode != 0 or not path.exists():
        raise GazetteerError(f"building the units cache {path} failed: {done.stderr[-2000:]}")
    return path


def connect() -> sqlite3.Connection:
    """A read-only connection to the cache (built first if needed)."""
    conn = sqlite3.connect(f"{ensure_cache().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)
    # Lookups touch a few pages each, and a name's units are read once (the gazetteer keeps
    # them); the OS caches the file, SQLite need not hold much of it (64 KiB: 0.5 MiB less in
    # every derive process than 512, its CPU unchanged).
    conn.execute("pragma cache_size = -64")
    return conn


# -- reading ---------------------------------------------------------------------------------

_UNIT_SQL = ("select era, level, code, name, type, province_code, district_code, former_keys "
             "from units")


# A name index's keys (``gazetteer.NAME_INDEXES``), and the ids of one key, in the package's
# order (an index on the key keeps its rows in rowid order: no sorting).
_KEYS_SQL = {"name_key": "select name_key from units", "folded_key": "select folded_key from units",
             "former_key": "select key from former_names"}
_IDS_BY_KEY_SQL = {
    "name_key": "select id from units where name_key = ? order by rowid",
    "folded_key": "select id from units where folded_key = ? order by rowid",
    "former_key": "select unit_id from former_names where key = ? order by rowid"}


class CachedUnits:
    """The cache as a ``pipelines.places.gazetteer.UnitSource``: one read-only connection,
    one lock around it (a gazetteer is shared by a process's threads)."""

    def __init__(self, conn: sqlite3.Connection | None = None):
        self._conn = conn or connect()
        self._lock = threading.Lock()
        self.version: str = self._rows("select value from meta where key = 'source'")[0][0]

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def name_keys(self) -> Iterator[tuple[str, str, str, str]]:
        # Row by row: the 14,000 rows at once would be a 5 MiB peak the process keeps.
        with self._lock:
            cursor = self._conn.execute("select id, name_key, folded_key, former_keys "
                                        "from units order by rowid")
        while True:
            with self._lock:
                rows = cursor.fetchmany(256)
            if not rows:
                return
            yield from rows

    def keys(self, index: str) -> Iterator[str]:
        with self._lock:
            cursor = self._conn.execute(_KEYS_SQL[index])
        while True:
            with self._lock:
                rows = cursor.fetchmany(1024)
            if not rows:
                return
            for row in rows:
                yield row[0]

    def ids_by_key(self, index: str, key: str) -> list[str]:
        return [row[0] for row in self._rows(_IDS_BY_KEY_SQL[index], (key,))]

    def unit_rows(self, unit_id: str | None = None, era: str | None = None,
                  level: str | None = None, province_code: str | None = None
                  ) -> list[UnitRow]:
        wanted = {"id": unit_id, "era": era, "level": level, "province_code": province_code}
        where = " and ".join(f"{column} = ?" for column, value in wanted.items()
                             if value is not None) or "1"
        return self._rows(f"{_UNIT_SQL} where {where} order by rowid",
                          tuple(value for value in wanted.values() if value is not None))

    def link_rows(self, column: str, unit_id: str) -> list[LinkRow]:
        if column not in ("old_id", "new_id"):
            raise ValueError(column)
        return self._rows("select old_id, new_id, whole, is_default from unit_successors "
                          f"where {column} = ? order by rowid", (unit_id,))

    def linked_ids(self, column: str) -> list[str]:
        if column not in ("old_id", "new_id"):
            raise ValueError(column)
        return [row[0] for row in self._rows(f"select {column} from unit_successors "
                                             f"group by {column} order by min(rowid)")]

    def unit_count(self) -> int:
        return int(self._rows("select count(*) from units")[0][0])


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    path = Path(args[0]) if args else cache_path()
    build(path)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this process, on the units cache (built first if needed, in a process of
    its own)."""
    return Gazetteer(CachedUnits())
