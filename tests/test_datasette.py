"""Datasette serves the crawled archive with our metadata (in-process client, then for real)."""
from __future__ import annotations

import json
import subprocess
import urllib.request

import pytest
from datasette.app import Datasette

from district_archive import METADATA
from district_archive.cli.serving import datasette_command
from district_archive.portals.loopback import base_url, free_port, wait_for_http
from tests.conftest import gold_articles


@pytest.fixture
def datasette(crawled_archive):
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    return Datasette([str(crawled_archive)], immutables=[], metadata=metadata,
                     settings={"sql_time_limit_ms": 3000})


@pytest.mark.asyncio
async def test_articles_json_lists_every_article_with_exact_titles(datasette):
    response = await datasette.client.get("/archive/articles.json?_shape=array&_size=max")
    assert response.status_code == 200
    titles = sorted(row["title"] for row in response.json())
    gold = sorted(g["title"] for site in ("kienthuy", "tankhe") for g in gold_articles(site))
    assert titles == gold


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["kien thuy", "Kiến Thụy", "Kiến Thuỵ", "KIEN THUY"])
async def test_search_box_finds_vietnamese_however_it_is_typed(datasette, query):
    response = await datasette.client.get("/archive/articles.json",
                                          params={"_search": query, "_shape": "array"})
    assert response.status_code == 200
    assert any("Kiến Thụy" in row["title"] or "Kiến Thuỵ" in row["title"]
               for row in response.json())


@pytest.mark.asyncio
async def test_metadata_describes_the_archive(datasette):
    response = await datasette.client.get("/-/metadata.json")
    assert response.json()["title"] == "District News Archive"
    page = await datasette.client.get("/archive/articles")
    assert "Clean body" in page.text  # column descriptions shown to researchers


def test_serve_command_answers_over_http(crawled_archive):
    port = free_port()
    process = subprocess.Popen(datasette_command(str(crawled_archive), port),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        rows = json.loads(wait_for_http(
            f"{base_url(port)}/archive/articles.json?_shape=array&_size=max", process=process))
        assert len(rows) == len(gold_articles("kienthuy")) + len(gold_articles("tankhe"))
        # Read-only: a write through the API or SQL is refused.
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{base_url(port)}/archive.json?sql=delete+from+articles")
    finally:
        process.terminate()
        process.wait(10)
