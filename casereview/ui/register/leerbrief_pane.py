"""The "Leerbrief" pane: the chair writes the anonymised learning note and marks it "klaar om te delen".

Every text is committed as it is typed (and takes the mark away again, so a
changed text is reviewed anew). The leak check runs whenever something
changes, and the mark can only be set when it finds nothing. Names nobody
listed are searched for in the text as it is now, a moment after the typing
stops, in the background (the de-identifier's worker takes seconds); until that
search is back the check says so, and a result for an older text is dropped.
The check and its search run only while the pane is on screen: the pane is built
in the background after the window opens, and during the meeting every new
agreement or event would otherwise start a worker that loads a gigabyte of lookup
lists (minutes of a laptop's processor, the first time on a computer).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casereview.casefile.progress import Progress
from casereview.findings.leerbrief import leerbrief_content, load_leerbrief, save_leerbrief
from casereview.privacy.detection.candidates import Candidate
from casereview.reports.leerbrief import leerbrief_key, leerbrief_problems, search_leerbrief
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import word
from casereview.ui.operations.background import Operation, run_in_background
from casereview.ui.operations.runner import attempt
from casereview.ui.style.palette import colours
from casereview.ui.widgets.autosave_text import AutosaveTextEdit
from casereview.vocabulary.error_catalog import Message

FIELDS = (
    ("target_group", "leerbriefTargetGroup", QT_TRANSLATE_NOOP("LeerbriefPane", "Doelgroep"),
     QT_TRANSLATE_NOOP("LeerbriefPane", "Bijvoorbeeld: een gezin met twee jonge kinderen (geen namen of plaatsen)")),
    ("circumstances", "leerbriefCircumstances", QT_TRANSLATE_NOOP("LeerbriefPane", "Omstandigheden"),
     QT_TRANSLATE_NOOP("LeerbriefPane", "Welke soorten organisaties, hoe lang; data hooguit per kwartaal")),
    ("story", "leerbriefStory", QT_TRANSLATE_NOOP("LeerbriefPane", "Het verhaal"),
     QT_TRANSLATE_NOOP("LeerbriefPane", "Wat er gebeurde, in uw eigen woorden")),
    ("mechanisms", "leerbriefMechanisms", QT_TRANSLATE_NOOP("LeerbriefPane", "Mechanismen"),
     QT_TRANSLATE_NOOP("LeerbriefPane", "Waarom het zo liep")),
    ("went_well", "leerbriefWentWell", QT_TRANSLATE_NOOP("LeerbriefPane", "Wat ging goed"), ""),
    ("lessons", "leerbriefLessons", QT_TRANSLATE_NOOP("LeerbriefPane", "Lessen"),
     QT_TRANSLATE_NOOP("LeerbriefPane", "Eén les per regel")),
)


class LeerbriefPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leerbriefPane")
        self.context = context
        intro = QLabel(self.tr("Een leerbrief is voor mensen buiten de review: geen namen, geen plaatsen en geen "
                               "data preciezer dan een kwartaal. Thema's en verbeterafspraken (soort en niveau, "
                               "zonder eigenaren) komen uit het dossier."), objectName="leerbriefIntro")
        intro.setWordWrap(True)
        self.edits: dict[str, AutosaveTextEdit] = {}
        form = QFormLayout()
        for key, name, label, hint in FIELDS:
            edit = AutosaveTextEdit(lambda text, k=key: self._save(**{k: text}), object_name=name)
            edit.setPlaceholderText(self.tr(hint) if hint else "")
            edit.setMinimumHeight(60 if key in ("target_group", "circumstances", "went_well") else 90)
            self.edits[key] = edit
            form.addRow(self.tr(label), edit)
        self.ready = QCheckBox(self.tr("Klaar om te delen"), objectName="leerbriefReady")
        self.ready.clicked.connect(self._mark_ready)
        self.check_label = QLabel(objectName="leerbriefCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.publish_button = QPushButton(self.tr("Publiceren in het regioregister…"), objectName="leerbriefPublish")
        self.publish_button.clicked.connect(self.open_publish)
        actions = QHBoxLayout()
        actions.addWidget(self.ready)
        actions.addStretch(1)
        actions.addWidget(self.publish_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(intro)
        inner_layout.addLayout(form)
        scroll = QScrollArea(objectName="leerbriefScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.check_label)
        layout.addLayout(actions)
        self._found: list[Candidate] = []
        self._found_for: tuple[str, ...] | None = None  # the leerbrief the found candidates belong to
        self._failed_for: tuple[str, ...] | None = None
        self._search: Operation[tuple[tuple[str, ...], list[Candidate]]] | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)
        context.changed.connect(self._on_changed)
        self.reload()

    SEARCH_DELAY_MS = 800  # after the last change, so a search does not start at every saved keystroke

    def _on_changed(self, entity: str) -> None:
        if entity in ("leerbrief", "pseudonym", "participant", "agreement", "event", "import", "conclusion"):
            self.reload()

    def reload(self) -> None:
        brief = load_leerbrief(self.context.case)
        for key, edit in self.edits.items():
            if not edit.hasFocus():
                edit.set_saved_text(getattr(brief, key))
        self.ready.setChecked(brief.ready)
        self.ready.setEnabled(not self.context.case.read_only)
        self.publish_button.setEnabled(brief.ready)
        if self.isVisible():
            self._show_check()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_check()  # what changed while the pane was out of view is checked (and searched) now

    def _show_check(self) -> list[Message]:
        content = leerbrief_content(self.context.case)
        current = self._found_for == leerbrief_key(content)
        problems = leerbrief_problems(self.context.case, content, found=self._found if current else ())
        searching = self.tr("Namen zoeken in de tekst zoals hij nu is…")
        if problems:
            self.check_label.setText(self.tr("De controle vond nog iets dat niet mag worden gedeeld:") + "\n• "
                                     + "\n• ".join(word(problem) for problem in problems)
                                     + ("" if current else "\n" + searching))
            self.check_label.setStyleSheet(f"color: {colours().concern};")
        elif not current:
            self.check_label.setText(searching)
            self.check_label.setStyleSheet("")
        else:
            self.check_label.setText(self.tr("Controle: geen namen en geen data preciezer dan een kwartaal gevonden."))
            self.check_label.setStyleSheet(f"color: {colours().good};")
        if not current and self._failed_for != leerbrief_key(content):
            self._search_timer.start()
        return problems

    def searched_now(self) -> bool:
        """Whether the last search covered the leerbrief as it is saved now."""
        return self._found_for == leerbrief_key(leerbrief_content(self.context.case))

    def _start_search(self) -> None:
        """Search the leerbrief as saved now; one search at a time, the next when it is back."""
        if (self._search is not None and self._search.running) or not self.isVisible():
            return  # a running search starts the next when it is back; a hidden pane searches when shown
        case = self.context.case

        def work(progress: Progress) -> tuple[tuple[str, ...], list[Candidate]]:
            return search_leerbrief(case, progress)

        self._search = run_in_background(work, title=self.tr("Namen zoeken"), on_done=self._searched,
                                         on_failed=self._search_failed, owner=self)

    def _searched(self, result: tuple[tuple[str, ...], list[Candidate]]) -> None:
        self._found_for, self._found = result
        self._show_check()  # a text changed meanwhile shows "searching" again and starts the next search

    def _search_failed(self, message: str) -> None:
        self._failed_for = leerbrief_key(leerbrief_content(self.context.case))  # tried again when the text changes
        self.check_label.setText(message)
        self.check_label.setStyleSheet(f"color: {colours().concern};")

    def _mark_ready(self, checked: bool) -> None:
        for edit in self.edits.values():
            edit.commit()
        if checked and self._show_check():
            self.ready.setChecked(False)
            self.context.errorRaised.emit(self.tr("De leerbrief kan nog niet gedeeld worden; pas eerst aan wat de "
                                                  "controle onder de tekst noemt."))
            return
        if checked and not self.searched_now():
            self.ready.setChecked(False)
            self.context.errorRaised.emit(self.tr("Even geduld: de leerbrief wordt nog op namen doorzocht. Vink "
                                                  "hem aan zodra de controle klaar is."))
            return
        if checked and not any(getattr(load_leerbrief(self.context.case), k) for k in self.edits):
            self.ready.setChecked(False)
            self.context.errorRaised.emit(self.tr("De leerbrief is nog leeg."))
            return
        self._save(ready=checked)

    def _save(self, **values: object) -> None:
        attempt(lambda: save_leerbrief(self.context.case, **values), context=self.context)  # type: ignore[arg-type]

    def open_publish(self) -> None:
        from casereview.ui.register.publish_dialog import PublishDialog

        for edit in self.edits.values():
            edit.commit()
        dialog = PublishDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
