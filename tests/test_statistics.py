"""Unit tests of pipelines.statistics: the number rules, the lexicon, the item shape, offsets."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from pipelines.statistics import Statistic, find_statistics
from pipelines.statistics.lexicon import LEXICON
from pipelines.statistics.numbers import parse_number, parse_spelled


@pytest.mark.parametrize("token, value", [
    ("1.250", Decimal(1250)), ("1.250.000", Decimal(1250000)), ("28,5", Decimal("28.5")),
    ("3.268,4", Decimal("3268.4")), ("02", Decimal(2)), ("0,34", Decimal("0.34")),
    ("12.5", Decimal("12.5")), ("1,250,000", Decimal(1250000)),
])
def test_parse_number(token, value):
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["0225.3.812.345", "1.2.3", "1,2,3", "1" * 30])
def test_parse_number_rejects_codes(token):
    assert parse_number(token) is None


@pytest.mark.parametrize("words, value", [
    ("ba", 3), ("mười", 10), ("mười lăm", 15), ("hai mươi", 20), ("hai mươi lăm", 25),
    ("hai mươi mốt", 21), ("hai mươi tư", 24), ("một trăm", 100), ("một trăm linh năm", 105),
    ("một trăm hai mươi", 120), ("ba chục", 30), ("hai triệu", 2_000_000),
    ("hai triệu năm trăm nghìn", 2_500_000), ("một nghìn tỷ", 10**12),
])
def test_parse_spelled(words, value):
    assert parse_spelled(words.split()) == value


@pytest.mark.parametrize("words", ["hai ba", "lăm", "mươi", "trăm", "một trăm linh", "tư mươi"])
def test_parse_spelled_rejects(words):
    assert parse_spelled(words.split()) is None


def test_to_dict_shape_of_each_kind():
    text = ("Theo Kế hoạch số 27/KH-UBND ngày 29/8/2017 của UBND huyện, hơn 125 hộ nhận "
            "28,5 triệu đồng, đạt 98,5%.")
    by_kind = {s.kind: s.to_dict() for s in find_statistics(text)}
    assert by_kind["quantity"] == {
        "kind": "quantity", "text": "125 hộ", "start": text.index("125"),
        "end": text.index("125") + 6, "value": 125, "unit": "hộ", "qualifier": "hơn",
        "sentence": text, "sense": "more_than", "per": None, "low": None, "high": None,
        "denominator": None}
    assert by_kind["money"]["value"] == 28_500_000 and type(by_kind["money"]["value"]) is int
    assert by_kind["percent"]["value"] == 98.5 and by_kind["percent"]["unit"] == "%"
    doc = by_kind["document"]
    assert {k: doc[k] for k in ("doc_type", "number", "issued", "issuer")} == {
        "doc_type": "Kế hoạch", "number": "27/KH-UBND", "issued": "2017-08-29",
        "issuer": "UBND huyện"}
    assert "doc_type" not in by_kind["quantity"]


def test_sentence_is_the_sentence_around_the_value():
    text = "Năm 2023 huyện có 52 trường. Tỷ lệ đạt 99,6%! Các xã tiếp tục rà soát."
    sentences = [s.sentence for s in find_statistics(text)]
    assert sentences == ["Năm 2023 huyện có 52 trường.", "Tỷ lệ đạt 99,6%!"]


def test_abbreviation_does_not_end_a_sentence():
    text = "TP. Hải Phòng hỗ trợ 30 hộ."
    assert find_statistics(text)[0].sentence == text


def test_offsets_index_the_text_as_given_when_it_is_not_nfc():
    nfc = "Huyện hỗ trợ 125 hộ gia đình với 28,5 triệu đồng theo Quyết định số 12/QĐ-UBND."
    nfd = unicodedata.normalize("NFD", nfc)
    # Unikey "Unicode tổ hợp": precomposed base letters, combining tone marks.
    unikey = "Huyện hỗ trợ 125 hộ gia đình với 28,5 triệu đồng".replace("ộ", "ô\u0323")
    for text in (nfd, unikey):
        stats = find_statistics(text)
        assert [unicodedata.normalize("NFC", s.text) for s in stats][:2] == [
            "125 hộ gia đình", "28,5 triệu đồng"]
        assert all(text[s.start:s.end] == s.text for s in stats)


def test_order_is_by_start_and_deterministic():
    text = "Quyết định số 5/QĐ-UBND của UBND xã: 3 xã, 4 thôn, từ 5 đến 7 ha, 10%."
    first = find_statistics(text)
    assert [s.start for s in first] == sorted(s.start for s in first)
    assert first == find_statistics(text)


def test_range_gives_two_statistics():
    stats = find_statistics("Mỗi hộ được hỗ trợ từ 5 đến 7 triệu đồng.")
    assert [(s.text, s.value, s.unit, s.qualifier) for s in stats] == [
        ("5", 5_000_000, "VND", "từ"), ("7 triệu đồng", 7_000_000, "VND", "đến")]


def test_not_a_string_is_a_clear_error():
    with pytest.raises(TypeError, match="expects str"):
        find_statistics(b"125 h\xe1\xbb\x99")  # type: ignore[arg-type]


def test_empty_text():
    assert find_statistics("") == []


def test_statistic_is_immutable():
    stat = find_statistics("Có 5 hộ.")[0]
    assert isinstance(stat, Statistic)
    with pytest.raises(AttributeError):
        stat.value = 6  # type: ignore[misc]


# Every word in the lexicon is reachable: "Có 12 <word> mới." gives that unit. This guards the
# data against an entry shadowed by another (a currency hiding a noun, a not-unit eating one).
_UNIT_CASES = ([(w, "quantity", u) for w, u in LEXICON.counted_nouns.items()]
               + [(w, "quantity", u) for w, u in LEXICON.measure_units.items()]
               + [(w, "money", u) for w, u in LEXICON.currencies.items()])


@pytest.mark.parametrize("word, kind, unit", _UNIT_CASES, ids=[c[0] for c in _UNIT_CASES])
def test_every_lexicon_unit_is_found(word, kind, unit):
    stats = find_statistics(f"Có 12 {word} mới.")
    assert [(s.kind, s.value, s.unit) for s in stats] == [(kind, 12, unit)]


@pytest.mark.parametrize("word", sorted(LEXICON.not_units))
def test_not_units_give_nothing(word):
    assert find_statistics(f"Có 12 {word} mới.") == []


# -- the forms reports write: the lexicon's senses, abbreviations and rate denominators -------

SENSES = {"about", "nearly", "more_than", "less_than", "at_least", "at_most", "exactly",
          "reached", "exceeded", "increase", "decrease", "increased_to", "decreased_to",
          "remaining", "share", "multiple", "average", "total"}


def test_every_sense_in_the_lexicon_is_one_of_the_documented_senses():
    assert set(LEXICON.qualifiers.values()) <= SENSES
    assert set(LEXICON.qualifier_signs.values()) <= SENSES
    assert set(LEXICON.comparison_senses.values()) <= SENSES
    assert set(LEXICON.comparison_senses) <= set(LEXICON.qualifiers)
    assert set(LEXICON.range_senses.values()) <= SENSES


@pytest.mark.parametrize("qualifier, sense", sorted(LEXICON.qualifiers.items()))
def test_every_qualifier_is_found_with_its_sense(qualifier, sense):
    stats = find_statistics(f"Xã có {qualifier} 12 hộ.")
    assert [(s.qualifier, s.sense) for s in stats] == [(qualifier, sense)]


@pytest.mark.parametrize("sign, sense", sorted(LEXICON.qualifier_signs.items()))
def test_every_qualifier_sign_is_found_with_its_sense(sign, sense):
    stats = find_statistics(f"Các xã có tỷ lệ hộ nghèo {sign} 7% được khen.")
    assert [(s.qualifier, s.sense) for s in stats] == [(sign, sense)]


@pytest.mark.parametrize("abbreviation, doc_type",
                         sorted(LEXICON.document_type_abbreviations.items()))
def test_every_abbreviated_document_type_is_written_out(abbreviation, doc_type):
    text = f"Thực hiện {abbreviation} số 12/{abbreviation}-UBND, các xã đã triển khai."
    assert [(s.doc_type, s.number, s.text) for s in find_statistics(text)] == [
        (doc_type, f"12/{abbreviation}-UBND", f"{abbreviation} số 12/{abbreviation}-UBND")]
    assert find_statistics(f"Thực hiện {abbreviation} 12 các xã đã triển khai.") == []


@pytest.mark.parametrize("word", sorted(LEXICON.rate_denominators))
def test_every_rate_denominator_is_read(word):
    stats = find_statistics(f"Mức hỗ trợ là 5 triệu đồng/{word}.")
    assert [(s.value, s.unit, s.per) for s in stats] == [(5_000_000, "VND", word)]


def test_a_rate_after_a_plain_amount_keeps_both_apart():
    stats = find_statistics("Xã chi 2 tỷ đồng; thu nhập đạt 28,16 triệu đồng/người/năm, "
                            "năng suất 60 tạ/ha, mật độ 327 người/km2.")
    assert [(s.text, s.unit, s.per) for s in stats] == [
        ("2 tỷ đồng", "VND", None), ("28,16 triệu đồng", "VND", "người/năm"),
        ("60 tạ/ha", "tạ/ha", "ha"), ("327 người", "người", "km²")]


def test_range_ends_share_their_bounds_and_fraction_keeps_its_denominator():
    stats = find_statistics("Năng suất (20-22) tạ/ha; xã đạt 100/190 tiêu chí.")
    assert [(s.text, s.value, s.low, s.high, s.denominator, s.sense) for s in stats] == [
        ("20", 20, 20, 22, None, "at_least"), ("22", 22, 20, 22, None, "at_most"),
        ("100/190 tiêu chí", 100, None, None, 190, "reached")]
