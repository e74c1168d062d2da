"""Every message a rule or a service refuses with is a ``Msg`` whose template the catalogs
can hold: none is built from a plain string literal or an f-string (which the window could
only show in English)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import desktop
from desktop.domain.errors import CaseTrackerError

ROOT = Path(desktop.__file__).resolve().parent
FOLDERS = ("domain", "services", "store", "reports", "ui")
SKIPPED = ("store/migrations",)
# Where a ValueError's message becomes a problem shown to the user (cell parsers, numbers).
VALUE_ERROR_FOLDERS = ("domain",)


def _error_names() -> set[str]:
    for package in ("desktop.domain", "desktop.services"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            importlib.import_module(info.name)
    names: set[str] = set()
    todo: list[type] = [CaseTrackerError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def _plain_text(node: ast.expr) -> bool:
    """Whether ``node`` makes English text the catalogs cannot hold."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...), "; ".join(...)
        return isinstance(node.func.value, ast.Constant | ast.JoinedStr)
    return False


def _messages(call: ast.Call, errors: set[str], value_errors: bool) -> list[ast.expr]:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    found: list[ast.expr] = []
    keywords = {k.arg: k.value for k in call.keywords}
    if name == "FieldProblem":
        found += call.args[1:2] + [v for k, v in keywords.items() if k == "message"]
    elif name in errors - {"NotFoundError", "ConflictError"} or (
        value_errors and name == "ValueError"
    ):
        found += call.args[:1] + [v for k, v in keywords.items() if k == "message"]
    if name == "FractionError":
        found += call.args[2:3]
    if name == "problem":  # problem(name, message, value) or (kind, row, column, message, value)
        found += call.args[3:4] if len(call.args) > 3 else call.args[1:2]
    if name == "fail":  # an import plan's fail(row, column, message, value)
        found += call.args[2:3]
    if name in errors:
        found += [v for k, v in keywords.items() if k == "record"]
    if name == "ConflictError":
        found += call.args[:1]
    return found


def offending_calls(root: Path = ROOT) -> list[str]:
    errors = _error_names()
    found: list[str] = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if any(relative.startswith(s) for s in SKIPPED):
                continue
            value_errors = folder in VALUE_ERROR_FOLDERS
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                for message in _messages(node, errors, value_errors):
                    if _plain_text(message):
                        found.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_every_rule_message_is_a_msg() -> None:
    offending = offending_calls()
    assert not offending, (
        "messages built from plain text cannot be translated; write Msg('template', "
        "name=value) (desktop.domain.messages):\n" + "\n".join(offending)
    )


def test_the_check_sees_plain_text(tmp_path: Path) -> None:
    """The check finds each way of writing an English-only message."""
    package = tmp_path / "domain"
    package.mkdir()
    (package / "rules.py").write_text(
        "FieldProblem('name', 'A name is required')\n"
        "FieldProblem('name', f'At most {LIMIT} characters')\n"
        "FieldProblem('name', message='x' + y)\n"
        "RuleError(Msg('fine'), record=f'case {number}')\n"
        "ValueError('{} wrong'.format(x))\n"
        "FieldProblem('name', Msg('At most {limit}', limit=LIMIT))\n"
        "RuleError(Msg('in use'), record=Msg('case {number}', number=number))\n",
        "utf-8",
    )
    lines = [line.split(":")[1] for line in offending_calls(tmp_path)]
    assert lines == ["1", "2", "3", "4", "5"]
