"""The schemergebied in the analysis: uncertainties, dilemmas and accepted risks, typed as they come up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.grey_area import add_grey_area, grey_area_state, list_grey_areas, remove_grey_area
from casereview.ui.case_context import CaseContext
from casereview.ui.language.translation import SHARED_CONTEXT
from casereview.ui.operations.undo_commands import push_edit
from casereview.vocabulary import GREY_AREA_KIND_LABELS, GreyAreaKind

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GreyAreaPane(QWidget):
    """A kind, a line of text and Enter: stored at once, one undo step each."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("greyAreaPane")
        self.context = context
        self.list = QListWidget(objectName="greyAreaList")
        self.list.setAccessibleName(self.tr("Het schemergebied"))
        self.list.setWordWrap(True)
        self.kind_picker = QComboBox(objectName="greyAreaKind")
        self.kind_picker.setAccessibleName(self.tr("Soort"))
        for kind in GreyAreaKind:
            self.kind_picker.addItem(QCoreApplication.translate(SHARED_CONTEXT, GREY_AREA_KIND_LABELS[kind]),
                                     str(kind))
        self.edit = QLineEdit(objectName="greyAreaEdit")
        self.edit.setAccessibleName(self.tr("Nieuw punt voor het schemergebied"))
        self.edit.setPlaceholderText(self.tr("Onzeker, dilemma of aanvaard risico? Enter"))
        self.edit.returnPressed.connect(self.add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), objectName="removeGreyAreaButton")
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.addWidget(self.kind_picker)
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Het schemergebied"), objectName="greyAreaHeading"))
        layout.addLayout(entry)
        layout.addWidget(self.list, 1)
        context.changed.connect(lambda entity: self.reload() if entity == "greyarea" else None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for item in list_grey_areas(self.context.case):
            label = QCoreApplication.translate(SHARED_CONTEXT, GREY_AREA_KIND_LABELS.get(item.kind, item.kind))
            row = QListWidgetItem(f"{label}: {item.text}")
            row.setData(ITEM_ID_ROLE, item.id)
            self.list.addItem(row)

    def add(self) -> None:
        text, kind = self.edit.text(), str(self.kind_picker.currentData())
        if push_edit(self.context, self.tr("Schemergebied aanvullen"), lambda: grey_area_state(self.context.case),
                     lambda: add_grey_area(self.context.case, kind, text)):
            self.edit.clear()

    def remove_selected(self) -> None:
        current = self.list.currentItem()
        if current is None:
            return
        item_id = int(current.data(ITEM_ID_ROLE))
        push_edit(self.context, self.tr("Punt uit het schemergebied verwijderen"),
                  lambda: grey_area_state(self.context.case), lambda: remove_grey_area(self.context.case, item_id))
