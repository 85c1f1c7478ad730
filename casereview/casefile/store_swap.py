"""Readers and writers share the open store; replacing it waits for them and holds new ones off.

Encrypting or decrypting an open case closes the store, puts the rewritten file in its
place and opens it again under the new key. A read in between (the phase clock's tick on
the GUI thread, a background name search) opened the new file with the old key and got
"file is not a database". The swap takes milliseconds; readers wait that long.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class StoreSwapGuard:
    """Many users of the store at once, or one swap of it, never both."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._users = 0
        self._swapper: int | None = None

    @contextmanager
    def using(self) -> Iterator[None]:
        """Around a session: waits while another thread swaps the store."""
        me = threading.get_ident()
        with self._changed:
            while self._swapper is not None and self._swapper != me:
                self._changed.wait()
            self._users += 1
        try:
            yield
        finally:
            with self._changed:
                self._users -= 1
                self._changed.notify_all()

    @contextmanager
    def swapping(self) -> Iterator[None]:
        """Around closing, replacing and reopening the store: waits until no session is open."""
        me = threading.get_ident()
        with self._changed:
            while self._swapper is not None:
                self._changed.wait()
            self._swapper = me  # new sessions of other threads wait from here on
            while self._users:
                self._changed.wait()
        try:
            yield
        finally:
            with self._changed:
                self._swapper = None
                self._changed.notify_all()
