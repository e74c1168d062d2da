"""Opening, creating and seeding databases: the entry to every other service."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import DatabaseError, RuleError
from desktop.store import migrate, seed
from desktop.store.backup import backup_engine
from desktop.store.engine import (
    ENV_PASSPHRASE,
    database_file,
    display_name,
    is_encrypted,
    make_engine,
    resolve_url,
)
from desktop.store.history import install_history
from desktop.store.models import Detainee, Facility

Progress = Callable[[int, int], None]


@dataclass
class Database:
    """An open database: its URL, engine and a factory of short sessions."""

    url: URL
    engine: Engine
    actor: str = field(default_factory=lambda: os.environ.get("USER") or "unknown")
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_history(self._sessions, lambda: self.actor)

    @property
    def name(self) -> str:
        return display_name(self.url)

    @property
    def path(self) -> Path | None:
        return database_file(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with self._sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def _passphrase(url: URL, passphrase: str | None) -> str | None:
    if not is_encrypted(url):
        return None
    value = passphrase if passphrase is not None else os.environ.get(ENV_PASSPHRASE)
    if not value:
        raise DatabaseError("this database is encrypted: a passphrase is needed")
    return value


def _check_readable(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except SADatabaseError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "not a database" in text or "encrypted" in text:
            if is_encrypted(url):
                raise DatabaseError(
                    "wrong passphrase, or not an encrypted Case Tracker file"
                ) from None
            raise DatabaseError(
                f"{display_name(url)} is not a Case Tracker database (or it is encrypted)"
            ) from None
        raise DatabaseError(f"cannot open {display_name(url)}: {text}") from None


def open_database(
    db: str | None = None,
    *,
    create: bool = True,
    seed_demo: bool = True,
    passphrase: str | None = None,
) -> Database:
    """Open the database ``db`` names (path or URL; else CASE_TRACKER_DB; else the default
    file), bringing its schema up to date after a safe copy. A missing SQLite file is created
    and seeded when ``create`` is true."""
    url = resolve_url(db)
    path = database_file(url)
    is_new = path is not None and (not path.exists() or path.stat().st_size == 0)
    if is_new and not create:
        raise DatabaseError(f"no database at {path}")
    try:
        engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    except OSError as exc:
        raise DatabaseError(f"cannot create {path}: {exc.strerror}") from None
    try:
        if path is not None:
            _check_readable(engine, url)
        fresh = not migrate.has_tables(engine)
        migrate.ensure_current(engine, backup=None if is_encrypted(url) else backup_engine)
        if fresh and (is_new or path is None) and create:
            with engine.begin() as conn:
                seed.seed_all(conn, demo=seed_demo)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open {display_name(url)}: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)


def init_database(
    db: str | None, *, empty: bool = False, passphrase: str | None = None
) -> Database:
    """``case-tracker init``: a new database, migrated, with the seed data unless ``empty``."""
    url = resolve_url(db)
    path = database_file(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise RuleError(
            "a database already exists there; init creates new ones only", record=str(path)
        )
    engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    try:
        if path is None and migrate.has_tables(engine):
            raise RuleError("the server database is not empty", record=display_name(url))
        migrate.upgrade(engine)
        if not empty:
            with engine.begin() as conn:
                seed.seed_all(conn, demo=True)
    except BaseException:
        engine.dispose()
        if path is not None and path.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return Database(url, engine)


def add_demo(
    database: Database, count: int, seed_value: int, progress: Progress | None = None
) -> int:
    """``case-tracker demo``: add ``count`` synthetic cases in one transaction."""
    if count < 1:
        raise RuleError(f"--cases must be at least 1, not {count}")
    with database.engine.begin() as conn:
        return seed.add_demo_cases(conn, count, seed_value, progress)


@dataclass(frozen=True)
class Summary:
    facilities: int
    cases: int
    held: int


def summary(database: Database) -> Summary:
    with database.read() as s:
        facilities = s.scalar(select(func.count()).select_from(Facility)) or 0
        cases = s.scalar(select(func.count()).select_from(Detainee)) or 0
        held = s.scalar(select(func.count()).where(Detainee.status == "held")) or 0
    return Summary(facilities, cases, held)
