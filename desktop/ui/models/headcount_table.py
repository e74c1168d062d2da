"""A facility's headcount history as a table: date, total, counts per category, source and
precision, each figure as reported. Serves the records the detail query returned."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.reports import labels
from desktop.services.headcounts import HeadcountRecord
from desktop.ui import script
from desktop.ui.models import facility_text as text

COL_AS_OF, COL_TOTAL, COL_PARTS, COL_SOURCE = range(4)
COLUMNS = 5
HEADCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class HeadcountTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HeadcountRecord] = []

    def set_rows(self, rows: Sequence[HeadcountRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> HeadcountRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[HeadcountRecord]:
        return list(self._rows)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if not 0 <= section < COLUMNS:
            return None
        return (
            self.tr("As of"),
            self.tr("Total"),
            self.tr("By category"),
            self.tr("Source"),
            self.tr("Precision"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_AS_OF:
                return text.as_of(r.as_of, r.as_of_precision)
            if column == COL_TOTAL:
                return text.figure(r.total, r.precision)
            if column == COL_PARTS:
                return "; ".join(f"{p.category} {text.number(p.count)}" for p in r.parts) or "—"
            if column == COL_SOURCE:
                return script.embed(r.source_title)
            return labels.precision(r.precision)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = text.tr("Source: %1").replace("%1", script.embed(r.source))
            return f"{tip}\n{r.note}" if r.note else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HEADCOUNT_ID_ROLE:
            return r.id
        return None
