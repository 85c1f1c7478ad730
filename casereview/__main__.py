"""``python -m casereview``, the ``casereview`` command and the frozen app's entry point.

The frozen app is also the name detector's worker: a bundle has no Python to
run ``-m casereview.privacy.detection.worker`` with, so the detection client
starts this same executable with :data:`WORKER_SWITCH` first, handled here
before the command line (and Qt) is loaded.

The garbage collector is off while casereview starts: start-up creates a few hundred thousand
long-lived objects (the tables' models, Qt's wrappers and enums) that every automatic pass would
scan again. The window turns it back on after its first paint, having frozen those objects
(:func:`casereview.ui.app.run`); other commands turn it on before they run (:func:`casereview.cli.main`).
"""

import gc
import sys

WORKER_SWITCH = "--detection-worker"

if len(sys.argv) > 1 and sys.argv[1] == WORKER_SWITCH:
    from casereview.privacy.detection.worker import main as worker_main

    raise SystemExit(worker_main(sys.argv[2:]))


def run() -> int:
    gc.disable()
    from casereview.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
