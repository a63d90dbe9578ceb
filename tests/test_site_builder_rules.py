"""Rules written after a commune blog on a hosted site builder (generated class names, the blog
app's parts named only by ``data-hook``, a language menu serving every page again): each on a
small page of its own; none names a hold-out portal's host, path or class name."""
from __future__ import annotations

from pipelines.analyse import analyse_page
from pipelines.extract import extract_article

HOST = "https://xa.example.com"
PROSE = ("Ủy ban nhân dân xã chi trả trợ cấp xã hội tháng 9 cho 1.284 đối tượng với tổng số tiền "
         "712,4 triệu đồng; những người cao tuổi, khuyết tật nặng được cán bộ đến tận nhà chi trả.")


def builder_page(main: str, *, lang: str = "vi", head: str = "", title: str = "Xã Lam Khê") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{title}</title>{head}</head><body><div id="SITE_CONTAINER">'
            '<header class="Qx7aB"><nav><ul class="Kd0"><li><a href="/">Trang chủ</a></li>'
            '<li><a href="/blog">Tin tức</a></li></ul></nav></header>'
            f'<main class="Zp3c">{main}</main><footer class="Hh2k">'
            '<p>UBND xã Lam Khê. Điện thoại: 0200 3000.</p></footer></div></body></html>')


def card(n: int, member: str) -> str:
    """A blog feed's card: the member's avatar and name (linking the profile), the date and the
    reading time above the headline, an excerpt; generated class names only."""
    url = f"/post/chi-tra-tro-cap-dot-{n}-cho-doi-tuong-bao-tro"
    profile = f"/profile/{member}/profile"
    return (f'<article data-hook="post-list-item" class="Ab1c"><a href="{url}">'
            f'<img src="/media/{n}.jpg" alt=""></a><div data-hook="user-info" class="Cc2d">'
            f'<a href="{profile}"><img src="/media/a.png" alt=""></a>'
            f'<span class="De3f"><a href="{profile}">Văn phòng UBND xã</a></span></div>'
            f'<ul class="Ef4g"><li><span>2{n} thg 7, 2025</span></li>'
            '<li><span>Đọc 1 phút</span></li></ul>'
            f'<div data-hook="post-title" class="Fg5h"><a href="{url}"><h2 class="Gh6i">'
            f'Chi trả trợ cấp đợt {n} cho đối tượng bảo trợ xã hội</h2></a></div>'
            f'<div data-hook="post-description" class="Hi7j">{PROSE[:150]}</div></article>')


def test_a_link_to_the_writers_profile_is_a_byline_not_a_headline() -> None:
    cards = "".join(card(n, "van-phong") for n in (1, 2))
    listing = analyse_page(builder_page(f'<h1>Thông báo</h1><div class="Pl0">{cards}</div>'),
                           f"{HOST}/blog/categories/thong-bao")
    assert listing.page_class == "listing", listing.page_class_reason
    assert len(listing.signals.teasers) == 2, listing.signals.teasers


def test_a_blogs_hashtag_page_is_a_tag_page() -> None:
    cards = "".join(card(n, "bbt") for n in (1, 2, 3))
    tagged = analyse_page(builder_page(f'<h1>#ansinh</h1><div class="Pl0">{cards}</div>'),
                          f"{HOST}/blog/hashtags/ansinh")
    assert tagged.page_class == "other" and "a tag page" in tagged.page_class_reason, \
        (tagged.page_class, tagged.page_class_reason)


def post(title: str, lang: str, url: str, alternates: bool = True) -> str:
    head = (f'<link rel="canonical" href="{url}">'
            f'<link rel="alternate" href="{HOST}/post/tro-cap" hreflang="vi">'
            f'<link rel="alternate" href="{HOST}/post/tro-cap?lang=en" hreflang="en">'
            ) if alternates else ""
    date = "Sep 15, 2025" if lang == "en" else "15 thg 9, 2025"
    return builder_page('<article data-hook="post" class="Ab1c"><div data-hook="post-header">'
                        f'<span data-hook="time-ago">{date}</span></div>'
                        f'<h1 data-hook="post-title" class="Tt1"><span>{title}</span></h1>'
                        f'<div data-hook="post-description"><p>{PROSE}</p><p>{PROSE}</p></div>'
                        '<div data-hook="post-footer"><div data-hook="post-categories-list">'
                        '<a href="/blog/categories/an-sinh-xa-hoi">An sinh xã hội</a></div>'
                        '</div></article>', lang=lang, head=head)


def test_a_language_copy_nobody_translated_is_a_copy_of_the_vietnamese_page() -> None:
    vi_title = "Chi trả trợ cấp tháng 9 cho 1.284 đối tượng bảo trợ xã hội"
    english = f"{HOST}/post/tro-cap?lang=en"
    copy = analyse_page(post(vi_title, "en", english), english)
    assert copy.page_class == "duplicate", copy.page_class_reason
    assert copy.signals.canonical_elsewhere == f"{HOST}/post/tro-cap"
    original = analyse_page(post(vi_title, "vi", f"{HOST}/post/tro-cap"), f"{HOST}/post/tro-cap")
    assert original.page_class == "article", original.page_class_reason
    # a translation is a story of its own; a page naming no Vietnamese alternate says nothing
    translated = analyse_page(post("Monthly allowances paid to 1,284 people in need", "en",
                                   f"{HOST}/post/tro-cap?lang=en"), f"{HOST}/post/tro-cap?lang=en")
    assert translated.page_class == "article", translated.page_class_reason
    alone = analyse_page(post(vi_title, "en", "", alternates=False), f"{HOST}/post/tro-cap?lang=en")
    assert alone.page_class == "article", alone.page_class_reason


def test_a_blog_apps_category_named_only_by_data_hook_is_the_category() -> None:
    title = "Chi trả trợ cấp tháng 9 cho 1.284 đối tượng bảo trợ xã hội"
    article = extract_article(post(title, "vi", f"{HOST}/post/tro-cap"), f"{HOST}/post/tro-cap")
    assert article.category == "An sinh xã hội"
