"""Polite by default; only a crawl answered entirely on 127.0.0.1 may relax."""
from __future__ import annotations

from crawler.runner import CrawlJob, job_settings
from crawler.sites import Site, get_site


def test_a_real_portal_gets_robots_one_request_at_a_time_a_delay_and_autothrottle():
    settings = job_settings(CrawlJob(get_site("vinhbao"), registered=True), db="a.db")
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert "DistrictNewsArchive" in settings.get("USER_AGENT")
    assert settings.getint("DOWNLOAD_MAXSIZE") <= 64 * 1024 * 1024
    assert settings.getint("RETRY_TIMES") >= 2


def test_a_sample_portal_resolved_to_loopback_is_crawled_fast():
    job = CrawlJob(get_site("kienthuy"), registered=True,
                   resolve={"kienthuy.haiphong.gov.vn": "http://127.0.0.1:8101",
                            "cdn.haiphong.gov.vn": "http://127.0.0.1:8101"})
    settings = job_settings(job, db="a.db")
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert not settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getbool("ROBOTSTXT_OBEY")  # robots.txt is obeyed even then
    # 8 at once to the host, and room for as many waiting in its slot, ready to go
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 8
    assert settings.getint("CONCURRENT_REQUESTS") == 16


def test_one_host_left_unresolved_keeps_the_crawl_polite():
    job = CrawlJob(get_site("kienthuy"), registered=True,
                   resolve={"kienthuy.haiphong.gov.vn": "http://127.0.0.1:8101"})  # CDN is real
    assert job_settings(job, db="a.db").getfloat("DOWNLOAD_DELAY") >= 1
    local = CrawlJob(Site.for_start_urls(["http://localhost:9/"]), registered=False)
    assert job_settings(local, db="a.db").getfloat("DOWNLOAD_DELAY") == 0


def test_registered_sites_have_no_depth_limit_but_generic_crawls_do():
    # A listing that only links "next page" is as deep as it is long.
    settings = job_settings(CrawlJob(get_site("vinhbao"), registered=True), db="a.db")
    assert settings.getint("DEPTH_LIMIT") == 0
    generic = CrawlJob(Site.for_start_urls(["https://portal.example/"]), registered=False)
    assert job_settings(generic, db="a.db").getint("DEPTH_LIMIT") > 0
