"""An endless date calendar (crawler/calendars.py, the limit in crawler/limits.py): every date
page links the next dates for ever; the crawl walks its first steps, then stops, counts what it
did not fetch and says so."""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from crawler.calendars import calendar_steps, date_shape
from tests.test_unseen_portals import crawl_served

DAY = "http://x.example.gov.vn/index.php?mod=news&act=date&d={}"


def test_two_dates_of_one_archive_share_a_shape_and_other_urls_do_not() -> None:
    assert date_shape(DAY.format("2025-05-12")) == date_shape(DAY.format("1999-01-01"))
    assert date_shape("http://x/lich?ngay=12/05/2025") == date_shape("http://x/lich?ngay=1/6/2025")
    assert date_shape("http://blog.example/2025/05/") == date_shape("http://blog.example/2024/12/")
    # a story, an id, a year, a blog's time-stamped cursor: no calendar date
    assert date_shape("http://blog.example/2025/05/ra-quan.html") is None
    assert date_shape("http://x/index.php?mod=news&act=detail&id=20250512") is not None  # a date
    assert date_shape("http://x/index.php?mod=news&act=detail&id=1187") is None
    assert date_shape("http://x/2025/") is None
    assert date_shape("http://blog.example/search?updated-max=2025-05-12T08:30:00%2B07:00") is None


def test_steps_count_from_the_first_date_page() -> None:
    home = "http://x.example.gov.vn/"
    assert calendar_steps(home, None, DAY.format("2025-05-12")) == 0
    assert calendar_steps(DAY.format("2025-05-12"), 0, DAY.format("2025-04-01")) == 1
    assert calendar_steps(DAY.format("2025-04-01"), 1, DAY.format("2025-03-01")) == 2
    assert calendar_steps(DAY.format("2025-04-01"), 1, "http://x.example.gov.vn/?id=3") is None


ENDLESS = '''
import calendar, re
def page(y, m, d):
    prev = (y - 1, 12) if m == 1 else (y, m - 1)
    nxt = (y + 1, 1) if m == 12 else (y, m + 1)
    days = "".join(f'<a href="/lich.php?d={y:04d}-{m:02d}-{n:02d}">{n}</a> '
                   for n in range(1, calendar.monthrange(y, m)[1] + 1))
    return (f'<html><head><title>Lịch</title></head><body><h1>Tin ngày {d}/{m}/{y}</h1>'
            f'<p>Không có tin bài nào trong ngày này.</p><table class="calendar"><tr>'
            f'<td><a href="/lich.php?d={prev[0]:04d}-{prev[1]:02d}-01">&laquo;</a></td>'
            f'<td>{days}</td>'
            f'<td><a href="/lich.php?d={nxt[0]:04d}-{nxt[1]:02d}-01">&raquo;</a></td>'
            f'</tr></table><a href="/">Trang chủ</a></body></html>')
def answer(target):
    m = re.fullmatch(r"/lich\\.php\\?d=(\\d{4})-(\\d{2})-(\\d{2})", target)
    if m is None:
        return None
    return 200, "text/html; charset=utf-8", page(*map(int, m.groups())).encode()
'''


def endless_calendar_site(root: Path) -> Path:
    site = root / "lich"
    site.mkdir()
    (site / "site.json").write_text(json.dumps({"id": "lich", "name": "Lịch", "base_url":
                                                "http://lich.example.gov.vn"}), encoding="utf-8")
    (site / "home.html").write_text(
        '<html><body><h1>Huyện Lịch Khê</h1><a href="/lich.php?d=2025-05-12">Tin ngày 12/5</a>'
        "</body></html>", encoding="utf-8")
    (site / "manifest.json").write_text(json.dumps([
        {"path": "/", "file": "home.html", "content_type": "text/html; charset=utf-8",
         "status": 200}]), encoding="utf-8")
    (site / "generated_pages.py").write_text(ENDLESS, encoding="utf-8")
    return site


def test_an_endless_calendar_is_walked_a_step_and_the_rest_counted(tmp_path: Path) -> None:
    result, requests = crawl_served(endless_calendar_site(tmp_path), tmp_path / "a.db",
                                    "--log-level", "WARNING", timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    dates = [r for r in requests if r.startswith("/lich.php")]
    # May (linked from home: step 0), its days, April and June (step 1); not a month more
    assert 30 < len(dates) < 100, len(dates)
    assert {r[-10:-3] for r in dates} == {"2025-04", "2025-05", "2025-06"}
    run = next(sqlite_utils.Database(tmp_path / "a.db")["crawl_runs"].rows)
    assert json.loads(run["dropped"])["calendar"] > 0
    assert "dropped" in result.stdout and "calendar" in result.stdout
    assert "a date calendar that never ends" in result.stderr
