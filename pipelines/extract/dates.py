"""Vietnamese portal dates -> ISO 8601 local time, as precise as the page says.

Explicit regexes, never a fuzzy date search over free text (dateparser's ``search_dates``
reads "28,5" as 28 May: shared/research/vn-portals.md §2.3). Forms handled:
"Thời gian: 11/05/2022 12:15", "(Ngày 20 - 03 - 2012)", "Thứ Hai, 27/11/2023 15:30",
"Cập nhật: 16:40 | 22/10/2018", "ngày 5 tháng 3 năm 2024", "10h30 ngày 5/3/2024",
ISO meta values "2024-03-05T10:20:00+07:00", and Hải Phòng CDN .NET tick suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))  # Vietnam has no daylight saving time
MIN_YEAR = 1995  # the first Vietnamese government web pages

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)")
# "ngày 5 tháng 3 năm 2024", and Blogger's (Google's) Vietnamese "Thứ Hai, 26 tháng 5, 2025"
_WORDS = re.compile(r"(?:ngày\s+)?\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*"
                    r"(?:,\s*(?:năm\s+)?|năm\s+)(\d{4})", re.I)
# .NET's vi-VN culture: "MMM d, yyyy" writes the month "Thg8" ("Thg8 21, 2025, 10:45 SA"), the
# default date format of ASP.NET CMSs' news templates (Sitefinity's "MMM d, yyyy, HH:mm tt")
_NET_MONTH = re.compile(r"\bthg\s*(\d{1,2})\s+(\d{1,2}),\s*(\d{4})(?!\d)", re.I)
# the by-line after a date on one line, as those templates print it under the headline:
# "Thg7 8, 2025, 14:30 CH Bởi Phòng Kinh tế, Hạ tầng và Đô thị" (a header line, not text)
DATED_BYLINE = re.compile(r"\d\s*(?:SA|CH|AM|PM)?\s+(?:bởi|by|đăng bởi|người đăng)\s+"
                          r"\S[^.!?]{0,80}$", re.I)
# "15:30", "10h30", "10 giờ 30", "02:15:42 PM"; SA/CH are the vi-VN AM/PM designators
_TIME = re.compile(r"(?<![\d/.:])([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?:\s*:\s*[0-5]\d)?"
                   r"(?!\d)(?:\s*(?:phút|'))?(?:\s*(AM|PM|SA|CH)\b)?", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})"
                  r"(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
# .NET DateTime ticks (100 ns since 0001-01-01), 18 digits, as the CDN appends to file names.
_ISO_FULL = re.compile(r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a <time datetime> value
_TICKS = re.compile(r"(?<!\d)(6[0-9]{17})(?=\.\w{2,5}(?:[?#]|$))")
_TICK_EPOCH = datetime(1, 1, 1)
_DIGIT = re.compile(r"\d")  # (the same digits as the forms' \d)


@dataclass(frozen=True)
class ParsedDate:
    value: datetime
    has_time: bool
    raw: str

    def iso(self) -> str:
        return self.value.strftime("%Y-%m-%dT%H:%M" if self.has_time else "%Y-%m-%d")

    @property
    def day(self) -> tuple[int, int, int]:
        return (self.value.year, self.value.month, self.value.day)


def _valid(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime | None:
    try:
        dt = datetime(y, m, d, hh, mm)
    except ValueError:
        return None
    return dt if dt.year >= MIN_YEAR else None


def _not_future(dt: datetime, now: datetime | None) -> bool:
    now = now or datetime.now(VN_TZ).replace(tzinfo=None)
    return dt <= now + timedelta(days=1)  # a day of slack for clock and zone skew


def _time_near(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A clock time within a few characters before or after the date span."""
    after = _TIME.match(text[end:end + 18].lstrip(" ,-|–lúcvào"))
    if after:
        return _clock(after)
    before = text[max(0, start - 24):start]
    found = list(_TIME.finditer(before))
    if not found:
        return None
    # a set of characters, not a word: separators and the letters of "ngày" before the date;
    # a weekday may stand between the clock and the date ("lúc 10:30, Thứ Năm, 09/10/2025")
    gap = _WEEKDAY_GAP.sub(" ", before[found[-1].end():])
    if not gap.strip(" ,-|–(ngàyNgày:").strip():  # noqa: B005
        return _clock(found[-1])
    return None


_WEEKDAY_GAP = re.compile(r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|t[2-7])\b")


def _clock(m: re.Match[str]) -> tuple[int, int]:
    hour, minute, half = int(m.group(1)), int(m.group(2)), (m.group(3) or "").upper()
    if half in ("PM", "CH") and hour < 12:
        hour += 12
    elif half in ("AM", "SA") and hour == 12:
        hour = 0
    return hour, minute


def parse_date(text: str, now: datetime | None = None) -> ParsedDate | None:
    """The first date in a short header/meta string, or None. Never a date after ``now``."""
    if not text:
        return None
    text = text.strip()
    if _DIGIT.search(text) is None:
        return None  # every form has digits: a text without one is spared three regex scans
    for rx, order in ((_WORDS, "dmy"), (_DMY, "dmy"), (_YMD, "ymd"), (_NET_MONTH, "mdy")):
        for m in rx.finditer(text):
            if rx is _WORDS:
                d, mo, y = (int(g) for g in m.groups())
            elif order == "mdy":
                mo, d, y = (int(g) for g in m.groups())
            elif order == "dmy":
                d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            else:
                y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            day = _valid(y, mo, d)
            if day is None or not _not_future(day, now):
                continue
            t = _time_near(text, m.start(), m.end())
            if t:
                dt = day.replace(hour=t[0], minute=t[1])
                if _not_future(dt, now):
                    return ParsedDate(dt, True, text)
            return ParsedDate(day, False, text)
    return None


def parse_iso(value: str, now: datetime | None = None) -> ParsedDate | None:
    """A machine date (meta tags, <time datetime>), converted to Vietnam local time."""
    m = _ISO.search(value or "")
    if not m:
        return None
    y, mo, d, hh, mi, zone = m.groups()
    dt = _valid(int(y), int(mo), int(d), int(hh or 0), int(mi or 0))
    if dt is None:
        return None
    if hh is not None and zone:
        if zone == "Z":
            offset = timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            z = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(z[:2]), minutes=int(z[2:]))
        dt = (dt - offset + timedelta(hours=7))
    if not _not_future(dt, now):
        return None
    return ParsedDate(dt, hh is not None, value.strip())


def parse_ticks(url: str, now: datetime | None = None) -> ParsedDate | None:
    """The upload day encoded in a Hải Phòng CDN file name (.NET ticks); a last resort."""
    m = _TICKS.search(url or "")
    if not m:
        return None
    dt = _TICK_EPOCH + timedelta(microseconds=int(m.group(1)) // 10)
    if dt.year < MIN_YEAR or not _not_future(dt, now):
        return None
    return ParsedDate(dt.replace(hour=0, minute=0, second=0, microsecond=0), False, m.group(1))


# A header line naming a period, from one date to another: what a schedule or a plan covers,
# not the day it was published.
_PERIOD = re.compile(r"\btừ\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*(?:đến|tới|-)\s*"
                     r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", re.I)


def best_header_date(texts: list[str], now: datetime | None = None) -> ParsedDate | None:
    """The publication date from the header strings, in page order.

    The first dated string decides the day; a later string of the same day that also
    gives a time ("(Ngày 22 - 10 - 2018)" then "Cập nhật: 16:40 | 22/10/2018") adds it.
    """
    # (read in order, as far as the answer needs: a page's header strings are many, and a
    # first date with its time ends the search)
    first: ParsedDate | None = None
    for t in texts:
        if _PERIOD.search(t):
            continue  # "(Từ ngày 11/08/2025 đến ngày 17/08/2025)": a week's schedule's period
        p = parse_iso(t, now) if _ISO_FULL.match(t) else parse_date(t, now)
        if p is None:
            continue
        if first is None:
            first = p
            if first.has_time:
                return first
        elif p.has_time and p.day == first.day:
            return p
    return first


# A news lead opens with the day of its event ("Ngày 26/8/2025, UBND xã …", "Sáng ngày
# 15/8/2025, …", "Chiều 14/8/2025, …"): the full date, a comma. A formal dateline is a paragraph
# of its own, a place and the date written out ("Trúc Khê, ngày 04 tháng 7 năm 2025").
_LEAD_DATE = re.compile(r"^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?"
                        r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*,", re.I)
_DATELINE = re.compile(r"^[^\d,.;:!?]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$",
                       re.I)


def is_dateline(text: str) -> bool:
    """A paragraph that is only a place and a written-out date: a document's or a story's
    formal dateline, not a byline."""
    return bool(_DATELINE.match(text.strip()))


def story_text_date(paragraphs: list[str], now: datetime | None = None) -> ParsedDate | None:
    """The date a story's own text gives as its day when nothing else on the page dates it (a
    site builder that writes no date: Google Sites): its first paragraph opening with the
    event's full date, or a dateline as its first or last paragraph. A date inside a sentence
    ("có hiệu lực từ ngày 01/7/2025") dates nothing."""
    if not paragraphs:
        return None
    opening = _LEAD_DATE.match(paragraphs[0].strip())
    if opening:
        return parse_date(opening.group(1), now)
    for text in (paragraphs[0], paragraphs[-1]):
        if is_dateline(text):
            return parse_date(text, now)
    return None
