"""The list of proposals waiting for approval: one row per proposed batch ("Apply
amnesty") and one per single proposal, from plain records loaded off the GUI thread;
``data()`` never queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.reports import labels
from desktop.services.approvals import BatchReview, PendingRow
from desktop.ui.models import amnesty_text as text

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
MINE_FOREGROUND = QColor("#666666")


@dataclass(frozen=True)
class Proposal:
    """One entry of the list: a batch or a single proposal."""

    batch: BatchReview | None = None
    single: PendingRow | None = None

    @property
    def key(self) -> str:
        if self.batch is not None:
            return f"batch:{self.batch.batch_id}"
        assert self.single is not None
        return f"decision:{self.single.id}"

    @property
    def mine(self) -> bool:
        if self.batch is not None:
            return any(p.mine for p in self.batch.people[:1])
        assert self.single is not None
        return self.single.mine

    @property
    def size(self) -> int:
        return self.batch.total if self.batch is not None else 1


def outcome_counts(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{labels.outcome(outcome)} {text.number(n)}" for outcome, n in sorted(counts.items())
    )


class ProposalModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []

    def set_rows(self, rows: Sequence[Proposal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Proposal | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for(self, key: str | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def waiting(self) -> int:
        """How many decisions the list holds (a batch counts each of its people)."""
        return sum(r.size for r in self._rows)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            self.tr("Proposal"),
            self.tr("Outcome"),
            self.tr("Amnesty"),
            self.tr("Proposed by"),
            self.tr("Proposed on"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.record(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and r.mine:
            return QBrush(MINE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and r.mine:
            return self.tr("You proposed this; another reviewer must approve it.")
        return None

    def _display(self, r: Proposal, column: int) -> str:
        if r.batch is not None:
            b = r.batch
            values = (
                self.tr("Apply amnesty: %1 people").replace("%1", text.number(b.total)),
                outcome_counts(b.counts),
                b.amnesty_title,
                b.proposed_by or "—",
                text.day(b.proposed_at.date() if b.proposed_at else None),
            )
        else:
            assert r.single is not None
            p = r.single
            values = (
                text.person_label(p.case_no, p.name_latin, None),
                text.outcome_text(p.outcome, p.fraction),
                p.amnesty_title,
                p.proposed_by or "—",
                text.day(p.proposed_at.date() if p.proposed_at else None),
            )
        return values[column]
