"""An NFC view of the input that maps every offset back to the input.

The word lists are NFC, as DESIGN.md's body_text is, but the `stats` command may be given
raw text: NFD, or the Unikey "Unicode tổ hợp" form (a precomposed â/ơ/ư plus a combining
tone mark, research vn-portals.md 2.1). Matching runs on the NFC view; every statistic is
reported with offsets into the text as given, so that ``text == input[start:end]`` holds.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class TextView:
    text: str                              # what the finders search (NFC per character cluster)
    origin_start: tuple[int, ...] | None   # input offset where view character i begins
    origin_end: tuple[int, ...] | None     # input offset where view character i ends

    @classmethod
    def of(cls, original: str) -> TextView:
        if unicodedata.is_normalized("NFC", original):
            return cls(original, None, None)
        return cls._normalized(original)

    @classmethod
    def _normalized(cls, original: str) -> TextView:
        # Normalise one cluster at a time (a starter and the combining marks after it):
        # composition never crosses a cluster in Latin script, and each output character
        # then maps to the whole input cluster it came from.
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        cluster_start = 0
        for i in range(1, len(original) + 1):
            if i < len(original) and unicodedata.combining(original[i]):
                continue
            composed = unicodedata.normalize("NFC", original[cluster_start:i])
            parts.append(composed)
            starts.extend([cluster_start] * len(composed))
            ends.extend([i] * len(composed))
            cluster_start = i
        return cls("".join(parts), tuple(starts), tuple(ends))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span covering view characters ``start`` to ``end`` (exclusive)."""
        if self.origin_start is None or self.origin_end is None:
            return start, end
        if start >= end:
            at = self.origin_start[start] if start < len(self.origin_start) else (
                self.origin_end[-1] if self.origin_end else 0)
            return at, at
        return self.origin_start[start], self.origin_end[end - 1]
