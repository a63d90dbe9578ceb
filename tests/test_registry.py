"""The site registry is data, and each family's URL patterns classify the sample portals."""
from __future__ import annotations

import json

import pytest

from crawler.sites import Site, UnknownSite, family_links, get_site, load_families, load_sites
from pipelines.extract import load_profiles
from tests.conftest import ROOT, SAMPLES

FIXTURES = ROOT / "tests" / "fixtures"


def test_registry_has_the_samples_and_the_real_hai_phong_units():
    sites = load_sites()
    assert sites["kienthuy"].sample == "kienthuy"
    assert sites["kienthuy"].family == "haiphong-2024"
    assert sites["tankhe"].family == "sharepoint-2013"
    hai_phong = [s for s in sites.values() if s.host.endswith(".haiphong.gov.vn")]
    assert len(hai_phong) >= 15
    assert all(s.family == "haiphong-2024" and s.base_url.startswith("https://") for s in hai_phong)
    assert "cdn.haiphong.gov.vn" in sites["vinhbao"].asset_hosts


def test_unknown_site_names_the_known_ones():
    with pytest.raises(UnknownSite) as info:
        get_site("nowhere")
    assert "kienthuy" in str(info.value) and "tankhe" in str(info.value)


@pytest.mark.parametrize("site_id", ["kienthuy", "tankhe"])
def test_family_patterns_classify_every_gold_article_and_no_listing_as_article(site_id):
    site = get_site(site_id)
    links = family_links(site.family)
    gold_paths = {json.loads(p.read_text(encoding="utf-8"))["path"]
                  for p in (SAMPLES / site_id / "gold").glob("*.json")}
    manifest = json.loads((SAMPLES / site_id / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest:
        path = entry["path"]
        if path in gold_paths:
            assert links.classify(path) == "article", path
        elif entry.get("content_type", "").startswith("text/html") and path != "/":
            assert links.classify(path) != "article", path


def test_one_list_of_family_ids_for_link_discovery_and_extraction():
    """A family id names one template in both registries: every family the crawler can find
    links for has an extraction profile, and every profile has link rules ('generic' is the
    crawler's name for "no profile": the extractor's generic path)."""
    crawled = set(load_families()) - {"generic"}
    assert crawled == set(load_profiles())
    registered = {s.family for s in load_sites().values()}
    fixtures = {json.loads(p.read_text(encoding="utf-8"))["family"]
                for p in FIXTURES.glob("*/site.json")} - {None}
    assert registered | fixtures <= crawled | {"generic"}


@pytest.mark.parametrize("folder", sorted(
    p.parent.name for p in FIXTURES.glob("*/site.json")
    if json.loads(p.read_text(encoding="utf-8"))["family"]))
def test_family_patterns_classify_every_modelled_article_as_article(folder):
    family = json.loads((FIXTURES / folder / "site.json").read_text(encoding="utf-8"))["family"]
    links = family_links(family)
    assert links.id == family
    for gold in (FIXTURES / folder / "gold").glob("*.json"):
        path = json.loads(gold.read_text(encoding="utf-8"))["path"]
        assert links.classify(path) == "article", path


def test_start_url_site_is_confined_to_host_and_port():
    site = Site.for_start_urls(["http://127.0.0.1:8123/tin-tuc?page=2"])
    assert site.family == "generic"
    assert site.netloc == "127.0.0.1:8123"
    assert site.start_urls == ["http://127.0.0.1:8123/tin-tuc?page=2"]
    with pytest.raises(ValueError, match="not an http"):
        Site.for_start_urls(["ftp://example.org/"])
    with pytest.raises(ValueError, match="share one host and port"):
        Site.for_start_urls(["http://a.example/", "http://b.example/"])
