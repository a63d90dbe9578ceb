"""Search forms of Vietnamese: folding and tone placement."""
from __future__ import annotations

import unicodedata

import pytest

from pipelines.text import fold, normalize_tone


@pytest.mark.parametrize("text, folded", [
    ("Huyện Kiến Thuỵ", "huyen kien thuy"),
    ("Kiến Thụy", "kien thuy"),
    ("ĐẠT ĐƯỢC", "dat duoc"),
    (unicodedata.normalize("NFD", "Ủy ban nhân dân"), "uy ban nhan dan"),
    ("", ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def _fold_by_definition(text: str) -> str:
    """đ→d, decompose, drop every combining mark, recompose, lowercase."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))).lower()


def test_fold_is_its_definition_for_every_code_point():
    # fold() translates characters of a table instead of decomposing whole strings; it must
    # not change any result, inside the table's range or out of it.
    differing = [hex(cp) for cp in range(0x110000)
                 if fold(chr(cp)) != _fold_by_definition(chr(cp))]
    assert differing == []


@pytest.mark.parametrize("text", [
    "Hoà bình\u0301 \u0323a",  # stray marks after composed letters
    unicodedata.normalize("NFD", "Ủy ban nhân dân ĐẠT"),  # decomposed input
    "e\u0323\u0302 \u1ec7 A\u030a \u212b",  # mark order, Ångström sign (a singleton)
    "Kiến Thuỵ 가각 \u1100\u1161",  # Hangul: composed and conjoining jamo, outside the table
    "Số 5 – “hộ nghèo” … 10₫ \u2126",  # punctuation, currency, an Ohm sign (outside)
])
def test_fold_of_mixed_text_is_its_definition(text):
    assert fold(text) == _fold_by_definition(text)
    # a long text is folded word by word: the same
    long = "  ".join([text, "ΟΔΟΣ  ΣΑΣ", " \u0301x", text.upper(), "\u1100 \u1161"] * 20)
    assert fold(long) == _fold_by_definition(long)


@pytest.mark.parametrize("old, new", [
    ("Thuỵ", "Thụy"), ("Uỷ ban", "Ủy ban"), ("hoà bình", "hòa bình"), ("khoẻ", "khỏe"),
    ("HOÀ", "HÒA"), ("thuỷ lợi", "thủy lợi"),
])
def test_both_tone_placements_normalize_alike(old, new):
    assert normalize_tone(old) == normalize_tone(new) == new


@pytest.mark.parametrize("word", [
    "hoặc", "hoàn", "toán", "khuyết", "thuyền", "quý", "quỳnh", "quà", "Nguyễn", "người", "khoa",
])
def test_syllables_with_a_fixed_tone_position_are_left_alone(word):
    assert normalize_tone(word) == word


def test_decomposed_input_comes_out_nfc():
    assert normalize_tone(unicodedata.normalize("NFD", "Kiến Thuỵ")) == "Kiến Thụy"
