"""How the window carries out work (like Anki's aqt/operations).

- :mod:`.runner` — ``attempt`` (a quick service call) and ``run_long`` (slow work in a worker thread
  behind a progress dialog that can be cancelled where the work allows); every failure is shown in
  one way, worded by :mod:`.messages` in the interface language.
- :mod:`.undo_commands` — undoable edits that call services; the services return what the undo needs.
- :mod:`.file_actions`, :mod:`.export_action` — the file menu's open, copy, encryption and export.

The views hear what changed from :class:`~casereview.ui.case_context.CaseContext`'s ``changed`` signal.
"""
