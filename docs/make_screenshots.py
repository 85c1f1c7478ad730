"""Take the screenshots for docs/handleiding.md from the real app, so the guide stays current.

    python docs/make_screenshots.py

Runs offscreen with a temporary user folder and writes ``docs/img/*.png`` at the
common laptop size 1366×768 and, for the main views, ``*-1920.png`` at 1920×1080;
``sessie-donker.png`` shows the session in the dark theme (Beeld → Donker thema).
It uses the demo case when this checkout has ``casereview/demo/demo_case.py``;
otherwise it builds a small fictional case through the services.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"
SIZE = (1366, 768)
LARGE = (1920, 1080)
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from casereview.casefile.case_file import CaseFile  # noqa: E402


def sample_case(path: Path) -> CaseFile:
    """A short fictional review: enough to show every part of the window."""
    from casereview.casefile.case_file import create_case
    from casereview.findings.agreements import add_agreement
    from casereview.findings.conclusions import add_conclusion
    from casereview.session.contributions import add_contribution
    from casereview.session.parties import add_participant, add_party
    from casereview.session.procedure import activate_step, list_steps, update_case_details
    from casereview.timeline.events import add_event
    from casereview.vocabulary import AgreementKind, ContributionKind, KeyMoment, PartyCategory

    case = create_case(path, "Review gezin Vermeulen")
    update_case_details(case, incident="Kind 1 (4 jaar) werd met letsel opgenomen; de zorgen waren bij "
                        "meerdere partijen bekend.", goal="Samen leren hoe signalen eerder bij elkaar komen.",
                        questions="Wanneer wisten partijen wat?\nWat hielp, wat hinderde de samenwerking?")
    parties = {name: add_party(case, name, category).id for name, category in (
        ("Wijkteam", PartyCategory.ORGANISATION), ("Huisarts", PartyCategory.PROFESSIONAL),
        ("Kinderdagverblijf", PartyCategory.ORGANISATION), ("Veilig Thuis", PartyCategory.ORGANISATION),
        ("GGZ volwassenen", PartyCategory.ORGANISATION), ("Gemeente", PartyCategory.MUNICIPALITY))}
    add_participant(case, "J. de Wit", "voorzitter", parties["Gemeente"])
    events = [
        ("2021", "Gezin verhuist naar de wijk; inschrijving bij de huisarts.", "Huisarts", KeyMoment.NONE),
        ("03-2022", "Moeder start behandeling bij de GGZ voor volwassenen.", "GGZ volwassenen", KeyMoment.NONE),
        ("14-06-2022", "Kinderdagverblijf ziet blauwe plekken en bespreekt dit met moeder.", "Kinderdagverblijf",
         KeyMoment.GOOD),
        ("20-06-2022", "Advies gevraagd bij Veilig Thuis; afgesproken dat het wijkteam contact legt.",
         "Veilig Thuis", KeyMoment.NONE),
        ("09-2022", "Wijkteam legt huisbezoek af; gezin wil geen hulp.", "Wijkteam", KeyMoment.CONCERN),
        ("11-01-2023", "GGZ sluit de behandeling van moeder af; geen overdracht.", "GGZ volwassenen",
         KeyMoment.CONCERN),
        ("02-02-2023", "Kind 1 wordt met letsel opgenomen.", "Huisarts", KeyMoment.NONE),
    ]
    ids = [add_event(case, date_text=d, description=text, party_id=parties[p], key_moment=k, source="feitenrelaas").id
           for d, text, p, k in events]
    steps = list_steps(case)
    activate_step(case, steps[3].id)
    said = (
        ("We hebben de blauwe plekken meteen besproken en vastgelegd.", "Kinderdagverblijf",
         ContributionKind.WENT_WELL),
        ("Na de weigering hebben we het gezin uit het oog verloren.", "Wijkteam", ContributionKind.CONCERN),
        ("Wij wisten niet dat er jonge kinderen in het gezin waren.", "GGZ volwassenen",
         ContributionKind.OBSERVATION),
        ("Wie had na de weigering de regie?", "Gemeente", ContributionKind.QUESTION),
    )
    for text, party, kind in said:
        add_contribution(case, text=text, party_id=parties[party], kind=kind, step_id=steps[3].id, event_id=ids[4])
    conclusion = add_conclusion(case, "Na een geweigerde hulpvraag lag de regie bij niemand.", event_ids=[ids[4]])
    add_conclusion(case, "Het kinderdagverblijf signaleerde vroeg en goed.", no_change=True,
                   no_change_reason="de werkwijze werkt; vasthouden")
    add_agreement(case, action="Bij een weigering plant het wijkteam binnen zes weken een tweede contact.",
                  owner_party_id=parties["Wijkteam"], owner_person="teamleider",
                  due_date=date.today() + timedelta(days=90),
                  success_check="Steekproef van tien weigeringen in het kwartaaloverleg",
                  kind=AgreementKind.IMPROVE_EXISTING, conclusion_id=conclusion.id)
    add_agreement(case, action="GGZ volwassenen vraagt bij intake naar kinderen in het gezin.",
                  owner_party_id=parties["GGZ volwassenen"], owner_person="zorgmanager",
                  due_date=date.today() - timedelta(days=14),
                  success_check="Vraag staat in het intakeformulier", kind=AgreementKind.IMPROVE_EXISTING)
    return case


def review_case(folder: Path) -> CaseFile:
    path = folder / "review.casereview"
    if (ROOT / "casereview" / "demo" / "demo_case.py").exists():
        return importlib.import_module("casereview.demo.demo_case").write_demo_case(path)
    return sample_case(path)


def save(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    target = IMG / f"{name}.png"
    widget.grab().save(str(target))
    print(f"wrote {target.relative_to(ROOT)}")
    return target


def with_dialog(make: Callable[[], QWidget], name: str) -> None:
    dialog = make()
    dialog.show()
    dialog.adjustSize()
    save(dialog, name)
    dialog.close()


def settings_dialog(parent: QWidget) -> QWidget:
    """The settings dialog with the folders a Windows user would see instead of the temporary ones."""
    from PySide6.QtWidgets import QLabel

    from casereview.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(parent=parent)
    dialog.cases_edit.setText("C:\\Users\\voorzitter\\Documents\\casereview")
    log_label = dialog.findChild(QLabel, "logFileLabel")
    if log_label is not None:
        log_label.setText("C:\\Users\\voorzitter\\AppData\\Local\\casereview\\Logs\\casereview.log")
    return dialog


def main_views(window: QWidget, suffix: str) -> None:
    """The session, the closing and the follow-up, as the chair sees them at one window size."""
    from casereview.ui.case_view import CLOSING_TAB, SESSION_TAB

    view = window.case_view  # type: ignore[attr-defined]
    assert view is not None
    view.tabs.setCurrentIndex(SESSION_TAB)
    view.timeline.table.selectRow(4)
    capture = view.contributions.capture
    capture.party_picker.setCurrentIndex(max(0, capture.party_picker.findText("Wijkteam")))
    capture.kind_picker.setCurrentIndex(2)
    capture.edit.setText("Het tweede contact is nooit gepland")
    capture.edit.setFocus()
    save(window, "sessie" + suffix)
    view.tabs.setCurrentIndex(CLOSING_TAB)
    save(window, "conclusies-en-afspraken" + suffix)
    window.show_follow_up()  # type: ignore[attr-defined]
    save(window, "opvolging" + suffix)
    view.tabs.setCurrentIndex(SESSION_TAB)


def main() -> int:
    IMG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEREVIEW_HOME"] = tmp
        from casereview.ui.app import application
        from casereview.ui.main_window import MainWindow
        from casereview.ui.operations.export_action import ExportDialog

        app = application()
        case = review_case(Path(tmp))
        case_path = case.path
        case.close()
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        save(window, "startscherm")

        window.open_path(case_path)
        for size, suffix in ((SIZE, ""), (LARGE, "-1920")):
            window.resize(*size)
            main_views(window, suffix)
        window.resize(*SIZE)
        window.set_dark_theme(True)
        save(window, "sessie-donker")
        window.set_dark_theme(False)
        with_dialog(lambda: ExportDialog(parent=window), "exporteren")
        with_dialog(lambda: settings_dialog(window), "instellingen")
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
