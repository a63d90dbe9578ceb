"""Unattended runs (issue 15): what cron, systemd and monitoring meet on a fresh checkout."""
from __future__ import annotations

import configparser
import re
import shlex
import subprocess
import sys
import time

from crawler.sites import get_site
from pipelines.store import Archive
from tests.conftest import ROOT, run_cli

DEPLOY = ROOT / "deploy"


def _crontab_commands() -> dict[str, list[str]]:
    """The crontab's district-archive argument lists, by day-of-week field."""
    commands = {}
    for line in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split(None, 5)
        command = fields[5].split("district-archive", 1)[1]
        # The date in the log's name, as the shell would expand it on 1 January 2025.
        commands[fields[4]] = shlex.split(command.replace(r"$(date +\%F)", "2025-01-01"))
    return commands


def _unit(name: str) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read_string((DEPLOY / name).read_text(encoding="utf-8"))
    return unit


def test_systemd_runs_the_crontabs_schedule_the_weekly_full_crawl_included():
    cron = _crontab_commands()
    assert set(cron) == {"1-6", "0"}
    for service, timer, days, cron_days in (
            ("district-archive-crawl.service", "district-archive-crawl.timer", "Mon..Sat", "1-6"),
            ("district-archive-full-crawl.service", "district-archive-full-crawl.timer", "Sun",
             "0")):
        exec_start = shlex.split(_unit(service)["Service"]["ExecStart"])
        assert exec_start[0].endswith("/.venv/bin/district-archive")
        # The same crawl as cron's, logging to the journal instead of logs/.
        cron_args = [a for a in cron[cron_days] if "logs/" not in a and a != "--log-file"]
        assert exec_start[1:] == cron_args
        assert _unit(timer)["Timer"]["OnCalendar"].startswith(days + " ")
    assert "--incremental" not in cron["0"] and "--incremental" in cron["1-6"]


def test_the_crontabs_log_file_into_a_missing_folder_is_created(tmp_path):
    """The nightly job on a fresh checkout: no logs/ folder yet."""
    args = _crontab_commands()["1-6"]
    log_file = args[args.index("--log-file") + 1]
    assert log_file == "logs/crawl-2025-01-01.log"
    result = run_cli("crawl", "--site", "kienthuy", "--sample", "--incremental",
                     "--db", str(tmp_path / "archive.db"), "--log-file", log_file,
                     "--log-level", "INFO", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / log_file).read_text(encoding="utf-8")
    assert "Spider closed (finished)" in log
    # At INFO the operator reads the crawl, not Scrapy's dumps (they stay at DEBUG).
    for dump in ("Versions:", "Enabled extensions", "Overridden settings", "Dumping Scrapy stats"):
        assert dump not in log


def test_scrapys_dumps_stay_available_at_debug(tmp_path):
    result = run_cli("crawl", "--site", "kienthuy", "--sample", "--max-pages", "3",
                     "--db", str(tmp_path / "archive.db"), "--log-file", "logs/debug.log",
                     "--log-level", "DEBUG", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "debug.log").read_text(encoding="utf-8")
    assert "Overridden settings" in log and "Dumping Scrapy stats" in log


def test_a_simulated_site_without_its_sample_is_refused_at_once(tmp_path):
    started = time.monotonic()
    result = run_cli("crawl", "--site", "tankhe", "--db", str(tmp_path / "archive.db"))
    assert result.returncode == 2
    assert "tankhe" in result.stderr and "--sample" in result.stderr
    assert time.monotonic() - started < 20  # no retries against a host that does not exist
    assert not (tmp_path / "archive.db").exists()


def _run(archive: Archive, site: str, *, finish: str | None, exit_status: int | None) -> None:
    run_id = archive.start_run(site, "full")
    if finish is not None:
        archive.finish_run(run_id, finish_reason=finish, exit_status=exit_status,
                           finished_at="2025-01-01T03:30:00")


def _status_check(db) -> subprocess.CompletedProcess:
    return run_cli("status", "--check", "--db", str(db))


def test_status_check_exits_6_while_a_sites_last_run_failed_was_stopped_or_killed(tmp_path):
    db = tmp_path / "archive.db"
    archive = Archive(db)
    for site in ("kienthuy", "vinhbao"):
        archive.upsert_site(get_site(site).as_row())
        _run(archive, site, finish="finished", exit_status=0)
    archive.close()
    healthy = _status_check(db)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "failing sites" not in healthy.stdout
    assert run_cli("status", "--db", str(db)).returncode == 0

    for finish, exit_status, shown in (("failed", 5, "failed exit 5"),  # pages lost
                                       ("shutdown", 0, "shutdown exit 0"),  # stopped by a signal
                                       (None, None, "never finished (killed)")):  # kill -9
        archive = Archive(db)
        _run(archive, "vinhbao", finish=finish, exit_status=exit_status)
        archive.close()
        result = _status_check(db)
        assert result.returncode == 6, (finish, result.stdout)
        assert re.search(rf"vinhbao: .*{re.escape(shown)}", result.stdout), result.stdout
        # Without --check, status reports the same and exits 0 (a report, not a probe).
        plain = run_cli("status", "--db", str(db))
        assert plain.returncode == 0 and "failing sites" in plain.stdout
    archive = Archive(db)
    _run(archive, "vinhbao", finish="finished", exit_status=0)
    archive.close()
    assert _status_check(db).returncode == 0


def test_status_check_exits_7_while_a_sites_last_run_left_pages_unfetched(tmp_path):
    """A run that ended normally but dropped requests for a reason other than staying on its
    site (a limit, a script pager, an app shell) is incomplete: monitoring hears of it, apart
    from a failure, and only while it is the site's last run."""
    db = tmp_path / "archive.db"
    archive = Archive(db)
    for site in ("kienthuy", "vinhbao"):
        archive.upsert_site(get_site(site).as_row())
    _run(archive, "kienthuy", finish="finished", exit_status=0)
    archive.record_dropped(archive.start_run("vinhbao", "full"), {"offsite": 7, "robots": 2})
    archive.finish_run(archive.recent_runs(1)[0]["id"], finish_reason="finished", exit_status=0)
    archive.close()
    assert _status_check(db).returncode == 0  # staying on the site drops nothing it holds

    archive = Archive(db)
    run_id = archive.start_run("vinhbao", "full")
    archive.record_dropped(run_id, {"offsite": 3, "script_pager": 2, "depth": 40})
    archive.finish_run(run_id, finish_reason="finished", exit_status=0)
    archive.close()
    result = _status_check(db)
    assert result.returncode == 7, result.stdout
    assert re.search(r"incomplete sites.*\n  vinhbao: run \d+ finished .*dropped "
                     r"40 by --max-depth, 2 by script_pager", result.stdout), result.stdout
    assert "offsite" not in result.stdout.split("incomplete sites")[1]
    assert "kienthuy" not in result.stdout.split("incomplete sites")[1]
    assert run_cli("status", "--db", str(db)).returncode == 0  # a report, not a probe

    archive = Archive(db)  # fetches with no response after their retries leave pages unfetched
    _run(archive, "kienthuy", finish="finished", exit_status=0)
    archive.finish_run(archive.recent_runs(1)[0]["id"], pages_failed=3)
    archive.close()
    result = _status_check(db)
    assert result.returncode == 7
    assert re.search(r"  kienthuy: run \d+ finished .*dropped 3 by failed fetches",
                     result.stdout), result.stdout

    archive = Archive(db)  # a failure elsewhere outranks it: 6
    _run(archive, "kienthuy", finish="failed", exit_status=5)
    archive.close()
    assert _status_check(db).returncode == 6
    archive = Archive(db)  # both sites' next runs complete: healthy again
    _run(archive, "kienthuy", finish="finished", exit_status=0)
    _run(archive, "vinhbao", finish="finished", exit_status=0)
    archive.close()
    assert _status_check(db).returncode == 0


def test_a_crawl_cut_by_max_depth_is_reported_incomplete_by_status(tmp_path):
    db = tmp_path / "archive.db"
    crawl = run_cli("crawl", "--site", "kienthuy", "--sample", "--max-depth", "1",
                    "--db", str(db))
    assert crawl.returncode == 0, crawl.stderr
    assert "crawl incomplete" in crawl.stderr and "by --max-depth" in crawl.stderr
    result = _status_check(db)
    assert result.returncode == 7, result.stdout
    assert re.search(r"  kienthuy: run 1 finished .*by --max-depth", result.stdout), result.stdout
    complete = run_cli("crawl", "--site", "kienthuy", "--sample", "--db", str(db))
    assert complete.returncode == 0 and "crawl incomplete" not in complete.stderr
    assert _status_check(db).returncode == 0


def test_status_check_counts_a_run_still_crawling_as_no_failure(tmp_path):
    """An unfinished last run whose site lock is held is a crawl in progress, not a kill."""
    db = tmp_path / "archive.db"
    archive = Archive(db)
    archive.upsert_site(get_site("kienthuy").as_row())
    _run(archive, "kienthuy", finish=None, exit_status=None)
    archive.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         ("import time\nfrom district_archive.jobs import site_locks\n"
          f"with site_locks({str(db)!r}, ['kienthuy']):\n"
          "    print('locked', flush=True)\n    time.sleep(60)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert _status_check(db).returncode == 0
    finally:
        holder.kill()
        holder.wait()
    assert _status_check(db).returncode == 6
