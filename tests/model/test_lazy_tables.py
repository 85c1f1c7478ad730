"""Tables of the later groups are mapped when first asked for, and all of them on request."""

import json
import subprocess
import sys

import pytest

from casereview.model import tables

PROBE = """
import json, sys
from sqlmodel import SQLModel
import casereview.model.tables as tables
first = len(SQLModel.metadata.tables)
from casereview.model.tables import Reaction
after_one = sorted(SQLModel.metadata.tables)
tables.load_all_tables()
print(json.dumps([first, "reaction" in after_one, "progressnote" in after_one, len(SQLModel.metadata.tables)]))
"""


def test_a_later_table_maps_its_group_only_and_load_all_tables_maps_the_rest() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    first, reaction, progress_note, everything = json.loads(result.stdout.strip().splitlines()[-1])
    assert (reaction, progress_note) == (True, False)
    assert first == 17 and everything == 37


def test_every_later_name_is_a_table_and_an_unknown_name_is_an_attribute_error() -> None:
    tables.load_all_tables()
    for name in tables._GROUP_OF:
        assert getattr(tables, name).__tablename__ == name.lower()
    with pytest.raises(AttributeError):
        tables.NoSuchTable  # noqa: B018
