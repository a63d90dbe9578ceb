"""Sentence spans: where an issuer may be named, and the context shown with each statistic."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import LEXICON

# End punctuation (with closing quotes/brackets) followed by white space; a line break. Written
# to open with one class of the characters either can start with, so the regex engine skips in
# C to the next of them instead of trying both alternatives at every position (0.15 -> 0.05 ms
# on a 10,000-character body); then a line break is the match, an end mark goes on as
# ``[.!?…]+[”"’')\]]*(?=\s)`` (the same matches as that pattern ``|\n``).
_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[”\"’')\]]*(?=\s))")
_LAST_TOKEN = re.compile(r"([^\s.]+)$")


@dataclass(frozen=True)
class Sentences:
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Sentences:
        starts, ends = [], []
        start = 0
        for m in _END.finditer(text):
            if m.group() != "\n" and not _ends_sentence(text, m):
                continue
            if text[start:m.end()].strip():
                starts.append(start)
                ends.append(m.end())
            start = m.end()
        if text[start:].strip():
            starts.append(start)
            ends.append(len(text))
        return cls(tuple(starts), tuple(ends))

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``; (pos, pos) outside all sentences."""
        i = bisect_right(self.starts, pos) - 1
        if i < 0 or pos >= self.ends[i]:
            return pos, pos
        return self.starts[i], self.ends[i]


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    """A full stop ends a sentence unless it closes an abbreviation ("TP. Hải Phòng") or the
    next word starts lowercase (a stray dot inside a sentence)."""
    rest = text[m.end():m.end() + 16].lstrip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“\"'(‘["):
        return False
    if m.group().startswith("."):
        token = _LAST_TOKEN.search(text, max(0, m.start() - 12), m.start())
        if token and token.group(1) in LEXICON.sentence_abbreviations:
            return False
    return True
