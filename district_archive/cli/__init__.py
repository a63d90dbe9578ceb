"""``district-archive``: crawl, extract, reprocess, serve and export the archive.

Each command opens what it needs and makes one library call; library errors become a message
that says what to do and a non-zero exit code (``options.EXIT_*``). Commands live by role:

- ``crawling``: ``crawl``, ``sites``;
- ``extraction``: ``extract``, ``stats`` (no archive);
- ``archive``: ``status``, ``reprocess``, ``check``, ``export``, ``warc``;
- ``serving``: ``serve``, ``demo``;
- ``portals``: ``sample-server``, ``fault-server``;
- ``cluster``: the ``cluster`` group (submit, worker, ingest, status).

``options`` holds what they share, the crawl options of ``crawl`` and ``cluster submit`` among
it. The modules import ``options`` and nothing from this package's face, so there is no cycle;
each imports its libraries inside the command, so ``--help`` stays fast.
"""
from __future__ import annotations

import click

from district_archive.cli import archive, cluster, crawling, extraction, portals, serving


@click.group()
@click.version_option(package_name="district-news-archive")
def main() -> None:
    """District News Archive: preserve Vietnam's district-portal news in SQLite."""


for _role in (crawling, extraction, archive, serving, portals):
    for _command in _role.COMMANDS:
        main.add_command(_command)
main.add_command(cluster.cluster)
