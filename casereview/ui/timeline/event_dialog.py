"""A small form for adding one event to the timeline.

The date is read as the chair types, so a month-only date ("feb 2019") is
seen to be a month before it is stored, and a date that cannot be read is
named before the dialog closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casereview.model.tables import Party
from casereview.timeline.dates import format_event_date, parse_date
from casereview.timeline.events import edit_values
from casereview.ui.language.messages import word
from casereview.ui.operations.runner import attempt
from casereview.ui.style.palette import colours
from casereview.ui.timeline.table_model import key_label
from casereview.vocabulary import DATE_PRECISION_LABELS, DatePrecision, KeyMoment


class EventDialog(QDialog):
    """Collects the fields of :func:`casereview.timeline.events.add_event`; see :meth:`values`."""

    def __init__(self, parties: list[Party], *, party_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Gebeurtenis toevoegen"))
        self.setMinimumWidth(520)
        self.date_edit = QLineEdit(objectName="eventDateEdit")
        self.date_edit.setPlaceholderText(self.tr("bijv. 14-02-2019, feb 2019, 2020 of leeg"))
        self.date_hint = QLabel(objectName="eventDateHint")
        self.date_hint.setStyleSheet(f"color: {colours().muted};")
        self.time_edit = QLineEdit(objectName="eventTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("uu:mm (mag leeg)"))
        self.party_combo = QComboBox(objectName="eventPartyCombo")
        self.party_combo.addItem(self.tr("(geen partij)"), None)
        for party in parties:
            self.party_combo.addItem(party.name, party.id)
        if party_id is not None and (i := self.party_combo.findData(party_id)) >= 0:
            self.party_combo.setCurrentIndex(i)
        self.description_edit = QPlainTextEdit(objectName="eventDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Wat gebeurde er?"))
        self.description_edit.setFixedHeight(90)
        self.source_edit = QLineEdit(objectName="eventSourceEdit")
        self.source_edit.setPlaceholderText(self.tr("bijv. dossier, verslag, gesprek"))
        self.key_combo = QComboBox(objectName="eventKeyCombo")
        for key in KeyMoment:
            self.key_combo.addItem(key_label(key) or self.tr("geen"), str(key))
        self.error_label = QLabel(objectName="eventDialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {colours().error};")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.date_edit)
        form.addRow("", self.date_hint)
        form.addRow(self.tr("Tijd"), self.time_edit)
        form.addRow(self.tr("Partij"), self.party_combo)
        form.addRow(self.tr("Gebeurtenis"), self.description_edit)
        form.addRow(self.tr("Bron"), self.source_edit)
        form.addRow(self.tr("Sleutelmoment"), self.key_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.date_edit.textChanged.connect(self._show_date_hint)
        self._show_date_hint("")

    def _show_date_hint(self, text: str) -> None:
        parsed = parse_date(text)
        if parsed.problem is not None:
            self.date_hint.setText(self.tr("Niet leesbaar: {0}").format(word(parsed.problem)))
        elif parsed.start is None:
            self.date_hint.setText(self.tr("Datum onbekend"))
        elif parsed.precision == DatePrecision.DAY:
            self.date_hint.setText(format_event_date(parsed.start, parsed.precision, parsed.text))
        else:
            label = format_event_date(parsed.start, parsed.precision, parsed.text)
            precision = DATE_PRECISION_LABELS.get(parsed.precision, "")
            self.date_hint.setText(self.tr("≈ {0} (alleen de {1} is bekend)").format(label, precision))

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``add_event``; raises CaseFileError naming the wrong field."""
        edit_values("date", self.date_edit.text())
        description = edit_values("description", self.description_edit.toPlainText())["description"]
        return {
            "date_text": self.date_edit.text(),
            "time": edit_values("time", self.time_edit.text())["time"],
            "party_id": self.party_combo.currentData(),
            "description": description,
            "source": self.source_edit.text().strip(),
            "key_moment": self.key_combo.currentData(),
        }

    def accept(self) -> None:
        outcome = attempt(self.values, quiet=True)
        if not outcome.ok:
            self.error_label.setText(outcome.message)
            self.error_label.show()
            return
        super().accept()
