"""Highlighting what a search matched in a result's excerpt, for the search page (issue 15).

The ranked search matches words with diacritics ignored, so "ho" finds "hộ", "hồ" and "hỗ".
The excerpt the search returns (``**``-marked by :func:`pipelines.search.snippet`) marks every
word that folds to a query word: for "ho ngheo" it marked the "hỗ" of "hỗ trợ" beside the "hộ
nghèo" that matched. Here the excerpt is marked again by what matched:

- query words that stand together in the text, in the order typed ("hộ nghèo" for "ho ngheo"),
  are one highlight, and a query word found that way is not highlighted again on its own
  elsewhere in the excerpt ("hỗ" stays plain);
- a query word that never stands with the others is highlighted wherever it occurs;
- each highlight says whether the text has the words as typed (tone placement and case
  ignored: "Thuỵ" is "Thụy") or only with other diacritics ("hộ" for "ho"): ``exact`` or
  ``folded``, shown differently on the page.

Pure functions of the excerpt and the query: the excerpt comes from the search query as it is.
"""
from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass

from markupsafe import Markup

from pipelines.search import SNIPPET_CLOSE, SNIPPET_OPEN
from pipelines.text import fold, normalize_tone

_WORD = re.compile(r"\w+")
_MARKERS = re.compile(re.escape(SNIPPET_OPEN) + "|" + re.escape(SNIPPET_CLOSE))


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    exact: bool  # the words as typed (tone placement, case aside), not only folded alike


def plain_excerpt(marked: str | None) -> str:
    """The excerpt without the search's highlight markers (for CSV and for re-marking)."""
    return _MARKERS.sub("", marked or "")


def _as_typed(word: str) -> str:
    return normalize_tone(unicodedata.normalize("NFC", word)).casefold()


def find_highlights(text: str, query: str) -> list[Highlight]:
    """The spans of ``text`` to highlight for ``query``, in text order (see the module)."""
    typed = _WORD.findall(unicodedata.normalize("NFC", query or ""))
    folded_query = [fold(w) for w in typed]
    if not folded_query:
        return []
    pairs = set(itertools.pairwise(folded_query))
    exact_forms: dict[str, set[str]] = {}
    for word, folded in zip(typed, folded_query, strict=True):
        exact_forms.setdefault(folded, set()).add(_as_typed(word))
    words = [(m.start(), m.end(), fold(m.group()), _as_typed(m.group()))
             for m in _WORD.finditer(text)]
    runs: list[list[int]] = []  # indexes into words of query words standing together
    for i, (_, _, folded, _) in enumerate(words):
        if folded not in exact_forms:
            continue
        previous = runs[-1] if runs else None
        if (previous and previous[-1] == i - 1 and text[words[i - 1][1]:words[i][0]].isspace()
                and (words[i - 1][2], folded) in pairs):
            previous.append(i)
        else:
            runs.append([i])
    together = {words[i][2] for run in runs if len(run) > 1 for i in run}
    chosen = [run for run in runs if len(run) > 1 or words[run[0]][2] not in together]
    return [Highlight(words[run[0]][0], words[run[-1]][1],
                      all(words[i][3] in exact_forms[words[i][2]] for i in run))
            for run in chosen]


def highlighted_html(marked_excerpt: str | None, query: str) -> Markup:
    """The excerpt, escaped, with what matched in ``<mark>`` (``class="folded"`` where only the
    folded form matched)."""
    text = plain_excerpt(marked_excerpt)
    out, position = [], 0
    for found in find_highlights(text, query):
        out.append(html.escape(text[position:found.start], quote=False))
        attributes = ("" if found.exact else
                      ' class="folded" title="matched with other diacritics than typed"')
        out.append(f"<mark{attributes}>{html.escape(text[found.start:found.end], quote=False)}"
                   "</mark>")
        position = found.end
    out.append(html.escape(text[position:], quote=False))
    return Markup("".join(out))
