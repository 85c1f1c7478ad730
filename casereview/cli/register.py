"""``casereview register …``: a region's learning register (init, publish, withdraw, list, themes, lessons).

The register is only contacted by these commands, and only the one named with
``--register`` (or configured in the settings): casereview never connects on its own.
"""

from __future__ import annotations

import argparse
import json

from casereview.cli.common import EXIT_OK, add_passphrase_option, case_path, open_case_from_args
from casereview.model import CaseFileError
from casereview.vocabulary import AgreementLevel


def _register_url(args: argparse.Namespace) -> str:
    from casereview import settings

    url = args.register or str(settings.get("register_url") or "")
    if not url:
        raise CaseFileError("Geef het register op met --register (een pad of een postgresql+psycopg://-adres), "
                            "of stel het in bij Instellingen.")
    return url


def cmd_init(args: argparse.Namespace) -> int:
    from casereview.register.service import init_register

    with init_register(args.url, args.organisation or []) as register:
        print(f"Register klaar: {register.target.describe()} (schema {register.revision()})")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from casereview.register.service import open_register, prepare_publication, publish

    case_path(args.path)
    with open_case_from_args(args, read_only=True) as case:
        if args.dry_run:
            # Checking the leerbrief needs no register; the version is read from it when it is reachable.
            preview = prepare_publication(case, args.organisation)
            with open_register(_register_url(args), upgrade=False) as register:
                preview = prepare_publication(case, args.organisation, register)
            print("Proefdraai — er is niets geschreven. Dit zou het register ontvangen:\n")
            print(preview.describe())
            return EXIT_OK
        with open_register(_register_url(args)) as register:
            done = publish(case, register, args.organisation)
    print(f"Gepubliceerd in {register.target.describe()}: versie {done.version} voor {done.organisation}.")
    return EXIT_OK


def cmd_withdraw(args: argparse.Namespace) -> int:
    from casereview.register.service import open_register, withdraw

    case_path(args.path)
    with open_case_from_args(args, read_only=True) as case, open_register(_register_url(args)) as register:
        version = withdraw(case, register, args.organisation)
    print(f"Ingetrokken voor {args.organisation} (versie {version}); eerdere versies blijven als geschiedenis bewaard.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from casereview.register.service import list_lessons, open_register

    with open_register(_register_url(args)) as register:
        lessons = list_lessons(register)
    if args.json:
        print(json.dumps(lessons, ensure_ascii=False))
        return EXIT_OK
    if not lessons:
        print("Het register bevat nog geen (actuele) lessen.")
    for item in lessons:
        print(f"{item['organisation']} · {item['quarter'] or item['published']} · versie {item['version']} · "
              f"{', '.join(item['themes']) or 'geen thema'}")
    return EXIT_OK


def cmd_themes(args: argparse.Namespace) -> int:
    from casereview.register.service import MIN_SHOWN, open_register, theme_counts

    with open_register(_register_url(args)) as register:
        counts = theme_counts(register)
    if args.json:
        print(json.dumps([c.as_dict() for c in counts], ensure_ascii=False))
        return EXIT_OK
    print(f"Aantallen onder {MIN_SHOWN} worden niet getoond ('<{MIN_SHOWN}').")
    for c in counts:
        def shown(n: int | None) -> str:
            return f"<{MIN_SHOWN}" if n is None else str(n)

        years = ", ".join(f"{y}: {shown(n)}" for y, n in c.per_year.items())
        print(f"{c.code}: {shown(c.lessons)} lessen, {shown(c.organisations)} organisaties ({years})")
    return EXIT_OK


def cmd_lessons(args: argparse.Namespace) -> int:
    from casereview.register.lessons import read_lessons
    from casereview.register.service import open_register

    with open_register(_register_url(args)) as register:
        found = read_lessons(register, themes=args.theme or (), level=args.level, year=args.year)
    if args.json:
        print(json.dumps([lesson.to_json() for lesson in found], ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("Geen actuele lessen in het register die hierbij passen.")
    for lesson in found:
        kinds = ", ".join(f"{a['count']}× {a['kind']} ({a['level']})" for a in lesson.agreements) or "geen afspraken"
        print(f"{lesson.organisation} · {lesson.quarter} · {', '.join(lesson.themes) or 'geen thema'} · {kinds}")
        for part in (lesson.story, lesson.mechanisms):
            if part.strip():
                print(f"  {' '.join(part.split())}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("register", help="het regionale leerregister (lessen zonder persoonsgegevens)")
    commands = group.add_subparsers(dest="register_command", required=True, parser_class=type(group))

    p = commands.add_parser("init", help="maak een register (en op PostgreSQL de rollen per organisatie)")
    p.add_argument("url", help="pad, sqlite:///pad of postgresql+psycopg://gebruiker@host/database")
    p.add_argument("--organisation", action="append", metavar="NAAM",
                   help="organisatie die mag publiceren (op PostgreSQL: krijgt een eigen rol)")
    p.set_defaults(func=cmd_init)

    for name, func, text in (("publish", cmd_publish, "publiceer de leerbrief van een dossier"),
                             ("withdraw", cmd_withdraw, "trek de leerbrief van een dossier in")):
        p = commands.add_parser(name, help=text)
        add_passphrase_option(p)
        p.add_argument("path")
        p.add_argument("--register", help="het register (pad of postgresql+psycopg://-adres)")
        p.add_argument("--organisation", required=True, metavar="NAAM")
        if name == "publish":
            p.add_argument("--dry-run", action="store_true", help="laat zien wat het register zou ontvangen")
        p.set_defaults(func=func)

    for name, func, text in (("list", cmd_list, "de actuele lessen in het register"),
                             ("themes", cmd_themes, "regionale aantallen per thema")):
        p = commands.add_parser(name, help=text)
        p.add_argument("--register", help="het register (pad of postgresql+psycopg://-adres)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)

    p = commands.add_parser("lessons", help="lees de lessen van andere organisaties: verhaal, mechanismen, "
                                            "thema's en afspraken")
    p.add_argument("--register", help="het register (pad of postgresql+psycopg://-adres)")
    p.add_argument("--theme", action="append", metavar="CODE", help="alleen lessen met dit thema (bijv. rd-continuiteit)")
    p.add_argument("--level", choices=[str(level) for level in AgreementLevel],
                   help="alleen lessen met een afspraak op dit niveau")
    p.add_argument("--year", type=int, help="alleen lessen uit dit jaar")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_lessons)
