"""The base every table of a case file derives from, apart from the tables so that each group can be mapped alone."""

from datetime import datetime

from sqlmodel import SQLModel
from sqlmodel._compat import SQLModelConfig  # the type SQLModel gives model_config


def now_to_the_second() -> datetime:
    return datetime.now().replace(microsecond=0)


class Table(SQLModel):
    """The base of every table: pydantic builds a table's validator when one is first needed.

    Rows are made by SQLAlchemy and our services, not validated, so building 37 validators while
    the module loads was start-up time (~10 ms) that opening a case never used.
    """

    model_config = SQLModelConfig(defer_build=True)
