"""The one place that knows where user folders are.

``CASEREVIEW_HOME`` overrides everything (tests, development, portable use):
settings, data, logs and the default case folder all go beneath it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "casereview"
ENV_HOME = "CASEREVIEW_HOME"
ENV_DEIDENTIFIER_CACHE = "CASEREVIEW_DEIDENTIFIER_CACHE"


def _base(kind: str) -> Path:
    home = os.environ.get(ENV_HOME)
    if home:
        path = Path(home) / kind
    elif kind == "config":
        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    elif kind == "logs":
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    elif kind == "cache":
        path = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    elif kind == "cases":
        path = Path(platformdirs.user_documents_dir()) / "casereview"
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _base("config")


def data_dir() -> Path:
    return _base("data")


def demo_case_path() -> Path:
    """Where the app keeps its own copy of the demo review (here, so opening it loads no demo code)."""
    return data_dir() / "demo.casereview"


def cache_dir() -> Path:
    """Rebuildable data such as the overview's index: deleting it loses nothing."""
    return _base("cache")


def deidentifier_cache_dir() -> Path:
    """Where the name detector keeps its prebuilt lookup structures (about 80 MB, built once).

    ``CASEREVIEW_DEIDENTIFIER_CACHE`` points elsewhere, so a test session builds
    it once instead of once per temporary home.
    """
    override = os.environ.get(ENV_DEIDENTIFIER_CACHE)
    path = Path(override) if override else cache_dir() / "deidentifier"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    return _base("logs")


def cases_dir() -> Path:
    """Default folder offered for new case files."""
    return _base("cases")


def settings_file() -> Path:
    return config_dir() / "settings.json"


def log_file() -> Path:
    """The rotating log; support asks for this file when something went wrong."""
    return log_dir() / "casereview.log"


def resources_dir() -> Path:
    """Bundled resources: next to the package, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_file(size: int = 256) -> Path:
    return resources_dir() / "icons" / f"casereview-{size}.png"
