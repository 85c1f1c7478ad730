"""The theme codebook: codes and labels a team or a region shares, as a small JSON file.

A codebook is a list of entries ``{"code": ..., "label": ..., "default": bool}``.
The built-in one holds the inspectorates' rode draden; a quality officer exports
it, edits labels or adds own themes, and colleagues import it so that every new
case starts from the same list and counts line up across case files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from casereview.vocabulary import DEFAULT_THEME_CODES, FORMER_THEME_NAMES
from casereview.vocabulary.error_catalog import CodedError

CODEBOOK_FORMAT = "casereview-codeboek"
_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class CodebookError(CodedError, ValueError):
    """A codebook file that cannot be used; the message is Dutch and names the entry."""


@dataclass(frozen=True)
class CodebookEntry:
    code: str
    label: str
    default: bool


def builtin_codebook() -> list[CodebookEntry]:
    return [CodebookEntry(code, label, True) for code, label in DEFAULT_THEME_CODES]


def normalised_name(name: str) -> str:
    """Case, accents and spacing folded, so own themes match across files ("Zorg-continuïteit " = "zorg-continuiteit")."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def code_for_default_label(label: str) -> str | None:
    """The stable code of a built-in theme label, current or former; None for anything else."""
    wanted = normalised_name(label)
    for code, current in DEFAULT_THEME_CODES:
        if normalised_name(current) == wanted:
            return code
    for former, code in FORMER_THEME_NAMES.items():
        if normalised_name(former) == wanted:
            return code
    return None


def dumps(entries: list[CodebookEntry]) -> str:
    data = {"format": CODEBOOK_FORMAT, "version": 1,
            "themes": [{"code": e.code, "label": e.label, "default": e.default} for e in entries]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str, *, source: str = "het codeboek") -> list[CodebookEntry]:
    """Parse and check a codebook; raises CodebookError naming the entry that is wrong."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CodebookError(code="codebook.bad_json", source=source, reason=exc) from exc
    themes = data.get("themes") if isinstance(data, dict) else data
    if not isinstance(themes, list) or not themes:
        raise CodebookError(code="codebook.no_themes", source=source)
    return entries_from(themes, source=source)


def entries_from(themes: list[object], *, source: str = "het codeboek") -> list[CodebookEntry]:
    entries: list[CodebookEntry] = []
    codes: set[str] = set()
    labels: set[str] = set()
    for number, item in enumerate(themes, start=1):
        where = f"{source}, thema {number}"
        if not isinstance(item, dict):
            raise CodebookError(code="codebook.not_an_object", where=where)
        code, label, default = item.get("code"), item.get("label"), item.get("default", False)
        if not isinstance(code, str) or not _CODE.match(code):
            raise CodebookError(code="codebook.bad_code", where=where, code_value=code)
        if not isinstance(label, str) or not label.strip():
            raise CodebookError(code="codebook.no_label", where=where)
        if not isinstance(default, bool):
            raise CodebookError(code="codebook.bad_default", where=where)
        label = " ".join(label.split())
        if code in codes:
            raise CodebookError(code="codebook.duplicate_code", where=where, code_value=code)
        if normalised_name(label) in labels:
            raise CodebookError(code="codebook.duplicate_label", where=where, label=label)
        codes.add(code)
        labels.add(normalised_name(label))
        entries.append(CodebookEntry(code, label, default))
    return entries
