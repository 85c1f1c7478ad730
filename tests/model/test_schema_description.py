"""The written-out schema that opening a file checks against is the schema the tables define."""

import textwrap

from sqlmodel import SQLModel

from casereview.model import schema_description
from casereview.model.tables import load_all_tables

HEADER = '''"""The case file's tables, their columns and the indexes, as the schema defines them, written out.

Opening a file checks it against this description (:func:`casereview.model.store.schema_damage`,
:mod:`casereview.model.schema_objects`) instead of mapping every table first, which would cost the
window tens of milliseconds before its first paint. ``tests/model/test_schema_description.py`` fails
when a table, column or index changes and this file was not brought along, and prints what it should say.
"""
'''


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def render() -> str:
    """The whole module as it should read for the tables as they are now."""
    load_all_tables()
    out = [HEADER, "TABLES: dict[str, tuple[str, ...]] = {"]
    for table in SQLModel.metadata.sorted_tables:
        columns = [column.name for column in table.columns]
        one = f'    "{table.name}": ({_quoted(columns)}{"," if len(columns) == 1 else ""}),'
        if len(one) <= 120:
            out.append(one)
            continue
        out.append(f'    "{table.name}": (')
        out.extend(textwrap.wrap(_quoted(columns) + ",", 120, initial_indent=" " * 8, subsequent_indent=" " * 8,
                                 break_on_hyphens=False))
        out.append("    ),")
    out.append("}")
    out.append("")
    out.append("INDEXES: frozenset[str] = frozenset({")
    indexes = sorted(str(index.name) for table in SQLModel.metadata.sorted_tables for index in table.indexes)
    out.extend(textwrap.wrap(_quoted(indexes) + ",", 120, initial_indent=" " * 4, subsequent_indent=" " * 4,
                             break_on_hyphens=False))
    out.append("})")
    return "\n".join(out) + "\n"


def test_the_description_names_every_table_column_and_index_of_the_schema() -> None:
    load_all_tables()
    tables = {table.name: tuple(column.name for column in table.columns) for table in SQLModel.metadata.sorted_tables}
    indexes = {str(index.name) for table in SQLModel.metadata.sorted_tables for index in table.indexes}
    assert schema_description.TABLES == tables and schema_description.INDEXES == indexes, (
        "casereview/model/schema_description.py no longer matches the tables; it should read:\n\n" + render())


def test_the_description_keeps_the_order_in_which_a_damaged_file_is_described() -> None:
    load_all_tables()
    assert list(schema_description.TABLES) == [table.name for table in SQLModel.metadata.sorted_tables]
