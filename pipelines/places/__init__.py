"""Places across the 2025 reform: administrative units before and after 1 July 2025, the
units a site belongs to, and the units an article names. Pure: no Scrapy, no SQLite."""
from __future__ import annotations

from pipelines.places.gazetteer import Gazetteer, GazetteerError, Successor, Unit
from pipelines.places.mentions import PlaceFinder, PlaceMention, default_finder, find_places
from pipelines.places.sites import SiteUnits, site_units, units_for_site
from pipelines.places.units_cache import load_gazetteer

__all__ = ["Gazetteer", "GazetteerError", "PlaceFinder", "PlaceMention", "SiteUnits", "Successor",
           "Unit", "default_finder", "find_places", "load_gazetteer", "site_units",
           "units_for_site"]
