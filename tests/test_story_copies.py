"""A story counted once: an AMP copy is its story's duplicate whatever canonical it names
(pipelines/extract/amp.py); a story split over pages is one article holding every page's text
(pipelines/story_pages.py). Small pages of their own; the hold-out portals tienkhe and thuankhe
are the whole case (tests/test_unseen_portals.py)."""
from __future__ import annotations

import json

import pytest

from pipelines.analyse import analyse_page
from pipelines.extract.amp import without_amp_marker

HOST = "https://phuong.example.gov.vn"
STORY = f"{HOST}/tin-tuc/ho-tro-vay-von-cho-46-ho-can-ngheo-5203.html"
TEXT = ("Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân 2,3 tỷ đồng cho 46 hộ cận nghèo "
        "và hộ mới thoát nghèo. Mỗi hộ được vay tối đa 100 triệu đồng, thời hạn 5 năm, để chăn "
        "nuôi, mở cửa hàng nhỏ và học nghề.")


def amp_page(canonical: str | None, declared: str | None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": declared, "headline": "Hỗ trợ vay vốn cho 46 hộ cận nghèo"}
    ld = f'<script type="application/ld+json">{json.dumps(data)}</script>' if declared else ""
    return f"""<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>Hỗ trợ vay vốn cho 46 hộ cận nghèo</title>
{link}{ld}<style amp-boilerplate>body{{visibility:hidden}}</style></head><body>
<header><a href="/"><amp-img src="/logo.png" width="40" height="40" alt="Logo"></amp-img></a>
</header><article><h1>Hỗ trợ vay vốn cho 46 hộ cận nghèo</h1>
<div class="meta">15/07/2025 14:20 | Minh Khang</div>
<div class="content"><p>{TEXT}</p>
<p>Năm 2025, phường phấn đấu giảm 12 hộ cận nghèo.</p></div></article>
</body></html>""".encode()


@pytest.mark.parametrize(("url", "canonical", "declared", "story"), [
    # names itself canonical; its JSON-LD names the story it renders
    (f"{HOST}/amp/ho-tro-vay-von-cho-46-ho-can-ngheo-5203.html",
     f"{HOST}/amp/ho-tro-vay-von-cho-46-ho-can-ngheo-5203.html", STORY, STORY),
    # names the section page canonical; its JSON-LD names the story
    (f"{HOST}/amp/ho-tro-vay-von-cho-46-ho-can-ngheo-5203.html", f"{HOST}/tin-tuc.html", STORY,
     STORY),
    # names nothing: the URL without its AMP marker is the story
    (f"{STORY}?amp=1", None, None, STORY),
])
def test_an_amp_copy_is_its_storys_duplicate_whatever_canonical_it_names(
        url: str, canonical: str | None, declared: str | None, story: str) -> None:
    analysis = analyse_page(amp_page(canonical, declared), url)
    assert analysis.page_class == "duplicate", analysis.page_class_reason
    assert analysis.signals is not None and analysis.signals.canonical_elsewhere == story


def test_a_page_that_is_no_amp_document_keeps_its_own_canonical() -> None:
    page = amp_page(f"{HOST}/amp/x-1.html", STORY).replace(b"<html \xe2\x9a\xa1", b"<html")
    analysis = analyse_page(page, f"{HOST}/amp/x-1.html")
    assert analysis.page_class == "article", analysis.page_class_reason


@pytest.mark.parametrize(("url", "stripped"), [
    (f"{STORY}?amp=1", STORY),
    (f"{STORY}?amp", STORY),
    (f"{HOST}/2025/07/slug/amp/", f"{HOST}/2025/07/slug/"),
    (f"{HOST}/amp/tin-tuc/slug-1.html", f"{HOST}/tin-tuc/slug-1.html"),
    (f"{HOST}/tin-tuc/slug-1.amp.html", f"{HOST}/tin-tuc/slug-1.html"),
    (f"{HOST}/tin-tuc/sample-1.html?id=3", None),
])
def test_an_amp_urls_marker(url: str, stripped: str | None) -> None:
    assert without_amp_marker(url) == stripped
