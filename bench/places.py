"""What places cost: the gazetteer's load (time, memory), tagging speed on the sample corpus
(every gold body of the sample portals and the extraction fixtures, tagged with its site's
units, repeated until a few seconds have passed), and a new archive's unit tables (fill time,
size).

    .venv/bin/python bench/places.py

Times are wall clock and CPU: the CPU time is what the work costs on a machine shared with
other jobs. The units cache is built first if it is missing (once per machine), not timed.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.places import PlaceFinder, find_places, load_gazetteer, site_units  # noqa: E402
from pipelines.places.units_cache import ensure_cache  # noqa: E402
from pipelines.store import Archive  # noqa: E402


def corpus() -> list[tuple[str, dict, str | None]]:
    sites = {e["id"]: e for e in json.loads((ROOT / "crawler/sites.json").read_text("utf-8"))}
    for site_json in (ROOT / "tests/fixtures").glob("*/site.json"):
        entry = json.loads(site_json.read_text(encoding="utf-8"))
        sites.setdefault(entry["id"], entry)
    bodies = []
    for gold in sorted([*ROOT.glob("sample_portals/*/gold/*.json"),
                        *ROOT.glob("tests/fixtures/*/gold/*.json")]):
        article = json.loads(gold.read_text(encoding="utf-8"))
        site = sites[gold.parent.parent.name]
        bodies.append(("\n\n".join(article["body_paragraphs"]), site, article.get("published")))
    return bodies


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def archive_fill(sites: dict[str, dict]) -> tuple[float, float, float]:
    """(seconds, CPU seconds, MB the unit tables add) for a new archive and one site."""
    with tempfile.TemporaryDirectory() as directory:
        archive = Archive(Path(directory) / "archive.db")
        archive.upsert_site({"id": "kienthuy", **{k: sites["kienthuy"].get(k) for k in (
            "name", "province", "base_url")}})
        archive.db.execute("pragma wal_checkpoint(truncate)")
        empty = os.path.getsize(archive.path)
        started, cpu = time.perf_counter(), time.process_time()
        archive.prepare_places("kienthuy")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        archive.db.execute("pragma wal_checkpoint(truncate)")
        added = (os.path.getsize(archive.path) - empty) / 1e6
        archive.close()
    return seconds, cpu, added


def main() -> None:
    ensure_cache()
    before = rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    finder = PlaceFinder(load_gazetteer())
    load, load_cpu, grown = time.perf_counter() - started, time.process_time() - cpu, (
        rss_mib() - before)
    bodies = corpus()
    contexts = [(body, site_units(site), published) for body, site, published in bodies]
    chars = sum(len(body) for body, _, _ in bodies)
    rounds, mentions, elapsed, cpu = 0, 0, 0.0, time.process_time()
    while elapsed < 3.0:
        started = time.perf_counter()
        for body, units, published in contexts:
            mentions += len(find_places(body, units, published, finder))
        elapsed += time.perf_counter() - started
        rounds += 1
    cpu = time.process_time() - cpu
    articles = rounds * len(bodies)
    after = rss_mib() - before
    fill, fill_cpu, size = archive_fill({site["id"]: site for _, site, _ in bodies})
    print(f"gazetteer load: {load:.2f} s ({load_cpu:.2f} s CPU), +{grown:.1f} MiB "
          f"(+{after:.1f} MiB after tagging), once per process")
    print(f"{len(bodies)} bodies ({chars / len(bodies):.0f} characters on average), "
          f"{rounds} rounds")
    print(f"{articles / elapsed:.0f} articles/s, {1000 * elapsed / articles:.2f} ms per article "
          f"({1000 * cpu / articles:.2f} ms CPU), {mentions / elapsed:.0f} mentions/s, "
          f"{chars * rounds / elapsed / 1e6:.2f} M chars/s")
    print(f"a new archive's unit tables: {fill:.2f} s ({fill_cpu:.2f} s CPU), {size:.2f} MB")


if __name__ == "__main__":
    main()
