"""The engine: where the database is, and how every connection to it is set up.

Every SQLite connection runs in WAL mode with ``synchronous=FULL``, foreign keys on and a
busy timeout. Statement parameters are hidden from logs and error messages so that no
personal data reaches them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from desktop.domain.errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000
ENV_DB = "CASE_TRACKER_DB"
ENV_PASSPHRASE = "CASE_TRACKER_PASSPHRASE"
APP_DIR_NAME = "CaseTracker"


def default_database_path() -> Path:
    """The user's default database in the platform's application-data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False) / "case-tracker.db"


def resolve_url(db: str | None) -> URL:
    """A file path or an SQLAlchemy URL (``--db``), else ``CASE_TRACKER_DB``, else the
    default file."""
    target = db or os.environ.get(ENV_DB) or str(default_database_path())
    if "://" in target:
        try:
            return make_url(target)
        except Exception as exc:  # sqlalchemy.exc.ArgumentError
            raise DatabaseError(f"not a database URL: {target!r}") from exc
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


def create_private_file(path: Path) -> None:
    """Create an empty database file readable and writable by its owner only (0600).

    SQLite gives its -wal and -shm files the same mode as the database file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def make_engine(url: URL, *, passphrase: str | None = None, echo: bool = False) -> Engine:
    """An engine with the project's connection settings."""
    kwargs: dict[str, Any] = {"hide_parameters": True, "echo": echo}
    if is_sqlite(url):
        path = database_file(url)
        if path is not None and not path.exists():
            create_private_file(path)
        kwargs["poolclass"] = NullPool
        engine = create_engine(url, **kwargs)
        _install_sqlite_pragmas(engine, passphrase if is_encrypted(url) else None)
        return engine
    kwargs["pool_pre_ping"] = True
    return create_engine(url, **kwargs)


def _install_sqlite_pragmas(engine: Engine, passphrase: str | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if passphrase is not None:
                escaped = passphrase.replace("'", "''")
                cursor.execute(f"PRAGMA key = '{escaped}'")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")
