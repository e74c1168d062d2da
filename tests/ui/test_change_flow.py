"""How a write made on one page reaches the others: the controller that made it announces
the kind of record it touched (``window.announce``), the status bar counts again at once,
and a page built but hidden that shows that kind is read again when it is next shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from desktop.ui.views.cases_page import CasesPage
from tests.ui.facility_helpers import (
    TIMEOUT,
    Prompts,
    facilities_page,
    idle,
    install_prompts,
    save,
    type_into,
)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return install_prompts(monkeypatch)


def test_a_facility_saved_reaches_the_status_bar_and_the_cases_filter(
    qtbot, window: MainWindow, prompts: Prompts
):
    # Only this window's own announcement may tell the pages: the watch for writes made
    # elsewhere (which would notice this one too, by the history counter) is stopped.
    window.change_watch.timer.stop()
    window.show_page("cases")
    cases = window.pages["cases"]
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(cases.is_ready, timeout=TIMEOUT)
    offered = [cases.filters.facility.itemText(i) for i in range(cases.filters.facility.count())]
    assert not any("Change flow centre" in text for text in offered)

    window.show_page("facilities")
    page = facilities_page(window)
    idle(qtbot, page)
    before = window.status_label.text()
    assert "27 facilities" in before
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.detail.name, "Change flow centre")
    save(qtbot, page)

    # the status bar follows the write at once; the hidden Cases page is marked stale
    qtbot.waitUntil(lambda: "28 facilities" in window.status_label.text(), timeout=TIMEOUT)
    assert window.is_stale("cases")

    # ...and reads its choices again when it is shown
    window.show_page("cases")
    assert not window.is_stale("cases")
    qtbot.waitUntil(
        lambda: any(
            "Change flow centre" in cases.filters.facility.itemText(i)
            for i in range(cases.filters.facility.count())
        ),
        timeout=TIMEOUT,
    )
