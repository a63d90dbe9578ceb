"""The design's one-way data flow, checked on the source: crawler/ never imports pipelines/, and
extraction and statistics stay pure (no Scrapy, no SQLite)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: str) -> dict[str, set[str]]:
    found = {}
    for path in (ROOT / package).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_crawler_never_imports_pipelines():
    for path, names in imported_modules("crawler").items():
        assert not any(n == "pipelines" or n.startswith("pipelines.") for n in names), path


# The one exception: places reads its units from a read-only SQLite file of the units
# package's data (never the archive), and one module builds and reads that file.
UNITS_CACHE = "pipelines/places/units_cache.py"


@pytest.mark.parametrize("package", ["pipelines/extract", "pipelines/statistics",
                                     "pipelines/places"])
def test_extraction_and_statistics_are_pure(package):
    for path, names in imported_modules(package).items():
        roots = {n.split(".")[0] for n in names}
        if path == UNITS_CACHE:
            roots -= {"sqlite3"}
        assert not roots & {"scrapy", "sqlite3", "sqlite_utils", "twisted", "crawler"}, path


@pytest.mark.parametrize("module", ["pipelines/derive.py", "pipelines/derive_process.py",
                                    "pipelines/reprocess.py", "pipelines/ingest.py",
                                    "pipelines/store.py"])
def test_the_derive_path_needs_no_scrapy(module):
    """Deriving is one Scrapy-free path: the crawl, reprocess and the cluster writer call it."""
    names = imported_modules("pipelines")[module]
    assert not {n.split(".")[0] for n in names} & {"scrapy", "twisted"}, module
