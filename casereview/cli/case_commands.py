"""Commands on one case file: ``new``, ``import``, ``export``, ``info`` and ``pseudonyms``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casereview.cli.common import (
    EXIT_OK,
    add_passphrase_option,
    case_path,
    open_case_from_args,
    parse_map,
    required_passphrase,
)
from casereview.model import CaseFileError
from casereview.model.errors import PassphraseRequired


def cmd_new(args: argparse.Namespace) -> int:
    from casereview.casefile.case_file import create_case

    with create_case(case_path(args.path), args.title):
        pass
    print(f"Nieuw dossier aangemaakt: {args.path}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from casereview.reports.summary import summarise

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
        }
        for key, label in labels.items():
            print(f"{label + ':':<20} {summary[key]}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from casereview.timeline.importing.importer import import_timeline

    mapping = parse_map(args.map or [])
    with open_case_from_args(args, read_only=False) as case:
        if case.read_only:
            raise CaseFileError(f"Het dossier '{Path(args.path).name}' is alleen-lezen geopend; er is niets geïmporteerd.")
        report = import_timeline(case, Path(args.timeline), dry_run=args.dry_run, party=args.party,
                                 mapping=mapping or None, sheet=args.sheet, table=args.table)
    print(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    with open_case_from_args(args, read_only=True) as case:
        if args.kind == "afspraken":
            from casereview.reports.agreements_sheet import export_agreements

            export_agreements(case, out)
        elif args.kind == "leerbrief":
            from casereview.reports.leerbrief import export_leerbrief

            export_leerbrief(case, out, file_format=args.format)
        else:
            from casereview.reports.documents import export_document

            export_document(case, out, kind=args.kind, party=args.party, pseudonymise=args.pseudonymise,
                            file_format=args.format)
    print(f"Geschreven: {out}")
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
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="importeer een tijdlijn (CSV, Excel of Word)")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("timeline")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou gebeuren, schrijf niets")
    p.add_argument("--map", action="append", metavar="KOP=VELD",
                   help="koppel een kolomkop aan date, time, party, description of source")
    p.add_argument("--sheet", help="naam van het Excel-werkblad")
    p.add_argument("--table", type=int, help="nummer van de tabel in een Word-document (vanaf 1)")
    p.add_argument("--party", help="partij voor alle regels van dit bestand")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="schrijf een verslag of andere export")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--kind", default="verslag", choices=["verslag", "voorbereiding", "voortgang", "afspraken", "leerbrief"])
    p.add_argument("--party", help="alleen voor deze partij (voorbereiding)")
    p.add_argument("--format", choices=["docx", "pdf", "odt"],
                   help="bestandsformaat (standaard: volgens de extensie van -o, anders docx); "
                        "pdf en odt via LibreOffice")
    p.add_argument("--pseudonymise", action="store_true", help="vervang echte namen door pseudoniemen")
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
