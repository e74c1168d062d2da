"""Import a list (``case-tracker import``, File ▸ Import…): facilities, cases, decisions or
headcounts from the CSV or XLSX that ``export`` writes.

Every row is checked before anything is written: the cells against their rules
(``desktop.domain.import_rules``), then the references against the database. Any bad row
refuses the whole file with a :class:`ValidationError` naming row, column, value (withheld
for personal data) and rule for every bad row. Otherwise the rows are written through Core
inserts in one transaction, with one history row for the import (table ``import``: who,
when, which list, how many); per-record history rows through the ORM would be ten times
slower than the import itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import CaseTrackerError, FieldProblem, RuleError, ValidationError
from desktop.domain.import_rules import CASES, KINDS, Kind, parse_rows, read_header
from desktop.domain.messages import Msg
from desktop.domain.roles import Permission
from desktop.services.database import Database
from desktop.services.identity import check
from desktop.services.import_kinds import (
    WRITE_BATCH,
    CaseRows,
    Plan,
    defer_case_indexes,
    resolve,
    write_cases,
)
from desktop.services.sheets import _csv_cell, open_sheet
from desktop.store import bulk_io
from desktop.store.log_privacy import hide_result_rows

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PREVIEW_ROWS = 500
PREVIEW_BAD_ROWS = 5_000
_TICK = 5_000
STREAM_BATCH = WRITE_BATCH  # rows of a streamed import checked and written together

hide_result_rows()  # this module reads and writes personal data in bulk


class ImportCancelled(CaseTrackerError):
    """The user stopped an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Msg("import cancelled; nothing was written"))


@dataclass(frozen=True)
class PreviewRow:
    """One row as the file has it, with the problems found in it (values withheld)."""

    row: int
    cells: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class ImportCheck:
    kind: str
    path: Path
    columns: tuple[str, ...]
    rows: int
    new: int
    unchanged: int
    problems: tuple[FieldProblem, ...]
    preview: tuple[PreviewRow, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


@dataclass(frozen=True)
class ImportResult:
    kind: str
    path: Path
    rows: int
    added: int
    unchanged: int
    seconds: float
    # Of the decisions added, those the amnesty needs a second person to approve: an import
    # puts none of them in force (they wait in Approvals, as a clerk's proposal does).
    proposals: int = 0


@dataclass
class _Parsed:
    kind: Kind
    rows: int
    good: list[tuple[int, tuple[Any, ...]]]
    problems: list[FieldProblem]
    raw: dict[int, tuple[str, ...]]


def _kind(name: str) -> Kind:
    spec = KINDS.get(name)
    if spec is None or not spec.importable:
        importable = ", ".join(k for k, v in KINDS.items() if v.importable)
        raise RuleError(
            Msg(
                "cannot import {name!r}; the lists that can be imported: {importable}",
                name=name,
                importable=importable,
            )
        )
    return spec


def _text(value: object) -> str:
    return "" if value is None else str(_csv_cell(value))


class _Tap:
    """Passes rows through, remembering the last one (the row being parsed)."""

    def __init__(self, rows: Any) -> None:
        self._rows = iter(rows)
        self.last: Any = ()

    def __iter__(self) -> _Tap:
        return self

    def __next__(self) -> Any:
        self.last = next(self._rows)
        return self.last


def _tally(
    parsed: _Parsed,
    rows: Iterable[tuple[int, tuple[Any, ...] | None, list[FieldProblem]]],
    tap: _Tap,
    positions: list[int | None],
    keep: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The good rows of ``rows`` (number, values), counting every row into ``parsed``,
    gathering the bad rows' problems, keeping the cells of the first ``keep`` rows and of
    some bad rows for a preview, and reporting progress (and checking Cancel) as it goes."""
    bad_kept = 0
    for number, values, problems in rows:
        parsed.rows += 1
        if values is None:
            parsed.problems.extend(problems)
        if parsed.rows <= keep or (values is None and bad_kept < PREVIEW_BAD_ROWS):
            bad_kept += values is None
            raw = tap.last
            parsed.raw[number] = tuple(
                _text(raw[p]) if p is not None and p < len(raw) else "" for p in positions
            )
        if parsed.rows % _TICK == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(parsed.rows, max(total, parsed.rows))
        if values is not None:
            yield number, values


def _read(
    kind: Kind, path: Path, progress: Progress | None, cancelled: Cancelled | None, keep: int
) -> _Parsed:
    """Parse every row of the file; keep the cells of the first ``keep`` rows and of bad
    rows for a preview."""
    with open_sheet(Path(path)) as sheet:
        positions, header_problems = read_header(kind, sheet.header)
        parsed = _Parsed(kind, 0, [], header_problems, {})
        if header_problems:
            return parsed
        tap = _Tap(sheet.rows)
        rows = parse_rows(kind, positions, tap, header=sheet.header, short_rows=sheet.short_rows)
        parsed.good.extend(
            _tally(parsed, rows, tap, positions, keep, sheet.estimated_rows, progress, cancelled)
        )
        if progress is not None:
            progress(parsed.rows, parsed.rows)
    return parsed


def _by_row(problems: list[FieldProblem]) -> list[FieldProblem]:
    return sorted(problems, key=lambda p: p.row or 0)


def _preview(
    parsed: _Parsed, plan: Plan | None, problems: list[FieldProblem], keep: int
) -> tuple[PreviewRow, ...]:
    messages: dict[int, list[str]] = {}
    for p in problems:
        messages.setdefault(p.row or 0, []).append(
            Msg("{field}: {message}", field=p.field, message=p.message)
        )
    cells = dict(parsed.raw)
    values = dict(parsed.good)
    for number in messages:
        if number not in cells and number in values and len(cells) < keep + PREVIEW_BAD_ROWS:
            cells[number] = tuple(_text(v) for v in values[number])
    return tuple(
        PreviewRow(number, cells[number], tuple(messages.get(number, ())))
        for number in sorted(cells)
    )


def check_file(
    database: Database,
    *,
    kind: str,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    preview_rows: int = PREVIEW_ROWS,
) -> ImportCheck:
    """Check every row of a file without writing anything: what an import would add, what
    it would leave as it is, and every problem, with a preview of the rows."""
    spec = _kind(kind)
    if spec.name == "cases":
        return _check_cases(database, Path(path), progress, cancelled, preview_rows)
    parsed = _read(spec, Path(path), progress, cancelled, preview_rows)
    plan: Plan | None = None
    problems = list(parsed.problems)
    if parsed.rows or not problems:
        try:
            with database.engine.connect() as conn:
                plan = resolve(conn, spec, parsed.good)
        except DBAPIError as exc:
            raise bulk_io.explain_failure(
                exc, Msg("checking {name}", name=Path(path).name)
            ) from None
        problems += plan.problems
    problems = _by_row(problems)
    return ImportCheck(
        kind=spec.name,
        path=Path(path),
        columns=spec.names,
        rows=parsed.rows,
        new=len(plan.new) if plan and not problems else 0,
        unchanged=plan.unchanged if plan else 0,
        problems=tuple(problems),
        preview=_preview(parsed, plan, problems, preview_rows),
    )


def import_file(
    database: Database,
    *,
    kind: str,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Check every row, then add the new records in one transaction, or nothing at all."""
    check(database, Permission.IMPORT)
    spec = _kind(kind)
    if spec.name == "cases":
        return _import_cases(database, Path(path), progress, cancelled)
    started = time.perf_counter()
    parsed = _read(spec, Path(path), progress, cancelled, 0)
    name = Path(path).name
    try:
        with database.engine.begin() as conn:
            bulk_io.take_write_lock(conn)
            plan = (
                resolve(conn, spec, parsed.good, login=database.identity.login)
                if not _header_bad(parsed)
                else None
            )
            problems = parsed.problems + (plan.problems if plan else [])
            if problems or plan is None:
                raise ValidationError(_by_row(problems), record=name)
            total = len(plan.new)

            def step(done: int) -> None:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)

            ids = plan.write(conn, step)
            summary = (
                f"list={spec.name}; rows={parsed.rows}; added={total}; unchanged={plan.unchanged}"
            )
            if ids:
                summary += f"; ids={min(ids)}-{max(ids)}"
            bulk_io.log_import(conn, who=database.actor, kind=spec.name, summary=summary)
    except DBAPIError as exc:
        raise bulk_io.explain_failure(exc, Msg("import of {name}", name=name)) from None
    return ImportResult(
        kind=spec.name,
        path=Path(path),
        rows=parsed.rows,
        added=total,
        unchanged=plan.unchanged,
        seconds=time.perf_counter() - started,
        proposals=plan.proposals,
    )


def _header_bad(parsed: _Parsed) -> bool:
    return any(p.row == 1 for p in parsed.problems) and not parsed.rows


def _import_cases(
    database: Database, path: Path, progress: Progress | None, cancelled: Cancelled | None
) -> ImportResult:
    """Cases stream: each batch of rows is checked (cells, then against the database and
    the rows before it) and written at once, inside the one transaction; a problem anywhere
    stops the writing, the rest of the file is still checked so that every problem is
    listed, and the transaction is rolled back. Memory does not grow with the file (but
    for the case numbers seen, to find a number given twice)."""
    started = time.perf_counter()
    name = path.name
    with open_sheet(path) as sheet:
        positions, header_problems = read_header(CASES, sheet.header)
        if header_problems:
            raise ValidationError(_by_row(header_problems), record=name)
        total = sheet.estimated_rows
        rows = parse_rows(
            CASES, positions, sheet.rows, header=sheet.header, short_rows=sheet.short_rows
        )
        problems: list[FieldProblem] = []
        count = 0
        try:
            with database.engine.begin() as conn:
                bulk_io.take_write_lock(conn)
                checker = CaseRows(conn)
                span: list[int] = []  # the first and last new id

                def flush(good: list[tuple[int, tuple[Any, ...]]]) -> None:
                    inserts = checker.check(conn, good)
                    if not problems and not checker.plan.problems:
                        ids = write_cases(conn, inserts)
                        if ids:
                            span[:] = [span[0] if span else ids[0], ids[-1]]
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()

                with defer_case_indexes(conn, total):
                    good: list[tuple[int, tuple[Any, ...]]] = []
                    for number, values, found in rows:
                        count += 1
                        if values is None:
                            problems.extend(found)
                        else:
                            good.append((number, values))
                        if count % _TICK == 0:
                            if cancelled is not None and cancelled():
                                raise ImportCancelled()
                            if progress is not None:
                                progress(count, max(total, count))
                        if count % STREAM_BATCH == 0:
                            flush(good)
                            good = []
                    flush(good)
                    problems += checker.plan.problems
                    if problems:  # raised inside: dropped indexes are not rebuilt to be undone
                        raise ValidationError(_by_row(problems), record=name)
                summary = (
                    f"list=cases; rows={count}; added={checker.added}; "
                    f"unchanged={checker.plan.unchanged}"
                )
                if span:
                    summary += f"; ids={min(span)}-{max(span)}"
                bulk_io.log_import(conn, who=database.actor, kind="cases", summary=summary)
        except DBAPIError as exc:
            raise bulk_io.explain_failure(exc, Msg("import of {name}", name=name)) from None
    if progress is not None:
        progress(count, count)
    return ImportResult(
        kind="cases",
        path=path,
        rows=count,
        added=checker.added,
        unchanged=checker.plan.unchanged,
        seconds=time.perf_counter() - started,
    )


def _check_cases(
    database: Database,
    path: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    keep: int,
) -> ImportCheck:
    """:func:`check_file` for cases, streamed as :func:`_import_cases` is (nothing
    written): the cells of the first ``keep`` rows and of bad rows are kept for the preview."""
    parsed = _Parsed(CASES, 0, [], [], {})
    with open_sheet(path) as sheet:
        positions, header_problems = read_header(CASES, sheet.header)
        checker: CaseRows | None = None
        if header_problems:
            parsed.problems = header_problems
        else:
            total = sheet.estimated_rows
            tap = _Tap(sheet.rows)
            rows = parse_rows(
                CASES, positions, tap, header=sheet.header, short_rows=sheet.short_rows
            )
            try:
                with database.engine.connect() as conn:
                    checker = CaseRows(conn)
                    _stream_check(
                        parsed,
                        checker,
                        conn,
                        rows,
                        tap,
                        positions,
                        keep,
                        total,
                        progress,
                        cancelled,
                    )
            except DBAPIError as exc:
                raise bulk_io.explain_failure(exc, Msg("checking {name}", name=path.name)) from None
    problems = _by_row(parsed.problems + (checker.plan.problems if checker else []))
    return ImportCheck(
        kind="cases",
        path=path,
        columns=CASES.names,
        rows=parsed.rows,
        new=checker.added if checker and not problems else 0,
        unchanged=checker.plan.unchanged if checker else 0,
        problems=tuple(problems),
        preview=_preview(parsed, None, problems, keep),
    )


def _stream_check(
    parsed: _Parsed,
    checker: CaseRows,
    conn: Any,
    rows: Any,
    tap: _Tap,
    positions: list[int | None],
    keep: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    good: list[tuple[int, tuple[Any, ...]]] = []

    def flush() -> None:
        before = len(checker.plan.problems)
        checker.check(conn, good)
        values = dict(good)
        for p in checker.plan.problems[before:]:
            number = p.row or 0
            if number not in parsed.raw and len(parsed.raw) < keep + PREVIEW_BAD_ROWS:
                parsed.raw[number] = tuple(_text(v) for v in values[number])
        good.clear()

    for row in _tally(parsed, rows, tap, positions, keep, total, progress, cancelled):
        good.append(row)
        if len(good) >= STREAM_BATCH:
            flush()
    flush()
    if progress is not None:
        progress(parsed.rows, parsed.rows)
