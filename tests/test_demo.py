"""`make demo` runs `district-archive demo`: sample crawl into a fresh archive, then Datasette."""
from __future__ import annotations

import json
import os
import signal
import subprocess

from district_archive.portals.loopback import base_url, free_port, wait_for_http
from tests.conftest import CLI, ROOT, gold_articles


def test_demo_serves_every_sample_article_with_exact_titles(tmp_path):
    port = free_port()
    db = tmp_path / "archive.db"
    db.write_bytes(b"stale archive from an earlier demo")  # the demo starts afresh
    process = subprocess.Popen([*CLI, "demo", "--db", str(db), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        rows = json.loads(wait_for_http(
            f"{base_url(port)}/archive/articles.json?_shape=array&_size=max", timeout=120,
            process=process))
    finally:
        os.killpg(process.pid, signal.SIGINT)
        output = process.communicate(timeout=30)[0]
    gold = sorted(g["title"] for site in ("kienthuy", "tankhe") for g in gold_articles(site))
    assert sorted(r["title"] for r in rows) == gold
    assert "articles           18" in output
    assert f"{base_url(port)}/archive" in output
