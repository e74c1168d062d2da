"""The case list's model over 100,000 cases: a true row count, pages fetched in the
background in list order for every sort, filters and search, jumps to any row, bounded
memory, and the Qt model contract."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from case_truth import count, expected_ids
from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.database import Database
from desktop.store.case_queries import CaseQuery
from desktop.ui.models.case_table import PLACEHOLDER, CaseIdRole, CaseTableModel
from desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.slow


@pytest.fixture
def model(qtbot, big_db: Database) -> Iterator[CaseTableModel]:
    tasks = TaskRunner()
    m = CaseTableModel(big_db, tasks, gather_ms=1)
    yield m
    tasks.wait()
    # Deliver what the worker finished while the runner still exists.
    QCoreApplication.processEvents()


def show(qtbot, model: CaseTableModel, query: CaseQuery) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(query)
    qtbot.waitUntil(model.is_counted, timeout=10_000)


def ids(qtbot, model: CaseTableModel, first: int, last: int) -> list[int]:
    """The ids of rows first..last-1 as the view would get them: ask, wait, read."""
    for row in range(first, last):
        model.data(model.index(row, 0))
    qtbot.waitUntil(
        lambda: all(model.case_at(r) is not None for r in range(first, last)), timeout=10_000
    )
    return [model.index(r, 0).data(CaseIdRole) for r in range(first, last)]


def test_model_contract_and_true_row_count(qtbot, qtmodeltester, model: CaseTableModel):
    show(qtbot, model, CaseQuery())
    assert model.rowCount() == 100_000
    assert model.columnCount() == 10
    qtmodeltester.check(model)
    # A row not fetched yet shows a placeholder and asks for its page.
    far = model.index(54_321, 0)
    assert far.data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.case_at(54_321) is not None, timeout=10_000)
    assert far.data() == "SYN-054322"


@pytest.mark.parametrize(
    ("sort", "descending"),
    [
        ("name_latin", False),
        ("name_arabic", True),
        ("birth_year", False),
        ("held_since", True),
        ("category", False),
        ("facility", True),
        ("nationality", False),
        ("sex", True),
        ("status", False),
    ],
)
def test_sorting_by_every_column_matches_sql(
    qtbot, model: CaseTableModel, big_db: Database, sort: str, descending: bool
):
    query = CaseQuery(sort=sort, descending=descending)
    show(qtbot, model, query)
    assert ids(qtbot, model, 0, 450) == expected_ids(big_db, query, limit=450)
    # A jump to the middle, then the rows after it (keyset) and before it.
    middle = 61_234
    assert ids(qtbot, model, middle, middle + 10) == expected_ids(
        big_db, query, limit=10, offset=middle
    )
    page = model.page_size
    start = (middle // page) * page
    assert ids(qtbot, model, start - page, start + 2 * page) == expected_ids(
        big_db, query, limit=3 * page, offset=start - page
    )
    assert ids(qtbot, model, 99_990, 100_000) == expected_ids(
        big_db, query, limit=10, offset=99_990
    )


def test_header_click_sorts_by_requery(qtbot, model: CaseTableModel, big_db: Database):
    show(qtbot, model, CaseQuery())
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(model.column_of("birth_year"), Qt.SortOrder.DescendingOrder)
    assert model.query().sort == "birth_year" and model.query().descending
    assert ids(qtbot, model, 0, 50) == expected_ids(big_db, model.query(), limit=50)


def test_filters_search_and_sort_combine(qtbot, model: CaseTableModel, big_db: Database):
    with big_db.engine.connect() as conn:
        from sqlalchemy import text

        foreign = conn.execute(text("SELECT id FROM category WHERE code='foreign'")).scalar_one()
        european = conn.execute(text("SELECT id FROM category WHERE code='european'")).scalar_one()
    query = CaseQuery(category_ids=(foreign,), nationalities=("FR",), sort="name_latin")
    where = f"d.category_id IN ({foreign}, {european}) AND d.nationality = 'FR'"
    show(qtbot, model, query)
    assert model.rowCount() == count(big_db, where) > 500
    assert ids(qtbot, model, 0, model.rowCount()) == expected_ids(big_db, query, where)

    searched = CaseQuery(search="ahm", statuses=("held",), sort="birth_year", descending=True)
    where = (
        "d.status = 'held' AND d.id IN (SELECT detainee_id FROM detainee_token "
        "WHERE token >= 'ahm' AND token < 'ahn')"
    )
    show(qtbot, model, searched)
    total = count(big_db, where)
    assert model.rowCount() == total > 1000
    assert ids(qtbot, model, 0, 300) == expected_ids(big_db, searched, where, limit=300)
    assert ids(qtbot, model, total - 20, total) == expected_ids(
        big_db, searched, where, limit=20, offset=total - 20
    )


def test_memory_stays_bounded_while_scrolling_everywhere(qtbot, model: CaseTableModel):
    show(qtbot, model, CaseQuery(sort="name_latin"))
    for row in range(0, 100_000, 2_500):
        ids(qtbot, model, row, row + 5)
        assert model.cached_pages() <= model.max_pages
    assert model.fetches == 39  # every position but the first page, read by set_query


def test_only_the_visible_pages_are_fetched(qtbot, model: CaseTableModel):
    """Dragging the scrollbar asks for rows all along the way; only where it stopped is
    read."""
    show(qtbot, model, CaseQuery())
    visible = [(0, 30)]
    model.set_visible_rows(lambda: visible[0])
    before = model.fetches
    for row in range(1_000, 90_000, 1_000):  # what a drag paints on its way
        model.data(model.index(row, 0))
    visible[0] = (90_000, 90_030)
    model.data(model.index(90_000, 0))
    qtbot.waitUntil(lambda: model.case_at(90_000) is not None, timeout=10_000)
    # Every page asked for has been read or dropped: nothing is left to fetch.
    qtbot.waitUntil(model.is_idle, timeout=30_000)
    assert model.fetches - before == 1


def test_a_new_query_shows_its_first_rows_then_the_rest_of_its_first_page(qtbot, big_db: Database):
    """The rows a view shows at once arrive first; the rest of page 0 follows, joined in
    list order, and the pages after it continue from there."""
    tasks = TaskRunner()
    model = CaseTableModel(big_db, tasks, gather_ms=1, page_size=50, first_rows=7)
    query = CaseQuery(search="moh", sort="name_latin", descending=True)
    at_first: list[int] = []
    model.loaded.connect(lambda: at_first.append(model.rowCount()))
    try:
        show(qtbot, model, query)
        assert at_first == [7]
        where = (
            "d.id IN (SELECT detainee_id FROM detainee_token "
            "WHERE token >= 'muh' AND token < 'mui')"
        )
        expected = expected_ids(big_db, query, where)
        assert model.rowCount() == len(expected) > 120
        assert ids(qtbot, model, 0, 120) == expected[:120]
    finally:
        tasks.wait()
        QCoreApplication.processEvents()
