"""A private PostgreSQL server for the tests, started once per run.

Loaded from tests/conftest.py with ``pytest_plugins = ["pg_server"]``. It finds the server
programs (``pg_config --bindir``, ``/usr/lib/postgresql/*/bin``, ``PATH``), creates a cluster
in a temporary folder with trust authentication, starts it on 127.0.0.1 on a free port with
its socket in that folder, and stops and removes it when the run ends. As root, where
``initdb`` refuses to run, the cluster is created and run as the ``postgres`` user.
``running_server(password=...)`` starts the same kind of cluster with real passwords
(scram-sha-256 over TCP, the superuser's included); the accountability tests use it.

Fixtures:

* ``pg_server``: the running server (session: under pytest-xdist, one per worker, each on
  its own port and folder);
* ``pg_url``: the URL of a new, empty database, dropped after the test;
* ``pg_seeded_url``: a new database copied from one seeded once per run (10,000 cases);
* ``backend_url`` / ``seeded_backend_url``: parametrised over SQLite and PostgreSQL, an empty
  (not even migrated) or a seeded database of either kind, as a path or URL string.

Without PostgreSQL the PostgreSQL cases are skipped with the reason, except when the
environment variable ``CI`` is set: then they fail, so that CI cannot silently skip them
(``tests/requirements.py``).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from requirements import require

SUPERUSER = "postgres"
PROGRAMS = ("initdb", "pg_ctl")
_counter = itertools.count(1)


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates: list[Path] = []
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, timeout=10, check=True
        )
        candidates.append(Path(out.stdout.strip()))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    versions.sort(key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    candidates += [Path(p) for p in reversed(versions)]
    candidates += [Path(p).parent for p in filter(None, (shutil.which(n) for n in PROGRAMS))]
    for folder in candidates:
        if all((folder / n).is_file() and os.access(folder / n, os.X_OK) for n in PROGRAMS):
            return folder
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user."""
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", SUPERUSER, "--", *command]
    return ["su", SUPERUSER, "-s", "/bin/sh", "-c", shlex.join(command)]


@dataclass
class PgServer:
    """A cluster in ``root``: with trust authentication, or, given the superuser's
    ``password``, with scram-sha-256 passwords on every TCP connection."""

    bindir: Path
    root: Path
    port: int
    password: str | None = field(default=None, repr=False)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(
        self, database: str = "postgres", login: str = SUPERUSER, password: str | None = None
    ) -> str:
        """The URL of ``database`` as ``login`` (the superuser's password by default)."""
        secret = password if password is not None else self._password_of(login)
        credentials = f"{login}:{secret}" if secret is not None else login
        return f"postgresql+psycopg://{credentials}@127.0.0.1:{self.port}/{database}"

    def _password_of(self, login: str) -> str | None:
        return self.password if login == SUPERUSER else None

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=self.password,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(statement)

    def create_database(self, template: str | None = None) -> str:
        name = f"t{os.getpid()}_{next(_counter)}"
        source = f" TEMPLATE {template}" if template else ""
        self._admin(f"CREATE DATABASE \"{name}\"{source} ENCODING 'UTF8'")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            _as_server_user([str(self.bindir / args[0]), *args[1:]]),
            capture_output=True,
            text=True,
            timeout=120,
        )

    def _init(self) -> subprocess.CompletedProcess[str]:
        common = ["-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8", "--no-locale", "--no-sync"]
        if self.password is None:
            return self.run("initdb", *common, "-A", "trust")
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            shutil.chown(pwfile, SUPERUSER, SUPERUSER)
        try:
            return self.run(
                "initdb",
                *common,
                "--auth-host=scram-sha-256",
                "--auth-local=peer",
                f"--pwfile={pwfile}",
            )
        finally:
            pwfile.unlink()

    def start(self) -> None:
        result = self._init()
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed: {result.stderr or result.stdout}")
        for attempt in range(5):
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=100"
            )
            if self.password is not None:
                options += " -c password_encryption=scram-sha-256"
            result = self.run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.root / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            )
            if result.returncode == 0:
                return
            if attempt < 4:  # the port was taken in the meantime: another one
                self.port = free_port()
        log = (self.root / "server.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")


def _unavailable(reason: str) -> None:
    require(False, f"PostgreSQL: {reason}")


@contextlib.contextmanager
def running_server(*, password: str | None = None, prefix: str = "pg") -> Iterator[PgServer]:
    """A new cluster, started in a temporary folder and removed afterwards: with trust
    authentication, or with scram-sha-256 passwords when the superuser's ``password`` is
    given. Skips (fails under ``CI``) when PostgreSQL cannot be started here."""
    bindir = find_bindir()
    if bindir is None:
        _unavailable("PostgreSQL server programs (initdb, pg_ctl) are not installed")
        raise AssertionError("unreachable")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed")
    root = Path(tempfile.mkdtemp(prefix=f"case-tracker-{prefix}-"))
    if os.geteuid() == 0:
        shutil.chown(root, SUPERUSER, SUPERUSER)
    server = PgServer(bindir=bindir, root=root, port=free_port(), password=password)
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
def pg_server() -> Iterator[PgServer]:
    with running_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_seeded_template(pg_server: PgServer) -> str:
    """A database seeded once; tests get copies (CREATE DATABASE ... TEMPLATE)."""
    from desktop.services.database import init_database

    name = pg_server.create_database()
    init_database(pg_server.url(name)).dispose()
    return name


@pytest.fixture
def pg_seeded_url(pg_server: PgServer, pg_seeded_template: str) -> Iterator[str]:
    name = pg_server.create_database(template=pg_seeded_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database of either backend: a file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "backend.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", "postgresql"])
def seeded_backend_url(request: pytest.FixtureRequest) -> str:
    """A seeded database (10,000 cases) of either backend: a file path or a URL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("seeded_path"))
    return str(request.getfixturevalue("pg_seeded_url"))
