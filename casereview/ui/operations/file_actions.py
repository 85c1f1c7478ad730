"""Opening a case the way a person expects, and the file menu's safety actions.

Asks for a passphrase when a file is encrypted, offers to take over a case
someone on another computer left open, and explains a read-only case. Also
"Kopie opslaan als" (SQLite backup, safe while open) and "Versleutelen".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from casereview.casefile.case_file import CaseFile, open_case
from casereview.casefile.encryption import decrypt_case, encrypt_case
from casereview.casefile.save_copy import save_copy_as
from casereview.model import EXTENSION
from casereview.model.errors import PassphraseRequired, WrongPassphrase
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import is_expected
from casereview.ui.operations.runner import Outcome, run_long

FILE_FILTER = f"casereview-dossier (*{EXTENSION})"
MAX_PASSPHRASE_TRIES = 3


def with_extension(chosen: str) -> Path:
    """What a save dialog returned, with ``.casereview`` added when the user left it off."""
    return Path(chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION)


def ask_passphrase(parent: QWidget, path: Path, *, again: bool = False) -> str | None:
    prompt = parent.tr("Het dossier '{0}' is versleuteld. Wachtwoord:").format(path.name)
    if again:
        prompt = parent.tr("Dat wachtwoord klopt niet. Probeer het opnieuw.") + "\n\n" + prompt
    text, ok = QInputDialog.getText(parent, parent.tr("Versleuteld dossier"), prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


OPEN_DIALOG_AFTER_MS = 400  # opening is usually quick; a migration with its backup, or a slow share, is not


def open_in_background(parent: QWidget, path: Path, *, quiet: bool = True, **options: Any) -> Outcome[CaseFile]:
    """``open_case`` in a worker thread (a migration makes a backup first; a share can be slow), the window
    painting meanwhile and a progress dialog once it takes a moment. Shows no failure unless ``quiet`` is False."""
    return run_long(lambda _progress: open_case(path, **options), parent=parent, title=parent.tr("Dossier openen"),
                    label=parent.tr("{0} wordt geopend…").format(path.name), quiet=quiet,
                    show_after_ms=OPEN_DIALOG_AFTER_MS)


def open_interactively(parent: QWidget, path: Path) -> CaseFile | None:
    """Open a case, asking what only the user can decide; None when it was not opened."""
    passphrase: str | None = None
    wrong = False
    for _try in range(MAX_PASSPHRASE_TRIES + 1):
        opened = open_in_background(parent, path, passphrase=passphrase, damaged_read_only=True)
        if isinstance(opened.error, PassphraseRequired | WrongPassphrase):
            wrong = wrong or isinstance(opened.error, WrongPassphrase)
            passphrase = ask_passphrase(parent, path, again=wrong)
            if passphrase is None:
                return None
            continue
        if not opened.ok or opened.value is None:
            if opened.error is None or is_expected(opened.error):  # an unexpected one has its own dialog
                QMessageBox.warning(parent, parent.tr("Dossier openen"), opened.message)
            return None
        return _maybe_take_over(parent, opened.value, passphrase)
    QMessageBox.warning(parent, parent.tr("Dossier openen"),
                        parent.tr("Het dossier is niet geopend: het wachtwoord is te vaak onjuist ingevoerd."))
    return None


def _maybe_take_over(parent: QWidget, case: CaseFile, passphrase: str | None) -> CaseFile | None:
    """A lock from another computer may be stale (a laptop that went to sleep): let the user decide.

    None when even opening it read-only failed (the message was shown)."""
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
    taken = open_in_background(parent, path, quiet=False, passphrase=passphrase, take_over=True)
    if taken.ok and taken.value is not None:
        return taken.value
    return open_in_background(parent, path, quiet=False, passphrase=passphrase, read_only=True).value


def save_copy(parent: QWidget, context: CaseContext) -> Path | None:
    """Kopie opslaan als: the SQLite backup runs in a worker thread while the window keeps painting."""
    case = context.case
    suggested = str(case.path.with_name(case.path.stem + " (kopie)" + EXTENSION))
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Kopie opslaan als"), suggested, FILE_FILTER)
    if not chosen:
        return None
    target = with_extension(chosen)
    outcome = run_long(lambda _progress: save_copy_as(case, target, overwrite=target.exists()), parent=parent,
                       title=parent.tr("Kopie opslaan"), label=parent.tr("Kopie maken…"), context=context)
    return outcome.value if outcome.ok else None


def toggle_encryption(parent: QWidget, context: CaseContext) -> bool:
    """Encrypt a plain case or remove the encryption (in a worker thread); True when it changed."""
    case = context.case
    title = parent.tr("Versleuteling")
    if case.encrypted:
        answer = QMessageBox.question(
            parent, parent.tr("Versleuteling verwijderen"),
            parent.tr("Wilt u de versleuteling van dit dossier verwijderen? Iedereen met toegang tot het "
                      "bestand kan het dan lezen."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return run_long(lambda _progress: decrypt_case(case), parent=parent, title=title,
                        label=parent.tr("Versleuteling verwijderen…"), context=context).ok
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
    return run_long(lambda _progress: encrypt_case(case, first), parent=parent, title=title,
                    label=parent.tr("Dossier versleutelen…"), context=context).ok
