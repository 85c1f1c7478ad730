"""Reading a concept that came back: its identity, and every Word comment with the paragraph it is on.

The concept numbers its paragraphs visibly ("[12] ..."); a comment is tied to
the numbered paragraph its anchor starts in (for a table row: the number in
its first cell). Tracked changes are read too, as proposed corrections.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn

from casereview.consent.document_identity import (
    CASE_ID,
    CONTENT_HASH,
    IDENTITY_HASH,
    PARTY_ID,
    VERSION,
    identity_hash,
    read_properties,
)
from casereview.model import CaseFileError

NUMBER_PREFIX = re.compile(r"^\s*\[(\d+)\]\s*")

_NUMBER = re.compile(r"[0-9]{1,9}")
"""A version or party number as casereview writes it (ASCII digits; "²" or 5,000 digits is not one)."""


@dataclass(frozen=True)
class CommentFound:
    author: str
    date: datetime | None
    paragraph: int | None
    text: str
    tracked_change: bool = False


@dataclass(frozen=True)
class ConceptFile:
    case_id: str
    version: int
    content_hash: str
    party_id: int | None
    comments: list[CommentFound]


def paragraph_number(text: str) -> int | None:
    match = NUMBER_PREFIX.match(text)
    return int(match.group(1)) if match else None


def _text(element) -> str:
    return "".join(node.text or "" for node in element.iter(qn("w:t")))


def _number_at(node) -> int | None:
    """The paragraph number for an anchor node: its paragraph, its table row, or the next paragraph."""
    current = node
    while current is not None and current.tag not in (qn("w:p"), qn("w:body")):
        current = current.getparent()
    if current is None:
        return None
    if current.tag == qn("w:body"):  # a range starting between paragraphs: the next one counts
        following = node.getnext()
        while following is not None and following.tag != qn("w:p") and following.tag != qn("w:tbl"):
            following = following.getnext()
        if following is None:
            return None
        current = following if following.tag == qn("w:p") else next(following.iter(qn("w:p")), None)
        if current is None:
            return None
    row = current
    while row is not None and row.tag != qn("w:tr"):
        row = row.getparent()
    if row is not None:
        first = next(row.iter(qn("w:p")), None)
        return paragraph_number(_text(first)) if first is not None else None
    return paragraph_number(_text(current))


def _anchors(doc: Document) -> dict[int, int | None]:
    body = doc.element.body
    found: dict[int, int | None] = {}
    for tag in ("w:commentRangeStart", "w:commentReference"):
        for node in body.iter(qn(tag)):
            try:
                cid = int(node.get(qn("w:id")))
            except (TypeError, ValueError):
                continue
            if cid not in found:
                found[cid] = _number_at(node)
    return found


def _parse_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).replace(tzinfo=None, microsecond=0)
    except ValueError:
        return None


def _tracked_changes(doc: Document) -> list[CommentFound]:
    """Insertions and deletions, one proposed correction per author and paragraph."""
    grouped: dict[tuple[str, int | None], list[str]] = {}
    dates: dict[tuple[str, int | None], datetime | None] = {}
    body = doc.element.body
    for node in body.iter(qn("w:ins"), qn("w:del")):
        if node.tag == qn("w:ins"):
            words = _text(node)
            label = "toegevoegd"
        else:
            words = "".join(t.text or "" for t in node.iter(qn("w:delText")))
            label = "geschrapt"
        if not words.strip():
            continue
        key = (node.get(qn("w:author")) or "", _number_at(node))
        grouped.setdefault(key, []).append(f"{label}: \u201c{words.strip()}\u201d")
        dates.setdefault(key, _parse_date(node.get(qn("w:date"))))
    return [CommentFound(author, dates[(author, number)], number,
                         "Voorgestelde wijziging — " + "; ".join(parts), tracked_change=True)
            for (author, number), parts in grouped.items()]


def read_concept(path: Path) -> ConceptFile:
    """Read a returned concept; a file that is not one gives a Dutch CaseFileError naming it."""
    path = Path(path)
    try:
        doc = docx.Document(str(path))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CaseFileError(code="concept.not_docx", name=path.name) from exc
    except Exception as exc:  # python-docx raises its own errors for parts it cannot parse
        raise CaseFileError(code="concept.unreadable", name=path.name, reason=type(exc).__name__) from exc
    props = read_properties(doc)
    case_id = props.get(CASE_ID, "")
    raw_version = props.get(VERSION, "")
    if not case_id or not raw_version:
        raise CaseFileError(code="concept.no_properties", name=path.name)
    raw_party = props.get(PARTY_ID, "")
    if not _NUMBER.fullmatch(raw_version) or (raw_party and not _NUMBER.fullmatch(raw_party)):
        shown = raw_version if not _NUMBER.fullmatch(raw_version) else raw_party
        raise CaseFileError(code="concept.properties_not_numbers", name=path.name,
                            shown=shown[:20] + ("…" if len(shown) > 20 else ""))
    stored = props.get(IDENTITY_HASH)
    if stored is not None and stored != identity_hash(case_id, raw_version, props.get(CONTENT_HASH, ""), raw_party):
        raise CaseFileError(code="concept.properties_changed", name=path.name)
    anchors = _anchors(doc)
    comments = []
    for comment in doc.comments:
        text = "\n".join(p.text for p in comment.paragraphs).strip()
        if not text:
            continue
        raw_date = comment._comment_elm.get(qn("w:date"))
        comments.append(CommentFound(comment.author or "", _parse_date(raw_date),
                                     anchors.get(comment.comment_id), text))
    comments += _tracked_changes(doc)
    return ConceptFile(case_id=case_id, version=int(raw_version), content_hash=props.get(CONTENT_HASH, ""),
                       party_id=int(raw_party) if raw_party else None, comments=comments)
