"""Quantities, money and percents: a number, its scale words and what follows it.

"125 hộ gia đình" (125, hộ), "28,5 triệu đồng" (28 500 000 VND), "3 tỷ 250 triệu đồng"
(3 250 000 000 VND), "98,5%", "12,3 %". A number is a statistic only when a known unit follows
it: a counted noun, a measure unit, a currency or a percent sign. Numbers followed by anything
else ("5 hỗ trợ", "lớp 9", "1 | Lúa") are names, slogans, ordinals or row numbers.

The forms reports write, each kept whole:
- a range is two statistics that both carry low and high: "từ 5 đến 7 triệu đồng", "5-7%",
  "(20-22) tạ/ha", "100-\n110 triệu đồng" (wrapped), "từ 9,67% đến 27,74%";
- a fraction is one: "100/190 tiêu chí" (value 100, denominator 190), "48,5/62 tỷ đồng";
- a rate keeps what it is counted per: "28,16 triệu đồng/người/năm" (per "người/năm"),
  "200 nghìn đồng mỗi khẩu" (per "khẩu"); the text stays the amount (corpus README 3);
- a qualifier keeps its sense from the lexicon ("thấp hơn 5,25%" is less_than);
- a duration right before another number is a period label, not a statistic: in "9 tháng 20,8
  tỷ đồng" the statistic is the amount.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from .context import phrase_at_end, words_before
from .lexicon import LEXICON, SPACE, SPACE_CHARS, WRAP, key
from .model import Kind
from .numbers import (
    NUMBER_TOKEN,
    SCALE_WORDS,
    number_tokens,
    parse_number,
    parse_spelled,
    scale_of,
    spelled_numbers,
)
from .traps import names_the_number
from .units import GAP, PER_EACH, PER_SLASH, UNIT_GLUED, UNIT_SPACED, denominator

_RANGE_STARTS = frozenset("-–—~đĐtT")
_PERCENT = re.compile(rf"{SPACE}{{0,2}}%|{GAP}phần{SPACE}+trăm(?![^\W\d_])", re.IGNORECASE)
_NEXT_WORD = re.compile(rf"{SPACE}+(?P<word>[^\W\d_]+)")
_COMPOUND_PART = re.compile(rf"{GAP}(?P<number>[0-9]{{1,3}})(?![0-9.,])")
# A bare 19xx/20xx before a noun is a year ("Tết Kỷ Hợi 2019 đầm ấm"); counts of that size are
# written with a thousands dot ("2.019 hộ").
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# The join of a range may wrap onto the next line ("100-\n110"), never across a blank line.
_RANGE_JOIN = re.compile(rf"{WRAP}*(?:-|–|—|~){WRAP}*|{WRAP}{{1,3}}(?P<word>đến|tới){WRAP}{{1,3}}",
                         re.IGNORECASE)
_NUMBER_NEXT = re.compile(rf"{GAP}(?=[0-9])")
_RANGE_WORD_JOIN = re.compile(rf"{GAP}(?P<word>đến|tới){GAP}", re.IGNORECASE)
_OPEN_PAREN = re.compile(rf"\({SPACE}*$")
_CLOSE_PAREN = re.compile(rf"{SPACE}*\)")
_FROM_AND_UP = re.compile(rf"{SPACE}+trở{SPACE}+lên(?![^\W\d_])", re.IGNORECASE)
# "cao hơn 7 triệu đồng/ha so với ...": a comparison, within a few words of the value.
_COMPARED = re.compile(rf"(?:{SPACE}+[^\W\d_]+){{0,4}}?{SPACE}+so(?:{SPACE}+với)?(?![^\W\d_])",
                       re.IGNORECASE)
# Word tuples; the longest match wins, so "ước đạt" beats "đạt" and "thấp hơn" beats "hơn".
_QUALIFIERS = frozenset(tuple(q.split()) for q in LEXICON.qualifiers)
_FILLERS = frozenset(tuple(f.split()) for f in LEXICON.qualifier_fillers)
_VAGUE = frozenset(tuple(v.split()) for v in LEXICON.vague_before_spelled)
_LONGEST = max(map(len, _QUALIFIERS | _FILLERS | _VAGUE))
_SIGNS = sorted(LEXICON.qualifier_signs, key=len, reverse=True)
_DATE_WORDS = frozenset(tuple(w.split()) for w in LEXICON.date_words_before_fractions)
_SPAN_WORDS = frozenset(tuple(w.split()) for w in LEXICON.span_words)
_LONGEST_CONTEXT = max(map(len, _DATE_WORDS | _SPAN_WORDS))
LOW, HIGH = LEXICON.range_senses["low"], LEXICON.range_senses["high"]


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
    end: int              # end of the unit word (the statistic's text ends here)
    per: str | None
    per_end: int          # end of the rate's denominator ("/người/năm"), else ``end``


@dataclass(frozen=True)
class Measure:
    kind: Kind
    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None
    sense: str | None = None
    per: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    denominator: Decimal | None = None


def find_measures(text: str, blocked: bytearray) -> list[Measure]:
    """Quantities, money and percents in ``text``; ``blocked[i]`` marks characters that no
    statistic may start on (dates, document numbers, slogans, ...)."""
    found: list[Measure] = []
    taken = bytearray(len(text))            # characters inside a statistic found with digits
    resume = 0
    for m in number_tokens(text):
        if m.start() < resume or blocked[m.start()] or not _clean_start(text, m.start()):
            continue
        if text.startswith("/", m.end()):
            measures = _fraction(text, m.start(), m.end())
        elif _clean_end(text, m.end()):
            amount = _read_amount(text, m.start(), m.end())
            if amount is None:
                continue
            measures = list(_measures_from(text, amount, blocked))
        else:
            continue
        if measures and _period_label(text, measures[-1]):
            continue                         # "9 tháng 20,8 tỷ đồng": the amount is read next
        if measures and not names_the_number(text, m.start()):
            found.extend(measures)
            resume = measures[-1].end
            taken[m.start():resume] = b"\x01" * (resume - m.start())
    found.extend(s for s in _spelled_measures(text, blocked) if taken.find(1, s.start, s.end) < 0)
    return found


def _measures_from(text: str, amount: Amount, blocked: bytearray) -> Iterator[Measure]:
    unit = _read_unit(text, amount)
    if unit is None:
        yield from _range(text, amount, blocked)
        return
    qualifier, sense = qualifier_before(text, amount.start)
    if qualifier is None and _after_tu(text, amount.start):
        upper = _upper_with_unit(text, unit, blocked)
        if upper is not None:                # "từ 9,67% đến 27,74%"
            upper_amount, upper_unit, word = upper
            yield Measure(unit.kind, amount.start, unit.end, amount.value, unit.unit, "từ",
                          LOW, unit.per, amount.value, upper_amount.value)
            yield Measure(unit.kind, upper_amount.start, upper_unit.end, upper_amount.value,
                          unit.unit, word, HIGH, unit.per, amount.value, upper_amount.value)
            return
        if _FROM_AND_UP.match(text, unit.per_end):   # "từ 50 triệu đồng/năm trở lên"
            qualifier, sense = "từ", LEXICON.range_senses["from_and_up"]
    sense = _compared(text, qualifier, sense, unit.per_end)
    yield Measure(unit.kind, amount.start, unit.end, amount.value, unit.unit, qualifier, sense,
                  unit.per)


def _range(text: str, amount: Amount, blocked: bytearray) -> Iterator[Measure]:
    """"từ 5 đến 7 triệu đồng", "5-7%", "20 – 25 ha", "(20-22) tạ/ha", "100-\n110 triệu
    đồng/ha": the first end takes the second's unit, and its scale when it has none and stays
    the smaller value. Both ends carry low and high."""
    if _first_after(text, amount.end) not in _RANGE_STARTS:
        return
    join = _RANGE_JOIN.match(text, amount.end)
    if join is None:
        return
    upper_token = NUMBER_TOKEN.match(text, join.end())
    if upper_token is None or blocked[upper_token.start()]:
        return
    upper = _read_amount(text, upper_token.start(), upper_token.end())
    if upper is None:
        return
    upper_unit = _read_unit(text, upper)
    if upper_unit is None:                   # "(20-22) tạ/ha": the unit after the bracket
        close = _CLOSE_PAREN.match(text, upper.end)
        if close is None or not _OPEN_PAREN.search(text, max(0, amount.start - 4), amount.start):
            return
        upper_unit = _read_unit(text, replace(upper, end=close.end()))
        if upper_unit is None:
            return
        upper_unit = replace(upper_unit, end=upper.end)   # the text stays the number
    lower_value = amount.value
    if amount.scale == 1 and upper.scale > 1 and amount.value * upper.scale <= upper.value:
        lower_value = amount.value * upper.scale
    yield Measure(upper_unit.kind, amount.start, amount.end, lower_value, upper_unit.unit, "từ",
                  LOW, upper_unit.per, lower_value, upper.value)
    yield Measure(upper_unit.kind, upper.start, upper_unit.end, upper.value, upper_unit.unit,
                  (join.group("word") or "đến").lower(), HIGH, upper_unit.per, lower_value,
                  upper.value)


def _after_tu(text: str, start: int) -> bool:
    """The word before ``start`` is "từ" (checked cheaply first: it rarely is)."""
    return ("từ" in text[max(0, start - 6):start]
            and words_before(text, start, 1) == ("từ",))


def _upper_with_unit(text: str, unit: Unit, blocked: bytearray
                     ) -> tuple[Amount, Unit, str] | None:
    """The second end of "từ 9,67% đến 27,74%": a number after "đến"/"tới" with the same unit."""
    join = _RANGE_WORD_JOIN.match(text, unit.per_end)
    if join is None:
        return None
    token = NUMBER_TOKEN.match(text, join.end())
    if token is None or blocked[token.start()] or not _clean_end(text, token.end()):
        return None
    amount = _read_amount(text, token.start(), token.end())
    upper_unit = _read_unit(text, amount) if amount is not None else None
    if amount is None or upper_unit is None or upper_unit.unit != unit.unit:
        return None
    return amount, upper_unit, join.group("word").lower()


def _fraction(text: str, start: int, slash: int) -> list[Measure]:
    """"100/190 tiêu chí", "5.813/8.227 xã", "48,5/62 tỷ đồng": a numerator no larger than its
    denominator, then a unit. Dates ("10/2024", "ngày 2/9") and document numbers
    ("100/2019/NĐ-CP") are no fractions: a year-like denominator, a further "/" or a
    name marker before ("ngày", "số") rule them out."""
    numerator = parse_number(text[start:slash])
    token = NUMBER_TOKEN.match(text, slash + 1)
    if numerator is None or token is None or not _clean_end(text, token.end()):
        return []
    lower = _read_amount(text, token.start(), token.end())
    if lower is None or lower.year_like:
        return []
    numerator *= lower.scale
    unit = _read_unit(text, lower)
    if unit is None or unit.kind == "percent" or numerator > lower.value:
        return []
    if (lower.scale == 1 and numerator <= 31 and lower.value <= 12 and phrase_at_end(
            words_before(text, start), _DATE_WORDS, _LONGEST_CONTEXT) is not None):
        return []                            # "từ 1/7 người lao động ...": a date
    qualifier, sense = qualifier_before(text, start)
    return [Measure(unit.kind, start, unit.end, numerator, unit.unit, qualifier, sense, unit.per,
                    denominator=lower.value)]


def _period_label(text: str, last: Measure) -> bool:
    """A duration followed by another number that is no duration: "9 tháng 20,8 tỷ đồng"
    reports the amount of a period ("5 năm 2 tháng" stays two durations, "sau 3 năm 500 hộ"
    a span and a count)."""
    if (last.unit not in LEXICON.durations.values() or last.low is not None
            or last.qualifier is not None
            or phrase_at_end(words_before(text, last.start), _SPAN_WORDS, _LONGEST_CONTEXT)):
        return False                         # "sau 3 năm 500 hộ ...": a span of time
    gap = _NUMBER_NEXT.match(text, last.end)
    token = NUMBER_TOKEN.match(text, gap.end()) if gap else None
    if token is None:
        return False
    amount = _read_amount(text, token.start(), token.end())
    unit = _read_unit(text, amount) if amount is not None else None
    return unit is None or unit.unit not in LEXICON.durations.values()


def _compared(text: str, qualifier: str | None, sense: str | None, end: int) -> str | None:
    """A comparative followed by "so với" gives the difference ("cao hơn 7 triệu đồng/ha so
    với ..." is an increase), not a bound."""
    if qualifier is not None and qualifier in LEXICON.comparison_senses and _COMPARED.match(
            text, end):
        return LEXICON.comparison_senses[qualifier]
    return sense


def _clean_start(text: str, start: int) -> bool:
    """A number glued after letters or '/' ':' is a code, date, time or name ("H5N1", "06/5",
    "COVID-19")."""
    before = text[start - 1] if start else " "
    if before.isalpha() or before in "/:.,_#@&":
        return False
    return not (before == "-" and start >= 2 and text[start - 2].isalnum())


def _clean_end(text: str, end: int) -> bool:
    """A number glued before '/' ':' or "-letter" is a date, time or code ("06/5", "8:30",
    "24-CT"); glued measure units ("10km") are read later. A fraction is read before this."""
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


def _first_after(text: str, pos: int) -> str:
    """Like ``_peek``, also past one line break ("100-\n110")."""
    ch = _peek(text, pos)
    return _peek(text, text.index("\n", pos) + 1) if ch == "\n" else ch


def _read_unit(text: str, amount: Amount) -> Unit | None:
    nxt = _peek(text, amount.end)
    if not (nxt.isalpha() or nxt == "%"):
        return None                                  # cheap exit: most numbers have no unit
    percent = _PERCENT.match(text, amount.end)
    if percent:
        return _with_rate(text, "percent", "%", percent.end())
    m = UNIT_SPACED.match(text, amount.end) or UNIT_GLUED.match(text, amount.end)
    if m is None:
        return None
    word = key(m.group("unit"))
    if word in LEXICON.not_units:
        return None                                  # "5 giải pháp", "2 con số"
    if word in LEXICON.currencies:
        if word == "đồng" and amount.scale == 1 and _dong_is_another_word(text, m.end()):
            return None                              # "3 đồng hành", "5 đồng bộ"
        return _with_rate(text, "money", LEXICON.currencies[word], m.end())
    if word in LEXICON.measure_units:
        return _with_rate(text, "quantity", LEXICON.measure_units[word], m.end())
    if amount.year_like:
        return None                                  # "năm 2019 người dân ..." read as a year
    if word in LEXICON.durations:
        # "trong 5 năm" is a span of time; a spelled one is vague ("hơn hai năm").
        if amount.spelled:
            return None
        return Unit("quantity", LEXICON.durations[word], m.end(), None, m.end())
    return _with_rate(text, "quantity", LEXICON.counted_nouns[word], m.end())


def _with_rate(text: str, kind: Kind, unit: str, end: int) -> Unit:
    """The unit with what it is counted per: a lexicon unit that is itself a rate ("tạ/ha"),
    then "/người/năm" or "mỗi khẩu" after it. Places joined by a slash are alternatives, not
    rates ("16 xã/thị trấn")."""
    parts = [unit.split("/", 1)[1]] if "/" in unit else []
    per_end = end
    if unit not in LEXICON.rate_places:
        # Cheap look first: most units are followed by neither "/" nor "mỗi".
        while text.find("/", per_end, per_end + 2) >= 0 and (
                m := PER_SLASH.match(text, per_end)) is not None:
            parts.append(denominator(m.group("per")))
            per_end = m.end()
        if per_end == end and text.find("mỗi", end, end + 7) >= 0 and (
                m := PER_EACH.match(text, end)) is not None:
            parts.append(denominator(m.group("per")))
            per_end = m.end()
    return Unit(kind, unit, end, "/".join(parts) or None, per_end)


def _dong_is_another_word(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group("word") in LEXICON.not_money_after_dong)


def _spelled_measures(text: str, blocked: bytearray) -> Iterator[Measure]:
    """Spelled-out counts with a unit: "ba xã", "hai mươi lăm hộ", "hai triệu đồng".
    A lone "một"/"năm"/"tư" (a, year, fourth) and vague amounts ("hàng nghìn ngày công",
    "vài trăm người", "thứ hai") are not statistics."""
    for m in spelled_numbers(text):
        words = m.group().split()
        if blocked[m.start()] or (len(words) == 1
                                  and words[0].lower() in LEXICON.spelled_ambiguous_alone):
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
            qualifier, sense = qualifier_before(text, m.start())
            yield Measure(unit.kind, m.start(), unit.end, amount.value, unit.unit, qualifier,
                          _compared(text, qualifier, sense, unit.per_end), unit.per)


def _vague_before(text: str, start: int) -> bool:
    return phrase_at_end(words_before(text, start), _VAGUE, _LONGEST) is not None


def qualifier_before(text: str, start: int) -> tuple[str | None, str | None]:
    """The qualifier just before a number and its sense ("hơn 300", "ước đạt 412,6",
    "chiếm tỷ lệ 0,34", "thấp hơn 5,25", "< 7%"), or (None, None)."""
    before = text[max(0, start - 4):start].rstrip("".join(SPACE_CHARS))
    for sign in _SIGNS:
        if before.endswith(sign):
            return sign, LEXICON.qualifier_signs[sign]
    words = words_before(text, start)
    qualifier = phrase_at_end(words, _QUALIFIERS, _LONGEST)
    if qualifier is None:                    # "chiếm tỷ lệ 0,34%": a filler between
        filler = phrase_at_end(words, _FILLERS, _LONGEST)
        if filler is not None:
            qualifier = phrase_at_end(words[:len(words) - len(filler)], _QUALIFIERS, _LONGEST)
    if qualifier is None:
        return None, None
    word = " ".join(qualifier)
    return word, LEXICON.qualifiers[word]

