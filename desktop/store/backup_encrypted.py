"""Backups of encrypted (SQLCipher) databases, encrypted with the same key.

Python's ``sqlite3`` cannot read an SQLCipher file, so the plain backup path cannot copy one.
Here the engine's own keyed connection attaches the destination without a ``KEY`` clause,
which SQLCipher encrypts with the main database's key, and ``sqlcipher_export`` copies every
table, index and trigger into it. The passphrase never has to be known here, and no
unencrypted byte of the data reaches the disk.

Like the plain backup, the copy is written under a temporary name, created private (0600),
checked (``integrity_check`` and ``foreign_key_check`` through the key) and only then
renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.backup import check_failed, copy_failed
from desktop.store.engine import database_file, is_encrypted
from desktop.store.leftovers import empty_partial, remove_partial

ALIAS = "case_tracker_backup"


def _check(cursor: Any) -> list[str]:
    rows = [r[0] for r in cursor.execute(f"PRAGMA {ALIAS}.integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else [str(r) for r in rows]
    foreign = cursor.execute(f"PRAGMA {ALIAS}.foreign_key_check")
    problems += [Msg("foreign key: {row}", row=r) for r in foreign]
    return problems


def backup_encrypted(engine: Engine, destination: Path) -> Path:
    """Copy the encrypted database behind ``engine`` to ``destination``, encrypted with the
    same passphrase, checked, atomically. Returns the destination."""
    source = database_file(engine.url)
    if source is None or not is_encrypted(engine.url):
        raise DatabaseError(Msg("backup_encrypted copies encrypted SQLite files only"))
    destination, partial = empty_partial(destination)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        attached = False
        try:
            # The driver connection runs without implicit transactions (see engine.py), as
            # ATTACH requires.
            cursor.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(partial),))
            attached = True
            cursor.execute(f"SELECT sqlcipher_export('{ALIAS}')").fetchall()
            problems = _check(cursor)
            if problems:
                raise check_failed(source, problems)
        finally:
            if attached:
                cursor.execute(f"DETACH DATABASE {ALIAS}")
            cursor.close()
        os.chmod(partial, 0o600)
        os.replace(partial, destination)
    except DatabaseError:
        raise
    except Exception as exc:  # the driver's own error classes (sqlcipher3.dbapi2.Error)
        raise copy_failed(source, destination, exc) from exc
    finally:
        raw.close()
        remove_partial(partial)
    return destination
