"""One way from an archived page to the archive's rows. No Scrapy.

Every path that turns fetched pages into articles calls this module: the crawl (in its own
derive process, ``pipelines/derive_process.py``), ``reprocess``, and the cluster writer
(``pipelines/ingest.py``). It owns the policy:

1. **settle** what needs no extraction: a known article answered 404/410 is gone; a 304 is an
   unchanged article; an error status, a listing or a non-HTML response is skipped (with the
   reason); an attachment is read as a document (``derive_document``, pipelines/documents);
   an article's photo is checked to be a picture (``derive_image``), never an article;
2. **analyse** (pure, CPU-bound, may run in another process): extraction, statistics and
   places;
3. **record** the result in one transaction: the article, its version and children, and on
   the page its ``extract_status`` and ``outcome``;
4. **close a run**: count its outcomes from ``pages`` (the archive is the only tally), apply the
   unlisted-gone rule after a complete full crawl of a registered site, finish the row.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pipelines.store import HARMLESS_DROPS, Archive, content_hash, content_type
from pipelines.urls import story_key

if TYPE_CHECKING:
    from pipelines.analyse import Analysis
    from pipelines.classify import SiteKnowledge

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")

# What deriving a page did to the archive's articles (recorded in ``pages.outcome``; NULL for
# a skipped page or a listing), and the crawl_runs column each outcome is counted in.
RUN_COLUMNS = {"new": "articles_new", "changed": "articles_changed",
               "unchanged": "articles_unchanged", "gone": "articles_gone",
               "failed": "extract_errors"}

# A site's articles that no listing showed in this many complete full crawls are gone.
GONE_AFTER_UNLISTED_RUNS = 3


@dataclass(frozen=True)
class ArchivedPage:
    """One ``pages`` row, with what deriving needs of its site. The body is read on demand."""

    id: int
    url: str
    run_id: int | None
    site: str | None
    family: str | None
    page_type: str | None
    status: int | None
    headers: Mapping[str, list[str]]
    sha256: str | None
    fetched_at: str  # store_page always sets it
    # The site's registry entry as places needs it (which province and district it was).
    site_name: str | None = None
    site_province: str | None = None
    site_base_url: str | None = None

    @property
    def content_type(self) -> str | None:
        return content_type(self.headers)

    @property
    def site_entry(self) -> dict[str, str | None] | None:
        if not (self.site_name or self.site_province or self.site_base_url):
            return None
        return {"name": self.site_name, "province": self.site_province,
                "base_url": self.site_base_url}


def archived_page(row: Mapping[str, Any]) -> ArchivedPage:
    """An ``ArchivedPage`` from a row of ``Archive.pages_to_derive``."""
    return ArchivedPage(
        id=row["id"], url=row["url"], run_id=row["run_id"], site=row["site"],
        family=row.get("family"), page_type=row["page_type"], status=row["status"],
        headers=row["headers"] if isinstance(row["headers"], Mapping)
        else json.loads(row["headers"] or "{}"),
        sha256=row["sha256"], fetched_at=row["fetched_at"], site_name=row.get("site_name"),
        site_province=row.get("site_province"), site_base_url=row.get("site_base_url"))


@dataclass(frozen=True)
class Derived:
    """What deriving one page did: ``extract_status`` (ok, skipped, not_article, failed), the
    article ``outcome`` (a key of ``RUN_COLUMNS`` or None) and why."""

    url: str
    extract_status: str
    outcome: str | None = None
    detail: str | None = None


class Failure(Exception):
    """Analysing a page failed; the page stays archived and is marked failed."""


# -- 1. settle ---------------------------------------------------------------------------------

def settle(archive: Archive, page: ArchivedPage, *, again: bool = False) -> Derived | None:
    """Record what needs no extraction and return it; None when the page must be analysed.
    ``again``: derive a page that was derived before (``reprocess``)."""
    with archive.writing():
        done = None if again else archive.derived_status(page.id)
        if done is not None:
            return done_already(page, done)
        return _settle(archive, page)


def _settle(archive: Archive, page: ArchivedPage) -> Derived | None:
    if page.page_type == "article" and page.status in (404, 410):
        # The portal says the article is gone: keep every version, record since when.
        gone = archive.mark_gone(page.url, page.fetched_at, f"http {page.status}")
        return _record(archive, page, Derived(page.url, "skipped", "gone" if gone else None,
                                              f"status {page.status}: gone"))
    if page.status == 304:  # a conditional re-check: not modified since the archived version
        touched = archive.touch_article(page.url, page.fetched_at)
        return _record(archive, page, Derived(page.url, "skipped",
                                              "unchanged" if touched else None, "not modified"))
    reason = skip_reason(page)
    if reason:
        return _record(archive, page, Derived(page.url, "skipped", None, reason))
    return None


def skip_reason(page: ArchivedPage) -> str | None:
    if page.status != 200:
        return f"status {page.status}"
    if page.sha256 is None:
        return "no body"
    if page.page_type in ("other", "sitemap", "feed", "stylesheet") or (
            page.page_type == "listing" and page.family != "generic"):
        # A generic crawl's start page is called a listing by the spider without looking:
        # it is classified like every other page (issue 12).
        return f"page type {page.page_type}"
    if page.page_type in ("attachment", "image"):
        return None  # a document or a photo: read whatever its Content-Type (derive_page)
    kind = (page.content_type or "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        return f"content type {kind}"
    return None


# -- 2. analyse (pure) -------------------------------------------------------------------------

def analyse(page: ArchivedPage, body: bytes,
            knowledge: SiteKnowledge | None = None) -> Analysis | Failure:
    """Extraction, statistics and the page's class (with the site's listings' evidence when
    ``knowledge`` is given); a failure is returned, never raised, so that a worker can hand it
    back like a result."""
    # Imported on first use: the crawl process imports this module but analyses nothing (its
    # derive process does); extraction, statistics and places would cost it memory for nothing.
    from pipelines.analyse import analyse_page
    from pipelines.extract import ExtractionError
    try:
        return analyse_page(body, page.url, content_type=page.content_type, site=page.site,
                            family=page.family, site_entry=page.site_entry, knowledge=knowledge)
    except (ExtractionError, ValueError) as exc:
        return Failure(f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # an extractor bug must not stop the crawl; it is recorded
        logger.exception("extractor crashed on %s", page.url)
        return Failure(f"{type(exc).__name__}: {exc}")


# -- 3. record ---------------------------------------------------------------------------------

def record(archive: Archive, page: ArchivedPage, analysis: Analysis | Failure, *,
           again: bool = False, checked: bool = False) -> Derived:
    """Store what ``analyse`` found, in one transaction with the page's mark. ``checked``:
    the caller found the page not derived yet in the write transaction still open."""
    if isinstance(analysis, Failure):
        logger.warning("extraction failed for %s: %s (page kept in the archive)", page.url,
                       analysis)
        return _record(archive, page, Derived(page.url, "failed", "failed", str(analysis)),
                       again=again)
    if (notice := _server_message(analysis)) is not None:
        # The server's "not found" or maintenance page in place of the page asked for: never a
        # version of the story archived at that URL (whatever its URL's page type says), nor
        # a correction of its class. A story the portal says it no longer has is gone; one
        # under maintenance may come back, so the page proves nothing of it.
        # (judged again, e.g. when the run's classes are settled: gone already, by this page)
        gone = notice == "not_found" and (
            archive.mark_gone(page.url, page.fetched_at, NOT_FOUND_PAGE)
            or archive.gone_reason(page.url) == NOT_FOUND_PAGE)
        return _record(archive, page, Derived(page.url, "not_article", "gone" if gone else None,
                                              f"the server's {notice} page"),
                       again=again, analysis=analysis)
    if page.page_type != "article" and not analysis.is_article:
        return _record(archive, page, Derived(page.url, "not_article"), again=again,
                       analysis=analysis)
    if analysis.is_article and analysis.signals is not None and analysis.signals.story_pages:
        joined = _join_pages(archive, page, analysis, again)
        if joined is None:
            return _record(archive, page, Derived(page.url, "ok", None, WAITING), again=again,
                           analysis=analysis)
        analysis = joined
    archive.prepare_places(page.site)  # the unit tables, before the first article's places
    try:
        with archive.writing():
            done = None if again or checked else archive.derived_status(page.id)
            if done is not None:
                return done_already(page, done)
            # the story's identity, for its twin and its version: hashed once
            digest = content_hash(analysis.article.get("title"),
                                  analysis.article.get("body_text"))
            twin = archive.same_story(page.site, analysis.article, digest)
            if twin is not None:
                # one story under a second URL (a view with other parameters, a copy filed
                # twice) with no canonical link to say so: archived once, where it was first
                analysis = replace(analysis, is_article=False, page_class="duplicate",
                                   page_class_reason=f"{SAME_STORY}{twin}, "
                                                     "where the story is archived")
                return _record(archive, page, Derived(page.url, "not_article"), again=True,
                               analysis=analysis, canonical=twin)
            _record_class(archive, page, analysis)
            outcome = archive.store_article(page.id, analysis.article, seen_at=page.fetched_at,
                                            refresh=again, digest=digest)
            return _record(archive, page, Derived(page.url, "ok", outcome), again=True)
    except sqlite3.OperationalError:
        raise  # the archive itself failed (locked too long, disk full): not this page's fault
    except Exception as exc:  # a value the archive cannot hold: the page is kept, marked
        logger.exception("could not store the article of %s", page.url)
        return _record(archive, page, Derived(page.url, "failed", "failed",
                                              f"not stored: {type(exc).__name__}: {exc}"),
                       again=again)


# why a story is gone whose URL now answers with the server's "not found" page (status 200)
NOT_FOUND_PAGE = "the portal's not-found page, served with status 200"


def _server_message(analysis: Analysis) -> str | None:
    """``not_found`` or ``maintenance`` when the page is the server's own message in place of
    the page asked for (``pipelines.classify.server_message``)."""
    from pipelines.classify import server_message
    return server_message(analysis.signals) if analysis.signals is not None else None


# what a story's first page is marked with while its further pages are not all archived
WAITING = "a story over several pages: stored once its further pages are archived"


def _join_pages(archive: Archive, page: ArchivedPage, analysis: Analysis,
                again: bool) -> Analysis | None:
    """A story split over pages (``pipelines/story_pages.py``), joined with the further pages
    the archive holds. None: some are not archived yet and the crawl fetches them after this
    first page (``again`` is False): it is stored at the run's end, whole
    (``settle_classes``), not first as page 1 alone and then as a second version. A registered
    site's run is not settled so (``close_run``): its first page is stored with what the
    archive has, and joined whole by the next crawl or ``reprocess``."""
    from pipelines.story_pages import join_archived
    joined, missing = join_archived(archive, analysis, page.site_entry)
    generic = page.family in (None, "generic")
    return None if missing and not again and generic else joined


def _record(archive: Archive, page: ArchivedPage, derived: Derived, *,
            again: bool = False, analysis: Analysis | None = None,
            canonical: str | None = None) -> Derived:
    """Mark the page, unless another process derived it meanwhile (a crawl's derive process
    still finishing while a resume derives the same run): a page is derived once."""
    with archive.writing():
        done = None if again else archive.derived_status(page.id)
        if done is not None:
            return done_already(page, done)
        if analysis is not None:
            _record_class(archive, page, analysis, canonical)
        archive.mark_derived(page.id, derived.extract_status, derived.outcome,
                             derived.detail if derived.extract_status != "ok" else None)
    return derived


# -- page classes (issue 12: pipelines/classify.py) ----------------------------------------------

def _record_class(archive: Archive, page: ArchivedPage, analysis: Analysis,
                  canonical: str | None = None) -> None:
    """Record what the page is and why (and, for a listing, what it teases). A page that is
    no article stops being one if an earlier derive stored it as one: it is retracted, with
    everything derived from it, and the retraction is recorded. A registered family's
    article URL (page type "article") is trusted and never retracted, unless it repeats a
    story archived under another URL (a duplicate is counted once whatever its URL says)."""
    if canonical is None and analysis.signals is not None:
        canonical = analysis.signals.canonical_elsewhere
    archive.record_page_class(page.id, analysis.page_class, analysis.page_class_reason,
                              analysis.teasers, canonical)
    if (page.page_type != "article" or analysis.page_class == "duplicate") \
            and not analysis.is_article and _server_message(analysis) is None:
        archive.retract_article(page.url, f"{analysis.page_class}: {analysis.page_class_reason}")


def settle_classes(archive: Archive, site: str, run_id: int | None = None) -> Counter[str]:
    """Judge again, with everything the site's listings now say, the classified pages (the
    newest fetch of each URL; of one run's URLs with ``run_id``) whose class that evidence may
    overturn: a page judged no article that listings tease, an article that no listing
    teases and whose URL is not shaped like the site's stories, and a duplicate whose canonical
    URL holds no archived story. Each is derived again from its
    raw body. A crawl decides page by page as pages arrive; this makes the end result not
    depend on the order they arrived in. Returns how many pages got each new outcome."""
    from pipelines.classify import SiteKnowledge  # light: no extraction for these

    stories = archive.story_titles(site)
    knowledge = SiteKnowledge.from_listed(archive.listed_urls(site), stories)
    # first, stories split over pages take their pages (a further page is no orphan copy)
    joined = _settle_story_pages(archive, site, run_id, knowledge)
    if joined:
        stories = archive.story_titles(site)
        knowledge = SiteKnowledge.from_listed(archive.listed_urls(site), stories)
    # stories archived where a duplicate says they are, or under a page that named a canonical
    # URL holding none (kept as the story's copy by an earlier settling)
    held = {story_key(url) for url in [*stories, *archive.canonicals_kept(site)]}
    changed: Counter[str] = Counter(joined)
    # A duplicate first: with its story not held, one of the pages naming that URL becomes the
    # story's copy (the others stay duplicates), preferring a URL without a query string (a
    # print view, a tracking variant is a view of the story), then the first fetched.
    latest = {row["url"]: row for row in archive.classified_pages(site)}
    named = _named_urls(latest.values())
    # (a copy the site's pages name as the story's URL first: moving the story there makes the
    # URL those pages name hold it before they are judged again)
    rows = sorted(archive.classified_pages(site, run_id),
                  key=lambda r: (r["page_class"] != "duplicate", not _named_copy(r, named),
                                 "?" in r["url"], r["id"]))
    for row in rows:
        evidence = knowledge.evidence(row["url"], ())
        if row["page_class"] == "duplicate":
            key = story_key(row["canonical_url"] or "")
            if key in held:
                if _listed_copy(row, knowledge) or _named_copy(row, named):
                    held.add(story_key(row["url"]))
                    changed.update(_move_story(archive, row, latest.get(row["canonical_url"]),
                                               knowledge))
                continue
            derived = _judge_again(archive, row, knowledge)
            changed[derived.outcome or derived.extract_status] += 1
            if derived.extract_status == "ok":
                held.add(key)
            continue
        if not knowledge.listed:
            continue
        elif row["page_class"] == "article":
            suspect = evidence.listed_by == 0 and evidence.on_story_shape is False
        else:
            suspect = evidence.listed_by >= 1
        if suspect:
            derived = _judge_again(archive, row, knowledge)
            changed[derived.outcome or derived.extract_status] += 1
    return changed


def _settle_story_pages(archive: Archive, site: str, run_id: int | None,
                        knowledge: SiteKnowledge) -> Counter[str]:
    """Stories split over pages, joined with every page the run archived: a first page that
    waited for its further pages, and one whose further pages this run fetched again (the
    story is stored whole once; a re-crawl finds it unchanged)."""
    from pipelines.classify import STORY_PAGE
    rows = archive.classified_pages(site, run_id)
    firsts = {str(row["canonical_url"]) for row in rows if row["page_class"] == "duplicate"
              and STORY_PAGE in str(row.get("page_class_reason") or "")}
    changed: Counter[str] = Counter()
    for row in rows:
        if row["page_class"] == "article" and (
                row["url"] in firsts or (row["outcome"] is None
                                         and archive.derived_status(row["id"]) == ("ok", None))):
            firsts.discard(row["url"])
            # (each row is its URL's newest fetch already: ``classified_pages``)
            derived = _judge_again(archive, row, knowledge)
            changed[derived.outcome or derived.extract_status] += 1
    return changed


def _judge_again(archive: Archive, row: Mapping[str, Any], knowledge: SiteKnowledge) -> Derived:
    """Derive a classified page again with the site's evidence. A fetch that stored its story
    as new (or changed) and is still an article stored the version this judgement finds again:
    its run counts it as it first did, not as "unchanged" (a story the sitemap alone lists,
    judged again at the run's end, was counted unchanged in the run that first archived it)."""
    derived = derive_page(archive, archived_page(row), again=True, knowledge=knowledge)
    first = row.get("outcome")
    if derived.outcome == "unchanged" and first in ("new", "changed"):
        archive.mark_derived(row["id"], derived.extract_status, first)
        return replace(derived, outcome=first)
    return derived


# the reason ``record`` gives a story found again under a second URL by its content
SAME_STORY = "the same headline and text as "


def _listed_copy(row: Mapping[str, Any], knowledge: SiteKnowledge) -> bool:
    """A copy recorded by its content (no canonical link said so) whose URL more of the site's
    listing pages link than the URL its story is archived under, which came first by another
    route: a module's hand-written link, a parameter the portal ignores, a home page's featured
    box that links a generic detail view (listed by the home page alone, where the story's
    section lists and the home page both link its own URL)."""
    return (str(row.get("page_class_reason") or "").startswith(SAME_STORY)
            and knowledge.listed.get(row["url"], 0)
            > knowledge.listed.get(row["canonical_url"] or "", 0))


def _named_urls(rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """The URLs (``story_key``) the site's pages name as a story's own: the canonical URL of a
    duplicate that said so itself (a canonical link, a print view's printed address), not of
    a copy recorded by its content."""
    return {story_key(row["canonical_url"]) for row in rows
            if row["page_class"] == "duplicate" and row["canonical_url"]
            and not str(row.get("page_class_reason") or "").startswith(SAME_STORY)}


def _named_copy(row: Mapping[str, Any], named: set[str]) -> bool:
    """A copy recorded by its content whose URL the site's pages name as the story's (its
    print view prints it as the story's address, another path names it canonical), of a story
    archived under a URL none names: the story belongs where the site says it is, whichever
    URL the crawl fetched first (a story shown in two sections, neither naming a canonical)."""
    return (row["page_class"] == "duplicate"
            and str(row.get("page_class_reason") or "").startswith(SAME_STORY)
            and story_key(row["url"]) in named
            and story_key(row["canonical_url"] or "") not in named)


def _move_story(archive: Archive, copy: Mapping[str, Any], kept: Mapping[str, Any] | None,
                knowledge: SiteKnowledge) -> Counter[str]:
    """Archive the story under the URL the site's listings link (``copy``) instead of the one
    it arrived by first (``kept``), which then becomes its duplicate: which URL a story is
    kept under does not depend on the order the crawl fetched them in."""
    if kept is None:
        return Counter()
    with archive.writing():
        archive.retract_article(kept["url"], f"duplicate: the same story as {copy['url']}, "
                                             "the URL the site's listings link")
    moved = Counter[str]()
    for row in (copy, kept):
        derived = _judge_again(archive, row, knowledge)
        moved[derived.outcome or derived.extract_status] += 1
    return moved


def done_already(page: ArchivedPage, done: tuple[str, str | None]) -> Derived:
    return Derived(page.url, done[0], done[1], "derived already")


def derive_page(archive: Archive, page: ArchivedPage, body: bytes | None = None, *,
                again: bool = False, ocr: bool = False,
                knowledge: SiteKnowledge | None = None,
                analysis: Analysis | Failure | None = None) -> Derived:
    """Settle, analyse and record one archived page (``again``: one derived before). An
    attachment is read as a document (``ocr``: scanned PDFs through Tesseract).
    ``knowledge``: what the site's listings say, for a page's class. ``analysis``: the page's
    ``analyse`` done already, of ``body`` (``record_group``)."""
    settled = settle(archive, page, again=again)
    if settled is not None:
        return settled
    # settle found the page not derived yet: so it stays while the write lock is held
    # (``record_group``'s transaction), and ``record`` need not look again
    checked = archive.holds_write_lock()
    if analysis is not None and analysable(page):
        return record(archive, page, analysis, again=again, checked=checked)
    if body is None:
        try:
            body = archive.raw_body(page.sha256 or "")
        except (zlib.error, TypeError, KeyError) as exc:
            # The blob is damaged (``check`` reports it); what was derived from it stays.
            return _record(archive, page, Derived(
                page.url, "skipped", None,
                f"archived body {(page.sha256 or '')[:12]} unreadable ({exc})"), again=again)
    if page.page_type == "attachment":
        return derive_document(archive, page, body, again=again, ocr=ocr)
    if page.page_type == "image":
        return derive_image(archive, page, body, again=again)
    return record(archive, page, analyse(page, body, knowledge), again=again, checked=checked)


def derive_document(archive: Archive, page: ArchivedPage, body: bytes, *, again: bool = False,
                    ocr: bool = False) -> Derived:
    """An attachment as a document (``pipelines.documents``): its text, identity, statistics
    and the references it answers. A bad file is recorded on the document and the page, with
    its reason; it never counts as an article outcome."""
    # Imported on first use, like ``analyse``: the crawl process never reads a document.
    from pipelines.documents import analyse_attachment
    analysis = analyse_attachment(body, page.content_type, page.url, ocr=ocr)
    with archive.writing():
        done = None if again else archive.derived_status(page.id)
        if done is not None:
            return done_already(page, done)
        status = archive.store_document(page.id, analysis, seen_at=page.fetched_at)
        extract_status = {"ok": "ok", "no_text": "skipped"}.get(status, "failed")
        return _record(archive, page, Derived(page.url, extract_status, None,
                                              f"document: {analysis.text.error}"), again=True)


def derive_image(archive: Archive, page: ArchivedPage, body: bytes, *,
                 again: bool = False) -> Derived:
    """An article's photo: archived for the article page and its replay (``images`` rows point
    at it by URL, ``Archive.store_page``), never an article. Deriving checks that its bytes are
    a picture (what serving shows inline) and says which; it counts as no article outcome."""
    from pipelines.images import raster_type
    kind = raster_type(body)
    derived = (Derived(page.url, "ok", None, f"image: {kind}") if kind else
               Derived(page.url, "skipped", None,
                       f"image: not a raster picture ({page.content_type or 'no type'})"))
    return _record(archive, page, derived, again=again)


def analysable(page: ArchivedPage) -> bool:
    """A page ``derive_page`` analyses (unless derived already): one ``settle`` records no
    outcome for (every page it settles has a skip reason: a 304 or a 404 is no 200), and no
    attachment or photo."""
    return skip_reason(page) is None and page.page_type not in ("attachment", "image")


# what ``analysed_page`` gives of each page: the page, its body and its analysis ((None, None)
# for a page not to analyse, or whose body is unreadable: ``derive_page`` reads it again and
# records why)
Analysed = tuple[ArchivedPage, bytes | None, "Analysis | Failure | None"]


def analysed_page(archive: Archive, page: ArchivedPage) -> Analysed:
    """A page with its body and ``analyse`` done, outside any lock (the pure part of
    deriving: ``record_group`` records it)."""
    if not analysable(page):
        return page, None, None
    try:
        body = archive.raw_body(page.sha256 or "")
    except (zlib.error, TypeError, KeyError):
        return page, None, None
    return page, body, analyse(page, body)


def record_group(archive: Archive, group: list[Analysed]) -> list[Derived]:
    """``derive_page`` of each analysed page, in order, the records in one write transaction
    (``store.SHARE_BLOCK`` says why): each page is settled and recorded in a savepoint of its
    own (a page is derived once: the check is under the lock, as ever; a page that fails is
    recorded failed alone). An error of the archive itself on one page commits what the pages
    before it recorded and is raised."""
    if not group:
        return []
    derived: list[Derived] = []
    failure: Exception | None = None
    with archive.writing():
        for page, body, analysis in group:
            try:  # nested in the group's transaction, each page's writes are savepoints
                derived.append(derive_page(archive, page, body, analysis=analysis))
            except Exception as exc:  # noqa: BLE001 — raised below, once the pages before it commit
                failure = exc
                break
        if failure is not None and not archive.db.conn.in_transaction:
            raise failure  # SQLite rolled the whole transaction back: nothing to commit
    if failure is not None:
        raise failure
    return derived


def derive_pages(archive: Archive, pages: Iterable[ArchivedPage],
                 on_page: Callable[[Derived], None] | None = None, *,
                 again: bool = False, ocr: bool = False) -> Counter[str]:
    """Derive many pages; returns how many got each outcome (or each extract_status)."""
    summary: Counter[str] = Counter()
    for page in pages:
        derived = derive_page(archive, page, again=again, ocr=ocr)
        summary[derived.outcome or derived.extract_status] += 1
        if on_page is not None:
            on_page(derived)
    return summary


# -- 4. close a run ----------------------------------------------------------------------------

@dataclass(frozen=True)
class RunEnd:
    """How a run ended, as its driver (Scrapy, the cluster, a resume) saw it."""

    finish_reason: str  # "finished" only when nothing cut the crawl short
    mode: str  # full | incremental | resume
    registered: bool  # a registry site (its listings are known), not a generic crawl
    exit_status: int | None = None
    pages_lost: int = 0  # responses fetched but not stored: the run is "failed"
    # Requests a limit kept from being fetched, per reason; None: not known (an interrupted
    # run, or a cluster job's end message from a worker that did not send them), which is not
    # the same as none.
    dropped: Mapping[str, int] | None = None
    # A generic crawl's classes were settled already (``settle_classes``, by the crawl's last
    # derive process, so that the crawl process never loads extraction).
    classes_settled: bool = False


def close_run(archive: Archive, run_id: int, end: RunEnd,
              gone_after_unlisted_runs: int = GONE_AFTER_UNLISTED_RUNS) -> dict[str, Any]:
    """Finish a run: its counts from the archive, the unlisted-gone rule, the end reason.
    Returns the ``crawl_runs`` fields written."""
    run = archive.run(run_id)
    reason = "failed" if end.pages_lost else end.finish_reason
    if not end.registered and run.get("site") and not end.classes_settled:
        # A generic crawl's pages were classified one by one; now every listing is known.
        settle_classes(archive, run["site"], run_id)
    # A link off the site, one robots.txt forbids or one too long to be a page is not part of
    # the site's listings; any other drop (depth, pagination, a size cap) means some listing
    # or article was not seen, and the crawl proves nothing about what is gone.
    saw_everything = reason == "finished" and not any(
        n for why, n in (end.dropped or {}).items() if why not in HARMLESS_DROPS)
    unlisted_gone = 0
    if (end.registered and end.mode == "full" and saw_everything
            and run.get("site")):
        # Only complete full crawls see every listing: then an article no listing has shown
        # for ``gone_after_unlisted_runs`` of them is gone, even if its URL still answers
        # (many portals serve a "not found" page with status 200).
        unlisted_gone = archive.mark_unlisted_gone(run["site"], gone_after_unlisted_runs,
                                                   run_id, HARMLESS_DROPS)
    counts = archive.run_counts(run_id)
    fields: dict[str, Any] = {
        "finish_reason": reason, "pages_lost": end.pages_lost,
        "pages_fetched": counts["pages"], "pages_failed": counts["pages_failed"],
        **{column: counts.get(outcome, 0) for outcome, column in RUN_COLUMNS.items()},
    }
    fields["articles_gone"] += unlisted_gone
    if end.exit_status is not None:
        fields["exit_status"] = end.exit_status
    archive.finish_run(run_id, **fields)
    if end.dropped is not None:
        archive.record_dropped(run_id, end.dropped)
    return fields
