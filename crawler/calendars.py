"""Calendar links: date archives that never end.

A portal's calendar widget ("Lịch", "Xem theo ngày") links every day of its month to that day's
archive page (``?act=date&d=2025-05-12``), and its previous/next month to the first day of that
month; the day pages carry the same widget for their own month. The server answers any date, so
the chain of months never ends, in either direction: followed like pagination (the month links
look like a pager: "«", "»", the same path with another query) it walks for ever.

What keeps the crawl out of it: a link between two URLs that are the same page but for a
calendar date (a query value or path segments of a day or a month) is one step through the
calendar. A date page reached from a page that is not one (the home page's widget, a story) is
step 0; ``CALENDAR_STEPS`` further steps are followed (the months around the ones the site
shows), and the rest is dropped and counted (``dropped/calendar``, see ``crawler/limits.py``),
so the run says what it did not walk. A date with a time of day (a blog's
``updated-max=2025-05-12T08:30:00+07:00``) is a cursor into a finite list, not a calendar.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

# A calendar date, a day or a month: 2025-05-12, 2025/5/12, 12-05-2025, 12/5/2025, 20250512,
# 2025-05. Years 1900-2199, so that ids and counts are no dates.
_YEAR = r"(?:19|20|21)\d\d"
_DATE_VALUE = re.compile(
    rf"{_YEAR}[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?"
    rf"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.]{_YEAR}"
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# Path segments that end a date archive's path: /2025/05/12/ or /2025/05/ (a story's path
# /2025/05/<slug>.html is no date page; a year alone is no calendar step: year archives are
# few, and a four-digit segment is often an id).
_PATH_DATE = re.compile(rf"/{_YEAR}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?(?=/?$)")
DATE = "<date>"


def date_shape(url: str) -> str | None:
    """The URL with its calendar date replaced by a placeholder, or None when it holds none:
    two URLs of one shape are the same date archive at two dates."""
    parts = urlsplit(url)
    path, dated = _PATH_DATE.subn("/" + DATE, parts.path)
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _DATE_VALUE.fullmatch(value):
            value, dated = DATE, dated + 1
        query.append(f"{key}={value}")
    if not dated:
        return None
    return f"{parts.netloc.lower()}{path}?{'&'.join(sorted(query))}"


def calendar_steps(source_url: str, source_steps: int | None, target_url: str) -> int | None:
    """How deep into a calendar a link leads: None when ``target_url`` is no date page; 0 when
    it is one linked from a page that is not a date page of the same calendar; else one more
    than ``source_steps`` (the linking page's own count)."""
    shape = date_shape(target_url)
    if shape is None:
        return None
    if source_url != target_url and date_shape(source_url) == shape:
        return (source_steps or 0) + 1
    return 0
