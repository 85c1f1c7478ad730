"""User settings (language, recent files, window geometry, folders) in a JSON file.

A plain JSON file in the user's config folder keeps the settings readable and
free of Qt, so the CLI and tests can use them too. A damaged or hand-edited
file never stops the app: unknown or wrongly typed values fall back to defaults.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from casereview.paths import cases_dir, settings_file
from casereview.vocabulary.codebook import CodebookEntry, CodebookError, builtin_codebook, entries_from

log = logging.getLogger(__name__)

MAX_RECENT = 8
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULTS: dict[str, Any] = {
    "language": "nl",
    "recent_files": [],
    "presenter_screen": -1,
    "agenda_template": "",
    "cases_folder": "",
    "window_geometry": "",
    "window_state": "",
    "theme_codebook": [],
    "overview_folders": [],
    "register_url": "",  # the region's learning register (never with a password; that is in the keyring)
    "register_organisation": "",
    "window_theme": "light",  # or "dark": the main window's theme (the presenter view has its own)
    "merge_terms": "",  # the chair's own forms for the merge assistant, one "vorm = betekenis" per line
}


def load() -> dict[str, Any]:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except (OSError, ValueError) as exc:
        log.warning("Instellingen niet leesbaar (%s); standaardwaarden gebruikt", exc)
        data = {}
    if not isinstance(data, dict):
        data = {}
    merged = {**DEFAULTS, **data}
    for key, default in DEFAULTS.items():
        if not isinstance(merged[key], type(default)):
            merged[key] = default
    if merged["language"] not in LANGUAGES:
        merged["language"] = DEFAULTS["language"]
    return merged


def save(settings: dict[str, Any]) -> None:
    """Write via a temporary file so a crash never leaves half a settings file."""
    target = settings_file()
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


def language() -> str:
    return str(get("language"))


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    put("language", code)


def cases_folder() -> Path:
    """Where new case files are proposed: the user's choice if it still exists, else the default."""
    chosen = get("cases_folder")
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    return cases_dir()


def agenda_template() -> Path | None:
    """The agenda template file the user chose for new reviews; None means the built-in agenda."""
    chosen = get("agenda_template")
    if chosen and Path(chosen).is_file():
        return Path(chosen)
    return None


def presenter_screen() -> int:
    """Index of the screen for the presenter view; -1 lets the app pick the second screen."""
    return int(get("presenter_screen"))


def new_case_codebook() -> list[CodebookEntry]:
    """The themes a new case starts with: the imported codebook, else the built-in rode draden.

    A codebook in the settings that no longer checks out is ignored (and logged), never fatal.
    """
    stored = get("theme_codebook")
    if stored:
        try:
            return entries_from(stored, source="het codeboek in de instellingen")
        except CodebookError as exc:
            log.warning("Codeboek in de instellingen overgeslagen: %s", exc)
    return builtin_codebook()


def set_codebook(entries: list[CodebookEntry]) -> None:
    put("theme_codebook", [{"code": e.code, "label": e.label, "default": e.default} for e in entries])


def overview_folders() -> list[str]:
    """Folders and files the quality officer's overview reads, as last chosen."""
    return [p for p in get("overview_folders") if isinstance(p, str)]
