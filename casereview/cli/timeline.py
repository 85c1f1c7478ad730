"""Timeline commands: ``import`` (a file into a case), ``merge`` (one timeline out of many parties') and
``responsibility`` (who held the child, period by period, and the gaps)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casereview.cli.common import EXIT_OK, add_passphrase_option, open_case_from_args, parse_map
from casereview.model import CaseFileError


def cmd_import(args: argparse.Namespace) -> int:
    from casereview.timeline.importing.importer import import_timeline

    if args.party is not None and args.zonder_partij:
        raise CaseFileError("Geef --party of --zonder-partij, niet allebei.")
    mapping = parse_map(args.map or [])
    with open_case_from_args(args, read_only=False) as case:
        if case.read_only:
            raise CaseFileError(f"Het dossier '{Path(args.path).name}' kan nu niet worden bewerkt: "
                                f"{case.read_only_reason} Er is niets geïmporteerd.")
        report = import_timeline(case, Path(args.timeline), dry_run=args.dry_run, party=args.party,
                                 mapping=mapping or None, sheet=args.sheet, table=args.table,
                                 require_party=not args.zonder_partij)
    print(report.summary())
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from casereview.timeline.merging import DEFAULT_THRESHOLD, merge_events, propose_merges

    if args.threshold is None:
        args.threshold = DEFAULT_THRESHOLD
    if not 0 <= args.threshold <= 100:
        raise CaseFileError(f"--threshold {args.threshold} valt buiten 0-100.")
    with open_case_from_args(args, read_only=not args.apply) as case:
        if args.apply and case.read_only:
            raise CaseFileError(f"Het dossier '{Path(args.path).name}' is alleen-lezen geopend; er is niets "
                                "samengevoegd.")
        proposals = propose_merges(case, args.threshold)
        if args.json:
            print(json.dumps({"proposals": [
                {"events": p.events, "score": p.score,
                 "explanation": [{"events": [m.first, m.second], "score": m.score, "days_apart": m.days_apart,
                                  "shared_words": list(m.shared_words), "rules": m.rules} for m in p.pairs]}
                for p in proposals]}))
        if args.apply:
            for proposal in proposals:
                merge_events(case, proposal.events)
    if not args.json:
        if not proposals:
            print(f"Geen gebeurtenissen gevonden die op elkaar lijken (drempel {args.threshold}).")
        for p in proposals:
            ids = ", ".join(f"#{i}" for i in p.events)
            print(f"{'Samengevoegd' if args.apply else 'Voorstel'}: {ids} (overeenkomst {p.score})")
            for m in p.pairs:
                words = ", ".join(m.shared_words) or "geen"
                apart = {0: "zelfde datum", 1: "1 dag uit elkaar"}.get(m.days_apart, f"{m.days_apart} dagen uit elkaar")
                print(f"    #{m.first} en #{m.second}: {m.score}; {apart}; gedeelde woorden: {words}")
    return EXIT_OK


def cmd_responsibility(args: argparse.Namespace) -> int:
    from casereview.timeline.events import list_events
    from casereview.timeline.reassessment import CHANGE_LABELS, reassessment_moments
    from casereview.timeline.responsibility import responsibility_map
    from casereview.timeline.responsibility_text import gap_line, moment_label, period_line

    with open_case_from_args(args, read_only=True) as case:
        found = responsibility_map(case)
        moments = reassessment_moments(list_events(case))
    if args.json:
        print(json.dumps({**found.to_json(), "reassessments": [
            {"date": m.moment.day.isoformat() if m.moment else None,
             "precision": m.moment.precision if m.moment else "unknown", "change": m.change, "party": m.party,
             "event": m.event_id} for m in moments]}, ensure_ascii=False))
        return EXIT_OK
    if not found.periods:
        print("Geen overdrachten, verwijzingen, afsluitingen, verhuizingen of afwijzingen in de tijdlijn.")
    for period in found.periods:
        print(period_line(period))
    for gap in found.gaps:
        print(gap_line(gap))
    for m in moments:
        when = moment_label(m.moment) if m.moment else "datum onbekend"
        print(f"Opnieuw wegen: {when}, {CHANGE_LABELS[m.change]} ({m.party or 'zonder partij'}).")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="importeer een tijdlijn (CSV, Excel, LibreOffice, Word of RTF)")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("timeline")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou gebeuren, schrijf niets")
    p.add_argument("--map", action="append", metavar="KOLOMKOP=VELD",
                   help="koppel een kolomkop aan een veld: datum, tijd, partij, omschrijving, bron, sleutelmoment "
                        "of soort (of negeren); bijv. --map 'Wat is er gebeurd=omschrijving'")
    p.add_argument("--sheet", help="naam van het werkblad (Excel of LibreOffice Calc)")
    p.add_argument("--table", type=int, help="nummer van de tabel in een document (vanaf 1)")
    p.add_argument("--party", help="partij voor alle regels van dit bestand zonder partij")
    p.add_argument("--zonder-partij", action="store_true", dest="zonder_partij",
                   help="importeer een bestand zonder partijkolom bewust zonder partij")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("merge", help="stel voor welke gebeurtenissen van verschillende partijen één feit zijn")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="voorstellen als JSON")
    p.add_argument("--apply", action="store_true", help="voeg elk voorstel op of boven de drempel samen")
    p.add_argument("--threshold", type=int, default=None,
                   help="minimale overeenkomst 0-100 (standaard de drempel die een gedeelde gebeurtenis in eigen "
                        "woorden vindt en verschillende gebeurtenissen op één dag uit elkaar houdt)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("responsibility", help="wie had de regie: periodes per partij en de gaten daartussen")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="periodes en gaten als JSON")
    p.set_defaults(func=cmd_responsibility)
