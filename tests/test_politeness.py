"""Polite by default; only a crawl answered entirely on 127.0.0.1 may relax."""
from __future__ import annotations

from crawler.runner import CrawlJob, derive_processes, job_settings, project_settings
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


def test_a_polite_crawl_runs_one_derive_process_and_an_unpaced_one_two():
    """One derive process keeps pace with a request every 2 s; a crawl nothing paces (the
    loopback politeness above) fetches faster than one derives: it gets two."""
    polite = job_settings(CrawlJob(get_site("vinhbao"), registered=True), db="a.db")
    loopback = job_settings(CrawlJob(get_site("kienthuy"), registered=True,
                                     resolve={"kienthuy.haiphong.gov.vn": "http://127.0.0.1:8101",
                                              "cdn.haiphong.gov.vn": "http://127.0.0.1:8101"}),
                            db="a.db")
    assert (derive_processes(polite), derive_processes(loopback)) == (1, 2)
    # an operator's unthrottled crawl of a real portal is unpaced too
    assert derive_processes(project_settings(DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False)) == 2
    assert derive_processes(project_settings(DOWNLOAD_DELAY=0)) == 1  # AutoThrottle paces it
    # the setting wins; no derive process when deriving is not a process's
    assert derive_processes(project_settings(DERIVE_PROCESSES=3, DOWNLOAD_DELAY=0)) == 3
    assert derive_processes(project_settings(DERIVE_PROCESSES=1, DOWNLOAD_DELAY=0,
                                             AUTOTHROTTLE_ENABLED=False)) == 1
    assert derive_processes(project_settings(DERIVE_MODE="inline")) == 0
