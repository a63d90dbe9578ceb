"""Page classification (pipelines/classify.py): the quality gate on every corpus page, and the
site-evidence rules on their own.

The gate runs the crawl's own path (``analyse_page``) on every HTML page of the sample corpus,
the extraction fixtures and the hold-out portals: an article is a page with a gold file, every
other page (home, listings and their further pages, tag, search, about, contact pages) is not.
Precision and recall of "article" are pinned at 1.0, and the hold-out portals' pages get the
class their manifest gives them.
"""
from __future__ import annotations

import pytest

from bench.classification import Page, corpus_pages
from pipelines.analyse import Analysis, analyse_page, judge
from pipelines.classify import SiteEvidence, SiteKnowledge, classify_page, url_shape
from pipelines.extract import extract_article
from pipelines.extract.signals import PageSignals

PAGES = corpus_pages()


def unmarked_copy(page: Page, analysis: Analysis) -> bool:
    """A story served again under a second URL that names no canonical URL (a Joomla story
    under another menu's Itemid): the page alone is that story, and only the archive, which
    holds it already under its first URL, tells it is a copy (``derive.record``, by its
    content; scored by the crawls of tests/test_unseen_portals.py)."""
    assert analysis.signals is not None
    return page.page_class == "duplicate" and analysis.signals.canonical_elsewhere is None


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.site}{p.path}" for p in PAGES])
def test_page_class(page: Page) -> None:
    analysis = analyse_page(page.file.read_bytes(), page.url, content_type=page.content_type)
    if unmarked_copy(page, analysis):
        assert analysis.page_class == "article", analysis.page_class_reason
        return
    assert analysis.is_article == page.article, (analysis.page_class, analysis.page_class_reason)
    assert analysis.page_class_reason
    if page.page_class:
        assert analysis.page_class == page.page_class, analysis.page_class_reason
    # the extractor's is_article is the same page-level verdict
    extracted = extract_article(page.file.read_bytes(), page.url,
                                content_type=page.content_type)
    assert extracted.is_article == analysis.is_article


def test_gate_precision_and_recall_are_one_on_every_corpus() -> None:
    by_corpus: dict[str, list[tuple[bool, bool]]] = {}
    for page in PAGES:
        analysis = analyse_page(page.file.read_bytes(), page.url, content_type=page.content_type)
        if not unmarked_copy(page, analysis):
            by_corpus.setdefault(page.corpus, []).append((page.article, analysis.is_article))
    assert set(by_corpus) == {"sample corpus", "fixtures", "hold-out portals"}
    for corpus, pairs in by_corpus.items():
        tp = sum(1 for truth, said in pairs if truth and said)
        precision = tp / max(1, sum(1 for _, said in pairs if said))
        recall = tp / max(1, sum(1 for truth, _ in pairs if truth))
        assert (precision, recall) == (1.0, 1.0), corpus
    hold_out = by_corpus["hold-out portals"]
    assert sum(t for t, _ in hold_out) >= 30 and sum(not t for t, _ in hold_out) >= 40


# -- the rules on their own ------------------------------------------------------------------

URL = "https://xa.example.gov.vn/gioi-thieu-lich-su"


def standing_page(**changes) -> PageSignals:
    """An undated page with a headline and prose that the site menu links: a standing page."""
    values = {"url": URL, "title": "Lịch sử truyền thống xã", "headline_element": True,
              "prose_chars": 900, "dated": False, "body_found": True, "menu_page": True}
    values.update(changes)
    return PageSignals(**values)


def test_the_page_alone_calls_an_undated_menu_page_other() -> None:
    verdict = classify_page(standing_page())
    assert (verdict.kind, verdict.basis) == ("other", "page")
    assert "no date" in verdict.reason and "menu" in verdict.reason
    assert classify_page(standing_page(dated=True)).kind == "article"


def test_pages_the_listings_tease_are_articles_even_undated() -> None:
    verdict = classify_page(standing_page(), SiteEvidence(listed_by=2))
    assert (verdict.kind, verdict.basis) == ("article", "site")
    assert "2 listing page(s)" in verdict.reason
    # evidence never makes a story of a page whose text is a teaser or a widget's
    teaser = standing_page(body_teaser_of="https://xa.example.gov.vn/tin-tuc/a-b-c-1")
    assert classify_page(teaser, SiteEvidence(listed_by=3)).kind != "article"


def test_a_page_teasing_many_listed_stories_that_no_listing_teases_is_a_listing() -> None:
    signals = standing_page(url="https://xa.example.gov.vn/chuyen-muc/tin-tuc", dated=True,
                            menu_page=False,
                            teasers=[f"https://xa.example.gov.vn/tin-tuc/bai-so-{i}-x-y"
                                     for i in range(4)])
    assert classify_page(signals).kind == "article"  # the page alone cannot tell
    shapes = ("/tin-tuc/<s>",)
    evidence = SiteEvidence(listed_by=0, teasers_listed=4, story_shapes=shapes,
                            shape=url_shape(signals.url))
    verdict = classify_page(signals, evidence)
    assert (verdict.kind, verdict.basis) == ("listing", "site")
    assert "teases 4 of the site's stories" in verdict.reason
    # the same page, teased by a listing or shaped like the stories, stays an article
    assert classify_page(signals, SiteEvidence(1, 4, shapes, url_shape(signals.url))).is_article
    assert classify_page(signals, SiteEvidence(0, 4, shapes, "/tin-tuc/<s>")).is_article


def test_an_undated_unlisted_page_off_the_story_shape_is_other() -> None:
    signals = standing_page(menu_page=False)  # no menu link: the page alone says article
    assert classify_page(signals).is_article
    evidence = SiteEvidence(listed_by=0, story_shapes=("/<s>-<n>.html",), shape=url_shape(URL))
    assert classify_page(signals, evidence).kind == "other"
    # with too few known stories there is no shape to be off: the page's verdict stands
    assert classify_page(signals, SiteEvidence(listed_by=0, shape=url_shape(URL))).is_article


@pytest.mark.parametrize(("url", "shape"), [
    ("https://h/News/Detail/1043", "/News/Detail/<n>"),
    ("https://h/tin-tuc/hoi-nghi-tong-ket-cong-tac-nam-2023", "/tin-tuc/<s>"),
    ("https://h/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/<s>"),
    ("https://h/2024/05/phu-van-don-bang-cong-nhan/", "/<n>/<n>/<s>/"),
    ("https://h/xa-trang-khe-to-chuc-le-giao-nhan-quan-231.html", "/<s>-<n>.html"),
    ("https://h/tin-tuc-su-kien-c3.html", "/<s>.html"),
    ("https://h/tin-tuc-su-kien/kham-sang-loc-tu-van-suc-khoe-916540", "/<s>/<s>-<n>"),
    ("https://h/Default.aspx?tabid=22641&ID=53107", "/Default.aspx?ID=<n>&tabid=<n>"),
    ("https://h/News/Tag?tag=dich-vu-cong", "/News/Tag?tag=<s>"),
])
def test_url_shapes(url: str, shape: str) -> None:
    assert url_shape(url) == shape


def test_site_knowledge_learns_the_story_shape_from_listings() -> None:
    knowledge = SiteKnowledge()
    stories = [f"https://h/tin-tuc/bai-viet-so-{i}-hay" for i in range(5)]
    knowledge.add_listing("https://h/chuyen-muc/a", [*stories[:3], "https://h/lien-he"])
    # the same listing again counts once
    knowledge.add_listing("https://h/chuyen-muc/a", stories[:3])
    knowledge.add_listing("https://h/chuyen-muc/b", stories[2:])
    assert knowledge.listed[stories[2]] == 2 and knowledge.listed[stories[0]] == 1
    assert knowledge.story_shapes() == ("/tin-tuc/<s>",)
    evidence = knowledge.evidence("https://h/chuyen-muc/c", stories[:4])
    assert (evidence.listed_by, evidence.teasers_listed, evidence.on_story_shape) == (0, 4, False)
    assert SiteKnowledge.from_listed(knowledge.listed).story_shapes() == knowledge.story_shapes()


def test_judge_reclassifies_an_analysis_without_extracting_again() -> None:
    page = next(p for p in PAGES if p.site == "trangkhe" and p.path == "/gioi-thieu.html")
    analysis = analyse_page(page.file.read_bytes(), page.url, content_type=page.content_type)
    assert analysis.page_class == "other"
    listed = SiteKnowledge.from_listed({page.url: 1})
    promoted = judge(analysis, listed)
    assert promoted.is_article and promoted.page_class_basis == "site"
    assert judge(promoted).page_class == "other"  # the page alone again


def test_extract_prints_what_the_page_is() -> None:
    import json

    from tests.conftest import run_cli

    page = next(p for p in PAGES if p.site == "ngoclam" and p.path == "/News/Category/2")
    result = run_cli("extract", str(page.file), "--url", page.url)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["page_class"] == "listing" and "teases 3 page(s)" in printed["page_class_reason"]


# -- duplicates: a page that names another as its canonical URL --------------------------------

def test_a_print_view_is_the_duplicate_of_the_story_it_names_canonical() -> None:
    page = next(p for p in PAGES if p.site == "lacvan" and p.path.endswith("?print=1"))
    analysis = analyse_page(page.file.read_bytes(), page.url, content_type=page.content_type)
    canonical = page.url.split("?", 1)[0]
    assert analysis.page_class == "duplicate" and not analysis.is_article
    assert analysis.signals is not None and analysis.signals.canonical_elsewhere == canonical
    title = analysis.signals.title
    # the archive holds the story there, with this headline: a duplicate still
    assert judge(analysis, SiteKnowledge.from_listed({}, {canonical: title})).page_class == \
        "duplicate"
    # no story there (never fetched, or the template names a section page as canonical), or a
    # story with another headline (a wrong canonical): the page is the story's own copy
    for stories in ({}, {canonical: "Một bài viết khác hẳn"}):
        kept = judge(analysis, SiteKnowledge.from_listed({}, stories))
        assert kept.is_article and kept.page_class_basis == "site", stories


def test_a_canonical_naming_the_site_root_or_another_host_is_no_duplicate() -> None:
    page = next(p for p in PAGES if p.site == "lacvan" and p.page_class == "article")
    html = page.file.read_text(encoding="utf-8")
    own = f'<link rel="canonical" href="https://lacvan.example.gov.vn{page.path}" />'
    assert own in html
    for canonical in ("https://lacvan.example.gov.vn/", "https://tinh.example.gov.vn/tin/1",
                      f"http://www.lacvan.example.gov.vn{page.path}/#top"):
        changed = html.replace(own, f'<link rel="canonical" href="{canonical}" />')
        analysis = analyse_page(changed.encode(), page.url)
        assert analysis.page_class == "article", (canonical, analysis.page_class_reason)
