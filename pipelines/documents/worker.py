"""The child process that reads one attachment: ``python -m pipelines.documents.worker``.

Argument: the JSON of ``{"format", "ocr", "limits"}``; standard input: the file's bytes;
standard output: the JSON of the ``DocumentText``. Its address space and CPU time are capped
with setrlimit before anything is parsed, so a zip bomb or a PDF built to loop costs at most
the caps (Limits.memory_bytes, the time limits), never the crawl's process.
"""
from __future__ import annotations

import json
import resource
import sys

from .model import Limits
from .readers import read_text


def _cap(limits: Limits, ocr: bool) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.seconds + (limits.ocr_seconds if ocr else 0)) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def main() -> int:
    request = json.loads(sys.argv[1])
    limits = Limits(**request["limits"])
    _cap(limits, request["ocr"])
    body = sys.stdin.buffer.read()
    result = read_text(body, request["format"], limits, ocr=request["ocr"])
    sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
