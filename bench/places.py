"""What places cost: the gazetteer's load (time, memory), tagging speed on the sample corpus
(every gold body of the sample portals and the extraction fixtures, tagged with its site's
units, repeated until a few seconds have passed), a new archive's unit tables (fill time,
size), and articles per second with place tagging on beside extraction and statistics: the
same 27 gold pages through ``extract_article``, ``find_statistics`` and ``find_places`` in
interleaved passes, on process CPU time (so other jobs on the machine do not tilt the ratios),
with the recognition's precision/recall on the gold.

    .venv/bin/python bench/places.py [--rounds 20] [--write docs/benchmarks.md]

Times are wall clock and CPU: the CPU time is what the work costs on a machine shared with
other jobs. The units cache is built first if it is missing (once per machine), not timed.
``--write`` replaces the places section of the file (between its markers).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report_section import write_section  # noqa: E402
from pipelines.extract import extract_article  # noqa: E402
from pipelines.extract.evaluation import iter_gold_dirs  # noqa: E402
from pipelines.places import PlaceFinder, find_places, load_gazetteer, site_units  # noqa: E402
from pipelines.places.evaluation import Score, score_text  # noqa: E402
from pipelines.places.units_cache import ensure_cache  # noqa: E402
from pipelines.statistics import find_statistics  # noqa: E402
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


def stages(finder: PlaceFinder, rounds: int) -> tuple[dict[str, float], int, Score]:
    """Articles per CPU-second of extraction, statistics and place tagging on the same gold
    pages (interleaved passes after a warm-up), how many pages, and the places' score."""
    sites = {site["id"]: site for _, site, _ in corpus()}
    cases = list(iter_gold_dirs(ROOT / "sample_portals", ROOT / "tests/fixtures"))
    pages = [(case.html_path.read_bytes(), case.url, case.body, site_units(sites[case.site]),
              case.gold.get("published")) for case in cases]
    work: dict[str, Callable[[tuple], object]] = {
        "extraction": lambda page: extract_article(page[0], page[1]),
        "statistics": lambda page: find_statistics(page[2]),
        "places": lambda page: find_places(page[2], page[3], page[4], finder),
    }
    cpu = dict.fromkeys(work, 0.0)
    for run in work.values():  # the warm-up
        for page in pages:
            run(page)
    for _ in range(rounds):
        for name, run in work.items():
            began = time.process_time()
            for page in pages:
                run(page)
            cpu[name] += time.process_time() - began
    score = Score()
    for case, page in zip(cases, pages, strict=True):
        if "places" in case.gold:
            score.add(score_text(finder, page[2], page[3], page[4], case.gold["places"],
                                 label=case.id))
    return {name: rounds * len(pages) / seconds for name, seconds in cpu.items()}, len(pages), score


def section(rates: dict[str, float], pages: int, score: Score, rounds: int, load_cpu: float,
            load_mib: float, fill_cpu: float, size: float) -> str:
    per = {name: 1000 / rate for name, rate in rates.items()}
    without = per["extraction"] + per["statistics"]
    with_places = without + per["places"]
    rows = [
        (f"{pages} gold pages (18 sample-corpus + 9 modelled fixtures), {rounds} interleaved "
         f"passes after a warm-up, articles per CPU-second of one process (Python "
         f"{platform.python_version()})."),
        "",
        "| stage | articles/s | ms CPU per article |",
        "|---|---|---|",
        *(f"| {name} | {rates[name]:,.0f} | {per[name]:.2f} |" for name in rates),
        f"| extraction + statistics | {1000 / without:,.0f} | {without:.2f} |",
        (f"| **extraction + statistics + places** | **{1000 / with_places:,.0f}** | "
         f"**{with_places:.2f}** |"),
        "",
        (f"Place tagging on costs {100 * (with_places / without - 1):.0f}% more CPU per article "
         f"than extraction and statistics alone. Once per process: the gazetteer's load "
         f"{load_cpu:.2f} s CPU, +{load_mib:.0f} MiB; once per archive: its unit tables, "
         f"{fill_cpu:.2f} s CPU, {size:.1f} MB."),
        "",
        (f"Recognition on the same pages' gold (`places` in the gold files): precision "
         f"{score.precision:.3f}, recall {score.recall:.3f}, right codes {score.codes_right}/"
         f"{score.coded} ({score.correct} of {score.found} found mentions right, "
         f"{score.recalled} of {score.gold} gold mentions found)."),
    ]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--write", type=Path, help="update the places section of this file")
    args = parser.parse_args()
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
    rates, pages, score = stages(finder, args.rounds)
    body = section(rates, pages, score, args.rounds, load_cpu, grown, fill_cpu, size)
    print(body)
    if args.write:
        write_section(args.write, "places", body, heading="## Places (issue 18)", intro=(
            "`bench/places.py` (pipelines/places). Reproduce with `.venv/bin/python "
            "bench/places.py --write docs/benchmarks.md`; the text between the markers is "
            "rewritten by that command."))


if __name__ == "__main__":
    main()
