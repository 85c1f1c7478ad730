"""Child process for tests/test_kill.py: capture contributions until killed.

Imports first, then waits for a line on stdin (so the test can start the next
child while this one runs), opens the case, prints "ready", then the id of every contribution after add_contribution
returned, one per line, flushed: a printed id is a promise the test checks.
"""

import sys

from casereview.casefile.case_file import open_case
from casereview.session.contributions import add_contribution

sys.stdin.readline()
case = open_case(sys.argv[1])
if case.read_only:
    print("read-only:", case.read_only_reason, flush=True)
    sys.exit(3)
print("ready", flush=True)
number = 0
while True:
    item = add_contribution(case, text=f"bijdrage {number} " + "tekst " * (number % 200), party_id=None)
    print(item.id, flush=True)
    number += 1
