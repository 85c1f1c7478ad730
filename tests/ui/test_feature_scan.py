"""PySide6's per-import source check, read as plain bytes, answers as PySide6's own check does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import casereview.ui  # noqa: F401  (installs the plain read)
import casereview.ui.main_window  # noqa: F401  (the window's modules, imported after PySide6)
from casereview.ui.feature_scan import CHECK, FEATURE_MODULE, uses_pyside


def test_every_loaded_module_gets_pysides_own_answer() -> None:
    check = getattr(sys.modules[FEATURE_MODULE], CHECK)
    assert getattr(check, "plain_read", False), "PySide6's check is not replaced"
    original = check.original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["casereview.ui.main_window"] and not answers["casereview.model.tables"]


def test_source_read_as_bytes(tmp_path: Path) -> None:
    for name, text in (("with_qt", "from PySide6.QtCore import Qt\n"), ("without_qt", "import sqlite3\n")):
        path = tmp_path / f"{name}.py"
        path.write_text(text, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        module = importlib.util.module_from_spec(spec)
        assert uses_pyside(module, fallback=_never_asked) is (name == "with_qt")
        path.unlink()
        assert uses_pyside(module, fallback=_never_asked) is False  # unreadable: as PySide6 answers


def _never_asked(module: ModuleType) -> bool:
    raise AssertionError(f"a .py module went to PySide6's own check: {module.__name__}")
