"""What every command shares: Dutch argparse errors, exit codes, opening a case, the passphrase."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from casereview.model import EXTENSION, CaseFileError
from casereview.model.errors import PassphraseRequired

if TYPE_CHECKING:
    from casereview.casefile.case_file import CaseFile

EXIT_OK = 0
EXIT_UNUSABLE = 2


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch errors and our exit code for unusable input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"casereview: fout in de opdracht: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNUSABLE)


def parse_map(values: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in values:
        header, sep, field = item.partition("=")
        if not sep or not header.strip() or not field.strip():
            raise CaseFileError(code="cli.bad_map", item=item)
        mapping[header.strip()] = field.strip()
    return mapping


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase of an encrypted case: from stdin with --passphrase-stdin, else asked on a terminal.

    Never from an option or the environment, where it would end up in shell history or process lists.
    """
    if getattr(args, "passphrase_stdin", False):
        return _passphrase_from_stdin()
    if sys.stdin.isatty():
        return getpass.getpass(f"Wachtwoord voor {Path(args.path).name}: ")
    return None


def _passphrase_from_stdin() -> str:
    """One line of standard input as UTF-8; invalid bytes or a NUL give a Dutch error, not a traceback."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.readline() if stream is not None else sys.stdin.readline().encode("utf-8", "surrogateescape")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseFileError(code="cli.passphrase_not_utf_eight") from exc
    text = text.rstrip("\r\n")
    if "\x00" in text:
        raise CaseFileError(code="cli.passphrase_nul")
    return text


class DetectionProgress:
    """Tells a waiting shell user on stderr that names are being searched, and keeps telling while the
    de-identifier builds its lookup lists the first time (about a minute, with nothing else on screen)."""

    EVERY = 15.0  # seconds between "still busy" lines during the first build

    def __init__(self, where: str = "in alle teksten van het dossier") -> None:
        self._where = where
        self._started = False
        self._building = False
        self._last = 0.0

    def step(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self._started:
            from casereview.privacy.detection.client import detector_ready

            self._started, self._building, self._last = True, not detector_ready(), now
            if self._building:
                say("de lijsten voor het zoeken naar namen worden eenmalig opgebouwd; dat duurt ongeveer "
                    "een minuut…")
            else:
                say(f"namen zoeken {self._where}…")
            return
        if self._building and total and done * 10 > total:
            self._building = False
            say(f"lijsten opgebouwd; namen zoeken {self._where}…")
        elif self._building and now - self._last >= self.EVERY:
            self._last = now
            say("nog bezig met de lijsten voor het zoeken naar namen…")


def say(message: str) -> None:
    print(f"casereview: {message}", file=sys.stderr, flush=True)


def search_names_first(case: CaseFile) -> None:
    """Search a new or changed case for names before an export, saying so on stderr (the export would too, silently)."""
    from casereview.privacy.detection.candidates import ensure_searched

    ensure_searched(case, progress=DetectionProgress())


def open_case_from_args(args: argparse.Namespace, *, read_only: bool) -> CaseFile:
    """Open the case named on the command line, asking for a passphrase only when it is encrypted."""
    from casereview.casefile.case_file import open_case

    try:
        return open_case(args.path, read_only=read_only)
    except PassphraseRequired:
        return open_case(args.path, read_only=read_only, passphrase=required_passphrase(args))


def required_passphrase(args: argparse.Namespace) -> str:
    passphrase = read_passphrase(args)
    if passphrase is None:
        raise PassphraseRequired(
            code="cli.passphrase_needed", name=Path(args.path).name)
    return passphrase


def case_path(raw: str) -> Path:
    path = Path(raw)
    if path.suffix.lower() != EXTENSION:
        raise CaseFileError(code="cli.bad_extension", name=path.name)
    return path


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="lees het wachtwoord van een versleuteld dossier van de standaardinvoer")
