"""The sample-portal server answers exactly as each manifest says."""
from __future__ import annotations

import hashlib
import http.client
import json
from urllib.parse import urlsplit

import pytest

from district_archive.portals.sample import SampleSiteError, sample_site_dirs, serve_site
from tests.conftest import SAMPLES


def fetch(base_url: str, target: str, method: str = "GET") -> http.client.HTTPResponse:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request(method, target)
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response


@pytest.mark.parametrize("site_dir", sample_site_dirs(), ids=lambda p: p.name)
def test_every_manifest_entry_is_served_as_listed(site_dir):
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    server = serve_site(site_dir)
    try:
        for entry in manifest:
            response = fetch(server.base_url, entry["path"])
            assert response.status == entry["status"], entry["path"]
            if "location" in entry:
                assert response.getheader("Location") == entry["location"]
                continue
            assert response.getheader("Content-Type") == entry["content_type"]
            expected = (site_dir / entry["file"]).read_bytes()
            assert hashlib.sha256(response.body).digest() == hashlib.sha256(expected).digest()
    finally:
        server.stop()


def test_query_strings_are_matched_exactly_and_unknown_paths_are_404():
    server = serve_site(SAMPLES / "tankhe")
    try:
        assert fetch(server.base_url, "/Trang/TinTuc.aspx?cat=1&Page=2").status == 200
        # Same parameters, other order or case: not in the manifest, so not served.
        assert fetch(server.base_url, "/Trang/TinTuc.aspx?Page=2&cat=1").status == 404
        assert fetch(server.base_url, "/Trang/TinTuc.aspx?cat=1&page=2").status == 404
        assert fetch(server.base_url, "/_layouts/15/Authenticate.aspx").status == 404
        head = fetch(server.base_url, "/Trang/default.aspx", method="HEAD")
        assert head.status == 200 and head.body == b""
        assert server.requests[-1] == "/Trang/default.aspx"
    finally:
        server.stop()


def test_absolute_form_requests_are_served_like_a_proxy():
    server = serve_site(SAMPLES / "kienthuy")
    try:
        response = fetch(server.base_url, "https://cdn.haiphong.gov.vn/gov-hpg/6851/tintuc/2024/2/"
                         "ke-hoach-san-xuat-vu-xuan-nam-2024638446435673358811.pdf")
        assert response.status == 200
        assert response.body.startswith(b"%PDF")
    finally:
        server.stop()


def test_a_folder_without_manifest_is_refused(tmp_path):
    with pytest.raises(SampleSiteError, match=r"manifest\.json"):
        serve_site(tmp_path)


def test_bytes_in_a_legacy_charset_are_served_with_the_header_the_manifest_names(tmp_path):
    """A windows-1258 page whose header names no charset (or a wrong one) is served byte for
    byte: the header is the manifest's, not a guess."""
    page = ("<meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>"
            "<p>Huyê\u0323n</p>")
    body = page.encode("cp1258")
    (tmp_path / "p.html").write_bytes(body)
    (tmp_path / "site.json").write_text('{"id": "legacy"}', encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"path": "/", "file": "p.html", "content_type": "text/html", "status": 200},
        {"path": "/in", "file": "p.html", "content_type": "text/html; charset=iso-8859-1",
         "status": 200}]),
        encoding="utf-8")
    server = serve_site(tmp_path)
    try:
        plain, wrong = fetch(server.base_url, "/"), fetch(server.base_url, "/in")
    finally:
        server.stop()
    assert plain.getheader("Content-Type") == "text/html"
    assert wrong.getheader("Content-Type") == "text/html; charset=iso-8859-1"
    assert plain.body == wrong.body == body and b"\xea\xf2" in body  # ê + combining dot below


def test_a_folder_may_generate_pages_its_manifest_lacks(tmp_path):
    """An endless portal (a calendar answering every day) is a ``generated_pages.py`` beside the
    manifest: what the manifest lists wins, anything ``answer`` renders is served, the rest 404."""
    (tmp_path / "home.html").write_bytes(b"<p>home</p>")
    (tmp_path / "site.json").write_text('{"id": "endless"}', encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"path": "/", "file": "home.html", "content_type": "text/html", "status": 200},
        {"path": "/day?d=1", "file": "home.html", "content_type": "text/html", "status": 200}]),
        encoding="utf-8")
    (tmp_path / "generated_pages.py").write_text(
        "def answer(target):\n"
        "    if target.startswith('/day?d='):\n"
        "        return 200, 'text/html', ('<p>day ' + target[7:] + '</p>').encode()\n"
        "    return None\n", encoding="utf-8")
    server = serve_site(tmp_path)
    try:
        listed, made, missing = (fetch(server.base_url, t)
                                 for t in ("/day?d=1", "/day?d=99999", "/x"))
    finally:
        server.stop()
    assert listed.body == b"<p>home</p>"
    assert made.status == 200 and made.body == b"<p>day 99999</p>"
    assert made.getheader("Content-Type") == "text/html"
    assert missing.status == 404


def test_session_state_in_urls_is_fresh_in_every_response(tmp_path):
    """A site naming ``session_params`` (Oracle ADF's _afrLoop, _adf.ctrl-state): a page asked
    for without them is redirected to itself with fresh ones; with any values it is served, its
    recorded values replaced by new ones of the same shape in every response."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "site.json").write_text(json.dumps({
        "id": "s", "name": "s", "family": None, "province": None, "start_path": "/", "notes": "",
        "session_params": {"_afrLoop": "1234567890", "_adf.ctrl-state": "ab12cd_4"}}))
    (tmp_path / "pages" / "list.html").write_text(
        '<a href="/list?_afrLoop=1234567890&amp;_adf.ctrl-state=ab12cd_4&amp;page=2">2</a>')
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"path": "/", "content_type": "text/html", "status": 302, "location": "/list"},
        {"path": "/list", "file": "pages/list.html", "content_type": "text/html",
         "status": 200, "session": True},
        {"path": "/list?page=2", "file": "pages/list.html", "content_type": "text/html",
         "status": 200, "session": True}]))
    server = serve_site(tmp_path)
    try:
        assert fetch(server.base_url, "/").getheader("Location") == "/list"  # a plain redirect
        moved = fetch(server.base_url, "/list?page=2")
        assert moved.status == 302
        location = moved.getheader("Location")
        assert location.startswith("/list?page=2&_afrLoop=") and "&_adf.ctrl-state=" in location
        first = fetch(server.base_url, location)
        second = fetch(server.base_url, "/list?_afrLoop=9&_adf.ctrl-state=x_1&page=2")
        assert first.status == second.status == 200
        assert first.body != second.body and b"1234567890" not in first.body + second.body
        import re
        loop, state = re.search(rb"_afrLoop=(\d+)&amp;_adf.ctrl-state=(\w+)", first.body).groups()
        assert len(loop) == 10 and re.fullmatch(rb"[a-z]{2}\d{2}[a-z]{2}_\d", state)
        assert fetch(server.base_url, "/list?page=3&_afrLoop=1&_adf.ctrl-state=x_1").status == 404
    finally:
        server.stop()
