"""How plain the family's summary is, for the chair: notes on what is not B1 and the measured figures."""

from __future__ import annotations

from dataclasses import dataclass

from casereview.casefile.case_file import CaseFile
from casereview.privacy.pseudonyms import list_pseudonyms
from casereview.reports.documents import build_document
from casereview.reports.plain_language import LanguageMeasure, measure_text, plain_language_notes
from casereview.reports.sections import load_context


@dataclass(frozen=True)
class SummaryLanguage:
    notes: list[str]
    measure: LanguageMeasure


def summary_language(case_file: CaseFile) -> SummaryLanguage:
    """Build the summary as it is sent (pseudonymised) and check it; names of parties and persons are not hard words."""
    builder = build_document(case_file, kind="samenvatting", pseudonymise=True)
    text = builder.body_text()
    ctx = load_context(case_file, pseudonymise=True, today=None)
    known = {word for party in ctx.parties.values() for word in ctx.p(party.name).split()}
    known |= {word for pair in list_pseudonyms(case_file) for word in pair.pseudonym.split()}
    return SummaryLanguage(plain_language_notes(text), measure_text(text, known=frozenset(known)))
