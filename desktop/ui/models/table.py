"""One read-only table model over a list of plain records, its columns declared once.

A ``Column[R]`` says everything about one column: its header, the record's value there, the
text shown when it differs from the value, its alignment, how it sorts, and optionally its
tooltip, colours and font. ``RecordTable[R]`` serves a list of records through those columns;
the list is set (or appended to) from records loaded off the GUI thread, and ``data()`` only
reads it, never the database. Roles that belong to the whole row (the record's id under a
user role, a row-wide tooltip or colour) are given once to the table as ``roles``; a
column's own tooltip, colours or font take precedence over the row's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
Role = Qt.ItemDataRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column[R]:
    """One column: ``header`` is the translated title; ``value`` the record's value here,
    shown as it is unless ``text`` gives the words; ``sort_key`` orders the column (the value
    by default). The other functions answer their role for a record, None for nothing."""

    header: str
    value: Callable[[R], object]
    text: Callable[[R], str] | None = None
    align: Qt.AlignmentFlag | None = None
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], object] | None = None
    foreground: Callable[[R], QBrush | None] | None = None
    background: Callable[[R], QBrush | None] | None = None
    font: Callable[[R], QFont | None] | None = None

    def display(self, record: R) -> object:
        return self.text(record) if self.text is not None else self.value(record)

    def role(self, role: int) -> Callable[[R], Any] | None:
        """The function that answers ``role`` in this column, if the column has one."""
        if role == Role.ToolTipRole:
            return self.tooltip
        if role == Role.ForegroundRole:
            return self.foreground
        if role == Role.BackgroundRole:
            return self.background
        if role == Role.FontRole:
            return self.font
        return None


class RecordTable[R](QAbstractTableModel):
    """Records shown through their columns; replaced as a whole or appended to."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        roles: Mapping[int, Callable[[R], Any]] | None = None,
        row_numbers: bool = True,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[R], ...] = tuple(columns)
        self._roles: dict[int, Callable[[R], Any]] = dict(roles or {})
        self._row_numbers = row_numbers
        self._rows: list[R] = []

    # -- the records ---------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R], columns: Sequence[Column[R]] | None = None) -> None:
        """Replace the records (and the columns, when given) with a model reset."""
        with self._resetting():
            self._replace(rows, columns)

    def _replace(self, rows: Iterable[R], columns: Sequence[Column[R]] | None = None) -> None:
        """Replace the records (and the columns); only within ``_resetting()``."""
        self._rows = list(rows)
        if columns is not None:
            self._columns = tuple(columns)

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """A model reset around changes of the records and of a subclass's own state."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        """Add records after the last one (a further page), keeping the rows shown."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(NO_PARENT, first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_where(self, matches: Callable[[R], bool]) -> int | None:
        """The first row whose record ``matches``, or None."""
        return next((i for i, r in enumerate(self._rows) if matches(r)), None)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if self._row_numbers else None
        return self._columns[section].header if 0 <= section < len(self._columns) else None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        record = self._record_at(index)
        if record is None:
            return None
        column = self._columns[index.column()]
        if role == Role.DisplayRole:
            return column.display(record)
        if role == Role.TextAlignmentRole:
            return int(column.align) if column.align is not None else None
        answer = column.role(role) or self._roles.get(role)
        return answer(record) if answer is not None else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the records by the column's sort key (missing values last, ties kept in
        their order), keeping selections and current rows on their records."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        by = self._columns[column].sort_key or self._columns[column].value
        keys: list[Any] = [by(r) for r in self._rows]
        present = [i for i, k in enumerate(keys) if k is not None]
        missing = [i for i, k in enumerate(keys) if k is None]
        descending = order == Qt.SortOrder.DescendingOrder
        after = sorted(present, key=lambda i: keys[i], reverse=descending) + missing
        new_row = {old: new for new, old in enumerate(after)}
        self._rows = [self._rows[i] for i in after]
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_row[i.row()], i.column()) if i.isValid() else QModelIndex()
            for i in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _record_at(self, index: Index) -> R | None:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        return self.record(index.row())
