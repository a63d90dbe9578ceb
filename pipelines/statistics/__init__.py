"""Statistics in district news: quantities, money, percents and document references.

    from pipelines.statistics import find_statistics, Statistic
    stats = find_statistics(body_text)        # pure: a string in, a list out
    [s.to_dict() for s in stats]              # the JSON shape of DESIGN.md

What is and is not a statistic is ../shared/DESIGN.md ("What boilerplate and statistics mean
here") and the corpus README §3 ("Gold conventions"). The steps, each a module:

1. textview   — match on an NFC view, report offsets into the text as given;
2. sentences  — sentence spans (issuer scope, the ``sentence`` shown with each value);
3. documents  — references such as "Quyết định số 1234/QĐ-UBND ngày 15/3/2023";
4. traps      — dates, years, times, phone numbers, codes and slogans: never statistics;
5. measures   — numbers with a counted noun, measure unit, currency or percent sign, read
                 as reports write them: ranges, fractions, rates, qualifiers with their sense
                 (units: the unit and rate patterns; lexicon.json: the words).
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .documents import DocumentRef, find_documents
from .measures import Measure, find_measures
from .model import Statistic
from .numbers import plain
from .sentences import Sentences
from .textview import TextView
from .traps import blocked_spans

__all__ = ["Statistic", "find_statistics"]


def find_statistics(text: str) -> list[Statistic]:
    """All statistics in ``text``, ordered by position.

    Raises ``TypeError`` when ``text`` is not a ``str`` (decode bytes first).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_statistics expects str, not {type(text).__name__}")
    view = TextView.of(text)
    sentences = Sentences.of(view.text)
    documents = find_documents(view.text, sentences)
    blocked = _mask(len(view.text), [*blocked_spans(view.text),
                                     *((d.start, d.end) for d in documents)])
    measures = find_measures(view.text, blocked)
    found = [*(_document(d, _in_original(text, view, sentences, d.start, d.end))
               for d in documents),
             *(_measure(m, _in_original(text, view, sentences, m.start, m.end))
               for m in measures)]
    return sorted(found, key=lambda s: (s.start, s.end))


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


# Where a statistic stands in the text as given: (its text, start, end, sentence).
_Placed = tuple[str, int, int, str]


def _document(ref: DocumentRef, placed: _Placed) -> Statistic:
    text, start, end, sentence = placed
    return Statistic("document", text, start, end, sentence=sentence, doc_type=ref.doc_type,
                     number=ref.number, issued=ref.issued, issuer=ref.issuer)


def _measure(m: Measure, placed: _Placed) -> Statistic:
    text, start, end, sentence = placed
    return Statistic(m.kind, text, start, end, value=plain(m.value), unit=m.unit,
                     qualifier=m.qualifier, sentence=sentence, sense=m.sense, per=m.per,
                     low=_plain(m.low), high=_plain(m.high),
                     denominator=_plain(m.denominator))


def _plain(value: Decimal | None) -> int | float | None:
    return None if value is None else plain(value)


# A "sentence" in text without punctuation can be a megabyte long; a reader needs the words
# around the value, and 200 000 statistics must not each copy the whole text.
SENTENCE_CONTEXT = 300


def _in_original(text: str, view: TextView, sentences: Sentences, start: int, end: int
                 ) -> _Placed:
    """A statistic found at ``start:end`` of the view, placed back onto the text as given
    (each is made once, placed: no copy of it with its place changed)."""
    sent_start, sent_end = view.original_span(*sentences.around(start))
    start, end = view.original_span(start, end)
    sent_start = max(sent_start, start - SENTENCE_CONTEXT)
    sent_end = min(sent_end, end + SENTENCE_CONTEXT)
    return text[start:end], start, end, text[sent_start:sent_end].strip()
