"""`make demo` runs `district-archive demo`: sample crawl into a fresh archive in the demo's own
folder, then Datasette. Nothing a person made is deleted by the demo or by `make clean`."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess

from district_archive.cli import main
from district_archive.portals.loopback import base_url, free_port, wait_for_http
from tests.conftest import CLI, ROOT, gold_articles


def test_demo_serves_every_sample_article_with_exact_titles(tmp_path):
    port = free_port()
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / ".district-archive-demo").write_text("an earlier demo")
    (folder / "archive.db").write_bytes(b"stale archive from an earlier demo")  # its own: replaced
    process = subprocess.Popen([*CLI, "demo", "--dir", str(folder), "--port", str(port)], cwd=ROOT,
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
    assert f"demo archive: {folder / 'archive.db'}" in output


def test_demo_refuses_a_folder_it_did_not_create_and_deletes_nothing(tmp_path):
    folder = tmp_path / "research"
    folder.mkdir()
    mine = folder / "archive.db"
    mine.write_bytes(b"three runs of someone's archive")
    result = subprocess.run([*CLI, "demo", "--dir", str(folder), "--port", str(free_port())],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "was not created by `district-archive demo`" in result.stderr
    assert mine.read_bytes() == b"three runs of someone's archive"
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db"]


def test_demo_never_touches_an_archive_db_in_the_working_directory():
    """`make demo` runs in the checkout, where `crawl` writes archive.db by default."""
    demo = next(p for p in main.commands["demo"].params if p.name == "folder")
    assert demo.default == "demo"
    assert "db_path" not in {p.name for p in main.commands["demo"].params}


def test_make_clean_removes_the_venv_and_the_demo_folder_but_never_an_archive(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    for name in ("archive.db", "archive.db-wal", "archive.db-shm"):
        (tmp_path / name).write_bytes(b"someone's archive")
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / ".district-archive-demo").write_text("made by the demo")
    (tmp_path / "demo" / "archive.db").write_bytes(b"demo")
    subprocess.run(["make", "clean"], cwd=tmp_path, check=True, capture_output=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Makefile", "archive.db", "archive.db-shm", "archive.db-wal"]
    # A demo/ folder without the demo's mark is someone's: kept.
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "notes.txt").write_text("mine")
    subprocess.run(["make", "clean"], cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "demo" / "notes.txt").read_text() == "mine"
