"""Document numbers in the form two writings of one number share (``number_key``).

Its own small module: the archive (pipelines/store.py) keys every reference with it, and the
crawl process, which opens the archive, must not load the statistics to do so.
"""
from __future__ import annotations

import re
import unicodedata

from pipelines.text import fold

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})


def number_key(number: str | None) -> str | None:
    """The form in which two writings of one document number compare equal: "18/KH-UBND",
    "18 / KH – UBND" and "018/kh-ubnd" all give "18/kh-ubnd", "12/TB-PGDĐT" and
    "12/TB-PGDDT" both "12/tb-pgddt". Diacritics and đ fold (symbols are typed either way),
    spaces go, dashes unify, leading zeros of the serial go."""
    if not number:
        return None
    key = fold(unicodedata.normalize("NFC", number)).translate(_DASHES)
    key = re.sub(r"\s+", "", key)
    key = re.sub(r"^0+(?=\d)", "", key)
    return key or None
