"""Every message a rule or a service refuses with is a ``Msg`` whose template the catalogs
can hold: none is built from a plain string literal or an f-string (which the window could
only show in English), in the error's call or in its own ``super().__init__``. Nor is a
sentence put into a ``Msg`` as a parameter (``Msg("{action} failed: {why}", why="the disk
is full")``): a parameter of several English words, written there, held in a name the
function set to one, or returned by a function of the module that returns one, is a
sentence the window would show in English inside a translated one (names, numbers and
values from the user's data are parameters; words are ``Msg`` values themselves)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
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


# Two words of letters: a phrase (a single word such as "(nothing)" or "UTF-8" passes).
_PHRASE = re.compile(r"[^\W\d_]{2,}[^\w{}]+[^\W\d_]{2,}")


def _sentence(node: ast.expr) -> bool:
    """Whether ``node`` writes a phrase of English words (a literal or an f-string, or one
    of them as a branch of ``x if c else y`` or ``x or y``)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_PHRASE.search(node.value))
    if isinstance(node, ast.JoinedStr):
        literal = " {} ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return bool(_PHRASE.search(literal))
    if isinstance(node, ast.IfExp):
        return _sentence(node.body) or _sentence(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_sentence(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    return False


def _sentence_functions(tree: ast.Module) -> set[str]:
    """The module's functions that return a phrase of English words somewhere."""
    return {
        f.name
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef)
        and any(
            isinstance(r, ast.Return) and r.value is not None and _sentence(r.value)
            for r in ast.walk(f)
        )
    }


def _sentence_parameters(tree: ast.Module) -> list[ast.Call]:
    """``Msg`` calls with a parameter that is a phrase of English words: written there, a
    name its function (or the module) set to one, or a call of a function returning one."""
    functions = _sentence_functions(tree)
    found: list[ast.Call] = []
    scopes: list[ast.AST] = [tree, *(f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef))]
    for scope in scopes:
        body = scope.body if isinstance(scope, ast.FunctionDef) else [scope]
        names = {
            target.id
            for statement in body
            for node in ast.walk(statement)
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name) and _sentence(node.value)
        }
        for statement in body:
            for node in ast.walk(statement):
                if not (isinstance(node, ast.Call) and _called(node) == "Msg"):
                    continue
                for keyword in node.keywords:
                    value = keyword.value
                    if (
                        _sentence(value)
                        or (isinstance(value, ast.Name) and value.id in names)
                        or (isinstance(value, ast.Call) and _called(value) in functions)
                    ):
                        found.append(node)
                        break
    return list({id(call): call for call in found}.values())


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else str(getattr(func, "attr", ""))


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _called(func.value) == "super"
    )


def _error_inits(tree: ast.Module, errors: set[str]) -> dict[int, str]:
    """``super().__init__(...)`` calls inside an error class (one of ``errors``, or a class
    of the module derived from one), as the name of the error it makes."""
    found: dict[int, str] = {}
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases]
        made = cls.name if cls.name in errors else next((b for b in bases if b in errors), None)
        if made is None:
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and _is_super_init(node):
                found[id(node)] = made
    return found


def _messages(
    call: ast.Call, errors: set[str], value_errors: bool, name: str | None = None
) -> list[ast.expr]:
    name = name or _called(call)
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
            inits = _error_inits(tree, errors)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                for message in _messages(node, errors, value_errors, inits.get(id(node))):
                    if _plain_text(message):
                        found.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:90]}")
            found += [
                f"{relative}:{node.lineno}: {ast.unparse(node)[:90]}"
                for node in _sentence_parameters(tree)
            ]
    return sorted(set(found), key=lambda line: (line.split(":")[0], int(line.split(":")[1])))


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


def test_the_check_sees_sentences_put_into_a_message(tmp_path: Path) -> None:
    """The check finds an English sentence passed as a parameter of a ``Msg`` and an
    error's own plain message, and passes names, values and words that are Msgs."""
    package = tmp_path / "store"
    package.mkdir()
    (package / "failures.py").write_text(
        "Msg('{action} failed: {why}', action=action, why='the disk is full')\n"  # 1
        "Msg('{value}', value=after if after else 'not recorded')\n"  # 2
        "Msg('{name} is a server', name=url.database or 'the database')\n"  # 3
        "def explain(text):\n"
        "    why = f'the database refused it ({text})'\n"
        "    return Msg('failed: {why}', why=why)\n"  # 6
        "def _csv_problem(exc):\n"
        "    return f'not a readable CSV row ({exc})'\n"
        "Msg('row 1: {csv_problem}', csv_problem=_csv_problem(exc))\n"  # 9
        "class Stopped(RuleError):\n"
        "    def __init__(self):\n"
        "        super().__init__('import cancelled; nothing was written')\n"  # 12
        "class Damaged(DatabaseError):\n"
        "    def __init__(self, name):\n"
        "        super().__init__(f'{name}: the file is damaged')\n"  # 15
        "Msg('{action} failed: {why}', action=Msg('export of cases'), why=Msg('disk full'))\n"
        "Msg('not {value}', value=suffix or '(nothing)', names=', '.join(KINDS))\n"
        "Msg('cannot read {name}: {strerror}', name=path.name, strerror=exc.strerror)\n"
        "Msg('not readable as {name} text', name='UTF-8' if utf8 else 'UTF-16')\n"
        "class Quiet(RuleError):\n"
        "    def __init__(self):\n"
        "        super().__init__(Msg('import cancelled'))\n"
        "class Window(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__('a title in a widget')\n",
        "utf-8",
    )
    lines = [line.split(":")[1] for line in offending_calls(tmp_path)]
    assert lines == ["1", "2", "3", "6", "9", "12", "15"]
