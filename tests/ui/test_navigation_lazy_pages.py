"""Pages are built when first shown, and a page built late is reached like any other (Ctrl+1
to Ctrl+5, the Go menu), names itself for assistive technology, and carries the role locks
of the user's role from the moment it exists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.services.database import Database, open_database
from desktop.services.users import add_user
from desktop.ui.main_window import MainWindow

# Page, its shortcut, its object name, and controls a viewer may not use on it.
PAGES = [
    ("cases", Qt.Key.Key_2, "casesPage", ["caseNew", "caseSaveAction", "caseExport"]),
    ("amnesties", Qt.Key.Key_3, "amnestiesPage", ["newAmnestyAction", "decideAction"]),
    ("approvals", Qt.Key.Key_5, "approvalsPage", ["approveProposal", "rejectProposal"]),
]


@pytest.fixture
def viewer_window(qtbot, seeded_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    owner = open_database(str(seeded_path), create=False)
    try:
        add_user(owner, "viewer_os", "viewer")
    finally:
        owner.dispose()
    database: Database = open_database(str(seeded_path), create=False, account="viewer_os")
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    yield window
    window.tasks.wait()
    database.dispose()


def _guarded(page: QWidget, name: str) -> QWidget | QAction:
    found = page.findChild(QWidget, name) or page.findChild(QAction, name)
    assert found is not None, f"{name} not found on {page.objectName()}"
    return found


@pytest.mark.parametrize(("name", "key", "object_name", "locked"), PAGES)
def test_a_page_built_late_is_reached_by_its_shortcut_and_locked_for_the_role(
    qtbot, viewer_window: MainWindow, name: str, key: Qt.Key, object_name: str, locked: list[str]
) -> None:
    window = viewer_window
    if name != "cases":
        assert not window.pages.is_built(name)  # nothing of it exists before it is shown
    window.activateWindow()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == name
    page = window.pages[name]
    assert window.stack.currentWidget() is page
    assert page.objectName() == object_name and page.accessibleName()
    for control in locked:
        found = _guarded(page, control)
        assert not found.isEnabled(), f"{control} is usable by a viewer"
        assert found.property("roleLocked")
        assert "Needs the" in found.toolTip() and "viewer" in found.toolTip()
    qtbot.waitUntil(window.is_ready, timeout=15_000)
    for control in locked:  # the page's controller enabling it after loading changes nothing
        assert not _guarded(page, control).isEnabled()


def test_the_go_menu_reaches_every_page_and_builds_it_once(qtbot, viewer_window: MainWindow):
    window = viewer_window
    for row, name in enumerate(window.pages):
        action = window.findChild(QAction, f"go{name.title()}Action")
        assert action is not None
        assert action.shortcut().toString() == f"Ctrl+{row + 1}"
        action.trigger()
        assert window.current_page_name() == name
        assert window.stack.currentWidget() is window.pages[name]
    built = window.pages.built()
    assert set(built) == set(window.pages)
    window.show_page("cases")
    assert window.pages.built()["cases"] is built["cases"]  # built once, then kept
