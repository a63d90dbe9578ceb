"""A bilingual portal: an English translation is an article of its own, in its own language
(``articles.language``, from the page's declared language). The hold-out portal kimkhe is
the whole case; these are its parts on small pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extract import extract_article
from pipelines.extract.core import declared_language, parse_html


@pytest.mark.parametrize(("html", "language"), [
    ('<html lang="en"><body><p>x</p></body></html>', "en"),
    ('<html lang="vi-VN"><body><p>x</p></body></html>', "vi"),
    ('<html lang="EN_us"><body><p>x</p></body></html>', "en"),
    ('<html><head><meta http-equiv="Content-Language" content="vi"></head><body>x</body></html>',
     "vi"),
    ('<html lang=""><body><p>x</p></body></html>', None),
    ('<html lang="{{ lang }}"><body><p>x</p></body></html>', None),
    ("<html><body><p>x</p></body></html>", None),
])
def test_the_language_a_page_declares(html: str, language: str | None) -> None:
    assert declared_language(parse_html(html)) == language


def test_a_translation_and_its_original_are_two_articles_each_with_its_language(
        tmp_path: Path) -> None:
    from tests.test_unseen_portals import crawl_portal, portal_gold

    db = crawl_portal("kimkhe", tmp_path / "a.db")
    base, gold = portal_gold("kimkhe")
    rows = {row["url"]: row for row in db["articles"].rows}
    assert set(rows) == gold
    languages = {url: row["language"] for url, row in rows.items()}
    english = {url for url in gold if "/en/" in url}
    assert {url for url, lang in languages.items() if lang == "en"} == english
    assert {url for url, lang in languages.items() if lang == "vi"} == gold - english
    # the extract JSON says it too (an added key)
    page = Path(__file__).parent / "portals" / "kimkhe" / "pages" / "en" / "9701.html"
    assert extract_article(page.read_bytes(), base + "/en/x.html").to_dict()["language"] == "en"
