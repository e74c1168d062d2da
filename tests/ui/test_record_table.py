"""The generic read-only table: columns declared once serve every role the pages use, the
model keeps Qt's rules (qtmodeltester), resets, appends and sorts by the columns' keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from desktop.ui.models.table import RIGHT, Column, RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QBrush(QColor("#777777"))
RED = QBrush(QColor("#B3261E"))


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    held: int | None
    revoked: bool = False


PEOPLE = [Person(1, "Rana", 12), Person(2, "Ali", None, revoked=True), Person(3, "Huda", 3)]


def bold(p: Person) -> QFont | None:
    if p.held is None:
        return None
    font = QFont()
    font.setBold(True)
    return font


def columns() -> list[Column[Person]]:
    return [
        Column("Name", lambda p: p.name, tooltip=lambda p: f"person {p.id}"),
        Column(
            "Held",
            lambda p: p.held,
            text=lambda p: "—" if p.held is None else f"{p.held} months",
            align=RIGHT,
            background=lambda p: RED if p.held is None else None,
            font=bold,
        ),
        Column(
            "Length", lambda p: p.name, sort_key=lambda p: len(p.name), foreground=lambda p: None
        ),
    ]


def model(rows: list[Person] | None = None, **kwargs: object) -> RecordTable[Person]:
    table: RecordTable[Person] = RecordTable(
        columns(),
        roles={
            ID_ROLE: lambda p: p.id,
            Qt.ItemDataRole.ForegroundRole: lambda p: GREY if p.revoked else None,
            Qt.ItemDataRole.ToolTipRole: lambda p: "a whole row's tip",
        },
        **kwargs,  # type: ignore[arg-type]
    )
    table.set_rows(PEOPLE if rows is None else rows)
    return table


def names(table: RecordTable[Person]) -> list[str]:
    return [table.index(r, 0).data() for r in range(table.rowCount())]


def test_a_filled_and_an_empty_table_keep_the_rules_of_a_model(qtmodeltester):
    filled = model()
    qtmodeltester.check(filled, force_py=True)
    qtmodeltester.check(model(), force_py=False)
    qtmodeltester.check(model([]), force_py=True)
    qtmodeltester.check(model([]), force_py=False)


def test_the_columns_give_the_column_count_and_the_headers():
    table = model()
    assert table.columnCount() == 3
    assert table.rowCount() == 3
    horizontal = Qt.Orientation.Horizontal
    assert [table.headerData(c, horizontal) for c in range(3)] == ["Name", "Held", "Length"]
    assert table.headerData(3, horizontal) is None
    assert table.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert table.headerData(1, Qt.Orientation.Vertical) == 2
    assert model(row_numbers=False).headerData(1, Qt.Orientation.Vertical) is None
    assert model([]).columnCount() == 3  # the columns are there before any row
    assert table.columnCount(table.index(0, 0)) == 0  # a table: no children
    assert table.rowCount(table.index(0, 0)) == 0


def test_each_role_comes_from_the_column_or_else_from_the_row():
    table = model()
    held = table.index(1, 1)
    assert held.data() == "—"  # the text, not the value
    assert table.index(0, 1).data() == "12 months"
    assert table.index(0, 0).data() == "Rana"  # no text: the value itself
    assert held.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert table.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert held.data(Qt.ItemDataRole.BackgroundRole) == RED
    assert table.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert table.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert held.data(Qt.ItemDataRole.FontRole) is None
    # the column's tooltip wins over the row's; a column without one shows the row's
    assert table.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "person 2"
    assert table.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "a whole row's tip"
    # the row's foreground where the column has none; "Length" answers None itself
    assert table.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == GREY
    assert table.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert table.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert [table.index(r, 2).data(ID_ROLE) for r in range(3)] == [1, 2, 3]
    assert table.index(0, 0).data(Qt.ItemDataRole.EditRole) is None
    assert table.data(table.index(5, 0)) is None


def test_records_are_read_back_by_row():
    table = model()
    assert table.record(1) == PEOPLE[1]
    assert table.record(3) is None and table.record(-1) is None
    assert table.rows() == PEOPLE
    assert table.row_where(lambda p: p.id == 3) == 2
    assert table.row_where(lambda p: p.id == 9) is None


def test_set_rows_resets_the_model_and_can_replace_the_columns(qtbot):
    table = model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(table)
    with qtbot.waitSignals([table.modelAboutToBeReset, table.modelReset]):
        table.set_rows(PEOPLE[:1])
    assert names(table) == ["Rana"]
    assert view.model().rowCount() == 1
    with qtbot.waitSignal(table.modelReset):
        table.set_rows(PEOPLE, [Column("Id", lambda p: p.id)])
    assert table.columnCount() == 1
    assert table.headerData(0, Qt.Orientation.Horizontal) == "Id"
    assert [table.index(r, 0).data() for r in range(3)] == [1, 2, 3]


def test_append_rows_inserts_after_the_last_row(qtbot, qtmodeltester):
    table = model(PEOPLE[:1])
    tester = QAbstractItemModelTester(table, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(table.rowsInserted) as inserted:
        table.append_rows(PEOPLE[1:])
    assert inserted.args[1:] == [1, 2]
    assert names(table) == ["Rana", "Ali", "Huda"]
    with qtbot.assertNotEmitted(table.rowsAboutToBeInserted):
        table.append_rows([])
    del tester
    qtmodeltester.check(table, force_py=True)


def test_sorting_follows_the_sort_key_with_missing_values_last():
    table = model()
    current = QPersistentModelIndex(table.index(0, 0))  # Rana
    table.sort(1)  # by months held: the value, not the text
    assert names(table) == ["Huda", "Rana", "Ali"]
    assert current.row() == 1  # a persistent index follows its record
    table.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(table) == ["Rana", "Huda", "Ali"]  # missing still last
    table.sort(2)  # by the length of the name, the column's sort key
    assert names(table) == ["Ali", "Rana", "Huda"]  # ties keep their order
    table.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(table) == ["Rana", "Huda", "Ali"]
    table.sort(7)  # no such column: nothing moves
    assert names(table) == ["Rana", "Huda", "Ali"]
    assert current.row() == 0
