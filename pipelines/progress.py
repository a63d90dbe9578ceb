"""Progress of long work over the archive (``reprocess``, ``check``, ``warc``), told by whoever
runs it: the library says what it walks and how many there are; the CLI shows a bar on a
terminal (:mod:`district_archive.cli.progress`), nothing under cron. The library never imports
a progress package."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, items: Iterable[T], what: str, total: int | None = None) -> Iterable[T]:
        """``items``, unchanged, while telling how far through them the work is."""
        ...


def no_progress(items: Iterable[T], what: str, total: int | None = None) -> Iterable[T]:
    return items
