"""Text normalisation: entities, NFC, whitespace, and legacy TCVN3/VNI repair.

Nothing here tokenises or rewrites words: the archive keeps the page's text verbatim after
decoding (DESIGN.md), only whitespace is collapsed.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Zero-width and soft-hyphen marks, and C0 control characters (not text; XML cannot hold them).
_INVISIBLE_CHARS = r"\u200b\u200e\u200f\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# A character clean_text keeps: neither white space (``\s`` is str.isspace) nor invisible.
_SHOWN = re.compile(rf"[^\s{_INVISIBLE_CHARS}]")
_LEFTOVER_ENTITY = re.compile(r"&(#\d{2,6}|#x[0-9a-fA-F]{2,5}|[A-Za-z]{2,8});")

# Letters only real (Unicode) Vietnamese has: ă đ ơ ư, the U+1EA0 block, combining tones.
_UNICODE_VIET = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
                           r"\u0300\u0301\u0303\u0309\u0323]")
# Latin-1 letters that Vietnamese never uses but TCVN3/VNI bytes surface as under cp1252.
_LEGACY_HINT = re.compile(r"[\u00a1-\u00bf\u00c4-\u00c8\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8"
                          r"\u00db\u00dc\u00de\u00df\u00e4-\u00e8\u00eb\u00ee\u00ef\u00f1"
                          r"\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0178\u0192\u02c6\u02dc]")


_LEGACY_CHARMAPS = ("tcvn3", "vni", "viscii")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """Entity-decoded, NFC, whitespace (no-break spaces included) collapsed to one space."""
    if not text:
        return ""
    if "&" in text and _LEFTOVER_ENTITY.search(text):
        text = html.unescape(text)  # double-escaped CMS output ("&amp;ocirc;") shows entities
    # Most of a page's text is clean but for the white space around it (a paragraph's source
    # indentation): stripped, it holds no invisible mark and no white space but single spaces
    # when it is printable (every invisible mark and every white space character but the
    # space is unprintable: tests/test_extract_units.py) and has no double space. Then it is
    # what the deletion and the collapsing below give, without them (two scans and a list of
    # words: ~120 us over the 10 K characters of a long story's body).
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped:
        text = stripped
    else:
        # str.split() splits on exactly what the regex ``\s`` matches (str.isspace: no-break
        # and typographic spaces included), four times faster than a whitespace regex's sub.
        # NFC never makes or removes a space, so collapsing (and stripping) before it gives
        # what collapsing and stripping around it did.
        text = " ".join(_INVISIBLE.sub("", text).split())
    return unicodedata.normalize("NFC", text)


def has_text(text: str | None) -> bool:
    """``bool(clean_text(text))``, without cleaning a whole page's text to learn it."""
    if not text:
        return False
    if "&" in text:  # an entity may decode to a space or an invisible mark: clean it all
        return bool(clean_text(text))
    # NFC never empties a text, so what is left after the invisible marks and the white space
    # go decides, and the first character that is neither does.
    return _SHOWN.search(text) is not None


def looks_legacy(text: str) -> bool:
    """Cheap pre-check: Latin-1 look-alikes and none of Unicode Vietnamese's own letters."""
    if text.isascii():  # (known without reading it: no look-alike is ASCII)
        return False
    if _UNICODE_VIET.search(text):
        return False
    if not any(ch.isalnum() for ch in text):
        # a separator between links (" » ", a byte the page's own code page holds): no word of
        # any font's text, and converting it would make a letter of it ("»" is TCVN3's "ằ")
        return False
    hints = len(_LEGACY_HINT.findall(text))
    return hints >= 2 or (hints == 1 and len(text) < 40)


# Frequent Vietnamese syllables: a converted text that reads as Vietnamese is full of them.
# (viparse's own letter-frequency detector cannot tell TCVN3 from VISCII on short texts.)
_COMMON_SYLLABLES = frozenset("""
và của các có được trong là cho người năm đã với không này những một tại công xã huyện tổ chức
hội nghị ngày tháng ban nhân dân ủy uỷ tỉnh thành phố việc đến từ theo trên về để nhà nước
đồng thời cán bộ sản xuất kinh tế phát triển thực hiện đạo chỉ quản lý vụ kết quả tổng số
đội đoàn đơn vị học sinh trường lớp giáo dục y tế văn hóa hoá thông tin xây dựng nông thôn mới
hộ gia đình đất đai lúa vốn đầu tư dự án kế hoạch báo cáo tình hình an ninh quốc phòng trật tự
mặt trận đảng bộ chi hệ thống chính trị cơ quan tăng giảm đạt so với cùng kỳ hơn nhiều lần
đã đang sẽ còn cũng như sau khi trước đó nên mà thì vì do bị tiếp tục triển khai nhiệm tác
""".split())


def _syllable_share(text: str) -> float:
    words = [w for w in re.findall(r"\w+", text.casefold()) if not w.isdigit()]
    return sum(w in _COMMON_SYLLABLES for w in words) / len(words) if words else 0.0


def detect_legacy(texts: list[str]) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when the page text is legacy-encoded, else None.

    Decided once per page over all its suspicious strings (short strings alone are too little
    evidence): each viparse charmap is tried and the one whose output reads most like
    Vietnamese (share of frequent syllables) wins, if it clearly beats the text as it is.
    """
    sample = " ".join(t for t in texts if looks_legacy(t))[:20000]
    if len(sample) < 8:
        return None
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    base = _syllable_share(sample)
    best, best_share = None, 0.0
    for name in _LEGACY_CHARMAPS:
        charmap = get_charmap(name)
        share = _syllable_share(convert(sample, charmap)) if charmap else 0.0
        if share > best_share:
            best, best_share = name, share
    return best if best_share >= 0.2 and best_share >= base + 0.1 else None


def convert_legacy(text: str, charmap_name: str, *, decided: bool = False) -> str:
    """Convert one string from a legacy Vietnamese encoding (as cp1252 look-alikes) to NFC.

    ``decided``: the whole text is known to be legacy (a document typed in one .VnTime or
    VNI-Times font), so a line converts even without look-alike hints ("Soá" is VNI "Số"
    but á is also a Unicode letter); a line holding Unicode-only Vietnamese stays as it is.
    """
    if not (looks_legacy(text) or (decided and not _UNICODE_VIET.search(text))):
        return text
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    charmap = get_charmap(charmap_name)
    # what XML cannot hold (C0 controls) cannot go back on the lxml tree either
    return _NOT_XML.sub("", convert(text, charmap)) if charmap else text
