"""Qt widgets of casereview. Views call services; they run no SQL themselves."""

import ctypes
import platform
import sys

import PySide6


def _keep_booleans_alive() -> None:
    """PySide6 6.12.0 on Python < 3.12 returns ``True`` from ``SignalInstance.emit`` without a
    reference, so each emit from Python takes one reference from ``True`` and after about
    a thousand emits the interpreter aborts ("bool_dealloc"). ``True`` and ``False`` are never
    freed anyway; giving them a large stock of references makes the lost ones harmless.
    """
    if PySide6.__version__ != "6.12.0" or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_keep_booleans_alive()
