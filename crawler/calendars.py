"""Calendars: schedules and date archives that never end.

A portal's weekly work schedule ("Lịch công tác") links "Tuần trước"/"Tuần sau" (the same page,
another week), a calendar widget ("Lịch", "Xem theo ngày") links every day of its month to that
day's archive page (``?act=date&d=2025-05-12``) and its previous/next month, and each of those
pages carries the same links for its own date. The server answers any date, so the chain never
ends, in either direction; followed like pagination (the month links look like a pager: "«",
"»", the same path with another query) it walks for ever.

What keeps the crawl out of it: a link that moves the calendar shown at one URL to another date
is a step (``calendar_step``); the spider marks it, and ``crawler/limits.py`` follows
``CALENDAR_LIMIT`` steps from the page where the crawl met the calendar by any other link, then
counts the rest as the drop ``calendar`` and says so once per calendar. A calendar's far dates
are no part of the site's listings (a harmless drop: the run is complete without them).

Written after two hold-out portals nobody had modelled: a weekly schedule whose "next week"
goes on for ever (tests/portals/sonkhe) and a PHP portal whose day archive walked 4,983 pages in
three minutes (tests/portals/lamkhe).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from crawler.discovery import label_words

# A calendar date, a day or a month: 2025-05-12, 2025/5/12, 12-05-2025, 12/5/2025, 20250512,
# 2025-05, 2025-W41. Years 1900-2199, so that ids and counts are no dates.
_YEAR = r"(?:19|20|21)\d\d"
_DATE_VALUE = re.compile(
    rf"{_YEAR}[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?"
    rf"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.]{_YEAR}"
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"|{_YEAR}-W?\d{{1,2}}", re.I)
# Path segments that end a date archive's path: /2025/05/12/ or /2025/05/ (a story's path
# /2025/05/<slug>.html is no date page; a year alone is no calendar step: year archives are
# few, and a four-digit segment is often an id).
_PATH_DATE = re.compile(rf"/{_YEAR}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?(?=/?$)")
_DATE = "<date>"
# Query keys that hold a calendar position (a week, a month, a day), folded (lowercase, no
# "_" or "-").
_CALENDAR_KEYS = frozenset({
    "tuan", "week", "wk", "thang", "month", "nam", "year", "ngay", "date", "day", "tungay",
    "denngay", "fromdate", "todate", "startdate", "enddate", "quy", "quarter"})
# A calendar's step labels ("« Tuần trước", "Tháng sau »", "Next week"), compared like pager
# labels (``label_words``).
_STEP_LABEL = re.compile(
    r"^(?:(?:tuần|tháng|ngày|năm|hôm|quý|week|month|day|year)"
    r" (?:trước|sau|tới|kế|kế tiếp|tiếp|tiếp theo|liền trước|previous|prev|next))$"
    r"|^(?:(?:previous|prev|next|last) (?:week|month|day|year))$")
_DIGIT_RUN = re.compile(r"\d+")


def date_shape(url: str) -> str | None:
    """The URL with its calendar dates replaced by a placeholder, or None when it holds none:
    two URLs of one shape are the same date archive at two dates. A date with a time of day
    (a blog's ``updated-max=2025-05-12T08:30:00+07:00``) is a cursor into a finite list, not
    a calendar date."""
    parts = urlsplit(url)
    path, dated = _PATH_DATE.subn("/" + _DATE, parts.path)
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _DATE_VALUE.fullmatch(value):
            value, dated = _DATE, dated + 1
        query.append(f"{key}={value}")
    if not dated:
        return None
    return f"{parts.netloc.lower()}{path}?{'&'.join(sorted(query))}"


def _step_label(text: str | None) -> bool:
    return bool(text) and bool(_STEP_LABEL.match(label_words(text or "")))


def calendar_step(current_url: str, link_url: str, text: str | None) -> bool:
    """True when ``link_url`` moves the calendar shown at ``current_url`` (a work schedule, an
    event list or a date archive) to another day, week, month or year: the same page with
    only its date parameters changed, the same date archive at another date (``date_shape``),
    or a link labelled as such a step ("Tuần trước", "Tháng sau", "Next week") to the same
    path with other numbers in it."""
    here, there = urlsplit(current_url), urlsplit(link_url)
    if here.netloc != there.netloc or (here.path == there.path and here.query == there.query):
        return False
    if here.path != there.path:  # most links: another page (tested cheaply first)
        if _DIGIT_RUN.sub("#", here.path) != _DIGIT_RUN.sub("#", there.path):
            return False
        return _step_label(text) or date_shape(current_url) == date_shape(link_url) is not None
    if _step_label(text):
        return True
    before, after = _query_values(here.query), _query_values(there.query)
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    # a repeated key is compared by all its values (a tag cloud's ?tag=a&tag=b -> ?tag=b is a
    # filter removed, not a step); a query only reordered changes nothing: no step
    return bool(changed) and all(
        re.sub(r"[_-]", "", key.lower()) in _CALENDAR_KEYS
        or all(_DATE_VALUE.fullmatch(value) for value in after.get(key) or before.get(key, ()))
        for key in changed)


def _query_values(query: str) -> dict[str, tuple[str, ...]]:
    """A query's values by key, every value of a repeated key kept, in order."""
    values: dict[str, tuple[str, ...]] = {}
    for key, value in parse_qsl(query, True):
        values[key] = (*values.get(key, ()), value)
    return values
