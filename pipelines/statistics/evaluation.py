"""Precision and recall per kind against gold statistics (corpus FORMAT.md shape).

A found statistic matches a gold one when kind and text agree and so do the value (exactly)
and the unit, or, for documents, doc_type, number, issued and issuer. Gold that gives the
fields of the statistic forms (sense, per, low, high, denominator) on any item of a text has
them compared for every statistic of that text; gold written before those fields existed (the
sample corpus) is scored as it was. Offsets are not compared: gold lists texts, and a text
that occurs twice is listed twice (corpus README 3).
Used by the quality-gate tests and by bench/statistics.py.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("quantity", "money", "percent", "document")
_FIELDS = {
    "quantity": ("value", "unit"),
    "money": ("value", "unit"),
    "percent": ("value",),
    "document": ("doc_type", "number", "issued", "issuer"),
}
FORM_FIELDS = ("sense", "per", "low", "high", "denominator")


def match_key(stat: Mapping[str, Any], forms: tuple[str, ...] = ()) -> tuple[Any, ...]:
    """What must agree; ``forms`` adds those fields for quantities, money and percents."""
    kind = stat["kind"]
    fields = _FIELDS.get(kind, ())
    if kind != "document":
        fields = (*fields, *forms)
    return (kind, stat["text"], *(stat.get(f) for f in fields))


def declared_forms(expected: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """The form fields this gold gives on any of its items."""
    given = {f for stat in expected for f in FORM_FIELDS if f in stat}
    return tuple(f for f in FORM_FIELDS if f in given)


@dataclass
class Score:
    true_positive: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    extras: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def add(self, where: str, expected: Iterable[Mapping[str, Any]],
            found: Iterable[Mapping[str, Any]]) -> None:
        expected = list(expected)
        forms = declared_forms(expected)
        want = Counter(match_key(s, forms) for s in expected)
        got = Counter(match_key(s, forms) for s in found)
        for k, n in want.items():
            self.expected[k[0]] += n
        for k, n in got.items():
            self.found[k[0]] += n
        for k, n in (want & got).items():
            self.true_positive[k[0]] += n
        self.misses.extend((where, k) for k in (want - got).elements())
        self.extras.extend((where, k) for k in (got - want).elements())

    def precision(self, kind: str) -> float:
        return self.true_positive[kind] / self.found[kind] if self.found[kind] else 1.0

    def recall(self, kind: str) -> float:
        return self.true_positive[kind] / self.expected[kind] if self.expected[kind] else 1.0

    def table(self) -> str:
        rows = [f"{'kind':<9} {'P':>6} {'R':>6}  tp/found/expected"]
        for kind in KINDS:
            rows.append(f"{kind:<9} {self.precision(kind):6.3f} {self.recall(kind):6.3f}  "
                        f"{self.true_positive[kind]}/{self.found[kind]}/{self.expected[kind]}")
        return "\n".join(rows)
