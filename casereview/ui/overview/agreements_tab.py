"""The overview's first tab: every agreement of every case, filtered by status, lateness, owner, theme and kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casereview.overview.figures import Overview
from casereview.ui.overview.models import AgreementFilter, AgreementsModel, shared
from casereview.ui.overview.table_view import STRETCH_FLOOR_PX, capped_columns, overview_table
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS

# Long texts fit their contents up to these widths; dates, status and the file name fit their contents.
_LONG_COLUMNS = {AgreementsModel.CASE: 240, AgreementsModel.PARTY: 160, AgreementsModel.PERSON: 140,
                 AgreementsModel.THEMES: 240}


def fitting_combo(name: str) -> QComboBox:
    """A combo as wide as its longest item, also when the items arrive after the window is shown."""
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class AgreementsTab(QWidget):
    """``openCaseRequested(path)`` on a double-clicked agreement."""

    openCaseRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewAgreementsTab")
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status_filter = fitting_combo("agreementStatusFilter")
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        for key, label in AGREEMENT_STATUS_LABELS.items():
            self.status_filter.addItem(shared(label), str(key))
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.overdue_filter = QCheckBox(self.tr("Alleen te laat"), objectName="agreementOverdueFilter")
        self.owner_filter = QLineEdit(objectName="agreementOwnerFilter")
        self.owner_filter.setPlaceholderText(self.tr("Eigenaar (partij of persoon)"))
        self.owner_filter.setAccessibleName(self.tr("Eigenaar"))
        self.owner_filter.setMinimumWidth(220)
        self.theme_filter = fitting_combo("agreementThemeFilter")
        self.theme_filter.setAccessibleName(self.tr("Thema"))
        self.kind_filter = fitting_combo("agreementKindFilter")
        self.kind_filter.addItem(self.tr("Alle soorten"), "")
        for key, label in AGREEMENT_KIND_LABELS.items():
            self.kind_filter.addItem(shared(label), str(key))
        self.kind_filter.setAccessibleName(self.tr("Soort"))
        for widget in (self.status_filter, self.overdue_filter, self.owner_filter, self.theme_filter, self.kind_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model = AgreementsModel(self)
        self.proxy = AgreementFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = overview_table(self.proxy, "overviewAgreements", AgreementsModel.ACTION,
                                   STRETCH_FLOOR_PX)
        capped_columns(self.view, _LONG_COLUMNS)
        self.view.doubleClicked.connect(self._open_case)
        layout.addWidget(self.view, 1)
        self.count = QLabel(objectName="overviewAgreementCount")
        layout.addWidget(self.count)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.owner_filter.textChanged.connect(self.apply_filter)
        self.theme_filter.currentIndexChanged.connect(self.apply_filter)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)

    def show_overview(self, overview: Overview) -> None:
        self.model.set_rows(overview.agreements)
        chosen = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("Alle thema's"), "")
        for theme in overview.themes:
            self.theme_filter.addItem(theme.name, theme.key)
        self.theme_filter.setCurrentIndex(max(self.theme_filter.findData(chosen), 0))
        self.theme_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.proxy.set_filter(status=self.status_filter.currentData() or "",
                              overdue_only=self.overdue_filter.isChecked(),
                              owner=self.owner_filter.text().strip(),
                              theme_key=self.theme_filter.currentData() or "",
                              kind=self.kind_filter.currentData() or "")
        self.count.setText(self.tr("{0} van %n afspraken", "", self.model.rowCount()).format(self.proxy.rowCount()))

    def _open_case(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        self.openCaseRequested.emit(self.model.row_object(row).case.path)
