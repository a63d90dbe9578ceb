"""Vietnamese numbers: digit tokens, scale words and spelled-out numbers.

Rules (research vn-portals.md 2.3, DESIGN.md): a dot followed by groups of exactly three
digits separates thousands ("1.250.000"), a comma is the decimal mark ("28,5"), leading
zeros are kept in the text but not in the value ("02 hộ" = 2). Scale words multiply:
nghìn/ngàn 10³, triệu 10⁶, tỷ/tỉ 10⁹.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import itemgetter

from .lexicon import LEXICON, SPACE, phrase_alternation

# A run of ASCII digits with dot/comma groups. Possessive quantifiers: a megabyte of digits
# is one linear match, never a backtracking search. Other Unicode digits are not numbers here.
NUMBER_TOKEN = re.compile(r"[0-9]++(?:[.,][0-9]++)*+")
# The regex engine tests a class character by character (~4 ns each), where ``str.find`` of
# one character skips in C at memchr speed: a find per character costs less while they are
# sparse (a body's digits: under 1 in 100 characters), the class scan where they are dense
# (tables); the finds give up for the scan past one in 25 characters.
_CHARACTERS_PER_FIND_AT_LEAST = 25


@lru_cache(maxsize=8)
def _class_of(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(characters)}]")


def positions_of(text: str, characters: str) -> list[int]:
    """Where any of ``characters`` is in ``text``, in order (``[characters]``'s ``finditer``)."""
    most = len(text) // _CHARACTERS_PER_FIND_AT_LEAST
    found: list[int] = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            if len(found) > most:
                return list(map(re.Match.start, _class_of(characters).finditer(text)))
            at = text.find(character, at + 1)
    found.sort()
    return found


def digit_positions(text: str) -> list[int]:
    """Where the ASCII digits of ``text`` are, in order (``[0-9]``'s ``finditer``)."""
    return positions_of(text, "0123456789")


def number_tokens(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER_TOKEN.finditer(text)``: its match at each digit past the last match's end."""
    searched_to = 0
    for at in digit_positions(text):
        if at >= searched_to and (match := NUMBER_TOKEN.match(text, at)) is not None:
            yield match
            searched_to = match.end()

# Longer tokens are serial numbers, phone numbers or noise, not statistics; the cap also
# keeps int()/Decimal() away from megabyte-long strings.
MAX_TOKEN_LENGTH = 24

_THOUSANDS_VN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_THOUSANDS_EN = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}")


def parse_number(token: str) -> Decimal | None:
    """The value of a digit token under Vietnamese rules, or None when it is no number.

    "1.250" is 1250 and "28,5" is 28.5. A single dot that is not a thousands group is read
    as an English decimal point ("12.5"), because portals copy such figures from English
    sources. Tokens with several irregular groups ("0225.3.812.345", "1.2.3") are codes.
    """
    if len(token) > MAX_TOKEN_LENGTH:
        return None
    if _THOUSANDS_VN.fullmatch(token):
        return Decimal(token.replace(".", "").replace(",", "."))
    if _THOUSANDS_EN.fullmatch(token):          # "1,250,000": two or more comma groups
        return Decimal(token.replace(",", ""))
    dots, commas = token.count("."), token.count(",")
    try:
        if dots + commas == 0:
            return Decimal(token)
        if dots + commas == 1:                  # "28,5" or "12.5"
            return Decimal(token.replace(",", "."))
    except InvalidOperation:
        return None
    return None


def plain(value: Decimal) -> int | float:
    """int when integral, else float (DESIGN.md: value int when integral)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


SCALE_WORDS = re.compile(rf"{SPACE}{{1,3}}(?P<scale>{phrase_alternation(LEXICON.scales)})"
                         r"(?![^\W\d_])", re.IGNORECASE)


def scale_of(word: str) -> int:
    return LEXICON.scales[word.lower()]


# --- spelled-out numbers ------------------------------------------------------------------

_TENS = ("mươi", "mười", "chục")
_HUNDRED = "trăm"
_ZERO_TENS = ("linh", "lẻ")
SPELLED_WORD = (phrase_alternation([*LEXICON.spelled_digits, *_TENS, _HUNDRED, *_ZERO_TENS,
                                    *LEXICON.scales]))


def _opening_by_first_letter(words: list[str]) -> str:
    """``(?<![^\\W\\d_])(?:word|word...)`` (a word not inside another) written to open with a
    class of the words' first letters, then each word's rest after a look-behind at its first
    letter (as traps' _DAY_OPENING): the regex engine skips in C to where such a letter is,
    instead of trying the look-behind and every word at each position of the text (0.57 ->
    0.35 ms on a 10,000-character body). The same matches: a word must end there
    (``(?![^\\W\\d_])`` follows), so one word at most matches at a place, whatever their order."""
    if any(len(word.split()) > 1 or not word.isalpha() for word in words):
        raise ValueError("one-word openings only")
    firsts = sorted({word[0] for word in words})
    rests = "|".join(
        f"(?<={re.escape(first)})(?:"
        + "|".join(re.escape(word[1:]) for word in phrase_alternation(words).split("|")
                   if word[0] == first) + ")"
        for first in firsts)
    return f"[{''.join(firsts)}](?<=(?<![^\\W\\d_]).)(?:{rests})"


SPELLED_NUMBER = re.compile(
    rf"{_opening_by_first_letter([*LEXICON.spelled_digits, 'mười'])}(?![^\W\d_])"
    rf"(?:{SPACE}+(?:{SPELLED_WORD})(?![^\W\d_]))*+",
    re.IGNORECASE)

# The words a spelled number opens with, and the characters that IGNORECASE matches to one of
# their letters though ``str.lower`` does not give that letter (dotless i, long s; capital I
# with dot lowers to two characters). tests/test_statistics_properties.py checks every code
# point against the words of the lexicon.
SPELLED_OPENING_WORDS = tuple(sorted({*LEXICON.spelled_digits, "mười"}))
LOWERED_OTHERWISE = "\u0131\u017f\u0130"  # dotless i, long s, capital I with dot above
# Every opening word's first letter, then its rest as a look-ahead: each match is one letter,
# so ``finditer`` finds every position where some opening word starts, each once, in one scan
# instead of one ``str.find`` scan of the text per word (16 of them; 0.13 ms -> 0.1 ms).
_OPENING = re.compile("|".join(
    re.escape(first) + "(?=" + "|".join(re.escape(word[1:]) for word in words) + ")"
    for first, words in itertools.groupby(SPELLED_OPENING_WORDS, key=itemgetter(0))))


def spelled_numbers(text: str) -> Iterator[re.Match[str]]:
    """``SPELLED_NUMBER.finditer(text)``, tried only where an opening word is.

    The pattern opens with a class of letters that start a fifth of a Vietnamese text's
    characters (b, c, h, n, t, ...), at each of which the regex engine stops and tries it
    (0.3 ms a 10,000-character body). ``_OPENING`` over the lowercased text, a look-ahead per letter
    (far cheaper), finds every place a match may start, where lowercasing keeps each
    character in place and matches as IGNORECASE does; elsewhere the pattern scans itself.
    """
    lowered = text.lower()
    # ``in`` of one character is a memchr-like scan, far cheaper than a regex class search.
    if len(lowered) != len(text) or any(ch in text for ch in LOWERED_OTHERWISE):
        yield from SPELLED_NUMBER.finditer(text)
        return
    starts = map(re.Match.start, _OPENING.finditer(lowered))
    # Tried in order, each at or after the last match's end: finditer's matches (none empty).
    searched_to = 0
    for start in starts:
        if start >= searched_to and (match := SPELLED_NUMBER.match(text, start)):
            yield match
            searched_to = match.end()


def parse_spelled(words: list[str]) -> int | None:
    """Value of spelled-out number words ("hai mươi lăm" = 25, "ba trăm" = 300,
    "hai triệu năm trăm nghìn" = 2 500 000), or None when they do not form a number."""
    total = 0        # completed scale groups
    group = 0        # below the current scale word
    digit: int | None = None
    previous = ""
    for raw in words:
        word = raw.lower()
        if word in LEXICON.spelled_digits:
            if digit is not None:
                return None                          # "hai ba": two digits in a row
            if word in ("mốt", "lăm", "nhăm") and previous not in ("mươi", "mười"):
                return None
            if word == "tư" and previous not in ("mươi", *_ZERO_TENS):
                return None
            digit = LEXICON.spelled_digits[word]
        elif word == "mười":
            if digit is not None or group % 100:
                return None
            group += 10
        elif word in ("mươi", "chục"):
            if digit is None or (word == "mươi" and digit < 2):
                return None
            group += digit * 10
            digit = None
        elif word == _HUNDRED:
            if digit is None:
                return None
            group += digit * 100
            digit = None
        elif word in _ZERO_TENS:
            if previous != _HUNDRED:
                return None
        elif word in LEXICON.scales:
            amount = group + (digit or 0)
            scale = LEXICON.scales[word]
            if amount == 0:
                if total == 0:
                    return None
                total *= scale                           # "một nghìn tỷ"
            else:
                total += amount * scale
            group, digit = 0, None
        else:
            return None
        previous = word
    if previous in _ZERO_TENS:
        return None
    return total + group + (digit or 0)
