"""A calendar without end (a weekly work schedule's "Tuần trước"/"Tuần sau", a date archive's
next day) is a trap: the crawl follows a few steps of it (``CALENDAR_LIMIT``), counts the rest
as the drop ``calendar``, says so, and finishes (written after the ninth hold-out, whose
schedule links week after week for ever)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from crawler.discovery import calendar_step
from crawler.settings import CALENDAR_LIMIT
from tests.test_unseen_portals import PORTALS, crawl_served

BASE = "https://xa.example.gov.vn"
WEEK = BASE + "/lich-cong-tac.aspx"


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
    weeks = [r for r in requests if "Lich-cong-tac.aspx?" in r]
    # the current week (reached from the sidebar without parameters), then CALENDAR_LIMIT steps
    # each way; the current week's own parametrised URL is one of the steps back from the next
    assert len(weeks) == 2 * CALENDAR_LIMIT + 1, weeks
    assert len(requests) < 60  # the portal's 40-odd other pages (99 weeks were fetched before)
    assert "calendar 2" in result.stdout and "finished" in result.stdout
    assert "crawl incomplete" not in result.stderr  # a calendar's far dates lose no story
    assert "a calendar (links to the previous or next day, week, month)" in result.stderr
    assert "2 links further along a calendar" in result.stderr
    db = sqlite_utils.Database(db_path)
    run = next(db["crawl_runs"].rows)
    assert json.loads(run["dropped"])["calendar"] == 2
