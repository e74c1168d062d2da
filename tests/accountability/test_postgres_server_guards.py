"""What the server itself refuses, whatever client sends it, tried as the office's logins
with their own passwords (what ``psql`` would send): a disabled login's open sessions, names
a session shadows with temporary tables, and an effect a decision applies at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from acct_helpers import person
from psycopg import errors

from desktop.services import users

pytestmark = pytest.mark.postgres

_WRITABLE = """
SELECT c.relname,
       has_table_privilege(%(login)s, c.oid, 'DELETE') AS can_delete,
       (SELECT min(a.attname) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND has_column_privilege(%(login)s, c.oid, a.attnum, 'UPDATE')) AS update_column,
       has_any_column_privilege(%(login)s, c.oid, 'INSERT') AS can_insert
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  AND (has_table_privilege(%(login)s, c.oid, 'DELETE')
       OR has_any_column_privilege(%(login)s, c.oid, 'UPDATE')
       OR has_any_column_privilege(%(login)s, c.oid, 'INSERT'))
ORDER BY c.relname
"""


def _writes(conn: psycopg.Connection, login: str) -> list[str]:
    """One statement for every kind of write ``login`` is granted on every table; each
    matches no row, so it changes nothing, but the server still decides whether it may."""
    statements = []
    for table, can_delete, column, can_insert in conn.execute(_WRITABLE, {"login": login}):
        if can_insert:
            statements.append(f'INSERT INTO "{table}" SELECT * FROM "{table}" WHERE false')
        if column is not None:
            statements.append(f'UPDATE "{table}" SET "{column}" = "{column}" WHERE false')
        if can_delete:
            statements.append(f'DELETE FROM "{table}" WHERE false')
    return statements


@contextmanager
def _login(office, name: str, role: str) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    """A psql session of a new login ``name`` with ``role``, dropped afterwards."""
    password = f"{name}-pass-1"
    users.add_user(office.db("admin"), name, role, password=password)
    try:
        with psycopg.connect(
            host="127.0.0.1",
            port=office.server.port,
            user=name,
            password=password,
            dbname=office.name,
            autocommit=True,
        ) as conn:
            yield conn
    finally:
        office.server._admin(f'DROP OWNED BY "{name}" CASCADE')
        office.server._admin(f'DROP ROLE IF EXISTS "{name}"')


@pytest.mark.parametrize("role", ["clerk", "administrator"])
def test_a_disabled_login_writes_nothing_from_the_sessions_it_still_has_open(office, role):
    """``users disable`` stops new logins (NOLOGIN); the decision triggers refused a
    disabled login, but its psql left open could still write every other table its group
    was granted: a dismissed clerk went on editing facilities and headcounts (and cases'
    notes), a dismissed administrator amnesties, categories and settings. Every write of
    every table is now refused once the login is disabled, whichever table it is."""
    admin = office.db("admin")
    with _login(office, f"leaving_{role}", role) as conn:
        statements = _writes(conn, f"leaving_{role}")
        tables = {s.split('"')[1] for s in statements}
        assert {"facility", "headcount", "detainee", "change_log", "transfer"} <= tables
        if role == "administrator":
            assert {"amnesty", "category", "db_setting", "app_user"} <= tables
        for statement in statements:  # allowed while the login is enabled
            conn.execute(statement)
        users.disable_user(admin, f"leaving_{role}")
        for statement in statements:
            with pytest.raises(errors.InsufficientPrivilege, match="disabled"):
                conn.execute(statement)
        with pytest.raises(errors.InsufficientPrivilege, match="disabled"):
            conn.execute("UPDATE facility SET notes = 'after leaving' WHERE id = 1")
        # it can still read until its sessions are ended (docs/postgresql.md)
        assert conn.execute("SELECT count(*) FROM facility").fetchone() is not None
    assert person(admin, 1)["id"] == 1
