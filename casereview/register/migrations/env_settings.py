"""Names the Alembic environment and the service share."""

VERSION_TABLE = "register_schema_version"
