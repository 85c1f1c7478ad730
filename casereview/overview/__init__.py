"""The quality officer's overview across case files: reading, the cache index and the figures.

Nothing here ever writes a case file: files are opened read-only with plain
SQLite (or SQLCipher), older schema versions are read as they are, and a lock
held by a colleague does not stop reading. No Qt.
"""
