"""Counts and version of a case file, for ``casereview info`` and the start screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile, open_case
from casereview.findings.agreements import overdue_agreements
from casereview.model.tables import (
    Agreement,
    Conclusion,
    Contribution,
    EffectCheck,
    Participant,
    Party,
    TimelineEvent,
)
from casereview.vocabulary import AgreementLevel


def summarise(path: Path | str, *, passphrase: str | None = None) -> dict[str, Any]:
    with open_case(path, read_only=True, passphrase=passphrase) as case:
        with case.read() as s:
            counts = {
                name: int(s.exec(select(func.count()).select_from(model)).one())
                for name, model in (
                    ("events", TimelineEvent), ("parties", Party), ("participants", Participant),
                    ("contributions", Contribution), ("conclusions", Conclusion), ("agreements", Agreement),
                    ("effect_checks", EffectCheck),
                )
            }
            levels = dict(s.exec(select(Agreement.level, func.count()).group_by(Agreement.level)).all())
        per_level = {str(level): int(levels.get(str(level), 0)) for level in AgreementLevel}
        per_level["none"] = int(levels.get(None, 0))
        return {
            "schema_version": case.store.schema_version,
            "title": case.case().title,
            "uuid": case.case().uuid,
            "exercise": bool(case.case().exercise),
            **counts,
            "overdue_agreements": len(overdue_agreements(case)),
            "agreements_per_level": per_level,
            **after_meeting_summary(case),
        }


def after_meeting_summary(case: CaseFile) -> dict[str, Any]:
    """The consent round and the evaluation: reaction count, draft versions, evaluations in aggregate."""
    from casereview.consent.drafts import version_summaries
    from casereview.consent.reactions import count_reactions
    from casereview.session.evaluation import summarise_evaluations
    from casereview.session.family import list_family_questions

    questions = list_family_questions(case)
    return {
        "reactions": count_reactions(case),
        "draft_versions": version_summaries(case),
        "evaluations": summarise_evaluations(case).as_json(),
        "family_questions": {"total": len(questions), "unanswered": sum(1 for q in questions if not q.answer.strip())},
    }
