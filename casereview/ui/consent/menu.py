"""The "Na de bijeenkomst" menu: concept, reactions, evaluation, the family and the verslag's colophon."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


class AfterMeetingMenu:
    """Added to the main window with one call; reads the window's ``context`` when an action runs."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        menu = window.menuBar().addMenu(window.tr("&Na de bijeenkomst"))
        menu.setObjectName("afterMeetingMenu")
        self.send_action = QAction(window.tr("&Concept versturen…"), window, objectName="sendConceptAction")
        self.reactions_action = QAction(window.tr("&Reacties op het concept…"), window,
                                        objectName="reactionLogAction")
        self.evaluation_action = QAction(window.tr("&Evaluatie invoeren…"), window, objectName="evaluationAction")
        self.family_action = QAction(window.tr("De &familie…"), window, objectName="familyAction")
        self.colophon_action = QAction(window.tr("C&olofon…"), window, objectName="colophonAction")
        self.send_action.triggered.connect(self.send_concept)
        self.reactions_action.triggered.connect(lambda: self._open("reaction_log", "ReactionLogDialog"))
        self.evaluation_action.triggered.connect(lambda: self._open("evaluation_form", "EvaluationDialog"))
        self.family_action.triggered.connect(lambda: self._open("family_dialog", "FamilyDialog"))
        self.colophon_action.triggered.connect(self.edit_colophon)
        self.actions = (self.send_action, self.reactions_action, self.evaluation_action, self.family_action,
                        self.colophon_action)
        self._enabled = True
        self._sending = False  # one round of concepts at a time: each freezes a version of the draft
        self._first_search = False  # this round builds the name search's lookup lists first (minutes)
        self._status = ""  # the line this menu put in the status bar, cleared only if it is still there
        for action in self.actions:
            menu.addAction(action)

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
        self._enabled = enabled
        if self._sending:
            self.send_action.setEnabled(False)

    def _open(self, module: str, name: str) -> None:
        import importlib

        context = getattr(self.window, "context", None)
        if context is None:
            return
        dialog_class = getattr(importlib.import_module(f"casereview.ui.consent.{module}"), name)
        dialog_class(context, parent=self.window).exec()

    def edit_colophon(self) -> None:
        """Who owns the verslag: opdrachtgever, chair, authors, version, status, distribution."""
        from casereview.ui.dialogs.colophon_dialog import ColophonDialog

        context = getattr(self.window, "context", None)
        if context is not None:
            ColophonDialog(context, parent=self.window).exec()

    def send_concept(self) -> None:
        from casereview.ui.consent.send_concept import run_send_concept

        context = getattr(self.window, "context", None)
        if context is None or self._sending:
            return
        self._sending = True
        self.send_action.setEnabled(False)
        if run_send_concept(context, parent=self.window, on_finished=self._sent, on_progress=self._progressed) is None:
            self._sent()
        else:
            from casereview.privacy.detection.candidates import detection_state
            from casereview.privacy.detection.client import detector_ready

            self._first_search = detection_state(context.case) != "current" and not detector_ready()
            self._show_status(self.window.tr("De concepten worden geschreven…"))

    def _progressed(self, done: int, total: int) -> None:
        """The status line counts up, and says why when the first name search on this computer takes minutes."""
        from casereview.reports.concept import SEARCH_SHARE

        percent = done * 100 // total if total else 0
        if self._first_search and percent < SEARCH_SHARE:
            text = self.window.tr("Concepten: eerst namen zoeken (de eerste keer op deze computer enkele "
                                  "minuten)… {0}%").format(percent)
        else:
            text = self.window.tr("De concepten worden geschreven… {0}%").format(percent)
        self._show_status(text)

    def _show_status(self, text: str) -> None:
        self._status = text
        self.window.statusBar().showMessage(text)

    def _sent(self) -> None:
        self._sending = False
        self.send_action.setEnabled(self._enabled)
        if self._status and self.window.statusBar().currentMessage() == self._status:
            self.window.statusBar().clearMessage()
        self._status = ""
