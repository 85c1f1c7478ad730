"""``casereview colophon``: who commissioned, chaired and wrote the verslag, its version, status and distribution."""

from __future__ import annotations

import argparse
import json
from datetime import date

from casereview.cli.common import EXIT_OK, add_passphrase_option, open_case_from_args
from casereview.model import CaseFileError

# option → colophon field; lists (authors, distribution) are given one per option and stored one per line
TEXT_OPTIONS = {"opdrachtgever": "commissioner", "voorzitter": "chair_name", "contact": "chair_contact",
                "versie": "report_version", "tijd_vervolg": "followup_time", "plaats_vervolg": "followup_place"}
LIST_OPTIONS = {"auteur": "authors", "verzending": "distribution"}
STATUS_OPTIONS = {"concept": "concept", "definitief": "final"}


def _day(raw: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise CaseFileError(code="cli.bad_adopted_on", raw=raw) from exc


def cmd_colophon(args: argparse.Namespace) -> int:
    from casereview.reports.colophon import read_colophon, update_colophon

    values: dict[str, object] = {}
    for option, field in TEXT_OPTIONS.items():
        if getattr(args, option) is not None:
            values[field] = getattr(args, option)
    for option, field in LIST_OPTIONS.items():
        if getattr(args, option) is not None:
            values[field] = "\n".join(item.strip() for item in getattr(args, option) if item.strip())
    if args.status is not None:
        values["report_status"] = STATUS_OPTIONS[args.status]
    if args.vastgesteld is not None:
        values["adopted_on"] = _day(args.vastgesteld)
    with open_case_from_args(args, read_only=not values) as case:
        colophon = update_colophon(case, **values) if values else read_colophon(case)
    if args.json:
        print(json.dumps(colophon.as_json(), ensure_ascii=False))
        return EXIT_OK
    labels = (("Opdrachtgever", colophon.commissioner), ("Voorzitter", colophon.chair_name),
              ("Contact voorzitter", colophon.chair_contact), ("Auteurs", "; ".join(colophon.lines("authors"))),
              ("Versie", colophon.report_version),
              ("Status", "definitief" if colophon.final else "concept"),
              ("Vastgesteld op", colophon.adopted_on.isoformat() if colophon.adopted_on else ""),
              ("Verzendlijst", "; ".join(colophon.lines("distribution"))),
              ("Vervolg: tijd", colophon.followup_time), ("Vervolg: plaats", colophon.followup_place))
    for label, value in labels:
        print(f"{label + ':':<20} {value}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("colophon", help="colofon van het verslag: opdrachtgever, voorzitter, versie, status")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--opdrachtgever")
    p.add_argument("--voorzitter")
    p.add_argument("--contact", help="hoe de familie de voorzitter bereikt (telefoon of e-mail)")
    p.add_argument("--auteur", action="append", help="een auteur; herhaal voor meer")
    p.add_argument("--versie")
    p.add_argument("--status", choices=sorted(STATUS_OPTIONS))
    p.add_argument("--vastgesteld", metavar="JJJJ-MM-DD", help="datum van vaststelling (leeg: wissen)")
    p.add_argument("--verzending", action="append", help="een ontvanger op de verzendlijst; herhaal voor meer")
    p.add_argument("--tijd-vervolg", dest="tijd_vervolg", metavar="UU:MM", help="tijd van de vervolgbijeenkomst")
    p.add_argument("--plaats-vervolg", dest="plaats_vervolg", help="plaats van de vervolgbijeenkomst")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_colophon)
