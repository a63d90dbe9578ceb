"""Search forms of Vietnamese text: extra columns and query forms, never a rewrite of the original.

- ``fold("Huyện Kiến Thuỵ đạt")`` → ``"huyen kien thuy dat"``: no diacritics, đ→d, lowercase.
- ``normalize_tone("Kiến Thuỵ, Uỷ ban, hoà")`` → ``"Kiến Thụy, Ủy ban, hòa"``: one tone placement
  for the open syllables oa/oe/uy, so "Thuỵ" and "Thụy" compare equal with diacritics kept.
- ``fts_match("Kiến Thuỵ")``: the FTS5 query over ``documents_fts`` that finds it however typed
  (used by the SQL functions of :mod:`pipelines.search`; articles are searched through
  :mod:`pipelines.search_index`).

Matching, ranking and excerpts built on these forms live in :mod:`pipelines.search`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import TypeVar

_D = str.maketrans({"đ": "d", "Đ": "D"})
# fold() for text made only of U+0000–U+20FF (Latin, Vietnamese, punctuation, currency: the
# archived articles): stripping the marks of a canonical decomposition works per character (NFD
# reorders only marks, and all of them go), so translating each character to its stripped
# decomposition and composing once equals the general path at 40 % of its cost (measured on
# archived bodies). tests/test_text.py checks every code point of the range.
_FOLD_TABLE_END = 0x2100
_OUTSIDE_FOLD_TABLE = re.compile(f"[^\\x00-{chr(_FOLD_TABLE_END - 1)}]")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _fold_table() -> dict[int, str]:
    """Built on first use (~8 ms), not at import: most processes never fold."""
    return {cp: stripped for cp in range(_FOLD_TABLE_END)
            if (stripped := _strip_marks(chr(cp))) != chr(cp)}


# The five tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
# Circumflex, breve and horn are letter marks, not tones, and are never moved.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# oa / oe / uy ending a syllable (no letter or mark after it), not the "u" of "qu".
_OPEN_DIPHTHONG = re.compile(
    rf"(?<![qQ])([oOuU])([{_TONES}]?)([aAeEyY])([{_TONES}]?)(?![\w\u0300-\u036f])"
)


def fold(text: str | None) -> str:
    if not text:
        return ""
    if len(text) >= FOLDED_BY_WORD_FROM:
        return " ".join(map(_FOLDED_WORDS.__getitem__, text.split(" ")))
    return _fold(text)


def _fold(text: str) -> str:
    stripped = (text.translate(_fold_table()) if not _OUTSIDE_FOLD_TABLE.search(text)
                else _strip_marks(text))
    return unicodedata.normalize("NFC", stripped).lower()


# A long text (an article's body, folded for search as it is stored) is folded word by word,
# each distinct word once: a space never composes, decomposes nor changes case with its
# neighbours (tests/test_text.py), so the result is the same, and translating a text's
# non-ASCII letters one by one through a dict was most of the cost (0.55 ms of a 10,000-
# character body; by words, 0.3 ms, and less as the vocabulary repeats across articles).
# Bounded: a long crawl meets ever new words; these are some 2 MiB.
FOLDED_BY_WORD_FROM = 200
FOLD_CACHE_SIZE = 8192


Value = TypeVar("Value")


class WordMemo(dict[str, Value]):
    """``function(word)`` of a pure function, remembered: ``memo[word]``. A word met again is a
    plain dict look-up, which ``map`` makes in C (half what an ``lru_cache`` hit costs, which
    also keeps its recency order: on a body's 2,000 words, 0.12 -> 0.06 ms). Bounded: when
    ``size`` words are held, they are forgotten at once and the next are remembered anew."""

    def __init__(self, function: Callable[[str], Value], size: int) -> None:
        super().__init__()
        self.function, self.size = function, size

    def __missing__(self, word: str) -> Value:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.function(word)
        return value


_FOLDED_WORDS = WordMemo(_fold, FOLD_CACHE_SIZE)


def _tone_on_first(match: re.Match[str]) -> str:
    first, tone1, second, tone2 = match.groups()
    if tone2 and not tone1:
        return first + tone2 + second
    return match.group(0)


def normalize_tone(text: str | None) -> str:
    """NFC text with the tone of open oa/oe/uy on the first vowel (the "hòa, Thụy" style).

    Both placements are correct Vietnamese (the 1980 reform put it on the second vowel); a
    search must treat them as one. See research/vn-portals.md §2.1.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OPEN_DIPHTHONG.sub(_tone_on_first, decomposed))


def fts_match(query: str | None) -> str | None:
    """An FTS5 MATCH expression over ``documents_fts`` (columns title, body_text, title_folded,
    body_folded) that finds ``query`` however it is typed.

    Each whitespace-separated chunk becomes a quoted phrase (so "24-CT/HU" stays one phrase and
    no user input is FTS syntax). The original words are matched in title/body_text (the
    tokenizer already ignores tone marks, not đ) and the folded words in the folded columns
    (đ→d): the second finds everything, the first lets ``snippet()`` highlight the original.
    None when the query has no word.
    """
    chunks = [c for c in unicodedata.normalize("NFC", query or "").split()
              if any(ch.isalnum() for ch in c)]
    if not chunks:
        return None

    def phrases(words: list[str]) -> str:
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    return (f"{{title body_text}} : ({phrases(chunks)}) OR "
            f"{{title_folded body_folded}} : ({phrases([fold(c) for c in chunks])})")
