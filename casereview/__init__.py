"""casereview: serious case reviews for Dutch youth care.

The package root holds services usable without Qt; ``casereview.ui`` holds the
Qt widgets and ``casereview.model`` the tables and the case-file store.
"""

__version__ = "0.1.0"
