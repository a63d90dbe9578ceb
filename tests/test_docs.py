"""Docs and config are tested: every CLI command has help and is in the README; every table and
column of a fresh archive is described in datasette_metadata.json."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from district_archive import METADATA, ROOT
from district_archive.cli import main
from pipelines.store import Archive

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    command = main.commands[name]
    assert command.help and command.help.strip().splitlines()[0]
    assert "Example:" in command.help
    assert f"district-archive {name}" in README


def command_paths(group=main, path=()):
    for name, command in sorted(group.commands.items()):
        yield (*path, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*path, name))


@pytest.mark.parametrize("path", list(command_paths()), ids=" ".join)
def test_help_examples_print_as_written_on_a_narrow_terminal(path):
    command = main
    for name in path:
        command = command.commands[name]
    examples = [line.strip() for line in command.help.splitlines()
                if line.startswith("    ") and "district-archive " in line]
    assert examples, path
    output = CliRunner().invoke(main, [*path, "--help"], terminal_width=60).output
    for example in examples:
        assert example in output, (path, example)


def test_readme_opens_with_the_two_setup_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_every_table_and_column_is_described(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["tables"]
    for name in archive.db.table_names():
        if name.startswith(("articles_fts_", "articles_search_", "documents_fts_")):  # FTS5 shadows
            continue
        assert name in tables and tables[name].get("description"), f"table {name} undescribed"
        if name in ("articles_fts", "articles_search", "documents_fts"):
            continue
        described = tables[name].get("columns", {})
        for column in archive.db[name].columns:
            assert described.get(column.name), f"column {name}.{column.name} undescribed"
    for key in ("title", "description_html", "license", "source"):
        assert json.loads(METADATA.read_text(encoding="utf-8")).get(key)
