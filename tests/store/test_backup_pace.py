"""A paced backup (the window's daily copy): small steps on a connection of its own that
block neither the window's reads nor its writes, one snapshot, and stoppable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store.backup import BackupStopped, Pace, backup_file, integrity_problems


def count(path: Path, sql: str = "SELECT count(*) FROM detainee") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_between_steps_others_read_and_write_without_waiting(seeded_path: Path, tmp_path: Path):
    """Another connection with no busy timeout at all reads and commits a write while the
    backup is half-way: the backup holds no lock that would make it wait. The copy is the
    snapshot of the moment the backup began (the write is not in it, and did not restart
    it)."""
    other = sqlite3.connect(seeded_path, isolation_level=None, timeout=0)
    other.execute("PRAGMA busy_timeout = 0")
    seen: list[tuple[int, int]] = []

    def between_steps() -> bool:
        if not seen:  # once, after the first step
            read = int(other.execute("SELECT count(*) FROM detainee").fetchone()[0])
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE detainee SET birth_year = 1901 WHERE id = 1")
            other.execute("COMMIT")
            seen.append((read, int(other.total_changes)))
        return False

    try:
        copy = backup_file(seeded_path, tmp_path / "copy.db", Pace(pages=8, stopped=between_steps))
    finally:
        other.close()
    assert seen == [(10_000, 1)]
    assert integrity_problems(copy) == []
    assert count(copy) == 10_000
    assert count(copy, "SELECT count(*) FROM detainee WHERE birth_year = 1901") == 0
    assert count(seeded_path, "SELECT count(*) FROM detainee WHERE birth_year = 1901") == 1


def test_a_paced_copy_has_every_page_of_the_database(seeded_path: Path, tmp_path: Path):
    steps: list[int] = []

    def stopped() -> bool:
        steps.append(1)
        return False

    copy = backup_file(
        seeded_path, tmp_path / "copy.db", Pace(pages=16, pause_s=0, stopped=stopped)
    )
    whole = backup_file(seeded_path, tmp_path / "whole.db")
    assert len(steps) > 10  # many small steps, each free to stop
    assert copy.read_bytes() == whole.read_bytes()


@pytest.mark.parametrize("after", [0, 3])
def test_a_stopped_backup_leaves_nothing(seeded_path: Path, tmp_path: Path, after: int):
    asked: list[int] = []

    def stopped() -> bool:
        asked.append(1)
        return len(asked) > after

    out = tmp_path / "out"
    with pytest.raises(BackupStopped):
        backup_file(seeded_path, out / "copy.db", Pace(pages=8, stopped=stopped))
    assert list(out.iterdir()) == []
