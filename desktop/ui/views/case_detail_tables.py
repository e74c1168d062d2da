"""Small table models of the case detail: decisions and transfers.

Each holds a list of plain records set by the controller and serves them; none queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.reports import labels
from desktop.services.case_records import TransferRecord
from desktop.ui import script
from desktop.ui.models.table import Column, RecordTable

if TYPE_CHECKING:  # the window shows its first rows before the decision services are imported
    from desktop.services.decisions import DecisionRecord


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


def text_column[R](header: str, text: Callable[[R], str]) -> Column[R]:
    """A column of words, shown whole in the tooltip too (no tooltip when empty)."""
    return Column(header, text, tooltip=lambda r: text(r) or None)


def decisions_model(parent: QObject | None = None) -> RecordTable[DecisionRecord]:
    """A person's decisions."""
    columns: list[Column[DecisionRecord]] = [
        text_column(_tr("Amnesty"), lambda d: d.amnesty_title),
        text_column(_tr("Outcome"), lambda d: outcome_text(d.outcome)),
        text_column(_tr("Fraction"), lambda d: d.fraction or ""),
        text_column(_tr("Date"), lambda d: shown(d.decision_date)),
        text_column(_tr("Decided by"), lambda d: d.decided_by or ""),
        text_column(_tr("Standing"), standing),
        text_column(
            _tr("Revoked"), lambda d: shown(d.revoked_at) if d.revoked_at is not None else _tr("No")
        ),
    ]
    return RecordTable(columns, parent, row_numbers=False)


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


def transfers_model(parent: QObject | None = None) -> RecordTable[TransferRecord]:
    columns: list[Column[TransferRecord]] = [
        text_column(_tr("Date"), lambda t: shown(t.transferred_on)),
        text_column(_tr("From"), lambda t: t.from_facility or _tr("(none)")),
        text_column(_tr("To"), lambda t: t.to_facility),
        text_column(_tr("Reason"), lambda t: t.reason or ""),
        text_column(_tr("Recorded by"), lambda t: t.recorded_by or ""),
    ]
    return RecordTable(columns, parent, row_numbers=False)
