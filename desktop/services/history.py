"""The change history of one record, for the History panel of its detail view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported without SQLAlchemy: the window's detail panes name these records
    from desktop.services.database import Database

MAX_ROWS = 5_000


@dataclass(frozen=True)
class HistoryEntry:
    """One logged change of one field: when (naive UTC), who, insert/update/delete, which
    field (None for a record-level row) and the values before and after, as text."""

    at: datetime
    who: str
    action: str
    field: str | None
    before: str | None
    after: str | None


def history_for(
    database: Database, *, table: str, record_id: int, limit: int = 500
) -> list[HistoryEntry]:
    """The newest ``limit`` changes of record ``record_id`` of ``table``, newest first.

    Parts of a record stored in a table of their own are logged under that table (a
    headcount's per-category counts under ``headcount_category``): ask for it separately."""
    from sqlalchemy import select

    from desktop.store.models import ChangeLog

    limit = max(1, min(int(limit), MAX_ROWS))
    query = (
        select(
            ChangeLog.at,
            ChangeLog.who,
            ChangeLog.action,
            ChangeLog.field,
            ChangeLog.before,
            ChangeLog.after,
        )
        .where(ChangeLog.table_name == table, ChangeLog.record_id == record_id)
        .order_by(ChangeLog.id.desc())
        .limit(limit)
    )
    with database.read() as s:
        return [
            HistoryEntry(
                at=row.at,
                who=row.who,
                action=row.action,
                field=row.field,
                before=row.before,
                after=row.after,
            )
            for row in s.execute(query)
        ]


def latest_change(database: Database) -> int:
    """The newest history id (0 for none): a cheap counter that every logged write moves,
    whoever made it, so that a window notices writes made by another window or user."""
    from sqlalchemy import func, select

    from desktop.store.models import ChangeLog

    with database.read() as session:
        return int(session.scalar(select(func.max(ChangeLog.id))) or 0)
