"""The word lists of lexicon.json, loaded once into read-only structures.

The lists are data so that a researcher can teach the extractor a new counted noun,
currency or document type without touching code (STYLE.md: site knowledge is data).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

LEXICON_PATH = Path(__file__).with_name("lexicon.json")

# Space that may stand between a number and its unit, or between the words of a phrase.
# Body text collapses white space, but raw text (the `stats` CLI) keeps no-break spaces.
SPACE_CHARS = frozenset(" \t\u00a0\u2007\u2009\u202f")
SPACE = "[" + "".join(sorted(SPACE_CHARS)) + "]"
# One space character or a single line break: text taken from PDFs and legal documents wraps
# lines inside a reference or a range ("Nghị định số\n69/2008/NĐ-CP", "100-\n110 triệu
# đồng"). A blank line (a paragraph break) is never crossed.
WRAP = rf"(?:{SPACE}|\n(?!{SPACE}*\n))"


def key(words: str) -> str:
    """Lookup key for a phrase as written: lowercase, single spaces."""
    return " ".join(words.lower().split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first so the longest one wins.

    Spaces inside a phrase match any run of ``SPACE``. Case is left to the caller's
    ``re.IGNORECASE``.
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(f"{SPACE}+".join(re.escape(part) for part in p.split()) for p in ordered)


def grouped_phrase_alternation(phrases: Iterable[str]) -> str:
    """``phrase_alternation(phrases)``, the phrases grouped by their first character:
    ``h(?:ộ|a|...)|n(?:gười|...)|...``. The regex engine tries an alternation's branches one
    by one, and under ``re.IGNORECASE`` enters every branch to test its first letter: a unit
    list of 300 phrases was 300 tries at each number (~3 us a match); grouped, one try per
    first letter (27), then the one group's phrases.

    The same matches, with the same groups: each group keeps its phrases in the order the
    plain alternation has them (longest first), and a character of the text matches the first
    letter of one group at most (no two groups' letters are alike under ``re.IGNORECASE``,
    checked here), so the branches of the plain alternation that can match at a place, in
    their order, are that group's, in its order. Without that, the plain alternation."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(phrase)
    firsts = list(groups)
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts
           if a != b):
        return phrase_alternation(phrases)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(
            f"{SPACE}+".join([re.escape(phrase.split()[0][1:]),
                              *map(re.escape, phrase.split()[1:])])
            for phrase in members) + ")"
        for first, members in groups.items())


@dataclass(frozen=True)
class Lexicon:
    counted_nouns: Mapping[str, str]          # surface key -> unit (the noun, or its head)
    not_units: frozenset[str]                 # look like "noun + more" but are other words
    durations: Mapping[str, str]              # surface key -> unit, after digit numbers only
    measure_units: Mapping[str, str]          # surface key -> unit
    currencies: Mapping[str, str]             # surface key -> ISO 4217 code
    not_money_after_dong: frozenset[str]
    scales: Mapping[str, int]
    qualifiers: Mapping[str, str]             # qualifier -> its sense
    qualifier_signs: Mapping[str, str]        # "<" -> less_than, ...
    comparison_senses: Mapping[str, str]      # comparative -> sense when "so với" follows
    range_senses: Mapping[str, str]           # "low" / "high" / "from_and_up" -> sense
    qualifier_fillers: tuple[str, ...]
    rate_denominators: frozenset[str]
    rate_places: frozenset[str]
    date_words_before_fractions: tuple[str, ...]
    span_words: tuple[str, ...]
    document_types: tuple[str, ...]
    document_types_symbol_only: frozenset[str]
    document_types_bare_without_so: frozenset[str]
    document_type_abbreviations: Mapping[str, str]   # "QĐ" -> "Quyết định", case as written
    issuer_stop_words: tuple[str, ...]
    issuer_committee_heads: tuple[str, ...]
    issuer_comma_phrases: tuple[str, ...]
    name_markers: tuple[str, ...]
    name_marker_exceptions: Mapping[str, frozenset[str]]
    vague_before_spelled: tuple[str, ...]
    spelled_digits: Mapping[str, int]
    spelled_ambiguous_alone: frozenset[str]
    sentence_abbreviations: frozenset[str]

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> Lexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        nouns = {key(n): n.lower() for n in raw["counted_nouns"]}
        nouns.update({key(c): head for c, head in raw["compounds"].items()})
        return cls(
            counted_nouns=MappingProxyType(nouns),
            not_units=frozenset(key(w) for w in raw["not_units"]),
            durations=MappingProxyType({key(k): v for k, v in raw["durations"].items()}),
            measure_units=MappingProxyType({key(k): v for k, v in raw["measure_units"].items()}),
            currencies=MappingProxyType({key(k): v for k, v in raw["currencies"].items()}),
            not_money_after_dong=frozenset(raw["not_money_after_dong"]),
            scales=MappingProxyType(dict(raw["scales"])),
            qualifiers=MappingProxyType({key(k): v for k, v in raw["qualifiers"].items()}),
            qualifier_signs=MappingProxyType(dict(raw["qualifier_signs"])),
            comparison_senses=MappingProxyType(
                {key(k): v for k, v in raw["comparison_senses"].items()}),
            range_senses=MappingProxyType(dict(raw["range_senses"])),
            qualifier_fillers=tuple(raw["qualifier_fillers"]),
            rate_denominators=frozenset(key(w) for w in raw["rate_denominators"]),
            rate_places=frozenset(key(w) for w in raw["rate_places"]),
            date_words_before_fractions=tuple(raw["date_words_before_fractions"]),
            span_words=tuple(raw["span_words"]),
            document_types=tuple(raw["document_types"]),
            document_types_symbol_only=frozenset(raw["document_types_symbol_only"]),
            document_types_bare_without_so=frozenset(raw["document_types_bare_without_so"]),
            document_type_abbreviations=MappingProxyType(dict(raw["document_type_abbreviations"])),
            issuer_stop_words=tuple(raw["issuer_stop_words"]),
            issuer_committee_heads=tuple(raw["issuer_committee_heads"]),
            issuer_comma_phrases=tuple(raw["issuer_comma_phrases"]),
            name_markers=tuple(raw["name_markers"]),
            name_marker_exceptions=MappingProxyType(
                {k: frozenset(v) for k, v in raw["name_marker_exceptions"].items()}),
            vague_before_spelled=tuple(raw["vague_before_spelled"]),
            spelled_digits=MappingProxyType(dict(raw["spelled_digits"])),
            spelled_ambiguous_alone=frozenset(raw["spelled_ambiguous_alone"]),
            sentence_abbreviations=frozenset(raw["sentence_abbreviations"]),
        )


LEXICON = Lexicon.load()
