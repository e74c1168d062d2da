"""A private PostgreSQL server with real passwords (scram-sha-256) for the accountability
tests, and the logins of an office: a clerk, two reviewers, a viewer and an administrator.

It reuses the primitives of ``tests/pg_server.py`` (finding the server programs, a free
port, running them as the ``postgres`` user) but starts its own cluster, created with
``--auth-host=scram-sha-256``: every TCP connection, the superuser's included, must give
its password. The logins are added through ``users.add_user`` by the database's owner,
with their passwords, as an office would add them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pg_server import SUPERUSER, PgServer, _unavailable, find_bindir, free_port

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


@dataclass
class ScramServer(PgServer):
    """A PgServer whose cluster demands scram-sha-256 passwords over TCP."""

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(OWNER_PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(pwfile, SUPERUSER, SUPERUSER)
        result = self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth-host=scram-sha-256",
            "--auth-local=peer",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        pwfile.unlink()
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed: {result.stderr or result.stdout}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c password_encryption=scram-sha-256"
        )
        result = self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        if result.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")

    def url(self, database: str = "postgres", login: str = SUPERUSER) -> str:
        password = OWNER_PASSWORD if login == SUPERUSER else LOGINS[login][1]
        return f"postgresql+psycopg://{login}:{password}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=OWNER_PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(statement)


@pytest.fixture(scope="session")
def scram_server() -> Iterator[ScramServer]:
    bindir = find_bindir()
    if bindir is None:
        _unavailable("PostgreSQL server programs (initdb, pg_ctl) are not installed")
        raise AssertionError("unreachable")
    root = Path(tempfile.mkdtemp(prefix="case-tracker-scram-"))
    if os.geteuid() == 0:
        shutil.chown(root, SUPERUSER, SUPERUSER)
    server = ScramServer(bindir=bindir, root=root, port=free_port())
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(str(exc))
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def office_template(scram_server: ScramServer) -> str:
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
def office(scram_server: ScramServer, office_template: str) -> Iterator[Office]:
    name = scram_server.create_database(template=office_template)
    office = Office(scram_server, name)
    yield office
    office.close()
    scram_server.drop_database(name)


class Office:
    """One database of the office, opened as any of its logins."""

    def __init__(self, server: ScramServer, name: str) -> None:
        self.server = server
        self.name = name
        self._open: list[Database] = []

    def url(self, login: str) -> str:
        return self.server.url(self.name, login)

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
