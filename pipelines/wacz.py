"""Archivists' packages of the WARC: a CDXJ index beside it, and WACZ.

- ``write_cdxj``: the CDXJ index of a WARC file (``cdxj-indexer``, Webrecorder's indexer, the one
  pywb and ``wacz`` use): one line per response and revisit record, sorted by SURT URL key and
  time (external merge sort, 32 MiB in memory at most), giving each record's offset and length.
- ``write_wacz``: a site or the whole archive as a WACZ 1.1.1 file (``wacz create``, Webrecorder's
  packer): the WARC under ``archive/``, its compressed CDXJ index under ``indexes/``, the
  archived articles as ``pages/pages.jsonl`` (URL, fetch time, title: what ReplayWeb.page lists),
  ``datapackage.json`` with every file's sha256 and ``datapackage-digest.json``.

Both take file names, so both write through ``pipelines.output.replaced_atomically``: the
target appears whole when everything is written, or not at all.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cdxj_indexer.main import CDXJIndexer

from pipelines.output import replaced_atomically
from pipelines.store import Archive
from pipelines.warc import write_warc

DESCRIPTION = "Vietnamese district-portal pages archived by District News Archive"
_UNMATCHED_PAGE = re.compile(r"^Invalid passed page", re.M)


class PackingError(RuntimeError):
    """``wacz create`` failed (its own messages say why)."""


def write_cdxj(warc_path: str | Path, cdxj_path: str | Path, *, filename: str) -> None:
    """Index the WARC at ``warc_path`` into ``cdxj_path``; ``filename`` is the WARC's name as the
    index should give it (the final name, not a temporary one), resolved beside the index."""
    with replaced_atomically(cdxj_path) as part:
        CDXJIndexer(str(part), [str(warc_path)], sort=True, post_append=True,
                    filename=filename).process_all()


@dataclass
class WaczSummary:
    """What a WACZ holds: records by type, pages listed, pages ``wacz`` could not match."""

    records: dict[str, int]
    pages: int
    unmatched_pages: int


def write_wacz(archive: Archive, output: str | Path, *, site: str | None = None,
               title: str | None = None, log: Callable[[str], None] | None = None
               ) -> WaczSummary:
    """Pack ``site``'s fetches (or the whole archive's) as the WACZ file ``output``. The WARC
    and the page list are written to a temporary folder beside ``output`` (the same disk:
    they can be as large as the archive), then ``wacz create`` packs them."""
    target = Path(output).resolve()
    name = site or "archive"
    with (tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}.") as work,
          replaced_atomically(target) as part):
        warc_path = Path(work) / f"{name}.warc.gz"
        with open(warc_path, "xb") as warc_out:
            records = write_warc(archive, warc_out, filename=warc_path.name, site=site)
        pages_path = Path(work) / "pages.jsonl"
        with open(pages_path, "x", encoding="utf-8") as out:
            out.write(json.dumps({"format": "json-pages-1.0", "id": "pages",
                                  "title": "Archived articles"}) + "\n")
            pages = 0
            for capture in archive.iter_article_captures(site):
                out.write(json.dumps({"url": capture["url"], "ts": capture["fetched_at"],
                                      "title": capture["title"] or capture["url"]},
                                     ensure_ascii=False) + "\n")
                pages += 1
        from wacz.main import main as wacz_main  # frictionless behind it: 0.5 s to import

        said = io.StringIO()
        with contextlib.redirect_stdout(said):  # its progress lines, not our standard output
            failed = wacz_main(["create", str(warc_path), "-o", str(part), "-p", str(pages_path),
                                "--title", title or f"District News Archive: {name}",
                                "--desc", DESCRIPTION])
        if log:
            for line in said.getvalue().splitlines():
                log(f"wacz: {line}")
        if failed:
            raise PackingError(f"wacz create failed: {said.getvalue().strip()[-2000:]}")
    return WaczSummary(records, pages, len(_UNMATCHED_PAGE.findall(said.getvalue())))
