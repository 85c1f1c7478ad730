"""Asks before closing a session whose later phases the group never reached.

Closing is one click in a menu, in front of the room; once closed, the verslag says the group did
not get to those phases. So the chair confirms, and the default is to go on with the session.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CloseConfirmDialog(QDialog):
    """Names the phases not reached; accepted means: close anyway."""

    def __init__(self, unreached: list[str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeSessionConfirmDialog")
        self.setWindowTitle(self.tr("Sessie afsluiten?"))
        lines = [self.tr("%n fasen zijn nog niet aan bod geweest:", "", len(unreached))]
        lines += [f"• {title}" for title in unreached]
        lines.append(self.tr("Na het afsluiten staat in het verslag dat de groep daar niet aan toe is gekomen."))
        self.message = QLabel("\n".join(lines), objectName="closeSessionConfirmMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(self.tr("Doorgaan met de sessie"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("closeSessionConfirmBackButton")
        self.back_button.setDefault(True)
        self.close_button = buttons.addButton(self.tr("Toch afsluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("closeSessionConfirmCloseButton")
        self.close_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
