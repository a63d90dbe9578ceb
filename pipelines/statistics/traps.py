"""Numbers that are not statistics (DESIGN.md "Not statistics", corpus README 3).

Two kinds of rule:
- ``blocked_spans``: whole stretches whose digits are never statistics: dates, times, year
  ranges, phone numbers, standard codes, document-number shapes, short quoted slogans, table
  row numbers, "6 tháng đầu năm".
- ``names_the_number``: a word just before a number that makes it a name or an ordinal
  ("lớp 9", "kỳ họp thứ 18", "Đề án 06", "mức độ 3", "năm 2023", "Bắc thơm số 7").
Everything else is decided by what follows the number: without a known unit it is nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .context import ends_with, words_before
from .lexicon import LEXICON, SPACE

S = SPACE
_NOT_BEFORE = r"(?<![0-9.,/])"
_NOT_AFTER = r"(?![0-9])"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"

# A document number written without its type: "Số: 27/KH-UBND", "Giấy phép số 18/GP-TTĐT",
# "và 456/QĐ-UBND". State style 27/KH-UBND, 100/2019/NĐ-CP; Party style 24-CT/HU.
DOC_NUMBER_STATE = r"[0-9]{1,6}(?:/[0-9]{4})?/[^\W\d_][^\W_]*+(?:[-–][^\W_]++)*+"
DOC_NUMBER_PARTY = r"[0-9]{1,6}-[^\W\d_][^\W_]*+/[^\W\d_][^\W_]*+(?:[-–][^\W_]++)*+"

_BLOCKED_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    # dates: 29/8/2017, 15-9-2021, "(Ngày 22 - 10 - 2018)", 12.10.2023
    rf"{_NOT_BEFORE}{_DAY}{S}*/{S}*{_MONTH}{S}*/{S}*[0-9]{{4}}{_NOT_AFTER}",
    rf"{_NOT_BEFORE}{_DAY}{S}*-{S}*{_MONTH}{S}*-{S}*[0-9]{{4}}{_NOT_AFTER}",
    rf"{_NOT_BEFORE}{_DAY}\.{_MONTH}\.[0-9]{{4}}{_NOT_AFTER}",
    # day/month "06/5", "22/3" and month/year "3/2024" (a fraction such as "5/7" goes too)
    rf"{_NOT_BEFORE}{_DAY}/{_MONTH}(?![0-9/])",
    rf"{_NOT_BEFORE}{_MONTH}/{_YEAR}(?![0-9/])",
    rf"(?<![^\W\d_])ngày{S}+[0-9]{{1,2}}{S}+tháng{S}+[0-9]{{1,2}}(?:{S}+năm{S}+[0-9]{{4}})?",
    rf"(?<![^\W\d_])tháng{S}+[0-9]{{1,2}}(?:{S}+năm{S}+[0-9]{{4}}|/[0-9]{{4}})",
    rf"(?<![^\W\d_])quý{S}+(?:[IV]+|[1-4])(?:{S}*/{S}*[0-9]{{4}})?",
    # year ranges: "giai đoạn 2021 - 2025", "2021-2025", "từ 2016 đến 2020"
    rf"{_NOT_BEFORE}{_YEAR}{S}*(?:-|–|—|đến|tới){S}*{_YEAR}{_NOT_AFTER}",
    # times: 15:30, 8h30, 8 giờ 30 phút ("500 giờ công" is labour, not a time)
    rf"{_NOT_BEFORE}[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?{_NOT_AFTER}",
    rf"{_NOT_BEFORE}[0-9]{{1,2}}(?:h|{S}*giờ)(?!{S}*công)(?:{S}*[0-9]{{1,2}}(?:{S}*phút|')?)?(?![^\W\d_])",
    # "6 tháng đầu năm", "9 tháng cuối năm"
    rf"{_NOT_BEFORE}[0-9]{{1,2}}{S}+tháng{S}+(?:đầu|cuối){S}+năm",
    # phone numbers: 0225.3812.345, 0912 345 678, (0225) 3812345, +84 912 345 678, 1900 1234
    rf"{_NOT_BEFORE}(?:\+84|\(0[0-9]{{2,3}}\)|0[0-9]{{2,3}})(?:[ .-]?[0-9]{{2,4}}){{2,4}}{_NOT_AFTER}",
    rf"{_NOT_BEFORE}1[89]00[ .]?[0-9]{{4}}(?:[ .]?[0-9]{{2,4}})?{_NOT_AFTER}",
    # standards and codes: "TCVN ISO 9001:2008", "QCVN 01:2021/BYT"
    rf"(?<![^\W\d_])(?:ISO|TCVN|QCVN|IEC){S}*[0-9]+(?:[:./-][0-9A-Z]+)*",
    # document numbers without a type before them
    rf"(?<![\w/-])(?:{DOC_NUMBER_PARTY}|{DOC_NUMBER_STATE})",
    # table row numbers: a paragraph that opens with "1 | ..." is a row, the 1 its STT
    rf"(?m)^{S}*[0-9]{{1,4}}\.?(?={S}*\|)",
))

# Quoted slogans: “3 đồng hành, 5 hỗ trợ”, “5 không, 3 sạch”, “4 tại chỗ”. Only short quotes:
# a long quotation is a speech and keeps its figures.
_SLOGAN = re.compile(r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|‘[^’\n]{1,60}’|«[^»\n]{1,60}»")
_DIGIT = re.compile(r"[0-9]")


def blocked_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` in which no digit starts a quantity, money or percent."""
    for pattern in _BLOCKED_PATTERNS:
        for m in pattern.finditer(text):
            yield m.span()
    for m in _SLOGAN.finditer(text):
        if _DIGIT.search(m.group()):
            yield m.span()


_NAME_MARKERS = tuple(tuple(m.split()) for m in LEXICON.name_markers)
_MARKER_EXCEPTIONS = {tuple(k.split()): v for k, v in LEXICON.name_marker_exceptions.items()}


def names_the_number(text: str, start: int) -> bool:
    """True when the word just before ``start`` makes the number there a name or ordinal.

    "tổng số 125 hộ" is still a count: some markers have exceptions for the word before them.
    """
    words = words_before(text, start)
    for marker in _NAME_MARKERS:
        if ends_with(words, marker):
            exceptions = _MARKER_EXCEPTIONS.get(marker, frozenset())
            prior = words[:len(words) - len(marker)]
            return not (prior and prior[-1] in exceptions)
    return False
