"""A mypy plugin for two gaps in PySide6's stubs that every window module runs into.

1. Qt for Python sets any property passed as a keyword argument to a
   constructor (``QPushButton(text, objectName="saveButton")``, ``text=``,
   ``checkable=``, ``shortcut=``), and the window names every widget that way (tests and
   assistive tools find them by name). The stubs list only some properties, so
   each named widget would be a false ``call-arg``. Constructors that Qt
   defines (also reached through a subclass or ``super().__init__``) accept
   keywords here; their positional arguments are still checked, and a wrong
   property name still fails in the GUI tests (Qt raises on it).
2. ``QT_TRANSLATE_NOOP`` / ``QT_TR_NOOP`` are typed as returning ``object``; they
   return the text they mark, so a marked catalog is a ``dict[str, str]``.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_STAR2
from mypy.plugin import FunctionContext, FunctionSigContext, MethodSigContext, Plugin
from mypy.types import AnyType, CallableType, FunctionLike, Instance, Type, TypeOfAny, get_proper_type

_NOOPS = {"PySide6.QtCore.QT_TRANSLATE_NOOP": 1, "PySide6.QtCore.QT_TR_NOOP": 0,
          "PySide6.QtCore.QT_TRANSLATE_NOOP3": 1}


def _defined_by_qt(sig: CallableType) -> bool:
    definition = sig.definition
    return definition is not None and definition.fullname.startswith("PySide6.")


def _accepting_properties(sig: CallableType) -> CallableType:
    if not _defined_by_qt(sig):
        return sig
    anything = AnyType(TypeOfAny.special_form)
    # The keyword-only parameters are the properties; the stubs type some too narrowly
    # (shortcut= takes a QKeySequence.StandardKey as well).
    types = [anything if kind.is_named() and not kind.is_positional() else t
             for t, kind in zip(sig.arg_types, sig.arg_kinds)]
    if ARG_STAR2 in sig.arg_kinds:
        return sig.copy_modified(arg_types=types)
    return sig.copy_modified(arg_types=[*types, anything], arg_kinds=[*sig.arg_kinds, ARG_STAR2],
                             arg_names=[*sig.arg_names, "properties"])


def _constructor(ctx: FunctionSigContext) -> FunctionLike:
    ret = get_proper_type(ctx.default_signature.ret_type)
    if isinstance(ret, Instance) and any(base.fullname.startswith("PySide6.") for base in ret.type.mro):
        return _accepting_properties(ctx.default_signature)
    return ctx.default_signature


def _init(ctx: MethodSigContext) -> FunctionLike:
    return _accepting_properties(ctx.default_signature)


class QtStubGapsPlugin(Plugin):
    def get_function_signature_hook(self, fullname: str) -> Callable[[FunctionSigContext], FunctionLike] | None:
        return _constructor

    def get_method_signature_hook(self, fullname: str) -> Callable[[MethodSigContext], FunctionLike] | None:
        if fullname.startswith("PySide6.") and fullname.endswith(".__init__"):
            return _init
        return None

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        if fullname in _NOOPS:
            index = _NOOPS[fullname]
            return lambda ctx: ctx.arg_types[index][0] if len(ctx.arg_types) > index and ctx.arg_types[index] \
                else ctx.api.named_generic_type("builtins.str", [])
        return None


def plugin(_version: str) -> type[Plugin]:
    return QtStubGapsPlugin
