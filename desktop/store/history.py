"""Change history: every insert, update and delete made through a session is written to
``change_log`` (who, when, which record, which field, before and after) in the same
transaction. Bulk loads through Core (seed, demo, import) record one summary row instead.

How a flush is logged:

* updates and deletes are read in ``before_flush``, while the values before the change can
  still be read: a value the session had not loaded (an expired attribute set blind) is read
  from the database, so "before" is never a guess; a record changed and then deleted in one
  flush logs the values it had in the database;
* inserts are logged in ``after_flush``, once the database has given the new record its id;
* the rows of one flush are written by that flush, in its transaction: a flush that fails
  (a version conflict, a broken constraint) logs nothing, and a later flush starts afresh;
* "when" is one UTC timestamp per flush, taken here so that SQLite and PostgreSQL agree
  (a server clock in local time would not); "who" is the database's actor at that moment.

A table whose primary key has several columns (a headcount's count per category) is logged
under its first key column, and the other key columns are named in the field:
``count [category_id=3]``. ``detainee_token`` is not logged: it is derived from the names,
whose changes are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Select, event, insert, inspect, literal, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.state import InstanceState

from desktop.domain.enums import ChangeAction
from desktop.domain.stored import as_text
from desktop.store.models import AppUser, Base, ChangeLog, DetaineeToken, Setting

SKIP_FIELDS = {"version"}
# app_user and db_setting have text keys: the users and approval-settings services log
# their changes themselves.
UNLOGGED = {
    ChangeLog.__tablename__,
    DetaineeToken.__tablename__,
    AppUser.__tablename__,
    Setting.__tablename__,
}
FIELD_LENGTH = 60
PENDING = "history_rows"


def utc_now() -> datetime:
    """Naive UTC, as ``change_log.at`` stores it on every backend."""
    return datetime.now(UTC).replace(tzinfo=None)


_HISTORY_COLUMNS = ["at", "who", "table_name", "record_id", "action", "field", "before", "after"]


def history_columns(
    at: datetime,
    who: str,
    table: str,
    record: Any,
    action: ChangeAction,
    field: str,
    before: Any,
    after: Any,
) -> tuple[Any, ...]:
    """The columns of history rows written set-wise (``insert_history``): ``record``,
    ``before`` and ``after`` may be SQL expressions, the values as ``as_text`` writes them."""
    return (
        literal(at, DateTime()),
        literal(who),
        literal(table),
        record,
        literal(action.value),
        literal(field),
        before,
        after,
    )


def insert_history(conn: Connection, query: Select[Any]) -> None:
    """History rows at once, one per row of ``query`` over ``history_columns``."""
    conn.execute(insert(ChangeLog).from_select(_HISTORY_COLUMNS, query))


def _logged(obj: object) -> bool:
    return isinstance(obj, Base) and obj.__tablename__ not in UNLOGGED


def _key(state: InstanceState[Any]) -> tuple[int | None, str]:
    """The record id to log under, and a suffix naming the other key columns."""
    mapper = state.mapper
    columns = list(mapper.primary_key)
    values = list(mapper.primary_key_from_instance(state.obj()))
    if state.key is not None:  # persistent or deleted: the identity is authoritative
        values = list(state.key[1])
    record_id = values[0]
    suffix = ", ".join(f"{c.key}={v}" for c, v in zip(columns[1:], values[1:], strict=True))
    return (int(record_id) if record_id is not None else None), (f" [{suffix}]" if suffix else "")


def _field(name: str, suffix: str) -> str:
    return (name + suffix)[:FIELD_LENGTH]


def _stored_values(session: Session, state: InstanceState[Any], names: list[str]) -> dict[str, Any]:
    """The values of ``names`` as the database holds them now (before this flush)."""
    if not names or state.key is None:
        return {}
    mapper = state.mapper
    table = mapper.local_table
    columns = [mapper.get_property(n).columns[0] for n in names]
    where = [c == v for c, v in zip(mapper.primary_key, state.key[1], strict=True)]
    row = session.connection().execute(select(*columns).select_from(table).where(*where)).first()
    return dict(zip(names, row, strict=True)) if row is not None else {}


def history_row(
    who: str,
    at: datetime,
    table: str,
    record_id: int | None,
    action: ChangeAction,
    field: str | None = None,
    before: object = None,
    after: object = None,
) -> dict[str, Any]:
    """One ``change_log`` row as the values of an insert, before and after as text."""
    return {
        "at": at,
        "who": who,
        "table_name": table,
        "record_id": record_id,
        "action": action.value,
        "field": field,
        "before": as_text(before),
        "after": as_text(after),
    }


def _column_names(state: InstanceState[Any]) -> list[str]:
    primary = {c.key for c in state.mapper.primary_key}
    return [
        a.key
        for a in state.mapper.column_attrs
        if a.key not in SKIP_FIELDS and a.key not in primary
    ]


def update_rows(session: Session, obj: Base, who: str, at: datetime) -> list[dict[str, Any]]:
    """One row per field whose value this flush changes, with the value it had before."""
    state = inspect(obj)
    record_id, suffix = _key(state)
    changed: dict[str, tuple[Any, Any]] = {}
    unknown: list[str] = []
    for name in _column_names(state):
        hist = state.attrs[name].history
        if not hist.added:
            continue
        if hist.deleted:
            changed[name] = (hist.deleted[0], hist.added[0])
        else:  # set without the old value loaded (or flagged modified): read it
            changed[name] = (None, hist.added[0])
            unknown.append(name)
    for name, value in _stored_values(session, state, unknown).items():
        changed[name] = (value, changed[name][1])
    return [
        history_row(
            who, at, obj.__tablename__, record_id, ChangeAction.UPDATE, _field(n, suffix), b, a
        )
        for n, (b, a) in changed.items()
        if as_text(b) != as_text(a)
    ]


def delete_rows(session: Session, obj: Base, who: str, at: datetime) -> list[dict[str, Any]]:
    """One row per non-empty field of the deleted record, with its value in the database."""
    state = inspect(obj)
    record_id, suffix = _key(state)
    names = _column_names(state)
    stored = _stored_values(session, state, names)
    table = obj.__tablename__
    rows = [
        history_row(
            who, at, table, record_id, ChangeAction.DELETE, _field(n, suffix), stored[n], None
        )
        for n in names
        if n in stored and stored[n] is not None
    ]
    if suffix:  # the other key columns say which part was deleted
        rows.insert(
            0, history_row(who, at, table, record_id, ChangeAction.DELETE, suffix.strip(" []"))
        )
    return rows or [history_row(who, at, table, record_id, ChangeAction.DELETE)]


def insert_rows(obj: Base, who: str, at: datetime) -> list[dict[str, Any]]:
    """One row per field the new record was given a value for."""
    state = inspect(obj)
    record_id, suffix = _key(state)
    table = obj.__tablename__
    rows = [
        history_row(who, at, table, record_id, ChangeAction.INSERT, _field(n, suffix), None, value)
        for n in _column_names(state)
        if (value := state.dict.get(n)) is not None
    ]
    if suffix:  # the other key columns say which part was added
        rows.insert(
            0, history_row(who, at, table, record_id, ChangeAction.INSERT, suffix.strip(" []"))
        )
    return rows or [history_row(who, at, table, record_id, ChangeAction.INSERT)]


def install_history(factory: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Write the history of every flush made by sessions from ``factory``."""

    @event.listens_for(factory, "before_flush")
    def _before(session: Session, _ctx: Any, _instances: Any) -> None:
        who, at = actor(), utc_now()
        rows: list[dict[str, Any]] = []
        for obj in session.dirty:
            if (
                _logged(obj)
                and obj not in session.deleted
                and session.is_modified(obj, include_collections=False)
            ):
                rows.extend(update_rows(session, obj, who, at))
        for obj in session.deleted:
            if _logged(obj):
                rows.extend(delete_rows(session, obj, who, at))
        # Replaces what a failed earlier flush may have left: only this flush is logged.
        session.info[PENDING] = (who, at, rows)

    @event.listens_for(factory, "after_flush")
    def _after(session: Session, _ctx: Any) -> None:
        who, at, rows = session.info.pop(PENDING, (actor(), utc_now(), []))
        for obj in session.new:
            if _logged(obj):
                rows.extend(insert_rows(obj, who, at))
        if rows:
            session.connection().execute(insert(ChangeLog), rows)

    @event.listens_for(factory, "after_soft_rollback")
    def _forget(session: Session, _previous: Any) -> None:
        session.info.pop(PENDING, None)
