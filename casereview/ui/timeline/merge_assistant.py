"""The merge assistant: events that are likely one fact told by several parties, side by side.

The chair merges a proposal (one event with every party; each part's text,
source, file and row kept; the text chosen, combined or edited), or keeps the
events apart, which the case file remembers. Each proposal says why it was made
(dates, shared words, the rules that scored); the chair's own abbreviations
extend the field's vocabulary. Every merge and every "apart houden" is one step
on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.model import CaseFileError
from casereview.timeline.event_matching import PairMatch
from casereview.timeline.events import EventRow, list_events
from casereview.timeline.merging import (
    DEFAULT_THRESHOLD,
    Proposal,
    keep_apart,
    merge_events,
    propose_merges,
    undo_keep_apart,
    unmerge,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import run_long
from casereview.ui.operations.undo_commands import ServiceCommand

COMBINE = "combine"


class MergeAssistant(QDialog):
    """Proposals on the left; the parts of the chosen one side by side on the right."""

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeAssistant")
        self.context = context
        self.setWindowTitle(self.tr("Tijdlijnen samenvoegen"))
        self.resize(1100, 620)
        self._rows: dict[int, EventRow] = {}
        self._proposals: list[Proposal] = []

        intro = QLabel(self.tr("Gebeurtenissen van verschillende partijen die dicht bij elkaar liggen en "
                               "hetzelfde vertellen: waarschijnlijk één feit, door elke partij in eigen "
                               "woorden verteld."), wordWrap=True)
        self.threshold = QSpinBox(objectName="mergeThreshold", minimum=0, maximum=100, value=DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Drempel"))
        self.threshold.setToolTip(self.tr("Hoe sterk gebeurtenissen op elkaar moeten lijken (0-100)"))
        # Propose again when the chair has typed the whole number (Enter or leaving the field), not per digit.
        self.threshold.setKeyboardTracking(False)
        self.threshold.valueChanged.connect(self.refresh)
        self.threshold_words = QLabel(objectName="mergeThresholdWords", wordWrap=True)
        self.terms_button = QPushButton(self.tr("Eigen afkortingen…"), objectName="mergeTermsButton")
        self.terms_button.clicked.connect(self.edit_terms)
        self.proposals = QListWidget(objectName="mergeProposals")
        self.proposals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.proposals.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.proposals.currentRowChanged.connect(self._show_current)
        self.parts = QTableWidget(objectName="mergeParts")
        self.parts.setWordWrap(True)
        self.parts.verticalHeader().setDefaultSectionSize(48)
        self.text_choice = QComboBox(objectName="mergeTextChoice")
        self.text_choice.activated.connect(self._choose_text)
        self.text = QPlainTextEdit(objectName="mergeText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.explanation = QLabel(objectName="mergeExplanation", wordWrap=True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_button = QPushButton(self.tr("Samenvoegen"), objectName="mergeButton")
        self.merge_button.clicked.connect(self.merge_current)
        self.apart_button = QPushButton(self.tr("Apart houden"), objectName="keepApartButton")
        self.apart_button.clicked.connect(self.keep_current_apart)
        self.merge_button.setEnabled(False)
        self.apart_button.setEnabled(False)
        self.empty = QLabel(objectName="mergeEmpty")

        threshold_bar = QHBoxLayout()
        threshold_label = QLabel(self.tr("&Drempel:"))
        threshold_label.setBuddy(self.threshold)
        threshold_bar.addWidget(threshold_label)
        threshold_bar.addWidget(self.threshold)
        threshold_bar.addStretch(1)
        threshold_bar.addWidget(self.terms_button)
        left = QVBoxLayout()
        left.addLayout(threshold_bar)
        left.addWidget(self.threshold_words)
        left.addWidget(self.proposals, 1)
        left.addWidget(self.empty)
        right = QVBoxLayout()
        right.addWidget(self.parts, 1)
        right.addWidget(self.explanation)
        right.addWidget(QLabel(self.tr("Tekst van de samengevoegde gebeurtenis:")))
        right.addWidget(self.text_choice)
        right.addWidget(self.text)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.apart_button)
        actions.addWidget(self.merge_button)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.refresh()

    # -- proposals -------------------------------------------------------------

    def refresh(self) -> None:
        """Propose again (after a merge, an undo, or another threshold), comparing in a worker thread."""
        case, threshold = self.context.case, self.threshold.value()
        self.threshold_words.setText(self._threshold_in_words(threshold))

        def compare(_progress: object) -> tuple[list[EventRow], list[Proposal]]:
            rows = list_events(case)
            return rows, propose_merges(case, threshold, rows)

        outcome = run_long(compare, parent=self, title=self.tr("Tijdlijnen samenvoegen"),
                           label=self.tr("Gebeurtenissen vergelijken…"), context=self.context)
        if not outcome.ok or outcome.value is None:
            return
        rows, proposals = outcome.value
        self._rows = {int(r.event.id or 0): r for r in rows}
        self._proposals = proposals
        self.proposals.blockSignals(True)
        self.proposals.clear()
        for p in self._proposals:
            first = self._rows[p.events[0]]
            names = " + ".join(n for i in p.events for n in self._rows[i].party_names) or self.tr("(geen partij)")
            item = QListWidgetItem(self.tr("{0} · {1} ({2}%)").format(first.date_label, names, p.score))
            item.setToolTip(first.event.description)
            self.proposals.addItem(item)
        self.proposals.blockSignals(False)
        self.empty.setText("" if self._proposals else self.tr("Geen gebeurtenissen gevonden die op elkaar lijken."))
        self.proposals.setCurrentRow(0 if self._proposals else -1)
        self._show_current(self.proposals.currentRow())

    def _threshold_in_words(self, threshold: int) -> str:
        if threshold < DEFAULT_THRESHOLD - 10:
            return self.tr("Ruim: ook gebeurtenissen die maar een beetje op elkaar lijken worden voorgesteld; "
                           "controleer elk voorstel.")
        if threshold <= DEFAULT_THRESHOLD + 10:
            return self.tr("Gewoon: een feit dat twee partijen elk in eigen woorden vertellen, ook een paar dagen "
                           "later geregistreerd; verschillende feiten op één dag blijven apart.")
        return self.tr("Streng: alleen gebeurtenissen die bijna hetzelfde zeggen op (bijna) dezelfde dag.")

    def _explain(self, proposal: Proposal) -> str:
        """Why the proposal was made, per pair: dates, shared words, and the rules that scored."""
        lines = []
        for pair in proposal.pairs:
            first, second = self._rows[pair.first], self._rows[pair.second]
            if pair.days_apart == 0:
                when = self.tr("zelfde datum")
            elif pair.days_apart == 1:
                when = self.tr("1 dag uit elkaar")
            else:
                when = self.tr("{0} dagen uit elkaar").format(pair.days_apart)
            words = ", ".join(pair.shared_words) or self.tr("geen")
            lines.append(self.tr("{0} en {1} ({2}%): {3}; gedeelde woorden: {4}; {5}.").format(
                first.parties_label or f"#{pair.first}", second.parties_label or f"#{pair.second}", pair.score,
                when, words, self._rules_in_words(pair)))
        return "\n".join(lines)

    def _rules_in_words(self, pair: PairMatch) -> str:
        names = {"tekst": self.tr("inhoud"), "partij": self.tr("noemt de andere partij"),
                 "soort": self.tr("zelfde soort gebeurtenis"), "tijd": self.tr("tijdstippen ver uit elkaar"),
                 "datum": self.tr("datum"), "dag": self.tr("noemt de dag van de ander")}
        return ", ".join(f"{names.get(rule, rule)} {value:+d}" if rule != "tekst" else f"{names[rule]} {value}"
                         for rule, value in pair.rules.items() if value)

    def current(self) -> Proposal | None:
        row = self.proposals.currentRow()
        return self._proposals[row] if 0 <= row < len(self._proposals) else None

    def _show_current(self, _row: int) -> None:
        proposal = self.current()
        self.merge_button.setEnabled(proposal is not None and not self.context.case.read_only)
        self.apart_button.setEnabled(proposal is not None)
        self.text_choice.clear()
        self.parts.clear()
        if proposal is None:
            self.parts.setRowCount(0)
            self.parts.setColumnCount(0)
            self.text.setPlainText("")
            self.explanation.setText("")
            return
        self.explanation.setText(self._explain(proposal))
        rows = [self._rows[i] for i in proposal.events]
        labels = [self.tr("Datum"), self.tr("Partij"), self.tr("Gebeurtenis"), self.tr("Bron"),
                  self.tr("Bestand en rij")]
        self.parts.setRowCount(len(labels))
        self.parts.setColumnCount(len(rows))
        self.parts.setVerticalHeaderLabels(labels)
        self.parts.setHorizontalHeaderLabels([r.parties_label or self.tr("(geen partij)") for r in rows])
        for column, r in enumerate(rows):
            e = r.event
            origin = self.tr("{0}, rij {1}").format(e.origin_file, e.origin_row) if e.origin_file else ""
            for line, value in enumerate((f"{r.date_label} {e.time}".strip(), r.parties_label, e.description,
                                          e.source, origin)):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setToolTip(value)
                self.parts.setItem(line, column, cell)
            self.text_choice.addItem(self.tr("Tekst van {0}").format(r.parties_label or f"#{e.id}"), e.id)
        self.parts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.parts.resizeRowsToContents()
        self.text_choice.addItem(self.tr("Teksten combineren"), COMBINE)
        self.text_choice.setCurrentIndex(0)
        self._choose_text(0)

    def _choose_text(self, _index: int) -> None:
        proposal = self.current()
        if proposal is None:
            return
        choice = self.text_choice.currentData()
        if choice == COMBINE:
            texts: list[str] = []
            for i in proposal.events:
                if (t := self._rows[i].event.description) not in texts:
                    texts.append(t)
            self.text.setPlainText("\n".join(texts))
        else:
            self.text.setPlainText(self._rows[int(choice)].event.description)

    # -- decisions -------------------------------------------------------------

    def merge_current(self) -> None:
        """Merge the shown proposal with the chosen (or edited) text, as one undoable step."""
        proposal = self.current()
        if proposal is None:
            return
        text = self.text.toPlainText().strip()
        if not text:
            self.context.report(CaseFileError(self.tr("Beschrijf wat er gebeurde; leeg mag niet.")))
            return
        case, ids = self.context.case, list(proposal.events)
        command = ServiceCommand(self.context, self.tr("Gebeurtenissen samenvoegen"),
                                 lambda: merge_events(case, ids, description=text),
                                 lambda snapshot: unmerge(case, snapshot))
        self.context.undo_stack.push(command)
        self.refresh()

    def keep_current_apart(self) -> None:
        """Remember in the case file that these are different facts (undoable); they are not proposed again."""
        proposal = self.current()
        if proposal is None:
            return
        case, ids = self.context.case, list(proposal.events)
        command = ServiceCommand(self.context, self.tr("Gebeurtenissen apart houden"),
                                 lambda: keep_apart(case, ids), lambda added: undo_keep_apart(case, added))
        self.context.undo_stack.push(command)
        self.refresh()

    def edit_terms(self) -> None:
        """Let the chair add the abbreviations and names of their own region ("SWT = wijkteam")."""
        dialog = MergeTermsDialog(settings.get("merge_terms"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings.put("merge_terms", dialog.text())
            self.refresh()


class MergeTermsDialog(QDialog):
    """One "afkorting = betekenis" per line, kept in the user's settings for every case."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeTermsDialog")
        self.setWindowTitle(self.tr("Eigen afkortingen"))
        explain = QLabel(self.tr("Schrijf per regel een afkorting of naam en wat die betekent, bijvoorbeeld "
                                 "\"SWT = wijkteam\" of \"Jeugdbescherming Regio = jeugdbescherming\". Bekende "
                                 "afkortingen als VT, GI, RvdK, JGZ en POH kent casereview al."), wordWrap=True)
        self.edit = QPlainTextEdit(current, objectName="mergeTermsEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Eigen afkortingen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText().strip()
