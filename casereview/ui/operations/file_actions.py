"""Opening a case the way a person expects, and the file menu's safety actions.

Asks for a passphrase when a file is encrypted, offers to take over a case
someone on another computer left open, and explains a read-only case. Also
"Kopie opslaan als" (SQLite backup, safe while open) and "Versleutelen".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from casereview.casefile.save_copy import save_copy_as
from casereview.casefile.case_file import CaseFile, open_case
from casereview.casefile.encryption import decrypt_case, encrypt_case
from casereview.model import CaseFileError
from casereview.model.errors import PassphraseRequired, WrongPassphrase

FILE_FILTER = "casereview-dossier (*.casereview)"
MAX_PASSPHRASE_TRIES = 3


def ask_passphrase(parent: QWidget, path: Path, *, again: bool = False) -> str | None:
    prompt = parent.tr("Het dossier '{0}' is versleuteld. Wachtwoord:").format(path.name)
    if again:
        prompt = parent.tr("Dat wachtwoord klopt niet. Probeer het opnieuw.") + "\n\n" + prompt
    text, ok = QInputDialog.getText(parent, parent.tr("Versleuteld dossier"), prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_interactively(parent: QWidget, path: Path) -> CaseFile | None:
    """Open a case, asking what only the user can decide; None when it was not opened."""
    passphrase: str | None = None
    wrong = False
    for _attempt in range(MAX_PASSPHRASE_TRIES + 1):
        try:
            case = open_case(path, passphrase=passphrase, damaged_read_only=True)
        except PassphraseRequired:
            passphrase = ask_passphrase(parent, path, again=wrong)
            if passphrase is None:
                return None
            continue
        except WrongPassphrase:
            wrong = True
            passphrase = ask_passphrase(parent, path, again=True)
            if passphrase is None:
                return None
            continue
        except CaseFileError as exc:
            QMessageBox.warning(parent, parent.tr("Dossier openen"), str(exc))
            return None
        return _maybe_take_over(parent, case, passphrase)
    QMessageBox.warning(parent, parent.tr("Dossier openen"),
                        parent.tr("Het dossier is niet geopend: het wachtwoord is te vaak onjuist ingevoerd."))
    return None


def _maybe_take_over(parent: QWidget, case: CaseFile, passphrase: str | None) -> CaseFile:
    """A lock from another computer may be stale (a laptop that went to sleep): let the user decide."""
    info = case.lock_info
    if info is None or info.on_this_machine:
        return case
    answer = QMessageBox.question(
        parent, parent.tr("Dossier is in gebruik"),
        parent.tr("{0}.\n\nAls die persoon het dossier niet meer gebruikt (bijvoorbeeld omdat de laptop "
                  "is uitgevallen), kunt u het overnemen. Werkt die persoon er nog in, open het dan "
                  "alleen-lezen.\n\nWilt u het dossier overnemen?").format(info.describe()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return case
    path = case.path
    case.close()
    try:
        return open_case(path, passphrase=passphrase, take_over=True)
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Dossier openen"), str(exc))
        return open_case(path, passphrase=passphrase, read_only=True)


def save_copy(parent: QWidget, case: CaseFile) -> Path | None:
    suggested = str(case.path.with_name(case.path.stem + " (kopie).casereview"))
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Kopie opslaan als"), suggested, FILE_FILTER)
    if not chosen:
        return None
    target = Path(chosen if chosen.endswith(".casereview") else chosen + ".casereview")
    try:
        return save_copy_as(case, target, overwrite=target.exists())
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Kopie opslaan"), str(exc))
        return None


def toggle_encryption(parent: QWidget, case: CaseFile) -> bool:
    """Encrypt a plain case or remove the encryption; True when it changed."""
    try:
        if case.encrypted:
            answer = QMessageBox.question(
                parent, parent.tr("Versleuteling verwijderen"),
                parent.tr("Wilt u de versleuteling van dit dossier verwijderen? Iedereen met toegang tot het "
                          "bestand kan het dan lezen."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            decrypt_case(case)
            return True
        first, ok = QInputDialog.getText(
            parent, parent.tr("Versleutel dit dossier"),
            parent.tr("Kies een wachtwoord (minstens 8 tekens). Bewaar het goed: zonder wachtwoord kan "
                      "niemand het dossier nog openen, ook wij niet."), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        second, ok = QInputDialog.getText(parent, parent.tr("Versleutel dit dossier"),
                                          parent.tr("Herhaal het wachtwoord:"), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if first != second:
            QMessageBox.warning(parent, parent.tr("Versleutel dit dossier"),
                                parent.tr("De twee wachtwoorden zijn niet gelijk; er is niets veranderd."))
            return False
        encrypt_case(case, first)
        return True
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Versleuteling"), str(exc))
        return False
