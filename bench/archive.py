"""Archive benchmark: storage cost per article and full-text search latency at scale.

1. Bytes per archived article: crawl both sample portals into a fresh archive and compare the
   SQLite file (raw responses zlib-compressed, plus every derived table and the FTS index) with
   the raw HTML the portals served, uncompressed.
2. FTS latency: build synthetic archives of N articles (Vietnamese-like bodies drawn from the
   sample corpus vocabulary, the real schema and triggers) and time ranked folded searches:
   median and p95 over a fixed query set.

Usage: python bench/archive.py [--sizes 100000 1000000] [--queries 200]
Results are printed as Markdown for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.store import Archive, content_hash  # noqa: E402
from pipelines.text import fold  # noqa: E402


def storage_per_article() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.db"
        Archive(empty).close()
        empty_size = empty.stat().st_size
        db_path = Path(tmp) / "archive.db"
        subprocess.run([sys.executable, "-m", "district_archive.cli", "crawl", "--site", "kienthuy",
                        "--site", "tankhe", "--sample", "--db", str(db_path), "--log-level",
                        "ERROR"], check=True, cwd=ROOT, capture_output=True)
        archive = Archive(db_path)
        db = archive.db
        articles = db["articles"].count
        raw_all = db.execute("select sum(size) from pages where sha256 is not null").fetchone()[0]
        raw_articles = db.execute("select sum(p.size) from articles a "
                                  "join pages p on p.id = a.page_id").fetchone()[0]
        compressed = db.execute("select sum(length(data)) from blobs").fetchone()[0]
        archive.close()
        conn = __import__("sqlite3").connect(db_path)
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("vacuum")
        conn.close()
        file_size = db_path.stat().st_size
    return {
        "articles": articles,
        "raw_html_per_article": raw_articles / articles,
        "raw_all_responses_per_article": raw_all / articles,
        "compressed_blobs_per_article": compressed / articles,
        "archive_file_per_article": file_size / articles,
        "marginal_per_article": (file_size - empty_size) / articles,
        "empty_archive": empty_size,
    }


def vocabulary() -> list[str]:
    words = []
    for gold in (ROOT / "sample_portals").glob("*/gold/*.json"):
        for paragraph in json.loads(gold.read_text(encoding="utf-8"))["body_paragraphs"]:
            words.extend(w for w in re.findall(r"\w+", paragraph) if not w.isdigit())
    return words


def build(db_path: Path, n: int, words: list[str], body_words: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    archive = Archive(db_path)
    db = archive.db
    db.execute("pragma synchronous = off")
    started = time.perf_counter()
    batch = []
    for i in range(n):
        title = " ".join(rng.choices(words, k=12))
        body = " ".join(rng.choices(words, k=body_words))
        batch.append({
            "url": f"https://synthetic.example/tin-tuc/{i}", "site": None, "title": title,
            "body_text": body,
            "published": f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "content_sha256": content_hash(title, body), "version": 1, "status": "live",
            "title_folded": fold(title), "body_folded": fold(body),
        })
        if len(batch) == 5000:
            db["articles"].insert_all(batch)  # FTS filled by the schema's triggers
            batch.clear()
    if batch:
        db["articles"].insert_all(batch)
    db.execute("insert into articles_fts(articles_fts) values ('optimize')")
    elapsed = time.perf_counter() - started
    archive.close()
    return elapsed


SEARCH = """select a.url, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) as snip
            from articles_fts join articles a on a.rowid = articles_fts.rowid
            where articles_fts match ? order by bm25(articles_fts, 10.0, 1.0, 10.0, 1.0)
            limit 20"""


def time_queries(db_path: Path, words: list[str], n_queries: int, seed: int = 11) -> dict:
    import sqlite3

    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    # Query terms drawn from the distinct vocabulary (bodies are frequency-weighted): a mix of
    # rare and common words, as people search for names and topics, not for "và".
    distinct = sorted(set(words))
    timings = []
    for _ in range(n_queries):
        terms = [fold(w) for w in rng.choices(distinct, k=rng.choice((1, 2, 2, 3)))]
        query = "{title_folded body_folded} : (" + " ".join(f'"{t}"' for t in terms) + ")"
        started = time.perf_counter()
        conn.execute(SEARCH, [query]).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    conn.close()
    timings.sort()
    return {"median_ms": statistics.median(timings),
            "p95_ms": timings[int(len(timings) * 0.95) - 1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--body-words", type=int, default=150)
    parser.add_argument("--workdir", default=None, help="where the synthetic archives go")
    args = parser.parse_args()

    storage = storage_per_article()
    print("## Archive\n")
    print(f"Storage, both sample portals ({storage['articles']} articles):\n")
    print("| per article | bytes | ratio to raw article HTML |")
    print("|---|---:|---:|")
    base = storage["raw_html_per_article"]
    for key, label in (
            ("raw_html_per_article", "raw article HTML, uncompressed"),
            ("raw_all_responses_per_article",
             "all raw responses (listings, PDFs, ...), uncompressed"),
            ("compressed_blobs_per_article", "all raw responses as stored (zlib, deduplicated)"),
            ("archive_file_per_article", "whole archive.db (raw + derived + FTS), vacuumed"),
            ("marginal_per_article", "the same, less an empty archive's fixed pages")):
        print(f"| {label} | {storage[key]:,.0f} | {storage[key] / base:.2f} |")
    print(f"\nAn empty archive (schema, indexes, FTS) is {storage['empty_archive']:,} bytes.")

    words = vocabulary()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="dna-bench-"))
    print(f"\nFull-text search, synthetic archives ({args.body_words}-word bodies, "
          f"{args.queries} folded queries of 1–3 terms, bm25 + snippet, top 20):\n")
    print("| articles | build s | file MB | median ms | p95 ms |")
    print("|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        db_path = workdir / f"synthetic-{n}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        build_s = build(db_path, n, words, args.body_words)
        result = time_queries(db_path, words, args.queries)
        size_mb = sum(os.path.getsize(p) for p in workdir.glob(f"synthetic-{n}.db*")) / 1e6
        print(f"| {n:,} | {build_s:.0f} | {size_mb:,.0f} | {result['median_ms']:.1f} | "
              f"{result['p95_ms']:.1f} |", flush=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
