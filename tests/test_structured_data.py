"""The rules written after the sixth hold-out (a client-rendered app that pre-renders only the
head), each on a small page of its own: none names a portal, a path or a class name of it.

- a story whose page holds it only in JSON-LD (a NewsArticle's articleBody; the body an empty
  app root) is archived from there, verbatim (NFC), and the extractor says so;
- a NewsArticle with only a description is archived with that summary, said in the extractor
  name; the declared news type makes it a story below the text floor (a generic Article does
  not);
- a visible body longer than the structured text is kept; structured data describing another
  page is not this page's story;
- a listing whose body a script renders names its stories in an ItemList: they are its teasers
  (a BreadcrumbList is not), and the crawl follows them.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import sqlite_utils

from crawler.jsonld import listed_urls, paragraphs, read_objects
from pipelines.analyse import analyse_page
from tests.test_unseen_portals import copy_portal, crawl_served, portal_gold

HOST = "https://xa.example.gov.vn"
STORY_URL = HOST + "/tin-bai/xa-khanh-thanh-cau-treo-qua-suoi-12"
TEXT = [("Sáng 5/10, Ủy ban nhân dân xã khánh thành cầu treo qua suối, dài 48 m, "
         "tổng kinh phí 1,6 tỷ đồng."),
        "Cây cầu nối hai thôn ven suối, giúp hơn 300 hộ dân đi lại an toàn trong mùa mưa lũ.",
        "Xã giao thôn trưởng hai thôn phối hợp kiểm tra, bảo dưỡng cầu định kỳ."]


def ld(data: dict[str, object]) -> str:
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    return f'<script type="application/ld+json">{text}</script>'


def app_page(head: str, title: str = "Xã khánh thành cầu treo qua suối | Cổng thông tin xã",
             body: str = "") -> str:
    """A page whose server renders only the head: the body is an app root and a skeleton."""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
{head}</head><body><app-root><div class="shell"><div class="line"></div></div>{body}</app-root>
<noscript>Trang cần JavaScript để hiển thị nội dung. Vui lòng bật JavaScript.</noscript>
<script src="main.js" type="module"></script></body></html>"""


def news(**extra: object) -> dict[str, object]:
    return {"@type": "NewsArticle", "headline": "Xã khánh thành cầu treo qua suối",
            "datePublished": "2025-10-05T09:15:00+07:00",
            "author": {"@type": "Person", "name": "Lê Thu"}, "articleSection": "Giao thông",
            "mainEntityOfPage": {"@type": "WebPage", "@id": STORY_URL}, **extra}


def test_a_story_only_in_json_ld_is_archived_from_its_article_body_verbatim() -> None:
    body = unicodedata.normalize("NFD", "\n\n".join(TEXT))  # decomposed: archived NFC
    analysis = analyse_page(app_page(ld(news(articleBody=body))), STORY_URL)
    article = analysis.article
    assert analysis.page_class == "article", analysis.page_class_reason
    assert article["body_text"] == "\n\n".join(TEXT)
    assert article["extractor"].endswith("+jsonld:articleBody")
    assert (article["published"], article["author"], article["category"]) == (
        "2025-10-05T09:15", "Lê Thu", "Giao thông")
    assert "JavaScript" not in article["body_text"]
    assert "structured data" in analysis.page_class_reason


def test_raw_line_breaks_inside_the_json_string_and_the_photo_of_the_story() -> None:
    """A CMS writes the articleBody's line breaks raw (not JSON, strictly); the ImageObject is
    the story's photo, recorded with its caption since the body shows none."""
    data = ld(news(articleBody="@BODY@", image={"@type": "ImageObject", "url": "/anh/cau.jpg",
                                                "caption": "Cầu treo mới."}))
    html = app_page(data.replace("@BODY@", "\n".join(TEXT)))  # line breaks raw in the string
    article = analyse_page(html, STORY_URL).article
    assert article["body_text"] == "\n\n".join(TEXT)
    assert article["images"] == [{"src": HOST + "/anh/cau.jpg", "caption": "Cầu treo mới."}]


def test_a_news_article_with_only_a_description_is_kept_with_that_summary_and_says_so() -> None:
    summary = "Xã khánh thành cầu treo qua suối dài 48 m, nối hai thôn."  # under the text floor
    analysis = analyse_page(app_page(ld(news(description=summary))), STORY_URL)
    assert analysis.page_class == "article", analysis.page_class_reason
    assert analysis.article["body_text"] == summary
    assert analysis.article["extractor"].endswith("+jsonld:description")
    assert "NewsArticle (description)" in analysis.page_class_reason
    # a generic Article (a CMS's type for every page) declares no news story: the floor holds
    plain = news(description=summary, **{"@type": "Article"})
    assert analyse_page(app_page(ld(plain)), STORY_URL).page_class == "other"


def test_a_visible_body_longer_than_the_structured_text_is_kept() -> None:
    visible = "".join(f"<p>{t}</p>" for t in TEXT)
    html = app_page(ld(news(articleBody=TEXT[0])),
                    body=f"<article><h1>Xã khánh thành cầu treo qua suối</h1>"
                         f"<time>05/10/2025</time>{visible}</article>")
    article = analyse_page(html, STORY_URL).article
    assert article["extractor"] == "generic"
    assert article["body_text"] == "\n\n".join(TEXT)


def test_structured_data_of_another_page_is_not_this_pages_story() -> None:
    other = news(articleBody="\n\n".join(TEXT),
                 mainEntityOfPage={"@type": "WebPage", "@id": HOST + "/tin-bai/khac-99"})
    analysis = analyse_page(app_page(ld(other)), STORY_URL)
    assert analysis.page_class != "article"
    assert analysis.article["body_text"] == ""


def test_a_listing_names_its_stories_in_an_item_list_not_its_breadcrumb() -> None:
    stories = [f"{HOST}/tin-bai/tin-so-{n}-cua-xa-{n}" for n in (1, 2, 3)]
    collection = {"@type": "CollectionPage", "name": "Tin tức",
                  "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
                      {"@type": "ListItem", "position": 1, "item": HOST + "/"}]},
                  "mainEntity": {"@type": "ItemList", "itemListElement": [
                      {"@type": "ListItem", "position": i, "url": u}
                      for i, u in enumerate(stories, 1)]
                      + [{"@type": "ListItem", "url": "https://khac.example.com/x"}]}}
    html = app_page(ld(collection), title="Tin tức | Cổng thông tin xã")
    analysis = analyse_page(html, HOST + "/tin-tuc")
    assert analysis.page_class == "listing" and analysis.teasers == stories
    # the breadcrumb alone names no story
    crumbs = ld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": stories[0], "name": "Tin"}}]})
    assert listed_urls(read_objects([crumbs.split(">", 1)[1].rsplit("<", 1)[0]]), HOST + "/") == []


def test_an_about_page_in_structured_data_is_no_story() -> None:
    about = {"@type": "AboutPage", "name": "Giới thiệu xã", "text": "\n\n".join(TEXT)}
    analysis = analyse_page(app_page(ld(about), title="Giới thiệu xã"), HOST + "/gioi-thieu")
    assert analysis.page_class == "other"


def test_article_body_paragraphs_split_by_lines_or_markup() -> None:
    assert paragraphs("Một.\nHai.\n\n  Ba  ") == ("Một.", "Hai.", "Ba")
    assert paragraphs("<p>Một &amp; hai.</p><p>Ba<br>bốn.</p>") == ("Một & hai.", "Ba", "bốn.")
    assert read_objects(["{not json", '[{"@graph": [{"@type": "ItemList"}]}]']) == [
        {"@graph": [{"@type": "ItemList"}]}, {"@type": "ItemList"}]


def test_a_crawl_without_a_sitemap_finds_the_stories_the_item_lists_name(tmp_path: Path) -> None:
    """The app portal with no sitemap: its bodies link nothing, so only the listings' JSON-LD
    ItemLists (and the news list's head rel=next) name the stories."""
    site_dir = copy_portal("tungkhe", tmp_path)
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest = [m for m in manifest if m["path"] not in ("/sitemap.xml", "/robots.txt")]
    (site_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result, _ = crawl_served(site_dir, tmp_path / "a.db", "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    _, gold = portal_gold("tungkhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    # the two stories whose JSON-LD gives only a description are stored, and the run says so
    assert "2 archived stories hold only the summary" in result.stderr
    # each story's photo, named only in its JSON-LD, is archived once and tied to it
    photos = list(db.query("select article_url, sha256 from images"))
    assert {p["article_url"] for p in photos} == gold and all(p["sha256"] for p in photos)
