"""Loading the interface language.

Dutch is written in the source code, so Dutch needs no compiled file; only
its singular forms do: ``tr("%n dossiers", "", n)`` holds the plural, and
``resources/translations/nl.json`` maps it to the singular ("%n dossier"),
which :class:`DutchPlurals` gives Qt when n is 1. Other languages come from
``resources/translations/casereview_<code>.qm`` (with Qt's own plural forms).

Strings reach ``tr()`` in two ways lupdate cannot place in the right context:
labels from :mod:`casereview.vocabulary` (services hold no Qt) and calls such as
``parent.tr(...)`` whose class is only known at run time. ``resources/compile.py``
therefore also puts every translation in the :data:`SHARED_CONTEXT`, and this
translator looks there when the class context has no entry.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casereview.paths import translations_dir

log = logging.getLogger(__name__)

SHARED_CONTEXT = "shared"
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class CaseReviewTranslator(QTranslator):
    """A QTranslator that falls back to the shared context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """None (a null QString) when neither context knows the text, so Qt shows the Dutch source."""
        found = super().translate(context, source, disambiguation, n)
        if not found and context != SHARED_CONTEXT:
            found = super().translate(SHARED_CONTEXT, source, disambiguation, n)
        return found or None


# Texts of Qt's own dialogs that Qt's Dutch translation (qtbase_nl.qm) leaves English: without these the
# file dialog says "Look in:" and "Files of type:" between Dutch labels. Context, then source, then Dutch.
QT_DUTCH_GAPS: dict[str, dict[str, str]] = {
    "QFileDialog": {"&Look in:": "&Zoeken in:", "Files of &type:": "Bestands&type:"},
}


class QtGaps(QTranslator):
    """Qt's own texts that its translation for the language lacks; asked after Qt's translation."""

    def __init__(self, gaps: dict[str, dict[str, str]], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.gaps = gaps

    def isEmpty(self) -> bool:  # noqa: N802
        return not self.gaps

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.gaps.get(context, {}).get(source)


class DutchPlurals(QTranslator):
    """The Dutch singular of a ``%n`` message when n is 1; otherwise the Dutch source (the plural) stands."""

    def __init__(self, singulars: dict[str, str], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.singulars = singulars

    def isEmpty(self) -> bool:  # noqa: N802
        return not self.singulars

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.singulars.get(source) if n == 1 else None


def dutch_singulars() -> dict[str, str]:
    """The mapping plural → singular of every Dutch ``%n`` message; empty (plurals only) when it is missing."""
    try:
        found = json.loads((translations_dir() / "nl.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("Nederlandse enkelvouden niet gelezen: %s", exc)
        return {}
    return {str(k): str(v) for k, v in found.items()}


def qm_file(language: str) -> Path:
    return translations_dir() / f"casereview_{language}.qm"


def ensure_compiled(language: str) -> None:
    """In a source checkout, compile a missing or outdated .qm so a fresh clone can switch language.

    The frozen build ships compiled files and has no compiler script; nothing happens there.
    """
    if getattr(sys, "frozen", False):
        return
    ts = translations_dir() / f"casereview_{language}.ts"
    script = translations_dir().parent / "compile.py"
    qm = qm_file(language)
    if not ts.exists() or not script.exists():
        return
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return
    try:
        spec = importlib.util.spec_from_file_location("casereview_resources_compile", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_translation(ts)
        log.info("Vertaling %s gecompileerd naar %s", language, qm)
    except (OSError, RuntimeError, AssertionError) as exc:
        log.warning("Vertaling %s kon niet worden gecompileerd: %s", language, exc)


def install_translation(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Set the locale and install the translators for ``language``; returns them so they can be removed.

    Qt's own texts (OK, Annuleren, the file dialogs) come from Qt's ``qtbase_<code>.qm``, with
    :data:`QT_DUTCH_GAPS` for what that file leaves English; ours from :func:`qm_file`. A missing file is logged and the interface stays Dutch rather than
    failing to start.
    """
    QLocale.setDefault(LOCALES.get(language, LOCALES["nl"]))
    installed: list[QTranslator] = []
    if language == "nl":
        gaps = QtGaps(QT_DUTCH_GAPS, app)  # installed before Qt's own, so asked after it
        app.installTranslator(gaps)
        installed.append(gaps)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    dutch = DutchPlurals(dutch_singulars(), app)  # installed first, so asked last
    app.installTranslator(dutch)
    installed.append(dutch)
    if language and language != "nl":
        ensure_compiled(language)
        ours = CaseReviewTranslator(app)
        path = qm_file(language)
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("Vertaling %s niet gevonden in %s; de interface blijft Nederlands", language, path)
    return installed


def remove_translation(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
