"""The ranked-search index ``articles_search``: syllable pairs, publication order, bounded ranking.

Vietnamese FTS tokens are syllables, and the common ones ("xã", "huyện", "hộ") occur in most
articles, so ranking every match of a plain syllable index costs seconds at a million articles
(issue 19). This is the archive's one full-text index of articles (docs/benchmarks.md "Search"):

- **Syllable pairs.** Each column holds the folded syllables *and* every pair of consecutive
  syllables joined by ``_`` ("hộ nghèo" → ``ho ngheo ho_ngheo``). Most Vietnamese words are
  two syllables, so a typed word or phrase becomes a few short posting lists instead of the
  intersection of two huge ones, and consecutive syllables match as a phrase by default.
- **Publication order.** The FTS rowid is the article's ``search_key``: its publication day
  (days since 2000-01-01 of ``published``, 0 when unknown) above ``SEQUENCE_BITS`` bits of
  arrival order within that day. ``ORDER BY rowid DESC LIMIT k`` reads the newest matches first
  and stops, and keys are nearly dense, so each posting's rowid delta is one or two bytes (the
  earlier ``day << 32 | rowid`` took five: the index was 1.9x the old one). A new article takes
  the next number of its day, so no key is ever renumbered.
- **Exact forms.** Column ``exact`` holds the words as written (lowercase, one tone placement):
  "exact diacritics first" is one more bounded match, not Python over every body.
- **Filters inside the index.** Column ``meta`` holds ``site_<id>`` and ``y<year>``, so a site
  or year filter narrows the posting lists instead of discarding newest rows after the fact.

``detail=column``: no positions (pairs stand in for phrases), a third of the size of full
detail. Without positions a column holds a term or not, so each column lists its terms once
(a third fewer tokens to index; bm25 sees the same term frequencies, 1 per column).
Contentless (``content=''``): the text is in ``articles`` already; the Archive keeps the index
in step in ``store_article`` (all writes of text go through it) and ``index_for_search`` fills
it in bulk.
"""
from __future__ import annotations

import itertools
import queue
import re
import sqlite3
import string
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from pipelines.text import FOLDED_BY_WORD_FROM, WordMemo, fold, normalize_tone

#: Low bits of a ``search_key``: the article's arrival order within its publication day (room
#: for 1,048,576 articles a day); above them, the day.
SEQUENCE_BITS = 20
DAY_SIZE = 1 << SEQUENCE_BITS
#: How many matches a scan reads, newest first, before it stops. A query with fewer matches is
#: ranked whole by bm25; one with more ("broad") shows its newest matches first.
CANDIDATES = 1000

#: FTS5's own default: how many segments of a level an incremental write merges.
AUTOMERGE = 4

CREATE_SQL = """create virtual table articles_search using fts5(
    title, body, exact, meta, content='', detail=column,
    tokenize="unicode61 remove_diacritics 0 tokenchars '_'")"""


def day_sql(published: str) -> str:
    """The publication day of a ``published`` value (an SQL expression): days since
    2000-01-01 of its date, its month's first day or its year's, 0 when it has none."""
    return (f"max(0, cast(coalesce(julianday(substr({published}, 1, 10)), "
            f"julianday(substr({published}, 1, 7) || '-01'), "
            f"julianday(substr({published}, 1, 4) || '-01-01'), 2451544.5) - 2451544.5 "
            f"as integer))")


# Syllables: letters and digits, never "_" (which joins a pair).
_SYLLABLE = re.compile(r"[^\W_]+")
# The same in a text without "_": ``\w`` is ``[^\W_]`` and "_", one test a character instead
# of a class's three (10-20 % faster over an article's body).
_SYLLABLE_NO_UNDERSCORE = re.compile(r"\w+")


#: Characters that are never part of a syllable and often cling to a word's ends (ASCII
#: punctuation, "_" included, and the typographic quotes and dashes of news text): a chunk
#: that is a word between some of these is that one syllable, without a regex search.
_CLINGING = string.punctuation + "\u201c\u201d\u2018\u2019\u2026\u2013\u2014\u00ab\u00bb\u00b7"
assert not any(c.isalnum() for c in _CLINGING)


# A non-ASCII character. Whether one is a letter or digit (``\w`` less ASCII, "_" included, is
# ``str.isalnum`` of one non-ASCII character) is asked of each found: a folded text has a few
# (quotes, dashes), found by this plain range at twice the speed of a search for the class
# ``[^\W\x00-\x7f]``, which tests each character of the text for ``\w``.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Every ASCII character that is not a letter or digit, as a space.
_ASCII_SEPARATORS = {code: " " for code in range(128) if not chr(code).isalnum()}


def _syllables(text: str) -> list[str]:
    """``_SYLLABLE.findall(text)``. A folded text is ASCII but for a few quotes and dashes:
    with every character that is not a letter or digit as a space (non-ASCII ones "?" first,
    then ``str.translate``'s ASCII-only fast path) the syllables are the words ``str.split``
    finds, a third faster than taking the text chunk by chunk in Python."""
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    if not any(found.group().isalnum() for found in _NON_ASCII.finditer(text)):
        return text.encode("ascii", "replace").decode("ascii").translate(_ASCII_SEPARATORS).split()
    return _syllables_by_chunk(text)


def _syllables_by_chunk(text: str) -> list[str]:
    r"""``_SYLLABLE.findall(text)``, made from the text's whitespace-separated chunks: most
    chunks of a text are one word, which ``str.isalnum`` (the very test ``\w`` makes of a
    character, less "_") takes whole, and most others are a word with punctuation at its ends
    ("phong," "(2023)"), which stripping ``_CLINGING`` leaves whole; only the rest are searched
    (no whitespace character is a letter or digit, so no syllable spans two chunks). A
    regex match object per word was most of the cost; a search per punctuated word (one chunk
    in seven) a quarter of the rest."""
    syllable = _SYLLABLE if "_" in text else _SYLLABLE_NO_UNDERSCORE
    words: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            words.append(chunk)
        elif (bare := chunk.strip(_CLINGING)).isalnum():
            words.append(bare)
        else:
            words += syllable.findall(chunk)
    return words


def _distinct_syllables(text: str) -> dict[str, None]:
    """``dict.fromkeys(_syllables(text))``, from each distinct chunk once: a chunk seen again
    only repeats syllables seen at its first sight, so the order of first sight is the same.
    An article's body repeats most of its chunks (2,200 chunks, 600 distinct)."""
    syllable = _SYLLABLE if "_" in text else _SYLLABLE_NO_UNDERSCORE
    words: dict[str, None] = {}
    for chunk in dict.fromkeys(text.split()):
        if chunk.isalnum():
            words[chunk] = None
        elif (bare := chunk.strip(_CLINGING)).isalnum():
            words[bare] = None
        else:
            words.update(dict.fromkeys(syllable.findall(chunk)))
    return words


def pair_terms(folded: str | None) -> str:
    """Folded syllables, then each consecutive pair joined by ``_``; each term once (pairs are
    made unique before they are joined: a syllable never holds "_", so neither a pair and a
    syllable nor two different pairs join alike)."""
    return _pairs_of(_syllables(folded or ""))


def _pairs_of(words: list[str]) -> str:
    return " ".join(itertools.chain(dict.fromkeys(words),
                                    map("_".join, dict.fromkeys(itertools.pairwise(words)))))


#: Each distinct word's tone placed once per process (bounded: ``WordMemo``).
_ONE_TONE = WordMemo(normalize_tone, 1 << 16)


def exact_terms(*texts: str | None) -> str:
    """The words as written, lowercase, tone placement unified; each word once (a news
    vocabulary is small: each distinct word's tone is placed once per process)."""
    text = "\n".join(t for t in texts if t)
    if not unicodedata.is_normalized("NFC", text):  # stored text is NFC: a quick check
        text = unicodedata.normalize("NFC", text)
    return _toned(_distinct_syllables(text.lower()))


def _toned(lowered: Iterable[str]) -> str:
    return " ".join(map(_ONE_TONE.__getitem__, lowered))


#: What a chunk of a long text (between two spaces) gives the article's row and index entry:
#: its ``fold``, the syllables of that fold (``pair_terms``) and its lowercased syllables
#: (``exact_terms``).
_ChunkForms = tuple[str, tuple[str, ...], tuple[str, ...]]


def _chunk_forms(chunk: str) -> _ChunkForms:
    folded = fold(chunk)
    folded_syllables = _one_or_all(folded, folded)
    lowered = chunk.lower()
    # Most chunks are one syllable, often the same folded and lowercased: each held once
    # (a memo entry 453 -> 398 bytes on archived bodies: 3.1 MiB when full)
    lowered_syllables = (folded_syllables if lowered == folded
                         else _one_or_all(lowered, chunk if lowered == chunk else lowered))
    return folded, folded_syllables, lowered_syllables


def _one_or_all(text: str, same: str) -> tuple[str, ...]:
    """``_SYLLABLE.findall(text)`` as a tuple; ``(same,)`` (an equal string already held)
    when the text is one syllable."""
    found = _SYLLABLE.findall(text)
    return (same,) if found == [text] else tuple(found)


#: Each distinct chunk's forms, made once per process (bounded like ``fold``'s words; a chunk
#: is a word, with its punctuation: "phòng,").
_CHUNK_FORMS: WordMemo[_ChunkForms] = WordMemo(_chunk_forms, 8192)
_FOLDED, _FOLDED_SYLLABLES, _LOWERED_SYLLABLES = itemgetter(0), itemgetter(1), itemgetter(2)


@dataclass(frozen=True)
class BodyForms:
    """An article's body cut at its spaces once, for its folded column and its index entry
    (``index_row``), where ``fold``, ``pair_terms`` and ``exact_terms`` each went over the
    whole text again (0.3 ms of a 31 KB page). A space never composes, decomposes, changes
    case nor joins syllables (``fold`` folds a long text word by word so), so the forms of
    the text are those of its chunks, in order."""

    text: str
    chunks: list[str]
    forms: list[_ChunkForms]
    folded: str  # ``fold(text)``

    @classmethod
    def of(cls, text: str | None) -> BodyForms | None:
        """None for a text ``fold`` folds whole (a short one) or one not NFC (which
        ``exact_terms`` normalizes whole): ``fold`` and ``index_row`` make their forms."""
        if (not text or len(text) < FOLDED_BY_WORD_FROM
                or not unicodedata.is_normalized("NFC", text)):
            return None
        chunks = text.split(" ")
        forms = list(map(_CHUNK_FORMS.__getitem__, chunks))
        return cls(text, chunks, forms, " ".join(map(_FOLDED, forms)))

    def pair_terms(self) -> str:
        """``pair_terms(fold(text))``."""
        return _pairs_of(list(itertools.chain.from_iterable(map(_FOLDED_SYLLABLES,
                                                                self.forms))))

    def exact_terms(self, title: str | None) -> str:
        """``exact_terms(title, text)``: the title's words, then the text's (a new line
        between them joins no words either), each distinct chunk's once."""
        if title and not unicodedata.is_normalized("NFC", title):
            return exact_terms(title, self.text)
        distinct = map(_CHUNK_FORMS.__getitem__, dict.fromkeys(self.chunks))
        return _toned(dict.fromkeys(itertools.chain(
            _SYLLABLE.findall(title.lower()) if title else (),
            itertools.chain.from_iterable(map(_LOWERED_SYLLABLES, distinct)))))


def meta_terms(site: str | None, published: str | None) -> str:
    terms = []
    if site:
        terms.append("site_" + "_".join(_SYLLABLE.findall(fold(site))))
    if published and published[:4].isdigit():
        terms.append("y" + published[:4])
    return " ".join(terms)


def index_row(article: dict[str, Any], body: BodyForms | None = None
              ) -> tuple[str, str, str, str]:
    """(title, body, exact, meta) of an ``articles`` row (title, body_text, title_folded,
    body_folded, site, published): deterministic, so the same values delete the entry.
    ``body``: the forms of the row's body_text the writer made its body_folded of."""
    if body is None or body.text != article.get("body_text") \
            or body.folded != article.get("body_folded"):
        return (pair_terms(article.get("title_folded")), pair_terms(article.get("body_folded")),
                exact_terms(article.get("title"), article.get("body_text")),
                meta_terms(article.get("site"), article.get("published")))
    return (pair_terms(article.get("title_folded")), body.pair_terms(),
            body.exact_terms(article.get("title")),
            meta_terms(article.get("site"), article.get("published")))


#: An index entry: (search_key, title, body, exact, meta).
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


def chunks_match(query: str | None, site: str | None = None, year: str | None = None) -> str:
    """Every whitespace-separated chunk typed, anywhere in the title or body, diacritics
    ignored; a chunk of several syllables ("24-CT/HU") as a phrase (its syllable pairs). What
    ``?_search=`` on the articles table and ``export --search`` have always matched."""
    terms: list[str] = []
    for chunk in unicodedata.normalize("NFC", query or "").split():
        words = _SYLLABLE.findall(fold(chunk))
        terms.extend([f"{a}_{b}" for a, b in itertools.pairwise(words)] or words)
    if not terms:
        return NOTHING
    return f"{{title body}} : ({_quoted(dict.fromkeys(terms))})" + _filters(site, year)


def exact_match(query: str | None, site: str | None = None, year: str | None = None) -> str:
    """Every typed word with the diacritics typed (tone placement and case ignored)."""
    words = _SYLLABLE.findall(normalize_tone(unicodedata.normalize("NFC", query or "")).lower())
    if not words:
        return NOTHING
    return f"{{exact}} : ({_quoted(words)})" + _filters(site, year)


# -- maintenance ------------------------------------------------------------------------------

def _select_rows(where: str) -> str:
    return f"select search_key as key, {', '.join(INDEXED_COLUMNS)} from articles {where}"


def index_entries(conn: sqlite3.Connection, where: str = "",
                  args: Sequence[Any] = ()) -> Iterator[Entry]:
    """(key, title, body, exact, meta) of the matching ``articles`` rows that have a key, in
    key order: FTS5 appends a rowid above the last one to its pending postings, and flushes
    them as a new segment on any other (row order made the build twice as slow).

    The terms are made in a second thread, a batch ahead of the caller: inserting into FTS5
    releases the GIL, so on two cores making and indexing overlap."""
    cursor = conn.execute(_select_rows(f"{where or 'where 1'} and search_key is not null "
                                       "order by search_key"), list(args))
    names = [d[0] for d in cursor.description]

    def entries(rows: list[tuple[Any, ...]]) -> list[Entry]:
        made = []
        for values in rows:
            row = dict(zip(names, values, strict=True))
            made.append((row["key"], *index_row(row)))
        return made

    for batch in _made_alongside(iter(lambda: cursor.fetchmany(64), []), entries):
        yield from batch


_END = object()


def _made_alongside(batches: Iterator[list[Any]],
                    make: Callable[[list[Any]], list[Entry]]) -> Iterator[list[Entry]]:
    """``make(batch)`` for each batch, in order, computed in a second thread up to
    ``_AHEAD`` batches ahead of the consumer (the batches are read here, in the caller's
    thread, which owns the SQLite connection)."""
    todo: queue.Queue[Any] = queue.Queue()
    done: queue.Queue[Any] = queue.Queue()

    def work() -> None:
        while (batch := todo.get()) is not _END:
            try:
                done.put(make(batch))
            except BaseException as exc:  # noqa: BLE001 — raised again in the caller's thread
                done.put(exc)
        done.put(_END)

    def take() -> list[Entry]:
        made = done.get()
        if isinstance(made, BaseException):
            raise made
        return cast(list[Entry], made)

    thread = threading.Thread(target=work, name="search-index-terms", daemon=True)
    thread.start()
    ahead = 0
    try:
        for batch in batches:
            todo.put(batch)
            ahead += 1
            if ahead > _AHEAD:
                yield take()
                ahead -= 1
        while ahead:
            yield take()
            ahead -= 1
    finally:
        todo.put(_END)
        thread.join()


_AHEAD = 8


def add_entries(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    conn.executemany("insert into articles_search (rowid, title, body, exact, meta) "
                     "values (?, ?, ?, ?, ?)", entries)


def delete_entries(conn: sqlite3.Connection, entries: Iterable[Entry]) -> None:
    """A contentless index forgets an entry only given the values it was made of."""
    conn.executemany("insert into articles_search (articles_search, rowid, title, body, exact, "
                     "meta) values ('delete', ?, ?, ?, ?, ?)", entries)


def publication_day(conn: sqlite3.Connection, published: str | None) -> int:
    return int(conn.execute(f"select {day_sql('p')} from (select ? as p)",
                            [published]).fetchone()[0])


def next_key(conn: sqlite3.Connection, day: int) -> int:
    """The first unused key of ``day``, after every key the day has given (so arrival order
    within a day; a deleted article's number is not given again)."""
    low = day << SEQUENCE_BITS
    last = conn.execute("select max(search_key) from articles where search_key between ? and ?",
                        [low, low + DAY_SIZE - 1]).fetchone()[0]
    return _key_after(day, last)


def _key_after(day: int, last: int | None) -> int:
    """The key after ``last``, the day's last given key (None: the day has none yet)."""
    low = day << SEQUENCE_BITS
    if last is not None and last + 1 >= low + DAY_SIZE:
        raise ValueError(f"more than {DAY_SIZE:,} articles published on day {day}")
    return low if last is None else int(last) + 1


def search_key(conn: sqlite3.Connection, published: str | None,
               before: dict[str, Any] | None) -> int:
    """The ``search_key`` of an article about to be stored with ``published``, found as
    ``before`` (:func:`read_indexed`): its key while its publication day stays, else the next
    key of its day."""
    kept = before["key"] if before is not None else None
    if kept is None:  # a new article: its day and the day's last key, in one query
        day, last = conn.execute(_DAY_AND_LAST_KEY, [published]).fetchone()
        return _key_after(int(day), last)
    day = publication_day(conn, published)
    if kept >> SEQUENCE_BITS == day:
        return int(kept)
    return next_key(conn, day)


# ``publication_day`` and ``next_key``'s query at once
_DAY_AND_LAST_KEY = (
    f"select day, (select max(search_key) from articles where search_key between "
    f"day << {SEQUENCE_BITS} and (day << {SEQUENCE_BITS}) + {DAY_SIZE - 1}) "
    f"from (select {day_sql('p')} as day from (select ? as p))")


def assign_keys(conn: sqlite3.Connection) -> int:
    """Give a key to every article without one, or whose key is not of its publication day
    (articles written without ``store_article``: a bulk load, an older archive), in publication
    then row order; returns how many."""
    cursor = conn.execute(
        f"select rowid, {day_sql('published')} as day, search_key from articles "
        f"where search_key is null or search_key >> {SEQUENCE_BITS} != {day_sql('published')} "
        "order by day, rowid")
    found = cursor.fetchall()
    # out of their old days' ranges first (keys are unique)
    conn.executemany("update articles set search_key = null where rowid = ?",
                     [(rowid,) for rowid, _, key in found if key is not None])
    moved = [(rowid, day) for rowid, day, _ in found]
    updates = []
    for day, rows in itertools.groupby(moved, key=lambda row: row[1]):
        key = next_key(conn, day)
        for offset, (rowid, _) in enumerate(rows):
            if key + offset >= (day + 1) << SEQUENCE_BITS:
                raise ValueError(f"more than {DAY_SIZE:,} articles published on day {day}")
            updates.append((key + offset, rowid))
    conn.executemany("update articles set search_key = ? where rowid = ?", updates)
    return len(updates)


def rebuild(conn: sqlite3.Connection) -> int:
    """Keys for the articles lacking one, then the whole index from ``articles``; returns the
    entries written. The caller holds the transaction."""
    assign_keys(conn)
    conn.execute("insert into articles_search (articles_search) values ('delete-all')")
    # No merging while the entries go in (a level merges when it holds 16 segments, not 4):
    # 'optimize' merges everything once at the end. A third faster at 150,000 articles.
    conn.execute("insert into articles_search (articles_search, rank) values ('automerge', 0)")
    add_entries(conn, index_entries(conn))
    conn.execute("insert into articles_search (articles_search) values ('optimize')")
    conn.execute("insert into articles_search (articles_search, rank) "
                 f"values ('automerge', {AUTOMERGE})")
    return int(conn.execute("select count(*) from articles_search_docsize").fetchone()[0])


def read_indexed(conn: sqlite3.Connection, url: str) -> dict[str, Any] | None:
    """What the index entry of the article at ``url`` is made of (None: no such article)."""
    cursor = conn.execute(_select_rows("where url = ?"), [url])
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cursor.description], values, strict=True))


#: The names of :func:`read_indexed`'s dict, in its order (``key``, then ``INDEXED_COLUMNS``).
INDEXED_NAMES = ("key", *INDEXED_COLUMNS)


def as_written(key: int | None, row: dict[str, Any]) -> dict[str, Any] | None:
    """What :func:`read_indexed` reads back of an ``articles`` row just written with these
    values (``row`` holds ``INDEXED_COLUMNS``), without reading it: the same dict when every
    value is text or None, which TEXT columns store and give back unchanged; None (read it)
    for any other value, which a column's affinity might convert."""
    values = [row.get(column) for column in INDEXED_COLUMNS]
    if not all(value is None or type(value) is str for value in values):
        return None
    return dict(zip(INDEXED_NAMES, (key, *values), strict=True))


def follow_article(conn: sqlite3.Connection, url: str, before: dict[str, Any] | None) -> None:
    """Bring the entry of the article at ``url`` in step after a write that found it as
    ``before`` (:func:`read_indexed`, None when it was new): nothing to do unless its indexed
    columns or its key changed. The write sets the key (:func:`search_key`); an article
    written without one gets the next of its day here."""
    write_changes(conn, changes_to_follow(conn, url, before))


#: A change to the index: ("delete" or "add", the entry).
Change = tuple[str, Entry]


def changes_to_follow(conn: sqlite3.Connection, url: str, before: dict[str, Any] | None,
                      after: dict[str, Any] | None = None,
                      body: BodyForms | None = None) -> list[Change]:
    """What :func:`follow_article` writes, to write later with :func:`write_changes` (the
    article's row is read now, unless the writer gives ``after``, what :func:`read_indexed`
    would read of it: :func:`as_written`; ``body``: the forms of its body it was made of)."""
    if after is None:
        after = read_indexed(conn, url)
    if after is not None and after["key"] is None:
        conn.execute("update articles set search_key = ? where url = ?",
                     [search_key(conn, after["published"], None), url])
        after = read_indexed(conn, url)
    if after == before:
        return []
    changes: list[Change] = []
    if before is not None and before["key"] is not None:
        changes.append(("delete", (before["key"], *index_row(before))))
    if after is not None:
        changes.append(("add", (after["key"], *index_row(after, body))))
    return changes


def write_changes(conn: sqlite3.Connection, changes: list[Change]) -> None:
    """Write changes to the index, by key (a stable sort: one key's changes stay in their
    order; different keys' entries are independent, so the index holds the same entries).
    FTS5 keeps added entries in memory while their keys ascend and writes them as one segment
    at the end of the statement run, the transaction or a savepoint: several articles' changes
    written together make one segment instead of one each (and fewer merges)."""
    ordered = sorted(changes, key=lambda change: change[1][0])
    for kind, run in itertools.groupby(ordered, key=lambda change: change[0]):
        entries = [entry for _, entry in run]
        if kind == "delete":
            delete_entries(conn, entries)
        else:
            add_entries(conn, entries)
