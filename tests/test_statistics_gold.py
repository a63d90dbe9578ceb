"""Statistics against gold: the seed page exactly, and a quality gate over the sample corpus.

The seed page is ../shared/000_6bf632da32518cca.txt (copied to tests/data/statistics/), a real
Kiến Thụy portal page; its gold is sample_portals/kienthuy/gold/897215.json. The gate runs
find_statistics over "\\n\\n".join(body_paragraphs) of every gold article and fails when
precision or recall of a kind falls below its pinned floor (values exact; unit and document
fields exact).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.statistics import find_statistics
from pipelines.statistics.evaluation import KINDS, Score, match_key

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "sample_portals").glob("*/gold/*.json"))
SEED_GOLD = ROOT / "sample_portals" / "kienthuy" / "gold" / "897215.json"
SEED_PAGE = ROOT / "tests" / "data" / "statistics" / "seed_page.txt"

# The bar is 0.95 for every kind; the corpus currently scores 1.0 everywhere.
FLOORS = {"quantity": (0.95, 0.95), "money": (0.95, 0.95), "percent": (0.95, 0.95),
          "document": (0.95, 0.95)}


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _body(gold: dict) -> str:
    return "\n\n".join(gold["body_paragraphs"])


def test_seed_page_body_exactly():
    gold = _gold(SEED_GOLD)
    text = _body(gold)
    found = find_statistics(text)
    assert [match_key(s.to_dict()) for s in found] == [match_key(s) for s in gold["statistics"]]
    for s in found:
        assert text[s.start:s.end] == s.text
        assert s.text in s.sentence


def test_seed_page_as_plain_text_with_its_boilerplate():
    """The whole page as text (banner, repeated title, counter "Tất cả: 0"): the counter and
    the boilerplate add nothing, the body's statistics come out the same."""
    page = SEED_PAGE.read_text(encoding="utf-8")
    found = find_statistics(page)
    assert [match_key(s.to_dict()) for s in found] == [
        match_key(s) for s in _gold(SEED_GOLD)["statistics"]]
    assert all(page[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_article(path: Path):
    """Each article's statistics, named when one regresses."""
    gold = _gold(path)
    score = Score()
    score.add(path.stem, gold["statistics"], [s.to_dict() for s in find_statistics(_body(gold))])
    assert not score.misses, f"missing: {score.misses}"
    assert not score.extras, f"not in gold: {score.extras}"


def test_quality_gate_over_sample_corpus(capsys):
    score = Score()
    for path in GOLD_FILES:
        gold = _gold(path)
        score.add(path.stem, gold["statistics"],
                  [s.to_dict() for s in find_statistics(_body(gold))])
    with capsys.disabled():
        print(f"\nstatistics vs sample-corpus gold ({len(GOLD_FILES)} articles)\n{score.table()}")
    assert sum(score.expected.values()) >= 148          # the corpus README's count
    for kind in KINDS:
        p_floor, r_floor = FLOORS[kind]
        assert score.precision(kind) >= p_floor, (kind, score.extras)
        assert score.recall(kind) >= r_floor, (kind, score.misses)
