"""Numbers as Vietnamese readers write them, for HTML only (JSON and CSV keep the raw values).

Vietnamese groups thousands with a dot and writes decimals with a comma (TCVN 6909 and every
portal we archive: "1.315.520.000.000 đồng", "98,5%"). SQLite hands integral amounts back as
REAL (``137.0``); a reader sees ``137``.

Which cells are numbers to group: identifiers and offsets (``id``, ``*_id``, ``start``,
``end``, ``version``, ``status``, a ``year``) are shown as stored, because "12.345" as a row id
or "2.024" as a year would read as quantities.
"""
from __future__ import annotations

import fnmatch

#: Integer columns shown as stored (fnmatch patterns): keys, offsets, codes, HTTP statuses.
IDENTIFIER_COLUMNS = ("id", "*_id", "rowid", "pk", "start", "end", "version", "status",
                      "depth", "year", "port", "*_code", "code", "exit_status", "rank")
#: Unit codes as a Vietnamese reader names them.
UNIT_NAMES = {"VND": "đồng"}
MAX_DECIMALS = 4


def is_identifier(column: str) -> bool:
    return any(fnmatch.fnmatchcase(column, pattern) for pattern in IDENTIFIER_COLUMNS)


def vietnamese_number(value: float, max_decimals: int = MAX_DECIMALS) -> str:
    """``value`` with a dot between thousands and a decimal comma; an integral float without
    its ``.0``; at most ``max_decimals`` decimals, trailing zeros dropped.

    >>> vietnamese_number(1315520000000.0), vietnamese_number(137.0), vietnamese_number(98.5)
    ('1.315.520.000.000', '137', '98,5')
    """
    if float(value).is_integer():
        grouped = f"{int(value):,}"
        return grouped.replace(",", ".")
    text = f"{value:,.{max_decimals}f}".rstrip("0").rstrip(".")
    # swap the two marks: 1,234.5 -> 1.234,5
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def unit_name(unit: str | None) -> str | None:
    return UNIT_NAMES.get(unit, unit) if unit else unit


def with_unit(value: float | None, unit: str | None) -> str:
    """``1.315.520.000.000 đồng``, ``98,5 %``; empty for no value."""
    if value is None:
        return ""
    number = vietnamese_number(value)
    name = unit_name(unit)
    return f"{number} {name}" if name else number
