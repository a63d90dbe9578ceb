"""Text normalisation: entities, NFC, whitespace, and legacy TCVN3/VNI repair.

Nothing here tokenises or rewrites words: the archive keeps the page's text verbatim after
decoding (DESIGN.md), only whitespace is collapsed.
"""

from __future__ import annotations

import html
import re
import unicodedata

_WS = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
_LEFTOVER_ENTITY = re.compile(r"&(#\d{2,6}|#x[0-9a-fA-F]{2,5}|[A-Za-z]{2,8});")

# Letters only real (Unicode) Vietnamese has: ă đ ơ ư, the U+1EA0 block, combining tones.
_UNICODE_VIET = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# Latin-1 letters that Vietnamese never uses but TCVN3/VNI bytes surface as under cp1252.
_LEGACY_HINT = re.compile(r"[\u00a1-\u00bf\u00c4-\u00c8\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e8\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0178\u0192\u02c6\u02dc]")


def clean_text(text: str | None) -> str:
    """Entity-decoded, NFC, whitespace (no-break spaces included) collapsed to one space."""
    if not text:
        return ""
    if "&" in text and _LEFTOVER_ENTITY.search(text):
        text = html.unescape(text)  # double-escaped CMS output ("&amp;ocirc;") shows entities
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", _WS.sub(" ", text)).strip()


def looks_legacy(text: str) -> bool:
    """Cheap pre-check: Latin-1 look-alikes and none of Unicode Vietnamese's own letters."""
    if _UNICODE_VIET.search(text):
        return False
    hints = len(_LEGACY_HINT.findall(text))
    return hints >= 2 or (hints == 1 and len(text) < 40)


def detect_legacy(texts: list[str]) -> str | None:
    """``"tcvn3"``, ``"vni"`` (or another viparse charmap) when the page text is legacy-encoded.

    Decided once per page over all its suspicious strings: short strings alone are too little
    evidence (viparse's content detector scores against a Vietnamese letter model).
    """
    sample = " ".join(t for t in texts if looks_legacy(t))[:20000]
    if len(sample) < 8:
        return None
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS

    return detect_encoding_by_content(sample, AUTO_DETECT_CHARMAPS).encoding


def convert_legacy(text: str, charmap_name: str) -> str:
    """Convert one string from a legacy Vietnamese encoding (as cp1252 look-alikes) to NFC."""
    if not looks_legacy(text):
        return text
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    charmap = get_charmap(charmap_name)
    return clean_text(convert(text, charmap)) if charmap else text
