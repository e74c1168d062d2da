"""Backups of SQLite databases through SQLite's online backup API.

A backup is written beside its destination under a temporary name, checked with
``PRAGMA integrity_check``, made private (0600) and only then renamed into place, so that a
failed or interrupted backup never leaves a file that looks like a good one.

The copy is read on a connection of its own, inside one read transaction (WAL mode: it
blocks neither readers nor writers, and the copy is of one moment, so writes made meanwhile
never restart it). A ``Pace`` copies in steps of a few megabytes with a short pause between
them and can be stopped between steps (the window's daily copy runs so, in the background,
while the user works); without one the copy is made in one step.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.damage import sqlite_words
from desktop.store.engine import database_file, read_only_uri
from desktop.store.leftovers import empty_partial, remove_partial


class BackupStopped(Exception):
    """A paced backup was stopped (its ``Pace.stopped`` turned true); nothing was kept."""


@dataclass(frozen=True)
class Pace:
    """How a backup shares the machine: ``pages`` per step (4 KiB each), ``pause_s``
    between steps, and ``stopped()`` asked between steps (and during the check)."""

    pages: int = 1024
    pause_s: float = 0.002
    stopped: Callable[[], bool] = lambda: False

    def check(self) -> None:
        if self.stopped():
            raise BackupStopped()


def _stop_when(conn: sqlite3.Connection, pace: Pace | None) -> None:
    """Interrupt ``conn``'s statements when ``pace`` is stopped."""
    if pace is not None:
        conn.set_progress_handler(lambda: 1 if pace.stopped() else 0, 1_000_000)


FOREIGN_KEYS = "PRAGMA foreign_key_check"


def integrity_problems(path: Path, pace: Pace | None = None) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when sound.
    Raises BackupStopped when ``pace`` is stopped meanwhile."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [sqlite_words(str(exc))]
    _stop_when(conn, pace)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [Msg("foreign key: {row}", row=r) for r in conn.execute(FOREIGN_KEYS)]
        return problems
    except sqlite3.DatabaseError as exc:
        if pace is not None and pace.stopped():
            raise BackupStopped() from None
        return [sqlite_words(str(exc))]
    finally:
        conn.close()


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection, pace: Pace | None) -> None:
    """The online backup API, in one step or paced. A read transaction held on ``src``
    keeps the copy to one snapshot."""
    if pace is None:
        src.backup(dst)
        return
    src.isolation_level = None
    src.execute("BEGIN")
    src.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the snapshot starts here

    def between_steps(_status: int, remaining: int, _total: int) -> None:
        pace.check()
        if remaining and pace.pause_s > 0:
            time.sleep(pace.pause_s)  # lets the window's reads have the disk and a core

    try:
        pace.check()
        src.backup(dst, pages=max(1, pace.pages), progress=between_steps)
    finally:
        src.execute("COMMIT")


def backup_file(source: Path, destination: Path, pace: Pace | None = None) -> Path:
    """Copy a live SQLite database file to ``destination``, checked, atomically; paced by
    ``pace`` when given (BackupStopped when it is stopped: nothing is left behind)."""
    destination, partial = empty_partial(destination)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                _copy(src, dst, pace)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(partial, pace)
        if problems:
            raise check_failed(source, problems)
        os.chmod(partial, 0o600)
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        raise copy_failed(source, destination, exc) from exc
    finally:
        remove_partial(partial)
    return destination


def backup_engine(engine: Engine, destination: Path, pace: Pace | None = None) -> Path:
    """A checked copy of the database behind ``engine``. ``pace`` applies to plain files;
    an encrypted file is copied by SQLCipher in one statement (see ``backup_encrypted``)."""
    if engine.url.get_driver_name() == "pysqlcipher":  # encrypted: keep the copy encrypted
        from desktop.store.backup_encrypted import backup_encrypted

        if pace is not None:
            pace.check()
        return backup_encrypted(engine, destination)
    source = database_file(engine.url)
    if source is None:
        raise DatabaseError(Msg("only SQLite files can be backed up this way"))
    return backup_file(source, destination, pace)


def lower_thread_priority() -> None:
    """Make the calling thread the machine's lowest CPU priority where the system allows
    it per thread (Linux: ``nice`` 19 for this thread only). It cannot be raised again,
    so only a thread that does nothing else calls this."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere a process id is not a thread's: the thread pool's priority serves
    setpriority: Any = getattr(os, "setpriority", None)
    if setpriority is None:
        return
    with contextlib.suppress(OSError):
        setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def check_failed(source: Path, problems: list[str]) -> DatabaseError:
    """The refusal of a copy of ``source`` whose check found ``problems`` (it is not kept)."""
    return DatabaseError(
        Msg("backup of {name} failed its check: {problems}", name=source.name, problems=problems[0])
    )


def copy_failed(source: Path, destination: Path, exc: BaseException) -> DatabaseError:
    """The refusal of a copy of ``source`` to ``destination`` that the driver failed."""
    return DatabaseError(
        Msg(
            "cannot back up {name} to {destination}: {exc}",
            name=source.name,
            destination=destination,
            exc=exc,
        )
    )
