"""Progress bars for the long verbs (``reprocess``, ``check``, ``warc``) on a terminal, and
nothing otherwise (cron mail and logs get the summary lines only).

tqdm draws them: it is maintained, has no dependencies of its own, was already installed (the
places package needs it), and writes to stderr only, so ``warc -o -`` keeps stdout for the
WARC bytes."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TextIO, TypeVar

import click

from pipelines.progress import Progress, no_progress

T = TypeVar("T")


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """A bar per walk on ``stream`` (stderr) when it is a terminal; else no output at all."""
    out = stream or sys.stderr
    if not out.isatty():
        return no_progress

    def bar(items: Iterable[T], what: str, total: int | None = None) -> Iterable[T]:
        from tqdm import tqdm

        shown: Iterable[T] = tqdm(items, desc=what, total=total, file=out, unit="",
                                  dynamic_ncols=True, mininterval=0.2)
        return shown
    return bar


def progress_log(stream: TextIO | None = None) -> Callable[[str], None]:
    """Log lines that keep a live bar intact (written above it) on a terminal."""
    out = stream or sys.stderr
    if not out.isatty():
        return lambda message: click.echo(message, err=True)

    def write(message: str) -> None:
        from tqdm import tqdm

        tqdm.write(message, file=out)
    return write
