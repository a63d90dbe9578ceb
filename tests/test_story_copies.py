"""A story counted once: an AMP copy is its story's duplicate whatever canonical it names
(pipelines/extract/amp.py); a story split over pages is one article holding every page's text
(pipelines/story_pages.py). Small pages of their own; the hold-out portals tienkhe and thuankhe
are the whole case (tests/test_unseen_portals.py)."""
from __future__ import annotations

import json
from pathlib import Path

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


# -- a story split over pages ------------------------------------------------------------------

PAGED = f"{HOST}/tin-tuc/tong-ket-5-nam-xay-dung-nong-thon-moi-3101.html"
PAGE_TEXTS = [
    [("Giai đoạn 2021-2025, toàn huyện huy động hơn 1.284 tỷ đồng cho xây dựng nông thôn mới, "
     "trong đó nhân dân đóng góp 146 tỷ đồng và hơn 62.000 ngày công.")],
    [("Về hạ tầng, các xã đã cứng hóa 286 km đường giao thông nông thôn, xây mới và nâng cấp "
     "38 trường học, 11 trạm y tế và 96 nhà văn hóa thôn.")],
    [("Tỷ lệ hộ nghèo giảm từ 6,8% năm 2021 xuống còn 1,9% năm 2025; UBND huyện tặng giấy khen "
     "cho 24 tập thể và 37 cá nhân có thành tích xuất sắc trong phong trào thi đua.")],
]


def paged_url(number: int) -> str:
    return PAGED if number == 1 else f"{PAGED}?trang={number}"


def story_page(number: int, byline: str | None = None) -> bytes:
    """Page ``number`` of a three-page story: the headline and dateline on every page, each
    page naming itself canonical, the in-article pager under the text."""
    numbers = " ".join(f'<span class="current">{k}</span>' if k == number
                       else f'<a href="{paged_url(k)}">{k}</a>' for k in (1, 2, 3))
    follow = f' | <a href="{paged_url(number + 1)}">Trang tiếp »</a>' if number < 3 else ""
    text = "".join(f"<p>{t}</p>" for t in PAGE_TEXTS[number - 1])
    if byline:
        text += f'<p style="text-align: right;"><strong>{byline}</strong></p>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tổng kết 5 năm xây dựng nông thôn mới</title>
<link rel="canonical" href="{paged_url(number)}"></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a></div>
<div class="detail"><h1>Tổng kết 5 năm xây dựng nông thôn mới</h1>
<div class="date">Thứ Tư, 18/06/2025 - 15:40</div><div class="content">{text}</div>
<div class="page-article">Trang: {numbers}{follow}</div></div>
<div class="footer">Cổng thông tin điện tử huyện</div></body></html>""".encode()


def test_a_storys_further_page_is_a_part_of_the_story_at_its_first_page() -> None:
    first = analyse_page(story_page(1), PAGED)
    assert first.page_class == "article", first.page_class_reason
    assert first.signals is not None
    assert first.signals.story_pages == [paged_url(2), paged_url(3)]
    for number in (2, 3):
        further = analyse_page(story_page(number), paged_url(number))
        assert further.page_class == "duplicate", further.page_class_reason
        assert further.signals is not None and further.signals.canonical_elsewhere == PAGED
        assert f"page {number} of the story at {PAGED}" in further.page_class_reason


def test_a_listings_further_page_is_still_a_listing() -> None:
    teasers = "".join(f'<div class="item"><h3><a href="{HOST}/tin-tuc/tin-so-{k}-a-b.html">Tin '
                      f'số {k} của huyện</a></h3><span>0{k}/06/2025</span><p>Tóm tắt tin số {k} '
                      "về kết quả công tác của huyện trong tháng.</p></div>" for k in range(1, 5))
    page = (f'<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1>{teasers}'
            f'<div class="pagination"><a href="{HOST}/tin-tuc.html">1</a> <span>2</span> '
            f'<a href="{HOST}/tin-tuc.html?trang=3">3</a></div></body></html>').encode()
    assert analyse_page(page, f"{HOST}/tin-tuc.html?trang=2").page_class == "listing"


def test_a_story_over_pages_is_joined_whole_in_the_pagers_order() -> None:
    from pipelines.story_pages import join_story

    first = analyse_page(story_page(1), PAGED)
    further = [(paged_url(2), story_page(2), None),
               (paged_url(3), story_page(3, "Hoàng Minh"), None)]
    joined = join_story(first, further).article
    assert joined["body_text"].split("\n\n") == [*[t for page in PAGE_TEXTS for t in page],
                                                  "Hoàng Minh"]
    assert joined["author"] == "Hoàng Minh" and joined["extractor"].endswith("+pages:3")
    # the statistics are the whole story's: pages 2 and 3's too
    texts = {s["text"] for s in joined["statistics"]}
    assert {"286 km", "38 trường học", "1,9%", "37 cá nhân"} <= texts
    # a page that does not carry the story's headline is no part of it
    other = story_page(2).replace(b"<h1>T\xe1\xbb\x95ng k\xe1\xba\xbft", b"<h1>Kh\xc3\xa1c")
    assert join_story(first, [(paged_url(2), other, None)]).article == first.article
    # nor is a page showing the story's text again (a comment list's page 2)
    assert join_story(first, [(paged_url(2), story_page(1), None)]).article == first.article


def test_a_crawl_archives_a_story_over_pages_once_whole_in_one_version(tmp_path) -> None:
    from tests.test_unseen_portals import crawl_portal, portal_gold

    db = crawl_portal("thuankhe", tmp_path / "a.db")
    base, gold = portal_gold("thuankhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    story = ("/tin-tuc-su-kien/"
             "thuan-khe-tong-ket-5-nam-xay-dung-nong-thon-moi-giai-doan-2021-2025-3101.html")
    row = db["articles"].get(base + story)
    expected = json.loads((Path(__file__).parent / "portals" / "thuankhe" / "gold" / "3101.json")
                          .read_text(encoding="utf-8"))
    assert row["body_text"] == "\n\n".join(expected["body_paragraphs"])
    assert row["author"] == expected["author"] and row["version"] == 1
    assert db["article_versions"].count_where("url = ?", [base + story]) == 1
    assert db["retractions"].count == 0
    # a story's further page links back to the page before it: nothing new to its pager's
    # chain, so no listing is said to have ended (it was counted as a pager_end drop, with the
    # warning "a listing page past its end", on each further page)
    assert "pager_end" not in json.loads(db["crawl_runs"].get(1)["dropped"] or "{}")


def test_a_first_page_derived_before_its_further_pages_waits_and_is_stored_whole(
        tmp_path) -> None:
    """The crawl fetches a story's further pages after its first (its pager names them), and
    its derive process may keep up: page 1 is not stored alone first and then again whole (a
    second version the portal never published); it waits, and the run's end stores it once."""
    from pipelines.derive import archived_page, derive_page, settle_classes
    from pipelines.store import Archive

    archive = Archive(tmp_path / "a.db")
    archive.upsert_site({"id": "phuong", "name": "Phường", "family": "generic"})
    run = archive.start_run("phuong", "full")

    def derive(number: int, byline: str | None = None):
        page_id = archive.store_page(run, {
            "url": paged_url(number), "site": "phuong", "page_type": "page", "status": 200,
            "headers": {"Content-Type": ["text/html; charset=utf-8"]},
            "body": story_page(number, byline), "fetched_at": "2025-06-18T09:00:00Z"})
        return derive_page(archive, archived_page(archive.page_to_derive(page_id)))

    waiting = derive(1)
    assert (waiting.extract_status, waiting.outcome) == ("ok", None)
    assert archive.db["articles"].count == 0
    assert derive(2).extract_status == "not_article" and derive(3, "Hoàng Minh")
    settle_classes(archive, "phuong", run)
    article = archive.db["articles"].get(PAGED)
    assert article["body_text"].split("\n\n") == [*[t for p in PAGE_TEXTS for t in p],
                                                   "Hoàng Minh"]
    assert article["version"] == 1 and archive.db["article_versions"].count == 1
    assert archive.db["articles"].count == 1
    outcome = archive.db.execute("select outcome from pages where url = ?", [PAGED]).fetchone()
    assert outcome[0] == "new"
    archive.close()


def test_a_story_whose_pager_names_only_the_next_page_is_fetched_and_joined_whole(
        tmp_path) -> None:
    """A story's pager of "« Trang trước | Trang tiếp »" alone: page 3 is named by page 2
    only. Page 2 links, besides its pager, just what page 1 links (the chrome), as a listing
    answering a page past its end does; its own paragraphs tell it apart, so its pager is
    followed (crawler/listing_traps.past_the_end), and the join follows page 2's pager to page 3
    (pipelines/story_pages.join_archived)."""
    import re

    from tests.test_unseen_portals import copy_portal, crawl_portal, portal_gold

    site_dir = copy_portal("thuankhe", tmp_path)
    for page in (site_dir / "pages" / "tin").glob("3101-*.html"):
        html = page.read_text(encoding="utf-8")
        html = re.sub(r'<div class="page-article">Trang: .*?</div>', lambda m: (
            '<div class="page-article">' + " | ".join(re.findall(
                r'<a href="[^"]*">(?:« Trang trước|Trang tiếp »)</a>', m.group(0))) + "</div>"),
            html)
        page.write_text(re.sub(r'<div class="view-all">.*?</div>', "", html), encoding="utf-8")
    first = site_dir / "pages" / "tin" / "3101-1.html"
    assert "?trang=3" not in first.read_text(encoding="utf-8")  # only page 2 names page 3
    db = crawl_portal("thuankhe", tmp_path / "a.db", site_dir)
    base, gold = portal_gold("thuankhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    story = ("/tin-tuc-su-kien/"
             "thuan-khe-tong-ket-5-nam-xay-dung-nong-thon-moi-giai-doan-2021-2025-3101.html")
    expected = json.loads((Path(__file__).parent / "portals" / "thuankhe" / "gold" / "3101.json")
                          .read_text(encoding="utf-8"))
    assert db["articles"].get(base + story)["body_text"] == "\n\n".join(
        expected["body_paragraphs"])
    assert "pager_end" not in json.loads(db["crawl_runs"].get(1)["dropped"] or "{}")


def test_a_first_page_whose_further_pages_never_came_is_stored_at_the_runs_end(
        tmp_path) -> None:
    """A crawl cut short (a page limit, a failed fetch) before a story's further pages: the
    waiting first page is not lost, the run's end stores what the archive has of the story."""
    from pipelines.derive import archived_page, derive_page, settle_classes
    from pipelines.store import Archive

    archive = Archive(tmp_path / "a.db")
    archive.upsert_site({"id": "phuong", "name": "Phường", "family": "generic"})
    run = archive.start_run("phuong", "full")
    page_id = archive.store_page(run, {
        "url": PAGED, "site": "phuong", "page_type": "page", "status": 200,
        "headers": {"Content-Type": ["text/html; charset=utf-8"]}, "body": story_page(1),
        "fetched_at": "2025-06-18T09:00:00Z"})
    assert derive_page(archive, archived_page(archive.page_to_derive(page_id))).outcome is None
    settle_classes(archive, "phuong", run)
    article = archive.db["articles"].get(PAGED)
    assert article["body_text"] == PAGE_TEXTS[0][0] and article["version"] == 1
    outcome = archive.db.execute("select outcome from pages where id = ?", [page_id]).fetchone()
    assert outcome[0] == "new"
    archive.close()


def test_a_registered_sites_first_page_is_stored_at_once_with_what_the_archive_has(
        tmp_path) -> None:
    """A registered site's run is closed without settling its classes (``close_run``): its
    first page does not wait, or it would wait for ever; it is stored with the pages archived
    (none yet here), and joined whole by the next crawl or ``reprocess``."""
    from pipelines.derive import _join_pages, archived_page
    from pipelines.store import Archive

    archive = Archive(tmp_path / "a.db")
    analysis = analyse_page(story_page(1), PAGED)
    for family, waits in (("generic", True), ("haiphong-2024", False)):
        archive.upsert_site({"id": family, "name": family, "family": family})
        run = archive.start_run(family, "full")
        page_id = archive.store_page(run, {
            "url": PAGED, "site": family, "page_type": "article", "status": 200,
            "headers": {"Content-Type": ["text/html; charset=utf-8"]}, "body": story_page(1),
            "fetched_at": "2025-06-18T09:00:00Z"})
        page = archived_page(archive.page_to_derive(page_id))
        assert (_join_pages(archive, page, analysis, again=False) is None) == waits, family
    archive.close()


def test_a_crawl_keeps_to_the_desktop_host_and_says_what_it_left_on_the_mobile_one(
        tmp_path) -> None:
    """tienkhe's pages name m.<host> as their alternate for small screens (the same pages):
    the crawl does not follow the footer's links there, and counts them as what they are, the
    site's mobile copies (a harmless drop), not as another site's pages; each AMP copy is its
    story's duplicate, so the archive holds each story once."""
    from pipelines.store import HARMLESS_DROPS
    from tests.test_unseen_portals import crawl_portal, portal_gold

    db = crawl_portal("tienkhe", tmp_path / "a.db")
    _, gold = portal_gold("tienkhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    dropped = json.loads(db["crawl_runs"].get(1)["dropped"] or "{}")
    # the footer's link on each of the 12 desktop pages; the 7 others are share links
    assert dropped == {"mobile_copy": 12, "offsite": 7}
    assert "mobile_copy" in HARMLESS_DROPS
    classes = dict(db.execute("select page_class, count(*) from pages where url like '%/amp/%' "
                              "or url like '%?amp=1' "
                              "group by page_class").fetchall())
    assert classes == {"duplicate": 7}
