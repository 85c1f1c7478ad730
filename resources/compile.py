"""Compile the resources the app loads at run time: Qt Linguist ``.ts`` → ``.qm``.

Run it after editing a translation (``python resources/compile.py``); the
installer build and the translation tests call it too. The ``.qm`` files are
build output and stay out of git.

Besides the class contexts lupdate found, each ``.qm`` gets a ``shared``
context holding every finished translation once, which
``casereview.ui.language.translation.CaseReviewTranslator`` falls back to (labels from
the Qt-free vocabulary, ``parent.tr(...)`` calls).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "translations"
SHARED_CONTEXT = "shared"
_SKIP_TYPES = {"unfinished", "vanished", "obsolete"}


def qt_tool(name: str) -> list[str]:
    """Command line for a PySide6 tool, independent of PATH (works inside any venv)."""
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def finished_translations(root: ET.Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in _SKIP_TYPES or not (translation.text or ""):
            continue
        found.setdefault(source, translation.text or "")
    return found


def with_shared_context(ts: Path) -> bytes:
    """The .ts content plus a shared context containing each finished translation once."""
    root = ET.parse(ts).getroot()
    existing = {
        message.findtext("source") or ""
        for context in root.iter("context") if context.findtext("name") == SHARED_CONTEXT
        for message in context.iter("message")
    }
    shared = ET.SubElement(root, "context")
    ET.SubElement(shared, "name").text = SHARED_CONTEXT
    for source, text in sorted(finished_translations(root).items()):
        if source in existing:
            continue
        message = ET.SubElement(shared, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    return b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8")


def qm_for(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def is_stale(ts: Path) -> bool:
    qm = qm_for(ts)
    if not qm.exists():
        return True
    newest_input = max(ts.stat().st_mtime, Path(__file__).stat().st_mtime)
    return qm.stat().st_mtime < newest_input


def compile_translation(ts: Path) -> Path:
    qm = qm_for(ts)
    with tempfile.TemporaryDirectory() as tmp:
        merged = Path(tmp) / ts.name
        merged.write_bytes(with_shared_context(ts))
        result = subprocess.run([*qt_tool("lrelease"), "-silent", str(merged), "-qm", str(qm)],
                                capture_output=True, text=True)
    if result.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
    return qm


def compile_translations(*, force: bool = False) -> list[Path]:
    """Compile every stale (or, with force, every) .ts file; returns the .qm files written."""
    return [compile_translation(ts) for ts in sorted(TRANSLATIONS.glob("*.ts")) if force or is_stale(ts)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile even when the .qm is up to date")
    args = parser.parse_args(argv)
    for qm in compile_translations(force=args.force):
        print(f"compiled {qm.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
