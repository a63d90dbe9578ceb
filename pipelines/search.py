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
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from pipelines import search_index
from pipelines.text import _fold_table, fold, fts_match, normalize_tone

SNIPPET_OPEN, SNIPPET_CLOSE = "**", "**"  # plain text in CSV/JSON; the plugin renders <mark>

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
    """``fold`` one code point at a time, so offsets in the result are offsets in ``text``."""
    # Fast path (a whole body per result row of the ranked search): the fold table maps one
    # code point to one, and lowercasing keeps the length for nearly all text.
    if not _not_one_to_one().search(text):
        quick = text.translate(_fold_table()).lower()
        if len(quick) == len(text):  # lower() only ever lengthens ("İ")
            return quick
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _not_one_to_one() -> re.Pattern[str]:
    """Characters ``fold`` drops or expands (combining marks, ligatures), and any outside the
    fold table, where only the character-by-character path keeps offsets."""
    odd = "".join(re.escape(chr(cp)) for cp, v in _fold_table().items() if len(v) != 1)
    return re.compile(f"[{odd}]|[^\\x00-\u20ff]")


def snippet(text: str | None, query: str | None, width: int = 240) -> str | None:
    """About ``width`` characters of ``text`` around the first match of ``query``, each
    matched word wrapped in ``**``; matching ignores diacritics, đ/d, tone placement, case."""
    if not text:
        return None
    terms = [fold(w) for w in _WORDS.findall(unicodedata.normalize("NFC", query or ""))]
    folded = _fold_chars(text)
    spans: list[tuple[int, int]] = []
    if terms:
        pattern = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(
            re.escape(t) for t in sorted(set(terms), key=len, reverse=True)))
        spans = [m.span() for m in pattern.finditer(folded)]
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    # The window with the most matches among those starting at a match.
    best = max(range(len(spans)),
               key=lambda i: sum(1 for s in spans[i:] if s[1] <= spans[i][0] + width))
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


#: SQL name -> (number of arguments, function); each is deterministic.
SQL_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "vn_fold": (1, fold),
    "vn_tone": (1, normalize_tone),
    "vn_match": (1, match_or_nothing),
    # The ranked search's MATCH expressions over ``articles_search`` (query, site, year).
    "vn_search_words": (3, search_index.words_match),
    "vn_search_phrase": (3, search_index.phrase_match),
    "vn_search_exact": (3, search_index.exact_match),
    "vn_exact": (2, exact_words),
    "vn_contains": (2, contains_words),
    "vn_snippet": (2, snippet),
    "vn_diff": (2, paragraph_diff),
}


def _sql_function(fn: Callable[..., Any]) -> Callable[..., Any]:
    """SQLite calls these with whatever a user's SQL passes: never raise, never trust types."""
    def wrapper(*args: Any) -> Any:
        args = tuple(a if a is None or isinstance(a, str) else str(a) for a in args)
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 — a SQL function must not crash the query
            return None
    wrapper.__name__ = fn.__name__
    return wrapper


def register_sql_functions(conn: sqlite3.Connection) -> None:
    """Add the ``vn_*`` functions to ``conn``."""
    for name, (arguments, fn) in SQL_FUNCTIONS.items():
        conn.create_function(name, arguments, _sql_function(fn), deterministic=True)
