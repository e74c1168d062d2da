"""Change history: every insert, update and delete made through a session is written to
``change_log`` (who, when, which record, which field, before and after) in the same
transaction. Bulk loads through Core (seed, demo, import) record one summary row instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.enums import ChangeAction
from desktop.store.models import Base, ChangeLog

SKIP_FIELDS = {"version"}
UNLOGGED = {ChangeLog.__tablename__}


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _rows_for(obj: Base, action: ChangeAction, who: str) -> list[dict[str, Any]]:
    state = inspect(obj)
    table = obj.__tablename__
    record_id = state.identity[0] if state.identity else getattr(obj, "id", None)
    rows: list[dict[str, Any]] = []
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in SKIP_FIELDS or name == "id":
            continue
        hist = state.attrs[name].history
        if action is ChangeAction.UPDATE:
            if not hist.has_changes():
                continue
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
        elif action is ChangeAction.INSERT:
            before, after = None, getattr(obj, name)
            if after is None:
                continue
        else:
            before, after = getattr(obj, name), None
        if as_text(before) == as_text(after):
            continue
        rows.append(
            {
                "who": who,
                "table_name": table,
                "record_id": record_id,
                "action": action.value,
                "field": name,
                "before": as_text(before),
                "after": as_text(after),
            }
        )
    if action is ChangeAction.DELETE and not rows:
        rows.append(
            {"who": who, "table_name": table, "record_id": record_id, "action": action.value}
        )
    return rows


def install_history(factory: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Write the history of every flush made by sessions from ``factory``."""

    @event.listens_for(factory, "before_flush")
    def _collect_deletes(session: Session, _ctx: Any, _instances: Any) -> None:
        pending = session.info.setdefault("history_rows", [])
        for obj in session.deleted:
            if isinstance(obj, Base) and obj.__tablename__ not in UNLOGGED:
                pending.extend(_rows_for(obj, ChangeAction.DELETE, actor()))

    @event.listens_for(factory, "after_flush")
    def _write(session: Session, _ctx: Any) -> None:
        rows: list[dict[str, Any]] = session.info.pop("history_rows", [])
        who = actor()
        for obj in session.new:
            if isinstance(obj, Base) and obj.__tablename__ not in UNLOGGED:
                rows.extend(_rows_for(obj, ChangeAction.INSERT, who))
        for obj in session.dirty:
            if (
                isinstance(obj, Base)
                and obj.__tablename__ not in UNLOGGED
                and session.is_modified(obj, include_collections=False)
            ):
                rows.extend(_rows_for(obj, ChangeAction.UPDATE, who))
        if rows:
            session.connection().execute(insert(ChangeLog), rows)
