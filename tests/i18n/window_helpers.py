"""Helpers of the tests that drive the Arabic window: typing as an Arabic keyboard does,
and finding a facility by either of its names."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.models.facility_tree import COL_OTHER_NAME


def commit_text(widget: QWidget, text: str) -> None:
    """Type through the input method, as an Arabic keyboard does (keyClicks cannot)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find_row(model, name: str) -> QModelIndex:
    """The facility called ``name`` in the facilities tree: the Arabic window names
    facilities in Arabic, the Latin name beside."""
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if name in (index.data(), index.siblingAtColumn(COL_OTHER_NAME).data()):
                return index
            pending.append(index)
    raise AssertionError(f"{name} is not in the list")
