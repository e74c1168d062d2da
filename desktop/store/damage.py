"""A damaged database file is refused before anything is written to it.

``PRAGMA quick_check`` reads every page of the file (and its write-ahead log) and checks
the structure of every table and index; it is run once per process and file, before the
first write (``ensure_sound``): on a file of 100,000 cases it takes about 1.7 s, which a
write pays once, while reads pay nothing. A read that meets a damaged page on its own
("database disk image is malformed") is reported the same way (``is_damage``).

The refusal names the newest backup to restore from: an automatic copy in the ``backups``
folder beside the database, or a copy kept by a migration or a restore.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg

AUTO_FOLDER = "backups"  # the automatic copies' folder (desktop.services.backups)
DAMAGE_SIGNS = ("malformed", "file is not a database", "database corrupt")

_sound: set[tuple[str, int]] = set()
_lock = threading.Lock()


class DatabaseDamaged(DatabaseError):
    """The database file fails its check (or a read of it failed as damaged)."""

    def __init__(self, path: Path | None, detail: str | None = None) -> None:
        self.path = path
        self.detail = detail
        self.newest = newest_backup(path) if path is not None else None
        if self.newest is not None:
            advice = Msg("restore from a backup (the newest is {newest})", newest=self.newest)
        else:
            advice = Msg("restore from a backup (none was found beside it)")
        damaged = Msg("the database file is damaged; {advice}. Nothing was written.", advice=advice)
        if path is not None:
            damaged = Msg("{record}: {message}", record=path.name, message=damaged)
        super().__init__(damaged)


def newest_backup(path: Path) -> Path | None:
    """The most recently written backup of ``path`` that Case Tracker keeps beside it."""
    found: list[Path] = []
    folder = path.parent / AUTO_FOLDER
    if folder.is_dir():
        found += folder.glob(f"{path.stem}-*.db")
    found += path.parent.glob(f"{path.name}.before-*.bak")
    dated = []
    for candidate in found:
        try:
            dated.append((candidate.stat().st_mtime, candidate.name, candidate))
        except OSError:
            continue
    return max(dated)[2] if dated else None


# SQLite's own words for the failures a check or a restore meets, as templates whose English
# is SQLite's text: the command line prints them as SQLite wrote them, the window translates.
SQLITE_WORDS = {
    "database disk image is malformed": Msg("database disk image is malformed"),
    "file is not a database": Msg("file is not a database"),
    "unable to open database file": Msg("unable to open database file"),
    "disk I/O error": Msg("disk I/O error"),
}


def sqlite_words(text: str) -> str:
    """A driver's message: one of ``SQLITE_WORDS`` as its ``Msg``, any other as it is."""
    return SQLITE_WORDS.get(text, text)


def is_damage(message: str) -> bool:
    """Whether a driver's error message says the file is damaged."""
    lowered = message.lower()
    return any(sign in lowered for sign in DAMAGE_SIGNS)


def quick_check_problems(dbapi_connection: Any) -> list[str]:
    """What ``PRAGMA quick_check`` reports on an open driver connection; empty when sound."""
    try:
        rows = [str(r[0]) for r in dbapi_connection.execute("PRAGMA quick_check").fetchall()]
    except Exception as exc:  # the driver's DatabaseError: the check itself met damage
        return [sqlite_words(str(exc))]
    return [] if rows == ["ok"] else rows


def ensure_sound(dbapi_connection: Any, path: Path) -> None:
    """Raise DatabaseDamaged unless ``path`` passes ``quick_check`` (run once per process
    and file: a file found sound stays trusted while this process writes to it)."""
    try:
        key = (str(path), path.stat().st_ino)
    except OSError:
        return  # a file that cannot be looked at fails on its own, with its own message
    with _lock:
        if key in _sound:
            return
    problems = quick_check_problems(dbapi_connection)
    if problems:
        raise DatabaseDamaged(path, problems[0])
    with _lock:
        _sound.add(key)
