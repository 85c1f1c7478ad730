"""The detection worker: ``python -m casereview.privacy.detection.worker CACHE_FOLDER``.

In a frozen bundle the app itself is started as ``casereview --detection-worker CACHE_FOLDER``
(see :mod:`casereview.__main__`).

It runs as its own process so the de-identifier's gigabyte of lookup data
never lives in the window's process and is gone when detection ends. It reads
``{"texts": [...]}`` as JSON on stdin and writes one JSON object per line on
stdout: ``{"stage": "building"|"loading"}``, ``{"done": i, "total": n}``, and
finally ``{"spans": [[[kind, start, end], ...], ...]}`` (one list per text) or
``{"error": "..."}``. Only positions travel back, never text.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO

from casereview.privacy.detection.engine import annotate, cache_ready, load


def _say(out: IO[str], **message: object) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def main(argv: list[str]) -> int:
    out = sys.stdout
    if sys.stderr is None:  # a windowed frozen app has no stderr
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stderr  # anything a library prints stays off the message channel
    folder = Path(argv[0])
    try:
        texts = json.loads(sys.stdin.read() or "{}").get("texts", [])
        _say(out, stage="loading" if cache_ready(folder) else "building")
        detector = load(folder)
        spans = []
        total = len(texts)
        for index, text in enumerate(texts):
            spans.append(annotate(detector, str(text)))
            if index % 20 == 19 or index + 1 == total:
                _say(out, done=index + 1, total=total)
        _say(out, spans=spans)
    except Exception as exc:  # reported to the parent, which words it for the user
        _say(out, error=type(exc).__name__)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
