"""The plugin's settings (``plugins.district-archive`` in datasette_metadata.json) and the one
name the archive is served under (setting ``database``, default ``archive``), whatever its file
is called, so canned queries, dashboards and links work for ``--db x.db``."""
from __future__ import annotations

from typing import Any

from pipelines.store import SIGNATURE_TABLES

PLUGIN = "district-archive"
DEFAULT_DATABASE = "archive"


def plugin_settings(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


def archive_name(datasette: Any) -> str:
    name: str = plugin_settings(datasette).get("database", DEFAULT_DATABASE)
    return name


async def adopt_archive(datasette: Any) -> None:
    """Serve the one archive among the databases under ``archive_name``, if it has another."""
    name = archive_name(datasette)
    if name in datasette.databases:
        return
    candidates = []
    for db_name, db in datasette.databases.items():
        if db_name.startswith("_") or db.is_memory:
            continue
        if set(await db.table_names()) >= SIGNATURE_TABLES:
            candidates.append(db_name)
    if len(candidates) == 1:
        db = datasette.databases[candidates[0]]
        datasette.remove_database(candidates[0])
        datasette.add_database(db, name=name)
