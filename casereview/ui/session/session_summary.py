"""The screen a closed session ends on, big enough for the group to read on the projector:
what was concluded, who does what by when, and the next dates."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from casereview.findings.agreements import list_agreements
from casereview.findings.conclusions import list_conclusions
from casereview.session.parties import list_parties
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import AgreementKind

SUMMARY_SCALE = 1.4  # read from the back of the room


def _date(value: object) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""  # type: ignore[attr-defined]


class SessionSummaryDialog(QDialog):
    """What the session concluded and agreed, shown when it closes (and on request afterwards)."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSummaryDialog")
        self.setWindowTitle(self.tr("Samenvatting van de sessie"))
        self.context = context
        self.text = QTextBrowser(objectName="sessionSummaryText")
        self.text.setAccessibleName(self.tr("Samenvatting van de sessie"))
        self.text.setOpenLinks(False)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * SUMMARY_SCALE)
        self.text.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setHtml(self.summary_html())
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() - 80), min(720, screen.height() - 80))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def summary_html(self) -> str:
        """The summary as HTML; every text is translated outside the f-strings, where lupdate can see it."""
        case = self.context.case.case()
        parties = {p.id: p.name for p in list_parties(self.context.case)}
        title = self.tr("Sessie afgesloten: {0}").format(case.title)
        concluded, no_conclusions = self.tr("Wat we concluderen"), self.tr("Geen conclusies vastgelegd.")
        who_what, no_owner = self.tr("Wie doet wat, wanneer"), self.tr("(geen eigenaar)")
        no_agreements = self.tr("Geen verbeterafspraken: er hoeft niets te veranderen.")
        next_dates, not_planned = self.tr("Volgende datums"), self.tr("nog niet gepland")
        parts = [f"<h2>{escape(title)}</h2>"]
        conclusions = list_conclusions(self.context.case)
        parts.append(f"<h3>{escape(concluded)}</h3>")
        if conclusions:
            items = "".join(f"<li>{escape(view.conclusion.text)}</li>" for view in conclusions)
            parts.append(f"<ol>{items}</ol>")
        else:
            parts.append(f"<p>{escape(no_conclusions)}</p>")
        agreements = [a for a in list_agreements(self.context.case) if a.kind != AgreementKind.NO_MEASURE]
        parts.append(f"<h3>{escape(who_what)}</h3>")
        if agreements:
            rows = []
            for item in agreements:
                owner = " — ".join(x for x in (parties.get(item.owner_party_id or -1, ""), item.owner_person) if x)
                rows.append(f"<tr><td>{escape(owner or no_owner)}</td>"
                            f"<td>{escape(item.action)}</td><td>{escape(_date(item.due_date))}</td></tr>")
            header = "".join(f"<th align='left'>{escape(h)}</th>"
                             for h in (self.tr("Wie"), self.tr("Wat"), self.tr("Uiterlijk")))
            parts.append(f"<table cellpadding='4' width='100%'><tr>{header}</tr>{''.join(rows)}</table>")
        else:
            parts.append(f"<p>{escape(no_agreements)}</p>")
        parts.append(f"<h3>{escape(next_dates)}</h3>")
        dates = [(self.tr("Vervolgbijeenkomst over de afspraken"), case.followup_date),
                 (self.tr("Terugkommoment (tweede leermoment, ongeveer een jaar later)"), case.terugkommoment_date)]
        lines = "".join(f"<li>{escape(label)}: <b>{escape(_date(day) or not_planned)}</b></li>"
                        for label, day in dates)
        parts.append(f"<ul>{lines}</ul>")
        return "".join(parts)

    def plain_text(self) -> str:
        return self.text.toPlainText()
