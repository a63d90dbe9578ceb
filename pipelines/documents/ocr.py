"""Scanned PDFs through OCR: Poppler's pdftoppm renders pages, Tesseract reads them with its
Vietnamese model (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-vie).

Both run as child processes with a deadline, so a hostile page costs at most the time cap
(``Limits.ocr_seconds``) and never the crawl's memory. The quality is Tesseract's own mean word
confidence (0..1).
"""
from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from .model import DocumentText, Limits
from .pdf import DocumentReadError, open_pdf
from .textform import join_paragraphs, paragraphs_from_lines

LANGUAGE = "vie"


def ocr_available() -> str | None:
    """None when OCR can run here, else what is missing."""
    for tool in ("pdftoppm", "tesseract"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                               timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run: {exc}"
    return None if LANGUAGE in langs else "Tesseract's Vietnamese model (tesseract-ocr-vie) is missing"


def _run(args: list[str], deadline: float) -> None:
    left = deadline - time.monotonic()
    if left <= 0:
        raise DocumentReadError("OCR time limit reached")
    try:
        subprocess.run(args, check=True, capture_output=True, timeout=left)
    except subprocess.TimeoutExpired:
        raise DocumentReadError("OCR time limit reached") from None
    except subprocess.CalledProcessError as exc:
        raise DocumentReadError(
            f"{Path(args[0]).name} failed: {exc.stderr.decode('utf-8', 'replace')[-300:]}") from None


def _page_lines(tsv: Path) -> tuple[list[str], list[float]]:
    """Lines from Tesseract's TSV (level 5 = word), a blank line between its blocks and
    paragraphs, and the confidences of the words."""
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple[str, str, str] | None = None
    paragraph: tuple[str, str] | None = None
    with tsv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("level") != "5" or not (row.get("text") or "").strip():
                continue
            key = (row["block_num"], row["par_num"], row["line_num"])
            if (row["block_num"], row["par_num"]) != paragraph and lines:
                lines.append("")
            paragraph = key[:2]
            if key != current:
                lines.append(row["text"])
                current = key
            else:
                lines[-1] += " " + row["text"]
            conf = float(row.get("conf") or -1)
            if conf >= 0:
                confidences.append(conf)
    return lines, confidences


def read_pdf_ocr(body: bytes, limits: Limits) -> DocumentText:
    missing = ocr_available()
    if missing:
        raise DocumentReadError(f"OCR unavailable: {missing}")
    pages = len(open_pdf(body).pages)
    count = min(pages, limits.ocr_pages)
    deadline = time.monotonic() + limits.ocr_seconds
    lines: list[str] = []
    confidences: list[float] = []
    with tempfile.TemporaryDirectory(prefix="dna-ocr-") as tmp:
        work = Path(tmp)
        source = work / "in.pdf"
        source.write_bytes(body)
        for number in range(1, count + 1):
            image = work / f"page-{number}"
            _run(["pdftoppm", "-r", str(limits.ocr_dpi), "-gray", "-png", "-singlefile",
                  "-f", str(number), "-l", str(number), str(source), str(image)], deadline)
            out = work / f"ocr-{number}"
            # psm 3: automatic page segmentation (columns, header blocks); TSV for confidences
            _run(["tesseract", f"{image}.png", str(out), "-l", LANGUAGE, "--psm", "3", "tsv"],
                 deadline)
            page_lines, page_conf = _page_lines(out.with_suffix(".tsv"))
            lines.extend([*page_lines, ""])
            confidences.extend(page_conf)
    text = join_paragraphs(paragraphs_from_lines(lines), limits.max_chars)
    quality = round(sum(confidences) / len(confidences) / 100, 4) if confidences else None
    status = "ok" if text.strip() else "no_text"
    return DocumentText(status=status, format="pdf", method=f"ocr:tesseract-{LANGUAGE}",
                        text=text, pages=pages, quality=quality,
                        error=None if status == "ok" else "OCR found no text")
