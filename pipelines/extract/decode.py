"""Bytes to text: choose the character encoding the way a browser would, Vietnamese-aware.

Order: the caller's ``encoding``, the HTTP ``Content-Type`` charset, a byte-order mark, a
``<meta charset>`` / ``http-equiv`` declaration, then detection. Reading the declarations
(header, BOM, meta) and mapping their names to codecs the way browsers do (WHATWG: latin-1 is
windows-1252) is w3lib's, the library Scrapy itself uses; ours are only the Vietnamese steps:
the names Vietnamese portals declare that w3lib does not know (VPS), a declared codec that
fails strictly falling through to the next (old portals mis-declare), and detection that tells
windows-1258 (Vietnamese, with combining tone marks) from windows-1252. Entity decoding happens
in the HTML parser, NFC in :mod:`.text`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from .article import ExtractionError

# Enormous input is refused rather than parsed: no real article page comes near this (SharePoint
# pages with their view state are 1-3 MB), and the work grows with the input: about 10 s for a
# 10 MB page of tiny elements on this project's 2-core machine.
MAX_BYTES = 10 * 1024 * 1024

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
# windows-1258 bytes for the Vietnamese combining tone marks (grave, acute, tilde, hook, dot
# below) and for ă/đ/ơ/ư: common in Vietnamese text, rare in any windows-1252 language.
_CP1258_VIET = frozenset(b"\xcc\xec\xde\xd2\xf2\xe3\xc3\xf0\xd0\xf5\xd5\xfd\xdd")

# Declared names w3lib does not map, or maps otherwise: VPS (a Vietnamese windows-1258
# variant), "unicode" (Windows' name for UTF-8 in old editors), "utf-16" (WHATWG: little-endian).
_VIETNAMESE_ALIASES = {"x-viet-vps": "cp1258", "unicode": "utf-8", "utf-16": "utf-16-le"}


def normalise_codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when it is unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    codec = _VIETNAMESE_ALIASES.get(name) or resolve_encoding(name)
    if codec is None:
        return None
    try:
        return codecs.lookup(codec).name
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
    bom_codec = normalise_codec(read_bom(body)[0])
    candidates: list[str | None] = [normalise_codec(encoding)]
    if encoding and candidates[0] is None:
        raise ExtractionError(f"unknown encoding: {encoding!r}")
    declared = normalise_codec(html_body_declared_encoding(body[:8192]))
    header = normalise_codec(http_content_type_encoding(content_type)) if content_type else None
    if header == "cp1252" and declared not in (None, "cp1252"):
        # ISO-8859-1 in the header is a server's default label (Apache's AddDefaultCharset),
        # not the author's: a page declaring its own charset (a windows-1258 portal's meta)
        # is read in that one, as long as it decodes in it (the loop's strict try)
        candidates.append(declared)
    candidates.append(header)
    # NUL bytes are normal in UTF-16 and UTF-32
    wide = any(c and c.startswith(("utf-16", "utf-32")) for c in candidates)
    if bom_codec is None:
        what = sniff_binary(body[:8192])
        if what and not (wide and what.startswith("binary data")):
            raise ExtractionError(f"not an HTML page: {what}")
    candidates.append(bom_codec)
    candidates.append(declared)
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
