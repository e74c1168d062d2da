"""Dialogs that take typing ask before Esc (or the window's close button) drops what was
typed, as the case form asks before it is left; nothing is asked when nothing was typed,
and Cancel discards without asking, as the form's Discard does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from case_page_helpers import cases_page
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.services import cases
from desktop.ui.dialogs import unsaved
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.review import ReviewDialog
from desktop.ui.dialogs.transfer import TransferDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.views.headcount_dialog import HeadcountDialog


class Asked:
    """Stands in for the question; answers ``drop`` and counts the times it was asked."""

    def __init__(self, drop: bool) -> None:
        self.drop = drop
        self.titles: list[str] = []

    def __call__(self, _parent: QWidget | None, title: str) -> bool:
        self.titles.append(title)
        return self.drop


def answer_with(monkeypatch: pytest.MonkeyPatch, drop: bool) -> Asked:
    asked = Asked(drop)
    monkeypatch.setattr(unsaved, "ask_drop_typing", asked, raising=False)
    return asked


def decision_dialog(qtbot, window: MainWindow) -> DecisionDialog:
    page = cases_page(qtbot, window)
    dialog = DecisionDialog(window, window.database, detainee_id=page.controller.record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.amnesty.count() > 0 and dialog._busy == 0, timeout=10_000)
    return dialog


def esc(qtbot, dialog: QDialog, field: QWidget) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)


def test_esc_in_the_decision_dialog_asks_before_dropping_typed_notes(
    qtbot, window: MainWindow, monkeypatch
):
    """Esc dropped the notes typed in the decision dialog without a word."""
    keep = answer_with(monkeypatch, drop=False)
    dialog = decision_dialog(qtbot, window)
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Sponsor came on Thursday")
    esc(qtbot, dialog, dialog.notes)
    assert keep.titles == ["Amnesty decision"]
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Sponsor came on Thursday"

    drop = answer_with(monkeypatch, drop=True)
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        esc(qtbot, dialog, dialog.notes)
    assert drop.titles == ["Amnesty decision"]


def test_nothing_is_asked_when_nothing_was_typed(qtbot, window: MainWindow, monkeypatch):
    asked = answer_with(monkeypatch, drop=False)
    dialog = decision_dialog(qtbot, window)  # loaded with its person, date and name
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        esc(qtbot, dialog, dialog.outcome)
    assert asked.titles == []


def test_a_typed_date_counts_and_cancel_drops_without_asking(
    qtbot, window: MainWindow, monkeypatch
):
    asked = answer_with(monkeypatch, drop=False)
    dialog = decision_dialog(qtbot, window)
    dialog.decision_date.edit.setFocus()
    dialog.decision_date.edit.selectAll()
    qtbot.keyClicks(dialog.decision_date.edit, "2020-10-15")
    qtbot.keyClick(dialog.decision_date.edit, Qt.Key.Key_Tab)  # the field is left
    esc(qtbot, dialog, dialog.decided_by)
    assert asked.titles == ["Amnesty decision"] and dialog.isVisible()

    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert asked.titles == ["Amnesty decision"]  # not asked again


def test_the_close_button_asks_too(qtbot, window: MainWindow, monkeypatch):
    asked = answer_with(monkeypatch, drop=False)
    dialog = decision_dialog(qtbot, window)
    dialog.guarantor.setFocus()
    qtbot.keyClicks(dialog.guarantor, "Sheikh of the tribe")
    handle = dialog.windowHandle()
    assert handle is not None
    # The window system's close (the title bar's button) reaches the window as an event.
    QApplication.sendEvent(handle, QCloseEvent())
    assert asked.titles == ["Amnesty decision"] and dialog.isVisible()

    answer_with(monkeypatch, drop=True)
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        QApplication.sendEvent(handle, QCloseEvent())


def _review(window: MainWindow) -> tuple[QDialog, QWidget]:
    dialog = ReviewDialog(window, summary="Decision 1", reject=True)
    return dialog, dialog.text


def _transfer(window: MainWindow) -> tuple[QDialog, QWidget]:
    page = window.pages["cases"]
    record = page.controller.record
    dialog = TransferDialog(window, record=record, options=cases.case_options(window.database))
    return dialog, dialog.reason


def _headcount(window: MainWindow) -> tuple[QDialog, QWidget]:
    dialog = HeadcountDialog(window, categories=[], sources=[])
    return dialog, dialog.note


@pytest.mark.parametrize("make", [_review, _transfer, _headcount])
def test_every_dialog_that_takes_typing_asks_alike(
    qtbot, window: MainWindow, monkeypatch, make: Callable[[MainWindow], tuple[QDialog, QWidget]]
):
    cases_page(qtbot, window)
    asked = answer_with(monkeypatch, drop=False)
    dialog, field = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    field.setFocus()
    qtbot.keyClicks(field, "typed by hand")
    esc(qtbot, dialog, field)
    assert len(asked.titles) == 1 and dialog.isVisible()

    untouched, field = make(window)
    qtbot.addWidget(untouched)
    untouched.show()
    with qtbot.waitSignal(untouched.rejected, timeout=5_000):
        esc(qtbot, untouched, field)
    assert len(asked.titles) == 1
