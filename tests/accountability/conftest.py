"""A private PostgreSQL server with real passwords (scram-sha-256) for the accountability
tests, and the logins of an office: a clerk, two reviewers, a viewer and an administrator.

It is started by ``tests/pg_server.py``'s ``running_server`` with the superuser's password:
every TCP connection, the superuser's included, must give its password. The logins are added through ``users.add_user`` by the database's owner,
with their passwords, as an office would add them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pg_server import PgServer, running_server

from desktop.services import users
from desktop.services.database import Database, init_database, open_database

OWNER_PASSWORD = "owner-secret-1"
# login -> (role, password)
LOGINS = {
    "clerk": ("clerk", "clerk-pass-1"),
    "reviewer1": ("reviewer", "reviewer-pass-1"),
    "reviewer2": ("reviewer", "reviewer-pass-2"),
    "viewer": ("viewer", "viewer-pass-1"),
    "admin": ("administrator", "admin-pass-1"),
}


@pytest.fixture(scope="session")
def scram_server() -> Iterator[PgServer]:
    with running_server(password=OWNER_PASSWORD, prefix="scram") as server:
        yield server


@pytest.fixture(scope="session")
def office_template(scram_server: PgServer) -> str:
    """A seeded database whose owner added the office's logins, with their passwords."""
    name = scram_server.create_database()
    owner = init_database(scram_server.url(name))
    try:
        for login, (role, password) in LOGINS.items():
            users.add_user(owner, login, role, password=password)
    finally:
        owner.dispose()
    return name


@pytest.fixture
def office(scram_server: PgServer, office_template: str) -> Iterator[Office]:
    name = scram_server.create_database(template=office_template)
    office = Office(scram_server, name)
    yield office
    office.close()
    scram_server.drop_database(name)


class Office:
    """One database of the office, opened as any of its logins."""

    def __init__(self, server: PgServer, name: str) -> None:
        self.server = server
        self.name = name
        self._open: list[Database] = []

    def url(self, login: str) -> str:
        return self.server.url(self.name, login, LOGINS[login][1])

    def db(self, login: str) -> Database:
        database = open_database(self.url(login), create=False)
        self._open.append(database)
        return database

    def raw(self, login: str, *, autocommit: bool = True):  # type: ignore[no-untyped-def]
        """A psycopg connection as ``login``, with its password: what psql would do."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.server.port,
            user=login,
            password=LOGINS[login][1],
            dbname=self.name,
            autocommit=autocommit,
        )

    def close(self) -> None:
        for database in self._open:
            database.dispose()
