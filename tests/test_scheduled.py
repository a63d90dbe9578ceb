"""The spider yields no second request for a URL the engine has scheduled already
(``crawler/scheduled.py``): the same fetches, rows and counters as when the dupefilter dropped
them, for less of the crawl process's CPU."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.utils.test import get_crawler

from crawler import settings as project
from crawler.scheduled import ScheduledUrls, dupefilter_would_drop
from district_archive.portals.sample import serve_site
from tests.conftest import SAMPLES, run_cli, serving_args

# What a page's archive row says about its fetch (ids and times aside; the server's Date and
# Last-Modified headers name the moment).
ROW = ("url, page_type, status, content_type, sha256, size, referer, link_text, depth, error, "
       "requested_url, redirect_urls, request_headers")


def crawl(db: Path, server, **settings) -> tuple[list[tuple], str, int]:
    """Crawl kienthuy one request at a time (so that every run fetches in one order); its
    pages' rows, the run's dropped counters and how many rows ``listing_links`` holds."""
    overrides = {"CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
                 "DERIVE_MODE": "off", **settings}
    result = run_cli("crawl", "--site", "kienthuy", "--db", str(db), "--log-level", "WARNING",
                     *serving_args({"kienthuy": server}),
                     env={**os.environ, "DISTRICT_ARCHIVE_SETTINGS": json.dumps(overrides)})
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        rows = conn.execute(f"select {ROW} from pages order by id").fetchall()
        dropped = conn.execute("select dropped from crawl_runs").fetchone()[0]
        links = conn.execute("select count(*) from listing_links").fetchone()[0]
    return rows, dropped, links


def test_a_crawl_without_the_repeated_requests_archives_the_same_rows(tmp_path: Path) -> None:
    server = serve_site(SAMPLES / "kienthuy")
    try:
        skipping = crawl(tmp_path / "skipping.db", server)
        without = dict(project.SPIDER_MIDDLEWARES, **{"crawler.scheduled.ScheduledUrls": None})
        every = crawl(tmp_path / "every.db", server, SPIDER_MIDDLEWARES=without)
    finally:
        server.stop()
    assert len(skipping[0]) > 20 and skipping[2] > 0
    assert skipping == every


def test_only_a_get_without_body_that_the_dupefilter_judges_counts() -> None:
    url = "https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien"
    assert dupefilter_would_drop(Request(url))
    assert not dupefilter_would_drop(Request(url, dont_filter=True))
    assert not dupefilter_would_drop(Request(url, method="POST", body=b"__EVENTTARGET=x"))


def test_off_under_another_scheduler_or_dupefilter() -> None:
    """The distributed crawl's Redis frontier decides duplicates its own way: nothing recorded,
    the spider yields every request."""
    with pytest.raises(NotConfigured):
        ScheduledUrls(get_crawler(settings_dict={
            "DUPEFILTER_CLASS": "crawler.distributed.components.FingerprintDupeFilter"}))
    assert ScheduledUrls(get_crawler()) is not None
