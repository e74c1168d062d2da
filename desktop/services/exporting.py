"""Export a list (``case-tracker export``, File ▸ Export…): facilities, cases, decisions,
headcounts, categories or amnesties as CSV or XLSX, in the columns ``import`` reads back.

Rows are streamed from the database through Core in batches (never ORM objects) and written
a batch at a time, so that a million cases export in constant memory. The file is private
(0600) and appears only when complete.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import CaseTrackerError, RuleError
from desktop.domain.import_rules import KINDS
from desktop.domain.messages import Msg
from desktop.domain.roles import Permission
from desktop.services.database import Database
from desktop.services.identity import check
from desktop.services.sheets import SheetWriter
from desktop.store import bulk_io
from desktop.store.log_privacy import hide_result_rows

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

hide_result_rows()  # this module reads and writes personal data in bulk


class ExportCancelled(CaseTrackerError):
    """The user stopped an export; no file was left behind."""

    def __init__(self) -> None:
        super().__init__(Msg("export cancelled; no file was written"))


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    seconds: float


# What a failed export was doing, by list (the list's name in the user's language too).
EXPORT_ACTIONS = {
    "facilities": Msg("export of facilities"),
    "cases": Msg("export of cases"),
    "decisions": Msg("export of decisions"),
    "headcounts": Msg("export of headcounts"),
    "categories": Msg("export of categories"),
    "amnesties": Msg("export of amnesties"),
}

# Lists that take personal data about people out of the system: a permission of their own.
PERSONAL = frozenset({"cases", "decisions"})


def export_list(
    database: Database,
    *,
    kind: str,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write every record of ``kind`` to ``path`` (.csv or .xlsx)."""
    spec = KINDS.get(kind)
    if spec is None:
        raise RuleError(
            Msg("no list named {kind!r}; one of: {names}", kind=kind, names=", ".join(KINDS))
        )
    check(database, Permission.EXPORT_PERSONAL if kind in PERSONAL else Permission.READ)
    started = time.perf_counter()
    done = 0
    try:
        writer = SheetWriter(Path(path), spec.names, spec.title)
    except OSError as exc:
        raise RuleError(
            Msg("cannot write the file: {strerror}", strerror=exc.strerror), record=str(path)
        ) from None
    with writer:
        try:
            with database.engine.connect() as conn:
                total = bulk_io.count_rows(conn, kind)
                if progress is not None:
                    progress(0, total)
                for batch in bulk_io.stream_rows(conn, kind):
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    writer.write(batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
        except DBAPIError as exc:
            raise bulk_io.explain_failure(exc, EXPORT_ACTIONS[kind]) from None
        except OSError as exc:  # a full disk, a removed medium: the file is removed below
            raise RuleError(
                Msg(
                    "cannot write the file: {value}; nothing was written", value=exc.strerror or exc
                ),
                record=str(path),
            ) from None
        try:
            final = writer.commit()
        except OSError as exc:
            raise RuleError(
                Msg("cannot write the file: {strerror}", strerror=exc.strerror), record=str(path)
            ) from None
    return ExportResult(kind, final, done, time.perf_counter() - started)
