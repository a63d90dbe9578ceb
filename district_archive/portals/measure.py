"""Measuring crawls: wall time and peak resident memory of a subprocess.

Peak memory is the kernel's own high-water mark, ``VmHWM`` in ``/proc/<pid>/status``: it covers
the process image since its exec. (getrusage's ``ru_maxrss`` survives exec on Linux, so a crawl
started from a big parent, a long pytest run, would report the parent's size.)
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from district_archive import ROOT


def peak_memory_mib(pid: int | str = "self") -> float | None:
    """Peak resident memory of a live process so far (None once it has gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            line = next((line for line in status if line.startswith("VmHWM:")), None)
    except OSError:
        return None
    return int(line.split()[1]) / 1024 if line else None


def measure_command(args: list[str], env: Mapping[str, str] | None = None,
                    cwd: Path = ROOT) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one command, which must succeed. The peak is
    sampled every 50 ms while it runs (its /proc entry goes with it)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, peak_memory_mib(process.pid) or 0.0)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    if process.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed: {stderr.decode()[-2000:]}")
    return elapsed, peak


@dataclass
class CrawlOutcome:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall time of the crawl process
    peak_rss_mib: float | None  # the crawl process's own peak resident memory


# The CLI, reporting its own peak memory as it exits (whatever the exit).
_MEASURED_CLI = """
import sys
from district_archive.cli import main
from district_archive.portals.measure import peak_memory_mib
try:
    main()
finally:
    print(f"peak_rss_mib={peak_memory_mib()}", file=sys.stderr)
"""


def run_crawl(args: list[str], settings: dict[str, Any] | None = None,
              timeout: float = 900) -> CrawlOutcome:
    """``district-archive crawl *args`` in a subprocess, Scrapy ``settings`` overridden the way
    an operator would (``DISTRICT_ARCHIVE_SETTINGS``), measuring its time and peak memory."""
    from crawler.runner import SETTINGS_ENV

    env = {**os.environ, "PYTHONUNBUFFERED": "1", SETTINGS_ENV: json.dumps(settings or {})}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", _MEASURED_CLI, "crawl", *args],
                            capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
                            check=False)
    found = re.search(r"peak_rss_mib=([\d.]+)", result.stderr)
    return CrawlOutcome(result.returncode, result.stdout, result.stderr,
                        time.monotonic() - started, float(found.group(1)) if found else None)
