"""Statistics of table cells whose unit is in the column header.

Budgets and beneficiary lists are tables: "Dự toán năm 2024 (triệu đồng)" over "412.600". The
cell alone has no unit, so the text finder rightly sees no statistic; read with its header it
is 412 600 triệu đồng. The unit phrase in brackets is interpreted by the same finder
(``find_statistics("412.600 triệu đồng")``), so the lexicon stays the one place that knows
units and scales. Rows are the " | "-joined lines of ``pipelines.documents.office``.
"""
from __future__ import annotations

import re
from typing import Any

from pipelines.statistics import find_statistics

from .office import CELL_SEPARATOR

_UNIT_IN_HEADER = re.compile(r"\(\s*([^()]{1,30}?)\s*\)\s*$")
_BARE_NUMBER = re.compile(r"^-?[0-9]{1,3}(?:\.[0-9]{3})*(?:,[0-9]+)?$|^-?[0-9]+(?:,[0-9]+)?$")


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """Cells of a row with their start offsets in the text."""
    out, pos = [], 0
    for cell in line.split(CELL_SEPARATOR):
        out.append((cell, offset + pos))
        pos += len(cell) + len(CELL_SEPARATOR)
    return out


def _header_units(cells: list[tuple[str, int]]) -> dict[int, str]:
    units = {}
    for column, (cell, _) in enumerate(cells):
        m = _UNIT_IN_HEADER.search(cell)
        if m and find_statistics(f"1 {m.group(1)}" if m.group(1) != "%" else "1%"):
            units[column] = m.group(1)
    return units


def header_unit_statistics(text: str) -> list[dict[str, Any]]:
    """Statistics of bare numbers under a header naming their unit, in the archive's shape
    (``text`` the cell, ``start``/``end`` into ``text``, ``sentence`` the row)."""
    found: list[dict[str, Any]] = []
    units: dict[int, str] = {}
    width = 0
    offset = 0
    for line in text.split("\n"):
        if CELL_SEPARATOR in line:
            cells = _cells(line, offset)
            header = _header_units(cells)
            if header:  # a header row starts a table (or a new one)
                units, width = header, len(cells)
            elif units and len(cells) == width:
                for column, unit in units.items():
                    cell, start = cells[column]
                    if _BARE_NUMBER.match(cell):
                        found.extend(_reading(cell, start, unit, line))
        elif line.strip():  # a paragraph between tables ends the table (blank lines do not)
            units = {}
        offset += len(line) + 1
    return found


def _reading(cell: str, start: int, unit: str, row: str) -> list[dict[str, Any]]:
    phrase = f"{cell}{unit}" if unit == "%" else f"{cell} {unit}"
    stats = [s for s in find_statistics(phrase) if s.start == 0 and s.kind != "document"]
    if not stats:
        return []
    stat = stats[0].to_dict()
    stat.update(text=cell, start=start, end=start + len(cell), sentence=row, qualifier=None)
    return [stat]
