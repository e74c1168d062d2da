"""The common start, recognised without SQLAlchemy: an existing plain SQLite file whose
schema is the current one. It is read with the standard library's ``sqlite3``, read-only and
never waiting for a lock, so that the window can show the first rows of the case list
before SQLAlchemy, the models and the migrations are imported; the database is then opened
the usual way (every check of ``services.database.open_database``) right after.

Anything else answers None and is opened the usual way before the window is shown: no file
yet (created and seeded), an older schema (migrated after its checked copy), an encrypted
file (its passphrase asked), a server, a file that is busy, damaged or not a database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.engine import SQLITE_HEADER, file_header, read_at_once

# The newest migration (``desktop/store/migrations/versions``): a test checks it is Alembic's
# head, so that a new migration cannot be skipped by this reading.
HEAD_REVISION = "0009"


@dataclass(frozen=True)
class FirstStart:
    """A plain SQLite file at ``HEAD_REVISION``, and the row of ``app_user`` of the login
    asked for (role, display name, disabled), or None when the login has none."""

    path: Path
    user: tuple[str | None, str | None, bool] | None


def read_first_start(path: Path, login: str) -> FirstStart | None:
    """``path`` as a plain SQLite file at the current schema, with the user row of
    ``login``; None when it is anything else or cannot be read so at once."""
    path = Path(path).absolute()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        if file_header(path) != SQLITE_HEADER:
            return None  # encrypted (SQLCipher), or not a database
    except OSError:
        return None

    def read(conn: sqlite3.Connection) -> tuple[list[str], tuple[Any, ...] | None]:
        revisions = [r for (r,) in conn.execute("SELECT version_num FROM alembic_version")]
        found = conn.execute(
            "SELECT role, display_name, disabled FROM app_user WHERE login = ?", (login,)
        ).fetchone()
        return revisions, found

    answer = read_at_once(path, read)
    if answer is None:
        return None
    revisions, found = answer
    if revisions != [HEAD_REVISION]:
        return None
    user = None if found is None else (found[0], found[1], bool(found[2]))
    return FirstStart(path, user)
