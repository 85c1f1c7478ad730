"""PySide6 reads the source of every module imported after it; this makes that a plain file read.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``. After each new
import it asks whether the module's source contains the word "PySide6" (such a module gets feature
switching) and answers through ``inspect.getsource``: linecache, tokenize and a decoded copy of the
whole file, about 0.3 ms a module. The window imports some 180 modules after PySide6, so that was
40–80 ms before the first paint. :func:`read_sources_plainly` gives PySide6 the same answer from
the file's bytes. casereview never uses ``__feature__``; with a PySide6 that works differently the
function changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # PySide6's own, loaded with PySide6.QtCore
CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, *, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source mentions PySide6, as PySide6's own check decides, read as bytes."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return fallback(module)  # compiled, zipped or built in: PySide6's way
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # as PySide6 answers when it cannot read the source


def read_sources_plainly() -> None:
    """Replace PySide6's per-import source check by :func:`uses_pyside` (once; harmless when absent)."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original) or getattr(original, "plain_read", False):
        return

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, fallback=original)

    check.plain_read = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
