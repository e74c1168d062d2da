"""Files a killed process leaves behind, swept at the next start.

A backup or an export is written under a temporary name and renamed when complete; a new
database is built aside (``store.create``); a restore copies the backup beside the live
file first. A process killed mid-way (kill -9, a power cut) leaves that temporary file: a
full copy of personal data under a name nobody looks at. Each carries the id of the process
writing it, so the next start can tell a leftover (its process is gone) from a file being
written right now by another Case Tracker, which is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

# backups and exports: NAME.case-tracker-<pid>.partial (a marker no file of the user's
# carries by chance); a restore's copy: .NAME.restore-<pid>.tmp;
# a database being built: .NAME.new-<pid>-<random> (with its -wal, -shm or -journal)
PATTERNS = (
    re.compile(r".+\.case-tracker-(?P<pid>\d+)\.partial(-journal)?"),
    re.compile(r"\..+\.restore-(?P<pid>\d+)\.tmp(-wal|-shm|-journal)?"),
    re.compile(r"\..+\.new-(?P<pid>\d+)-[0-9a-f]{8}(-wal|-shm|-journal)?"),
)
# Where the process cannot be asked about (no POSIX signals): only leftovers this old.
STALE_SECONDS = 24 * 3600


def partial_name(path: Path) -> Path:
    """The temporary name a file is written under before it is renamed to ``path``."""
    return path.with_name(f"{path.name}.case-tracker-{os.getpid()}.partial")


def create_partial(path: Path) -> Path:
    """The partial file of ``path`` (:func:`partial_name`), created empty and readable by
    its owner only (one this process left there before is removed first)."""
    partial = partial_name(path)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return partial


def empty_partial(destination: Path) -> tuple[Path, Path]:
    """``destination`` made absolute (its folder created) and its partial file, created
    empty and readable by the owner only, ready for a backup to be written into."""
    destination = destination.absolute()
    destination.parent.mkdir(parents=True, exist_ok=True)
    return destination, create_partial(destination)


def remove_partial(path: Path) -> None:
    """Remove a temporary copy and the files SQLite leaves beside it: the rollback journal
    of a failed write (a full disk), ``NAME-journal``, and the ``-wal`` and ``-shm`` that
    reading a WAL copy read-only makes and does not remove."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        part = path.with_name(f"{path.name}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot be asked without risk; the age decides instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def leftover(path: Path, now: float | None = None) -> bool:
    """Whether ``path`` is a temporary file of a process that no longer runs."""
    for pattern in PATTERNS:
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        if not _running(int(match["pid"])):
            return True
        if os.name != "posix":
            with contextlib.suppress(OSError):
                age = (now or time.time()) - path.stat().st_mtime
                return age > STALE_SECONDS
        return False
    return False


def sweep(folder: Path) -> list[Path]:
    """Remove the leftovers in ``folder``; returns what was removed. Never fails."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry.is_file() and not entry.is_symlink() and leftover(entry):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
