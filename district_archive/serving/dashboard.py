"""The dashboard's site selector starts on a site, not on a blank choice (issue 15).

datasette-dashboards shows a select filter blank unless the filter has a ``default``; the sites
are the archive's data, so no default can be written into datasette_metadata.json. At startup
the site with the most articles is found, and the plugin's ``get_metadata`` hook adds it as the
``default`` of every dashboard's ``site`` select that has none (the blank choice stays in the
list: it means every site).
"""
from __future__ import annotations

from typing import Any

DASHBOARDS_PLUGIN = "datasette-dashboards"
SITE_FILTER = "site"
_ATTRIBUTE = "_district_archive_default_site"  # kept on the Datasette instance it belongs to


async def remember_default_site(datasette: Any, database: str) -> None:
    """Find the archive's site with the most articles (ties: by id) for ``site_defaults``."""
    if database not in datasette.databases:
        return
    rows = await datasette.get_database(database).execute(
        "select site from articles where site is not null group by site "
        "order by count(*) desc, site limit 1")
    first = rows.first()
    setattr(datasette, _ATTRIBUTE, first[0] if first else None)


def site_defaults(datasette: Any) -> dict[str, Any]:
    """Metadata to merge under Datasette's own: a ``default`` for each dashboard's site select
    that has none. A fresh dict each call (Datasette merges the local metadata into it)."""
    site = getattr(datasette, _ATTRIBUTE, None)
    if not site:
        return {}
    local = (getattr(datasette, "_metadata_local", None) or {}).get("plugins") or {}
    dashboards = local.get(DASHBOARDS_PLUGIN) or {}
    wanted = {}
    for slug, dashboard in dashboards.items():
        chosen = ((dashboard or {}).get("filters") or {}).get(SITE_FILTER) or {}
        if chosen.get("type") == "select" and not chosen.get("default"):
            wanted[slug] = {"filters": {SITE_FILTER: {"default": site}}}
    return {"plugins": {DASHBOARDS_PLUGIN: wanted}} if wanted else {}
