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
    - ``sense``: what the qualifier means, from the lexicon's closed list: about, nearly,
      more_than, less_than, at_least, at_most, exactly, reached, exceeded, increase,
      decrease, increased_to, decreased_to, remaining, share, multiple, average, total
      ("thấp hơn 5,25%" is less_than; the ends of a range are at_least / at_most).
    - ``per``: for a rate, what it is counted per, e.g. "người/năm" for "28,16 triệu
      đồng/người/năm" (value 28 160 000, unit "VND") or "ha" for "60 tạ/ha" (unit "tạ/ha").
      A rate is never added to plain amounts. ``None`` when the value is no rate.
    - ``low``/``high``: for either end of a range, both bounds in the unit of ``value``
      ("(20-22) tạ/ha" gives two statistics, each with low 20 and high 22); else ``None``.
    - ``denominator``: for a fraction "A/B noun" ("100/190 tiêu chí"), B; ``value`` is A.
    - ``sentence``: the sentence the statistic stands in, for a reader checking it.
    - documents only: ``doc_type`` as written, with white space made single and an
      abbreviation written out ("QĐ" gives "Quyết định"); ``number`` as written without
      stray white space and with "-" for a dash ("100 - KL/TW" gives "100-KL/TW");
      ``issued`` as ISO date "YYYY-MM-DD" or ``None``; ``issuer`` as written in the same
      sentence or ``None``.
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
    sense: str | None = None
    per: str | None = None
    low: int | float | None = None
    high: int | float | None = None
    denominator: int | float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md; document fields only on documents, the fields of the
        statistic forms (sense, per, low, high, denominator) only on the other kinds."""
        out: dict[str, Any] = {
            "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
            "value": self.value, "unit": self.unit, "qualifier": self.qualifier,
            "sentence": self.sentence,
        }
        if self.kind == "document":
            out.update(doc_type=self.doc_type, number=self.number, issued=self.issued,
                       issuer=self.issuer)
        else:
            out.update(sense=self.sense, per=self.per, low=self.low, high=self.high,
                       denominator=self.denominator)
        return out
