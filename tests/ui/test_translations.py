"""The English interface is complete: the .ts has no open strings and every visible text changes.

The runtime walk builds the real main window (with a case open), the settings
dialog and the export dialog twice, once in Dutch and once with the English
.qm, and compares the texts widget by widget.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from casereview import vocabulary
from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.timeline.events import add_event
from casereview.ui.language.translation import CaseReviewTranslator, install_translation, qm_file, remove_translation
from casereview.vocabulary import AgreementKind, ContributionKind, KeyMoment
from casereview.vocabulary.default_agenda import DEFAULT_AGENDA
from casereview.vocabulary.error_catalog import source_texts

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "casereview_en.ts"
# Texts that are the same word in both languages, or names.
SAME_IN_BOTH = {"OK", "&OK", "casereview", "Incident", "Agenda", "Status", "Manager", "Professional", "open",
                "Ctrl+{0}", "+", "−", "team", "effect", "Effect", "status", "{0} ({1})"}
CASE_DATA = {"Review Gezin Jansen", "Jeugdteam Noord", "Huisarts", "Wijkteam",
             "Nederlands", "English",
             # an agreement and conclusions of the review, and the phase titles stored in the case
             "Casusoverleg elke maand", "Signalen kwamen niet samen", "De overdracht liep goed",
             *(phase.title for phase in DEFAULT_AGENDA)}


def _load_compile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("resources_compile", ROOT / "resources" / "compile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def english_qm() -> Path:
    """Compile the .qm when it is missing or older than the .ts, so the test never reads a stale file."""
    _load_compile().compile_translations()
    path = qm_file("en")
    assert path.exists()
    return path


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def _translated(translation: ET.Element | None) -> bool:
    """A message has its text, or (a %n message) every plural form."""
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def test_every_message_in_the_ts_is_translated() -> None:
    unfinished = [f"{context}: {source!r}" for context, source, translation in _messages()
                  if not _translated(translation)]
    assert not unfinished, "Not translated (run resources/translations/update.py):\n" + "\n".join(unfinished)


def test_ts_holds_every_string_in_the_code(tmp_path: Path) -> None:
    """A tr() string added without re-running update.py is caught here, not by a user."""
    compile_module = _load_compile()
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "casereview" / "ui").rglob("*.py"))]
    subprocess.run([*compile_module.qt_tool("lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    labels = {v for name, d in vars(vocabulary).items() if name.endswith("_LABELS") for v in d.values() if v}
    errors = {text for _code, text in source_texts()}
    in_ts = {source for _context, source, _t in _messages()}
    assert (in_code | labels | errors) - in_ts == set()


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see on ``root`` and its children, in creation order."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where}[tab {i}]", widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where}[{i}]", widget.itemText(i)
            if widget.isEditable() and widget.lineEdit() is not None:
                yield f"{where}[placeholder]", widget.lineEdit().placeholderText()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{where}[placeholder]", widget.placeholderText()
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for col in range(model.columnCount(QModelIndex())):
                yield f"{where}[header {col}]", str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for action in root.findChildren(QAction):
        yield f"QAction#{action.objectName()}", action.text()


def _cells(root: QWidget) -> Iterator[tuple[str, str]]:
    """The display text of every cell of every list and table on ``root``."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models in Qt's own widgets hide columnCount
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            for col in range(columns):
                text = model.data(model.index(row, col, QModelIndex()), Qt.ItemDataRole.DisplayRole)
                yield f"{type(view).__name__}#{view.objectName()}[{row},{col}]", str(text or "")


def _dutch_labels_in_cells(root: QWidget) -> list[str]:
    """Vocabulary labels (kinds, statuses, key moments) shown in Dutch inside lists and tables."""
    labels = {v for name, d in vars(vocabulary).items() if name.endswith("_LABELS") for v in d.values() if v}
    labels -= SAME_IN_BOTH
    return [f"{where}: {text!r}" for where, text in _cells(root)
            if text in labels or any(text.startswith(f"[{label}]") for label in labels)]


def _untranslated(dutch: list[tuple[str, str]], english: list[tuple[str, str]]) -> list[str]:
    assert [w for w, _ in dutch] == [w for w, _ in english], "the two windows differ in their widgets"
    problems = []
    for (where, nl), (_where, en) in zip(dutch, english, strict=True):
        text = re.sub(r"^\d+\. ", "", nl.strip())  # numbered items: "2. <conclusion>"
        if not any(ch.isalpha() for ch in text):  # an arrow or a count reads the same in both languages
            continue
        if text in SAME_IN_BOTH or text in CASE_DATA or text.isdigit() or Path(text).is_absolute():
            continue
        if any(text.startswith(f"{name}") for name in CASE_DATA):
            continue
        if nl == en:
            problems.append(f"{where}: {nl!r}")
    return problems


@pytest.fixture
def review_path(tmp_path: Path) -> Path:
    path = tmp_path / "jansen.casereview"
    case = create_case(path, "Review Gezin Jansen")
    team = add_party(case, "Jeugdteam Noord")
    gp = add_party(case, "Huisarts")
    add_party(case, "Wijkteam")
    event = add_event(case, date_text="03-2019", description="Eerste melding", party_id=team.id,
                      key_moment=KeyMoment.CONCERN)
    add_event(case, date_text="12-04-2019", description="Huisbezoek", party_id=gp.id)
    add_contribution(case, text="We zagen het te laat", party_id=team.id, kind=ContributionKind.CONCERN,
                     event_id=event.id)
    add_conclusion(case, "Signalen kwamen niet samen", event_ids=[event.id])
    add_conclusion(case, "De overdracht liep goed", no_change=True, no_change_reason="werkt al")
    add_agreement(case, action="Casusoverleg elke maand", owner_party_id=team.id, due_date=date(2030, 1, 1),
                  kind=AgreementKind.IMPROVE_EXISTING)
    case.close()
    return path


def _window_texts(qtbot, path: Path) -> list[tuple[str, str]]:  # noqa: ANN001
    from casereview.ui.dialogs.settings_dialog import SettingsDialog
    from casereview.ui.main_window import MainWindow
    from casereview.ui.operations.export_action import ExportDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.show_case(open_case(path))
    texts = list(_texts(window))
    texts += [("cells in Dutch", "; ".join(_dutch_labels_in_cells(window)))]
    for dialog in (SettingsDialog(parent=window), ExportDialog(parent=window)):
        texts += list(_texts(dialog))
        dialog.deleteLater()
    window.close()
    return texts


def test_every_visible_text_is_english(qtbot, english_qm: Path, review_path: Path) -> None:  # noqa: ANN001
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translation(app, "nl")
    try:
        dutch = _window_texts(qtbot, review_path)
    finally:
        remove_translation(app, translators)
    translators = install_translation(app, "en")
    try:
        assert any(isinstance(t, CaseReviewTranslator) for t in translators), f"could not load {english_qm}"
        english = _window_texts(qtbot, review_path)
    finally:
        remove_translation(app, translators)
    assert len(dutch) > 60, "the walk found too few texts to mean anything"
    cells_nl, cells_en = dict(dutch)["cells in Dutch"], dict(english)["cells in Dutch"]
    assert "[zorg]" in cells_nl and "verbetering bestaande werkwijze" in cells_nl, "the walk must see the cells"
    assert cells_en == ""
    assert _untranslated(dutch[:-1], english[:-1]) == []
    assert ("QAction#settingsAction", "&Settings…") in english


def test_missing_qm_keeps_the_interface_dutch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import casereview.ui.language.translation as translation

    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    app = QCoreApplication.instance()
    translators = translation.install_translation(app, "en")
    try:
        assert not any(isinstance(t, translation.CaseReviewTranslator) for t in translators)
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&Bestand"
    finally:
        translation.remove_translation(app, translators)


def test_dutch_uses_qt_dutch_buttons(qtbot) -> None:  # noqa: ANN001
    """Standard buttons come from Qt; without qtbase_nl a Dutch dialog would say 'Cancel'."""
    from PySide6.QtWidgets import QDialogButtonBox

    app = QCoreApplication.instance()
    translators = install_translation(app, "nl")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    finally:
        remove_translation(app, translators)


def test_a_fresh_checkout_compiles_the_qm_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Switching to English from a clone works without running compile.py by hand."""
    import shutil

    import casereview.ui.language.translation as translation

    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "compile.py", resources / "compile.py")
    shutil.copy(TS, resources / "translations" / TS.name)
    monkeypatch.setattr(translation, "translations_dir", lambda: resources / "translations")
    app = QCoreApplication.instance()
    translators = translation.install_translation(app, "en")
    try:
        assert (resources / "translations" / "casereview_en.qm").exists()
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"
    finally:
        translation.remove_translation(app, translators)


def test_update_script_fills_from_the_mapping_and_reports_the_rest() -> None:
    spec = importlib.util.spec_from_file_location("translations_update", TS.parent / "update.py")
    assert spec and spec.loader
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    root = ET.fromstring("<TS><context><name>X</name>"
                         "<message><source>Opslaan</source><translation type='unfinished'/></message>"
                         "<message><source>Nieuw</source><translation type='unfinished'/></message>"
                         "</context></TS>")
    update.add_shared(root, ["ging goed"])
    missing, count = update.fill(root, {"Opslaan": "Save", "ging goed": "went well"})
    assert (missing, count) == (["Nieuw"], 3)
    translations = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert translations["Opslaan"].text == "Save" and "type" not in translations["Opslaan"].attrib
    assert translations["Nieuw"].get("type") == "unfinished"
    assert "observatie" in update.vocabulary_labels()


def test_rule_reflex_note_is_english(qtbot, english_qm: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """The gentle rule-4 note is worded by the UI, so it follows the language setting."""
    from casereview.ui.main_window import MainWindow

    path = tmp_path / "regels.casereview"
    case = create_case(path, "Review")
    for action in ("Nieuw formulier", "Nieuwe app"):
        add_agreement(case, action=action, kind=AgreementKind.NEW_MEASURE, due_date=date(2030, 1, 1))
    case.close()
    app = QCoreApplication.instance()
    translators = install_translation(app, "en")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show_case(open_case(path))
        note = window.findChild(QLabel, "ruleReflexWarning")
        assert note.text().startswith("There are more new measures (2) than improvements")
        window.close()
    finally:
        remove_translation(app, translators)


def test_errors_are_english_in_the_english_interface(qtbot, english_qm: Path, tmp_path: Path,  # noqa: ANN001
                                                      open_window) -> None:  # noqa: ANN001
    """A service error carries a code; the window words it in the interface language, the CLI in Dutch."""
    from casereview.model import CaseFileError

    path = tmp_path / "fouten.casereview"
    create_case(path, "Review").close()
    error = CaseFileError(code="case.exists", name="oud.casereview")
    assert str(error) == "Het bestand 'oud.casereview' bestaat al; kies een andere naam."
    app = QCoreApplication.instance()
    translators = install_translation(app, "en")
    try:
        window = open_window(path)
        window.context.report(error)
        assert window.statusBar().currentMessage() == "The file 'oud.casereview' already exists; choose another name."
        window.case_view.details._save(title="")  # refused by the service, reported in English
        assert window.statusBar().currentMessage() == "The title cannot be empty."
        window.close()
    finally:
        remove_translation(app, translators)


def test_a_file_that_is_no_case_is_explained_in_english(qtbot, english_qm: Path, tmp_path: Path,  # noqa: ANN001
                                                        open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    empty = tmp_path / "leeg.casereview"
    empty.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    app = QCoreApplication.instance()
    translators = install_translation(app, "en")
    try:
        window = open_window()
        window.open_path(empty)
        assert shown == ["The file 'leeg.casereview' is empty; it holds no case."]
        assert window.context is None
        window.close()
    finally:
        remove_translation(app, translators)


def test_every_plural_message_has_a_dutch_singular() -> None:
    """Dutch needs no .qm, but "%n dossiers" needs "%n dossier" for one (resources/translations/nl.json)."""
    plurals = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message") if m.get("numerus") == "yes"}
    singulars = json.loads((TS.parent / "nl.json").read_text(encoding="utf-8"))
    assert plurals and plurals - set(singulars) == set()
    assert all("%n" in singulars[p] and singulars[p] != p for p in plurals)


def test_plural_forms_follow_the_count_in_dutch_and_english(qapp, english_qm: Path) -> None:  # noqa: ANN001
    def copies(n: int) -> str:
        return QCoreApplication.translate("OverviewWindow", "%n kopieën één keer geteld", "", n)

    assert (copies(1), copies(3)) == ("1 kopie één keer geteld", "3 kopieën één keer geteld")
    translators = install_translation(qapp, "en")
    try:
        assert (copies(1), copies(3)) == ("1 copy counted once", "3 copies counted once")
    finally:
        remove_translation(qapp, translators)
