"""Bad input: any Unicode text returns a list in bounded time, and every span is exact.

Hypothesis builds text from Vietnamese statistic fragments, arbitrary Unicode (control
characters included), and each piece in a different normal form (NFC, NFD, NFKC, NFKD, or the
Unikey "tổ hợp" mix). Separate tests feed a megabyte of digits and other long degenerate input.
"""
from __future__ import annotations

import re
import time
import unicodedata
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.statistics import find_statistics
from pipelines.statistics.documents import DOCUMENT, reference_openings
from pipelines.statistics.lexicon import LEXICON, SPACE, phrase_alternation
from pipelines.statistics.numbers import (
    LOWERED_OTHERWISE,
    NUMBER_TOKEN,
    SPELLED_NUMBER,
    SPELLED_OPENING_WORDS,
    SPELLED_WORD,
    digit_positions,
    number_tokens,
    positions_of,
    spelled_numbers,
)
from pipelines.statistics.traps import NUMBER_PATTERNS, number_pattern_spans

FRAGMENTS = [
    "125", "1.250", "28,5", "02", "3.268,4", "0,34", "2021", "2021 - 2025", "29/8/2017",
    "15-9-2021",
    " ", " ", "\u00a0", "\n\n", ", ", ". ", "; ", "%", " %", "/", "-", "–", ":", "“", "”", "\"",
    "hộ", "hộ gia đình", "người", "ha", "km", "tạ/ha", "học sinh", "triệu", "tỷ", "nghìn",
    "đồng", "đồng hành", "USD", "đ", "hơn", "khoảng", "từ", "đến", "hai mươi lăm", "ba",
    "Quyết định số ", "Chỉ thị ", "24-CT/HU", "1234/QĐ-UBND", "100/2019/NĐ-CP", " ngày ",
    " của UBND huyện", " đã ban hành ", "lớp 9", "mức độ 3", "ISO 9001:2008", "0912 345 678",
    "\u0301", "\u0323", "\x00", "\x1b", "\ufeff", "\u200b", "\U0001F600", "١٢٣",
]
FORMS = ["NFC", "NFD", "NFKC", "NFKD", None]


def _in_form(piece_and_form: tuple[str, str | None]) -> str:
    piece, form = piece_and_form
    return unicodedata.normalize(form, piece) if form else piece


piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12),
                  st.characters(min_codepoint=0, max_codepoint=0x1F))
texts = st.lists(st.tuples(piece, st.sampled_from(FORMS)).map(_in_form), max_size=60).map("".join)


def _check(text: str) -> list:
    stats = find_statistics(text)
    assert isinstance(stats, list)
    for s in stats:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.kind in ("quantity", "money", "percent", "document")
        if s.kind == "document":
            assert s.number and s.doc_type
        else:
            assert isinstance(s.value, (int, float)) and s.unit
    assert [s.start for s in stats] == sorted(s.start for s in stats)
    return stats


@settings(max_examples=400, deadline=timedelta(seconds=2),
          suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_returns_exact_spans(text):
    _check(text)


@settings(max_examples=200, deadline=timedelta(seconds=2))
@given(st.text())
def test_arbitrary_unicode(text):
    _check(text)


MEGABYTE = 1_000_000
LONG_INPUTS = {
    "digits": "7" * MEGABYTE,
    "dotted digits": "1.000" * (MEGABYTE // 5),
    "digits and spaces": "0 1 2 3 4 5 6 7 8 9 " * (MEGABYTE // 20),
    "one sentence without punctuation": "của Ban Chỉ đạo về việc " * (MEGABYTE // 24),
    "open quotes": "“3 " * (MEGABYTE // 3),
    "NFD body": (unicodedata.normalize("NFD", "Hỗ trợ 125 hộ với 28,5 triệu đồng. ")
                 * (MEGABYTE // 35)),
    "control characters": "\x00\x01\x1b\x7f" * (MEGABYTE // 4),
}


@pytest.mark.parametrize("name", LONG_INPUTS)
def test_a_megabyte_in_bounded_time(name):
    text = LONG_INPUTS[name]
    began = time.perf_counter()
    stats = _check(text)
    elapsed = time.perf_counter() - began
    # Linear work: a few seconds per megabyte on a laptop; the bound leaves room for a busy CI.
    assert elapsed < 60, elapsed
    if name == "NFD body":
        assert len(stats) == 2 * (MEGABYTE // 35)


def test_many_statistics_in_one_long_line():
    text = "1 hộ " * 40_000                      # 200 kB, one "sentence", 40 000 statistics
    stats = _check(text)
    assert len(stats) == 40_000
    assert max(len(s.sentence) for s in stats) < 700     # context is bounded, not the whole line


# The spelled-number regex opens with a class of first letters (pipelines/statistics/numbers.py
# says why); it must find what the plain form, a look-behind then the words, finds.
_SPELLED_PLAIN = re.compile(
    rf"(?<![^\W\d_])(?:{phrase_alternation([*LEXICON.spelled_digits, 'mười'])})(?![^\W\d_])"
    rf"(?:{SPACE}+(?:{SPELLED_WORD})(?![^\W\d_]))*+", re.IGNORECASE)
_SPELLED_PIECES = [*LEXICON.spelled_digits, "mười", "mươi", "trăm", "nghìn", "Hai", "BẢY",
                   "Một", "mộtx", "bam", "xba", "\u212ahông", "\u017fáu", "5", "_", "đ", " ", "  ",
                   "\u00a0", "\n", ", ", "."]


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.lists(st.sampled_from(_SPELLED_PIECES), max_size=12).map("".join)
       | st.text(alphabet="hai bảy một năm mười ĐđKk\u212a5_\n", max_size=30))
def test_spelled_numbers_are_found_as_the_plain_regex_finds_them(text):
    assert [(m.span(), m.group()) for m in SPELLED_NUMBER.finditer(text)] == \
        [(m.span(), m.group()) for m in _SPELLED_PLAIN.finditer(text)]


# traps finds the matches of its number patterns in one scan where numbers are sparse
# (pipelines/statistics/traps.py says why); each pattern must give what its own finditer gives,
# matches it drops included (a dropped match still hides what it overlaps). A line of letters
# after the text makes it sparse: no number pattern crosses a line break or matches in letters.
_TRAP_PIECES = ["1", "2", "0", "12", "2021", "2025", "1900", "84", "/", " / ", "-", " - ", "–",
                ".", ",", ":", " ", "\u00a0", "h", "giờ", "phút", "công", "tháng", "năm", "đầu",
                "đến", "+", "(", ")", "QĐ", "UBND", "CT", "HU", "xã", "\n", "a", "Ă"]


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.lists(st.sampled_from(_TRAP_PIECES), max_size=24).map("".join) | st.text(max_size=40))
def test_number_traps_are_found_as_each_pattern_finds_them(text):
    expected = [[m.span() for m in pattern.finditer(text)] for pattern in NUMBER_PATTERNS]
    assert number_pattern_spans(text) == expected
    assert number_pattern_spans(text + "\n" + "x" * 40 * (len(text) + 1)) == expected


# Spelled numbers are tried only where str.find sees an opening word in the lowercased text
# (pipelines/statistics/numbers.py says why): every character IGNORECASE matches to a letter
# of those words must lower to that letter, or be one the scan leaves to the pattern.
def test_only_the_listed_characters_lower_otherwise_than_ignorecase_matches():
    letters = sorted(set("".join(SPELLED_OPENING_WORDS)))
    any_letter = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    otherwise = set()
    for code_point in range(0x110000):
        char = chr(code_point)
        if any_letter.fullmatch(char):
            otherwise |= {char for letter in letters
                          if re.fullmatch(letter, char, re.IGNORECASE) and char.lower() != letter}
    assert otherwise <= set(LOWERED_OTHERWISE)


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.lists(st.sampled_from([*_SPELLED_PIECES, "HAI", "hAi", "BA", "Năm", "NĂM", "mƯỜi",
                                 "\u0131", "\u017fáu", "\u0130", "Ba"]), max_size=12).map("".join)
       | st.text(alphabet="hai bảy một năm mười ĐđKk\u212a\u017f\u0131\u01305_\n", max_size=30))
def test_spelled_numbers_are_found_where_the_pattern_finds_them(text):
    assert [m.span() for m in spelled_numbers(text)] == \
        [m.span() for m in SPELLED_NUMBER.finditer(text)]


# References are tried only at the opening words in the stretch of letters, spaces, line
# breaks, commas and colons right before a number (pipelines/statistics/documents.py says
# why): every place DOCUMENT matches must be one of them.
_REFERENCE_PIECES = ["Quyết định", "quyết định", "Nghị quyết", "Luật", "Đầu tư", "công", "QĐ",
                     "KH", "Kế hoạch", "Thông tư", "số", "Số", ":", " ", "  ", ",", ", ", "\n",
                     "\n\n", "-", ".", "(", "12", "1234/QĐ-UBND", "24-CT/HU", "100 - KL/TW",
                     "49/2014/QH13", " ngày ", "15/3/2023", "của UBND", "x", "Ủy ban", "2024",
                     "Quyết định số: ", "Kế hoạch số:", " số ", "Luật Đầu tư công số ",
                     "Nghị quyết\nsố ", "QĐ 45/QĐ-UBND", "Luật Đất đai, Xây dựng số "]


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.lists(st.sampled_from(_REFERENCE_PIECES), max_size=16).map("".join)
       | st.text(alphabet="Quyết địnhsố QĐKH12/-,:\n", max_size=40))
def test_every_reference_starts_at_an_opening(text):
    openings = set(reference_openings(text))
    assert {p for p in range(len(text)) if DOCUMENT.match(text, p)} <= openings


def test_no_reference_opening_word_holds_a_digit():
    # reference_openings scans the stretch before each digit, ending at it: an opening word
    # with a digit in it would be cut short there.
    from pipelines.statistics.documents import _OPENING_WORDS
    assert not [word for word in _OPENING_WORDS if any(ch.isdigit() for ch in word)]


# digit_positions finds digits by str.find while they are sparse, by a regex scan where they
# are dense: both must give the regex's positions, and number_tokens finditer's matches.
@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(st.text(alphabet="abc xyz ắ\n0123456789.,١²+(", max_size=120)
       | st.lists(st.sampled_from(["Quyết định số ", "xã ", "12", "1.250,5", " hộ", "x" * 30,
                                   "٣", "²", ", "]), max_size=12).map("".join))
def test_digits_and_number_tokens_are_found_as_the_regex_finds_them(text):
    assert digit_positions(text) == [m.start() for m in re.finditer("[0-9]", text)]
    assert positions_of(text, "0123456789+(") == [m.start() for m in re.finditer("[0-9+(]", text)]
    assert [m.span() for m in number_tokens(text)] == \
        [m.span() for m in NUMBER_TOKEN.finditer(text)]
