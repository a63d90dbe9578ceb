"""Which reader a file needs: from its bytes first, then its Content-Type, then its URL.

Portals mislabel files (a DOCX served as application/octet-stream, a PDF link that answers an
HTML error page with status 200), so the file's own signature decides; the declared type and
the extension only break ties the signature cannot (an OLE file is DOC or XLS).
"""
from __future__ import annotations

import io
import zipfile
from urllib.parse import urlsplit

PDF, DOCX, XLSX, DOC, XLS, HTML, UNKNOWN = "pdf", "docx", "xlsx", "doc", "xls", "html", "unknown"
FORMATS = (PDF, DOCX, XLSX, DOC, XLS)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXCEL_TYPES = ("application/vnd.ms-excel", "application/excel", "application/x-excel",
                "application/x-msexcel")


def _extension(url: str | None) -> str:
    path = urlsplit(url or "").path.lower()
    return path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""


def sniff_format(body: bytes, content_type: str | None = None, url: str | None = None) -> str:
    """One of pdf, docx, xlsx, doc, xls, html, unknown."""
    head = body[:2048]
    declared = (content_type or "").split(";")[0].strip().lower()
    ext = _extension(url)
    # "%PDF" may follow a few junk bytes (the spec's readers accept it within the first 1 KB).
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(body, declared, ext)
    if head.startswith(_OLE):
        if declared in _EXCEL_TYPES or ext in ("xls", "xlt"):
            return XLS
        return DOC
    sample = head.lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or (
            b"<html" in sample or b"<body" in sample):
        return HTML
    return UNKNOWN


def _zip_format(body: bytes, declared: str, ext: str) -> str:
    """DOCX and XLSX are ZIP packages told apart by their main part (ECMA-376 Part 2)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(body)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # A truncated package: let the extension or the declared type pick the reader,
        # which then records the damage.
        if ext in ("xlsx", "xlsm") or "spreadsheetml" in declared:
            return XLSX
        if ext == "docx" or "wordprocessingml" in declared:
            return DOCX
        return UNKNOWN
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return UNKNOWN
