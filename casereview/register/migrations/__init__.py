"""The register's Alembic environment and steps, shipped inside the package (no alembic.ini needed)."""
