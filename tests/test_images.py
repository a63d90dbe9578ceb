"""An article's photos archived like every response, and shown from the archive (issue 16).

Real sample portals on 127.0.0.1, real crawls through the CLI, the real Datasette plugin; the
portal servers are stopped before the archive is read, so whatever the pages show comes from
the archive."""
from __future__ import annotations

import hashlib
import re
import socket
import sqlite3
from urllib.parse import urlencode, urlsplit

import pytest

from district_archive.portals.sample import load_manifest, serve_site
from district_archive.serving import replay
from pipelines.extract import extract_article
from tests.conftest import (
    BASES,
    SAMPLES,
    crawl_kienthuy,
    edit_manifest,
    gold_articles,
    run_cli,
    serving_args,
)
from tests.test_datasette_queries import copy_archive, edit, make_datasette

SITES = ("kienthuy", "tankhe")
# Chrome the sample pages show (banner, advertisements, a prefetch sprite): never requested.
CHROME = re.compile(r"banner|quangcao|QuangCao|spcommon|favicon|no-image")


def gold_photos(site: str) -> dict[str, list[tuple[str, bytes]]]:
    """Gold article URL -> its body photos: (src as the page writes it, the served bytes)."""
    manifest = load_manifest(SAMPLES / site)
    photos = {}
    for gold in gold_articles(site):
        url = BASES[site] + gold["path"]
        page = (SAMPLES / site / manifest[gold["path"]]["file"]).read_bytes()
        found = []
        for image in extract_article(page, url).images:
            parts = urlsplit(replay.absolute(url, image.src) or "")
            entry = manifest[parts.path + (f"?{parts.query}" if parts.query else "")]
            found.append((image.src, (SAMPLES / site / entry["file"]).read_bytes()))
        photos[url] = found
    return photos


@pytest.fixture(scope="module")
def crawled_offline(tmp_path_factory):
    """Both sample portals crawled from servers of this test, which are stopped before the
    archive is read: (archive path, request targets each server received)."""
    root = tmp_path_factory.mktemp("images")
    db = root / "archive.db"
    servers = {site: serve_site(SAMPLES / site) for site in SITES}
    try:
        result = run_cli("crawl", *[a for s in SITES for a in ("--site", s)], "--db", str(db),
                         "--log-level", "WARNING", *serving_args(servers))
        assert result.returncode == 0, result.stderr[-3000:]
    finally:
        for server in servers.values():
            server.stop()
    for server in servers.values():  # unreachable now
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(server.server.server_address, timeout=1).close()
    served = copy_archive(db, root / "served.db")
    return served, {site: list(server.requests) for site, server in servers.items()}


@pytest.fixture(scope="module")
def ds(crawled_offline):
    return make_datasette(crawled_offline[0])


def test_every_gold_photo_is_archived_and_chrome_is_not_fetched(crawled_offline):
    db, requests = crawled_offline
    conn = sqlite3.connect(db)
    total = 0
    for site in SITES:
        for url, photos in gold_photos(site).items():
            rows = conn.execute("select src, sha256, content_type, size, page_id from images "
                                "where article_url = ? order by id", [url]).fetchall()
            assert [r[0] for r in rows] == [src for src, _ in photos], url
            for (src, data), (_, digest, kind, size, page_id) in zip(photos, rows, strict=True):
                assert digest == hashlib.sha256(data).hexdigest(), src
                assert (kind, size) == ("image/jpeg", len(data))
                page = conn.execute("select page_type, status, extract_status, outcome, "
                                    "sha256 from pages where id = ?", [page_id]).fetchone()
                assert page == ("image", 200, "ok", None, digest)  # never an article
                total += 1
        chrome = [target for target in requests[site] if CHROME.search(target)]
        assert chrome == [], chrome  # banners, ads and sprites are the portal's, not the article's
    assert total == 8
    # The pages' stylesheets, for the replay (SharePoint's /_layouts/ one is robots-forbidden).
    sheets = conn.execute("select site, count(*) from pages where page_type = 'stylesheet' and "
                          "status = 200 and extract_status = 'skipped' group by site").fetchall()
    assert dict(sheets) == {"kienthuy": 3, "tankhe": 1}
    # An image is derived as one: no article, listing or document comes out of it.
    assert conn.execute("select count(*) from articles where url in "
                        "(select url from pages where page_type = 'image')").fetchone()[0] == 0


def article_path(url: str) -> str:
    return "/archive/-/article?" + urlencode({"url": url})


@pytest.mark.asyncio
async def test_the_article_page_shows_its_photos_from_the_archive(ds):
    for site in SITES:
        for url, photos in gold_photos(site).items():
            page = (await ds.client.get(article_path(url))).text
            body = page.split('id="article-body"', 1)[1].split("</div>", 1)[0]
            sources = re.findall(r'<img[^>]*\bsrc="([^"]+)"', body)
            assert len(sources) == len(photos), url
            csp = (await ds.client.get(article_path(url))).headers["content-security-policy"]
            assert "img-src 'self';" in csp  # nothing but the archive's own copies loads
            for source, (_src, data) in zip(sources, photos, strict=True):
                assert source.startswith("/archive/-/copy/")
                response = await ds.client.get(source)
                assert response.status_code == 200
                assert response.content == data
                assert response.headers["content-type"] == "image/jpeg"
                assert response.headers["x-content-type-options"] == "nosniff"
                assert "content-disposition" not in response.headers
            data = (await ds.client.get("/archive/-/article.json?" + urlencode({"url": url}))
                    ).json()
            assert [i["original"] for i in data["images"]] == [src for src, _ in photos]
            for image, (_, content) in zip(data["images"], photos, strict=True):
                assert image["archived"].endswith(
                    "/archive/-/copy/" + hashlib.sha256(content).hexdigest())
            assert all(list(image)[:2] == ["archived", "original"] for image in data["images"])


@pytest.mark.asyncio
async def test_attachments_point_at_their_archived_copy_first(ds, crawled_offline):
    conn = sqlite3.connect(crawled_offline[0])
    url, _name, digest, original = conn.execute(
        "select article_url, name, sha256, url from attachments where sha256 is not null "
        "order by id limit 1").fetchone()
    page = (await ds.client.get(article_path(url))).text
    section = page.split('id="attachments"', 1)[1]
    assert section.index(f"/archive/-/copy/{digest}") < section.index("original ↗")
    response = await ds.client.get(f"/archive/-/copy/{digest}")
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.content[:4] == b"%PDF"
    data = (await ds.client.get("/archive/-/article.json?" + urlencode({"url": url}))).json()
    assert data["attachments"][0]["archived"].endswith(digest)
    assert data["attachments"][0]["original"] == original


HOSTILE = {
    "svg": (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml"),
    "html": (b"<html><script>alert(1)</script></html>", "image/jpeg"),  # a lying portal
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.asyncio
async def test_an_image_that_could_run_script_is_only_a_download(crawled_offline, tmp_path, case):
    data, declared = HOSTILE[case]
    db = copy_archive(crawled_offline[0], tmp_path / "archive.db")
    digest = hashlib.sha256(data).hexdigest()
    edit(db, ("insert into blobs (sha256, size, compression, data) values (?, ?, null, ?)",
              [digest, len(data), data]),
         (("insert into pages (url, page_type, status, content_type, sha256, size, fetched_at) "
          "values ('https://cdn.haiphong.gov.vn/x/photo.jpg', 'image', 200, ?, ?, ?, "
          "'2024-01-01T00:00:00Z')"), [declared, digest, len(data)]))
    response = await make_datasette(db).client.get(f"/archive/-/copy/{digest}")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["content-type"] != "text/html"
    assert "sandbox" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.asyncio
async def test_replay_renders_from_the_archive_alone(ds, crawled_offline):
    conn = sqlite3.connect(crawled_offline[0])
    url, page_id = conn.execute(
        "select a.url, a.page_id from articles a where exists (select 1 from images i "
        "where i.article_url = a.url) order by a.url limit 1").fetchone()
    page = (await ds.client.get(article_path(url))).text
    frame = re.search(r'<iframe[^>]*id="replay-frame"[^>]*>', page).group(0)
    assert f'src="/archive/-/replay/{page_id}"' in frame
    sandbox = re.search(r'sandbox="([^"]*)"', frame).group(1)
    assert "allow-scripts" not in sandbox and "allow-same-origin" not in sandbox
    response = await ds.client.get(f"/archive/-/replay/{page_id}")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'")
    assert "img-src http://localhost/archive/-/copy/;" in csp
    assert re.search(r"(^|; )sandbox( |;|$)", csp) and "allow-scripts" not in csp
    html = response.text
    assert "<script" not in html.lower()
    references = re.findall(r'\b(?:src|href|background)="([^"]*)"', html)
    assert references
    # every reference the page keeps is the archive's own
    assert all(ref.startswith(("/archive/-/", "http://localhost/archive/-/"))
               for ref in references), [r for r in references if "/archive/-/" not in r]
    pictures = re.findall(r'<img[^>]*\bsrc="([^"]*/-/copy/[^"]*)"', html)
    assert len(pictures) == conn.execute("select count(*) from images where article_url = ? "
                                         "and sha256 is not null", [url]).fetchone()[0] >= 1
    for picture in pictures:
        shown = await ds.client.get(picture.removeprefix("http://localhost"))
        assert shown.status_code == 200 and shown.headers["content-type"] == "image/jpeg"
    # the portal's stylesheets, from their archived copies, as CSS
    sheets = re.findall(r'<link [^>]*href="([^"]*)"', html)
    assert len(sheets) == 3 and all("/archive/-/copy/" in sheet for sheet in sheets)
    for sheet in sheets:
        css = await ds.client.get(sheet.removeprefix("http://localhost"))
        assert css.headers["content-type"] == "text/css; charset=utf-8"
    # its attachments' links download their archived copies
    files = conn.execute("select sha256 from attachments where article_url = ? and sha256 is "
                         "not null", [url]).fetchall()
    for (digest,) in files:
        assert re.search(rf'<a [^>]*href="[^"]*/-/copy/{digest}"', html)


def test_replay_rewrite_leaves_nothing_that_leaves_the_archive():
    page = """<!doctype html><html><head><base href="https://evil.example/">
    <meta http-equiv="refresh" content="0;url=https://evil.example/">
    <link rel="stylesheet" href="/theme.css"><link rel="icon" href="/favicon.ico">
    <link rel="preload" href="https://evil.example/x.js"><script src="/app.js"></script>
    <style>p { color: red }</style></head>
    <body onload="alert(1)" background="/bg.png"><img src="/photo.jpg" srcset="/big.jpg 2x">
    <img src="https://ads.example/ad.png" alt="ad"><iframe src="https://evil.example/"></iframe>
    <a href="/tin/1">known</a> <a href="https://other.example/">other</a> tail text
    <svg><image href="https://evil.example/t.png"/></svg><object data="/x.swf"></object>
    <video src="/v.mp4" poster="/p.jpg"></video></body></html>"""
    root = replay.parse_page(page)
    pictures, sheets, _links = replay.resource_urls(root, "https://portal.example/tin/2")
    assert "https://portal.example/photo.jpg" in pictures
    assert sheets == ["https://portal.example/theme.css"]
    copies = {"https://portal.example/photo.jpg": "/archive/-/copy/abc"}
    out = replay.rewrite(root, "https://portal.example/tin/2", copies,
                         lambda u: "/archive/-/article?url=x" if u.endswith("/tin/1") else None)
    assert 'src="/archive/-/copy/abc"' in out
    assert "tail text" in out and "known" in out and "other" in out
    for gone in ("evil.example\"", "<script", "<iframe", "<object", "<video", "srcset", "onload",
                 "http-equiv", "theme.css", "favicon", "ads.example/ad.png\"", "bg.png",
                 "<base", "x.js"):
        assert gone not in out, gone
    urls = re.findall(r'\b(?:src|href|background|data|poster)="([^"]*)"', out)
    assert urls and all(u.startswith("/archive/-/") for u in urls), urls


def test_an_incremental_crawl_retries_a_failed_photo_and_refetches_none(kienthuy_served,
                                                                         tmp_path):
    db = tmp_path / "archive.db"
    broken = ("/gov-hpg/SiteFolders/kienthuy/6851/tintuc/2024/1/"
              "image638422071238815520.jpeg?maxwidth=1000")

    def status(value):
        return lambda entries: [{**e, "status": value} if e["path"] == broken else e
                                for e in entries]

    edit_manifest(kienthuy_served.site_dir, status(503))
    crawl_kienthuy(db, kienthuy_served)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from images where sha256 is null").fetchone()[0] == 1
    failed = conn.execute("select error from pages where page_type = 'image' and url like ?",
                          ["%image638422071238815520%"]).fetchall()
    assert failed and all(row[0] and "503" in row[0] for row in failed)  # recorded

    edit_manifest(kienthuy_served.site_dir, status(200))
    kienthuy_served.requests.clear()
    crawl_kienthuy(db, kienthuy_served, "--incremental")
    photos = [t for t in kienthuy_served.requests if "/tintuc/" in t and "image63" in t]
    assert photos == [broken]  # the failed one again; none of the four archived
    assert conn.execute("select count(*) from images where sha256 is null").fetchone()[0] == 0
    assert conn.execute("select count(*) from images").fetchone()[0] == 5


def test_no_images_fetches_no_photo(kienthuy_served, tmp_path):
    db = tmp_path / "archive.db"
    crawl_kienthuy(db, kienthuy_served, "--no-images")
    assert not [t for t in kienthuy_served.requests if "image63" in t]
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from pages where page_type = 'image'").fetchone()[0] == 0
    assert conn.execute("select count(*) from images").fetchone()[0] == 5  # known, not copied
    assert conn.execute("select count(*) from images where sha256 is null").fetchone()[0] == 5


@pytest.mark.asyncio
async def test_a_photo_answered_with_no_picture_is_archived_but_not_shown(kienthuy_served,
                                                                           tmp_path):
    """A portal answering 200 with an error page for a photo: the fetch is archived, but the
    article keeps no copy to show (a broken image), so it links the original and the next
    crawl asks again."""
    db = tmp_path / "archive.db"
    photo = ("/gov-hpg/SiteFolders/kienthuy/6851/tintuc/2024/6/"
             "image638545124907731286.jpeg?maxwidth=1000")
    edit_manifest(kienthuy_served.site_dir, lambda entries: [
        {**e, "file": "pages/index.html"} if e["path"] == photo else e for e in entries])
    crawl_kienthuy(db, kienthuy_served)
    conn = sqlite3.connect(db)
    url, digest = conn.execute("select article_url, sha256 from images where fetched_url "
                               "like ?", ["%image638545124907731286%"]).fetchone()
    assert digest is None
    assert conn.execute("select status, extract_status from pages where page_type = 'image' "
                        "and url like ?", ["%image638545124907731286%"]).fetchone() == (
        200, "skipped")  # derived as what it is: not a picture
    page = (await make_datasette(copy_archive(db, tmp_path / "served.db")).client.get(
        article_path(url))).text
    body = page.split('id="article-body"', 1)[1].split("</div>", 1)[0]
    assert "<img" not in body and "image-original" in body

    edit_manifest(kienthuy_served.site_dir, lambda entries: [
        {**e, "file": "files/photos" + photo.split("?")[0]} if e["path"] == photo else e
        for e in entries])
    kienthuy_served.requests.clear()
    crawl_kienthuy(db, kienthuy_served, "--incremental")
    assert [t for t in kienthuy_served.requests if "image63" in t] == [photo]
    assert conn.execute("select count(*) from images where sha256 is null").fetchone()[0] == 0
