"""Agreements for owners outside casereview: ``update-agreements``, and the afsprakenlijst and kalender exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from casereview.cli.common import EXIT_OK, add_passphrase_option, open_case_from_args, search_names_first
from casereview.model import CaseFileError

EXPORT_KINDS = ("afsprakenlijst", "kalender")


def export_for_owners(args: argparse.Namespace) -> Path:
    """The two export kinds of this module; called by ``export``."""
    out = Path(args.output)
    with open_case_from_args(args, read_only=False) as case:  # a changed case is searched for names first
        search_names_first(case)
        if args.kind == "afsprakenlijst":
            from casereview.reports.afsprakenlijst import export_afsprakenlijst

            if not args.party:
                raise CaseFileError(code="cli.sheet_needs_party")
            export_afsprakenlijst(case, out, args.party)
        else:
            from casereview.reports.kalender import export_calendar

            export_calendar(case, out)
    return out


def cmd_update_agreements(args: argparse.Namespace) -> int:
    from casereview.findings.agreement_sheet_import import apply_sheet, read_sheet

    sheet = Path(args.file)
    with open_case_from_args(args, read_only=args.dry_run) as case:
        if not args.dry_run and case.read_only:
            raise CaseFileError(code="cli.read_only_nothing_changed", name=Path(args.path).name)
        plan = read_sheet(case, sheet)
        for line in plan.summary_lines():
            print(line)
        if not plan.changes:
            print("Geen wijzigingen.")
        elif args.dry_run:
            would = "1 wijziging zou" if len(plan.changes) == 1 else f"{len(plan.changes)} wijzigingen zouden"
            print(f"Proefdraai: {would} worden overgenomen; er is niets gewijzigd.")
        else:
            apply_sheet(case, plan, sheet.name)
            print(f"{_count(len(plan.changes), 'wijziging', 'wijzigingen')} overgenomen uit {sheet.name}.")
        if plan.conflicts:
            print(f"{_count(len(plan.conflicts), 'conflict', 'conflicten')} niet overgenomen; bespreek ze met de "
                  "eigenaar.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("update-agreements", help="lees een ingevulde afsprakenlijst terug in het dossier")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("file", help="de ingevulde afsprakenlijst (.xlsx)")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou veranderen, schrijf niets")
    p.set_defaults(func=cmd_update_agreements)


def _count(n: int, one: str, other: str) -> str:
    """"1 wijziging", "3 wijzigingen": the command line speaks Dutch, with its singular."""
    return f"{n} {one if n == 1 else other}"
