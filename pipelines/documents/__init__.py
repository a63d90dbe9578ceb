"""Attachments as documents: text, identity and statistics from an archived file's bytes.

    from pipelines.documents import analyse_attachment
    result = analyse_attachment(body, "application/pdf", url)          # OCR off
    result.text.status, result.text.method, result.text.pages, result.text.quality
    result.identity.number          # "18/KH-UBND" from the header block
    result.statistics               # the article JSON shape, documents included

Pure like extraction (no Scrapy, no SQLite). Each format's reader runs in a child process
with time and memory caps (``isolate.py``), so a corrupt, encrypted, truncated, huge or
zip-bomb file, or a "PDF" that is an HTML error page, is a result with ``status="failed"``
and the reason, never an exception. OCR (Tesseract, Vietnamese model) is off by default: it
costs seconds per page where a text layer costs milliseconds (bench/documents.py).
"""
from __future__ import annotations

from typing import Any

from pipelines.statistics import find_statistics

from .formats import FORMATS, HTML, sniff_format
from .identity import number_key, read_identity
from .isolate import read_text_isolated
from .model import DocumentAnalysis, DocumentIdentity, DocumentText, Limits
from .readers import read_text
from .tables import header_unit_statistics

__all__ = ["DocumentAnalysis", "DocumentIdentity", "DocumentText", "Limits",
           "analyse_attachment", "number_key", "sniff_format"]

# Bumped when a reader changes what it returns, so that ``reprocess`` knows which stored
# texts are stale.
EXTRACTOR_VERSION = 1


def analyse_attachment(body: bytes, content_type: str | None, url: str | None, *,
                       ocr: bool = False, limits: Limits | None = None,
                       isolated: bool = True) -> DocumentAnalysis:
    """Read one archived attachment. ``isolated=False`` reads in this process (tests,
    benchmarks of the readers themselves); the crawl and ``reprocess`` keep the default."""
    limits = limits or Limits()
    fmt = sniff_format(body, content_type, url)
    if not body:
        return DocumentAnalysis(DocumentText(status="failed", format=fmt, error="empty file"))
    if len(body) > limits.max_bytes:
        return DocumentAnalysis(DocumentText(
            status="failed", format=fmt,
            error=f"file too large: {len(body)} bytes (limit {limits.max_bytes})"))
    if fmt not in FORMATS:
        what = ("an HTML page (an error or login page served in place of the file?)"
                if fmt == HTML else "not a PDF, DOC/DOCX or XLS/XLSX file")
        return DocumentAnalysis(DocumentText(status="failed", format=fmt, error=what))
    reader = read_text_isolated if isolated else read_text
    text = reader(body, fmt, limits, ocr=ocr)
    if text.status != "ok":
        return DocumentAnalysis(text)
    return DocumentAnalysis(text, read_identity(text.text), document_statistics(text.text))


def document_statistics(text: str) -> list[dict[str, Any]]:
    """Statistics of a document's text: the article finder's, and table cells whose unit is
    in their column header; ordered by position like the article's."""
    found = [s.to_dict() for s in find_statistics(text)]
    taken = {(s["start"], s["end"]) for s in found}
    found.extend(s for s in header_unit_statistics(text) if (s["start"], s["end"]) not in taken)
    return sorted(found, key=lambda s: (s["start"], s["end"]))
