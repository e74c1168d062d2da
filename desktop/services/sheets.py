"""Lists as files: CSV (UTF-8 with BOM, comma separated) and XLSX, read a row at a time
(XLSX and LibreOffice's ODS by calamine) and written a row at a time (openpyxl).

Files are written under a temporary name beside the destination, created readable by their
owner only (0600), and renamed into place when complete: an interrupted export never
leaves a file that looks whole. The first row is the header: the column names.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.domain.cells import format_category_counts, format_fraction, quote_text
from desktop.domain.errors import RuleError
from desktop.store.leftovers import partial_name

FORMATS = (".csv", ".xlsx")
# The longest CSV cell read; a longer one refuses the file naming its row.
CELL_MAX = 1_000_000
# A workbook is refused before it is read when its parts unpack to more than this (a sheet of
# 1,048,575 rows of the 18 case columns, as openpyxl writes it, unpacks to 1.03 GB) ...
WORKBOOK_INFLATED_MAX = 1_500_000_000
# ... or when a part of more than RATIO_CHECKED_FROM bytes is compressed more than
# INFLATION_RATIO_MAX to 1 (spreadsheet XML is about 5 to 20 to 1).
INFLATION_RATIO_MAX = 200
RATIO_CHECKED_FROM = 10_000_000
WORKBOOK_PARTS_MAX = 10_000
# calamine holds a whole sheet in memory, about 1.6 times its unpacked XML: a larger sheet
# is streamed by openpyxl instead (slower, in constant memory).
CALAMINE_SHEET_MAX = 200_000_000
# The size of the largest sheet a spreadsheet program makes (Excel's).
SHEET_ROWS_MAX = 1_048_576
SHEET_COLUMNS_MAX = 16_384
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XLSX_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise RuleError(
            f"the file must end in .csv or .xlsx, not {suffix or '(nothing)'}", record=path.name
        )
    return suffix


# --- reading ------------------------------------------------------------------------------


@dataclass
class SheetReader:
    """The header and then the rows of the first sheet of a CSV or XLSX file."""

    path: Path
    header: list[object]
    rows: Iterator[Sequence[object]]
    estimated_rows: int
    _close: Any = None
    # A spreadsheet leaves out the empty cells at the end of a row; a CSV row has them all.
    short_rows: bool = False

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def csv_encoding(path: Path) -> str:
    """The encoding of a CSV file: UTF-8 (with or without its BOM), or UTF-16 with a BOM or
    without one (recognised by the zero bytes of its ASCII characters, which Excel's
    "Unicode text" and some Windows tools write)."""
    with path.open("rb") as f:
        head = f.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8) or b"\0" not in head:
        return "utf-8-sig"
    pairs = len(head) // 2
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    if odd > pairs // 4 and even == 0:
        return "utf-16-le"
    if even > pairs // 4 and odd == 0:
        return "utf-16-be"
    raise RuleError(
        "not a CSV text file: it holds zero bytes but is not UTF-16 text; save it as CSV UTF-8",
        record=path.name,
    )


def check_workbook_size(path: Path) -> int:
    """Refuse a workbook before reading it when what it declares would inflate beyond what
    an import reads (a "zip bomb": a few MB that unpack to gigabytes), or when one of its
    parts is compressed far more than spreadsheet XML ever is. Returns the unpacked size of
    its largest part (the sheet, in a list)."""
    try:
        with zipfile.ZipFile(path) as book:
            parts = book.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RuleError(
            f"not a readable XLSX workbook ({type(exc).__name__})", record=path.name
        ) from None
    if len(parts) > WORKBOOK_PARTS_MAX:
        raise RuleError(
            f"refused before reading: the workbook has {len(parts):,} parts, more than "
            f"{WORKBOOK_PARTS_MAX:,}",
            record=path.name,
        )
    inflated = sum(p.file_size for p in parts)
    if inflated > WORKBOOK_INFLATED_MAX:
        raise RuleError(
            f"refused before reading: the workbook unpacks to {inflated:,} bytes, more than "
            f"the {WORKBOOK_INFLATED_MAX:,} an import reads; split the list into smaller files",
            record=path.name,
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_CHECKED_FROM and ratio > INFLATION_RATIO_MAX:
            raise RuleError(
                f"refused before reading: {part.filename[:100]} unpacks from "
                f"{part.compress_size:,} to {part.file_size:,} bytes ({ratio:,.0f} to 1), far "
                f"more than a spreadsheet (at most {INFLATION_RATIO_MAX} to 1); the file is "
                "damaged or made to exhaust memory",
                record=path.name,
            )
    return max((p.file_size for p in parts), default=0)


def open_sheet(path: Path) -> SheetReader:
    """Open a list for reading; a file that is not a readable CSV, XLSX (or ODS, which
    LibreOffice writes) is refused."""
    fmt = path.suffix.lower() if path.suffix.lower() == ".ods" else file_format(path)
    if not path.is_file():
        raise RuleError("no such file", record=str(path))
    if fmt == ".csv":
        encoding = csv_encoding(path)
        if csv.field_size_limit() < CELL_MAX:
            csv.field_size_limit(CELL_MAX)
        f = path.open("r", encoding=encoding, newline="")
        reader = csv.reader(f)
        try:
            header: list[object] = list(next(reader, []))
        except (UnicodeDecodeError, csv.Error) as exc:
            f.close()
            raise RuleError(
                f"row 1 (the header): {_csv_problem(exc, encoding)}", record=path.name
            ) from None
        rows = _csv_rows(reader, path, encoding)
        return SheetReader(path, header, rows, max(_count_lines(path) - 1, 0), f.close)
    return _open_workbook(path, fmt)


def _open_workbook(path: Path, fmt: str) -> SheetReader:
    """The first sheet of an XLSX or ODS workbook, read by calamine (Rust): the cells' XML
    is parsed outside Python, and Python sees each row as a list of str, float, int, bool
    and date values (an empty cell as "")."""
    sheet_bytes = check_workbook_size(path)
    if fmt == ".xlsx" and sheet_bytes > CALAMINE_SHEET_MAX:
        return _open_with_openpyxl(path)
    from python_calamine import CalamineWorkbook

    kind = "ODS spreadsheet" if fmt == ".ods" else "XLSX workbook"
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        values = sheet.iter_rows()
        header: list[object] = list(next(values, []))
    except Exception as exc:  # CalamineError, ZipError, XmlError, WorksheetNotFound
        raise RuleError(f"not a readable {kind} ({type(exc).__name__})", record=path.name) from None
    if sheet.height > SHEET_ROWS_MAX or sheet.width > SHEET_COLUMNS_MAX:
        book.close()
        raise RuleError(
            f"refused: the sheet declares {sheet.height:,} rows and {sheet.width:,} columns; a "
            f"sheet holds at most {SHEET_ROWS_MAX:,} rows and {SHEET_COLUMNS_MAX:,} columns",
            record=path.name,
        )
    total = max(sheet.height - 1, 0)
    return SheetReader(path, header, _workbook_rows(values, path, kind), total, book.close, True)


def _open_with_openpyxl(path: Path) -> SheetReader:
    """A large XLSX sheet, streamed by openpyxl's read-only mode: slower than calamine, but
    its memory does not grow with the sheet."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException
        raise RuleError(
            f"not a readable XLSX workbook ({type(exc).__name__})", record=path.name
        ) from None
    values = sheet.iter_rows(values_only=True)
    header: list[object] = list(next(values, ()))
    total = max((sheet.max_row or 1) - 1, 0)
    if total + 1 > SHEET_ROWS_MAX:
        book.close()
        raise RuleError(
            f"refused: the sheet declares {total + 1:,} rows; a sheet holds at most "
            f"{SHEET_ROWS_MAX:,}",
            record=path.name,
        )
    rows = _workbook_rows(values, path, "XLSX workbook")
    return SheetReader(path, header, rows, total, book.close, short_rows=True)


def _workbook_rows(values: Any, path: Path, kind: str) -> Iterator[Sequence[object]]:
    try:
        yield from values
    except Exception as exc:  # an XML or zip error met further into the sheet
        raise RuleError(f"not a readable {kind} ({type(exc).__name__})", record=path.name) from None


def _csv_problem(exc: Exception, encoding: str) -> str:
    if isinstance(exc, UnicodeDecodeError):
        name = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
        return f"not readable as {name} text; save the file as CSV UTF-8"
    if "field larger than field limit" in str(exc):
        return f"a cell is longer than {CELL_MAX:,} characters"
    return f"not a readable CSV row ({str(exc)[:100]})"


def _csv_rows(reader: Any, path: Path, encoding: str) -> Iterator[Sequence[object]]:
    row = 1
    try:
        for cells in reader:
            row += 1
            yield cells
    except (UnicodeDecodeError, csv.Error) as exc:
        raise RuleError(
            f"row {row + 1} (line {reader.line_num}): {_csv_problem(exc, encoding)}",
            record=path.name,
        ) from None


# --- writing ------------------------------------------------------------------------------


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return quote_text(value)
    if isinstance(value, tuple):
        return _pair_text(value)
    return value


def _pair_text(value: tuple[Any, ...]) -> str:
    if len(value) == 2 and all(isinstance(v, int) for v in value):
        return format_fraction(value[0], value[1]) or ""
    return format_category_counts(value)


def _abandon(book: Any) -> None:
    """Close an unsaved write-only workbook's sheet streams and remove the temporary files
    openpyxl keeps their rows in (else they stay until the program exits, and a stream
    that failed on a full disk reports its failure again when it is collected)."""
    for sheet in getattr(book, "_sheets", []):
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            writer.xf.close()
        if isinstance(getattr(writer, "out", None), str):
            with contextlib.suppress(OSError):
                os.remove(writer.out)


class SheetWriter:
    """Writes one list: ``write(rows)`` as many times as needed, then ``commit()`` renames
    the finished file into place; closing without commit removes the partial file."""

    def __init__(self, path: Path, header: Sequence[str], title: str = "List") -> None:
        self.path = path.absolute()
        self.format = file_format(path)
        self.partial = partial_name(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            self.partial.unlink()
        fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.chmod(self.partial, 0o600)
        self._file: Any = None
        self._book: Any = None
        if self.format == ".csv":
            self._file = self.partial.open("w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._file, lineterminator="\r\n")
            self._csv.writerow(list(header))
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Font

            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet(title[:31])
            self._sheet.freeze_panes = "A2"
            bold = Font(bold=True)
            cells = []
            for name in header:
                cell = WriteOnlyCell(self._sheet, value=name)
                cell.font = bold
                cells.append(cell)
            self._sheet.append(cells)
            self._cell = WriteOnlyCell

    def write(self, rows: Sequence[Sequence[object]]) -> None:
        if self._file is not None:
            self._csv.writerows([_csv_cell(v) for v in row] for row in rows)
            return
        append = self._sheet.append
        for row in rows:
            append([self._xlsx_cell(v) for v in row])

    def _xlsx_cell(self, value: object) -> object:
        if isinstance(value, str):
            value = _ILLEGAL.sub("", value)
            if value.startswith("=") or value in _XLSX_ERRORS:
                cell = self._cell(self._sheet, value=None)
                cell.value = value
                cell.data_type = "s"
                return cell
            return value
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, tuple):
            return _pair_text(value)
        return value

    def commit(self) -> Path:
        if self._file is not None:
            file, self._file = self._file, None
            file.close()  # may fail (a full disk): close() below still removes the file
        elif self._book is not None:
            book, self._book = self._book, None
            book.save(self.partial)
        os.chmod(self.partial, 0o600)
        os.replace(self.partial, self.path)
        return self.path

    def close(self) -> None:
        """Give up: remove the partial file (after a failure or a cancel). Closing may fail
        as the write did (a full disk flushes nothing): the file is removed all the same."""
        file, self._file = self._file, None
        book, self._book = self._book, None
        try:
            if file is not None:
                with contextlib.suppress(OSError):
                    file.close()
            if book is not None:
                _abandon(book)
        finally:
            with contextlib.suppress(FileNotFoundError):
                self.partial.unlink()

    def __enter__(self) -> SheetWriter:
        return self

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()
