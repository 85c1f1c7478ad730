"""Issue 11 §4: the log holds no case content and only the user can read it."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest
from sqlalchemy import text

from casereview.casefile.case_file import CaseFile
from casereview.log import close_logging, setup_logging

SECRET = "Noor vertelde over de klappen van Bram"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Unix file modes")
def test_log_file_and_folder_are_private() -> None:
    path = setup_logging()
    try:
        logging.getLogger("casereview.test").info("start")
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700
    finally:
        close_logging()


def test_an_sql_error_is_logged_without_its_statement_or_parameters(case: CaseFile) -> None:
    path = setup_logging()
    try:
        try:
            with case.store.engine.begin() as conn:
                conn.execute(text("INSERT INTO nonexistent (x) VALUES (:secret)"), {"secret": SECRET})
        except Exception:  # what the hook for uncaught errors in the window logs
            logging.getLogger("casereview").critical("Onverwachte fout", exc_info=sys.exc_info())
    finally:
        close_logging()
    logged = path.read_text(encoding="utf-8")
    assert "OperationalError" in logged and "Onverwachte fout" in logged
    assert SECRET not in logged and "Noor" not in logged and "INSERT" not in logged


def test_a_case_file_error_message_is_not_logged(case: CaseFile) -> None:
    from casereview.model import CaseFileError

    path = setup_logging()
    try:
        try:
            raise CaseFileError(f"Het dossier '{SECRET}' bestaat niet")
        except CaseFileError:
            logging.getLogger("casereview.test").exception("Openen mislukt")
    finally:
        close_logging()
    logged = path.read_text(encoding="utf-8")
    assert "CaseFileError" in logged and SECRET not in logged
