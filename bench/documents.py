"""Attachments benchmark: which PDF text reader, and attachments per second per method.

    .venv/bin/python bench/documents.py [--rounds 5] [--write docs/benchmarks.md]

1. PDF text layers: pypdf against pdfminer.six on the generated Vietnamese PDFs of
   tests/fixtures/documents (three producers: reportlab with embedded DejaVu, LibreOffice from
   DOCX/DOC, and TCVN3 / VNI legacy-font PDFs). Both readers' lines go through the same
   legacy-font conversion and paragraph joining (pipelines/documents/textform.py) and are
   scored against the gold: token F1, character accuracy (1 - CER), statistics recall.
2. Throughput of ``analyse_attachment`` per method: in this process (the readers alone) and
   isolated (one capped child process per file, as the crawl and ``reprocess`` run it); OCR
   seconds per page. Best of ``rounds`` passes (isolated and OCR: mean of ``rounds``).
``--write`` replaces the "## Attachments" section of the file.
"""
from __future__ import annotations

import argparse
import io
import platform
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report_section import write_section  # noqa: E402
from pipelines.documents import analyse_attachment, document_statistics  # noqa: E402
from pipelines.documents.evaluation import GoldDocument, char_accuracy, load_gold, token_f1  # noqa: E402
from pipelines.documents.ocr import ocr_available  # noqa: E402
from pipelines.documents.textform import join_paragraphs, paragraphs_from_lines, repair_legacy  # noqa: E402
from pipelines.statistics.evaluation import KINDS, Score  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "documents"


def mean(values: Iterable[float]) -> float:
    # (the standard library's statistics module is shadowed here by bench/statistics.py)
    values = list(values)
    return sum(values) / len(values)
HEADING = "## Attachments"


def pypdf_lines(body: bytes) -> list[str]:
    from pypdf import PdfReader
    return [line for page in PdfReader(io.BytesIO(body)).pages
            for line in [*(page.extract_text() or "").splitlines(), ""]]


def pdfminer_lines(body: bytes) -> list[str]:
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(body)).splitlines()


READERS: dict[str, Callable[[bytes], list[str]]] = {"pypdf": pypdf_lines,
                                                    "pdfminer.six": pdfminer_lines}


def text_pdfs(gold: list[GoldDocument]) -> list[tuple[Path, GoldDocument]]:
    """Every text-layer PDF with its gold: the generated ones and LibreOffice's copies."""
    cases = [(g.path, g) for g in gold if g.path.suffix == ".pdf" and g.gold["method"] != "ocr"]
    cases += [(g.path.with_name(f"{g.path.stem}.libreoffice.pdf"), g) for g in gold
              if g.path.with_name(f"{g.path.stem}.libreoffice.pdf").exists()]
    return cases


def compare_readers(gold: list[GoldDocument], rounds: int) -> list[str]:
    rows = [("| file | producer | pypdf F1 / char acc. / stats R / ms | "
             "pdfminer.six F1 / char acc. / stats R / ms |"), "|---|---|---|---|"]
    totals: dict[str, list[tuple[float, float, float]]] = {name: [] for name in READERS}
    for path, g in text_pdfs(gold):
        body = path.read_bytes()
        producer = g.gold.get("legacy") or ("LibreOffice" if "libreoffice" in path.name
                                            else "reportlab")
        cells = []
        for name, reader in READERS.items():
            best = float("inf")
            for _ in range(rounds):
                began = time.perf_counter()
                lines = reader(body)
                best = min(best, time.perf_counter() - began)
            lines, _ = repair_legacy([unicodedata.normalize("NFC", line) for line in lines])
            text = join_paragraphs(paragraphs_from_lines(lines), 10**7)
            score = Score()
            score.add(path.name, g.gold["statistics"], document_statistics(text))
            found = sum(score.true_positive.values()) / max(1, sum(score.expected.values()))
            f1, acc = token_f1(text, g.text), char_accuracy(text, g.text)
            totals[name].append((f1, acc, best))
            cells.append(f"{f1:.4f} / {acc:.4f} / {found:.3f} / {best * 1000:.1f}")
        rows.append(f"| {path.name} | {producer} | {cells[0]} | {cells[1]} |")
    means = {name: tuple(mean(v[i] for v in values) for i in range(3))
             for name, values in totals.items()}
    rows.append("| **mean** | | " + " | ".join(
        f"**{m[0]:.4f} / {m[1]:.4f}** / — / {m[2] * 1000:.1f}" for m in means.values()) + " |")
    return rows


def throughput(gold: list[GoldDocument], rounds: int) -> list[str]:
    rows = ["| method | files | in process: files/s | isolated (child process): files/s |",
            "|---|---|---|---|"]
    by_method: dict[str, list[GoldDocument]] = {}
    for g in gold:
        if g.gold["method"] != "ocr":
            by_method.setdefault(g.gold["method"], []).append(g)
    for method, docs in by_method.items():
        bodies = [(d.path.read_bytes(), d.content_type, d.path.name) for d in docs]
        for body in bodies:  # warm-up: imports
            analyse_attachment(*body, isolated=False)
        best = float("inf")
        for _ in range(rounds):
            began = time.perf_counter()
            for body in bodies:
                analyse_attachment(*body, isolated=False)
            best = min(best, time.perf_counter() - began)
        isolated = []
        for _ in range(rounds):
            began = time.perf_counter()
            for body in bodies:
                analyse_attachment(*body, isolated=True)
            isolated.append(time.perf_counter() - began)
        rows.append(f"| {method} | {len(docs)} | {len(docs) / best:,.1f} | "
                    f"{len(docs) / mean(isolated):,.1f} |")
    return rows


def ocr_speed(gold: list[GoldDocument], rounds: int) -> list[str]:
    missing = ocr_available()
    if missing:
        return [f"OCR not measured: {missing}."]
    scan = next(g for g in gold if g.gold["method"] == "ocr")
    body = scan.path.read_bytes()
    times, result = [], None
    for _ in range(rounds):
        began = time.perf_counter()
        result = analyse_attachment(body, scan.content_type, scan.path.name, ocr=True)
        times.append(time.perf_counter() - began)
    assert result is not None
    without = analyse_attachment(body, scan.content_type, scan.path.name)
    return [
        ("| scanned page (A4, 200 dpi render) | seconds per page | char accuracy | token F1 | "
         "Tesseract confidence |"), "|---|---|---|---|---|",
        (f"| {scan.path.name} | {mean(times) / (result.text.pages or 1):.2f} "
         f"(min {min(times):.2f}) | {char_accuracy(result.text.text, scan.text):.4f} | "
         f"{token_f1(result.text.text, scan.text):.4f} | {result.text.quality:.3f} |"),
        "",
        (f"The same file with OCR off: status `{without.text.status}` in "
         f"{without.text.seconds:.2f} s (the text layer is checked, found empty, and the file "
         "recorded as needing OCR)."),
    ]


def gold_scores(gold: list[GoldDocument]) -> list[str]:
    ocr = ocr_available() is None
    score = Score()
    rows = ["| file | method | token F1 | char accuracy | quality |", "|---|---|---|---|---|"]
    for g in gold:
        result = analyse_attachment(g.path.read_bytes(), g.content_type, g.path.name, ocr=ocr)
        rows.append(f"| {g.path.name} | {result.text.method} | "
                    f"{token_f1(result.text.text, g.text):.4f} | "
                    f"{char_accuracy(result.text.text, g.text):.4f} | {result.text.quality} |")
        score.add(g.path.name, g.gold["statistics"], result.statistics)
    rows += ["", "Statistics found in the attachments against their gold:", "",
             "| kind | precision | recall | matched / found / expected |", "|---|---|---|---|"]
    rows += [f"| {k} | {score.precision(k):.3f} | {score.recall(k):.3f} | "
             f"{score.true_positive[k]} / {score.found[k]} / {score.expected[k]} |" for k in KINDS]
    if score.misses:
        rows += ["", "Missed: " + "; ".join(f"{w}: {k[1]!r}" for w, k in score.misses) + "."]
    return rows


def report(rounds: int) -> str:
    gold = load_gold(FIXTURES)
    return "\n".join([
        (f"Python {platform.python_version()}, one process on this machine (2 cores shared with "
         f"other jobs), {rounds} rounds."),
        "",
        ("PDF text readers on the generated Vietnamese PDFs (same conversion and paragraphs "
         "after each; stats R = statistics recall against the gold):"),
        "",
        *compare_readers(gold, rounds),
        "",
        "Every fixture through `analyse_attachment` (isolated, as the crawl runs it; OCR on):",
        "",
        *gold_scores(gold),
        "",
        "Attachments per second per method:",
        "",
        *throughput(gold, rounds),
        "",
        *ocr_speed(gold, max(1, rounds // 2)),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--write", type=Path, help="update the Attachments section of this file")
    args = parser.parse_args()
    body = report(args.rounds)
    print(body)
    if args.write:
        write_section(args.write, "documents", body, heading=HEADING, intro=(
            "`bench/documents.py` (pipelines/documents). Reproduce with "
             "`.venv/bin/python bench/documents.py --write docs/benchmarks.md`; the text between "
             "the markers is rewritten by that command."))


if __name__ == "__main__":
    main()
