"""Reading the archive in Datasette: ``serve``, and ``demo`` (sample crawl, then serve)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from district_archive import METADATA
from district_archive.cli.crawling import run_crawl_command
from district_archive.cli.options import db_option


def datasette_command(db_path: str, port: int, host: str = "127.0.0.1") -> list[str]:
    """The Datasette command line that serves an archive for researchers, hardened.

    ``--immutable``: opened read-only, nothing can write to it through Datasette. SQL and facets
    have time limits, so no query holds a worker for long. Full-table CSV streams in constant
    memory. Robots get ``Disallow: /`` (datasette-block-robots) and every response carries
    ``X-Robots-Tag: noindex`` (our plugin, which also adds the article page and canned-query
    SQL functions; both are installed plugins, see pyproject.toml).
    """
    return [
        sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
        "--metadata", str(METADATA), "--host", host, "--port", str(port),
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "facet_time_limit_ms", "500",
        "--setting", "max_returned_rows", "1000",
        "--setting", "allow_csv_stream", "on",
        "--setting", "max_csv_mb", "0",
    ]


def _exec(command: list[str]) -> None:
    """Become Datasette (no child left behind when a service manager stops us)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)


@click.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path: str, port: int, host: str) -> None:
    """Serve the archive read-only in Datasette, with datasette_metadata.json.

    Example:

    \b
        district-archive serve --db archive.db --port 8001
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist; run `district-archive crawl` first")
    _exec(datasette_command(db_path, port, host))


@click.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int)
def demo(db_path: str, port: int) -> None:
    """Crawl every bundled sample portal into a fresh archive, then serve it in Datasette.

    Example:

    \b
        district-archive demo
    """
    from crawler.sites import load_sites
    from pipelines.store import Archive

    db = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    sample_ids = tuple(s.id for s in load_sites().values() if s.sample)
    status = run_crawl_command(sample_ids, False, (), str(db), True, {}, None, None, "WARNING")
    if status:
        sys.exit(status)
    archive = Archive(db)
    click.echo("\nArchived:")
    for name, count in archive.counts().items():
        click.echo(f"  {name:<18} {count}")
    click.echo("\nArticles:")
    for row in archive.iter_articles():
        click.echo(f"  [{row['site']}] {row['published'] or '':<16}  {row['title']}")
    archive.close()
    click.echo(f"\nDatasette: http://127.0.0.1:{port}/archive  (Ctrl-C to stop)")
    _exec(datasette_command(str(db), port))


COMMANDS = [serve, demo]
