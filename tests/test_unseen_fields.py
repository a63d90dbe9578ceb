"""Quality gate over the extracted fields of the hold-out portals' gold articles (tests/portals/),
as tests/test_extract_golden.py's test_gold_gate gates the sample corpus: the portals gate which
pages are stored as articles (tests/test_unseen_portals.py); this gates what is read from them.

Floors are pinned at what the field rules reach (tests/portals/README.md, "Extraction fields of
the hold-out gold"), so a regression in any field fails. The set is the portals written so far,
by name: a portal added later pins nothing until its own figures are recorded (score it with
``compare`` as ``_verdicts`` does, and add it to ``GATED`` with the floors it reaches).

A story whose pager names further pages (``signals.story_pages``) is scored by
tests/test_story_copies.py joined, as the archive stores it; alone its first page holds part of
the gold's text, so it is left out here (thuankhe's three) and only counted.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import cast

from pipelines.extract import extract_article
from pipelines.extract.evaluation import GoldCase, compare, iter_gold_dirs

ROOT = Path(__file__).resolve().parent.parent
PORTALS = ROOT / "tests" / "portals"
GATED = frozenset({
    "binhkhe", "daokhe", "dankhe", "dongson", "hoakhe", "huongkhe", "lackhe", "lacvan", "lamkhe",
    "lienvan", "maikhe", "maivan", "namlien", "nghiakhe", "ngockhe", "ngoclam", "phuvan",
    "quekhe", "sonkhe", "trangkhe", "truckhe", "tungkhe", "vankhe", "yenkhe",
    # the six written after the field rules, their hold-out (README, "Extraction fields")
    "bichvan", "hanhkhe", "kimkhe", "locvan", "thuankhe", "tienkhe",
    # holdout8: a commune that inherited a district's news, a Sitefinity-style CMS (README)
    "catvan", "hakhe",
    # holdout9: a hashbang AJAX portal, a site-builder blog (README)
    "lamvan", "ngankhe",
    # holdout9b: a newsroom CMS with E-magazine and live blog, Drupal 7 (README)
    "doaivan", "thuykhe",
})
GATED_PAGES, STORIES_OVER_PAGES = 337, 3
FIELDS = ("title", "published", "author", "category", "no_boilerplate", "visitor_counter",
          "attachments")
# Failures allowed per field (before the field rules, the 24 first portals: published 8, author
# 31, category 67, no_boilerplate 3, attachments 6, body F1 < 0.98 on 11). The six hold-out
# portals at their first scoring: category 10 (bichvan 8, hanhkhe 2), visitor_counter 9
# (hanhkhe: the gold's), attachments 1 (bichvan), body F1 < 0.98 on 5 (locvan 3, bichvan 2);
# all passing since (README, "Extraction fields"). What is left: truckhe's notice (its file a
# Drive viewer in a frame, no link).
MAX_FAILURES = {"title": 0, "published": 0, "author": 0, "category": 0, "no_boilerplate": 0,
                "visitor_counter": 0, "attachments": 1}
MIN_PAGE_F1, MAX_PAGES_BELOW_F1 = 0.98, 0
MIN_MEAN_F1 = 0.999


def _verdicts(cases: list[GoldCase]) -> tuple[list[tuple[GoldCase, dict[str, object]]], int]:
    """Each case's verdict, and how many first pages of stories over pages were left out."""
    verdicts, paged = [], 0
    for c in cases:
        article = extract_article(c.html_path.read_bytes(), c.url, content_type=c.content_type,
                                  site=c.site)
        if article.signals.story_pages:
            paged += 1
            continue
        verdicts.append((c, compare(article, c)))
    return verdicts, paged


def test_hold_out_gold_fields_gate() -> None:
    cases = [c for c in iter_gold_dirs(PORTALS) if c.site in GATED]
    assert len(cases) == GATED_PAGES
    verdicts, paged = _verdicts(cases)
    assert paged == STORIES_OVER_PAGES
    failures = Counter(k for _, v in verdicts for k in FIELDS if v[k] is False)
    over = {k: (failures[k], allowed) for k, allowed in MAX_FAILURES.items()
            if failures[k] > allowed}
    failed_pages = {k: [c.id for c, v in verdicts if v[k] is False] for k in over}
    assert not over, f"fields failing on more pages than pinned (got, allowed): {over} " \
                     f"{failed_pages}"
    f1 = [cast(float, v["body_f1"]) for _, v in verdicts]
    below = [c.id for (c, _), x in zip(verdicts, f1, strict=True) if x < MIN_PAGE_F1]
    assert len(below) <= MAX_PAGES_BELOW_F1, f"body F1 < {MIN_PAGE_F1}: {below}"
    assert sum(f1) / len(f1) >= MIN_MEAN_F1, f"mean body F1 {sum(f1) / len(f1):.4f}"

