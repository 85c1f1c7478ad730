"""User settings (language, recent files, window geometry) in a JSON file.

A plain JSON file in the user's config folder keeps the settings readable and
free of Qt, so the CLI and tests can use them too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from casereview.paths import config_dir

MAX_RECENT = 8
DEFAULTS: dict[str, Any] = {"language": "nl", "recent_files": [], "presenter_screen": -1}


def _file() -> Path:
    return config_dir() / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {**DEFAULTS, **data}


def save(settings: dict[str, Any]) -> None:
    target = _file()
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)


def get(key: str) -> Any:
    return load().get(key, DEFAULTS.get(key))


def put(key: str, value: Any) -> None:
    settings = load()
    settings[key] = value
    save(settings)


def recent_files() -> list[Path]:
    """Recent case files that still exist, newest first."""
    return [Path(p) for p in get("recent_files") if isinstance(p, str) and Path(p).exists()]


def add_recent_file(path: Path) -> None:
    entry = str(Path(path).resolve())
    items = [p for p in get("recent_files") if p != entry]
    put("recent_files", [entry, *items][:MAX_RECENT])
