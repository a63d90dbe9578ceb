"""Run a reader in a child process with time and memory caps (``worker.py``).

The crawl extracts in a worker thread of its own process (pipelines/crawl.py); a parser stuck
in a hostile PDF there could neither be stopped nor have its memory bounded. A child process
can: its address space is capped by setrlimit, and it (with any pdftoppm/tesseract it started,
one process group) is killed at the deadline. The cost is one interpreter start per file,
about 0.3 s on a loaded machine (bench/documents.py), small next to fetching the file.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from .model import DocumentText, Limits

_PROJECT = str(Path(__file__).resolve().parents[2])  # where the pipelines package lives
STARTUP_SECONDS = 15.0  # interpreter and imports, on a loaded 2-core machine


def read_text_isolated(body: bytes, fmt: str, limits: Limits, ocr: bool = False) -> DocumentText:
    request = json.dumps({"format": fmt, "ocr": ocr, "limits": asdict(limits)})
    deadline = limits.seconds + (limits.ocr_seconds if ocr else 0) + STARTUP_SECONDS
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (_PROJECT, os.environ.get("PYTHONPATH")) if p)}
    child = subprocess.Popen([sys.executable, "-m", "pipelines.documents.worker", request],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = child.communicate(body, timeout=deadline)
    except subprocess.TimeoutExpired:
        _kill_group(child)
        return DocumentText(status="failed", format=fmt,
                            error=f"time limit: extraction ran over {deadline:.0f} s")
    finally:
        _kill_group(child)  # OCR helpers left behind by a child that died
    if child.returncode != 0:
        return DocumentText(status="failed", format=fmt, error=_death(child.returncode, err))
    try:
        return DocumentText(**json.loads(out))
    except (ValueError, TypeError) as exc:
        return DocumentText(status="failed", format=fmt, error=f"unreadable worker output: {exc}")


def _kill_group(child: subprocess.Popen) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    child.wait()


def _death(code: int, err: bytes) -> str:
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    if code in (-signal.SIGXCPU, -signal.SIGKILL):
        return f"killed at the CPU time limit (signal {-code})"
    if "MemoryError" in tail[0]:
        return "over the memory limit"
    return f"extraction process exited with {code}: {tail[0][:300]}"
