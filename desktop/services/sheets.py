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
from desktop.domain.messages import Msg
from desktop.store.leftovers import create_partial

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
# is read in pieces of about CHUNK_BYTES of its XML, each a small workbook of its own that
# calamine reads (see :class:`_ChunkedSheet`), so that memory does not grow with the sheet.
CALAMINE_SHEET_MAX = 200_000_000
CHUNK_BYTES = 8_000_000
# A workbook whose shared strings (the text cells Excel keeps in one table) unpack to more
# than this is streamed by openpyxl instead: each piece would carry the whole table.
CHUNK_SHARED_STRINGS_MAX = 16_000_000
# The size of the largest sheet a spreadsheet program makes (Excel's).
SHEET_ROWS_MAX = 1_048_576
SHEET_COLUMNS_MAX = 16_384
# The most characters a cell holds (Excel's limit; openpyxl cuts longer text there).
XLSX_CELL_MAX = 32_767
# Characters an XLSX cell cannot hold as they are (XML has no control characters, and reads
# a carriage return as a line feed), and text that looks like the escape a workbook writes
# them as (``_x000D_``): both are written escaped, ``_xHHHH_``, the way Excel writes them and
# calamine reads them back, so that a value comes back from ``import`` as it was stored.
_XLSX_ESCAPED = re.compile(r"[\x00-\x08\x0b\x0c\r\x0e-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
_XLSX_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}
# The kinds of workbook a refusal names, in words the window translates.
WORKBOOK_KINDS = {"XLSX workbook": Msg("XLSX workbook"), "ODS spreadsheet": Msg("ODS spreadsheet")}


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise RuleError(
            Msg("the file must end in .csv or .xlsx, not {value}", value=suffix or "(nothing)"),
            record=path.name,
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
        Msg(
            "not a CSV text file: it holds zero bytes but is not UTF-16 text; save it as CSV UTF-8"
        ),
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
            Msg("not a readable XLSX workbook ({name})", name=type(exc).__name__), record=path.name
        ) from None
    if len(parts) > WORKBOOK_PARTS_MAX:
        raise RuleError(
            Msg(
                "refused before reading: the workbook has {count:,} parts, more than {workbook_parts_max:,}",
                count=len(parts),
                workbook_parts_max=WORKBOOK_PARTS_MAX,
            ),
            record=path.name,
        )
    inflated = sum(p.file_size for p in parts)
    if inflated > WORKBOOK_INFLATED_MAX:
        raise RuleError(
            Msg(
                "refused before reading: the workbook unpacks to {inflated:,} bytes, more than the {workbook_inflated_max:,} an import reads; split the list into smaller files",
                inflated=inflated,
                workbook_inflated_max=WORKBOOK_INFLATED_MAX,
            ),
            record=path.name,
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_CHECKED_FROM and ratio > INFLATION_RATIO_MAX:
            raise RuleError(
                Msg(
                    "refused before reading: {filename} unpacks from {compress_size:,} to {file_size:,} bytes ({ratio:,.0f} to 1), far more than a spreadsheet (at most {inflation_ratio_max} to 1); the file is damaged or made to exhaust memory",
                    filename=part.filename[:100],
                    compress_size=part.compress_size,
                    file_size=part.file_size,
                    ratio=ratio,
                    inflation_ratio_max=INFLATION_RATIO_MAX,
                ),
                record=path.name,
            )
    return max((p.file_size for p in parts), default=0)


def open_sheet(path: Path) -> SheetReader:
    """Open a list for reading; a file that is not a readable CSV, XLSX (or ODS, which
    LibreOffice writes) is refused."""
    fmt = path.suffix.lower() if path.suffix.lower() == ".ods" else file_format(path)
    if not path.is_file():
        raise RuleError(Msg("no such file"), record=str(path))
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
            found = _undecodable(path, encoding) if isinstance(exc, UnicodeDecodeError) else None
            if found is not None and found[0] > 1:  # read ahead of the header, further down
                raise _row_problem(path, found[0], found[1], _csv_problem(exc, encoding)) from None
            raise RuleError(
                Msg("row 1 (the header): {csv_problem}", csv_problem=_csv_problem(exc, encoding)),
                record=path.name,
            ) from None
        rows = _csv_rows(reader, path, encoding)
        return SheetReader(path, header, rows, max(_count_lines(path) - 1, 0), f.close)
    return _open_workbook(path, fmt)


def _open_workbook(path: Path, fmt: str) -> SheetReader:
    """The first sheet of an XLSX or ODS workbook, read by calamine (Rust): the cells' XML
    is parsed outside Python, and Python sees each row as a list of str, float, int, bool
    and date values (an empty cell as "")."""
    sheet_bytes = check_workbook_size(path)
    if fmt == ".xlsx" and (cell := _formula_without_value(path)) is not None:
        raise RuleError(
            Msg(
                "cell {cell} holds a formula saved without its value (the file was written by "
                "a program that does not calculate); open the file in a spreadsheet program "
                "and save it again, or type the value instead",
                cell=cell,
            ),
            record=path.name,
        )
    if fmt == ".xlsx" and (other := _other_sheet_with_values(path)) is not None:
        raise RuleError(
            Msg(
                "the workbook holds values on another sheet ({sheet}) besides the first; "
                "import reads one sheet only: put the list on one sheet and remove the others",
                sheet=other,
            ),
            record=path.name,
        )
    if fmt == ".xlsx" and sheet_bytes > CALAMINE_SHEET_MAX:
        chunked = _open_in_chunks(path)
        return chunked if chunked is not None else _open_with_openpyxl(path)
    from python_calamine import CalamineWorkbook

    kind = "ODS spreadsheet" if fmt == ".ods" else "XLSX workbook"
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        values = sheet.iter_rows()
        header: list[object] = list(next(values, []))
    except Exception as exc:  # CalamineError, ZipError, XmlError, WorksheetNotFound
        raise RuleError(
            Msg(
                "not a readable {kind} ({name})",
                kind=WORKBOOK_KINDS[kind],
                name=type(exc).__name__,
            ),
            record=path.name,
        ) from None
    if sheet.height > SHEET_ROWS_MAX or sheet.width > SHEET_COLUMNS_MAX:
        book.close()
        raise RuleError(
            Msg(
                "refused: the sheet declares {height:,} rows and {width:,} columns; a sheet holds at most {sheet_rows_max:,} rows and {sheet_columns_max:,} columns",
                height=sheet.height,
                width=sheet.width,
                sheet_rows_max=SHEET_ROWS_MAX,
                sheet_columns_max=SHEET_COLUMNS_MAX,
            ),
            record=path.name,
        )
    total = max(sheet.height - 1, 0)
    return SheetReader(path, header, _workbook_rows(values, path, kind), total, book.close, True)


_SHEET_DATA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*/>")
_ROW_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?row>")
_EMPTY_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData/></worksheet>"
)
_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


_NS = rb"(?:[A-Za-z_][\w.-]*:)?"
_FORMULA = re.compile(rb"<" + _NS + rb"f[\s>/]")
_CELL = re.compile(rb"<" + _NS + rb"c\b([^>]*?)(?:/>|>(.*?)</" + _NS + rb"c>)", re.DOTALL)
_VALUE = re.compile(rb"<" + _NS + rb"v>[^<]")  # a value that is not empty
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,7})"')
_RESULT_TYPE = re.compile(rb'\bt="(?:str|b|e|n|s|inlineStr)"')


def _formula_without_value(path: Path) -> str | None:
    """The reference (``C2``) of the first cell of the first sheet that holds a formula
    saved without its value, which calamine and openpyxl read as an empty cell; None when
    there is none. A spreadsheet program saves every formula with its value (an empty text
    result with its type, ``t="str"``); a program that writes a workbook without
    calculating it (openpyxl) leaves ``<v/>``. Only the pieces of the sheet's XML that hold
    a formula are looked at cell by cell."""
    with zipfile.ZipFile(path) as book:
        found = _first_sheet_part(book)
        if found is None:
            return None
        with book.open(found[0]) as stream:
            rest = b""
            while True:
                chunk = stream.read(CHUNK_BYTES)
                data = rest + chunk
                # cut after the last row tag, between two elements, so no cell is split
                end = data.rfind(b"row>") + 4 if chunk else len(data)
                if end < 4:
                    rest = data
                    continue
                whole, rest = data[:end], data[end:]
                if (b"<f" in whole or b":f" in whole) and _FORMULA.search(whole):
                    for cell in _CELL.finditer(whole):
                        inner = cell.group(2) or b""
                        if (
                            _FORMULA.search(inner)
                            and not _VALUE.search(inner)
                            and not _RESULT_TYPE.search(cell.group(1))
                        ):
                            ref = _CELL_REF.search(cell.group(1))
                            return ref.group(1).decode() if ref else "?"
                if not chunk:
                    return None


_SHEET_VALUE = re.compile(rb"<" + _NS + rb"(?:v>[^<]|is>)")  # a value or inline text


def _other_sheet_with_values(path: Path) -> str | None:
    """The name of a sheet after the first that holds a value (its rows would not be
    imported, only the first sheet's are), or None. Cells with formatting only are not
    values. Each sheet is read until its first value."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as book:
        found = _first_sheet_part(book)
        if found is None or not found[1]:
            return None
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        names = [sheet.get("name") or "?" for sheet in workbook.iter(f"{_SHEET_NS}sheet")]
        for name, part in zip(names[1:], found[1], strict=False):
            with book.open(part) as stream:
                tail = b""
                while chunk := stream.read(CHUNK_BYTES):
                    if _SHEET_VALUE.search(tail + chunk):
                        return name
                    tail = chunk[-16:]
    return None


def _first_sheet_part(book: zipfile.ZipFile) -> tuple[str, list[str]] | None:
    """The zip name of the workbook's first sheet and the names of the other sheets' parts,
    or None when the workbook's parts are not where an XLSX keeps them."""
    import posixpath
    from xml.etree import ElementTree

    try:
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(f"{_PKG_REL_NS}Relationship")}
    parts = []
    for sheet in workbook.iter(f"{_SHEET_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"))
        if not target:
            return None
        name = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts.append(posixpath.normpath(name))
    names = set(book.namelist())
    if not parts or any(p not in names for p in parts):
        return None
    return parts[0], parts[1:]


class _ChunkedSheet:
    """The first sheet of a large XLSX workbook, read a piece at a time: its XML is unpacked
    as a stream and cut after a ``</row>`` every :data:`CHUNK_BYTES`; each piece becomes a
    small workbook in memory (the original's other parts, its styles and shared strings, so
    that dates and text read the same) that calamine reads. Rows come out as calamine gives
    them for the whole sheet: from the sheet's row 1, empty rows included; each row starts
    at column A."""

    def __init__(self, path: Path, book: zipfile.ZipFile, sheet: str, others: list[str]) -> None:
        self.path = path
        self._book = book
        self._sheet = sheet
        self._parts = {
            info.filename: (_EMPTY_SHEET if info.filename in others else book.read(info))
            for info in book.infolist()
            if info.filename != sheet
        }
        self.height = 0  # rows given out so far, from the sheet's row 1
        self._ahead: _ReadAhead | None = None

    def close(self) -> None:
        if self._ahead is not None:
            self._ahead.close()  # its thread reads the book: stopped first
        self._book.close()

    def _pieces(self) -> Iterator[bytes]:
        with self._book.open(self._sheet) as stream:
            head = b""
            while (found := _SHEET_DATA.search(head)) is None:
                block = stream.read(min(1 << 20, CHUNK_BYTES))
                if not block:
                    return
                head += block
            if found.group(1):  # <sheetData/>: no rows at all
                return
            prefix = _DIMENSION.sub(b"", head[: found.end()])
            name = found.group(0)[1:].split(b">")[0].split()[0].rstrip(b"/")
            namespace = name[: -len(b"sheetData")]
            closing = b"</" + name + b"></" + namespace + b"worksheet>"
            row_end = b"</" + namespace + b"row>"
            blocks = [head[found.end() :]]
            size = len(blocks[0])
            while True:
                block = stream.read(min(1 << 20, CHUNK_BYTES))
                blocks.append(block)
                size += len(block)
                if size < CHUNK_BYTES and block:
                    continue
                buffer = b"".join(blocks)
                cut = buffer.rfind(row_end)
                if cut >= 0:
                    cut += len(row_end)
                    yield prefix + buffer[:cut] + closing
                    buffer = buffer[cut:]
                blocks, size = [buffer], len(buffer)
                if not block:
                    return

    def _workbook(self, xml: bytes) -> Any:
        import io

        from python_calamine import CalamineWorkbook

        memory = io.BytesIO()
        with zipfile.ZipFile(memory, "w", zipfile.ZIP_STORED) as out:
            for name, data in self._parts.items():
                out.writestr(name, data)
            out.writestr(self._sheet, xml)
        memory.seek(0)
        return CalamineWorkbook.from_filelike(memory)

    def _read(self) -> Iterator[tuple[tuple[int, int], list[list[object]]]]:
        """Each piece's first row and column and its rows, as calamine reads them."""
        for xml in self._pieces():
            book = self._workbook(xml)
            del xml
            try:
                sheet = book.get_sheet_by_index(0)
                start = sheet.start
                if start is None:
                    continue
                rows = sheet.to_python()  # from the piece's first row and column
            finally:
                book.close()
            yield start, rows
            del rows

    def rows(self) -> Iterator[list[object]]:
        # Unpacking and calamine's parsing let go of the interpreter lock: on a thread of
        # their own they read the next pieces while this one's rows are checked and written.
        self._ahead = _ReadAhead(self._read())
        for start, rows in self._ahead:
            for _gap in range(start[0] - self.height):
                yield []
            pad = [""] * start[1]
            for row in rows:
                yield pad + row if pad else row
            self.height = start[0] + len(rows)
            del rows


class _ReadAhead:
    """The items of ``source`` made on a thread of their own, at most ``depth`` ahead of
    the reader; an exception of the source is raised to the reader where the item would
    have been. Closing (or reading to the end) stops the thread and waits for it."""

    _END = object()

    def __init__(self, source: Iterator[Any], depth: int = 2) -> None:
        import queue
        import threading

        self._queue: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(depth)
        self._stop = threading.Event()
        self._source = source
        self._thread = threading.Thread(target=self._run, name="sheet-read-ahead", daemon=True)
        self._thread.start()

    def _put(self, item: object, error: BaseException | None = None) -> bool:
        import queue

        while not self._stop.is_set():
            try:
                self._queue.put((item, error), timeout=0.1)
            except queue.Full:
                continue
            return True
        return False

    def _run(self) -> None:
        try:
            for item in self._source:
                if not self._put(item):
                    return
        except BaseException as exc:  # given to the reader, which raises it
            self._put(None, exc)
            return
        finally:
            with contextlib.suppress(Exception):
                self._source.close()  # type: ignore[attr-defined]
        self._put(self._END)

    def __iter__(self) -> Iterator[Any]:
        try:
            while True:
                item, error = self._queue.get()
                if error is not None:
                    raise error
                if item is self._END:
                    return
                yield item
        finally:
            self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def _open_in_chunks(path: Path) -> SheetReader | None:
    """A large XLSX sheet read by calamine a piece at a time (:class:`_ChunkedSheet`), or
    None when the workbook is one this cannot cut (its shared strings too large to carry
    in every piece, or its parts not where an XLSX keeps them): openpyxl streams those."""
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise RuleError(
            Msg("not a readable XLSX workbook ({name})", name=type(exc).__name__), record=path.name
        ) from None
    found = _first_sheet_part(book)
    strings = sum(i.file_size for i in book.infolist() if i.filename.endswith("sharedStrings.xml"))
    if found is None or strings > CHUNK_SHARED_STRINGS_MAX:
        book.close()
        return None
    sheet = _ChunkedSheet(path, book, found[0], found[1])
    rows = _workbook_rows(sheet.rows(), path, "XLSX workbook")
    try:
        header: list[object] = list(next(rows, []))
    except RuleError:
        book.close()
        raise
    # Estimated from the size of the sheet's XML: the rows are counted as they are read.
    total = max(book.getinfo(found[0]).file_size // max(_row_bytes(book, found[0]), 1) - 1, 0)
    return SheetReader(path, header, _capped(rows, sheet, path), total, sheet.close, True)


def _row_bytes(book: zipfile.ZipFile, part: str) -> int:
    """About how many bytes of XML a row of the sheet takes (from its first rows)."""
    with book.open(part) as stream:
        head = stream.read(1 << 20)
    ends = len(_ROW_END.findall(head))
    return len(head) // ends if ends else len(head) or 1


def _capped(
    rows: Iterator[Sequence[object]], sheet: _ChunkedSheet, path: Path
) -> Iterator[Sequence[object]]:
    for row in rows:
        if sheet.height > SHEET_ROWS_MAX or len(row) > SHEET_COLUMNS_MAX:
            raise RuleError(
                Msg(
                    "refused: the sheet has more than {sheet_rows_max:,} rows or {sheet_columns_max:,} columns, the most a sheet holds",
                    sheet_rows_max=SHEET_ROWS_MAX,
                    sheet_columns_max=SHEET_COLUMNS_MAX,
                ),
                record=path.name,
            )
        yield row


def _open_with_openpyxl(path: Path) -> SheetReader:
    """A large XLSX sheet, streamed by openpyxl's read-only mode: slower than calamine, but
    its memory does not grow with the sheet."""
    try:
        reader = _as_written_reader()(path, read_only=True, data_only=True)
        reader.read()  # what openpyxl's load_workbook does, with the strings as written
        book = reader.wb
        sheet = book.worksheets[0]
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException
        raise RuleError(
            Msg("not a readable XLSX workbook ({name})", name=type(exc).__name__), record=path.name
        ) from None
    # openpyxl leaves a workbook's escapes in the text (``_x000D_`` for a carriage return):
    # every text cell's escapes are read here, as calamine reads them.
    values = (tuple(map(_ooxml_text, row)) for row in sheet.iter_rows(values_only=True))
    header: list[object] = list(next(values, ()))
    total = max((sheet.max_row or 1) - 1, 0)
    if total + 1 > SHEET_ROWS_MAX:
        book.close()
        raise RuleError(
            Msg(
                "refused: the sheet declares {count:,} rows; a sheet holds at most {sheet_rows_max:,}",
                count=total + 1,
                sheet_rows_max=SHEET_ROWS_MAX,
            ),
            record=path.name,
        )
    rows = _workbook_rows(values, path, "XLSX workbook")
    return SheetReader(path, header, rows, total, book.close, short_rows=True)


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _ooxml_text(value: object) -> object:
    """A cell's text with a workbook's escapes read: ``_x000D_`` is a carriage return, and
    ``_x005F_`` the underscore of a text that only looks like an escape."""
    if isinstance(value, str) and "_x" in value:
        return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


def _strings_as_written(source: Any) -> list[str]:
    """A workbook's shared strings in order, their escapes left as written (openpyxl's own
    reading drops every "x005F_", after which an escaped underscore and an escape cannot be
    told apart)."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag = f"{{{SHEET_MAIN_NS}}}si"
    found: list[str] = []
    for _event, node in iterparse(source):
        if node.tag == tag:
            found.append(Text.from_tree(node).content)
            node.clear()
    return found


def _as_written_reader() -> type:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = _strings_as_written(source)

    return Reader


def _workbook_rows(values: Any, path: Path, kind: str) -> Iterator[Sequence[object]]:
    try:
        yield from values
    except Exception as exc:  # an XML or zip error met further into the sheet
        raise RuleError(
            Msg(
                "not a readable {kind} ({name})",
                kind=WORKBOOK_KINDS.get(kind, kind),
                name=type(exc).__name__,
            ),
            record=path.name,
        ) from None


def _csv_problem(exc: Exception, encoding: str) -> Msg:
    """What is wrong with a CSV row (the csv module's own words only as a detail)."""
    if isinstance(exc, UnicodeDecodeError):
        name = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
        return Msg("not readable as {name} text; save the file as CSV UTF-8", name=name)
    if "field larger than field limit" in str(exc):
        return Msg("a cell is longer than {cell_max:,} characters", cell_max=CELL_MAX)
    return Msg("not a readable CSV row ({detail})", detail=str(exc)[:100])


def _csv_rows(reader: Any, path: Path, encoding: str) -> Iterator[Sequence[object]]:
    row = 1
    try:
        for cells in reader:
            row += 1
            yield cells
    except (UnicodeDecodeError, csv.Error) as exc:
        found = _undecodable(path, encoding) if isinstance(exc, UnicodeDecodeError) else None
        count, line = found if found is not None else (row + 1, reader.line_num)
        raise _row_problem(path, count, line, _csv_problem(exc, encoding)) from None


def _row_problem(path: Path, row: int, line: int, why: Msg) -> RuleError:
    return RuleError(
        Msg(
            "row {count} (line {line_num}): {csv_problem}",
            count=row,
            line_num=line,
            csv_problem=why,
        ),
        record=path.name,
    )


class _NotText(Exception):
    pass


def _undecodable(path: Path, encoding: str) -> tuple[int, int] | None:
    """The row and the line (the header is row 1, on line 1) holding the first bytes of a
    UTF-8 CSV file that are not UTF-8, or None (another encoding, or none found). The
    reader decodes the file a block ahead of the row it is parsing, so its own count points
    at an earlier row: the file is read again a line at a time, through the same CSV
    parsing (a quoted cell may span lines)."""
    if not encoding.startswith("utf-8"):
        return None
    bad_line = 0

    def lines() -> Iterator[str]:
        nonlocal bad_line
        with path.open("rb") as f:
            for number, raw in enumerate(f, start=1):
                try:
                    yield raw.removeprefix(codecs.BOM_UTF8 if number == 1 else b"").decode()
                except UnicodeDecodeError:
                    bad_line = number
                    raise _NotText from None

    rows = 0
    try:
        for _cells in csv.reader(lines()):
            rows += 1
    except _NotText:
        return rows + 1, bad_line
    except csv.Error:
        return None
    return None


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


class _TooLong(Exception):
    """A text value longer than an XLSX cell holds (``value`` as the row gave it)."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value


def _xlsx_escape(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


def _pair_text(value: tuple[Any, ...]) -> str:
    if len(value) == 2 and all(isinstance(v, int) for v in value):
        return format_fraction(value[0], value[1]) or ""
    return format_category_counts(value)


def _abandon(book: Any) -> None:
    """Close an unsaved write-only workbook's sheet streams and remove the temporary files
    openpyxl keeps their rows in (else they stay until the program exits, and a stream
    that failed on a full disk reports its failure again when it is collected)."""
    for sheet in getattr(book, "_sheets", []):
        rows = getattr(sheet, "_rows", None)
        if rows is not None:  # its row generator first, while its stream is still open
            with contextlib.suppress(Exception):
                rows.close()
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.partial = create_partial(self.path)
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
            from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet(title[:31])
            self._sheet.freeze_panes = "A2"
            # openpyxl streams the sheet's rows through a file of its own, by default in the
            # system's temporary folder, removed only when the program ends normally: after
            # a kill it would keep every name exported so far where no sweep looks. The
            # stream goes beside the destination instead, private and under a name the
            # next start sweeps (store.leftovers); saving or giving up removes it.
            rows = create_partial(self.path.with_name(f"{self.path.name}.rows"))
            ALL_TEMP_FILES.append(str(rows))  # the files openpyxl removes after saving
            self._sheet._writer = WorksheetWriter(self._sheet, out=str(rows))
            self._sheet._writer.write_top()
            bold = Font(bold=True)
            cells = []
            for name in header:
                cell = WriteOnlyCell(self._sheet, value=name)
                cell.font = bold
                cells.append(cell)
            self._sheet.append(cells)
            self._cell = WriteOnlyCell
        self._header = list(header)
        self._rows = 1  # the header: rows are numbered as a spreadsheet shows them

    def write(self, rows: Sequence[Sequence[object]]) -> None:
        if self._file is not None:
            self._csv.writerows([_csv_cell(v) for v in row] for row in rows)
            return
        append = self._sheet.append
        for row in rows:
            self._rows += 1
            try:
                append([self._xlsx_cell(v) for v in row])
            except _TooLong as exc:
                raise RuleError(
                    Msg(
                        "row {row}, column {column}: {count:,} characters, more than an XLSX "
                        "cell holds ({cell_max:,}); export this list as CSV; nothing was written",
                        row=self._rows,
                        column=self._header[list(row).index(exc.value)],
                        count=len(exc.value),
                        cell_max=XLSX_CELL_MAX,
                    ),
                    record=self.path.name,
                ) from None

    def _xlsx_cell(self, value: object) -> object:
        if isinstance(value, str):
            text = _XLSX_ESCAPED.sub(_xlsx_escape, value)
            if text.startswith("'"):
                # import takes a leading quote before formula-like text off, from XLSX as
                # from CSV (a list kept in Excel carries it): quote such a value once more
                text = quote_text(text)
            if len(text) > XLSX_CELL_MAX:  # openpyxl would cut it there without a word
                raise _TooLong(value)
            value = text
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
