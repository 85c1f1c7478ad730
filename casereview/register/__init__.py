"""The regional learning register: lessons without personal data, in a shared SQLite file or PostgreSQL.

The register has its own SQLModel metadata (:mod:`casereview.register.schema`) and its own
Alembic migrations (``migrations/``), so a case file never gets register tables and a register
never gets case tables.
"""
