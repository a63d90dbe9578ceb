"""Derive a crawl's pages in a process of its own, fed from the archive. No Scrapy.

The crawl process fetches and archives; extraction and statistics are CPU-bound Python, and
under one GIL they would take turns with Scrapy. So the crawl starts this process beside it:
it reads the run's pages that are archived but not yet derived (``pages.extract_status`` is
null), derives them (``pipelines.derive``) and looks again, until the crawl closes its
standard input, which means "no more pages will come"; then it derives what is left and exits.

Nothing is handed over but the archive itself, so nothing is lost whichever process dies: if
the crawl is killed, this process sees its input close, finishes the pages already archived
and exits; if this process is killed, the next run (``district_archive.jobs``) or
``reprocess`` derives what it left, and a page is derived once (``pipelines.derive`` checks
under the write lock).

A generic crawl's pages are classified one by one as they come; once every page is derived,
the site's listings are all known and ``settle_classes`` judges the doubtful pages again. With
``--settle`` this process does that after its last page: the crawl gives it to one process
only and ends that one's input last, after every other derive process has exited.

Usage (by ``DeriveProcess``): ``python -m pipelines.derive_process DB RUN_ID [K/N]
[--settle]``: with ``K/N``, the K-th of N processes deriving the run side by side, each its
share of the pages. ``python -m pipelines.derive_process --wait``: started before the crawl
has a run (``start_waiting``), it loads what deriving needs while Scrapy starts, then reads
those arguments as one JSON line from its standard input (the input closed first: it exits).

N processes side by side make the rows one process makes. What a page's record says can
depend on the pages recorded before it (a copy of a story is a duplicate of the first stored,
a print view is judged by the story it prints), so pages are recorded in archive order, by one
process or N, through one loop: each process takes blocks of ``store.SHARE_BLOCK`` consecutive
page ids (of N, every N-th block: ``Archive.pages_to_derive``), analyses a block (the most of
the work, outside the write lock) while the others analyse theirs, and records it in one write
transaction once every page archived before it is recorded. Only the records, a fifth of the
work, take turns; alone, a process finds every block's turn come at once.
"""
from __future__ import annotations

import atexit
import gc
import json
import logging
import os
import select
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pipelines.lean import lazy, offline, without_numpy

if __name__ == "__main__":
    # before sqlite-utils, hashlib and w3lib are imported (pipelines.lean says why)
    without_numpy()
    offline()
    lazy()

from pipelines.derive import (
    Analysed,
    ArchivedPage,
    analysed_page,
    archived_page,
    record_group,
    settle_classes,
)
from pipelines.store import SHARE_BLOCK, Archive

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.05  # how often an idle derive process looks for newly archived pages
BATCH = 64  # pages read per look
# The derive connection's SQLite page cache, KiB (``store.SMALL_CACHE_KIB`` is 512): a page's
# rows touch a few b-tree pages of each table, which the OS caches besides; 256 KiB measured the
# same CPU a page as 512, and 0.4 MiB less in each derive process.
CACHE_KIB = 256
# N processes side by side: how many analysed blocks (``store.SHARE_BLOCK`` ids) one holds
# while the block before them is not recorded yet (the next block's analysis overlaps the wait).
AHEAD_BLOCKS = 1
# How long a process waits, with no page before its block recorded meanwhile, before it
# records out of order: another process is reading a large document, or has died (what it
# left is derived by the next run or ``reprocess``). Rows may then differ from one process's.
ORDER_PATIENCE_SECONDS = 10.0


# Derive processes started ahead of the crawl's run (``start_waiting``), not given one yet.
_waiting: list[subprocess.Popen[bytes]] = []


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "pipelines.derive_process", *args],
                            stdin=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def start_waiting(count: int) -> None:
    """Start ``count`` derive processes now, before the crawl starts its run: each loads
    extraction, statistics and the gazetteer (some 0.5 s of CPU) while Scrapy starts, instead
    of after, when archived pages already wait for it. The crawl's ``DeriveProcess`` takes one;
    the caller ends those never taken (``end_waiting``), and this process's exit does too."""
    if not _waiting and count > 0:
        atexit.register(end_waiting)
    _waiting.extend(_spawn("--wait") for _ in range(count))


def end_waiting() -> None:
    """End the processes ``start_waiting`` started that no crawl took: given no run, each
    exits."""
    while _waiting:
        process = _waiting.pop()
        if process.stdin is not None:
            process.stdin.close()  # no run: it exits
        process.wait()


def _waiting_process(args: list[str]) -> subprocess.Popen[bytes] | None:
    """A waiting process, given its run's arguments; None when none is left alive."""
    while _waiting:
        process = _waiting.pop(0)
        try:
            assert process.stdin is not None
            process.stdin.write(json.dumps(args).encode() + b"\n")
            process.stdin.flush()
            return process
        except (BrokenPipeError, OSError):  # it died waiting (killed, out of memory)
            process.wait()
    return None


class DeriveProcess:
    """The crawl side: start the derive process for a run (or give the run to one started
    ahead, ``start_waiting``), and end it when the crawl ends."""

    def __init__(self, db_path: str | Path, run_id: int, share: tuple[int, int] = (0, 1), *,
                 settle: bool = False):
        self.settles = settle
        args = [str(db_path), str(run_id), f"{share[0]}/{share[1]}",
                *(["--settle"] if settle else [])]
        self.process = _waiting_process(args) or _spawn(*args)

    def no_more_pages(self) -> None:
        """Tell it the crawl has ended: it derives what is left and exits."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()

    def finish(self) -> int:
        """No more pages will come: let it derive the rest; wait; return its exit status."""
        self.no_more_pages()
        return self.process.wait()


def _input_closed() -> bool:
    """True once the crawl closed our standard input (or died, which closes it too)."""
    readable, _, _ = select.select([sys.stdin], [], [], 0)
    # stdin's buffer is a BufferedReader (typeshed types it BinaryIO, which has no read1)
    return bool(readable) and not sys.stdin.buffer.read1(1)  # type: ignore[union-attr]


def derive_run(archive: Archive, run_id: int, done: Callable[[], bool],
               share: tuple[int, int] = (0, 1)) -> int:
    """Derive the run's archived pages (of ``share``, see ``Archive.pages_to_derive``) as they
    arrive, until ``done()`` and none is left: its blocks analysed as they come, each recorded
    after every page archived before it (the module's docstring says why)."""
    derived = 0
    after = 0
    analysed: deque[list[Analysed]] = deque()  # blocks analysed, not recorded yet
    while True:
        finishing = done()
        rows = _whole_blocks(archive.pages_to_derive(run_id, after_id=after, limit=BATCH,
                                                     share=share))
        if not rows and finishing and not analysed:
            # One last look from the start: a page committed out of order is not left behind.
            rows = archive.pages_to_derive(run_id, share=share)
            if not rows:
                return derived
        for block in _blocks(map(archived_page, rows)):
            analysed.append([analysed_page(archive, page) for page in block])
            derived += _record_in_turn(archive, run_id, analysed, keep=AHEAD_BLOCKS)
        after = max([after, *(row["id"] for row in rows)])
        if not rows:
            if analysed:  # nothing new to analyse meanwhile: wait for the turn
                derived += _record_in_turn(archive, run_id, analysed, keep=0)
            else:
                time.sleep(POLL_SECONDS)


def _whole_blocks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A full read (``BATCH`` rows) less its last block, which may go on past the read: it is
    read whole next time, not recorded in two transactions. A backlog read 64 at a time from
    id 1 would otherwise commit a block of one page every 64 pages (the bench's 1063 pages:
    83 transactions, not 67)."""
    if len(rows) < BATCH or rows[0]["id"] // SHARE_BLOCK == rows[-1]["id"] // SHARE_BLOCK:
        return rows
    last = rows[-1]["id"] // SHARE_BLOCK
    return [row for row in rows if row["id"] // SHARE_BLOCK != last]


def _blocks(pages: Iterable[ArchivedPage]) -> Iterator[list[ArchivedPage]]:
    """Pages (in id order) cut where their id enters another share block."""
    block: list[ArchivedPage] = []
    for page in pages:
        if block and page.id // SHARE_BLOCK != block[0].id // SHARE_BLOCK:
            yield block
            block = []
        block.append(page)
    if block:
        yield block


def _record_in_turn(archive: Archive, run_id: int, analysed: deque[list[Analysed]], *,
                    keep: int) -> int:
    """Record the analysed blocks whose earlier pages are all recorded; while more than
    ``keep`` are held, wait for the first one's turn. Returns how many pages were recorded."""
    recorded = 0
    while analysed:
        first = analysed[0][0][0].id
        if archive.first_underived_before(run_id, first) is not None:
            if len(analysed) <= keep:
                return recorded
            _wait_for_turn(archive, run_id, first)
        recorded += len(record_group(archive, analysed.popleft()))
    return recorded


def _wait_for_turn(archive: Archive, run_id: int, page_id: int) -> None:
    """Until every page of the run archived before ``page_id`` is recorded, or no more of them
    has been for ``ORDER_PATIENCE_SECONDS``."""
    pause = 0.001
    waiting = archive.first_underived_before(run_id, page_id)
    since = time.monotonic()
    while waiting is not None:
        if time.monotonic() - since > ORDER_PATIENCE_SECONDS:
            logger.warning("page %d: recorded before page %d, which another derive process "
                           "has not recorded in %.0f s (the rows may differ from one "
                           "process's)", page_id, waiting, ORDER_PATIENCE_SECONDS)
            return
        time.sleep(pause)
        pause = min(pause * 2, 0.01)
        now = archive.first_underived_before(run_id, page_id)
        if now != waiting:
            waiting, since = now, time.monotonic()


def _prepare_places(archive: Archive, run_id: int) -> None:
    """The places tables and the run's site's units, whether or not an article comes: here,
    not in the crawl process, which never loads the units (nor imports places: this module is
    imported there for ``DeriveProcess``)."""
    from pipelines.places import GazetteerError
    try:
        archive.prepare_places(archive.run(run_id)["site"])
    except GazetteerError as exc:  # each article then fails alone, recorded, as analyse does
        logger.error("places: cannot read the administrative units: %s", exc)


def settle_run(archive: Archive, run_id: int) -> None:
    """The run's site's doubtful pages judged again, now that all its listings are known."""
    site = archive.run(run_id).get("site")
    if site:
        settle_classes(archive, site, run_id)


def _load_ahead() -> None:
    """What deriving a page loads on first use (``pipelines.derive`` imports it late, for the
    crawl process's sake): extraction, statistics, places and the gazetteer."""
    import pipelines.analyse  # noqa: F401
    from pipelines.places import load_gazetteer
    load_gazetteer()


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    if args == ["--wait"]:
        _load_ahead()
        line = sys.stdin.buffer.readline()
        if not line.strip():
            return 0  # the crawl ended (or never started its run) without giving it one
        args = [str(arg) for arg in json.loads(line)]
    settle = "--settle" in args
    if settle:
        args.remove("--settle")
    if len(args) not in (2, 3):
        print("usage: python -m pipelines.derive_process DB RUN_ID [K/N] [--settle]",
              file=sys.stderr)
        return 2
    k, n = (int(x) for x in (args[2] if len(args) == 3 else "0/1").split("/"))
    run_id = int(args[1])
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s [derive] %(levelname)s: "
                                                      "%(message)s")
    archive = Archive(args[0], cache_kib=CACHE_KIB)
    try:
        _prepare_places(archive, run_id)
        # What is loaded so far (modules, the gazetteer) lives as long as the process: out of the
        # collector's sight, its full collections no longer walk it (one a few hundred pages,
        # 15-25 ms each on the 31 KB bench page).
        gc.freeze()
        derive_run(archive, run_id, _input_closed, (k, n))
        if settle:
            settle_run(archive, run_id)
    finally:
        archive.close()
    # Done: the crawl waits for this process to end. Its objects (the gazetteer, extraction's
    # tables) go with it, not through the interpreter's last garbage collection (0.05-0.15 s).
    gc.freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main())
