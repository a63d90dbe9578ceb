"""Stand-in portals on 127.0.0.1, until Ctrl-C: ``sample-server``, ``fault-server``."""
from __future__ import annotations

import json
import time

import click


@click.command("sample-server")
@click.option("--port", default=8101, show_default=True, type=int,
              help="First port; each sample portal gets the next one.")
def sample_server(port: int) -> None:
    """Serve the bundled sample portals on 127.0.0.1 until Ctrl-C.

    Example:

    \b
        district-archive sample-server --port 8101
    """
    from crawler.sites import get_site
    from district_archive.portals.loopback import resolve_args
    from district_archive.portals.sample import sample_site_dirs, serve_site

    servers = [serve_site(d, port + i) for i, d in enumerate(sample_site_dirs())]
    for server in servers:
        click.echo(f"{server.site_id}: {server.base_url}/")
    first = servers[0]
    click.echo(f"crawl one with: district-archive crawl --site {first.site_id} "
               + " ".join(resolve_args(first.resolve(get_site(first.site_id).hosts))))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        for server in servers:
            server.stop()


@click.command("fault-server")
@click.option("--port", default=8201, show_default=True, type=int)
@click.option("--articles", default=50, show_default=True, type=click.IntRange(min=0),
              help="Ordinary articles among the faults.")
@click.option("--each", default=1, show_default=True, type=click.IntRange(min=0),
              help="URLs of every fault.")
@click.option("--seed", default=0, show_default=True, type=int, help="Shuffles the links.")
def fault_server(port: int, articles: int, each: int, seed: int) -> None:
    """Serve a hostile portal on 127.0.0.1: every fault of docs/reliability.md, counted.

    Example:

    \b
        district-archive fault-server --port 8201 --articles 50 --each 2
    """
    from district_archive.portals.faults import FAULTS, FaultPortal

    portal = FaultPortal(articles=articles, each=each, seed=seed).start(port)
    click.echo(f"hostile portal at {portal.base_url}/ ({len(portal.links)} links, "
               f"{len(FAULTS)} faults); crawl it with:")
    click.echo("  district-archive crawl " + " ".join(portal.crawl_args()) + " --db faults.db")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        click.echo(f"injected: {json.dumps(portal.injected, sort_keys=True)}")
        portal.stop()


COMMANDS = [sample_server, fault_server]
