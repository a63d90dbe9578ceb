"""Bad input: any Unicode text returns a list in bounded time, and every span is exact.

Hypothesis builds text from Vietnamese statistic fragments, arbitrary Unicode (control
characters included), and each piece in a different normal form (NFC, NFD, NFKC, NFKD, or the
Unikey "tổ hợp" mix). Separate tests feed a megabyte of digits and other long degenerate input.
"""
from __future__ import annotations

import time
import unicodedata
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.statistics import find_statistics

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
