"""The words right before a position: where qualifiers, name markers and vague words stand."""
from __future__ import annotations

WINDOW = 60          # characters looked at; four Vietnamese syllables fit comfortably
_OPENERS = "([“\"‘'«"


def words_before(text: str, start: int, limit: int = 4) -> tuple[str, ...]:
    """Up to ``limit`` lowercase words just before ``start``, nearest last.

    Only letters-only words separated by white space count, within the same line: a digit,
    punctuation or a paragraph break ends the run. A ':' right before the number is skipped
    ("Điều: 5" reads like "Điều 5"); a word right after an opening bracket or quote counts
    and ends the run ("(tăng 160 xã" reads "tăng").
    """
    low = max(0, start - WINDOW)
    window = text[low:start]
    line_start = window.rfind("\n") + 1
    cut = line_start == 0 and low > 0 and not text[low - 1].isspace()
    window = window[line_start:].rstrip()
    window = window.removesuffix(":")
    tokens = window.split()
    if cut and tokens and not window[:1].isspace():
        tokens = tokens[1:]                      # the window began inside this word
    words: list[str] = []
    for token in reversed(tokens):
        if len(words) == limit:
            break
        if not token.isalpha():
            opened = token.lstrip(_OPENERS)
            if opened != token and opened.isalpha():
                words.append(opened.lower())
            break
        words.append(token.lower())
    return tuple(reversed(words))


def token_before(text: str, start: int, skip: int) -> str | None:
    """The white-space separated token before the last ``skip`` words before ``start``, on
    the same line ("9" for "9 tháng" before "20,8 tỷ" with ``skip`` 1), or None."""
    window = text[max(0, start - WINDOW):start]
    tokens = window[window.rfind("\n") + 1:].split()
    return tokens[-skip - 1] if len(tokens) > skip else None


def phrase_at_end(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]],
                  longest: int) -> tuple[str, ...] | None:
    """The longest phrase of ``phrases`` that ``words`` end with, or None."""
    for n in range(min(longest, len(words)), 0, -1):
        tail = words[len(words) - n:]
        if tail in phrases:
            return tail
    return None
