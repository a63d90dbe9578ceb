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
