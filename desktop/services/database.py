"""Opening, creating and seeding databases: the entry to every other service.

Who changes what is logged under ``Database.actor``: the window sets it to the user's name
(kept in its settings); the command line takes ``CASE_TRACKER_USER``, else the login name.

An encrypted file is opened with a passphrase (the ``passphrase`` argument, else
``CASE_TRACKER_PASSPHRASE``). A plain path to an encrypted file is recognised by its first
bytes (an SQLite file starts with "SQLite format 3"; an SQLCipher file with random salt) and
opened encrypted; without a passphrase ``PassphraseNeeded`` is raised, which the window
answers with ``open_with_passphrase``.
"""

from __future__ import annotations

import getpass
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import (
    DatabaseError,
    FieldProblem,
    PassphraseNeeded,
    RuleError,
    ValidationError,
    WrongPassphrase,
)
from desktop.store import migrate, seed
from desktop.store.backup import backup_engine
from desktop.store.engine import (
    ENV_PASSPHRASE,
    WRITE_OPTION,
    database_file,
    display_name,
    is_encrypted,
    make_engine,
    resolve_url,
)
from desktop.store.engine import (
    default_database_path as default_database_path,  # for the window's menus
)
from desktop.store.history import install_history
from desktop.store.models import Detainee, Facility

Progress = Callable[[int, int], None]
ENV_USER = "CASE_TRACKER_USER"
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8
PASSPHRASE_ATTEMPTS = 3
# Held while a server database is migrated and seeded, so that two users opening a new
# shared database at once do not both set it up.
SETUP_LOCK_KEY = zlib.crc32(b"case-tracker setup")


def default_actor() -> str:
    """Who the command line logs changes as: ``CASE_TRACKER_USER``, else the login name."""
    name = os.environ.get(ENV_USER, "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "unknown"


@dataclass
class Database:
    """An open database: its URL, engine and a factory of short sessions."""

    url: URL
    engine: Engine
    actor: str = field(default_factory=default_actor)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _writers: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        install_history(self._writers, lambda: self.actor)
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
        with self._writers.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with self._sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def given_passphrase(passphrase: str | None) -> str | None:
    """The passphrase given, else ``CASE_TRACKER_PASSPHRASE``, else None."""
    return passphrase if passphrase else (os.environ.get(ENV_PASSPHRASE) or None)


def _passphrase(url: URL, passphrase: str | None) -> str | None:
    if not is_encrypted(url):
        return None
    value = given_passphrase(passphrase)
    if not value:
        raise PassphraseNeeded(display_name(url))
    return value


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` is an SQLCipher file: it starts with 16 bytes of random salt, where
    every SQLite file starts with "SQLite format 3". A file that starts with text (a CSV
    named by mistake) is neither; random bytes are all printable once in millions."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if len(head) < len(SQLITE_HEADER) or head == SQLITE_HEADER:
        return False
    return not all(32 <= b < 127 or b in b"\t\r\n" for b in head)


def _as_encrypted_if_needed(url: URL) -> URL:
    """A plain SQLite URL naming an encrypted file becomes an encrypted one."""
    path = database_file(url)
    if path is not None and not is_encrypted(url) and looks_encrypted(path):
        return url.set(drivername="sqlite+pysqlcipher")
    return url


def needs_passphrase(db: str | None) -> bool:
    """Whether the database ``db`` names is (or is to be) an encrypted file."""
    url = resolve_url(db)
    return is_encrypted(_as_encrypted_if_needed(url))


def _check_readable(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except SADatabaseError as exc:
        message = str(exc.orig) if exc.orig else str(exc)
        if "not a database" in message or "encrypted" in message:
            if is_encrypted(url):
                raise WrongPassphrase(display_name(url)) from None
            raise DatabaseError(
                f"{display_name(url)} is not a Case Tracker database (or it is encrypted)"
            ) from None
        raise DatabaseError(f"cannot open {display_name(url)}: {message}") from None


@contextmanager
def _setup_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one client at a time migrates and seeds; elsewhere nothing."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK_KEY})
            conn.commit()


def open_database(
    db: str | None = None,
    *,
    create: bool = True,
    seed_demo: bool = True,
    passphrase: str | None = None,
) -> Database:
    """Open the database ``db`` names (path or URL; else CASE_TRACKER_DB; else the default
    file), bringing its schema up to date after a safe copy. A missing SQLite file, or an
    empty server database, is created and seeded when ``create`` is true.

    Raises PassphraseNeeded for an encrypted file without a passphrase, WrongPassphrase
    when the passphrase does not open it (nothing is written then)."""
    url = _as_encrypted_if_needed(resolve_url(db))
    path = database_file(url)
    is_new = path is not None and (not path.exists() or path.stat().st_size == 0)
    if is_new and not create:
        raise DatabaseError(f"no database at {path}")
    created = path is not None and not path.exists()
    if is_new and is_encrypted(url):
        check_new_passphrase(given_passphrase(passphrase))
    try:
        engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    except OSError as exc:
        raise DatabaseError(f"cannot create {path}: {exc.strerror}") from None
    try:
        if path is not None:
            _check_readable(engine, url)
        with _setup_lock(engine):
            fresh = not migrate.has_tables(engine)
            if fresh and path is None and not create:
                raise DatabaseError(f"{display_name(url)} is an empty database")
            if fresh and (is_new or path is None):
                _build(engine, seed_data=True, demo=seed_demo)
            else:
                migrate.ensure_current(engine, backup=backup_engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open {display_name(url)}: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        if created and path is not None:  # leave no empty or half-made file behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return Database(url, engine)


def _build(engine: Engine, *, seed_data: bool, demo: bool) -> None:
    """Schema and seed data of a new database, in one transaction: all or nothing."""
    with engine.begin() as conn:
        migrate.upgrade_connection(conn)
        if seed_data:
            seed.seed_all(conn, demo=demo)


class AskPassphrase(Protocol):
    """Asks the user for the passphrase of ``db_name``; ``problem`` says why it is asked
    again (a wrong passphrase). Returns None when the user gives up."""

    def __call__(self, db_name: str, problem: str | None = None) -> str | None: ...


def open_with_passphrase(
    db: str | None,
    ask: AskPassphrase,
    *,
    passphrase: str | None = None,
    attempts: int = PASSPHRASE_ATTEMPTS,
    **options: bool,
) -> Database:
    """``open_database``, asking ``ask`` for the passphrase when the database is encrypted
    and none was given (or the one given is wrong), up to ``attempts`` times. Raises
    PassphraseNeeded when the user cancels and WrongPassphrase after the last wrong one."""
    problem: str | None = None
    wrong = 0
    while True:
        try:
            return open_database(db, passphrase=passphrase, **options)
        except (PassphraseNeeded, WrongPassphrase) as exc:
            if isinstance(exc, WrongPassphrase):
                wrong += 1
                if wrong >= attempts:
                    raise
                problem = str(exc)
            name = exc.name or display_name(resolve_url(db))
            passphrase = ask(name, problem)
            if not passphrase:
                raise PassphraseNeeded(name) from None


def check_new_passphrase(passphrase: str | None) -> None:
    """The rule for the passphrase of a new encrypted database."""
    if not passphrase or len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            [
                FieldProblem(
                    "passphrase",
                    f"must be at least {MIN_PASSPHRASE_LENGTH} characters long",
                )
            ],
            record="new encrypted database",
        )


def init_database(
    db: str | None, *, empty: bool = False, passphrase: str | None = None
) -> Database:
    """``case-tracker init``: a new database, migrated, with the seed data unless ``empty``.

    Schema and seed are written in one transaction: a failure leaves no file behind, and a
    server database as empty as it was."""
    url = resolve_url(db)
    path = database_file(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise RuleError(
            "a database already exists there; init creates new ones only", record=str(path)
        )
    if is_encrypted(url):
        check_new_passphrase(given_passphrase(passphrase))
    engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    try:
        with _setup_lock(engine):
            if path is None and migrate.has_tables(engine):
                raise RuleError("the server database is not empty", record=display_name(url))
            _build(engine, seed_data=not empty, demo=True)
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
