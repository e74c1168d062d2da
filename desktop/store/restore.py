"""Restoring an SQLite database from a backup, without ever leaving a half-restored file.

:func:`inspect_backup` says whether a file is a sound Case Tracker database (integrity and
foreign keys checked, a schema revision this program knows) before anything is replaced.
:func:`restore_file` first copies the backup to a temporary file beside the live one and
checks the copy, keeps the live database as ``<name>.before-restore-<time>.bak``, and then
writes the copy into the live database through SQLite's online backup API: one write
transaction, so other connections wait for it and a crash mid-way rolls back to the old
content. Nothing here knows about sessions: it works on files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.backup import backup_file, integrity_problems
from desktop.store.damage import sqlite_words
from desktop.store.engine import SQLITE_HEADER, busy_timeout_ms, file_header, read_only_uri
from desktop.store.leftovers import remove_partial

REQUIRED_TABLES = {"alembic_version", "facility", "detainee", "amnesty", "amnesty_decision"}
# Every table a Case Tracker database has at a schema revision: the initial schema's, and
# those a later migration created, from that revision on (no migration drops a table).
FIRST_TABLES = REQUIRED_TABLES | {
    "category",
    "change_log",
    "db_setting",
    "source",
    "headcount",
    "headcount_category",
    "reported_total",
    "detainee_token",
    "transfer",
}
LATER_TABLES = {"app_user": "0004"}


def tables_at(revision: str) -> set[str]:
    """The tables a Case Tracker database has at ``revision`` (a known one)."""
    return FIRST_TABLES | {t for t, since in LATER_TABLES.items() if revision >= since}


@dataclass(frozen=True)
class BackupFacts:
    """What a backup file holds, and what is wrong with it (empty when it can be restored)."""

    path: Path
    revision: str | None
    cases: int | None
    facilities: int | None
    problems: tuple[str, ...]  # Msg values (SQLite's own reports as they are)


def inspect_backup(path: Path, known_revisions: set[str]) -> BackupFacts:
    """Check a backup without changing it: readable, sound, and a Case Tracker database
    with a schema revision among ``known_revisions``."""
    if path.is_dir():
        return BackupFacts(path, None, None, None, (Msg("a folder, not a backup file"),))
    if not path.is_file():
        return BackupFacts(path, None, None, None, (Msg("no such file"),))
    try:
        head = file_header(path)
    except OSError as exc:
        why = Msg("cannot read it: {strerror}", strerror=exc.strerror)
        return BackupFacts(path, None, None, None, (why,))
    if head != SQLITE_HEADER:
        why = Msg("not an SQLite database (or an encrypted one, which restore does not take)")
        return BackupFacts(path, None, None, None, (why,))
    problems = integrity_problems(path)
    if problems:
        return BackupFacts(path, None, None, None, tuple(problems[:20]))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return BackupFacts(path, None, None, None, (sqlite_words(str(exc)),))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = REQUIRED_TABLES - tables
        if missing:
            why = Msg(
                "not a Case Tracker database (no tables {names})", names=", ".join(sorted(missing))
            )
            return BackupFacts(path, None, None, None, (why,))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        rev = revision[0] if revision else None
        cases = int(conn.execute("SELECT count(*) FROM detainee").fetchone()[0])
        facilities = int(conn.execute("SELECT count(*) FROM facility").fetchone()[0])
    except sqlite3.Error as exc:
        return BackupFacts(path, None, None, None, (sqlite_words(str(exc)),))
    finally:
        conn.close()
    if rev is None:
        why = Msg("it has no schema revision")
        return BackupFacts(path, None, cases, facilities, (why,))
    if rev not in known_revisions:
        why = Msg(
            "its schema ({revision}) is from a newer or unknown version of Case Tracker",
            revision=rev,
        )
        return BackupFacts(path, rev, cases, facilities, (why,))
    missing = tables_at(rev) - tables
    if missing:  # a damaged copy, or one a tool has cut down: restored, nothing would work
        why = Msg(
            "an incomplete Case Tracker database (no tables {names})",
            names=", ".join(sorted(missing)),
        )
        return BackupFacts(path, rev, cases, facilities, (why,))
    return BackupFacts(path, rev, cases, facilities, ())


def keep_copy(live: Path, copy: Path) -> Path:
    """Keep the database about to be replaced: a checked online copy when it is sound, the
    raw files (database and write-ahead log) when it is not, because a damaged database is
    the usual reason for a restore. An existing copy of that name (a restore made within
    the same second) is never replaced: this one is kept as ``NAME-2.bak``, ``NAME-3.bak``…"""
    copy = _unused(copy)
    try:
        return backup_file(live, copy)
    except DatabaseError:
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        shutil.copyfile(live, copy)
        wal = Path(f"{live}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
            os.chmod(Path(f"{copy}-wal"), 0o600)
        return copy


def _unused(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def restore_file(backup: Path, live: Path, *, keep_as: Path | None) -> Path | None:
    """Replace the content of ``live`` with ``backup`` (checked by :func:`inspect_backup`
    first). Returns the kept copy of the old database, if there was one."""
    live = live.absolute()
    temp = live.with_name(f".{live.name}.restore-{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    kept: Path | None = None
    try:
        _copy(backup, temp)
        problems = integrity_problems(temp)
        if problems:
            raise DatabaseError(
                Msg("the copy of the backup failed its check: {problems}", problems=problems[0])
            )
        if live.exists() and live.stat().st_size > 0:
            if keep_as is not None:
                kept = keep_copy(live, keep_as)
            try:
                _copy(temp, live)
            except _Locked:
                if kept is not None:  # nothing was replaced: the copy of it is not needed
                    remove_partial(kept)
                    kept = None
                raise
        else:
            os.chmod(temp, 0o600)
            os.replace(temp, live)
        problems = integrity_problems(live)
        if problems:
            raise DatabaseError(
                Msg("the restored database failed its check: {problems}", problems=problems[0])
            )
    except _Locked:
        why = Msg(
            "the database is locked by another program (another Case Tracker or a tool "
            "holding a write); try again when it has finished"
        )
        raise DatabaseError(
            Msg("restore failed: {exc}; the database was not replaced", exc=why)
        ) from None
    except sqlite3.Error as exc:
        raise DatabaseError(
            Msg("restore failed: {exc}; the database was not replaced", exc=exc)
        ) from None
    finally:
        remove_partial(temp)
    return kept


class _Locked(sqlite3.OperationalError):
    """Another connection held a write on the destination for longer than the busy
    timeout; nothing was copied."""


def _copy(source: Path, destination: Path) -> None:
    """Everything in ``source`` into ``destination`` in one write transaction (the online
    backup API: the destination keeps its journal mode, and waits for other writers)."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(destination, timeout=busy_timeout_ms() / 1000)
        # The backup step is retried for as long as another connection holds a write on
        # the destination (no busy timeout applies): give up after the busy timeout, as
        # every other write does. The whole copy is one step, so nothing was written then.
        deadline = time.monotonic() + busy_timeout_ms() / 1000

        def progress(status: int, _remaining: int, _total: int) -> None:
            busy = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if busy and time.monotonic() > deadline:
                raise _Locked("database is locked")

        try:
            src.backup(dst, progress=progress)
        finally:
            dst.close()
    finally:
        src.close()
