"""The layers import downward only, and only ui imports QtWidgets (import-linter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = [str(Path(sys.executable).with_name("lint-imports"))]


def test_import_linter_contracts_hold():
    result = subprocess.run(
        LINT_IMPORTS,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_the_contract_catches_a_violation(tmp_path: Path):
    """The contract is live: a store module importing ui breaks it."""
    import shutil

    copy = tmp_path / "proj"
    shutil.copytree(
        ROOT / "desktop", copy / "desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / "desktop" / "store" / "leak.py").write_text("import desktop.ui.main_window\n")
    result = subprocess.run(
        LINT_IMPORTS,
        cwd=copy,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "broken" in result.stdout


def test_only_ui_and_the_composition_root_import_qtwidgets():
    """import-linter cannot forbid a subpackage of an external package, so this reads
    every module's imports itself."""
    import ast

    allowed = {ROOT / "desktop" / "app.py"}
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if (ROOT / "desktop" / "ui") in path.parents or path in allowed:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith(("PySide6.QtWidgets", "PySide6.QtCharts")) for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
