"""A site's administrative units before and after the reform, from its registry entry.

A district portal such as kienthuy.haiphong.gov.vn ("Cổng thông tin điện tử huyện Kiến Thụy",
province "Hải Phòng") was huyện Kiến Thụy (GSO 314) of Hải Phòng (31) until 30 June 2025; its
territory is now xã Kiến Thụy, Kiến Minh, Kiến Hải, Kiến Hưng and Nghi Dương of the new Hải
Phòng. The entry's name says the unit with its level word; the host's first label
(``kienthuy``) says it without diacritics when the name does not; the province comes from the
entry or the host's second label (``haiphong``).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from pipelines.places.gazetteer import Gazetteer, Unit, folded_key, name_key
from pipelines.places.units_cache import load_gazetteer

# Level word → level of the unit it names; "thành phố" names a province or a district.
LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "xã": ("commune",), "phường": ("commune",), "thị trấn": ("commune",),
    "đặc khu": ("commune",), "huyện": ("district",), "quận": ("district",),
    "thị xã": ("district",), "thành phố": ("province", "district"), "tp": ("province", "district"),
    "tỉnh": ("province",), "thủ đô": ("province",),
}
_NAMED = re.compile(r"\b(" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + r")\s+(.+)$",
                    re.IGNORECASE)


@dataclass(frozen=True)
class SiteUnits:
    """The units one site stood for, before and after 1 July 2025."""

    old_province: Unit | None = None
    old_district: Unit | None = None
    old_commune: Unit | None = None
    new_province: Unit | None = None
    new_communes: tuple[Unit, ...] = ()  # the new communes that took over its territory
    how: str = ""  # what in the entry named the unit: "name", "host", "province" or ""

    @property
    def unit(self) -> Unit | None:
        """The site's own unit: its commune, else its district, else its province."""
        return self.old_commune or self.old_district or self.old_province

    def rows(self) -> list[dict[str, Any]]:
        """One row per (role, unit), the ``site_units`` table's shape without the site id."""
        roles = [("old_province", self.old_province), ("old_district", self.old_district),
                 ("old_commune", self.old_commune), ("new_province", self.new_province)]
        roles += [("new_commune", unit) for unit in self.new_communes]
        return [{"role": role, "unit_id": unit.id, "how": self.how}
                for role, unit in roles if unit is not None]


def _host_labels(entry: Mapping[str, Any]) -> list[str]:
    host = urlsplit(entry.get("base_url") or entry.get("url") or "").hostname or ""
    return host.lower().split(".")


def _province(entry: Mapping[str, Any], gazetteer: Gazetteer) -> Unit | None:
    provinces = list(gazetteer.of("old", "province"))
    wanted = entry.get("province")
    if wanted:
        key = name_key(re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", wanted.strip(), flags=re.I))
        found = [p for p in provinces if name_key(p.name) == key]
        if len(found) == 1:
            return found[0]
    labels = _host_labels(entry)
    if len(labels) >= 3:  # <unit>.<province>.gov.vn
        found = [p for p in provinces if folded_key(p.name) == labels[1]]
        if len(found) == 1:
            return found[0]
    return None


def _own_unit(entry: Mapping[str, Any], province: Unit, gazetteer: Gazetteer
              ) -> tuple[Unit | None, str]:
    in_province = [*gazetteer.of("old", "district", province.code),
                   *gazetteer.of("old", "commune", province.code)]
    named = _NAMED.search(entry.get("name") or "")
    if named:
        levels = LEVEL_WORDS[named.group(1).lower()]
        key = name_key(named.group(2))
        found = [u for u in in_province if u.level in levels and name_key(u.name) == key]
        if len(found) == 1:
            return found[0], "name"
    labels = _host_labels(entry)
    if len(labels) >= 3:
        found = [u for u in in_province if folded_key(u.name) == labels[0]]
        districts = [u for u in found if u.level == "district"]
        if len(districts) == 1:  # a portal's host names its district before a namesake commune
            return districts[0], "host"
        if len(found) == 1:
            return found[0], "host"
    return None, ""


def units_for_site(entry: Mapping[str, Any], gazetteer: Gazetteer | None = None) -> SiteUnits:
    """The units of one registry entry (``name``, ``province``, ``base_url``)."""
    gazetteer = gazetteer or load_gazetteer()
    province = _province(entry, gazetteer)
    if province is None:
        return SiteUnits()
    unit, how = _own_unit(entry, province, gazetteer)
    successors = gazetteer.successors_of.get((unit or province).id, ())
    new_units = sorted((gazetteer.unit(s.new_id) for s in successors), key=lambda u: u.code)
    new_province_ids = {s.new_id for s in gazetteer.successors_of.get(province.id, [])}
    if unit is not None:  # a district of a province that was split follows its communes
        new_province_ids = {f"new:{u.province_code}" for u in new_units} or new_province_ids
    new_province = gazetteer.unit(min(new_province_ids)) if len(new_province_ids) == 1 else None
    return SiteUnits(
        old_province=province,
        old_district=unit if unit is not None and unit.level == "district" else None,
        old_commune=unit if unit is not None and unit.level == "commune" else None,
        new_province=new_province,
        new_communes=tuple(u for u in new_units if u.level == "commune"),
        how=how or "province")


@lru_cache(maxsize=1024)
def _cached(name: str, province: str, base_url: str) -> SiteUnits:
    return units_for_site({"name": name, "province": province, "base_url": base_url})


def site_units(entry: Mapping[str, Any] | None, url: str | None = None) -> SiteUnits:
    """``units_for_site`` on the shared gazetteer, memoised per entry: the crawl asks once per
    article. Without an entry, the page's URL host alone (``<unit>.<province>.gov.vn``)."""
    entry = entry or {}
    return _cached(entry.get("name") or "", entry.get("province") or "",
                   entry.get("base_url") or url or "")


_PROVINCE_WORDS = re.compile(r"^(tỉnh|thành phố|thanh pho|tinh|tp\.?)\s+", re.IGNORECASE)


def in_province(units: SiteUnits, typed: str) -> bool:
    """Whether the site's province before or after the reform is ``typed``, compared folded
    ("Hải Phòng", "hai phong", "TP Hải Phòng", "haiphong" all name Hải Phòng; "Hải Dương"
    names the old province that is now part of it)."""
    wanted = folded_key(_PROVINCE_WORDS.sub("", typed.strip()))
    return bool(wanted) and any(folded_key(unit.name) == wanted
                                for unit in (units.old_province, units.new_province) if unit)


def describe(units: SiteUnits) -> tuple[str, str]:
    """The site's units before and after 1 July 2025 as two lines of text, with GSO codes:
    ("Huyện Kiến Thụy (314), Thành phố Hải Phòng (31)",
     "Thành phố Hải Phòng (31): Xã Kiến Thụy (11680), ...")."""
    def named(unit: Unit) -> str:
        return f"{unit.full_name} ({unit.code})"

    before = ", ".join(named(u) for u in (units.old_commune, units.old_district,
                                          units.old_province) if u) or "unknown"
    if units.old_province is not None and units.unit is units.old_province:
        before += " (its own unit is no known district or commune)"
    after = named(units.new_province) if units.new_province else "unknown"
    if units.unit is not None and units.unit.level != "province":
        after += ": " + (", ".join(named(u) for u in units.new_communes) or "no commune")
    return before, after
