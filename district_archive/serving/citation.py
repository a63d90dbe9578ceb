"""How to cite an archived article once its portal is gone (issue 16): pure functions of what
:func:`pipelines.store.read_article` returns and the archive's own addresses.

- ``meta_tags``: Highwire Press ``citation_*`` tags (what Google Scholar and Zotero read first)
  and Dublin Core ``DC.*`` / ``DCTERMS.*`` tags for the article page's ``<head>``.
- ``bibtex``: a biblatex ``@online`` entry (BibTeX reads it as well, ignoring what it does not
  know), Vietnamese kept verbatim (UTF-8), the archive's permalink, fetch time and sha256 in
  ``note``.
- ``csl_json``: one CSL-JSON item (``article-newspaper``), what Zotero, Mendeley and pandoc
  (citeproc) import.

Names are written as the page prints them (``literal`` in CSL, one brace-protected name in
BibTeX): a Vietnamese name is family name first and cannot be split reliably.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

BIBTEX_TYPE = "application/x-bibtex; charset=utf-8"
CSL_JSON_TYPE = "application/vnd.citationstyles.csl+json; charset=utf-8"
_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
                   "#": r"\#", "$": r"\$", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Cited:
    """The facts a citation names, gathered once for every format."""

    title: str
    author: str | None
    published: str | None  # YYYY-MM-DD, or None when the page printed no date
    site_name: str
    site: str
    original_url: str
    permalink: str  # the archive's own page for the article (absolute URL)
    raw_url: str | None  # the archived bytes, content-addressed (absolute URL)
    fetched_at: str | None  # UTC ISO 8601
    sha256: str | None
    archive_title: str

    @property
    def key(self) -> str:
        """A citation key: site, year and a short digest of the URL (ASCII, stable)."""
        year = self.published[:4] if self.published else "nd"
        digest = hashlib.sha256(self.original_url.encode("utf-8")).hexdigest()[:8]
        return f"{re.sub(r'[^A-Za-z0-9]', '', self.site) or 'article'}{year}-{digest}"

    @property
    def archived_note(self) -> str:
        parts = [f"Archived by {self.archive_title}: {self.permalink}"]
        if self.fetched_at:
            parts.append(f"fetched {self.fetched_at}")
        if self.sha256:
            parts.append(f"sha256 {self.sha256}")
        return "; ".join(parts)


def cited(found: Mapping[str, Any], *, permalink: str, raw_url: str | None,
          archive_title: str) -> Cited:
    """The facts of ``found`` (``read_article``'s answer) for citing."""
    article, page, site = found["article"], found["page"] or {}, found["site"] or {}
    published = article.get("published") or ""
    match = _DATE.match(published)
    return Cited(
        title=article.get("title") or article["url"], author=article.get("author") or None,
        published=f"{match[1]}-{match[2]}-{match[3]}" if match else None,
        site_name=site.get("name") or article.get("site") or "", site=article.get("site") or "",
        original_url=article["url"], permalink=permalink, raw_url=raw_url,
        fetched_at=page.get("fetched_at"), sha256=page.get("sha256"),
        archive_title=archive_title)


def meta_tags(c: Cited) -> list[tuple[str, str]]:
    """(name, content) of the ``<meta>`` tags, Highwire then Dublin Core; empty ones left out."""
    slashed = c.published.replace("-", "/") if c.published else None
    tags = [
        ("citation_title", c.title),
        ("citation_author", c.author),
        ("citation_publication_date", slashed),
        ("citation_date", slashed),
        ("citation_online_date", (c.fetched_at or "")[:10].replace("-", "/") or None),
        ("citation_publisher", c.site_name),
        ("citation_language", "vi"),
        ("citation_public_url", c.permalink),
        ("DC.title", c.title),
        ("DC.creator", c.author),
        ("DC.date", c.published),
        ("DC.publisher", c.site_name),
        ("DC.language", "vi"),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
        ("DC.identifier", c.permalink),
        ("DC.source", c.original_url),
        ("DC.relation", c.raw_url),
        ("DCTERMS.issued", c.published),
        ("DCTERMS.isPartOf", c.site_name),
    ]
    return [(name, value) for name, value in tags if value]


def _bib(value: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in value)


def _bib_url(url: str) -> str:
    """A URL for a verbatim ``url`` field: only what would unbalance the braces is escaped."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def bibtex(c: Cited) -> str:
    """A biblatex ``@online`` entry."""
    fields = [
        ("title", "{" + _bib(c.title) + "}"),  # double braces: the case kept as printed
        ("author", "{" + _bib(c.author) + "}" if c.author else None),
        ("organization", _bib(c.site_name)),
        ("date", c.published),
        ("year", c.published[:4] if c.published else None),
        ("url", _bib_url(c.original_url)),
        ("urldate", (c.fetched_at or "")[:10] or None),
        ("langid", "vietnamese"),
        ("note", _bib(c.archived_note)),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@online{{{c.key},\n{body}\n}}\n"


def _date_parts(iso: str | None) -> dict[str, list[list[int]]] | None:
    match = _DATE.match(iso or "")
    return {"date-parts": [[int(match[1]), int(match[2]), int(match[3])]]} if match else None


def csl_json(c: Cited) -> dict[str, Any]:
    """One CSL-JSON item (a list of these is a CSL-JSON file)."""
    item: dict[str, Any] = {
        "id": c.key, "type": "article-newspaper", "title": c.title,
        "container-title": c.site_name, "publisher": c.site_name, "URL": c.original_url,
        "language": "vi", "archive": c.archive_title, "archive_location": c.permalink,
        "note": c.archived_note,
    }
    if c.author:
        item["author"] = [{"literal": c.author}]
    if issued := _date_parts(c.published):
        item["issued"] = issued
    if accessed := _date_parts(c.fetched_at):
        item["accessed"] = accessed
    return item
