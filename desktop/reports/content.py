"""What a report says, independent of how it is printed.

One ``ReportContent`` feeds every output (print preview, printer, PDF, CSV, XLSX).
It is built without Qt; renderers decide layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    numeric: bool = False
    width: float = 1.0  # relative width on paper
    decimals: int | None = None  # digits after the point for floats; None: as few as needed (max 3)


@dataclass(frozen=True)
class Table:
    """A table of rows; ``group_key`` names a column whose changes start a new group
    (the roster groups people by category). ``totals`` is an optional last row."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    totals: Sequence[Cell] | None = None
    group_key: str | None = None
    highlight_rows: frozenset[int] = (
        frozenset()
    )  # indexes of rows to flag (overcrowded, differences)


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars: one label per bar, one or more series, an optional limit per bar
    (capacity) drawn as a marker."""

    title: str
    labels: Sequence[str]
    series: Sequence[tuple[str, Sequence[float]]]
    limits: Sequence[float | None] | None = None
    limit_label: str = ""  # legend text for the limit marker; renderers default to "Capacity"


@dataclass(frozen=True)
class KeyValues:
    """A block of labelled fields (the case sheet's header)."""

    title: str
    items: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class SignatureLines:
    labels: Sequence[str]


Block = Table | BarChart | KeyValues | Paragraph | SignatureLines


@dataclass(frozen=True)
class ReportContent:
    title: str
    generated_at: datetime
    database_name: str
    filter_text: str
    blocks: Sequence[Block]
    contains_personal_data: bool = False
    includes_synthetic: bool = False
    right_to_left: bool = False
    notes: Sequence[str] = field(default_factory=tuple)  # sources and precision of reported figures
    # approval is off for the database: no decision had a second person's approval
    not_independently_approved: bool = False

    def marks(self) -> list[str]:
        """The marks every page carries, in English (renderers print the translated form
        from ``desktop.reports.common.report_marks``)."""
        marks = []
        if self.contains_personal_data:
            marks.append("CONFIDENTIAL: contains personal data")
        if self.includes_synthetic:
            marks.append("Includes synthetic records")
        if self.not_independently_approved:
            marks.append("Decisions not independently approved")
        return marks

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
