"""Compile large Vietnamese regexes without redoing the same character class hundreds of times.

The statistics patterns are long alternations of phrases ("tình nguyện viên|cụm công nghiệp|
..."), compiled with IGNORECASE and with a space class holding characters above U+00FF
(``lexicon.SPACE``: no-break, figure, thin spaces). The ``re`` compiler turns every such class,
and every cased Vietnamese letter under IGNORECASE ("ệ" is [ệỆ]), into a 65,536-character
bitmap cut into 256 blocks: ~0.1 ms each, in pure Python, and one pattern holds hundreds of
them, nearly all repeats. That was ~60 of the ~120 ms a derive process spends compiling its
regexes on its first page.

``shared_charsets`` remembers, while the patterns of a module are compiled, what the
compiler's ``_optimize_charset`` (a pure function of its arguments) returned for each class:
the compiled patterns are the very same programs. It patches a private function of the
standard library, so it does nothing when that function is not there (another Python).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

_ORIGINAL: Callable[..., tuple[list[Any], bool]] | None = getattr(
    _compiler, "_optimize_charset", None)
_depth = [0]  # shared_charsets open now (nested or in other threads): patch while any is


def _remembering(original: Callable[..., tuple[list[Any], bool]]
                 ) -> Callable[..., tuple[list[Any], bool]]:
    known: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def optimize_charset(charset: list[Any], iscased: Any = None, fixup: Any = None,
                         fixes: Any = None) -> tuple[list[Any], bool]:
        try:
            # fixes is the compiler's one module-level table (or None): its identity is its value
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            hash(key)
        except TypeError:  # an argument we do not know how to key: compile it as usual
            return original(charset, iscased, fixup, fixes)
        if key not in known:
            known[key] = original(charset, iscased, fixup, fixes)
        out, hascased = known[key]
        return list(out), hascased  # the caller's own list, as the compiler would give

    return optimize_charset


@contextmanager
def shared_charsets() -> Iterator[None]:
    """While inside, each distinct character class is optimised once (then forgotten)."""
    if _ORIGINAL is None:
        yield
        return
    # Another thread's patterns compiled meanwhile come out the same: the patch is pure.
    if _depth[0] == 0:
        _compiler._optimize_charset = _remembering(_ORIGINAL)
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1
        if _depth[0] == 0:
            _compiler._optimize_charset = _ORIGINAL
