"""Reading the archive in Datasette: ``serve``, and ``demo`` (sample crawl, then serve)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from district_archive import METADATA
from district_archive.cli.crawling import run_crawl_command
from district_archive.cli.options import db_option, open_archive


def datasette_command(db_path: str, port: int, host: str = "127.0.0.1") -> list[str]:
    """The Datasette command line that serves an archive for researchers, hardened.

    ``--immutable``: opened read-only, nothing can write to it through Datasette. SQL and facets
    have time limits, so no query holds a SQL thread for long, and there are more SQL threads
    (8) than a few hostile queries at once can hold (with Datasette's 3, three endless queries
    kept a plain page waiting 8.7 s; the load test in tests/test_safe_serving.py holds it under
    1 s). Each connection is bounded further by the plugin (``serving.hardening``). Full-table
    CSV streams in constant memory. Robots get ``Disallow: /`` (datasette-block-robots) and
    every response carries ``X-Robots-Tag: noindex`` (our plugin, which also adds the article
    page and canned-query SQL functions; both are installed plugins, see pyproject.toml).
    """
    return [
        sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
        "--metadata", str(METADATA), "--host", host, "--port", str(port),
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "facet_time_limit_ms", "500",
        "--setting", "max_returned_rows", "1000",
        "--setting", "num_sql_threads", "8",
        "--setting", "allow_csv_stream", "on",
        "--setting", "max_csv_mb", "0",
        # Table pages show a cell's first 200 characters: a row of articles fits a screen
        # instead of every body in full (the article page and CSV/JSON keep the whole text).
        "--setting", "truncate_cells_html", "200",
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
    """Serve a snapshot of the archive read-only in Datasette, with datasette_metadata.json.

    The snapshot (ARCHIVE.snapshot/ beside the archive) is taken now, and each crawl run
    replaces it whole when it ends: serving never sees a half-written run, never holds up the
    crawl, and shows a run's articles once it has ended.

    Example:

    \b
        district-archive serve --db archive.db --port 8001
    """
    from district_archive.serving.snapshot import take_snapshot

    open_archive(db_path, read_only=True).close()  # an archive, or a clear refusal (exit 1)
    try:
        served = str(take_snapshot(db_path))
    except OSError as exc:  # e.g. an archive on read-only media: nothing will crawl into it
        click.echo(f"warning: no snapshot beside {db_path} ({exc}); serving the archive itself",
                   err=True)
        served = db_path
    else:
        click.echo(f"serving a snapshot of {db_path} ({served}); each crawl run refreshes it",
                   err=True)
    _exec(datasette_command(served, port, host))


# The demo's folder carries this file: it is how the demo knows the folder, and the archive in
# it, are its own to replace. Anything else is someone's work and is never deleted.
DEMO_MARK = ".district-archive-demo"


def _claim_demo_dir(folder: Path) -> Path:
    """The demo archive's path inside ``folder``, emptied of an earlier demo's archive; the
    folder is created and marked, or refused when it exists and the demo did not create it."""
    mark = folder / DEMO_MARK
    if folder.exists() and not mark.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise click.BadParameter(
            f"{folder} exists and was not created by `district-archive demo`; the demo "
            "deletes nothing it did not make: choose another folder with --dir",
            param_hint="--dir")
    folder.mkdir(parents=True, exist_ok=True)
    mark.write_text("Created by `district-archive demo`, which replaces archive.db here on each "
                    "run. Delete this folder when you no longer need the demo.\n",
                    encoding="utf-8")
    db = folder / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return db


@click.command()
@click.option("--dir", "folder", default="demo", show_default=True,
              type=click.Path(file_okay=False),
              help="The demo's own folder: created and marked by the demo, which replaces only "
                   "the archive.db inside it. A folder it did not create is refused.")
@click.option("--port", default=8001, show_default=True, type=int)
def demo(folder: str, port: int) -> None:
    """Crawl every bundled sample portal into a fresh archive in the demo's own folder (never
    your archive.db), then serve it in Datasette.

    Example:

    \b
        district-archive demo
    """
    from crawler.sites import load_sites
    from pipelines.store import Archive

    db = _claim_demo_dir(Path(folder))
    click.echo(f"demo archive: {db} (the demo's own; your archive.db is not touched)")
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
    click.echo(f"\nDatasette: http://127.0.0.1:{port}/archive  (Ctrl-C to stop; {db} stays)")
    _exec(datasette_command(str(db), port))


COMMANDS = [serve, demo]
