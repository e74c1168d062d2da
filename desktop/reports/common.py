"""What every renderer shares: the translated report chrome, cell formatting, cancelling.

Chrome words go through ``QCoreApplication.translate("Report", ...)`` with literal source
strings so that ``lupdate`` finds them; without an installed translator they come back
in English. ``QCoreApplication.translate`` works without an application instance.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.reports.content import Cell, Column, ReportContent, Table
from desktop.store.leftovers import create_partial

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

MAX_AUTO_DECIMALS = 3


class RenderCancelled(Exception):
    """The caller's ``cancelled()`` returned true; no output file was left behind."""


def check_cancelled(cancelled: CancelledFn | None) -> None:
    if cancelled is not None and cancelled():
        raise RenderCancelled


# --- translated chrome ---------------------------------------------------------------


def tr_generated() -> str:
    return QCoreApplication.translate("Report", "Generated")


def tr_database() -> str:
    return QCoreApplication.translate("Report", "Database")


def tr_filter() -> str:
    return QCoreApplication.translate("Report", "Filter")


def tr_no_filter() -> str:
    return QCoreApplication.translate("Report", "(none)")


def tr_total() -> str:
    return QCoreApplication.translate("Report", "Total")


def tr_sources() -> str:
    return QCoreApplication.translate("Report", "Sources and precision")


def tr_sources_sheet() -> str:
    """Name of the spreadsheet sheet holding the notes."""
    return QCoreApplication.translate("Report", "Sources")


def tr_continued() -> str:
    return QCoreApplication.translate("Report", "(continued)")


def tr_no_records() -> str:
    return QCoreApplication.translate("Report", "No records")


def tr_capacity() -> str:
    return QCoreApplication.translate("Report", "Capacity")


def tr_page_of(page: int, count: int) -> str:
    text = QCoreApplication.translate("Report", "Page %1 of %2")
    return text.replace("%1", str(page)).replace("%2", str(count))


def tr_details() -> str:
    return QCoreApplication.translate("Report", "Details")


def tr_table_n(number: int) -> str:
    return QCoreApplication.translate("Report", "Table %1").replace("%1", str(number))


def report_marks(content: ReportContent) -> list[str]:
    """The marks every page carries, translated (``content.marks()`` is the English form)."""
    marks = []
    if content.contains_personal_data:
        marks.append(QCoreApplication.translate("Report", "CONFIDENTIAL: contains personal data"))
    if content.includes_synthetic:
        marks.append(QCoreApplication.translate("Report", "Includes synthetic records"))
    if content.not_independently_approved:
        marks.append(QCoreApplication.translate("Report", "Decisions not independently approved"))
    return marks


def format_generated(moment: datetime) -> str:
    """Unambiguous everywhere: ISO date, minutes, and the zone when known."""
    text = moment.strftime("%Y-%m-%d %H:%M")
    if moment.tzinfo is not None:
        zone = moment.tzname() or moment.strftime("%z")
        if zone:
            text += f" {zone}"
    return text


def filter_display(content: ReportContent) -> str:
    return content.filter_text.strip() or tr_no_filter()


# --- cells ---------------------------------------------------------------------------


def _decimals_needed(value: float) -> int:
    if not math.isfinite(value):
        return 0
    for places in range(MAX_AUTO_DECIMALS + 1):
        if round(value, places) == value:
            return places
    return MAX_AUTO_DECIMALS


def column_decimals(column: Column, values: Iterator[Cell] | Sequence[Cell]) -> int:
    """Digits after the point for the column's floats: the column's own setting, else as
    few as its values need (at most ``MAX_AUTO_DECIMALS``) so that figures line up."""
    if column.decimals is not None:
        return column.decimals
    places = 0
    for value in values:
        if isinstance(value, float) and not isinstance(value, bool):
            places = max(places, _decimals_needed(value))
            if places >= MAX_AUTO_DECIMALS:
                break
    return places


def table_decimals(table: Table) -> list[int]:
    return [
        column_decimals(column, (row[i] if i < len(row) else None for row in table.rows))
        for i, column in enumerate(table.columns)
    ]


def format_cell(value: Cell, decimals: int = 0) -> str:
    """Text for a cell on paper: no thousands separators (numeric columns also hold
    identifiers), floats with a fixed number of decimals per column."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return f"{value:.{decimals}f}"
    text = str(value)
    if "\n" in text or "\r" in text or "\t" in text:
        text = " ".join(text.split())
    return text


def totals_cells(table: Table, hidden: int | None = None) -> list[Cell]:
    """The totals row, with the word "Total" in the first visible cell when that cell is
    empty and not numeric. ``hidden`` is the index of a column left off the page (the
    group column); a label it holds moves to the first visible cell."""
    assert table.totals is not None
    cells: list[Cell] = list(table.totals) + [None] * (len(table.columns) - len(table.totals))
    first = next((i for i in range(len(table.columns)) if i != hidden), None)
    if first is None or table.columns[first].numeric or cells[first] not in (None, ""):
        return cells
    moved = cells[hidden] if hidden is not None else None
    cells[first] = moved if isinstance(moved, str) and moved else tr_total()
    return cells


# --- files ---------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``, on any
    error (including cancelling) it is removed and ``path`` stays as it was. The temporary
    name carries the process id (``store.leftovers``), so that the file of a process killed
    meanwhile is swept at the next start beside the database."""
    target = Path(path)
    temp = create_partial(target)
    try:
        yield temp
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
