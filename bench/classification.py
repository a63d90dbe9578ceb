"""Article or not: ours next to the peers' own readability checks, page by page and by crawl.

    .venv/bin/python bench/classification.py                 # page-level table (all corpus pages)
    .venv/bin/python bench/classification.py --crawl         # + crawl each hold-out portal
    .venv/bin/python bench/classification.py --write docs/benchmarks.md

Pages: every HTML page of sample_portals/, tests/fixtures/ and tests/portals/ (articles are the
pages with a gold file; every other page, listings and home pages included, is not an article).
Each tool sees the same raw bytes and URL; "article" is the positive class.

Peers, each judged by the check it offers for "is this a readable article":
- trafilatura ``is_probably_readerable`` (its port of Mozilla Readability's isProbablyReaderable);
- trafilatura ``extract`` returning a text at all (it gives None below its minimum extracted size);
- readability-lxml ``Document.summary()`` holding at least 250 characters of text (its own
  ``retry_length``: below that it judges its first pass to have missed the article).

``--crawl`` crawls each tests/portals/ site by ``--start-url`` (served on 127.0.0.1) and scores
the stored articles against the gold: what a user of ``crawl --start-url`` gets.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from bench.report_section import write_section  # noqa: E402
from pipelines.analyse import analyse_page  # noqa: E402
from pipelines.extract import ExtractionError  # noqa: E402
from pipelines.extract.evaluation import CORPUS_BASE_URLS  # noqa: E402

CORPORA = {"sample corpus": ROOT / "sample_portals", "fixtures": ROOT / "tests" / "fixtures",
           "hold-out portals": ROOT / "tests" / "portals"}


@dataclass(frozen=True)
class Page:
    corpus: str
    site: str
    path: str
    url: str
    file: Path
    content_type: str | None
    article: bool
    page_class: str | None  # the manifest's label (hold-out portals), else None


def site_pages(corpus: str, site_dir: Path) -> Iterator[Page]:
    meta = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
    site = meta.get("id", site_dir.name)
    base = meta.get("base_url") or CORPUS_BASE_URLS.get(site) or f"https://{site}.example.gov.vn"
    golds = {json.loads(g.read_text(encoding="utf-8"))["path"]
             for g in (site_dir / "gold").glob("*.json")}
    for entry in json.loads((site_dir / "manifest.json").read_text(encoding="utf-8")):
        if "text/html" not in (entry.get("content_type") or "") or "file" not in entry:
            continue
        # A page of another site the same host serves (a province platform's own news, a
        # sibling commune's site: ``other_site``) has no gold here; alone it is what its own
        # site makes it, a story of that site included.
        article = entry["path"] in golds or (
            "other_site" in entry and entry.get("page_class") == "article")
        yield Page(corpus, site, entry["path"], base + entry["path"], site_dir / entry["file"],
                   entry.get("content_type"), article, entry.get("page_class"))


def corpus_pages() -> list[Page]:
    pages = []
    for corpus, root in CORPORA.items():
        for site_dir in sorted(p for p in root.iterdir() if (p / "manifest.json").is_file()):
            pages.extend(site_pages(corpus, site_dir))
    return pages


# -- the judges ------------------------------------------------------------------------------

Judge = Callable[[Page], bool]


def ours(page: Page) -> bool:
    try:
        return analyse_page(page.file.read_bytes(), page.url,
                            content_type=page.content_type).is_article
    except ExtractionError:
        return False


def trafilatura_readerable(page: Page) -> bool:
    from trafilatura.readability_lxml import is_probably_readerable
    from trafilatura.utils import load_html

    tree = load_html(page.file.read_bytes())
    return tree is not None and bool(is_probably_readerable(tree))


def trafilatura_extracts(page: Page) -> bool:
    import trafilatura

    return trafilatura.extract(page.file.read_bytes(), url=page.url) is not None


def readability_summary(page: Page) -> bool:
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(page.file.read_bytes(), url=page.url).summary()
    except Exception:  # noqa: BLE001 — readability raises Unparseable on pages it cannot read
        return False
    return len(lxml_html.fromstring(summary).text_content().strip()) >= 250


def trafilatura_version() -> str:
    import trafilatura

    return trafilatura.__version__


JUDGES: dict[str, Judge] = {
    "ours (pipelines/analyse)": ours,
    f"trafilatura {trafilatura_version()} `is_probably_readerable`": trafilatura_readerable,
    f"trafilatura {trafilatura_version()} `extract` returns text": trafilatura_extracts,
    "readability-lxml `Document.summary()` ≥ 250 chars": readability_summary,
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, truth: bool, said: bool) -> None:
        if truth and said:
            self.tp += 1
        elif said:
            self.fp += 1
        elif truth:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def cell(self) -> str:
        return f"{self.precision:.3f} / {self.recall:.3f} ({self.fp} taken, {self.fn} missed)"


def page_table(pages: list[Page]) -> tuple[str, dict[str, list[str]]]:
    misses: dict[str, list[str]] = {}
    lines = ["| judge | " + " | ".join(CORPORA) + " |", "|---|" + "---|" * len(CORPORA)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, judge in JUDGES.items():
            scores = {c: Score() for c in CORPORA}
            for page in pages:
                said = judge(page)
                scores[page.corpus].add(page.article, said)
                if said != page.article:
                    kind = "FP" if said else "FN"
                    misses.setdefault(name, []).append(f"{page.site}{page.path} ({kind})")
            lines.append(f"| {name} | " + " | ".join(scores[c].cell() for c in CORPORA) + " |")
    return "\n".join(lines), misses


# -- the crawl hold-out ------------------------------------------------------------------------


def crawl_scores() -> str:
    import sqlite_utils

    from district_archive.portals.sample import serve_portal

    lines = [("| portal | template | pages fetched (HTML, 200) | gold articles "
              "| stored as articles | precision | recall |"), "|---|---|---|---|---|---|---|"]
    root = CORPORA["hold-out portals"]
    for site_dir in sorted(p for p in root.iterdir() if (p / "site.json").is_file()):
        meta = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
        base = meta["base_url"]
        gold = {base + json.loads(g.read_text(encoding="utf-8"))["path"]
                for g in (site_dir / "gold").glob("*.json")}
        served = serve_portal(site_dir)
        with tempfile.TemporaryDirectory() as tmp:
            db_path = Path(tmp) / "archive.db"
            try:
                subprocess.run([sys.executable, "-m", "district_archive.cli", "crawl",
                                "--start-url", served.start_url,
                                "--db", str(db_path), "--log-level", "ERROR",
                                *[a for v in served.resolve for a in ("--resolve", v)]],
                               check=True, capture_output=True, cwd=ROOT,
                               env={**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps(
                                   served.settings)} if served.settings else None)
            finally:
                served.stop()
            db = sqlite_utils.Database(db_path)
            stored = {r["url"] for r in db["articles"].rows}
            html = {r["url"] for r in db.query(
                "select url from pages where status = 200 and content_type like 'text/html%'")}
            db.close()
        score = Score()
        for url in html:
            score.add(url in gold, url in stored)
        lines.append(f"| {meta['id']} | {meta['template']} | {len(html)} | {len(gold)} "
                     f"| {len(stored)} | {score.precision:.3f} | {score.recall:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--crawl", action="store_true", help="also crawl each hold-out portal")
    parser.add_argument("--write", type=Path,
                        help="rewrite the marked section of this Markdown file")
    parser.add_argument("--misses", action="store_true",
                        help="list every page each judge got wrong")
    args = parser.parse_args()
    pages = corpus_pages()
    counts = {c: (sum(p.article for p in pages if p.corpus == c),
                  sum(not p.article for p in pages if p.corpus == c))
              for c in CORPORA}
    table, misses = page_table(pages)
    text = ("Every HTML page of the three corpora, article = has a gold file: "
            + "; ".join(f"{c} {a} articles + {n} other pages" for c, (a, n) in counts.items())
            + ". Article is the positive class; each cell is precision / recall (other pages taken "
            "for articles, articles missed).\n\n" + table)
    if args.crawl or args.write:
        text += ("\n\nCrawl by `--start-url` of each hold-out portal (tests/portals/, served on "
                 "127.0.0.1), stored articles against the gold:\n\n" + crawl_scores())
    print(text)
    if args.misses:
        for name, wrong in misses.items():
            print(f"\n{name}: {len(wrong)} wrong\n  " + "\n  ".join(wrong))
    if args.write:
        write_section(args.write, "classification", text)


if __name__ == "__main__":
    main()
