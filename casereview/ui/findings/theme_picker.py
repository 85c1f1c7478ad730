"""Tagging an agreement with themes, so the quality officer's overview can count it.

A checkable list of the case's themes (defaults first) and a field for an own
theme. Every tick is stored at once as one undoable step, as everything the
chair enters is; the widget sits in the agreement dialog and asks nothing of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casereview.findings.agreements import agreement_theme_ids, set_agreement_themes
from casereview.findings.conclusions import add_theme, list_themes
from casereview.model import CaseFileError
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import describe
from casereview.ui.operations.undo_commands import ServiceCommand

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemePicker(QWidget):
    """The themes of one agreement (``agreementThemePicker``), stored on every change."""

    def __init__(self, context: CaseContext, agreement_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id = agreement_id
        self.list = QListWidget(objectName="agreementThemePicker")
        self.list.setMaximumHeight(120)
        self.list.itemChanged.connect(self._ticked)
        self.own = QLineEdit(objectName="agreementOwnThemeEdit")
        self.own.setPlaceholderText(self.tr("Eigen thema toevoegen (Enter)"))
        self.own.returnPressed.connect(self._add_own)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Thema's (tellen mee in het overzicht over dossiers heen)")))
        layout.addWidget(self.list)
        layout.addWidget(self.own)
        context.changed.connect(lambda entity: entity in ("theme", "agreement") and self.reload())
        self.reload()

    def reload(self) -> None:
        try:
            chosen = set(agreement_theme_ids(self.context.case, self.agreement_id))
        except CaseFileError:
            return
        self.list.blockSignals(True)
        self.list.clear()
        for theme in list_themes(self.context.case):
            item = QListWidgetItem(theme.name)
            item.setData(ID_ROLE, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if theme.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._store(self.checked_ids())

    def _store(self, theme_ids: list[int]) -> None:
        case, agreement_id = self.context.case, self.agreement_id
        self.context.undo_stack.push(ServiceCommand(
            self.context, self.tr("Thema's van de afspraak"),
            lambda: set_agreement_themes(case, agreement_id, theme_ids),
            lambda before: set_agreement_themes(case, agreement_id, before)))

    def _add_own(self) -> None:
        name = self.own.text().strip()
        if not name:
            return
        try:
            theme = add_theme(self.context.case, name)
        except CaseFileError as exc:
            self.context.errorRaised.emit(describe(exc))
            return
        self.own.clear()
        self._store(sorted({*self.checked_ids(), theme.id}))
