"""Every text of a case that can reach a document, with the place a chair would look for it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import SQLModel, select

from casereview.casefile.case_file import CaseFile
from casereview.model import tables


@dataclass(frozen=True)
class Place:
    """Where a text lives: ``label`` for people ("gebeurtenis 12, omschrijving")."""

    label: str
    text: str


# (table, the chair's word for one row, the text fields with their Dutch name). Tables by name: several
# are mapped only when first used (casereview.model.tables), and loading this module must not map them.
_SOURCES: list[tuple[str, str, dict[str, str]]] = [
    ("Case", "review", {"title": "titel", "incident": "aanleiding", "goal": "doel", "questions": "onderzoeksvragen"}),
    ("TimelineEvent", "gebeurtenis", {"description": "omschrijving", "source": "bron"}),
    ("EventPart", "deel van gebeurtenis", {"description": "omschrijving", "source": "bron"}),
    ("Party", "partij", {"name": "naam", "contact_person": "contactpersoon"}),
    ("Participant", "deelnemer", {"name": "naam", "role": "rol"}),
    ("Contribution", "bijdrage", {"text": "tekst"}),
    ("Conclusion", "conclusie", {"text": "tekst", "no_change_reason": "reden"}),
    ("Agreement", "afspraak", {"action": "actie", "owner_person": "eigenaar", "success_check": "succescriterium",
                             "kind_reason": "toelichting", "status_reason": "reden", "programme": "werkwijze"}),
    ("ProgressNote", "voortgang", {"text": "tekst"}),
    ("EffectCheck", "effectmeting", {"note": "toelichting"}),
    ("FollowUpDecision", "besluit", {"reason": "reden"}),
    ("Step", "fase", {"notes": "aantekeningen"}),
    ("GroundRule", "spelregel", {"text": "tekst"}),
    ("PreparationQuestion", "voorbereidingsvraag", {"text": "tekst"}),
    ("FamilyQuestion", "vraag van de familie", {"text": "vraag", "answer": "antwoord"}),
    ("Reaction", "reactie", {"text": "tekst", "author": "auteur"}),
    ("Leerbrief", "leerbrief", {"target_group": "doelgroep", "circumstances": "omstandigheden", "story": "verhaal",
                              "mechanisms": "mechanismen", "went_well": "wat goed ging", "lessons": "lessen"}),
]


def case_texts(case: CaseFile) -> list[Place]:
    """The texts in a stable order; empty texts are left out."""
    places: list[Place] = []
    with case.read() as s:
        for name, noun, fields in _SOURCES:
            table: type[SQLModel] = getattr(tables, name)
            rows = s.exec(select(table)).all()
            for row in rows:
                ident = getattr(row, "id", None)
                where = noun if name in ("Case", "Leerbrief") else f"{noun} {ident}"
                for field, label in fields.items():
                    value = getattr(row, field, None)
                    if isinstance(value, str) and value.strip():
                        places.append(Place(f"{where}, {label}", value))
    return places
