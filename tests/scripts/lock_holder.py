"""Child process for tests/test_lock.py: open a case and report how it opened.

Prints one JSON line (read_only, reason, holder pid), then waits until
stdin closes (or the test kills it), then closes the case.
"""

import json
import sys

from casereview.casefile.case_file import open_case

case = open_case(sys.argv[1])
info = case.lock_info
print(json.dumps({"read_only": case.read_only, "reason": case.read_only_reason,
                  "holder_pid": info.pid if info else None}), flush=True)
sys.stdin.read()
case.close()
