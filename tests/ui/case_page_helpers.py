"""Shared steps of the cases page tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent

from desktop.ui.main_window import MainWindow
from desktop.ui.views.cases_page import CasesPage


def cases_page(qtbot, window: MainWindow) -> CasesPage:
    window.show_page("cases")
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    qtbot.waitUntil(lambda: page.controller.record is not None, timeout=10_000)
    # The page is built when first shown: its count follows the first rows.
    qtbot.waitUntil(page.model.is_counted, timeout=10_000)
    return page


def wait_list(qtbot, page: CasesPage) -> None:
    qtbot.waitUntil(
        lambda: page.model.query() == page.current_query() and page.model.is_counted(),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: page.model.is_loaded(), timeout=10_000)


def type_arabic(widget, text: str) -> None:
    """Arabic through the input method, as an Arabic keyboard sends it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.inputMethodEvent(event)


def shown_case(qtbot, page: CasesPage, case_no: str) -> None:
    qtbot.waitUntil(
        lambda: page.controller.record is not None and page.controller.record.case_no == case_no,
        timeout=10_000,
    )


def select_row(qtbot, page: CasesPage, row: int) -> str:
    """Click a row; the case number it shows."""
    index = page.model.index(row, 0)
    qtbot.waitUntil(lambda: page.model.case_at(row) is not None, timeout=10_000)
    case_no = page.model.case_at(row).case_no
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return case_no
