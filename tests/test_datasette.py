"""Datasette serves the crawled archive with our metadata (in-process client, then for real)."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request

import pytest
from datasette.app import Datasette

from district_archive import METADATA
from district_archive.cli import datasette_command
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
    assert any("Kiến Thụy" in row["title"] or "Kiến Thuỵ" in row["title"] for row in response.json())


@pytest.mark.asyncio
async def test_metadata_describes_the_archive(datasette):
    response = await datasette.client.get("/-/metadata.json")
    assert response.json()["title"] == "District News Archive"
    page = await datasette.client.get("/archive/articles")
    assert "Clean body" in page.text  # column descriptions shown to researchers


def test_serve_command_answers_over_http(crawled_archive):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(datasette_command(str(crawled_archive), port),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/archive/articles.json?_shape=array&_size=max"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    rows = json.load(response)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not answer")
        assert len(rows) == len(gold_articles("kienthuy")) + len(gold_articles("tankhe"))
        # Read-only: a write through the API or SQL is refused.
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/archive.json?sql=delete+from+articles")
    finally:
        process.terminate()
        process.wait(10)
