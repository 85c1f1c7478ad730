"""The chair's window on a 1366×768 laptop, with the demo case: room for the timeline, nothing
cut off, and every control named for assistive technology (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from styled_windows import demo_path, styled_window

from casereview.findings.conclusions import list_conclusions
from casereview.session.contributions import list_contributions
from casereview.session.procedure import list_steps
from casereview.ui.case_view import CLOSING_TAB, OPENING_TAB, SESSION_TAB
from casereview.ui.main_window import MainWindow
from casereview.ui.session.contribution_model import EVENT_NUMBER_ROLE
from casereview.vocabulary import ContributionKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


@pytest.fixture
def laptop_window(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real window, styled as ``casereview`` starts it, at the common laptop size."""
    with styled_window(qtbot, demo_path(tmp_path), tab=SESSION_TAB) as window:
        yield window


def _visible(root: QWidget, kind: type | tuple[type, ...]) -> list[QWidget]:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    found = {id(w): w for k in kinds for w in root.findChildren(k)}
    return [w for w in found.values() if w.isVisible() and w.width() > 0]


def _accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: Qt's name, which includes button text and a buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def _has_buddy(widget: QWidget, labels: list[QLabel]) -> bool:
    return any(label.buddy() is widget or (label.buddy() is not None and label.buddy().isAncestorOf(widget))
               for label in labels)


def _cut_off(root: QWidget) -> list[str]:
    """Labels and placeholders whose text does not fit in the room they were given."""
    problems = []
    for label in _visible(root, QLabel):
        text = label.text()
        if not text or "<" in text:
            continue  # rich text is laid out by Qt's document
        room = label.contentsRect()
        if label.wordWrap():  # heightForWidth counts the label's margins, so compare with its whole height
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{label.objectName() or text[:30]!r}: needs {needed} px high, has {label.height()}")
        else:
            widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if widest > room.width() + 1:
                problems.append(f"{label.objectName() or text[:30]!r}: needs {widest} px, has {room.width()}")
    for edit in _visible(root, QLineEdit):
        placeholder = edit.placeholderText()
        if placeholder and not edit.text():
            room = edit.width() - 16 - (22 if edit.isClearButtonEnabled() else 0)
            if edit.fontMetrics().horizontalAdvance(placeholder) > room:
                problems.append(f"{edit.objectName()} placeholder {placeholder!r} does not fit in {room} px")
    return problems


def test_session_tab_gives_the_timeline_room(laptop_window: MainWindow) -> None:
    pane = laptop_window.case_view.timeline  # type: ignore[union-attr]
    table, chart = pane.table, pane.chart
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize() if table.isVisible() else 0
    chart_px = chart.height() if chart.isVisible() else 0
    assert rows >= 8 or chart_px >= 250, (rows, chart_px)
    assert laptop_window.case_view.contributions.capture.edit.isVisible()  # type: ignore[union-attr]


@pytest.mark.parametrize("tab", [OPENING_TAB, SESSION_TAB, CLOSING_TAB])
def test_nothing_in_the_main_views_is_cut_off(laptop_window: MainWindow, tab: int) -> None:
    laptop_window.case_view.tabs.setCurrentIndex(tab)  # type: ignore[union-attr]
    QApplication.processEvents()
    assert laptop_window.width() == 1366  # nothing forces the window wider than the screen
    assert _cut_off(laptop_window.case_view) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("tab", [OPENING_TAB, SESSION_TAB, CLOSING_TAB])
def test_every_visible_control_has_an_accessible_name(laptop_window: MainWindow, tab: int) -> None:
    view = laptop_window.case_view
    assert view is not None
    view.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    labels = _visible(view, QLabel)
    nameless = [f"{type(w).__name__}#{w.objectName()}" for w in _visible(view, INTERACTIVE)
                # a combo's or spin box's own editor, a table's headers and corner button: parts of a named whole
                if not isinstance(w.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView)
                and not _accessible_name(w) and not _has_buddy(w, labels)]
    assert nameless == []


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key as the chair presses it: to whatever has the focus, never to a widget picked by the test."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def test_a_phase_runs_from_the_keyboard_alone(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window, view = laptop_window, laptop_window.case_view
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    case = window.context.case  # type: ignore[union-attr]
    phase = window.context.current_phase_id  # type: ignore[union-attr]
    before = {c.id for c in list_contributions(case)}

    _press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # to the capture box
    assert QApplication.focusWidget() is view.contributions.capture.edit
    _press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # second party
    _press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # kind: zorg
    _type(qtbot, "Niemand had na de weigering de regie")
    _press(qtbot, Qt.Key.Key_Return)

    _press(qtbot, Qt.Key.Key_F6)  # from the capture box round to the timeline table
    assert QApplication.focusWidget() is view.timeline.table
    _press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, Qt.Key.Key_Down)
    event_id = window.context.selected_event_id  # type: ignore[union-attr]
    assert event_id
    number = view.timeline.model.number_of_event(event_id)
    _press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.contributions.capture.event_label.text() == f"→ bij gebeurtenis {number}"
    _type(qtbot, "Het signaal kwam niet bij de huisarts")
    _press(qtbot, Qt.Key.Key_Return)

    new = [c for c in list_contributions(case) if c.id not in before]
    assert [(c.text, c.kind, c.step_id, c.event_id) for c in new] == [
        ("Niemand had na de weigering de regie", ContributionKind.CONCERN, phase, None),
        ("Het signaal kwam niet bij de huisarts", ContributionKind.CONCERN, phase, event_id)]
    shown = view.contributions.list
    row = shown.model().row_of(new[1].id)
    assert shown.model().index(row, 0).data(EVENT_NUMBER_ROLE) == number  # the item says "gebeurtenis N"

    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next phase
    steps = [s.id for s in list_steps(case)]
    assert window.context.current_phase_id == steps[steps.index(phase) + 1]  # type: ignore[union-attr]
    assert view.phase_panel.title_label.text().startswith(f"Fase {steps.index(phase) + 2} van")


def test_ctrl_k_links_the_selected_contribution_to_a_new_conclusion(qtbot, laptop_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window, view = laptop_window, laptop_window.case_view
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, Qt.Key.Key_F6)  # timeline
    _press(qtbot, Qt.Key.Key_F6)  # contributions
    assert QApplication.focusWidget() is view.contributions.list
    _press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    chosen = view.contributions.model.item(view.contributions.list.currentIndex().row())
    _press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = view.contributions.conclusion_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.contribution_list.checked_ids() == [chosen.id]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.text_edit
    _type(qtbot, "Bij een weigering ligt de regie nergens")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    qtbot.waitUntil(lambda: not dialog.isVisible())
    linked = [v for v in list_conclusions(window.context.case) if v.conclusion.text.startswith("Bij een weigering")]  # type: ignore[union-attr]
    assert len(linked) == 1 and linked[0].contribution_ids == [chosen.id]


def test_a_1280_projector_screen_is_never_too_narrow(laptop_window: MainWindow) -> None:
    laptop_window.resize(1280, 720)
    for tab in (OPENING_TAB, SESSION_TAB, CLOSING_TAB):
        laptop_window.case_view.tabs.setCurrentIndex(tab)  # type: ignore[union-attr]
        QApplication.processEvents()
        assert (tab, laptop_window.width()) == (tab, 1280)


def test_on_a_laptop_the_agreement_form_scrolls_instead_of_squeezing_its_fields(laptop_window: MainWindow) -> None:
    """Conclusions and agreements need more height than 768 pixels give: each pane scrolls, no field overlaps."""
    view = laptop_window.case_view
    assert view is not None
    view.tabs.setCurrentIndex(CLOSING_TAB)
    QApplication.processEvents()
    form = view.agreements.form
    fields = [w for w in form.findChildren(QWidget) if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox))
              and w.isVisibleTo(form) and w.parentWidget() is not None and not isinstance(w.parentWidget(),
                                                                                        (QComboBox, QAbstractSpinBox))]
    assert len(fields) >= 4
    boxes = [(w.objectName() or type(w).__name__, w.geometry().translated(w.parentWidget().mapTo(form, w.pos())
                                                                          - w.pos())) for w in fields]
    for i, (name_a, a) in enumerate(boxes):
        assert a.height() >= 20, f"{name_a} squeezed to {a.height()} px"
        for name_b, b in boxes[i + 1:]:
            assert not a.intersects(b), f"{name_a} overlaps {name_b}"
