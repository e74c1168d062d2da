"""The people held in a facility: a page of them (loaded through a service, never all), and
their count by category beside the latest reported headcount."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.services.facilities import CategoryComparison, HeldPerson
from desktop.services.headcounts import HeadcountRecord
from desktop.ui import script
from desktop.ui.models import facility_text as text

DETAINEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HeldPeopleModel(QAbstractTableModel):
    """Case number, names, category, nationality and since when, for up to a page of people."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HeldPerson] = []

    def set_rows(self, rows: Sequence[HeldPerson]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[HeldPerson]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def person(self, row: int) -> HeldPerson | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if not 0 <= section < 6:
            return None
        return (
            self.tr("Case no."),
            self.tr("Name"),
            self.tr("Name (Arabic)"),
            self.tr("Category"),
            self.tr("Nationality"),
            self.tr("Held since"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                p.case_no,
                p.name_latin,
                p.name_arabic or "",
                p.category or "—",
                p.nationality or "—",
                script.day(p.held_since),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and p.synthetic:
            return self.tr("Synthetic record for demonstration")
        if role == DETAINEE_ID_ROLE:
            return p.id
        return None


class CategoryComparisonModel(QAbstractTableModel):
    """Held (counted from records) beside the latest headcount, per category, with a total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryComparison] = []
        self._held_total = 0
        self._latest: HeadcountRecord | None = None

    def set_rows(
        self,
        rows: Sequence[CategoryComparison],
        *,
        held_total: int,
        latest: HeadcountRecord | None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._held_total = held_total
        self._latest = latest
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < 4:
                return None
            latest = self.tr("Latest headcount")
            if self._latest is not None:
                latest += f" ({text.as_of(self._latest.as_of, self._latest.as_of_precision)})"
            return (self.tr("Category"), self.tr("Held (records)"), latest, self.tr("Difference"))[
                section
            ]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def _values(self, row: int) -> tuple[str, int, int | None, str | None]:
        """Category, held, reported count and its precision."""
        if row < len(self._rows):
            r = self._rows[row]
            precision = self._latest.precision if self._latest else None
            return r.category, r.held, r.reported, precision
        latest = self._latest
        return (
            self.tr("All categories"),
            self._held_total,
            latest.total if latest else None,
            latest.precision if latest else None,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        category, held, reported, precision = self._values(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return category
            if column == 1:
                return text.number(held)
            if reported is None:
                return "—"
            if column == 2:
                return text.figure(reported, precision or "exact")
            difference = text.signed(held - reported)
            return f"≈ {difference}" if precision == "approximate" else difference
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            if self._latest is None:
                return self.tr("No headcount has been reported for this facility")
            if reported is None:
                return self.tr("The latest headcount does not count this category")
            return text.tr("Source: %1").replace("%1", self._latest.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows):
            font = QFont()
            font.setBold(True)
            return font
        return None
