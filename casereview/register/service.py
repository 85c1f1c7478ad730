"""The register's public operations in one import for the command line and the window.

The work lives in modules named after what they do: :mod:`~casereview.register.opening`
(connecting, refusing foreign files), :mod:`~casereview.register.migrating` (where the schema steps are),
:mod:`~casereview.register.names` (cleaning, showing, role names),
:mod:`~casereview.register.organisations` (roles, grants),
:mod:`~casereview.register.publishing` (publishing, withdrawing) and
:mod:`~casereview.register.reading` (lists and regional counts).
"""

from __future__ import annotations

from casereview.register.connection import make_engine
from casereview.register.migrating import alembic_config, head_revision
from casereview.register.names import clean_organisation, printable, role_name, shown_organisation
from casereview.register.opening import Register, migrate, open_register
from casereview.register.organisations import init_register, organisation_roles
from casereview.register.publishing import (
    PUBLISHED,
    WITHDRAWN,
    Publication,
    next_version,
    prepare_publication,
    publish,
    publish_prepared,
    record_in_case,
    withdraw,
    withdraw_lesson,
    write_publication,
)
from casereview.register.reading import (
    MIN_SHOWN,
    ThemeCount,
    all_metadata_tables,
    list_lessons,
    regional_theme_counts,
    table_names,
    theme_counts,
)

__all__ = [
    "MIN_SHOWN", "PUBLISHED", "WITHDRAWN", "Publication", "Register", "ThemeCount", "alembic_config",
    "all_metadata_tables", "clean_organisation", "head_revision", "init_register", "list_lessons", "make_engine",
    "migrate", "next_version", "open_register", "prepare_publication", "publish", "publish_prepared",
    "organisation_roles", "printable", "record_in_case", "regional_theme_counts", "role_name", "shown_organisation", "table_names", "theme_counts", "withdraw",
    "withdraw_lesson", "write_publication",
]
