"""What an archived image is, from its bytes: the one rule the derive path and the archive's
web pages share.

The derive path records it on the image's page (an image is never an article or a listing);
serving trusts a picture to be shown inline only when its bytes are one of the raster formats
below, whatever the portal's Content-Type said (an "image" that is HTML or SVG could carry
script; those are served as downloads).
"""
from __future__ import annotations

# Signatures of the raster formats browsers show and never run: media type by leading bytes.
_RASTER_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
RASTER_TYPES = frozenset(kind for _, kind in _RASTER_SIGNATURES) | {"image/webp", "image/avif"}


def raster_type(body: bytes) -> str | None:
    """The media type of a raster image by its bytes, or None (HTML, SVG, anything else)."""
    for signature, kind in _RASTER_SIGNATURES:
        if body.startswith(signature):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "image/webp"
    if body[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    return None
