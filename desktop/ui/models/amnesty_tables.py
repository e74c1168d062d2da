"""The amnesty page's tables over cached rows: the list of amnesties, the reconciliation of
counted and reported outcomes (differences highlighted), and the decisions under one
amnesty. Rows come from service calls made off the GUI thread; ``data()`` never queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.reports import labels
from desktop.services.amnesties import AmnestyRow, ReconciliationRow
from desktop.services.amnesty_decisions import AmnestyDecisionRow
from desktop.ui import script
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.table import RIGHT, Column, Index, RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAINEE_ROLE = Qt.ItemDataRole.UserRole + 2
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3
DIFFERENCE_BACKGROUND = QColor("#fde2e1")
DIFFERENCE_BRUSH = QBrush(DIFFERENCE_BACKGROUND)
DIFFERENCE_FOREGROUND = QBrush(QColor("#8a1c14"))
REVOKED_FOREGROUND = QBrush(QColor("#777777"))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _struck_out() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


class AmnestyListModel(RecordTable[AmnestyRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[AmnestyRow]] = [
            Column(self.tr("Amnesty"), lambda r: r.title),
            Column(
                self.tr("Issued"),
                lambda r: r.issued_on,
                text=lambda r: text.as_of(r.issued_on, r.issued_on_precision),
            ),
            Column(
                self.tr("Decisions"),
                lambda r: r.decisions,
                text=lambda r: text.number(r.decisions),
                align=RIGHT,
            ),
        ]
        roles: dict[int, Callable[[AmnestyRow], Any]] = {
            Qt.ItemDataRole.ToolTipRole: lambda r: r.issued_by or None,
            ID_ROLE: lambda r: r.id,
        }
        super().__init__(columns, parent, roles=roles)

    def amnesty_id(self, index: Index) -> int | None:
        r = self._record_at(index)
        return r.id if r is not None else None

    def row_for(self, amnesty_id: int | None) -> int | None:
        return self.row_where(lambda r: r.id == amnesty_id)


class ReconciliationModel(RecordTable[ReconciliationRow]):
    """Counted beside reported, one row per reported figure (and per unreported outcome)."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[ReconciliationRow]] = [
            Column(
                self.tr("Outcome"),
                lambda r: r.outcome,
                text=lambda r: text.outcome_text(r.outcome, r.fraction),
            ),
            Column(
                self.tr("Counted from records"),
                lambda r: r.counted,
                text=lambda r: text.number(r.counted),
                align=RIGHT,
            ),
            Column(self.tr("Reported"), lambda r: r.reported, text=_reported, align=RIGHT),
            Column(
                self.tr("Difference"),
                lambda r: r.difference,
                text=_difference,
                align=RIGHT,
                font=lambda r: _bold() if r.differs else None,
            ),
            Column(
                self.tr("Reported as of"),
                lambda r: r.as_of,
                text=lambda r: text.as_of(r.as_of, r.as_of_precision) if r.as_of else "—",
            ),
            Column(self.tr("Source"), lambda r: r.source, text=lambda r: r.source or "—"),
        ]
        roles: dict[int, Callable[[ReconciliationRow], Any]] = {
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: lambda r: DIFFERENCE_BRUSH if r.differs else None,
            Qt.ItemDataRole.ForegroundRole: lambda r: DIFFERENCE_FOREGROUND if r.differs else None,
            DIFFERS_ROLE: lambda r: r.differs,
        }
        super().__init__(columns, parent, roles=roles)

    def differences(self) -> int:
        return sum(1 for r in self._rows if r.differs)

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


def _reported(r: ReconciliationRow) -> str:
    if r.reported is None or r.precision is None:
        return text.tr("not reported")
    return text.figure(r.reported, r.precision)


def _difference(r: ReconciliationRow) -> str:
    agreement = text.label(text.agreement_labels(), r.agreement)
    if r.difference is None:
        return "—"
    if r.difference == 0:
        return agreement
    return f"{text.signed(r.difference)} ({agreement})"


class AmnestyDecisionsModel(RecordTable[AmnestyDecisionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[AmnestyDecisionRow]] = [
            Column(self.tr("Case"), lambda r: r.case_no),
            # in the window's script, as the case page names a person
            Column(
                self.tr("Name"),
                lambda r: r.name,
                text=lambda r: script.person_name(r.name, r.name_arabic),
            ),
            Column(
                self.tr("Outcome"),
                lambda r: r.outcome,
                text=lambda r: text.outcome_text(r.outcome, r.fraction),
            ),
            Column(
                self.tr("Decided on"),
                lambda r: r.decision_date,
                text=lambda r: text.day(r.decision_date),
            ),
            Column(
                self.tr("Decided by"), lambda r: r.decided_by, text=lambda r: r.decided_by or "—"
            ),
            Column(self.tr("Note"), self._note, font=lambda r: None),  # never struck out
        ]
        roles: dict[int, Callable[[AmnestyDecisionRow], Any]] = {
            Qt.ItemDataRole.ForegroundRole: lambda r: REVOKED_FOREGROUND if r.revoked else None,
            Qt.ItemDataRole.FontRole: lambda r: _struck_out() if r.revoked else None,
            ID_ROLE: lambda r: r.id,
            DETAINEE_ROLE: lambda r: r.detainee_id,
        }
        super().__init__(columns, parent, roles=roles)

    def _note(self, r: AmnestyDecisionRow) -> str:
        notes = []
        if r.revoked and r.imported_revoked_by:  # recorded here by the importer
            notes.append(
                text.tr("revoked by %1 (imported; the list says by %2)")
                .replace("%1", r.revoked_by or "—")
                .replace("%2", r.imported_revoked_by)
            )
        elif r.revoked:
            notes.append(text.tr("revoked by %1").replace("%1", r.revoked_by or "—"))
        if r.override_reason:
            notes.append(text.tr("override: %1").replace("%1", r.override_reason))
        if r.synthetic:
            notes.append(text.tr("synthetic"))
        return "; ".join(notes)
