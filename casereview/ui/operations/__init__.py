"""How the window carries out work (like Anki's aqt/operations).

- :mod:`.background` — the one way to run slow work: ``run_in_background`` (non-blocking, callbacks for
  done, failed, cancelled and progress on the GUI thread); the worker never touches a Qt object.
- :mod:`.runner` — ``attempt`` (a quick service call) and ``run_long`` (the blocking form: the worker of
  :mod:`.background` behind a progress dialog that can be cancelled where the work allows); every
  failure is shown in one way, worded by :mod:`casereview.ui.language.messages` in the interface language.
- :mod:`.gui_relay` — the one bridge from worker threads to the GUI thread.
- :mod:`.unexpected_error` — a failure nothing expected: logged and shown in a dialog; installed as the
  application's ``sys.excepthook`` and ``threading.excepthook``.
- :mod:`.undo_commands` — undoable edits that call services; the services return what the undo needs.
- :mod:`.file_actions`, :mod:`.export_action` — the file menu's open, copy, encryption and export.

The views hear what changed from :class:`~casereview.ui.case_context.CaseContext`'s ``changed`` signal.
"""
