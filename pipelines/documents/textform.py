"""From the lines a reader gives to the archive's text form: paragraphs, Unicode, a quality.

Text layers and OCR give lines, wrapped where the page ran out of width; the statistics need
sentences whole ("đạt 68,5" / "tạ/ha." is one quantity), and the archive's body form is
paragraphs separated by a blank line (DESIGN.md). Legacy-font documents are converted the way
pages are (pipelines.extract.text), decided once per document.
"""
from __future__ import annotations

import re
import unicodedata

from pipelines.extract.text import clean_text, convert_legacy, detect_legacy

# A line at least this share of the longest line's length was wrapped by the page width.
FULL_LINE = 0.8
_LIST_ITEM = re.compile(r"^(?:[0-9]{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s")
_SENTENCE_END = ".:;!?"

# Vietnamese syllable shape on a diacritic-free, lowercase word (đ folded to d):
# onset, vowel nucleus, coda. Anything else is a broken glyph map, OCR noise or another language.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?$")
# The marks a Vietnamese letter may carry (NFD): breve, circumflex, horn, and the five tones.
_VIET_MARKS = frozenset("\u0306\u0302\u031b\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_D = str.maketrans({"đ": "d", "Đ": "D"})


def repair_legacy(lines: list[str]) -> tuple[list[str], str | None]:
    """Lines typed in a TCVN3/VNI font, as Unicode; and the encoding found (or None)."""
    legacy = detect_legacy([line for line in lines if len(line.strip()) > 1])
    if not legacy:
        return lines, None
    return [convert_legacy(line, legacy, decided=True) for line in lines], legacy


def _continues(previous: str, line: str) -> bool:
    if _LIST_ITEM.match(line):
        return False
    first = line[0]
    return first.islower() or first.isdigit() or previous[-1] not in _SENTENCE_END


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Join lines the page width wrapped; a blank line always ends a paragraph.

    A line continues the one before when that one was full (wrapped by the width) and the
    new line does not open a list item, and either starts lowercase or with a digit, or
    follows a line that ended mid-sentence. Short lines (headers, titles, signatures) stay
    their own paragraphs.
    """
    cleaned = [clean_text(line) for line in lines]
    longest = max((len(line) for line in cleaned), default=0)
    out: list[str] = []
    joinable = False
    for line in cleaned:
        if not line:
            joinable = False
            continue
        if out and joinable and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = len(line) >= FULL_LINE * longest
    return out


def join_paragraphs(paragraphs: list[str], max_chars: int) -> str:
    text = "\n\n".join(p for p in (clean_text(p) for p in paragraphs) if p)
    return unicodedata.normalize("NFC", text[:max_chars])


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower().translate(_D))
    marks = [ch for ch in decomposed if unicodedata.combining(ch)]
    if any(m not in _VIET_MARKS for m in marks):
        return False
    if sum(m in "\u0300\u0301\u0303\u0309\u0323" for m in marks) > 1:  # one tone at most
        return False
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bool(_SYLLABLE.match(base))


def _is_abbreviation(word: str) -> bool:
    """UBND, HĐND, VT, KH: capitals without marks (đ aside), as symbols and abbreviations."""
    return word.isupper() and len(word) <= 8 and word.translate(_D).isascii()


def text_quality(text: str) -> float | None:
    """Share of words that are Vietnamese syllables or upper-case abbreviations (UBND, VT).

    A text layer read through a wrong glyph map ("nh©n d©n"), an unconverted legacy font or
    OCR noise scores low; ordinary Vietnamese prose scores above 0.9. None without words.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    good = sum(_is_syllable(w) or _is_abbreviation(w) for w in words)
    return round(good / len(words), 4)
