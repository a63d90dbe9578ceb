"""Portals a script renders wholly in the browser (the seventh hold-out, tests/portals/vanson):
a fetched HTML page that shows no text and holds no link, frame or structured data but loads
scripts is an app shell. It is archived as fetched, counted as the drop ``script_rendered``
(the run is incomplete: what the app shows is lost to a crawl that runs no script), and the
crawl command warns once per site, saying what to do. Ordinary pages never count as shells;
a pre-rendered head with JSON-LD (tungkhe) is no shell.

Unit checks on small pages and on every corpus page, then a crawl of vanson served on
127.0.0.1 as a new user would crawl it (``--start-url``)."""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from lxml import html as lxml_html

from bench.classification import corpus_pages
from crawler.discovery import app_shell
from pipelines.derive import HARMLESS_DROPS
from tests.test_unseen_portals import crawl_served, portal_gold

SCRIPT = '<script type="module" src="/assets/app.1a2b3c.js"></script>'
NOSCRIPT = "<noscript>Vui lòng bật JavaScript để xem trang này.</noscript>"


def shell(head: str = "", body: str = "") -> bool:
    page = (f"<!doctype html><html><head><title>Cổng thông tin phường</title>{head}</head>"
            f"<body>{body}</body></html>")
    return app_shell(lxml_html.fromstring(page))


def test_an_empty_app_root_with_a_script_bundle_is_a_shell() -> None:
    assert shell(SCRIPT, f'{NOSCRIPT}<div id="app"></div>')
    assert shell("", f'<div id="root"><div class="spinner"></div></div>{SCRIPT}')
    # an inline bootstrap script alone
    assert shell("<script>window.__APP__ = {};</script>", '<div id="app"></div>')


def test_a_page_that_shows_text_or_links_is_no_shell() -> None:
    assert not shell(SCRIPT, '<div id="app"><p>Phường Vân Sơn ra quân tổng vệ sinh.</p></div>')
    assert not shell(SCRIPT, '<div id="app"><a href="/tin-tuc/bai-1"></a>'
                             '<a href="/tin-tuc/bai-2"><img src="/a.jpg"></a></div>')
    assert not shell(SCRIPT, '<iframe src="/trang-chu.html"></iframe>')
    # no script: an empty page is an empty page, not an app the crawl misses
    assert not shell("", '<div id="app"></div>')


def test_a_head_only_story_with_json_ld_is_no_shell() -> None:
    """tungkhe's shape: an empty app root, but the head carries the story as JSON-LD."""
    story = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": "Tùng Khê thu hoạch lúa xuân",
                        "datePublished": "2025-10-14T08:30:00+07:00",
                        "articleBody": "Nông dân xã Tùng Khê đã thu hoạch xong 412 ha lúa xuân."},
                       ensure_ascii=False)
    head = f'<script type="application/ld+json">{story}</script>{SCRIPT}'
    assert not shell(head, f"{NOSCRIPT}<app-root></app-root>")


def test_no_corpus_page_but_vanson_s_is_a_shell() -> None:
    """Every HTML page of the sample corpus, the fixtures and the hold-out portals: only the
    client-rendered portal's pages are shells (tungkhe's head-only pages are not)."""
    shells = {(p.site, p.path) for p in corpus_pages()
              if app_shell(lxml_html.fromstring(p.file.read_bytes()))}
    assert shells == {("vanson", "/"), ("vanson", "/tin-tuc"),
                      ("vanson", "/bai-viet/van-son-ra-quan-tong-ve-sinh-moi-truong-cuoi-nam-214")}


def test_a_client_rendered_portal_is_a_counted_loss_with_a_warning(tmp_path: Path) -> None:
    """vanson: the crawl gets the shell of its home page and a sitemap naming only that page.
    The shell is archived as fetched, counted as a script_rendered drop (not harmless: the run
    proves nothing complete), and the crawl says once what happened and what to do."""
    base, gold = portal_gold("vanson")
    assert not gold
    result, requests = crawl_served(Path(__file__).parent / "portals" / "vanson",
                                    tmp_path / "a.db", "--log-level", "WARNING")
    assert not any(r.startswith("/api/") for r in requests)  # nothing names the API
    db = sqlite_utils.Database(tmp_path / "a.db")
    home = next(db.query("select status, page_class from pages where url = ?", [base + "/"]))
    assert home == {"status": 200, "page_class": "home"}  # archived as fetched
    assert db["articles"].count == 0
    run = db["crawl_runs"].get(1)
    assert json.loads(run["dropped"]) == {"script_rendered": 1}
    assert "script_rendered" not in HARMLESS_DROPS
    assert "dropped 1 requests (script_rendered 1)" in result.stdout
    assert "crawl incomplete, requests dropped 1 by script_rendered" in result.stderr
    warning = [line for line in result.stderr.splitlines() if "app shell" in line]
    assert len(warning) == 1, result.stderr
    assert warning[0].startswith("warning: vanson-example-gov-vn: 1 fetched page is an app shell")
    for advice in ("runs no JavaScript", "API", "sitemap", "browser-based tool"):
        assert advice in warning[0]
