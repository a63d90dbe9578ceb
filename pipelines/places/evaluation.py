"""Score place recognition against hand-annotated mentions: the corpus gold's ``places`` key
(sample_portals/FORMAT.md) and the written sentences of tests/data/places/gold.json.

A gold mention is its name as written, its level and, for real places, the codes meant; the
scorer finds each name in the body in order. A found mention counts as right when its span and
level match a gold one; its codes are right when it resolved to the gold unit (or, for a gold
ambiguous mention, kept exactly the gold candidates). Gold mentions whose name is no unit of
that level anywhere (an invented district) are left out of recall: no gazetteer can find them.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipelines.places.gazetteer import folded_key, name_key
from pipelines.places.mentions import PlaceFinder, PlaceMention
from pipelines.places.sites import SiteUnits


@dataclass
class Score:
    found: int = 0  # mentions the finder returned
    correct: int = 0  # of those, span and level in the gold
    gold: int = 0  # gold mentions some unit of the gazetteer bears the name of
    recalled: int = 0  # of those, found
    coded: int = 0  # found real-place mentions with gold codes
    codes_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    @property
    def code_accuracy(self) -> float:
        return self.codes_right / self.coded if self.coded else 1.0

    def add(self, other: Score) -> None:
        for name in ("found", "correct", "gold", "recalled", "coded", "codes_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors


def locate(body: str, gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """The span of each gold mention: its name's next occurrence after the previous one."""
    spans, cursor = [], 0
    for mention in gold:
        start = body.find(mention["name"], cursor)
        if start < 0:
            raise ValueError(f"gold name {mention['name']!r} not in the body after {cursor}")
        spans.append((start, start + len(mention["name"])))
        cursor = start + len(mention["name"])
    return spans


def _nameable(finder: PlaceFinder, name: str, level: str) -> bool:
    g = finder.gazetteer
    units = g.named(name_key(name)) + g.formerly(folded_key(name))
    return any(u.level == level for u in units)


def _codes_right(finder: PlaceFinder, mention: PlaceMention, gold: Mapping[str, Any]) -> bool:
    if "ambiguous" in gold:
        return mention.ambiguous and sorted(u.code for u in mention.candidates) == sorted(
            gold["ambiguous"])
    if mention.ambiguous:
        return False
    item = mention.to_dicts(finder.gazetteer)[0]
    return all(item[f"{era}_code"] == gold[era] for era in ("old", "new") if era in gold)


def score_text(finder: PlaceFinder, body: str, site: SiteUnits, published: str | None,
               gold: Sequence[Mapping[str, Any]], *, label: str = "") -> Score:
    found = finder.find(body, site, published)
    spans = locate(body, gold)
    expected = dict(zip(spans, gold, strict=True))
    score = Score(found=len(found))
    hit: set[tuple[int, int]] = set()
    for mention in found:
        span = (mention.start, mention.end)
        want = expected.get(span)
        if want is None or want["level"] != mention.level:
            score.errors.append(f"{label}: spurious {mention.text!r} ({mention.level}) at "
                                f"{mention.start}")
            continue
        score.correct += 1
        hit.add(span)
        if "old" in want or "new" in want or "ambiguous" in want:  # a real unit's mention
            score.coded += 1
            if _codes_right(finder, mention, want):
                score.codes_right += 1
            else:
                got = [f"{u.id}" for u in mention.candidates]
                score.errors.append(f"{label}: {mention.text!r} resolved to {got}, gold {want}")
    for span, want in expected.items():
        if _nameable(finder, want["name"], want["level"]):
            score.gold += 1
            if span in hit:
                score.recalled += 1
            else:
                score.errors.append(f"{label}: missed {want['name']!r} ({want['level']}) at "
                                    f"{span[0]}")
    return score
