"""Counts and version of a case file, for ``casereview info`` and the start screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import func, select

from casereview.casefile.case_file import open_case
from casereview.findings.agreements import overdue_agreements
from casereview.model.tables import Agreement, Conclusion, Contribution, Participant, Party, TimelineEvent


def summarise(path: Path | str, *, passphrase: str | None = None) -> dict[str, Any]:
    with open_case(path, read_only=True, passphrase=passphrase) as case:
        with case.read() as s:
            counts = {
                name: int(s.exec(select(func.count()).select_from(model)).one())
                for name, model in (
                    ("events", TimelineEvent), ("parties", Party), ("participants", Participant),
                    ("contributions", Contribution), ("conclusions", Conclusion), ("agreements", Agreement),
                )
            }
        return {
            "schema_version": case.store.schema_version,
            "title": case.case().title,
            **counts,
            "overdue_agreements": len(overdue_agreements(case)),
        }
