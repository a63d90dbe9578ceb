"""The "Thống kê truy cập" visitor counter: true values by label.

Labels are matched by text, never by position (shared/research/vn-portals.md §1.7). When the
visible value is JavaScript placeholder digits (SharePoint mas-portal: ``div#sltc1..7`` all "0"),
the true value is the hidden element a page script copies from (``HienThiSo('…_Label_TruyCap',
'sltc')``), or a hidden ``Label_TruyCap``/``Label_Count`` span. Thousands dots are stripped.
The counter is a per-fetch time series: it never enters the body or its content hash.
"""

from __future__ import annotations

import re

from lxml import etree

from .article import COUNTER_KEYS

# Checked in this order: the more specific phrase first ("truy cập trong ngày" before "truy cập").
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(rx, re.I))
    for key, rx in (
        ("online", (r"đang\s+(?:online|trực\s+tuyến|truy\s+cập|xem)|trực\s+tuyến"
                    r"|khách\s+online|^\s*online")),
        ("yesterday", r"hôm\s+qua"),
        ("today", r"hôm\s+nay|trong\s+ngày|truy\s+cập\s+ngày"),
        ("week", r"trong\s+tuần|tuần\s+này|^\s*tuần"),
        ("month", r"trong\s+tháng|tháng\s+này|^\s*tháng"),
        ("year", r"trong\s+năm|năm\s+nay|^\s*năm"),
        ("total", (r"tất\s+cả|tổng(?:\s+(?:số|cộng|lượt))?|lượt\s+truy\s+cập|số\s+lượt"
                   r"|truy\s+cập|^\s*total|visitors")),
    )
)
_HEADING = re.compile(r"thống\s+kê\s+truy\s+cập|thống\s+kê\s+lượt|lượt\s+truy\s+cập"
                      r"|số\s+lượt\s+truy\s+cập|bộ\s+đếm", re.I)
# Each heading holds ố, ợ or ộ (the only characters re.I matches them with are their capitals):
# a text without any is no heading, found without the case-insensitive search, which tries
# every alternative at every character of every short text of the page.
_HEADING_LETTERS = re.compile("[ốỐợỢộỘ]")
assert all(_HEADING_LETTERS.search(words) for words in _HEADING.pattern.split("|"))
_VALUE = re.compile(r"^[\s:]*(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*$")
_LABEL_VALUE = re.compile(r"^(.{2,40}?)\s*:\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*$")
# A page script copying a hidden element's text into digit boxes: fn('sourceId', 'targetPrefix').
_COPY_CALL = re.compile(r"\(\s*['\"]([\w$:-]+)['\"]\s*,\s*['\"]([A-Za-z_][\w-]*)['\"]\s*\)")
# Hidden server labels by id suffix when no script names them.
_HIDDEN_ID = (("total", re.compile(r"(Label_TruyCap|TongTruyCap|HitCount|lblTotal)$", re.I)),
              ("online", re.compile(r"(Label_Count|Online|HitCountNow)$", re.I)))


# Earlier periods ("Tuần trước", "Tháng trước") are not this week/month: never read them as such.
_PREVIOUS = re.compile(r"(tuần|tháng|năm)\s+(trước|qua)", re.I)


def _label_key(text: str) -> str | None:
    text = text.strip()
    if not text or len(text) > 40 or _PREVIOUS.search(text):
        return None
    for key, rx in _LABELS:
        if rx.search(text):
            return key
    return None


_DIGIT, _NOT_DIGIT = re.compile(r"\d"), re.compile(r"\D")


def _to_int(value: str) -> int:
    return int(_NOT_DIGIT.sub("", value))


def _hidden_text(el: etree._Element) -> bool:
    for node in el.iterancestors():
        style = (node.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or node.get("hidden") is not None:
            return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style


def _find_blocks(root: etree._Element) -> list[etree._Element]:
    """Smallest elements holding the counter heading and at least one labelled number."""
    blocks: list[etree._Element] = []
    for node in root.iter("*"):
        own = (node.text or "").strip()
        if own and len(own) < 60 and _HEADING_LETTERS.search(own) and _HEADING.search(own):
            block = node
            for _ in range(4):  # climb to the nearest element that also holds the values
                if _DIGIT.search("".join(block.itertext())):
                    break
                parent = block.getparent()
                if parent is None:
                    break
                block = parent
            if not any(b is block or block in b.iterancestors() for b in blocks):
                blocks.append(block)
    return blocks


def extract_counter(root: etree._Element) -> dict[str, int | None] | None:
    """All seven keys (None where the page shows no value), or None without a counter."""
    blocks = _find_blocks(root)
    if not blocks:
        return None
    values: dict[str, int | None] = dict.fromkeys(COUNTER_KEYS)
    found = False
    for block in blocks:
        # text nodes in document order with the element that owns each
        nodes: list[tuple[str, etree._Element]] = []
        for el in block.iter("*"):
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            if el.text and el.text.strip():
                nodes.append((el.text.strip(), el))
            if el is not block and el.tail and el.tail.strip():
                owner = el.getparent()
                assert owner is not None  # a descendant of block
                nodes.append((el.tail.strip(), owner))
        i = 0
        while i < len(nodes):
            text, el = nodes[i]
            m = _LABEL_VALUE.match(text)
            key = _label_key(m.group(1) if m else text.rstrip(":"))
            if key is None or values[key] is not None:
                i += 1
                continue
            if m:
                values[key] = _to_int(m.group(2))
                found = True
                i += 1
                continue
            digits, digit_els, j = "", [], i + 1
            while j < len(nodes) and _VALUE.match(nodes[j][0]):
                digits += nodes[j][0]
                digit_els.append(nodes[j][1])
                j += 1
            if digits:
                value = _to_int(digits)
                placeholder = len(digit_els) >= 3 and all(len(_NOT_DIGIT.sub("", t)) == 1
                                                          for t, _ in nodes[i + 1:j])
                if placeholder:
                    value = _true_value(root, digit_els, key, value)
                values[key] = value
                found = True
            i = max(j, i + 1)
    if not found:
        return None
    return values


def _script_copies(root: etree._Element) -> dict[str, str]:
    """Which element each page script call copies a value into, from which (target -> source).
    Read only for placeholder digits (``_true_value``): the page's scripts joined and searched
    were a third of the counter's reading on pages with none (0.03 ms of a 31 KB page)."""
    return {target: source for source, target in _COPY_CALL.findall(
        " ".join(s.text or "" for s in root.iter("script")))}


def _true_value(root: etree._Element, digit_els: list[etree._Element],
                key: str, shown: int) -> int:
    """The hidden value behind JavaScript placeholder digits, else the digits shown."""
    ids = [el.get("id") or "" for el in digit_els]
    for target, source in _script_copies(root).items():
        if ids and all(i.startswith(target) for i in ids):
            found = root.xpath("//*[@id=$id]", id=source)
            if (found and (t := "".join(found[0].itertext()).strip())
                    and re.fullmatch(r"[\d.,\s]+", t)):
                return _to_int(t)
    for k, rx in _HIDDEN_ID:
        if k != key:
            continue
        for el in root.xpath("//*[@id]"):
            if rx.search(el.get("id")) and _hidden_text(el):
                t = "".join(el.itertext()).strip()
                if re.fullmatch(r"[\d.,\s]+", t):
                    return _to_int(t)
    return shown
