"""The archive file is never harmed by a command that only reads it (issue 13, case 5).

- ``export -o`` / ``warc -o`` / ``wacz -o`` naming the archive (or its -wal/-shm/-journal,
  through a symlink, a hard link or ``..``) is refused before anything is opened for writing;
- outputs are written whole or not at all: a failure or SIGTERM leaves no partial file and the
  previous one untouched; a missing folder is an error; ``warc -o -`` writes standard output;
- ``check``, ``export``, ``warc``, ``wacz``, ``status`` and ``serve`` open read-only: the file's
  bytes, tables and journal mode stay as they were; a SQLite file that is not an archive is
  refused (by the writing verbs too);
- a damaged page in the middle of the file: ``check`` reports it (exit 1, no traceback),
  ``export``/``warc``/``wacz`` fail cleanly with no output file.
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipelines.output import OutputError, written_atomically
from pipelines.store import Archive
from tests.conftest import CLI, ROOT, run_cli

PAGES = 120


def build_archive(path: Path, pages: int = PAGES) -> Path:
    """A small archive made the way a crawl makes it: pages with raw bodies, one run."""
    archive = Archive(path)
    archive.upsert_site({"id": "s", "name": "Xã Thử", "family": "generic",
                         "base_url": "http://portal.test"})
    run = archive.start_run("s", "full")
    rng = random.Random(7)
    for i in range(pages):
        text = "".join(rng.choice("abcdeghiklmnopqrstuvxyđơư ") for _ in range(3000))
        archive.store_page(run, {"url": f"http://portal.test/bai-viet/{i}", "site": "s",
                                 "status": 200, "body": f"<p>{text}</p>".encode(),
                                 "headers": {"Content-Type": ["text/html; charset=utf-8"]}})
    archive.finish_run(run, finish_reason="finished", exit_status=0)
    archive.db.execute("pragma wal_checkpoint(truncate)")
    archive.close()
    return path


def fingerprint(path: Path) -> dict[str, str | None]:
    """The bytes of the database and of each companion file (None: absent)."""
    found: dict[str, str | None] = {}
    for suffix in ("", "-journal"):
        part = Path(str(path) + suffix)
        found[suffix] = hashlib.sha256(part.read_bytes()).hexdigest() if part.exists() else None
    return found


def tables_and_journal(path: Path) -> tuple[list[str], str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = sorted(r[0] for r in conn.execute("select name from sqlite_master "
                                                   "where type = 'table'"))
        return tables, conn.execute("pragma journal_mode").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("files") / "archive.db")


@pytest.fixture
def own_archive(archive_path, tmp_path) -> Path:
    """A private copy (tests that aim outputs at the archive must not share it)."""
    copy = tmp_path / "archive.db"
    copy.write_bytes(archive_path.read_bytes())
    return copy


def damaged_copy(source: Path, target: Path) -> Path:
    """``source`` with one leaf page of ``pages`` and one of ``blobs`` overwritten with 0xFF
    (the page headers kept): damage in the middle of the file, as a bad sector leaves it."""
    conn = sqlite3.connect(source)
    page_size = conn.execute("pragma page_size").fetchone()[0]
    leaves = {table: [r[0] for r in conn.execute(
        "select pageno from dbstat where name = ? and pagetype = 'leaf' order by pageno",
        [table])] for table in ("pages", "blobs")}
    conn.close()
    data = bytearray(source.read_bytes())
    for pages in leaves.values():
        start = (pages[len(pages) // 2] - 1) * page_size + 8
        data[start:start + page_size - 8] = b"\xff" * (page_size - 8)
    target.write_bytes(bytes(data))
    return target


# -- outputs never land on the archive -----------------------------------------------------


def _aliases(archive: Path, tmp_path: Path) -> list[str]:
    link = tmp_path / "link.db"
    link.symlink_to(archive)
    hard = tmp_path / "hard.db"
    os.link(archive, hard)
    (tmp_path / "sub").mkdir()
    return [str(archive), str(link), str(hard), str(tmp_path / "sub" / ".." / archive.name),
            os.path.relpath(archive, ROOT), str(archive) + "-wal", str(archive) + "-shm",
            str(archive) + "-journal"]


@pytest.mark.parametrize("verb", [["export", "--table", "pages"], ["warc"], ["wacz"]])
def test_an_output_naming_the_archive_is_refused_and_the_archive_kept(own_archive, tmp_path,
                                                                       verb):
    before = fingerprint(own_archive)
    for alias in _aliases(own_archive, tmp_path):
        result = run_cli(*verb, "--db", str(own_archive), "-o", alias)
        assert result.returncode == 2, (alias, result.stderr)
        assert "is the archive's own file" in result.stderr, result.stderr
        assert fingerprint(own_archive) == before, alias
    check = run_cli("check", "--db", str(own_archive))
    assert check.returncode == 0 and f"{PAGES} pages" in check.stdout, check.stderr


def test_an_output_into_a_missing_folder_is_a_clear_error(archive_path, tmp_path):
    target = tmp_path / "no" / "such" / "out.csv"
    result = run_cli("export", "--db", str(archive_path), "--table", "pages", "-o", str(target))
    assert result.returncode == 2
    assert "does not exist: create it first" in result.stderr
    assert not (tmp_path / "no").exists()


def test_warc_to_standard_output(archive_path):
    result = subprocess.run([*CLI, "warc", "--db", str(archive_path), "-o", "-"],
                            capture_output=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    records = [r.rec_type for r in ArchiveIterator(__import__("io").BytesIO(result.stdout))]
    assert records.count("response") == PAGES and records[0] == "warcinfo"


def test_a_finished_export_replaces_the_old_file_and_leaves_no_temporary(archive_path, tmp_path):
    target = tmp_path / "pages.csv"
    target.write_text("old\n")
    result = run_cli("export", "--db", str(archive_path), "--table", "pages", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").count("\n") == PAGES + 1
    assert [p.name for p in tmp_path.iterdir()] == ["pages.csv"]


def test_an_interrupted_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def interrupted_write() -> None:
        with written_atomically(target) as out:
            out.write("half of it")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_write()
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with pytest.raises(OutputError), written_atomically(tmp_path / "missing" / "x.csv"):
        pass


def test_sigterm_during_an_export_leaves_the_old_file_and_no_temporary(tmp_path):
    db = build_archive(tmp_path / "big.db", pages=2)
    conn = sqlite3.connect(db)  # enough rows for an export that takes a few seconds
    conn.executemany("insert into images (article_url, src, caption) values (?, ?, ?)",
                     ((None, f"http://portal.test/{i}.jpg", "ảnh " * 20) for i in range(400_000)))
    conn.commit()
    conn.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "images.jsonl"
    target.write_text("old\n")
    process = subprocess.Popen([*CLI, "export", "--db", str(db), "--table", "images",
                                "--format", "jsonl", "-o", str(target)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") and p.stat().st_size > 0 for p in out_dir.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline, "export never started"
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == 128 + signal.SIGTERM
    assert target.read_text() == "old\n"
    assert [p.name for p in out_dir.iterdir()] == ["images.jsonl"]


# -- read-only verbs ------------------------------------------------------------------------

READ_VERBS = [["check"], ["status"], ["export", "--table", "pages", "-o", "{out}/x.csv"],
              ["warc", "-o", "{out}/x.warc.gz"], ["wacz", "-o", "{out}/x.wacz"]]


def _run(verb: list[str], db: Path, out: Path) -> subprocess.CompletedProcess:
    return run_cli(*[a.replace("{out}", str(out)) for a in verb], "--db", str(db))


@pytest.mark.parametrize("verb", READ_VERBS, ids=lambda v: v[0])
def test_read_only_verbs_change_nothing_in_the_file(own_archive, tmp_path, verb):
    conn = sqlite3.connect(own_archive)  # a rollback-journal archive: WAL would be a change
    conn.execute("pragma journal_mode=delete")
    conn.execute("delete from _sqlite_migrations where name = 'm008_places'")  # one pending
    conn.commit()
    conn.close()
    before, tables = fingerprint(own_archive), tables_and_journal(own_archive)
    result = _run(verb, own_archive, tmp_path)
    assert result.returncode == 0, result.stderr
    assert fingerprint(own_archive) == before
    assert tables_and_journal(own_archive) == tables
    assert tables[1] == "delete"


@pytest.mark.parametrize("verb", [*READ_VERBS, ["serve", "--port", "1"], ["reprocess"],
                                  ["crawl", "--start-url", "http://portal.test/", "--resolve",
                                   "portal.test=http://127.0.0.1:9"]],
                         ids=lambda v: v[0])
def test_a_sqlite_file_that_is_not_an_archive_is_refused(tmp_path, verb):
    other = tmp_path / "notes.db"
    conn = sqlite3.connect(other)
    conn.execute("create table notes (id integer primary key, text text)")
    conn.execute("insert into notes (text) values ('mine')")
    conn.commit()
    conn.close()
    before = fingerprint(other)
    result = _run(verb, other, tmp_path)
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "is not a District News Archive database" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(other) == before
    assert tables_and_journal(other) == (["notes"], "delete")
    assert not list(tmp_path.glob("x.*"))


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    text = tmp_path / "archive.db"
    text.write_text("not a database\n" * 100)
    for verb in READ_VERBS:
        result = _run(verb, text, tmp_path)
        assert result.returncode == 1 and "cannot open archive" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert text.read_text() == "not a database\n" * 100


# -- a damaged file ----------------------------------------------------------------------------


def test_check_reports_damage_in_the_middle_of_the_file(archive_path, tmp_path):
    damaged = damaged_copy(archive_path, tmp_path / "damaged.db")
    result = run_cli("check", "--db", str(damaged))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "malformed" in result.stderr or "sqlite integrity" in result.stderr, result.stderr
    assert "problems" in result.stdout and " 0 problems" not in result.stdout


@pytest.mark.parametrize("verb", [["export", "--table", "blobs", "--format", "jsonl"], ["warc"],
                                  ["wacz"]], ids=lambda v: v[0])
def test_export_and_warc_of_a_damaged_file_fail_cleanly(archive_path, tmp_path, verb):
    damaged = damaged_copy(archive_path, tmp_path / "damaged.db")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    fresh = run_cli(*verb, "--db", str(damaged), "-o", str(out_dir / "new.out"))
    assert fresh.returncode == 1, fresh.stderr
    assert "cannot read the archive" in fresh.stderr and "Traceback" not in fresh.stderr
    assert list(out_dir.iterdir()) == []
    (out_dir / "old.out").write_text("old\n")
    again = run_cli(*verb, "--db", str(damaged), "-o", str(out_dir / "old.out"))
    assert again.returncode == 1
    assert (out_dir / "old.out").read_text() == "old\n"
    assert [p.name for p in out_dir.iterdir()] == ["old.out"]


def test_check_reports_a_blob_row_that_reads_back_as_no_bytes(own_archive):
    """Damage can leave a blob's data reading back as text or a number: a problem, named."""
    conn = sqlite3.connect(own_archive)
    sha256 = conn.execute("select sha256 from blobs limit 1").fetchone()[0]
    conn.execute("update blobs set data = 'not bytes' where sha256 = ?", [sha256])
    conn.commit()
    conn.close()
    result = run_cli("check", "--db", str(own_archive))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"blob {sha256} holds no bytes" in result.stderr
