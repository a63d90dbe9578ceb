"""``analyse_attachment``: sniff the format, read the text in a capped child process, then
read the document's identity and statistics here (the child never loads the statistics)."""
from __future__ import annotations

from typing import Any

from pipelines.statistics import find_statistics

from .formats import FORMATS, HTML, sniff_format
from .identity import read_identity
from .isolate import read_text_isolated
from .model import DocumentAnalysis, DocumentText, Limits
from .readers import read_text
from .tables import header_unit_statistics


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
