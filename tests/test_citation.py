"""Citation that outlives the portal (issue 16): the article page of a gold article carries
Highwire Press and Dublin Core meta tags with the right values (what Zotero's Embedded Metadata
translator reads), names the archive's permalink, the original URL, the fetch time and sha256,
and offers BibTeX and CSL-JSON, in the page and as ``.bib`` / ``.csl.json``, that parse."""
from __future__ import annotations

import html
import json
import sqlite3
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from district_archive.serving.citation import Cited, bibtex, csl_json
from tests.conftest import BASES, gold_articles
from tests.test_datasette_queries import make_datasette

GOLD = next(g for g in gold_articles("kienthuy") if g.get("author") and g.get("published"))
URL = BASES["kienthuy"] + GOLD["path"]
QUERY = urlencode({"url": URL})
# Datasette's test client asks for http://localhost: the permalink is absolute on that host.
PERMALINK = f"http://localhost/archive/-/article?{QUERY}"
# Every CSL item type (CSL 1.0.2 schema), to check ours is one.
CSL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper", "bill",
             "book", "broadcast", "chapter", "dataset", "document", "entry",
             "entry-dictionary", "entry-encyclopedia", "figure", "graphic", "interview",
             "legal_case", "legislation", "manuscript", "map", "motion_picture",
             "musical_score", "pamphlet", "paper-conference", "patent", "personal_communication",
             "post", "post-weblog", "report", "review", "review-book", "song", "speech",
             "thesis", "treaty", "webpage"}


class MetaTags(HTMLParser):
    """(name, content) of every <meta name=…> and the <link rel> of the page's head."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.links: dict[str, str] = {}
        self.pres: dict[str, str] = {}
        self._pre: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.meta.append((attrs["name"], attrs.get("content", "")))
        elif tag == "link" and "rel" in attrs:
            self.links[attrs["rel"]] = attrs.get("href", "")
        elif tag == "pre":
            self._pre = attrs.get("id")
            self.pres[self._pre] = ""

    def handle_data(self, data):
        if self._pre:
            self.pres[self._pre] += data

    def handle_endtag(self, tag):
        if tag == "pre":
            self._pre = None


def parse_bibtex(text: str) -> tuple[str, str, dict[str, str]]:
    """A minimal BibTeX reader (one entry): type, key and fields, braces balanced and removed
    at the outer level; fails on anything malformed."""
    text = text.strip()
    assert text.startswith("@") and text.endswith("}"), text
    kind, rest = text[1:].split("{", 1)
    key, rest = rest.split(",", 1)
    fields, i, body = {}, 0, rest[:-1]
    while i < len(body):
        if body[i] in " \n,":
            i += 1
            continue
        name, _, _ = body[i:].partition("=")
        i += len(name) + 1
        while body[i] == " ":
            i += 1
        assert body[i] == "{", body[i:]
        depth, start = 0, i
        while True:
            if body[i] == "\\":
                i += 2
                continue
            depth += {"{": 1, "}": -1}.get(body[i], 0)
            i += 1
            if depth == 0:
                break
        fields[name.strip()] = body[start + 1:i - 1]
    return kind, key, fields


def unlatex(value: str) -> str:
    """The escapes ``bibtex`` writes for %, &, #, $ and _ undone."""
    for char in "%&#$_":
        value = value.replace("\\" + char, char)
    return value


@pytest.fixture(scope="module")
def ds(crawled_archive):
    return make_datasette(crawled_archive)


@pytest.fixture(scope="module")
def fetch(crawled_archive):
    conn = sqlite3.connect(crawled_archive)
    row = conn.execute("select p.fetched_at, p.sha256, s.name from articles a join pages p "
                       "on p.id = a.page_id join sites s on s.id = a.site where a.url = ?",
                       [URL]).fetchone()
    conn.close()
    return {"fetched_at": row[0], "sha256": row[1], "site_name": row[2]}


@pytest.mark.asyncio
async def test_article_page_has_highwire_and_dublin_core_tags_and_the_citation_box(ds, fetch):
    response = await ds.client.get(f"/archive/-/article?{QUERY}")
    assert response.status_code == 200
    parser = MetaTags()
    parser.feed(response.text)
    tags = dict(parser.meta)
    published = GOLD["published"][:10]
    assert tags["citation_title"] == GOLD["title"] == tags["DC.title"]
    assert tags["citation_author"] == GOLD["author"] == tags["DC.creator"]
    assert tags["citation_publication_date"] == published.replace("-", "/")
    assert tags["DC.date"] == published and tags["DCTERMS.issued"] == published
    assert tags["citation_public_url"] == PERMALINK == tags["DC.identifier"]
    assert tags["DC.source"] == URL
    assert tags["citation_online_date"] == fetch["fetched_at"][:10].replace("-", "/")
    assert tags["citation_publisher"] == fetch["site_name"] == tags["DC.publisher"]
    assert tags["DC.relation"] == f"http://localhost/archive/-/raw/{fetch['sha256']}"
    assert tags["citation_language"] == tags["DC.language"] == "vi"
    assert parser.links["canonical"] == PERMALINK
    assert parser.links["schema.DC"] == "http://purl.org/dc/elements/1.1/"
    # The citation box: permalink, original URL, fetch time and sha256, each where a reader
    # and a script find them.
    page = response.text
    assert f'id="cite-permalink" href="{html.escape(PERMALINK)}"' in page
    assert f'<span id="cite-original">{html.escape(URL)}</span>' in page
    assert f'datetime="{fetch["fetched_at"]}"' in page
    assert f'<code id="cite-sha256">{fetch["sha256"]}</code>' in page
    # The formats to copy, in the page, the same as the downloads.
    kind, key, fields = parse_bibtex(parser.pres["cite-bibtex"])
    assert kind == "online" and fields["title"] == "{" + GOLD["title"] + "}"
    item = json.loads(parser.pres["cite-csl-json"])[0]
    assert item["id"] == key and item["title"] == GOLD["title"]
    bib = await ds.client.get(f"/archive/-/article.bib?{QUERY}")
    assert bib.text == parser.pres["cite-bibtex"]
    assert f'href="/archive/-/article.bib?{html.escape(QUERY)}"' in page


@pytest.mark.asyncio
async def test_bibtex_and_csl_json_downloads_parse_with_the_right_values(ds, fetch):
    bib = await ds.client.get(f"/archive/-/article.bib?{QUERY}")
    assert bib.status_code == 200
    assert bib.headers["content-type"] == "application/x-bibtex; charset=utf-8"
    kind, key, fields = parse_bibtex(bib.text)
    year = GOLD["published"][:4]
    assert kind == "online" and key.startswith(f"kienthuy{year}-") and key.isascii()
    assert fields["author"] == "{" + GOLD["author"] + "}"  # one name, as printed
    assert fields["date"] == GOLD["published"][:10] and fields["year"] == year
    assert fields["url"] == URL
    assert fields["urldate"] == fetch["fetched_at"][:10]
    note = unlatex(fields["note"])  # what Zotero's BibTeX import reads
    assert PERMALINK in note and fetch["sha256"] in note and fetch["fetched_at"] in note

    csl = await ds.client.get(f"/archive/-/article.csl.json?{QUERY}")
    assert csl.status_code == 200
    assert csl.headers["content-type"].startswith("application/vnd.citationstyles.csl+json")
    items = json.loads(csl.text)
    assert isinstance(items, list) and len(items) == 1
    item = items[0]
    assert {"id", "type", "title"} <= set(item) and item["type"] in CSL_TYPES
    assert item["id"] == key and item["title"] == GOLD["title"]
    assert item["author"] == [{"literal": GOLD["author"]}]
    y, m, d = (int(part) for part in GOLD["published"][:10].split("-"))
    assert item["issued"] == {"date-parts": [[y, m, d]]}
    y, m, d = (int(part) for part in fetch["fetched_at"][:10].split("-"))
    assert item["accessed"] == {"date-parts": [[y, m, d]]}
    assert item["URL"] == URL and item["archive_location"] == PERMALINK
    assert fetch["sha256"] in item["note"]
    missing = await ds.client.get("/archive/-/article.bib?" + urlencode({"url": URL + "x"}))
    assert missing.status_code == 404


def test_bibtex_escapes_what_latex_would_read_and_keeps_vietnamese():
    c = Cited(title="Chi 50% ngân sách & {quỹ} #1_a $x ~ ^ \\", author=None, published=None,
              site_name="UBND xã Tân_Khê", site="tan-khe", original_url="https://x.vn/a{b}?q=1%",
              permalink="http://a/-/article?url=x", raw_url=None, fetched_at=None, sha256=None,
              archive_title="District News Archive")
    _, key, fields = parse_bibtex(bibtex(c))
    assert key == "tankhend-" + key.rsplit("-", 1)[1]
    assert fields["title"] == ("{Chi 50\\% ngân sách \\& \\{quỹ\\} \\#1\\_a \\$x "
                               "\\textasciitilde{} \\textasciicircum{} \\textbackslash{}}")
    assert fields["organization"] == "UBND xã Tân\\_Khê"
    assert fields["url"] == "https://x.vn/a%7Bb%7D?q=1%"
    assert "author" not in fields and "date" not in fields
    item = csl_json(c)
    assert "author" not in item and "issued" not in item and item["title"] == c.title
