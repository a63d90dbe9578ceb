"""Quantities, money and percents: a number, its scale words and what follows it.

"125 hộ gia đình" (125, hộ), "28,5 triệu đồng" (28 500 000 VND), "3 tỷ 250 triệu đồng"
(3 250 000 000 VND), "98,5%", "12,3 %", "từ 5 đến 7 triệu đồng" (two values). A number is a
statistic only when a known unit follows it: a counted noun, a measure unit, a currency or a
percent sign. Numbers followed by anything else ("5 hỗ trợ", "lớp 9", "1 | Lúa") are names,
slogans, ordinals or row numbers, and are left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .context import phrase_at_end, words_before
from .lexicon import LEXICON, SPACE, SPACE_CHARS, key, phrase_alternation
from .model import Kind
from .numbers import (
    NUMBER_TOKEN,
    SCALE_WORDS,
    SPELLED_NUMBER,
    parse_number,
    parse_spelled,
    scale_of,
)
from .traps import names_the_number

_GAP = f"{SPACE}{{1,3}}"
_RANGE_STARTS = frozenset("-–—~đĐtT")
_PERCENT = re.compile(rf"{SPACE}{{0,2}}%|{_GAP}phần{SPACE}+trăm(?![^\W\d_])", re.IGNORECASE)
_AFTER_A_SPACE = phrase_alternation([*LEXICON.currencies, *LEXICON.measure_units, *LEXICON.counted_nouns,
                                     *LEXICON.durations, *LEXICON.not_units])
_UNIT_SPACED = re.compile(rf"{_GAP}(?P<unit>{_AFTER_A_SPACE})(?![^\W\d_])", re.IGNORECASE)
# Measure units and currencies may be glued to the number: "10km", "50ha", "300.000đ".
_UNIT_GLUED = re.compile(
    rf"(?P<unit>{phrase_alternation([*LEXICON.currencies, *LEXICON.measure_units])})(?![^\W\d_])",
    re.IGNORECASE)
_NEXT_WORD = re.compile(rf"{SPACE}+(?P<word>[^\W\d_]+)")
_COMPOUND_PART = re.compile(rf"{_GAP}(?P<number>[0-9]{{1,3}})(?![0-9.,])")
# A bare 19xx/20xx before a noun is a year ("Tết Kỷ Hợi 2019 đầm ấm"); counts of that size are
# written with a thousands dot ("2.019 hộ").
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_RANGE_JOIN = re.compile(rf"{SPACE}*(?:-|–|—|~){SPACE}*|{_GAP}(?P<word>đến|tới){_GAP}", re.IGNORECASE)
# Word tuples; the longest match wins, so "ước đạt" beats "đạt" and "giảm còn" beats "còn".
_QUALIFIERS = frozenset(tuple(q.split()) for q in LEXICON.qualifiers)
_FILLERS = frozenset(tuple(f.split()) for f in LEXICON.qualifier_fillers)
_VAGUE = frozenset(tuple(v.split()) for v in LEXICON.vague_before_spelled)
_LONGEST = max(map(len, _QUALIFIERS | _FILLERS | _VAGUE))


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: Decimal
    scale: int            # product of the scale words read (1 when none)
    spelled: bool = False  # "hai mươi lăm", not digits
    year_like: bool = False


@dataclass(frozen=True)
class Unit:
    kind: Kind
    unit: str
    end: int


@dataclass(frozen=True)
class Measure:
    kind: Kind
    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None


def find_measures(text: str, blocked: bytearray) -> list[Measure]:
    """Quantities, money and percents in ``text``; ``blocked[i]`` marks characters that no
    statistic may start on (dates, document numbers, slogans, ...)."""
    found: list[Measure] = []
    taken = bytearray(len(text))            # characters inside a statistic found with digits
    resume = 0
    for m in NUMBER_TOKEN.finditer(text):
        if m.start() < resume or blocked[m.start()] or not _standalone(text, m.start(), m.end()):
            continue
        amount = _read_amount(text, m.start(), m.end())
        if amount is None:
            continue
        measures = list(_measures_from(text, amount, blocked))
        if measures and not names_the_number(text, m.start()):
            found.extend(measures)
            resume = measures[-1].end
            taken[m.start():resume] = b"\x01" * (resume - m.start())
    found.extend(s for s in _spelled_measures(text, blocked) if taken.find(1, s.start, s.end) < 0)
    return found


def _measures_from(text: str, amount: Amount, blocked: bytearray) -> Iterator[Measure]:
    unit = _read_unit(text, amount)
    if unit is not None:
        yield Measure(unit.kind, amount.start, unit.end, amount.value, unit.unit,
                      qualifier_before(text, amount.start))
        return
    # A range: "từ 5 đến 7 triệu đồng", "5-7%", "20 – 25 ha". The first end takes the
    # second's unit, and its scale when it has none and stays the smaller value.
    if _peek(text, amount.end) not in _RANGE_STARTS:
        return
    join = _RANGE_JOIN.match(text, amount.end)
    if join is None:
        return
    upper_token = NUMBER_TOKEN.match(text, join.end())
    if upper_token is None or blocked[upper_token.start()]:
        return
    upper = _read_amount(text, upper_token.start(), upper_token.end())
    if upper is None or (upper_unit := _read_unit(text, upper)) is None:
        return
    lower_value = amount.value
    if amount.scale == 1 and upper.scale > 1 and amount.value * upper.scale <= upper.value:
        lower_value = amount.value * upper.scale
    yield Measure(upper_unit.kind, amount.start, amount.end, lower_value, upper_unit.unit, "từ")
    yield Measure(upper_unit.kind, upper.start, upper_unit.end, upper.value, upper_unit.unit,
                  (join.group("word") or "đến").lower())


def _standalone(text: str, start: int, end: int) -> bool:
    """A number glued to letters or to '/' ':' is a code, date, time or name ("H5N1", "8h30",
    "06/5", "COVID-19", "9001:2008"); glued measure units ("10km") are read later."""
    before = text[start - 1] if start else " "
    if before.isalpha() or before in "/:.,_#@&":
        return False
    if before == "-" and start >= 2 and text[start - 2].isalnum():
        return False
    after = text[end] if end < len(text) else " "
    if after in "/:":
        return False
    return not (after == "-" and end + 1 < len(text) and text[end + 1].isalpha())


def _read_amount(text: str, start: int, end: int) -> Amount | None:
    """The number at ``text[start:end]`` with its scale words: "1,25 tỷ", "200 nghìn",
    "1,2 nghìn tỷ", and compounds that add a smaller part: "3 tỷ 250 triệu"."""
    value = parse_number(text[start:end])
    if value is None:
        return None
    value, end, scale = _apply_scales(text, value, end)
    while scale > 1 and (part := _COMPOUND_PART.match(text, end)) is not None:
        part_value, part_end, part_scale = _apply_scales(
            text, Decimal(part.group("number")), part.end("number"))
        if part_scale >= scale or part_scale == 1:
            break
        value += part_value
        end, scale = part_end, part_scale
    year_like = scale == 1 and _YEAR.fullmatch(text, start, end) is not None
    return Amount(start, end, value, scale, year_like=year_like)


def _apply_scales(text: str, value: Decimal, end: int) -> tuple[Decimal, int, int]:
    scale = 1
    while (m := SCALE_WORDS.match(text, end)) is not None:
        scale *= scale_of(m.group("scale"))
        end = m.end()
    return value * scale, end, scale


def _peek(text: str, pos: int) -> str:
    """The first character after at most three spaces from ``pos`` ("" at the end)."""
    for ch in text[pos:pos + 4]:
        if ch not in SPACE_CHARS:
            return ch
    return ""


def _read_unit(text: str, amount: Amount) -> Unit | None:
    nxt = _peek(text, amount.end)
    if not (nxt.isalpha() or nxt == "%"):
        return None                                  # cheap exit: most numbers have no unit
    percent = _PERCENT.match(text, amount.end)
    if percent:
        return Unit("percent", "%", percent.end())
    m = _UNIT_SPACED.match(text, amount.end) or _UNIT_GLUED.match(text, amount.end)
    if m is None:
        return None
    word = key(m.group("unit"))
    if word in LEXICON.not_units:
        return None                                  # "5 giải pháp", "2 con số"
    if word in LEXICON.currencies:
        if word == "đồng" and amount.scale == 1 and _dong_is_another_word(text, m.end()):
            return None                              # "3 đồng hành", "5 đồng bộ"
        return Unit("money", LEXICON.currencies[word], m.end())
    if word in LEXICON.measure_units:
        return Unit("quantity", LEXICON.measure_units[word], m.end())
    if amount.year_like:
        return None                                  # "năm 2019 người dân ..." read as a year
    if word in LEXICON.durations:
        # "trong 5 năm" is a span of time; a spelled one is vague ("hơn hai năm").
        return None if amount.spelled else Unit("quantity", LEXICON.durations[word], m.end())
    return Unit("quantity", LEXICON.counted_nouns[word], m.end())


def _dong_is_another_word(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group("word") in LEXICON.not_money_after_dong)


def _spelled_measures(text: str, blocked: bytearray) -> Iterator[Measure]:
    """Spelled-out counts with a unit: "ba xã", "hai mươi lăm hộ", "hai triệu đồng".
    A lone "một"/"năm"/"tư" (a, year, fourth) and vague amounts ("hàng nghìn ngày công",
    "vài trăm người", "thứ hai") are not statistics."""
    for m in SPELLED_NUMBER.finditer(text):
        words = m.group().split()
        if blocked[m.start()] or (len(words) == 1 and words[0].lower() in LEXICON.spelled_ambiguous_alone):
            continue
        if _vague_before(text, m.start()):
            continue
        value = parse_spelled(words)
        if value is None:
            continue
        amount = Amount(m.start(), m.end(), Decimal(value),
                        scale_of(words[-1]) if words[-1].lower() in LEXICON.scales else 1,
                        spelled=True)
        unit = _read_unit(text, amount)
        if unit is not None:
            yield Measure(unit.kind, m.start(), unit.end, amount.value, unit.unit,
                          qualifier_before(text, m.start()))


def _vague_before(text: str, start: int) -> bool:
    return phrase_at_end(words_before(text, start), _VAGUE, _LONGEST) is not None


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier just before a number ("hơn 300", "ước đạt 412,6", "chiếm tỷ lệ 0,34")."""
    words = words_before(text, start)
    qualifier = phrase_at_end(words, _QUALIFIERS, _LONGEST)
    if qualifier is None:                    # "chiếm tỷ lệ 0,34%": a filler between
        filler = phrase_at_end(words, _FILLERS, _LONGEST)
        if filler is not None:
            qualifier = phrase_at_end(words[:len(words) - len(filler)], _QUALIFIERS, _LONGEST)
    return " ".join(qualifier) if qualifier else None

