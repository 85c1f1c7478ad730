"""Commands on one case file: ``new``, ``export``, ``info`` and ``pseudonyms`` (``import`` is in :mod:`.timeline`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casereview.cli import agreements
from casereview.cli.common import (
    EXIT_OK,
    add_passphrase_option,
    case_path,
    open_case_from_args,
    required_passphrase,
    search_names_first,
)
from casereview.model import CaseFileError
from casereview.model.errors import PassphraseRequired


def cmd_new(args: argparse.Namespace) -> int:
    from casereview.casefile.case_file import create_case
    from casereview.session.procedure import update_case_details

    with create_case(case_path(args.path), args.title) as case:
        if args.oefening:
            update_case_details(case, exercise=True)
    print(f"Nieuw {'oefendossier' if args.oefening else 'dossier'} aangemaakt: {args.path}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from casereview.reports.case_counts import summarise

    try:
        summary = summarise(args.path)
    except PassphraseRequired:
        summary = summarise(args.path, passphrase=required_passphrase(args))
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        labels = {
            "title": "Titel", "schema_version": "Dossierversie", "events": "Gebeurtenissen",
            "parties": "Partijen", "participants": "Deelnemers", "contributions": "Bijdragen",
            "conclusions": "Conclusies", "agreements": "Verbeterafspraken", "overdue_agreements": "Verlopen afspraken",
            "effect_checks": "Effectmetingen",
            "reactions": "Reacties op concept",
        }
        if summary["exercise"]:
            print("Oefendossier: telt niet mee in het overzicht over dossiers.")
        for key, label in labels.items():
            print(f"{label + ':':<20} {summary[key]}")
    return EXIT_OK


def _regional(args: argparse.Namespace, case: Any) -> list[dict[str, Any]] | None:
    """Lessons from the region's register for the preparation pack; only read when asked with --uit-de-regio."""
    if not args.uit_de_regio:
        return None
    if args.kind != "voorbereiding":
        raise CaseFileError(code="cli.regional_needs_preparation")
    from casereview import settings
    from casereview.register.lessons import case_theme_codes, regional_lessons

    url = args.register or str(settings.get("register_url") or "")
    if not url:
        raise CaseFileError(code="cli.no_register")
    found = regional_lessons(url, themes=case_theme_codes(case), leave_out_case=case.case().uuid)
    return [lesson.to_json() for lesson in found]


def cmd_export(args: argparse.Namespace) -> int:
    if args.kind == "concept":
        from casereview.cli.consent import export_concept_command

        return export_concept_command(args)
    out = Path(args.output)
    if args.kind in agreements.EXPORT_KINDS:
        agreements.export_for_owners(args)
        print(f"Geschreven: {out}")
        return EXIT_OK
    # Writable unless --named: a case whose texts changed is searched for names first, and the search is stored.
    with open_case_from_args(args, read_only=bool(args.named)) as case:
        if not args.named:
            search_names_first(case)
        if args.kind == "afspraken":
            from casereview.reports.agreements_sheet import export_agreements

            if args.named:
                raise CaseFileError(code="cli.named_not_for_sheet")
            export_agreements(case, out)
        elif args.kind == "leerbrief":
            from casereview.reports.leerbrief import export_leerbrief

            if args.named:
                raise CaseFileError(code="cli.named_not_for_leerbrief")

            export_leerbrief(case, out, file_format=args.format)
        else:
            from casereview.reports.documents import export_document

            export_document(case, out, kind=args.kind, party=args.party, named=args.named,
                            file_format=args.format, final=args.final, page_numbers=True,
                            regional_lessons=_regional(args, case))
        notes: list[str] = []
        measured = ""
        if args.kind == "samenvatting" and not args.named:
            from casereview.reports.family_summary_check import summary_language

            language = summary_language(case)
            notes, measured = language.notes, language.measure.summary()
    print(f"Geschreven: {out}")
    if measured:
        print(f"Taalniveau: {measured}.")
    for note in notes:
        print(f"Let op (B1): {note}")
    return EXIT_OK


def cmd_pseudonyms(args: argparse.Namespace) -> int:
    from casereview.privacy.pseudonyms import list_pseudonyms, parse_assignment, remove_pseudonym, set_pseudonym

    pairs = [parse_assignment(item) for item in args.set or []]
    with open_case_from_args(args, read_only=not (pairs or args.remove)) as case:
        for real, pseudo in pairs:
            set_pseudonym(case, real, pseudo)
        for real in args.remove or []:
            remove_pseudonym(case, real)
        if args.list or not (pairs or args.remove):
            for item in list_pseudonyms(case):
                print(f"{item.real_name} = {item.pseudonym}")
    return EXIT_OK



def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="maak een leeg dossier")
    p.add_argument("path")
    p.add_argument("--title", required=True)
    p.add_argument("--oefening", action="store_true",
                   help="een oefendossier (zoals het voorbeeld of een worst-case-oefening): telt niet mee in het "
                        "overzicht over dossiers")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("export", help="schrijf een verslag of andere export")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--kind", default="verslag",
                   choices=["verslag", "voorbereiding", "voortgang", "afspraken", *agreements.EXPORT_KINDS,
                            "concept", "evaluatieformulier", "samenvatting", "leerbrief"])
    p.add_argument("--party", help="alleen voor deze partij (voorbereiding, afsprakenlijst, concept)")
    p.add_argument("--format", choices=["docx", "pdf", "odt"],
                   help="bestandsformaat (standaard: volgens de extensie van -o, anders docx); "
                        "pdf en odt via LibreOffice")
    names = p.add_mutually_exclusive_group()
    names.add_argument("--pseudonymise", action="store_true",
                       help="vervang echte namen door pseudoniemen (dat gebeurt altijd, behalve met --named)")
    names.add_argument("--named", action="store_true",
                       help="intern document met de echte namen; de kop zegt 'Vertrouwelijk — bevat namen'")
    p.add_argument("--final", action="store_true",
                   help="het definitieve verslag, met de bijlage over de reacties op het concept")
    p.add_argument("--deadline", metavar="JJJJ-MM-DD", help="uiterste datum voor reacties (concept)")
    p.add_argument("--uit-de-regio", action="store_true", dest="uit_de_regio",
                   help="voorbereiding: neem vergelijkbare lessen uit het regionale register op (maakt verbinding "
                        "met het register)")
    p.add_argument("--register", help="het register voor --uit-de-regio (standaard dat uit de instellingen)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("info", help="versie en aantallen van een dossier")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("pseudonyms", help="lijst met echte namen en pseudoniemen")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--set", action="append", metavar="'Echte Naam=pseudoniem'")
    p.add_argument("--remove", action="append", metavar="'Echte Naam'")
    p.add_argument("--list", action="store_true")
    p.set_defaults(func=cmd_pseudonyms)
