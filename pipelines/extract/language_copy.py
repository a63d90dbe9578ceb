"""A language version of a page that is no translation: the same story in another chrome.

A multilingual site (a site builder's language menu, a CMS's ``?lang=en``) serves every page in
each of its languages; an item nobody translated is shown in its own language inside the other
language's chrome (the menu, the dates and "Recent Posts" in English, the headline and text in
Vietnamese), and such a page usually names itself canonical, with ``hreflang`` alternates naming
the page in each language. It is a copy of the page in the headline's language, not a story of
its own: the archive keeps that page, whatever the crawl fetched first. A translated page
(an English headline) is a story of its own, as a bilingual portal's English section is.
"""
from __future__ import annotations

import re
from typing import cast
from urllib.parse import urljoin

from lxml import etree

_ALTERNATES = etree.XPath("//head/link[@rel='alternate'][@hreflang][@href]")
# Letters only Vietnamese writes (with its tone and vowel marks), lower and upper case: a
# headline with a few of them is written in Vietnamese, whatever the page says of itself.
_VIETNAMESE_LETTER = re.compile(
    "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]")
_VIETNAMESE_MIN = 3  # letters: one or two may be a name's in an English headline


def vietnamese_alternate(root: etree._Element, url: str) -> str | None:
    """The page's ``hreflang="vi"`` alternate when it is another URL (read before pruning,
    which drops every ``<link>``)."""
    for link in cast(list[etree._Element], _ALTERNATES(root)):
        if (link.get("hreflang") or "").strip().lower().split("-")[0] == "vi":
            target = urljoin(url, (link.get("href") or "").strip())
            if target.split("#")[0] != url.split("#")[0]:
                return target
    return None


def untranslated_copy_of(language: str | None, headline: str | None,
                         alternate: str | None) -> str | None:
    """The Vietnamese page this one repeats untranslated: a page declaring another language
    (``language``, its primary subtag) whose headline is Vietnamese, naming a Vietnamese
    alternate (``vietnamese_alternate``); None for any other page."""
    if alternate is None or language in (None, "vi") or not headline:
        return None
    return alternate if len(_VIETNAMESE_LETTER.findall(headline)) >= _VIETNAMESE_MIN else None
