"""Scoring extraction against gold files (shared/corpus/FORMAT.md): used by the quality-gate
tests and by ``bench/extraction.py``. Pure functions over files; no network."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .article import COUNTER_KEYS, Article

# The sample corpus's simulated hosts (its site.json has no base URL); fixtures name their own.
CORPUS_BASE_URLS = {"kienthuy": "https://kienthuy.haiphong.gov.vn", "tankhe": "https://tankhe.haiduong.gov.vn"}
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class GoldCase:
    id: str  # "<site>/<gold name>"
    site: str
    family: str | None
    html_path: Path
    url: str
    content_type: str | None
    gold: dict[str, Any]

    @property
    def body(self) -> str:
        return "\n\n".join(self.gold["body_paragraphs"])


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 over word tokens (case-folded), as in the article-extraction benchmarks."""
    p, e = Counter(tokens(predicted)), Counter(tokens(expected))
    if not p and not e:
        return 1.0
    common = sum((p & e).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(e.values())
    return 2 * precision * recall / (precision + recall)


def iter_gold(site_dir: Path) -> Iterator[GoldCase]:
    """Every gold file of one corpus-format site folder, resolved to its HTML file and URL."""
    meta = json.loads((site_dir / "site.json").read_text(encoding="utf-8"))
    site = meta.get("id", site_dir.name)
    base = meta.get("base_url") or CORPUS_BASE_URLS.get(site) or f"https://{site}.example.gov.vn"
    manifest = {e["path"]: e
                for e in json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))}
    for gold_file in sorted((site_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        entry = manifest[gold["path"]]
        yield GoldCase(
            id=f"{site}/{gold_file.stem}", site=site, family=meta.get("family"),
            html_path=site_dir / entry["file"], url=base + gold["path"],
            content_type=entry.get("content_type"), gold=gold,
        )


def iter_gold_dirs(*roots: Path) -> Iterator[GoldCase]:
    for root in roots:
        for site_dir in sorted(p for p in root.iterdir()
                               if (p / "site.json").is_file() and (p / "gold").is_dir()):
            yield from iter_gold(site_dir)


def compare(article: Article, case: GoldCase) -> dict[str, object]:
    """Per-field verdicts for one page: True/False, and the body F1 as a float."""
    g = case.gold
    body = article.body_text
    expected_counter = g.get("visitor_counter")
    if expected_counter is not None:
        expected_counter = {k: expected_counter.get(k) for k in COUNTER_KEYS}
    got_attach = sorted((urljoin(case.url, a.url), a.name) for a in article.attachments)
    want_attach = sorted((urljoin(case.url, a["url"]), a["name"]) for a in g.get("attachments", []))
    return {
        "title": article.title == g["title"],
        "published": article.published == g.get("published"),
        "author": article.author == g.get("author"),
        "category": article.category == g.get("category"),
        "body_f1": token_f1(body, case.body),
        "no_boilerplate": not [s for s in g.get("must_not_contain", []) if s in body],
        "visitor_counter": article.visitor_counter == expected_counter,
        "attachments": got_attach == want_attach,
        "is_article": article.is_article,
    }
