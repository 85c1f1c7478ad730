"""Commands for the round after the meeting: ``reactions`` (and the concept export used by ``export``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casereview.cli.common import EXIT_OK, add_passphrase_option, open_case_from_args, search_names_first
from casereview.model import CaseFileError


def parse_deadline(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise CaseFileError(code="cli.bad_deadline", raw=raw) from exc


def export_concept_command(args: argparse.Namespace) -> int:
    """``export --kind concept``: freezes (or reuses) the draft version, so the case is opened for writing."""
    from casereview.reports.concept import export_concept

    if getattr(args, "named", False):
        raise CaseFileError(code="cli.named_not_for_concept")
    deadline = parse_deadline(getattr(args, "deadline", None))
    with open_case_from_args(args, read_only=False) as case:
        search_names_first(case)
        written = export_concept(case, Path(args.output), party=args.party, deadline=deadline, page_numbers=True)
    who = written.party or "alle organisaties"
    print(f"Geschreven: {written.path} (concept versie {written.version}, voor {who})")
    return EXIT_OK


def cmd_reactions(args: argparse.Namespace) -> int:
    from casereview.consent.reactions import read_reactions

    with open_case_from_args(args, read_only=args.dry_run) as case:
        if case.read_only and not args.dry_run:
            raise CaseFileError(code="cli.reactions_read_only", name=Path(args.path).name, read_only_reason=case.read_only_reason)
        report = read_reactions(case, Path(args.file), party=args.party, dry_run=args.dry_run)
    print(report.summary())
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reactions", help="lees de opmerkingen uit een teruggestuurd concept in")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("file", help="het teruggestuurde concept (.docx)")
    p.add_argument("--party", help="de organisatie van wie de reacties zijn (nodig bij een concept voor allen)")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou worden ingelezen, schrijf niets")
    p.set_defaults(func=cmd_reactions)
