"""Crawl benchmark: our crawl next to plain Scrapy, on the same synthetic portal, in one run.

A Hải Phòng 2024-style portal of N articles (built like bench/distributed.py's) is served on
127.0.0.1. Three crawls fetch all of it with the same politeness relaxed for loopback:
  1. plain Scrapy: follow links, keep nothing (bench/plain_spider.py);
  2. ours, archive only: every response committed to SQLite (ITEM_PIPELINES = ArchivePipeline);
  3. ours, complete: archive, extraction, statistics, versions, FTS.
Reports pages/s, ratios to plain Scrapy, and each crawl's peak memory (VmHWM).

Usage: python bench/crawl.py [--articles 1000] [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from distributed import build_portal  # noqa: E402

from crawler.sites import get_site  # noqa: E402
from district_archive.portals.loopback import resolve_args  # noqa: E402
from district_archive.portals.measure import measure_command  # noqa: E402
from district_archive.portals.sample import serve_site  # noqa: E402

MARK_START, MARK_END = "<!-- crawl:start -->", "<!-- crawl:end -->"
SECTION = "## Crawl"
LOOPBACK = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "ERROR"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "portal"
        pages = build_portal(folder, "vinhbao", args.articles)
        server = serve_site(folder)
        base = server.base_url
        resolve = resolve_args(server.resolve(get_site("vinhbao").hosts))
        results = {}
        try:
            settings = [item for key, value in LOOPBACK.items() for item in ("-s", f"{key}={value}")]
            results["plain Scrapy (fetch, discard)"] = measure_command(
                [sys.executable, "-m", "scrapy", "runspider", "bench/plain_spider.py",
                 "-a", f"start={base}/", *settings])
            archive_only = json.dumps({"DERIVE_MODE": "off"})
            for label, env in (("ours, archive only", {"DISTRICT_ARCHIVE_SETTINGS": archive_only}),
                               ("ours, archive + extraction + statistics", {})):
                db = Path(tmp) / f"{len(results)}.db"
                results[label] = measure_command(
                    [sys.executable, "-m", "district_archive.cli", "crawl", "--site", "vinhbao",
                     "--db", str(db), "--log-level", "ERROR", *resolve], env)
                # Every served page plus the 404s of the template's menu links: all fetched by
                # each crawl alike, so the archive's count is the page total for all three.
                archived = sqlite3.connect(db).execute("select count(*) from pages").fetchone()[0]
                assert archived >= pages, f"{label}: archived {archived} of {pages} pages"
                pages = archived
        finally:
            server.stop()

    plain = pages / results["plain Scrapy (fetch, discard)"][0]
    lines = [f"One synthetic Hải Phòng 2024 portal on 127.0.0.1: {pages} responses "
             f"({args.articles} articles of ~15 KB, listings of 20, and the 404s of the article "
             "template's menu links), loopback politeness (no delay, 8 requests at "
             "once), robots.txt obeyed; one crawl each, one after the other, on this 2-core "
             "machine.", "",
             "| crawl | seconds | pages/s | vs plain Scrapy | peak memory |",
             "|---|---|---|---|---|"]
    for label, (seconds, peak) in results.items():
        rate = pages / seconds
        lines.append(f"| {label} | {seconds:.1f} | {rate:.0f} | {rate / plain:.2f}× | "
                     f"{peak:.0f} MiB |")
    report = "\n".join(lines)
    print(report)
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        block = f"{MARK_START}\n{report}\n{MARK_END}"
        if MARK_START in text:
            head, rest = text.split(MARK_START, 1)
            text = head + block + rest.split(MARK_END, 1)[1]
        else:
            text = text.rstrip() + f"\n\n{SECTION}\n\n`bench/crawl.py`: our crawl next to plain " \
                "Scrapy on the same pages. Reproduce with `.venv/bin/python bench/crawl.py " \
                f"--write docs/benchmarks.md`.\n\n{block}\n"
        args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
