"""Hold-out portals (tests/portals/): a crawl by ``--start-url`` of a template family nobody
modelled stores exactly its gold articles, and no other page as an article.

Each portal is served on 127.0.0.1 by the sample server; ``--resolve`` sends its invented host
there, so the archive keeps the portal's real URLs (as ``tests/conftest.py`` does for kienthuy).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from district_archive.portals.sample import ServedPortal, serve_portal
from tests.conftest import CRAWL_TIMES, archive_rows, run_cli

PORTALS = Path(__file__).resolve().parent / "portals"
SITES = sorted(p.name for p in PORTALS.iterdir() if (p / "site.json").is_file())


def portal_gold(site: str) -> tuple[str, set[str]]:
    """The portal's base URL and the absolute URLs of its gold articles."""
    meta = json.loads((PORTALS / site / "site.json").read_text(encoding="utf-8"))
    base = meta["base_url"]
    return base, {base + json.loads(g.read_text(encoding="utf-8"))["path"]
                  for g in (PORTALS / site / "gold").glob("*.json")}


def crawl_served(site_dir: Path, db: Path, *args: str, **run: Any
                 ) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Crawl a portal folder (a hold-out portal, or a test's altered copy of one) by its
    ``--start-url``, served on 127.0.0.1: the CLI's result and the requests the server saw."""
    served = serve_portal(site_dir)
    try:
        return crawl_from(served, db, *args, **run), served.requests
    finally:
        served.stop()


def crawl_from(served: ServedPortal, db: Path, *args: str, **run: Any
               ) -> subprocess.CompletedProcess:
    """Crawl a served portal by its ``--start-url``: a portal that is a path of a shared host,
    or a site whose address is a path (sites.google.com/view/<name>), starts there (site.json
    start_path); one that moved to a new host starts at the old one's root (site.json
    moved_from)."""
    resolve = [arg for value in served.resolve for arg in ("--resolve", value)]
    if served.settings:
        env = run.pop("env", None) or dict(os.environ)
        run["env"] = {**env, "DISTRICT_ARCHIVE_SETTINGS": json.dumps(
            {**json.loads(env.get("DISTRICT_ARCHIVE_SETTINGS", "{}")), **served.settings})}
    return run_cli("crawl", "--start-url", served.start_url, "--db", str(db), *args, *resolve,
                   **run)


def crawl_portal(site: str, db: Path, site_dir: Path | None = None) -> sqlite_utils.Database:
    """A complete crawl of the hold-out portal ``site`` (or of ``site_dir``, an altered copy)."""
    result, _ = crawl_served(site_dir or PORTALS / site, db, "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    return sqlite_utils.Database(db)


def copy_portal(site: str, tmp_path: Path) -> Path:
    """A copy of the hold-out portal ``site`` for a test to alter."""
    return Path(shutil.copytree(PORTALS / site, tmp_path / site))


def test_there_are_four_hold_out_families() -> None:
    templates = {json.loads((PORTALS / s / "site.json").read_text(encoding="utf-8"))["template"]
                 for s in SITES}
    assert len(templates) >= 4, templates


@pytest.mark.parametrize("site", SITES)
def test_crawl_by_start_url_stores_exactly_the_gold_articles(site: str, tmp_path: Path) -> None:
    db = crawl_portal(site, tmp_path / "archive.db")
    _, gold = portal_gold(site)
    stored = {row["url"] for row in db["articles"].rows}
    fetched = {row["url"] for row in db["pages"].rows_where("status = 200")}
    assert gold <= fetched, f"gold articles never fetched: {sorted(gold - fetched)}"
    assert stored == gold, (f"not articles but stored: {sorted(stored - gold)}; "
                            f"articles not stored: {sorted(gold - stored)}")
    # What the run's listings showed as stories is archived, and the run's coverage says so:
    # a month archive a sidebar lists in bulk, a post's previous/next links, a story's second
    # path or in-portal copy (hoakhe, lacvan, lackhe: 3, 3 and 38 "not archived" before) and a
    # teaser's tracking parameter (ngockhe's ?ref=home: 7) are no stories missing.
    from pipelines.store import Archive
    archive = Archive(tmp_path / "archive.db")
    try:
        run = archive.coverage(None, 1)[0]
    finally:
        archive.close()
    assert run["not_archived"] == 0 and run["archived"] == run["listed"], run
    # and the run counts each story it archived once, as new: a story judged again at the
    # run's end (daokhe's sitemap-only stories, maikhe's story derived after its copy) was
    # counted "unchanged" in the run that first archived it
    counted = db["crawl_runs"].get(1)
    assert (counted["articles_new"], counted["articles_unchanged"]) == (len(gold), 0), counted


@pytest.mark.parametrize("derive_processes", [1, 2])
def test_an_undated_story_the_menu_links_is_kept_because_a_listing_teases_it(
        tmp_path: Path, derive_processes: int) -> None:
    """The page alone calls an undated page the site menu links a standing page ("other");
    at the end of the crawl the site's listings, which tease it, make it an article. That last
    judgement runs in a derive process: the crawl process never imports extraction."""
    site_dir = copy_portal("trangkhe", tmp_path)
    page = site_dir / "pages" / "tin" / "244.html"
    html = page.read_text(encoding="utf-8")
    start = html.index('<div class="ngay_dang">')
    dated = html[start:html.index("</div>", start) + 6]
    html = html.replace(dated, "").replace(
        '<li><a href="/lien-he.html">Liên hệ</a></li></ul>',
        '<li><a href="/lien-he.html">Liên hệ</a></li>'
        '<li><a href="/cap-the-bao-hiem-y-te-cho-nguoi-dan-toc-thieu-so-244.html">'
        'Bảo hiểm y tế 2024</a></li></ul>')
    page.write_text(html, encoding="utf-8")
    url = "http://trangkhe.example.gov.vn/cap-the-bao-hiem-y-te-cho-nguoi-dan-toc-thieu-so-244.html"
    from pipelines.analyse import analyse_page
    assert analyse_page(page.read_bytes(), url).page_class == "other"  # the page alone

    result, _ = crawl_served(
        site_dir, tmp_path / "a.db", "--log-level", "WARNING",
        python_flags=("-X", "importtime"),  # the crawl process's imports
        env={**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps(
            {"DERIVE_PROCESSES": derive_processes})})
    assert result.returncode == 0, result.stderr[-3000:]
    imported = set(re.findall(r"^import time:.*\| +([\w.]+)$", result.stderr, re.MULTILINE))
    assert "scrapy" in imported and "pipelines.derive_process" in imported
    assert not {"pipelines.extract", "pipelines.analyse", "pipelines.statistics",
                "pipelines.places", "numpy"} & imported
    db = sqlite_utils.Database(tmp_path / "a.db")
    _, gold = portal_gold("trangkhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    row = next(db.query("select page_class, page_class_reason, outcome from pages where url = ? "
                        "order by id desc limit 1", [url]))
    assert row["page_class"] == "article" and "listing page(s) tease it" in row["page_class_reason"]
    assert row["outcome"] == "new"
    assert db["crawl_runs"].get(1)["articles_new"] == len(gold)


def test_two_derive_processes_store_the_rows_one_stores(tmp_path: Path) -> None:
    """A page's record can depend on the pages recorded before it: dankhe's print views name
    no canonical URL, and each is a duplicate of its story only once the story is stored. Two
    derive processes each recording as it finished analysing stored some print views as
    articles, then retracted them (three retractions, statistics under the wrong URL); in turn,
    by page id, they record what one process records, table by table."""
    tables = ("articles", "article_versions", "statistics", "document_refs", "listing_links",
              "attachments", "images", "visitor_counts", "pages", "crawl_runs", "retractions",
              "article_places", "article_units")
    rows = []
    for processes in (1, 2):
        db = tmp_path / f"{processes}.db"
        # one request at a time: both crawls archive the same pages in the same order
        result, _ = crawl_served(PORTALS / "dankhe", db, "--log-level", "WARNING",
                                 env={**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps(
                                     {"DERIVE_PROCESSES": processes, "CONCURRENT_REQUESTS": 1,
                                      "CONCURRENT_REQUESTS_PER_DOMAIN": 1})})
        assert result.returncode == 0, result.stderr[-3000:]
        rows.append(archive_rows(db, CRAWL_TIMES, tables))
    one, two = rows
    assert one["retractions"] == [] and len(one["articles"]) == 8
    for table in tables:
        assert two[table] == one[table], table


def test_reprocess_retracts_a_page_wrongly_stored_as_an_article(tmp_path: Path) -> None:
    """An archive made before the classification rules stored the about page and a tag page
    as articles (as the hold-out run did): reprocess withdraws them with their versions,
    statistics, places and search rows, and records why."""
    from pipelines.analyse import analyse_page
    from pipelines.store import Archive

    db_path = tmp_path / "archive.db"
    crawl_portal("vankhe", db_path)
    wrong = {
        "https://vankhe.example.gov.vn/gioi-thieu": "other: no date, and the site menu links it",
        "https://vankhe.example.gov.vn/tu-khoa/nong-thon-moi":
            "other: a tag page; its main text is a teaser",
    }
    archive = Archive(db_path)
    rowids = []
    for url in wrong:
        page = next(archive.db.query("select id, sha256 from pages where url = ?", [url]))
        analysis = analyse_page(archive.raw_body(page["sha256"]), url)
        assert not analysis.is_article
        with archive.writing():  # what the code before the rules did with this page
            archive.store_article(page["id"], analysis.article)
            archive.mark_derived(page["id"], "ok", "new")
        rowids.append(next(archive.db.query("select search_key from articles where url = ?",
                                            [url]))["search_key"])
    about = "https://vankhe.example.gov.vn/gioi-thieu"
    assert archive.db["statistics"].count_where("article_url = ?", [about]) >= 3
    assert archive.db["article_places"].count_where("article_url = ?", [about]) >= 1
    # a file the wrongly stored page "attached": the file's document is the file's, not the page's
    document = next(archive.db["documents"].rows)
    with archive.writing():
        archive.db["documents"].update(document["sha256"], {"article_url": about})
    archive.close()

    result = run_cli("reprocess", "--db", str(db_path))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "2 retracted" in result.stdout
    db = sqlite_utils.Database(db_path)
    for table, column in (("articles", "url"), ("article_versions", "url"),
                          ("statistics", "article_url"),
                          ("document_refs", "article_url"), ("article_places", "article_url"),
                          ("images", "article_url"), ("attachments", "article_url")):
        assert db[table].count_where(f"{column} in (?, ?)", list(wrong)) == 0, table
    for rowid in rowids:
        assert db.execute("select count(*) from articles_search_docsize where id = ?",
                          [rowid]).fetchone()[0] == 0
    assert db["documents"].get(document["sha256"])["article_url"] is None  # kept, unpointed
    retractions = {row["url"]: row for row in db["retractions"].rows}
    assert set(retractions) == set(wrong)
    for url, reason in wrong.items():
        assert retractions[url]["reason"].startswith(reason) and retractions[url]["versions"] == 1
    _, gold = portal_gold("vankhe")
    assert {row["url"] for row in db["articles"].rows} == gold
    # every derived HTML page says what it is; the listings' teasers are recorded as listing links
    classes = dict(db.execute("select page_class, count(*) from pages where page_class is not null "
                              "group by page_class").fetchall())
    assert classes["article"] >= len(gold) and classes["listing"] >= 4 and classes["home"] >= 1
    listed = db.execute("select count(distinct article_url) from listing_links").fetchone()[0]
    assert listed == len(gold)
    # a second reprocess changes nothing
    again = run_cli("reprocess", "--db", str(db_path))
    assert "0 retracted" in again.stdout and f"{len(gold)} unchanged" in again.stdout


def test_a_story_whose_canonical_url_is_not_archived_is_kept_under_the_url_that_has_it(
        tmp_path: Path) -> None:
    """A featured story is served at a second path naming its own category's URL as
    canonical; when that URL answers 404 (moved, or a template that names a URL it does not
    serve), the second path is the story's only copy, and the crawl keeps it there."""
    site_dir = copy_portal("lacvan", tmp_path)
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    base, gold = portal_gold("lacvan")
    lost = next(m["path"] for m in manifest if m["path"].startswith("/tin-tuc-su-kien/")
                and base + m["path"] in gold and any(
                    n["path"] == "/tin-noi-bat/" + m["path"].split("/", 2)[2] for n in manifest))
    manifest = [m for m in manifest if m["path"] != lost]
    (site_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    db = crawl_portal("lacvan", tmp_path / "a.db", site_dir)
    second = base + "/tin-noi-bat/" + lost.split("/", 2)[2]
    assert {row["url"] for row in db["articles"].rows} == gold - {base + lost} | {second}
    row = next(db.query("select page_class, page_class_reason from pages where url = ? "
                        "order by id desc limit 1", [second]))
    assert row["page_class"] == "article" and "holds no story" in row["page_class_reason"]
    # the other featured stories' second paths stay duplicates, pointing at their story
    duplicates = list(db.query("select url, canonical_url from pages where page_class = "
                               "'duplicate' and url like '%/tin-noi-bat/%'"))
    assert duplicates and all(d["canonical_url"] in gold for d in duplicates)


def test_a_webforms_list_is_paged_by_posting_its_form_back_each_page_once(tmp_path: Path) -> None:
    """namlien's category lists page only by javascript:__doPostBack: the crawl posts the
    page's form with the pager's event (view state included, as the server demands), archives
    each page of a list once, marked POST, and so reaches the stories no GET link names."""
    _, gold = portal_gold("namlien")
    result, requests = crawl_served(PORTALS / "namlien", tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Deprecat" not in result.stderr  # built with form2request, as Scrapy 2.19 asks
    posts = [r for r in requests if r.startswith("POST ")]
    # two lists of three pages: pages 2 and 3 of each, once each
    assert sorted(posts) == sorted(f"POST /Default.aspx?tabid={tab} Page${n}"
                                   for tab in (57, 61) for n in (2, 3)), posts
    db = sqlite_utils.Database(tmp_path / "a.db")
    posted = list(db.query("select url, request_body, page_class from pages "
                           "where request_method = 'POST'"))
    assert len(posted) == 4 and all("__VIEWSTATE=" in p["request_body"] for p in posted)
    assert {p["page_class"] for p in posted} == {"listing"}
    assert {row["url"] for row in db["articles"].rows} == gold
    run = db["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished" and not json.loads(run["dropped"] or "{}")


def test_a_postback_pager_that_cannot_be_posted_is_a_counted_loss(tmp_path: Path) -> None:
    """The same lists with the form taken out of the pages: their further pages cannot be
    asked for, and the run says so (a drop per list, the run not complete) instead of
    finishing quietly with a third of the stories."""
    site_dir = copy_portal("namlien", tmp_path)
    for page in (site_dir / "pages").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        start = html.index('<form method="post"')
        html = html[:start] + html[html.index(">", start) + 1:]
        page.write_text(html.replace("</form>", ""), encoding="utf-8")
    _, gold = portal_gold("namlien")
    result, _ = crawl_served(site_dir, tmp_path / "a.db")
    db = sqlite_utils.Database(tmp_path / "a.db")
    run = db["crawl_runs"].get(1)
    assert json.loads(run["dropped"])["postback_without_form"] == 2 * 2  # pages 2, 3 of 2 lists
    # said where the operator reads it; a drop other than offsite/robots/URL length means the
    # run saw less than the whole site, so it proves nothing gone (pipelines/derive.py)
    assert "postback_without_form" in result.stdout + result.stderr
    from pipelines.derive import HARMLESS_DROPS
    assert "postback_without_form" not in HARMLESS_DROPS
    assert len({row["url"] for row in db["articles"].rows}) < len(gold)


def test_one_story_under_two_urls_without_a_canonical_link_is_stored_once(tmp_path: Path) -> None:
    """trangkhe names no canonical URL; its home page links one story with a parameter the
    portal ignores (served the same). The story is archived once, whichever URL the crawl
    reached first, and the other URL is recorded as its duplicate."""
    site_dir = copy_portal("trangkhe", tmp_path)
    story = "/cap-the-bao-hiem-y-te-cho-nguoi-dan-toc-thieu-so-244.html"
    variant = story + "?from=trangchu"
    home = site_dir / "pages" / "index.html"
    html = home.read_text(encoding="utf-8")
    home.write_text(html.replace(f'href="{story}"', f'href="{variant}"', 1), encoding="utf-8")
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    entry = next(m for m in manifest if m["path"] == story)
    manifest.append({**entry, "path": variant})
    (site_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    base, gold = portal_gold("trangkhe")
    db = crawl_portal("trangkhe", tmp_path / "a.db", site_dir)
    stored = {row["url"] for row in db["articles"].rows}
    pair = {base + story, base + variant}
    assert len(stored) == len(gold) and stored - pair == gold - pair
    assert len(stored & pair) == 1
    (kept,) = stored & pair
    (other,) = pair - {kept}
    row = next(db.query("select page_class, canonical_url from pages where url = ? "
                        "order by id desc limit 1", [other]))
    assert row == {"page_class": "duplicate", "canonical_url": kept}


def test_a_frameset_portal_is_crawled_through_its_frames_and_popups(tmp_path: Path) -> None:
    """dongson's root is a frameset (no link at all); its news list is also an inline frame
    of the main frame's page, one story is linked only through ``window.open``, every story's
    print page only through a popup. The crawl follows frames and inline frames of the site's
    own host and popups' literal URLs like links: every story archived once, each print page
    the duplicate of its story, and the run finished with nothing of the site dropped."""
    base, gold = portal_gold("dongson")
    result, requests = crawl_served(PORTALS / "dongson", tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    for path in ("/banner.htm", "/menu.htm", "/trangchu.htm", "/tinmoi.asp",
                 "/tin.asp?id=107", "/inbai.asp?id=107"):
        assert path in requests, path
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    prints = {row["url"]: row["page_class"] for row in db.query(
        "select url, page_class from pages where url like '%/inbai.asp?%'")}
    assert len(prints) == len(gold) and set(prints.values()) == {"duplicate"}
    classes = dict(db.execute("select url, page_class from pages where page_class is not null"
                              ).fetchall())
    assert classes[base + "/"] == "home" and classes[base + "/menu.htm"] == "other"
    run = db["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished"
    assert set(json.loads(run["dropped"] or "{}")) <= {"offsite"}  # the menu's chinhphu.vn link


def test_a_portal_writing_fresh_session_state_into_every_url_is_crawled_once(
        tmp_path: Path) -> None:
    """binhkhe (Oracle ADF): every link carries _afrLoop and _adf.ctrl-state, new in each
    response, and a page asked for without them redirects to itself with fresh ones. Followed
    verbatim that is an endless crawl; the crawl fetches each page once without them, archives
    it under that URL, finishes, and says how many session spellings it did not follow."""
    _, gold = portal_gold("binhkhe")
    result, requests = crawl_served(PORTALS / "binhkhe", tmp_path / "a.db",
                                    "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert {row["url"] for row in db["articles"].rows} == gold
    urls = [row["url"] for row in db["pages"].rows]
    assert len(urls) == len(set(urls)) and not [u for u in urls if "_afr" in u or "_adf" in u]
    asked = [r for r in requests if "_afrLoop" not in r]  # what the crawl asked for
    assert len(asked) == len(set(asked)) < 60
    run = db["crawl_runs"].get(1)
    assert run["finish_reason"] == "finished"
    dropped = json.loads(run["dropped"] or "{}")
    assert dropped.get("session_url", 0) > 100 and set(dropped) == {"session_url", "script_pager"}
    assert "links carry session state" in result.stderr
    # the documents table's page 2 is only an ADF event: said, and the only loss said
    assert dropped["script_pager"] == 1
    assert "crawl incomplete, requests dropped 1 by script_pager" in result.stderr
