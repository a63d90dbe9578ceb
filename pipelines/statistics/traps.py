"""Numbers that are not statistics (DESIGN.md "Not statistics", corpus README 3).

Two kinds of rule:
- ``blocked_spans``: whole stretches whose digits are never statistics: dates, times, year
  ranges, phone numbers, standard codes, document-number shapes, short quoted slogans, table
  row numbers, "6 tháng đầu năm". A day/month shape followed by a unit is a fraction ("5/7
  xã"); measures decides ("ngày 2/9 người dân" is still a date there).
- ``names_the_number``: a word just before a number that makes it a name or an ordinal
  ("lớp 9", "kỳ họp thứ 18", "Đề án 06", "mức độ 3", "năm 2023", "Bắc thơm số 7").
Everything else is decided by what follows the number: without a known unit it is nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .context import phrase_at_end, token_before, words_before
from .lexicon import LEXICON, SPACE
from .numbers import positions_of
from .units import unit_follows

S = SPACE
# Dates in text taken from legal documents wrap lines: "ngày 22\ntháng 8 năm 2022".
W = SPACE[:-1] + "\n]"
_NOT_AFTER = r"(?![0-9])"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# The same two opening a pattern. The regex engine skips ahead in C only to where a pattern's
# leading character class matches; a pattern opening with a group ("0?[1-9]|...") is tried at
# every position of the text, 3-4 times slower. So these read the first digit with a class,
# then go on with what each alternative of _DAY/_MONTH needs after it, in the same order.
_DAY_OPENING = r"[0-9](?:(?<=0)[1-9]|(?<=[1-9])|(?<=[12])[0-9]|(?<=3)[01])"
_MONTH_OPENING = r"[0-9](?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2])"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"

# A document number written without its type: "Số: 27/KH-UBND", "Giấy phép số 18/GP-TTĐT",
# "và 456/QĐ-UBND". A symbol: letters first, then letters/digits, hyphen-joined parts
# (KH-HĐTĐKT, NĐ-CP, QH13). State style may chain slash groups (27/KH-UBND, 100/2019/NĐ-CP,
# 183/2010/TTLT/BTC-BNN); Party style puts a hyphen after the number, sometimes spaced
# (24-CT/HU, "Kết luận số 100 - KL/TW"); a State number may space its first slash before a
# capital ("2345 / QĐ-UBND").
_SYMBOL = r"[^\W\d_][^\W_]*+(?:[-–][^\W_]++)*+"
_UPPER_AHEAD = "(?=[" + "".join(ch for ch in map(chr, range(0x41, 0x1F00))
                               if ch.isupper() and ch.isalpha()) + "])"
_STATE_TAIL = (rf"(?:(?:/[0-9]{{4}})?(?:/{_SYMBOL})++"
               rf"|{S}/{S}{_UPPER_AHEAD}{_SYMBOL}(?:/{_SYMBOL})*+)")
_PARTY_TAIL = rf"(?:-|{SPACE}[-–]{SPACE})[^\W\d_][^\W_]*+(?:/{_SYMBOL})++"
DOC_NUMBER_STATE = rf"[0-9]{{1,6}}{_STATE_TAIL}"
DOC_NUMBER_PARTY = rf"[0-9]{{1,6}}{_PARTY_TAIL}"

# Patterns that open with a digit and must not continue a number ("1.250/3" is no date).
# The boundary is checked in Python, not with a leading look-behind: a pattern that opens
# with a character class lets the regex engine skip ahead, several times faster.
_OPEN_WITH_NUMBER = tuple(re.compile(p) for p in (
    # dates: 29/8/2017, 15-9-2021, "(Ngày 22 - 10 - 2018)", 12.10.2023
    rf"{_DAY_OPENING}{S}*/{S}*{_MONTH}{S}*/{S}*[0-9]{{4}}{_NOT_AFTER}",
    rf"{_DAY_OPENING}{S}*-{S}*{_MONTH}{S}*-{S}*[0-9]{{4}}{_NOT_AFTER}",
    rf"{_DAY_OPENING}\.{_MONTH}\.[0-9]{{4}}{_NOT_AFTER}",
    # month/year "3/2024" (day/month "06/5" is _DAY_MONTH below)
    rf"{_MONTH_OPENING}/{_YEAR}(?![0-9/])",
    # year ranges: "giai đoạn 2021 - 2025", "2021-2025", "từ 2016 đến 2020"
    rf"{_YEAR}{S}*(?:-|–|—|đến|tới){S}*{_YEAR}{_NOT_AFTER}",
    # times: 15:30, 8h30, 8 giờ 30 phút ("500 giờ công" is labour, not a time)
    # ([0-9][0-9]? is [0-9]{1,2} opening with a class: see _DAY_OPENING)
    rf"[0-9][0-9]?:[0-9]{{2}}(?::[0-9]{{2}})?{_NOT_AFTER}",
    rf"[0-9][0-9]?(?:[hH]|{S}*giờ)(?!{S}*công)(?:{S}*[0-9]{{1,2}}(?:{S}*phút|')?)?(?![^\W\d_])",
    # reporting periods: "6 tháng đầu năm", "3 tháng cuối năm", "9 tháng năm 2024"
    rf"[0-9][0-9]?{S}+tháng(?:{S}+(?:đầu|cuối))?{S}+năm(?![^\W\d_])",
    # phone numbers: 0225.3812.345, 0912 345 678, (0225) 3812345, +84 912 345 678, 1900 1234
    rf"(?:\+84|\(0[0-9]{{2,3}}\)|0[0-9]{{2,3}})(?:[ .-]?[0-9]{{2,4}}){{2,4}}{_NOT_AFTER}",
    rf"1[89]00[ .]?[0-9]{{4}}(?:[ .]?[0-9]{{2,4}})?{_NOT_AFTER}",
))

# Patterns that open with a word and must not continue one, each with where its matches can
# start. The engine's own scan stops at every letter of the opening class ("n", "t" and "s" are
# everywhere in Vietnamese): 70-115 µs a 10,000-character body each. Most of them hold a word
# that str.find (C, far faster) looks for: such a pattern is tried only where that word is
# (``_At``: every match has the word ``back`` characters after its start), or not at all
# when none of the words it needs is in the text (``_If``). Same matches as ``finditer``.
@dataclass(frozen=True)
class _At:
    anchor: str
    back: int


@dataclass(frozen=True)
class _If:
    needs_one_of: tuple[str, ...]


_NGAY, _THANG, _QUY = "gày", "háng", "uý"
_OPEN_WITH_WORD: tuple[tuple[re.Pattern[str], _At | _If], ...] = tuple(
    (re.compile(p), where) for p, where in (
        (rf"[Nn]{_NGAY}{W}+[0-9]{{1,2}}{W}+tháng{W}+[0-9]{{1,2}}(?:{W}+năm{W}+[0-9]{{4}})?",
         _At(_NGAY, 1)),
        (rf"[Tt]{_THANG}{W}+[0-9]{{1,2}}(?:{W}+năm{W}+[0-9]{{4}}|/[0-9]{{4}})", _At(_THANG, 1)),
        (rf"[Qq]{_QUY}{S}+(?:[IV]+|[1-4])(?:{S}*/{S}*[0-9]{{4}})?", _At(_QUY, 1)),
        # a period reviewed: "kết quả 9 tháng", "sơ kết 6 tháng" (first letter by a class, as
        # _DAY_OPENING, for the same reason)
        ((rf"[KkSsTtBbĐđ](?:(?<=[Kk])ết{S}+quả|(?<=[Ss])ơ{S}+kết|(?<=[Tt])ổng{S}+kết"
          rf"|(?<=[Bb])áo{S}+cáo|(?<=[Đđ])ánh{S}+giá){S}+[0-9]{{1,2}}{S}+tháng"),
         _If(("tháng",))),
        # standards and codes: "TCVN ISO 9001:2008", "QCVN 01:2021/BYT"
        (rf"(?:ISO|TCVN|QCVN|IEC){S}*[0-9]+(?:[:./-][0-9A-Z]+)*", _If(("ISO", "CVN", "IEC"))),
    ))


def _word_matches(pattern: re.Pattern[str], where: _At | _If, text: str
                  ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``where`` says a match can start."""
    if isinstance(where, _If):
        if any(needed in text for needed in where.needs_one_of):
            yield from pattern.finditer(text)
        return
    # Every match starts ``back`` before an anchor, so trying those starts in order, each at
    # or after the last match's end, finds finditer's matches (none is empty).
    searched_to = 0
    found = text.find(where.anchor, where.back)
    while found >= 0:
        start = found - where.back
        if start >= searched_to and (match := pattern.match(text, start)):
            yield match
            searched_to = match.end()
        found = text.find(where.anchor, found + 1)

# Day/month "06/5", "22/3"; a fraction such as "5/7" goes too, unless a unit follows ("5/7 xã").
_DAY_MONTH = re.compile(rf"{_DAY_OPENING}/{_MONTH}(?![0-9/])")

# The look-behind after the first digit rejects a start inside a digit run at once: a megabyte
# of digits is then one cheap step per position.
_DOC_NUMBER = re.compile(rf"[0-9](?<![\w/-][0-9])[0-9]{{0,5}}+(?:{_PARTY_TAIL}|{_STATE_TAIL})")
# Table row numbers: a paragraph that opens with "1 | ..." is a row, the 1 its STT.
_TABLE_ROW = re.compile(rf"(?m)^{S}*[0-9]{{1,4}}\.?(?={S}*\|)")

# Quoted slogans: “3 đồng hành, 5 hỗ trợ”, “5 không, 3 sạch”, “4 tại chỗ”. Only short quotes:
# a long quotation is a speech and keeps its figures.
_SLOGAN = re.compile(r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|‘[^’\n]{1,60}’|«[^»\n]{1,60}»")
_SLOGAN_QUOTES = ("“", '"', "‘", "«")  # what a slogan opens with: no scan without one
_DIGIT = re.compile(r"[0-9]")

# The patterns that open with a number: all of their matches start at a digit, or at the "+"
# or "(" of a phone number. Each one's ``finditer`` scans the whole text for those (~40 µs a
# 10,000-character body, twelve times over), where a body has a few dozen. So one scan finds
# the characters a match may start at, and at each of them one pattern tries all twelve, each
# in a look-ahead that captures its match or nothing (``(?=(P)?)``: a look-ahead is matched
# as ``P.match`` would, and always succeeds, so the next is tried at the same place).
NUMBER_PATTERNS = (*_OPEN_WITH_NUMBER, _DAY_MONTH, _DOC_NUMBER)
_NUMBER_PATTERN_STARTS = "0123456789+("  # found by ``positions_of``
_NUMBER_PATTERNS_AT = re.compile("".join(f"(?=({p.pattern})?)" for p in NUMBER_PATTERNS))
# Trying all twelve at one place costs as much as 30 characters of the twelve scans: where
# places are denser (a table of figures, a third of its characters digits), the scans win.
_CHARACTERS_PER_START_AT_LEAST = 30


def number_pattern_spans(text: str) -> list[list[tuple[int, int]]]:
    """For each of ``NUMBER_PATTERNS``, the spans of its ``finditer(text)``."""
    starts = positions_of(text, _NUMBER_PATTERN_STARTS)
    if len(starts) * _CHARACTERS_PER_START_AT_LEAST > len(text):
        return [[m.span() for m in pattern.finditer(text)] for pattern in NUMBER_PATTERNS]
    # The matches at the places where one may start, in order, each at or after the end of
    # the one before: what finditer gives.
    spans: list[list[tuple[int, int]]] = [[] for _ in NUMBER_PATTERNS]
    searched_to = [0] * len(NUMBER_PATTERNS)
    for start in starts:
        found = _NUMBER_PATTERNS_AT.match(text, start)
        if found is None or found.lastindex is None:
            continue                                  # no pattern matches here: most places
        for k, span in enumerate(found.regs[1:]):
            if span[0] >= 0 and start >= searched_to[k]:
                spans[k].append(span)
                searched_to[k] = span[1]
    return spans


def blocked_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` in which no digit starts a quantity, money or percent."""
    def before(start: int) -> str:
        return text[start - 1] if start else " "

    *open_with_number, day_month, doc_number = number_pattern_spans(text)
    for spans in open_with_number:
        yield from (span for span in spans if before(span[0]) not in "0123456789.,/")
    yield from (span for span in day_month
                if before(span[0]) not in "0123456789.,/" and not unit_follows(text, span[1]))
    for pattern, where in _OPEN_WITH_WORD:
        yield from (m.span() for m in _word_matches(pattern, where, text)
                    if not before(m.start()).isalpha())
    yield from doc_number
    if "|" in text:  # a row's number is followed by its cell border
        yield from (m.span() for m in _TABLE_ROW.finditer(text))
    if any(quote in text for quote in _SLOGAN_QUOTES):
        yield from (m.span() for m in _SLOGAN.finditer(text) if _DIGIT.search(m.group()))


_NAME_MARKERS = frozenset(tuple(m.split()) for m in LEXICON.name_markers)
_LONGEST_MARKER = max(map(len, _NAME_MARKERS))
_MARKER_EXCEPTIONS = {tuple(k.split()): v for k, v in LEXICON.name_marker_exceptions.items()}


def names_the_number(text: str, start: int) -> bool:
    """True when the word just before ``start`` makes the number there a name or ordinal.

    "tổng số 125 hộ" is still a count: some markers have exceptions for the word before them.
    A period word that is itself counted ("9 tháng 20,8 tỷ đồng") names nothing after it.
    """
    words = words_before(text, start)
    marker = phrase_at_end(words, _NAME_MARKERS, _LONGEST_MARKER)
    if marker is None:
        return False
    prior = words[:len(words) - len(marker)]
    if not prior and " ".join(marker) in LEXICON.durations:
        previous = token_before(text, start, len(marker))
        if previous is not None and previous[0].isdigit():
            return False
    return not (prior and prior[-1] in _MARKER_EXCEPTIONS.get(marker, frozenset()))
