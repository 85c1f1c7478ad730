"""``casereview names``: the personal data detection found in a case, and the chair's decisions on it."""

from __future__ import annotations

import argparse
import json

from casereview.cli.common import EXIT_OK, DetectionProgress, add_passphrase_option, open_case_from_args


def cmd_names(args: argparse.Namespace) -> int:
    from casereview.privacy.detection.candidates import detect_names, detection_state
    from casereview.privacy.detection.decisions import KEPT, keep_as_written, name_states

    with open_case_from_args(args, read_only=False) as case:
        if args.detect or detection_state(case) != "current":
            detect_names(case, progress=DetectionProgress())
        if args.not_a_name:
            keep_as_written(case, args.not_a_name)
        states = name_states(case)
    undecided = [{"text": st.text, "kind": st.kind, "count": st.count} for st in states if st.undecided]
    decided = [{"text": st.text, "kind": st.kind, "decision": st.decision} for st in states if not st.undecided]
    if args.json:
        print(json.dumps({"undecided": undecided, "decided": decided}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not undecided and not decided:
        print("Geen namen of andere persoonsgegevens gevonden.")
        return EXIT_OK
    if undecided:
        print(f"Nog niet beslist ({len(undecided)}):")
        for st in (st for st in states if st.undecided):
            print(f"  {st.text} [{st.kind}] {st.count}x — {', '.join(st.places[:3])}")
    if decided:
        print(f"Beslist ({len(decided)}):")
        for item in decided:
            shown = "geen naam" if item["decision"] == KEPT else f"pseudoniem: {item['decision']}"
            print(f"  {item['text']} [{item['kind']}] → {shown}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("names", help="namen en andere persoonsgegevens die in het dossier gevonden zijn")
    add_passphrase_option(p)
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="als JSON: {\"undecided\": [...], \"decided\": [...]}")
    p.add_argument("--not-a-name", action="append", metavar="TEKST",
                   help="houd deze gevonden tekst zoals hij is ('geen naam'); mag vaker")
    p.add_argument("--detect", action="store_true", help="zoek opnieuw, ook als de teksten niet veranderd zijn")
    p.set_defaults(func=cmd_names)
