"""Extraction benchmark: body F1 and throughput of ours next to well-kept peers, one run.

    .venv/bin/python bench/extraction.py [--rounds 5] [--write docs/benchmarks.md]
    .venv/bin/python bench/extraction.py --zyte /tmp/article-extraction-benchmark

Pages: every gold page of sample_portals/ and tests/fixtures/ (the same bytes for every tool).
Body F1 is bag-of-words token F1 against "\\n\\n".join(body_paragraphs); "clean" is the share of
pages whose body holds none of the page's must_not_contain strings; "title" the share of exact
titles. Throughput is pages per second over ``rounds`` passes, single process, after one warm-up
pass, on process CPU time (so that other work on the machine does not tilt the ratios); ratios are
to trafilatura. The bare lxml parse (whole-page text) is the floor: the cost of
parsing alone and the F1 of keeping everything.

``--zyte DIR`` also scores the generic path on Zyte's article-extraction-benchmark (a checkout of
github.com/scrapinghub/article-extraction-benchmark kept outside this repository) with that
benchmark's own metric (its ``evaluate.py``: 4-gram shingle F1 over ``articleBody``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, bench/ is first on sys.path, and bench/statistics.py (the statistics
# benchmark) would shadow the standard library's statistics module.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable  # noqa: E402

from bench.report_section import write_section  # noqa: E402
from pipelines.extract import ExtractionError, extract_article  # noqa: E402
from pipelines.extract.evaluation import GoldCase, iter_gold_dirs, token_f1  # noqa: E402

Extractor = Callable[[bytes, str], tuple[str, str | None]]  # -> (body text, title)


def ours(family: str | None) -> Extractor:
    def run(raw: bytes, url: str) -> tuple[str, str | None]:
        try:
            a = extract_article(raw, url, family=family)
        except ExtractionError:
            return "", None
        return a.body_text, a.title
    return run


def trafilatura_run(raw: bytes, url: str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    if not doc:
        return "", None
    return doc.text or "", doc.title


def readability_run(raw: bytes, url: str) -> tuple[str, str | None]:
    import lxml.html
    from readability import Document

    doc = Document(raw, url=url)
    summary = doc.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return text, doc.short_title()


def justext_run(raw: bytes, url: str) -> tuple[str, str | None]:
    import justext

    paragraphs = justext.justext(raw, justext.get_stoplist("Vietnamese"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate), None


def lxml_floor(raw: bytes, url: str) -> tuple[str, str | None]:
    import lxml.html

    root = lxml.html.document_fromstring(raw)
    return root.text_content(), None


TOOLS: dict[str, Extractor] = {
    "ours (profiles + generic)": ours(None),
    "ours, generic path only": ours("generic"),
    "trafilatura 2.3.1": trafilatura_run,
    "readability-lxml": readability_run,
    "jusText (Vietnamese stoplist)": justext_run,
    "bare lxml parse (floor)": lxml_floor,
}


def measure(cases: list[GoldCase], rounds: int) -> list[dict]:
    """Score every tool, then time them in interleaved passes on process CPU time, so that
    other work on the machine (tests, crawls) does not tilt the ratios."""
    pages = [(c, c.html_path.read_bytes()) for c in cases]
    cpu = dict.fromkeys(TOOLS, 0.0)
    # one pass that is also the warm-up
    outputs = {name: [fn(raw, c.url) for c, raw in pages] for name, fn in TOOLS.items()}
    for _ in range(rounds):
        for name, fn in TOOLS.items():
            start = time.process_time()
            for c, raw in pages:
                fn(raw, c.url)
            cpu[name] += time.process_time() - start
    rows = []
    for name in TOOLS:
        out = outputs[name]
        pairs = list(zip(out, pages, strict=True))
        f1s = [token_f1(text, c.body) for (text, _), (c, _) in pairs]
        clean = [not any(s in text for s in c.gold.get("must_not_contain", []))
                 for (text, _), (c, _) in pairs]
        titles = [t is not None and t.strip() == c.gold["title"] for (_, t), (c, _) in pairs]
        has_title = any(t is not None for _, t in out)
        rows.append({"tool": name, "mean_f1": statistics.mean(f1s), "min_f1": min(f1s),
                     "clean": sum(clean) / len(clean),
                     "title": sum(titles) / len(titles) if has_title else None,
                     "pages_per_s": rounds * len(pages) / cpu[name]})
    return rows


def table(rows: list[dict], n_pages: int, rounds: int) -> str:
    ref = next(r for r in rows if r["tool"].startswith("trafilatura"))
    lines = [
        (f"{n_pages} gold pages (18 sample-corpus + {n_pages - 18} modelled fixtures), {rounds} "
         "interleaved timed passes, pages per CPU-second of one process. Ratios are to "
         "trafilatura."),
        "",
        ("| extractor | mean body F1 | min F1 | pages free of boilerplate | title exact | pages/s "
         "| speed vs trafilatura |"),
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        title = f"{r['title']:.0%}" if r["title"] is not None else "—"
        lines.append(f"| {r['tool']} | {r['mean_f1']:.3f} | {r['min_f1']:.3f} | {r['clean']:.0%} "
                     f"| {title} | "
                     f"{r['pages_per_s']:.0f} | {r['pages_per_s'] / ref['pages_per_s']:.2f}× |")
    return "\n".join(lines)


# -- Zyte article-extraction-benchmark -------------------------------------------------------------

def zyte(bench_dir: Path) -> list[dict]:
    """Score on Zyte's benchmark with its own ``evaluate.py`` (4-gram shingle F1, loaded from the
    checkout, not copied here)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("aeb_evaluate", bench_dir / "evaluate.py")
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    truth = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {k: gzip.decompress((bench_dir / "html" / f"{k}.html.gz").read_bytes()) for k in truth}
    rows = []
    for name, fn in (("ours, generic path", ours("generic")),
                     ("trafilatura 2.3.1", trafilatura_run), ("readability-lxml", readability_run)):
        tp_fp_fns, elapsed = [], 0.0
        for key, item in truth.items():
            start = time.process_time()
            try:
                text, _ = fn(pages[key], item.get("url") or "https://example.com/")
            except Exception:  # noqa: BLE001 — a tool failing on a page scores zero there
                text = ""
            elapsed += time.process_time() - start
            tp_fp_fns.append(evaluate.string_shingle_matching(true=item.get("articleBody", ""),
                                                              pred=text))
        metrics = evaluate.metrics_from_tp_fp_fns(tp_fp_fns)
        rows.append({"tool": name, **metrics, "pages_per_s": len(truth) / elapsed})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--zyte", type=Path,
                    help="checkout of scrapinghub/article-extraction-benchmark")
    ap.add_argument("--write", type=Path,
                    help="update the Extraction section of this markdown file")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    cases = list(iter_gold_dirs(ROOT / "sample_portals", ROOT / "tests" / "fixtures"))
    out = [table(measure(cases, args.rounds), len(cases), args.rounds)]
    if args.zyte:
        rows = zyte(args.zyte)
        n_zyte = len(json.loads((args.zyte / "ground-truth.json").read_text()))
        out += ["", (f"Zyte article-extraction-benchmark ({n_zyte} pages, mostly English news), "
                     "scored by its own evaluate.py (articleBody 4-gram shingles); pages per "
                     "CPU-second:"), "",
                "| extractor | F1 | precision | recall | pages/s |", "|---|---|---|---|---|"]
        out += [f"| {r['tool']} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} "
                f"| {r['pages_per_s']:.0f} |" for r in rows]
    result = "\n".join(out)
    print(result)
    if args.write:
        write_section(args.write, "extraction", result)


if __name__ == "__main__":
    main()
