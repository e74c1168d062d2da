"""Backups, automatic copies, restores and the copy made before a migration."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.errors import DatabaseError
from desktop.services.backups import (
    auto_backup,
    auto_backups,
    backup_database,
    check_backup,
    migrate_database,
    restore_database,
)
from desktop.services.database import Database, open_database
from desktop.store import migrate
from desktop.store.backup import integrity_problems
from desktop.store.engine import make_engine, resolve_url
from desktop.store.restore import tables_at


def cases(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM detainee").fetchone()[0])
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_private_checked_and_complete(seeded_db: Database, tmp_path: Path):
    result = backup_database(seeded_db, destination=tmp_path / "out" / "copy.db")
    assert mode(result.path) == 0o600
    assert integrity_problems(result.path) == []
    assert cases(result.path) == 10_000
    assert not list(result.path.parent.glob("*.partial"))


def test_a_backup_cannot_overwrite_the_database(seeded_db: Database, seeded_path: Path):
    with pytest.raises(Exception, match="cannot replace the database"):
        backup_database(seeded_db, destination=seeded_path)


def test_automatic_copies_once_a_day_keeping_the_newest(seeded_db: Database):
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    first = auto_backup(seeded_db, keep=3, now=start)
    assert first is not None and first.parent.name == "backups"
    assert mode(first) == 0o600 and mode(first.parent) == 0o700
    assert auto_backup(seeded_db, keep=3, now=start + timedelta(hours=23)) is None
    for day in range(1, 6):
        assert auto_backup(seeded_db, keep=3, now=start + timedelta(days=day)) is not None
    kept = auto_backups(seeded_db)
    assert [p.name[-19:-3] for p in kept] == [
        "20260104T090000Z",
        "20260105T090000Z",
        "20260106T090000Z",
    ]


def test_a_copy_made_under_a_clock_set_ahead_does_not_stop_the_daily_copies(
    seeded_db: Database,
):
    """One start with the computer's clock years ahead left a copy stamped in the future;
    once the clock was right again every later copy was "not due" (the newest was not a
    day old), so the daily copies stopped without a word. That copy was made before the
    ones that follow it, and it is the first to go when they are rotated."""
    ahead = datetime(2062, 1, 1, 9, 0, tzinfo=UTC)
    assert auto_backup(seeded_db, keep=3, now=ahead) is not None
    today = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    made = [auto_backup(seeded_db, keep=3, now=today + timedelta(days=d)) for d in range(4)]
    assert all(copy is not None for copy in made)
    assert auto_backup(seeded_db, keep=3, now=today + timedelta(days=3, hours=1)) is None
    assert sorted(p.name[-19:-3] for p in auto_backups(seeded_db)) == [
        "20260102T090000Z",
        "20260103T090000Z",
        "20260104T090000Z",
    ]


def test_restore_puts_back_the_backup_and_keeps_the_replaced_database(
    seeded_db: Database, seeded_path: Path, tmp_path: Path
):
    backup = backup_database(seeded_db, destination=tmp_path / "b" / "good.db").path
    with seeded_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM detainee_token"))
        conn.execute(text("UPDATE detainee SET notes = 'changed after the backup'"))
    result = restore_database(db=str(seeded_path), source=backup)
    with seeded_db.engine.connect() as conn:  # the open database sees the restored content
        changed = conn.execute(
            text("SELECT count(*) FROM detainee WHERE notes = 'changed after the backup'")
        ).scalar()
        assert changed == 0
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert result.kept is not None and result.kept.name.startswith(
        "case-tracker.db.before-restore-"
    )
    assert mode(result.kept) == 0o600 and mode(seeded_path) == 0o600
    kept = sqlite3.connect(result.kept)
    assert kept.execute("SELECT count(*) FROM detainee_token").fetchone()[0] == 0
    kept.close()
    assert integrity_problems(seeded_path) == []
    assert not list(seeded_path.parent.glob(".*.tmp"))


def _checksum(path: Path) -> bytes:
    return path.read_bytes()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data), 4096 * 7):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["csv", "corrupt", "foreign", "newer", "dangling", "incomplete"])
def test_restore_refuses_a_bad_backup_and_replaces_nothing(
    seeded_db: Database, seeded_path: Path, tmp_path: Path, damage: str
):
    bad = tmp_path / "bad.db"
    if damage == "csv":
        bad.write_text("case_no,name_latin\nX,Y\n")
    elif damage == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (x)")
        conn.close()
    else:
        backup_database(seeded_db, destination=bad)
        conn = sqlite3.connect(bad)
        if damage == "newer":
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        elif damage == "dangling":
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("UPDATE detainee SET facility_id = 99999 WHERE id = 1")
        elif damage == "incomplete":  # restored, it was a database without history or search
            conn.execute("DROP TABLE change_log")
            conn.execute("DROP TABLE detainee_token")
        conn.commit()
        conn.close()
        if damage == "corrupt":
            _corrupt(bad)
    seeded_db.dispose()
    before = _checksum(seeded_path)
    assert check_backup(path=bad).problems
    with pytest.raises(DatabaseError, match="cannot be restored"):
        restore_database(db=str(seeded_path), source=bad)
    assert _checksum(seeded_path) == before
    assert not list(seeded_path.parent.glob("*.before-restore-*"))


def test_restoring_an_older_schema_brings_it_to_head(seeded_path: Path, tmp_path: Path):
    old = tmp_path / "old.db"
    engine = make_engine(resolve_url(str(old)))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    result = restore_database(db=str(seeded_path), source=old)
    assert result.backup_revision == "0001"
    assert result.revision == migrate.head_revision()


def test_migrate_makes_a_checked_copy_first_and_says_from_and_to(tmp_path: Path):
    path = tmp_path / "old.db"
    engine = make_engine(resolve_url(str(path)))
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO facility (name, kind, status, synthetic, version) "
                "VALUES ('Kept Camp', 'camp', 'open', 0, 1)"
            )
        )
    engine.dispose()
    result = migrate_database(db=str(path))
    assert (result.before, result.after) == ("0001", migrate.head_revision())
    assert result.copy is not None and result.copy.exists()
    assert mode(result.copy) == 0o600 and integrity_problems(result.copy) == []
    copy = sqlite3.connect(result.copy)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM facility").fetchone() == ("Kept Camp",)
    copy.close()
    again = migrate_database(db=str(path))
    assert again.before == again.after and again.copy is None


def test_server_databases_are_refused_with_advice(tmp_path: Path):
    with pytest.raises(DatabaseError, match="pg_dump"):
        restore_database(db="postgresql+psycopg://nobody@localhost/none", source=tmp_path / "x")
    database = open_database(str(tmp_path / "a.db"), seed_demo=False)
    try:
        object.__setattr__(database, "_url", resolve_url("postgresql+psycopg://u@h/db"))
        with pytest.raises(DatabaseError, match="pg_dump"):
            backup_database(database, destination=tmp_path / "b.db")
        assert auto_backup(database) is None
    finally:
        database.dispose()


def test_opening_an_older_database_copies_it_before_migrating(seeded_path: Path):
    engine = make_engine(resolve_url(str(seeded_path)))
    migrate.downgrade(engine, "0001")
    engine.dispose()
    open_database(str(seeded_path), create=False).dispose()
    (copy,) = seeded_path.parent.glob(f"case-tracker.db.before-{migrate.head_revision()}-*.bak")
    assert cases(copy) == 10_000 and integrity_problems(copy) == []
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


def test_two_restores_in_the_same_second_keep_both_replaced_databases(
    seeded_db: Database, seeded_path: Path, tmp_path: Path
):
    """The copy of the replaced database is named by the second: a second restore within it
    replaced the first one's copy, and with it the only copy of the data the first restore
    had replaced."""
    backup = backup_database(seeded_db, destination=tmp_path / "b" / "good.db").path
    with seeded_db.engine.begin() as conn:
        conn.execute(text("UPDATE detainee SET notes = 'only here before the restores'"))
    now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    first = restore_database(db=str(seeded_path), source=backup, now=now)
    second = restore_database(db=str(seeded_path), source=backup, now=now)
    assert first.kept is not None and second.kept is not None
    assert first.kept != second.kept
    assert second.kept.name.startswith("case-tracker.db.before-restore-")
    assert second.kept.suffix == ".bak" and mode(second.kept) == 0o600
    kept = sqlite3.connect(first.kept)
    try:
        only = "SELECT count(*) FROM detainee WHERE notes = 'only here before the restores'"
        assert kept.execute(only).fetchone()[0] == cases(first.kept) > 0
    finally:
        kept.close()


def test_a_restore_leaves_nothing_of_its_temporary_copy(seeded_path: Path, tmp_path: Path):
    """A backup that is a plain copy of a database file is in WAL mode, and so is the
    temporary copy of it: reading that made ``-wal`` and ``-shm`` files beside it, which
    stayed after the restore (hidden files next to the database)."""
    backup = tmp_path / "copied.db"
    shutil.copyfile(seeded_path, backup)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    restore_database(db=str(seeded_path), source=backup)
    left = [p.name for p in seeded_path.parent.iterdir() if ".restore-" in p.name]
    assert left == []


def test_restore_knows_every_table_of_the_schema(seeded_path: Path, tmp_path: Path):
    """A migration that adds a table adds it to what restore requires of a backup."""
    conn = sqlite3.connect(seeded_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables_at(migrate.head_revision()) == tables
    old = tmp_path / "old.db"
    engine = make_engine(resolve_url(str(old)))
    migrate.upgrade(engine, "0003")
    engine.dispose()
    conn = sqlite3.connect(old)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables_at("0003") == tables
