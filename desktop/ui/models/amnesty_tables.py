"""The amnesty page's tables over cached rows: the list of amnesties, the reconciliation of
counted and reported outcomes (differences highlighted), and the decisions under one
amnesty. Rows come from service calls made off the GUI thread; ``data()`` never queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.reports import labels
from desktop.services.amnesties import AmnestyRow, ReconciliationRow
from desktop.services.amnesty_decisions import AmnestyDecisionRow
from desktop.ui import script
from desktop.ui.models import amnesty_text as text

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAINEE_ROLE = Qt.ItemDataRole.UserRole + 2
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DIFFERENCE_BACKGROUND = QColor("#fde2e1")


class _Table[R](QAbstractTableModel):
    """Rows of plain records, replaced as a whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def _valid(self, index: Index) -> R | None:
        if not index.isValid() or index.parent().isValid():
            return None
        return self.record(index.row())


class AmnestyListModel(_Table[AmnestyRow]):
    COL_TITLE, COL_ISSUED, COL_DECISIONS = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Amnesty"), self.tr("Issued"), self.tr("Decisions"))

    def amnesty_id(self, index: Index) -> int | None:
        r = self._valid(index)
        return r.id if r is not None else None

    def row_for(self, amnesty_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == amnesty_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._valid(index)
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_TITLE:
                return r.title
            if column == self.COL_ISSUED:
                return text.as_of(r.issued_on, r.issued_on_precision)
            return text.number(r.decisions)
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.issued_by or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DECISIONS:
            return RIGHT
        if role == ID_ROLE:
            return r.id
        return None


class ReconciliationModel(_Table[ReconciliationRow]):
    """Counted beside reported, one row per reported figure (and per unreported outcome)."""

    COL_OUTCOME, COL_COUNTED, COL_REPORTED, COL_DIFFERENCE, COL_AS_OF, COL_SOURCE = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Outcome"),
            self.tr("Counted from records"),
            self.tr("Reported"),
            self.tr("Difference"),
            self.tr("Reported as of"),
            self.tr("Source"),
        )

    def differences(self) -> int:
        return sum(1 for r in self._rows if r.differs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._valid(index)
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_COUNTED,
            self.COL_REPORTED,
            self.COL_DIFFERENCE,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and r.differs:
            return QBrush(DIFFERENCE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r.differs:
            return QBrush(QColor("#8a1c14"))
        if role == Qt.ItemDataRole.FontRole and r.differs and column == self.COL_DIFFERENCE:
            font = QFont()
            font.setBold(True)
            return font
        if role == DIFFERS_ROLE:
            return r.differs
        return None

    def _display(self, r: ReconciliationRow, column: int) -> str:
        if column == self.COL_OUTCOME:
            return text.outcome_text(r.outcome, r.fraction)
        if column == self.COL_COUNTED:
            return text.number(r.counted)
        if column == self.COL_REPORTED:
            if r.reported is None or r.precision is None:
                return text.tr("not reported")
            return text.figure(r.reported, r.precision)
        if column == self.COL_DIFFERENCE:
            agreement = text.label(text.agreement_labels(), r.agreement)
            if r.difference is None:
                return "—"
            if r.difference == 0:
                return agreement
            return f"{text.signed(r.difference)} ({agreement})"
        if column == self.COL_AS_OF:
            return text.as_of(r.as_of, r.as_of_precision) if r.as_of else "—"
        return r.source or "—"

    def _tooltip(self, r: ReconciliationRow) -> str:
        lines = [
            text.tr("Counted: %1 standing decisions in this database (%2 of them synthetic).")
            .replace("%1", text.number(r.counted))
            .replace("%2", text.number(r.counted_synthetic))
        ]
        if r.reported is not None and r.precision:
            lines.append(
                text.tr("Reported: %1 (%2), as of %3 — %4")
                .replace("%1", text.figure(r.reported, r.precision))
                .replace("%2", labels.precision(r.precision))
                .replace("%3", text.as_of(r.as_of, r.as_of_precision))
                .replace("%4", script.embed(r.label or ""))
            )
            lines.append(
                text.tr("Source: %1").replace(
                    "%1",
                    script.embed(
                        r.source + (f" ({r.source_publisher})" if r.source_publisher else "")
                    )
                    if r.source
                    else "—",
                )
            )
        return "\n".join(lines)


class AmnestyDecisionsModel(_Table[AmnestyDecisionRow]):
    COL_CASE, COL_NAME, COL_OUTCOME, COL_DATE, COL_BY, COL_NOTE = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Case"),
            self.tr("Name"),
            self.tr("Outcome"),
            self.tr("Decided on"),
            self.tr("Decided by"),
            self.tr("Note"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._valid(index)
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_CASE:
                return r.case_no
            if column == self.COL_NAME:
                return r.name
            if column == self.COL_OUTCOME:
                return text.outcome_text(r.outcome, r.fraction)
            if column == self.COL_DATE:
                return text.day(r.decision_date)
            if column == self.COL_BY:
                return r.decided_by or "—"
            return self._note(r)
        if role == Qt.ItemDataRole.ForegroundRole and r.revoked:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and r.revoked:
            font = QFont()
            font.setStrikeOut(True)
            return font if column != self.COL_NOTE else None
        if role == ID_ROLE:
            return r.id
        if role == DETAINEE_ROLE:
            return r.detainee_id
        return None

    def _note(self, r: AmnestyDecisionRow) -> str:
        notes = []
        if r.revoked:
            notes.append(text.tr("revoked by %1").replace("%1", r.revoked_by or "—"))
        if r.override_reason:
            notes.append(text.tr("override: %1").replace("%1", r.override_reason))
        if r.synthetic:
            notes.append(text.tr("synthetic"))
        return "; ".join(notes)
