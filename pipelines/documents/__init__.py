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

from .model import DocumentAnalysis, DocumentIdentity, DocumentText, Limits

__all__ = ["DocumentAnalysis", "DocumentIdentity", "DocumentText", "Limits",
           "analyse_attachment", "document_statistics", "number_key", "sniff_format"]

_LAZY = {"analyse_attachment": "analyse", "document_statistics": "analyse",
         "number_key": "numbers", "sniff_format": "formats"}


def __getattr__(name: str) -> Any:
    """Imported on first use (PEP 562): the reading child process (``worker.py``) imports
    this package too, and must not pay for compiling the statistics' patterns (0.2 s)."""
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
