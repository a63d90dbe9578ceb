"""Search folding for Vietnamese: extra columns, never a rewrite of the original.

``fold("Huyện Kiến Thuỵ đạt")`` → ``"huyen kien thuy dat"``: NFD, drop combining marks (so both
tone placements, "Thuỵ" and "Thụy", fold alike), đ→d, lowercase. Folded text lives in
``*_folded`` columns next to the NFC original.
"""
from __future__ import annotations

import unicodedata

_D = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()
