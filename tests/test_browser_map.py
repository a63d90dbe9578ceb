"""The map of articles by unit (datasette-cluster-map) drawn in headless Chromium by
`district-archive serve` on the crawled sample archive: every unit a marker (or inside a
cluster), and not one request leaving 127.0.0.1 (the tiles are configured in the metadata).

With UPDATE_SCREENSHOTS=1 the screenshot is written to docs/screenshots/map.png (the README shows
it). Chromium, the server and the browser fixtures are those of tests/test_browser.py.
"""
from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

from tests.test_browser import browser, page, served, shoot  # noqa: F401 (fixtures)


def test_the_map_of_articles_by_unit_draws_every_unit(served, page, tmp_path):  # noqa: F811
    base, db = served
    with sqlite3.connect(db) as conn:
        units = conn.execute("select count(distinct unit_id) from article_units").fetchone()[0]
    assert units >= 8
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base + "/archive/articles_by_unit_map?site=&province=")
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon")
    # Each marker is a unit, or a cluster icon whose number says how many units it holds.
    page.wait_for_function(
        """n => [...document.querySelectorAll('.leaflet-marker-icon')].reduce(
             (sum, icon) => sum + (icon.classList.contains('marker-cluster')
                                   ? parseInt(icon.innerText, 10) : 1), 0) === n""",
        arg=units)
    page.wait_for_load_state("networkidle")
    assert page.locator(".leaflet-tile-loaded").count() > 0  # the configured (blank) tiles
    outside = {urlsplit(url).netloc for url in requested
               if not url.startswith(base) and not url.startswith("data:")}
    assert not outside, outside  # no tile server, no CDN: the archive serves offline
    assert not page.console_errors, page.console_errors
    page.wait_for_timeout(500)  # Leaflet fades tiles in
    shoot(page, "map", tmp_path, full_page=True)

    # A marker's popup names the unit before and after the reform and links to its articles.
    page.goto(base + "/archive/articles_by_unit_map?site=kienthuy&province=h%E1%BA%A3i+ph%C3%B2ng")
    page.wait_for_selector(".leaflet-marker-icon")
    page.evaluate("""() => {
        const icons = [...document.querySelectorAll('.leaflet-marker-icon')];
        const single = icons.find(i => !i.classList.contains('marker-cluster'));
        (single || icons[0]).click();
    }""")
    if not page.locator(".leaflet-popup-content").count():  # a cluster: zoomed in, click again
        page.wait_for_timeout(800)
        page.locator(".leaflet-marker-icon:not(.marker-cluster)").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "now " in popup.inner_text() and "Hải Phòng" in popup.inner_text()
    link = popup.locator("a").get_attribute("href")
    assert link.startswith("articles_about_unit?unit=")
    page.goto(base + "/archive/" + link)
    assert page.locator("table.rows-and-columns tbody tr").count() >= 1
