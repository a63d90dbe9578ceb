"""Verify an archive: SQLite integrity, foreign keys, every blob decompresses to its digest,
every page's body present. Returns problems as sentences; an empty list means healthy."""
from __future__ import annotations

import hashlib
import zlib

from pipelines.store import Archive, blob_bytes


def check_archive(archive: Archive) -> list[str]:
    problems = [f"sqlite integrity: {error}" for error in archive.integrity_errors()]
    for table, rowid, parent in archive.foreign_key_violations():
        problems.append(f"{table} row {rowid} points to a missing {parent} row")
    for sha256, compression, data in archive.iter_blobs():
        try:
            raw = blob_bytes(compression, data)
        except zlib.error as exc:
            problems.append(f"blob {sha256} does not decompress ({exc}); its pages keep the "
                            "digest but the body is lost: re-crawl those URLs")
            continue
        if hashlib.sha256(raw).hexdigest() != sha256:
            problems.append(f"blob {sha256} holds content with another digest (corrupted)")
    missing = archive.pages_without_body()
    if missing:
        problems.append(f"{missing} pages have no stored body")
    articles, indexed = archive.search_index_coverage()
    if articles != indexed:
        problems.append(f"search index holds {indexed} articles of {articles}: run "
                        "`sqlite-utils rebuild-fts archive.db articles`")
    articles, ranked = archive.ranked_index_coverage()
    if articles != ranked:
        problems.append(f"ranked search index holds {ranked} articles of {articles}: run "
                        "`district-archive reindex-search`")
    return problems
