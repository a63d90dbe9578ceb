"""The item this package returns: one statistic found in a body text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["quantity", "money", "percent", "document"]


@dataclass(frozen=True, slots=True)
class Statistic:
    """A fact with a number, as ../shared/DESIGN.md defines it.

    ``text == input[start:end]`` always, where ``input`` is the string given to
    ``find_statistics`` (offsets are code points, as Python slices them).

    - ``value``: the number after Vietnamese rules (dot = thousands, comma = decimal,
      scale words multiplied in): ``int`` when integral, else ``float``; money in the
      currency's own unit (đồng for VND). ``None`` for documents.
    - ``unit``: the counted noun, lowercase ("hộ", "học sinh", "ha", "tạ/ha"); the
      ISO 4217 code for money ("VND", "USD"); "%" for percents; ``None`` for documents.
    - ``qualifier``: the word before the number that bounds or relates it ("hơn",
      "khoảng", "đạt", "tăng", ...; "từ"/"đến" for the two ends of a range), or ``None``.
    - ``sentence``: the sentence the statistic stands in, for a reader checking it.
    - documents only: ``doc_type`` and ``number`` exactly as written ("Kế hoạch",
      "27/KH-HĐTĐKT"), ``issued`` as ISO date "YYYY-MM-DD" or ``None``, ``issuer`` as
      written in the same sentence or ``None``.
    """

    kind: Kind
    text: str
    start: int
    end: int
    value: int | float | None = None
    unit: str | None = None
    qualifier: str | None = None
    sentence: str = ""
    doc_type: str | None = None
    number: str | None = None
    issued: str | None = None
    issuer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md; document fields only on documents."""
        out: dict[str, Any] = {
            "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
            "value": self.value, "unit": self.unit, "qualifier": self.qualifier,
            "sentence": self.sentence,
        }
        if self.kind == "document":
            out.update(doc_type=self.doc_type, number=self.number, issued=self.issued,
                       issuer=self.issuer)
        return out
