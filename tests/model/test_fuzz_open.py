"""Property: any bytes saved as a .casereview either open or give a CaseFileError, and stay unchanged.

A file that opens for editing gets (and loses again) a row in its holder
table, so there only the holder table may differ; a refused file is never
touched at all.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import tempfile
from pathlib import Path

from file_digests import file_digest
from hypothesis import given, settings
from hypothesis import strategies as st

from casereview.casefile.case_file import create_case, open_case
from casereview.model import CaseFileError
from casereview.model.store import SQLITE_HEADER
from casereview.session.contributions import add_contribution


@functools.cache
def _valid_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bron.casereview"
        case = create_case(path, "Fuzzbron")
        for number in range(10):
            add_contribution(case, text=f"bijdrage {number}", party_id=None)
        case.close()
        return path.read_bytes()


def _content(path: Path) -> object:
    """Every row of every table but the holder table, or the kind of error reading them gives."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name != 'holder' ORDER BY name")]
            return {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return type(exc).__name__


def _check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.casereview"
        copy = Path(folder) / "original.bin"
        copy.write_bytes(data)
        path.write_bytes(data)
        before = hashlib.sha256(data).hexdigest()
        try:
            case = open_case(path)
        except CaseFileError as exc:
            assert str(exc).strip()
            assert file_digest(path) == before
        else:
            case.case()
            case.close()
            assert _content(path) == _content(copy)
        copy.unlink()
        assert sorted(p.name for p in Path(folder).iterdir()) == ["fuzz.casereview"]


@settings(max_examples=120, deadline=None)
@given(data=st.one_of(
    st.binary(max_size=3000),
    st.binary(max_size=600).map(lambda tail: SQLITE_HEADER + tail),
))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=150, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
                      min_size=1, max_size=12),
       cut=st.one_of(st.none(), st.integers(min_value=0)))
def test_damaged_case_files(edits: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(_valid_bytes())
    for position, value in edits:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    _check(bytes(data))
