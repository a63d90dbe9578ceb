"""A document recognised as itself, from the header block of Vietnamese administrative
documents (Nghị định 30/2020/NĐ-CP on văn thư, Phụ lục I):

    ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    HUYỆN KIẾN THỤY                  Độc lập - Tự do - Hạnh phúc
    Số: 18/KH-UBND                   Kiến Thụy, ngày 12 tháng 01 năm 2024
                        KẾ HOẠCH
               Sản xuất vụ Xuân năm 2024

The issuer is the left column above "Số:", the type the capitalised title, the subject the line
under it (a công văn has no title: "V/v ..." under its number is its subject). Readers give the
two columns in either order, or side by side on one line; the national motto is never the issuer.
"""
from __future__ import annotations

import re
from datetime import date

from pipelines.statistics.lexicon import LEXICON
from pipelines.statistics.traps import DOC_NUMBER_PARTY, DOC_NUMBER_STATE
from pipelines.text import fold

from .model import DocumentIdentity
from .numbers import number_key

HEADER_PARAGRAPHS = 14  # the header block and title sit in the first paragraphs
_SEGMENT_SPLIT = re.compile(r"\n+| \| ")
# "Số: 18/KH-UBND" opens its line (or follows the issuer on a line two columns share); a
# "số 2150/QĐ-UBND" inside a sentence is a citation, not this document's number.
_NUMBER = re.compile(rf"(?:^|(?<=\s))(?:Số|SỐ)(?:\s*:\s*|\s+(?=[0-9]))"
                     rf"(?P<number>{DOC_NUMBER_PARTY}|{DOC_NUMBER_STATE})")
_PLACE_DATE = re.compile(
    r"(?:(?P<place>[^\W\d_]+(?:[ \t][^\W\d_]+){0,5}),\s*)?ngày\s+(?P<d>[0-9]{1,2})\s+tháng\s+"
    r"(?P<m>[0-9]{1,2})\s+năm\s+(?P<y>[0-9]{4})", re.IGNORECASE)
# The national motto of the right-hand column, matched on folded text (either case, either
# tone placement, Unicode or converted legacy fonts alike).
_MOTTO = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam"
                    r"|doc\s+lap\s*[-–]\s*tu\s+do\s*[-–]\s*hanh\s+phuc")
_SUBJECT_CV = re.compile(r"^V/v\b", re.IGNORECASE)
# A type title line: the type's name alone ("KẾ HOẠCH", "Báo cáo", "QUYẾT ĐỊNH").
_TYPE_BY_FOLD = {fold(t): t for t in LEXICON.document_types}
_BODY_OPENERS = re.compile(r"^(?:Căn cứ|Thực hiện|Kính gửi|Theo|Xét|Nhằm|Để|Điều\s+\d)", re.IGNORECASE)


def _segments(text: str) -> list[str]:
    paragraphs = text.split("\n\n")[:HEADER_PARAGRAPHS]
    out = []
    for paragraph in paragraphs:
        out.extend(s.strip() for s in _SEGMENT_SPLIT.split(paragraph) if s.strip())
    return out


def _without_motto(segment: str) -> str:
    folded = fold(segment)
    if len(folded) == len(segment):  # folding Vietnamese keeps every offset
        for m in reversed(list(_MOTTO.finditer(folded))):
            segment = f"{segment[:m.start()]} {segment[m.end():]}"
    return " ".join(segment.split())


def read_identity(text: str) -> DocumentIdentity:
    segments = _segments(text)
    number = issuer = issued = place = doc_type = subject = None
    number_at = None
    for i, segment in enumerate(segments):
        m = _NUMBER.search(segment)
        if m:
            number, number_at = m.group("number"), i
            # The issuer: what stands before "Số:" in this segment, and the segments above
            # it that are not the motto or a date line (the left column of the header).
            above = [_without_motto(s) for s in segments[:i]]
            above.append(_without_motto(segment[:m.start()]))
            issuer = " ".join(s for s in above if s and not _PLACE_DATE.search(s)) or None
            break
    for segment in segments:
        m = _PLACE_DATE.search(segment)
        if m:
            try:
                issued = date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                issued = None
            # a place is written in title case: capitals before it belong to the number
            # ("Số: 18/KH-UBND Kiến Thụy, ngày ...") on a line the two columns share
            words = (m.group("place") or "").split()
            while words and words[0].isupper():
                words.pop(0)
            place = " ".join(words) or None
            break
    start = number_at + 1 if number_at is not None else 0
    for i, segment in enumerate(segments[start:], start):
        name = _TYPE_BY_FOLD.get(fold(segment.rstrip(":").strip()))
        if name:
            doc_type = name
            subject = _subject_after(segments, i)
            break
    if doc_type is None and number_at is not None:
        for segment in segments[number_at + 1:number_at + 3]:
            if _SUBJECT_CV.match(segment):
                doc_type, subject = "Công văn", segment
                break
    return DocumentIdentity(doc_type=doc_type, number=number, number_key=number_key(number),
                            issued=issued, issuer=issuer, place=place, subject=subject)


def _subject_after(segments: list[str], title_at: int) -> str | None:
    for segment in segments[title_at + 1:title_at + 2]:
        if _BODY_OPENERS.match(segment) or _MOTTO.search(fold(segment)) or _NUMBER.search(segment):
            return None
        return segment
    return None
