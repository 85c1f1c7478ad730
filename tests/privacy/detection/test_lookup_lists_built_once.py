"""Two name searches that start together build the de-identifier's lookup lists once; the second waits for them."""

from __future__ import annotations

import sys
import threading
import time
import types
from pathlib import Path

import pytest

from casereview.privacy.detection import engine


class _Builds:
    """A stand-in for ``deduce``: building the lists takes a while and is counted, loading them is not."""

    def __init__(self) -> None:
        self.built = 0
        self.loaded = 0
        self.lock = threading.Lock()
        builds = self

        class Deduce:
            def __init__(self, cache_path: Path) -> None:
                cache = Path(cache_path) / engine.CACHE_FILE
                if cache.is_file():
                    with builds.lock:
                        builds.loaded += 1
                    return
                time.sleep(0.5)
                cache.parent.mkdir(parents=True, exist_ok=True)
                cache.write_bytes(b"lists")
                with builds.lock:
                    builds.built += 1

        self.module = types.SimpleNamespace(Deduce=Deduce)


def test_two_searches_at_once_build_the_lists_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _Builds()
    monkeypatch.setitem(sys.modules, "deduce", builds.module)
    # The worker process silences every logger for good; in the test process that would silence the log tests.
    monkeypatch.setattr(engine, "_quiet_logging", lambda: None)
    folder = tmp_path / "deidentifier"
    detectors: list[object] = []
    searches = [threading.Thread(target=lambda: detectors.append(engine.load(folder))) for _ in range(2)]
    for search in searches:
        search.start()
    for search in searches:
        search.join(timeout=30)
    assert len(detectors) == 2 and all(d is not None for d in detectors)
    assert (builds.built, builds.loaded) == (1, 1)  # the second search loaded what the first built
    assert engine.cache_ready(folder)
    assert not list(folder.glob(".building-*"))  # no half-built folder left behind
