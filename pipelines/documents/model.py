"""What this package returns for one attachment: its text, how it was read, and how well."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# ok: text was read; no_text: the file holds no text we can read without OCR (a scan with OCR
# switched off, an image-only sheet); failed: corrupt, encrypted, hostile, too big or too slow.
Status = Literal["ok", "no_text", "failed"]


@dataclass(frozen=True)
class Limits:
    """Caps on one extraction. A file past any of them is a recorded failure, never a crash."""

    max_bytes: int = 50 * 1024 * 1024  # portals' scanned decisions run to 10-30 MB
    seconds: float = 60.0  # wall clock for the whole text step (OCR has its own below)
    memory_bytes: int = 1024 * 1024 * 1024  # address space of the extracting child process
    max_pages: int = 300  # pages read from one PDF (text layer or OCR)
    max_chars: int = 2_000_000  # text kept from one file (an archive row, not a corpus)
    max_unzipped_bytes: int = 200 * 1024 * 1024  # DOCX/XLSX members together (zip bombs)
    max_cells: int = 500_000  # spreadsheet cells read
    ocr_pages: int = 20  # pages OCR'd from one scan
    ocr_seconds: float = 300.0  # wall clock for the OCR of one file
    ocr_dpi: int = 200


@dataclass
class DocumentText:
    """The text of one file as read by one method.

    ``text`` is NFC, paragraphs (a table row: its cells joined by " | ") separated by a
    blank line, legacy TCVN3/VNI fonts converted to Unicode. ``method`` names the reader
    ("pdf-text:pypdf", "ocr:tesseract-vie", "docx", "xlsx", "doc:antiword", "xls:xlrd");
    ``quality`` is 0..1: for a text layer the share of words that are well-formed
    Vietnamese syllables, numbers or known abbreviations; for OCR Tesseract's mean word
    confidence. ``legacy`` names the legacy encoding converted ("tcvn3", "vni") if any.
    """

    status: Status
    format: str
    method: str | None = None
    text: str = ""
    pages: int | None = None
    quality: float | None = None
    legacy: str | None = None
    error: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DocumentIdentity:
    """What the header block of a Vietnamese administrative document says it is (Nghị định
    30/2020/NĐ-CP, Phụ lục I): "Số: 18/KH-UBND", "Kiến Thụy, ngày 12 tháng 01 năm 2024",
    the type title ("KẾ HOẠCH") and the subject line under it. Fields as written; ``issued``
    ISO; ``number_key`` the matching form of ``number`` (see :func:`number_key`)."""

    doc_type: str | None = None
    number: str | None = None
    number_key: str | None = None
    issued: str | None = None
    issuer: str | None = None
    place: str | None = None
    subject: str | None = None


@dataclass
class DocumentAnalysis:
    """``analyse_attachment``'s result: text, identity and statistics (article JSON shape)."""

    text: DocumentText
    identity: DocumentIdentity = field(default_factory=DocumentIdentity)
    statistics: list[dict[str, Any]] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        """A line a search result can show: "Kế hoạch 18/KH-UBND: Sản xuất vụ Xuân năm 2024"."""
        ident = self.identity
        head = " ".join(p for p in (ident.doc_type, ident.number) if p)
        if head and ident.subject:
            return f"{head}: {ident.subject}"
        return head or ident.subject or None

    def to_dict(self) -> dict[str, Any]:
        return {**self.text.to_dict(), "identity": asdict(self.identity), "title": self.title,
                "statistics": self.statistics}
