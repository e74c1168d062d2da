"""Edit ▸ Undo and Redo: they act on the undo stack of the page on show, for any page that
offers ``undo_stack() -> QUndoStack`` (unsaved edits of the record it shows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QUndoGroup, QUndoStack

from desktop.ui.editing import RecordForm

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def page_stack(page: object) -> QUndoStack | None:
    getter = getattr(page, "undo_stack", None)
    stack = getter() if callable(getter) else None
    return stack if isinstance(stack, QUndoStack) else None


def install(window: MainWindow) -> None:
    group = QUndoGroup(window)
    group.setObjectName("pageUndoGroup")
    undo = group.createUndoAction(window, window.tr("&Undo"))
    undo.setObjectName("undoAction")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)  # every binding the platform has
    redo = group.createRedoAction(window, window.tr("&Redo"))
    redo.setObjectName("redoAction")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    menu = window.menu("edit")
    menu.addAction(undo)
    menu.addAction(redo)

    def follow(_index: int = -1) -> None:
        stack = page_stack(window.stack.currentWidget())
        if stack is not None and stack not in group.stacks():
            group.addStack(stack)
            owner = stack.parent()
            if isinstance(owner, RecordForm):
                owner.route_undo()  # Ctrl+Z in its fields is the page's Undo
        group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no page stack

    window.stack.currentChanged.connect(follow)
    follow()
