"""The window's modules import each other in one direction only.

import-linter keeps the layers; inside ``desktop.ui`` this reads every module's imports
itself, those under ``if TYPE_CHECKING:`` included, because a page and its controller that
know each other only for the type checker are still a circle for the reader: neither can be
understood, changed or tested without the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(tree: ast.AST, known: set[str], own: str, is_package: bool) -> set[str]:
    """The modules of ``known`` that a module imports, anywhere in its body (functions and
    ``if TYPE_CHECKING:`` blocks included). ``from package import name`` counts as importing
    ``package.name`` when that is a module, else as importing ``package``."""
    found: set[str] = set()
    package = own if is_package else own.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if full in known:
                    found.add(full)
                elif base in known:
                    found.add(base)
    found.discard(own)
    return found


def ui_import_graph(root: Path) -> dict[str, set[str]]:
    """Module name -> the ``desktop.ui`` modules it imports."""
    ui = root / "desktop" / "ui"
    paths = {module_name(p, root): p for p in sorted(ui.rglob("*.py"))}
    known = set(paths)
    return {
        name: imported_modules(
            ast.parse(path.read_text("utf-8")), known, name, path.name == "__init__.py"
        )
        for name, path in paths.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def mutual_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{a} <-> {b}" for a, targets in graph.items() for b in targets if a < b and a in graph[b]
    )


def test_no_ui_module_imports_a_module_that_imports_it_back():
    graph = ui_import_graph(ROOT)
    assert mutual_imports(graph) == []
    assert cycles(graph) == []


def test_no_controller_knows_the_main_window():
    """A controller takes what it needs from the window as a small protocol or callables."""
    graph = ui_import_graph(ROOT)
    controllers = [name for name in graph if name.endswith("_controller")]
    assert controllers, "no controller modules found"
    offenders = [name for name in controllers if "desktop.ui.main_window" in graph[name]]
    assert offenders == []


def test_the_graph_sees_imports_hidden_from_the_interpreter(tmp_path: Path):
    """The check is live: a circle kept behind ``TYPE_CHECKING`` (or a relative import)
    is found, and so is a controller importing the main window."""
    views = tmp_path / "desktop" / "ui" / "views"
    views.mkdir(parents=True)
    for package in (tmp_path / "desktop", tmp_path / "desktop" / "ui", views):
        (package / "__init__.py").write_text("")
    (tmp_path / "desktop" / "ui" / "main_window.py").write_text("")
    (views / "page.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from desktop.ui.views.thing_controller import ThingController\n"
    )
    (views / "thing_controller.py").write_text(
        "from . import page\ndef f():\n    import desktop.ui.main_window\n"
    )
    graph = ui_import_graph(tmp_path)
    assert mutual_imports(graph) == ["desktop.ui.views.page <-> desktop.ui.views.thing_controller"]
    assert cycles(graph) == [["desktop.ui.views.page", "desktop.ui.views.thing_controller"]]
    assert "desktop.ui.main_window" in graph["desktop.ui.views.thing_controller"]


def foreign_emits(source: str) -> list[int]:
    """Lines where a module emits a signal that is not its own object's (``self.x.emit()``
    is its own; ``self.page.ready.emit()`` or ``view.ready.emit()`` is not)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit"
        ):
            signal = node.func.value
            own = (
                isinstance(signal, ast.Attribute)
                and isinstance(signal.value, ast.Name)
                and signal.value.id == "self"
            )
            if not own:
                lines.append(node.lineno)
    return lines


def test_controllers_emit_only_their_own_signals():
    """A page's signals are the page's: a controller announces through its own signals,
    which the page forwards."""
    views = ROOT / "desktop" / "ui" / "views"
    controllers = sorted(views.glob("*_controller.py"))
    assert controllers
    offenders = [
        f"{path.name}:{line}"
        for path in controllers
        for line in foreign_emits(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_a_foreign_emit_is_found():
    assert foreign_emits("def f(self, view):\n    view.ready.emit()\n") == [2]
    assert foreign_emits("def f(self):\n    self.page.ready.emit()\n") == [2]
    assert foreign_emits("def f(self):\n    self.ready.emit()\n") == []
