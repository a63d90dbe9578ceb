"""Hold-out portals (tests/portals/): a crawl by ``--start-url`` of a template family nobody
modelled stores exactly its gold articles, and no other page as an article.

Each portal is served on 127.0.0.1 by the sample server; ``--resolve`` sends its invented host
there, so the archive keeps the portal's real URLs (as ``tests/conftest.py`` does for kienthuy).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from district_archive.sample_server import serve_site
from tests.conftest import run_cli

PORTALS = Path(__file__).resolve().parent / "portals"
SITES = sorted(p.name for p in PORTALS.iterdir() if (p / "site.json").is_file())


def portal_gold(site: str) -> tuple[str, set[str]]:
    """The portal's base URL and the absolute URLs of its gold articles."""
    meta = json.loads((PORTALS / site / "site.json").read_text(encoding="utf-8"))
    base = meta["base_url"]
    return base, {base + json.loads(g.read_text(encoding="utf-8"))["path"]
                  for g in (PORTALS / site / "gold").glob("*.json")}


def crawl_portal(site: str, db: Path) -> sqlite_utils.Database:
    base, _ = portal_gold(site)
    server = serve_site(PORTALS / site)
    try:
        result = run_cli("crawl", "--start-url", base + "/", "--db", str(db), "--log-level", "WARNING",
                         "--resolve", f"{urlsplit(base).hostname}={server.base_url}")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    return sqlite_utils.Database(db)


def test_there_are_four_hold_out_families() -> None:
    templates = {json.loads((PORTALS / s / "site.json").read_text(encoding="utf-8"))["template"] for s in SITES}
    assert len(templates) >= 4, templates


@pytest.mark.parametrize("site", SITES)
def test_crawl_by_start_url_stores_exactly_the_gold_articles(site: str, tmp_path: Path) -> None:
    db = crawl_portal(site, tmp_path / "archive.db")
    _, gold = portal_gold(site)
    stored = {row["url"] for row in db["articles"].rows}
    fetched = {row["url"] for row in db["pages"].rows_where("status = 200")}
    assert gold <= fetched, f"gold articles never fetched: {sorted(gold - fetched)}"
    assert stored == gold, (f"not articles but stored: {sorted(stored - gold)}; "
                            f"articles not stored: {sorted(gold - stored)}")
