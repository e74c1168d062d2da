"""The people an amnesty's rules select, for review before a bulk decision: a table over the
cached candidate rows (10,000 and more) where each can be unticked, and the counts of the
ticked people by category and by facility."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.services.apply_amnesty import CandidateRow
from desktop.ui import script
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.table import RIGHT, Column, Index, RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TICK_COLUMN = 0  # the tick is in the case number's cell


def category_name(row: CandidateRow) -> str:
    """The person's category in the window's language ("—" for none)."""
    return (
        script.shown_name(row.category, row.category_ar, row.category_ku) if row.category else "—"
    )


def facility_name(row: CandidateRow) -> str:
    """The person's facility in the window's script ("—" for none)."""
    return script.shown_name(row.facility, row.facility_ar) if row.facility else "—"


class CandidateModel(RecordTable[CandidateRow]):
    """Candidates with a tick each; unticked people are left out of the bulk decision."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[CandidateRow]] = [
            Column(self.tr("Case"), lambda r: r.case_no),
            # names in the window's script, as the case page shows them
            Column(
                self.tr("Name"),
                lambda r: r.name_latin,
                text=lambda r: script.shown_name(r.name_latin, r.name_arabic),
            ),
            Column(self.tr("Category"), lambda r: r.category, text=category_name),
            Column(self.tr("Facility"), lambda r: r.facility, text=facility_name),
            Column(
                self.tr("Held since"), lambda r: r.held_since, text=lambda r: text.day(r.held_since)
            ),
            Column(
                self.tr("Sentence"),
                lambda r: r.sentence_months,
                text=lambda r: text.months(r.sentence_months),
                align=RIGHT,
            ),
            Column(
                self.tr("Note"),
                lambda r: r.pending,
                text=lambda r: text.tr("pending decision") if r.pending else "",
            ),
        ]
        super().__init__(columns, parent, roles={ID_ROLE: lambda r: r.detainee_id})
        self._unticked: set[int] = set()

    def set_rows(
        self, rows: Iterable[CandidateRow], columns: Sequence[Column[CandidateRow]] | None = None
    ) -> None:
        """New candidates, every one ticked."""
        with self._resetting():
            self._unticked = set()
            self._replace(rows, columns)
        self.ticks_changed.emit()

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
                self.index(0, TICK_COLUMN),
                self.index(len(self._rows) - 1, TICK_COLUMN),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.ticks_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == TICK_COLUMN:
            r = self._record_at(index)
            if r is None:
                return None
            unticked = r.detainee_id in self._unticked
            return Qt.CheckState.Unchecked if unticked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TICK_COLUMN:
            return False
        r = self._record_at(index)
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


class CandidateCountsModel(RecordTable[tuple[str, int]]):
    """How many ticked people there are in each category (or facility)."""

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        columns: list[Column[tuple[str, int]]] = [
            Column(title, lambda r: r[0]),
            Column(
                self.tr("People"), lambda r: r[1], text=lambda r: text.number(r[1]), align=RIGHT
            ),
        ]
        super().__init__(columns, parent)

    def set_counts(self, names: Iterable[str | None]) -> None:
        self.set_rows(Counter(n or "—" for n in names).most_common())

    def counts(self) -> list[tuple[str, int]]:
        return self.rows()
