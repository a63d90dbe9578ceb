"""Vietnam's administrative units before and after 1 July 2025, read from a maintained package.

Units and codes are data, never a table typed here. The source is the ``vietnamadminunits``
package (MIT; see docs/places.md for why this one and where the other packages disagree):

- ``parser_legacy.json``: the 63 provinces, 696 districts and 10,035 communes in force until
  30 June 2025, with the statistics office's (GSO) codes and coordinates. Former names of
  communes merged in the 2023–2025 rounds are kept as folded keywords ("thuyhuong").
- ``parser_from_2025.json``: the 34 provinces and 3,321 communes from 1 July 2025.
- ``converter_2025.json``: which new commune took over each old commune, and for the 471 old
  communes split between several new ones, all of them with the package's default.

A unit's id is ``"<era>:<code>"`` ("old:314" is huyện Kiến Thụy, "new:11728" xã Kiến Hưng):
GSO codes are 2 (province), 3 (district) or 5 (commune) digits, unique within an era, and the
new list reuses old numbers for other territory, so the era is part of the identity.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipelines.text import fold, normalize_tone

SOURCE_PACKAGE = "vietnamadminunits"

LEVELS = ("province", "district", "commune")

# The level words of the package's unit types, lowercase ("Thành phố" is a province when it is
# centrally governed and a district otherwise: the level, not the word, tells them apart).
_TYPE_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "phường",
               "xã", "thủ đô")


class GazetteerError(RuntimeError):
    """The units package is missing or its data is not in the shape this module reads."""


@dataclass(frozen=True, eq=False)
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
    latitude: float | None = None
    longitude: float | None = None
    former_keys: tuple[str, ...] = ()  # folded former names merged into it ("thuyhuong")

    @property
    def id(self) -> str:
        return f"{self.era}:{self.code}"

    @property
    def full_name(self) -> str:
        return f"{self.type[:1].upper()}{self.type[1:]} {self.name}"


@dataclass(frozen=True)
class Successor:
    """Old unit → a new unit that took over (part of) its territory."""

    old_id: str
    new_id: str
    whole: bool  # the old unit went entirely into this new one
    default: bool  # the package's choice when the old unit was split (its largest share)


@dataclass
class Gazetteer:
    """Every unit of both eras, the old→new succession, and name indexes for recognition."""

    version: str  # "vietnamadminunits 1.0.4"
    units: dict[str, Unit]
    successors: list[Successor]
    by_key: dict[str, list[Unit]] = field(default_factory=dict)  # name_key → units
    by_folded: dict[str, list[Unit]] = field(default_factory=dict)  # folded, spaceless → units
    by_former: dict[str, list[Unit]] = field(default_factory=dict)  # folded former name → units
    children: dict[str, list[Unit]] = field(default_factory=dict)  # old district id → communes
    successors_of: dict[str, list[Successor]] = field(default_factory=dict)
    predecessors_of: dict[str, list[Successor]] = field(default_factory=dict)
    max_tokens: int = 1

    def __post_init__(self) -> None:
        for unit in self.units.values():
            self.by_key.setdefault(name_key(unit.name), []).append(unit)
            self.by_folded.setdefault(folded_key(unit.name), []).append(unit)
            for former in unit.former_keys:
                self.by_former.setdefault(former, []).append(unit)
            if unit.district_code:
                self.children.setdefault(f"old:{unit.district_code}", []).append(unit)
            self.max_tokens = max(self.max_tokens, len(name_key(unit.name).split()))
        for link in self.successors:
            self.successors_of.setdefault(link.old_id, []).append(link)
            self.predecessors_of.setdefault(link.new_id, []).append(link)

    def unit(self, unit_id: str) -> Unit:
        return self.units[unit_id]

    def of(self, era: str, level: str) -> Iterator[Unit]:
        return (u for u in self.units.values() if u.era == era and u.level == level)

    def province_of(self, unit: Unit) -> Unit:
        return self.units[f"{unit.era}:{unit.province_code}"]

    def new_province_codes(self, unit: Unit) -> set[str]:
        """The new provinces an old unit's territory went to (its own, for a new unit)."""
        if unit.era == "new":
            return {unit.province_code}
        return {self.units[s.new_id].province_code for s in self.successors_of.get(unit.id, ())}

    def default_successor(self, unit: Unit) -> Unit | None:
        """The new unit an old one is "now": the only successor, or the package's default
        where it was split; None for a district (many communes) and for new units."""
        links = self.successors_of.get(unit.id, [])
        if unit.era == "new" or unit.level == "district" or not links:
            return None
        chosen = links[0] if len(links) == 1 else next((s for s in links if s.default), None)
        return self.units[chosen.new_id] if chosen else None


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


# -- loading ---------------------------------------------------------------------------------

def _data_dir() -> Path:
    # find_spec locates the package without importing it: its __init__ pulls in shapely and
    # geopy for address geocoding, which recognition never needs.
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the {SOURCE_PACKAGE} package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _type_of(full_name: str, short: str) -> str:
    prefix = full_name[: len(full_name) - len(short)].strip().lower() if full_name.endswith(
        short) else ""
    if prefix not in _TYPE_WORDS:
        prefix = next((w for w in _TYPE_WORDS if full_name.lower().startswith(w + " ")), "")
    if not prefix:
        raise GazetteerError(f"no level word in {full_name!r}")
    return "thành phố" if prefix == "thủ đô" else prefix


def _short(name: str, type_word: str) -> str:
    """The package spells numbered units with their level word ("Quận 1", "Phường 15"): the
    name proper is the number, as "quận 1" reads in text."""
    words = name.split(" ", 1)
    if len(words) == 2 and words[0].lower() == type_word.split()[-1] and words[1][:1].isdigit():
        return words[1]
    return name


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and value == value else None


def _code(value: object) -> str | None:
    return value if isinstance(value, str) and value.isdigit() else None


def _ward_dicts(data: dict, names: Iterable[str]) -> Iterator[tuple[str, str, str, dict]]:
    """(province key, district key or "", ward key, ward) from the package's nested dicts."""
    for name in names:
        for province_key, inner in data.get(name, {}).items():
            for key, value in inner.items():
                if "ward" in value:  # 34-province form: province → ward
                    yield province_key, "", key, value
                else:  # 63-province form: province → district → ward
                    for ward_key, ward in value.items():
                        yield province_key, key, ward_key, ward


def _old_units(legacy: dict) -> tuple[dict[str, Unit], dict[str, Unit]]:
    """Units of the old era, and the converter's "province_district_ward" key → unit."""
    units: dict[str, Unit] = {}
    by_converter_key: dict[str, Unit] = {}
    for province_key, p in legacy["DICT_PROVINCE"].items():
        province = Unit("old", "province", p["provinceCode"], p["provinceShort"],
                        _type_of(p["province"], p["provinceShort"]), p["provinceCode"],
                        latitude=_float(p.get("provinceLat")),
                        longitude=_float(p.get("provinceLon")))
        units[province.id] = province
        for district_key, d in legacy["DICT_PROVINCE_DISTRICT"].get(province_key, {}).items():
            district = Unit("old", "district", d["districtCode"],
                            _short(d["districtShort"], d["districtType"].lower()),
                            d["districtType"].lower(), province.code,
                            latitude=_float(d.get("districtLat")),
                            longitude=_float(d.get("districtLon")))
            units[district.id] = district
            # Island districts have no communes: the converter maps the district itself.
            by_converter_key[f"{province_key}_{district_key}_"] = district
    districts = {(pk, dk): units[f"old:{d['districtCode']}"]
                 for pk, ds in legacy["DICT_PROVINCE_DISTRICT"].items() for dk, d in ds.items()}
    for province_key, district_key, ward_key, w in _ward_dicts(legacy, (
            "DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED", "DICT_PROVINCE_DISTRICT_WARD_ACCENTED")):
        code = _code(w.get("wardCode"))
        if code is None:  # the island districts' placeholder row
            continue
        district = districts[(province_key, district_key)]
        own = {folded_key(w["wardShort"]), folded_key(w["ward"])}
        former = tuple(sorted({k for k in w.get("wardKeywords", ()) if k.isascii()} - own))
        unit = Unit("old", "commune", code, _short(w["wardShort"], w["wardType"].lower()),
                    w["wardType"].lower(),
                    district.province_code, district.code, _float(w.get("wardLat")),
                    _float(w.get("wardLon")), former_keys=former)
        units.setdefault(unit.id, unit)
        by_converter_key[f"{province_key}_{district_key}_{ward_key}"] = units[unit.id]
    return units, by_converter_key


def _new_units(current: dict) -> tuple[dict[str, Unit], dict[tuple[str, str], Unit]]:
    units: dict[str, Unit] = {}
    by_key: dict[tuple[str, str], Unit] = {}
    for p in current["DICT_PROVINCE"].values():
        province = Unit("new", "province", p["provinceCode"], p["provinceShort"],
                        _type_of(p["province"], p["provinceShort"]), p["provinceCode"],
                        latitude=_float(p.get("provinceLat")),
                        longitude=_float(p.get("provinceLon")))
        units[province.id] = province
    codes = {k: p["provinceCode"] for k, p in current["DICT_PROVINCE"].items()}
    for province_key, _, ward_key, w in _ward_dicts(current, (
            "DICT_PROVINCE_WARD_NO_ACCENTED", "DICT_PROVINCE_WARD_ACCENTED")):
        code = w["wardCode"]
        unit = Unit("new", "commune", code, _short(w["wardShort"], w["wardType"].lower()),
                    w["wardType"].lower(),
                    codes[province_key], latitude=_float(w.get("wardLat")),
                    longitude=_float(w.get("wardLon")))
        units.setdefault(unit.id, unit)
        by_key[(province_key, ward_key)] = units[unit.id]
    return units, by_key


def _successors(converter: dict, old_by_key: dict[str, Unit],
                new_by_key: dict[tuple[str, str], Unit], new_provinces: dict[str, Unit],
                old_units: dict[str, Unit]) -> list[Successor]:
    links: dict[tuple[str, str], Successor] = {}
    for province_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, old_keys in wards.items():
            new = new_by_key[(province_key, ward_key)]
            for old_key in old_keys:
                old = old_by_key[old_key]
                links[(old.id, new.id)] = Successor(old.id, new.id, True, True)
    for province_key, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in olds.items():
            old = old_by_key[old_key]
            for part in parts:
                new = new_by_key[(province_key, part["newWardKey"])]
                links[(old.id, new.id)] = Successor(old.id, new.id, False,
                                                    bool(part["isDefaultNewWard"]))
    # A district's territory went to the new communes its communes went to; a province's to
    # the new province that absorbed it. Derived here so researchers can join on one table.
    by_district: dict[str, set[str]] = defaultdict(set)
    for (old_id, new_id) in list(links):
        old = old_units[old_id]
        if old.level == "commune":
            by_district[f"old:{old.district_code}"].add(new_id)
    for district_id, new_ids in by_district.items():
        for new_id in new_ids:
            links.setdefault((district_id, new_id), Successor(district_id, new_id, False, False))
    old_province_keys = {}
    for old_key, old in old_by_key.items():
        old_province_keys.setdefault(old_key.split("_")[0], old.province_code)
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        new = new_provinces[new_key]
        for old_key in old_keys:
            old_id = f"old:{old_province_keys[old_key]}"
            links[(old_id, new.id)] = Successor(old_id, new.id, True, True)
    return list(links.values())


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (about 0.3 s)."""
    directory = _data_dir()
    try:
        legacy = json.loads((directory / "parser_legacy.json").read_text(encoding="utf-8"))
        current = json.loads((directory / "parser_from_2025.json").read_text(encoding="utf-8"))
        converter = json.loads((directory / "converter_2025.json").read_text(encoding="utf-8"))
        version = importlib.metadata.version(SOURCE_PACKAGE)
    except (OSError, ValueError, importlib.metadata.PackageNotFoundError) as exc:
        raise GazetteerError(f"cannot read the {SOURCE_PACKAGE} data: {exc}") from exc
    try:
        old_units, old_by_key = _old_units(legacy)
        new_units, new_by_key = _new_units(current)
        new_provinces = {k: new_units[f"new:{p['provinceCode']}"]
                         for k, p in current["DICT_PROVINCE"].items()}
        successors = _successors(converter, old_by_key, new_by_key, new_provinces, old_units)
    except (KeyError, TypeError) as exc:
        raise GazetteerError(f"{SOURCE_PACKAGE} data not in the expected shape: {exc!r}") from exc
    return Gazetteer(f"{SOURCE_PACKAGE} {version}", {**old_units, **new_units}, successors)
