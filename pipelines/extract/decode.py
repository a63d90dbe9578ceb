"""Bytes to text: choose the character encoding the way a browser would, Vietnamese-aware.

Order: the caller's ``encoding``, the HTTP ``Content-Type`` charset, a byte-order mark, a
``<meta charset>`` / ``http-equiv`` declaration, then detection. Detection tries strict UTF-8,
then tells windows-1258 (Vietnamese, with combining tone marks) from windows-1252. Entity
decoding happens in the HTML parser, NFC in :mod:`.text`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .article import ExtractionError

# Enormous input is refused rather than parsed: no real article page comes near this (SharePoint
# pages with their view state are 1-3 MB), and the work grows with the input: about 10 s for a
# 10 MB page of tiny elements on this project's 2-core machine.
MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats that are never HTML (PDF, ZIP/DOCX/XLSX, images, gzip, OLE/DOC).
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX?)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (DOC/XLS?)"),
    (b"RIFF", "a RIFF media file"),
)

_NON_HTML_TYPES = re.compile(r"^(image|audio|video|font)/"
                             r"|^application/(pdf|zip|octet-stream|msword|vnd\.|x-|gzip|json)",
                             re.I)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)

# windows-1258 bytes for the Vietnamese combining tone marks (grave, acute, tilde, hook, dot
# below) and for ă/đ/ơ/ư: common in Vietnamese text, rare in any windows-1252 language.
_CP1258_VIET = frozenset(b"\xcc\xec\xde\xd2\xf2\xe3\xc3\xf0\xd0\xf5\xd5\xfd\xdd")

# Declared names that browsers (WHATWG Encoding) map elsewhere, plus common misspellings.
_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso8859-1": "cp1252", "windows-1252": "cp1252",
    "windows-1258": "cp1258", "x-viet-vps": "cp1258", "unicode": "utf-8", "utf8": "utf-8",
    "utf-16": "utf-16-le",
}


def normalise_codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when it is unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sniff_binary(head: bytes) -> str | None:
    """A description of ``head`` when it is a known binary format or not text at all."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in head[:4096]:
        return "binary data (NUL bytes)"
    return None


def _detect(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A page truncated mid-character is still UTF-8.
        if exc.start >= len(body) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    high = [b for b in body if b >= 0x80]
    if high and sum(b in _CP1258_VIET for b in high) / len(high) > 0.2:
        return "cp1258"
    return "cp1252"


def _try(body: bytes, codec: str, explicit: bool) -> str | None:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        return None
    # A page *declared* latin-1/1252 that is valid UTF-8 with non-ASCII bytes is UTF-8 (a
    # frequent mis-declaration on old portals); the reverse cannot happen by accident.
    if not explicit and codec == "cp1252" and any(b >= 0x80 for b in body):
        try:
            body.decode("utf-8")
            return None  # let detection choose UTF-8
        except UnicodeDecodeError:
            pass
    return text


def _nfc(text: str) -> str:
    # windows-1258 (and Unikey "tổ hợp" pages) give combining tone marks: compose them once here
    # so that every later rule matches "lượt", not "lươ" + U+0323
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_body(body: bytes | str, encoding: str | None = None,
                content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, codec)``. Raises :class:`ExtractionError` for input that is not a page."""
    if content_type and _NON_HTML_TYPES.search(content_type.strip()):
        raise ExtractionError("not an HTML page: Content-Type is "
                              f"{content_type.split(';')[0].strip()}")
    if isinstance(body, str):
        if len(body) > MAX_BYTES:
            raise ExtractionError(f"input too large: {len(body)} characters (limit {MAX_BYTES})")
        if not body.strip():
            raise ExtractionError("empty input")
        return _nfc(body), "unicode"
    if not body or not body.strip():
        raise ExtractionError("empty input")
    if len(body) > MAX_BYTES:
        raise ExtractionError(f"input too large: {len(body)} bytes (limit {MAX_BYTES})")
    bom_codec = next((c for bom, c in _BOMS if body.startswith(bom)), None)
    candidates: list[str | None] = [normalise_codec(encoding)]
    if encoding and candidates[0] is None:
        raise ExtractionError(f"unknown encoding: {encoding!r}")
    if content_type:
        m = _CT_CHARSET.search(content_type)
        candidates.append(normalise_codec(m.group(1)) if m else None)
    # NUL bytes are normal in UTF-16 and UTF-32
    wide = any(c and c.startswith(("utf-16", "utf-32")) for c in candidates)
    if bom_codec is None:
        what = sniff_binary(body[:8192])
        if what and not (wide and what.startswith("binary data")):
            raise ExtractionError(f"not an HTML page: {what}")
    candidates.append(bom_codec)
    meta = _META_CHARSET.search(body[:8192])
    candidates.append(normalise_codec(meta.group(1).decode("ascii", "replace")) if meta else None)
    for i, codec in enumerate(candidates):
        if codec is None:
            continue
        data = (body[len(codecs.BOM_UTF8):] if codec == "utf-8" and body.startswith(codecs.BOM_UTF8)
                else body)
        text = _try(data, codec, explicit=i == 0)
        if text is not None:
            return _nfc(text.lstrip("\ufeff")), codec
    codec = _detect(body)
    return _nfc(body.decode(codec, errors="replace").lstrip("\ufeff")), codec
