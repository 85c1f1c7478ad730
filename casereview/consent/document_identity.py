"""The identity of a concept inside the .docx: custom document properties.

Word and LibreOffice both keep custom properties (docProps/custom.xml) when
they re-save a document, unlike bookmarks or hidden text that editors tidy
away; so the case UUID, the version and its hash travel with the file and come
back with the reactions. python-docx has no API for them, so the part is built
and read here.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

CASE_ID = "CasereviewCaseId"
VERSION = "CasereviewConceptVersion"
CONTENT_HASH = "CasereviewContentHash"
PARTY_ID = "CasereviewPartyId"
IDENTITY_HASH = "CasereviewIdentityHash"

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one id Office uses for user-defined properties
_PARTNAME = "/docProps/custom.xml"


def identity_hash(case_id: str, version: str, content_hash: str, party_id: str) -> str:
    """One hash over the case, version, content and party: an edited version or party property no longer matches.

    It has no secret: it catches a property changed by hand, not someone who recomputes it.
    """
    return hashlib.sha256("|".join((case_id, version, content_hash, party_id)).encode()).hexdigest()


def identity_properties(case_id: str, version: str, content_hash: str, party_id: str) -> dict[str, str]:
    """The properties a concept carries, its identity hash included."""
    return {CASE_ID: case_id, VERSION: version, CONTENT_HASH: content_hash, PARTY_ID: party_id,
            IDENTITY_HASH: identity_hash(case_id, version, content_hash, party_id)}


def _custom_part(doc: Document) -> Part | None:
    for rel in doc.part.package.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES and not rel.is_external:
            return rel.target_part
    return None


def write_properties(doc: Document, values: dict[str, str]) -> None:
    """Set these text properties, replacing any custom properties the template brought."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name)}"><vt:lpwstr>{escape(value)}</vt:lpwstr>'
        "</property>"
        for pid, (name, value) in enumerate(values.items(), start=2))
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}">{items}</Properties>').encode()
    existing = _custom_part(doc)
    if existing is not None:
        existing._blob = blob
        return
    package = doc.part.package
    part = Part(PackURI(_PARTNAME), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def read_properties(doc: Document) -> dict[str, str]:
    """The custom text properties of a document (empty when it has none or they cannot be read)."""
    part = _custom_part(doc)
    if part is None:
        return {}
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return {}
    values: dict[str, str] = {}
    for prop in root.iter(f"{{{_NS}}}property"):
        name = prop.get("name")
        if name and len(prop):
            values[name] = (prop[0].text or "").strip()
    return values
