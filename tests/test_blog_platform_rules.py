"""Rules written after the ninth hold-out's Blogger blog (nghiakhe), each on a small page of its
own; none names that blog, its paths or its ids.

- a widget that holds the posts themselves (hAtom hentry/entry-title, schema.org articleBody or
  blogPost) is the page's content, not a sidebar widget;
- hAtom's ``<abbr class="published" title="…">`` gives the post's date and time;
- "Thứ Hai, 26 tháng 5, 2025" (Google's Vietnamese date) is a date;
- a URL under ``/search`` that asks no query (a label's posts, older posts) is a list, not a
  search page;
- a post's labels (``rel=tag`` links in a labels block) are its category when nothing else is.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.analyse import analyse_page
from pipelines.extract import extract_article
from pipelines.extract.dates import parse_date
from pipelines.extract.signals import _kind_of_url

BLOG = "http://xa.blogspot.example"
TEXT = ("Sáng 25/5, Ủy ban nhân dân xã phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức lễ ra quân "
        "tổng vệ sinh môi trường; hơn 600 cán bộ, đoàn viên và nhân dân 7 thôn đã tham gia thu gom "
        "9 tấn rác thải và khơi thông 3,5 km kênh mương nội đồng.")


def blog_page(main: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tin tức xã: Ra quân tổng vệ sinh môi trường</title></head><body>
<div class='widget Header' id='Header1'><h1 class='title'><a href='{BLOG}/'>Tin tức xã</a></h1>
<p class='description'>Trang tin của Ủy ban nhân dân xã</p></div>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'>{main}</div></div>
<div class='sidebar section'><div class='widget PopularPosts'><h2>Bài đăng phổ biến</h2><ul>
<li><a href='{BLOG}/2025/04/thu-ngan-sach.html'>Thu ngân sách xã quý I đạt 31% dự toán</a>
<div class='item-snippet'>Theo báo cáo của UBND xã, tổng thu ngân sách quý I năm 2025 đạt 2,84 tỷ
đồng, bằng 31% dự toán Hội đồng nhân dân xã giao…</div></li></ul></div>
<div class='widget Label'><h2>Nhãn</h2><ul><li><a href='{BLOG}/search/label/Tin%20t%E1%BB%A9c'>Tin
tức</a></li></ul></div></div>
<div class='widget Attribution'>Được tạo bởi <a href='https://www.blogger.com'>Blogger</a>.</div>
</body></html>""".encode()


POST = f"""<h2 class='date-header'><span>Thứ Hai, 26 tháng 5, 2025</span></h2>
<div class='post hentry' itemprop='blogPost' itemscope itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'>Ra quân tổng vệ sinh môi trường</h3>
<div class='post-body entry-content' itemprop='description articleBody'><p>{TEXT}</p>
<p>{TEXT}</p></div>
<div class='post-footer'><span class='post-author vcard'>Đăng bởi <span class='fn'>Văn phòng UBND
xã</span></span> <span class='post-timestamp'>vào lúc <a class='timestamp-link'
href='{BLOG}/2025/05/ra-quan.html'><abbr class='published'
title='2025-05-26T16:40:00+07:00'>16:40</abbr></a></span>
<span class='post-labels'>Nhãn: <a href='{BLOG}/search/label/Tin%20t%E1%BB%A9c' rel='tag'>Tin
tức</a>, <a href='{BLOG}/search/label/M%C3%B4i%20tr%C6%B0%E1%BB%9Dng' rel='tag'>Môi trường</a>
</span></div>
</div>"""


def test_the_widget_holding_the_post_is_the_pages_content() -> None:
    verdict = analyse_page(blog_page(POST), BLOG + "/2025/05/ra-quan.html")
    assert verdict.page_class == "article", verdict.page_class_reason


def test_the_published_abbr_gives_the_posts_date_and_time() -> None:
    article = extract_article(blog_page(POST), BLOG + "/2025/05/ra-quan.html")
    assert article.published == "2025-05-26T16:40"


def test_the_posts_labels_are_its_category() -> None:
    article = extract_article(blog_page(POST), BLOG + "/2025/05/ra-quan.html")
    assert article.category == "Tin tức, Môi trường"


def test_a_google_vietnamese_date_is_a_date() -> None:
    found = parse_date("Thứ Hai, 26 tháng 5, 2025")
    assert found is not None and found.value == datetime(2025, 5, 26)
    assert parse_date("tháng 5, 2025") is None  # a month is no day


def test_a_mobile_index_of_wholly_linked_entries_is_a_listing() -> None:
    entries = "".join(f"""<div class='mobile-date-outer date-outer'>
<div class='date-header'><span>Thứ {n + 2}, {20 + n} tháng 5, 2025</span></div>
<div class='mobile-post-outer'><a href='{BLOG}/2025/05/bai-{n}.html?m=1'>
<h3 class='mobile-index-title entry-title'>Bài đăng số {n} về công tác của xã</h3>
<div class='mobile-index-contents'><div class='post-body'>{TEXT[:150]}…</div></div></a></div>
</div>""" for n in range(3))
    verdict = analyse_page(blog_page(entries), BLOG + "/?m=1")
    assert verdict.page_class == "listing", verdict.page_class_reason


@pytest.mark.parametrize(("path", "search"), [
    ("/search?q=ve+sinh", True), ("/search", True), ("/tim-kiem?keys=lua", True),
    ("/search/label/Tin%20t%E1%BB%A9c", False),
    ("/search?updated-max=2025-04-18T14:00:00%2B07:00&max-results=7", False),
])
def test_only_a_query_makes_a_search_page(path: str, search: bool) -> None:
    assert _kind_of_url(BLOG + path)[1] is search
