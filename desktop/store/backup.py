"""Backups of SQLite databases through SQLite's online backup API.

A backup is written beside its destination under a temporary name, checked with
``PRAGMA integrity_check``, made private (0600) and only then renamed into place, so that a
failed or interrupted backup never leaves a file that looks like a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.domain.errors import DatabaseError
from desktop.store.engine import database_file, read_only_uri
from desktop.store.leftovers import partial_name


def integrity_problems(path: Path) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when sound."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database file to ``destination``, checked, atomically."""
    destination = destination.absolute()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_name(destination)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(partial)
        if problems:
            raise DatabaseError(f"backup of {source.name} failed its check: {problems[0]}")
        os.chmod(partial, 0o600)
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot back up {source.name} to {destination}: {exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return destination


def backup_engine(engine: Engine, destination: Path) -> Path:
    if engine.url.get_driver_name() == "pysqlcipher":  # encrypted: keep the copy encrypted
        from desktop.store.backup_encrypted import backup_encrypted

        return backup_encrypted(engine, destination)
    source = database_file(engine.url)
    if source is None:
        raise DatabaseError("only SQLite files can be backed up this way")
    return backup_file(source, destination)
