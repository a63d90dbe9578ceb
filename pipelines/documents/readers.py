"""One entry for every format: bytes in, ``DocumentText`` out, every failure recorded."""
from __future__ import annotations

import time

from .formats import DOC, DOCX, PDF, XLS, XLSX
from .model import DocumentText, Limits
from .ocr import read_pdf_ocr
from .office import read_doc, read_docx, read_xls, read_xlsx
from .pdf import DocumentReadError, read_pdf_text

_READERS = {DOCX: read_docx, XLSX: read_xlsx, DOC: read_doc, XLS: read_xls}


def read_text(body: bytes, fmt: str, limits: Limits, ocr: bool = False) -> DocumentText:
    """The text of ``body`` read as ``fmt``. Never raises for a bad file: the result says
    ``failed`` with the reason (corrupt, encrypted, zip bomb, too many cells, ...)."""
    started = time.monotonic()
    try:
        result = _read(body, fmt, limits, ocr)
    except DocumentReadError as exc:
        result = DocumentText(status="failed", format=fmt, error=str(exc))
    except MemoryError:
        result = DocumentText(status="failed", format=fmt,
                              error=f"over the memory limit ({limits.memory_bytes} bytes)")
    except RecursionError:
        result = DocumentText(status="failed", format=fmt, error="nested too deeply (hostile file?)")
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one file is recorded, not raised
        result = DocumentText(status="failed", format=fmt,
                              error=f"reader crashed: {type(exc).__name__}: {exc}"[:500])
    result.seconds = round(time.monotonic() - started, 3)
    return result


def _read(body: bytes, fmt: str, limits: Limits, ocr: bool) -> DocumentText:
    if fmt == PDF:
        text = read_pdf_text(body, limits)
        if text.status == "no_text":
            if not ocr:
                text.error = "no text layer (scanned pages?); OCR is off"
                return text
            scanned = read_pdf_ocr(body, limits)
            # A thin text layer (a stamp, a page number) plus the OCR of the page images.
            return scanned if scanned.status == "ok" or not text.text else text
        return text
    reader = _READERS.get(fmt)
    if reader is None:
        raise DocumentReadError(f"no reader for format {fmt!r}")
    return reader(body, limits)
