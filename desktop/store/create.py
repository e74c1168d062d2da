"""Creating a new SQLite database file so that nobody ever finds it half-made.

The database is built (schema and seed data, one transaction) in a private temporary file
beside its final name, closed, and only then given that name with a hard link, which fails
when the name was taken meanwhile. Two ``init`` (or two first opens of the default
database) at once therefore leave one complete database, never a file without tables, and
a build that fails (a full disk, an interrupted seed) leaves nothing under the final name.
Where the file system has no hard links, the name is claimed with ``O_EXCL`` and the built
file renamed over the claim.

The temporary file is named ``.<name>.new-<pid>-<random>``; one left by a killed process is
removed at the next start (``desktop.store.leftovers``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from desktop.store.engine import database_file, make_engine

COMPANIONS = ("", "-wal", "-shm", "-journal")


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.new-{os.getpid()}-{secrets.token_hex(4)}")


def remove_with_companions(path: Path) -> None:
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _sync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` durable (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _publish(temp: Path, path: Path) -> bool:
    """Give the built file ``temp`` the name ``path`` unless a database has it already."""
    try:
        os.link(temp, path)
    except FileExistsError:
        if path.stat().st_size > 0:
            return False
        os.replace(temp, path)  # an empty file there (touched by hand) is no database
    except OSError:  # no hard links on this file system: claim the name, then rename
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        os.close(fd)
        os.replace(temp, path)
    _sync_folder(path.parent)
    return True


def build_new_file(url: URL, *, passphrase: str | None, build: Callable[[Engine], None]) -> bool:
    """Build the database file ``url`` names with ``build`` and put it in place. Returns
    False, having changed nothing, when another program created a database there first.
    OSError and the driver's errors pass to the caller; no file is left behind by them."""
    path = database_file(url)
    if path is None:
        raise ValueError("build_new_file creates SQLite files only")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_name(path)
    try:
        engine = make_engine(url.set(database=str(temp)), passphrase=passphrase)
        try:
            build(engine)
        finally:
            engine.dispose()
        return _publish(temp, path)
    finally:
        remove_with_companions(temp)
