"""Statistics benchmark: throughput of find_statistics, and its precision/recall on the gold.

    .venv/bin/python bench/statistics.py [--rounds 20] [--write docs/benchmarks.md]

Inputs: the original statements of tests/data/statistics/statements.json (one short text each)
and the bodies of every sample-corpus gold article ("\\n\\n".join(body_paragraphs)). Throughput
is statements (or articles) per second, single process, after one warm-up pass, best of
``rounds`` passes; precision/recall per kind use pipelines.statistics.evaluation (value exact,
unit and document fields exact; sense, per, low, high and denominator exact wherever the gold
gives them). ``--write`` replaces the "## Statistics" section of the file.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report_section import write_section  # noqa: E402
from pipelines.statistics import find_statistics  # noqa: E402
from pipelines.statistics.evaluation import KINDS, Score  # noqa: E402

STATEMENTS = ROOT / "tests" / "data" / "statistics" / "statements.json"
HEADING = "## Statistics"


def load() -> tuple[list[dict], list[dict]]:
    statements = json.loads(STATEMENTS.read_text(encoding="utf-8"))["statements"]
    articles = []
    for path in sorted((ROOT / "sample_portals").glob("*/gold/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles.append({"text": "\n\n".join(gold["body_paragraphs"]),
                         "expected": gold["statistics"]})
    return statements, articles


def best_rate(texts: list[str], rounds: int) -> float:
    """Texts per second: the best of ``rounds`` timed passes after a warm-up pass."""
    for text in texts:
        find_statistics(text)
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        for text in texts:
            find_statistics(text)
        best = min(best, time.perf_counter() - began)
    return len(texts) / best


def score(cases: list[dict], expected: Callable[[dict], list[dict]]) -> Score:
    result = Score()
    for i, case in enumerate(cases):
        result.add(str(i), expected(case), [s.to_dict() for s in find_statistics(case["text"])])
    return result


def pr_table(result: Score) -> list[str]:
    rows = ["| kind | precision | recall | matched / found / expected |", "|---|---|---|---|"]
    rows += [f"| {k} | {result.precision(k):.3f} | {result.recall(k):.3f} | "
             f"{result.true_positive[k]} / {result.found[k]} / {result.expected[k]} |"
             for k in KINDS]
    return rows


def report(rounds: int) -> str:
    statements, articles = load()
    s_texts = [s["text"] for s in statements]
    a_texts = [a["text"] for a in articles]
    s_rate, a_rate = best_rate(s_texts, rounds), best_rate(a_texts, rounds)
    chars = sum(map(len, a_texts)) / len(a_texts)
    megabyte = "7" * 1_000_000
    began = time.perf_counter()
    find_statistics(megabyte)
    mb_seconds = time.perf_counter() - began
    return "\n".join([
        (f"Python {platform.python_version()}, one process on this machine, best of {rounds} "
         "passes."),
        "",
        "| input | texts | throughput |",
        "|---|---|---|",
        (f"| own statements (tests/data/statistics) | {len(s_texts)} "
         f"| **{s_rate:,.0f} statements/s** |"),
        (f"| sample-corpus gold bodies (mean {chars:,.0f} chars) | {len(a_texts)} "
         f"| {a_rate:,.0f} articles/s |"),
        f"| one megabyte of digits (bad input) | 1 | {mb_seconds:.2f} s |",
        "",
        f"Precision/recall on the sample-corpus gold ({len(articles)} articles):",
        "",
        *pr_table(score(articles, lambda a: a["expected"])),
        "",
        (f"Precision/recall on the own statements ({len(statements)}, "
         f"{sum(1 for s in statements if not s['expected'])} of them traps with no statistic):"),
        "",
        *pr_table(score(statements, lambda s: s["expected"])),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--write", type=Path, help="update the Statistics section of this file")
    args = parser.parse_args()
    body = report(args.rounds)
    print(body)
    if args.write:
        write_section(args.write, "statistics", body, heading=HEADING, intro=(
            "`bench/statistics.py` (pipelines/statistics). Reproduce with "
             "`.venv/bin/python bench/statistics.py --write docs/benchmarks.md`; the text between "
             "the markers is rewritten by that command."))


if __name__ == "__main__":
    main()
