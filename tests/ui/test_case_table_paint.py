"""Painting the case list asks the model once per cell: ``CaseTableModel.multiData`` answers
the roles ``QStyledItemDelegate`` asks for in one call, with what ``data()`` answers role by
role, so that a cell looks the same either way (text, alignment, colours, font)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from desktop.services.database import Database
from desktop.store.case_queries import CaseQuery
from desktop.ui.models.case_table import (
    DELEGATE_ROLES,
    PLACEHOLDER,
    CaseIdRole,
    CaseTableModel,
)
from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class RoleByRole(CaseTableModel):
    """The same model answering a delegate role by role (Qt's own ``multiData``)."""

    multiData = QAbstractTableModel.multiData  # type: ignore[assignment]


class Counting(CaseTableModel):
    """The model, counting the calls a view makes."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.calls: Counter[str] = Counter()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        self.calls[f"data {int(role)}"] += 1
        return super().data(index, role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:
        self.calls["multiData"] += 1
        roles = tuple(roleDataSpan[k].role() for k in range(len(roleDataSpan)))
        self.calls[f"asked {roles}"] += 1
        super().multiData(index, roleDataSpan)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()
    QCoreApplication.processEvents()


def _shown(qtbot, model: CaseTableModel) -> None:
    model.set_query(CaseQuery())
    qtbot.waitUntil(lambda: model.is_loaded() and model.is_counted(), timeout=30_000)


def _cell(view: QTableView, index: QModelIndex) -> tuple[object, ...]:
    """What the delegate paints a cell from."""
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    return (
        option.text,
        option.displayAlignment,
        option.features,
        option.font.toString(),
        option.palette.brush(QPalette.ColorRole.Text).color().name(),
        option.backgroundBrush.style(),
        option.backgroundBrush.color().name(),
        option.checkState,
        option.icon.isNull(),
    )


@pytest.mark.parametrize("right_to_left", [False, True])
def test_a_cell_is_painted_from_what_data_answers(
    qtbot, seeded_db: Database, tasks: TaskRunner, right_to_left: bool
) -> None:
    direction = QGuiApplication.layoutDirection()
    if right_to_left:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        ours = CaseTableModel(seeded_db, tasks, page_size=40)
        reference = RoleByRole(seeded_db, tasks, page_size=40)
        _shown(qtbot, ours)
        _shown(qtbot, reference)
        assert ours.rowCount() == reference.rowCount() > 80
        views = []
        for model in (ours, reference):
            view = QTableView()
            qtbot.addWidget(view)
            view.setModel(model)
            views.append(view)
        # The first page (read), a row of a page not read yet (its placeholder) and a row
        # past the end.
        rows = [*range(40), 85]
        for row in rows:
            for column in range(ours.columnCount()):
                mine = _cell(views[0], ours.index(row, column))
                theirs = _cell(views[1], reference.index(row, column))
                assert mine == theirs, (row, ours.column_key(column))
        assert _cell(views[0], ours.index(85, 0))[0] == PLACEHOLDER
        arabic = ours.column_of("name_arabic")
        assert _cell(views[0], ours.index(0, arabic))[1] & Qt.AlignmentFlag.AlignRight
        assert _cell(views[0], ours.index(0, 1))[0] == ours.index(0, 1).data()
    finally:
        QGuiApplication.setLayoutDirection(direction)


def test_painting_asks_once_per_cell(qtbot, seeded_db: Database, tasks: TaskRunner) -> None:
    model = Counting(seeded_db, tasks)
    _shown(qtbot, model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    model.calls.clear()
    view.grab()
    painted = model.calls["multiData"]
    assert painted >= 10 * 10  # ten columns of at least ten rows
    assert {k for k in model.calls if k.startswith("data ")} == set()
    # The delegate asks for the roles ``multiData`` expects, in that order.
    assert model.calls[f"asked {tuple(int(r) for r in DELEGATE_ROLES)}"] == painted
    # Hovering for a tooltip still asks data() for it.
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == model.index(0, 1).data()


@pytest.mark.parametrize(
    "role",
    [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        CaseIdRole,
    ],
)
def test_any_other_request_is_answered_role_by_role(
    qtbot, seeded_db: Database, tasks: TaskRunner, role: Qt.ItemDataRole
) -> None:
    model = CaseTableModel(seeded_db, tasks)
    _shown(qtbot, model)
    arabic = model.column_of("name_arabic")
    for index in (model.index(0, 1), model.index(3, arabic), model.index(2, 0), QModelIndex()):
        wanted = QModelRoleData(int(role))
        wanted.setData("left from before")  # a span used again: every role is answered
        model.multiData(index, QModelRoleDataSpan(wanted))
        assert wanted.data() == model.data(index, int(role)), (index.column(), role)
        alone = QModelRoleData(int(role))  # one role, not in a span
        model.multiData(index, alone)
        assert alone.data() == model.data(index, int(role))


def test_the_headers_say_the_column_titles_and_row_numbers(
    qtbot, seeded_db: Database, tasks: TaskRunner
) -> None:
    model = CaseTableModel(seeded_db, tasks, page_size=40)
    _shown(qtbot, model)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    display, font = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
    titles = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Case number", "Name (Latin)", "Name (Arabic)"]
    assert model.headerData(model.columnCount(), horizontal) is None
    assert model.headerData(-1, horizontal) is None
    assert [model.headerData(r, vertical, display) for r in (0, 1, 39)] == ["1", "2", "40"]
    assert model.headerData(model.rowCount(), vertical) is None
    assert model.headerData(0, horizontal, font) is None
    assert model.headerData(0, vertical, font) is None
