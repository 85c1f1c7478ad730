"""A small case for the consent-round tests: two organisations, a family, a goal and a conclusion."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.conclusions import add_conclusion
from casereview.session.parties import add_participant, add_party
from casereview.session.procedure import update_case_details
from casereview.timeline.events import add_event
from casereview.vocabulary import PartyCategory

TODAY = date(2026, 11, 23)


def build_small_case(path: Path, title: str = "Review gezin Mol") -> CaseFile:
    case = create_case(path, title)
    update_case_details(case, incident="Een kind van zes raakte in juli gewond.",
                        goal="Leren hoe signalen eerder gebundeld worden.",
                        questions="Hoe werden signalen gedeeld?\nWat ging goed?",
                        review_date=date(2026, 11, 2), followup_date=date(2027, 3, 1))
    school = add_party(case, "Basisschool De Regenboog", PartyCategory.ORGANISATION)
    team = add_party(case, "Wijkteam Oost", PartyCategory.PROFESSIONAL)
    add_participant(case, "Ineke Bos", "intern begeleider", school.id)
    add_participant(case, "Ahmed El Amrani", "wijkcoach", team.id)
    add_event(case, date_text="02-09-2019", description="De leerkracht belt het wijkteam.", party_id=school.id)
    add_conclusion(case, "Signalen lagen verspreid en zijn niet gebundeld.")
    return case


def comment_on(source: Path, target: Path, comments: list[tuple[int, str, str]]) -> None:
    """Write Word comments with python-docx on numbered paragraphs: (number, author, text)."""
    doc = docx.Document(str(source))
    for number, author, text in comments:
        paragraph = next(p for p in doc.paragraphs if p.text.startswith(f"[{number}] "))
        doc.add_comment(paragraph.runs, text=text, author=author, initials=author[:2])
    doc.save(str(target))


def libreoffice_resave(source: Path, folder: Path) -> Path:
    """Let LibreOffice open and save the document as .docx again, as a reader using it would."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    subprocess.run([shutil.which("libreoffice") or "libreoffice", f"-env:UserInstallation=file://{profile}",
                    "--headless", "--convert-to", "docx", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=240)
    return folder / source.name
