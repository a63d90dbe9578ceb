"""Where ``export`` and ``warc`` write: never onto the archive they read, never half a file.

- ``refuse_archive_files``: an output naming the archive itself, its ``-wal``, ``-shm`` or
  ``-journal`` (or a symlink or hard link to one of them) is refused before anything is opened
  for writing: opening it ``"w"`` would truncate the archive (issue 13).
- ``written_atomically``: the output is written to a temporary file beside the target and renamed
  over it only when everything is written; a failure, Ctrl-C or SIGTERM removes the temporary file,
  so the target is either the complete new output or what it was before (kill -9 can leave the
  hidden ``.NAME.*.part`` file, never a truncated target). A missing folder is an error, not
  created: a typo in ``-o`` should not grow a directory tree. ``replaced_atomically`` is the
  same for a writer that takes a file name (``wacz``, the CDXJ index).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

# Files SQLite keeps beside a database, which are part of it.
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputError(ValueError):
    """The output cannot be written where asked (it is the archive, or its folder is missing)."""


def refuse_archive_files(output: str | Path, archive: str | Path) -> None:
    """Raise ``OutputError`` if ``output`` is the archive or one of its companion files, by
    name (symlinks and ``..`` resolved) or, for files that exist, by identity (hard links)."""
    target = Path(output).resolve()
    archive = Path(archive).resolve()
    for suffix in SQLITE_COMPANIONS:
        part = Path(str(archive) + suffix)
        same = target == part
        if not same and target.exists() and part.exists():
            same = os.path.samefile(target, part)
        if same:
            raise OutputError(f"{output} is the archive's own file ({part.name}): writing it "
                              "would destroy the archive; choose another output")


@contextmanager
def written_atomically(output: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A file to write ``output`` through: a temporary file in the same folder (so the rename
    is atomic), renamed over ``output`` when the block ends without error, removed otherwise.
    Text mode is UTF-8 with newlines untranslated (the csv module's rule)."""
    with replaced_atomically(output) as part:
        mode = 0o666 & ~_umask()
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with (os.fdopen(fd, "wb") if binary
              else os.fdopen(fd, "w", encoding="utf-8", newline="")) as out:
            yield out


@contextmanager
def replaced_atomically(output: str | Path) -> Iterator[Path]:
    """A temporary path beside ``output`` (hidden, ``.NAME.<pid>.part``) for a writer that wants
    a file name rather than an open file (``wacz create``, the CDXJ indexer): when the block ends
    without error the file there is synced and renamed over ``output``; otherwise it is removed.
    """
    target = Path(output).resolve()  # through a symlink: replace the file it points to
    if not target.parent.is_dir():
        raise OutputError(f"folder {target.parent} does not exist: create it first")
    part = target.parent / f".{target.name}.{os.getpid()}.part"
    try:
        yield part
        fd = os.open(part, os.O_RDONLY)
        try:
            os.fsync(fd)  # the data before the name: a crash never shows a short file
        finally:
            os.close(fd)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
