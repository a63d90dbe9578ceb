"""`make demo` runs `district-archive demo`: sample crawl into a fresh archive, then Datasette."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from tests.conftest import CLI, ROOT, gold_articles


def test_demo_serves_every_sample_article_with_exact_titles(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "archive.db"
    db.write_bytes(b"stale archive from an earlier demo")  # the demo starts afresh
    process = subprocess.Popen([*CLI, "demo", "--db", str(db), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/archive/articles.json?_shape=array&_size=max"
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    rows = json.load(response)
                break
            except OSError:
                assert time.time() < deadline and process.poll() is None, "demo did not serve"
                time.sleep(0.3)
    finally:
        os.killpg(process.pid, signal.SIGINT)
        output = process.communicate(timeout=30)[0]
    gold = sorted(g["title"] for site in ("kienthuy", "tankhe") for g in gold_articles(site))
    assert sorted(r["title"] for r in rows) == gold
    assert "articles           18" in output
    assert f"http://127.0.0.1:{port}/archive" in output
