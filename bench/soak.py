"""Soak run: a few thousand pages from the fault portal, then the archive is held to account.

    .venv/bin/python bench/soak.py                  # 2500 articles + 20 URLs of every fault
    .venv/bin/python bench/soak.py --articles 300 --each 3 --db /tmp/soak.db

One real `district-archive crawl` (production size caps: 64 MiB, gzip bombs of 1 GiB; shorter
timeouts and backoff so it ends in minutes), then `district-archive check`. It passes when:

- the crawl finishes (exit 0, finish_reason "finished");
- `check` finds no problem (integrity, foreign keys, every body against its sha256, FTS);
- per fault, the archive's failed fetches equal the distinct URLs the server injected it at,
  transient faults and odd bodies end archived, robots-disallowed URLs are never requested;
- `crawl_runs.pages_failed` equals the total injected failures, and nothing reached the canary
  standing where the offsite redirects point.

It prints a Markdown table (the one in docs/reliability.md) and exits 1 on any mismatch.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from district_archive.portals.faults import (  # noqa: E402
    FAULTS,
    FaultPortal,
    fault_of,
)
from district_archive.portals.measure import run_crawl  # noqa: E402

SETTINGS = {"DOWNLOAD_TIMEOUT": 5, "RETRY_TIMES": 2, "RETRY_BACKOFF_BASE": 0.25,
            "RETRY_BACKOFF_MAX": 5, "LOG_LEVEL": "WARNING"}


def tally(db: Path) -> tuple[dict[str, Counter], dict]:
    """Per fault: pages rows by outcome ("failed", "archived", "extract_failed"); the run row."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    per_fault: dict[str, Counter] = {name: Counter() for name in FAULTS}
    per_fault["(articles)"] = Counter()
    for row in conn.execute("select url, requested_url, status, error, extract_status from pages"):
        name = fault_of(row["requested_url"] or row["url"])
        if name is None:
            if "/bai-viet/" not in row["url"]:
                continue  # home, listings, robots
            name = "(articles)"
        outcome = ("failed" if row["error"] else
                   "extract_failed" if row["extract_status"] == "failed" else
                   "archived" if row["status"] == 200 else f"status {row['status']}")
        per_fault[name][outcome] += 1
    run = dict(conn.execute("select * from crawl_runs order by id desc limit 1").fetchone())
    run["articles"] = conn.execute("select count(*) from articles").fetchone()[0]
    conn.close()
    return per_fault, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--each", type=int, default=20, help="URLs of every fault")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=None, help="archive (default: a temp file)")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="soak-")) / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)

    canary = FaultPortal(articles=0, counts={}).start()
    portal = FaultPortal(articles=args.articles, each=args.each, seed=args.seed,
                         stall=30).start()
    crawl_args = [*portal.crawl_args(), "--db", str(db)]
    print(f"soak: {args.articles} articles + {args.each} URLs of each of {len(FAULTS)} faults "
          f"({len(portal.links)} links) from {portal.base_url}", file=sys.stderr)
    try:
        crawl = run_crawl(crawl_args, {**SETTINGS, **portal.canary_settings(canary)},
                          timeout=3600)
    finally:
        portal.stop()
        canary.stop()
    started = time.monotonic()
    check = subprocess.run([sys.executable, "-m", "district_archive.cli", "check", "--db",
                            str(db)], capture_output=True, text=True, cwd=ROOT, check=False)
    check_seconds = time.monotonic() - started

    per_fault, run = tally(db)
    injected = portal.injected
    problems = []
    if crawl.returncode != 0 or run["finish_reason"] != "finished":
        problems.append(f"crawl exit {crawl.returncode}, {run['finish_reason']}: "
                        f"{crawl.stderr[-2000:]}")
    if check.returncode != 0:
        problems.append(f"check: {check.stdout.strip()} {check.stderr.strip()}")
    if canary.hits:
        problems.append(f"fetched outside the allowed hosts: {dict(canary.hits)}")
    lines = [("| fault | injected at (URLs) | failed fetches | archived | extraction failed | "
              "server requests |"), "|---|---:|---:|---:|---:|---:|"]
    hits = Counter()
    for _, target in portal.log:
        hits[fault_of(f"http://x{target}")] += 1
    for name, fault in FAULTS.items():
        counts, sent = per_fault[name], injected.get(name, 0)
        expected = {"failed": Counter(failed=sent), "archived": Counter(archived=sent),
                    "not fetched": Counter()}[fault.outcome]
        if name == "binary":
            expected = Counter(extract_failed=sent)
        if fault.outcome == "not fetched":
            sent = args.each  # linked, never requested: hits must be 0
            if hits[name]:
                problems.append(f"{name}: requested {hits[name]} times")
        elif sent != args.each:
            problems.append(f"{name}: the crawl reached {sent} of its {args.each} URLs")
        if counts != expected:
            problems.append(f"{name}: archive has {dict(counts)}, server injected {dict(expected)}")
        lines.append(f"| `{name}` | {sent} | {counts['failed']} | {counts['archived']} | "
                     f"{counts['extract_failed']} | {hits[name]} |")
    failing = sum(n for name, n in injected.items() if FAULTS[name].outcome == "failed")
    if run["pages_failed"] != failing:
        problems.append(f"crawl_runs.pages_failed {run['pages_failed']} != injected {failing}")
    articles = per_fault["(articles)"]
    if articles != Counter(archived=args.articles):
        problems.append(f"ordinary articles: {dict(articles)} of {args.articles}")

    print("\n".join(lines))
    print()
    print(f"- pages archived: {run['pages_fetched']} in {crawl.seconds:.0f} s "
          f"({run['pages_fetched'] / crawl.seconds:.1f} pages/s); articles: {run['articles']}")
    print(f"- crawl_runs: pages_failed {run['pages_failed']} (injected failures {failing}), "
          f"extract_errors {run['extract_errors']}, finish_reason {run['finish_reason']}, "
          f"exit_status {run['exit_status']}")
    print(f"- crawl process peak memory: {crawl.peak_rss_mib:.0f} MiB")
    print(f"- `district-archive check`: {check.stdout.strip()} ({check_seconds:.1f} s)")
    print(f"- requests that reached the canary (other host): {sum(canary.hits.values())}")
    print(f"- settings: {json.dumps(SETTINGS)}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("soak: " + ("FAILED" if problems else "passed"), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
