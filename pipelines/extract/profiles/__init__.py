"""Template-family profiles: the registry in ``families.json`` (data, not code).

Adding a family adds a JSON entry and a fixture; nothing here knows any site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

from cssselect import HTMLTranslator, parse
from cssselect.parser import Attrib, Class, CombinedSelector, Function, Hash, Negation, Pseudo, Tree
from cssselect.xpath import XPathExpr, is_non_whitespace
from lxml import etree

_REGISTRY = Path(__file__).with_name("families.json")
_FIELDS = ("title", "date", "body", "lead", "category", "author", "attachments", "caption",
           "remove", "listing")


class _Translator(HTMLTranslator):
    """cssselect's translation, with a class test libxml2 evaluates faster.

    ``.x`` (``[class~=x]``) becomes a predicate on the element's class attribute node,
    ``@class[contains(., 'x') and contains(concat(' ', normalize-space(.), ' '), ' x ')]``,
    where cssselect writes ``@class and contains(concat(' ', normalize-space(@class), ' '),
    ' x ')``: an element without a class fails it at once and one whose class lacks x fails
    the plain ``contains`` before any string is built (twice as fast on a page's 200
    elements). The same elements match: x holds no white space (cssselect matches nothing
    for a class that does, and this keeps its translation), so where the padded, normalised
    class holds " x ", the class itself holds x."""

    def xpath_attrib_includes(self, xpath: XPathExpr, name: str,
                              value: str | None) -> XPathExpr:
        if name != "@class" or not value or not is_non_whitespace(value):
            return super().xpath_attrib_includes(xpath, name, value)
        word, padded = self.xpath_literal(value), self.xpath_literal(f" {value} ")
        return xpath.add_condition(
            f"@class[contains(., {word}) and contains(concat(' ', normalize-space(.), ' '),"
            f" {padded})]")


@lru_cache(maxsize=512)
def compile_css(selector: str) -> etree.XPath:
    """One CSS selector as a compiled XPath (translated once per process)."""
    return etree.XPath(_Translator().css_to_xpath(selector))


@lru_cache(maxsize=512)
def classes_needed(selector: str) -> frozenset[str]:
    """The class names ``selector`` matches nothing without: those of its compound selectors
    along its chain of combinators (not those under ``:not()``); none for a group of
    selectors. (A class name holding white space is left out: see ``PageClasses``.)"""
    trees = parse(selector)
    if len(trees) != 1:
        return frozenset()
    return frozenset(name for name in _classes_along(trees[0].parsed_tree)
                     if not any(c.isspace() for c in name))


@lru_cache(maxsize=512)
def id_parts_needed(selector: str) -> frozenset[str]:
    """What ``selector`` matches nothing without: strings that some element's id holds (an
    ``#x`` its id, an ``[id^=x]``, ``[id*=x]``, … a part of it), along its chain of combinators
    as for ``classes_needed``; none for a group of selectors."""
    trees = parse(selector)
    if len(trees) != 1:
        return frozenset()
    return frozenset(_id_parts_along(trees[0].parsed_tree))


# The attribute tests whose value is a part of the attribute's (cssselect compares values as
# written, case and all; ``!=`` and a bare ``[id]`` need no part).
_VALUE_IN_ATTRIBUTE = frozenset({"=", "~=", "|=", "^=", "$=", "*="})


def _id_parts_along(tree: Tree) -> set[str]:
    if isinstance(tree, Hash):
        return {tree.id} | _id_parts_along(tree.selector)
    if (isinstance(tree, Attrib) and tree.namespace is None and tree.attrib.lower() == "id"
            and tree.operator in _VALUE_IN_ATTRIBUTE and tree.value is not None
            and tree.value.value is not None):
        return {tree.value.value} | _id_parts_along(tree.selector)
    if isinstance(tree, CombinedSelector):
        return _id_parts_along(tree.selector) | _id_parts_along(tree.subselector)
    if isinstance(tree, (Class, Attrib, Pseudo, Function, Negation)):
        return _id_parts_along(tree.selector)
    return set()


def _classes_along(tree: Tree) -> set[str]:
    if isinstance(tree, Class):
        return {tree.class_name} | _classes_along(tree.selector)
    if isinstance(tree, CombinedSelector):
        return _classes_along(tree.selector) | _classes_along(tree.subselector)
    if isinstance(tree, (Hash, Attrib, Pseudo, Function, Negation)):
        return _classes_along(tree.selector)  # the element they qualify (Negation: not its :not)
    return set()  # an element name, or what this does not read: no class needed


_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_ID_VALUES = etree.XPath("//@id", smart_strings=False)


class PageClasses:
    """The class attributes of a page, read once, to skip the selectors that need a class no
    element has: most of a profile's selectors are class selectors, and evaluating one walks
    the whole tree testing every element's class (about as long as finding nothing).

    Read from the page's tree as it stands, it holds every class of that tree after any
    removal or move of elements. A class name (without white space) that an element carries
    is a substring of that element's class attribute, so one absent from all of them,
    joined, is carried by no element. The same goes for the ids and what an id selector needs
    of one (``id_parts_needed``): the ``[id^=dnn_ctr]`` of a family's detection walks the tree
    as long as a class selector."""

    def __init__(self, root: etree._Element) -> None:
        self._joined = " ".join(cast(list[str], _CLASS_VALUES(root)))
        self._ids = " ".join(cast(list[str], _ID_VALUES(root)))

    def may_match(self, selector: str) -> bool:
        return (all(name in self._joined for name in classes_needed(selector))
                and all(part in self._ids for part in id_parts_needed(selector)))


@dataclass(frozen=True)
class Profile:
    id: str
    doc: str
    detect_url: tuple[re.Pattern[str], ...]
    detect_css: tuple[str, ...]
    detect_html: tuple[str, ...]
    min_score: int
    selectors: dict[str, tuple[str, ...]]

    def select(self, root: etree._Element, field: str,
               classes: PageClasses | None = None) -> list[etree._Element]:
        """Elements of the first selector of ``field`` that matches anything. ``classes``
        (of ``root``'s page): the selectors that cannot match are not run."""
        for css in self.selectors.get(field, ()):
            if classes is not None and not classes.may_match(css):
                continue
            found: list[etree._Element] = compile_css(css)(root)
            if found:
                return found
        return []

    def select_all(self, root: etree._Element, field: str,
                   classes: PageClasses | None = None) -> list[etree._Element]:
        """Elements of every selector of ``field``, in selector order, without repeats."""
        seen: dict[etree._Element, None] = {}
        for css in self.selectors.get(field, ()):
            if classes is not None and not classes.may_match(css):
                continue
            for el in compile_css(css)(root):
                seen.setdefault(el, None)
        return list(seen)

    def score(self, root: etree._Element, url: str, raw_html: str,
              classes: PageClasses | None = None, needed: int = 0) -> int:
        """How many detection rules this page matches (at most one per rule kind and entry).
        ``classes`` (of ``root``'s page): the selectors that cannot match are not run.
        ``needed``: a score the caller has no use for below it; once the rules left cannot
        bring the score there, it is returned as it stands (below ``needed``, as the whole
        count would be): each look for a needle in the page's HTML reads all of it."""
        score = sum(1 for rx in self.detect_url if rx.search(url))
        if score + len(self.detect_css) + len(self.detect_html) < needed:
            return score
        score += sum(1 for css in self.detect_css
                     if (classes is None or classes.may_match(css)) and compile_css(css)(root))
        if score + len(self.detect_html) < needed:
            return score
        score += sum(1 for needle in self.detect_html if needle in raw_html)
        return score


@lru_cache(maxsize=1)
def load_profiles() -> dict[str, Profile]:
    data = json.loads(_REGISTRY.read_text(encoding="utf-8"))
    profiles = {}
    for fid, spec in data.items():
        if fid.startswith("_"):
            continue
        det = spec.get("detect", {})
        profiles[fid] = Profile(
            id=fid,
            doc=spec.get("doc", ""),
            detect_url=tuple(re.compile(rx) for rx in det.get("url", ())),
            detect_css=tuple(det.get("css", ())),
            detect_html=tuple(det.get("html", ())),
            min_score=int(spec.get("min_score", 2)),
            selectors={f: tuple(spec.get(f, ())) for f in _FIELDS},
        )
        for sels in profiles[fid].selectors.values():
            for css in sels:
                compile_css(css)  # fail at load on a bad selector, not mid-crawl
    return profiles


def get_profile(family: str) -> Profile | None:
    return load_profiles().get(family)


def detect_family(root: etree._Element, url: str, raw_html: str) -> Profile | None:
    """The best-matching family for a page, or None (then the generic path runs)."""
    best: tuple[int, Profile] | None = None
    # the page's classes and ids, read once for all the families' detection selectors
    classes = PageClasses(root)
    for profile in load_profiles().values():
        # (a family is chosen only from its min_score and above the best so far)
        needed = max(profile.min_score, best[0] + 1 if best else 0)
        s = profile.score(root, url, raw_html, classes, needed)
        if s >= profile.min_score and (best is None or s > best[0]):
            best = (s, profile)
    return best[1] if best else None
