"""The people an amnesty's rules select, for review before a bulk decision: a table over the
cached candidate rows (10,000 and more) where each can be unticked, and the counts of the
ticked people by category and by facility."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.apply_amnesty import CandidateRow
from desktop.ui.models import amnesty_text as text

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CandidateModel(QAbstractTableModel):
    """Candidates with a tick each; unticked people are left out of the bulk decision."""

    COL_CASE, COL_NAME, COL_CATEGORY, COL_FACILITY, COL_HELD, COL_SENTENCE, COL_NOTE = range(7)
    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._unticked: set[int] = set()

    def set_rows(self, rows: Iterable[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._unticked = set()
        self.endResetModel()
        self.ticks_changed.emit()

    def record(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def ticked(self) -> list[CandidateRow]:
        return [r for r in self._rows if r.detainee_id not in self._unticked]

    def ticked_ids(self) -> list[int]:
        return [r.detainee_id for r in self._rows if r.detainee_id not in self._unticked]

    def is_ticked(self, row: int) -> bool:
        r = self.record(row)
        return r is not None and r.detainee_id not in self._unticked

    def set_all(self, ticked: bool) -> None:
        self._unticked = set() if ticked else {r.detainee_id for r in self._rows}
        self._tick_column_changed()

    def untick(self, detainee_ids: Iterable[int]) -> None:
        self._unticked |= set(detainee_ids)
        self._tick_column_changed()

    def _tick_column_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = (
            self.tr("Case"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Facility"),
            self.tr("Held since"),
            self.tr("Sentence"),
            self.tr("Note"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_CASE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.record(index.row())
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_CASE:
            unticked = r.detainee_id in self._unticked
            return Qt.CheckState.Unchecked if unticked else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SENTENCE:
            return RIGHT
        if role == ID_ROLE:
            return r.detainee_id
        return None

    def _display(self, r: CandidateRow, column: int) -> str:
        if column == self.COL_CASE:
            return r.case_no
        if column == self.COL_NAME:
            return r.name_latin
        if column == self.COL_CATEGORY:
            return r.category or "—"
        if column == self.COL_FACILITY:
            return r.facility or "—"
        if column == self.COL_HELD:
            return text.day(r.held_since)
        if column == self.COL_SENTENCE:
            return text.months(r.sentence_months)
        return text.tr("pending decision") if r.pending else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_CASE:
            return False
        r = self.record(index.row())
        if r is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self._unticked.discard(r.detainee_id)
        else:
            self._unticked.add(r.detainee_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True


class CandidateCountsModel(QAbstractTableModel):
    """How many ticked people there are in each category (or facility)."""

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._rows: list[tuple[str, int]] = []

    def set_counts(self, names: Iterable[str | None]) -> None:
        self.beginResetModel()
        self._rows = Counter(n or "—" for n in names).most_common()
        self.endResetModel()

    def counts(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (self._title, self.tr("People"))[section] if section in (0, 1) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        name, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name if index.column() == 0 else text.number(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return RIGHT
        return None
