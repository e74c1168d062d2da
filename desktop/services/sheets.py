"""Lists as files: CSV (UTF-8 with BOM, comma separated) and XLSX (openpyxl), read and
written a row at a time so that a million rows need no more memory than a thousand.

Files are written under a temporary name beside the destination, created readable by their
owner only (0600), and renamed into place when complete: an interrupted export never
leaves a file that looks whole. The first row is the header: the column names.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
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


def open_sheet(path: Path) -> SheetReader:
    """Open a list for reading; a file that is not a readable CSV or XLSX is refused."""
    fmt = file_format(path)
    if not path.is_file():
        raise RuleError("no such file", record=str(path))
    if fmt == ".csv":
        f = path.open("r", encoding="utf-8-sig", newline="")
        reader = csv.reader(f)
        try:
            header: list[object] = list(next(reader, []))
        except (UnicodeDecodeError, csv.Error) as exc:
            f.close()
            raise RuleError(f"not a readable UTF-8 CSV file ({exc})", record=path.name) from None
        rows = _csv_rows(reader, path)
        return SheetReader(path, header, rows, max(_count_lines(path) - 1, 0), f.close)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException
        raise RuleError(
            f"not a readable XLSX workbook ({type(exc).__name__})", record=path.name
        ) from None
    sheet = book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    header = list(next(values, ()))
    total = max((sheet.max_row or 1) - 1, 0)
    return SheetReader(path, header, values, total, book.close)


def _csv_rows(reader: Any, path: Path) -> Iterator[Sequence[object]]:
    try:
        yield from reader
    except (UnicodeDecodeError, csv.Error) as exc:
        raise RuleError(
            f"not a readable UTF-8 CSV file near line {reader.line_num} ({type(exc).__name__})",
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
