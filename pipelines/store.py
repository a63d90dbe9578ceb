"""The archive: one SQLite file written through sqlite-utils, schema by ordered migrations.

Archive first: ``store_page`` commits the raw response before anything is derived from it, so a
crash mid-crawl loses nothing already fetched. Raw bodies live once per distinct sha256 in
``blobs`` (zlib-compressed); ``pages`` keeps one row per fetch.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, cast
from urllib.parse import urljoin

import sqlite_utils
from sqlite_utils.migrations import Migrations
from w3lib.url import safe_url_string

from pipelines import search_index
from pipelines.documents.model import DocumentAnalysis
from pipelines.documents.numbers import number_key
from pipelines.images import raster_type
from pipelines.text import fold

# ``pipelines.places`` is imported by the functions that fill the places tables, not here: the
# crawl process opens the archive and must not carry places (measured: 1 MiB of modules).

migrations = Migrations("district-news-archive")


# The columns ``store_pages`` writes.
_PAGE_COLUMNS = ("run_id", "site", "url", "requested_url", "redirect_urls", "page_type", "status",
                 "content_type", "headers", "request_headers", "sha256", "size", "fetched_at",
                 "referer", "link_text", "depth", "error", "request_method", "request_body")
_INSERT_PAGE = (f"insert into pages ({', '.join(_PAGE_COLUMNS)}) "
                f"values ({', '.join(':' + column for column in _PAGE_COLUMNS)})")


# What deriving a page did (``Archive.mark_derived``).
_MARK_DERIVED = ("update pages set extract_status = ?, outcome = ?, extract_error = ? "
                 "where id = ?")

# A listing page's links to articles; a link recorded already (a page stored again) is kept.
_INSERT_LISTING_LINKS = "insert or ignore into listing_links (page_id, article_url) values (?, ?)"


class ArchiveError(Exception):
    """The archive file cannot be opened or is not a District News Archive database."""


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("sites").create({
        "id": str, "name": str, "family": str, "province": str, "base_url": str,
        "start_urls": str, "asset_hosts": str, "notes": str,
    }, pk="id")
    db.table("crawl_runs").create({
        "id": int, "site": str, "mode": str, "started_at": str, "finished_at": str,
        "finish_reason": str, "pages_fetched": int, "pages_failed": int, "articles_new": int,
        "articles_changed": int, "articles_unchanged": int, "articles_gone": int,
        "extract_errors": int, "exit_status": int,
    }, pk="id", foreign_keys=[("site", "sites", "id")])
    db.table("blobs").create({"sha256": str, "size": int, "compression": str, "data": bytes},
                             pk="sha256")
    db.table("pages").create({
        "id": int, "run_id": int, "site": str, "url": str, "requested_url": str,
        "redirect_urls": str, "page_type": str, "status": int, "content_type": str,
        "headers": str, "sha256": str, "size": int, "fetched_at": str, "referer": str,
        "link_text": str, "depth": int, "error": str, "extract_status": str,
        "extract_error": str,
    }, pk="id", foreign_keys=[("run_id", "crawl_runs", "id"), ("site", "sites", "id"),
                              ("sha256", "blobs", "sha256")])
    db.table("pages").create_index(["url", "fetched_at"])
    db.table("pages").create_index(["site", "page_type"])
    db.table("articles").create({
        "url": str, "site": str, "page_id": int, "title": str, "published": str,
        "published_raw": str, "author": str, "category": str, "body_text": str,
        "body_html": str, "extractor": str, "encoding": str, "content_sha256": str,
        "version": int, "first_seen": str, "last_seen": str, "last_changed": str,
        "status": str, "gone_since": str, "title_folded": str, "body_folded": str,
    }, pk="url", foreign_keys=[("site", "sites", "id"), ("page_id", "pages", "id")])
    db.table("articles").create_index(["site", "published"])
    db.table("article_versions").create({
        "id": int, "url": str, "version": int, "content_sha256": str, "page_id": int,
        "seen_at": str, "title": str, "published": str, "author": str, "category": str,
        "body_text": str, "body_html": str, "extractor": str,
    }, pk="id", foreign_keys=[("url", "articles", "url"), ("page_id", "pages", "id")])
    db.table("article_versions").create_index(["url", "content_sha256"], unique=True)
    db.table("visitor_counts").create({
        "id": int, "site": str, "page_id": int, "fetched_at": str, "online": int, "today": int,
        "yesterday": int, "week": int, "month": int, "year": int, "total": int,
    }, pk="id", foreign_keys=[("site", "sites", "id"), ("page_id", "pages", "id")])
    db.table("visitor_counts").create_index(["site", "fetched_at"])
    db.table("visitor_counts").create_index(["page_id"], unique=True)  # one reading per fetch
    db.table("attachments").create({
        "id": int, "article_url": str, "url": str, "name": str, "fetched_url": str,
        "sha256": str, "content_type": str, "size": int,
    }, pk="id", foreign_keys=[("article_url", "articles", "url"), ("sha256", "blobs", "sha256")])
    db.table("attachments").create_index(["article_url", "url"], unique=True)
    db.table("attachments").create_index(["fetched_url"])
    db.table("images").create({"id": int, "article_url": str, "src": str, "caption": str},
                              pk="id", foreign_keys=[("article_url", "articles", "url")])
    db.table("images").create_index(["article_url", "src"], unique=True)
    db.table("statistics").create({
        "id": int, "version_id": int, "article_url": str, "kind": str, "text": str,
        "start": int, "end": int, "value": float, "unit": str, "qualifier": str,
        "sentence": str,
    }, pk="id", foreign_keys=[("version_id", "article_versions", "id"),
                              ("article_url", "articles", "url")])
    db.table("statistics").create_index(["kind", "unit"])
    db.table("statistics").create_index(["article_url"])
    db.table("document_refs").create({
        "id": int, "version_id": int, "article_url": str, "doc_type": str, "number": str,
        "issued": str, "issuer": str, "text": str, "start": int, "end": int, "sentence": str,
    }, pk="id", foreign_keys=[("version_id", "article_versions", "id"),
                              ("article_url", "articles", "url")])
    db.table("document_refs").create_index(["number"])
    db.table("document_refs").create_index(["article_url"])
    # Diacritic-insensitive search: the folded columns are indexed next to the originals.
    db.table("articles").enable_fts(["title", "body_text", "title_folded", "body_folded"],
                                    create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations()
def m002_listing_links(db: sqlite_utils.Database) -> None:
    """Which listing page linked which article, per fetch: the evidence for "gone because no
    listing shows it any more", and for researchers, where an article was filed."""
    db.table("listing_links").create({"page_id": int, "article_url": str},
                                     pk=("page_id", "article_url"),
                                     foreign_keys=[("page_id", "pages", "id")])
    db.table("listing_links").create_index(["article_url"])
    db.table("articles").add_column("gone_reason", str)


@migrations()
def m003_derive_outcome(db: sqlite_utils.Database) -> None:
    """What deriving each page did to the articles (``pipelines.derive.RUN_COLUMNS``), so a run's
    counts are read from the archive itself, the same way for every path that derives."""
    db.table("pages").add_column("outcome", str)
    db.table("pages").create_index(["run_id", "extract_status"])


@migrations()
def m004_run_losses(db: sqlite_utils.Database) -> None:
    """Responses a run fetched but could not store (disk full, a lock held too long): never
    silent, a run with any is ``failed``."""
    db.table("crawl_runs").add_column("pages_lost", int)


@migrations()
def m005_search_rows_follow_the_text(db: sqlite_utils.Database) -> None:
    """Re-index an article for search only when its searchable text changes: a re-crawl that
    only moves ``last_seen`` (or a 304, a gone mark) no longer deletes and re-adds its FTS row."""
    columns = ("title", "body_text", "title_folded", "body_folded")
    changed = " or ".join(f"old.[{c}] is not new.[{c}]" for c in columns)
    listed = ", ".join(f"[{c}]" for c in columns)
    old_values = ", ".join(f"old.[{c}]" for c in columns)
    new_values = ", ".join(f"new.[{c}]" for c in columns)
    db.execute("drop trigger if exists articles_au")
    db.execute(f"""create trigger articles_au after update on articles when {changed} begin
        insert into articles_fts (articles_fts, rowid, {listed}) values ('delete', old.rowid,
            {old_values});
        insert into articles_fts (rowid, {listed}) values (new.rowid, {new_values});
    end""")


# The pages columns (alias ``p``) deriving a page needs, with its site's (alias ``s``).
PAGE_COLUMNS = ("p.id, p.url, p.run_id, p.site, s.family, p.page_type, p.status, p.headers, "
                "p.sha256, p.fetched_at, s.name as site_name, s.province as site_province, "
                "s.base_url as site_base_url")


# The fields a statistic carries beyond kind, text, value, unit and qualifier (DESIGN.md JSON
# shape, pipelines.statistics.Statistic): the qualifier's sense, a rate's denominator, a
# range's bounds and a fraction's denominator.
STATISTIC_FORM_COLUMNS = {"sense": str, "per": str, "low": float, "high": float,
                          "denominator": float}


@migrations()
def m010_statistic_forms(db: sqlite_utils.Database) -> None:
    """Statistics as reports write them: sums must tell a rate, a range or a fraction from a
    plain amount. Rows stored before have NULLs, i.e. read as plain amounts, until their
    version's statistics are stored again."""
    for column, column_type in STATISTIC_FORM_COLUMNS.items():
        db.table("statistics").add_column(column, column_type)


# ``store_article``'s one read of an article before writing it: its version (content_sha256,
# version), then what its search index entry is made of (``search_index.read_indexed``).
_SELECT_STORED_ARTICLE = (
    "select content_sha256, version, search_key, "
    f"{', '.join(search_index.INDEXED_COLUMNS)} from articles where url = ?")


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], ignore: bool) -> str:
    """``Archive._insert``'s statement, written once per table and columns (a few shapes)."""
    return (f"insert {'or ignore ' if ignore else ''}into [{table}] "
            f"({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})")


@lru_cache(maxsize=64)
def _upsert_sql(table: str, columns: tuple[str, ...], key: str) -> str:
    """``Archive._upsert``'s statement, written once per table and columns."""
    return (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' * len(columns))}) on conflict([{key}]) do update set "
            + ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != key))


def content_hash(title: str | None, body_text: str | None) -> str:
    """What makes an article version distinct: its title and body, nothing else (no counters)."""
    return hashlib.sha256(f"{title or ''}\n{body_text or ''}".encode()).hexdigest()


# A write transaction waits this long for another writer (a second crawl, the derive process,
# the cluster writer) before it fails; SQLite's busy handler does the waiting.
BUSY_TIMEOUT_MS = 60_000
# SQLite's page cache for a connection of a long-running process whose every transaction
# touches few pages (the crawl process's appends, a derive process's one page at a time), in
# KiB; SQLite's default is 2 MiB a connection. The OS caches the file: a page read again is a
# copy, not a disk read (derive CPU a page unchanged, measured; 1.5 MiB less per process).
SMALL_CACHE_KIB = 512
# A derive process takes the pages in blocks of this many consecutive ids (N side by side take
# them in turn: ``Archive.pages_to_derive``), and records a block in one write transaction
# (``derive.record_group``). Each commit writes the search index's pending entries as a new
# FTS5 segment (and merges segments) and closes a WAL transaction: recorded one by one, a page
# cost 0.7 ms more of CPU (31 KB page, docs/benchmarks.md "Deriving a page, session 4"); 16
# together commit for 0.37 ms a page where 8 took 0.47 (31 KB page; 15 KB 0.12 and 0.16). The
# crawl's writer waits for the lock at most the records of one block (some 2.5 ms a 31 KB
# page, so ~40 ms): the analyses, the most of the work, are done before, outside the lock.
SHARE_BLOCK = 16


@dataclass
class _StoredPage:
    """One fetch made ready to write (``Archive.store_pages``): its ``pages`` row, its body's
    ``blobs`` row if the archive has none yet, what else it links."""

    row: dict[str, Any]
    blob: tuple[str, int, str, bytes] | None
    article_links: list[str]
    photo: bool  # an article photo: its ``images`` rows point at this copy

    @classmethod
    def of(cls, run_id: int | None, page: Mapping[str, Any],
           conn: sqlite3.Connection) -> _StoredPage:
        body: bytes = page.get("body") or b""
        digest = hashlib.sha256(body).hexdigest() if page.get("status") is not None else None
        headers = page.get("headers") or {}
        kind = content_type(headers)
        blob = None
        if digest is not None and conn.execute("select 1 from blobs where sha256 = ?",
                                               [digest]).fetchone() is None:
            # A JPEG, PNG, GIF or WebP is compressed already: zlib spent 17 ms of the crawl
            # process on a 190 KiB photo to save 1 % of it (bench/images.py), so such a body
            # is stored as it came.
            packed = raster_type(body[:16]) is None
            blob = (digest, len(body), "zlib" if packed else "none",
                    zlib.compress(body, 6) if packed else body)
        row = {
            "run_id": run_id, "site": page.get("site"), "url": page["url"],
            "requested_url": page.get("requested_url"),
            "redirect_urls": json.dumps(page.get("redirect_urls") or []),
            "page_type": page.get("page_type"), "status": page.get("status"),
            "content_type": kind, "headers": json.dumps(headers, ensure_ascii=False),
            # None, not {}, when unknown: the WARC writer then says it reconstructed them.
            "request_headers": json.dumps(page["request_headers"], ensure_ascii=False)
            if page.get("request_headers") else None,
            "sha256": digest, "size": len(body) if digest else None,
            "fetched_at": page.get("fetched_at") or utc_now(), "referer": page.get("referer"),
            "link_text": page.get("link_text"), "depth": page.get("depth"),
            "error": page.get("error"), "request_method": page.get("request_method"),
            "request_body": page.get("request_body"),
        }
        # Not a body that is no picture (an error page answered 200, an SVG): the article page
        # links the original instead of showing a broken image.
        photo = (page.get("page_type") == "image" and digest is not None
                 and page.get("status") == 200 and raster_type(body[:16]) is not None)
        return cls(row, blob, list(page.get("article_links") or []), photo)


class Archive:
    """Read/write access to one archive.db. One writer at a time per file (SQLite's rule):
    every write is one ``writing()`` transaction, which waits for the lock.

    ``read_only``: what ``check``, ``export``, ``warc``, ``status`` and ``serve`` open. The file
    is opened with SQLite's ``mode=ro`` (a crawl may be writing it meanwhile, so not
    ``immutable``) and ``query_only``: never migrated, its journal mode never switched, nothing
    written. Either way a database that is not an archive is refused, never turned into one.

    ``cache_kib``: a writable connection's SQLite page cache, if not SQLite's default (2 MiB):
    ``SMALL_CACHE_KIB`` for the crawl's and derive processes' connections."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                 cache_kib: int | None = None):
        path = Path(path)
        # Search index changes waiting for the end of this writing() transaction (``_follow_
        # for_search``), and whether the transaction open is one of writing().
        self._search_changes: list[search_index.Change] = []
        self._own_transaction = False
        if (read_only or not create) and not path.exists():
            raise ArchiveError(f"{path} does not exist; run `district-archive crawl` first")
        try:
            if read_only:
                self.db = sqlite_utils.Database(read_only_connection(path))
                self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                self.db.execute("PRAGMA query_only=ON")
                # Every b-tree page checked as it is read: a damaged page is an error, never
                # rows read from beyond the page (which would be exported as if they were data).
                self.db.execute("PRAGMA cell_size_check=ON")
                refuse_non_archive(self.db.conn, path, empty_ok=False)
            else:
                self.db = sqlite_utils.Database(path)
                # First, so that everything below waits for another process's writes.
                self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                # Before anything is written: another application's SQLite file is not ours
                # to migrate (an empty or new file is).
                refuse_non_archive(self.db.conn, path, empty_ok=True)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                # WAL without an fsync per commit: a committed transaction survives the process
                # being killed (kill -9 included); only an OS crash or power loss can take back
                # the last commits, which the next crawl then fetches again.
                self.db.execute("PRAGMA synchronous=NORMAL")
                if cache_kib is not None:
                    self.db.execute(f"PRAGMA cache_size=-{int(cache_kib)}")  # negative: KiB
                if migrations.pending(self.db):
                    # Under the write lock: two processes opening a new archive at once migrate
                    # it once; the second waits, then finds nothing pending.
                    with self.writing():
                        migrations.apply(self.db)
        except ArchiveError:
            raise
        except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, read-only
            raise ArchiveError(f"cannot open archive {path}: {exc}") from exc
        self.path = path
        # What ``prepare_places`` did in this process: the unit tables checked, the sites whose
        # ``site_units`` were written.
        self._units_ready = False
        self._sites_placed: set[str] = set()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction. It takes the write lock first (``BEGIN IMMEDIATE``), so a
        second writer waits up to ``BUSY_TIMEOUT_MS`` instead of failing at its first write
        after a read; nested, it is a savepoint of the outer one."""
        conn = self.db.conn
        nested = conn.in_transaction  # read once: the check after a failed write reads it again
        if nested:
            # One name for every level: RELEASE and ROLLBACK TO act on the newest savepoint of
            # that name, the innermost open one. (sqlite-utils' ``atomic`` names each savepoint
            # anew, a random token and two statements SQLite compiles again, ~7 a page.)
            queued = len(self._search_changes)
            conn.execute("SAVEPOINT writing")
            try:
                yield self.db
            except BaseException:
                del self._search_changes[queued:]  # rolled back with the savepoint
                # A failure that ended the whole transaction (SQLITE_FULL, an interrupt) took
                # the savepoint with it: nothing is left to roll back.
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO writing")
                    conn.execute("RELEASE writing")
                raise
            conn.execute("RELEASE writing")
            return
        conn.execute("BEGIN IMMEDIATE")
        self._own_transaction = True
        try:
            yield self.db
            self._write_search_changes()
        except BaseException:
            self._search_changes.clear()
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._own_transaction = False
        conn.execute("COMMIT")

    def _follow_for_search(self, url: str, indexed_before: dict[str, Any] | None,
                           indexed_after: dict[str, Any] | None = None,
                           body: search_index.BodyForms | None = None) -> None:
        """The search index follows the article at ``url`` (``search_index.follow_article``).
        In a transaction of ``writing()`` the index is written at its end, with the other
        articles' changes: FTS5 writes a segment of its entries at every savepoint and
        commit, so one article's changes written at once cost a segment each (0.9 ms an
        article, and its merges; several together 0.2 ms each)."""
        changes = search_index.changes_to_follow(self.db.conn, url, indexed_before,
                                                 indexed_after, body)
        if self._own_transaction:
            self._search_changes.extend(changes)
        else:  # a transaction that is not ours (sqlite3's implicit one) may end any time
            search_index.write_changes(self.db.conn, changes)

    def _write_search_changes(self) -> None:
        changes, self._search_changes = self._search_changes, []
        search_index.write_changes(self.db.conn, changes)

    # -- sites and runs --------------------------------------------------------------------

    def upsert_site(self, row: Mapping[str, Any]) -> None:
        with self.writing():
            self.db.table("sites").upsert(dict(row), pk="id")
        # Its units are written by the derive side (``prepare_places``), never here: the crawl
        # process upserts its site and must not load the units.
        self._sites_placed.discard(row["id"])

    def prepare_places(self, site: str | None = None) -> None:
        """Places (issue 18): fill ``units`` and ``unit_successors`` from the units package if
        this archive has none yet (or another version's), and write ``site``'s ``site_units``
        from its ``sites`` row. Once per process and site; every path that derives calls it
        (``pipelines.derive``), before the first article, so the crawl process never does."""
        if self._units_ready and (site is None or site in self._sites_placed):
            return
        from pipelines.places import load_gazetteer
        load_gazetteer()  # outside the write lock: a machine's first use builds the cache (2 s)
        with self.writing():
            wrote_units = fill_units(self.db) if not self._units_ready else False
            row = next(self.db.table("sites").rows_where("id = ?", [site]), None) \
                if site is not None and site not in self._sites_placed else None
            wrote_site = row is not None and store_site_units(self.db, row)
            # Remembered once committed (an outer transaction may still roll a write back), or
            # at once when there was nothing to write: else every article inside a derive
            # transaction checked the unit tables again (5 ms an article, measured).
            committed = not self.db.conn.in_transaction
        if committed or not wrote_units:
            self._units_ready = True
        if row is not None and (committed or not wrote_site):
            self._sites_placed.add(row["id"])

    def site_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("select id from sites order by id")]

    def start_run(self, site: str | None, mode: str) -> int:
        table = self.db.table("crawl_runs").insert(
            {"site": site, "mode": mode, "started_at": utc_now()}
        )
        # an integer rowid: sqlite-utils types last_pk for any primary key, compound ones too
        return cast(int, table.last_pk)

    def finish_run(self, run_id: int, **fields: Any) -> None:
        self.db.table("crawl_runs").update(run_id, {"finished_at": utc_now(), **fields})

    # -- raw responses ---------------------------------------------------------------------

    def store_page(self, run_id: int | None, page: Mapping[str, Any]) -> int:
        """Archive one fetch; returns the ``pages`` row id. Commits before returning."""
        return self.store_pages(run_id, [page])[0]

    def store_pages(self, run_id: int | None, pages: Iterable[Mapping[str, Any]]) -> list[int]:
        """Archive fetches in one transaction; returns their ``pages`` row ids, in order.
        Commits before returning; a failure stores none of them.

        Each body is hashed and compressed before the write lock is taken (a derive process
        waits for that lock; zlib and hashlib let other threads run meanwhile), and the rows
        are written with plain statements, not sqlite-utils' insert, which reads the schema
        (table and view names, columns) at every call: Python under the GIL that the crawl's
        reactor waits for."""
        conn = self.db.conn
        stored = [_StoredPage.of(run_id, page, conn) for page in pages]
        ids = []
        with self.writing():
            for item in stored:
                if item.blob is not None:
                    # ignore: another writer (or this batch) stored the same body meanwhile
                    conn.execute("insert or ignore into blobs (sha256, size, compression, data) "
                                 "values (?, ?, ?, ?)", item.blob)
                page_id = cast(int, conn.execute(_INSERT_PAGE, item.row).lastrowid)
                ids.append(page_id)
                if item.article_links:
                    conn.executemany(_INSERT_LISTING_LINKS,
                                     [(page_id, url) for url in item.article_links])
                row = item.row
                if row["page_type"] == "attachment" and row["sha256"] is not None:
                    conn.execute("update attachments set sha256 = ?, content_type = ?, size = ? "
                                 "where fetched_url = ?",
                                 [row["sha256"], row["content_type"], row["size"], row["url"]])
                if item.photo:
                    # An article photo: its rows (any article showing it) point at this copy.
                    conn.execute("update images set sha256 = ?, content_type = ?, size = ?, "
                                 "page_id = ? where fetched_url = ?",
                                 [row["sha256"], row["content_type"], row["size"], page_id,
                                  row["url"]])
        return ids

    def raw_body(self, sha256: str) -> bytes:
        # plain SQL: sqlite-utils' ``table.get`` asks for the table's schema first (5 queries)
        row = self.db.conn.execute("select compression, data from blobs where sha256 = ?",
                                   [sha256]).fetchone()
        if row is None:
            raise sqlite_utils.db.NotFoundError(f"no archived body {sha256!r}")
        return blob_bytes(row[0], row[1])

    def mark_derived(self, page_id: int, status: str, outcome: str | None = None,
                     error: str | None = None) -> None:
        """What deriving the page did (``pipelines.derive``): its extract status, the article
        outcome it is counted as in its run, and why it was skipped or failed."""
        values = [status, outcome, error, page_id]
        if self._own_transaction:  # one statement, atomic: no savepoint of its own (2 fewer)
            self.db.conn.execute(_MARK_DERIVED, values)
            return
        with self.writing():
            self.db.conn.execute(_MARK_DERIVED, values)

    def holds_write_lock(self) -> bool:
        """In a transaction of ``writing()``, which took the write lock (``BEGIN IMMEDIATE``):
        no other process writes the archive until it ends."""
        return self._own_transaction

    def derived_status(self, page_id: int) -> tuple[str, str | None] | None:
        """(extract_status, outcome) of a page already derived, None if not yet."""
        row = self.db.execute("select extract_status, outcome from pages where id = ?",
                              [page_id]).fetchone()
        return None if row is None or row[0] is None else (row[0], row[1])

    def pages_to_derive(self, run_id: int | None = None, *, after_id: int = 0,
                        limit: int | None = None, share: tuple[int, int] = (0, 1)
                        ) -> list[dict[str, Any]]:
        """Archived pages never derived (a crawl derives behind its fetching, a killed one
        leaves some), oldest first; of one run, or of every run. ``share`` (k, n): only the
        k-th of n shares, for n derive processes side by side: blocks of ``SHARE_BLOCK``
        consecutive ids, taken in turn (``pipelines.derive_process`` says why)."""
        where = "p.extract_status is null and p.id > ?"
        args: list[Any] = [after_id]
        if run_id is not None:
            where += " and p.run_id = ?"
            args.append(run_id)
        if share[1] > 1:
            where += " and (p.id / ?) % ? = ?"
            args += [SHARE_BLOCK, share[1], share[0]]
        return list(self.db.query(
            f"select {PAGE_COLUMNS} from pages p left join sites s on s.id = p.site "
            f"where {where} order by p.id" + (f" limit {int(limit)}" if limit else ""), args))

    def first_underived_before(self, run_id: int, page_id: int) -> int | None:
        """The first page of the run before ``page_id`` not derived yet, if any."""
        row = self.db.execute(
            "select id from pages where run_id = ? and extract_status is null and id < ? "
            "order by id limit 1", [run_id, page_id]).fetchone()
        return None if row is None else int(row[0])

    def latest_article_pages(self) -> list[dict[str, Any]]:
        """The newest archived 200 response of every URL that may hold an article: what
        ``reprocess`` derives again."""
        return list(self.db.query(
            f"""select {PAGE_COLUMNS} from pages p left join sites s on s.id = p.site
                join (select url, max(id) as id from pages
                      where status = 200 and sha256 is not null
                        and coalesce(page_type, 'unknown') not in ('attachment', 'image',
                                                                   'other')
                        -- a generic crawl's start page is classified too (issue 12)
                        and (coalesce(page_type, 'unknown') != 'listing' or site in
                             (select id from sites where family = 'generic'))
                      group by url) latest on latest.id = p.id
                order by p.id"""))

    def latest_attachment_pages(self) -> list[dict[str, Any]]:
        """The newest archived 200 response of every distinct attachment file: the documents
        ``reprocess`` reads again."""
        return list(self.db.query(
            f"""select {PAGE_COLUMNS} from pages p left join sites s on s.id = p.site
                join (select max(id) as id from pages
                      where status = 200 and sha256 is not null and page_type = 'attachment'
                      group by sha256) latest on latest.id = p.id
                order by p.id"""))

    def run(self, run_id: int) -> dict[str, Any]:
        return self.db.table("crawl_runs").get(run_id)

    def run_counts(self, run_id: int) -> dict[str, int]:
        """A run's pages, failed fetches and article outcomes, counted from ``pages``."""
        counts: dict[str, int] = {}
        for outcome, n in self.db.execute(
                "select outcome, count(*) from pages where run_id = ? and outcome is not null "
                "group by outcome", [run_id]):
            counts[outcome] = n
        pages, failed, answered, underived = self.db.execute(
            "select count(*), count(error), count(status), count(*) - count(extract_status) "
            "from pages where run_id = ?", [run_id]).fetchone()
        return {**counts, "pages": pages, "pages_failed": failed, "pages_answered": answered,
                "pages_underived": underived}

    def page_fetched(self, run_id: int, url: str, fetched_at: str | None) -> int | None:
        """The ``pages`` id of this fetch if it is archived already (a writer's batch stored
        again after a restart)."""
        row = self.db.execute("select id from pages where run_id = ? and url = ? and "
                              "fetched_at is ?", [run_id, url, fetched_at]).fetchone()
        return row[0] if row else None

    def page_to_derive(self, page_id: int) -> dict[str, Any] | None:
        """The page as ``pages_to_derive`` gives it, if it is not derived yet."""
        return next(self.db.query(
            f"select {PAGE_COLUMNS} from pages p left join sites s on s.id = p.site "
            "where p.id = ? and p.extract_status is null", [page_id]), None)

    # -- derived data ----------------------------------------------------------------------

    def store_article(self, page_id: int, article: Mapping[str, Any],
                      seen_at: str | None = None, *, refresh: bool = False,
                      digest: str | None = None) -> str:
        """Upsert the article and its version; returns 'new', 'changed' or 'unchanged'.
        ``refresh``: store an unchanged version's statistics and references again (newer code
        deriving an old page, ``reprocess``). ``digest``: the article's ``content_hash`` if
        the caller made it already (a hash of the whole text, 0.05 ms of a 31 KB page)."""
        seen_at = seen_at or utc_now()
        url = article["url"]
        digest = digest or content_hash(article.get("title"), article.get("body_text"))
        self.prepare_places(article.get("site"))  # places refer to units
        with self.writing():
            # the stored version and what its search entry is made of, in one read
            stored = self.db.conn.execute(_SELECT_STORED_ARTICLE, [url]).fetchone()
            existing = None if stored is None else stored[:2]
            indexed_before = None if stored is None else dict(
                zip(search_index.INDEXED_NAMES, stored[2:], strict=True))
            if existing is None:
                outcome, version = "new", 1
            elif existing[0] == digest:
                outcome, version = "unchanged", existing[1]
            else:
                outcome, version = "changed", existing[1] + 1
            # the body cut into its words once, for its folded column and its index entry
            body = search_index.BodyForms.of(article.get("body_text"))
            row = {
                "url": url, "site": article.get("site"), "page_id": page_id,
                "title": article.get("title"), "published": article.get("published"),
                "published_raw": article.get("published_raw"), "author": article.get("author"),
                "category": article.get("category"), "language": article.get("language"),
                "body_text": article.get("body_text"),
                "body_html": article.get("body_html"), "extractor": article.get("extractor"),
                "encoding": article.get("encoding"), "content_sha256": digest,
                "version": version, "last_seen": seen_at, "status": "live", "gone_since": None,
                "gone_reason": None,
                "title_folded": fold(article.get("title")),
                "body_folded": body.folded if body else fold(article.get("body_text")),
                "search_key": search_index.search_key(self.db.conn, article.get("published"),
                                                      indexed_before),
            }
            if outcome == "new":
                row.update(first_seen=seen_at, last_changed=seen_at)
            elif outcome == "changed":
                row["last_changed"] = seen_at
            self._upsert("articles", row, key="url")
            # (what was just written is not read back: the index entry is made of these values)
            self._follow_for_search(url, indexed_before,
                                    search_index.as_written(row["search_key"], row), body)
            version_id = self._store_version(url, version, digest, page_id, seen_at, article)
            if outcome != "unchanged":
                self._store_children(url, version_id, article)
            elif refresh:
                for table in ("statistics", "document_refs"):
                    self.db.conn.execute(f"delete from {table} where article_url = ? and "
                                         "version_id = ?", [url, version_id])
                self._store_children(url, version_id, article)
            if outcome != "unchanged" or refresh:
                self.link_document_refs(article_url=url)
                # places (issue 18): a version's, stored with it and again by `reprocess`; an
                # unchanged re-crawl found the same text, so the same places
                store_places(self.db, url, version_id, article)
                store_article_units(self.db, url)
            else:
                follow_article_in_units(self.db, url, article)
            counter = article.get("visitor_counter")
            if counter and any(v is not None for v in counter.values()):
                self._insert("visitor_counts", [{
                    "site": article.get("site"), "page_id": page_id, "fetched_at": seen_at,
                    **{k: counter.get(k) for k in
                       ("online", "today", "yesterday", "week", "month", "year", "total")},
                }], ignore=True)
        return outcome

    # The hot path writes with plain prepared SQL: sqlite-utils' insert/upsert look the table
    # up (names, columns, primary keys) on every call, which was most of the CPU of storing an
    # article (14 inserts an article; docs/benchmarks.md "Crawl"). The schema stays with
    # sqlite-utils (migrations above).

    def _insert(self, table: str, rows: list[dict[str, Any]], *, ignore: bool = False) -> None:
        """Rows that share their keys, in one ``executemany``."""
        if not rows:
            return
        columns = tuple(rows[0])
        self.db.conn.executemany(_insert_sql(table, columns, ignore),
                                 [tuple(map(row.__getitem__, columns)) for row in rows])

    def _upsert(self, table: str, row: dict[str, Any], *, key: str) -> None:
        """Insert the row, or update the columns it has on the row with the same ``key``."""
        columns = tuple(row)
        self.db.conn.execute(_upsert_sql(table, columns, key), list(row.values()))

    def _store_version(self, url: str, version: int, digest: str, page_id: int, seen_at: str,
                       article: Mapping[str, Any]) -> int:
        found = self.db.conn.execute(
            "select id from article_versions where url = ? and content_sha256 = ?",
            [url, digest]).fetchone()
        if found is not None:
            return int(found[0])
        row = {"url": url, "version": version, "content_sha256": digest, "page_id": page_id,
               "seen_at": seen_at, **{k: article.get(k) for k in (
                   "title", "published", "author", "category", "body_text", "body_html",
                   "extractor")}}
        columns = list(row)
        cursor = self.db.conn.execute(
            f"insert into article_versions ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        return int(cursor.lastrowid or 0)

    def _store_children(self, url: str, version_id: int, article: Mapping[str, Any]) -> None:
        images = []
        for image in article.get("images") or []:
            # Like an attachment's href: the photo's pages row is found by the URL as fetched.
            fetched_url = safe_url_string(urljoin(url, image.get("src") or ""))
            copy = archived_image(self.db.conn, fetched_url)
            images.append({"article_url": url, "src": image.get("src"),
                           "caption": image.get("caption"), "fetched_url": fetched_url,
                           "sha256": copy[0], "content_type": copy[1], "size": copy[2],
                           "page_id": copy[3]})
        self._insert("images", images, ignore=True)
        attachments = []
        for attachment in article.get("attachments") or []:
            # Hrefs are kept as written (raw spaces, diacritics); the crawler fetches them
            # percent-encoded, which is how the file's pages row is found.
            fetched_url = safe_url_string(urljoin(url, attachment.get("url") or ""))
            file = self.db.conn.execute(
                "select sha256, content_type, size from pages where url = ? and sha256 is not "
                "null order by id desc limit 1", [fetched_url]).fetchone() or (None, None, None)
            attachments.append({"article_url": url, "url": attachment.get("url"),
                                "name": attachment.get("name"), "fetched_url": fetched_url,
                                "sha256": file[0], "content_type": file[1], "size": file[2]})
        self._insert("attachments", attachments, ignore=True)
        self._store_statistics(article.get("statistics") or [], article_url=url,
                               version_id=version_id)

    def _store_statistics(self, found: Sequence[Mapping[str, Any]], **source: Any) -> None:
        """Statistics and document references found in one text (an article version's body,
        ``version_id``, or a document's, ``document_sha256``), in their tables."""
        self._insert("document_refs", [{
            **source,
            **{k: stat.get(k) for k in ("doc_type", "number", "issued", "issuer", "text",
                                        "start", "end", "sentence")},
            "number_key": number_key(stat.get("number")),
        } for stat in found if stat.get("kind") == "document"])
        self._insert("statistics", [{
            **source,
            **{k: stat.get(k) for k in ("kind", "text", "start", "end", "unit", "qualifier",
                                        "sentence", "sense", "per")},
            # REAL, as the columns are declared: an integer past 2^63 ("10.000.000.000 tỷ
            # đồng") has no SQLite INTEGER; the figure as written stays in ``text``.
            **{k: None if stat.get(k) is None else float(stat[k])
               for k in ("value", "low", "high", "denominator")},
        } for stat in found if stat.get("kind") != "document"])

    def mark_gone(self, url: str, seen_at: str, reason: str) -> bool:
        """The portal answered 404/410 for a known article: keep it, say since when it is gone."""
        with self.writing():
            cursor = self.db.execute(
                "update articles set status = 'gone', gone_since = ?, gone_reason = ?, "
                "last_seen = ? where url = ? and status = 'live'", [seen_at, reason, seen_at, url])
        return cursor.rowcount > 0

    def gone_reason(self, url: str) -> str | None:
        """Why the article at ``url`` is gone (``mark_gone``); None while it is live, or if no
        article is archived there."""
        row = self.db.execute("select gone_reason from articles where url = ? and status = 'gone'",
                              [url]).fetchone()
        return row[0] if row else None

    def mark_unlisted_gone(self, site: str, runs: int, current_run: int,
                           harmless_drops: Iterable[str] = ()) -> int:
        """Articles of ``site`` that no listing page linked in its last ``runs`` complete full
        crawls (``current_run``, just completed, and the ones before it: full, finished, and
        dropping no request but for ``harmless_drops`` reasons) are gone (reason 'unlisted'),
        even if their URL still answers. Needs that many such crawls, each of which recorded
        listing links. Returns how many were marked."""
        harmless = sorted(harmless_drops)
        recent = [row["id"] for row in self.db.query(
            f"""select id from crawl_runs where site = ? and (id = ? or (mode = 'full'
                   and finish_reason = 'finished' and not exists (
                       select 1 from json_each(coalesce(crawl_runs.dropped, '{{}}'))
                       where value > 0 and key not in ({",".join("?" * len(harmless))}))))
                   and exists (select 1 from pages p join listing_links l on l.page_id = p.id
                               where p.run_id = crawl_runs.id)
               order by id desc limit ?""", [site, current_run, *harmless, runs])]
        if len(recent) < runs or recent[0] != current_run:
            return 0
        marks = ",".join("?" * len(recent))
        with self.writing():
            cursor = self.db.execute(
                f"""update articles set status = 'gone', gone_reason = 'unlisted', gone_since = ?
                    where site = ? and status = 'live' and url not in (
                        select l.article_url from listing_links l join pages p on p.id = l.page_id
                        where p.run_id in ({marks}))
                      and first_seen <= (select started_at from crawl_runs where id = ?)""",
                [utc_now(), site, *recent, recent[-1]])
        return cursor.rowcount

    def touch_article(self, url: str, seen_at: str) -> bool:
        """A conditional re-check said "not modified": the article is still there, unchanged."""
        with self.writing():
            cursor = self.db.execute(
                "update articles set last_seen = ?, status = 'live', gone_since = null, "
                "gone_reason = null "
                "where url = ?", [seen_at, url])
        return cursor.rowcount > 0

    def archived_asset_urls(self, site: str) -> list[str]:
        """Photo and stylesheet URLs of the site with an archived copy: a crawl never fetches
        them again. A photo's copy counts once deriving found it a picture (``derive_image``):
        a 200 error page in its place is asked for again."""
        return [row[0] for row in self.db.execute(
            "select distinct url from pages where site = ? and status = 200 and sha256 is not "
            "null and (page_type = 'stylesheet' or (page_type = 'image' and "
            "extract_status = 'ok'))", [site])]

    def images_without_copy(self, site: str) -> list[str]:
        """The site's article photos with no archived copy (the fetch failed, or the crawler's
        chrome rules left it out): the next crawl fetches them."""
        return [row[0] for row in self.db.execute(
            "select i.fetched_url from images i join articles a on a.url = i.article_url "
            "where a.site = ? and i.sha256 is null and i.fetched_url is not null "
            "group by i.fetched_url order by min(i.id)", [site])]

    def known_articles(self, site: str) -> list[dict[str, Any]]:
        """Archived article URLs of a site with what a conditional re-check needs."""
        return list(self.db.query(
            """select a.url, a.status, a.published, a.first_seen, a.last_seen, p.headers
               from articles a left join pages p on p.id = a.page_id
               where a.site = ?""", [site]))

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {name: self.db.table(name).count for name in
                ("sites", "crawl_runs", "pages", "articles", "article_versions", "statistics",
                 "document_refs", "visitor_counts", "attachments", "images")}

    def iter_articles(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        where, args = ("site = ?", [site]) if site else (None, [])
        yield from self.db.table("articles").rows_where(where, args, order_by="site, published")

    # -- reads: what the CLI, jobs, check, reprocess, the writer and WARC export ask ---------
    # (Every question about the archive's tables is answered here, once; callers hold no SQL.)

    def recent_runs(self, limit: int) -> list[dict[str, Any]]:
        """The newest ``limit`` crawl runs, newest first (every ``crawl_runs`` column)."""
        return list(self.db.query("select * from crawl_runs order by id desc limit ?", [limit]))

    def failing_sites(self) -> list[dict[str, Any]]:
        """Sites whose last run failed (a non-zero exit status, or an end other than
        ``NORMAL_FINISH``): site, finish_reason, exit_status, started_at."""
        endings = ", ".join("?" * len(NORMAL_FINISH))
        return list(self.db.query(
            f"""select site, finish_reason, exit_status, started_at from crawl_runs
                where id in (select max(id) from crawl_runs group by site)
                  and (exit_status != 0 or finish_reason not in ({endings}))""",
            list(NORMAL_FINISH)))

    def incomplete_sites(self) -> list[dict[str, Any]]:
        """Sites whose last run ended normally yet left pages it found unfetched: requests
        dropped for a reason not in ``HARMLESS_DROPS``, or fetches that got no response after
        their retries. site, id, finish_reason, started_at, pages_failed, dropped (reason ->
        count, those reasons only)."""
        endings = ", ".join("?" * len(NORMAL_FINISH))
        harmless = ", ".join("?" * len(HARMLESS_DROPS))
        rows = self.db.query(
            f"""select site, id, finish_reason, started_at, pages_failed, dropped
                from crawl_runs
                where id in (select max(id) from crawl_runs group by site)
                  and exit_status = 0 and finish_reason in ({endings})
                  and (pages_failed > 0 or exists (
                      select 1 from json_each(coalesce(crawl_runs.dropped, '{{}}'))
                      where value > 0 and key not in ({harmless})))
                order by site""", [*NORMAL_FINISH, *sorted(HARMLESS_DROPS)])
        return [{**row, "dropped": {why: n for why, n in json.loads(row["dropped"] or "{}").items()
                                    if n and why not in HARMLESS_DROPS}} for row in rows]

    def unfinished_sites(self) -> list[dict[str, Any]]:
        """Sites whose last run never closed (still running, or killed): site, id,
        started_at. Which of the two is for the site's crawl lock to say (``status``)."""
        return list(self.db.query(
            """select site, id, started_at from crawl_runs
                where id in (select max(id) from crawl_runs group by site)
                  and finished_at is null order by site"""))

    def last_run(self, site: str) -> dict[str, Any] | None:
        """The site's newest run (id, started_at, finished_at; finished_at None: never closed,
        the crawl was killed)."""
        return next(self.db.query(
            "select id, mode, started_at, finished_at from crawl_runs where site = ? "
            "order by id desc limit 1", [site]), None)

    def articles_done_in_run(self, run_id: int) -> list[str]:
        """URLs of articles and attachments a run archived with a response: what a resumed
        crawl need not fetch again (listings are walked again: they are how the rest is found)."""
        return [row["url"] for row in self.db.query(
            """select url from pages where run_id = ? and status is not null
                 and (page_type in ('article', 'attachment')
                      or url in (select url from articles))""", [run_id])]

    def crawl_period(self, site: str | None = None) -> tuple[str | None, str | None]:
        """When the first run (of ``site``, or any) started and the last one finished."""
        first, last = self.db.execute(
            "select min(started_at), max(finished_at) from crawl_runs "
            "where ? is null or site = ?", [site, site]).fetchone()
        return first, last

    def response_count(self, site: str | None = None) -> int:
        """How many fetches (of ``site``, or all) got a response (what ``iter_warc_pages``
        yields)."""
        count: int = self.db.execute(
            "select count(*) from pages where status is not null"
            + (" and site = ?" if site else ""), [site] if site else []).fetchone()[0]
        return count

    def iter_responses(self) -> Iterator[dict[str, Any]]:
        """Every fetch that got a response, in archive order: id, url, status, headers (JSON),
        sha256, fetched_at."""
        yield from self.db.query("select id, url, status, headers, sha256, fetched_at from pages "
                                 "where status is not null order by id")

    def iter_warc_pages(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        """Every fetch that got a response (of ``site``, or all), in archive order, with what a
        WARC writer needs to choose its record, streamed (SQLite does the grouping): id, url,
        site, status, headers, request_headers, request_method and request_body (None before
        their migrations), sha256, size, fetched_at,
        referer; ``first_*`` (id, url, fetched_at): the first fetch with the same body, not a
        304 (itself when it is the first); for a 304, ``unmodified_*`` (id, url, fetched_at): the
        first fetch of the body of the last earlier 2xx of the same URL (the response record
        that holds what the portal said had not changed)."""
        columns = self.db.table("pages").columns_dict  # an archive opened read-only may be older
        recorded = ", ".join(f"p.{c}" if c in columns else f"null as {c}"
                             for c in ("request_headers", "request_method", "request_body"))
        where, params = ("and site = ?", [site, site]) if site else ("", [])
        yield from self.db.query(f"""
            with firsts as (select sha256, min(id) as id from pages
                            where status is not null and status <> 304 {where}
                            group by sha256)
            select p.id, p.url, p.site, p.status, p.headers, p.sha256, p.size, p.fetched_at,
                   p.referer, {recorded},
                   f.id as first_id, f.url as first_url, f.fetched_at as first_fetched_at,
                   u.id as unmodified_id, u.url as unmodified_url,
                   u.fetched_at as unmodified_fetched_at
            from pages p
            left join firsts pf on pf.sha256 = p.sha256
            left join pages f on f.id = pf.id
            left join pages m on p.status = 304 and m.id = (
                select q.id from pages q where q.url = p.url and q.id < p.id
                   and q.status between 200 and 299 {where.replace("site", "q.site")}
                order by q.id desc limit 1)
            left join firsts mf on mf.sha256 = m.sha256
            left join pages u on u.id = mf.id
            where p.status is not null {where.replace("site", "p.site")}
            order by p.id""", params + ([site] if site else []))

    def iter_article_captures(self, site: str | None = None) -> Iterator[dict[str, Any]]:
        """Each article (of ``site``, or all) as its archived capture: url, title and the
        fetch time of the page it was last stored from, in URL order."""
        yield from self.db.query(
            "select a.url, a.title, p.fetched_at from articles a join pages p on p.id = a.page_id"
            " where ? is null or a.site = ? order by a.url", [site, site])

    def run_ids(self, site: str | None = None) -> list[int]:
        """The crawl runs (of ``site``, or all), in order."""
        rows = self.db.execute("select id from crawl_runs where ? is null or site = ? "
                               "order by id", [site, site])
        return [row[0] for row in rows]

    # -- reads: health (``check``) -------------------------------------------------------------

    def integrity_errors(self) -> list[str]:
        """SQLite's own integrity check; empty when it says ok."""
        rows = [row[0] for row in self.db.execute("pragma integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def foreign_key_violations(self) -> list[tuple[str, int, str]]:
        """(table, rowid, parent table) of every row pointing to a missing row."""
        return [(table, rowid, parent) for table, rowid, parent, _ in
                self.db.execute("pragma foreign_key_check").fetchall()]

    def iter_blobs(self) -> Iterator[tuple[str, str, object]]:
        """(sha256, compression, stored data) of every archived body, as stored: bytes, unless
        the row is damaged (SQLite then may read back text, a number or NULL)."""
        yield from self.db.execute("select sha256, compression, data from blobs")

    def pages_without_body(self) -> int:
        """Pages whose digest names no stored body."""
        count: int = self.db.execute(
            "select count(*) from pages where sha256 is not null and sha256 "
            "not in (select sha256 from blobs)").fetchone()[0]
        return count

    def search_index_coverage(self) -> tuple[int, int]:
        """(articles, entries of the search index ``articles_search``): equal when it is
        whole. A contentless index counts its rows from its own doc-size table."""
        articles = self.db.execute("select count(*) from articles").fetchone()[0]
        indexed = self.db.execute("select count(*) from articles_search_docsize").fetchone()[0]
        return articles, indexed

    def index_for_search(self) -> int:
        """(Re)build the search index from ``articles`` (keys for articles written without
        one first), in one transaction; returns the entries written. For a new archive filled
        in bulk, and ``check``'s remedy."""
        with self.writing():
            self._write_search_changes()  # what this transaction changed, before it is rebuilt
            return search_index.rebuild(self.db.conn)

    def record_dropped(self, run_id: int, counts: Mapping[str, int]) -> None:
        """What limits kept the run from fetching, per reason (depth, max_pages, offsite, ...;
        see crawler/limits.py): ``crawl_runs.dropped`` (JSON) and ``dropped_total``."""
        self.db.table("crawl_runs").update(run_id, {
            "dropped": json.dumps(dict(sorted(counts.items()))),
            "dropped_total": sum(counts.values())})

    def coverage(self, site: str | None, runs: int) -> list[dict[str, Any]]:
        """Per run, newest first (the last ``runs`` of ``site``, or of every site): the distinct
        article URLs its listings, sitemaps and feeds showed, and how many of them the archive
        holds (live, gone) or lacks. Datasette's canned query ``coverage`` is the same SQL."""
        return list(self.db.query(COVERAGE_SQL, {"site": site or "", "runs": runs}))

    # -- documents (attachments as text: pipelines/documents) --------------------------------

    def store_document(self, page_id: int, analysis: DocumentAnalysis,
                       seen_at: str | None = None) -> str:
        """Store what ``pipelines.documents.analyse_attachment`` read from the attachment archived
        as page ``page_id``: one ``documents`` row per distinct file (sha256), its statistics
        and document references (tied to the file and to the article attaching it), and the
        links between references and the documents they cite. Storing the same file again
        replaces its rows (``reprocess``). Returns the document's status (ok, no_text, failed).
        """
        page = self.db.table("pages").get(page_id)
        sha256 = page["sha256"]
        if sha256 is None:
            raise ArchiveError(f"page {page_id} has no archived body")
        text, identity = analysis.text, analysis.identity
        with self.writing():
            article_url = next((row[0] for row in self.db.execute(
                "select article_url from attachments where sha256 = ? order by id limit 1",
                [sha256])), None)
            title = analysis.title or page.get("link_text") or None
            self.db.table("documents").upsert({
                "sha256": sha256, "url": page["url"], "article_url": article_url,
                "site": page["site"], "format": text.format,
                "content_type": page["content_type"], "status": text.status,
                "method": text.method, "pages": text.pages, "quality": text.quality,
                "legacy": text.legacy, "error": text.error, "seconds": text.seconds,
                "extracted_at": seen_at or utc_now(),
                "doc_type": identity.doc_type, "number": identity.number,
                "number_key": identity.number_key, "issued": identity.issued,
                "issuer": identity.issuer, "place": identity.place, "subject": identity.subject,
                "title": title, "body_text": text.text or None, "chars": len(text.text or ""),
                "title_folded": fold(title), "body_folded": fold(text.text),
            }, pk="sha256")
            self.db.execute("delete from statistics where document_sha256 = ?", [sha256])
            self.db.execute("delete from document_refs where document_sha256 = ?", [sha256])
            self._store_statistics(analysis.statistics, article_url=article_url,
                                   document_sha256=sha256)
            keys = {number_key(s.get("number")) for s in analysis.statistics
                    if s.get("kind") == "document"} | {identity.number_key}
            self.link_document_refs(number_keys=keys)
        return text.status

    def link_document_refs(self, *, number_keys: Iterable[str | None] | None = None,
                           article_url: str | None = None) -> int:
        """Point each ``document_refs`` row at the archived document it cites
        (``cited_sha256``), for the refs with these number keys or of this article.

        A number alone is not an identity: every district has its "18/KH-UBND". A document
        is the one cited when its number key matches, it was archived from the citing
        article's own site, and neither the dates nor the issuers disagree (one set of
        issuer words within the other, UBND/HĐND spelled out). An attachment of the citing
        article itself wins a tie, then the same issue date. Returns the refs linked."""
        where, args = [], []
        if number_keys is not None:
            keys = sorted(k for k in number_keys if k)
            if not keys:
                return 0
            where.append(f"r.number_key in ({','.join('?' * len(keys))})")
            args.extend(keys)
        if article_url is not None:
            where.append("r.article_url = ?")
            args.append(article_url)
        # plain SQL, one query for all the candidates: this runs for every article stored
        refs = _rows(self.db.conn,
                     "select r.id, r.number_key, r.issued, r.issuer, r.article_url, "
                     "r.document_sha256, r.cited_sha256, coalesce(a.site, d.site) as site "
                     "from document_refs r left join articles a on a.url = r.article_url "
                     "left join documents d on d.sha256 = r.document_sha256 "
                     f"where r.number_key is not null and ({' or '.join(where) or '1'})", args)
        candidates: dict[str, list[dict[str, Any]]] = {}
        cited = sorted({r["number_key"] for r in refs})
        if cited:
            for document in _rows(
                    self.db.conn,
                    "select d.number_key, d.sha256, d.issued, d.issuer, d.site, "
                    "(select group_concat(article_url, char(10)) from attachments "
                    " where sha256 = d.sha256) as attached_to from documents d "
                    f"where d.number_key in ({','.join('?' * len(cited))}) and d.status = 'ok' "
                    "order by d.rowid", cited):
                candidates.setdefault(document.pop("number_key"), []).append(document)
        linked = 0
        changed = []
        for ref in refs:
            best = _best_document(ref, candidates.get(ref["number_key"], []))
            if best != ref["cited_sha256"]:
                changed.append((best, ref["id"]))
            linked += best is not None
        if changed:  # (most articles cite nothing archived: no write, no savepoint)
            with self.writing():
                self.db.conn.executemany("update document_refs set cited_sha256 = ? "
                                         "where id = ?", changed)
        return linked

    # -- page classes (pipelines/classify.py; issue 12) --------------------------------------

    def record_page_class(self, page_id: int, kind: str, reason: str,
                          teasers: list[str] | None = None,
                          canonical_url: str | None = None) -> None:
        """What the page is (article, listing, home, other, duplicate) and why; a page that is
        no article but teases others is a listing of them, recorded in ``listing_links`` like a
        registered site's listing (the evidence ``listed_urls`` reads). ``canonical_url``: the
        other page of its host it names as canonical (where a duplicate's story is)."""
        with self.writing():
            self.db.conn.execute(
                "update pages set page_class = ?, page_class_reason = ?, canonical_url = ? "
                "where id = ?", [kind, reason, canonical_url, page_id])
            if kind != "article" and teasers:
                # plain SQL: sqlite-utils' insert_all looks the table up first (20 teasers:
                # 0.08 -> 0.03 ms)
                self.db.conn.executemany(_INSERT_LISTING_LINKS,
                                         [(page_id, url) for url in teasers])

    def listed_urls(self, site: str) -> dict[str, int]:
        """URLs the site's archived listing pages tease as stories, each with how many distinct
        listing pages do: what the site says its articles are (``classify.SiteKnowledge``).
        Only pages the classifier read as listings count: a sitemap lists the about page too."""
        return dict(self.db.execute(
            """select l.article_url, count(distinct p.url) from listing_links l
               join pages p on p.id = l.page_id
               where p.site = ? and p.page_class in ('listing', 'home', 'other')
               group by l.article_url""", [site]))

    def same_story(self, site: str | None, article: Mapping[str, Any],
                   digest: str | None = None) -> str | None:
        """The URL of another live article of the site with this article's headline and text
        (``content_hash``, or ``digest`` when the caller made it), if there is one."""
        row = self.db.execute(
            "select url from articles where content_sha256 = ? and site is ? and url != ? "
            "and status = 'live' order by first_seen limit 1",
            [digest or content_hash(article.get("title"), article.get("body_text")), site,
             article["url"]]).fetchone()
        return row[0] if row else None

    def story_titles(self, site: str) -> dict[str, str | None]:
        """The site's live articles, headline by URL: where a duplicate's story must be."""
        return dict(self.db.execute(
            "select url, title from articles where site = ? and status = 'live'", [site]))

    def canonicals_kept(self, site: str) -> list[str]:
        """Canonical URLs that held no story with the headline of a page naming them, which
        was then kept as the story itself (``derive.settle_classes``)."""
        return [row[0] for row in self.db.execute(
            "select distinct p.canonical_url from pages p join articles a on a.page_id = p.id "
            "where p.site = ? and p.page_class = 'article' and p.canonical_url is not null",
            [site])]

    def classified_pages(self, site: str, run_id: int | None = None) -> list[dict[str, Any]]:
        """The newest classified fetch of each URL of a site (of one run's URLs, with
        ``run_id``), with what deriving needs and its class: what the site's evidence may
        re-judge once every listing is known."""
        run_filter = "and url in (select url from pages where run_id = ?)" if run_id else ""
        return list(self.db.query(
            f"""select {PAGE_COLUMNS}, p.page_class, p.page_class_reason, p.canonical_url,
                       p.outcome
                from pages p
                left join sites s on s.id = p.site
                join (select url, max(id) as id from pages
                      where site = ? and page_class is not null {run_filter}
                      group by url) latest on latest.id = p.id
                order by p.id""", [site, run_id] if run_id else [site]))

    def retract_article(self, url: str, reason: str) -> bool:
        """An article that is none (a listing stored as one): remove its row, versions and
        everything derived from them (statistics, references, places, images, attachments, the
        search indexes) and record the retraction. Raw pages stay, and so
        does what belongs to a file rather than to the article (a ``documents`` row, a
        document's statistics): only its pointer to the article is cleared."""
        article = next(self.db.table("articles").rows_where("url = ?", [url]), None)
        if article is None:
            return False
        versions = self.db.table("article_versions").count_where("url = ?", [url])
        # Every table that hangs off an article or a version, found from the schema, so a
        # table added later is handled too (foreign keys are enforced).
        by_version, by_url = [], []
        for table in self.db.table_names():
            for fk in self.db.table(table).foreign_keys:
                if fk.other_table == "article_versions" and table != "article_versions":
                    by_version.append((table, fk.column))
                elif fk.other_table == "articles" and table != "article_versions":
                    by_url.append((table, fk.column))
        with self.writing():
            indexed_before = search_index.read_indexed(self.db.conn, url)
            for table, column in by_version:
                self.db.execute(f"delete from [{table}] where [{column}] in "
                                "(select id from article_versions where url = ?)", [url])
            for table, column in by_url:
                if self.db.table(table).pks != ["id"]:
                    # an entity of its own (a document is its file): keep it, unpoint it
                    self.db.execute(
                        f"update [{table}] set [{column}] = null where [{column}] = ?", [url])
                    continue
                if "document_sha256" in self.db.table(table).columns_dict:
                    # a file's statistics stay the file's
                    self.db.execute(f"update [{table}] set [{column}] = null where [{column}] = ? "
                                    "and document_sha256 is not null", [url])
                self.db.execute(f"delete from [{table}] where [{column}] = ?", [url])
            self.db.execute("delete from article_versions where url = ?", [url])
            self.db.execute("delete from articles where url = ?", [url])
            # the ranked index is contentless (no triggers): its entry goes by its values
            self._follow_for_search(url, indexed_before)
            self.db.table("retractions").insert({"url": url, "site": article["site"],
                                                 "title": article["title"], "versions": versions,
                                                 "reason": reason, "retracted_at": utc_now()})
        return True

# -- reading, without an Archive: the archive's schema for other readers ----------------------
# (Datasette's read-only connections in the plugin; any sqlite3 connection.)

#: Finish reasons of a run that ended as planned (Scrapy's own, and its page/time limits).
NORMAL_FINISH = ("finished", "closespider_pagecount", "closespider_timeout")
#: Drop reasons (``crawl_runs.dropped``) that only keep a crawl on its site: a run dropping
#: requests for no other reason still saw every listing and article of the site (a calendar's
#: far dates, crawler/limits.py "calendar": a calendar has no end, and its dates are no part of
#: the site's listings; "session_url": a link's spelling with session state in its URL, fetched
#: once without it). Any other reason (a limit, a script pager, an app shell, a postback
#: without its form) left pages unfetched: the run is incomplete.
#: "other_site": a page of another site of the host when the portal is a path of it (a province
#: platform's own news, a sibling commune's site: crawler/site_path.py), each its own portal.
#: "mobile_copy": a link to the host the site's pages name as their mobile alternates (the
#: same pages for small screens).
HARMLESS_DROPS = frozenset({"offsite", "robots", "url_length", "calendar", "session_url",
                            "other_site", "mobile_copy",
                            # crawler/server_notices.py: a link the site answers with its "not
                            # found" page (status 200): the site no longer has that page
                            "not_found",
                            # crawler/listing_traps.py: a listing's sorted, re-shown or re-sized
                            # spelling (fetched once without it), a combination of its filters,
                            # a search with a query (as robots.txt's search pages), a pager link
                            # past the listing's end: the listing itself lists their stories
                            "facet", "filter_combination", "search", "pager_end"})
#: Coverage per crawl run (``Archive.coverage``; Datasette's canned query ``coverage`` holds the
#: same text, tests/test_datasette_queries.py keeps them equal). A sitemap's or feed's links are
#: recorded like a listing's (``listing_links``); the listing page's ``page_type`` says which.
#: A page classified as a story (or a story's copy) shows no listing, whatever links the crawl
#: recorded from it (a post's previous/next links, read as a pager): they are not counted, or
#: its month archives would be "listed articles not archived"; nor is a link to a page the
#: archive holds classified as no story (a month archive a sidebar widget lists in bulk, which
#: the crawl's URL shapes took for a teaser), nor a link to a copy of a story the archive
#: holds under its own URL (a second path, a print view: the story is counted where a listing
#: links it by that URL). A listed URL the site redirects (an old host's sitemap naming the
#: stories' old addresses) is counted as the page it led to (in any of the runs shown).
COVERAGE_SQL = """with recent as (
  select id from crawl_runs where (:site = '' or site = :site)
  order by id desc limit coalesce(nullif(cast(:runs as integer), 0), 20)
), moved as (
  select requested_url, max(url) as url from pages
  where run_id in (select id from recent) and requested_url is not null
    and requested_url != url
  group by requested_url
), shown as (
  select p.run_id, coalesce(m.url, l.article_url) as article_url,
         case p.page_type when 'sitemap' then 'sitemap' when 'feed' then 'feed'
              else 'listing' end as source
  from listing_links l join pages p on p.id = l.page_id
  left join moved m on m.requested_url = l.article_url
  where p.run_id in (select id from recent)
    and coalesce(p.page_class, '') not in ('article', 'duplicate')
    and not exists (select 1 from pages t where t.url = coalesce(m.url, l.article_url)
                    and t.page_class in ('listing', 'home', 'other', 'duplicate'))
)
select r.id as run, r.site, r.mode, r.started_at, r.finish_reason, r.dropped_total,
       count(distinct s.article_url) as listed,
       count(distinct case when s.source = 'listing' then s.article_url end) as in_listings,
       count(distinct case when s.source = 'sitemap' then s.article_url end) as in_sitemaps,
       count(distinct case when s.source = 'feed' then s.article_url end) as in_feeds,
       count(distinct s.article_url)
         - count(distinct case when s.source = 'listing' then s.article_url end)
         as only_sitemaps_feeds,
       count(distinct a.url) as archived,
       count(distinct case when a.status = 'live' then a.url end) as live,
       count(distinct case when a.status = 'gone' then a.url end) as gone,
       count(distinct s.article_url) - count(distinct a.url) as not_archived
from crawl_runs r
left join shown s on s.run_id = r.id
left join articles a on a.url = s.article_url
where r.id in (select id from recent)
group by r.id
order by r.id desc"""
#: Tables every archive has: a database holding them is an archive (Datasette's startup hook).
SIGNATURE_TABLES = frozenset({"articles", "pages", "blobs"})


def read_only_connection(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write ``path`` (SQLite ``mode=ro``); it still sees a crawl's
    commits (WAL), which ``immutable=1`` would not promise."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def refuse_non_archive(conn: sqlite3.Connection, path: str | Path, *, empty_ok: bool) -> None:
    """Raise ``ArchiveError`` unless ``conn`` holds an archive (``SIGNATURE_TABLES``); an empty
    database passes when ``empty_ok`` (a new archive is about to be made in it)."""
    tables = {row[0] for row in conn.execute(
        "select name from sqlite_master where type = 'table'")}
    if tables >= SIGNATURE_TABLES or (empty_ok and not tables):
        return
    raise ArchiveError(f"{path} is not a District News Archive database (it has no "
                       f"{', '.join(sorted(SIGNATURE_TABLES - tables))} table): refusing to "
                       "touch it; give the archive's path with --db")


def blob_bytes(compression: str | None, data: bytes) -> bytes:
    """An archived body from its ``blobs`` row (zlib-compressed, or stored as is)."""
    return zlib.decompress(data) if compression == "zlib" else data


def parse_headers(stored: str | None) -> dict[str, list[str]]:
    """A ``pages.headers`` value (JSON) as name -> values."""
    headers: dict[str, list[str]] = json.loads(stored or "{}")
    return headers


def header(headers: Mapping[str, Sequence[str]] | None, name: str) -> str | None:
    """The first value of header ``name`` (any case), or None."""
    wanted = name.lower()
    for key, values in (headers or {}).items():
        if key.lower() == wanted and values:
            return values[0]
    return None


def content_type(headers: Mapping[str, Sequence[str]] | None) -> str | None:
    """The response's Content-Type as sent (``text/html; charset=utf-8``), or None."""
    return header(headers, "content-type")


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _row(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    rows = _rows(conn, sql, params)
    return rows[0] if rows else None


def read_blob(conn: sqlite3.Connection, sha256: str) -> bytes | None:
    """The archived body with this digest, decompressed (not verified), or None."""
    blob = _row(conn, "select compression, data from blobs where sha256 = ?", [sha256])
    return blob_bytes(blob["compression"], blob["data"]) if blob else None


@dataclass
class RawCopy:
    """An archived body and the first fetch that brought it."""

    data: bytes
    url: str | None
    content_type: str | None


def read_raw_copy(conn: sqlite3.Connection, sha256: str) -> RawCopy | None:
    data = read_blob(conn, sha256)
    if data is None:
        return None
    page = _row(conn, "select url, content_type from pages where sha256 = ? order by id limit 1",
                [sha256]) or {}
    return RawCopy(data, page.get("url"), page.get("content_type"))


# The places of one article version as the article page and the exports show them: each
# mention (each candidate of an ambiguous one) and its unit named before and after the reform.
# ``{version}`` is the version's id: a parameter, or a correlated subquery in an export.
PLACES_OF_VERSION = """select p.text, p.start, p."end", p.level, p.unit_id, u.full_name as unit,
       p.era, p.old_code, p.new_code, od.full_name as old_district, nu.full_name as new_unit,
       np.full_name as new_province, p.ambiguous, p.candidates, p.confidence,
       u.province_name as unit_province, u.name_folded as unit_folded,
       pv.name_folded as province_folded
from article_places p
join units u on u.id = p.unit_id
left join units pv on pv.era = u.era and pv.level = 'province' and pv.code = u.province_code
left join units od on od.id = 'old:' || p.old_district_code
left join units nu on nu.id = 'new:' || p.new_code
left join units np on np.id = 'new:' || p.new_province_code
where p.article_url = {url} and p.version_id = {version}
order by p.start, p.id"""


def archived_image(conn: sqlite3.Connection, url: str
                   ) -> tuple[str | None, str | None, int | None, int | None]:
    """(sha256, content type, size, pages id) of the newest good copy of the image at ``url``
    (as fetched), or Nones. Good: answered 200 with a raster picture (``store_page`` links only
    those: an error page answered 200, or an SVG, is no picture to show)."""
    for digest, kind, size, page_id, compression, head in conn.execute(
            "select p.sha256, p.content_type, p.size, p.id, b.compression, substr(b.data, 1, 64) "
            "from pages p join blobs b on b.sha256 = p.sha256 where p.url = ? and "
            "p.page_type = 'image' and p.status = 200 order by p.id desc", [url]):
        try:
            start = zlib.decompressobj().decompress(head) if compression == "zlib" else head
        except zlib.error:
            continue
        if isinstance(start, bytes) and raster_type(start[:16]) is not None:
            return digest, kind, size, page_id
    return None, None, None, None


def read_archived_copies(conn: sqlite3.Connection, urls: Sequence[str],
                         page_types: Sequence[str] = ("image",)) -> dict[str, str]:
    """URL (as fetched) -> sha256 of its newest good archived copy, for those of ``urls`` the
    archive holds among pages of ``page_types`` (a page's pictures, for its replay)."""
    found: dict[str, str] = {}
    wanted = list(dict.fromkeys(urls))
    kinds = ", ".join("?" * len(page_types))
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start:start + 500]
        for url, digest in conn.execute(
                f"select url, sha256 from pages where url in ({', '.join('?' * len(chunk))}) "
                f"and page_type in ({kinds}) and status = 200 and sha256 is not null "
                "order by id", [*chunk, *page_types]):
            found[url] = digest  # the newest wins
    return found


def read_archived_articles(conn: sqlite3.Connection, urls: Sequence[str]) -> set[str]:
    """Those of ``urls`` that are articles of the archive."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(row[0] for row in conn.execute(
            f"select url from articles where url in ({', '.join('?' * len(chunk))})", chunk))
    return found


def read_page_copy(conn: sqlite3.Connection, page_id: int) -> dict[str, Any] | None:
    """One fetch with its body: id, url, status, content_type, page_type, sha256, ``data``."""
    page = _row(conn, "select id, url, status, content_type, page_type, sha256, fetched_at "
                      "from pages where id = ?", [page_id])
    if page is None or not page["sha256"]:
        return None
    page["data"] = read_blob(conn, page["sha256"])
    return page if page["data"] is not None else None


def read_article(conn: sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """Everything the archive holds about one article, or None: ``article`` (with rowid),
    the ``page`` it was last stored from, its ``site``, the current ``version``, that version's
    ``statistics``, ``documents`` and ``places`` (text order), ``images``, ``attachments``,
    ``fetches`` (n, first, last fetch of its URL) and ``versions`` (how many)."""
    article = _row(conn, "select rowid, * from articles where url = ?", [url])
    if article is None:
        return None
    version = _row(conn, "select id, version, seen_at from article_versions "
                         "where url = ? and content_sha256 = ?", [url, article["content_sha256"]])
    version_id = version["id"] if version else -1
    return {
        "article": article,
        "page": _row(conn, "select id, url, fetched_at, status, content_type, sha256, size "
                           "from pages where id = ?", [article["page_id"]]),
        "site": _row(conn, "select * from sites where id = ?", [article["site"]]),
        "version": version,
        # article_url first: it is indexed; version_id alone would scan the table.
        "statistics": _rows(conn, "select kind, text, value, unit, qualifier, sentence, per, "
                                  "low, high, denominator "
                                  "from statistics where article_url = ? and version_id = ? "
                                  "order by start", [url, version_id]),
        "documents": _rows(conn, "select doc_type, number, issued, issuer, text "
                                 "from document_refs where article_url = ? and version_id = ? "
                                 "order by start", [url, version_id]),
        "places": _rows(conn, PLACES_OF_VERSION.format(url="?", version="?"), [url, version_id]),
        "images": _rows(conn, "select src, caption, fetched_url, sha256, content_type, size, "
                              "page_id from images where article_url = ? order by id", [url]),
        "attachments": _rows(conn, "select * from attachments where article_url = ? order by id",
                             [url]),
        "fetches": _row(conn, "select count(*) as n, min(fetched_at) as first, "
                              "max(fetched_at) as last from pages where url = ?", [url]),
        "versions": conn.execute("select count(*) from article_versions where url = ?",
                                 [url]).fetchone()[0],
    }


# -- places (issue 18): units before and after 1 July 2025, each site's, each article's ------

def fill_units(db: sqlite_utils.Database) -> bool:
    """Copy ``units`` and ``unit_successors`` from the units cache
    (``pipelines.places.units_cache``) unless the archive has them from the same package
    version already. Row by row from one SQLite file to the other: no unit is held in memory.
    Returns whether it copied."""
    from pipelines.places.units_cache import SUCCESSOR_COLUMNS, UNIT_COLUMNS, connect
    cache = connect()
    try:
        source, count = cache.execute("select (select value from meta where key = 'source'), "
                                      "(select count(*) from units)").fetchone()
        if tuple(db.execute("select count(*), min(source), max(source) from units").fetchone()
                 ) == (count, source, source):
            return False
        columns = ", ".join(UNIT_COLUMNS)
        db.execute("delete from unit_successors")
        # An upsert, not a delete: article_places and site_units refer to the units.
        db.conn.executemany(
            f"insert into units ({columns}) values ({', '.join('?' * len(UNIT_COLUMNS))}) "
            "on conflict (id) do update set "
            + ", ".join(f"{c} = excluded.{c}" for c in UNIT_COLUMNS if c != "id"),
            cache.execute(f"select {columns} from units order by id"))
        db.execute("delete from units where source != ? and id not in (select unit_id from "
                   "article_places where unit_id is not null) and id not in (select unit_id "
                   "from site_units)", [source])  # what a new package version dropped
        columns = ", ".join(SUCCESSOR_COLUMNS)
        db.conn.executemany(f"insert into unit_successors ({columns}) values (?, ?, ?, ?)",
                            cache.execute(f"select {columns} from unit_successors "
                                          "order by old_id, new_id"))
        store_article_units(db)  # the units' names and coordinates are copied there
    finally:
        cache.close()
    return True


@migrations()
def m008_places(db: sqlite_utils.Database) -> None:
    """Places across the 2025 reform: the units of both eras with the old→new succession (from
    the units package), each site's units, and each article version's place mentions. Only
    the tables: ``Archive.prepare_places`` fills them."""
    db.table("units").create({
        "id": str, "era": str, "level": str, "type": str, "code": str, "name": str,
        "full_name": str, "name_folded": str, "province_code": str, "province_name": str,
        "district_code": str, "district_name": str, "now_id": str, "new_province_code": str,
        "latitude": float, "longitude": float, "source": str,
    }, pk="id")
    db.table("units").create_index(["name_folded"])
    db.table("units").create_index(["era", "level", "province_code"])
    db.table("unit_successors").create(
        {"old_id": str, "new_id": str, "whole": int, "is_default": int},
        pk=("old_id", "new_id"),
        foreign_keys=[("old_id", "units", "id"), ("new_id", "units", "id")])
    db.table("unit_successors").create_index(["new_id"])
    db.table("site_units").create(
        {"site": str, "role": str, "unit_id": str, "how": str},
        pk=("site", "role", "unit_id"),
        foreign_keys=[("site", "sites", "id"), ("unit_id", "units", "id")])
    db.table("site_units").create_index(["unit_id"])
    db.table("article_places").create({
        "id": int, "version_id": int, "article_url": str, "site": str, "mention": int,
        "text": str, "name_folded": str, "start": int, "end": int, "level": str,
        "level_word": str, "unit_id": str, "era": str, "old_code": str, "new_code": str,
        "old_district_code": str, "old_province_code": str, "new_province_code": str,
        "confidence": float, "ambiguous": int, "candidates": int, "evidence": str, "match": str,
        "scope": str,
    }, pk="id", foreign_keys=[("version_id", "article_versions", "id"),
                              ("article_url", "articles", "url"), ("unit_id", "units", "id")])
    for columns in (["version_id"], ["article_url"], ["unit_id"], ["new_code"],
                    ["old_district_code"], ["new_province_code"]):
        db.table("article_places").create_index(columns)
    # The tables are filled by the derive side (``Archive.prepare_places``): opening an
    # archive, as the crawl process does, must not load the units.


def store_site_units(db: sqlite_utils.Database, site: Mapping[str, Any]) -> bool:
    """Replace a site's ``site_units`` rows from its registry row (name, province, base_url),
    unless they are those already; returns whether it wrote."""
    from pipelines.places import units_for_site
    rows = [{"site": site["id"], **row} for row in units_for_site(site).rows()]
    have = [dict(r) for r in db.query("select * from site_units where site = ? "
                                      "order by role, unit_id", [site["id"]])]
    key = ("role", "unit_id")
    if sorted(rows, key=lambda r: tuple(str(r[k]) for k in key)) == have:
        return False
    db.table("site_units").delete_where("site = ?", [site["id"]])
    db.table("site_units").insert_all(rows)
    return True


def store_places(db: sqlite_utils.Database, url: str, version_id: int,
                 article: Mapping[str, Any]) -> None:
    """Replace one version's ``article_places`` rows with ``article["places"]``."""
    # Plain SQL: sqlite-utils' delete_where and insert_all look the table up on every call.
    # A place's values are numbers and strings (``PlaceMention._candidate_dict``), stored as
    # they are.
    db.conn.execute("delete from article_places where version_id = ?", [version_id])
    mentions: dict[tuple[int, int], int] = {}
    rows = [(version_id, url, article.get("site"),
             mentions.setdefault((place["start"], place["end"]), len(mentions)),
             fold(place["text"]), int(place["ambiguous"]),
             *(place.get(key) for key in _PLACE_COLUMNS))
            for place in article.get("places") or []]
    if rows:
        db.conn.executemany(_INSERT_PLACE, rows)


# The ``article_places`` columns a place item gives as they are (``store_places``).
_PLACE_COLUMNS = ("text", "start", "end", "level", "level_word", "unit_id", "era", "old_code",
                  "new_code", "old_district_code", "old_province_code", "new_province_code",
                  "confidence", "candidates", "evidence", "match", "scope")
_INSERT_PLACE = (
    "insert into article_places (version_id, article_url, site, mention, name_folded, "
    f"ambiguous, {', '.join(f'[{c}]' for c in _PLACE_COLUMNS)}) "
    f"values ({', '.join('?' * (6 + len(_PLACE_COLUMNS)))})")


@migrations()
def m012_article_units_places(db: sqlite_utils.Database) -> None:
    """``article_units`` as first made: a view over ``article_places`` (``ARTICLE_UNITS_OF``).
    ``m014_article_units_table`` replaces it with a table; kept so archives migrate in order."""
    db.create_view("article_units", ARTICLE_UNITS_OF.format(where=""))


# ``article_units``: each article's current version and each unit it names, resolved
# (ambiguous mentions left out), named before and after the reform, with the unit's coordinates:
# what Datasette facets by old district, new province and new commune, and maps. ``{where}``
# narrows it (``and p.article_url = ?``: one article's rows).
ARTICLE_UNITS_OF = """
select a.url as article_url, a.title, a.published, a.site,
       p.level, u.era, u.full_name as unit, p.text as named_as,
       op.full_name as old_province, od.full_name as old_district,
       case when p.level = 'commune' and u.era = 'old' then u.full_name end as old_commune,
       np.full_name as new_province,
       case when p.level = 'commune' then nc.full_name end as new_commune,
       p.unit_id, p.old_code, p.new_code, u.latitude, u.longitude
from article_places p
join articles a on a.url = p.article_url
join article_versions v on v.id = p.version_id and v.content_sha256 = a.content_sha256
join units u on u.id = p.unit_id
left join units op on op.id = 'old:' || p.old_province_code
left join units od on od.id = 'old:' || p.old_district_code
left join units np on np.id = 'new:' || p.new_province_code
left join units nc on nc.id = 'new:' || p.new_code
where p.ambiguous = 0{where}
  -- the unit's first mention in the version only: one row per article and unit, no sort;
  -- "+" keeps SQLite on the version's few rows (by unit_id it walks all of a unit's mentions)
  and not exists (select 1 from article_places e where e.version_id = p.version_id
                  and +e.unit_id = p.unit_id and e.ambiguous = 0 and e.id < p.id)"""

_ARTICLE_UNITS_COLUMNS = (
    "article_url", "title", "published", "site", "level", "era", "unit", "named_as",
    "old_province", "old_district", "old_commune", "new_province", "new_commune", "unit_id",
    "old_code", "new_code", "latitude", "longitude")
_INSERT_ARTICLE_UNITS = (f"insert into article_units ({', '.join(_ARTICLE_UNITS_COLUMNS)}) "
                         "{select} order by p.id")
# one article's (written once, not formatted for every article stored)
_INSERT_ONE_ARTICLE_UNITS = _INSERT_ARTICLE_UNITS.format(
    select=ARTICLE_UNITS_OF.format(where=" and p.article_url = ?"))


def store_article_units(db: sqlite_utils.Database, url: str | None = None) -> None:
    """Write ``article_units`` again from ``article_places``: one article's rows (``url``: its
    current version or its places changed), or every article's (``url`` None: the units were
    refilled, their names or coordinates may have changed)."""
    if url is None:
        db.conn.execute("delete from article_units")
        db.conn.execute(_INSERT_ARTICLE_UNITS.format(select=ARTICLE_UNITS_OF.format(where="")))
        return
    db.conn.execute("delete from article_units where article_url = ?", [url])
    db.conn.execute(_INSERT_ONE_ARTICLE_UNITS, [url])


def follow_article_in_units(db: sqlite_utils.Database, url: str,
                            article: Mapping[str, Any]) -> None:
    """An article stored again with its current version and places unchanged: its
    ``article_units`` rows take its headline, date and site (the date is no part of the
    version's hash, a re-crawl may read it anew). Writes only when one differs."""
    values = [article.get("title"), article.get("published"), article.get("site")]
    db.conn.execute("update article_units set title = ?, published = ?, site = ? "
                    "where article_url = ? and (title is not ? or published is not ? "
                    "or site is not ?)", [*values, url, *values])


@migrations()
def m014_article_units_table(db: sqlite_utils.Database) -> None:
    """``article_units`` becomes a table written when places are (``store_article_units``):
    as a view, each Datasette facet on it took 1.1-1.9 s at 100,000 articles, over the facet
    time limit (docs/benchmarks.md, "Places"). Filled from the archive's rows, the same rows
    the view gave."""
    db.execute("drop view if exists article_units")
    db.table("article_units").create({
        "id": int, "article_url": str, "title": str, "published": str, "site": str,
        "level": str, "era": str, "unit": str, "named_as": str, "old_province": str,
        "old_district": str, "old_commune": str, "new_province": str, "new_commune": str,
        "unit_id": str, "old_code": str, "new_code": str, "latitude": float, "longitude": float,
    }, pk="id", foreign_keys=[("article_url", "articles", "url")])
    # The facets' columns (datasette_metadata.json), the map's grouping (unit_id), one
    # article's rows (article_url) and Datasette's default order (published, descending).
    for column in ("site", "old_district", "new_province", "new_commune", "level", "unit_id",
                   "article_url", "published"):
        db.table("article_units").create_index([column])
    store_article_units(db)


@migrations()
def m006_dropped_requests(db: sqlite_utils.Database) -> None:
    """Requests a run's limits dropped, per reason: a crawl cut short says so."""
    db.table("crawl_runs").add_column("dropped", str)
    db.table("crawl_runs").add_column("dropped_total", int)


_ISSUER_ABBREVIATIONS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
                         "tp": "thanh pho", "tp.": "thanh pho"}


def _issuer_words(issuer: str | None) -> set[str]:
    words = " ".join(_ISSUER_ABBREVIATIONS.get(w, w) for w in fold(issuer).split())
    return set(words.split())


def _best_document(ref: Mapping[str, Any], documents: list[dict[str, Any]]) -> str | None:
    """The archived document a reference cites, or None (see ``link_document_refs``)."""
    best, best_score = None, 0
    for doc in documents:
        if doc["sha256"] == ref["document_sha256"] or doc["site"] != ref["site"]:
            continue  # a document never cites itself; numbers repeat across districts
        if ref["issued"] and doc["issued"] and ref["issued"] != doc["issued"]:
            continue
        cited_by, issuer_of = _issuer_words(ref["issuer"]), _issuer_words(doc["issuer"])
        if cited_by and issuer_of and not (cited_by <= issuer_of or issuer_of <= cited_by):
            continue
        attached = ref["article_url"] in (doc["attached_to"] or "").split("\n")
        score = 1 + 2 * attached + (ref["issued"] is not None and ref["issued"] == doc["issued"])
        if score > best_score:
            best, best_score = doc["sha256"], score
    return best


@migrations()
def m007_documents(db: sqlite_utils.Database) -> None:
    """Attachments as documents (pipelines/documents): their text per distinct file, searched
    like articles (same folded columns and tokenizer), and their statistics and document
    references in the articles' own tables, told apart by ``document_sha256``."""
    db.table("documents").create({
        "sha256": str, "url": str, "article_url": str, "site": str, "format": str,
        "content_type": str, "status": str, "method": str, "pages": int, "quality": float,
        "legacy": str, "error": str, "seconds": float, "extracted_at": str,
        "doc_type": str, "number": str, "number_key": str, "issued": str, "issuer": str,
        "place": str, "subject": str, "title": str, "body_text": str, "chars": int,
        "title_folded": str, "body_folded": str,
    }, pk="sha256", foreign_keys=[("sha256", "blobs", "sha256"),
                                  ("article_url", "articles", "url"), ("site", "sites", "id")])
    db.table("documents").create_index(["number_key"])
    db.table("documents").create_index(["site", "issued"])
    # The articles' FTS columns and tokenizer, so one MATCH expression (pipelines.text.
    # fts_match) searches both.
    db.table("documents").enable_fts(["title", "body_text", "title_folded", "body_folded"],
                                     create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    db.table("statistics").add_column("document_sha256", str, fk="documents", fk_col="sha256")
    db.table("document_refs").add_column("document_sha256", str, fk="documents", fk_col="sha256")
    db.table("document_refs").add_column("number_key", str)
    db.table("document_refs").add_column("cited_sha256", str, fk="documents", fk_col="sha256")
    db.table("statistics").create_index(["document_sha256"])
    db.table("document_refs").create_index(["document_sha256"])
    db.table("document_refs").create_index(["number_key"])
    db.table("document_refs").create_index(["cited_sha256"])
    for row_id, number in list(db.execute(
            "select id, number from document_refs where number is not null")):
        db.execute("update document_refs set number_key = ? where id = ?",
                   [number_key(number), row_id])


@migrations()
def m005_page_class(db: sqlite_utils.Database) -> None:
    """What each derived page is (article, listing, home, other) and why (issue 12), and the
    articles withdrawn because they were none."""
    db.table("pages").add_column("page_class", str)
    db.table("pages").add_column("page_class_reason", str)
    db.table("retractions").create({"id": int, "url": str, "site": str, "title": str,
                                    "versions": int, "reason": str, "retracted_at": str},
                                   pk="id")
    db.table("retractions").create_index(["url"])


@migrations()
def m011_ranked_search_index(db: sqlite_utils.Database) -> None:
    """Ranked search that stays fast at a million articles (issue 19): syllable pairs, rowids in
    publication order, exact forms and site/year terms in one contentless FTS5 index
    (:mod:`pipelines.search_index`), filled from the articles already stored."""
    db.execute(search_index.CREATE_SQL)
    # filled by m012, which keys it anew


@migrations()
def m012_page_canonical_holdout(db: sqlite_utils.Database) -> None:
    """A page that repeats another's story (a print view, a second category path, the same
    story under a second URL) is recorded as a ``duplicate`` of that page, not stored as a
    second article; stories are looked up by their content to find it."""
    db.table("pages").add_column("canonical_url", str)
    db.table("articles").create_index(["content_sha256"])


@migrations()
def m013_posted_pages_holdout(db: sqlite_utils.Database) -> None:
    """A page fetched by posting a form (a WebForms pager's further pages share their listing's
    URL): how it was asked for, so it can be told apart and asked for again."""
    db.table("pages").add_column("request_method", str)
    db.table("pages").add_column("request_body", str)


@migrations()
def m012_request_headers_wacz(db: sqlite_utils.Database) -> None:
    """The request headers of each fetch (issue 16): the WARC's request records say what was
    sent, not a reconstruction. Pages fetched before stay null."""
    db.table("pages").add_column("request_headers", str)


@migrations()
def m012_copies_of_images(db: sqlite_utils.Database) -> None:
    """An article's photos are archived like every response (issue 16): each ``images`` row
    names the URL fetched (``fetched_url``, the src percent-encoded) and, once it is archived,
    its copy (``sha256`` in ``blobs``, its content type and size, the ``pages`` row). Rows of an
    older archive get their fetched URL now; the next crawl fetches their pictures."""
    images = db.table("images")
    for column, column_type in (("fetched_url", str), ("sha256", str), ("content_type", str),
                                ("size", int), ("page_id", int)):
        images.add_column(column, column_type)
    rows = db.execute("select id, article_url, src from images").fetchall()
    db.conn.executemany("update images set fetched_url = ? where id = ?",
                        [(safe_url_string(urljoin(article_url or "", src or "")), row_id)
                         for row_id, article_url, src in rows])
    images.create_index(["fetched_url"])


@migrations()
def m012_one_compact_index_search(db: sqlite_utils.Database) -> None:
    """One full-text index of articles, a third smaller (issue 19): ``articles_search`` keyed by
    a stored, nearly dense ``articles.search_key`` (publication day, then arrival) instead of
    ``day << 32 | rowid``, and ``articles_fts`` dropped (table search, exports and the
    canned queries read ``articles_search``). Rebuilt here from the stored articles: about a
    minute per 100,000 articles (docs/benchmarks.md "Search"), under the write lock."""
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"drop trigger if exists [{trigger}]")
    db.execute("drop table if exists articles_fts")
    db.execute("drop table if exists articles_search")
    db.table("articles").add_column("search_key", int)
    db.execute("create unique index idx_articles_search_key on articles (search_key)")
    db.execute(search_index.CREATE_SQL)
    search_index.rebuild(db.conn)


@migrations()
def m015_article_language_holdout(db: sqlite_utils.Database) -> None:
    """The language each article declares its text in (``<html lang>``: "vi", "en"): a
    bilingual portal's English translation is an article of its own, and a researcher counting
    a district's stories needs to tell it from the Vietnamese original. Articles stored before
    stay null until ``reprocess``."""
    db.table("articles").add_column("language", str)
