"""Asked before a name typed in the capture bar becomes a new party: was an existing one meant?

A slip such as "Wijkteem" would otherwise silently add a party to the chart, the owner
lists and the concept files. The nearest existing names come first; Enter picks the first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class NewPartyDialog(QDialog):
    """``chosen`` is the existing name picked, or the typed name when the chair adds it as new."""

    def __init__(self, typed: str, nearest: list[str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPartyDialog")
        self.setWindowTitle(self.tr("Nieuwe partij?"))
        self.typed = typed
        self.chosen = ""
        question = (self.tr("'{0}' is nog geen partij. Bedoelt u een van deze?").format(typed) if nearest
                    else self.tr("'{0}' is nog geen partij. Als nieuwe partij toevoegen?").format(typed))
        self.question = QLabel(question, objectName="newPartyQuestion")
        self.question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        self.near_buttons: list[QPushButton] = []
        for number, name in enumerate(nearest, start=1):
            button = QPushButton(name, objectName=f"nearPartyButton{number}")
            button.setAccessibleName(self.tr("Bedoeld: {0}").format(name))
            button.clicked.connect(lambda _checked=False, n=name: self._choose(n))
            layout.addWidget(button)
            self.near_buttons.append(button)
        buttons = QDialogButtonBox()
        self.new_button = buttons.addButton(self.tr("Nieuwe partij '{0}' toevoegen").format(typed),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button.setObjectName("addNewPartyButton")
        self.new_button.clicked.connect(lambda: self._choose(typed))
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelNewPartyButton")
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.near_buttons[0] if self.near_buttons else self.new_button).setDefault(True)

    def _choose(self, name: str) -> None:
        self.chosen = name
        self.accept()
