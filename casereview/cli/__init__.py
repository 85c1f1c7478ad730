"""The ``casereview`` command: the GUI's entry point and the same services from a shell.

Exit codes: 0 success, 2 unusable input (a Dutch message on stderr, nothing written).
Heavy modules (Qt, python-docx, openpyxl) are imported only by the command that needs them.
Each module of this package adds its own subcommands through ``register``; a new capability
adds a module and one line in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence

from casereview import __version__
from casereview.cli import (
    agreements,
    case_commands,
    colophon,
    consent,
    gui_commands,
    names,
    overview,
    register,
    timeline,
)
from casereview.cli.common import EXIT_UNUSABLE, DutchParser
from casereview.model import CaseFileError

COMMAND_MODULES = [gui_commands, case_commands, colophon, timeline, agreements, names, overview, consent, register]


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(prog="casereview", description="Serious case reviews in de jeugdhulp.")
    parser.add_argument("--version", action="version", version=f"casereview {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=DutchParser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func not in (None, gui_commands.cmd_open, gui_commands.cmd_demo) or getattr(args, "no_gui", False):
        gc.enable()  # off during start-up (casereview.__main__); the window enables it after its first paint
    try:
        if func is None:
            return gui_commands.run_gui(None)
        return func(args)
    except CaseFileError as exc:
        print(f"casereview: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
