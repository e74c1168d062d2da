"""The Arabic window as finished as the English one: the first case opens, nothing is cut,
digits and direction follow the language, facility names are shown in its script."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import application
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.views.cases_page import CasesPage

Build = Callable[..., MainWindow]


@pytest.fixture
def build(qtbot, seeded_db: Database, settings: QSettings) -> Iterator[Build]:
    built: list[MainWindow] = []

    def make(lang: str, size: tuple[int, int] | None = None) -> MainWindow:
        application(lang)
        window = MainWindow(seeded_db, settings)
        qtbot.addWidget(window)
        built.append(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        return window

    yield make
    for window in built:
        window.tasks.wait()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_ctrl_2_opens_the_first_case_in_every_language(qtbot, build: Build, lang: str):
    window = build(lang)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    assert window.current_page_name() == "cases"
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    qtbot.waitUntil(lambda: page.controller.record is not None, timeout=10_000)
    first = page.model.case_at(0)
    assert first is not None
    assert page.controller.record is not None
    assert page.controller.record.case_no == first.case_no
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ctrl_3_highlights_the_amnesty_it_shows(qtbot, build: Build, lang: str):
    window = build(lang)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["amnesties"]
    qtbot.waitUntil(lambda: page.controller.current_id is not None, timeout=10_000)
    row = page.model.row_for(page.controller.current_id)
    assert row is not None
    qtbot.waitUntil(lambda: page.list.selectionModel().isRowSelected(row), timeout=10_000)
