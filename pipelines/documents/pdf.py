"""PDF text layers, read with pypdf.

pypdf was chosen over pdfminer.six by measurement on generated Vietnamese PDFs (three
producers, two legacy fonts; bench/documents.py, docs/benchmarks.md "Attachments"): the same
token F1 on Unicode text layers, pypdf keeps the TCVN3 letter ư that .VnTime puts at 0xAD
(pdfminer.six turns it into a space: "nh  sau" for "như sau", which no converter can undo),
and it is 2-3 times faster.
"""
from __future__ import annotations

import io
import logging
import time

from .model import DocumentText, Limits
from .textform import join_paragraphs, paragraphs_from_lines, repair_legacy, text_quality

# Fewer letters than this per page: the pages are images (a scan), or carry only a stamp.
MIN_LETTERS_PER_PAGE = 40


class DocumentReadError(Exception):
    """The file cannot be read: corrupt, truncated, encrypted, or past a limit."""


def open_pdf(body: bytes):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every repair of a damaged file; the outcome is recorded, not the chatter.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            # Many portal PDFs are encrypted with an owner password only (no copying, no
            # printing): the empty user password opens them for reading.
            if not reader.decrypt(""):
                raise DocumentReadError("encrypted PDF (a password is needed to open it)")
        pages = len(reader.pages)
    except DocumentReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError) as exc:
        raise DocumentReadError(f"unreadable PDF: {type(exc).__name__}: {exc}") from None
    if pages == 0:
        raise DocumentReadError("PDF with no pages")
    return reader


def read_pdf_text(body: bytes, limits: Limits) -> DocumentText:
    started = time.monotonic()
    reader = open_pdf(body)
    pages = len(reader.pages)
    lines: list[str] = []
    for number, page in enumerate(reader.pages):
        if number >= limits.max_pages or time.monotonic() - started > limits.seconds:
            break
        try:
            lines.extend((page.extract_text() or "").splitlines())
        except Exception as exc:  # noqa: BLE001 - one damaged page does not lose the others
            lines.append("")
            logging.getLogger(__name__).debug("page %d unreadable: %s", number + 1, exc)
        lines.append("")  # a page break ends a paragraph
    lines, legacy = repair_legacy(lines)
    text = join_paragraphs(paragraphs_from_lines(lines), limits.max_chars)
    letters = sum(ch.isalpha() for ch in text)
    status = "ok" if letters >= MIN_LETTERS_PER_PAGE * min(pages, limits.max_pages) else "no_text"
    return DocumentText(status=status, format="pdf", method="pdf-text:pypdf", text=text,
                        pages=pages, quality=text_quality(text), legacy=legacy,
                        error=None if status == "ok" else "no text layer (scanned pages?)")
