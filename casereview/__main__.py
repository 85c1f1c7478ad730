"""``python -m casereview`` and the frozen app's entry point.

The frozen app is also the name detector's worker: a bundle has no Python to
run ``-m casereview.privacy.detection.worker`` with, so the detection client
starts this same executable with :data:`WORKER_SWITCH` first, handled here
before the command line (and Qt) is loaded.
"""

import sys

WORKER_SWITCH = "--detection-worker"

if len(sys.argv) > 1 and sys.argv[1] == WORKER_SWITCH:
    from casereview.privacy.detection.worker import main as worker_main

    raise SystemExit(worker_main(sys.argv[2:]))

from casereview.cli import main  # noqa: E402  (after the worker switch: the worker needs none of it)

raise SystemExit(main())
