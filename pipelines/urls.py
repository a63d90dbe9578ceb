"""Which spellings of a URL name one page, for the pages' signals (extraction) and the site's
evidence (classification) alike. A leaf: extraction may import it (it imports nothing of the
crawler's), and so may classification, without either importing the other."""
from __future__ import annotations

from urllib.parse import urlsplit


def story_key(url: str) -> str:
    """One key for the spellings of a page's URL that name the same page (scheme, case of the
    host, ``www.``, a trailing slash, a fragment): how a page's signals tell a link to the page
    itself (pipelines/extract/signals.py), and site evidence finds a duplicate's story
    (pipelines/classify.py)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}:{parts.port or ''}{parts.path.rstrip('/') or '/'}" + \
        (f"?{parts.query}" if parts.query else "")
