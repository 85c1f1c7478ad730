"""Layering: the model and the services never pull in Qt; only casereview/ui may."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "casereview"
QT_IMPORT = re.compile(r"^\s*(?:from|import)\s+PySide6\b", re.MULTILINE)


def _non_ui_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        parts = relative.parts
        if "ui" in parts[1:] or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_there_are_modules_to_check() -> None:
    names = _non_ui_modules()
    assert "casereview.model.store" in names and "casereview.casefile.case_file" in names
    assert not any(".ui" in name for name in names)


def _modules_loading_qt(names: list[str]) -> list[str]:
    """A fresh interpreter imports the modules one by one and names the first that loads PySide6."""
    script = (
        "import importlib, json, sys\n"
        "bad = []\n"
        "for name in json.loads(sys.argv[1]):\n"
        "    importlib.import_module(name)\n"
        "    if 'PySide6' in sys.modules:\n"
        "        bad.append(name)\n"
        "        break\n"
        "print(json.dumps(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, json.dumps(names)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_any_non_ui_module_does_not_load_qt() -> None:
    assert _modules_loading_qt(_non_ui_modules()) == []


def test_the_import_check_recognises_a_qt_module() -> None:
    assert _modules_loading_qt(["casereview.model", "casereview.ui.app"]) == ["casereview.ui.app"]


def test_no_file_outside_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:-1] and QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_grep_recognises_a_qt_import() -> None:
    assert QT_IMPORT.search("from PySide6.QtWidgets import QLabel\n")
    assert QT_IMPORT.search("    import PySide6\n")
    assert not QT_IMPORT.search("# PySide6 is only used in casereview/ui\n")


def _pyproject_contract(name_start: str) -> dict[str, object]:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return next(c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith(name_start))


def _lint_planted(tmp_path: Path, files: dict[str, str], contract: dict[str, object]) -> subprocess.CompletedProcess[str]:
    """lint-imports with one of our contracts, on a planted package ``planted`` in ``tmp_path``."""
    for name, text in files.items():
        path = tmp_path / "planted" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    lines = ["[importlinter]", "root_package = planted", "", "[importlinter:contract:planted]"]
    for key, value in contract.items():
        if key == "ignore_imports":
            continue
        rendered = "\n    ".join([""] + [str(v).replace("casereview", "planted") for v in value]) \
            if isinstance(value, list) else str(value)
        lines.append(f"{key} = {rendered}")
    (tmp_path / ".importlinter").write_text("\n".join(lines) + "\n", encoding="utf-8")
    linter = Path(sys.executable).parent / "lint-imports"
    return subprocess.run([str(linter), "--no-cache"], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(tmp_path)}, timeout=120)


def test_the_circle_contract_refuses_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    contract = _pyproject_contract("No import circles")
    files = {"__init__.py": "", "pkg/__init__.py": "", "pkg/a.py": "from planted.pkg import b\n",
             "pkg/b.py": "def late():\n    from planted.pkg import a\n    return a\n"}
    refused = _lint_planted(tmp_path, files, contract)
    assert refused.returncode != 0 and "BROKEN" in refused.stdout and "planted.pkg" in refused.stdout
    (tmp_path / "planted" / "pkg" / "b.py").write_text("def late():\n    return 1\n", encoding="utf-8")
    assert _lint_planted(tmp_path, {}, contract).returncode == 0


def test_the_capability_contract_refuses_one_capability_importing_another(tmp_path: Path) -> None:
    contract = _pyproject_contract("The capabilities stand alone")
    assert contract["type"] == "independence"
    files = {"__init__.py": "", **{f"{name}/__init__.py": "" for name in ("timeline", "session", "findings", "consent")},
             "findings/agreements.py": "from planted.session import parties\n", "session/parties.py": ""}
    refused = _lint_planted(tmp_path, files, contract)
    assert refused.returncode != 0 and "planted.findings is not allowed to import planted.session" in refused.stdout
