"""Which (context, text) pairs the application asks Qt to translate at run time, read from
the source with ``ast``.

lupdate's Python parser knows ``self.tr("…")`` (the enclosing class is the context) and
``translate("Context", "…")``. It does not know a module's own helper such as
``def _tr(text): return QCoreApplication.translate("Facilities", text)``: calls to ``_tr`` are
not extracted at all, calls to a helper named ``tr`` are filed under an empty context, and
``window.tr("…")`` under a context called ``window``. Qt looks all of those up under another
context at run time, so they would never show translated. This scanner resolves them as Qt
does and reports the calls whose context cannot be known before run time (``window.tr``,
``parent.tr``): those need ``self.tr`` in the class itself or an explicit
``QCoreApplication.translate("Context", "…")``.

Recognised, with literal texts (a context may also be a module-level string constant):

- ``translate("C", "text"[, "disambiguation"[, n]])`` by any name ending in ``translate``,
  and ``QT_TRANSLATE_NOOP("C", "text")``;
- ``self.tr("text")``, ``cls.tr`` and ``super().tr`` inside ``class C`` (context ``C``) and
  ``QT_TR_NOOP("text")`` there;
- ``obj.tr("text")`` where the function states ``obj``'s class (a parameter annotated
  ``obj: MainWindow``, or ``obj = QTableView()``): PySide's ``tr`` tries every class of the
  object's MRO, so that class's name is one Qt asks for;
- a call to a module-level helper whose body returns ``translate("C", <its parameter>)``,
  called by its name, imported by name, or through the module (``text.tr("…")`` with
  ``from … import facility_text as text``);
- ``Msg("template", **params)`` of ``desktop.domain.messages`` in any module (the
  messages of rules and errors), under that module's ``CONTEXT``;
- any of these whose text is read from a module-level table of literals
  (``_tr(FILTERS[suffix][0])`` with ``FILTERS = {".pdf": ("PDF document", "*.pdf"), …}``):
  every text the table holds at that place.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.messages import CONTEXT

Key = tuple[str, str, str]  # context, source text, disambiguation
MESSAGE_TYPE = "Msg"  # desktop.domain.messages.Msg: its template is translated under CONTEXT
MESSAGE_CONTEXT = CONTEXT


@dataclass(frozen=True)
class Lookup:
    context: str
    source: str
    comment: str
    plural: bool
    where: str

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Unresolved:
    where: str
    call: str
    why: str


@dataclass
class _Module:
    name: str
    path: Path
    tree: ast.Module
    constants: dict[str, str]
    helpers: dict[str, str]  # function name -> context
    tables: dict[str, ast.expr]  # module-level dicts, tuples and lists of literals


def _const_str(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _is_translate(func: ast.AST) -> bool:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return isinstance(name, str) and name.lstrip("_").endswith("translate")


def _helper_context(fn: ast.FunctionDef | ast.Lambda, constants: dict[str, str]) -> str | None:
    """The context of ``def f(text): return translate("C", text)`` (or a lambda)."""
    params = {a.arg for a in fn.args.args}
    bodies: list[ast.AST] = [fn.body] if isinstance(fn, ast.Lambda) else list(fn.body)
    for statement in bodies:
        for node in ast.walk(statement):
            value = node.value if isinstance(node, ast.Return) else node
            if (
                isinstance(value, ast.Call)
                and _is_translate(value.func)
                and len(value.args) >= 2
                and isinstance(value.args[1], ast.Name)
                and value.args[1].id in params
            ):
                context = _const_str(value.args[0], constants)
                if context is not None:
                    return context
    return None


def _annotated_class(annotation: ast.AST | None) -> str | None:
    """``window: MainWindow`` -> "MainWindow" (also quoted, dotted or ``X | None``)."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        sides = [annotation.left, annotation.right]
        named = [a for a in sides if not (isinstance(a, ast.Constant) and a.value is None)]
        return _annotated_class(named[0]) if len(named) == 1 else None
    if isinstance(annotation, ast.Name):
        return annotation.id if annotation.id[:1].isupper() else None
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return None


def _load(root: Path, path: Path) -> _Module:
    relative = path.relative_to(root).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    tree = ast.parse(path.read_text("utf-8"), str(path))
    constants: dict[str, str] = {}
    helpers: dict[str, str] = {}
    tables: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    constants[target.id] = value.value
                elif isinstance(value, ast.Dict | ast.Tuple | ast.List):
                    tables[target.id] = value
                elif isinstance(value, ast.Lambda):
                    context = _helper_context(value, constants)
                    if context is not None:
                        helpers[target.id] = context
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            context = _helper_context(node, constants)
            if context is not None:
                helpers[node.name] = context
    return _Module(".".join(parts), path, tree, constants, helpers, tables)


def _table_texts(node: ast.AST | None, tables: dict[str, ast.expr]) -> list[str] | None:
    """The texts ``node`` can be when it reads a module-level table of literals:
    ``FILTERS[suffix][0]`` is the first item of every value of ``FILTERS``. None when it
    reads anything else (a parameter, a call): such a text is marked where it is written."""
    path: list[ast.expr] = []
    while isinstance(node, ast.Subscript):
        path.append(node.slice)
        node = node.value
    if not path or not isinstance(node, ast.Name) or node.id not in tables:
        return None
    values: list[ast.AST] = [tables[node.id]]
    for key in reversed(path):
        chosen: list[ast.AST] = []
        for value in values:
            if isinstance(value, ast.Dict):
                pairs = list(zip(value.keys, value.values, strict=True))
                if isinstance(key, ast.Constant):
                    pairs = [
                        (k, v)
                        for k, v in pairs
                        if isinstance(k, ast.Constant) and k.value == key.value
                    ]
                chosen += [v for _k, v in pairs]
            elif isinstance(value, ast.Tuple | ast.List):
                if isinstance(key, ast.Constant) and isinstance(key.value, int):
                    if -len(value.elts) <= key.value < len(value.elts):
                        chosen.append(value.elts[key.value])
                else:
                    chosen += value.elts
        values = chosen
    texts = [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return texts if texts and len(texts) == len(values) else None


class _Visitor(ast.NodeVisitor):
    def __init__(self, module: _Module, modules: dict[str, _Module], root: Path) -> None:
        self.module = module
        self.modules = modules
        self.where_prefix = str(module.path.relative_to(root))
        self.classes: list[str] = []
        self.annotations: list[dict[str, str]] = []  # parameter -> class, per function
        self.module_aliases: dict[str, _Module] = {}
        self.imported_helpers: dict[str, str] = {}
        self.lookups: list[Lookup] = []
        self.unresolved: list[Unresolved] = []

    # -- imports ---------------------------------------------------------------------------
    def _absolute(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        package = self.module.name.split(".")
        if self.module.path.name != "__init__.py":
            package = package[:-1]
        base = package[: len(package) - (node.level - 1)]
        return ".".join([*base, *([node.module] if node.module else [])])

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname and alias.name in self.modules:
                self.module_aliases[alias.asname] = self.modules[alias.name]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        source = self._absolute(node)
        for alias in node.names:
            local = alias.asname or alias.name
            full = f"{source}.{alias.name}"
            if full in self.modules:
                self.module_aliases[local] = self.modules[full]
            elif source in self.modules and alias.name in self.modules[source].helpers:
                self.imported_helpers[local] = self.modules[source].helpers[alias.name]

    # -- scopes ----------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        args = node.args
        params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        known = {a.arg: c for a in params if (c := _annotated_class(a.annotation)) is not None}
        for statement in ast.walk(node):  # view = QTableView(): view.tr is QTableView's
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.Call)
            ):
                made = _annotated_class(statement.value.func)
                if made is not None:
                    known.setdefault(statement.targets[0].id, made)
        self.annotations.append(known)
        self.generic_visit(node)
        self.annotations.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _annotated(self, owner: ast.AST | None) -> str | None:
        if isinstance(owner, ast.Name):
            for scope in reversed(self.annotations):
                if owner.id in scope:
                    return scope[owner.id]
        return None

    # -- calls -----------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _where(self, node: ast.AST) -> str:
        return f"{self.where_prefix}:{getattr(node, 'lineno', 0)}"

    def _add(self, node: ast.Call, context: str, first: int) -> None:
        constants = self.module.constants
        args = node.args
        text = args[first] if len(args) > first else None
        source = _const_str(text, constants)
        if source is None:
            # a text read from a table of this module: each text the table holds there
            for option in _table_texts(text, self.module.tables) or ():
                self.lookups.append(Lookup(context, option, "", False, self._where(node)))
            return  # else a text chosen at run time: its literal is marked elsewhere (a NOOP)
        comment = _const_str(args[first + 1] if len(args) > first + 1 else None, constants)
        plural = len(args) > first + 2 or any(k.arg == "n" for k in node.keywords)
        self.lookups.append(Lookup(context, source, comment or "", plural, self._where(node)))

    def _call(self, node: ast.Call) -> None:
        func = node.func
        constants = self.module.constants
        name = func.id if isinstance(func, ast.Name) else None
        attr = func.attr if isinstance(func, ast.Attribute) else None
        owner = func.value if isinstance(func, ast.Attribute) else None

        if MESSAGE_TYPE in (name, attr):
            template = _const_str(node.args[0] if node.args else None, constants)
            if template:
                self.lookups.append(Lookup(MESSAGE_CONTEXT, template, "", False, self._where(node)))
            return
        if name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") or _is_translate(func):
            context = _const_str(node.args[0] if node.args else None, constants)
            if context is not None and len(node.args) >= 2:
                self._add(node, context, 1)
            return
        if name == "QT_TR_NOOP" or attr == "tr":
            if name == "QT_TR_NOOP" or self._is_self(owner):
                if self.classes:
                    self._add(node, self.classes[-1], 0)
                else:
                    self._unresolved(node, "tr() outside a class has no context")
                return
            if isinstance(owner, ast.Name) and owner.id in self.module_aliases:
                helpers = self.module_aliases[owner.id].helpers
                if "tr" in helpers:
                    self._add(node, helpers["tr"], 0)
                    return
            annotated = self._annotated(owner)
            if annotated is not None:
                # PySide's tr tries each class of the object's MRO in turn; the annotated
                # class is one of them.
                self._add(node, annotated, 0)
                return
            self._unresolved(
                node,
                "the context is the class of this object at run time; call self.tr in "
                "that class, or QCoreApplication.translate('Context', ...)",
            )
            return
        if name is not None:
            context = self.module.helpers.get(name) or self.imported_helpers.get(name)
            if context is not None:
                self._add(node, context, 0)
            elif name == "tr" and _const_str(node.args[0] if node.args else None, constants):
                self._unresolved(node, "tr() is not a method here and no helper defines it")
            return
        if attr is not None and isinstance(owner, ast.Name) and owner.id in self.module_aliases:
            context = self.module_aliases[owner.id].helpers.get(attr)
            if context is not None:
                self._add(node, context, 0)

    @staticmethod
    def _is_self(owner: ast.AST | None) -> bool:
        if isinstance(owner, ast.Name):
            return owner.id in ("self", "cls")
        return (
            isinstance(owner, ast.Call)
            and isinstance(owner.func, ast.Name)
            and owner.func.id == "super"
        )

    def _unresolved(self, node: ast.Call, why: str) -> None:
        self.unresolved.append(Unresolved(self._where(node), ast.unparse(node)[:100], why))


def scan(root: Path, files: list[Path]) -> tuple[list[Lookup], list[Unresolved]]:
    """Every translation lookup in ``files`` (paths relative to ``root``), in source order,
    and the calls whose context cannot be known."""
    modules = {m.name: m for m in (_load(root, root / f) for f in files)}
    lookups: list[Lookup] = []
    unresolved: list[Unresolved] = []
    for module in modules.values():
        visitor = _Visitor(module, modules, root)
        visitor.visit(module.tree)
        lookups += visitor.lookups
        unresolved += visitor.unresolved
    return lookups, unresolved
