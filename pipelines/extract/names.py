"""Class and id names matched against case-insensitive patterns, fast.

Templates name their blocks in ASCII ("article-content", "box-statistic"), and a page's
signals test most of its elements' names against alternations such as
``footer|side-?bar|nav``. Searched with ``re.I``, such a pattern is tried letter by letter at
every character: the regex engine cannot skip to the characters a match may start with when
it must fold case. On an ASCII name, lower-casing it and searching the same pattern without
``re.I`` finds exactly what ``re.I`` finds (``re.I`` matches an ASCII letter only with its other
case; the other characters it folds to one, U+017F long s for s, U+0130 and U+0131 for i, the
Kelvin sign U+212A for k, are not ASCII), three times faster. Any other name is searched with
``re.I``.
"""

from __future__ import annotations

import re

from lxml import etree

# An upper-case letter that is not an escape's (``\S``, ``\W``): it would match only itself in
# the lower-cased names.
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


# Names answered from memory per pattern, at most this many (then forgotten at once): a
# template's vocabulary of class names is small and the same on each of its pages, and a page
# asks about the same names many times (each element around each link, each region test).
_KNOWN_NAMES_MAX = 4096


class NamePattern:
    """A regex searched case-insensitively in class and id names."""

    def __init__(self, pattern: str) -> None:
        if _UPPER_LITERAL.search(pattern):
            raise ValueError(f"a name pattern is written in lower case: {pattern!r}")
        self.caseless = re.compile(pattern, re.I)
        self._lowered = re.compile(pattern)
        self._known: dict[str, bool] = {}

    def search(self, names: str) -> bool:
        """Whether the pattern occurs in ``names`` (as ``re.compile(pattern, re.I).search``)."""
        known = self._known.get(names)
        if known is None:
            if names.isascii():
                known = self._lowered.search(names.lower()) is not None
            else:
                known = self.caseless.search(names) is not None
            if len(self._known) >= _KNOWN_NAMES_MAX:
                self._known.clear()
            self._known[names] = known
        return known


# The page's own elements: their classes say the page's state or layout (Drupal 7's "one-sidebar
# sidebar-second", a theme's "has-sidebar", WordPress' "single-post"), never a region of it: a
# pattern looking for a sidebar or a footer must not find the whole page there.
PAGE_TAGS = frozenset({"html", "body"})


def names_of(el: etree._Element) -> str:
    """The element's class and id, space-separated (either alone, or "" for none); none for
    the page's ``<html>`` and ``<body>`` (``PAGE_TAGS``)."""
    if el.tag in PAGE_TAGS:
        return ""
    cls, id_ = el.get("class"), el.get("id")
    # (what " ".join(filter(None, (cls, id_))) gives, without building a tuple and a filter)
    if cls and id_:
        return f"{cls} {id_}"
    return cls or id_ or ""


# Menus (not breadcrumbs), by their class or id: a page they link is a section of the site,
# not a story (``signals``), and their current entry names the page's section (``fields``).
MENU_NAME = NamePattern(r"(^|[\s_-])(nav|navbar|navigation|menu|menus|mainmenu|main-menu|menutop"
                        r"|menu_top|menu_ngang|topmenu|dnn-?menu)([\s_-]|$)")


# Bootstrap's grid: a column of a third of the row or less ("col-lg-4") beside one of two
# thirds or more at the same breakpoint ("col-lg-8") is the page's side column, whatever it is
# called (a CMS's layout names its columns only "Column 1", "Column 2").
_GRID_COLUMN = re.compile(r"(?:^|\s)col-(xs|sm|md|lg|xl|xxl)-(\d{1,2})(?=\s|$)")


def narrow_grid_column(el: etree._Element, names: str) -> bool:
    """``el`` (whose class and id are ``names``) is such a narrow column beside a wide one."""
    narrow = {bp: int(n) for bp, n in _GRID_COLUMN.findall(names)}
    narrow = {bp: n for bp, n in narrow.items() if n <= 4}
    parent = el.getparent()
    if not narrow or parent is None:
        return False
    for sibling in parent:
        if sibling is el or not isinstance(sibling.tag, str):
            continue
        wide = _GRID_COLUMN.findall(sibling.get("class") or "")
        if any(bp in narrow and int(n) >= 8 for bp, n in wide) \
                and any(text.strip() for text in sibling.itertext()):
            return True
    return False
