"""The rows of a file being imported, as the check found them: the row number, the problems
of the row (in red, so they are seen first), then the cells in the list's columns. Serves the preview
rows the check returned; "only rows with problems" filters that cache, not the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.importing import ImportCheck, PreviewRow

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
PROBLEM_BRUSH = QBrush(QColor("#B3261E"))
PROBLEM_ROW_BRUSH = QBrush(QColor("#FBE9E7"))
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
COL_ROW, COL_PROBLEMS, FIRST_CELL = 0, 1, 2


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._all: list[PreviewRow] = []
        self._rows: list[PreviewRow] = []
        self._only_problems = False

    def set_check(self, check: ImportCheck | None) -> None:
        self.beginResetModel()
        self._columns = check.columns if check else ()
        self._all = list(check.preview) if check else []
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [r for r in self._all if r.problems] if self._only_problems else self._all

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or not self._columns else len(self._columns) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == COL_ROW:
            return self.tr("Row")
        if section == COL_PROBLEMS:
            return self.tr("Problems")
        return self._columns[section - FIRST_CELL]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_ROW:
                return r.row
            if column == COL_PROBLEMS:
                return ("\n" if role == Qt.ItemDataRole.ToolTipRole else "; ").join(r.problems)
            cell = column - FIRST_CELL
            return r.cells[cell] if cell < len(r.cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PROBLEMS and r.problems:
            return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and r.problems:
            return PROBLEM_ROW_BRUSH
        if role == ROW_NUMBER_ROLE:
            return r.row
        return None
