"""Attachments as documents: text per format, legacy fonts, OCR, identity, statistics, hostile
files (pipelines/documents), and their rows in the archive through the one derive path.

The fixtures are generated from tests/fixtures/documents/gold.json by generate.py in the same
folder (no third-party documents); the gold is scored with the measures of the issue: token F1
on text formats, character accuracy on the scan, statistics precision and recall."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from pipelines.derive import archived_page, derive_page
from pipelines.documents import Limits, analyse_attachment, number_key
from pipelines.documents.evaluation import char_accuracy, load_gold, token_f1
from pipelines.documents.ocr import ocr_available
from pipelines.reprocess import reprocess_archive
from pipelines.statistics.evaluation import KINDS, Score
from pipelines.store import Archive
from tests.conftest import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
GOLD = load_gold(FIXTURES)
TEXT_FORMATS = [g for g in GOLD if g.gold["method"] != "ocr"]
SCANNED = next(g for g in GOLD if g.gold["method"] == "ocr")
METHODS = {"pdf-text": "pdf-text:pypdf", "ocr": "ocr:tesseract-vie", "docx": "docx",
           "xlsx": "xlsx", "doc": "doc:catdoc", "xls": "xls:xlrd"}
needs_ocr = pytest.mark.skipif(ocr_available() is not None,
                               reason=f"OCR unavailable: {ocr_available()}")
needs_catdoc = pytest.mark.skipif(
    __import__("shutil").which("catdoc") is None, reason="catdoc (Debian package) not installed")


def analyse(gold, **options):
    options.setdefault("isolated", False)
    return analyse_attachment(gold.path.read_bytes(), gold.content_type,
                              f"https://example.gov.vn/files/{gold.path.name}", **options)


@pytest.fixture(scope="module")
def analysed() -> dict[str, object]:
    """Every fixture read once, through the isolated child process as the crawl reads them."""
    ocr = ocr_available() is None
    return {g.path.name: analyse(g, isolated=True, ocr=ocr) for g in GOLD
            if g.gold["method"] != "doc" or __import__("shutil").which("catdoc")}


# -- text per format ---------------------------------------------------------------------------


@pytest.mark.parametrize("gold", TEXT_FORMATS, ids=lambda g: g.path.name)
def test_text_formats_read_with_token_f1_at_least_098(analysed, gold):
    if gold.path.name not in analysed:
        pytest.skip("catdoc not installed")
    result = analysed[gold.path.name]
    assert result.text.status == "ok", result.text.error
    assert result.text.method == METHODS[gold.gold["method"]]
    assert token_f1(result.text.text, gold.text) >= 0.98
    assert result.text.quality is not None and result.text.quality >= 0.9
    if gold.gold["method"] == "pdf-text":
        assert result.text.pages == 1


def test_legacy_font_pdfs_come_out_as_unicode(analysed):
    tcvn3 = analysed["bc-45-bc-ubnd-tcvn3.pdf"].text
    vni = analysed["tb-07-tb-ubnd-vni.pdf"].text
    assert (tcvn3.legacy, vni.legacy) == ("tcvn3", "vni")
    # ư is 0xAD in .VnTime: a reader that drops the soft-hyphen code loses it ("nh  sau")
    assert "báo cáo kết quả như sau:" in tcvn3.text and "Lưu văn phòng" in tcvn3.text
    assert "Số: 07/TB-UBND" in vni.text and "THÔNG BÁO" in vni.text
    for text in (tcvn3.text, vni.text):
        assert not set(text) & set("©¸µ¶·¹ñöø")  # no legacy look-alikes left


def test_a_spreadsheet_keeps_its_tables_as_rows(analysed):
    text = analysed["du-toan-ngan-sach-2024.xlsx"].text.text
    assert "1 | Thu ngân sách trên địa bàn | 412.600 | 108,5" in text.split("\n\n")
    assert analysed["du-toan-ngan-sach-2024.xlsx"].text.pages == 2  # sheets


@needs_ocr
def test_a_scanned_page_is_read_by_ocr_with_character_accuracy_at_least_090(analysed):
    result = analysed[SCANNED.path.name]
    assert result.text.status == "ok" and result.text.method == "ocr:tesseract-vie"
    assert char_accuracy(result.text.text, SCANNED.text) >= 0.90
    assert 0.8 <= result.text.quality <= 1  # Tesseract's mean word confidence
    assert result.identity.number == "12/TB-PGDĐT"


def test_a_scan_without_ocr_is_recorded_as_having_no_text():
    result = analyse(SCANNED)
    assert result.text.status == "no_text" and "OCR is off" in result.text.error
    assert result.statistics == [] and result.identity.number is None


# -- identity and statistics -------------------------------------------------------------------


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g.path.name)
def test_the_header_block_says_what_the_document_is(analysed, gold):
    if gold.path.name not in analysed or analysed[gold.path.name].text.status != "ok":
        pytest.skip("reader unavailable here")
    identity = analysed[gold.path.name].identity
    got = {k: getattr(identity, k) for k in gold.gold["document"]}
    assert got == gold.gold["document"]


def test_statistics_of_attachments_have_precision_and_recall_at_least_095(analysed):
    score = Score()
    for gold in GOLD:
        result = analysed.get(gold.path.name)
        if result is not None and result.text.status == "ok":
            score.add(gold.path.name, gold.gold["statistics"], result.statistics)
    for kind in KINDS:
        assert score.precision(kind) >= 0.95, (kind, score.extras)
        assert score.recall(kind) >= 0.95, (kind, score.misses)


def test_table_cells_take_the_unit_of_their_column_header(analysed):
    stats = analysed["du-toan-ngan-sach-2024.xlsx"].statistics
    text = analysed["du-toan-ngan-sach-2024.xlsx"].text.text
    cell = next(s for s in stats if s["text"] == "412.600")
    assert (cell["kind"], cell["value"], cell["unit"]) == ("money", 412_600_000_000, "VND")
    assert text[cell["start"]:cell["end"]] == "412.600" and cell["sentence"].startswith("1 |")
    # the row number under "STT" and the year in a header are no statistics
    assert not [s for s in stats if s["text"] in ("1", "2024")]


@pytest.mark.parametrize("written", ["18/KH-UBND", "18 / KH – UBND", "018/kh-ubnd"])
def test_a_document_number_matches_however_typed(written):
    assert number_key(written) == number_key("18/KH-UBND") == "18/kh-ubnd"
    assert number_key("12/TB-PGDĐT") == number_key("12/TB-PGDDT")


# -- bad input: a recorded failure, never a crash ----------------------------------------------


def _pdf() -> bytes:
    return (FIXTURES / "kh-18-kh-ubnd-kien-thuy.pdf").read_bytes()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_bomb() -> bytes:
    """A real DOCX whose document part inflates to 210 MB (white space between two tags)."""
    source = zipfile.ZipFile(FIXTURES / "bc-156-bc-ubnd-giam-ngheo.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (210 * 1024 * 1024), 1)
            package.writestr(item, data)
    return out.getvalue()


HOSTILE = {
    "empty": (b"", "application/pdf", "empty file"),
    "html served as a pdf": (b"<!DOCTYPE html><html><body>404 Not Found</body></html>",
                             "application/pdf", "HTML page"),
    "truncated pdf": (_pdf()[:3000], "application/pdf", "PDF"),
    "garbage": (bytes(range(256)) * 50, "application/octet-stream", "not a PDF"),
    "encrypted pdf": (_encrypted_pdf(), "application/pdf", "encrypted"),
    "zip bomb docx": (_zip_bomb(), "application/vnd.openxmlformats-officedocument."
                                   "wordprocessingml.document", "zip bomb"),
    "damaged docx": (b"PK\x03\x04" + b"\x00" * 200, "application/vnd.openxmlformats-"
                     "officedocument.wordprocessingml.document", "damaged"),
    "damaged xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
                    "application/vnd.ms-excel", "XLS"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_bad_file_is_a_recorded_failure_with_its_reason(name):
    body, content_type, reason = HOSTILE[name]
    result = analyse_attachment(body, content_type, "https://example.gov.vn/file")
    assert result.text.status == "failed"
    assert reason.lower() in result.text.error.lower(), result.text.error
    assert result.statistics == [] and result.text.text == ""


def test_the_size_and_memory_caps_hold():
    big = analyse_attachment(_pdf(), "application/pdf", "x.pdf", limits=Limits(max_bytes=1000))
    assert big.text.status == "failed" and "too large" in big.text.error
    # With the zip-bomb check lifted, the bomb's 210 MB member meets the child's address-space
    # cap instead: the child fails, and the crawl's process records why.
    bomb, content_type, _ = HOSTILE["zip bomb docx"]
    starved = analyse_attachment(bomb, content_type, "x.docx", limits=Limits(
        max_unzipped_bytes=10**12, memory_bytes=160 * 1024 * 1024))
    assert starved.text.status == "failed" and "memory" in starved.text.error


# -- the archive: rows, links, search, reprocess -----------------------------------------------

BASE = "https://kienthuy.haiphong.gov.vn"
CDN = "https://cdn.haiphong.gov.vn"


def _served(site: str, path: str) -> tuple[bytes, str]:
    entry = next(e for e in json.loads((SAMPLES / site / "manifest.json").read_text())
                 if e["path"] == path)
    return (SAMPLES / site / entry["file"]).read_bytes(), entry["content_type"]


@pytest.fixture
def archive(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    archive.upsert_site({"id": "kienthuy", "name": "Kiến Thụy", "family": "haiphong-2024"})
    archive.upsert_site({"id": "other", "name": "Another district", "family": "generic"})
    yield archive
    archive.close()


def _store(archive, run, url, body, content_type, page_type, site="kienthuy"):
    page_id = archive.store_page(run, {"url": url, "site": site, "page_type": page_type,
                                       "status": 200, "headers": {"Content-Type": [content_type]},
                                       "body": body, "fetched_at": "2025-06-01T00:00:00Z"})
    return derive_page(archive, archived_page(archive.page_to_derive(page_id)))


ARTICLE = "/nong-nghiep-nong-thon-moi/kien-thuy-co-ban-hoan-thanh-gieo-cay-lua-vu-xuan-nam-2024-905112"
PLAN = "/gov-hpg/6851/tintuc/2024/2/ke-hoach-san-xuat-vu-xuan-nam-2024638446435673358811.pdf"


def _crawl_article_and_plan(archive, site="kienthuy"):
    run = archive.start_run(site, "full")
    _store(archive, run, BASE + ARTICLE, *_served("kienthuy", ARTICLE), "article", site)
    return _store(archive, run, CDN + PLAN, *_served("kienthuy", PLAN), "attachment", site)


def test_an_attachment_becomes_a_document_tied_to_its_article(archive):
    derived = _crawl_article_and_plan(archive)
    assert derived.extract_status == "ok" and derived.outcome is None  # not an article outcome
    doc = next(archive.db["documents"].rows)
    assert (doc["status"], doc["method"], doc["number"], doc["site"]) == (
        "ok", "pdf-text:pypdf", "18/KH-UBND", "kienthuy")
    assert doc["article_url"] == BASE + ARTICLE and doc["url"] == CDN + PLAN
    stats = list(archive.db.query("select * from statistics where document_sha256 = ?",
                                  [doc["sha256"]]))
    assert {s["text"] for s in stats} >= {"4.250 ha", "2,5 tỷ đồng", "850 triệu đồng"}
    assert {s["article_url"] for s in stats} == {BASE + ARTICLE}
    assert all(s["version_id"] is None for s in stats)
    # the article's own statistics and the document's are told apart, and add up
    article_money, document_money = archive.db.execute(
        "select sum(case when document_sha256 is null then value end), "
        "sum(case when document_sha256 is not null then value end) from statistics "
        "where kind = 'money'").fetchone()
    assert document_money == 2_500_000_000 + 850_000_000 and article_money > 0


def test_a_reference_in_the_article_links_to_the_file_that_is_that_document(archive):
    _crawl_article_and_plan(archive)
    sha = next(archive.db["documents"].rows)["sha256"]
    ref = next(archive.db.query("select * from document_refs where number = '18/KH-UBND' and "
                                "document_sha256 is null"))
    assert ref["article_url"] == BASE + ARTICLE and ref["cited_sha256"] == sha
    # a reference found in the document's own text points elsewhere (1234/QĐ-UBND of the
    # city, not archived), never at the document itself
    inside = next(archive.db.query("select * from document_refs where document_sha256 = ?",
                                   [sha]))
    assert inside["number"] == "1234/QĐ-UBND" and inside["cited_sha256"] is None


def test_a_reference_stored_after_its_document_is_linked_too(archive):
    run = archive.start_run("kienthuy", "full")
    _store(archive, run, CDN + PLAN, *_served("kienthuy", PLAN), "attachment")
    _store(archive, run, BASE + ARTICLE, *_served("kienthuy", ARTICLE), "article")
    ref = next(archive.db.query("select cited_sha256 from document_refs where "
                                "number = '18/KH-UBND' and document_sha256 is null"))
    assert ref["cited_sha256"] == next(archive.db["documents"].rows)["sha256"]


def test_the_same_number_of_another_district_or_date_is_not_that_document(archive):
    run = archive.start_run("other", "full")
    _store(archive, run, "https://other.gov.vn/kh18.pdf", *_served("kienthuy", PLAN),
           "attachment", "other")
    run = archive.start_run("kienthuy", "full")
    _store(archive, run, BASE + ARTICLE, *_served("kienthuy", ARTICLE), "article")
    ref = next(archive.db.query("select cited_sha256 from document_refs where "
                                "number = '18/KH-UBND'and document_sha256 is null"))
    assert ref["cited_sha256"] is None  # every district has an "18/KH-UBND"
    archive.db.execute("update documents set site = 'kienthuy', issued = '2023-01-12'")
    archive.link_document_refs(number_keys=["18/kh-ubnd"])
    ref = next(archive.db.query("select cited_sha256 from document_refs where "
                                "number = '18/KH-UBND' and document_sha256 is null"))
    assert ref["cited_sha256"] is None  # the article cites the one of 12/01/2024


def test_document_text_is_in_the_vietnamese_search(archive):
    from pipelines.text import fts_match
    _crawl_article_and_plan(archive)
    for typed in ("cơ cấu giống cây trồng", "co cau giong cay trong", "Kiến Thuỵ"):
        hits = list(archive.db.execute(
            "select d.number from documents_fts f join documents d on d.rowid = f.rowid "
            "where documents_fts match ?", [fts_match(typed)]))
        assert hits == [("18/KH-UBND",)], typed


def test_reprocess_reads_archived_attachments_again_and_changes_nothing(archive):
    _crawl_article_and_plan(archive)
    tables = ("documents", "statistics", "document_refs")
    before = {t: list(archive.db.query(f"select * from {t} order by 1")) for t in tables}
    summary = reprocess_archive(archive, log=lambda message: None)
    assert summary["documents"] == 1 and summary["documents_failed"] == 0
    after = {t: list(archive.db.query(f"select * from {t} order by 1")) for t in tables}
    strip = {"id"}
    for table in tables:
        assert [{k: v for k, v in r.items() if k not in strip | {"seconds"}} for r in after[table]] \
            == [{k: v for k, v in r.items() if k not in strip | {"seconds"}}
                for r in before[table]], table


def test_a_broken_attachment_is_recorded_and_derive_goes_on(archive):
    run = archive.start_run("kienthuy", "full")
    derived = _store(archive, run, CDN + "/broken.pdf", "<html><body>Lỗi</body></html>".encode(),
                     "application/pdf", "attachment")
    assert derived.extract_status == "failed" and "HTML page" in derived.detail
    doc = next(archive.db["documents"].rows)
    assert doc["status"] == "failed" and "HTML page" in doc["error"] and doc["body_text"] is None


def test_a_header_whose_two_columns_share_lines_is_read_too():
    from pipelines.documents.identity import read_identity
    text = "\n\n".join([
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HUYỆN KIẾN THỤY Độc lập - Tự do - Hạnh phúc",
        "Số: 18/KH-UBND Kiến Thụy, ngày 12 tháng 01 năm 2024",
        "KẾ HOẠCH", "Sản xuất vụ Xuân năm 2024",
        "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/3/2023 của Ủy ban nhân dân thành phố."])
    identity = read_identity(text)
    assert (identity.number, identity.issuer, identity.place, identity.issued) == (
        "18/KH-UBND", "ỦY BAN NHÂN DÂN HUYỆN KIẾN THỤY", "Kiến Thụy", "2024-01-12")
    assert (identity.doc_type, identity.subject) == ("Kế hoạch", "Sản xuất vụ Xuân năm 2024")
