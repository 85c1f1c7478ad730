"""The database itself binds a lesson to its organisation and its version to the one before.

- One role belongs to at most one organisation (a unique index). A register where two
  organisations shared a role (their names cut to the same 63 characters) loses that role for
  both: the administrator runs ``register init`` again and each gets a role of its own.
- PostgreSQL: a row's organisation is the one the administrator bound to the role that writes
  it (``register_organisation``, which only the administrator may write), on insert and on
  update (``WITH CHECK``); a trigger fills in the writer and refuses a version that is not the
  next one for that case and organisation, and any change of a row's case, organisation,
  version or writer. Organisation names are bounded and free of control characters.
- SQLite: the same version rule as a trigger. It guards against mistakes only: anyone who can
  write the file can change it (signatures make that visible, see r0004).

Revision ID: r0003
Revises: r0002
"""

from __future__ import annotations

from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None

OWN_ORGANISATION = "(SELECT o.name FROM register_organisation o WHERE o.role_name = current_user)"
NAME_LIMIT = 200

GUARD = f"""
CREATE OR REPLACE FUNCTION register_lesson_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.case_uuid IS DISTINCT FROM OLD.case_uuid OR NEW.organisation IS DISTINCT FROM OLD.organisation
           OR NEW.version IS DISTINCT FROM OLD.version OR NEW.owner_role IS DISTINCT FROM OLD.owner_role THEN
            RAISE EXCEPTION 'register_lesson: case, organisation, version and writer of a row never change'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    own := {OWN_ORGANISATION};
    IF own IS NOT NULL THEN
        NEW.owner_role := current_user;
        IF NEW.organisation IS NULL OR NEW.organisation = '' THEN
            NEW.organisation := own;
        END IF;
        IF NEW.organisation <> own THEN
            RETURN NEW;  -- the row-level security policy refuses it
        END IF;
    END IF;
    IF NEW.version IS DISTINCT FROM (SELECT COALESCE(MAX(l.version), 0) + 1 FROM register_lesson l
                                     WHERE l.case_uuid = NEW.case_uuid AND l.organisation = NEW.organisation) THEN
        RAISE EXCEPTION 'register_lesson: version % is not the next one for this case and organisation', NEW.version
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

NAME_RULE = f"""
CREATE OR REPLACE FUNCTION register_organisation_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF char_length(NEW.name) NOT BETWEEN 1 AND {NAME_LIMIT} OR NEW.name ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'register_organisation: a name has 1 to {NAME_LIMIT} characters and no control characters'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$
"""

SQLITE_NEXT_VERSION = """
CREATE TRIGGER IF NOT EXISTS register_lesson_next_version BEFORE INSERT ON register_lesson
WHEN NEW.version IS NOT (SELECT COALESCE(MAX(l.version), 0) + 1 FROM register_lesson l
                         WHERE l.case_uuid = NEW.case_uuid AND l.organisation = NEW.organisation)
BEGIN SELECT RAISE(ABORT, 'register_lesson: version is not the next one for this case and organisation'); END
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute("UPDATE register_organisation SET role_name = NULL WHERE role_name IN (SELECT role_name FROM "
               "register_organisation WHERE role_name IS NOT NULL GROUP BY role_name HAVING COUNT(*) > 1)")
    op.drop_index("ix_register_organisation_role_name", table_name="register_organisation")
    op.create_index("ix_register_organisation_role_name", "register_organisation", ["role_name"], unique=True)
    if not postgres:
        op.execute(SQLITE_NEXT_VERSION)
        return
    # A trigger, not a CHECK: an older register's raw names stay readable (cleaned on output); new ones must pass.
    op.execute(NAME_RULE)
    op.execute("CREATE TRIGGER register_organisation_name BEFORE INSERT OR UPDATE OF name ON register_organisation "
               "FOR EACH ROW EXECUTE FUNCTION register_organisation_name()")
    op.execute(GUARD)
    op.execute("CREATE TRIGGER register_lesson_guard BEFORE INSERT OR UPDATE ON register_lesson "
               "FOR EACH ROW EXECUTE FUNCTION register_lesson_guard()")
    for command in ("INSERT", "UPDATE"):
        op.execute(f"DROP POLICY IF EXISTS lesson_{command.lower()} ON register_lesson")
    own_row = f"owner_role = current_user AND organisation = {OWN_ORGANISATION}"
    op.execute(f"CREATE POLICY lesson_insert ON register_lesson FOR INSERT WITH CHECK ({own_row})")
    op.execute(f"CREATE POLICY lesson_update ON register_lesson FOR UPDATE USING ({own_row}) WITH CHECK ({own_row})")
