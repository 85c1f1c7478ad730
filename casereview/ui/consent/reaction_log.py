"""The reaction log: every reaction on the concept, what was decided and by whom; import and typed reactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casereview.consent.finality import Finality, finality
from casereview.consent.reactions import (
    PARTY_QUESTIONS,
    add_reaction,
    decide,
    list_reactions,
    read_reactions,
    set_kind,
)
from casereview.model import CaseFileError
from casereview.model.tables import Reaction
from casereview.session.parties import list_parties
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.labels import CHANNEL, DECISION, KIND, RESPONSE, label
from casereview.ui.language.messages import describe
from casereview.ui.operations.runner import attempt
from casereview.vocabulary.after_meeting import ReactionChannel, ReactionDecision

Index = QModelIndex | QPersistentModelIndex


class ReactionTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Organisatie"),
        QT_TRANSLATE_NOOP("shared", "Alinea"),
        QT_TRANSLATE_NOOP("shared", "Reactie"),
        QT_TRANSLATE_NOOP("shared", "Soort"),
        QT_TRANSLATE_NOOP("shared", "Besluit"),
        QT_TRANSLATE_NOOP("shared", "Besloten door"),
    )

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[Reaction] = []
        self.parties: dict[int, str] = {}
        context.changed.connect(lambda entity: entity in ("reaction", "party", "draft") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = list_reactions(self.context.case)
        self.parties = {p.id: p.name for p in list_parties(self.context.case) if p.id is not None}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("shared", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            decision = label(DECISION, item.decision)
            if item.decision_reason:
                decision += f": {item.decision_reason}"
            values = (self.parties.get(item.party_id or -1, ""), str(item.paragraph or "—"),
                      f"{item.text}\n({label(CHANNEL, item.channel)}{', ' + item.author if item.author else ''})",
                      label(KIND, item.kind), decision, item.decided_by)
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            return item.paragraph_text or None
        return None


class ReactionDialog(QDialog):
    """A reaction that came by phone or e-mail."""

    def __init__(self, parties: list[tuple[int, str]], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedReactionDialog")
        self.setWindowTitle(self.tr("Reactie toevoegen"))
        self.party = QComboBox(objectName="reactionPartyCombo")
        for pid, name in parties:
            self.party.addItem(name, pid)
        self.channel = QComboBox(objectName="reactionChannelCombo")
        for key in (ReactionChannel.PHONE, ReactionChannel.EMAIL):
            self.channel.addItem(label(CHANNEL, key), str(key))
        self.kind = QComboBox(objectName="reactionKindInput")
        for key in KIND:
            self.kind.addItem(label(KIND, key), str(key))
        self.paragraph = QSpinBox(objectName="reactionParagraphSpin", minimum=0, maximum=100000)
        self.paragraph.setSpecialValueText(self.tr("hele document"))
        self.author = QLineEdit(objectName="reactionAuthorEdit")
        self.text = QPlainTextEdit(objectName="reactionTextEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Organisatie"), self.party)
        form.addRow(self.tr("Hoe"), self.channel)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Alinea"), self.paragraph)
        form.addRow(self.tr("Van wie"), self.author)
        form.addRow(self.tr("Reactie (letterlijk)"), self.text)
        form.addRow(buttons)


class ReactionLogDialog(QDialog):
    """The consent round at a glance: where it stands, and each reaction with its decision."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reactionLogDialog")
        self.setWindowTitle(self.tr("Reacties op het concept"))
        self.resize(1100, 620)
        self.status = QLabel(objectName="finalityStatus", wordWrap=True)
        self.model = ReactionTableModel(context, parent=self)
        self.table = QTableView(objectName="reactionLog")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton(self.tr("Reacties inlezen uit Word…"), objectName="importReactionsButton")
        self.add_button = QPushButton(self.tr("Reactie per telefoon of e-mail…"), objectName="addReactionButton")
        self.kind_combo = QComboBox(objectName="reactionKindCombo")
        for key in KIND:
            self.kind_combo.addItem(label(KIND, key), str(key))
        self.reason_edit = QLineEdit(objectName="decisionReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Reden (nodig bij niet overnemen)"))
        self.decided_by_edit = QLineEdit(objectName="decidedByEdit")
        self.decided_by_edit.setPlaceholderText(self.tr("Wie besluit"))
        self.adopt_button = QPushButton(self.tr("Overgenomen"), objectName="adoptButton")
        self.reject_button = QPushButton(self.tr("Niet overgenomen"), objectName="rejectButton")
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        decision = QHBoxLayout()
        decision.addWidget(QLabel(self.tr("Soort")))
        decision.addWidget(self.kind_combo)
        decision.addWidget(self.reason_edit, 2)
        decision.addWidget(self.decided_by_edit, 1)
        decision.addWidget(self.adopt_button)
        decision.addWidget(self.reject_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(decision)
        layout.addWidget(close)
        self.import_button.clicked.connect(self.choose_and_import)
        self.add_button.clicked.connect(self.type_reaction)
        self.adopt_button.clicked.connect(lambda: self.decide(ReactionDecision.ADOPTED))
        self.reject_button.clicked.connect(lambda: self.decide(ReactionDecision.NOT_ADOPTED))
        self.kind_combo.activated.connect(self._change_kind)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        context.changed.connect(lambda entity: entity in ("reaction", "draft", "party") and self.refresh_status())
        self.refresh_status()
        self._show_selected()

    def refresh_status(self) -> None:
        state = finality(self.context.case)
        if state.version is None:
            self.status.setText(self.tr("Er is nog geen concept verstuurd."))
            return
        lines = [self.tr("Concept versie {0}, reageren tot {1}.").format(
            state.version.number, state.version.deadline.strftime("%d-%m-%Y") if state.version.deadline else "—")]
        for item in state.parties:
            lines.append(f"• {item.party.name}: " + (label(RESPONSE, item.status) if item.status else
                                                     self.tr("nog geen reactie")))
        lines.append(self.tr("Het verslag kan definitief worden gemaakt.") if state.final_allowed
                     else self.tr("Nog niet definitief: {0}").format(" ".join(self._blockers(state))))
        self.status.setText("\n".join(lines))

    def _blockers(self, state: Finality) -> list[str]:
        """What keeps the verslag from being final, worded here so it follows the interface language."""
        lines = []
        if state.waiting and state.version is not None:
            deadline = state.version.deadline.strftime("%d-%m-%Y") if state.version.deadline else "—"
            lines.append(self.tr("Nog geen reactie op concept versie {0} (termijn tot {1}): {2}.").format(
                state.version.number, deadline, ", ".join(state.waiting)))
        if state.undecided:
            lines.append(self.tr("Over %n reacties is nog niet besloten (overgenomen of niet).", "", state.undecided))
        return lines

    def selected(self) -> Reaction | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _show_selected(self) -> None:
        item = self.selected()
        for widget in (self.kind_combo, self.reason_edit, self.adopt_button, self.reject_button):
            widget.setEnabled(item is not None and not self.context.case.read_only)
        if item is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
            self.reason_edit.setText(item.decision_reason)
            if item.decided_by:
                self.decided_by_edit.setText(item.decided_by)

    def _select_id(self, reaction_id: int | None) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == reaction_id:
                self.table.selectRow(row)
                return

    def _change_kind(self) -> None:
        item = self.selected()
        if item is None:
            return
        attempt(lambda: set_kind(self.context.case, item.id or 0, str(self.kind_combo.currentData())),
                parent=self, title=self.windowTitle())
        self._select_id(item.id)

    def decide(self, decision: str) -> None:
        item = self.selected()
        if item is None:
            return
        outcome = attempt(lambda: decide(self.context.case, item.id or 0, decision, reason=self.reason_edit.text(),
                                         decided_by=self.decided_by_edit.text(),
                                         kind=str(self.kind_combo.currentData())),
                          parent=self, title=self.windowTitle())
        if not outcome.ok:
            return
        self._select_id(item.id)

    def import_file(self, path: Path, party: str | None = None) -> bool:
        """Read one returned concept; asks which organisation when the concept was for all."""
        try:
            report = read_reactions(self.context.case, path, party=party)
        except CaseFileError as exc:
            if party is None and exc.code in PARTY_QUESTIONS:
                names = [p.name for p in list_parties(self.context.case)]
                chosen, ok = QInputDialog.getItem(self, self.windowTitle(),
                                                  self.tr("Van welke organisatie zijn deze reacties?"), names, 0, False)
                return bool(ok and chosen) and self.import_file(path, chosen)
            QMessageBox.warning(self, self.windowTitle(), describe(exc))
            return False
        QMessageBox.information(self, self.windowTitle(), self.tr("%n reacties ingelezen van {0}.", "",
                                                                               len(report.added)).format(report.party))
        return True

    def choose_and_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Teruggestuurd concept"), "",
                                                self.tr("Word-documenten (*.docx)"))
        if chosen:
            self.import_file(Path(chosen))

    def type_reaction(self) -> None:
        parties = [(p.id or 0, p.name) for p in list_parties(self.context.case)]
        dialog = ReactionDialog(parties, parent=self)
        if not dialog.exec():
            return
        attempt(lambda: add_reaction(self.context.case, party_id=int(dialog.party.currentData()),
                                     text=dialog.text.toPlainText(), channel=str(dialog.channel.currentData()),
                                     kind=str(dialog.kind.currentData()),
                                     paragraph=dialog.paragraph.value() or None, author=dialog.author.text()),
                parent=self, title=self.windowTitle())
