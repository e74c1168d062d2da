"""Reports as data: CSV (UTF-8 with BOM, for Excel) and XLSX (openpyxl).

Only the tabular blocks are written: every ``Table``, and every ``KeyValues`` block as a
two-column section (the case sheet's fields). Charts, paragraphs and signature lines
exist only on paper. Both formats start with the report's title, generated time,
database, filter and marks, and end with the notes on sources and precision.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``)
is written so that it stays text: CSV prefixes it with an apostrophe, XLSX stores it as
a string cell.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.reports.common import (
    CancelledFn,
    ProgressFn,
    atomic_output,
    check_cancelled,
    filter_display,
    format_generated,
    report_marks,
    table_decimals,
    totals_cells,
    tr_database,
    tr_details,
    tr_filter,
    tr_generated,
    tr_sources,
    tr_sources_sheet,
    tr_table_n,
)
from desktop.reports.content import Cell, KeyValues, ReportContent, Table

__all__ = ["render_csv", "render_xlsx", "sheet_names"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_SHEET_MAX = 31
_CHECK_EVERY = 2000


def _tabular_blocks(content: ReportContent) -> list[Table | KeyValues]:
    return [b for b in content.blocks if isinstance(b, Table | KeyValues)]


def _block_titles(blocks: Sequence[Table | KeyValues]) -> list[str]:
    """Each block's title; untitled tables are numbered among the tables."""
    titles = []
    tables = 0
    for block in blocks:
        if isinstance(block, Table):
            tables += 1
            titles.append(block.title.strip() or tr_table_n(tables))
        else:
            titles.append(block.title.strip() or tr_details())
    return titles


def _header_rows(content: ReportContent) -> list[list[str]]:
    rows = [
        [content.title],
        [tr_generated(), format_generated(content.generated_at)],
        [tr_database(), content.database_name],
        [tr_filter(), filter_display(content)],
    ]
    rows.extend([mark] for mark in report_marks(content))
    return rows


def _safe_text(text: str) -> str:
    """Keep text from being taken for a formula by a spreadsheet (CSV injection)."""
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _csv_cell(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str):
        return _safe_text(value)
    return value


# --- CSV -----------------------------------------------------------------------------


def render_csv(
    content: ReportContent,
    path: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write the report's tables as CSV sections (UTF-8 with BOM, comma separated).

    Layout: the header lines (title; Generated; Database; Filter; one line per mark),
    then for each table a blank line, its title line, the column titles, the rows and
    the totals row; last a blank line, "Sources and precision" and one note per line.
    """
    blocks = _tabular_blocks(content)
    titles = _block_titles(blocks)
    with atomic_output(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerows(_header_rows(content))
        for number, (block, title) in enumerate(zip(blocks, titles, strict=True), start=1):
            check_cancelled(cancelled)
            writer.writerow([])
            writer.writerow([_safe_text(title)])
            if isinstance(block, KeyValues):
                writer.writerows([_safe_text(k), _safe_text(v)] for k, v in block.items)
            else:
                writer.writerow([_safe_text(c.title) for c in block.columns])
                for start in range(0, len(block.rows), _CHECK_EVERY):
                    check_cancelled(cancelled)
                    chunk = block.rows[start : start + _CHECK_EVERY]
                    writer.writerows([_csv_cell(v) for v in row] for row in chunk)
                if block.totals is not None:
                    writer.writerow([_csv_cell(v) for v in totals_cells(block)])
            if progress is not None:
                progress(number, len(blocks))
        if content.notes:
            writer.writerow([])
            writer.writerow([tr_sources()])
            writer.writerows([_safe_text(note)] for note in content.notes)


# --- XLSX ----------------------------------------------------------------------------


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Valid, unique (case-insensitive) Excel sheet names for ``titles``: forbidden
    characters replaced, at most 31 characters, "History" avoided (Excel reserves it)."""
    names: list[str] = []
    taken: set[str] = set()
    for number, title in enumerate(titles, start=1):
        base = _SHEET_FORBIDDEN.sub(" ", title)
        base = " ".join(base.split()).strip("'").strip() or tr_table_n(number)
        if base.casefold() == "history":
            base += "_"
        base = base[:_SHEET_MAX].strip()
        name, suffix = base, 1
        while name.casefold() in taken:
            suffix += 1
            tail = f" ({suffix})"
            name = base[: _SHEET_MAX - len(tail)].rstrip() + tail
        taken.add(name.casefold())
        names.append(name)
    return names


def render_xlsx(
    content: ReportContent,
    path: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write the report as an XLSX workbook: one sheet per table (and per block of
    fields), each starting with the report header block, then a frozen bold header row,
    numbers as numbers; a last "Sources" sheet with the notes. Sheets read right to left
    when ``content.right_to_left``."""
    from openpyxl import Workbook

    blocks = _tabular_blocks(content)
    titles = _block_titles(blocks)
    sources = tr_sources_sheet()
    names = sheet_names([*titles, sources] if content.notes else titles)
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for number, (block, title, name) in enumerate(zip(blocks, titles, names, strict=False), 1):
        check_cancelled(cancelled)
        sheet = workbook.create_sheet(name)
        top = _xlsx_header(sheet, content)
        if isinstance(block, KeyValues):
            _xlsx_key_values(sheet, block, title, top)
        else:
            _xlsx_table(sheet, block, title, top, cancelled)
        if progress is not None:
            progress(number, len(blocks))
    if content.notes:
        sheet = workbook.create_sheet(names[-1])
        top = _xlsx_header(sheet, content)
        sheet.cell(top, 1, tr_sources()).font = _bold()
        for i, note in enumerate(content.notes, start=top + 1):
            sheet.cell(i, 1, _xlsx_text(note))
        sheet.column_dimensions["A"].width = 100
    if not workbook.worksheets:  # nothing tabular: still a valid workbook with the header
        sheet = workbook.create_sheet(sheet_names([content.title])[0])
        _xlsx_header(sheet, content)
    for sheet in workbook.worksheets:
        sheet.sheet_view.rightToLeft = bool(content.right_to_left)
    with atomic_output(path) as temp:
        workbook.save(temp)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _bold(size: float | None = None, colour: str | None = None) -> Any:
    from openpyxl.styles import Font

    return Font(bold=True, size=size, color=colour)


def _put(sheet: Any, row: int, column: int, value: Cell, number_format: str | None = None) -> Any:
    """Write one cell: numbers as numbers, text always as text (never a formula)."""
    cell = sheet.cell(row, column)
    if value is None:
        return cell
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, int | float):
        cell.value = value
        if number_format and isinstance(value, float):
            cell.number_format = number_format
    else:
        cell.value = _xlsx_text(str(value))
        cell.data_type = "s"
    return cell


def _xlsx_header(sheet: Any, content: ReportContent) -> int:
    """The report header block at the top of a sheet; returns the next free row."""
    rows = _header_rows(content)
    _put(sheet, 1, 1, rows[0][0]).font = _bold(14)
    marks_start = 5
    for r, row in enumerate(rows[1:], start=2):
        for c, value in enumerate(row, start=1):
            cell = _put(sheet, r, c, value)
            if r >= marks_start:
                cell.font = _bold(colour="B3261E")
            elif c == 1:
                cell.font = _bold()
    return len(rows) + 2


def _widths(sheet: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = round(min(max(width, 8.0), 60.0), 1)


def _text_width(value: Any) -> float:
    text = value if isinstance(value, str) else str(value)
    return len(text) * 1.1 + 2


def _xlsx_table(
    sheet: Any, table: Table, title: str, top: int, cancelled: CancelledFn | None
) -> None:
    from openpyxl.styles import Alignment, Border, PatternFill, Side

    sheet.cell(top, 1, _xlsx_text(title)).font = _bold(12)
    header_row = top + 1
    header_fill = PatternFill("solid", fgColor="E3E6EA")
    highlight = PatternFill("solid", fgColor="FBD9D7")
    below = Border(bottom=Side(style="thin", color="9AA0A6"))
    above = Border(top=Side(style="medium", color="1A1A1A"))
    columns = list(table.columns)
    decimals = table_decimals(table)
    formats = [("0." + "0" * d) if d else "0" for d in decimals]
    widths = [_text_width(c.title) for c in columns]
    for c, column in enumerate(columns, start=1):
        cell = _put(sheet, header_row, c, column.title)
        cell.font = _bold()
        cell.fill = header_fill
        cell.border = below
        cell.alignment = Alignment(
            horizontal="right" if column.numeric else None, vertical="top", wrap_text=True
        )
    count = len(columns)
    for i, row in enumerate(table.rows):
        if i % _CHECK_EVERY == 0:
            check_cancelled(cancelled)
        r = header_row + 1 + i
        flagged = i in table.highlight_rows
        for c, value in enumerate(row[:count]):
            cell = _put(sheet, r, c + 1, value, formats[c])
            if flagged:
                cell.fill = highlight
            if i < 1000 and value is not None:
                widths[c] = max(widths[c], _text_width(value))
        if flagged:
            for c in range(len(row) + 1, count + 1):
                sheet.cell(r, c).fill = highlight
    if table.totals is not None:
        r = header_row + 1 + len(table.rows)
        for c, value in enumerate(totals_cells(table)[:count]):
            cell = _put(sheet, r, c + 1, value, formats[c])
            cell.font = _bold()
            cell.border = above
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    _widths(sheet, widths)


def _xlsx_key_values(sheet: Any, block: KeyValues, title: str, top: int) -> None:
    sheet.cell(top, 1, _xlsx_text(title)).font = _bold(12)
    for r, (key, value) in enumerate(block.items, start=top + 1):
        _put(sheet, r, 1, key).font = _bold()
        _put(sheet, r, 2, value)
    key_w = max([_text_width(k) for k, _ in block.items] + [12.0])
    value_w = max([_text_width(v) for _, v in block.items] + [20.0])
    _widths(sheet, [key_w, value_w])
