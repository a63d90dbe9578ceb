"""Page classification: article, listing, home or other, with the reason.

Two kinds of evidence, both pure data (no Scrapy, no SQLite; the archive supplies the second):

- what the page shows (:class:`pipelines.extract.signals.PageSignals`): a headline of its own
  against a widget's, a story's text against teasers of other pages (however long the lead of
  the first one), a date, the page chrome, the site menu pointing at the page itself;
- what its site shows (:class:`SiteKnowledge`, learned from the listing pages archived so far):
  pages that listings tease are articles; a page that teases many of those, that no listing
  teases and whose URL is not shaped like theirs, is a listing; a page that names another as its
  canonical URL repeats that page's story only if the archive holds a story with its headline
  there (a template may name the section page, or a wrong one, as every page's canonical).

``classify_page(signals)`` is the page-level verdict (the extractor's ``is_article``);
``classify_page(signals, evidence)`` adds the site's. Every verdict carries its reason, in words,
because it is recorded on the archived page for a person to check.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from crawler.jsonld import NEWS_TYPES
from crawler.server_notices import server_notice
from pipelines.text import fold
from pipelines.urls import story_key

if TYPE_CHECKING:  # the crawl process weighs site evidence without importing extraction
    from pipelines.extract.signals import PageSignals

# "duplicate": a story page that names another page of its site as its canonical URL (a print
# view, the story filed under a second category path): the story is archived there, once.
KINDS = ("article", "listing", "home", "other", "duplicate")
# the words a further page of a story split over pages is recorded with, before its first
# page's URL (``derive.settle_classes`` joins the story's pages once all are archived)
STORY_PAGE = " of the story at "
MIN_STORY_CHARS = 120  # the extractor's own floor for an article body
# A server's message page ("not found", "under maintenance") is a few sentences; a story whose
# headline reads like one but runs longer stays a story.
MAX_NOTICE_CHARS = 600
MIN_NOTICE_CHARS = 40  # a notice's sentence over the file it announces
MIN_SCHEDULE_ROWS = 3  # dated rows of a table that make an undated page a schedule
MIN_DOCUMENT_FIELDS = 3  # property rows (number, date issued, issuer…) of a document's record
# A URL shape counts as the site's story shape when the listings tease at least this many URLs
# of it and it is at least this share of everything they tease.
SHAPE_MIN_URLS, SHAPE_MIN_SHARE = 3, 0.2
# A page-level article that teases at least this many listed stories, unlisted and off-shape,
# is a listing.
MIN_LISTED_TEASERS = 3

# a path segment of this many hyphenated words or more is a slug, not a section name
_SLUG_WORDS = 3
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")


@dataclass(frozen=True)
class PageClass:
    kind: str  # one of KINDS
    reason: str  # why, in words
    basis: str = "page"  # "page": what the page shows; "site": the site's listings decided

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


@dataclass(frozen=True)
class SiteEvidence:
    """What the site's archived listings say about one page."""

    listed_by: int = 0  # listing or home pages whose teasers link this page
    teasers_listed: int = 0  # how many of this page's own teasers point at pages listings tease
    # URL shapes of the pages the listings tease (empty: too few known)
    story_shapes: tuple[str, ...] = ()
    shape: str = ""  # this page's URL shape
    # the page's canonical URL holds an archived story with this page's headline (None: the
    # page names no other canonical URL, or the archive's stories were not given)
    canonical_story: bool | None = None

    @property
    def on_story_shape(self) -> bool | None:
        return (self.shape in self.story_shapes) if self.story_shapes else None


@dataclass
class SiteKnowledge:
    """The site's listings so far: how many distinct listing pages tease each URL. Grows with
    ``add_listing``; the archive builds it from what it holds (``Archive.listed_urls``)."""

    listed: dict[str, int] = field(default_factory=dict)
    shapes: Counter[str] = field(default_factory=Counter)
    # the site's archived stories, headline by ``story_key`` of their URL (None: not known)
    stories: dict[str, str] | None = None
    _seen: set[tuple[str, str]] = field(default_factory=set, repr=False)

    @classmethod
    def from_listed(cls, listed: Mapping[str, int],
                    stories: Mapping[str, str | None] | None = None) -> SiteKnowledge:
        """``stories``: the site's archived articles, headline by URL (``Archive.story_titles``)."""
        knowledge = cls(dict(listed))
        knowledge.shapes.update(url_shape(u) for u in listed)
        if stories is not None:
            knowledge.stories = {story_key(u): fold(t or "").casefold() for u, t in stories.items()}
        return knowledge

    def add_listing(self, listing_url: str, teased: Iterable[str]) -> None:
        """One listing page's teasers (a listing fetched again adds nothing new)."""
        for url in set(teased):
            if (listing_url, url) in self._seen:
                continue
            self._seen.add((listing_url, url))
            if url not in self.listed:
                self.shapes[url_shape(url)] += 1
            self.listed[url] = self.listed.get(url, 0) + 1

    def story_shapes(self) -> tuple[str, ...]:
        total = sum(self.shapes.values())
        return tuple(sorted(s for s, n in self.shapes.items()
                            if n >= SHAPE_MIN_URLS and n >= SHAPE_MIN_SHARE * total))

    def evidence(self, url: str, teasers: Iterable[str], *, canonical: str | None = None,
                 title: str | None = None) -> SiteEvidence:
        """What the site says about the page at ``url``; ``canonical``: the other page it names
        as its canonical URL, ``title``: its headline."""
        canonical_story = None
        if canonical and self.stories is not None:
            canonical_story = self.stories.get(story_key(canonical)) == fold(title or "").casefold()
        return SiteEvidence(listed_by=self.listed.get(url, 0),
                            teasers_listed=sum(1 for t in set(teasers) if t in self.listed),
                            story_shapes=self.story_shapes(), shape=url_shape(url),
                            canonical_story=canonical_story)


def url_shape(url: str) -> str:
    """The URL with its variable parts generalised: digit runs become <n>, long hyphenated
    slugs <s> (a year at a slug's end is part of the title, another number after it an id);
    short section names stay ("/tin-tuc/<s>", "/News/Detail/<n>", "/<n>/<n>/<s>/",
    "/<s>-<n>.html"). Query keys stay, their values are generalised."""
    parts = urlsplit(url)
    segments = []
    for segment in parts.path.split("/"):
        stem, dot, ext = segment.rpartition(".") if "." in segment else (segment, "", "")
        if stem.isdigit():
            stem = "<n>"
        else:
            words = [w for w in stem.split("-") if w]
            tail = ""
            if len(words) > 1 and words[-1].isdigit() and not _YEAR.match(words[-1]):
                words, tail = words[:-1], "-<n>"  # an id after the slug; a year ends a title
            if len(words) >= _SLUG_WORDS:
                stem = "<s>" + tail
            else:
                stem = _DIGITS.sub("<n>", "-".join(words)) + tail
        segments.append(stem + (dot + ext if dot else ""))
    query = "&".join(f"{k}=" + ("<n>" if v.isdigit() else "<s>")
                     for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return "/".join(segments) + (f"?{query}" if query else "")


def _not_article(s: PageSignals, reason: str, basis: str = "page") -> PageClass:
    """A page that is no story: home, listing (it teases several pages) or other."""
    if s.home_url:
        return PageClass("home", f"the site's root page; {reason}", basis)
    if s.search_page:
        return PageClass("other", f"a search page; {reason}", basis)
    if s.tag_page:
        return PageClass("other", f"a tag page; {reason}", basis)
    if s.term_index:
        return PageClass("other", f"an index of topics (each item counts its entries); {reason}",
                         basis)
    if s.teasers:
        return PageClass("listing", f"{reason}; it teases {len(s.teasers)} page(s)", basis)
    if s.teased_files:
        return PageClass("listing", f"{reason}; it lists {s.teased_files} file(s)", basis)
    return PageClass("other", reason, basis)


def _notice(s: PageSignals) -> bool:
    """A notice: a dated headline of its own over a sentence or two and the file they announce
    (a plan, a decision, embedded or linked in the body), teasing no other page. Its text is
    short because the file is the content."""
    return (s.dated and s.headline_element and s.body_files >= 1 and not s.teasers
            and s.prose_chars >= MIN_NOTICE_CHARS)


def _declared_news(s: PageSignals) -> bool:
    """The site's structured data declares the page a dated news story (a JSON-LD
    NewsArticle, whose text the page holds only there): a story however short the text it
    gives, often only its summary when the app fetches the rest at run time."""
    return bool(s.structured_story and s.dated and s.title
                and s.structured_story.split(" ", 1)[0] in NEWS_TYPES)


# A headline naming a document by its type and number: "Quyết định số 215/QĐ-UBND ngày …",
# "Kế hoạch 96/KH-UBND …" (a documents library's item, titled as the document is).
_DOCUMENT_TITLE = re.compile(
    r"^(?:quyết định|kế hoạch|công văn|thông báo|nghị quyết|nghị định|chỉ thị|thông tư|tờ trình"
    r"|báo cáo|hướng dẫn|quy định|giấy mời|chương trình)\s+(?:số\s*)?\d+[\w.-]*/[\w./-]+", re.I)
MAX_RECORD_CHARS = 400  # a record's description: a sentence or two, no story's text


def _document_record(s: PageSignals) -> bool:
    """A documents library's item page: a headline naming a document by its number, a short
    description and the document's file: the record of a document (as a properties table is),
    which the archive keeps with its file, not a news story. A notice titled without a number
    ("Thông báo lịch tiếp công dân …") over its file stays a notice."""
    return bool(s.title and s.body_files and s.prose_chars <= MAX_RECORD_CHARS
                and _DOCUMENT_TITLE.match(s.title))


def server_message(s: PageSignals) -> str | None:
    """``not_found`` or ``maintenance``: the page is the server's own message, served with
    status 200 in place of the page asked for (``crawler/server_notices.py``); else None."""
    return server_notice(s.title) if s.prose_chars < MAX_NOTICE_CHARS else None


def _page_level(s: PageSignals) -> tuple[PageClass, bool]:
    """The verdict from the page alone, and whether it is a standing page (no date, a menu
    destination or no headline of its own): the one verdict site evidence may overturn."""
    if s.home_url:
        return _not_article(s, "no story of its own"), False
    if notice := server_message(s):
        kind = "not-found page" if notice == "not_found" else "maintenance page"
        return PageClass("other", f"its headline {s.title!r} is the server's {kind}, served in "
                                  f"place of the page asked for"), False
    if s.media_item:
        return PageClass("other", f"its headline is over {s.media_item} and a line or two "
                                  f"describing it: a media item, not a story"), False
    if not s.body_found or not s.title:
        return _not_article(s, "no headline and text block to read as a story"), False
    if s.body_teaser_of:
        return _not_article(s, f"its main text is a teaser of {s.body_teaser_of}"), False
    if s.body_in_chrome:
        return _not_article(s, "its largest text block is the page footer or a sidebar"), False
    if s.title_widget:
        return _not_article(s, f"its only headline, {s.title!r}, labels a widget"), False
    if s.title_teaser:
        return _not_article(s, f"its headline {s.title!r} links to another page"), False
    if s.extractor_listing:
        return _not_article(s, s.extractor_listing), False
    if s.picture_of:
        return PageClass("other", f"its text is the caption of one picture, and its URL is "
                                  f"a step under the story it links, {s.picture_of}: that "
                                  f"story's picture page"), False
    if s.form_fields:
        return PageClass("other", f"its text is a form of {s.form_fields} fields to fill in: "
                                  f"a form, not a story"), False
    if s.event_item:
        return PageClass("other", "its text is an event's details (when, where, a contact), "
                                  "marked as such: a calendar entry, not a story"), False
    if s.album_photos:
        return PageClass("other", f"its text is the captions of {s.album_photos} photos: a "
                                  f"photo album, not a story"), False
    if _document_record(s):
        return PageClass("other", f"its headline {s.title!r} names a document by its number, "
                                  f"over a line describing it and the file: the document's "
                                  f"record, not a story"), False
    if s.document_fields >= MIN_DOCUMENT_FIELDS:
        return PageClass("other", f"its text is a document's record ({s.document_fields} "
                                  f"properties: number, date issued, issuer, summary…): a "
                                  f"document, not a story"), False
    if not s.dated and s.schedule_rows >= MIN_SCHEDULE_ROWS:
        return PageClass("other", f"no date of its own, and its text is a table of "
                                  f"{s.schedule_rows} rows each opening with a date: a "
                                  f"schedule"), True
    if s.prose_chars < MIN_STORY_CHARS and not _notice(s) and not _declared_news(s):
        return _not_article(s, f"{s.prose_chars} characters of text, too little for a story"), False
    if not s.dated and s.menu_page:
        return _not_article(s, "no date, and the site menu links it: a standing page"), True
    if not s.dated and not s.headline_element:
        # Not a verdict the site's listings overturn: a page with neither a date nor a
        # headline of its own is no story whoever links it (a document's record, a form),
        # and a crawl's URL shapes may have taken a sidebar's list of them for teasers.
        return _not_article(s, "no date and no headline of its own: a standing page"), False
    dated = "dated" if s.dated else "undated"
    story = f"headline {s.title!r} over {s.prose_chars} characters of text, {dated}"
    if s.structured_story:
        story += f", read from the page's structured data, a {s.structured_story}"
    elif s.prose_chars < MIN_STORY_CHARS:
        story += f", a notice of the {s.body_files} file(s) its text links"
    if s.story_page_of and s.canonical_elsewhere == s.story_page_of:
        return PageClass("duplicate", f"{story}, and it is page {s.story_page_number}"
                                      f"{STORY_PAGE}{s.story_page_of} (its pager): a part of "
                                      f"that story, archived there with its other pages"), False
    if s.canonical_elsewhere:
        return PageClass("duplicate", f"{story}, and it names {s.canonical_elsewhere} as its "
                                      f"canonical URL: that page's story"), False
    return PageClass("article", story), False


def classify_page(signals: PageSignals, evidence: SiteEvidence | None = None) -> PageClass:
    """Article, listing, home or other, and why. ``evidence``: what the site's listings say."""
    verdict, standing = _page_level(signals)
    if evidence is None:
        return verdict
    if verdict.kind == "duplicate" and evidence.canonical_story is False:
        return PageClass("article", f"it names {signals.canonical_elsewhere} as its canonical "
                                    f"URL, but the archive holds no story with its headline "
                                    f"there", "site")
    if standing and evidence.listed_by >= 1 and evidence.on_story_shape is not False:
        # (a menu destination whose URL is not the shape of the stories the listings tease is
        # the site's own page a list item links, as tx_news' "internal page" items do: an
        # about page in the news list is still the about page)
        return PageClass("article", f"{evidence.listed_by} listing page(s) tease it as a story "
                                    f"(the page itself shows no date)", "site")
    if verdict.is_article and evidence.listed_by == 0 and evidence.on_story_shape is False:
        if evidence.teasers_listed >= MIN_LISTED_TEASERS:
            return _not_article(signals,
                                f"it teases {evidence.teasers_listed} of the site's stories, "
                                f"no listing teases it, and its URL is not shaped like theirs "
                                f"({', '.join(evidence.story_shapes)})", "site")
        if not signals.dated:
            return _not_article(signals,
                                "no date, no listing teases it, and its URL is not shaped like "
                                f"the site's stories ({', '.join(evidence.story_shapes)})", "site")
    return verdict
