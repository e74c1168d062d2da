"""One undo history per page: Ctrl+Z pressed inside a field undoes the page's last edit
(Edit ▸ Undo), so the next Undo undoes the edit before it, visibly."""

from __future__ import annotations

from facility_helpers import facilities_page, idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_ctrl_z_in_a_field_walks_back_the_pages_edits(qtbot, window: MainWindow):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page = facilities_page(window)
    idle(qtbot, page)
    detail = page.detail
    undo = window.findChild(QAction, "undoAction")
    name, capacity = detail.name.text(), detail.capacity.text()

    detail.name.setFocus()
    detail.name.end(False)
    qtbot.keyClicks(detail.name, " annex")
    detail.capacity.setFocus()
    detail.capacity.selectAll()
    qtbot.keyClicks(detail.capacity, "480")
    assert detail.form.is_dirty() and undo.isEnabled()

    press(qtbot, Qt.Key.Key_Z, CTRL)  # in the capacity field: its edit is undone
    assert detail.capacity.text() == capacity
    assert detail.name.text() == name + " annex"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # still there: the edit before, in another field
    assert detail.name.text() == name
    assert not detail.form.is_dirty() and not window.isWindowModified()
    assert not undo.isEnabled()

    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert detail.name.text() == name + " annex"
    assert detail.form.is_dirty()
