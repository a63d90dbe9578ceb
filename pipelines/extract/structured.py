"""A story whose page holds it only in structured data (JSON-LD ``NewsArticle``): a portal
built as a client-rendered app pre-renders the head and leaves the body an empty app root.

The archive keeps what the page holds, verbatim (NFC): the ``articleBody`` when it holds more
text than the visible body; when the structured data has no ``articleBody``, only its
``description``, that summary is all the page holds of the story, and the extractor name says
so (``…+jsonld:description``), so a researcher can tell a summary from a full text.
"""
from __future__ import annotations

import html
from datetime import datetime

from crawler.jsonld import StructuredStory

from .article import Article, Image
from .dates import parse_iso
from .signals import PageSignals

# the visible body is replaced only when it holds clearly less than the structured text: a page
# that shows its story (with its photos and captions in the markup) keeps what it shows even
# if its articleBody spells the same text a little longer (spaces, a byline)
VISIBLE_SHARE = 0.8


def apply_structured_story(article: Article, signals: PageSignals, story: StructuredStory,
                           now: datetime | None) -> None:
    """Fill what the visible page lacks from the page's structured story: its text when the
    body holds less, and the headline, date, author and section the page does not show."""
    if story.text_source and len(article.body_text) < VISIBLE_SHARE * len(story.text):
        article.body_text = story.text
        article.body_html = "".join(f"<p>{html.escape(p, quote=False)}</p>"
                                    for p in story.paragraphs)
        article.extractor += f"+jsonld:{story.text_source}"
        signals.body_found = True
        signals.structured_story = f"{story.kind} ({story.text_source})"
        if not article.images and story.image:  # the story's photo, named only there
            article.images = [Image(story.image, story.image_caption)]
        # the visible body was a skeleton: what it showed says nothing of the story
        signals.body_in_chrome = False
        signals.body_teaser_of = signals.extractor_listing = None
    if not article.title and story.headline:
        article.title = signals.title = story.headline
    if article.published is None and story.published:
        published = parse_iso(story.published, now)
        if published is not None:
            article.published, article.published_raw = published.iso(), published.raw
    article.author = article.author or story.author
    article.category = article.category or story.section
