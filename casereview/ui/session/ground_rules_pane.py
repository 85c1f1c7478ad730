"""Rule 1: the ground rules the group agrees to, and how contributions are attributed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.procedure import (
    add_ground_rule,
    case_details_state,
    ground_rules_state,
    list_ground_rules,
    remove_ground_rule,
    update_case_details,
    update_ground_rule,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import push_edit
from casereview.vocabulary import ATTRIBUTION_LABELS, Attribution

RULE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GroundRulesPane(QWidget):
    """Tick a rule when the group agrees to it; double-click to reword it."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget(objectName="groundRulesList")
        self.list.setAccessibleName(self.tr("Afspraken over de veilige setting"))
        self.list.setWordWrap(True)
        self.new_edit = QLineEdit(objectName="groundRuleEdit")
        self.new_edit.setAccessibleName(self.tr("Nieuwe afspraak over de setting"))
        self.new_edit.setPlaceholderText(self.tr("Nieuwe spelregel, Enter voegt toe"))
        self.new_edit.returnPressed.connect(self._add)
        self.agree_all_button = QPushButton(self.tr("Iedereen stemt in"), objectName="agreeAllGroundRulesButton")
        self.agree_all_button.clicked.connect(self.agree_all)
        self.remove_button = QPushButton(self.tr("Verwijderen"), objectName="removeGroundRuleButton")
        self.remove_button.clicked.connect(self._remove_selected)
        self.attribution_picker = QComboBox(objectName="attributionPicker")
        for key in (Attribution.PARTY, Attribution.ANONYMOUS, Attribution.NAMED):
            self.attribution_picker.addItem(self.tr(ATTRIBUTION_LABELS[key]), str(key))
        self.attribution_picker.setToolTip(self.tr("Hoe bijdragen worden getoond en in het verslag komen. "
                                                   "Namen alleen als de groep daarmee instemt."))
        self.attribution_picker.currentIndexChanged.connect(self._attribution_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.agree_all_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Bijdragen tonen"), self.attribution_picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Spelregels (regel 1) — vink aan waarmee de groep instemt"))
        heading.setWordWrap(True)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)  # wraps rather than widening the window on a 1280-pixel projector
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_edit)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.list.itemChanged.connect(self._item_changed)
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("groundrule", "case"):
            self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        row = self.list.currentRow()
        self.list.clear()
        for rule in list_ground_rules(self.context.case):
            item = QListWidgetItem(rule.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if rule.agreed else Qt.CheckState.Unchecked)
            item.setData(RULE_ID_ROLE, rule.id)
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        attribution = self.context.case.case().attribution
        self.attribution_picker.blockSignals(True)
        self.attribution_picker.setCurrentIndex(max(0, self.attribution_picker.findData(attribution)))
        self.attribution_picker.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        rule_id = int(item.data(RULE_ID_ROLE))
        text, agreed = item.text(), item.checkState() == Qt.CheckState.Checked
        self._rules_edit(self.tr("Spelregel wijzigen"),
                         lambda: update_ground_rule(self.context.case, rule_id, text=text, agreed=agreed))

    def _add(self) -> None:
        text = self.new_edit.text()
        if self._rules_edit(self.tr("Spelregel toevoegen"), lambda: add_ground_rule(self.context.case, text)):
            self.new_edit.clear()

    def agree_all(self) -> None:
        ids = [rule.id for rule in list_ground_rules(self.context.case) if not rule.agreed and rule.id is not None]

        def agree() -> None:
            for rule_id in ids:
                update_ground_rule(self.context.case, rule_id, agreed=True)
        if ids:
            self._rules_edit(self.tr("Spelregels afvinken"), agree)

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            rule_id = int(item.data(RULE_ID_ROLE))
            self._rules_edit(self.tr("Spelregel verwijderen"), lambda: remove_ground_rule(self.context.case, rule_id))

    def _attribution_chosen(self, _index: int) -> None:
        value = self.attribution_picker.currentData()
        if not push_edit(self.context, self.tr("Toeschrijving wijzigen"), lambda: case_details_state(self.context.case),
                         lambda: update_case_details(self.context.case, attribution=value)):
            self.reload()

    def _rules_edit(self, text: str, change: Callable[[], object]) -> bool:
        """One undo step; a refused edit is shown and the list shows what is stored again."""
        if push_edit(self.context, text, lambda: ground_rules_state(self.context.case), change):
            return True
        self.reload()
        return False
