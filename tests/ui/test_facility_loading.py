"""The Facilities page never makes the window wait for the database: the list model serves
its cache, the detail loads in the background, and every control is named for assistive
technology."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget

from desktop.services import facilities as svc
from desktop.ui.views import facility_controller
from desktop.ui.views.facilities_page import FacilitiesPage
from tests.ui.facility_helpers import (
    click,
    facilities_page,
    find,
    idle,
    install_prompts,
    shown_name,
)

OPERATED = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)


@pytest.fixture
def page(window, monkeypatch) -> FacilitiesPage:
    install_prompts(monkeypatch)
    return facilities_page(window)


def test_the_list_model_serves_its_cache_without_queries(qtbot, qtmodeltester, window, page):
    idle(qtbot, page)
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=15_000)  # other pages' loads

    def no_queries(*_a, **_k):
        raise AssertionError("the model queried the database")

    database = window.database
    database.read, database.session = no_queries, no_queries  # type: ignore[method-assign]
    try:
        qtmodeltester.check(page.model)
        page.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        page.search.setText("Aleppo")
        qtmodeltester.check(page.model)
        page.tree.viewport().repaint()
    finally:
        del database.read, database.session


def test_a_slow_detail_load_does_not_block_the_window(qtbot, window, page, monkeypatch):
    idle(qtbot, page)
    release = threading.Event()
    real = svc.get_facility

    def slow(database, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(database, **kwargs)

    monkeypatch.setattr(facility_controller, "get_facility", slow)
    index = find(page, "The Annex")
    qtbot.mouseClick(
        page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center()
    )
    # The click returned while the load waits in the worker: the window still answers.
    assert not page.is_ready()
    page.search.setText("Synthetic")
    assert page.count.text() == "25 of 27"
    assert shown_name(page) == "al-Hol camp"
    release.set()
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    assert shown_name(page) == "The Annex"


def test_every_control_on_every_tab_is_named(qtbot, window, page):
    idle(qtbot, page)
    click(qtbot, page, "Synthetic Detention Centre 01")
    missing: list[str] = []
    for tab in range(page.detail.tabs.count()):
        page.detail.tabs.setCurrentIndex(tab)
        missing += [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in page.findChildren(QWidget)
            if isinstance(w, OPERATED)
            and w.isVisibleTo(page)
            and (not w.objectName() or not w.accessibleName())
            and not w.objectName().startswith("qt_")
        ]
    assert sorted(set(missing)) == []
