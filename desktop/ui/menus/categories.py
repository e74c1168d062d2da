"""Tools ▸ Detainee categories…: the nested category editor, from anywhere in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from desktop.ui.changes import Kind

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def open_categories(window: MainWindow) -> bool:
    """Show the editor; when something changed, every page that offers categories shows
    them again."""
    from desktop.ui.dialogs.categories import CategoriesDialog

    changed = CategoriesDialog.ask(window, window.database, window.tasks)
    if changed:
        window.announce(Kind.CATEGORIES)
    return changed


def install(window: MainWindow) -> None:
    action = QAction(window.tr("Detainee &categories…"), window)
    action.setObjectName("categoriesAction")
    action.triggered.connect(lambda _checked=False: open_categories(window))
    window.menu("tools").addAction(action)
