"""What a visitor's SQL can do on one of Datasette's connections: bounded in size and time
(issue 13, case 8).

Datasette's SQL time limit is checked between SQLite instructions; it does not cover one long
Python function call, a value built in one instruction, or how much a result holds. So every
visitor connection (``limit_connection``) has:

- SQLite limits: no value longer than ``MAX_VALUE_BYTES`` (``replace(hex(zeroblob(N)))`` took
  17 s and 3.5 GB), at most ``MAX_COLUMNS`` columns, SQL text at most ``MAX_SQL_CHARS``, LIKE
  and GLOB patterns at most ``MAX_LIKE_PATTERN`` (a 40 000-character GLOB class over 1 MB
  took 149 s), and SQLite's heap for the whole process at most ``MAX_SQLITE_HEAP``;
- ``instr``, ``replace`` and two-argument ``trim``/``ltrim``/``rtrim`` in linear time
  (``LINEAR_BUILTINS``; SQLite's own are quadratic, in one uninterruptible instruction);
- an authorizer (``visitor_authorizer``): ``fts3_tokenizer`` (it returns a memory address),
  ``zeroblob`` and ``randomblob`` refused; ``blobs.data`` reads as NULL, so the raw bodies
  never go out inline (``blobs.json?_size=max`` was 2.1 GB; the raw copy page serves one body
  at a time); the file path of ``pragma_database_list`` reads as NULL;
- a result budget (``MAX_RESULT_BYTES`` of text and blobs per query, counted as rows are
  read): a larger result is an error, not a response built in memory;

and the plugin's own reads (the article page, the raw copy) lift them with ``trusted_reads``.
The ``vn_*`` functions bound themselves (``pipelines.search``).
"""
from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MAX_VALUE_BYTES = 1 << 20  # SQLITE_LIMIT_LENGTH: no article comes near; raw bodies are hidden
MAX_COLUMNS = 64  # SQLITE_LIMIT_COLUMN: the widest table has 24, a join of two fits
# SQLite's own memory, all connections of the process together (PRAGMA hard_heap_limit): one
# row of MAX_COLUMNS values of MAX_VALUE_BYTES is built inside SQLite before any check here.
MAX_SQLITE_HEAP = 512 << 20
MAX_SQL_CHARS = 100_000  # SQLITE_LIMIT_SQL_LENGTH: a query typed or linked, not a payload
MAX_LIKE_PATTERN = 100  # SQLITE_LIMIT_LIKE_PATTERN_LENGTH: GLOB/LIKE cost text x pattern
MAX_RESULT_BYTES = 64 << 20  # text and blob bytes one query may return (1 000 long articles fit)
#: SQL functions a visitor may not call: a memory address, and values from nothing.
DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "zeroblob", "randomblob"})
#: Columns read as NULL by visitors: raw bodies are served one at a time by the raw copy page.
HIDDEN_COLUMNS = frozenset({("blobs", "data")})


class ResultTooLarge(sqlite3.OperationalError):
    """A visitor's query returned more than ``MAX_RESULT_BYTES``."""


def hide_file_paths(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """A SQLite authorizer: where the archive lives on the server is nobody's business:
    ``pragma_database_list()`` reads its ``file`` column as NULL, and ``PRAGMA database_list``
    is a no-op."""
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() == "database_list":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


def visitor_authorizer(action: int, arg1: str | None, arg2: str | None, *rest: object) -> int:
    """``hide_file_paths``, and: ``DENIED_FUNCTIONS`` refused, ``HIDDEN_COLUMNS`` read as
    NULL (the query still runs: ``select * from blobs`` lists digests and sizes)."""
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and (arg1, arg2) in HIDDEN_COLUMNS:
        return sqlite3.SQLITE_IGNORE
    return hide_file_paths(action, arg1, arg2, *rest)


_SQLITE_LIMITS = ((sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES),
                  (sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS),
                  (sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_CHARS),
                  (sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_LIKE_PATTERN))


# SQLite's instr(), replace() and two-argument trim() compare the pattern at every position of
# the text: time text x pattern, in one instruction the time limit cannot interrupt
# (instr of 1 MB and 0.5 MB: 6.5 s; replace: 8.2 s; trim of 100 kB by 5 000 characters: 1.8 s).
# Python's searches are linear for long patterns; these take their place on visitor
# connections, with SQLite's semantics (NULL in, NULL out; an empty pattern changes nothing).

def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _instr(haystack: Any, needle: Any) -> int | None:
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    return _text(haystack).find(_text(needle)) + 1


def _replace(value: Any, old: Any, new: Any) -> str | None:
    if value is None or old is None or new is None:
        return None
    value, old, new = _text(value), _text(old), _text(new)
    if not old:
        return value
    grown = len(value) + value.count(old) * (len(new) - len(old))
    if grown > MAX_VALUE_BYTES:  # NULL before it is built, as printf() past the limit
        return None
    return value.replace(old, new)


def _trimmer(lead: bool, trail: bool) -> Any:
    def trim(value: Any, chars: Any) -> str | None:
        if value is None or chars is None:
            return None
        text, chars = _text(value), _text(chars)
        if not chars:
            return text
        strip = re.compile("[%s]+" % "".join(re.escape(c) for c in set(chars)))
        if lead:
            found = strip.match(text)
            text = text[found.end():] if found else text
        if trail:  # matched on the reversed text: a trailing run found in one pass
            found = strip.match(text[::-1])
            text = text[:len(text) - found.end()] if found else text
        return text
    return trim


LINEAR_BUILTINS = {("instr", 2): _instr, ("replace", 3): _replace,
                   ("trim", 2): _trimmer(True, True), ("ltrim", 2): _trimmer(True, False),
                   ("rtrim", 2): _trimmer(False, True)}


class _Budget(threading.local):
    """Bytes returned so far by the query running on this thread's connection (each of
    Datasette's SQL threads holds its own connection)."""

    def __init__(self) -> None:
        self.cursor: sqlite3.Cursor | None = None
        self.total = 0  # bytes of the current query's rows so far
        self.row = 0  # bytes of the row being converted
        self.off = False  # the plugin's own reads (``trusted_reads``)


_budget = _Budget()


def _refuse_large_result(total: int) -> None:
    _budget.row = 0
    raise ResultTooLarge(
        f"this query returns more than {MAX_RESULT_BYTES >> 20} MiB ({total >> 20} MiB so far): "
        "ask for fewer rows (_size, limit) or columns (_col, select)")


def _budgeted_text(data: bytes) -> str:
    """Datasette's text factory, counting each text value before it becomes a ``str``."""
    if not _budget.off:
        _budget.row += len(data)
        if _budget.total + _budget.row > MAX_RESULT_BYTES:
            _refuse_large_result(_budget.total + _budget.row)
    return str(data, "utf-8", "replace")


def _budgeted_row(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
    """Datasette's row factory (``sqlite3.Row``), adding the row to its query's total."""
    if not _budget.off:
        if cursor is not _budget.cursor:
            _budget.cursor, _budget.total = cursor, 0
        blobs = sum(len(v) for v in row if isinstance(v, bytes))
        _budget.total += _budget.row + blobs
        _budget.row = 0
        if _budget.total > MAX_RESULT_BYTES:
            _refuse_large_result(_budget.total)
    return sqlite3.Row(cursor, row)


def limit_connection(conn: sqlite3.Connection) -> None:
    """Bound what any query on ``conn`` can build, call and return (see the module's doc)."""
    for limit, value in _SQLITE_LIMITS:
        conn.setlimit(limit, value)
    for (name, arguments), fn in LINEAR_BUILTINS.items():
        conn.create_function(name, arguments, fn, deterministic=True)
    if not conn.execute("PRAGMA hard_heap_limit").fetchone()[0]:  # process-wide; keep a lower one
        conn.execute(f"PRAGMA hard_heap_limit={MAX_SQLITE_HEAP}")
    conn.set_authorizer(visitor_authorizer)
    conn.text_factory = _budgeted_text
    conn.row_factory = _budgeted_row


@contextmanager
def trusted_reads(conn: sqlite3.Connection) -> Iterator[None]:
    """The plugin's own reads on a visitor connection: its SQL is fixed and reads one article
    or one body, so the visitor bounds are lifted meanwhile (an archived body may be 64 MiB)."""
    previous = [(limit, conn.setlimit(limit, 2**31 - 1)) for limit, _ in _SQLITE_LIMITS]
    conn.set_authorizer(hide_file_paths)
    _budget.off = True
    try:
        yield
    finally:
        _budget.off = False
        conn.set_authorizer(visitor_authorizer)
        for limit, value in previous:
            conn.setlimit(limit, value)
