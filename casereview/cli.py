"""The ``casereview`` command: the GUI's entry point and the same services from a shell.

Exit codes: 0 success, 2 unusable input (a Dutch message on stderr, nothing written).
Heavy modules (Qt, python-docx, openpyxl) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from casereview import __version__
from casereview.model import CaseFileError
from casereview.model.errors import PassphraseRequired

if TYPE_CHECKING:
    from casereview.casefile.case_file import CaseFile

EXIT_OK = 0
EXIT_UNUSABLE = 2


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch errors and our exit code for unusable input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"casereview: fout in de opdracht: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNUSABLE)


def _parse_map(values: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in values:
        header, sep, field = item.partition("=")
        if not sep or not header.strip() or not field.strip():
            raise CaseFileError(f"--map '{item}' heeft niet de vorm Kolomkop=veld (bijv. Wanneer=date).")
        mapping[header.strip()] = field.strip()
    return mapping


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase of an encrypted case: from stdin with --passphrase-stdin, else asked on a terminal.

    Never from an option or the environment, where it would end up in shell history or process lists.
    """
    if getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(f"Wachtwoord voor {Path(args.path).name}: ")
    return None


def _open(args: argparse.Namespace, *, read_only: bool) -> CaseFile:
    """Open the case named on the command line, asking for a passphrase only when it is encrypted."""
    from casereview.casefile.case_file import open_case

    try:
        return open_case(args.path, read_only=read_only)
    except PassphraseRequired:
        return open_case(args.path, read_only=read_only, passphrase=_required_passphrase(args))


def _required_passphrase(args: argparse.Namespace) -> str:
    passphrase = _passphrase(args)
    if passphrase is None:
        raise PassphraseRequired(
            f"Het dossier '{Path(args.path).name}' is versleuteld. Geef het wachtwoord op de "
            "standaardinvoer met --passphrase-stdin, of start de opdracht in een terminal.")
    return passphrase


def cmd_new(args: argparse.Namespace) -> int:
    from casereview.casefile.case_file import create_case

    with create_case(_case_path(args.path), args.title):
        pass
    print(f"Nieuw dossier aangemaakt: {args.path}")
    return EXIT_OK


def _case_path(raw: str) -> Path:
    path = Path(raw)
    if path.suffix.lower() != ".casereview":
        raise CaseFileError(f"Een dossier heeft de extensie .casereview; '{path.name}' niet.")
    return path


def cmd_info(args: argparse.Namespace) -> int:
    from casereview.reports.summary import summarise

    try:
        summary = summarise(args.path)
    except PassphraseRequired:
        summary = summarise(args.path, passphrase=_required_passphrase(args))
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

    mapping = _parse_map(args.map or [])
    with _open(args, read_only=False) as case:
        if case.read_only:
            raise CaseFileError(f"Het dossier '{Path(args.path).name}' is alleen-lezen geopend; er is niets geïmporteerd.")
        report = import_timeline(case, Path(args.timeline), dry_run=args.dry_run, party=args.party,
                                 mapping=mapping or None, sheet=args.sheet, table=args.table)
    print(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    with _open(args, read_only=True) as case:
        if args.kind == "afspraken":
            from casereview.reports.agreements_sheet import export_agreements

            export_agreements(case, out)
        else:
            from casereview.reports.documents import export_document

            export_document(case, out, kind=args.kind, party=args.party, pseudonymise=args.pseudonymise)
    print(f"Geschreven: {out}")
    return EXIT_OK


def cmd_pseudonyms(args: argparse.Namespace) -> int:
    from casereview.privacy.pseudonyms import list_pseudonyms, parse_assignment, remove_pseudonym, set_pseudonym

    pairs = [parse_assignment(item) for item in args.set or []]
    with _open(args, read_only=not (pairs or args.remove)) as case:
        for real, pseudo in pairs:
            set_pseudonym(case, real, pseudo)
        for real in args.remove or []:
            remove_pseudonym(case, real)
        if args.list or not (pairs or args.remove):
            for item in list_pseudonyms(case):
                print(f"{item.real_name} = {item.pseudonym}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from casereview.demo.demo_case import default_demo_path, write_demo_case

    path = Path(args.path) if args.path else default_demo_path()
    if args.path:
        _case_path(args.path)
    if path.exists() and (args.no_gui or args.path is None):
        if args.path is not None:  # never overwrite: the file may be someone's real case
            raise CaseFileError(f"Het bestand '{path.name}' bestaat al; het demodossier overschrijft niets.")
    elif not path.exists():
        with write_demo_case(path):
            pass
    if args.no_gui:
        print(f"Demodossier geschreven: {path}")
        return EXIT_OK
    return _run_gui(path, smoke=args.smoke)  # an existing file is opened as it is, never rewritten


def cmd_open(args: argparse.Namespace) -> int:
    return _run_gui(Path(args.path) if args.path else None, smoke=args.smoke, follow_up=args.follow_up)


def _run_gui(path: Path | None, *, smoke: bool = False, follow_up: bool = False) -> int:
    from casereview.ui.app import run

    return run(path, smoke=smoke, follow_up=follow_up)


def _add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="lees het wachtwoord van een versleuteld dossier van de standaardinvoer")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casereview", description="Serious case reviews in de jeugdhulp.")
    parser.add_argument("--version", action="version", version=f"casereview {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("open", help="open een dossier in het programma")
    p.add_argument("path", nargs="?", help="zonder pad: het startscherm (voor snelkoppelingen)")
    p.add_argument("--smoke", action="store_true", help="laden, tekenen, tijd tonen en stoppen")
    p.add_argument("--follow-up", action="store_true",
                   help="opvolgmodus: begin bij de open verbeterafspraken, die over datum bovenaan")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("demo", help="schrijf het demodossier en open het")
    p.add_argument("path", nargs="?")
    p.add_argument("--no-gui", action="store_true", help="alleen het bestand schrijven")
    p.add_argument("--smoke", action="store_true", help="laden, tekenen, tijd tonen en stoppen")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("new", help="maak een leeg dossier")
    p.add_argument("path")
    p.add_argument("--title", required=True)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="importeer een tijdlijn (CSV, Excel of Word)")
    _add_passphrase_option(p)
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
    _add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--kind", default="verslag", choices=["verslag", "voorbereiding", "voortgang", "afspraken"])
    p.add_argument("--party", help="alleen voor deze partij (voorbereiding)")
    p.add_argument("--pseudonymise", action="store_true", help="vervang echte namen door pseudoniemen")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("info", help="versie en aantallen van een dossier")
    _add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("pseudonyms", help="lijst met echte namen en pseudoniemen")
    _add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--set", action="append", metavar="'Echte Naam=pseudoniem'")
    p.add_argument("--remove", action="append", metavar="'Echte Naam'")
    p.add_argument("--list", action="store_true")
    p.set_defaults(func=cmd_pseudonyms)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    try:
        if func is None:
            return _run_gui(None)
        return func(args)
    except CaseFileError as exc:
        print(f"casereview: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
