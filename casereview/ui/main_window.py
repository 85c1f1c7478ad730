"""The main window: wires the start screen, the case view and the file actions together."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from casereview import settings
from casereview.casefile.case_file import CaseFile, create_case, reopen_case
from casereview.ui.case_context import CaseContext
from casereview.ui.case_view import CaseView
from casereview.ui.consent.menu import AfterMeetingMenu
from casereview.ui.dialogs.names_status import NamesStatusLabel
from casereview.ui.findings.overdue_banner import OverdueBanner
from casereview.ui.language.messages import describe, is_expected
from casereview.ui.operations.file_actions import (
    FILE_FILTER,
    open_interactively,
    save_copy,
    toggle_encryption,
    with_extension,
)
from casereview.ui.operations.runner import attempt, run_long, show_failure
from casereview.ui.screen_fit import fit_to_screen
from casereview.ui.start_screen import StartScreen
from casereview.ui.style.palette import colours
from casereview.ui.style.theme import DARK_THEME, LIGHT_THEME, PALETTES, THEME_SETTING, apply_theme, stored_theme
from casereview.ui.window_title import WindowTitle

WANTED_SIZE = QSize(1366, 768)


def application_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class MainWindow(QMainWindow):
    """Signals: caseOpened(str path), caseClosed().

    ``lazy_tabs``: a case's follow-up and leerbrief tabs are built once shown or in idle time after the
    window paints (the application does this); otherwise every tab is built when the case opens.
    """

    caseOpened = Signal(str)
    caseClosed = Signal()

    def __init__(self, *, lazy_tabs: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        if PALETTES[stored_theme()] is not colours():  # the chair's theme from last time, before any widget
            apply_theme(application_instance(), stored_theme())
        self.lazy_tabs = lazy_tabs
        self.setWindowTitle(self.tr("casereview"))
        fit_to_screen(self, WANTED_SIZE)
        self._fitted_framed = False
        self.context: CaseContext | None = None
        self.case_view: CaseView | None = None
        self.overdue_banner: OverdueBanner | None = None
        self.overview_window: QMainWindow | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.start_screen = StartScreen(parent=self.stack)  # in place: moved in later, it would be re-styled
        self.stack.addWidget(self.start_screen)
        self.start_screen.newRequested.connect(self.new_case)
        self.start_screen.openRequested.connect(self.choose_and_open)
        self.start_screen.demoRequested.connect(self.open_demo)
        self.start_screen.recentChosen.connect(lambda p: self.open_path(Path(p)))
        self._build_menus()
        self.read_only_label = QLabel(objectName="readOnlyLabel")
        self.read_only_label.setStyleSheet(f"color: {colours().warning}; padding: 0 8px;")
        self.read_only_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.names_label = NamesStatusLabel(parent=self)
        self.statusBar().addPermanentWidget(self.names_label)
        self.title = WindowTitle(self)
        self._update_actions()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuwe review…"), self, shortcut=QKeySequence.StandardKey.New)
        self.open_action = QAction(self.tr("&Openen…"), self, shortcut=QKeySequence.StandardKey.Open)
        self.import_action = QAction(self.tr("Tijdlijn &importeren…"), self, shortcut=QKeySequence("Ctrl+I"))
        self.export_action = QAction(self.tr("&Exporteren…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.copy_action = QAction(self.tr("&Kopie opslaan als…"), self, objectName="saveCopyAction")
        self.encrypt_action = QAction(self.tr("&Versleuteling…"), self, objectName="encryptAction")
        self.close_action = QAction(self.tr("Dossier &sluiten"), self, shortcut=QKeySequence.StandardKey.Close)
        self.quit_action = QAction(self.tr("&Afsluiten"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.new_action.triggered.connect(self.new_case)
        self.open_action.triggered.connect(self.choose_and_open)
        self.import_action.triggered.connect(self.import_timeline)
        self.export_action.triggered.connect(self.export_document)
        self.close_action.triggered.connect(self.close_case)
        self.copy_action.triggered.connect(lambda: self.context and save_copy(self, self.context))
        self.encrypt_action.triggered.connect(self.toggle_encryption)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, None, self.import_action, self.export_action, None,
                       self.copy_action, self.encrypt_action, None, self.close_action, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        self._build_session_menu()
        self.after_meeting_menu = AfterMeetingMenu(self)
        self.followup_action = QAction(self.tr("&Opvolgmodus"), self, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.followup_action.setObjectName("followUpAction")
        self.followup_action.triggered.connect(self.show_follow_up)
        view_menu = self.menuBar().addMenu(self.tr("Beel&d"))
        view_menu.addAction(self.followup_action)
        self.addAction(self.followup_action)
        self.dark_theme_action = QAction(self.tr("Donker &thema"), self, checkable=True, objectName="darkThemeAction")
        self.dark_theme_action.setToolTip(self.tr("Het hele venster donker, voor een projector in een lichte zaal"))
        self.dark_theme_action.setChecked(stored_theme() == DARK_THEME)
        self.dark_theme_action.toggled.connect(self.set_dark_theme)
        view_menu.addSeparator()
        view_menu.addAction(self.dark_theme_action)
        self.pseudonyms_action = QAction(self.tr("&Pseudoniemen…"), self)
        self.pseudonyms_action.setObjectName("pseudonymsAction")
        self.pseudonyms_action.triggered.connect(self.edit_pseudonyms)
        file_menu.insertAction(self.close_action, self.pseudonyms_action)
        self.names_action = QAction(self.tr("&Namen…"), self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.names_action.setObjectName("namesAction")
        self.names_action.triggered.connect(self.decide_names)
        file_menu.insertAction(self.close_action, self.names_action)
        self.addAction(self.names_action)
        self.restore_version_action = QAction(self.tr("Vorige versie terugzetten…"), self)
        self.restore_version_action.setObjectName("restoreVersionAction")
        self.restore_version_action.triggered.connect(self.restore_previous_version)
        file_menu.insertAction(self.close_action, self.restore_version_action)
        self.overview_action = QAction(self.tr("O&verzicht…"), self, objectName="overviewAction")
        self.overview_action.triggered.connect(self.show_overview)
        file_menu.insertAction(self.import_action, self.overview_action)
        self.regional_action = QAction(self.tr("&Thema's in de regio…"), self, objectName="regionalViewAction")
        self.regional_action.triggered.connect(self.show_regional_view)
        file_menu.insertAction(self.close_action, self.regional_action)
        file_menu.insertSeparator(self.close_action)
        extra_menu = self.menuBar().addMenu(self.tr("E&xtra"))
        self.settings_action = QAction(self.tr("&Instellingen…"), self, objectName="settingsAction",
                                       menuRole=QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        extra_menu.addAction(self.settings_action)

    def _build_session_menu(self) -> None:
        """Moving through the agenda, the projector view and closing the session (issue 4)."""
        menu = self.menuBar().addMenu(self.tr("&Sessie"))
        self.previous_phase_action = QAction(self.tr("&Vorige fase"), self, shortcut=QKeySequence("Ctrl+PgUp"))
        self.next_phase_action = QAction(self.tr("V&olgende fase"), self, shortcut=QKeySequence("Ctrl+PgDown"))
        self.presenter_action = QAction(self.tr("&Presentatiescherm"), self, shortcut=QKeySequence("F5"))
        self.presenter_action.setObjectName("presenterAction")
        self.presenter_action.setCheckable(True)
        self.dark_presenter_action = QAction(self.tr("&Donker presentatiescherm"), self, checkable=True)
        self.dark_presenter_action.setObjectName("darkPresenterAction")
        self.dark_presenter_action.setChecked(settings.get("presenter_theme") == "projector")
        self.dark_presenter_action.toggled.connect(self._presenter_theme)
        self.close_session_action = QAction(self.tr("Sessie &afsluiten…"), self)
        self.close_session_action.setObjectName("closeSessionAction")
        self.summary_action = QAction(self.tr("Samen&vatting van de sessie"), self, objectName="sessionSummaryAction")
        self.summary_action.triggered.connect(self.show_session_summary)
        self.previous_phase_action.triggered.connect(lambda: self.case_view and self.case_view.phase_panel.move(-1))
        self.next_phase_action.triggered.connect(lambda: self.case_view and self.case_view.phase_panel.move(1))
        self.presenter_action.toggled.connect(self.show_presenter)
        self.close_session_action.triggered.connect(self.close_session)
        for action in (self.previous_phase_action, self.next_phase_action, None, self.presenter_action,
                       self.dark_presenter_action, None, self.close_session_action, self.summary_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
                self.addAction(action)
        self.presenter_window: QWidget | None = None

    def _update_actions(self) -> None:
        has_case = self.context is not None
        for action in (self.import_action, self.export_action, self.copy_action, self.encrypt_action,
                       self.close_action, self.previous_phase_action,
                       self.next_phase_action, self.presenter_action, self.close_session_action,
                       self.followup_action, self.pseudonyms_action, self.names_action):
            action.setEnabled(has_case)
        self.restore_version_action.setEnabled(has_case and not (self.context and self.context.case.read_only))
        closed = self.context is not None and self.context.case.case().session_closed_at is not None
        self.summary_action.setEnabled(closed)
        self.close_session_action.setEnabled(has_case and not closed)
        self.after_meeting_menu.set_enabled(has_case)

    # --- opening and closing -------------------------------------------------
    def new_case(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nieuwe review"), self.tr("Titel van de review:"))
        if not ok or not title.strip():
            return
        from casereview.privacy.file_names import new_case_file_name

        # Never the title (it may hold a child's name): a neutral word in the user's language and today's date.
        neutral = self.tr("dossier {0}").format(date.today().isoformat())
        suggested = str(new_case_file_name(settings.cases_folder(), neutral))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Dossier opslaan als"), suggested, FILE_FILTER)
        if not chosen:
            return
        created = attempt(lambda: create_case(with_extension(chosen), title), parent=self, title=self.tr("casereview"))
        if created.ok and created.value is not None:
            self.show_case(created.value)

    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Dossier openen"), str(settings.cases_folder()),
                                              FILE_FILTER)
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        from casereview.demo.demo_case import default_demo_path, write_demo_case

        path = default_demo_path()
        if path.exists() or run_long(lambda _progress: write_demo_case(path).close(), parent=self,
                                     title=self.tr("casereview"), label=self.tr("Het voorbeelddossier wordt gemaakt…"),
                                     show_after_ms=400).ok:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        case = open_interactively(self, path)
        if case is not None:
            self.show_case(case)

    def show_case(self, case: CaseFile) -> None:
        self.close_case()
        self.context = CaseContext(case, parent=self)
        self.context.errorRaised.connect(self.show_status_error)
        self.context.readOnlyEntered.connect(self._case_stopped_writing)
        self.case_view = CaseView(self.context, lazy=self.lazy_tabs, parent=self.stack)  # in place: no re-styling
        self.case_view.phase_panel.closeRequested.connect(self.close_session)
        self.stack.addWidget(self.case_view)
        self.stack.setCurrentWidget(self.case_view)
        self._install_undo_actions()
        self.overdue_banner = OverdueBanner(self.context, parent=self)
        self.overdue_banner.clicked.connect(self.show_follow_up)
        self.statusBar().addPermanentWidget(self.overdue_banner)
        self.statusBar().show()  # a status bar made after the window was shown appears only later otherwise
        self.title.follow(self.context)
        self.names_label.follow(self.context)
        self.read_only_label.setText(describe(case.read_only_error) if case.read_only else "")
        self.read_only_label.setVisible(case.read_only)
        settings.add_recent_file(case.path)
        self._update_actions()
        self.caseOpened.emit(str(case.path))

    def _install_undo_actions(self) -> None:
        assert self.context is not None
        self.edit_menu.clear()
        undo = self.context.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undoAction")
        redo = self.context.undo_stack.createRedoAction(self, self.tr("O&pnieuw"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redoAction")
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)

    def close_case(self) -> None:
        if self.context is None:
            return
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a text box that is still being edited
        self.presenter_action.setChecked(False)
        if self.case_view is not None:
            self.case_view.phase_panel.timer.stop()
            self.stack.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None
        self.edit_menu.clear()
        self.read_only_label.setVisible(False)
        if self.overdue_banner is not None:
            self.statusBar().removeWidget(self.overdue_banner)
            self.overdue_banner.deleteLater()
            self.overdue_banner = None
        self.names_label.follow(None)
        self.title.follow(None)
        self.context.close()
        self.context.case.close()
        self.context.deleteLater()
        self.context = None
        self.start_screen.reload_recent()
        self.stack.setCurrentWidget(self.start_screen)
        self._update_actions()
        self.caseClosed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """On first show, fit again: the window may be on another screen, and its frame may be known now."""
        super().showEvent(event)
        if not self._fitted_framed:
            self._fitted_framed = True
            fit_to_screen(self, self.size())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.close_case()
        if self.overview_window is not None:
            self.overview_window.close()  # stops its reading thread first
        settings.put("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        stored = settings.get("window_geometry")
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))

    def show_regional_view(self) -> None:
        """The region's theme counts; only now does casereview connect to the configured register."""
        from casereview.ui.register.regional_view import RegionalThemesDialog

        dialog = RegionalThemesDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_settings(self) -> None:
        from casereview.ui.dialogs.settings_dialog import run_settings

        run_settings(parent=self)

    # --- actions on the open case ---------------------------------------------
    def import_timeline(self) -> None:
        if self.context is not None:
            from casereview.ui.timeline.import_action import run_import

            run_import(self.context, parent=self)

    def edit_pseudonyms(self) -> None:
        if self.context is not None:
            from casereview.ui.dialogs.pseudonyms_dialog import PseudonymsDialog

            dialog = PseudonymsDialog(self.context, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def decide_names(self) -> None:
        if self.context is not None:
            from casereview.ui.dialogs.names_dialog import NamesDialog

            dialog = NamesDialog(self.context, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def restore_previous_version(self) -> None:
        """Put a safety copy back, then show the case afresh (every view reads it again)."""
        if self.context is None or self.context.case.read_only:
            return
        from casereview.casefile.safety_copies import restore_safety_copy
        from casereview.ui.dialogs.restore_version_dialog import RestoreVersionDialog

        dialog = RestoreVersionDialog(self.context.case, parent=self)
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # what is being typed is committed before the file goes back
        case = self.context.case
        title = self.tr("Vorige versie terugzetten")
        label = self.tr("De versie van {0} wordt teruggezet…").format(chosen.describe())
        # In a worker thread (a safety copy of now, then the copy put back, then opened afresh): the window
        # keeps painting, and the views hear of the restore on the GUI thread before the case is reopened.
        if not run_long(lambda _progress: restore_safety_copy(case, chosen), parent=self, title=title, label=label,
                        context=self.context).ok:
            return
        reopened = run_long(lambda _progress: reopen_case(case), parent=self, title=title, label=label, quiet=True,
                            context=self.context)
        if not reopened.ok or reopened.value is None:
            self.close_case()
            if reopened.error is None or is_expected(reopened.error):  # an unexpected one has its own dialog
                QMessageBox.warning(self, title, reopened.message)
            return
        self.show_case(reopened.value)
        self.statusBar().showMessage(self.tr("Vorige versie teruggezet."), 8000)
    def show_overview(self) -> None:
        """Bestand → Overzicht…: one overview window, brought to the front when already open."""
        from casereview.ui.overview.window import OverviewWindow

        if self.overview_window is None:
            self.overview_window = OverviewWindow(self)
            self.overview_window.openCaseRequested.connect(self.open_in_follow_up)
            if self.overview_window.folder_list():
                self.overview_window.refresh()
        self.overview_window.show()
        self.overview_window.raise_()

    def open_in_follow_up(self, path: str) -> None:
        """A case chosen in the overview opens here, at its agreements (follow-up mode)."""
        self.open_path(Path(path))
        opened = self.context.case.path.resolve() if self.context is not None else None
        if self.case_view is not None and opened == Path(path).resolve():
            self.show_follow_up()
        self.raise_()
        self.activateWindow()

    def show_follow_up(self) -> None:
        if self.case_view is not None:
            self.case_view.show_follow_up()

    def export_document(self) -> None:
        if self.context is not None:
            from casereview.ui.operations.export_action import run_export

            run_export(self.context, parent=self)

    def show_presenter(self, visible: bool) -> None:
        """Open the read-only projector window (second screen when there is one), or close it."""
        if visible and self.context is not None and self.case_view is not None:
            from casereview.ui.session.presenter_window import PresenterWindow

            if self.presenter_window is None:
                self.presenter_window = PresenterWindow(self.context, self.case_view.phase_panel.timer)
                self.presenter_window.closed.connect(lambda: self.presenter_action.setChecked(False))
            self.presenter_window.show_on_best_screen(self.screen())
        elif self.presenter_window is not None:
            window, self.presenter_window = self.presenter_window, None
            window.close()
            window.deleteLater()

    def set_dark_theme(self, dark: bool) -> None:
        """Beeld → Donker thema: the whole window dark or light at once; remembered for the next start."""
        name = DARK_THEME if dark else LIGHT_THEME
        settings.put(THEME_SETTING, name)
        apply_theme(application_instance(), name)
        if self.dark_theme_action.isChecked() != dark:
            self.dark_theme_action.setChecked(dark)
        if self.case_view is not None:
            self.case_view.rules.refresh()  # its items carry their colour
            self.case_view.balance.update()

    def _presenter_theme(self, dark: bool) -> None:
        """A dark projector view for a bright room; remembered for the next session."""
        settings.put("presenter_theme", "projector" if dark else "light")
        if self.presenter_window is not None:
            self.presenter_window.set_theme("projector" if dark else "light")

    def close_session(self) -> None:
        """Close the session only when all seven rules are met or n.v.t.; otherwise say what is missing
        and offer to go to the field that puts it right. A refusal changes nothing: the clock keeps running."""
        if self.context is None or self.case_view is None:
            return
        from casereview.session.procedure import list_steps
        from casereview.session.rules_check import open_rules
        from casereview.ui.session.close_confirmation import CloseConfirmDialog
        from casereview.ui.session.close_refusal import CloseRefusalDialog
        from casereview.vocabulary import StepState

        self.case_view.commit_input()
        self.case_view.phase_panel.timer.persist()  # the time so far is kept; the clock goes on
        context, case_view = self.context, self.case_view
        checked = attempt(lambda: (open_rules(context.case), list_steps(context.case)), parent=self,
                          title=self.tr("Sessie nog niet af"))
        if not checked.ok or checked.value is None:
            return
        remaining, steps = checked.value
        if remaining:
            dialog = CloseRefusalDialog(remaining, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.goToField.connect(case_view.go_to_field)
            dialog.open()
            return
        unreached = [step.title for step in steps if step.state == StepState.PENDING]
        if unreached:
            confirm = CloseConfirmDialog(unreached, parent=self)
            confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            confirm.accepted.connect(lambda: self._close_session_now(context))
            confirm.open()
            return
        self._close_session_now(context)

    def _close_session_now(self, context: CaseContext) -> None:
        from casereview.session.rules_check import close_session

        case_view = self.case_view
        if self.context is not context or case_view is None:  # the case was closed while the chair was asked
            return
        case_view.phase_panel.timer.stop()
        if not attempt(lambda: close_session(context.case), parent=self, title=self.tr("Sessie nog niet af")).ok:
            case_view.phase_panel.timer.load(context.current_phase_id, running=not case_view.phase_panel.timer.paused)
            return
        context.set_current_phase(0)
        case_view.phase_panel.timer.load(0, running=False)
        case_view.phase_panel.refresh()
        self._update_actions()
        self.show_session_summary()

    def show_session_summary(self) -> None:
        """The closed session's summary, for the group: conclusions, who does what by when, next dates."""
        if self.context is None:
            return
        from casereview.ui.session.session_summary import SessionSummaryDialog

        dialog = SessionSummaryDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- messages ---------------------------------------------------------------
    def toggle_encryption(self) -> None:
        if self.context is not None and toggle_encryption(self, self.context):
            state = self.tr("versleuteld") if self.context.case.encrypted else self.tr("niet versleuteld")
            self.statusBar().showMessage(self.tr("Het dossier is nu {0}.").format(state), 10_000)

    def _case_stopped_writing(self, message: str) -> None:
        """The file was replaced or the lock taken over: the window turns read-only; what was typed stays."""
        self.read_only_label.setText(message)
        self.read_only_label.setVisible(True)
        self._update_actions()
        show_failure(message, context=None, parent=self, title=self.tr("Dossier alleen-lezen"))

    def show_status_error(self, message: str) -> None:
        """Refused edits are shown calmly in the status bar, not in a modal box mid-meeting."""
        self.statusBar().showMessage(message, 10_000)
