"""The design's one-way data flow, checked on the source: crawler/ never imports pipelines/, and
extraction and statistics stay pure (no Scrapy, no SQLite)."""
from __future__ import annotations

import ast
import sys
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
                # ``from package import module`` imports that module too.
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_crawler_never_imports_pipelines():
    for path, names in imported_modules("crawler").items():
        assert not any(n == "pipelines" or n.startswith("pipelines.") for n in names), path


# The one exception: places reads its units from a read-only SQLite file of the units
# package's data (never the archive), and one module builds and reads that file.
UNITS_CACHE = "pipelines/places/units_cache.py"


# What a page declares about itself (its JSON-LD) is read by the crawl, for the links a listing
# names only there, and by extraction, for a story held only there: one reader, in crawler/
# (which never imports pipelines/), that imports nothing but the standard library.
# Likewise what a URL says of itself: the session ids a server writes into it, which the crawl
# drops from the URLs it fetches and extraction from the links it matches to pages; and what a
# link's label says of its page (a site's "Trang chủ"), which the crawl reads for a commune's
# site path and extraction for a home page; and a platform's other addresses of one document
# (a Domino document under each view), which both key as the document's own; and a hashbang
# site's "#!" route, which both read as the address of its snapshot.
PAGE_DATA_READERS = {"crawler.jsonld", "crawler.session_ids", "crawler.labels",
                     "crawler.document_urls", "crawler.hashbang"}


@pytest.mark.parametrize("package", ["pipelines/extract", "pipelines/statistics",
                                     "pipelines/places", "pipelines/documents"])
def test_extraction_and_statistics_are_pure(package):
    for path, names in imported_modules(package).items():
        roots = {n.split(".")[0] for n in names
                 if not any(n == r or n.startswith(r + ".") for r in PAGE_DATA_READERS)}
        if path == UNITS_CACHE:
            roots -= {"sqlite3"}
        assert not roots & {"scrapy", "sqlite3", "sqlite_utils", "twisted", "crawler"}, path


@pytest.mark.parametrize("module", sorted(PAGE_DATA_READERS))
def test_the_page_data_reader_extraction_shares_with_the_crawl_is_standard_library(module):
    names = imported_modules("crawler")[module.replace(".", "/") + ".py"]
    stdlib = {n.split(".")[0] for n in names} - {"__future__"}
    assert stdlib <= set(sys.stdlib_module_names), stdlib - set(sys.stdlib_module_names)


@pytest.mark.parametrize("module", ["pipelines/derive.py", "pipelines/derive_process.py",
                                    "pipelines/reprocess.py", "pipelines/ingest.py",
                                    "pipelines/store.py"])
def test_the_derive_path_needs_no_scrapy(module):
    """Deriving is one Scrapy-free path: the crawl, reprocess and the cluster writer call it."""
    names = imported_modules("pipelines")[module]
    assert not {n.split(".")[0] for n in names} & {"scrapy", "twisted"}, module


def module_name(path: str) -> str:
    parts = path.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_cycle_among_our_modules():
    """Imports anywhere in a file count (inside functions too): a cycle is a tangle of roles
    even where Python tolerates it at run time."""
    ours = {}
    for package in ("crawler", "pipelines", "district_archive"):
        for path, names in imported_modules(package).items():
            ours[module_name(path)] = names

    def our_module(name: str) -> str | None:
        """The module of ours an imported name lives in (the longest matching prefix)."""
        while name and name not in ours:
            name = name.rpartition(".")[0]
        return name or None

    graph = {module: {target for name in names if (target := our_module(name)) not in
                      (None, module)} for module, names in ours.items()}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = [*path[path.index(module):], module]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_cli_commands_share_only_options():
    """The CLI's role modules import ``district_archive.cli.options`` (and each other where a
    command runs another's work), never the package face that registers them."""
    for path, names in imported_modules("district_archive/cli").items():
        if path.endswith(("__init__.py", "__main__.py")):
            continue
        assert "district_archive.cli" not in names, path
