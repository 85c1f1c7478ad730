"""The one place that knows where user folders are.

``CASEREVIEW_HOME`` overrides everything (tests, development, portable use):
settings, data, logs and the default case folder all go beneath it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "casereview"
ENV_HOME = "CASEREVIEW_HOME"


def _base(kind: str) -> Path:
    home = os.environ.get(ENV_HOME)
    if home:
        path = Path(home) / kind
    elif kind == "config":
        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    elif kind == "logs":
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
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


def log_dir() -> Path:
    return _base("logs")


def cases_dir() -> Path:
    """Default folder offered for new case files."""
    return _base("cases")


def resources_dir() -> Path:
    """Bundled resources: next to the package, or inside a frozen build."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
