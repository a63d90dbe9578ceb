"""WARC and WACZ export benchmark: time and peak memory against the archive's size.

Builds synthetic archives of N fetches (the real store: pages, zlib blobs, request headers),
half of them re-fetches of an earlier body (what weekly full crawls make: revisit records), then
runs ``district-archive warc`` and ``district-archive wacz`` on each in a child process and
reports wall time and peak RSS (the child's own rusage). Memory that does not grow
with N is what "streams" means here.

Usage (timings under the shared lock):
    flock /work/wt/_notes/bench.lock python bench/warc.py [--sizes 2000 20000]
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.store import Archive  # noqa: E402

WORDS = "xã huyện ngân sách hộ nghèo đạt tiêu chí nông thôn mới triệu đồng kế hoạch".split()


def build(path: Path, fetches: int) -> None:
    archive = Archive(path)
    archive.upsert_site({"id": "s", "name": "Xã Thử", "family": "generic",
                         "base_url": "http://portal.test"})
    run = archive.start_run("s", "full")
    rng = random.Random(16)
    bodies: list[bytes] = []
    for i in range(fetches):
        if bodies and i % 2:  # a re-fetch of an earlier page: same URL, same bytes
            n = rng.randrange(len(bodies))
            url, body = f"http://portal.test/bai-viet/{n}", bodies[n]
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(1500))
            body = f"<html><body><p>{len(bodies)} {text}</p></body></html>".encode()
            url = f"http://portal.test/bai-viet/{len(bodies)}"
            bodies.append(body)
        archive.store_page(run, {"url": url, "site": "s", "status": 200, "body": body,
                                 "headers": {"Content-Type": ["text/html; charset=utf-8"]},
                                 "request_headers": {"User-Agent": ["bench"]}})
    archive.finish_run(run, finish_reason="finished", exit_status=0)
    archive.close()


def measure(*args: str) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of one CLI run in a child process (its own rusage, by wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "district_archive.cli", *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0, args
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--build", nargs=2, metavar=("PATH", "FETCHES"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.build:
        build(Path(options.build[0]), int(options.build[1]))
        return
    print("| fetches | WARC MiB | warc s | warc peak RSS MiB | wacz s | wacz peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for size in sorted(options.sizes):
            db = Path(work) / f"a{size}.db"
            # In a child: a child forked from a large parent counts the parent's pages in its
            # peak RSS until it execs, so this process stays small.
            subprocess.run([sys.executable, __file__, "--build", str(db), str(size)], check=True)
            warc = Path(work) / f"a{size}.warc.gz"
            warc_s, warc_mib = measure("warc", "--db", str(db), "-o", str(warc))
            wacz_s, wacz_mib = measure("wacz", "--db", str(db), "-o",
                                       str(Path(work) / f"a{size}.wacz"))
            print(f"| {size} | {warc.stat().st_size / 2**20:.1f} | {warc_s:.1f} | "
                  f"{warc_mib:.0f} | {wacz_s:.1f} | {wacz_mib:.0f} |")


if __name__ == "__main__":
    main()
