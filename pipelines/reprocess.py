"""Re-run extraction and statistics over archived raw pages, offline.

For each article URL the newest archived 200 response is analysed again; ``store_article``
makes a new version only when the title or body changed, so running it twice changes nothing.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable

from pipelines.analyse import analyse_page
from pipelines.extract import ExtractionError
from pipelines.store import Archive

_EXTRACTABLE = ("status = 200 and sha256 is not null "
                "and page_type in ('article', 'unknown')")


def reprocess_archive(archive: Archive, log: Callable[[str], None] = print,
                      pending_in_run: int | None = None) -> dict[str, int]:
    """Analyse the newest archived fetch of every article URL again. With ``pending_in_run``,
    only the pages that run archived but never got to derive (a crawl killed in between)."""
    db = archive.db
    summary: Counter[str] = Counter()
    families = {row["id"]: row["family"] for row in db["sites"].rows}
    columns = "p.id, p.url, p.site, p.page_type, p.headers, p.sha256, p.fetched_at"
    # Materialised: writing while a read cursor is open on the same connection fails in SQLite.
    if pending_in_run is None:
        rows = list(db.query(
            f"""select {columns} from pages p
                join (select url, max(id) as id from pages where {_EXTRACTABLE} group by url)
                     latest on latest.id = p.id
                order by p.id"""))
    else:
        rows = list(db.query(
            f"""select {columns} from pages p
                where p.run_id = ? and p.extract_status is null and {_EXTRACTABLE}
                order by p.id""", [pending_in_run]))
    for row in rows:
        try:
            body = archive.raw_body(row["sha256"])
        except (zlib.error, TypeError, KeyError) as exc:
            log(f"skipped {row['url']}: archived body {row['sha256'][:12]} unreadable ({exc})")
            summary["skipped"] += 1
            continue
        headers = json.loads(row["headers"] or "{}")
        content_type = next((v[0] for k, v in headers.items() if k.lower() == "content-type"), None)
        try:
            analysis = analyse_page(body, row["url"], content_type=content_type, site=row["site"],
                                    family=families.get(row["site"]))
        except (ExtractionError, ValueError) as exc:
            archive.mark_extracted(row["id"], "failed", f"{type(exc).__name__}: {exc}")
            log(f"failed {row['url']}: {exc}")
            summary["failed"] += 1
            continue
        if row["page_type"] != "article" and not analysis.is_article:
            archive.mark_extracted(row["id"], "not_article")
            summary["not_article"] += 1
            continue
        outcome = archive.store_article(row["id"], analysis.article, seen_at=row["fetched_at"])
        archive.mark_extracted(row["id"], "ok")
        summary[outcome] += 1
    return {key: summary[key] for key in ("new", "changed", "unchanged", "not_article", "failed",
                                          "skipped")}
