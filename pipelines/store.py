"""The archive: one SQLite file written through sqlite-utils, schema by ordered migrations.

Archive first: ``store_page`` commits the raw response before anything is derived from it, so a
crash mid-crawl loses nothing already fetched. Raw bodies live once per distinct sha256 in
``blobs`` (zlib-compressed); ``pages`` keeps one row per fetch.
"""
from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import sqlite_utils
from sqlite_utils.migrations import Migrations
from w3lib.url import safe_url_string

from pipelines.text import fold

migrations = Migrations("district-news-archive")


class ArchiveError(Exception):
    """The archive file cannot be opened or is not a District News Archive database."""


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sites"].create({
        "id": str, "name": str, "family": str, "province": str, "base_url": str,
        "start_urls": str, "asset_hosts": str, "notes": str,
    }, pk="id")
    db["crawl_runs"].create({
        "id": int, "site": str, "mode": str, "started_at": str, "finished_at": str,
        "finish_reason": str, "pages_fetched": int, "pages_failed": int, "articles_new": int,
        "articles_changed": int, "articles_unchanged": int, "articles_gone": int,
        "extract_errors": int, "exit_status": int,
    }, pk="id", foreign_keys=[("site", "sites", "id")])
    db["blobs"].create({"sha256": str, "size": int, "compression": str, "data": bytes},
                       pk="sha256")
    db["pages"].create({
        "id": int, "run_id": int, "site": str, "url": str, "requested_url": str,
        "redirect_urls": str, "page_type": str, "status": int, "content_type": str,
        "headers": str, "sha256": str, "size": int, "fetched_at": str, "referer": str,
        "link_text": str, "depth": int, "error": str, "extract_status": str,
        "extract_error": str,
    }, pk="id", foreign_keys=[("run_id", "crawl_runs", "id"), ("site", "sites", "id"),
                              ("sha256", "blobs", "sha256")])
    db["pages"].create_index(["url", "fetched_at"])
    db["pages"].create_index(["site", "page_type"])
    db["articles"].create({
        "url": str, "site": str, "page_id": int, "title": str, "published": str,
        "published_raw": str, "author": str, "category": str, "body_text": str,
        "body_html": str, "extractor": str, "encoding": str, "content_sha256": str,
        "version": int, "first_seen": str, "last_seen": str, "last_changed": str,
        "status": str, "gone_since": str, "title_folded": str, "body_folded": str,
    }, pk="url", foreign_keys=[("site", "sites", "id"), ("page_id", "pages", "id")])
    db["articles"].create_index(["site", "published"])
    db["article_versions"].create({
        "id": int, "url": str, "version": int, "content_sha256": str, "page_id": int,
        "seen_at": str, "title": str, "published": str, "author": str, "category": str,
        "body_text": str, "body_html": str, "extractor": str,
    }, pk="id", foreign_keys=[("url", "articles", "url"), ("page_id", "pages", "id")])
    db["article_versions"].create_index(["url", "content_sha256"], unique=True)
    db["visitor_counts"].create({
        "id": int, "site": str, "page_id": int, "fetched_at": str, "online": int, "today": int,
        "yesterday": int, "week": int, "month": int, "year": int, "total": int,
    }, pk="id", foreign_keys=[("site", "sites", "id"), ("page_id", "pages", "id")])
    db["visitor_counts"].create_index(["site", "fetched_at"])
    db["visitor_counts"].create_index(["page_id"], unique=True)  # one reading per fetch
    db["attachments"].create({
        "id": int, "article_url": str, "url": str, "name": str, "fetched_url": str,
        "sha256": str, "content_type": str, "size": int,
    }, pk="id", foreign_keys=[("article_url", "articles", "url"), ("sha256", "blobs", "sha256")])
    db["attachments"].create_index(["article_url", "url"], unique=True)
    db["attachments"].create_index(["fetched_url"])
    db["images"].create({"id": int, "article_url": str, "src": str, "caption": str},
                        pk="id", foreign_keys=[("article_url", "articles", "url")])
    db["images"].create_index(["article_url", "src"], unique=True)
    db["statistics"].create({
        "id": int, "version_id": int, "article_url": str, "kind": str, "text": str,
        "start": int, "end": int, "value": float, "unit": str, "qualifier": str,
        "sentence": str,
    }, pk="id", foreign_keys=[("version_id", "article_versions", "id"),
                              ("article_url", "articles", "url")])
    db["statistics"].create_index(["kind", "unit"])
    db["statistics"].create_index(["article_url"])
    db["document_refs"].create({
        "id": int, "version_id": int, "article_url": str, "doc_type": str, "number": str,
        "issued": str, "issuer": str, "text": str, "start": int, "end": int, "sentence": str,
    }, pk="id", foreign_keys=[("version_id", "article_versions", "id"),
                              ("article_url", "articles", "url")])
    db["document_refs"].create_index(["number"])
    db["document_refs"].create_index(["article_url"])
    # Diacritic-insensitive search: the folded columns are indexed next to the originals.
    db["articles"].enable_fts(["title", "body_text", "title_folded", "body_folded"],
                              create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations()
def m002_listing_links(db: sqlite_utils.Database) -> None:
    """Which listing page linked which article, per fetch: the evidence for "gone because no
    listing shows it any more", and for researchers, where an article was filed."""
    db["listing_links"].create({"page_id": int, "article_url": str}, pk=("page_id", "article_url"),
                               foreign_keys=[("page_id", "pages", "id")])
    db["listing_links"].create_index(["article_url"])
    db["articles"].add_column("gone_reason", str)


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
        db["statistics"].add_column(column, column_type)


def content_hash(title: str | None, body_text: str | None) -> str:
    """What makes an article version distinct: its title and body, nothing else (no counters)."""
    return hashlib.sha256(f"{title or ''}\n{body_text or ''}".encode("utf-8")).hexdigest()


class Archive:
    """Read/write access to one archive.db. One writer per file (SQLite's rule)."""

    def __init__(self, path: str | Path, *, create: bool = True):
        path = Path(path)
        if not create and not path.exists():
            raise ArchiveError(f"{path} does not exist; run `district-archive crawl` first")
        try:
            self.db = sqlite_utils.Database(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            migrations.apply(self.db)
        except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, read-only
            raise ArchiveError(f"cannot open archive {path}: {exc}") from exc
        self.path = path

    def close(self) -> None:
        self.db.close()

    # -- sites and runs --------------------------------------------------------------------

    def upsert_site(self, row: Mapping[str, Any]) -> None:
        self.db["sites"].upsert(dict(row), pk="id")

    def start_run(self, site: str, mode: str) -> int:
        table = self.db["crawl_runs"].insert(
            {"site": site, "mode": mode, "started_at": utc_now()}
        )
        return table.last_pk

    def finish_run(self, run_id: int, **fields: Any) -> None:
        self.db["crawl_runs"].update(run_id, {"finished_at": utc_now(), **fields})

    # -- raw responses ---------------------------------------------------------------------

    def store_page(self, run_id: int | None, page: Mapping[str, Any]) -> int:
        """Archive one fetch; returns the ``pages`` row id. Commits before returning."""
        body: bytes = page.get("body") or b""
        digest = hashlib.sha256(body).hexdigest() if page.get("status") is not None else None
        headers = page.get("headers") or {}
        content_type = next((v[0] for k, v in headers.items()
                             if k.lower() == "content-type" and v), None)
        with self.db.atomic():
            if digest is not None and not self.db["blobs"].count_where("sha256 = ?", [digest]):
                self.db["blobs"].insert({"sha256": digest, "size": len(body),
                                         "compression": "zlib", "data": zlib.compress(body, 6)})
            page_id = self.db["pages"].insert({
                "run_id": run_id, "site": page.get("site"), "url": page["url"],
                "requested_url": page.get("requested_url"),
                "redirect_urls": json.dumps(page.get("redirect_urls") or []),
                "page_type": page.get("page_type"), "status": page.get("status"),
                "content_type": content_type, "headers": json.dumps(headers, ensure_ascii=False),
                "sha256": digest, "size": len(body) if digest else None,
                "fetched_at": page.get("fetched_at") or utc_now(), "referer": page.get("referer"),
                "link_text": page.get("link_text"), "depth": page.get("depth"),
                "error": page.get("error"),
            }).last_pk
            links = page.get("article_links") or []
            if links:
                self.db["listing_links"].insert_all(
                    ({"page_id": page_id, "article_url": url} for url in links), ignore=True)
            if page.get("page_type") == "attachment" and digest is not None:
                self.db.execute(
                    "update attachments set sha256 = ?, content_type = ?, size = ? "
                    "where fetched_url = ?", [digest, content_type, len(body), page["url"]])
        return page_id

    def raw_body(self, sha256: str) -> bytes:
        row = self.db["blobs"].get(sha256)
        return zlib.decompress(row["data"]) if row["compression"] == "zlib" else row["data"]

    def mark_extracted(self, page_id: int, status: str, error: str | None = None) -> None:
        self.db["pages"].update(page_id, {"extract_status": status, "extract_error": error})

    # -- derived data ----------------------------------------------------------------------

    def store_article(self, page_id: int, article: Mapping[str, Any],
                      seen_at: str | None = None) -> str:
        """Upsert the article and its version; returns 'new', 'changed' or 'unchanged'."""
        seen_at = seen_at or utc_now()
        url = article["url"]
        digest = content_hash(article.get("title"), article.get("body_text"))
        with self.db.atomic():
            existing = next(self.db["articles"].rows_where("url = ?", [url]), None)
            if existing is None:
                outcome, version = "new", 1
            elif existing["content_sha256"] == digest:
                outcome, version = "unchanged", existing["version"]
            else:
                outcome, version = "changed", existing["version"] + 1
            row = {
                "url": url, "site": article.get("site"), "page_id": page_id,
                "title": article.get("title"), "published": article.get("published"),
                "published_raw": article.get("published_raw"), "author": article.get("author"),
                "category": article.get("category"), "body_text": article.get("body_text"),
                "body_html": article.get("body_html"), "extractor": article.get("extractor"),
                "encoding": article.get("encoding"), "content_sha256": digest,
                "version": version, "last_seen": seen_at, "status": "live", "gone_since": None,
                "gone_reason": None,
                "title_folded": fold(article.get("title")),
                "body_folded": fold(article.get("body_text")),
            }
            if outcome == "new":
                row.update(first_seen=seen_at, last_changed=seen_at)
            elif outcome == "changed":
                row["last_changed"] = seen_at
            self.db["articles"].upsert(row, pk="url")
            version_id = self._store_version(url, version, digest, page_id, seen_at, article)
            if outcome != "unchanged":
                self._store_children(url, version_id, article)
            counter = article.get("visitor_counter")
            if counter and any(v is not None for v in counter.values()):
                self.db["visitor_counts"].insert({
                    "site": article.get("site"), "page_id": page_id, "fetched_at": seen_at,
                    **{k: counter.get(k) for k in
                       ("online", "today", "yesterday", "week", "month", "year", "total")},
                }, ignore=True)
        return outcome

    def _store_version(self, url: str, version: int, digest: str, page_id: int, seen_at: str,
                       article: Mapping[str, Any]) -> int:
        found = next(self.db["article_versions"].rows_where(
            "url = ? and content_sha256 = ?", [url, digest]), None)
        if found is not None:
            return found["id"]
        return self.db["article_versions"].insert({
            "url": url, "version": version, "content_sha256": digest, "page_id": page_id,
            "seen_at": seen_at, **{k: article.get(k) for k in (
                "title", "published", "author", "category", "body_text", "body_html",
                "extractor")},
        }).last_pk

    def _store_children(self, url: str, version_id: int, article: Mapping[str, Any]) -> None:
        for image in article.get("images") or []:
            self.db["images"].insert({"article_url": url, "src": image.get("src"),
                                      "caption": image.get("caption")}, ignore=True)
        for attachment in article.get("attachments") or []:
            # Hrefs are kept as written (raw spaces, diacritics); the crawler fetches them
            # percent-encoded, which is how the file's pages row is found.
            fetched_url = safe_url_string(urljoin(url, attachment.get("url") or ""))
            file = next(self.db.query(
                "select sha256, content_type, size from pages where url = ? and sha256 is not null "
                "order by id desc limit 1", [fetched_url]), {})
            self.db["attachments"].insert({"article_url": url, "url": attachment.get("url"),
                                           "name": attachment.get("name"),
                                           "fetched_url": fetched_url, **file}, ignore=True)
        for stat in article.get("statistics") or []:
            if stat.get("kind") == "document":
                self.db["document_refs"].insert({
                    "version_id": version_id, "article_url": url,
                    **{k: stat.get(k) for k in ("doc_type", "number", "issued", "issuer", "text",
                                                "start", "end", "sentence")},
                })
            else:
                self.db["statistics"].insert({
                    "version_id": version_id, "article_url": url,
                    **{k: stat.get(k) for k in ("kind", "text", "start", "end", "value", "unit",
                                                "qualifier", "sentence",
                                                *STATISTIC_FORM_COLUMNS)},
                })

    def mark_gone(self, url: str, seen_at: str, reason: str) -> bool:
        """The portal answered 404/410 for a known article: keep it, say since when it is gone."""
        with self.db.atomic():
            cursor = self.db.execute(
                "update articles set status = 'gone', gone_since = ?, gone_reason = ?, "
                "last_seen = ? where url = ? and status = 'live'", [seen_at, reason, seen_at, url])
        return cursor.rowcount > 0

    def mark_unlisted_gone(self, site: str, runs: int, current_run: int) -> int:
        """Articles of ``site`` that no listing page linked in its last ``runs`` complete full
        crawls (``current_run``, just completed, and the ones before it) are gone (reason
        'unlisted'), even if their URL still answers. Needs that many such crawls, each of which
        recorded listing links. Returns how many were marked."""
        recent = [row["id"] for row in self.db.query(
            """select id from crawl_runs where site = ? and (id = ? or (mode = 'full'
                   and finish_reason = 'finished')) and exists (select 1 from pages p join
                   listing_links l on l.page_id = p.id where p.run_id = crawl_runs.id)
               order by id desc limit ?""", [site, current_run, runs])]
        if len(recent) < runs or recent[0] != current_run:
            return 0
        marks = ",".join("?" * len(recent))
        with self.db.atomic():
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
        with self.db.atomic():
            cursor = self.db.execute(
                "update articles set last_seen = ?, status = 'live', gone_since = null, "
                "gone_reason = null "
                "where url = ?", [seen_at, url])
        return cursor.rowcount > 0

    def known_articles(self, site: str) -> list[dict]:
        """Archived article URLs of a site with what a conditional re-check needs."""
        return list(self.db.query(
            """select a.url, a.status, a.published, a.first_seen, a.last_seen, p.headers
               from articles a left join pages p on p.id = a.page_id
               where a.site = ?""", [site]))

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {name: self.db[name].count for name in
                ("sites", "crawl_runs", "pages", "articles", "article_versions", "statistics",
                 "document_refs", "visitor_counts", "attachments", "images")}

    def iter_articles(self, site: str | None = None) -> Iterator[dict]:
        where, args = ("site = ?", [site]) if site else (None, [])
        yield from self.db["articles"].rows_where(where, args, order_by="site, published")
