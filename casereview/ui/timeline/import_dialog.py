"""The import preview: choose sheet or table, map columns, see the rows as they will be imported.

Nothing is written here. The dialog reads a preview through the import
service (in a worker thread: a .doc or .rtf is first converted by LibreOffice), lets the chair correct the column mapping and name a party for a
file that has none, and hands the chosen options back to
:func:`casereview.timeline.importing.importer.import_timeline` via :meth:`ImportDialog.options`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casereview.timeline.importing.importer import Preview, PreviewRow, read_preview
from casereview.ui.language.messages import describe, word
from casereview.ui.operations.background import Operation, run_in_background
from casereview.ui.style.palette import colours
from casereview.vocabulary import DATE_PRECISION_LABELS, KEY_MOMENT_LABELS

Index = QModelIndex | QPersistentModelIndex

PROBLEM_BRUSH = QBrush(QColor(colours().error_bg))
SKIPPED_BRUSH = QBrush(QColor(colours().quiet))
FIELD_ORDER = ("date", "time", "party", "description", "source", "key_moment", "event_type", "")
PREVIEW_ROWS = 50


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they will become events; problem rows carry their reasons."""

    COLUMNS = ("Rij", "Datum", "Precisie", "Tijd", "Partij", "Omschrijving", "Bron", "Sleutelmoment")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self.file_party = ""

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_file_party(self, party: str) -> None:
        self.file_party = party.strip()
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def _display(self, row: PreviewRow, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return row.date_text
        if column == 2:
            return DATE_PRECISION_LABELS.get(row.precision, row.precision)
        if column == 3:
            return row.time
        if column == 4:
            return row.party or self.file_party
        if column == 5:
            text = row.description.replace("\n", " ⏎ ")
            return self.tr("(niet geïmporteerd) {0}").format(text) if row.skipped else text
        if column == 6:
            return row.source.replace("\n", " ⏎ ")
        return KEY_MOMENT_LABELS.get(row.key_moment, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.skipped:
            return SKIPPED_BRUSH
        if role == Qt.ItemDataRole.FontRole and index.column() == 4 and not row.party and self.file_party:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problems:
                return "\n".join(_capitalised(word(p.reason)) + (f" ({p.column})" if p.column else "")
                                  for p in row.problems)
            if index.column() == 5:
                return row.description
        return None


@dataclass(frozen=True)
class PreviewRead:
    """A preview as read for the dialog; ``chosen_for_user``: several tables fitted and the first is shown."""

    preview: Preview
    chosen_for_user: bool = False


def read_dialog_preview(path: Path, selected: str | int | None, overrides: dict[str, str],
                        known_parties: Sequence[str]) -> PreviewRead:
    """Read the preview the dialog shows (in a worker thread: a .doc goes through LibreOffice first)."""
    kwargs: dict[str, Any] = {"mapping": overrides or None, "max_rows": PREVIEW_ROWS}
    if isinstance(selected, str):
        kwargs["sheet"] = selected
    elif isinstance(selected, int):
        kwargs["table"] = selected
    preview = read_preview(path, known_parties=known_parties, **kwargs)
    if preview.needs_choice and isinstance(preview.selected, int):
        # The combobox shows the first candidate; treat what is shown as the choice.
        preview = read_preview(path, table=preview.selected, mapping=overrides or None, max_rows=PREVIEW_ROWS,
                               known_parties=known_parties)
        return PreviewRead(preview, chosen_for_user=True)
    return PreviewRead(preview)


class ImportDialog(QDialog):
    """Preview and options for one timeline file.

    ``first`` is the preview the caller already read (through the operations
    runner, so an unusable file is reported before the dialog appears); without
    it the dialog opens at once and reads in the background. Every re-mapping
    reads again in the background: the dialog says it is busy and cannot import
    meanwhile, at most one read runs at a time, and a result that no longer fits
    the choices made is dropped.
    """

    def __init__(self, path: Path, *, parent: QWidget | None = None, known_parties: Sequence[str] = (),
                 first: PreviewRead | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        self._known_parties = list(known_parties)
        self._suggested = False
        self._suggestion = ""  # the party this dialog guessed from the file name and filled in itself
        self._overrides: dict[str, str] = {}
        self._selected: str | int | None = None
        self._choice_note = ""
        self._reading: Operation[PreviewRead] | None = None
        self._wanted = 0  # the choices changed this many times; a read answers the count it started with
        self._served = 0
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Tijdlijn importeren – {0}").format(self.path.name))
        self.resize(1000, 680)
        self._build()
        if first is not None:
            self._accept(first)
        else:
            self._reload()

    # -- reading ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A read for the current choices is still under way."""
        return self._served < self._wanted

    def _reload(self) -> None:
        self._wanted += 1
        self._show_busy()
        if self._reading is None:
            self._start_reading()

    def _start_reading(self) -> None:
        request = self._wanted
        path, selected, overrides = self.path, self._selected, dict(self._overrides)
        known = list(self._known_parties)
        self._reading = run_in_background(
            lambda _progress: read_dialog_preview(path, selected, overrides, known),
            title=self.tr("Voorbeeld lezen"), on_done=lambda read: self._read(request, read),
            on_failed=lambda message: self._read_failed(request, message),
            on_finished=self._reading_ended, owner=self)

    def _reading_ended(self) -> None:
        self._reading = None
        if self.busy:  # the choices changed while this read ran: read again for the latest
            self._start_reading()

    def _read(self, request: int, read: PreviewRead) -> None:
        if request != self._wanted:
            return  # stale: the chair changed a choice meanwhile
        self._accept(read)

    def _accept(self, read: PreviewRead) -> None:
        self._served = self._wanted
        self.preview = read.preview
        self._selected = read.preview.selected
        self._choice_note = (self.tr("Dit document heeft meer tabellen die op een tijdlijn lijken. "
                                     "Controleer hierboven of de juiste tabel gekozen is.")
                             if read.chosen_for_user else "")
        self._end_busy()
        self._show_preview()

    def _read_failed(self, request: int, message: str) -> None:
        if request != self._wanted:
            return
        self._served = self._wanted
        self._end_busy()
        self.message.setText(message)
        self.message.setStyleSheet(f"color: {colours().error};")
        self.model.set_rows([])
        self.ok_button.setEnabled(False)

    def _show_busy(self) -> None:
        self.busy_bar.show()
        self.table.setEnabled(False)
        self.message.setText(self.tr("Bezig: het voorbeeld wordt gelezen…"))
        self.message.setStyleSheet("")
        self.ok_button.setEnabled(False)

    def _end_busy(self) -> None:
        self.busy_bar.hide()
        self.table.setEnabled(True)

    # -- building ----------------------------------------------------------------------------------

    def _field_labels(self) -> dict[str, str]:
        return {"date": self.tr("datum"), "time": self.tr("tijd"), "party": self.tr("partij"),
                "description": self.tr("omschrijving"), "source": self.tr("bron"),
                "key_moment": self.tr("sleutelmoment"), "event_type": self.tr("soort"), "": self.tr("negeren")}

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.path.name)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)

        self.choice_row = QWidget()
        choice_layout = QFormLayout(self.choice_row)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_combo = QComboBox(objectName="tableChoice")
        self.choice_label = QLabel()
        choice_layout.addRow(self.choice_label, self.choice_combo)
        layout.addWidget(self.choice_row)
        self.choice_combo.activated.connect(self._on_choice)

        self.message = QLabel(objectName="importMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.busy_bar = QProgressBar(objectName="importBusy", minimum=0, maximum=0, textVisible=False)
        self.busy_bar.setAccessibleName(self.tr("Voorbeeld wordt gelezen"))
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)

        self.mapping_box = QGroupBox(self.tr("Kolommen in het bestand"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        layout.addWidget(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}

        self.table = QTableView(objectName="importPreview")
        self.model = PreviewModel(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.party_edit = QLineEdit(objectName="fileParty")
        self.party_edit.setPlaceholderText(self.tr("bijvoorbeeld: Jeugdteam Oost (voor rijen zonder partij)"))
        self.party_edit.textChanged.connect(self.model.set_file_party)
        form.addRow(self.tr("Partij voor het hele bestand:"), self.party_edit)
        self.party_question = QLabel(objectName="importPartyQuestion")
        self.party_question.setWordWrap(True)
        self.party_question.setStyleSheet(f"color: {colours().warning};")
        self.without_party = QCheckBox(self.tr("Bewust zonder partij importeren"), objectName="importWithoutParty")
        form.addRow(self.party_question)
        form.addRow("", self.without_party)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Importeren"))
        self.ok_button.setObjectName("importButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.party_edit.textChanged.connect(self._update_ok)
        self.without_party.toggled.connect(self._update_ok)

    def _fill_choices(self) -> None:
        p = self._current()
        self.choice_row.setVisible(bool(p.choices) and len(p.choices) > 1)
        self.choice_label.setText(self.tr("Werkblad:") if p.kind == "xlsx" else self.tr("Tabel:"))
        self.choice_combo.blockSignals(True)
        self.choice_combo.clear()
        for choice in p.choices:
            label = choice.label
            if choice.headers:
                label += " — " + ", ".join(choice.headers[:4])
            label += self.tr(" (1 rij)") if choice.rows == 1 else self.tr(" ({0} rijen)").format(choice.rows)
            if choice.looks_like_timeline:
                label += self.tr(" · lijkt een tijdlijn")
            self.choice_combo.addItem(label, choice.key)
            if choice.key == p.selected:
                self.choice_combo.setCurrentIndex(self.choice_combo.count() - 1)
        self.choice_combo.blockSignals(False)

    def _fill_mapping(self) -> None:
        """One label and field choice per source column; kept (not rebuilt) while the headers stay the same."""
        headers = self._current().headers
        if list(self.mapping_combos) != headers:
            self._build_mapping_widgets(headers)
        for header, combo in self.mapping_combos.items():
            field = self._current().mapping.get(header, "")
            combo.blockSignals(True)
            combo.setCurrentIndex(FIELD_ORDER.index(field) if field in FIELD_ORDER else len(FIELD_ORDER) - 1)
            combo.blockSignals(False)
            self.mapping_labels[header].setStyleSheet("" if field else f"color: {colours().warning};")
        self.mapping_box.setVisible(bool(headers))

    def _build_mapping_widgets(self, headers: list[str]) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.mapping_combos = {}
        self.mapping_labels = {}
        labels = self._field_labels()
        columns_per_row = 3
        for i, header in enumerate(headers):
            name = QLabel(header)
            sample = self._current().samples.get(header, "")
            name.setToolTip(self.tr("Eerste waarde: {0}").format(sample) if sample else self.tr("Kolom is leeg"))
            combo = QComboBox(objectName=f"mapping_{i}")
            combo.setAccessibleName(self.tr("Veld voor kolom {0}").format(header))
            for key in FIELD_ORDER:
                combo.addItem(labels[key], key)
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._on_mapping(h, c))
            row, col = divmod(i, columns_per_row)
            self.mapping_grid.addWidget(name, row, col * 2)
            self.mapping_grid.addWidget(combo, row, col * 2 + 1)
            self.mapping_combos[header] = combo
            self.mapping_labels[header] = name
        self.mapping_grid.setColumnStretch(columns_per_row * 2, 1)

    def _current(self) -> Preview:
        """The preview on screen; only called once one was read."""
        if self.preview is None:
            raise RuntimeError("no preview read yet")
        return self.preview

    def _show_preview(self) -> None:
        p = self._current()
        self._fill_choices()
        self._fill_mapping()
        self.model.set_rows(p.rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnHidden(7, "key_moment" not in p.mapping.values())
        if p.message:
            self.message.setText(describe(p.problem) if p.problem is not None else p.message)
            self.message.setStyleSheet(f"color: {colours().error};")
        else:
            bad_rows = len({problem.row for problem in p.problems})
            text = (self.tr("1 rij wordt geïmporteerd.") if p.total_rows == 1
                    else self.tr("{0} rijen worden geïmporteerd.").format(p.total_rows))
            if p.header_row is not None:
                text = self.tr("Kolomkoppen gevonden op rij {0}.").format(p.header_row) + " " + text
            if bad_rows == 1:
                text += " " + self.tr("1 rij heeft een probleem (rood; wijs de rij aan voor de reden).")
            elif bad_rows:
                text += " " + self.tr("{0} rijen hebben een probleem (rood; wijs een rij aan voor de reden).").format(
                    bad_rows)
            if len(p.rows) < p.total_rows:
                text += " " + self.tr("Hieronder de eerste {0}.").format(len(p.rows))
            if self._choice_note:
                text = self._choice_note + " " + text
            self.message.setText(text)
            self.message.setStyleSheet("")
        asks = not p.has_party_column
        self.party_question.setVisible(asks)
        self.without_party.setVisible(asks)
        if asks:
            self.party_question.setText(self.tr("Dit bestand heeft geen kolom voor de partij. Van welke partij is "
                                                "deze tijdlijn? Vul de partij in, of kies bewust voor zonder partij."))
            if not self._suggested and not self.party_edit.text().strip() and p.suggested_party:
                self.party_edit.setText(p.suggested_party)
                self._suggestion = p.suggested_party
            self._suggested = True
        else:
            self._withdraw_suggestion()
        self._update_ok()

    def _withdraw_suggestion(self) -> None:
        """A party column is mapped now: the party guessed from the file name would fill every row whose
        party cell is empty, so it goes; a party the chair typed stays, and unmapping suggests again."""
        if self._suggestion and self.party_edit.text().strip() == self._suggestion:
            self.party_edit.clear()
        self._suggestion = ""
        self._suggested = False

    def _update_ok(self) -> None:
        """Importing needs a ready preview and, for a file without a party column, a party or a clear 'none'."""
        p = self.preview
        if p is None or self.busy:
            self.ok_button.setEnabled(False)
            return
        has_party = p.has_party_column or bool(self.party_edit.text().strip()) or self.without_party.isChecked()
        self.ok_button.setEnabled(p.ready and has_party)

    # -- reactions ---------------------------------------------------------------------------------

    def _on_choice(self, index: int) -> None:
        key = self.choice_combo.itemData(index)
        if key == self._selected:
            return
        self._selected = key
        self._overrides = {}
        self._reload()

    def _on_mapping(self, header: str, combo: QComboBox) -> None:
        self._overrides[header] = combo.currentData()
        self._reload()

    # -- result ------------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """Keyword arguments for :func:`casereview.timeline.importing.importer.import_timeline`."""
        kind = self.preview.kind if self.preview is not None else ""
        return {
            "mapping": dict(self._overrides) or None,
            "sheet": self._selected if kind == "xlsx" else None,
            "table": self._selected if kind == "docx" else None,
            "party": self.party_edit.text().strip() or None,
            "require_party": not self.without_party.isChecked(),
        }
