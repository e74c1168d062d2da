"""Actions that belong to one page: their shortcut works while focus is inside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def page_action(page: QWidget, object_name: str, text: str, shortcut: str = "") -> QAction:
    action = QAction(text, page)
    action.setObjectName(object_name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    return action
