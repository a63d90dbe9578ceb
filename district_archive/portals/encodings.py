"""Vietnamese text as legacy bytes, the way old portals and editors saved it: what the fault
portal serves, what the legacy fixtures (tests/fixtures/make_legacy.py) are built with, and what
the decoding tests feed the extractor."""
from __future__ import annotations

import unicodedata

from viparse.normalize.encodings import TCVN3

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def to_cp1258(text: str) -> bytes:
    """windows-1258 bytes: the letter (â, ê, ơ, ư, ă … are in the code page) followed by its
    tone as a combining mark (toned letters are not in it). A character the code page lacks
    becomes an XML character reference."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        marks = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in marks[1:] if m in _TONE_MARKS)
        letter = unicodedata.normalize("NFC", marks[0] + "".join(m for m in marks[1:]
                                                               if m not in _TONE_MARKS))
        out.append((letter + tones).encode("cp1258", errors="xmlcharrefreplace"))
    return b"".join(out)


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (.VnTime font) bytes, which browsers read as windows-1252."""
    reverse = {uni: legacy for legacy, uni in TCVN3.pairs}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        legacy = reverse.get(ch) or reverse.get(ch.lower())  # .VnTimeH capitals reuse the codes
        out.append(legacy if legacy is not None else ch)
    return "".join(out).encode("cp1252")
