"""Extraction without an archive: ``extract`` one saved page, ``stats`` of plain text."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from district_archive.cli.options import EXIT_FAILED


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="FILE") from None


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", required=True, help="The page's URL (resolves links, picks the site).")
@click.option("--encoding", default=None, help="Force a charset (default: header/meta/BOM/detect).")
@click.option("--site", "site_id", default=None,
              help="Registered site id (picks its template family).")
def extract(file: str, url: str, encoding: str | None, site_id: str | None) -> None:
    """Print the extracted article of one saved HTML page as JSON (no database).

    Example:

    \b
        district-archive extract page.html --url https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien/x-897215
    """
    from crawler.sites import UnknownSite, get_site, load_sites
    from pipelines.analyse import analyse_page
    from pipelines.extract import ExtractionError

    body = _read_input(file)
    family = None
    if site_id:
        try:
            family = get_site(site_id).family
        except UnknownSite as exc:
            raise click.BadParameter(str(exc), param_hint="--site") from None
    else:  # a registered host names its family
        from urllib.parse import urlsplit
        host = urlsplit(url).hostname
        match = next((s for s in load_sites().values() if s.host == host), None)
        if match:
            site_id, family = match.id, match.family
    try:
        analysis = analyse_page(body, url, encoding=encoding, site=site_id, family=family)
    except (ExtractionError, LookupError) as exc:
        click.echo(f"error: cannot extract {file}: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    article = {k: v for k, v in analysis.article.items() if k != "encoding"}
    # what the page is, from the page alone (a crawl also weighs the site's listings)
    article["page_class"], article["page_class_reason"] = analysis.page_class, analysis.page_class_reason
    click.echo(json.dumps(article, ensure_ascii=False, indent=2))


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
def stats(file: str) -> None:
    """Print the statistics (quantities, money, percents, documents) of plain text as JSON.

    Example:

    \b
        echo "hỗ trợ 125 hộ gia đình với 28,5 triệu đồng" | district-archive stats -
    """
    from pipelines.statistics import find_statistics

    raw = _read_input(file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        click.echo(f"error: {file} is not UTF-8 text; convert it first (iconv -t UTF-8)", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(json.dumps([s.to_dict() for s in find_statistics(text)], ensure_ascii=False,
                          indent=2))


COMMANDS = [extract, stats]
