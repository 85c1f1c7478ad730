"""``casereview overview``: the quality officer's figures across case files, as text, JSON or an export."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from casereview.cli.common import EXIT_OK, DetectionProgress
from casereview.model import CaseFileError


def _iso_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{raw}' is geen datum in de vorm JJJJ-MM-DD") from None


def cmd_overview(args: argparse.Namespace) -> int:
    from casereview.overview.figures import overview_of

    export = Path(args.export) if args.export else None
    if export is not None and export.suffix.lower() not in (".xlsx", ".docx"):
        raise CaseFileError(code="cli.overview_bad_suffix", name=export.name)
    for raw in args.paths:
        if not Path(raw).exists():
            raise CaseFileError(code="cli.not_found", raw=raw)
    passphrase = sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else None
    overview = overview_of(args.paths, as_of=args.as_of, start=args.start, end=args.end, passphrase=passphrase)
    if export is not None:
        if export.suffix.lower() == ".xlsx":
            from casereview.reports.overview_matrix import export_matrix

            export_matrix(overview, export, progress=DetectionProgress("in de teksten van de dossiers"))
        else:
            from casereview.reports.jaaroverzicht import export_jaaroverzicht

            export_jaaroverzicht(overview, export, cite=args.cite,
                                 progress=DetectionProgress("in de teksten van de dossiers"))
    if args.json:
        print(json.dumps(overview.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_text(overview)
        if export is not None:
            print(f"Geschreven: {export}")
    return EXIT_OK


def _print_text(overview) -> None:
    figures = overview.to_json()
    a = figures["agreements"]
    print(f"{figures['cases']} dossiers; {a['total']} afspraken: {a['open']} open, {a['in_progress']} in uitvoering, "
          f"{a['done']} gereed, {a['not_done']} niet uitgevoerd; {a['overdue']} te laat op {figures['as_of']}.")
    e = a["effect"]
    print(f"Effect: {e['works']} werkt, {e['partly']} werkt deels, {e['not']} werkt niet, "
          f"{e['unmeasured']} nog niet gemeten.")
    if figures["exercises"]:
        count = figures["exercises"]
        print(f"{count} {'oefendossier' if count == 1 else 'oefendossiers'} niet meegeteld.")
    for theme in figures["themes"]:
        mark = " (terugkerend)" if theme["recurring"] else ""
        print(f"  {theme['cases']} dossiers, {theme['conclusions']} conclusies, {theme['agreements']} afspraken: "
              f"{theme['name']}{mark}")
    for item in figures["recurrence"]:
        print(f"  Terug na afronding: {item['theme']} — {item['later_case']}")
    for item in figures["skipped"]:
        print(f"Overgeslagen: {item['path']}: {item['reason']}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("overview", help="overzicht over dossiers heen (kwaliteitsmedewerker)")
    p.add_argument("paths", nargs="+", metavar="FOLDER_OR_FILE", help="mappen (met submappen) of dossiers")
    p.add_argument("--as-of", type=_iso_date, default=None, help="peildatum voor 'te laat' (standaard vandaag)")
    p.add_argument("--from", dest="start", type=_iso_date, default=None, help="alleen reviews vanaf deze datum")
    p.add_argument("--to", dest="end", type=_iso_date, default=None, help="alleen reviews tot en met deze datum")
    p.add_argument("--json", action="store_true", help="de cijfers als JSON")
    p.add_argument("--export", metavar="OUT", help="OUT.xlsx (alle afspraken) of OUT.docx (jaaroverzicht)")
    p.add_argument("--cite", choices=("titel", "nummer"), default="nummer",
                   help="dossiers in het jaaroverzicht noemen bij titel of bij een neutraal nummer")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="lees één wachtwoord voor versleutelde dossiers van de standaardinvoer")
    p.set_defaults(func=cmd_overview)
