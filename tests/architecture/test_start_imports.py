"""The window's first page is made of modules that import no SQLAlchemy: ``case-tracker``
without a command, the main window, its menus, the Facilities page (the one it opens on) and
the Cases page with its list model, controller and detail. What they run is imported
by the functions that run it (in the worker), so that the first rows of the case list can be
shown before SQLAlchemy, the models and the migrations are loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WINDOW_MODULES = [
    "desktop.ui.main_window",
    "desktop.ui.views.cases_page",
    "desktop.ui.models.case_table",
    "desktop.ui.views.case_controller",
    "desktop.ui.views.facilities_page",
    "desktop.cli",
    "desktop.app",
    "desktop.ui.menus.approval",
    "desktop.ui.menus.backups",
    "desktop.ui.menus.categories",
    "desktop.ui.menus.edit",
    "desktop.ui.menus.encryption",
    "desktop.ui.menus.import_export",
    "desktop.ui.menus.language",
    "desktop.ui.menus.user",
    "desktop.services.first_rows",
]

CHECK = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
heavy += sorted(m for m in sys.modules if m in ("desktop.store.models", "desktop.store.migrate"))
print(json.dumps(heavy[:10]))
"""


def test_the_window_and_the_cases_page_import_no_sqlalchemy():
    result = subprocess.run(
        [sys.executable, "-c", CHECK, *WINDOW_MODULES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"imported before the first rows: {result.stdout}"


def test_the_list_sort_keys_are_the_columns_the_store_sorts_by():
    from desktop.store.case_list import GROUP_SORT_KEYS, PLAIN_SORT_KEYS, SORT_KEYS
    from desktop.store.case_queries import GROUP_SORTS, PLAIN_SORTS

    assert tuple(PLAIN_SORTS) == PLAIN_SORT_KEYS
    assert tuple(GROUP_SORTS) == GROUP_SORT_KEYS
    assert (*PLAIN_SORT_KEYS, *GROUP_SORT_KEYS) == SORT_KEYS
