"""Original statements with their expected statistics: every rule and every trap.

tests/data/statistics/statements.json holds invented prose (no copied text), each statement
with the full list of statistics it holds, or none for a trap. A statement fails when any
statistic is missing, extra, or differs in kind, text, value, unit, qualifier or a document
field.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.statistics import find_statistics
from pipelines.statistics.evaluation import KINDS, Score

DATA = Path(__file__).resolve().parent / "data" / "statistics" / "statements.json"
STATEMENTS = json.loads(DATA.read_text(encoding="utf-8"))["statements"]
FLOOR = 0.95


def _comparable(found: dict, expected: dict) -> dict:
    return {k: found.get(k) for k in expected}


@pytest.mark.parametrize("statement", STATEMENTS, ids=[s["id"] for s in STATEMENTS])
def test_statement(statement: dict):
    text = statement["text"]
    found = [s.to_dict() for s in find_statistics(text)]
    expected = statement["expected"]
    assert len(found) == len(expected), (statement["rule"], found)
    assert [_comparable(f, e) for f, e in zip(found, expected, strict=True)] == expected, \
        (statement["rule"], found)
    for f in found:
        assert text[f["start"]:f["end"]] == f["text"]


def test_statements_cover_rules_and_traps():
    assert len(STATEMENTS) >= 150
    assert len({s["id"] for s in STATEMENTS}) == len(STATEMENTS)
    traps = [s for s in STATEMENTS if not s["expected"]]
    assert len(traps) >= 30
    kinds = {e["kind"] for s in STATEMENTS for e in s["expected"]}
    assert kinds == set(KINDS)


def test_statements_precision_recall(capsys):
    score = Score()
    for s in STATEMENTS:
        score.add(s["id"], s["expected"], [f.to_dict() for f in find_statistics(s["text"])])
    with capsys.disabled():
        print(f"\nstatistics vs own statements ({len(STATEMENTS)})\n{score.table()}")
    for kind in KINDS:
        assert score.precision(kind) >= FLOOR and score.recall(kind) >= FLOOR, kind
