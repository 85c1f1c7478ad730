"""Zorg voor personeel: per party what the incident did to its professionals and their aftercare.

Internal unless the chair ticks "mag in het verslag": only then does a document for
outside recipients carry the party's record.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.staff_aftercare import aftercare_state, list_aftercare, set_aftercare
from casereview.session.parties import list_parties
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import push_edit


class AftercarePane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aftercarePane")
        self.context = context
        self.party_picker = QComboBox(objectName="aftercareParty")
        self.party_picker.setAccessibleName(self.tr("Partij"))
        self.party_picker.currentIndexChanged.connect(self._show_record)
        self.impact_edit = QLineEdit(objectName="aftercareImpact")
        self.impact_edit.setAccessibleName(self.tr("Wat het voor de professionals betekende"))
        self.aftercare_edit = QLineEdit(objectName="aftercareText")
        self.aftercare_edit.setAccessibleName(self.tr("Welke nazorg er is"))
        self.share_check = QCheckBox(self.tr("Mag in het verslag (anders alleen intern)"), objectName="aftercareShare")
        self.save_button = QPushButton(self.tr("Opslaan"), objectName="saveAftercareButton")
        self.save_button.clicked.connect(self.save)
        for edit in (self.impact_edit, self.aftercare_edit):
            edit.returnPressed.connect(self.save)
        self.list = QListWidget(objectName="aftercareList")
        self.list.setAccessibleName(self.tr("Nazorg per partij"))
        self.list.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Partij"), self.party_picker)
        form.addRow(self.tr("Wat het betekende"), self.impact_edit)
        form.addRow(self.tr("Nazorg"), self.aftercare_edit)
        form.addRow("", self.share_check)
        form.addRow("", self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Zorg voor personeel"), objectName="aftercareHeading"))
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        context.changed.connect(lambda entity: self.reload() if entity in ("aftercare", "party") else None)
        self.reload()

    def reload(self) -> None:
        current = self.party_picker.currentData()
        self.party_picker.blockSignals(True)
        self.party_picker.clear()
        for party in list_parties(self.context.case):
            self.party_picker.addItem(party.name, party.id)
        index = self.party_picker.findData(current) if current is not None else 0
        self.party_picker.setCurrentIndex(max(index, 0))
        self.party_picker.blockSignals(False)
        self.list.clear()
        for row in list_aftercare(self.context.case):
            where = self.tr("in het verslag") if row.share else self.tr("intern")
            self.list.addItem(f"{row.party} ({where}): {row.impact} — {row.aftercare}".strip(" —"))
        self._show_record()

    def _show_record(self) -> None:
        party_id = self.party_picker.currentData()
        record = next((r for r in list_aftercare(self.context.case) if r.party_id == party_id), None)
        self.impact_edit.setText(record.impact if record else "")
        self.aftercare_edit.setText(record.aftercare if record else "")
        self.share_check.setChecked(bool(record and record.share))

    def save(self) -> None:
        party_id = self.party_picker.currentData()
        if party_id is None:
            return
        impact, aftercare, share = self.impact_edit.text(), self.aftercare_edit.text(), self.share_check.isChecked()
        push_edit(self.context, self.tr("Nazorg voor personeel vastleggen"),
                  lambda: aftercare_state(self.context.case),
                  lambda: set_aftercare(self.context.case, int(party_id), impact=impact, aftercare=aftercare,
                                        share=share))


