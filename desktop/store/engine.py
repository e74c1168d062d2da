"""The engine: where the database is, and how every connection to it is set up.

Every SQLite connection runs in WAL mode with ``synchronous=FULL``, foreign keys on and a
busy timeout. Statement parameters are hidden from logs and error messages so that no
personal data reaches them.

An encrypted file (``sqlite+pysqlcipher``) is keyed by SQLAlchemy's pysqlcipher dialect,
which runs ``PRAGMA key`` with the URL's password as the very first statement of every
connection; the passphrase is put there here, never in a URL a user types or a log shows
(an SQLite URL without a user name renders without its password). The pragmas above follow
the key. Key derivation takes tens of milliseconds, so encrypted engines keep a small pool
of open connections instead of opening one per session; so do plain files, whose reads
would otherwise pay for a new connection and its pragmas every time.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import DatabaseError, PassphraseNeeded
from desktop.domain.messages import Msg
from desktop.store.damage import ensure_sound

if TYPE_CHECKING:  # imported without SQLAlchemy (the window reads its first rows before it)
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 10_000
ENV_BUSY_TIMEOUT = "CASE_TRACKER_BUSY_TIMEOUT_MS"
ENV_DB = "CASE_TRACKER_DB"
WRITE_OPTION = "case_tracker_write"  # execution option marking a unit of work that writes
ENV_PASSPHRASE = "CASE_TRACKER_PASSPHRASE"
APP_DIR_NAME = "CaseTracker"


def app_data_folder() -> Path:
    """The platform's application-data folder of Case Tracker (not created here)."""
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False)


def default_database_path() -> Path:
    """The user's default database in the platform's application-data folder."""
    return app_data_folder() / "case-tracker.db"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` readable by its owner only (0700), or tighten it to that when it
    exists with wider permissions (on POSIX systems; elsewhere the user's profile folder
    is already private)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, 0o700)


def resolve_url(db: str | None) -> URL:
    """A file path or an SQLAlchemy URL (``--db``), else ``CASE_TRACKER_DB``, else the
    default file."""
    from sqlalchemy.engine import URL, make_url

    target = db or os.environ.get(ENV_DB) or str(default_database_path())
    if "://" in target:
        try:
            return make_url(target)
        except Exception as exc:  # sqlalchemy.exc.ArgumentError
            raise DatabaseError(Msg("not a database URL: {target!r}", target=target)) from exc
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().absolute()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def is_encrypted(url: URL) -> bool:
    return url.get_driver_name() == "pysqlcipher"


def database_file(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for a server or in-memory database."""
    if is_sqlite(url) and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def display_name(url: URL) -> str:
    """What the title bar and reports call the database: the file name, or host/db."""
    path = database_file(url)
    if path is not None:
        return path.name
    return f"{url.host or 'localhost'}/{url.database or ''}"


SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every plain SQLite file


def file_header(path: Path) -> bytes:
    """The first bytes of ``path``, as many as :data:`SQLITE_HEADER` (fewer when the file is
    shorter); OSError when it cannot be read."""
    with Path(path).open("rb") as f:
        return f.read(len(SQLITE_HEADER))


def read_only_uri(path: Path) -> str:
    """An SQLite ``file:`` URI that opens ``path`` read-only (``sqlite3.connect(..., uri=True)``).

    The path is quoted, so that ``#``, ``?``, ``%``, spaces or any other letters in a file
    name stay part of the name instead of starting the URI's query or fragment."""
    return f"{Path(path).absolute().as_uri()}?mode=ro"


def read_at_once[T](path: Path, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """``read(conn)`` in one read-only transaction on the plain SQLite file ``path``, with the
    standard library's ``sqlite3`` (no SQLAlchemy); None when the file cannot be read so at
    once: it never waits for a lock (``timeout=0``)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")
        found = read(conn)
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return found


def create_private_file(path: Path) -> None:
    """Create an empty database file readable and writable by its owner only (0600).

    SQLite gives its -wal and -shm files the same mode as the database file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def busy_timeout_ms() -> int:
    """How long a connection waits for another program's write to finish before it gives
    up with "database is locked": ``CASE_TRACKER_BUSY_TIMEOUT_MS``, else 10 s."""
    raw = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    try:
        value = int(raw)  # "²" is a digit to str.isdigit, but no number
    except ValueError:
        return BUSY_TIMEOUT_MS
    # SQLite keeps it in a 32-bit int
    return value if 0 <= value <= 2**31 - 1 else BUSY_TIMEOUT_MS


def folder_is_writable(path: Path) -> bool:
    """Whether new files (a write-ahead log, its index) can be made beside ``path``."""
    return os.access(path.parent, os.W_OK)


def _read_only_connector(path: Path) -> Any:
    """Connections that open ``path`` read-only. In a folder where nothing can be written
    (read-only media, a protected share) a WAL database whose ``-shm`` index is not there
    can only be read as immutable; nobody can be writing to it there."""

    def connect() -> sqlite3.Connection:
        uri = read_only_uri(path)
        if not folder_is_writable(path) and not Path(f"{path}-shm").exists():
            uri += "&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return connect


NO_SQLCIPHER = Msg(
    "encryption needs the SQLCipher bindings, which are not available for this platform"
)


def require_sqlcipher() -> None:
    """Refuse encrypted work in words where no SQLCipher bindings are installed (the
    dependencies bring them wherever wheels exist: see pyproject.toml)."""
    import importlib

    for module in ("sqlcipher3", "pysqlcipher3"):  # what SQLAlchemy's dialect imports
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        return
    raise DatabaseError(NO_SQLCIPHER)


def make_engine(
    url: URL, *, passphrase: str | None = None, echo: bool = False, read_only: bool = False
) -> Engine:
    """An engine with the project's connection settings. ``read_only`` opens an existing
    plain SQLite file read-only (search, export, reports): nothing is created, no pragma
    writes, and a read-only file or folder can be read."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool, QueuePool

    kwargs: dict[str, Any] = {"hide_parameters": True, "echo": echo}
    if is_sqlite(url):
        if is_encrypted(url):
            require_sqlcipher()
            if not passphrase:
                raise PassphraseNeeded(display_name(url))
        path = database_file(url)
        if read_only and path is not None and not is_encrypted(url):
            kwargs.update(poolclass=NullPool, creator=_read_only_connector(path))
            engine = create_engine(url, **kwargs)
            _install_sqlite_pragmas(engine, encrypted=False, path=None, read_only=True)
            return engine
        if path is not None and not path.exists():
            create_private_file(path)
        if is_encrypted(url):
            url = url.set(password=passphrase)
        if path is not None:
            # A few connections kept open, so that a read does not pay for connecting (and,
            # encrypted, deriving the key) each time. A connection serves one thread at a
            # time (checked out, then returned and rolled back), hence no same-thread check.
            kwargs.update(
                poolclass=QueuePool,
                pool_size=2,
                max_overflow=4,
                connect_args={"check_same_thread": False},
            )
        else:
            kwargs["poolclass"] = NullPool
        engine = create_engine(url, **kwargs)
        _install_sqlite_pragmas(engine, encrypted=is_encrypted(url), path=path)
        return engine
    kwargs["pool_pre_ping"] = True
    return create_engine(url, **kwargs)


def _install_sqlite_pragmas(
    engine: Engine, *, encrypted: bool, path: Path | None, read_only: bool = False
) -> None:
    from sqlalchemy import event

    # Runs after the pysqlcipher dialect's own connect hook, which has set the key.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if encrypted:
                # A wrong key is reported as an error; SQLCipher need not also print it.
                cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
            if read_only:  # setting the journal mode could write; a reader leaves it be
                cursor.execute("PRAGMA query_only = ON")
            else:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A unit of work that will write takes the write lock at once (waiting up to the
        # busy timeout for another writer), so it never fails half-way with "locked" when
        # its snapshot cannot be upgraded; reads start deferred and never block writers.
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        if writes and path is not None:  # nothing is written to a damaged file
            ensure_sound(connection.connection.driver_connection, path)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")
