"""The plugin's own pages, built from what :mod:`pipelines.store` reads:

- ``/<db>/-/article?url=…``: one article, its body re-sanitised from ``body_html`` through the
  extractor's allow-list (never the raw page), its statistics, documents and places, links to the
  original URL and to the archived raw copy, and its citation (Highwire and Dublin Core meta
  tags, BibTeX, CSL-JSON: :mod:`district_archive.serving.citation`); served with a
  Content-Security-Policy that allows only the inline scripts of Datasette's templates, by hash.
- ``/<db>/-/article.bib?url=…`` and ``/<db>/-/article.csl.json?url=…``: the same citation to
  download.
- ``/<db>/-/raw/<sha256>``: the archived response bytes as ``text/plain`` (or, with
  ``?download=1``, an attachment), never as HTML; the sha256 is re-checked on every request.
- ``/<db>/-/copy/<sha256>``: an archived file as the portal served it, safely: a picture whose
  bytes are a raster image inline with its stored type, an archived stylesheet as CSS, anything
  else (an attachment, an SVG, an "image" that is HTML) as a download; re-checked likewise.
- ``/<db>/-/article.json?url=…``: the article with its images and attachments, each pointing at
  its archived copy first and its original URL second.
- ``/<db>/-/replay/<page id>``: the archived HTML "as it looked", from the archive alone
  (:mod:`district_archive.serving.replay`); the article page shows it in a sandboxed frame.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

from datasette.utils import sqlite_timelimit, tilde_encode
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup

from district_archive.serving import replay
from district_archive.serving.citation import (
    BIBTEX_TYPE,
    CSL_JSON_TYPE,
    Cited,
    bibtex,
    cited,
    csl_json,
    meta_tags,
)
from district_archive.serving.hardening import RAW_CSP, article_csp
from district_archive.serving.limits import trusted_reads
from district_archive.serving.numbers import unit_name, with_unit
from district_archive.serving.settings import archive_name
from pipelines.images import RASTER_TYPES, raster_type
from pipelines.store import (
    RawCopy,
    read_archived_articles,
    read_archived_copies,
    read_article,
    read_blob,
    read_page_copy,
    read_raw_copy,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MAX_SANITIZED_CHARS = 300_000  # ~0.1 s to parse and sanitise; far above a real article
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
T = TypeVar("T")


def add_templates(env: Any) -> None:
    """Datasette looks for ``templates/`` only inside plugin packages; this plugin is a module
    of district_archive, whose ``templates/`` sits beside it. Put that folder just before
    Datasette's own templates (after any ``--template-dir``), as for a plugin package."""
    loader = env.loader.loaders[0] if isinstance(env.loader, ChoiceLoader) else None
    if isinstance(loader, FileSystemLoader) and str(TEMPLATES) not in loader.searchpath:
        loader.searchpath.insert(len(loader.searchpath) - 1, str(TEMPLATES))


def safe_body(body_html: str | None, body_text: str | None, base_url: str,
              copies: Mapping[str, str] | None = None) -> Markup:
    """The stored body_html passed through the extractor's allow-list again (defence in depth:
    the database may come from an older extractor); plain paragraphs when there is none, or
    when it is longer than ``MAX_SANITIZED_CHARS`` (parsing and sanitising run on the event
    loop: a hostile 10 MB body would hold every other request meanwhile). ``copies``: image
    URL -> the archive's URL of its copy; the body's pictures are shown from there."""
    if body_html and len(body_html) <= MAX_SANITIZED_CHARS:
        from lxml import html as lxml_html

        from pipelines.extract.sanitize import sanitize

        try:
            root = lxml_html.fragment_fromstring(body_html, create_parent="div")
            return Markup(_images_from_archive(sanitize(root, base_url), copies or {}))
        except Exception:  # noqa: BLE001 — unparseable: fall back to the text
            pass
    paragraphs = (body_text or "").split("\n\n")
    return Markup("\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip()))


def _images_from_archive(body: str, copies: Mapping[str, str]) -> str:
    """Each image shown from its archived copy; one the archive has no copy of becomes a link
    to its original, not loaded: a reader's browser should not fetch from the portal (or fail
    to, once it is offline) while reading the archive."""
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(body, create_parent="div")
    images = list(root.iter("img"))
    if not images:
        return body
    for image in images:
        src = _http_url(image.get("src"))
        copy = copies.get(src or "") or copies.get(replay.absolute("", src) or "")
        if copy is not None:
            image.set("src", copy)
            image.set("title", f"archived copy of {src}")
            image.set("class", "archived-image")
            continue
        label = image.get("alt") or (urlsplit(src).path.rsplit("/", 1)[-1] if src else "")
        link = lxml_html.Element("a" if src else "span", {"class": "image-original"})
        if src:
            link.set("href", src)
            link.set("rel", "noreferrer noopener")
        link.text = f"[ảnh gốc: {label}]" if label else "[ảnh gốc]"
        link.tail = image.tail
        parent = image.getparent()
        if parent is not None:
            parent.replace(image, link)
    return html.escape(root.text or "", quote=False) + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root)


def _http_url(value: str | None) -> str | None:
    """Only http(s) URLs become links (a javascript: URL in the data is shown, not linked)."""
    if value and urlsplit(value).scheme.lower() in ("http", "https"):
        return value
    return None


def mark_in(sentence: str | None, span: str | None) -> Markup:
    """``sentence`` escaped, with the first occurrence of ``span`` in <mark>."""
    escaped = html.escape(sentence or "", quote=False)
    if span:
        target = html.escape(span, quote=False)
        escaped = escaped.replace(target, f"<mark>{target}</mark>", 1)
    return Markup(escaped)


def format_value(value: float | None, unit: str | None) -> str:
    """A value as a Vietnamese reader writes it: "1.315.520.000.000 đồng", "137", "98,5 %"."""
    return with_unit(value, unit)


def format_statistic(stat: Mapping[str, Any]) -> str:
    """A statistic as its form reads: "20–22 tạ/ha" (either end of a range), "17 / 19 tiêu
    chí" (a fraction), "28.160.000 đồng/người/năm" (a rate), else the value and unit."""
    unit, per = stat.get("unit") or "", stat.get("per")
    if per:                                  # "tạ/ha" already names its own denominator
        unit = f"{unit.split('/', 1)[0]}/{per}"
    base, slash, rest = unit.partition("/")
    unit = f"{unit_name(base) or ''}{slash}{rest}"
    if stat.get("denominator") is not None:
        shown = f"{format_value(stat['value'], None)} / {format_value(stat['denominator'], None)}"
    elif stat.get("low") is not None and stat.get("high") is not None:
        shown = f"{format_value(stat['low'], None)}–{format_value(stat['high'], None)}"
    else:
        return format_value(stat.get("value"), unit or None)
    return f"{shown} {unit}" if unit else shown


def places_by_unit(places: list[dict[str, Any]], db_url: str) -> dict[str, list[dict[str, Any]]]:
    """The article's places for its page: each resolved unit once, in order of its first
    mention, named before and after the reform and linked to the canned query "articles about
    a unit"; each ambiguous mention once, with how many units it could be."""
    units: dict[str, dict[str, Any]] = {}
    ambiguous: dict[tuple[int, int], dict[str, Any]] = {}
    for place in places:
        if place["ambiguous"]:
            ambiguous.setdefault((place["start"], place["end"]), {
                "text": place["text"], "level": place["level"], "candidates": place["candidates"],
                "href": f"{db_url}/articles_about_unit?" + urlencode(
                    {"unit": place["text"], "province": "", "ambiguous": "1"})})
            continue
        unit = units.get(place["unit_id"])
        if unit is None:
            level = place["level"]
            before = [place["unit"], place["old_district"] if level == "commune" else None,
                      place["unit_province"] if level != "province" else None]
            units[place["unit_id"]] = unit = {
                **place, "mentions": 0,
                "before": ", ".join(filter(None, before)) if place["era"] == "old" else None,
                "after": place["new_unit"] if level == "commune" else None,
                "href": f"{db_url}/articles_about_unit?" + urlencode(
                    {"unit": place["unit_folded"], "province": place["province_folded"] or "",
                     "ambiguous": ""})}
        unit["mentions"] += 1
    return {"units": list(units.values()), "ambiguous": list(ambiguous.values())}


def _archive(datasette: Any, name: str) -> Any:
    if name != archive_name(datasette) or name not in datasette.databases:
        raise NotFound(f"no archive database {name!r}")
    return datasette.get_database(name)


def _verify_blob(conn: Any, sha256: str) -> bool | None:
    """Whether the archived body still has its digest (None: no body); read and hashed in the
    SQL thread, off the event loop (a body may be 64 MiB)."""
    body = read_blob(conn, sha256)
    return None if body is None else hashlib.sha256(body).hexdigest() == sha256


def _checked_raw_copy(conn: Any, sha256: str) -> tuple[RawCopy | None, bool]:
    """The raw copy and whether it still has its digest, hashed in the SQL thread."""
    copy = read_raw_copy(conn, sha256)
    return copy, copy is not None and hashlib.sha256(copy.data).hexdigest() == sha256


async def _read(datasette: Any, db: Any, read: Callable[..., T], *args: Any) -> T:
    """``read(conn, *args)`` on one of Datasette's read-only connections, under the SQL time
    limit every query of the instance has."""
    def in_thread(conn: Any) -> T:
        with sqlite_timelimit(conn, datasette.setting("sql_time_limit_ms")), trusted_reads(conn):
            return read(conn, *args)
    result: T = await db.execute_fn(in_thread)
    return result


async def _article(datasette: Any, request: Any) -> tuple[str, Any, str, dict[str, Any]]:
    """The archive's name, database, the article's URL (``?url=``) and what the archive holds
    about it (``read_article``); 404 when there is none."""
    name = request.url_vars["database"]
    db = _archive(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "articles")), ("view-database", name), "view-instance"])
    url = request.args.get("url")
    if not url:
        raise NotFound("give the article's URL: ?url=…")
    found = await _read(datasette, db, read_article, url)
    if found is None:
        raise NotFound(f"no article with URL {url}")
    return name, db, url, found


def _cited(datasette: Any, request: Any, name: str, found: dict[str, Any]) -> Cited:
    """The citation facts, with the archive's own absolute addresses: the article page (the
    permalink) and the raw copy (content-addressed by its sha256)."""
    db_url = datasette.urls.database(name)
    page = found["page"]
    permalink = datasette.absolute_url(
        request, f"{db_url}/-/article?" + urlencode({"url": found["article"]["url"]}))
    raw = datasette.absolute_url(request, f"{db_url}/-/raw/{page['sha256']}") \
        if page and page["sha256"] else None
    title = (datasette.metadata() or {}).get("title") or "District News Archive"
    return cited(found, permalink=permalink, raw_url=raw, archive_title=title)


async def article_page(datasette: Any, request: Any) -> Response:
    name, db, url, found = await _article(datasette, request)
    article, page = found["article"], found["page"]
    for stat in found["statistics"]:
        stat["display"] = format_statistic(stat)
        stat["context"] = mark_in(stat["sentence"] or stat["text"], stat["text"])
    db_url = datasette.urls.database(name)
    link_copies(found, db_url)
    copies = {key: image["copy_url"] for image in found["images"] if image["copy_url"]
              for key in (image["src"], image["fetched_url"]) if key}
    verified = None
    if page and page["sha256"]:
        verified = await _read(datasette, db, _verify_blob, page["sha256"])
    citation = _cited(datasette, request, name, found)
    query = urlencode({"url": url})
    context = {
        **found, "database": name, "verified": verified,
        "body": safe_body(article["body_html"], article["body_text"], url, copies),
        "original_url": _http_url(url),
        "replay_url": replay_url(db_url, page),
        "json_url": f"{db_url}/-/article.json?" + urlencode({"url": url}),
        "raw_url": f"{db_url}/-/raw/{page['sha256']}" if page and page["sha256"] else None,
        "history_url": f"{db_url}/article_history?" + query,
        "row_url": datasette.urls.row(name, "articles", tilde_encode(url)),
        "places": places_by_unit(found["places"], db_url),
        "db_url": db_url, "urlencode": urlencode, "metadata": datasette.metadata(),
        "citation": citation, "meta_tags": meta_tags(citation), "bibtex": bibtex(citation),
        "csl_json": json.dumps([csl_json(citation)], ensure_ascii=False, indent=2),
        "bibtex_url": f"{db_url}/-/article.bib?" + query,
        "csl_json_url": f"{db_url}/-/article.csl.json?" + query,
    }
    rendered = await datasette.render_template("district_archive_article.html", context,
                                               request=request)
    return Response.html(rendered, headers={
        "content-security-policy": article_csp(rendered, untrusted=str(context["body"]))})


async def article_bibtex(datasette: Any, request: Any) -> Response:
    """``/<db>/-/article.bib?url=…``: the article's BibTeX entry (biblatex ``@online``)."""
    name, _, _, found = await _article(datasette, request)
    return Response(bibtex(_cited(datasette, request, name, found)), content_type=BIBTEX_TYPE,
                    headers={"content-security-policy": RAW_CSP})


async def article_csl_json(datasette: Any, request: Any) -> Response:
    """``/<db>/-/article.csl.json?url=…``: the article as a CSL-JSON file (a list of one)."""
    name, _, _, found = await _article(datasette, request)
    item = csl_json(_cited(datasette, request, name, found))
    return Response(json.dumps([item], ensure_ascii=False, indent=2),
                    content_type=CSL_JSON_TYPE, headers={"content-security-policy": RAW_CSP})


def link_copies(found: dict[str, Any], db_url: str) -> None:
    """Give each image and attachment of ``read_article``'s result the archive's URL of its
    copy (``copy_url``, None when none is archived) and its original (``href``, http(s) only)."""
    for item in [*found["images"], *found["attachments"]]:
        item["copy_url"] = f"{db_url}/-/copy/{item['sha256']}" if item.get("sha256") else None
        item["href"] = _http_url(item.get("url") or item.get("src"))


def replay_url(db_url: str, page: Mapping[str, Any] | None) -> str | None:
    """The replay view of an archived HTML fetch, or None (no page, no body, not HTML)."""
    if not page or not page.get("sha256"):
        return None
    kind = (page.get("content_type") or "text/html").split(";")[0].strip().lower()
    return f"{db_url}/-/replay/{page['id']}" if kind in ("text/html",
                                                         "application/xhtml+xml") else None


async def article_json(datasette: Any, request: Any) -> Response:
    """The article page's data: the article, its images and attachments (``archived`` copy
    first, ``original`` URL second), the replay view and the raw copy."""
    name = request.url_vars["database"]
    db = _archive(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "articles")), ("view-database", name), "view-instance"])
    url = request.args.get("url")
    if not url:
        raise NotFound("give the article's URL: ?url=…")
    found = await _read(datasette, db, read_article, url)
    if found is None:
        raise NotFound(f"no article with URL {url}")
    db_url = datasette.urls.database(name)
    link_copies(found, db_url)
    absolute = datasette.absolute_url
    article, page = found["article"], found["page"]

    def archived(item: Mapping[str, Any]) -> str | None:
        return absolute(request, item["copy_url"]) if item["copy_url"] else None

    replay = replay_url(db_url, page)
    return Response.json({
        "url": article["url"], "site": article["site"], "title": article["title"],
        "published": article["published"], "author": article["author"],
        "category": article["category"], "status": article["status"],
        "fetched_at": page["fetched_at"] if page else None,
        "sha256": page["sha256"] if page else None,
        "raw": absolute(request, f"{db_url}/-/raw/{page['sha256']}")
        if page and page["sha256"] else None,
        "replay": absolute(request, replay) if replay else None,
        "images": [{"archived": archived(i), "original": i["src"], "caption": i["caption"],
                    "sha256": i["sha256"], "content_type": i["content_type"], "size": i["size"],
                    "page_id": i["page_id"]} for i in found["images"]],
        "attachments": [{"archived": archived(a), "original": a["url"], "name": a["name"],
                         "sha256": a["sha256"], "content_type": a["content_type"],
                         "size": a["size"]} for a in found["attachments"]],
    })


def _served_type(copy: RawCopy) -> tuple[str, bool]:
    """(content type, inline) for an archived file: a raster picture inline with its stored
    type (or the type its bytes show, when the stored one is no raster type), a stylesheet
    inline as CSS, anything else a download with its stored type."""
    stored = (copy.content_type or "").split(";")[0].strip().lower()
    picture = raster_type(copy.data[:16])
    if picture is not None:
        return (stored if stored in RASTER_TYPES else picture), True
    if stored == "text/css":
        return "text/css; charset=utf-8", True
    return copy.content_type or "application/octet-stream", False


async def _verified_copy(datasette: Any, request: Any
                         ) -> tuple[RawCopy, str, dict[str, str]] | Response:
    """The archived body the request's ``sha256`` names, read back and checked against it,
    with the headers every answer of it carries; or the error answer (500: the bytes no longer
    match their digest). ``NotFound`` when the archive holds no such body."""
    name = request.url_vars["database"]
    db = _archive(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "blobs")), ("view-database", name), "view-instance"])
    digest = request.url_vars["sha256"]
    copy, intact = await _read(datasette, db, _checked_raw_copy, digest)
    if copy is None:
        raise NotFound(f"no archived body with sha256 {digest}")
    if not intact:
        return Response.text(f"the archived body does not match sha256 {digest}", status=500)
    return copy, digest, {"content-security-policy": RAW_CSP, "x-archive-sha256": digest,
                          "x-archive-url": quote(copy.url or "", safe=":/?&=%#~+,;@!$'()*[]")}


async def archived_copy(datasette: Any, request: Any) -> Response:
    """An archived file as the portal served it, safely (see ``_served_type``)."""
    found = await _verified_copy(datasette, request)
    if isinstance(found, Response):
        return found
    copy, digest, headers = found
    kind, inline = _served_type(copy)
    # the bytes of a digest never change
    headers["cache-control"] = "public, max-age=31536000, immutable"
    if not inline:
        filename = urlsplit(copy.url or "").path.rsplit("/", 1)[-1] or digest
        headers["content-disposition"] = ("attachment; filename*=UTF-8''"
                                          + quote(filename, safe=""))
    return Response(copy.data, headers=headers, content_type=kind)


def _replayed(conn: Any, page_id: int, copy_prefix: str, article_prefix: str) -> str | None:
    """The archived HTML of one fetch rewritten for replay (in the SQL thread: parsing a page
    must not hold the event loop), or None when there is no such HTML page."""
    from pipelines.extract.article import ExtractionError
    from pipelines.extract.decode import decode_body

    page = read_page_copy(conn, page_id)
    if page is None or replay_url("", page) is None:
        return None
    try:
        text, _codec = decode_body(page["data"], content_type=page["content_type"])
    except ExtractionError:
        return None
    root = replay.parse_page(text)
    pictures, sheets, links = replay.resource_urls(root, page["url"])
    copies = {url: copy_prefix + digest for url, digest in
              read_archived_copies(conn, pictures + sheets, ("image", "stylesheet")).items()}
    articles = read_archived_articles(conn, links)
    files = read_archived_copies(conn, links, ("attachment",))

    def archived_link(url: str) -> str | None:
        if url in articles:
            return article_prefix + urlencode({"url": url})
        return copy_prefix + files[url] if url in files else None

    return replay.rewrite(root, page["url"], copies, archived_link)


async def replay_page(datasette: Any, request: Any) -> Response:
    """One archived HTML page as it looked, from the archive alone (``replay``)."""
    name = request.url_vars["database"]
    db = _archive(datasette, name)
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "pages")), ("view-database", name), "view-instance"])
    db_url = datasette.urls.database(name)
    copy_prefix = datasette.absolute_url(request, f"{db_url}/-/copy/")
    replayed = await _read(datasette, db, _replayed, int(request.url_vars["page_id"]),
                           copy_prefix, f"{db_url}/-/article?")
    if replayed is None:
        raise NotFound("no archived HTML page with this id")
    return Response.html(replayed, headers={
        "content-security-policy": replay.replay_csp(copy_prefix)})


async def raw_copy(datasette: Any, request: Any) -> Response:
    """The archived bytes of one response, as text/plain or a download: never rendered."""
    found = await _verified_copy(datasette, request)
    if isinstance(found, Response):
        return found
    copy, digest, headers = found
    if request.args.get("download"):
        headers["content-disposition"] = f'attachment; filename="{digest}.raw"'
        return Response(copy.data, headers=headers, content_type="application/octet-stream")
    match = _CHARSET.search(copy.content_type or "")
    charset = match.group(1) if match else "utf-8"
    try:
        "".encode(charset)
    except LookupError:
        charset = "utf-8"
    return Response(copy.data, headers=headers, content_type=f"text/plain; charset={charset}")
