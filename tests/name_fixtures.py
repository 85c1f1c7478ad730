"""A stand-in for the detector that "finds" given texts, for tests of what happens after detection.

The real detector (a worker process with a gigabyte of lookup data) is tested in
test_fresh_timeline_detection.py and tests/cli/test_names_cli.py; the tests of
grouping, decisions and the export gate only need spans at known places. Every other
test runs with a stand-in that finds nothing (tests/conftest.py, ``stand_in_detector``)
unless it is marked ``real_detector``.
"""

from __future__ import annotations

from collections.abc import Sequence

from casereview.casefile.case_file import CaseFile
from casereview.privacy.detection.candidates import detect_names


def finding(*found: tuple[str, str]):  # type: ignore[no-untyped-def]  # noqa: ANN201
    """A detector that reports every occurrence of each (text, kind) in ``found``."""

    def detector(texts: Sequence[str], progress: object = None) -> list[list[tuple[str, int, int]]]:
        out = []
        for text in texts:
            spans = []
            for needle, kind in found:
                start = text.find(needle)
                while start >= 0:
                    spans.append((kind, start, start + len(needle)))
                    start = text.find(needle, start + 1)
            out.append(sorted(spans, key=lambda s: s[1]))
        return out

    return detector


def detect_with(case: CaseFile, *found: tuple[str, str]) -> int:
    return detect_names(case, detector=finding(*found))
