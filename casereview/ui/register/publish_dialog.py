"""Publishing the leerbrief: the preview of exactly what leaves, the chair's sign-off, then the write.

The register is the one configured in the settings (or typed here). It is
contacted only when the chair presses a button in this dialog: to read the
next version number, to publish, or to withdraw.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.model import CaseFileError
from casereview.register.service import (
    Publication,
    open_register,
    prepare_publication,
    publish_prepared,
    record_in_case,
    withdraw_lesson,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import describe
from casereview.ui.operations.background import Operation, run_in_background


class PublishDialog(QDialog):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPublishDialog")
        self.setWindowTitle(self.tr("Publiceren in het regioregister"))
        self.resize(720, 600)
        self.context = context
        self.publication: Publication | None = None
        self.task: Operation[object] | None = None
        self.register_edit = QLineEdit(str(settings.get("register_url") or ""), objectName="registerUrl")
        self.register_edit.setPlaceholderText(self.tr("Pad naar het registerbestand of postgresql+psycopg://…"))
        self.organisation_edit = QLineEdit(str(settings.get("register_organisation") or ""),
                                           objectName="registerOrganisation")
        self.organisation_edit.editingFinished.connect(self.refresh_preview)
        self.preview = QPlainTextEdit(objectName="registerPreview", readOnly=True)
        self.sign_off = QCheckBox(self.tr("Ik heb gecontroleerd wat het register ontvangt en geef het vrij"),
                                  objectName="registerSignOff")
        self.sign_off.toggled.connect(self._update_buttons)
        self.status = QLabel(objectName="registerStatus", wordWrap=True)
        self.publish_button = QPushButton(self.tr("Publiceren"), objectName="registerPublishButton")
        self.publish_button.clicked.connect(self.publish)
        self.withdraw_button = QPushButton(self.tr("Intrekken…"), objectName="registerWithdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Register"), self.register_edit)
        form.addRow(self.tr("Organisatie"), self.organisation_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Dit verlaat uw organisatie (en niets anders):")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.sign_off)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Build the preview from the case (no connection): the version is settled when publishing."""
        self.sign_off.setChecked(False)
        try:
            self.publication = prepare_publication(self.context.case, self.organisation_edit.text() or "?")
        except CaseFileError as exc:
            self.publication = None
            self.preview.setPlainText(describe(exc))
        else:
            self.preview.setPlainText(self.publication.describe())
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        has_org = bool(self.organisation_edit.text().strip()) and bool(self.register_edit.text().strip())
        self.publish_button.setEnabled(idle and has_org and self.publication is not None
                                       and self.sign_off.isChecked())
        self.withdraw_button.setEnabled(idle and has_org)

    def _remember(self) -> tuple[str, str]:
        url, org = self.register_edit.text().strip(), self.organisation_edit.text().strip()
        values = settings.load()
        values["register_url"], values["register_organisation"] = url, org
        settings.save(values)
        return url, org

    def publish(self) -> None:
        if self.publication is None or not self.sign_off.isChecked():
            return
        url, org = self._remember()
        if org != self.publication.organisation:
            self.refresh_preview()
            return
        publication = self.publication

        def work() -> Publication:
            with open_register(url) as register:
                return publish_prepared(register, publication)

        self._run(work, self._published, self.tr("Bezig met publiceren…"))

    def _published(self, done: Publication) -> None:
        record_in_case(self.context.case, "publish", f"leerbrief versie {done.version} → regioregister")
        self.status.setText(self.tr("Gepubliceerd: versie {0} voor {1}.").format(done.version, done.organisation))
        self.sign_off.setChecked(False)

    def withdraw(self) -> None:
        url, org = self._remember()
        uuid = self.context.case.case().uuid

        def work() -> int:
            with open_register(url) as register:
                return withdraw_lesson(register, uuid, org)

        self._run(work, self._withdrawn, self.tr("Bezig met intrekken…"))

    def _withdrawn(self, version: int) -> None:
        record_in_case(self.context.case, "withdraw", f"leerbrief ingetrokken (versie {version})")
        self.status.setText(self.tr("Ingetrokken (versie {0}); eerdere versies blijven als geschiedenis bewaard.")
                            .format(version))

    def _run(self, work, on_done, busy: str) -> None:
        """The register may be a share or a server that takes seconds to answer: off the GUI thread."""
        self.status.setText(busy)

        def done(result: object) -> None:
            on_done(result)
            self._finished(result)

        self.task = run_in_background(lambda _progress: work(), title=self.windowTitle(), on_done=done,
                                      on_failed=self._failed, owner=self)
        self._update_buttons()

    def _finished(self, _result: object) -> None:
        self.task = None
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.task = None
        self.status.setText(message)
        self._update_buttons()
