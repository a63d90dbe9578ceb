"""Hostile pages served safely: an article carrying <script>, onerror= and javascript: links is
kept raw in the archive but is inert everywhere Datasette renders it, and error pages name no
file on the server.

"Inert" is checked on the parsed HTML, not by string search (Datasette's own pages carry their
own scripts): no <script> holding the payload, no on* attribute, no javascript: URL in href,
src, action or style.
"""
from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request

import lxml.html
import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from district_archive import METADATA, ROOT
from district_archive.cli.serving import datasette_command
from district_archive.portals.faults import HOSTILE_EXTRA, article_html
from district_archive.portals.loopback import base_url, free_port, wait_for_http
from pipelines.analyse import analyse_page
from pipelines.store import Archive

URL = "https://kienthuy.haiphong.gov.vn/tin-tuc-su-kien/bai-doc-hai-897001"
# A title that *says* <script> (escaped in the page): stored as text, shown as text.
TITLE_TEXT = "nhiệm vụ số 7 &lt;script&gt;alert('title')&lt;/script&gt;"
PAYLOAD_MARKERS = ("alert(", "document.cookie")
# What an older extractor (or a hand edit) might have left in body_html: the article page must
# sanitise it again, the table pages must show it as text.
OLD_BODY_HTML = ('<p>Nội dung <img src="x" onerror="alert(10)"></p><script>alert(11)</script>'
                 '<a href="javascript:alert(12)">xem</a><a href=" JaVaScRiPt:alert(13)">tải</a>'
                 '<svg onload="alert(14)"></svg><form action="javascript:alert(15)"></form>')


def live_payloads(page: str) -> list[str]:
    """Places where the hostile markup would run in a browser."""
    if not page.strip():
        return []
    root = lxml.html.document_fromstring(page)
    found = []
    for script in root.iter("script"):
        if any(m in (script.text or "") for m in PAYLOAD_MARKERS):
            found.append(f"<script>{(script.text or '')[:60]}")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            compact = "".join(value.split()).lower()
            scripted = ("javascript:" in compact if name.lower() == "style"
                        else compact.startswith(("javascript:", "vbscript:", "data:text/html")))
            if name.lower().startswith("on") or scripted:
                found.append(f"<{element.tag} {name}={value[:40]!r}>")
    return found


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    """An archive holding one hostile article the way the crawl pipelines store it, plus
    hostile values in the columns an older extractor could have filled."""
    db_path = tmp_path_factory.mktemp("hostile") / "archive.db"
    raw = article_html(7, extra=HOSTILE_EXTRA).replace("nhiệm vụ số 7", TITLE_TEXT).encode()
    archive = Archive(db_path)
    archive.upsert_site({"id": "kienthuy", "name": "Kiến Thụy", "family": "haiphong-2024",
                         "base_url": "https://kienthuy.haiphong.gov.vn"})
    run = archive.start_run("kienthuy", "full")
    page_id = archive.store_page(run, {
        "url": URL, "site": "kienthuy", "page_type": "article", "status": 200,
        "headers": {"Content-Type": ["text/html; charset=utf-8"]}, "body": raw,
        "fetched_at": "2024-03-12T01:00:00Z", "link_text": "<script>alert(20)</script>"})
    analysis = analyse_page(raw, URL, site="kienthuy", family="haiphong-2024")
    archive.store_article(page_id, analysis.article, seen_at="2024-03-12T01:00:00Z")
    archive.mark_derived(page_id, "ok", "new")
    archive.db["articles"].update(URL, {"body_html": OLD_BODY_HTML})
    archive.db["attachments"].insert({"article_url": URL, "url": "javascript:alert(16)",
                                      "name": '<img src=x onerror="alert(17)">',
                                      "fetched_url": "javascript:alert(16)"})
    archive.db["images"].insert({"article_url": URL, "src": "javascript:alert(18)",
                                 "caption": "<script>alert(19)</script>"})
    archive.finish_run(run, finish_reason="finished")
    sha256 = archive.db["pages"].get(page_id)["sha256"]
    archive.close()
    return {"db": db_path, "raw": raw, "sha256": sha256}


@pytest.fixture
def datasette(hostile_archive):
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    return Datasette([str(hostile_archive["db"])], immutables=[], metadata=metadata,
                     settings={"sql_time_limit_ms": 3000})


def test_the_inertness_check_sees_live_payloads():
    page = f"<html><body>{OLD_BODY_HTML}<p style='x:url(javascript:alert(1))'></p></body></html>"
    assert len(live_payloads(page)) == 7
    assert live_payloads("<a href='https://x.test/javascript:alert(1)'>x</a>") == []


def test_the_raw_page_keeps_every_hostile_byte(hostile_archive):
    archive = Archive(hostile_archive["db"])
    assert archive.raw_body(hostile_archive["sha256"]) == hostile_archive["raw"]
    archive.close()
    for marker in (b"<script>", b"onerror=", b"javascript:", b"JaVaScRiPt:"):
        assert marker in hostile_archive["raw"]


@pytest.mark.asyncio
async def test_every_table_page_shows_hostile_values_as_text(datasette, hostile_archive):
    db = datasette.get_database("archive")
    tables = [t for t in await db.table_names() if not t.startswith(("articles_fts", "articles_search"))]
    assert {"articles", "pages", "attachments", "images", "article_versions"} <= set(tables)
    for table in tables:
        response = await datasette.client.get(f"/archive/{table}")
        assert response.status_code == 200, table
        assert live_payloads(response.text) == [], table
    page = (await datasette.client.get("/archive/articles")).text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page  # shown, as text


@pytest.mark.asyncio
async def test_row_search_and_canned_query_pages_are_inert(datasette):
    paths = [f"/archive/articles/{tilde_encode(URL)}", "/archive/articles?_search=alert",
             "/archive/articles?_search=kien+thuy", "/archive/pages?_facet=page_type"]
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    for name, query in metadata["databases"]["archive"].get("queries", {}).items():
        params = {p: "" for p in query.get("params", [])}
        params.update({k: v for k, v in {"q": "alert", "url": URL, "site": "kienthuy"}.items()
                       if k in params})
        paths.append(f"/archive/{name}?" + "&".join(f"{k}={v}" for k, v in params.items()))
    for path in paths:
        response = await datasette.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        assert live_payloads(response.text) == [], path


@pytest.mark.asyncio
async def test_the_article_page_resanitises_the_body_and_forbids_scripts(datasette):
    response = await datasette.client.get("/archive/-/article", params={"url": URL})
    assert response.status_code == 200
    assert live_payloads(response.text) == []
    directives = dict(d.strip().partition(" ")[::2]
                      for d in response.headers["content-security-policy"].split(";"))
    script_src = directives.get("script-src", directives.get("default-src", "*"))
    # Only named scripts (a hash or none) may run: never inline markup, never any host.
    assert "'unsafe-inline'" not in script_src and "*" not in script_src.split()
    assert "http:" not in script_src and "https:" not in script_src
    assert "Nội dung" in response.text  # the text of the body survives the sanitiser


@pytest.mark.asyncio
async def test_json_and_the_raw_copy_are_never_html(datasette, hostile_archive):
    response = await datasette.client.get("/archive/articles.json?_shape=array")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers.get("x-content-type-options") == "nosniff"
    assert any("<script>" in (row["title"] or "") for row in response.json())  # data, verbatim
    raw = await datasette.client.get(f"/archive/-/raw/{hostile_archive['sha256']}")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/plain")
    assert "sandbox" in raw.headers["content-security-policy"]
    assert raw.headers.get("x-content-type-options") == "nosniff"
    assert raw.content == hostile_archive["raw"]


ERROR_PATHS = ["/archive/no_such_table", "/archive.json?sql=select+*+from+no_such_table",
               "/archive?sql=select+load_extension('/etc/passwd')",
               "/archive/-/article?url=https://nowhere.test/", "/archive/-/raw/" + "0" * 64,
               "/archive/articles/no-such-row", "/no-such-database", "/archive/-/article",
               "/archive.json?sql=delete+from+articles", "/archive.json?sql=select+1+from"]


@pytest.mark.asyncio
async def test_error_pages_name_no_file_or_secret(datasette, hostile_archive):
    folder = str(hostile_archive["db"].parent)
    for path in ERROR_PATHS:
        response = await datasette.client.get(path)
        assert response.status_code >= 400, path
        for leak in (folder, str(ROOT), "Traceback", 'File "'):
            assert leak not in response.text, (path, leak)


@pytest.mark.asyncio
async def test_no_page_names_the_archive_file_on_the_server(datasette, hostile_archive):
    folder = str(hostile_archive["db"].parent)
    for path in ["/-/databases.json", "/archive.json?sql=select+file+from+pragma_database_list()"]:
        assert folder not in (await datasette.client.get(path)).text, path


def test_serve_is_read_only_time_limited_and_leaks_nothing(hostile_archive):
    """The real `district-archive serve` command line: immutable, SQL cut off at 3 s."""
    port = free_port()
    process = subprocess.Popen(datasette_command(str(hostile_archive["db"]), port),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = base_url(port)

    def get(path: str) -> tuple[int, str, float]:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(base + path, timeout=20) as response:
                return response.status, response.read().decode(), time.monotonic() - started
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), time.monotonic() - started

    try:
        wait_for_http(base + "/-/versions.json", process=process)
        endless = ("/archive.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1"
                   "+from+c)+select+count(*)+from+c")
        status, body, seconds = get(endless)
        assert status >= 400 and seconds < 10, (status, seconds)
        assert "interrupted" in body.lower() or "time limit" in body.lower(), body[:300]
        status, body, _ = get("/archive.json?sql=update+articles+set+title%3D'x'")
        assert status >= 400
        folder = str(hostile_archive["db"].parent)
        for path in ERROR_PATHS:
            status, body, _ = get(path)
            assert status >= 400, path
            assert folder not in body and str(ROOT) not in body and "Traceback" not in body, path
        status, body, _ = get("/archive/-/article?url=" + urllib.parse.quote(URL, safe=""))
        assert status == 200 and live_payloads(body) == []
    finally:
        process.terminate()
        process.wait(10)
