"""The whole list in case-number order shows its first rows without waiting for the
background worker (one indexed read on the spot), in the model before the view first paints
and said (``loaded``) on the next pass of the event loop, as a background read would be;
every other list still waits for the worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.cases import page_cases
from desktop.services.database import Database
from desktop.store.case_queries import CaseQuery
from desktop.ui.models.case_table import PLACEHOLDER, CaseIdRole, CaseTableModel
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def held() -> Iterator[tuple[TaskRunner, threading.Event]]:
    """A runner whose only worker is kept busy until the event is set."""
    tasks = TaskRunner()
    release = threading.Event()
    started = threading.Event()

    def block(_ctx: object) -> None:
        started.set()
        release.wait(60)

    tasks.run(block, success=lambda _r: None)
    assert started.wait(30)
    yield tasks, release
    release.set()
    tasks.wait()
    QCoreApplication.processEvents()


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_rows_do_not_wait_for_a_busy_worker(
    qtbot, seeded_db: Database, held: tuple[TaskRunner, threading.Event], descending: bool
) -> None:
    tasks, release = held
    model = CaseTableModel(seeded_db, tasks, page_size=50, first_rows=20, gather_ms=1)
    loaded: list[int] = []
    model.loaded.connect(lambda: loaded.append(model.rowCount()))
    query = CaseQuery(descending=descending)
    model.set_query(query)
    assert loaded == []  # never inside set_query: callers connect and act after it
    assert model.is_loaded()  # but the rows are there for the view's first paint
    # The whole first page at once (not only the rows a view shows first): the worker has
    # only the count left to do.
    qtbot.waitUntil(lambda: loaded == [50], timeout=10_000)
    assert not release.is_set()  # the worker is still held: these came without it
    expected = page_cases(seeded_db, query=query, limit=50).rows
    shown = [model.index(r, 0).data(CaseIdRole) for r in range(50)]
    assert shown == [r.id for r in expected]
    assert model.index(0, 1).data() == expected[0].name_latin
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == expected[0].name_latin
    arabic = model.column_of("name_arabic")
    assert model.index(0, arabic).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    # The count and the next pages still come from the worker, once free.
    release.set()
    qtbot.waitUntil(model.is_counted, timeout=30_000)
    assert model.rowCount() > 150
    assert model.index(150, 0).data() == PLACEHOLDER  # asks for its page, as a view does
    qtbot.waitUntil(lambda: model.case_at(150) is not None, timeout=30_000)
    assert model.index(150, 0).data() not in (None, PLACEHOLDER)
    assert model.fetches == 1  # that page only: the first came at once


def test_a_search_still_waits_for_the_worker(
    qtbot, seeded_db: Database, held: tuple[TaskRunner, threading.Event]
) -> None:
    tasks, release = held
    model = CaseTableModel(seeded_db, tasks)
    model.set_query(CaseQuery(search="moh"))
    for _ in range(5):
        QCoreApplication.processEvents()
    assert not model.is_loaded()  # the worker is held: nothing was read on the spot
    release.set()
    qtbot.waitUntil(model.is_loaded, timeout=30_000)
    assert model.rowCount() > 0


def test_a_quick_first_page_of_a_replaced_query_is_dropped(
    qtbot, seeded_db: Database, held: tuple[TaskRunner, threading.Event]
) -> None:
    """A query set before the first rows of the previous one were handed over wins."""
    tasks, release = held
    model = CaseTableModel(seeded_db, tasks)
    model.set_query(CaseQuery())
    model.set_query(CaseQuery(descending=True))
    qtbot.waitUntil(model.is_loaded, timeout=10_000)
    assert model.query() == CaseQuery(descending=True)
    last = page_cases(seeded_db, query=CaseQuery(descending=True), limit=1).rows[0]
    assert model.index(0, 0).data(CaseIdRole) == last.id
    release.set()


def test_the_first_rows_are_there_for_the_first_paint_and_a_refresh_still_says_so(
    qtbot, seeded_db: Database, held: tuple[TaskRunner, threading.Event]
) -> None:
    """The rows are in the model when set_query returns (the view's first paint shows
    them); ``loaded`` follows, also when the list is refreshed before it came."""
    tasks, release = held
    model = CaseTableModel(seeded_db, tasks, page_size=30, first_rows=10)
    loaded: list[int] = []
    model.loaded.connect(lambda: loaded.append(model.rowCount()))
    model.set_query(CaseQuery())
    assert model.rowCount() == 30 and model.index(0, 0).data() not in (None, PLACEHOLDER)
    model.refresh()  # an edit saved at once: the first rows are read again, and said
    qtbot.waitUntil(lambda: loaded == [30], timeout=10_000)
    release.set()
    qtbot.waitUntil(model.is_counted, timeout=30_000)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()
    QCoreApplication.processEvents()


def test_the_count_waits_until_the_first_rows_are_painted(
    qtbot, seeded_db: Database, runner: TaskRunner
) -> None:
    """Counting a million cases beside the first paint took the interpreter from it: the
    first rows were painted about 2 ms later (15 ms against 13 at a million cases). The
    count now starts on the pass of the event loop after the view's paint has asked for
    the rows; it still comes."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QTableView

    tasks = runner
    model = CaseTableModel(seeded_db, tasks, page_size=50, first_rows=20, gather_ms=1)
    view = QTableView()
    view.resize(900, 500)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in order:
                order.append("painted")
            return False

    spy = Painted()
    view.viewport().installEventFilter(spy)
    tasks.busy_changed.connect(lambda busy: order.append("counting") if busy else None)
    view.setModel(model)
    view.show()
    model.set_query(CaseQuery())
    with qtbot.waitSignal(model.counted, timeout=10_000) as counted:
        pass
    assert counted.args == [10_000]
    assert order[:2] == ["painted", "counting"], order
    view.viewport().removeEventFilter(spy)
    view.close()
    view.setModel(None)
    view.deleteLater()


def test_a_list_no_view_paints_is_counted_all_the_same(
    qtbot, seeded_db: Database, runner: TaskRunner
) -> None:
    model = CaseTableModel(seeded_db, runner, page_size=50, first_rows=20, gather_ms=1)
    model.set_query(CaseQuery())
    with qtbot.waitSignal(model.counted, timeout=10_000) as counted:
        pass
    assert counted.args == [10_000] and model.rowCount() == 10_000
