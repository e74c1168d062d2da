"""Naming widgets: the object name tests find a widget by, and the accessible name a screen
reader speaks. A button's accessible name is its text without the mnemonic "&" and a
trailing "…" unless a fuller one is given."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableView, QToolBar, QWidget


def spoken(text: str) -> str:
    """A label as a screen reader should say it: no "&" mnemonic, no trailing "…"."""
    return text.replace("&", "").rstrip("…")


def named[W: QWidget](widget: W, object_name: str, accessible: str) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def record_table(
    object_name: str, accessible: str, model: QAbstractItemModel | None = None
) -> QTableView:
    """A table of records, named: Tab leaves it for the next control (it would otherwise
    walk its cells, through every row of a long list)."""
    view = named(QTableView(), object_name, accessible)
    view.setTabKeyNavigation(False)
    if model is not None:
        view.setModel(model)
    return view


def push_button(object_name: str, text: str, accessible: str | None = None) -> QPushButton:
    return named(QPushButton(text), object_name, spoken(text) if accessible is None else accessible)


def tool_button(
    toolbar: QToolBar,
    action: QAction,
    object_name: str | None = None,
    accessible: str | None = None,
) -> QWidget:
    """Add ``action`` to ``toolbar`` and name its button: ``fooAction`` gives
    ``fooButton``, spoken as the action's text unless ``accessible`` is given."""
    toolbar.addAction(action)
    tool = toolbar.widgetForAction(action)
    return named(
        tool,
        object_name or action.objectName().replace("Action", "Button"),
        spoken(action.text()) if accessible is None else accessible,
    )
