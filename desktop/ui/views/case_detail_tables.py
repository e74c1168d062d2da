"""Small table models of the case detail: decisions, transfers and the change history.

Each holds a list of plain records set by the controller and serves them; none queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.reports import labels
from desktop.services.case_records import TransferRecord
from desktop.ui import script

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDetail", text)


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return script.digits(value.strftime("%Y-%m-%d %H:%M"))
    if isinstance(value, date):
        return script.day(value, "")
    if isinstance(value, int):
        return script.digits(str(value))
    return str(value)


def outcome_text(value: str) -> str:
    return labels.outcome(value)


class RecordsModel(QAbstractTableModel):
    """Rows of records, one column per (title, getter)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()][1](self._rows[index.row()])
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        return None


def decisions_model(parent: Any = None) -> RecordsModel:
    """A person's decisions (``services.decisions.DecisionRecord``)."""
    return RecordsModel(
        [
            (_tr("Amnesty"), lambda d: d.amnesty_title),
            (_tr("Outcome"), lambda d: outcome_text(d.outcome)),
            (_tr("Fraction"), lambda d: d.fraction or ""),
            (_tr("Date"), lambda d: shown(d.decision_date)),
            (_tr("Decided by"), lambda d: d.decided_by or ""),
            (_tr("Standing"), standing),
            (
                _tr("Revoked"),
                lambda d: shown(d.revoked_at) if d.revoked_at is not None else _tr("No"),
            ),
        ],
        parent,
    )


def standing(d: Any) -> str:
    """Where a decision stands, in words: waiting for approval (by whom, since when),
    approved (by whom), rejected (why), or in force without approval."""
    state = getattr(d, "state", "approved")
    if d.revoked_at is not None:
        return _tr("revoked")
    if state == "proposed":
        return (
            _tr("proposed by %1 on %2, waiting for approval")
            .replace("%1", getattr(d, "proposed_by", None) or "—")
            .replace("%2", shown(getattr(d, "proposed_at", None)))
        )
    if state == "rejected":
        return (
            _tr("rejected by %1: %2")
            .replace("%1", getattr(d, "rejected_by", None) or "—")
            .replace("%2", getattr(d, "rejection_reason", None) or "")
        )
    approver = getattr(d, "approved_by", None)
    if approver:
        return (
            _tr("proposed by %1, approved by %2")
            .replace("%1", getattr(d, "proposed_by", None) or "—")
            .replace("%2", approver)
        )
    if getattr(d, "before_approval", False):
        return _tr("recorded before approval was required")
    return _tr("in force (no approval needed)")


def transfers_model(parent: Any = None) -> RecordsModel:
    def source(t: TransferRecord) -> str:
        return t.from_facility or _tr("(none)")

    return RecordsModel(
        [
            (_tr("Date"), lambda t: shown(t.transferred_on)),
            (_tr("From"), source),
            (_tr("To"), lambda t: t.to_facility),
            (_tr("Reason"), lambda t: t.reason or ""),
            (_tr("Recorded by"), lambda t: t.recorded_by or ""),
        ],
        parent,
    )


def history_model(labels: Callable[[str | None], str], parent: Any = None) -> RecordsModel:
    """The change log; ``labels`` names a field as the form does."""
    actions = {"insert": _tr("created"), "update": _tr("changed"), "delete": _tr("deleted")}
    return RecordsModel(
        [
            (_tr("When (UTC)"), lambda h: shown(h.at)),
            (_tr("Who"), lambda h: h.who),
            (_tr("Change"), lambda h: actions.get(h.action, h.action)),
            (_tr("Field"), lambda h: labels(h.field)),
            (_tr("Before"), lambda h: h.before or ""),
            (_tr("After"), lambda h: h.after or ""),
        ],
        parent,
    )
