"""What may follow a number as its unit, and what a rate may be counted per, as patterns.

Shared by measures (which reads the unit) and traps (a day/month shape such as "5/7" stays a
fraction when a unit follows it: "5/7 xã").
"""
from __future__ import annotations

import re

from .lexicon import LEXICON, SPACE, grouped_phrase_alternation, key

GAP = f"{SPACE}{{1,3}}"
_NOT_IN_WORD = r"(?![^\W\d_])"
_AFTER_A_SPACE = grouped_phrase_alternation([*LEXICON.currencies, *LEXICON.measure_units,
                                             *LEXICON.counted_nouns, *LEXICON.durations,
                                             *LEXICON.not_units])
UNIT_SPACED = re.compile(rf"{GAP}(?P<unit>{_AFTER_A_SPACE}){_NOT_IN_WORD}", re.IGNORECASE)
# Measure units and currencies may be glued to the number: "10km", "50ha", "300.000đ".
UNIT_GLUED = re.compile(
    rf"(?P<unit>{grouped_phrase_alternation([*LEXICON.currencies, *LEXICON.measure_units])})"
    rf"{_NOT_IN_WORD}",
    re.IGNORECASE)

# A rate's denominator: "/người", " / năm", "/km2", or "mỗi khẩu" after the unit.
_DENOMINATORS = grouped_phrase_alternation([*LEXICON.rate_denominators,
                                            *(u for u in LEXICON.measure_units if "/" not in u)])
PER_SLASH = re.compile(rf"{SPACE}?/{SPACE}?(?P<per>{_DENOMINATORS}){_NOT_IN_WORD}",
                       re.IGNORECASE)
PER_EACH = re.compile(rf"{GAP}mỗi{GAP}(?P<per>{_DENOMINATORS}){_NOT_IN_WORD}", re.IGNORECASE)


def unit_follows(text: str, pos: int) -> bool:
    """True when a counted noun, measure unit or currency (not a not-unit) starts at ``pos``."""
    m = UNIT_SPACED.match(text, pos) or UNIT_GLUED.match(text, pos)
    return m is not None and key(m.group("unit")) not in LEXICON.not_units


def denominator(word: str) -> str:
    """A denominator as reported: measure units in their lexicon form ("km2" gives "km²"),
    other words lowercase."""
    word = key(word)
    return LEXICON.measure_units.get(word, word)
