"""Read the units of both eras from the ``vietnamadminunits`` package's data files.

The source is the ``vietnamadminunits`` package (MIT; see docs/places.md for why this one and
where the other packages disagree):

- ``parser_legacy.json``: the 63 provinces, 696 districts and 10,035 communes in force until
  30 June 2025, with the statistics office's (GSO) codes and coordinates. Former names of
  communes merged in the 2023–2025 rounds are kept as folded keywords ("thuyhuong").
- ``parser_from_2025.json``: the 34 provinces and 3,321 communes from 1 July 2025.
- ``converter_2025.json``: which new commune took over each old commune, and for the 471 old
  communes split between several new ones, all of them with the package's default.

Parsing these 4 MB of JSON costs a process some 2 s and 30 MiB it never gives back, so only
``pipelines.places.units_cache`` calls this, in a process of its own, once per package version;
everything else reads the compact cache it writes.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.places.gazetteer import GazetteerError, Successor, Unit, folded_key

SOURCE_PACKAGE = "vietnamadminunits"
DATA_FILES = ("parser_legacy.json", "parser_from_2025.json", "converter_2025.json")

# The level words of the package's unit types, lowercase ("Thành phố" is a province when it is
# centrally governed and a district otherwise: the level, not the word, tells them apart).
_TYPE_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "phường",
               "xã", "thủ đô")


@dataclass(frozen=True)
class PackageUnits:
    """Everything the package says about the units, in its own order."""

    version: str  # "vietnamadminunits 1.0.4"
    units: dict[str, Unit]  # id → unit: old era first, then new, as the package lists them
    successors: list[Successor]
    coordinates: dict[str, tuple[float | None, float | None]]  # id → (latitude, longitude)


def data_dir() -> Path:
    # find_spec locates the package without importing it: its __init__ pulls in shapely and
    # geopy for address geocoding, which recognition never needs.
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the {SOURCE_PACKAGE} package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def package_version() -> str:
    try:
        return f"{SOURCE_PACKAGE} {importlib.metadata.version(SOURCE_PACKAGE)}"
    except importlib.metadata.PackageNotFoundError as exc:
        raise GazetteerError(f"the {SOURCE_PACKAGE} package is not installed") from exc


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


def _ward_dicts(data: dict[str, Any],
                names: Iterable[str]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(province key, district key or "", ward key, ward) from the package's nested dicts."""
    for name in names:
        for province_key, inner in data.get(name, {}).items():
            for key, value in inner.items():
                if "ward" in value:  # 34-province form: province → ward
                    yield province_key, "", key, value
                else:  # 63-province form: province → district → ward
                    for ward_key, ward in value.items():
                        yield province_key, key, ward_key, ward


Coordinates = dict[str, tuple[float | None, float | None]]


def _old_units(legacy: dict[str, Any],
               where: Coordinates) -> tuple[dict[str, Unit], dict[str, Unit]]:
    """Units of the old era, and the converter's "province_district_ward" key → unit."""
    units: dict[str, Unit] = {}
    by_converter_key: dict[str, Unit] = {}
    for province_key, p in legacy["DICT_PROVINCE"].items():
        province = Unit("old", "province", p["provinceCode"], p["provinceShort"],
                        _type_of(p["province"], p["provinceShort"]), p["provinceCode"])
        units[province.id] = province
        where[province.id] = (_float(p.get("provinceLat")), _float(p.get("provinceLon")))
        for district_key, d in legacy["DICT_PROVINCE_DISTRICT"].get(province_key, {}).items():
            district = Unit("old", "district", d["districtCode"],
                            _short(d["districtShort"], d["districtType"].lower()),
                            d["districtType"].lower(), province.code)
            units[district.id] = district
            where[district.id] = (_float(d.get("districtLat")), _float(d.get("districtLon")))
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
                    w["wardType"].lower(), district.province_code, district.code,
                    former_keys=former)
        if unit.id not in units:
            units[unit.id] = unit
            where[unit.id] = (_float(w.get("wardLat")), _float(w.get("wardLon")))
        by_converter_key[f"{province_key}_{district_key}_{ward_key}"] = units[unit.id]
    return units, by_converter_key


def _new_units(current: dict[str, Any], where: Coordinates
               ) -> tuple[dict[str, Unit], dict[tuple[str, str], Unit]]:
    units: dict[str, Unit] = {}
    by_key: dict[tuple[str, str], Unit] = {}
    for p in current["DICT_PROVINCE"].values():
        province = Unit("new", "province", p["provinceCode"], p["provinceShort"],
                        _type_of(p["province"], p["provinceShort"]), p["provinceCode"])
        units[province.id] = province
        where[province.id] = (_float(p.get("provinceLat")), _float(p.get("provinceLon")))
    codes = {k: p["provinceCode"] for k, p in current["DICT_PROVINCE"].items()}
    for province_key, _, ward_key, w in _ward_dicts(current, (
            "DICT_PROVINCE_WARD_NO_ACCENTED", "DICT_PROVINCE_WARD_ACCENTED")):
        unit = Unit("new", "commune", w["wardCode"],
                    _short(w["wardShort"], w["wardType"].lower()), w["wardType"].lower(),
                    codes[province_key])
        if unit.id not in units:
            units[unit.id] = unit
            where[unit.id] = (_float(w.get("wardLat")), _float(w.get("wardLon")))
        by_key[(province_key, ward_key)] = units[unit.id]
    return units, by_key


def _successors(converter: dict[str, Any], old_by_key: dict[str, Unit],
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
        for new_id in sorted(new_ids):  # sorted: a set's order changes with every process
            links.setdefault((district_id, new_id), Successor(district_id, new_id, False, False))
    old_province_keys: dict[str, str] = {}
    for old_key, old in old_by_key.items():
        old_province_keys.setdefault(old_key.split("_")[0], old.province_code)
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        new = new_provinces[new_key]
        for old_key in old_keys:
            old_id = f"old:{old_province_keys[old_key]}"
            links[(old_id, new.id)] = Successor(old_id, new.id, True, True)
    return list(links.values())


def read_package() -> PackageUnits:
    """Every unit of both eras, the succession and the coordinates, from the package's files."""
    directory = data_dir()
    try:
        legacy, current, converter = (json.loads((directory / name).read_text(encoding="utf-8"))
                                      for name in DATA_FILES)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read the {SOURCE_PACKAGE} data: {exc}") from exc
    coordinates: Coordinates = {}
    try:
        old_units, old_by_key = _old_units(legacy, coordinates)
        new_units, new_by_key = _new_units(current, coordinates)
        new_provinces = {k: new_units[f"new:{p['provinceCode']}"]
                         for k, p in current["DICT_PROVINCE"].items()}
        successors = _successors(converter, old_by_key, new_by_key, new_provinces, old_units)
    except (KeyError, TypeError) as exc:
        raise GazetteerError(f"{SOURCE_PACKAGE} data not in the expected shape: {exc!r}") from exc
    return PackageUnits(package_version(), {**old_units, **new_units}, successors, coordinates)
