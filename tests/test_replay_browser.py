"""The replay view in a real browser (Debian's headless Chromium, as tests/test_browser.py drives
it): `district-archive serve` on the crawled sample archive, whose portal servers stopped when the
crawl ended. The article page shows its photos from the archive, the "as it looked" frame renders
the archived page with its archived photos, and every request the browser makes, from the page
and from the frame, goes to the archive's server."""
from __future__ import annotations

import sqlite3
from urllib.parse import urlencode

from tests.test_browser import browser, page, served, shoot  # noqa: F401  (pytest fixtures)

ALL_LOADED = """els => els.length > 0 && els.every(i => i.complete && i.naturalWidth > 0)"""


def test_replay_renders_archived_photos_and_nothing_leaves_the_archive(served, page,  # noqa: F811
                                                                       tmp_path):
    base, db = served
    conn = sqlite3.connect(db)
    url, page_id, photos = conn.execute(
        "select a.url, a.page_id, count(i.sha256) from articles a join images i on "
        "i.article_url = a.url where i.sha256 is not null group by a.url order by a.url "
        "limit 1").fetchone()
    conn.close()
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))

    page.goto(base + "/archive/-/article?" + urlencode({"url": url}))
    body_images = page.locator("#article-body img")
    assert body_images.count() == photos
    page.wait_for_function(ALL_LOADED, arg=body_images.element_handles())
    assert all(src.startswith("/archive/-/copy/")
               for src in (body_images.nth(k).get_attribute("src") for k in range(photos)))

    holder = page.locator("#replay-frame")
    holder.scroll_into_view_if_needed()  # the frame loads lazily
    frame = holder.element_handle().content_frame()
    frame.wait_for_load_state("load")
    assert frame.url == f"{base}/archive/-/replay/{page_id}"
    framed = frame.locator("img[src*='/-/copy/']")
    assert framed.count() == photos
    frame.wait_for_function(ALL_LOADED, arg=framed.element_handles())
    assert frame.locator("h1").first.inner_text()  # the portal's own page, title and all
    # dressed by the portal's archived stylesheet (sample_portals/kienthuy: portal.css)
    assert frame.locator("h1.article-title").evaluate(
        "h => getComputedStyle(h).color") == "rgb(11, 79, 156)"
    shoot(page, "replay-frame", tmp_path)

    # Opened on its own, the replay is still sandboxed and still loads only archived copies.
    response = page.goto(f"{base}/archive/-/replay/{page_id}")
    assert "sandbox" in response.headers["content-security-policy"]
    alone = page.locator("img[src*='/-/copy/']")
    page.wait_for_function(ALL_LOADED, arg=alone.element_handles())
    shoot(page, "replay", tmp_path, full_page=True)

    assert requests and any("/-/copy/" in r for r in requests)
    outside = [r for r in requests if not r.startswith(base + "/")]
    assert outside == [], outside
    assert not page.console_errors, page.console_errors
