"""``python -m casereview`` and the ``casereview`` command.

The garbage collector is off while casereview starts: start-up creates a few hundred thousand
long-lived objects (the tables' models, Qt's wrappers and enums) that every automatic pass would
scan again. The window turns it back on after its first paint, having frozen those objects
(:func:`casereview.ui.app.run`); other commands turn it on before they run (:func:`casereview.cli.main`).
"""

import gc


def run() -> int:
    gc.disable()
    from casereview.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
