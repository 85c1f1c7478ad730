"""Table models of the overview window; each row keeps the service object it shows (for filters and click-through)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from casereview.overview.figures import EFFECT_BUCKETS, AgreementRow, Recurrence
from casereview.overview.records import Skipped
from casereview.overview.themes import ThemeCount
from casereview.ui.language.messages import word
from casereview.ui.style.palette import colours
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_LEVEL_LABELS, AGREEMENT_STATUS_LABELS

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BRUSH = QBrush(QColor(colours().concern_bg))


def shared(text: str) -> str:
    """A vocabulary label in the interface language (the labels live in the 'shared' context)."""
    return QCoreApplication.translate("shared", text)


def dutch_date(iso: str | None) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}" if iso else ""


class RowsModel(QAbstractTableModel):
    """Read-only rows with fixed headers; subclasses say what each cell shows and how it sorts."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OverviewModels", self.HEADERS[section])
        return None

    def cell(self, item: Any, column: int) -> tuple[str, Any]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        if role == SORT_ROLE:
            return self.cell(item, index.column())[1]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item)
        return None

    def background(self, item: Any) -> Any:
        return None

    def tooltip(self, item: Any, column: int) -> str:
        """The whole text, for a cell too narrow to show it."""
        return self.cell(item, column)[0]


class AgreementsModel(RowsModel):
    CASE, FILE, ACTION, PARTY, PERSON, DUE, STATUS, LATE, KIND, LEVEL, THEMES = range(11)
    HEADERS = (
        QT_TRANSLATE_NOOP("OverviewModels", "Dossier"),
        QT_TRANSLATE_NOOP("OverviewModels", "Bestand"),
        QT_TRANSLATE_NOOP("OverviewModels", "Afspraak"),
        QT_TRANSLATE_NOOP("OverviewModels", "Partij"),
        QT_TRANSLATE_NOOP("OverviewModels", "Persoon"),
        QT_TRANSLATE_NOOP("OverviewModels", "Uiterlijk"),
        QT_TRANSLATE_NOOP("OverviewModels", "Status"),
        QT_TRANSLATE_NOOP("OverviewModels", "Te laat"),
        QT_TRANSLATE_NOOP("OverviewModels", "Soort"),
        QT_TRANSLATE_NOOP("OverviewModels", "Niveau"),
        QT_TRANSLATE_NOOP("OverviewModels", "Thema's"),
    )

    def cell(self, item: AgreementRow, column: int) -> tuple[str, Any]:
        a = item.agreement
        late = QCoreApplication.translate("OverviewModels", "ja") if item.overdue else ""
        values: list[tuple[str, Any]] = [
            (item.case.title, (item.case.title.casefold(), item.case.path)),
            (Path(item.case.path).name, Path(item.case.path).name.casefold()),
            (a.action, a.action.casefold()),
            (a.owner_party, a.owner_party.casefold()),
            (a.owner_person, a.owner_person.casefold()),
            (dutch_date(a.due_date), a.due_date or "9999"),
            (shared(AGREEMENT_STATUS_LABELS.get(a.status, a.status)), a.status),
            (late, int(item.overdue)),
            (shared(AGREEMENT_KIND_LABELS.get(a.kind, a.kind)) if a.kind else "", a.kind),
            (shared(AGREEMENT_LEVEL_LABELS.get(a.level, a.level)) if a.level else "", a.level),
            ("; ".join(item.themes), "; ".join(item.themes).casefold()),
        ]
        return values[column]

    def background(self, item: AgreementRow) -> Any:
        return OVERDUE_BRUSH if item.overdue else None

    def tooltip(self, item: AgreementRow, column: int) -> str:
        return item.case.path if column in (self.CASE, self.FILE) else super().tooltip(item, column)


class AgreementFilter(QSortFilterProxyModel):
    """Status, overdue, owner, theme and kind; the period is applied before (it changes every view)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.overdue_only = False
        self.owner = ""
        self.theme_key = ""
        self.kind = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, **values: Any) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            for key, value in values.items():
                setattr(self, key, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            for key, value in values.items():
                setattr(self, key, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, AgreementsModel)
        item: AgreementRow = model.row_object(source_row)
        a = item.agreement
        owner = f"{a.owner_party} {a.owner_person}".casefold()
        return ((not self.status or a.status == self.status)
                and (not self.overdue_only or item.overdue)
                and (not self.owner or self.owner.casefold() in owner)
                and (not self.theme_key or self.theme_key in item.theme_keys)
                and (not self.kind or a.kind == self.kind))


# The effect columns, in the order of the service's buckets (works, partly, not, unmeasured).
EFFECT_HEADERS = (
    QT_TRANSLATE_NOOP("OverviewModels", "Werkt"),
    QT_TRANSLATE_NOOP("OverviewModels", "Deels"),
    QT_TRANSLATE_NOOP("OverviewModels", "Werkt niet"),
    QT_TRANSLATE_NOOP("OverviewModels", "Nog niet gemeten"),
)


def effect_cells(counts: dict[str, int]) -> list[tuple[str, Any]]:
    return [(str(counts.get(bucket, 0)), counts.get(bucket, 0)) for bucket in EFFECT_BUCKETS]


class ThemesModel(RowsModel):
    """Counts per theme, then whether that theme's measures worked (the latest effect check of each)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OverviewModels", "Thema"),
        QT_TRANSLATE_NOOP("OverviewModels", "Dossiers"),
        QT_TRANSLATE_NOOP("OverviewModels", "Conclusies"),
        QT_TRANSLATE_NOOP("OverviewModels", "Afspraken"),
        QT_TRANSLATE_NOOP("OverviewModels", "Terugkerend"),
        *EFFECT_HEADERS,
    )
    COUNT_COLUMNS = {1: "cases", 2: "conclusions", 3: "agreements"}
    FIRST_EFFECT = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, dict[str, int]] = {}

    def set_themes(self, themes: list[ThemeCount], effects: dict[str, dict[str, int]]) -> None:
        """``effects``: theme key → effect counts, as :meth:`Overview.effect_by_theme` gives them."""
        self._effects = effects
        self.set_rows(themes)

    def cell(self, item: ThemeCount, column: int) -> tuple[str, Any]:
        recurring = QCoreApplication.translate("OverviewModels", "ja") if item.recurring else ""
        values: list[tuple[str, Any]] = [(item.name, item.name.casefold()), (str(item.cases), item.cases),
                                         (str(item.conclusions), item.conclusions),
                                         (str(item.agreements), item.agreements), (recurring, int(item.recurring)),
                                         *effect_cells(self._effects.get(item.key, {}))]
        return values[column]


class EffectByLevelModel(RowsModel):
    """One row per level an agreement lands on: did its measures work. Rows are (level key, counts)."""

    HEADERS = (QT_TRANSLATE_NOOP("OverviewModels", "Niveau"), *EFFECT_HEADERS)
    _ORDER = {str(key): number for number, key in enumerate(AGREEMENT_LEVEL_LABELS)}

    def set_levels(self, by_level: dict[str, dict[str, int]]) -> None:
        self.set_rows(sorted(by_level.items(), key=lambda item: self._ORDER.get(item[0], len(self._ORDER))))

    def cell(self, item: tuple[str, dict[str, int]], column: int) -> tuple[str, Any]:
        level, counts = item
        label = (shared(AGREEMENT_LEVEL_LABELS.get(level, level)) if level
                 else QCoreApplication.translate("OverviewModels", "geen niveau gekozen"))
        values: list[tuple[str, Any]] = [(label, self._ORDER.get(level, len(self._ORDER))), *effect_cells(counts)]
        return values[column]


class RecurrenceModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("OverviewModels", "Thema"),
        QT_TRANSLATE_NOOP("OverviewModels", "Afgeronde afspraak"),
        QT_TRANSLATE_NOOP("OverviewModels", "In dossier"),
        QT_TRANSLATE_NOOP("OverviewModels", "Gereed gemeld"),
        QT_TRANSLATE_NOOP("OverviewModels", "Later terug in"),
    )

    def cell(self, item: Recurrence, column: int) -> tuple[str, Any]:
        values: list[tuple[str, Any]] = [
            (item.theme, item.theme.casefold()), (item.done_agreement.action, item.done_agreement.action.casefold()),
            (item.done_case.title, item.done_case.title.casefold()), (dutch_date(item.done_on), item.done_on or ""),
            (item.later_case.title, item.later_case.case_date or "")]
        return values[column]


class SkippedModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("OverviewModels", "Bestand"),
               QT_TRANSLATE_NOOP("OverviewModels", "Reden"))

    def cell(self, item: Skipped, column: int) -> tuple[str, Any]:
        if column == 0:
            return item.path, item.path
        reason = word(item.why)
        return reason, reason
