"""Bewerken → Instellingen: language, default folder, agenda template, presenter screen.

The language applies after a restart: the open windows were built in the old
language and rebuilding a case view mid-meeting is not worth the risk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casereview import settings
from casereview.model import CaseFileError
from casereview.paths import log_file
from casereview.ui.language.messages import describe
from casereview.ui.style.palette import colours
from casereview.ui.widgets.combo_popup import show_every_item


class SettingsDialog(QDialog):
    """Shows the current settings and writes them back on OK (see :meth:`apply`)."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(560)
        current = settings.load()
        self._start_language = settings.language()

        self.language_combo = QComboBox(objectName="languageCombo")
        for code, name in settings.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._start_language)))
        self.restart_note = QLabel(self.tr("De nieuwe taal is te zien nadat u casereview opnieuw hebt gestart."),
                                   objectName="restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet(f"color: {colours().warning};")
        self.restart_note.setVisible(False)
        self.language_combo.currentIndexChanged.connect(self._update_note)

        self.cases_edit = QLineEdit(str(settings.cases_folder()), objectName="casesFolderEdit")
        cases_button = QPushButton(self.tr("Kiezen…"), objectName="casesFolderButton")
        cases_button.clicked.connect(self._choose_cases_folder)

        self.agenda_edit = QLineEdit(current["agenda_template"], objectName="agendaTemplateEdit")
        self.agenda_edit.setPlaceholderText(self.tr("Standaardagenda van casereview"))
        agenda_button = QPushButton(self.tr("Kiezen…"), objectName="agendaTemplateButton")
        agenda_button.clicked.connect(self._choose_agenda)

        self.screen_combo = QComboBox(objectName="presenterScreenCombo")
        self.screen_combo.addItem(self.tr("Automatisch (het tweede scherm)"), -1)
        for number, screen in enumerate(QGuiApplication.screens()):
            self.screen_combo.addItem(self.tr("Scherm {0} ({1})").format(number + 1, screen.name()), number)
        self.screen_combo.setCurrentIndex(max(0, self.screen_combo.findData(settings.presenter_screen())))

        self.register_edit = QLineEdit(current["register_url"], objectName="registerUrlEdit")
        self.register_edit.setPlaceholderText(self.tr("S:/regio/register.db of postgresql+psycopg://gebruiker@server/register"))
        self.organisation_edit = QLineEdit(current["register_organisation"], objectName="registerOrganisationEdit")
        self.password_edit = QLineEdit(objectName="registerPasswordEdit", echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Alleen voor PostgreSQL; bewaard in de sleutelbos van het systeem"))
        self.register_note = QLabel(objectName="registerNote", wordWrap=True)
        self.register_note.setStyleSheet(f"color: {colours().concern};")

        log_label = QLabel(str(log_file()), objectName="logFileLabel")
        log_label.setWordWrap(True)
        log_label.setToolTip(
            self.tr("Stuur dit bestand mee als u een probleem meldt; er staat geen inhoud van dossiers in."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        show_every_item(self.language_combo)
        form.addRow(self.tr("Taal"), self.language_combo)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Map voor nieuwe dossiers"), _row(self.cases_edit, cases_button))
        form.addRow(self.tr("Agendasjabloon"), _row(self.agenda_edit, agenda_button))
        form.addRow(self.tr("Scherm voor de presentatie"), self.screen_combo)
        form.addRow(self.tr("Regioregister"), self.register_edit)
        form.addRow(self.tr("Organisatie in het register"), self.organisation_edit)
        form.addRow(self.tr("Wachtwoord register"), self.password_edit)
        form.addRow("", self.register_note)
        form.addRow(self.tr("Logbestand"), log_label)
        form.addRow(buttons)

    def _accept_if_valid(self) -> None:
        """A register address that casereview would refuse (say, PostgreSQL without TLS) is not stored."""
        from casereview.register.connection import parse_register

        text = self.register_edit.text().strip()
        if text:
            try:
                parse_register(text)
            except CaseFileError as exc:
                self.register_note.setText(describe(exc))
                return
        self.accept()

    def _update_note(self) -> None:
        self.restart_note.setVisible(self.language_combo.currentData() != self._start_language)

    def _choose_cases_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor nieuwe dossiers"), self.cases_edit.text())
        if chosen:
            self.cases_edit.setText(chosen)

    def _choose_agenda(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Agendasjabloon kiezen"), self.agenda_edit.text(),
                                                self.tr("Agendasjabloon (*.json);;Alle bestanden (*)"))
        if chosen:
            self.agenda_edit.setText(chosen)

    def restart_needed(self) -> bool:
        return self.language_combo.currentData() != self._start_language

    def apply(self) -> None:
        """Write the choices to the settings file; a folder that does not exist is not stored."""
        values = settings.load()
        values["language"] = str(self.language_combo.currentData())
        folder = self.cases_edit.text().strip()
        values["cases_folder"] = folder if folder and Path(folder).is_dir() else ""
        values["agenda_template"] = self.agenda_edit.text().strip()
        values["presenter_screen"] = int(self.screen_combo.currentData())
        values["register_url"] = self.register_edit.text().strip()
        values["register_organisation"] = " ".join(self.organisation_edit.text().split())
        settings.save(values)
        password = self.password_edit.text()
        if password and values["register_url"]:
            from casereview.register.connection import parse_register, store_password

            try:
                target = parse_register(values["register_url"])
                if not target.is_sqlite:
                    store_password(target.url, password)
            except CaseFileError as exc:
                QMessageBox.warning(self, self.tr("Instellingen"), describe(exc))


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def run_settings(*, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the user pressed OK (the settings are then written)."""
    dialog = SettingsDialog(parent=parent)
    if not dialog.exec():
        return False
    dialog.apply()
    return True
