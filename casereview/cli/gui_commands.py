"""Commands that start the window: ``open`` and ``demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from casereview.cli.common import EXIT_OK, case_path
from casereview.model import CaseFileError
from casereview.paths import demo_case_path


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else demo_case_path()
    if args.path:
        case_path(args.path)
    if path.exists() and (args.no_gui or args.path is None):
        if args.path is not None:  # never overwrite: the file may be someone's real case
            raise CaseFileError(code="cli.demo_exists", name=path.name)
    elif not path.exists():
        from casereview.demo.demo_case import write_demo_case  # only to write it: opening needs none of it

        with write_demo_case(path):
            pass
    if args.no_gui:
        print(f"Demodossier geschreven: {path}")
        return EXIT_OK
    return run_gui(path, smoke=args.smoke)  # an existing file is opened as it is, never rewritten

def cmd_open(args: argparse.Namespace) -> int:
    return run_gui(Path(args.path) if args.path else None, smoke=args.smoke, follow_up=args.follow_up)

def run_gui(path: Path | None, *, smoke: bool = False, follow_up: bool = False) -> int:
    from casereview.ui.app import run

    return run(path, smoke=smoke, follow_up=follow_up)

def register(sub: argparse._SubParsersAction) -> None:
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
