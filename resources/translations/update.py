"""Refresh the translation sources after UI strings changed, then compile them.

    python resources/translations/update.py            # lupdate, fill, compile, report
    python resources/translations/update.py --check    # exit 1 while any string lacks a translation

Dutch is the source language: the code says ``self.tr("Dutch text")``. The
steps:

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QT_TRANSLATE_NOOP`` string
   from ``casereview/ui`` into ``casereview_<lang>.ts``;
2. the labels of :mod:`casereview.vocabulary` (``*_LABELS`` dicts; services hold
   no Qt, so lupdate cannot see them) are added to the ``shared`` context, and
   every wording of the error catalog (:mod:`casereview.vocabulary.error_catalog`)
   to its ``errors`` context;
3. every message gets its translation from ``<lang>.json``, a reviewed mapping
   Dutch source → translation; the .ts is generated, the JSON is what people edit;
4. the strings still missing are printed as JSON lines ready to paste into the
   mapping, and ``resources/compile.py`` writes the ``.qm``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent))

from compile import SHARED_CONTEXT, compile_translations, qt_tool  # noqa: E402

SOURCE_LANGUAGE = "nl_NL"
TARGET_LOCALES = {"en": "en_GB"}
UI_PACKAGE = ROOT / "casereview" / "ui"
VOCABULARY_MODULE = "casereview.vocabulary"
ERROR_CATALOG_MODULE = "casereview.vocabulary.error_catalog"


def ts_file(language: str) -> Path:
    return HERE / f"casereview_{language}.ts"


def dictionary_file(language: str) -> Path:
    return HERE / f"{language}.json"


def run_lupdate(language: str) -> None:
    sources = [str(path.relative_to(ROOT)) for path in sorted(UI_PACKAGE.rglob("*.py"))]
    command = [*qt_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none",
               "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LOCALES[language],
               "-ts", str(ts_file(language))]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{result.stderr or result.stdout}")


def vocabulary_labels() -> list[str]:
    module = importlib.import_module(VOCABULARY_MODULE)
    labels: set[str] = set()
    for name, value in vars(module).items():
        if name.endswith("_LABELS") and isinstance(value, dict):
            labels.update(v for v in value.values() if isinstance(v, str) and v.strip())
    return sorted(labels)


def error_texts() -> tuple[str, list[str]]:
    """The catalog's context and every Dutch wording in it (command line and window), each once."""
    module = importlib.import_module(ERROR_CATALOG_MODULE)
    return module.CONTEXT, sorted({text for _code, text in module.source_texts()})


def add_shared(root: ET.Element, sources: list[str], name: str = SHARED_CONTEXT) -> None:
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.iter("message")}
    for source in sources:
        if source not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")


def fill(root: ET.Element, mapping: dict[str, str | list[str]]) -> tuple[list[str], int]:
    """Apply the mapping to every message; returns the untranslated sources and the message count."""
    missing: list[str] = []
    count = 0
    for message in root.iter("message"):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = mapping.get(source, "")
        if message.get("numerus") == "yes":
            # A plural message (tr(text, "", n) with %n): the mapping gives [one, other].
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for form_text in (text if isinstance(text, list) else [text, text]) if text else []:
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = text if isinstance(text, str) else ""
        if text:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            if source not in missing:
                missing.append(source)
    return missing, count


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(language: str) -> tuple[list[str], list[str], int]:
    """Run the whole refresh for one language; returns (missing, unused dictionary keys, message count)."""
    run_lupdate(language)
    tree = ET.parse(ts_file(language))
    root = tree.getroot()
    add_shared(root, vocabulary_labels())
    errors_context, errors = error_texts()
    add_shared(root, errors, errors_context)
    mapping: dict[str, str | list[str]] = json.loads(dictionary_file(language).read_text(encoding="utf-8"))
    missing, count = fill(root, mapping)
    write_ts(root, ts_file(language))
    used = {m.findtext("source") for m in root.iter("message")}
    unused = sorted(k for k in mapping if k not in used)
    compile_translations(force=True)
    return missing, unused, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh, fill and compile the translations.")
    parser.add_argument("--language", default="en", choices=sorted(TARGET_LOCALES))
    parser.add_argument("--check", action="store_true", help="exit 1 when a string has no translation")
    args = parser.parse_args(argv)
    missing, unused, count = update(args.language)
    print(f"{ts_file(args.language).name}: {count} messages, {len(missing)} untranslated")
    if missing:
        print(f"Add these to {dictionary_file(args.language).name} and run this script again:")
        for source in missing:
            print(f"    {json.dumps(source, ensure_ascii=False)}: \"\",")
    if unused:
        print(f"Not used any more (may be removed from {dictionary_file(args.language).name}):")
        for source in unused:
            print(f"    {json.dumps(source, ensure_ascii=False)}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
