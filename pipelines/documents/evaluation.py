"""Scoring attachment extraction against tests/fixtures/documents/gold.json: used by the
quality-gate tests and by bench/documents.py. Pure functions over files; no network."""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.extract.evaluation import token_f1

__all__ = ["GoldDocument", "char_accuracy", "load_gold", "token_f1"]


@dataclass(frozen=True)
class GoldDocument:
    path: Path
    gold: dict

    @property
    def content_type(self) -> str:
        return self.gold["content_type"]

    @property
    def text(self) -> str:
        """The gold text: header, title, body (table rows as " | "-joined cells), signature."""
        g = self.gold
        if "text" in g:
            return "\n".join(g["text"])
        body = [" | ".join(p) if isinstance(p, list) else p for p in g["paragraphs"]]
        return "\n".join([*g["header_left"], *g["header_right"], *g["title"], *body,
                          *g["signature"]])


def load_gold(folder: Path) -> list[GoldDocument]:
    data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return [GoldDocument(folder / d["file"], d) for d in data["documents"]]


def char_accuracy(predicted: str, expected: str) -> float:
    """1 - character error rate over the texts with white space collapsed (OCR's measure)."""
    p = re.sub(r"\s+", " ", predicted).strip()
    e = re.sub(r"\s+", " ", expected).strip()
    if not e:
        return 1.0 if not p else 0.0
    matcher = difflib.SequenceMatcher(None, p, e, autojunk=False)
    edits = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes()
                if op != "equal")
    return max(0.0, 1 - edits / len(e))
