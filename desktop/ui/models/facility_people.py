"""The people held in a facility: a page of them (loaded through a service, never all), and
their count by category beside the latest reported headcount."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from desktop.services.facilities import CategoryComparison, HeldPerson
from desktop.services.headcounts import HeadcountRecord
from desktop.ui import script
from desktop.ui.models import facility_text as text
from desktop.ui.models.table import RIGHT, Column, RecordTable

DETAINEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HeldPeopleModel(RecordTable[HeldPerson]):
    """Case number, names, category, nationality and since when, for up to a page of people;
    a further page is appended (``append_rows``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[HeldPerson]] = [
            Column(self.tr("Case no."), lambda p: p.case_no),
            Column(self.tr("Name"), lambda p: p.name_latin),
            Column(self.tr("Name (Arabic)"), lambda p: p.name_arabic or ""),
            Column(self.tr("Category"), lambda p: p.category, text=lambda p: p.category or "—"),
            Column(
                self.tr("Nationality"), lambda p: p.nationality, text=lambda p: p.nationality or "—"
            ),
            Column(
                self.tr("Held since"),
                lambda p: p.held_since,
                text=lambda p: script.day(p.held_since),
            ),
        ]
        roles: dict[int, Callable[[HeldPerson], Any]] = {
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            DETAINEE_ID_ROLE: lambda p: p.id,
        }
        super().__init__(columns, parent, roles=roles)

    def _tooltip(self, p: HeldPerson) -> str | None:
        return self.tr("Synthetic record for demonstration") if p.synthetic else None


@dataclass(frozen=True)
class ComparisonLine:
    """One category (or the total of all): held, and the reported count and its precision."""

    category: str
    held: int
    reported: int | None
    precision: str | None
    total: bool = False


def _bold_total(line: ComparisonLine) -> QFont | None:
    if not line.total:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _difference(line: ComparisonLine) -> str:
    if line.reported is None:
        return "—"
    difference = text.signed(line.held - line.reported)
    return f"≈ {difference}" if line.precision == "approximate" else difference


class CategoryComparisonModel(RecordTable[ComparisonLine]):
    """Held (counted from records) beside the latest headcount, per category, with a total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            self._columns_for(None), parent, roles={Qt.ItemDataRole.FontRole: _bold_total}
        )
        self._latest: HeadcountRecord | None = None
        self._replace([self._total(0, None)])

    def set_comparison(
        self,
        rows: Sequence[CategoryComparison],
        *,
        held_total: int,
        latest: HeadcountRecord | None,
    ) -> None:
        precision = latest.precision if latest else None
        lines = [ComparisonLine(r.category, r.held, r.reported, precision) for r in rows]
        with self._resetting():
            self._latest = latest
            self._replace([*lines, self._total(held_total, latest)], self._columns_for(latest))

    def _total(self, held: int, latest: HeadcountRecord | None) -> ComparisonLine:
        return ComparisonLine(
            self.tr("All categories"),
            held,
            latest.total if latest else None,
            latest.precision if latest else None,
            total=True,
        )

    def _columns_for(self, latest: HeadcountRecord | None) -> list[Column[ComparisonLine]]:
        header = self.tr("Latest headcount")
        if latest is not None:
            header += f" ({text.as_of(latest.as_of, latest.as_of_precision)})"
        return [
            Column(self.tr("Category"), lambda r: r.category),
            Column(
                self.tr("Held (records)"),
                lambda r: r.held,
                text=lambda r: text.number(r.held),
                align=RIGHT,
            ),
            Column(
                header,
                lambda r: r.reported,
                text=lambda r: (
                    "—" if r.reported is None else text.figure(r.reported, r.precision or "exact")
                ),
                align=RIGHT,
                tooltip=self._source,
            ),
            Column(
                self.tr("Difference"),
                lambda r: None if r.reported is None else r.held - r.reported,
                text=_difference,
                align=RIGHT,
                tooltip=self._source,
            ),
        ]

    def _source(self, line: ComparisonLine) -> str:
        if self._latest is None:
            return self.tr("No headcount has been reported for this facility")
        if line.reported is None:
            return self.tr("The latest headcount does not count this category")
        return text.tr("Source: %1").replace("%1", self._latest.source)
