"""Shared fixtures: the bundled sample portals served on 127.0.0.1, and one real crawl of them."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.sites import get_site, load_sites
from district_archive.portals.loopback import resolve_args
from district_archive.portals.sample import SampleServer, serve_site

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_portals"
# The registered sites with a bundled sample portal, and where their articles live for real.
SAMPLE_SITES = {site.id: site for site in load_sites().values() if site.sample}
BASES = {site_id: site.base_url for site_id, site in SAMPLE_SITES.items()}
CLI = [sys.executable, "-m", "district_archive.cli"]


def gold_articles(site: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / site / "gold").glob("*.json"))]


def run_cli(*args: str, timeout: int = 300, cwd: Path | None = None,
            env: dict[str, str] | None = None,
            python_flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Run ``district-archive`` for real, in a subprocess (Scrapy starts its own reactor), with
    this process's environment or ``env`` (``python_flags``: the interpreter's, such as
    ``-X importtime``, for that process only)."""
    base = os.environ if env is None else env
    # This checkout's code, also when cwd is elsewhere (an installed copy would be found first).
    env = {**base, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), base.get("PYTHONPATH")]))}
    return subprocess.run([CLI[0], *python_flags, *CLI[1:], *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd or ROOT, env=env)


@pytest.fixture
def sample_copy(tmp_path):
    """A private, editable copy of one sample portal folder."""
    def copy(site: str) -> Path:
        target = tmp_path / "portals" / site
        shutil.copytree(SAMPLES / site, target)
        return target
    return copy


@pytest.fixture
def kienthuy_served(sample_copy):
    """A private copy of the kienthuy sample portal, served on 127.0.0.1 for one test (edit
    ``.site_dir`` between crawls; ``.requests`` lists what the server was asked)."""
    server = serve_site(sample_copy("kienthuy"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def crawled_archive(tmp_path_factory) -> Path:
    """Both sample portals crawled once, for real, into a temporary archive."""
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    result = run_cli("crawl", "--site", "kienthuy", "--site", "tankhe", "--sample",
                     "--db", str(db), "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def serving_args(servers: dict[str, SampleServer]) -> list[str]:
    """CLI arguments that send each site's hosts (portal, CDN) to its local sample server."""
    resolve = {}
    for site_id, server in servers.items():
        resolve.update(server.resolve(get_site(site_id).hosts))
    return resolve_args(resolve)


def crawl_kienthuy(db: Path, server, *extra: str) -> subprocess.CompletedProcess:
    """A real crawl of kienthuy served by ``server`` (a SampleServer); asserts it succeeded."""
    result = run_cli("crawl", "--site", "kienthuy", "--db", str(db), "--log-level", "WARNING",
                     *serving_args({"kienthuy": server}), *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def edit_manifest(site_dir: Path, edit) -> None:
    path = site_dir / "manifest.json"
    entries = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(edit(entries), ensure_ascii=False, indent=1), encoding="utf-8")


# Columns that differ between two archives of the same pages only by when and in what order
# they were written.
VOLATILE = frozenset({"id", "run_id", "page_id", "version_id", "started_at", "finished_at",
                      "gone_since", "last_seen", "first_seen", "last_changed", "seen_at"})
# ... and between two crawls of the same portal: when each fetch and each derive happened (a
# response's Date header too).
CRAWL_TIMES = VOLATILE | {"fetched_at", "extracted_at", "retracted_at", "seconds"}
ARCHIVE_TABLES = ("sites", "crawl_runs", "pages", "blobs", "articles", "article_versions",
                  "statistics", "document_refs", "listing_links", "attachments", "images",
                  "visitor_counts")


def archive_rows(db_path: Path, volatile: frozenset[str] = VOLATILE,
                 tables: tuple[str, ...] = ARCHIVE_TABLES) -> dict[str, list[tuple]]:
    """Every table that crawling and deriving write, ``volatile`` columns aside, in a stable
    order; rows that point at a page carry the page's URL and fetch time (or, when fetch times
    are volatile, which fetch of that URL it was) instead of its id."""
    db = sqlite_utils.Database(db_path)
    page_key: dict[int, tuple] = {}
    fetches: dict[str, int] = {}
    for row in db["pages"].rows_where(order_by="id"):
        fetches[row["url"]] = fetches.get(row["url"], 0) + 1
        page_key[row["id"]] = (row["url"], fetches[row["url"]] if "fetched_at" in volatile
                               else row["fetched_at"])
    out = {}
    for table in tables:
        rows = []
        for row in db[table].rows:
            if "page_id" in row:
                row["page"] = page_key.get(row["page_id"])
            if "headers" in row and "fetched_at" in volatile:
                row["headers"] = {name: value for name, value in
                                  json.loads(row["headers"] or "{}").items()
                                  if name.lower() not in ("date", "last-modified")}
            rows.append(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in volatile)))
        out[table] = sorted(rows)
    return out
