"""Crawl benchmark: our crawl next to plain Scrapy, on the same synthetic portal, in one run.

A Hải Phòng 2024-style portal of N articles (built like bench/distributed.py's) is served on
127.0.0.1. Four crawls fetch all of it with the same politeness relaxed for loopback:
  1. plain Scrapy: follow links, keep nothing (bench/plain_spider.py);
  2. Scrapy + trafilatura in the callback: the same, extracting each article page with
     ``trafilatura.extract`` and keeping nothing (bench/trafilatura_spider.py);
  3. ours, archive only: every response committed to SQLite (only the first of the project's
     ITEM_PIPELINES, which archives: "archive first" is the pipeline order's contract);
  4. ours, complete: ``district-archive crawl`` (archive, extraction, statistics, places,
     versions, search index), however it is wired, with one derive process and with two
     (``DERIVE_PROCESSES``; the row of the shipped default for this crawl is marked).
Reports pages/s, ratios to the two peers, CPU per page, and memory: the peak over samples of
the resident memory summed over the crawl's whole process tree (the command and every process
it starts, read from /proc every 50 ms), and the command's own peak (VmHWM).

Usage: python bench/crawl.py [--articles 1000] [--rounds 1] [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from distributed import build_portal  # noqa: E402

from bench.report_section import write_section  # noqa: E402
from crawler.sites import family_links, get_site  # noqa: E402
from district_archive.portals.sample import serve_site  # noqa: E402

SECTION = "## Crawl"
SITE = "vinhbao"
PAGES_DIR = ROOT / "sample_portals" / "kienthuy" / "pages" / "tin-tuc-su-kien"
LOOPBACK = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "ERROR"}
PLAIN, TRAFILATURA = "plain Scrapy (fetch, discard)", "Scrapy + trafilatura in the callback"
ARCHIVE_ONLY = "ours, archive only"
COMPLETE = "ours, complete (archive, extraction, statistics), {n} derive process{es}{default}"
SAMPLE_SECONDS = 0.05


@dataclass
class Measured:
    seconds: float
    cpu_seconds: float  # user + system of the command and every descendant it waited for
    tree_peak_mib: float  # max over samples of the sum of VmRSS over the process tree
    tree_pss_peak_mib: float  # the same with PSS: pages shared by forked processes counted once
    own_peak_mib: float  # the command's own VmHWM (its peak resident set)
    processes: int  # the most processes seen in the tree at once


def _status_kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1])
    return 0  # a zombie has no memory lines


def _pss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def process_tree(root: int) -> list[int]:
    """``root`` and all its descendants now, from the parent ids in /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                # The command name (field 2) may hold spaces and parentheses: split after it.
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    tree, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        tree.append(pid)
        frontier.extend(children.get(pid, ()))
    return tree


def run_measured(args: list[str], env: dict[str, str] | None = None,
                 cwd: Path = ROOT) -> Measured:
    """Run one command to its end, sampling the memory of its whole process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_peak = tree_pss_peak = own_peak = 0
    most = 1
    done = threading.Event()

    def sample() -> None:
        nonlocal tree_peak, tree_pss_peak, own_peak, most
        while not done.is_set():
            total = pss = 0
            pids = process_tree(process.pid)
            for pid in pids:
                try:
                    total += _status_kib(pid, "VmRSS:")
                    pss += _pss_kib(pid)
                    if pid == process.pid:
                        own_peak = max(own_peak, _status_kib(pid, "VmHWM:"))
                except (OSError, ValueError):
                    pass  # ended between the listing and the read
            tree_peak, most = max(tree_peak, total), max(most, len(pids))
            tree_pss_peak = max(tree_pss_peak, pss)
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed: {stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(elapsed, cpu, tree_peak / 1024, tree_pss_peak / 1024, own_peak / 1024, most)


def archive_only_settings() -> dict:
    """Our crawl with derivation off: every response archived, nothing derived."""
    return {"DERIVE_MODE": "off"}


def complete_label(processes: int) -> str:
    """The row's name; the shipped default for this crawl marked (``DERIVE_PROCESSES`` unset:
    as many as the crawl's pace asks, and nothing paces a crawl of 127.0.0.1)."""
    from crawler.runner import derive_processes, project_settings
    default = derive_processes(project_settings(DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False))
    return COMPLETE.format(n=processes, es="" if processes == 1 else "es",
                           default=" (the default)" if processes == default else "")


def crawl_round(base: str, db_dir: Path, article_patterns: str) -> dict[str, tuple[Measured, int]]:
    """One crawl of each kind; with each, the number of responses its archive holds (None
    for the peers, which keep nothing)."""
    results: dict[str, tuple[Measured, int | None]] = {}
    settings = [item for key, value in LOOPBACK.items() for item in ("-s", f"{key}={value}")]
    scrapy = [sys.executable, "-m", "scrapy", "runspider"]
    # The peers run outside the project (a folder without scrapy.cfg): Scrapy alone, not our
    # project settings (our item pipeline, its derive processes, an archive.db in the checkout).
    bench = ROOT / "bench"
    results[PLAIN] = (run_measured(
        [*scrapy, str(bench / "plain_spider.py"), "-a", f"start={base}/", *settings],
        cwd=db_dir), None)
    results[TRAFILATURA] = (run_measured(
        [*scrapy, str(bench / "trafilatura_spider.py"), "-a", f"start={base}/",
         "-a", f"article={article_patterns}", *settings], cwd=db_dir), None)
    resolve = ["--resolve", f"{SITE}.haiphong.gov.vn={base}",
               "--resolve", f"cdn.haiphong.gov.vn={base}"]
    ours = [(ARCHIVE_ONLY, archive_only_settings())] + [
        (complete_label(n), {"DERIVE_PROCESSES": n}) for n in (1, 2)]
    for label, overrides in ours:
        env = {"DISTRICT_ARCHIVE_SETTINGS": json.dumps(overrides)}
        db = db_dir / f"{len(list(db_dir.iterdir()))}.db"
        measured = run_measured(
            [sys.executable, "-m", "district_archive.cli", "crawl", "--site", SITE,
             "--db", str(db), "--log-level", "ERROR", *resolve], env)
        with sqlite3.connect(db) as connection:
            archived = connection.execute("select count(*) from pages").fetchone()[0]
        results[label] = (measured, archived)
    return results


def table(results: dict[str, Measured], pages: int, articles: int, rounds: int,
          template: Path) -> str:
    plain, trafilatura = (pages / results[name].seconds for name in (PLAIN, TRAFILATURA))
    plain_memory = results[PLAIN].tree_peak_mib
    best = (f"the fastest of {rounds} rounds (crawls interleaved)" if rounds > 1
            else "one crawl each")
    lines = [
        (f"One synthetic Hải Phòng 2024 portal on 127.0.0.1: {pages} responses ({articles} "
         f"articles, each a copy of the sample page {template.name} "
         f"({template.stat().st_size / 1024:.0f} KB), listings of 20, and the 404s of the "
         "article template's menu links), loopback politeness (no delay, 8 requests at once), "
         "robots.txt obeyed; "
         f"{best}, one after the other, on this 2-core machine. Memory: the peak of the resident "
         "memory (VmRSS) summed over each crawl's whole process tree, sampled from /proc every "
         "50 ms; the same summed as PSS (a page shared by forked processes counted once); the "
         "crawl command's own peak (VmHWM). CPU: user + system of the whole tree, per response."),
        "",
        ("| crawl | seconds | pages/s | vs plain Scrapy | vs Scrapy + trafilatura | CPU ms/page "
         "| peak memory, all processes | vs plain Scrapy | PSS, all processes "
         "| command's own peak | processes |"),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, m in results.items():
        rate = pages / m.seconds
        lines.append(
            f"| {label} | {m.seconds:.1f} | {rate:.0f} | {rate / plain:.2f}× | "
            f"{rate / trafilatura:.2f}× | {1000 * m.cpu_seconds / pages:.1f} | "
            f"{m.tree_peak_mib:.0f} MiB | {m.tree_peak_mib / plain_memory:.2f}× | "
            f"{m.tree_pss_peak_mib:.0f} MiB | {m.own_peak_mib:.0f} MiB | {m.processes} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat all crawls, interleaved; each row keeps its fastest")
    parser.add_argument("--write", type=Path, default=None)
    parser.add_argument("--templates", nargs="+", default=["916540", "897215"],
                        help="kienthuy sample article pages the portal's articles copy; one "
                             "table each (default: a 15 KB page and the 31 KB canonical page)")
    args = parser.parse_args()
    reports = [measure(args, PAGES_DIR / f"{name}.html") for name in args.templates]
    report = "\n\n".join(reports)
    print(report)
    if args.write:
        write_section(args.write, "crawl", report, heading=SECTION, intro=(
            "`bench/crawl.py`: our crawl next to plain Scrapy on the same pages. Reproduce with "
            "`.venv/bin/python bench/crawl.py --write docs/benchmarks.md`."))


def measure(args: argparse.Namespace, template: Path) -> str:
    """Every crawl of the table on one synthetic portal whose articles copy ``template``."""

    article_patterns = "|".join(
        f"(?:{p.pattern})" for p in family_links(get_site(SITE).family).article)
    best: dict[str, Measured] = {}
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "portal"
        served = build_portal(folder, SITE, args.articles, template)
        server = serve_site(folder)
        try:
            for _ in range(args.rounds):
                db_dir = Path(tempfile.mkdtemp(dir=tmp))
                for label, (measured, archived) in crawl_round(
                        server.base_url, db_dir, article_patterns).items():
                    if archived is not None:
                        # Every served page plus the 404s of the template's menu links: all
                        # fetched by each crawl alike, so the archive's count is the page
                        # total for all of them.
                        assert archived >= served, f"{label}: archived {archived} of {served}"
                        pages = max(pages, archived)
                    if label not in best or measured.seconds < best[label].seconds:
                        best[label] = measured
        finally:
            server.stop()

    return table(best, pages, args.articles, args.rounds, template)


if __name__ == "__main__":
    main()
