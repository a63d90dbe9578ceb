"""The ranked-search index ``articles_search``: syllable pairs, publication order, bounded ranking.

Vietnamese FTS tokens are syllables, and the common ones ("xã", "huyện", "hộ") occur in most
articles, so ranking every match of ``articles_fts`` (issue 19) costs seconds at a million
articles. This index is built for the ranked search instead (docs/benchmarks.md "Search"):

- **Syllable pairs.** Each column holds the folded syllables *and* every pair of consecutive
  syllables joined by ``_`` ("hộ nghèo" → ``ho ngheo ho_ngheo``). Most Vietnamese words are
  two syllables, so a typed word or phrase becomes a few short posting lists instead of the
  intersection of two huge ones, and consecutive syllables match as a phrase by default.
- **Publication order.** The FTS rowid is ``day << 32 | articles.rowid`` (day: days since
  2000-01-01 of ``published``, 0 when unknown), so ``ORDER BY rowid DESC LIMIT k`` reads the
  newest matches first and stops: a query matching half the archive costs k rows, not half
  the archive.
- **Exact forms.** Column ``exact`` holds the words as written (lowercase, one tone placement):
  "exact diacritics first" is one more bounded match, not Python over every body.
- **Filters inside the index.** Column ``meta`` holds ``site_<id>`` and ``y<year>``, so a site
  or year filter narrows the posting lists instead of discarding newest rows after the fact.

``detail=column``: no positions (pairs stand in for phrases), a third of the size of full
detail. Contentless (``content=''``): the text is in ``articles`` already; the Archive keeps
the index in step in ``store_article`` (all writes of text go through it) and
``index_for_search`` fills it in bulk.
"""
from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from pipelines.text import fold, normalize_tone

#: Low 32 bits of the index rowid: the article's rowid; above them, its publication day.
ARTICLE_BITS = 32
ARTICLE_MASK = (1 << ARTICLE_BITS) - 1
#: How many matches a scan reads, newest first, before it stops. A query with fewer matches is
#: ranked whole by bm25; one with more ("broad") shows its newest matches first.
CANDIDATES = 1000

CREATE_SQL = """create virtual table articles_search using fts5(
    title, body, exact, meta, content='', detail=column,
    tokenize="unicode61 remove_diacritics 0 tokenchars '_'")"""

#: The index key of an ``articles`` row (alias-free: columns ``published`` and ``rowid``), in
#: SQL so that bulk indexing and queries agree with :func:`search_key`.
KEY_SQL = (f"((max(0, cast(coalesce(julianday(substr(published, 1, 10)), "
           f"julianday(substr(published, 1, 7) || '-01'), "
           f"julianday(substr(published, 1, 4) || '-01-01'), 2451544.5) - 2451544.5 "
           f"as integer)) << {ARTICLE_BITS}) | rowid)")

# Syllables: letters and digits, never "_" (which joins a pair).
_SYLLABLE = re.compile(r"[^\W_]+")


def pair_terms(folded: str | None) -> str:
    """Folded syllables, then each consecutive pair joined by ``_``."""
    words = _SYLLABLE.findall(folded or "")
    return " ".join(words + [f"{a}_{b}" for a, b in itertools.pairwise(words)])


def exact_terms(*texts: str | None) -> str:
    """The words as written, tone placement unified (the tokenizer lowercases them)."""
    return normalize_tone("\n".join(t for t in texts if t))


def meta_terms(site: str | None, published: str | None) -> str:
    terms = []
    if site:
        terms.append("site_" + "_".join(_SYLLABLE.findall(fold(site))))
    if published and published[:4].isdigit():
        terms.append("y" + published[:4])
    return " ".join(terms)


def index_row(article: dict[str, Any]) -> tuple[str, str, str, str]:
    """(title, body, exact, meta) of an ``articles`` row (title, body_text, title_folded,
    body_folded, site, published): deterministic, so the same values delete the entry."""
    return (pair_terms(article.get("title_folded")), pair_terms(article.get("body_folded")),
            exact_terms(article.get("title"), article.get("body_text")),
            meta_terms(article.get("site"), article.get("published")))


#: An index entry: (rowid key, title, body, exact, meta).
Entry = tuple[int, str, str, str, str]

#: The ``articles`` columns an index entry is made of: a change to any of them re-indexes.
INDEXED_COLUMNS = ("title", "body_text", "title_folded", "body_folded", "site", "published")


# -- queries ----------------------------------------------------------------------------------

def _quoted(terms: Iterable[str]) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _filters(site: str | None, year: str | None) -> str:
    meta = meta_terms(site, None).split()
    if year and str(year).strip()[:4].isdigit():
        meta.append("y" + str(year).strip()[:4])
    return f" AND {{meta}} : ({_quoted(meta)})" if meta else ""


def _folded_words(query: str | None) -> list[str]:
    return _SYLLABLE.findall(fold(unicodedata.normalize("NFC", query or "")))


NOTHING = '""'  # the empty phrase: matches no row (MATCH NULL would be an error)


def phrase_match(query: str | None, site: str | None = None, year: str | None = None) -> str:
    """Every pair of consecutive typed syllables as a pair token, i.e. the words as typed, in
    order, next to each other (one syllable: that syllable)."""
    words = _folded_words(query)
    if not words:
        return NOTHING
    terms = [f"{a}_{b}" for a, b in itertools.pairwise(words)] or words
    return f"{{title body}} : ({_quoted(terms)})" + _filters(site, year)


def words_match(query: str | None, site: str | None = None, year: str | None = None) -> str:
    """Every typed syllable, anywhere in the title or body, diacritics ignored."""
    words = _folded_words(query)
    if not words:
        return NOTHING
    return f"{{title body}} : ({_quoted(words)})" + _filters(site, year)


def exact_match(query: str | None, site: str | None = None, year: str | None = None) -> str:
    """Every typed word with the diacritics typed (tone placement and case ignored)."""
    words = _SYLLABLE.findall(normalize_tone(unicodedata.normalize("NFC", query or "")).lower())
    if not words:
        return NOTHING
    return f"{{exact}} : ({_quoted(words)})" + _filters(site, year)


# -- maintenance ------------------------------------------------------------------------------

def _select_rows(where: str) -> str:
    return (f"select {KEY_SQL} as key, {', '.join(INDEXED_COLUMNS)} from articles {where}")


def index_entries(conn: sqlite3.Connection, where: str = "",
                  args: Sequence[Any] = ()) -> Iterable[Entry]:
    """(key, title, body, exact, meta) of the matching ``articles`` rows."""
    cursor = conn.execute(_select_rows(where), list(args))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        yield (row["key"], *index_row(row))


def add_entries(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    conn.executemany("insert into articles_search (rowid, title, body, exact, meta) "
                     "values (?, ?, ?, ?, ?)", entries)


def delete_entries(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    """A contentless index forgets an entry only given the values it was made of."""
    conn.executemany("insert into articles_search (articles_search, rowid, title, body, exact, "
                     "meta) values ('delete', ?, ?, ?, ?, ?)", entries)


def read_indexed(conn: sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """What the index entry of the article at ``url`` is made of (None: no such article)."""
    cursor = conn.execute(_select_rows("where url = ?"), [url])
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cursor.description], values, strict=True))


def follow_article(conn: sqlite3.Connection, url: str, before: dict[str, Any] | None) -> None:
    """Bring the entry of the article at ``url`` in step after a write that found it as
    ``before`` (:func:`read_indexed`, None when it was new): nothing to do unless its indexed
    columns or its key changed."""
    after = read_indexed(conn, url)
    if after == before:
        return
    if before is not None:
        delete_entries(conn, [(before["key"], *index_row(before))])
    if after is not None:
        add_entries(conn, [(after["key"], *index_row(after))])
