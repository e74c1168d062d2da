"""The facility list as a tree: sections under the facility they are part of.

The model serves rows that a service query returned (``set_rows``); ``data()`` only reads
that cache. It sorts each level itself, keeping the selection, and filters as the user
types, keeping the facilities a match is inside so that a section is shown where it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain import names
from desktop.domain.facility_rules import Neighbour
from desktop.domain.folding import query_tokens, tokens
from desktop.reports import labels
from desktop.services.facilities import OccupancyRow
from desktop.ui import script
from desktop.ui.models import facility_text as text

# The figures that say how full a facility is come first, so that they show in a narrow pane.
COL_NAME, COL_CAPACITY, COL_POPULATION, COL_OCCUPANCY = 0, 1, 2, 3
COL_KIND, COL_GOVERNORATE, COL_STATUS = 4, 5, 6
# The name in the other script (Latin in an Arabic-script window, Arabic otherwise); the page
# shows it beside the name in an Arabic-script window and hides it in the others.
COL_OTHER_NAME = 7
COLUMNS = 8

FACILITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OCCUPANCY_ROLE = Qt.ItemDataRole.UserRole + 2  # percent (float) or None
OVERCROWDED_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

OVERCROWDED_BACKGROUND = QColor("#fdecea")
OVERCROWDED_TEXT = QColor("#b00020")
CONTEXT_TEXT = QColor("#808080")
ROOT = 0  # internal id of the invisible root; facility ids start at 1

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class FacilityTreeModel(QAbstractItemModel):
    counts_changed = Signal(int, int)  # shown matches, all facilities

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, OccupancyRow] = {}
        self._children: dict[int, list[int]] = {ROOT: []}
        self._parent: dict[int, int] = {}
        self._matches: set[int] = set()
        self._filter = ""
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- the cache -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[OccupancyRow]) -> None:
        self.beginResetModel()
        self._rows = {r.id: r for r in rows}
        self._rebuild()
        self.endResetModel()
        self.counts_changed.emit(len(self._matches), len(self._rows))

    def set_filter(self, needle: str) -> None:
        if needle == self._filter:
            return
        self.beginResetModel()
        self._filter = needle
        self._rebuild()
        self.endResetModel()
        self.counts_changed.emit(len(self._matches), len(self._rows))

    def filter_text(self) -> str:
        return self._filter

    def row_for(self, facility_id: int | None) -> OccupancyRow | None:
        return self._rows.get(facility_id) if facility_id is not None else None

    def all_rows(self) -> list[OccupancyRow]:
        return list(self._rows.values())

    def neighbours(self) -> list[Neighbour]:
        return [Neighbour(r.id, r.parent_id, r.name) for r in self._rows.values()]

    def section_names(self, facility_id: int) -> list[str]:
        return [r.name for r in self._rows.values() if r.parent_id == facility_id]

    def total_count(self) -> int:
        return len(self._rows)

    def index_of(self, facility_id: int | None, column: int = 0) -> QModelIndex:
        if facility_id is None or facility_id not in self._parent:
            return QModelIndex()
        siblings = self._children[self._parent[facility_id]]
        return self.createIndex(siblings.index(facility_id), column, facility_id)

    def facility_id(self, index: Index) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def _matching(self, row: OccupancyRow) -> bool:
        needle = self._filter.strip()
        if not needle:
            return True
        haystack = " ".join(
            part
            for part in (
                row.name,
                row.name_ar,
                row.governorate,
                labels.facility_kind(row.kind),
                labels.facility_status(row.status),
            )
            if part
        )
        if needle.casefold() in haystack.casefold():
            return True
        wanted = query_tokens(needle)
        have = tokens(haystack)
        return bool(wanted) and all(any(h.startswith(w) for h in have) for w in wanted)

    def _rebuild(self) -> None:
        self._matches = {fid for fid, row in self._rows.items() if self._matching(row)}
        shown = set(self._matches)
        for fid in self._matches:  # the facilities a match is inside stay, for context
            seen: set[int] = set()
            parent = self._rows[fid].parent_id
            while parent is not None and parent in self._rows and parent not in seen:
                seen.add(parent)
                shown.add(parent)
                parent = self._rows[parent].parent_id
        self._children = {ROOT: []}
        self._parent = {}
        for fid in shown:
            parent_id = self._rows[fid].parent_id
            parent = parent_id if parent_id in shown and parent_id != fid else ROOT
            self._parent[fid] = parent if parent is not None else ROOT
            self._children.setdefault(self._parent[fid], []).append(fid)
        self._sort_all()

    def _sort_key(self, fid: int) -> tuple[Any, ...]:
        value = self._sort_value(self._rows[fid], self._sort_column)
        return (value, names.sort_key(_shown(self._rows[fid])), fid)

    def _sort_all(self) -> None:
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        for kids in self._children.values():
            present = [
                k for k in kids if self._sort_value(self._rows[k], self._sort_column) is not None
            ]
            absent = [k for k in kids if k not in present]
            present.sort(key=self._sort_key, reverse=reverse)
            absent.sort(key=lambda k: (names.sort_key(_shown(self._rows[k])), k))
            kids[:] = present + absent  # unknown values last, whichever the order

    @staticmethod
    def _sort_value(row: OccupancyRow, column: int) -> Any:
        # names in the order the case list sorts them by (``desktop.domain.names``)
        if column == COL_NAME:
            return names.sort_key(_shown(row))
        if column == COL_OTHER_NAME:
            other = script.names(row.name, row.name_ar)[1]
            return names.sort_key(other) if other else None
        if column == COL_KIND:
            return labels.facility_kind(row.kind).casefold()
        if column == COL_GOVERNORATE:
            return row.governorate.casefold() if row.governorate else None
        if column == COL_CAPACITY:
            return row.capacity
        if column == COL_POPULATION:
            return row.population
        if column == COL_OCCUPANCY:
            return row.occupancy
        return labels.facility_status(row.status).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self.facility_id(i), i.column()) for i in old]
        self._sort_column, self._sort_order = column, order
        self._sort_all()
        new = [self.index_of(fid, col) for fid, col in kept]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if column < 0 or column >= COLUMNS or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        kids = self._children.get(int(parent.internalId()) if parent.isValid() else ROOT, [])
        if 0 <= row < len(kids):
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parent.get(int(index.internalId()), ROOT)
        if parent == ROOT:
            return QModelIndex()
        return self.createIndex(self._children[self._parent[parent]].index(parent), 0, parent)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(int(parent.internalId()) if parent.isValid() else ROOT, []))

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Capacity"),
                self.tr("Population"),
                self.tr("Occupancy"),
                self.tr("Kind"),
                self.tr("Governorate"),
                self.tr("Status"),
                self.tr("Name (Latin)") if script.in_arabic_script() else self.tr("Name (Arabic)"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_POPULATION:
            return self.tr(
                "The latest reported headcount (with its date) when there is one, else the "
                "people held there counted from case records"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows.get(int(index.internalId()))
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == FACILITY_ID_ROLE:
            return row.id
        if role == OCCUPANCY_ROLE:
            return row.occupancy
        if role == OVERCROWDED_ROLE:
            return row.overcrowded
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_CAPACITY,
            COL_POPULATION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.overcrowded:
            return QBrush(OVERCROWDED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.id not in self._matches:
                return QBrush(CONTEXT_TEXT)
            if row.overcrowded and column in (COL_POPULATION, COL_OCCUPANCY):
                return QBrush(OVERCROWDED_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.overcrowded and column == COL_OCCUPANCY:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: OccupancyRow, column: int) -> str:
        if column == COL_NAME:
            return _shown(row)
        if column == COL_OTHER_NAME:
            return script.names(row.name, row.name_ar)[1]
        if column == COL_KIND:
            return labels.facility_kind(row.kind)
        if column == COL_GOVERNORATE:
            return row.governorate or "—"
        if column == COL_CAPACITY:
            return text.capacity_text(row.capacity)
        if column == COL_POPULATION:
            return text.population_cell(row)
        if column == COL_OCCUPANCY:
            return text.occupancy_text(row)
        return labels.facility_status(row.status)

    def _tooltip(self, row: OccupancyRow, column: int) -> str | None:
        if column == COL_POPULATION:
            return text.population_source(row)
        if column == COL_OCCUPANCY:
            return text.occupancy_tooltip(row)
        if column in (COL_NAME, COL_OTHER_NAME):
            parts = [n for n in script.names(row.name, row.name_ar) if n]
            if row.synthetic:
                parts.append(self.tr("Synthetic record for demonstration"))
            return "\n".join(parts)
        if column == COL_CAPACITY and row.capacity is None:
            return self.tr("Design capacity not reported")
        return None


def _shown(row: OccupancyRow) -> str:
    """The facility's name in the interface's script where one is recorded."""
    return script.shown_name(row.name, row.name_ar)
