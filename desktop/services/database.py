"""Opening, creating and seeding databases: the entry to every other service.

Who changes what is the identity the database establishes (``Database.identity``, see
``identity``): the server login on PostgreSQL, the operating-system account on a SQLite
file. The history records ``identity.who`` (on PostgreSQL the server writes it itself).
A refusal by the server (a GRANT, a trigger of ``store.pg_security``) is raised as
``PermissionDenied`` or ``RuleError`` in plain words, never as an SQL error.

An encrypted file is opened with a passphrase (the ``passphrase`` argument, else
``CASE_TRACKER_PASSPHRASE``). A plain path to an encrypted file is recognised by its first
bytes (an SQLite file starts with "SQLite format 3"; an SQLCipher file with random salt) and
opened encrypted; without a passphrase ``PassphraseNeeded`` is raised, which the window
answers with ``open_with_passphrase``.
"""

from __future__ import annotations

import codecs
import os
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.domain.errors import (
    DatabaseError,
    FieldProblem,
    PassphraseNeeded,
    RuleError,
    ValidationError,
    WrongPassphrase,
)
from desktop.domain.limits import DEMO_CASES_MAX
from desktop.domain.messages import Msg
from desktop.domain.roles import PermissionDenied
from desktop.store.damage import DatabaseDamaged
from desktop.store.engine import (
    ENV_DB,
    ENV_PASSPHRASE,
    SQLITE_HEADER,
    WRITE_OPTION,
    database_file,
    display_name,
    file_header,
    folder_is_writable,
    is_encrypted,
    make_engine,
    resolve_url,
)
from desktop.store.engine import (
    default_database_path as default_database_path,  # for the window's menus
)

if TYPE_CHECKING:  # imported without SQLAlchemy: each function imports what it runs
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import DBAPIError, OperationalError
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.services.identity import Identity

Progress = Callable[[int, int], None]
MIN_PASSPHRASE_LENGTH = 8
PASSPHRASE_ATTEMPTS = 3
# Held while a server database is migrated and seeded, so that two users opening a new
# shared database at once do not both set it up.
SETUP_LOCK_KEY = zlib.crc32(b"case-tracker setup")


# SQLSTATEs of the server's refusals: a GRANT or a rule trigger (insufficient_privilege),
# a rule trigger's RAISE EXCEPTION (raise_exception).
REFUSED = "42501"
RULE_BROKEN = "P0001"


def server_refusal(exc: DBAPIError) -> PermissionDenied | RuleError | None:
    """The server's refusal ``exc`` in plain words, or None when it is not one."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig)
    if state == REFUSED:
        if message.startswith("permission denied for"):
            what = message.removeprefix("permission denied for ").strip()
            message = Msg("Your login may not change {what} (the database refused it)", what=what)
        return PermissionDenied(message)
    if state == RULE_BROKEN:
        return RuleError(message)
    return None


def _write_refused(exc: DBAPIError) -> bool:
    """Whether the database refused a write for a reason of its own that the user can act
    on: another program's write, a full disk, a read-only file, the disk's error."""
    text = str(exc.orig).lower()
    return any(
        sign in text for sign in ("locked", "busy", "full", "readonly", "read-only", "disk i/o")
    )


class NoDatabase(DatabaseError):
    """A database file that was named (``--db``, ``CASE_TRACKER_DB``) does not exist."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Msg("no database at {path}", path=path))


def refuse_folder(path: Path | None) -> None:
    """RuleError when ``path`` (a database file named by ``--db``, ``--out`` or
    ``--from``) is a folder: SQLite's own words for it are "disk I/O error"."""
    if path is not None and path.is_dir():
        example = path.joinpath("cases.db")
        raise RuleError(
            Msg(
                "{path} is a folder, not a database file; name a file in it, for example {example}",
                path=path,
                example=example,
            )
        )


def uses_default_database(db: str | None) -> bool:
    """Whether ``db`` leaves the choice to the default: no ``--db`` and no
    ``CASE_TRACKER_DB``. Only that database is created and seeded on first use; a named
    file that does not exist is a mistake (a mistyped name), never a new database."""
    return not db and not os.environ.get(ENV_DB)


def require_existing(db: str | None) -> None:
    """Raise NoDatabase when ``db`` names an SQLite file that does not exist (or is empty),
    unless it is the user's default database. Nothing is created."""
    if uses_default_database(db):
        return
    path = database_file(resolve_url(db))
    refuse_folder(path)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        raise NoDatabase(path)


def bulk_actor() -> str:
    """Who a bulk load (``init``, ``demo``) is recorded under: the operating-system account,
    with a scripted run's label (on PostgreSQL the server records its login itself)."""
    from desktop.services.identity import os_account, run_label

    label = run_label()
    return f"{os_account()} ({label})" if label else os_account()


class Database:
    """An open database: its URL, engine, the identity it established, and a factory of
    short sessions. ``account`` is for tests only: another operating-system account on a
    SQLite file (the window and the command line never set it).

    The window's common start makes it *opening* instead (``first_start``): a plain SQLite
    file at the current schema, whose name, path and identity are known at once and whose
    first rows the window reads with ``sqlite3``, while the engine is made after the first
    paint (``finish_opening``, on a thread of its own, with every check of
    ``open_database``). Until then ``url``, ``engine``, ``session()`` and ``read()`` wait
    for it (the window calls them only in its worker) and raise when the opening failed."""

    identity: Identity
    _sessions: sessionmaker[Session]
    _writers: sessionmaker[Session]

    def __init__(
        self,
        url: URL | None = None,
        engine: Engine | None = None,
        account: str | None = None,
        *,
        file: Path | None = None,
        identity: Identity | None = None,
    ) -> None:
        self.account = account
        self._file = file
        self._plain = url is None  # an opening plain file: no passphrase, no server
        self._opened = threading.Event()
        self._failure: BaseException | None = None
        self._started = False  # finish_opening was called
        if url is not None and engine is not None:
            self._attach(url, engine)
        elif file is not None and identity is not None:
            self.identity = identity
        else:
            raise TypeError("a Database needs its URL and engine, or the file it opens later")

    def _attach(self, url: URL, engine: Engine) -> None:
        from sqlalchemy.orm import sessionmaker

        from desktop.services.identity import read_identity, run_label
        from desktop.store.history import install_history

        self._url = url
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        install_history(self._writers, lambda: self.actor)
        install_history(self._sessions, lambda: self.actor)
        with engine.connect() as conn:
            self.identity = read_identity(conn, account=self.account, label=run_label())
            conn.rollback()
        self._opened.set()

    def finish_opening(self) -> Database:
        """Open an opening database in full (``open_database`` with all its checks; a
        failure is raised here and by everything that waits for it). In a worker."""
        if self.is_open():
            return self
        assert self._file is not None
        self._started = True
        try:
            open_database(str(self._file), create=False, account=self.account, into=self)
        except BaseException as exc:
            self._failure = exc
            self._opened.set()
            raise
        return self

    def is_open(self) -> bool:
        """Whether the engine exists (always, except while an opening database opens)."""
        return self._opened.is_set() and self._failure is None

    def _wait_open(self) -> None:
        self._opened.wait()
        if self._failure is not None:
            if isinstance(self._failure, DatabaseError):
                raise DatabaseError(*self._failure.args)  # its message, still translatable
            raise DatabaseError(
                Msg(
                    "cannot open {display_name}: {message}",
                    display_name=self.name,
                    message=str(self._failure),
                )
            )

    @property
    def url(self) -> URL:
        self._wait_open()
        return self._url

    @property
    def engine(self) -> Engine:
        self._wait_open()
        return self._engine

    @property
    def actor(self) -> str:
        """What the history records as who: the login (with a scripted run's label)."""
        return self.identity.who

    @actor.setter
    def actor(self, name: str) -> None:
        """Kept for the window's old "Your name" setting: the name is shown as a display
        name only; the history still records the login."""
        from dataclasses import replace

        self.identity = replace(self.identity, display_name=" ".join(name.split()) or None)

    @property
    def server(self) -> bool:
        """Whether the database is a server's (PostgreSQL), which enforces the roles."""
        return not self._plain and self.engine.dialect.name == "postgresql"

    @property
    def encrypted(self) -> bool:
        """Whether the database is an encrypted (SQLCipher) file."""
        return not self._plain and is_encrypted(self.url)

    @property
    def name(self) -> str:
        return self._file.name if self._plain and self._file else display_name(self.url)

    @property
    def path(self) -> Path | None:
        return self._file if self._plain else database_file(self.url)

    @contextmanager
    def session(self, action: str | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error. A
        refusal by the server is raised as PermissionDenied or RuleError in plain words;
        a write the database could not make (locked by another program for longer than
        the busy timeout, a full disk, a read-only file) as DatabaseError saying so and
        naming ``action`` (by default "the save")."""
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError, OperationalError

        from desktop.store.bulk_io import explain_failure

        self._wait_open()
        try:
            with self._writers.begin() as session:
                if self.server and self.identity.label:
                    session.execute(
                        text("SELECT set_config('casetracker.label', :label, true)"),
                        {"label": self.identity.label},
                    )
                yield session
        except DBAPIError as exc:
            refusal = server_refusal(exc)
            if refusal is not None:
                raise refusal from None
            if isinstance(exc, OperationalError) and _write_refused(exc):
                raise explain_failure(exc, action or Msg("the save")) from None
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        from sqlalchemy.exc import DBAPIError

        self._wait_open()
        try:
            with self._sessions() as session:
                yield session
                session.rollback()
        except DBAPIError as exc:
            refusal = server_refusal(exc)
            if refusal is None:
                raise
            raise refusal from None

    def dispose(self) -> None:
        """Close the engine's connections (after the opening, when it is under way)."""
        if not self._started and not self._opened.is_set():
            return  # never opened
        self._opened.wait()
        if self._failure is None:
            self._engine.dispose()


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
    named by mistake, with or without its BOM, in any script) is neither; random bytes are
    printable UTF-8 text once in millions."""
    try:
        head = file_header(path)
    except OSError:
        return False
    if len(head) < len(SQLITE_HEADER) or head == SQLITE_HEADER:
        return False
    return not _starts_as_text(head.removeprefix(codecs.BOM_UTF8))


def _starts_as_text(head: bytes) -> bool:
    try:  # a character cut at the end of the bytes read is left pending, not refused
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\t\r\n" for c in text)


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
    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except SADatabaseError as exc:
        message = str(exc.orig) if exc.orig else str(exc)
        if "malformed" in message:
            raise DatabaseDamaged(database_file(url), message) from None
        if "not a database" in message or "encrypted" in message:
            if is_encrypted(url):
                raise WrongPassphrase(display_name(url)) from None
            raise DatabaseError(
                Msg(
                    "{display_name} is not a Case Tracker database (or it is encrypted)",
                    display_name=display_name(url),
                )
            ) from None
        if isinstance(exc, OperationalError):
            raise _open_failure(exc, url) from None
        raise DatabaseError(
            Msg(
                "cannot open {display_name}: {message}",
                display_name=display_name(url),
                message=message,
            )
        ) from None


@contextmanager
def _setup_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one client at a time migrates and seeds; elsewhere nothing."""
    from sqlalchemy import text

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
    account: str | None = None,
    into: Database | None = None,
) -> Database:
    """Open the database ``db`` names (path or URL; else CASE_TRACKER_DB; else the default
    file), bringing its schema up to date after a safe copy. A missing SQLite file, or an
    empty server database, is created and seeded when ``create`` is true.

    Raises PassphraseNeeded for an encrypted file without a passphrase, WrongPassphrase
    when the passphrase does not open it (nothing is written then). ``into`` is an opening
    database (``first_start``) to open in full, rather than a new one."""
    from sqlalchemy.exc import OperationalError

    from desktop.store import migrate
    from desktop.store.backup import backup_engine

    url = _as_encrypted_if_needed(resolve_url(db))
    path = database_file(url)
    refuse_folder(path)
    is_new = path is not None and (not path.exists() or path.stat().st_size == 0)
    if is_new and not create:
        assert path is not None
        raise NoDatabase(path)
    if is_new and is_encrypted(url):
        check_new_passphrase(given_passphrase(passphrase))
    if is_new and path is not None:  # built aside and put in place complete (or not at all)
        _create_file(url, passphrase=_passphrase(url, passphrase), seed_data=True, demo=seed_demo)
    created = path is not None and not path.exists()
    try:
        engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    except OSError as exc:
        raise DatabaseError(
            Msg("cannot create {path}: {strerror}", path=path, strerror=exc.strerror)
        ) from None
    try:
        if path is not None:
            _check_readable(engine, url)
        with _setup_lock(engine):
            fresh = not migrate.has_tables(engine)
            if fresh and path is None and not create:
                raise DatabaseError(
                    Msg("{display_name} is an empty database", display_name=display_name(url))
                )
            if fresh and (is_new or path is None):
                _build(engine, seed_data=True, demo=seed_demo, who=bulk_actor())
            else:
                migrate.ensure_current(engine, backup=backup_engine)
    except OperationalError as exc:
        engine.dispose()
        raise _open_failure(exc, url) from None
    except BaseException:
        engine.dispose()
        if created and path is not None:  # leave no empty or half-made file behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    try:
        if into is not None:
            into._attach(url, engine)
            return into
        return Database(url, engine, account=account)
    except BaseException:
        engine.dispose()
        raise


def first_start(db: str | None) -> Database | None:
    """The database ``db`` names as an opening ``Database`` when it is the common start:
    an existing plain SQLite file at the current schema (read with ``sqlite3``, no
    SQLAlchemy). None for anything else (a URL, no file yet, an older schema, an encrypted,
    busy or damaged file), which ``open_database`` then opens, creates or migrates first.
    The window shows its first rows from the file at once and calls ``finish_opening``
    after its first paint."""
    from desktop.services.identity import identity_of_user, os_account, run_label
    from desktop.store.first_start import read_first_start

    target = db or os.environ.get(ENV_DB) or str(default_database_path())
    if "://" in target:
        return None
    login = os_account()
    found = read_first_start(Path(target).expanduser().absolute(), login)
    if found is None:
        return None
    identity = identity_of_user(login, found.user, run_label())
    return Database(file=found.path, identity=identity)


def _create_file(url: URL, *, passphrase: str | None, seed_data: bool, demo: bool) -> bool:
    """A new SQLite database file, built aside and put in place only when complete
    (``store.create``). False when another program created one there first."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from desktop.store.bulk_io import explain_failure
    from desktop.store.create import build_new_file

    path = database_file(url)
    try:
        return build_new_file(
            url,
            passphrase=passphrase,
            build=lambda engine: _build(engine, seed_data=seed_data, demo=demo, who=bulk_actor()),
        )
    except OSError as exc:
        raise DatabaseError(
            Msg(
                "cannot create {path}: {value}; nothing was created",
                path=path,
                value=exc.strerror or exc,
            )
        ) from None
    except SADatabaseError as exc:
        raise explain_failure(exc, Msg("creating {path}", path=path)) from None


READ_ONLY = Msg("the database or its folder is read-only; it cannot be changed here")


def _open_failure(exc: OperationalError, url: URL) -> DatabaseError:
    """Why a database could not be opened for work that writes, in the docs' words."""
    message = str(exc.orig) if exc.orig is not None else str(exc)
    path = database_file(url)
    read_only = "readonly" in message or "read-only" in message
    if path is not None and not (os.access(path, os.W_OK) and folder_is_writable(path)):
        read_only = True
    if read_only:
        return DatabaseError(
            Msg(
                "cannot open {display_name} to change it: {read_only}",
                display_name=display_name(url),
                read_only=READ_ONLY,
            )
        )
    return DatabaseError(
        Msg(
            "cannot open {display_name}: {message}", display_name=display_name(url), message=message
        )
    )


def open_read_only(db: str | None, *, passphrase: str | None = None) -> Database:
    """The database ``db`` names, for work that only reads (search, export, reports).

    A plain SQLite file is opened read-only: nothing is created, migrated or written, so a
    read-only file or folder can be read. A file written by an older version is upgraded
    as ``open_database`` does when it can be written, and refused when it cannot. Servers,
    encrypted files and a default database not yet made are opened as usual."""
    from sqlalchemy.exc import OperationalError

    from desktop.store import migrate

    url = _as_encrypted_if_needed(resolve_url(db))
    path = database_file(url)
    if path is None or is_encrypted(url) or not path.exists() or path.stat().st_size == 0:
        return open_database(db, create=uses_default_database(db), passphrase=passphrase)
    engine = make_engine(url, read_only=True)
    try:
        _check_readable(engine, url)
        current = migrate.current_revision(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            Msg("cannot read {display_name}: {orig}", display_name=display_name(url), orig=exc.orig)
        ) from None
    except BaseException:
        engine.dispose()
        raise
    if current == migrate.head_revision():
        return Database(url, engine)
    engine.dispose()
    writable = os.access(path, os.W_OK) and folder_is_writable(path)
    if current in migrate.known_revisions() and not writable:
        raise DatabaseError(
            Msg(
                "{display_name} was written by an older version of Case Tracker and must be upgraded before it is read, but the database or its folder is read-only; open it once where it can be written",
                display_name=display_name(url),
            )
        )
    return open_database(db, create=False, passphrase=passphrase)


def _build(engine: Engine, *, seed_data: bool, demo: bool, who: str) -> None:
    """Schema and seed data of a new database, in one transaction: all or nothing."""
    from desktop.store import migrate, seed

    with engine.begin() as conn:
        migrate.upgrade_connection(conn)
        if seed_data:
            seed.seed_all(conn, demo=demo, who=who)


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
    **options: Any,
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
                    Msg(
                        "must be at least {min_passphrase_length} characters long",
                        min_passphrase_length=MIN_PASSPHRASE_LENGTH,
                    ),
                )
            ],
            record=Msg("new encrypted database"),
        )


def new_database_file(url: URL) -> Path | None:
    """The file ``init`` would create at ``url`` (None for a server database); RuleError
    when a database already exists there."""
    path = database_file(url)
    refuse_folder(path)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise RuleError(
            Msg("a database already exists there; init creates new ones only"), record=str(path)
        )
    return path


def init_database(
    db: str | None, *, empty: bool = False, passphrase: str | None = None
) -> Database:
    """``case-tracker init``: a new database, migrated, with the seed data unless ``empty``.

    Schema and seed are written in one transaction: a failure leaves no file behind, and a
    server database as empty as it was."""
    from desktop.store import migrate

    url = resolve_url(db)
    path = new_database_file(url)
    if is_encrypted(url):
        check_new_passphrase(given_passphrase(passphrase))
    if path is not None:
        key = _passphrase(url, passphrase)
        if not _create_file(url, passphrase=key, seed_data=not empty, demo=True):
            raise RuleError(
                Msg("a database already exists there; init creates new ones only"), record=str(path)
            )
        return Database(url, make_engine(url, passphrase=key))
    engine = make_engine(url, passphrase=_passphrase(url, passphrase))
    try:
        with _setup_lock(engine):
            if path is None and migrate.has_tables(engine):
                raise RuleError(Msg("the server database is not empty"), record=display_name(url))
            _build(engine, seed_data=not empty, demo=True, who=bulk_actor())
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)


def add_demo(
    database: Database, count: int, seed_value: int, progress: Progress | None = None
) -> int:
    """``case-tracker demo``: add ``count`` synthetic cases in one transaction."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from desktop.store import seed
    from desktop.store.bulk_io import explain_failure

    if count < 1:
        raise RuleError(Msg("--cases must be at least 1, not {count}", count=count))
    if count > DEMO_CASES_MAX:
        raise RuleError(
            Msg(
                "--cases must be at most {demo_cases_max:,}, not {count:,}",
                demo_cases_max=DEMO_CASES_MAX,
                count=count,
            )
        )
    from desktop.domain.roles import Permission
    from desktop.services.identity import check

    check(database, Permission.IMPORT)  # a bulk load, as an import is
    # A write transaction from the start (BEGIN IMMEDIATE on SQLite): it waits for another
    # writer instead of reading numbers that writer is about to take.
    try:
        with database.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            return seed.add_demo_cases(conn, count, seed_value, progress, who=database.actor)
    except SADatabaseError as exc:  # full, read-only, locked: said in words, nothing written
        raise explain_failure(exc, Msg("adding {count:,} synthetic cases", count=count)) from None


@dataclass(frozen=True)
class Summary:
    facilities: int
    cases: int
    held: int


def summary(database: Database) -> Summary:
    from sqlalchemy import func, select

    from desktop.store.models import Detainee, Facility

    with database.read() as s:
        facilities = s.scalar(select(func.count()).select_from(Facility)) or 0
        cases = s.scalar(select(func.count()).select_from(Detainee)) or 0
        held = s.scalar(select(func.count()).where(Detainee.status == "held")) or 0
    return Summary(facilities, cases, held)
