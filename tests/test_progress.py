"""Long verbs show progress on a terminal and are quiet otherwise (issue 15): ``reprocess``,
``check`` and ``warc``, run for real on a copy of the crawled sample archive, once with stderr
on a pseudo-terminal and once captured (as under cron)."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import termios

import pytest

from tests.conftest import CLI, ROOT, run_cli
from tests.test_datasette_queries import copy_archive

VERBS = {
    "reprocess": (["reprocess"], ["articles", "documents"]),
    "check": (["check"], ["raw bodies"]),
    "warc": (["warc", "-o", "{tmp}/out.warc.gz"], ["fetches"]),
}


def run_on_terminal(args: list[str]) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; what it wrote there."""
    main, terminal = pty.openpty()
    # a terminal 100 columns wide (a new pseudo-terminal is 0 x 0)
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    process = subprocess.Popen([*CLI, *args], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal's other end closed: the process is done writing
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return process.wait(60), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("verb", VERBS)
def test_long_verbs_show_progress_on_a_terminal_only(verb, crawled_archive, tmp_path):
    db = copy_archive(crawled_archive, tmp_path / "archive.db")
    args, walks = VERBS[verb]
    args = [a.format(tmp=tmp_path) for a in args] + ["--db", str(db)]
    status, shown = run_on_terminal(args)
    assert status == 0, shown[-2000:]
    for walk in walks:  # a tqdm bar per walk, run to its end: "articles: 100%|█████| 18/18"
        assert f"{walk}: 100%|" in shown, shown[-2000:]
    quiet = run_cli(*args)
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    assert "%|" not in quiet.stderr and "\r" not in quiet.stderr
