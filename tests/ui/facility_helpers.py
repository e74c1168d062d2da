"""What the Facilities page tests share: answering the page's questions, finding and
clicking facilities, typing (Arabic through the input method), waiting for the page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui.dialogs import conflict, messages, unsaved
from desktop.ui.main_window import MainWindow
from desktop.ui.models.facility_tree import COL_NAME
from desktop.ui.views.facilities_page import FacilitiesPage

TIMEOUT = 15_000


class Prompts:
    """What the page asked the user, with the answers the test chose."""

    def __init__(self) -> None:
        self.unsaved: list[str] = []
        self.unsaved_answer = "discard"
        self.errors: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = False
        self.conflicts: list[str] = []


def install_prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    """Replace the page's questions and messages with recorded answers."""
    p = Prompts()

    def ask_unsaved(_parent: object, label: str) -> str:
        p.unsaved.append(label)
        return p.unsaved_answer

    def tell_error(_parent: object, _title: str, text: str) -> None:
        p.errors.append(text)

    def confirm(_parent: object, _title: str, text: str) -> bool:
        p.confirms.append(text)
        return p.confirm_answer

    def ask_conflict(_parent: object, **kwargs: object) -> None:
        p.conflicts.append(str(kwargs.get("record_label")))
        return None  # keep editing; nothing saved

    monkeypatch.setattr(unsaved, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(conflict.ConflictDialog, "ask", ask_conflict)
    monkeypatch.setattr(messages, "tell_error", tell_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    return p


def facilities_page(window: MainWindow) -> FacilitiesPage:
    p = window.pages["facilities"]
    assert isinstance(p, FacilitiesPage)
    return p


def find(page: FacilitiesPage, name: str) -> QModelIndex:
    model = page.model
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, COL_NAME, parent)
            if index.data() == name:
                return index
            pending.append(index)
    raise AssertionError(f"{name} is not in the list")


def idle(qtbot, page: FacilitiesPage) -> None:
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)


def click(qtbot, page: FacilitiesPage, name: str) -> None:
    index = find(page, name)
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle(qtbot, page)


def shown_name(page: FacilitiesPage) -> str:
    return page.controller.detail.record.name if page.controller.detail else ""


def plain(label: QLabel) -> str:
    return re.sub(r"<[^>]+>", "", label.text())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # Arabic and Arabic-Indic digits arrive through the input method
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def save(qtbot, page: FacilitiesPage) -> None:
    assert page.save_action.isEnabled()
    with qtbot.waitSignal(page.controller.saved, timeout=TIMEOUT):
        qtbot.keyClick(page.detail.capacity, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, page)
