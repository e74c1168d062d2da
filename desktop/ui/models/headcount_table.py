"""A facility's headcount history as a table: date, total, counts per category, source and
precision, each figure as reported. Serves the records the detail query returned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop.reports import labels
from desktop.services.headcounts import HeadcountRecord
from desktop.ui import script
from desktop.ui.models import facility_text as text
from desktop.ui.models.table import RIGHT, Column, RecordTable

HEADCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HeadcountTableModel(RecordTable[HeadcountRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[HeadcountRecord]] = [
            Column(
                self.tr("As of"),
                lambda r: r.as_of,
                text=lambda r: text.as_of(r.as_of, r.as_of_precision),
            ),
            Column(
                self.tr("Total"),
                lambda r: r.total,
                text=lambda r: text.figure(r.total, r.precision),
                align=RIGHT,
            ),
            Column(
                self.tr("By category"),
                lambda r: "; ".join(f"{p.category} {text.number(p.count)}" for p in r.parts) or "—",
            ),
            Column(self.tr("Source"), lambda r: script.embed(r.source_title)),
            Column(self.tr("Precision"), lambda r: labels.precision(r.precision)),
        ]
        roles: dict[int, Callable[[HeadcountRecord], Any]] = {
            Qt.ItemDataRole.ToolTipRole: _tooltip,
            HEADCOUNT_ID_ROLE: lambda r: r.id,
        }
        super().__init__(columns, parent, roles=roles)


def _tooltip(r: HeadcountRecord) -> str:
    tip = text.tr("Source: %1").replace("%1", script.embed(r.source))
    return f"{tip}\n{r.note}" if r.note else tip
