"""Vietnam's administrative units before and after 1 July 2025, as recognition needs them.

Units and codes are data, never a table typed here: they come from the ``vietnamadminunits``
package (``pipelines.places.package`` reads it) through a compact cache of it, one read-only
SQLite file (``pipelines.places.units_cache``). What recognition asks of every capitalised word,
whether it is a name at all, is answered in memory, from a sorted array of the names' hashes
(0.3 MiB for the three indexes; the names themselves as a dict took 3.5 MiB of every derive
process); a name's units and their successors are read from the file when a name first leads
to them, and kept. So a process loads the gazetteer in a tenth of a second and grows by less
than 1 MiB (parsing the package took 33 MiB; all 14,000 units as objects, 9).

A unit's id is ``"<era>:<code>"`` ("old:314" is huyện Kiến Thụy, "new:11728" xã Kiến Hưng):
GSO codes are 2 (province), 3 (district) or 5 (commune) digits, unique within an era, and the
new list reuses old numbers for other territory, so the era is part of the identity.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pipelines.text import fold, normalize_tone

LEVELS = ("province", "district", "commune")


class GazetteerError(RuntimeError):
    """The units package is missing or its data is not in the shape this module reads."""


@dataclass(frozen=True, eq=False, slots=True)
class Unit:
    """One administrative unit of one era. One object per unit in a gazetteer: compared and
    hashed by identity, which recognition does thousands of times an article."""

    era: str  # "old" (until 30 June 2025) or "new" (from 1 July 2025)
    level: str  # "province", "district" (old era only) or "commune" (xã, phường, thị trấn, đặc khu)
    code: str  # GSO code: 2, 3 or 5 digits
    name: str  # short name as the package spells it: "Kiến Thụy", "15"
    type: str  # lowercase level word: "huyện", "thành phố", "xã", "đặc khu", ...
    province_code: str
    district_code: str | None = None  # old communes: their district
    former_keys: tuple[str, ...] = ()  # folded former names merged into it ("thuyhuong")
    id: str = field(init=False)  # "old:314"

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", sys.intern(f"{self.era}:{self.code}"))

    @property
    def full_name(self) -> str:
        return f"{self.type[:1].upper()}{self.type[1:]} {self.name}"


@dataclass(frozen=True, slots=True)
class Successor:
    """Old unit → a new unit that took over (part of) its territory."""

    old_id: str
    new_id: str
    whole: bool  # the old unit went entirely into this new one
    default: bool  # the package's choice when the old unit was split (its largest share)


def default_successor_id(unit: Unit, links: tuple[Successor, ...]) -> str | None:
    """The new unit an old one is "now": the only successor, or the package's default where it
    was split; None for a district (many communes) and for new units."""
    if unit.era == "new" or unit.level == "district" or not links:
        return None
    chosen = links[0] if len(links) == 1 else next((s for s in links if s.default), None)
    return chosen.new_id if chosen else None


# A unit as its source gives it: era, level, code, name, type, province code, district code
# or None, former names (folded, space-separated).
UnitRow = tuple[str, str, str, str, str, str, "str | None", str]
# A successor link as its source gives it: old id, new id, whole, default.
LinkRow = tuple[str, str, int, int]


class UnitSource(Protocol):
    """Where a gazetteer reads the units (``pipelines.places.units_cache.CachedUnits``: the
    compact cache of the units package). Rows in the package's order."""

    version: str  # "vietnamadminunits 1.0.4"

    def name_keys(self) -> Iterator[tuple[str, str, str, str]]:
        """(id, name_key, folded_key, former names) of every unit."""

    def keys(self, index: str) -> Iterator[str]:
        """Every key of one name index (``NAME_INDEXES``), once per unit bearing it."""

    def ids_by_key(self, index: str, key: str) -> list[str]:
        """The ids of the units bearing ``key`` in one name index, in the package's order (a
        unit with a former name twice, twice)."""

    def unit_rows(self, unit_id: str | None = None, era: str | None = None,
                  level: str | None = None, province_code: str | None = None
                  ) -> list[UnitRow]: ...

    def link_rows(self, column: str, unit_id: str) -> list[LinkRow]:
        """The links whose ``column`` (old_id or new_id) is ``unit_id``."""

    def linked_ids(self, column: str) -> list[str]: ...

    def unit_count(self) -> int: ...


class Gazetteer:
    """Every unit of both eras and the old→new succession, over a ``UnitSource``.

    In memory from the start: three name indexes (name with diacritics, without, former
    names) → unit ids. Read on first use and kept: units (one object each, so identity
    comparison holds) and their successor links."""

    def __init__(self, source: UnitSource):
        self.source = source
        self.version = source.version
        self._units: dict[str, Unit] = {}
        self._named, self._unaccented, self._formerly = (
            _NameIndex(source, index) for index in NAME_INDEXES)
        self.max_tokens = max((len(key.split()) for key in source.keys(NAME_INDEXES[0])),
                              default=1)
        self.units: Mapping[str, Unit] = _Units(self)
        self.successors_of: Mapping[str, tuple[Successor, ...]] = _Links(source, "old_id")
        self.predecessors_of: Mapping[str, tuple[Successor, ...]] = _Links(source, "new_id")

    def _unit_of(self, row: UnitRow) -> Unit:
        """The one object of the unit a row describes."""
        era, level, code, name, type_word, province, district, former = row
        unit = self._units.get(f"{era}:{code}")
        if unit is None:
            intern = sys.intern
            unit = Unit(intern(era), intern(level), intern(code), intern(name),
                        intern(type_word), intern(province), district and intern(district),
                        tuple(intern(k) for k in former.split()))
            self._units[unit.id] = unit
        return unit

    def unit(self, unit_id: str) -> Unit:
        unit = self._units.get(unit_id)
        if unit is None:
            rows = self.source.unit_rows(unit_id)
            if not rows:
                raise KeyError(unit_id)
            unit = self._unit_of(rows[0])
        return unit

    def named(self, key: str) -> tuple[Unit, ...]:
        """Units whose name has this ``name_key``, in the package's order."""
        return self._named.units(key, self.unit)

    def unaccented(self, folded: str) -> tuple[Unit, ...]:
        """Units whose name has this ``folded_key`` (typed without diacritics)."""
        return self._unaccented.units(folded, self.unit)

    def formerly(self, folded: str) -> tuple[Unit, ...]:
        """Units a commune of this former name (``folded_key``) was merged into."""
        return self._formerly.units(folded, self.unit)

    def of(self, era: str, level: str, province_code: str | None = None) -> Iterator[Unit]:
        """The units of one era and level (of one province), in the package's order."""
        return map(self._unit_of, self.source.unit_rows(era=era, level=level,
                                                        province_code=province_code))

    def province_of(self, unit: Unit) -> Unit:
        return self.unit(f"{unit.era}:{unit.province_code}")

    def new_province_codes(self, unit: Unit) -> set[str]:
        """The new provinces an old unit's territory went to (its own, for a new unit)."""
        if unit.era == "new":
            return {unit.province_code}
        return {self.unit(s.new_id).province_code for s in self.successors_of.get(unit.id, ())}

    def default_successor(self, unit: Unit) -> Unit | None:
        """The new unit an old one is "now" (``default_successor_id``)."""
        chosen = default_successor_id(unit, self.successors_of.get(unit.id, ()))
        return self.unit(chosen) if chosen else None


# The name indexes of a ``UnitSource``: name with diacritics, without, former names.
NAME_INDEXES = ("name_key", "folded_key", "former_key")
_BITS_BYTES = 1 << 17  # a name index's bit filter: 128 KiB, a bit in ~1 % of them set
_BITS_MASK = _BITS_BYTES - 1


class _NameIndex:
    """Name key → the units bearing it. In memory from the start: the sorted hashes of the keys
    (8 bytes a name: most words of a body are no name, and are answered here); the ids of a key
    are read from the source when it is first asked for, and its units made and kept, as
    recognition asks the same names again and again. A hash shared by chance with a name only
    costs a read that finds no unit."""

    __slots__ = ("_bits", "_hashes", "_index", "_source", "_units")

    def __init__(self, source: UnitSource, index: str) -> None:
        self._source = source
        self._index = index
        self._hashes = array("q", sorted(map(hash, source.keys(index))))
        # One bit a hash's low bits choose, set for every key: most words that are no name
        # find theirs unset, a tenth of the binary search's cost (~1 % of them find it set).
        bits = bytearray(_BITS_BYTES)
        for h in self._hashes:
            bits[(h >> 3) & _BITS_MASK] |= 1 << (h & 7)
        self._bits = bytes(bits)
        self._units: dict[str, tuple[Unit, ...]] = {}

    def __contains__(self, key: str) -> bool:
        h = hash(key)
        if not self._bits[(h >> 3) & _BITS_MASK] >> (h & 7) & 1:
            return False
        hashes = self._hashes
        i = bisect_left(hashes, h)
        return i < len(hashes) and hashes[i] == h

    def units(self, key: str, unit: Callable[[str], Unit]) -> tuple[Unit, ...]:
        found = self._units.get(key)
        if found is None:
            if key not in self:
                return ()
            ids = self._source.ids_by_key(self._index, key)
            if not ids:
                return ()
            found = self._units[key] = tuple(map(unit, ids))
        return found


class _Units(Mapping[str, Unit]):
    """``Gazetteer.units``: id → unit, read on first use; iterates in the package's order."""

    def __init__(self, gazetteer: Gazetteer):
        self._gazetteer = gazetteer

    def __getitem__(self, unit_id: str) -> Unit:
        return self._gazetteer.unit(unit_id)

    def __iter__(self) -> Iterator[str]:
        return (unit_id for unit_id, _, _, _ in self._gazetteer.source.name_keys())

    def __len__(self) -> int:
        return self._gazetteer.source.unit_count()


class _Links(Mapping[str, tuple[Successor, ...]]):
    """``successors_of`` (by old id) or ``predecessors_of`` (by new id): a unit's links in the
    package's order, read on first use and kept (an empty tuple too: asked again, not read)."""

    def __init__(self, source: UnitSource, column: str):
        self._source = source
        self._column = column
        self._known: dict[str, tuple[Successor, ...]] = {}

    def _links(self, unit_id: str) -> tuple[Successor, ...]:
        links = self._known.get(unit_id)
        if links is None:
            intern = sys.intern
            links = self._known[unit_id] = tuple(
                Successor(intern(old), intern(new), bool(whole), bool(default))
                for old, new, whole, default in self._source.link_rows(self._column, unit_id))
        return links

    def __getitem__(self, unit_id: str) -> tuple[Successor, ...]:
        links = self._links(unit_id)
        if not links:
            raise KeyError(unit_id)
        return links

    def get(self, unit_id: str, default: Any = None) -> Any:  # asked per mention: no raising
        return self._links(unit_id) or default

    def __contains__(self, unit_id: object) -> bool:
        return isinstance(unit_id, str) and bool(self._links(unit_id))

    def __iter__(self) -> Iterator[str]:
        return iter(self._source.linked_ids(self._column))

    def __len__(self) -> int:
        return len(self._source.linked_ids(self._column))


# -- name keys -------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_NOT_NAME = re.compile(r"[^\w']+")


def name_key(text: str) -> str:
    """Comparison form of a name with its diacritics: lowercase, one tone placement, words
    joined by one space, dashes and other punctuation dropped ("Phan Rang - Tháp Chàm" →
    "phan rang tháp chàm"), typographic apostrophes straightened ("M’Drắk" → "m'drắk")."""
    text = normalize_tone(unicodedata.normalize("NFC", text)).translate(_APOSTROPHES).lower()
    return " ".join(_NOT_NAME.sub(" ", text).split())


def folded_key(text: str) -> str:
    """The package's keyword form: no diacritics, đ→d, no spaces or punctuation ("kienthuy")."""
    return re.sub(r"[^0-9a-z]", "", fold(text))
