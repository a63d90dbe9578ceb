"""Calendars without end (crawler/calendars.py, the limit in crawler/limits.py): a weekly work
schedule's "Tuần trước"/"Tuần sau", a date archive's next day or month. The crawl follows
``CALENDAR_LIMIT`` steps from where it met the calendar, counts the rest as the drop
``calendar``, says so, and finishes; the far dates are no listing of the site's stories, so the
run is still complete (written after the ninth and tenth hold-outs: lamkhe's day archive walked
4,983 pages in three minutes, sonkhe's schedule links week after week for ever)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from crawler.calendars import calendar_step, date_shape
from crawler.settings import CALENDAR_LIMIT
from pipelines.store import HARMLESS_DROPS
from tests.test_unseen_portals import PORTALS, crawl_served

BASE = "https://xa.example.gov.vn"
WEEK = BASE + "/lich-cong-tac.aspx"
DAY = "http://x.example.gov.vn/index.php?mod=news&act=date&d={}"


@pytest.mark.parametrize(("here", "there", "text", "step"), [
    (WEEK, WEEK + "?tuan=40&nam=2025", "« Tuần trước", True),
    (WEEK + "?tuan=40&nam=2025", WEEK + "?tuan=41&nam=2025", "", True),  # date keys only
    (WEEK + "?tuan=40&nam=2025", WEEK, "Tuần hiện tại", True),
    (BASE + "/su-kien?date=2025-10-01", BASE + "/su-kien?date=2025-10-02", "»", True),
    (BASE + "/lich/2025/41", BASE + "/lich/2025/42", "Tuần sau »", True),
    (BASE + "/tin-tuc?page=1", BASE + "/tin-tuc?page=2", "Trang sau", False),  # a pager
    (BASE + "/van-ban?nam=2025&page=1", BASE + "/van-ban?nam=2025&page=2", "2", False),
    (BASE + "/lich/2025/41", BASE + "/lich/2025/42", "Xem chi tiết", False),
    (WEEK, "https://other.example.gov.vn/lich-cong-tac.aspx?tuan=40", "Tuần trước", False),
])
def test_a_calendar_step(here: str, there: str, text: str, step: bool) -> None:
    assert calendar_step(here, there, text) is step


def test_an_endless_weekly_schedule_is_followed_a_few_steps_and_said(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    result, requests = crawl_served(PORTALS / "sonkhe", db_path)
    assert result.returncode == 0, result.stderr[-3000:]
    weeks = sorted(r for r in requests if "Lich-cong-tac.aspx?" in r)
    # the current week (reached from the sidebar without parameters), then CALENDAR_LIMIT (1)
    # step each way: weeks 40 and 42; their own steps (39, 41: the current week again under
    # parameters, 43) are the drops
    assert CALENDAR_LIMIT == 1
    assert weeks == [f"/portal/Pages/Lich-cong-tac.aspx?tuan={w}&nam=2025" for w in (40, 42)]
    assert len(requests) < 60  # the portal's 40-odd other pages (99 weeks were fetched before)
    assert "calendar 3" in result.stdout and "finished" in result.stdout
    assert "crawl incomplete" not in result.stderr  # a calendar's far dates lose no story
    assert "a calendar (links to the previous or next day, week, month)" in result.stderr
    assert "3 links further along a calendar" in result.stderr
    db = sqlite_utils.Database(db_path)
    run = next(db["crawl_runs"].rows)
    assert json.loads(run["dropped"])["calendar"] == 3


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


def test_date_archive_steps_are_calendar_steps_and_a_story_is_not() -> None:
    home = "http://x.example.gov.vn/"
    assert not calendar_step(home, DAY.format("2025-05-12"), "Tin ngày 12/5")  # met: step 0
    assert calendar_step(DAY.format("2025-05-12"), DAY.format("2025-04-01"), "«")
    assert calendar_step(DAY.format("2025-05-12"), DAY.format("2025-05-13"), "13")
    assert calendar_step("http://blog.example/2025/05/", "http://blog.example/2025/04/", "04")
    assert not calendar_step("http://blog.example/2025/05/", "http://blog.example/2025/05/a.html",
                             "Ra quân")
    assert not calendar_step(DAY.format("2025-04-01"), "http://x.example.gov.vn/?id=3", "Tin")


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
    assert "links further along a calendar" in result.stderr
    assert "crawl incomplete" not in result.stderr  # far dates list no story of the site
    assert "calendar" in HARMLESS_DROPS
