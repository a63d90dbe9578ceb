"""Finding and showing Vietnamese text in the archive, in Python and as SQL functions.

The text forms live in :mod:`pipelines.text` (``fold``, ``normalize_tone``, ``fts_match``); these
functions compare, rank and excerpt with them:

- ``exact_words(text, query)``: how many query words the text has *with their diacritics*, tone
  placement and case ignored (what ranks "Thụy" above "Thủy" for a query typed "Thuỵ");
- ``contains_words(text, query)``: 1 when every query word is a word of the text, ignoring
  diacritics, đ/d and case (a search box on tables without a full-text index);
- ``snippet(text, query)``: highlighted context even where FTS5's own ``snippet()`` cannot see
  the match (e.g. "dat" for "đạt");
- ``paragraph_diff(old, new)``: paragraphs removed and added between two versions.

``register_sql_functions(conn)`` adds them, with ``fold``, ``normalize_tone`` and ``fts_match``,
to any SQLite connection as ``vn_*`` functions: the Datasette plugin registers them for the
canned queries, and anyone writing SQL against an archive can do the same.
"""
from __future__ import annotations

import difflib
import itertools
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from pipelines import search_index
from pipelines.documents.numbers import number_key
from pipelines.text import fold, fts_match, normalize_tone

SNIPPET_OPEN, SNIPPET_CLOSE = "**", "**"  # plain text in CSV/JSON; the plugin renders <mark>
MAX_SNIPPET_MATCHES = 10_000  # the excerpt is chosen among the first matches, no further

_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=256)
def _exact_forms(query: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(normalize_tone(unicodedata.normalize("NFC", query)).casefold()))


def exact_words(text: str | None, query: str | None) -> int:
    """How many distinct query words occur in ``text`` as words with the same diacritics.

    Tone placement ("Thuỵ"/"Thụy") and case are ignored; a word typed without diacritics only
    counts where the text has it without diacritics too.
    """
    if not text or not query:
        return 0
    wanted = _exact_forms(query)
    if not wanted:
        return 0
    present = set(_WORDS.findall(normalize_tone(text).casefold()))
    return len(wanted & present)


@lru_cache(maxsize=256)
def _contains_pattern(query: str) -> re.Pattern[str] | None:
    words = [fold(w) for w in _WORDS.findall(unicodedata.normalize("NFC", query))]
    if not words:
        return None
    return re.compile("".join(rf"(?=.*(?<!\w){re.escape(w)}(?!\w))" for w in words), re.S)


def contains_words(text: str | None, query: str | None) -> int:
    """1 when every word of ``query`` is a word of ``text``, ignoring diacritics, đ/d, case."""
    pattern = _contains_pattern(query or "")
    if pattern is None or not text:
        return 0
    return int(pattern.match(fold(text)) is not None)


def _fold_chars(text: str) -> str:
    """``fold`` one code point at a time, so offsets in the result are offsets in ``text``
    (each distinct character folded once, then one ``str.translate``)."""
    table = {}
    for ch in set(text):
        folded = fold(ch)
        if len(folded) == 1 and folded != ch:
            table[ord(ch)] = folded
    return text.translate(table)


def snippet(text: str | None, query: str | None, width: int = 240) -> str | None:
    """About ``width`` characters of ``text`` around the first match of ``query``, each
    matched word wrapped in ``**``; matching ignores diacritics, đ/d, tone placement, case."""
    if not text:
        return None
    terms = [fold(w) for w in _WORDS.findall(unicodedata.normalize("NFC", query or ""))]
    folded = _fold_chars(text)
    spans: list[tuple[int, int]] = []
    if terms:
        alternatives = "|".join(
            re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        spans = [m.span() for m in itertools.islice(pattern.finditer(folded), MAX_SNIPPET_MATCHES)]
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    best = _densest_window(spans, width)
    start = max(0, spans[best][0] - width // 4)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.extend([text[pos:s], SNIPPET_OPEN, text[s:e], SNIPPET_CLOSE])
        pos = e
    out.append(text[pos:end])
    body = "".join(out).replace("\n\n", " ¶ ").replace("\n", " ")
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


def _densest_window(spans: list[tuple[int, int]], width: int) -> int:
    """The index of the match whose ``width``-character window (from its start) holds the most
    matches; the first such. One pass: matches are in text order and do not overlap, so the end
    of each window only moves forward (a window counted match by match was quadratic: two
    minutes for a generated text of 40 000 matches, holding a server thread)."""
    best, best_count, end = 0, 0, 0
    for i, (start, _) in enumerate(spans):
        end = max(end, i)
        while end < len(spans) and spans[end][1] <= start + width:
            end += 1
        if end - i > best_count:
            best, best_count = i, end - i
    return best


def paragraph_diff(old: str | None, new: str | None, limit: int = 4000) -> str:
    """Paragraphs removed (``- ``) and added (``+ ``) from ``old`` to ``new``."""
    if old is None:
        return "first version"
    lines = [line for line in difflib.unified_diff(
        old.split("\n\n"), (new or "").split("\n\n"), lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))]
    text = "\n".join(f"{line[0]} {line[1:]}" for line in lines) or "no change in the body"
    return text if len(text) <= limit else text[:limit] + "…"


def match_or_nothing(query: str | None) -> str:
    """``fts_match`` for SQL: an empty query becomes the empty phrase, which matches no row
    (MATCH NULL would be an error page instead of an empty result)."""
    return fts_match(query) or '""'


# What a SQL function accepts (anyone can call them through Datasette's SQL): a text longer than
# this is no article, and each call must stay short (~0.2 s for 1 000 000 characters), so the
# SQL time limit, checked between calls, holds. Longer input gives NULL.
MAX_TEXT_CHARS = 1_000_000
MAX_QUERY_CHARS = 1_000  # a search typed by a person; each word costs a pass over the text

#: SQL name -> (number of arguments, function); each is deterministic.
SQL_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "vn_fold": (1, fold),
    "vn_tone": (1, normalize_tone),
    "vn_match": (1, match_or_nothing),
    # The ranked search's MATCH expressions over ``articles_search`` (query, site, year).
    "vn_search_words": (3, search_index.words_match),
    "vn_search_phrase": (3, search_index.phrase_match),
    "vn_search_exact": (3, search_index.exact_match),
    "vn_search_chunks": (3, search_index.chunks_match),
    "vn_exact": (2, exact_words),
    "vn_contains": (2, contains_words),
    "vn_snippet": (2, snippet),
    "vn_diff": (2, paragraph_diff),
    "vn_number_key": (1, number_key),  # document numbers as matched (pipelines.documents)
}


#: Functions whose second argument is a query, not a text (``MAX_QUERY_CHARS``).
_QUERY_SECOND = {"vn_exact", "vn_contains", "vn_snippet"}
#: Functions of a query, a site and a year only (``MAX_QUERY_CHARS`` each): the ranked
#: search's MATCH expressions, one FTS5 term per typed syllable. Past the bound they give the
#: empty phrase, which matches nothing (MATCH NULL would be an error page).
_QUERY_ONLY = {"vn_search_words", "vn_search_phrase", "vn_search_exact", "vn_search_chunks"}


def _sql_function(name: str, fn: Callable[..., Any],
                  over_time: Callable[[], bool] | None = None) -> Callable[..., Any]:
    """SQLite calls these with whatever a user's SQL passes: never raise, never trust types,
    never take longer than a bounded input allows (NULL past ``MAX_TEXT_CHARS`` or, for a
    query, ``MAX_QUERY_CHARS``), never run on once ``over_time()`` says the statement is over
    its time."""
    limits: tuple[int, ...] = (
        (MAX_QUERY_CHARS,) * 3 if name in _QUERY_ONLY
        else (MAX_TEXT_CHARS, MAX_QUERY_CHARS if name in _QUERY_SECOND else MAX_TEXT_CHARS))

    def wrapper(*args: Any) -> Any:
        if over_time is not None and over_time():
            return None
        args = tuple(a if a is None or isinstance(a, str) else str(a) for a in args)
        # strict=False: a one-argument function (vn_number_key) checks its one argument
        if any(a is not None and len(a) > limit
               for a, limit in zip(args, limits, strict=False)):
            return search_index.NOTHING if name in _QUERY_ONLY else None
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 — a SQL function must not crash the query
            return None
    wrapper.__name__ = fn.__name__
    return wrapper


def register_sql_functions(conn: sqlite3.Connection, time_limit_ms: int | None = None) -> None:
    """Add the ``vn_*`` functions to ``conn``.

    ``time_limit_ms``: a statement that has run this long is interrupted at its next call of
    one of them, as SQLite's own time limit would (Datasette's ``sql_time_limit_ms``). That
    limit is a progress handler, run every 1 000 SQLite instructions: a query calling a Python
    function on every row got through 100 calls between checks (9.5 s for a 3 s limit).
    Statements are timed from their start (a trace callback on ``conn``)."""
    over_time = None
    if time_limit_ms:
        limit_s = time_limit_ms / 1000
        started = [time.perf_counter()]

        def statement_started(_sql: str) -> None:
            started[0] = time.perf_counter()

        def over_time() -> bool:
            if time.perf_counter() - started[0] <= limit_s:
                return False
            conn.interrupt()  # the statement fails with "interrupted", like the time limit
            return True

        conn.set_trace_callback(statement_started)
    for name, (arguments, fn) in SQL_FUNCTIONS.items():
        conn.create_function(name, arguments, _sql_function(name, fn, over_time),
                             deterministic=True)
