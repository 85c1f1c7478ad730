"""Every error a service raises for the user carries a code of the catalog, never a literal Dutch sentence.

A literal sentence reaches the English window in Dutch and the window user with the command line's
flags; a code is worded per interface and translated (casereview.vocabulary.error_catalog).
"""

import ast
from pathlib import Path

import casereview
from casereview.vocabulary import error_catalog

PACKAGE = Path(casereview.__file__).parent
# The window words its own errors with tr(); every other package raises coded errors.
WORDED_BY_QT = PACKAGE / "ui"


def _error_classes() -> set[str]:
    """Names of CodedError and every subclass defined in casereview."""
    names = {"CodedError"}
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        (base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")) in names
                        for base in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def test_no_service_raises_a_coded_error_with_a_literal_sentence() -> None:
    classes = _error_classes()
    assert {"CaseFileError", "RegisterError", "TimelineImportError", "ExportError"} <= classes
    literal = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if WORDED_BY_QT in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in classes and _is_text(node.args[0]):
                literal.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}({ast.unparse(node.args[0])[:60]})")
    assert not literal, "raise these with code= and add the wording to the catalog:\n" + "\n".join(literal)


def test_every_code_raised_in_the_services_is_in_the_catalog() -> None:
    unknown = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant) \
                            and isinstance(keyword.value.value, str) and keyword.value.value \
                            and keyword.value.value not in error_catalog.CATALOG:
                        unknown.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {keyword.value.value}")
    assert not unknown, "\n".join(unknown)
