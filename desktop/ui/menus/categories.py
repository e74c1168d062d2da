"""Tools ▸ Detainee categories…: the nested category editor, from anywhere in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    def open_editor() -> None:
        # imported when first used, so that the window's start does not wait for it
        from desktop.ui.dialogs.categories import edit_categories

        edit_categories(window, window)

    action = QAction(window.tr("Detainee &categories…"), window)
    action.setObjectName("categoriesAction")
    action.triggered.connect(lambda _checked=False: open_editor())
    window.menu("tools").addAction(action)
