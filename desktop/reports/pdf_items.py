"""The display list of a laid-out report: what each page holds, as typed items.

The layouters (``desktop.reports.pdf_layout``) decide every position and line break and
produce these; the painter (``desktop.reports.pdf_paint``) draws them and decides nothing.
Positions are in device units; ``y`` is the item's top on its page. Text lines are
``(x on paper, offset from the item's top to the baseline, text)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.reports.pdf_measure import Font, Line


@dataclass(slots=True)
class TextLines:
    """Lines of one font and colour: a heading, a paragraph line, an empty-table note."""

    y: float
    font: Font
    colour: QColor
    lines: list[Line]
    direction: Qt.LayoutDirection


@dataclass(slots=True)
class HeaderRow:
    """A table's column titles on a shaded band, ruled below."""

    y: float
    h: float
    lines: list[Line]


@dataclass(slots=True)
class GroupRow:
    """The band that opens a group of rows (the roster's category)."""

    y: float
    h: float
    lines: list[Line]


@dataclass(slots=True)
class BodyRow:
    """One table row: zebra ``stripe``, or ``flagged`` (overcrowded, a difference)."""

    y: float
    h: float
    lines: list[Line]
    stripe: bool
    flagged: bool


@dataclass(slots=True)
class TotalsRow:
    y: float
    h: float
    lines: list[Line]


@dataclass(slots=True)
class Rule:
    """A horizontal line across the page."""

    y: float
    colour: QColor
    width_pt: float


@dataclass(slots=True)
class Legend:
    """A chart's legend entry: the swatch of a series, or the limit marker (None)."""

    name: str
    series: int | None


@dataclass(slots=True)
class ChartHead:
    """A chart's title, legend and axis figures (``tick_xs``: logical x of each tick)."""

    y: float
    title: TextLines  # its y is relative to the head
    title_h: float
    legend: list[Legend]
    tick_xs: list[float]
    tick_texts: list[str]


@dataclass(slots=True)
class Bar:
    series: int
    length: float
    text: str
    over: bool  # past the limit


@dataclass(slots=True)
class ChartRow:
    """One label's band of bars, with the grid and the limit marker (logical x)."""

    y: float
    h: float
    label: Line
    bars: list[Bar]
    bar_h: float
    bars_x: float
    limit_x: float | None
    tick_xs: list[float]


@dataclass(slots=True)
class Field:
    """A labelled value (or the part of a long one that fits on this page)."""

    y: float
    h: float
    keys: list[Line]
    values: list[Line]


@dataclass(slots=True)
class SignatureSlot:
    x: float
    lines: list[Line]


@dataclass(slots=True)
class Signatures:
    y: float
    slot: float
    space: float
    slots: list[SignatureSlot]


Item = (
    TextLines
    | HeaderRow
    | GroupRow
    | BodyRow
    | TotalsRow
    | Rule
    | ChartHead
    | ChartRow
    | Field
    | Signatures
)
