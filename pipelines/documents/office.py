"""Office files: DOCX (python-docx), XLSX (openpyxl), DOC (catdoc), XLS (xlrd).

Tables are kept as rows, cells joined by " | " (the sample corpus's convention for tables in
article bodies), so a row stays one line a reader and the statistics see whole. A one-row
table is page layout (the two-column header block of an administrative document), not data:
its cells' paragraphs come out one by one. Numbers in spreadsheets are written the Vietnamese
way (dot = thousands, comma = decimal), as the portals' pages write them.

catdoc was preferred to antiword for DOC: both read Word 97 Unicode text, but antiword draws
tables as boxes padded with spaces, side by side, which splits the header block's cells across
lines; catdoc gives each cell's text whole, cells separated by tabs.
"""
from __future__ import annotations

import datetime as dt
import io
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import DocumentText, Limits
from .pdf import DocumentReadError
from .textform import join_paragraphs, paragraphs_from_lines, repair_legacy, text_quality

CELL_SEPARATOR = " | "


def check_package(body: bytes, limits: Limits) -> None:
    """Refuse a ZIP package whose members would inflate past the cap (a zip bomb)."""
    try:
        members = zipfile.ZipFile(io.BytesIO(body)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentReadError(f"damaged package: {exc}") from None
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise DocumentReadError(
            f"package inflates to {total} bytes (limit {limits.max_unzipped_bytes}): zip bomb?")


def _finish(fmt: str, method: str, paragraphs: list[str], limits: Limits,
            pages: int | None = None) -> DocumentText:
    paragraphs, legacy = repair_legacy(paragraphs)
    text = join_paragraphs(paragraphs, limits.max_chars)
    status = "ok" if text.strip() else "no_text"
    return DocumentText(status=status, format=fmt, method=method, text=text, pages=pages,
                        quality=text_quality(text), legacy=legacy,
                        error=None if status == "ok" else "no text in the file")


# -- Word ---------------------------------------------------------------------------------------

def read_docx(body: bytes, limits: Limits) -> DocumentText:
    check_package(body, limits)
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(body))
    except MemoryError:
        raise  # the child's address-space cap: recorded as such by readers.read_text
    except Exception as exc:  # noqa: BLE001 - python-docx raises anything a broken XML raises
        raise DocumentReadError(f"unreadable DOCX: {type(exc).__name__}: {exc}") from None
    paragraphs: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraphs.append(block.text)
        elif isinstance(block, Table):
            paragraphs.extend(_docx_table(block))
    return _finish("docx", "docx", paragraphs, limits)


def _docx_table(table) -> Iterator[str]:
    rows = table.rows
    if len(rows) == 1:  # layout: each cell's paragraphs in reading order
        for cell in rows[0].cells:
            yield from (p.text for p in cell.paragraphs)
        return
    for row in rows:
        yield CELL_SEPARATOR.join(" ".join(p.text.strip() for p in cell.paragraphs).strip()
                                  for cell in row.cells)


def read_doc(body: bytes, limits: Limits) -> DocumentText:
    """Word 97-2003 through catdoc (Debian package catdoc), a child process with a deadline."""
    with tempfile.TemporaryDirectory(prefix="dna-doc-") as tmp:
        source = Path(tmp) / "in.doc"
        source.write_bytes(body)
        try:
            done = subprocess.run(["catdoc", "-d", "utf-8", "-w", str(source)],
                                  capture_output=True, timeout=limits.seconds)
        except FileNotFoundError:
            raise DocumentReadError("catdoc is not installed (Debian package catdoc)") from None
        except subprocess.TimeoutExpired:
            raise DocumentReadError(f"catdoc took over {limits.seconds:.0f} s") from None
    if done.returncode != 0:
        raise DocumentReadError(
            f"unreadable DOC: {done.stderr.decode('utf-8', 'replace').strip()[-300:]}")
    lines = done.stdout.decode("utf-8", "replace").replace("\f", "\n").splitlines()
    # catdoc separates table cells by tabs: a row of a table, kept as one line
    lines = [CELL_SEPARATOR.join(c.strip() for c in line.split("\t")) if "\t" in line else line
             for line in lines]
    return _finish("doc", "doc:catdoc", paragraphs_from_lines(lines), limits)


# -- spreadsheets --------------------------------------------------------------------------------

def vietnamese_number(value: float | int) -> str:
    """412600 -> "412.600", 108.5 -> "108,5", -0.42 -> "-0,42" (as Vietnamese pages write)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = repr(value)
    if "e" in text or "n" in text:  # 1e-05, inf, nan: as Python writes them
        return text
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = text.partition(".")
    return sign + f"{int(whole):,}".replace(",", ".") + "," + fraction


def _cell_text(value: object, number_format: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if number_format and "%" in number_format:
            return vietnamese_number(round(value * 100, 10)) + "%"
        return vietnamese_number(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def _rows_text(name: str, rows: Iterable[list[str]]) -> list[str]:
    out = [name]
    for cells in rows:
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            out.append(CELL_SEPARATOR.join(cells))
    return out


def read_xlsx(body: bytes, limits: Limits) -> DocumentText:
    check_package(body, limits)
    from openpyxl import load_workbook

    try:
        # data_only: the values Excel cached, not formulas; read_only streams big sheets.
        book = load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    except MemoryError:
        raise  # the child's address-space cap: recorded as such by readers.read_text
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything a broken XML raises
        raise DocumentReadError(f"unreadable XLSX: {type(exc).__name__}: {exc}") from None
    paragraphs: list[str] = []
    cells = 0
    try:
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows():
                cells += len(row)
                if cells > limits.max_cells:
                    raise DocumentReadError(f"more than {limits.max_cells} cells")
                rows.append([_cell_text(c.value, getattr(c, "number_format", None)) for c in row])
            paragraphs.extend(_rows_text(sheet.title, rows))
    finally:
        book.close()
    return _finish("xlsx", "xlsx", paragraphs, limits, pages=len(book.sheetnames))


def read_xls(body: bytes, limits: Limits) -> DocumentText:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=body, formatting_info=False, on_demand=True)
    except MemoryError:
        raise  # the child's address-space cap: recorded as such by readers.read_text
    except Exception as exc:  # noqa: BLE001 - xlrd raises XLRDError, struct.error, ...
        raise DocumentReadError(f"unreadable XLS: {type(exc).__name__}: {exc}") from None
    paragraphs: list[str] = []
    cells = 0
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            cells += sheet.nrows * sheet.ncols
            if cells > limits.max_cells:
                raise DocumentReadError(f"more than {limits.max_cells} cells")
            rows = []
            for r in range(sheet.nrows):
                row = []
                for cell in sheet.row(r):
                    value = cell.value
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        value = None
                    row.append(_cell_text(value))
                rows.append(row)
            paragraphs.extend(_rows_text(sheet.name, rows))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return _finish("xls", "xls:xlrd", paragraphs, limits, pages=book.nsheets)
