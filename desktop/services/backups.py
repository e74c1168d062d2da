"""Backups, restores and migrations of a database file (``case-tracker backup``,
``restore``, ``migrate``; File ▸ Back up… and File ▸ Restore from backup…).

* :func:`backup_database`: SQLite's online backup API (an encrypted file stays encrypted),
  checked with ``integrity_check``, private (0600), renamed into place when complete.
* :func:`auto_backup`: the automatic copies in a ``backups/`` folder beside the database,
  made when the window opens a database whose newest copy is older than a day; only the
  newest ``keep`` are kept. The window makes it paced (``Pace``: small steps on a connection
  of its own, in a thread of lowest priority), so that it never holds up the window's reads.
* :func:`restore_database`: checks the backup first (integrity, foreign keys, a Case
  Tracker schema this program knows), keeps the replaced database as
  ``<name>.before-restore-<time>.bak``, then replaces the live content in one transaction
  and brings the schema up to date.
* :func:`migrate_database`: the schema to head, after the automatic copy.

A server database (PostgreSQL) is backed up and restored with its own tools: these refuse
it with a message that says so. (A backup file's records are moved into an *empty* server
database by ``desktop.services.moving``, which ``case-tracker restore`` calls for a server.)
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from desktop.domain.errors import DatabaseError, RuleError
from desktop.domain.messages import Msg, joined
from desktop.domain.roles import Permission
from desktop.services.database import (
    Database,
    given_passphrase,
    needs_passphrase,
    open_database,
    refuse_folder,
)
from desktop.services.identity import check
from desktop.store import migrate, pg_security
from desktop.store.backup import Pace, backup_engine, lower_thread_priority
from desktop.store.engine import database_file, is_encrypted, make_engine, resolve_url
from desktop.store.log_privacy import hide_result_rows
from desktop.store.restore import BackupFacts as BackupFacts  # what the window shows
from desktop.store.restore import inspect_backup, restore_file

AUTO_FOLDER = "backups"
AUTO_KEEP = 10
AUTO_EVERY = timedelta(days=1)
STAMP = "%Y%m%dT%H%M%SZ"


def server_backup(name: str) -> Msg:
    """Why a server database is not backed up here."""
    return Msg(
        "{name} is a server database: back it up with the server's own tools "
        "(pg_dump, and pg_restore or psql to restore); Case Tracker copies SQLite files only",
        name=name,
    )


SERVER_BACKUP = server_backup("{name}")  # the English, with its {name} to fill

hide_result_rows()  # this module reads and writes personal data in bulk


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    seconds: float


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    kept: Path | None
    backup_revision: str | None
    revision: str | None
    cases: int | None


@dataclass(frozen=True)
class MigrateResult:
    name: str
    before: str | None
    after: str | None
    copy: Path | None


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime(STAMP)


def _file_of(database: Database) -> Path:
    path = database.path
    if path is None:
        raise DatabaseError(server_backup(database.name))
    return path


class BackupTargetExists(RuleError):
    """The backup's destination is an existing file, and replacing it was not asked for."""

    def __init__(self, destination: Path) -> None:
        super().__init__(
            Msg("the file already exists; nothing was written"), record=str(destination)
        )
        self.destination = destination


def _is_the_database(destination: Path, source: Path) -> bool:
    """Whether ``destination`` is the database file or one of its companions, however
    spelt (another path to it, a symbolic link, a hard link)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        live = Path(f"{source}{suffix}")
        if destination == live.absolute() or destination.resolve() == live.resolve():
            return True
        try:
            if live.exists() and destination.exists() and os.path.samefile(destination, live):
                return True
        except OSError:
            continue
    return False


def backup_database(
    database: Database,
    *,
    destination: Path,
    replace: bool = False,
    pace: Pace | None = None,
) -> BackupResult:
    """A checked copy of the open database at ``destination`` (created 0600). An existing
    file there is refused (``BackupTargetExists``) unless ``replace``; the database itself
    is never replaced. ``pace``: copied in small steps that can be stopped (BackupStopped,
    nothing written)."""
    check(database, Permission.MAINTENANCE)
    source = _file_of(database)
    destination = Path(destination).absolute()
    refuse_folder(destination)
    if _is_the_database(destination, source):
        raise RuleError(Msg("a backup cannot replace the database itself"), record=str(destination))
    if not replace and (destination.exists() or destination.is_symlink()):
        raise BackupTargetExists(destination)
    started = time.perf_counter()
    try:
        path = backup_engine(database.engine, destination, pace)
    except OSError as exc:
        raise DatabaseError(
            Msg(
                "cannot write the backup to {destination}: {strerror}; nothing was written",
                destination=destination,
                strerror=exc.strerror,
            )
        ) from None
    return BackupResult(path, path.stat().st_size, time.perf_counter() - started)


# --- automatic copies ---------------------------------------------------------------------


def background_pace(stopped: Callable[[], bool]) -> Pace:
    """The pace of a copy made while the user works: small steps with pauses, stopped
    when ``stopped()`` turns true. The calling thread is given the lowest CPU priority (call
    it only from a thread kept for such work)."""
    lower_thread_priority()
    return Pace(stopped=stopped)


def auto_folder(database: Database) -> Path:
    return _file_of(database).parent / AUTO_FOLDER


def auto_backups(database: Database) -> list[Path]:
    """The automatic copies of this database, oldest first."""
    path = _file_of(database)
    pattern = re.compile(re.escape(path.stem) + r"-(\d{8}T\d{6}Z)\.db")
    folder = auto_folder(database)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name)


def auto_backup(
    database: Database,
    *,
    keep: int = AUTO_KEEP,
    every: timedelta = AUTO_EVERY,
    now: datetime | None = None,
    pace: Pace | None = None,
) -> Path | None:
    """Make an automatic copy when the newest is older than ``every`` (a day); keep the
    newest ``keep``. Returns the new copy, or None when none was due (or the database is
    on a server). ``pace``: see ``backup_database``.

    A copy stamped after ``now`` was made while the computer's clock was ahead: it does
    not make a copy "not due" (the daily copies would stop until that date), and it is
    rotated away before the copies made since."""
    if database.path is None:
        return None
    now = now or datetime.now(UTC)

    def made(copy: Path) -> datetime:
        stamp = copy.name.rsplit("-", 1)[1].removesuffix(".db")
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)

    past = [m for m in map(made, auto_backups(database)) if m <= now]
    if past and now - max(past) < every:
        return None
    folder = auto_folder(database)
    folder.mkdir(mode=0o700, exist_ok=True)
    copy = backup_database(
        database, destination=folder / f"{database.path.stem}-{_stamp(now)}.db", pace=pace
    ).path
    oldest_first = sorted(auto_backups(database), key=lambda p: (made(p) <= now, made(p)))
    for old in oldest_first[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return copy


# --- restore ------------------------------------------------------------------------------


def check_backup(*, path: Path) -> BackupFacts:
    """What a backup holds and whether it can be restored; nothing is changed."""
    return inspect_backup(Path(path).absolute(), migrate.known_revisions())


def _check_may_restore(live: Path) -> None:
    """Restoring replaces every record: it is the administrator's (PermissionDenied
    otherwise), by the roles the database as it is now records. A database whose roles
    cannot be read (damaged: the usual reason to restore) is restored by whoever may write
    its file, as nothing else can be asked."""
    if not live.exists() or live.stat().st_size == 0:
        return
    try:
        database = open_database(str(live), create=False)
    except (DatabaseError, SADatabaseError):
        return
    try:
        check(database, Permission.MAINTENANCE)
    except SADatabaseError:
        return
    finally:
        database.dispose()


def restore_database(*, db: str | None, source: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database ``db`` names with the backup ``source``, after checking it.
    The replaced database is kept beside it as ``<name>.before-restore-<time>.bak``."""
    url = resolve_url(db)
    live = database_file(url)
    if live is None:
        raise DatabaseError(server_backup(url.database or Msg("the database")))
    if is_encrypted(url):
        raise DatabaseError(Msg("restore takes plain SQLite files only, not encrypted ones"))
    source = Path(source).absolute()
    if live.exists() and source.exists() and os.path.samefile(source, live):
        raise RuleError(Msg("the backup is the database itself"), record=str(source))
    _check_may_restore(live)
    facts = check_backup(path=source)
    if facts.problems:
        raise DatabaseError(
            Msg(
                "{name} cannot be restored: {problems}. Nothing was replaced.",
                name=source.name,
                problems=joined("; ", facts.problems),
            )
        )
    keep_as = live.with_name(f"{live.name}.before-restore-{_stamp(now)}.bak")
    try:
        kept = restore_file(source, live, keep_as=keep_as)
    except OSError as exc:
        raise DatabaseError(
            Msg("restore failed: {strerror}; nothing was replaced", strerror=exc.strerror)
        ) from None
    database = open_database(str(live), create=False)  # brings an older schema to head
    try:
        revision = migrate.current_revision(database.engine)
    finally:
        database.dispose()
    return RestoreResult(live, kept, facts.revision, revision, facts.cases)


# --- migrate ------------------------------------------------------------------------------


def migrate_database(*, db: str | None, passphrase: str | None = None) -> MigrateResult:
    """Bring the schema of an existing database to this program's head revision, after an
    automatic checked copy (``<name>.before-<revision>-<time>.bak``)."""
    url = resolve_url(db)
    path = database_file(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        raise DatabaseError(Msg("no database at {path}", path=path))
    if needs_passphrase(db):
        url = url.set(drivername="sqlite+pysqlcipher")
    engine = make_engine(url, passphrase=given_passphrase(passphrase))
    try:
        before = migrate.current_revision(engine)
    except SADatabaseError:
        before = None  # unreadable here (e.g. a wrong passphrase): open_database will say why
    finally:
        engine.dispose()
    database = open_database(db, create=False, passphrase=passphrase)
    try:
        after = migrate.current_revision(database.engine)
        if database.server:
            # The group roles, grants and triggers again (idempotent): a database restored
            # into another cluster finds its roles, and new tables get their grants.
            check(database, Permission.MAINTENANCE)
            with database.engine.begin() as conn:
                pg_security.install(conn)
    finally:
        database.dispose()
    copy = None
    if path is not None and before != after:
        copies = sorted(path.parent.glob(f"{path.name}.before-{after}-*.bak"))
        copy = copies[-1] if copies else None
    return MigrateResult(database.name, before, after, copy)
