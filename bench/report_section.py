"""One place for how every bench writes its figures into docs/benchmarks.md."""
from __future__ import annotations

from pathlib import Path


def write_section(path: Path, name: str, body: str, *, heading: str = "",
                  intro: str = "") -> None:
    """Replace the text between ``<!-- name:start -->`` and ``<!-- name:end -->`` in ``path``
    with ``body``; where the markers are missing, append ``heading``, ``intro`` and the marked
    block. Other sections are left as they are."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{body}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "".join(f"\n\n{part}" for part in (heading, intro, block) if part)
        text += "\n"
    path.write_text(text, encoding="utf-8")
