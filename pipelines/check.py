"""Verify an archive: SQLite integrity, foreign keys, every blob decompresses to its digest,
every page's body present. Returns problems as sentences; an empty list means healthy."""
from __future__ import annotations

import hashlib
import zlib

from pipelines.store import Archive


def check_archive(archive: Archive) -> list[str]:
    db = archive.db
    problems: list[str] = []
    integrity = db.execute("pragma integrity_check").fetchall()
    if integrity != [("ok",)]:
        problems.extend(f"sqlite integrity: {row[0]}" for row in integrity)
    for table, rowid, parent, _ in db.execute("pragma foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent} row")
    for sha256, compression, data in db.execute("select sha256, compression, data from blobs"):
        try:
            raw = zlib.decompress(data) if compression == "zlib" else data
        except zlib.error as exc:
            problems.append(f"blob {sha256} does not decompress ({exc}); its pages keep the "
                            "digest but the body is lost: re-crawl those URLs")
            continue
        if hashlib.sha256(raw).hexdigest() != sha256:
            problems.append(f"blob {sha256} holds content with another digest (corrupted)")
    missing = db.execute("select count(*) from pages where sha256 is not null and sha256 not in "
                         "(select sha256 from blobs)").fetchone()[0]
    if missing:
        problems.append(f"{missing} pages have no stored body")
    fts = db.execute("select count(*) from articles").fetchone()[0]
    indexed = db.execute("select count(*) from articles_fts").fetchone()[0]
    if fts != indexed:
        problems.append(f"search index holds {indexed} articles of {fts}: run "
                        "`sqlite-utils rebuild-fts archive.db articles`")
    return problems
