"""Child process for tests/model/test_theme_code_migration.py: migrate an older case file until killed.

With ``--pause`` the last migration step, once it has written, says "inside" and
sleeps, so the test can kill -9 the process in the middle of the transaction.
Without it the file is opened as usual after a line on stdin (random kill moments).
"""

import sys
import time

from casereview.casefile.case_file import open_case
from casereview.model import migrations

if "--pause" in sys.argv:
    real_step = migrations.MIGRATIONS[-1]

    def paused(conn):  # type: ignore[no-untyped-def]
        real_step(conn)
        print("inside", flush=True)
        time.sleep(60)

    migrations.MIGRATIONS[-1] = paused

print("ready", flush=True)
sys.stdin.readline()
with open_case(sys.argv[1]) as case:
    print("migrated", flush=True)
