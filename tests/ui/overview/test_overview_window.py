"""The overview window on the folder of awkward cases: filter, sort, click through, open a case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from overview_fixtures import PASSPHRASE, snapshot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QLineEdit, QListWidget, QPushButton, QTableView

from casereview import settings
from casereview.ui.main_window import MainWindow
from casereview.ui.overview.models import AgreementsModel
from casereview.ui.overview.window import OverviewWindow

AS_OF = date(2024, 6, 1)
ACTION, DUE, LEVEL = AgreementsModel.ACTION, AgreementsModel.DUE, AgreementsModel.LEVEL


def _column(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot, case_folder: Path) -> OverviewWindow:
    win = OverviewWindow(as_of=AS_OF)
    qtbot.addWidget(win)
    win.set_folders([str(case_folder)])
    with qtbot.waitSignal(win.loaded, timeout=60000):
        win.findChild(QPushButton, "overviewRefresh").click()
    return win


def test_reads_the_folder_and_lists_what_it_skipped(window: OverviewWindow, case_folder: Path) -> None:
    assert window.objectName() == "overviewWindow" and window.isWindow()
    assert window.summary.text().startswith("4 dossiers · 7 afspraken, waarvan 2 te laat · 3 overgeslagen")
    skipped = window.findChild(QTableView, "overviewSkipped")
    assert sorted(Path(p).name for p in _column(skipped, 0)) == ["nieuwer.casereview", "notities.casereview",
                                                                 "versleuteld.casereview"]
    assert settings.overview_folders() == [str(case_folder)]


def test_the_english_window_says_why_a_file_was_skipped_in_english(qtbot, case_folder: Path, english: None) -> None:
    win = OverviewWindow(as_of=AS_OF)
    qtbot.addWidget(win)
    win.set_folders([str(case_folder)])
    for _first_and_from_the_index in range(2):  # the second reading takes the reasons from the index
        with qtbot.waitSignal(win.loaded, timeout=60000):
            win.findChild(QPushButton, "overviewRefresh").click()
        skipped = win.findChild(QTableView, "overviewSkipped")
        reasons = dict(zip((Path(p).name for p in _column(skipped, 0)), _column(skipped, 1), strict=True))
        assert reasons["versleuteld.casereview"] == "Encrypted; give the password to count it."
        assert reasons["nieuwer.casereview"].startswith("Made with a newer version of casereview")
        assert reasons["notities.casereview"].startswith("Not a casereview case file")
        assert win.loaded_cases is not None  # the encrypted file is still offered for a passphrase
        assert [Path(s.path).name for s in win.loaded_cases.skipped if s.encrypted] == ["versleuteld.casereview"]


def test_filters_and_sorting_of_agreements(window: OverviewWindow) -> None:
    view = window.findChild(QTableView, "overviewAgreements")
    assert view.model().rowCount() == 7
    window.findChild(QCheckBox, "agreementOverdueFilter").setChecked(True)
    assert sorted(_column(view, ACTION)) == ["Nieuwe training onderbuikgevoel", "Verwijsindex gebruiken; Jan Vos krijgt bericht"]
    window.findChild(QCheckBox, "agreementOverdueFilter").setChecked(False)
    status = window.findChild(QComboBox, "agreementStatusFilter")
    status.setCurrentIndex(status.findData("done"))
    assert sorted(_column(view, ACTION)) == ["Veiligheidsplan met ouders", "Warme overdracht bij elke wisseling"]
    status.setCurrentIndex(0)
    theme = window.findChild(QComboBox, "agreementThemeFilter")
    theme.setCurrentIndex(theme.findData("rd-continuiteit"))
    assert len(_column(view, ACTION)) == 2
    theme.setCurrentIndex(0)
    kind = window.findChild(QComboBox, "agreementKindFilter")
    kind.setCurrentIndex(kind.findData("new_measure"))
    assert _column(view, ACTION) == ["Nieuwe training onderbuikgevoel"]
    kind.setCurrentIndex(0)
    window.findChild(QLineEdit, "agreementOwnerFilter").setText("jan vos")
    assert _column(view, ACTION) == ["Verwijsindex gebruiken; Jan Vos krijgt bericht"]
    assert _column(view, LEVEL) == ["keten"]
    window.findChild(QLineEdit, "agreementOwnerFilter").clear()
    assert window.agreements_count.text() == "7 van 7 afspraken"
    view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)  # due date, no date last
    assert _column(view, DUE) == ["01-06-2022", "01-05-2023", "01-09-2023", "01-05-2024", "31-12-2024", "", ""]
    view.sortByColumn(DUE, Qt.SortOrder.DescendingOrder)
    assert _column(view, DUE)[2:] == ["31-12-2024", "01-05-2024", "01-09-2023", "01-05-2023", "01-06-2022"]


def test_period_limits_every_view(window: OverviewWindow) -> None:
    start = window.findChild(QComboBox, "overviewYearFrom")
    start.setCurrentIndex(start.findData(2024))
    assert window.findChild(QTableView, "overviewAgreements").model().rowCount() == 4
    assert _column(window.findChild(QTableView, "overviewThemes"), 0)[0] == \
        "Tijdig op- en afschalen van zorg (vrijwillig is niet vrijblijvend)"


def test_theme_numbers_click_through_to_passages(qtbot, window: OverviewWindow) -> None:
    themes = window.findChild(QTableView, "overviewThemes")
    assert _column(themes, 1)[:2] == ["3", "2"] and _column(themes, 4)[:2] == ["ja", "ja"]
    window.tabs.setCurrentIndex(1)
    window.show()
    qtbot.waitExposed(window)
    rect = themes.visualRect(themes.model().index(0, 2))
    qtbot.mouseClick(themes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    passages = window.findChild(QListWidget, "overviewPassages")
    assert [passages.item(i).text() for i in range(passages.count())] == [
        "Review Vos 2023: De overdracht naar de school liep niet goed.",
        "Review school 2024: Na de rechterlijke uitspraak stopte de hulp zonder nazorg."]
    themes.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(themes, 0)[0].startswith("Continuïteit van zorg")


def test_chart_cell_click_lists_the_cases_of_that_year(qtbot, window: OverviewWindow) -> None:
    window.tabs.setCurrentIndex(1)
    window.show()
    qtbot.waitExposed(window)
    canvas = window.findChild(FigureCanvasQTAgg, "overviewThemeChart")
    canvas.draw()
    x, y = window.chart_cell_position("rd-continuiteit", 2022)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    passages = window.findChild(QListWidget, "overviewPassages")
    assert [passages.item(i).text() for i in range(passages.count())] == ["Oude review 2022: Oude review 2022"]
    assert window.passages_title.text().endswith("(2022)")


def test_double_click_opens_the_case_in_follow_up_mode(qtbot, window: OverviewWindow, case_folder: Path) -> None:
    view = window.findChild(QTableView, "overviewAgreements")
    view.sortByColumn(ACTION, Qt.SortOrder.AscendingOrder)
    row = _column(view, ACTION).index("Warme overdracht bij elke wisseling")
    window.show()
    qtbot.waitExposed(window)
    rect = view.visualRect(view.model().index(row, ACTION))
    with qtbot.waitSignal(window.openCaseRequested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [str((case_folder / "2023" / "vos.casereview").resolve())]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform cannot raise windows
def test_main_window_menu_opens_the_overview_and_a_case_in_follow_up(qtbot, case_folder: Path) -> None:
    settings.put("overview_folders", [str(case_folder)])
    main = MainWindow()
    qtbot.addWidget(main)
    before = snapshot(case_folder)
    main.findChild(type(main.overview_action), "overviewAction").trigger()
    overview = main.overview_window
    assert overview is not None and overview.objectName() == "overviewWindow" and overview.isWindow()
    qtbot.waitUntil(lambda: overview.overview is not None, timeout=60000)
    assert snapshot(case_folder) == before
    overview.openCaseRequested.emit(str(case_folder / "2023" / "vos.casereview"))
    assert main.case_view is not None
    assert main.case_view.tabs.currentWidget() is main.case_view.follow_up
    main.close_case()
    main.close()


def test_passphrase_asked_once_includes_encrypted_cases(qtbot, window: OverviewWindow,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    button = window.findChild(QPushButton, "overviewPassphrase")
    assert not button.isHidden() and button.text() == "Versleutelde dossiers meetellen (1)…"
    asked: list[str] = []

    def answer(*args, **_kwargs):
        asked.append(args[2])
        return PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    with qtbot.waitSignal(window.loaded, timeout=60000):
        button.click()
    assert len(asked) == 1
    assert window.summary.text().startswith("5 dossiers · 8 afspraken")
    assert button.isHidden()


def test_cancel_stops_the_first_indexing(qtbot, case_folder: Path) -> None:
    win = OverviewWindow(as_of=AS_OF)
    qtbot.addWidget(win)
    win.set_folders([str(case_folder)])
    win.refresh()
    job = win._job
    assert job is not None and not win.findChild(QPushButton, "overviewCancel").isHidden()
    win.findChild(QPushButton, "overviewCancel").click()
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert win.findChild(QPushButton, "overviewCancel").isHidden()
    assert win.findChild(QPushButton, "overviewRefresh").isEnabled()


def test_codebook_export_then_import_sets_the_new_case_themes(qtbot, window: OverviewWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "codeboek.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.codebook_export_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert '"code": "rd-continuiteit"' in text
    target.write_text(text.replace("Signalen bundelen (verwijsindex, gezinsniveau)", "Signalen bundelen"),
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    window.codebook_import_action.trigger()
    assert window.summary.text() == "Codeboek met 8 thema's ingesteld; nieuwe reviews beginnen ermee."
    assert ("rd-signalen", "Signalen bundelen") in {(e.code, e.label) for e in settings.new_case_codebook()}


def test_export_from_the_window_writes_the_matrix(qtbot, window: OverviewWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "alles.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.export_matrix_action.trigger()
    qtbot.waitUntil(lambda: window.summary.text().startswith("Geëxporteerd naar"), timeout=60000)
    assert load_workbook(target).active.max_row == 8


@pytest.fixture
def three_of_one_title(qtbot, tmp_path: Path) -> OverviewWindow:
    """Three reviews with the same title (the demo made three times), plus one byte copy of the first."""
    import shutil

    from casereview.casefile.case_file import create_case
    from casereview.findings.agreements import add_agreement
    from casereview.session.procedure import update_case_details

    folder = tmp_path / "demo's"
    folder.mkdir()
    for name, due in (("demo.casereview", date(2024, 1, 31)), ("demo-2.casereview", date(2024, 12, 31)),
                      ("demo-voor-training.casereview", date(2023, 11, 30))):
        with create_case(folder / name, "Review Demo") as case:
            update_case_details(case, review_date=date(2023, 10, 1))
            add_agreement(case, action=f"Afspraak uit {name}", owner_person="Marieke de Wit", due_date=due)
    shutil.copy(folder / "demo.casereview", folder / "demo (kopie).casereview")
    win = OverviewWindow(as_of=AS_OF)
    qtbot.addWidget(win)
    large = win.font()
    large.setPointSizeF(large.pointSizeF() * 1.4)  # a laptop at 140 % text size
    win.setFont(large)
    win.show()
    qtbot.waitExposed(win)
    win.set_folders([str(folder)])
    with qtbot.waitSignal(win.loaded, timeout=60000):
        win.refresh()
    qtbot.waitExposed(win)
    win.centralWidget().layout().activate()
    return win


def test_a_file_column_tells_cases_of_one_title_apart(three_of_one_title: OverviewWindow) -> None:
    view = three_of_one_title.findChild(QTableView, "overviewAgreements")
    assert view.model().headerData(AgreementsModel.FILE, Qt.Orientation.Horizontal) == "Bestand"
    assert set(_column(view, AgreementsModel.CASE)) == {"Review Demo"}
    files = _column(view, AgreementsModel.FILE)
    assert len(files) == 3 and len(set(files)) == 3
    assert {"demo-2.casereview", "demo-voor-training.casereview"} <= set(files)
    row = files.index("demo-2.casereview")
    tip = view.model().index(row, AgreementsModel.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("demo-2.casereview") and Path(tip).is_absolute()


def test_counts_are_worded_in_singular_and_plural(three_of_one_title: OverviewWindow) -> None:
    window = three_of_one_title
    assert window.summary.text() == ("3 dossiers · 3 afspraken, waarvan 2 te laat · 0 overgeslagen · "
                                     "1 kopie één keer geteld")
    assert window.agreements_count.text() == "3 van 3 afspraken"
    window.findChild(QLineEdit, "agreementOwnerFilter").setText("nobody")
    assert window.agreements_count.text() == "0 van 3 afspraken"
    window.year_to.setCurrentIndex(window.year_to.findData(2023))
    assert window.summary.text().startswith("3 dossiers · 3 afspraken")


def test_dates_and_filters_are_shown_whole(qtbot, three_of_one_title: OverviewWindow) -> None:
    window = three_of_one_title
    view = window.findChild(QTableView, "overviewAgreements")
    metrics = view.fontMetrics()
    dates = _column(view, AgreementsModel.DUE)
    assert "31-12-2024" in dates
    for row, text in enumerate(dates):
        width = view.visualRect(view.model().index(row, AgreementsModel.DUE)).width()
        assert width >= metrics.horizontalAdvance(text) + 6, (text, width)
    for name in ("overviewYearFrom", "overviewYearTo", "agreementStatusFilter", "agreementThemeFilter",
                 "agreementKindFilter"):
        combo = window.findChild(QComboBox, name)
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= longest + 20, (name, combo.width(), longest)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_a_laptop_every_cell_and_filter_is_whole_in_both_languages(qtbot, qapp, case_folder: Path,  # noqa: ANN001
                                                                      language: str) -> None:
    """1366×768 (issue 26 §4): eleven columns do not fit, so the table scrolls sideways rather than cut the
    agreement to a sliver ("Esc…") or a title or date to "31-01-2…"; long texts wrap onto a second line."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabWidget

    from casereview.ui.language.translation import install_translation, remove_translation
    from casereview.ui.overview.table_view import STRETCH_FLOOR_PX
    from casereview.ui.style.stylesheet import apply_style

    translators = install_translation(qapp, language)
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        win = OverviewWindow(as_of=AS_OF)
        qtbot.addWidget(win)
        win.show()
        win.resize(1366, 768)
        win.set_folders([str(case_folder)])
        with qtbot.waitSignal(win.loaded, timeout=60000):
            win.refresh()
        qtbot.wait(50)  # the columns are fitted to the new rows on the next pass of the event loop
        problems = []
        tabs = win.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(10)
            for view in tabs.currentWidget().findChildren(QTableView):
                if not view.isVisible():
                    continue
                model, metrics = view.model(), view.fontMetrics()
                for column in range(model.columnCount()):
                    for row in range(model.rowCount()):
                        text = str(model.index(row, column).data() or "")
                        rect = view.visualRect(model.index(row, column))
                        room = QRect(0, 0, rect.width() - 6, 10_000)
                        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
                        if text and (needed.width() > room.width() or needed.height() > rect.height()):
                            problems.append(f"{view.objectName()}[{row},{column}] {text[:30]!r} in {rect.size()}")
        agreements = win.findChild(QTableView, "overviewAgreements")
        assert agreements.columnWidth(AgreementsModel.ACTION) >= STRETCH_FLOOR_PX
        assert agreements.model().headerData(AgreementsModel.FILE, Qt.Orientation.Horizontal) == \
            {"nl": "Bestand", "en": "File"}[language]
        for combo in win.findChildren(QComboBox):
            if combo.isVisible() and combo.count():
                longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
                if combo.width() < longest + 20:
                    problems.append(f"{combo.objectName()}: {combo.width()} px for {longest}")
        win.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        remove_translation(qapp, translators)
    assert problems == [], "\n".join(problems)
