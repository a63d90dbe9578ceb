"""Article extraction: a pure function from a raw page to an :class:`Article`.

    from pipelines.extract import extract_article, Article, ExtractionError
    article = extract_article(body, url, encoding=None, content_type=None, site=None, family=None)
    article.to_dict()  # the JSON object of shared/DESIGN.md
"""

from __future__ import annotations

from .article import Article, Attachment, ExtractionError, Image
from .core import extract_article
from .profiles import load_profiles

__all__ = ["Article", "Attachment", "ExtractionError", "Image", "extract_article", "load_profiles"]
