"""File names the app suggests: never a listed real name, never a character a file system refuses.

A suggested name ends up in folder listings, recent-file lists, e-mail
attachments and sync logs, all places no pseudonym protects. So the case
title goes through the pseudonymiser first, and a new case gets a neutral
name: its title is not known to be safe yet.
"""

from __future__ import annotations

import re
from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.casefile.text_cleaning import clean_text
from casereview.privacy.detection.candidates import detection_state
from casereview.privacy.detection.gate import undecided_finder
from casereview.privacy.ordinary_words import STANDARD_WORDS
from casereview.privacy.pseudonyms import NameFinder, Pseudonymiser, pairs_of

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_STEM = 80
NEUTRAL_STEM = "review"


def safe_stem(text: str) -> str:
    """``text`` as one part of a file name: every document of a case words its title and parties the same way."""
    stem = " ".join(_UNSAFE.sub(" ", clean_text(text)).split()).strip(" .")
    return stem[:MAX_STEM].rstrip(" .")


def pseudonymised_title(case: CaseFile) -> str:
    """The case title with pseudonyms applied; the neutral word when a listed or undecided name would remain.

    Also the neutral word while the texts were not searched as they are now: a title nobody
    checked ("Review Sanne Bakker juni") is not known to be safe, and the save dialog opens
    before the export searches.
    """
    if detection_state(case) != "current":
        return NEUTRAL_STEM
    pairs = pairs_of(case)
    title = case.case().title
    undecided = undecided_finder(case)
    if undecided is not None and undecided(Pseudonymiser(pairs, STANDARD_WORDS)(title) if pairs else title):
        return NEUTRAL_STEM
    if not pairs:
        return title
    title = Pseudonymiser(pairs, STANDARD_WORDS)(title)
    if NameFinder([real for real, _ in pairs], STANDARD_WORDS)(title):
        return NEUTRAL_STEM
    return title


def export_file_name(case: CaseFile, kind: str, suffix: str) -> str:
    """E.g. "Casusreview familie X - verslag.docx", with pseudonyms applied to the title."""
    stem = safe_stem(pseudonymised_title(case)) or NEUTRAL_STEM
    return f"{stem} - {kind}{suffix}"


def new_case_file_name(folder: Path, neutral_stem: str) -> Path:
    """An unused name for a new case in ``folder``: "dossier 2026-12-01.casereview", then "... (2)".

    The UI words ``neutral_stem`` in the user's language; it is never the title, which may hold a child's name.
    """
    stem = safe_stem(neutral_stem) or NEUTRAL_STEM
    candidate = folder / f"{stem}.casereview"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}).casereview"
        number += 1
    return candidate
