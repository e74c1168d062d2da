"""The list of proposals waiting for approval: one row per proposed batch ("Apply
amnesty") and one per single proposal, from plain records loaded off the GUI thread;
``data()`` never queries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.reports import labels
from desktop.services.approvals import BatchReview, PendingRow
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.table import Column, RecordTable

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
    def source(self) -> BatchReview | PendingRow:
        """The batch, or else the single proposal."""
        if self.batch is not None:
            return self.batch
        assert self.single is not None
        return self.single

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


def _outcome(r: Proposal) -> str:
    if r.batch is not None:
        return outcome_counts(r.batch.counts)
    assert r.single is not None
    return text.outcome_text(r.single.outcome, r.single.fraction)


def _proposed_on(r: Proposal) -> str:
    at = r.source.proposed_at
    return text.day(at.date() if at else None)


class ProposalModel(RecordTable[Proposal]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[Proposal]] = [
            Column(self.tr("Proposal"), self._proposal),
            Column(self.tr("Outcome"), _outcome),
            Column(self.tr("Amnesty"), lambda r: r.source.amnesty_title),
            Column(self.tr("Proposed by"), lambda r: r.source.proposed_by or "—"),
            Column(self.tr("Proposed on"), lambda r: r.source.proposed_at, text=_proposed_on),
        ]
        roles: dict[int, Callable[[Proposal], Any]] = {
            Qt.ItemDataRole.ForegroundRole: lambda r: QBrush(MINE_FOREGROUND) if r.mine else None,
            Qt.ItemDataRole.ToolTipRole: self._mine,
        }
        super().__init__(columns, parent, roles=roles, row_numbers=False)

    def row_for(self, key: str | None) -> int | None:
        return self.row_where(lambda r: r.key == key)

    def waiting(self) -> int:
        """How many decisions the list holds (a batch counts each of its people)."""
        return sum(r.size for r in self._rows)

    def _proposal(self, r: Proposal) -> str:
        if r.batch is not None:
            return self.tr("Apply amnesty: %1 people").replace("%1", text.number(r.batch.total))
        assert r.single is not None
        return text.person_short(r.single.case_no, r.single.name_latin, r.single.name_arabic)

    def _mine(self, r: Proposal) -> str | None:
        return self.tr("You proposed this; another reviewer must approve it.") if r.mine else None
