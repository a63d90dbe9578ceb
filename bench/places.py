"""Place tagging speed on the sample corpus: every gold body of the sample portals and the
extraction fixtures, tagged with its site's units, repeated until a few seconds have passed.

    .venv/bin/python bench/places.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.places import PlaceFinder, find_places, site_units  # noqa: E402


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


def main() -> None:
    started = time.perf_counter()
    finder = PlaceFinder()
    load = time.perf_counter() - started
    bodies = corpus()
    contexts = [(body, site_units(site), published) for body, site, published in bodies]
    chars = sum(len(body) for body, _, _ in bodies)
    rounds, mentions, elapsed = 0, 0, 0.0
    while elapsed < 3.0:
        started = time.perf_counter()
        for body, units, published in contexts:
            mentions += len(find_places(body, units, published, finder))
        elapsed += time.perf_counter() - started
        rounds += 1
    articles = rounds * len(bodies)
    print(f"gazetteer load: {load:.2f} s (once per process)")
    print(f"{len(bodies)} bodies ({chars / len(bodies):.0f} characters on average), {rounds} rounds")
    print(f"{articles / elapsed:.0f} articles/s, {1000 * elapsed / articles:.2f} ms per article, "
          f"{mentions / elapsed:.0f} mentions/s, {chars * rounds / elapsed / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
