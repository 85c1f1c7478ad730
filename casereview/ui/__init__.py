"""Qt widgets of casereview. Views call services; they run no SQL themselves.

Qt loads with this package, and PySide6's source check on every later import is made a plain file
read (:mod:`casereview.ui.feature_scan`) before the window's modules load.
"""

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, which feature_scan lightens)

from casereview.ui.feature_scan import read_sources_plainly

read_sources_plainly()
