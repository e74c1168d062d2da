"""Copying a SQLite database's records into an empty PostgreSQL database, as they are.

``desktop.services.moving`` drives it, inside one server transaction (PostgreSQL's DDL is
transactional, so a failure anywhere leaves the server database as it was):

* :func:`read_server` says what the server database holds and whether the login may change
  its schema (the database's owner: ALTER TABLE needs the owner of the table);
* :func:`user_triggers` and :func:`set_user_triggers` find the tables that carry user
  triggers (read from ``pg_trigger``, not from a list of names) and disable or enable them:
  the triggers of ``store.pg_security`` write the server login into every new history row
  and decision, and the copied rows are the past, written on the laptop by its accounts;
* :func:`copy_table` copies one table's rows with their ids (``COPY … FROM STDIN``), the
  rows of a table that refers to itself parents first; a row the server refuses is named
  by its table and key;
* :func:`set_sequences` sets every id sequence past the highest id copied.

The application's own tables are the models' (``Base.metadata``), copied in an order the
foreign keys accept. ``app_user`` is read, never copied: on a server the accounts are the
server's logins (see ``desktop.services.moving``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, text

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.models import AppUser, Base

ALEMBIC = "alembic_version"
ACCOUNTS = AppUser.__tablename__
BATCH = 5_000


def copied_tables() -> list[Table]:
    """The application's tables in an order the foreign keys accept (referred tables
    first), without ``app_user``."""
    return [t for t in Base.metadata.sorted_tables if t.name != ACCOUNTS]


def record_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables]


class RowRefused(DatabaseError):
    """The server refused a row of the file: which table, which row, which column, why."""


@dataclass(frozen=True)
class ServerState:
    """What a server database holds, read before anything is written."""

    login: str  # session_user: who the history will name
    owner: str  # the database's owner
    may_change_schema: bool
    tables: tuple[str, ...]  # every table of the schema ``public``
    revision: str | None
    foreign: tuple[str, ...]  # tables that are not Case Tracker's

    @property
    def bare(self) -> bool:
        return not self.tables


def read_server(conn: Connection) -> ServerState:
    """The login, the owner and the tables of the server database (catalogs only: a login
    without any grant can read them)."""
    row = conn.execute(
        text(
            "SELECT session_user::text AS login, pg_get_userbyid(d.datdba)::text AS owner, "
            "pg_has_role(current_user, d.datdba, 'USAGE') "
            "AND has_schema_privilege(current_user, 'public', 'CREATE') AS owns "
            "FROM pg_database d WHERE d.datname = current_database()"
        )
    ).one()
    tables = conn.execute(
        text(
            "SELECT c.relname::text AS name, pg_has_role(current_user, c.relowner, 'USAGE') "
            "AS owned FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            "ORDER BY c.relname"
        )
    ).all()
    names = tuple(str(t.name) for t in tables)
    known = {*record_tables(), ALEMBIC}
    revision = None
    if ALEMBIC in names and all(t.owned for t in tables):
        revision = conn.execute(text(f"SELECT version_num FROM {ALEMBIC}")).scalar()
    return ServerState(
        login=str(row.login),
        owner=str(row.owner),
        may_change_schema=bool(row.owns) and all(t.owned for t in tables),
        tables=names,
        revision=revision,
        foreign=tuple(n for n in names if n not in known),
    )


def rows_held(conn: Connection) -> dict[str, int]:
    """The application's tables that hold rows, with how many (read by the owner)."""
    held: dict[str, int] = {}
    for name in record_tables():
        count = int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0)
        if count:
            held[name] = count
    return held


# --- triggers ------------------------------------------------------------------------------


def user_triggers(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    """Each table of ``public`` with user triggers (not the server's internal ones, which
    enforce the foreign keys): its triggers' names and states (``O`` enabled, ``D``
    disabled; ``R``/``A`` replica and always)."""
    rows = conn.execute(
        text(
            "SELECT c.relname::text AS tab, t.tgname::text AS name, t.tgenabled::text AS state "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND NOT t.tgisinternal ORDER BY 1, 2"
        )
    ).all()
    found: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        found.setdefault(str(row.tab), []).append((str(row.name), str(row.state)))
    return found


def set_user_triggers(conn: Connection, tables: Iterable[str], *, enabled: bool) -> None:
    """``ALTER TABLE … ENABLE|DISABLE TRIGGER USER`` on ``tables`` (the owner's right only:
    the server refuses it to anyone else), in the caller's transaction."""
    verb = "ENABLE" if enabled else "DISABLE"
    for table in tables:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" {verb} TRIGGER USER')


# --- foreign keys --------------------------------------------------------------------------


@contextmanager
def foreign_keys_checked_after(conn: Connection) -> Iterator[None]:
    """The foreign keys of ``public`` dropped while the block copies, and added again after
    it with their own names and definitions (read from ``pg_constraint``), all in the
    caller's transaction: the server then checks every row at once, instead of one lookup
    per row (most of the time of a large copy). RowRefused when the rows break one."""
    found = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text AS tab, c.conname::text AS name, "
            "pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = 'public' AND c.contype = 'f' ORDER BY 1, 2"
        )
    ).all()
    for key in found:
        conn.exec_driver_sql(f'ALTER TABLE {key.tab} DROP CONSTRAINT "{key.name}"')
    yield
    from sqlalchemy.exc import DBAPIError

    for key in found:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(
                    f'ALTER TABLE {key.tab} ADD CONSTRAINT "{key.name}" {key.definition}'
                )
        except DBAPIError as exc:
            diag = getattr(exc.orig, "diag", None)
            why = getattr(diag, "message_detail", None) or getattr(diag, "message_primary", "")
            raise RowRefused(
                Msg(
                    "table {table}: the copied rows break its rule {rule} ({why})",
                    table=key.tab,
                    rule=key.name,
                    why=why,
                )
            ) from None


# --- rows ----------------------------------------------------------------------------------


def _self_reference(table: Table) -> str | None:
    """The column by which the table's rows refer to other rows of it (a facility's
    parent), if any."""
    for fk in table.foreign_keys:
        if fk.column.table is table:
            return fk.parent.name
    return None


def _parents_first(rows: list[tuple[Any, ...]], key: int, parent: int) -> list[tuple[Any, ...]]:
    """``rows`` ordered so that every row comes after the row it refers to."""
    placed: set[Any] = set()
    ordered: list[tuple[Any, ...]] = []
    waiting = rows
    while waiting:
        later = []
        for row in waiting:
            if row[parent] is None or row[parent] in placed:
                ordered.append(row)
                placed.add(row[key])
            else:
                later.append(row)
        if len(later) == len(waiting):  # a loop of parents (or one missing): as they are
            ordered.extend(later)
            break
        waiting = later
    return ordered


def source_rows(
    source: sqlite3.Connection, table: Table
) -> tuple[list[str], Iterator[Sequence[Any]]]:
    """The columns of ``table`` and its rows in the SQLite file, in key order."""
    columns = [c.name for c in table.columns]
    keys = [c.name for c in table.primary_key.columns] or columns[:1]
    listed = ", ".join(f'"{c}"' for c in columns)
    order = ", ".join(f'"{c}"' for c in keys)
    cursor = source.execute(f'SELECT {listed} FROM "{table.name}" ORDER BY {order}')
    parent = _self_reference(table)
    if parent is not None:
        rows = _parents_first(cursor.fetchall(), columns.index(keys[0]), columns.index(parent))
        return columns, iter(rows)

    def batches() -> Iterator[Sequence[Any]]:
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                return
            yield from batch

    return columns, batches()


# A date or time as the application writes them into a SQLite file (ISO 8601: a day, and a
# time of day after a space or a T). The server reads more ("today", "epoch", "infinity"),
# which would turn a word in the file into a date that is not in it.
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?")
_COPY_CONTEXT = re.compile(r"COPY \S+, line (\d+)(?:, column (\w+))?")


def copy_table(conn: Connection, source: sqlite3.Connection, table: Table) -> int:
    """Every row of ``table`` from the SQLite file into the server, with its ids; the
    number of rows. RowRefused names a row the server refuses (the caller's transaction
    is then to be rolled back)."""
    import psycopg
    from psycopg import sql

    columns, rows = source_rows(source, table)
    key_columns = [columns.index(c.name) for c in table.primary_key.columns] or [0]
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    )
    dates = [columns.index(c.name) for c in table.columns if isinstance(c.type, Date | DateTime)]
    keys: list[tuple[Any, ...]] = []
    writing = False  # a value refused here, before the server saw it: the last row's
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                keys.append(tuple(row[i] for i in key_columns))
                for index, value in enumerate(row):
                    if isinstance(value, bytes):
                        raise _refused(table, columns[index], keys[-1], Msg("binary data"))
                for index in dates:
                    value = row[index]
                    if value is not None and not (isinstance(value, str) and _ISO.fullmatch(value)):
                        why = Msg("not a date as Case Tracker writes one: {value!r}", value=value)
                        raise _refused(table, columns[index], keys[-1], why)
                writing = True
                copy.write_row(row)
                writing = False
    except psycopg.Error as exc:
        raise _server_refused(table, keys, exc, last=writing) from None
    return len(keys)


def _refused(table: Table, column: str | None, key: tuple[Any, ...], why: str) -> RowRefused:
    shown = ", ".join(str(k) for k in key)
    if column is None:
        return RowRefused(
            Msg(
                "table {table}, row {key}: the server refused it ({why})",
                table=table.name,
                key=shown,
                why=why,
            )
        )
    return RowRefused(
        Msg(
            "table {table}, row {key}, column {column}: the server refused it ({why})",
            table=table.name,
            key=shown,
            column=column,
            why=why,
        )
    )


def _server_refused(
    table: Table, keys: list[tuple[Any, ...]], exc: Exception, *, last: bool
) -> RowRefused:
    diag = getattr(exc, "diag", None)
    why = getattr(diag, "message_primary", None) or str(exc).splitlines()[0]
    context = getattr(diag, "context", None) or ""
    found = _COPY_CONTEXT.search(context)
    line = int(found.group(1)) if found else 0
    if found and 0 < line <= len(keys):
        return _refused(table, found.group(2), keys[line - 1], why)
    if last and keys:
        return _refused(table, None, keys[-1], why)
    return RowRefused(
        Msg(
            "table {table}: the server refused its rows ({why})",
            table=table.name,
            why=why,
        )
    )


def set_sequences(conn: Connection) -> None:
    """Every table's id sequence past its highest id, so that the next record made on the
    server gets a fresh id."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.columns or list(table.primary_key.columns) != [table.c.id]:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:sequence, coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1,'
                " false)"
            ),
            {"sequence": sequence},
        )


@dataclass(frozen=True)
class FileAccount:
    """An account the SQLite file knew: an operating-system account, with its role."""

    login: str
    role: str | None
    disabled: bool
    display_name: str | None


def file_accounts(source: sqlite3.Connection) -> list[FileAccount]:
    rows = source.execute(
        f'SELECT login, role, disabled, display_name FROM "{ACCOUNTS}" ORDER BY login'
    ).fetchall()
    return [FileAccount(str(r[0]), r[1], bool(r[2]), r[3]) for r in rows]
