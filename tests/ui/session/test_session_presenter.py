"""The presenter view follows the chair and never shows a participant's name unless attribution is named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from session_fixtures import PARTIES, populate

from casereview.casefile.case_file import CaseFile
from casereview.session.contributions import add_contribution
from casereview.session.parties import list_participants
from casereview.session.procedure import list_steps, update_case_details
from casereview.timeline.events import list_events
from casereview.ui.session.presenter_window import PresenterWindow
from casereview.vocabulary import Attribution

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PERSON_NAMES = [person for _name, _category, person in PARTIES]


@pytest.fixture
def chair(qtbot, open_window, case: CaseFile):  # type: ignore[no-untyped-def]
    ids = populate(case)
    window = open_window(case)
    qtbot.mouseClick(window.findChild(QPushButton, "nextPhaseButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "nextPhaseButton"), Qt.MouseButton.LeftButton)
    people = {p.party_id: p.id for p in list_participants(case)}
    step_id = window.context.current_phase_id
    for party_id in ids.values():
        add_contribution(case, text=f"Inbreng van partij {party_id}", party_id=party_id, step_id=step_id,
                         participant_id=people[party_id])
    window.presenter_action.trigger()
    presenter = window.presenter_window
    assert isinstance(presenter, PresenterWindow) and presenter.objectName() == "presenterWindow"
    qtbot.waitUntil(lambda: presenter.contributions.count() == 3)
    yield window, presenter, ids
    window.close()


def _visible_text(presenter: PresenterWindow) -> str:
    return "\n".join(presenter.texts())


def test_presenter_follows_phase_event_and_goal(qtbot, chair, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window, presenter, _ids = chair
    steps = list_steps(case)
    assert presenter.isVisible() and presenter.isWindow()
    assert presenter.phase_label.text() == f"Fase 2 van {len(steps)} · {steps[1].title}"
    assert presenter.prompt_label.text() == steps[1].prompt
    update_case_details(case, goal="Samen leren van de overdracht")
    qtbot.waitUntil(lambda: "Samen leren van de overdracht" in presenter.goal_label.text())
    event = list_events(case)[0]
    window.context.select_event(event.event.id)
    qtbot.waitUntil(lambda: event.event.description in presenter.event_label.text())
    qtbot.mouseClick(window.findChild(QPushButton, "nextPhaseButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: presenter.phase_label.text().startswith("Fase 3 van"))
    assert presenter.contributions.count() == 0  # a new phase starts empty
    assert presenter.timer_label.text().startswith("Fase 0:00")
    window.presenter_action.trigger()
    assert window.presenter_window is None


@pytest.mark.parametrize("attribution", [Attribution.PARTY, Attribution.ANONYMOUS])
def test_presenter_never_shows_names_unless_named(qtbot, chair, case: CaseFile, attribution: str) -> None:  # type: ignore[no-untyped-def]
    _window, presenter, _ids = chair
    update_case_details(case, attribution=attribution)
    party_names = [name for name, _category, _person in PARTIES]
    shown = attribution == Attribution.PARTY
    qtbot.waitUntil(lambda: all((name in _visible_text(presenter)) == shown for name in party_names))
    assert presenter.contributions.count() == 3
    text = _visible_text(presenter)
    for person in PERSON_NAMES:
        assert person not in text


def test_presenter_shows_names_when_chosen(qtbot, chair, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    _window, presenter, _ids = chair
    update_case_details(case, attribution=Attribution.NAMED)
    qtbot.waitUntil(lambda: all(p in _visible_text(presenter) for p in PERSON_NAMES))
    update_case_details(case, attribution=Attribution.PARTY)
    qtbot.waitUntil(lambda: not any(p in _visible_text(presenter) for p in PERSON_NAMES))


def test_presenter_opens_full_screen_on_a_second_screen(qtbot, case: CaseFile, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from casereview import settings
    from casereview.ui.case_context import CaseContext
    from casereview.ui.session import presenter_window as module
    from casereview.ui.session.phase_panel import PhaseTimer

    context = CaseContext(case)
    timer = PhaseTimer(context)
    qtbot.addWidget(timer)
    window = PresenterWindow(context, timer)
    qtbot.addWidget(window)
    chair_screen = window.screen()

    class Projector:
        def geometry(self):  # type: ignore[no-untyped-def]
            return chair_screen.geometry().translated(chair_screen.geometry().width(), 0)

    shown: list[str] = []
    monkeypatch.setattr(module.QGuiApplication, "screens", staticmethod(lambda: [chair_screen, Projector()]))
    monkeypatch.setattr(window, "showFullScreen", lambda: shown.append("full"))
    monkeypatch.setattr(window, "setGeometry", lambda _rect: shown.append("moved"))
    window.show_on_best_screen(chair_screen)
    assert shown == ["moved", "full"]
    monkeypatch.setattr(module.QGuiApplication, "screens", staticmethod(lambda: [chair_screen]))
    monkeypatch.setattr(window, "showMaximized", lambda: shown.append("maximised"))
    window.show_on_best_screen(chair_screen)
    assert shown == ["moved", "full", "maximised"]  # never a small window over the chair's
    monkeypatch.setattr(module.QGuiApplication, "screens", staticmethod(lambda: [chair_screen, Projector()]))
    settings.put("presenter_screen", 0)  # the chair asked for the presentation on the laptop's own screen
    window.show_on_best_screen(chair_screen)
    assert shown == ["moved", "full", "maximised", "maximised"]
    settings.put("presenter_screen", 1)
    window.show_on_best_screen(chair_screen)
    assert shown[-2:] == ["moved", "full"]


def test_presenter_closes_on_escape_and_f11_toggles_full_screen(qtbot, chair) -> None:  # type: ignore[no-untyped-def]
    window, presenter, _ids = chair
    assert not presenter.isFullScreen()  # one offscreen screen: maximised, not full screen
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert not presenter.isFullScreen() and presenter.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.presenter_window is None and not window.presenter_action.isChecked()
    assert not presenter.isVisible()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_countdown_follows_the_timer_and_says_when_time_is_up(qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from casereview.ui.case_context import CaseContext
    from casereview.ui.session.phase_panel import PhaseTimer
    from casereview.ui.style.palette import LIGHT

    clock = FakeClock()
    context = CaseContext(case)
    timer = PhaseTimer(context, now=clock)
    qtbot.addWidget(timer)
    presenter = PresenterWindow(context, timer)
    qtbot.addWidget(presenter)
    presenter.resize(1366, 768)
    presenter.show()
    assert presenter.countdown_label.isHidden()  # no phase yet, no countdown
    first = list_steps(case)[0]
    timebox = first.timebox_minutes * 60
    timer.switch_to(first.id)
    clock.now += 65
    timer.refresh()
    assert presenter.countdown_label.isVisible() and not presenter.time_up
    minutes, seconds = divmod(timebox - 65, 60)
    assert presenter.countdown_label.text() == f"{minutes}:{seconds:02d}"
    assert presenter.countdown_label.font().pixelSize() >= 100  # readable from the back of the room
    assert LIGHT.text in presenter.countdown_label.styleSheet()
    clock.now += timebox  # 65 s over
    timer.refresh()
    assert presenter.time_up and presenter.countdown_label.text() == "Tijd is om · +1:05"
    assert LIGHT.warning_bg in presenter.countdown_label.styleSheet()
    assert "Tijd is om · +1:05" in presenter.texts()
    clock.now += 3600  # a long overrun still reads on one line
    timer.refresh()
    QApplication.processEvents()
    label = presenter.countdown_label
    assert label.text() == "Tijd is om · +1:01:05"
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    context.close()


def test_dark_projector_theme_is_remembered(chair) -> None:  # type: ignore[no-untyped-def]
    from casereview import settings
    from casereview.ui.style.palette import PROJECTOR

    window, presenter = chair[0], chair[1]
    window.dark_presenter_action.trigger()
    assert presenter.theme is PROJECTOR and PROJECTOR.window in presenter.styleSheet()
    assert settings.get("presenter_theme") == "projector"


def test_a_long_goal_is_read_from_its_first_line(qtbot, chair, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 a goal with its questions gets less height than it needs; it is cut at the bottom,
    not in the middle of its first line."""
    _window, presenter, _ids = chair
    questions = "\n".join(f"Reviewvraag {n}: hoe kwamen de signalen van de organisaties samen?" for n in range(1, 7))
    update_case_details(case, goal="Samen begrijpen hoe de zorgen zijn opgemerkt en gedeeld.", questions=questions)
    presenter.resize(1366, 768)
    qtbot.waitUntil(lambda: "Reviewvraag 6" in presenter.goal_label.text())
    assert presenter.goal_label.alignment() & Qt.AlignmentFlag.AlignTop
